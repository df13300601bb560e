export type { RestartContext, RestartOutcome, RestartProvider } from './types.js';
export { RailwayRestartProvider } from './railway.js';
export type { RailwayRestartOptions } from './railway.js';
export { CommandRestartProvider } from './command.js';
export type { CommandRestartOptions } from './command.js';
export { DeployHookRestartProvider, describeHookUrl } from './deploy-hook.js';
export type { DeployHookRestartOptions } from './deploy-hook.js';
export { createRestartProvider } from './factory.js';
export {
  RESTART_PROVIDER_EXAMPLES,
  RestartConfigError,
  commandProviderSchema,
  deployHookProviderSchema,
  parseRestartProviderConfig,
  railwayProviderSchema,
  restartProviderSchema,
} from './schema.js';
export type { RestartConfigIssue, RestartProviderConfig } from './schema.js';
export { waitForHealthy } from './health.js';
export type { HealthResult, WaitForHealthyOptions } from './health.js';
