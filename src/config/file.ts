import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HealConfigInput } from './schema.js';
import { HealwrightError, describeThrown } from '../common/errors.js';

export const CONFIG_FILE_NAMES = ['healing.config.ts', 'healing.config.mts', 'healing.config.js', 'healing.config.mjs', 'healing.config.cjs', 'healing.config.json'];

/** Finds `healing.config.*` next to the Playwright config (or the given explicit path). */
export function findConfigFile(configDir: string, explicit?: string): string | undefined {
  if (explicit) return path.resolve(configDir, explicit);
  for (const name of CONFIG_FILE_NAMES) {
    const p = path.join(configDir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export class ConfigFileError extends HealwrightError {
  override name = 'ConfigFileError';
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options ?? {});
  }
}

function pickExport(mod: unknown, file: string): HealConfigInput {
  const m = mod as { default?: unknown } | null;
  const value = m && typeof m === 'object' && 'default' in m ? m.default : m;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigFileError(`${file} must export an object (export default defineHealConfig({ ... })), got ${Array.isArray(value) ? 'an array' : typeof value}.`, file);
  }
  return value as HealConfigInput;
}

/**
 * Loads a config file synchronously. Inside a Playwright run its require hook compiles TypeScript, so
 * this works for `.ts` too; outside one, use {@link loadConfigFile}.
 */
export function loadConfigFileSync(file: string): HealConfigInput {
  if (!existsSync(file)) throw new ConfigFileError(`Config file ${file} does not exist.`, file);
  try {
    if (file.endsWith('.json')) return pickExport(JSON.parse(readFileSync(file, 'utf8')), file);
    return pickExport(createRequire(file)(file), file);
  } catch (err) {
    if (err instanceof ConfigFileError) throw err;
    throw new ConfigFileError(`Could not load ${file}: ${describeThrown(err)}`, file, { cause: err });
  }
}

/** Loads a config file from outside Playwright (the CLI): tries require, then tsx for TypeScript, then import(). */
export async function loadConfigFile(file: string): Promise<HealConfigInput> {
  try {
    return loadConfigFileSync(file);
  } catch (first) {
    if (!existsSync(file) || file.endsWith('.json')) throw first;
    if (/\.m?ts$/.test(file)) {
      try {
        const api = (await import('tsx/esm/api')) as { tsImport(f: string, parent: string): Promise<unknown> };
        return pickExport(await api.tsImport(pathToFileURL(file).href, import.meta.url), file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException | null)?.code === 'ERR_MODULE_NOT_FOUND' && describeThrown(err).includes("'tsx")) {
          throw new ConfigFileError(`Could not load ${file} outside Playwright: install tsx (npm i -D tsx) or use healing.config.mjs / .json.`, file, { cause: err });
        }
        throw new ConfigFileError(`Could not load ${file}: ${describeThrown(err)}`, file, { cause: err });
      }
    }
    try {
      return pickExport(await import(pathToFileURL(file).href), file);
    } catch (err) {
      throw new ConfigFileError(`Could not load ${file}: ${describeThrown(err)}`, file, { cause: err });
    }
  }
}
