// healing-results/history.jsonl: one compact line per run, appended by the reporter after latest.json,
// read by `healwright metrics` and `healwright report`. Schema documented in the README.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, Suite } from '@playwright/test/reporter';
import type { HealingSummary } from './summary.js';
import type { HealthScore, Totals } from './health.js';
import { writeFileAtomic } from './fs.js';
import { HealwrightError } from '../common/errors.js';
import { LockTimeoutError, takeLockSync, type HeldLock } from '../common/lock.js';
import { historyKey } from '../common/names.js';

export { historyKey };

/** Version of one history line (`v`); bumped on incompatible changes. */
export const HISTORY_RECORD_VERSION = 1;
export const HISTORY_FILE = 'history.jsonl';

/** A test that did not simply pass in a run. */
export interface HistoryFailing {
  /** Stable test key: `project › file › ...describes › title` (file relative to the config's rootDir, `/`-separated). */
  key: string;
  outcome: 'unexpected' | 'flaky';
  fingerprint: string;
  category: string;
}

export interface HistoryCluster {
  fingerprint: string;
  category: string;
  class: string;
  count: number;
  /** Normalised example message, redacted, at most 160 characters. */
  example: string;
}

/** One line of history.jsonl. */
export interface HistoryRecord {
  v: typeof HISTORY_RECORD_VERSION;
  runId: string;
  /** Run folder name under healing-results (may have been pruned). */
  runDir: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Playwright's status of the run (passed, failed, timedout, interrupted). */
  status: string;
  shard: { current: number; total: number } | null;
  dryRun: boolean;
  totals: Totals;
  health: HealthScore;
  /**
   * Tests that ran (not skipped): the sorted 5-character codes of their keys ({@link hashTestKey}), concatenated. Absent when
   * unknown (a summary imported without its test-output.json): then a test counts as run in every run.
   */
  tests?: string;
  failing: HistoryFailing[];
  clusters: HistoryCluster[];
  /** Fix records per playbook (category), counted by status. */
  fixes: Record<string, Record<string, number>>;
  llm: { provider: string | null; model: string | null; calls: number; inputTokens: number; outputTokens: number; costUsd: number };
}

/** 64 symbols in ASCII order, so codes sort as strings exactly as their numbers do. */
const CODE_ALPHABET = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
/** Characters per test in `HistoryRecord.tests`. */
export const TEST_CODE_LENGTH = 5;

/** A test key's code: 32-bit FNV-1a of its UTF-16 code units, folded to 30 bits, as 5 symbols. */
export function hashTestKey(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let v = ((h >>> 30) ^ h) & 0x3fffffff;
  let code = '';
  for (let i = 0; i < TEST_CODE_LENGTH; i++) {
    code = CODE_ALPHABET[v & 63] + code;
    v >>>= 6;
  }
  return code;
}

/** Packs key codes into the sorted, de-duplicated string of `HistoryRecord.tests`. */
export function packTestHashes(keys: Iterable<string>): string {
  return [...new Set([...keys].map(hashTestKey))].sort().join('');
}

