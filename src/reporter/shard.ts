import type { FullConfig } from '@playwright/test/reporter';
import type { HealConfig } from '../config/schema.js';

/** Where deferred shards keep their run folders (Class A coordination only), under the output root. */
export const SHARD_DIR = '.shards';

/** True when the run writes a blob report (the input of `merge-reports`). */
export function writesBlobReport(config: Pick<FullConfig, 'reporter'>): boolean {
  return config.reporter.some(([name]) => name === 'blob' || /(^|[\\/])blob(\.[cm]?js)?$/.test(name));
}

/**
 * Whether this run leaves triage, LLM, pull requests and issues to `merge-reports`:
 * `auto` when it is a shard (`--shard`) that writes a blob report, `defer` for any shard or blob
 * run, `off` never. Class A fixes run in every shard either way.
 */
export function shouldDefer(mode: HealConfig['shardMode'], config: Pick<FullConfig, 'reporter' | 'shard'>): boolean {
  if (mode === 'off') return false;
  const blob = writesBlobReport(config);
  if (mode === 'defer') return blob || !!config.shard;
  return blob && !!config.shard;
}

/**
 * True when the reporter runs inside `playwright merge-reports` (it then heals the merged results of
 * the shards). Read from the command line: Playwright has no public flag for it.
 */
export function isMergeReports(argv: readonly string[] = process.argv): boolean {
  return argv.slice(2).includes('merge-reports');
}
