// computeMetrics: every number `healwright metrics` prints and the dashboard shows, from the history
// alone (pure: no clock, no files). Windows end at the newest run.
import type { HistoryRecord } from '../artifacts/history.js';
import { fixStats } from './fixes.js';
import { mttrStats } from './incidents.js';
import { llmStats } from './llm-usage.js';
import { failurePatterns, flakyTests } from './patterns.js';
import { ratesOf, runRow, trendOf, windowStats } from './rates.js';
import { METRICS_VERSION, type Metrics, type MetricsOptions } from './types.js';

const DAY_MS = 86_400_000;

function sorted(records: readonly HistoryRecord[]): readonly HistoryRecord[] {
  for (let i = 1; i < records.length; i++) {
    if ((records[i - 1] as HistoryRecord).startedAt > (records[i] as HistoryRecord).startedAt) {
      return [...records].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    }
  }
  return records;
}

/** Metrics over a history (any order; sorted by startedAt here). */
export function computeMetrics(history: readonly HistoryRecord[], options: MetricsOptions = {}): Metrics {
  const { days, maxTrendPoints = 300, recentRuns = 30, topN = 10 } = options;
  const all = sorted(history);
  const newest = all[all.length - 1];
  const asOfMs = newest ? Math.max(Date.parse(newest.finishedAt), Date.parse(newest.startedAt)) : NaN;
  const since = days !== undefined && newest ? asOfMs - days * DAY_MS : undefined;
  const records = since === undefined ? all : all.filter((r) => Date.parse(r.startedAt) > since);
  const window = (d: number) =>
    newest ? windowStats(records, asOfMs, d) : { days: d, from: '', to: '', runs: 0, failedRuns: 0, passRate: null, healthScore: null, flakyRate: null };
  const recent: ReturnType<typeof runRow>[] = [];
  for (let i = records.length - 1; i >= 0 && recent.length < recentRuns; i--) recent.push(runRow(records[i] as HistoryRecord));
  return {
    version: METRICS_VERSION,
    asOf: newest ? new Date(asOfMs).toISOString() : null,
    range: { runs: records.length, from: records[0]?.startedAt ?? null, to: newest ? new Date(asOfMs).toISOString() : null, days: days ?? null },
    current: newest ? runRow(newest) : null,
    overall: { runs: records.length, ...ratesOf(records) },
    rolling: { d7: window(7), d30: window(30) },
    trend: trendOf(records, maxTrendPoints),
    // Incidents need the runs before the window too: one that began earlier may recover inside it.
    mttr: mttrStats(all, { ...(since !== undefined ? { since } : {}), limit: topN }),
    fixes: fixStats(records),
    llm: llmStats(records),
    patterns: failurePatterns(records, topN),
    flakyTests: flakyTests(records, topN),
    recentRuns: recent,
  };
}
