import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, findIncidents, formatMetricsTable, fixStats, llmStats, failurePatterns, flakyTests, ratesOf, trendOf, formatDuration } from '../../src/metrics/index.js';
import { run, T } from './records.js';

const HOUR = 3_600_000;

describe('rates', () => {
  test('pass rate, health score and flaky rate per run; null when nothing ran', () => {
    const r = run({ at: '2026-03-01T10:00:00Z', ran: [T(1), T(2), T(3), T(4), T(5), T(6), T(7), T(8)], failed: [T(1)], flaky: [T(2)], skipped: 2 });
    assert.deepEqual(ratesOf([r]), { passRate: 75, healthScore: 87.5, flakyRate: 12.5 });
    assert.deepEqual(ratesOf([run({ at: '2026-03-01T10:00:00Z', ran: [], skipped: 3 })]), { passRate: null, healthScore: null, flakyRate: null });
  });

  test('rates over several runs weigh runs by their test count', () => {
    const big = run({ at: '2026-03-01T10:00:00Z', ran: Array.from({ length: 8 }, (_, i) => T(i)) });
    const small = run({ at: '2026-03-02T10:00:00Z', ran: [T(1), T(2)], failed: [T(1), T(2)] });
    assert.deepEqual(ratesOf([big, small]), { passRate: 80, healthScore: 80, flakyRate: 0 });
  });

  test('rolling 7 and 30 day windows end at the newest run', () => {
    const h = [
      run({ at: '2026-01-01T00:00:00Z', failed: [T(1), T(2), T(3), T(4)] }), // 0%, older than 30 days
      run({ at: '2026-02-20T00:00:00Z', failed: [T(1), T(2)] }), // 50%, inside 30 days only
      run({ at: '2026-03-05T00:00:00Z' }), // 100%
      run({ at: '2026-03-06T00:00:00Z', flaky: [T(3)] }), // 75% pass, 100% health
    ];
    const m = computeMetrics(h);
    assert.equal(m.asOf, '2026-03-06T00:10:00.000Z');
    assert.equal(m.rolling.d7.runs, 2);
    assert.deepEqual([m.rolling.d7.passRate, m.rolling.d7.healthScore, m.rolling.d7.flakyRate], [87.5, 100, 12.5]);
    assert.equal(m.rolling.d30.runs, 3);
    assert.equal(m.rolling.d30.failedRuns, 1);
    assert.deepEqual([m.rolling.d30.passRate, m.rolling.d30.healthScore], [75, 83.3]);
    assert.equal(m.overall.runs, 4);
    assert.equal(m.overall.healthScore, 62.5);
    assert.equal(m.current?.runId, h[3]?.runId);
    assert.deepEqual(m.recentRuns.map((r) => r.runId), [...h].reverse().map((r) => r.runId));
  });

  test('--days keeps only the runs of the last N days', () => {
    const h = [run({ at: '2026-01-01T00:00:00Z', failed: [T(1)] }), run({ at: '2026-03-05T00:00:00Z' }), run({ at: '2026-03-06T00:00:00Z' })];
    const m = computeMetrics(h, { days: 3 });
    assert.deepEqual([m.range.runs, m.range.days, m.overall.healthScore], [2, 3, 100]);
    assert.equal(m.trend.points.length, 2);
  });

  test('the trend has a point per run, or per day / week / month when runs exceed maxPoints', () => {
    const h = Array.from({ length: 40 }, (_, i) => run({ at: new Date(Date.UTC(2026, 2, 2 + Math.floor(i / 4), i % 4)).toISOString(), failed: i % 4 === 0 ? [T(1)] : [] }));
    assert.equal(trendOf(h, 40).granularity, 'run');
    assert.equal(trendOf(h, 40).points.length, 40);
    const daily = trendOf(h, 20);
    assert.equal(daily.granularity, 'day');
    assert.equal(daily.points.length, 10);
    assert.deepEqual(daily.points[0], { label: '2026-03-02', from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z', runs: 4, passRate: 93.8, healthScore: 93.8, flakyRate: 0 });
    const weekly = trendOf(h, 5);
    assert.equal(weekly.granularity, 'week');
    // 2026-03-02 is a Monday: days 2..8 and 9..11.
    assert.deepEqual(weekly.points.map((p) => [p.label, p.runs]), [['2026-03-02', 28], ['2026-03-09', 12]]);
    assert.deepEqual(trendOf(h, 1).points.map((p) => p.label), ['2026-03']);
  });
});

describe('MTTR', () => {
  const cases: { name: string; runs: Parameters<typeof run>[0][]; recovered: { key: string; hours: number; failingRuns: number }[]; open: string[] }[] = [
    {
      name: 'fails in run 2, passes in run 3: recovery = end of run 3 - start of run 2',
      runs: [{ at: '2026-03-01T00:00:00Z' }, { at: '2026-03-01T02:00:00Z', failed: [T(1)] }, { at: '2026-03-01T05:00:00Z', minutes: 60 }],
      recovered: [{ key: T(1), hours: 4, failingRuns: 1 }],
      open: [],
    },
    {
      name: 'a flaky test opens no incident',
      runs: [{ at: '2026-03-01T00:00:00Z', flaky: [T(1)] }, { at: '2026-03-01T01:00:00Z' }],
      recovered: [],
      open: [],
    },
    {
      name: 'a run that did not run the test does not close its incident',
      runs: [{ at: '2026-03-01T00:00:00Z', failed: [T(2)] }, { at: '2026-03-01T01:00:00Z', ran: [T(1)] }, { at: '2026-03-01T03:00:00Z', minutes: 60 }],
      recovered: [{ key: T(2), hours: 4, failingRuns: 1 }],
      open: [],
    },
    {
      name: 'several failing runs, then flaky (passed on a retry) closes it',
      runs: [{ at: '2026-03-01T00:00:00Z', failed: [T(1)] }, { at: '2026-03-01T01:00:00Z', failed: [T(1)] }, { at: '2026-03-01T02:00:00Z', flaky: [T(1)], minutes: 60 }],
      recovered: [{ key: T(1), hours: 3, failingRuns: 2 }],
      open: [],
    },
    {
      name: 'still failing at the newest run: open',
      runs: [{ at: '2026-03-01T00:00:00Z' }, { at: '2026-03-01T01:00:00Z', failed: [T(3)] }, { at: '2026-03-01T02:00:00Z', failed: [T(3)] }],
      recovered: [],
      open: [T(3)],
    },
    {
      name: 'a run without a test list counts every test that did not fail as passed',
      runs: [{ at: '2026-03-01T00:00:00Z', failed: [T(4)] }, { at: '2026-03-01T01:00:00Z', ran: null, minutes: 60 }],
      recovered: [{ key: T(4), hours: 2, failingRuns: 1 }],
      open: [],
    },
    {
      name: 'two incidents of the same test, and one of another',
      runs: [
        { at: '2026-03-01T00:00:00Z', failed: [T(1), T(2)] },
        { at: '2026-03-01T01:00:00Z', failed: [T(2)], minutes: 0 },
        { at: '2026-03-01T02:00:00Z', failed: [T(1)], minutes: 0 },
        { at: '2026-03-01T06:00:00Z', minutes: 0 },
      ],
      recovered: [
        { key: T(1), hours: 1, failingRuns: 1 },
        { key: T(2), hours: 2, failingRuns: 2 },
        { key: T(1), hours: 4, failingRuns: 1 },
      ],
      open: [],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { recovered, open } = findIncidents(c.runs.map(run));
      assert.deepEqual(
        recovered.map((i) => ({ key: i.key, hours: (i.durationMs as number) / HOUR, failingRuns: i.failingRuns })),
        c.recovered,
      );
      assert.deepEqual(open.map((i) => i.key), c.open);
    });
  }

  test('per test and overall means; open incidents listed with their start', () => {
    const h = [
      run({ at: '2026-03-01T00:00:00Z', failed: [T(1), T(2)], minutes: 0 }),
      run({ at: '2026-03-01T01:00:00Z', failed: [T(2), T(3)], minutes: 0 }),
      run({ at: '2026-03-01T03:00:00Z', failed: [T(1), T(3)], minutes: 0 }),
      run({ at: '2026-03-01T04:00:00Z', failed: [T(3)], minutes: 0 }),
    ];
    const m = computeMetrics(h).mttr;
    // T1: 0h -> 1h (1h), then 3h -> 4h (1h); T2: 0h -> 3h (3h).
    assert.equal(m.recovered, 3);
    assert.equal(m.overallMs, (5 * HOUR) / 3);
    assert.deepEqual(m.perTest.map((t) => [t.key, t.incidents, t.meanMs / HOUR]), [[T(2), 1, 3], [T(1), 2, 1]]);
    assert.deepEqual(m.open.map((i) => [i.key, i.openedAt, i.failingRuns]), [[T(3), '2026-03-01T01:00:00.000Z', 3]]);
    assert.deepEqual(m.recent.map((i) => i.key), [T(1), T(2), T(1)]);
  });

  test('with --days, an incident that began before the window but recovered inside it counts', () => {
    const h = [run({ at: '2026-03-01T00:00:00Z', failed: [T(1)], minutes: 0 }), run({ at: '2026-03-10T00:00:00Z', minutes: 0 })];
    const m = computeMetrics(h, { days: 2 });
    assert.equal(m.range.runs, 1);
    assert.equal(m.mttr.overallMs, 9 * 24 * HOUR);
    assert.equal(formatDuration(m.mttr.overallMs), '9d 0h');
  });
});

describe('fixes, LLM usage, patterns', () => {
  test('fix outcomes per playbook: attempted vs verified vs merged when known', () => {
    const f = fixStats([
      run({ at: '2026-03-01T00:00:00Z', fixes: { 'restart-backend': { verified: 2, failed: 1 }, 'update-selectors': { 'dry-run': 2 } } }),
      run({ at: '2026-03-02T00:00:00Z', fixes: { 'restart-backend': { applied: 1, skipped: 3 }, 'update-selectors': { verified: 1, merged: 1 } } }),
    ]);
    assert.deepEqual(f.playbooks, [
      { playbook: 'restart-backend', attempted: 4, applied: 1, verified: 2, failed: 1, skipped: 3, dryRun: 0, merged: null, successRate: 50 },
      { playbook: 'update-selectors', attempted: 2, applied: 0, verified: 1, failed: 0, skipped: 0, dryRun: 2, merged: 1, successRate: 100 },
    ]);
    assert.deepEqual([f.attempted, f.verified, f.successRate], [6, 4, 66.7]);
  });

  test('LLM calls, tokens and cost per month', () => {
    const l = llmStats([
      run({ at: '2026-02-27T00:00:00Z', llm: { calls: 2, inputTokens: 1000, outputTokens: 200, costUsd: 0.1 } }),
      run({ at: '2026-03-01T00:00:00Z', llm: { calls: 1, inputTokens: 500, outputTokens: 50, costUsd: 0.2 } }),
      run({ at: '2026-03-31T23:00:00Z', llm: { calls: 3, inputTokens: 10, outputTokens: 5, costUsd: 0.000001 } }),
    ]);
    assert.deepEqual(l.total, { calls: 6, inputTokens: 1510, outputTokens: 255, costUsd: 0.300001 });
    assert.deepEqual(l.perMonth, [
      { month: '2026-02', runs: 1, calls: 2, inputTokens: 1000, outputTokens: 200, costUsd: 0.1 },
      { month: '2026-03', runs: 2, calls: 4, inputTokens: 510, outputTokens: 55, costUsd: 0.200001 },
    ]);
  });

  test('top failure patterns cluster by fingerprint with counts and first/last seen', () => {
    const h = [
      run({ at: '2026-03-01T00:00:00Z', failed: [T(1), T(2)], fingerprint: 'aaa' }),
      run({ at: '2026-03-02T00:00:00Z', failed: [T(3)], fingerprint: 'bbb', category: 'fix-api-routes' }),
      run({ at: '2026-03-03T00:00:00Z', failed: [T(1)], fingerprint: 'aaa' }),
    ];
    const p = failurePatterns(h, 10);
    assert.deepEqual(
      p.map((x) => [x.fingerprint, x.category, x.occurrences, x.runs, x.tests, x.firstSeen.slice(0, 10), x.lastSeen.slice(0, 10), x.example]),
      [
        ['aaa', 'update-selectors', 3, 2, 2, '2026-03-01', '2026-03-03', 'example for aaa'],
        ['bbb', 'fix-api-routes', 1, 1, 1, '2026-03-02', '2026-03-02', 'example for bbb'],
      ],
    );
    assert.equal(failurePatterns(h, 1).length, 1);
  });

  test('flaky tests ranked by the runs they flaked in', () => {
    const f = flakyTests([run({ at: '2026-03-01T00:00:00Z', flaky: [T(1), T(2)] }), run({ at: '2026-03-02T00:00:00Z', flaky: [T(2)] })], 10);
    assert.deepEqual(f.map((x) => [x.key, x.runs]), [[T(2), 2], [T(1), 1]]);
  });
});

describe('formatMetricsTable', () => {
  test('prints rates, MTTR, fixes, LLM, patterns and recent runs', () => {
    const h = [
      run({ at: '2026-03-01T00:00:00Z' }),
      run({ at: '2026-03-01T02:00:00Z', failed: [T(1)], fixes: { 'restart-backend': { verified: 1 } }, llm: { calls: 1, inputTokens: 1200, outputTokens: 300, costUsd: 0.0123 } }),
      run({ at: '2026-03-01T05:00:00Z', minutes: 60, flaky: [T(2)] }),
    ];
    const text = formatMetricsTable(computeMetrics(h));
    const lines = text.split('\n');
    assert.match(lines[0] as string, /^healwright metrics: 3 runs, 2026-03-01 00:00 to 2026-03-01 06:00 UTC; last run HEALTHY$/);
    assert.ok(lines.includes('  health score    100.0%   91.7%    91.7%  91.7%'), text);
    assert.ok(lines.includes('  pass rate        75.0%   83.3%    83.3%  83.3%'), text);
    assert.ok(lines.includes('  flaky rate       25.0%    8.3%     8.3%   8.3%'), text);
    assert.match(text, /^MTTR 4h 0m over 1 recovered incident; 0 open$/m);
    assert.match(text, new RegExp(`^  ${T(1).replace(/[.]/g, '\\.')} +1 +4h 0m +2026-03-01 06:00$`, 'm'));
    assert.match(text, /^fixes: 1 verified of 1 attempted \(100\.0%\)$/m);
    assert.match(text, /^LLM: 1 calls, 1,200 tokens in, 300 out, \$0\.0123$/m);
    assert.match(text, /^ {2}aaaaaaaaaaaa +update-selectors +1 +1 +1 /m);
    assert.match(text, /^ {2}p › a\.spec\.ts › t2 +1 +2026-03-01 05:00$/m);
    assert.equal(text.split('recent runs')[1]?.split('\n').filter((l) => l.startsWith('  run-')).length, 3);
    assert.equal(formatMetricsTable(computeMetrics([])), 'healwright metrics: no runs in the history yet.\n');
  });
});
