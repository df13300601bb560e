// Hand-made history records for the metrics tests.
import { HISTORY_RECORD_VERSION, packTestHashes, type HistoryFailing, type HistoryRecord } from '../../src/artifacts/history.js';
import { healthScore, type Totals } from '../../src/artifacts/health.js';

export interface RunSpec {
  /** ISO start time. */
  at: string;
  /** Run length in minutes. Default 10. */
  minutes?: number;
  /** Keys of every test that ran; default ['p › a.spec.ts › t1' .. t4]. Null: no test list (legacy). */
  ran?: string[] | null;
  /** Keys that failed for good. */
  failed?: string[];
  /** Keys that were flaky. */
  flaky?: string[];
  skipped?: number;
  fingerprint?: string;
  category?: string;
  fixes?: Record<string, Record<string, number>>;
  llm?: Partial<HistoryRecord['llm']>;
  id?: string;
}

export const T = (n: number) => `p › a.spec.ts › t${n}`;
export const DEFAULT_TESTS = [T(1), T(2), T(3), T(4)];

let seq = 0;

export function run(spec: RunSpec): HistoryRecord {
  const ran = spec.ran === null ? undefined : (spec.ran ?? DEFAULT_TESTS);
  const failed = spec.failed ?? [];
  const flaky = spec.flaky ?? [];
  const count = ran?.length ?? DEFAULT_TESTS.length;
  const totals: Totals = { total: count + (spec.skipped ?? 0), passed: count - failed.length - flaky.length, failed: failed.length, flaky: flaky.length, skipped: spec.skipped ?? 0 };
  const fp = spec.fingerprint ?? 'aaaaaaaaaaaa';
  const category = spec.category ?? 'update-selectors';
  const failing: HistoryFailing[] = [
    ...failed.map((key) => ({ key, outcome: 'unexpected' as const, fingerprint: fp, category })),
    ...flaky.map((key) => ({ key, outcome: 'flaky' as const, fingerprint: 'ffffffffffff', category: 'performance' })),
  ];
  const start = Date.parse(spec.at);
  const id = spec.id ?? `run-${spec.at.replace(/\D/g, '').slice(0, 8)}-${spec.at.replace(/\D/g, '').slice(8, 14)}-${(seq++).toString(16).padStart(8, '0')}`;
  return {
    v: HISTORY_RECORD_VERSION,
    runId: id,
    runDir: id,
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(start + (spec.minutes ?? 10) * 60_000).toISOString(),
    durationMs: (spec.minutes ?? 10) * 60_000,
    status: failed.length ? 'failed' : 'passed',
    shard: null,
    dryRun: false,
    totals,
    health: healthScore(totals),
    ...(ran ? { tests: packTestHashes(ran) } : {}),
    failing,
    clusters: failed.length ? [{ fingerprint: fp, category, class: 'B', count: failed.length, example: `example for ${fp}` }] : [],
    fixes: spec.fixes ?? {},
    llm: { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, ...spec.llm },
  };
}
