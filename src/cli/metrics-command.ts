// `healwright metrics [--json] [--days N] [--dir <folder>] [--import <dir>]`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../config/resolve.js';
import { loadHealConfig } from '../config/load.js';
import { HistoryLockError } from '../artifacts/history.js';
import { computeMetrics, formatMetricsTable, importHistory, ImportSourceError, loadHistory, type ImportResult, type LoadedHistory } from '../metrics/index.js';
import { UsageError } from './args.js';
import { findReporterOptions } from './config-check.js';
import { describeThrown } from '../common/errors.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const PLAYWRIGHT_CONFIGS = ['playwright.config.ts', 'playwright.config.mts', 'playwright.config.js', 'playwright.config.mjs'];

async function reporterOptionsIn(file: string): Promise<Record<string, unknown> | undefined> {
  const api = (await import('tsx/esm/api')) as { tsImport(f: string, parent: string): Promise<unknown> };
  return findReporterOptions(await api.tsImport(pathToFileURL(file).href, import.meta.url));
}

/**
 * The healing-results folder, resolved like the reporter does: `--dir`, else `HEAL_OUTPUT_DIR`, else
 * `outputDir` from the reporter options and healing.config next to playwright.config.* (loading that
 * config costs a second or two: pass --dir to skip it), else `healing-results`.
 */
export async function resolveResultsDir(ctx: CommandContext, dir?: string): Promise<{ dir: string; notes: string[] }> {
  if (dir) return { dir: path.resolve(ctx.cwd, dir), notes: [] };
  const notes: string[] = [];
  if (ctx.env.HEAL_OUTPUT_DIR?.trim()) return { dir: path.resolve(ctx.cwd, resolveConfig({ env: ctx.env }).config.outputDir), notes };
  const pwConfig = PLAYWRIGHT_CONFIGS.map((n) => path.join(ctx.cwd, n)).find(existsSync);
  let options: Record<string, unknown> | undefined;
  if (pwConfig) {
    try {
      options = await reporterOptionsIn(pwConfig);
    } catch (err) {
      notes.push(`could not load ${path.basename(pwConfig)} (${describeThrown(err).split('\n')[0]}); using the default output folder (pass --dir to choose)`);
    }
  }
  const configDir = pwConfig ? path.dirname(pwConfig) : ctx.cwd;
  const { resolved, configFile, fileError } = await loadHealConfig({ configDir, ...(options ? { options } : {}), env: ctx.env });
  if (configFile && fileError !== undefined) notes.push(`could not load ${path.basename(configFile)}: ${fileError.split('\n')[0]}`);
  return { dir: path.resolve(configDir, resolved.config.outputDir), notes };
}

/** Parses `--days`: a positive number of days. */
export function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0)) throw new UsageError(`--days needs a positive number of days, got '${value}'. Example: --days 30`);
  return n;
}

/** Loads the history, or says how to make one. */
export function historyOrError(dir: string): { history: LoadedHistory } | { error: CommandResult } {
  const history = loadHistory(dir);
  if (history.records.length) return { history };
  const why = existsSync(dir) ? `${history.file} has no runs yet` : `${dir} does not exist`;
  return {
    error: {
      exitCode: 2,
      stdout: '',
      stderr:
        `healwright: ${why}. Run your suite with the healwright reporter (\`npx playwright test\`), point --dir at a healing-results folder, ` +
        `or merge downloaded CI artifacts with \`healwright metrics --import <dir>\`.\n` +
        history.warnings.map((w) => `  warning: ${w}\n`).join(''),
    },
  };
}

export async function metricsCommand(args: string[], ctx: CommandContext): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, days: { type: 'string' }, dir: { type: 'string' }, import: { type: 'string' } },
    strict: true,
  });
  const days = parseDays(values.days);
  const { dir, notes } = await resolveResultsDir(ctx, values.dir);
  let stderr = notes.map((n) => `healwright: ${n}\n`).join('');
  if (values.import !== undefined) {
    const source = path.resolve(ctx.cwd, values.import);
    let r: ImportResult;
    try {
      r = importHistory(source, dir);
    } catch (err) {
      if (err instanceof ImportSourceError || err instanceof HistoryLockError) return { exitCode: 2, stdout: '', stderr: `${stderr}healwright: ${err.message}\n` };
      throw err;
    }
    stderr +=
      `healwright metrics: imported ${r.added} new run${r.added === 1 ? '' : 's'} from ${r.historyFiles} history file(s) and ${r.runFolders} run folder(s) in ${source} ` +
      `(${r.duplicates} already known); ${r.file} now has ${r.total} runs\n` +
      r.warnings.map((w) => `  warning: ${w}\n`).join('');
  }
  const loaded = historyOrError(dir);
  if ('error' in loaded) return { ...loaded.error, stderr: stderr + loaded.error.stderr };
  const { history } = loaded;
  stderr += history.warnings.map((w) => `healwright: warning: ${w}\n`).join('');
  const metrics = computeMetrics(history.records, days !== undefined ? { days } : {});
  return { exitCode: 0, stdout: values.json ? JSON.stringify(metrics, null, 2) + '\n' : formatMetricsTable(metrics), stderr };
}