/** True when the packed list holds the key's code (binary search over fixed-width entries). */
export function packedHasKey(packed: string, key: string): boolean {
  const h = hashTestKey(key);
  const w = TEST_CODE_LENGTH;
  let lo = 0;
  let hi = packed.length / w - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = packed.slice(mid * w, mid * w + w);
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * One history line: JSON with every non-ASCII character escaped (\u203a), so the file is pure ASCII
 * and a 10,000-run history decodes on the fast path; jq and JSON.parse read it unchanged.
 */
export function historyLine(record: HistoryRecord): string {
  return JSON.stringify(record).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Keys of the tests that ran in this Playwright run (skipped ones excluded). */
export function ranTestKeys(config: FullConfig, suite: Suite): string[] {
  const keys: string[] = [];
  for (const t of suite.allTests()) {
    if (t.outcome() === 'skipped') continue;
    const file = path.relative(config.rootDir, t.location.file) || t.location.file;
    // titlePath: '', project, file, ...describes, title.
    keys.push(historyKey(t.parent.project()?.name ?? '', file, t.titlePath().slice(3)));
  }
  return keys;
}

/** Builds the history line of a run from its (already redacted) summary and the keys of the tests that ran. */
export function buildHistoryRecord(s: HealingSummary, ranKeys?: Iterable<string>): HistoryRecord {
  const fixes: Record<string, Record<string, number>> = {};
  for (const f of s.fixes?.attempted ?? []) {
    const byStatus = (fixes[f.category] ??= {});
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
  }
  const runDir = s.artifacts?.runDir ? path.basename(s.artifacts.runDir) : s.runId;
  return {
    v: HISTORY_RECORD_VERSION,
    runId: s.runId,
    runDir,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    durationMs: s.durationMs,
    status: s.playwright?.status ?? 'unknown',
    shard: s.playwright?.shard ?? null,
    dryRun: !!s.config?.dryRun,
    totals: s.totals,
    health: s.health,
    ...(ranKeys ? { tests: packTestHashes(ranKeys) } : {}),
    failing: (s.failures ?? []).map((f) => ({
      key: historyKey(f.project ?? '', f.file ?? '', (f.titlePath ?? []).slice(2)),
      outcome: f.outcome,
      fingerprint: f.fingerprint,
      category: f.triage?.category ?? 'unknown',
    })),
    clusters: (s.clusters ?? []).map((c) => ({ fingerprint: c.fingerprint, category: c.category, class: c.class, count: c.count, example: String(c.example ?? '').slice(0, 160) })),
    fixes,
    llm: {
      provider: s.llm?.provider ?? null,
      model: s.llm?.model ?? null,
      calls: s.llm?.calls ?? 0,
      inputTokens: s.llm?.inputTokens ?? 0,
      outputTokens: s.llm?.outputTokens ?? 0,
      costUsd: s.llm?.costUsd ?? 0,
    },
  };
}

/** history.jsonl stayed locked for longer than the wait allows. */
export class HistoryLockError extends HealwrightError {
  override name = 'HistoryLockError';

  constructor(lockDir: string, waitedMs: number) {
    super(`healwright could not lock ${lockDir} within ${waitedMs} ms: another run or import is writing the history. If none is, delete that folder and run again.`);
  }
}

/**
 * Runs `fn` holding `<file>.lock`, synchronously: the reporter's artifact steps are sync. The lock is
 * healwright's one lock (artifacts/lock.ts): broken only when its owner died or stopped its heartbeat
 * for `staleMs`.
 */
export function withHistoryLock<T>(file: string, fn: () => T, opts: { waitMs?: number; staleMs?: number } = {}): T {
  const { waitMs = 10_000, staleMs = 30_000 } = opts;
  const lockDir = `${file}.lock`;
  let held: HeldLock;
  try {
    held = takeLockSync(lockDir, { timeoutMs: waitMs, staleMs, pollMs: 20 });
  } catch (err) {
    if (err instanceof LockTimeoutError) throw new HistoryLockError(lockDir, waitMs);
    throw err;
  }
  try {
    return fn();
  } finally {
    held.release();
  }
}

/** True when the file is missing, empty or ends with a newline (a crash may have cut the last line). */
function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/**
 * Appends one record under the history lock, as one write. A line cut short by an earlier crash is
 * left for the reader to skip, and this record starts on a new line.
 */
export function appendHistory(outputRoot: string, record: HistoryRecord): string {
  const file = path.join(outputRoot, HISTORY_FILE);
  withHistoryLock(file, () => {
    const fd = openSync(file, 'a+');
    try {
      const line = historyLine(record) + '\n';
      writeSync(fd, endsWithNewline(fd) ? line : '\n' + line);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
  return file;
}

/**
 * Replaces the whole history (temp file + rename) with these records, in this order, then `keepLines`
 * verbatim (records this version cannot read). Caller holds the lock.
 */
export function writeHistoryFile(file: string, records: readonly HistoryRecord[], keepLines: readonly string[] = []): void {
  writeFileAtomic(file, [...records.map(historyLine), ...keepLines].map((l) => l + '\n').join(''));
}
