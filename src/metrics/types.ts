import type { HealthStatus } from '../artifacts/health.js';

/** Version of the `healwright metrics --json` document. */
export const METRICS_VERSION = 1;

/** Rates are percentages with one decimal, null when no test ran. */
export interface Rates {
  /** Tests that passed on the first try / tests that ran (not skipped). */
  passRate: number | null;
  /** Health score: (passed + flaky) / ran, the summary's definition. */
  healthScore: number | null;
  /** Flaky (failed, then passed on a retry) / ran. */
  flakyRate: number | null;
}

/** One run, as the tables and the dashboard show it. */
export interface RunRow extends Rates {
  runId: string;
  runDir: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: string;
  healthStatus: HealthStatus;
  /** `i/n` for a shard, else null. */
  shard: string | null;
  total: number;
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
  llmCalls: number;
  llmTokens: number;
  llmCostUsd: number;
}

export interface WindowStats extends Rates {
  /** Window length in days. */
  days: number;
  /** ISO time the window starts (exclusive) and ends (inclusive: the newest run). */
  from: string;
  to: string;
  runs: number;
  /** Runs with at least one failed test. */
  failedRuns: number;
}

export type TrendGranularity = 'run' | 'day' | 'week' | 'month';

export interface TrendPoint extends Rates {
  /** The run id, or the day / week start / month (UTC). */
  label: string;
  from: string;
  to: string;
  runs: number;
}

export interface Trend {
  /** Per run while the runs fit `maxPoints`, else per day, week or month (the finest that fits). */
  granularity: TrendGranularity;
  points: TrendPoint[];
}

/** A test that failed (unexpected) in one or more consecutive runs, until a run where it passed. */
export interface Incident {
  key: string;
  openedAt: string;
  openedRunId: string;
  /** Runs in which the test failed during the incident. */
  failingRuns: number;
  fingerprint: string;
  category: string;
  /** Absent while the incident is open. */
  closedAt?: string;
  closedRunId?: string;
  /** Time to recovery: finishedAt of the recovering run - startedAt of the first failing run. */
  durationMs?: number;
}

export interface TestMttr {
  key: string;
  incidents: number;
  meanMs: number;
  lastRecoveredAt: string;
}

export interface MttrStats {
  /** Mean time to recovery over the recovered incidents, null when none recovered. */
  overallMs: number | null;
  recovered: number;
  /** Incidents still open (the test has not passed since), oldest first. */
  open: Incident[];
  /** Per test, slowest recovery first. */
  perTest: TestMttr[];
  /** Recovered incidents, most recent recovery first (at most `limit`). */
  recent: Incident[];
}

export interface PlaybookStats {
  /** The playbook (fix category). */
  playbook: string;
  /** Fixes actually tried (applied, verified, failed or attempted; not skipped or dry-run). */
  attempted: number;
  applied: number;
  verified: number;
  failed: number;
  skipped: number;
  dryRun: number;
  /** PRs merged, when records say so; null when unknown. */
  merged: number | null;
  /** verified / attempted, percent; null when none attempted. */
  successRate: number | null;
}

export interface LlmTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface LlmMonth extends LlmTotals {
  /** YYYY-MM (UTC). */
  month: string;
  runs: number;
}

export interface FailurePattern {
  fingerprint: string;
  category: string;
  class: string;
  example: string;
  /** Failures with this fingerprint over all runs. */
  occurrences: number;
  /** Runs in which it appeared. */
  runs: number;
  /** Distinct tests that failed with it. */
  tests: number;
  firstSeen: string;
  lastSeen: string;
}

export interface FlakyTest {
  key: string;
  /** Runs in which the test was flaky. */
  runs: number;
  lastSeen: string;
}

/** What `healwright metrics --json` prints and the dashboard shows. */
export interface Metrics {
  version: typeof METRICS_VERSION;
  /** The end of every window: the newest run's finishedAt (so an old CI artifact reads the same later). */
  asOf: string | null;
  range: { runs: number; from: string | null; to: string | null; days: number | null };
  /** The newest run. */
  current: RunRow | null;
  overall: Rates & { runs: number };
  rolling: { d7: WindowStats; d30: WindowStats };
  trend: Trend;
  mttr: MttrStats;
  fixes: { playbooks: PlaybookStats[]; attempted: number; verified: number; successRate: number | null };
  llm: { total: LlmTotals; perMonth: LlmMonth[] };
  patterns: FailurePattern[];
  flakyTests: FlakyTest[];
  /** Newest first. */
  recentRuns: RunRow[];
}

export interface MetricsOptions {
  /** Only runs that started within this many days before the newest run. Default: all. */
  days?: number;
  /** Most trend points before runs are grouped by day, week or month. Default 300. */
  maxTrendPoints?: number;
  /** Rows of recent runs, patterns, flaky tests and MTTR lists. Default 30 runs, 10 for the others. */
  recentRuns?: number;
  topN?: number;
}
