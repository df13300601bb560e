export { healConfigSchema, defineHealConfig, DEFAULT_ANTHROPIC_MODEL, type HealConfig, type HealConfigInput } from './schema.js';
export { readEnvOverrides, ENV_VARS, type ConfigIssue } from './env.js';
export { resolveConfig, formatConfigIssue, type ResolvedConfig, type ConfigSource, type ResolveInput } from './resolve.js';
export { findConfigFile, loadConfigFile, loadConfigFileSync, ConfigFileError, CONFIG_FILE_NAMES } from './file.js';
export { healsProject, healedProjectNames, rerunProjectNames, projectOptionWarnings, unhealedFailureWarning } from './projects.js';
