// Pass rate, health score and flaky rate per run, per rolling window and per trend point.
import type { HistoryRecord } from '../artifacts/history.js';
import type { Rates, RunRow, Trend, TrendGranularity, TrendPoint, WindowStats } from './types.js';

const DAY_MS = 86_400_000;

/** n / d as a percentage with one decimal; null when d is 0. */
export function pct(n: number, d: number): number | null {
  return d > 0 ? Math.round((n / d) * 1000) / 10 : null;
}

interface Sums {
  ran: number;
  passed: number;
  flaky: number;
}

function sums(records: readonly HistoryRecord[]): Sums {
  const s: Sums = { ran: 0, passed: 0, flaky: 0 };
  for (const r of records) {
    s.ran += Math.max(0, r.totals.total - r.totals.skipped);
    s.passed += r.totals.passed;
    s.flaky += r.totals.flaky;
  }
  return s;
}

/** Rates over several runs: ratios of the summed counts, so a big run weighs more than a small one. */
export function ratesOf(records: readonly HistoryRecord[]): Rates {
  const s = sums(records);
  return { passRate: pct(s.passed, s.ran), healthScore: pct(s.passed + s.flaky, s.ran), flakyRate: pct(s.flaky, s.ran) };
}

export function runRow(r: HistoryRecord): RunRow {
  return {
    runId: r.runId,
    runDir: r.runDir,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.durationMs,
    status: r.status,
    healthStatus: r.health.status,
    shard: r.shard ? `${r.shard.current}/${r.shard.total}` : null,
    ...ratesOf([r]),
    total: r.totals.total,
    passed: r.totals.passed,
    failed: r.totals.failed,
    flaky: r.totals.flaky,
    skipped: r.totals.skipped,
    llmCalls: r.llm.calls,
    llmTokens: r.llm.inputTokens + r.llm.outputTokens,
    llmCostUsd: r.llm.costUsd,
  };
}

/** Runs that started in (asOf - days, asOf]. Records are sorted oldest first. */
export function windowStats(records: readonly HistoryRecord[], asOf: number, days: number): WindowStats {
  const from = asOf - days * DAY_MS;
  const inWindow = records.filter((r) => {
    const t = Date.parse(r.startedAt);
    return t > from && t <= asOf;
  });
  return {
    days,
    from: new Date(from).toISOString(),
    to: new Date(asOf).toISOString(),
    runs: inWindow.length,
    failedRuns: inWindow.filter((r) => r.totals.failed > 0).length,
    ...ratesOf(inWindow),
  };
}

function bucketStart(t: number, g: Exclude<TrendGranularity, 'run'>): number {
  const d = new Date(t);
  if (g === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  // Weeks start on Monday (ISO).
  return g === 'day' ? day : day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
}

function bucketEnd(start: number, g: Exclude<TrendGranularity, 'run'>): number {
  if (g === 'day') return start + DAY_MS;
  if (g === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function label(start: number, g: Exclude<TrendGranularity, 'run'>): string {
  const iso = new Date(start).toISOString();
  return g === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

function grouped(records: readonly HistoryRecord[], g: Exclude<TrendGranularity, 'run'>): TrendPoint[] {
  const points: TrendPoint[] = [];
  let current: HistoryRecord[] = [];
  let start = NaN;
  const flush = () => {
    if (!current.length) return;
    points.push({ label: label(start, g), from: new Date(start).toISOString(), to: new Date(bucketEnd(start, g)).toISOString(), runs: current.length, ...ratesOf(current) });
    current = [];
  };
  for (const r of records) {
    const s = bucketStart(Date.parse(r.startedAt), g);
    if (s !== start) {
      flush();
      start = s;
    }
    current.push(r);
  }
  flush();
  return points;
}

/** The trend: one point per run while they fit `maxPoints`, else the finest of day / week / month that fits. */
export function trendOf(records: readonly HistoryRecord[], maxPoints: number): Trend {
  if (records.length <= maxPoints) {
    return { granularity: 'run', points: records.map((r) => ({ label: r.runId, from: r.startedAt, to: r.finishedAt, runs: 1, ...ratesOf([r]) })) };
  }
  for (const g of ['day', 'week'] as const) {
    const points = grouped(records, g);
    if (points.length <= maxPoints) return { granularity: g, points };
  }
  return { granularity: 'month', points: grouped(records, 'month') };
}
