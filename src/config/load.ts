// Find -> load -> resolve, written once: the reporter (synchronously, in its constructor), globalSetup
// and the CLI commands read healwright's settings through here, so they agree on which file wins and on
// the one rule for problems: a healing.config that cannot be loaded is a configuration problem, and any
// configuration problem turns side effects off (the run is a dry run).
import path from 'node:path';
import { findConfigFile, loadConfigFile, loadConfigFileSync } from './file.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import { describeThrown } from '../common/errors.js';

export interface LoadHealConfigInput {
  /** The folder of playwright.config.*: healing.config.* is looked for there. */
  configDir: string;
  /** The healwright reporter's options from playwright.config.*, when there is an entry. */
  options?: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
}

export interface LoadedHealConfig {
  resolved: ResolvedConfig;
  /** The healing.config.* found, if any. */
  configFile?: string;
  /** Why that file could not be loaded (also in `resolved.issues`; side effects are then off). */
  fileError?: string;
}

function configFileOption(options: Record<string, unknown> | undefined): string | undefined {
  return typeof options?.configFile === 'string' ? options.configFile : undefined;
}

function finish(input: LoadHealConfigInput, configFile: string | undefined, file: Record<string, unknown> | undefined, fileError: string | undefined): LoadedHealConfig {
  const { options, env } = input;
  const resolved = resolveConfig({ ...(options ? { options } : {}), ...(file ? { file } : {}), ...(configFile ? { fileName: path.basename(configFile) } : {}), env });
  if (fileError !== undefined) {
    resolved.sideEffectsDisabled = true;
    resolved.config.dryRun = true;
    resolved.issues.push({ source: configFile ?? 'healing.config', key: 'configFile', value: configFile ?? '', message: fileError, example: 'export default defineHealConfig({ maxFixesPerRun: 3 })' });
  }
  return { resolved, ...(configFile ? { configFile } : {}), ...(fileError !== undefined ? { fileError } : {}) };
}

/** Synchronous form, for Playwright's reporter constructor. */
export function loadHealConfigSync(input: LoadHealConfigInput): LoadedHealConfig {
  const configFile = findConfigFile(input.configDir, configFileOption(input.options));
  if (!configFile) return finish(input, undefined, undefined, undefined);
  try {
    return finish(input, configFile, loadConfigFileSync(configFile) as Record<string, unknown>, undefined);
  } catch (err) {
    return finish(input, configFile, undefined, describeThrown(err));
  }
}

export async function loadHealConfig(input: LoadHealConfigInput): Promise<LoadedHealConfig> {
  const configFile = findConfigFile(input.configDir, configFileOption(input.options));
  if (!configFile) return finish(input, undefined, undefined, undefined);
  let file: Record<string, unknown>;
  try {
    file = (await loadConfigFile(configFile)) as Record<string, unknown>;
  } catch (err) {
    return finish(input, configFile, undefined, describeThrown(err));
  }
  return finish(input, configFile, file, undefined);
}
