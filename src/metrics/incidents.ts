// Mean time to recovery. An incident opens at the first run where a test fails (unexpected; flaky does
// not open one) and closes at the next run that ran the test and did not fail it (passed or flaky).
// Time to recovery = finishedAt of that run - startedAt of the first failing run.
import { packedHasKey, type HistoryFailing, type HistoryRecord } from '../artifacts/history.js';
import type { Incident, MttrStats, TestMttr } from './types.js';

/** True when the run ran the test; runs without a test list count every test as run. */
function ran(r: HistoryRecord, key: string): boolean {
  return r.tests === undefined || packedHasKey(r.tests, key);
}

/** Every incident in the history (records oldest first): recovered ones, and those still open. */
export function findIncidents(records: readonly HistoryRecord[]): { recovered: Incident[]; open: Incident[] } {
  const open = new Map<string, Incident>();
  const recovered: Incident[] = [];
  for (const r of records) {
    const failing = new Map<string, HistoryFailing>();
    for (const f of r.failing) failing.set(f.key, f);
    for (const [key, inc] of open) {
      const f = failing.get(key);
      if (f?.outcome === 'unexpected' || !ran(r, key)) continue;
      open.delete(key);
      recovered.push({ ...inc, closedAt: r.finishedAt, closedRunId: r.runId, durationMs: Math.max(0, Date.parse(r.finishedAt) - Date.parse(inc.openedAt)) });
    }
    for (const f of failing.values()) {
      if (f.outcome !== 'unexpected') continue;
      const inc = open.get(f.key);
      if (inc) {
        inc.failingRuns++;
        inc.fingerprint = f.fingerprint;
        inc.category = f.category;
      } else {
        open.set(f.key, { key: f.key, openedAt: r.startedAt, openedRunId: r.runId, failingRuns: 1, fingerprint: f.fingerprint, category: f.category });
      }
    }
  }
  return { recovered, open: [...open.values()].sort((a, b) => a.openedAt.localeCompare(b.openedAt)) };
}

/**
 * MTTR over the incidents that recovered after `since` (all when undefined), per test and overall;
 * open incidents are listed whenever they began.
 */
export function mttrStats(records: readonly HistoryRecord[], opts: { since?: number; limit: number }): MttrStats {
  const all = findIncidents(records);
  const recovered = opts.since === undefined ? all.recovered : all.recovered.filter((i) => Date.parse(i.closedAt as string) > (opts.since as number));
  const byTest = new Map<string, Incident[]>();
  for (const inc of recovered) {
    const list = byTest.get(inc.key);
    if (list) list.push(inc);
    else byTest.set(inc.key, [inc]);
  }
  const mean = (xs: Incident[]) => Math.round(xs.reduce((a, i) => a + (i.durationMs ?? 0), 0) / xs.length);
  const perTest: TestMttr[] = [...byTest.entries()]
    .map(([key, list]) => ({ key, incidents: list.length, meanMs: mean(list), lastRecoveredAt: list[list.length - 1]?.closedAt as string }))
    .sort((a, b) => b.meanMs - a.meanMs || a.key.localeCompare(b.key));
  return {
    overallMs: recovered.length ? mean(recovered) : null,
    recovered: recovered.length,
    open: all.open,
    perTest: perTest.slice(0, opts.limit),
    recent: [...recovered].sort((a, b) => (b.closedAt as string).localeCompare(a.closedAt as string)).slice(0, opts.limit),
  };
}
