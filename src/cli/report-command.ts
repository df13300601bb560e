// `healwright report [--out <file>] [--open yes|no] [--dir <folder>] [--days N]`: writes the static
// health dashboard (default healing-results/index.html).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../artifacts/fs.js';
import { renderDashboard } from '../metrics/dashboard/index.js';
import { computeMetrics, formatPercent } from '../metrics/index.js';
import { healwrightVersion } from '../common/version.js';
import { UsageError } from './args.js';
import { historyOrError, parseDays, resolveResultsDir, type CommandContext, type CommandResult } from './metrics-command.js';

/** Link from the page's folder to a run's summary.md, relative (so an unpacked CI artifact works); undefined when it is gone. */
export function summaryHref(pageDir: string, resultsDir: string, runDir: string): string | undefined {
  const target = path.join(resultsDir, runDir, 'summary.md');
  if (!existsSync(target)) return undefined;
  return path.relative(pageDir, target).split(path.sep).map(encodeURIComponent).join('/');
}

/** Opens the page with the system's opener, detached; a missing opener is only a note. */
function openInBrowser(file: string): Promise<string> {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [file]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', file]] : ['xdg-open', [file]];
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', (err) => resolve(`healwright report: could not open a browser (${cmd}: ${err.message}); open ${file} yourself\n`));
    child.on('spawn', () => {
      child.unref();
      resolve('');
    });
  });
}

export async function reportCommand(args: string[], ctx: CommandContext): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, open: { type: 'string' }, dir: { type: 'string' }, days: { type: 'string' } },
    strict: true,
  });
  const open = (values.open ?? 'no').toLowerCase();
  if (!['yes', 'no'].includes(open)) throw new UsageError(`--open takes yes or no, got '${values.open}'.`);
  const days = parseDays(values.days);
  const { dir, notes } = await resolveResultsDir(ctx, values.dir);
  let stderr = notes.map((n) => `healwright: ${n}\n`).join('');
  const loaded = historyOrError(dir);
  if ('error' in loaded) return { ...loaded.error, stderr: stderr + loaded.error.stderr };
  const { history } = loaded;
  stderr += history.warnings.map((w) => `healwright: warning: ${w}\n`).join('');
  const out = path.resolve(ctx.cwd, values.out ?? path.join(dir, 'index.html'));
  const metrics = computeMetrics(history.records, days !== undefined ? { days } : {});
  const html = renderDashboard(metrics, {
    runHref: (runDir) => summaryHref(path.dirname(out), dir, runDir),
    generatedAt: new Date(),
    source: path.relative(path.dirname(out), history.file).split(path.sep).join('/') || 'history.jsonl',
    warnings: history.warnings,
    version: healwrightVersion(),
  });
  writeFileAtomic(out, html);
  const c = metrics.current;
  const stdout = `healwright report: wrote ${path.relative(ctx.cwd, out) || out} (${metrics.range.runs} runs; last run ${c?.healthStatus ?? 'NO_TESTS'} ${formatPercent(c?.healthScore)})\n`;
  if (open === 'yes') stderr += await openInBrowser(out);
  return { exitCode: 0, stdout, stderr };
}
