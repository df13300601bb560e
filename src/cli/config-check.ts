import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatConfigIssue } from '../config/resolve.js';
import { loadHealConfig } from '../config/load.js';
import { describeThrown } from '../common/errors.js';

const SECRET_KEY = /token|secret|password|apikey|api_key|webhook/i;

/** Masks values under secret-looking keys. */
export function maskSecrets(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && SECRET_KEY.test(key)) return value ? '****' : value;
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, k)]));
  return value;
}

const CONFIG_KEYS = ['reporter', 'projects', 'testDir', 'use', 'webServer', 'timeout', 'retries', 'workers'];

/**
 * The config object of a loaded config module. An ES module gives `{ default: config }`; a TypeScript
 * config in a CommonJS package (no `"type": "module"`) gives `{ default: { default: config } }`;
 * `module.exports = config` gives `{ default: config, ...its keys }`.
 */
export function configObjectOf(mod: unknown): unknown {
  let cur = mod;
  for (let i = 0; i < 3; i++) {
    if (!cur || typeof cur !== 'object') return cur;
    const obj = cur as Record<string, unknown>;
    if (CONFIG_KEYS.some((k) => k in obj)) return cur;
    const next = obj.default;
    if (next === undefined) return cur;
    cur = next;
  }
  return cur;
}

/** Finds the options of the healwright reporter in a loaded Playwright config. */
export function findReporterOptions(playwrightConfig: unknown): Record<string, unknown> | undefined {
  const cfg = configObjectOf(playwrightConfig);
  const reporter = (cfg as { reporter?: unknown })?.reporter;
  if (!Array.isArray(reporter)) return undefined;
  for (const entry of reporter) {
    const [name, options] = Array.isArray(entry) ? entry : [entry, undefined];
    if (typeof name === 'string' && /healwright(?:\/reporter)?$|healwright\/|src\/reporter(?:\/index)?(?:\.[jt]s)?$/.test(name)) {
      return (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
    }
  }
  return undefined;
}

/** Loads a Playwright config module outside Playwright (tsx compiles TypeScript, ESM or CommonJS). */
export async function loadPlaywrightConfig(file: string): Promise<unknown> {
  const api = (await import('tsx/esm/api')) as { tsImport(f: string, parent: string): Promise<unknown> };
  return api.tsImport(pathToFileURL(file).href, import.meta.url);
}

export interface ConfigCheckResult {
  ok: boolean;
  output: string;
}

/** `healwright config --check`. */
export async function configCheck(opts: { cwd: string; config?: string; json: boolean; env: NodeJS.ProcessEnv }): Promise<ConfigCheckResult> {
  const notes: string[] = [];
  const pwConfig = opts.config ? path.resolve(opts.cwd, opts.config) : ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mts', 'playwright.config.mjs', 'playwright.config.cts', 'playwright.config.cjs'].map((n) => path.join(opts.cwd, n)).find(existsSync);
  let options: Record<string, unknown> | undefined;
  if (opts.config && pwConfig && !existsSync(pwConfig)) {
    return { ok: false, output: `healwright config: ${pwConfig} does not exist. Pass the Playwright config with --config <file>.\n` };
  }
  if (pwConfig) {
    try {
      options = findReporterOptions(await loadPlaywrightConfig(pwConfig));
      notes.push(options ? `reporter options from ${path.relative(opts.cwd, pwConfig)}` : `${path.relative(opts.cwd, pwConfig)} has no healwright reporter entry`);
    } catch (err) {
      notes.push(`could not load ${path.relative(opts.cwd, pwConfig)} (${describeThrown(err).split('\n')[0]}); reporter options not checked`);
    }
  }
  const configDir = pwConfig ? path.dirname(pwConfig) : opts.cwd;
  const loaded = await loadHealConfig({ configDir, ...(options ? { options } : {}), env: opts.env });
  const { resolved, configFile: fileName, fileError } = loaded;
  if (fileName && fileError === undefined) notes.push(`config file ${path.relative(opts.cwd, fileName)}`);
  // A file that cannot be loaded is shown as its loader said it, first; the other issues as resolved.
  const issues = fileError === undefined ? resolved.issues : resolved.issues.filter((i) => !(i.key === 'configFile' && i.message === fileError));
  const errors = [...(fileError === undefined ? [] : [fileError]), ...issues.map(formatConfigIssue)];
  const ok = errors.length === 0;
  if (opts.json) {
    return { ok, output: JSON.stringify({ ok, errors, sources: resolved.sources, notes, config: ok ? maskSecrets(resolved.config) : null }, null, 2) + '\n' };
  }
  if (!ok) {
    return { ok, output: `healwright config: ${errors.length} error${errors.length > 1 ? 's' : ''}\n${errors.map((e) => `  ✗ ${e}`).join('\n')}\n` };
  }
  const lines = [`healwright config: OK (${notes.join('; ') || 'defaults and env'})`];
  const shown = { projects: undefined, ...(maskSecrets(resolved.config) as Record<string, unknown>) };
  for (const [key, value] of Object.entries(shown)) {
    const text = key === 'projects' && value === undefined ? 'every project' : JSON.stringify(value);
    lines.push(`  ${key.padEnd(26)} ${text}  (${resolved.sources[key] ?? 'default'})`);
  }
  return { ok, output: lines.join('\n') + '\n' };
}
