// `healwright publish` on the command line: arguments, one line per item, and the exit code
// (0 all published or skipped, 1 an item failed or the deadline stopped one, 2 bad arguments or a bad
// run folder: nothing sent).
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { PublishInputError } from '../artifacts/publish-manifest.js';
import { UsageError } from './args.js';
import { publishRun, type PublishItem } from './publish-run.js';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

function timeoutFrom(flag: string | undefined, env: NodeJS.ProcessEnv): number {
  const [raw, source] = flag !== undefined ? [flag, '--timeout'] : env.HEAL_ON_END_TIMEOUT !== undefined ? [env.HEAL_ON_END_TIMEOUT, 'HEAL_ON_END_TIMEOUT'] : [undefined, ''];
  if (raw === undefined) return DEFAULT_TIMEOUT_MS;
  const t = raw.trim();
  if (!/^\d{1,10}$/.test(t) || Number(t) < 1) throw new UsageError(`${source} is ${JSON.stringify(raw)}: expected a whole number of milliseconds > 0, e.g. ${source === '--timeout' ? '--timeout 600000' : 'HEAL_ON_END_TIMEOUT=600000'}.`);
  return Number(t);
}

function line(i: PublishItem): string {
  return `${i.status.padEnd(9)} ${i.kind.padEnd(12)} ${i.id}: ${i.detail.split('\n')[0]}\n`;
}

export async function publishCommand(args: string[], ctx: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const { values, positionals } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, repo: { type: 'string' }, timeout: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('publish needs exactly one run folder (healing-results/run-<time>-<id>).');
  const runDir = path.resolve(ctx.cwd, positionals[0] as string);
  const timeoutMs = timeoutFrom(values.timeout, ctx.env);
  const repoDir = path.resolve(ctx.cwd, values.repo ?? '.');
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) throw new UsageError(`--repo ${repoDir} is not a folder: pass the checkout of the commit the heal job tested (default: the current folder).`);
  try {
    const items = await publishRun({ runDir, repoDir, env: ctx.env, dryRun: !!values['dry-run'], timeoutMs });
    const failed = items.filter((i) => i.status === 'failed').length;
    const stopped = items.filter((i) => i.deadline).length;
    const tail = `healwright publish: ${items.length} item(s), ${failed} failed, ${stopped} stopped by the deadline${values['dry-run'] ? ' (dry run: nothing sent)' : ''}\n`;
    return { exitCode: failed || stopped ? 1 : 0, stdout: items.map(line).join('') + tail, stderr: '' };
  } catch (err) {
    if (err instanceof PublishInputError) return { exitCode: 2, stdout: '', stderr: `healwright publish: ${err.message}\n` };
    throw err;
  }
}
