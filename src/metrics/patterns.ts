// Failure patterns: real failures grouped by fingerprint across runs; and the tests that flake most.
import type { HistoryRecord } from '../artifacts/history.js';
import type { FailurePattern, FlakyTest } from './types.js';

export function failurePatterns(records: readonly HistoryRecord[], limit: number): FailurePattern[] {
  const byFp = new Map<string, FailurePattern & { testKeys: Set<string> }>();
  for (const r of records) {
    for (const c of r.clusters) {
      let p = byFp.get(c.fingerprint);
      if (!p) {
        p = { fingerprint: c.fingerprint, category: c.category, class: c.class, example: c.example, occurrences: 0, runs: 0, tests: 0, firstSeen: r.startedAt, lastSeen: r.startedAt, testKeys: new Set() };
        byFp.set(c.fingerprint, p);
      }
      p.occurrences += c.count;
      p.runs++;
      p.lastSeen = r.startedAt;
      p.category = c.category;
      p.class = c.class;
      if (c.example) p.example = c.example;
    }
    for (const f of r.failing) if (f.outcome === 'unexpected') byFp.get(f.fingerprint)?.testKeys.add(f.key);
  }
  return [...byFp.values()]
    .sort((a, b) => b.occurrences - a.occurrences || b.lastSeen.localeCompare(a.lastSeen) || a.fingerprint.localeCompare(b.fingerprint))
    .slice(0, limit)
    .map(({ testKeys, ...p }) => ({ ...p, tests: testKeys.size }));
}

export function flakyTests(records: readonly HistoryRecord[], limit: number): FlakyTest[] {
  const byKey = new Map<string, FlakyTest>();
  for (const r of records) {
    for (const f of r.failing) {
      if (f.outcome !== 'flaky') continue;
      const t = byKey.get(f.key);
      if (t) {
        t.runs++;
        t.lastSeen = r.startedAt;
      } else byKey.set(f.key, { key: f.key, runs: 1, lastSeen: r.startedAt });
    }
  }
  return [...byKey.values()].sort((a, b) => b.runs - a.runs || b.lastSeen.localeCompare(a.lastSeen) || a.key.localeCompare(b.key)).slice(0, limit);
}
