// `healwright metrics`: the metrics as plain-text tables.
import { formatCount, formatDuration, formatPercent, formatTime, formatUsd } from './format.js';
import type { Metrics, Rates } from './types.js';

/** Aligned columns; columns listed in `right` are right-aligned (numbers). */
function columns(head: string[], rows: string[][], right: number[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cols: string[]) =>
    '  ' +
    cols
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function ratesBlock(m: Metrics): string {
  const cur = m.current;
  const cols: [string, Rates & { runs: number }][] = [
    ['last run', { passRate: cur?.passRate ?? null, healthScore: cur?.healthScore ?? null, flakyRate: cur?.flakyRate ?? null, runs: cur ? 1 : 0 }],
    ['7 days', m.rolling.d7],
    ['30 days', m.rolling.d30],
    [m.range.days ? `${m.range.days} days` : 'all', m.overall],
  ];
  return columns(
    ['', ...cols.map(([h]) => h)],
    [
      ['health score', ...cols.map(([, v]) => formatPercent(v.healthScore))],
      ['pass rate', ...cols.map(([, v]) => formatPercent(v.passRate))],
      ['flaky rate', ...cols.map(([, v]) => formatPercent(v.flakyRate))],
      ['runs', ...cols.map(([, v]) => formatCount(v.runs))],
    ],
    [1, 2, 3, 4],
  );
}

function mttrBlock(m: Metrics): string {
  const t = m.mttr;
  let out = `MTTR ${formatDuration(t.overallMs)} over ${t.recovered} recovered incident${t.recovered === 1 ? '' : 's'}; ${t.open.length} open\n`;
  if (t.perTest.length) out += columns(['test', 'incidents', 'mean recovery', 'last recovered'], t.perTest.map((x) => [cut(x.key, 70), String(x.incidents), formatDuration(x.meanMs), formatTime(x.lastRecoveredAt)]), [1, 2]);
  if (t.open.length) {
    out += 'open incidents (failing since)\n';
    out += columns(['test', 'since', 'failing runs', 'category'], t.open.map((x) => [cut(x.key, 70), formatTime(x.openedAt), String(x.failingRuns), x.category]), [2]);
  }
  return out;
}

function fixesBlock(m: Metrics): string {
  const f = m.fixes;
  if (!f.playbooks.length) return 'fixes: none recorded\n';
  return (
    `fixes: ${f.verified} verified of ${f.attempted} attempted (${formatPercent(f.successRate)})\n` +
    columns(
      ['playbook', 'attempted', 'verified', 'failed', 'merged', 'skipped', 'dry-run', 'success'],
      f.playbooks.map((p) => [p.playbook, String(p.attempted), String(p.verified), String(p.failed), p.merged === null ? '-' : String(p.merged), String(p.skipped), String(p.dryRun), formatPercent(p.successRate)]),
      [1, 2, 3, 4, 5, 6, 7],
    )
  );
}

function llmBlock(m: Metrics): string {
  const t = m.llm.total;
  let out = `LLM: ${formatCount(t.calls)} calls, ${formatCount(t.inputTokens)} tokens in, ${formatCount(t.outputTokens)} out, ${formatUsd(t.costUsd)}\n`;
  if (t.calls > 0) {
    out += columns(
      ['month', 'runs', 'calls', 'tokens in', 'tokens out', 'cost'],
      m.llm.perMonth.map((x) => [x.month, formatCount(x.runs), formatCount(x.calls), formatCount(x.inputTokens), formatCount(x.outputTokens), formatUsd(x.costUsd)]),
      [1, 2, 3, 4, 5],
    );
  }
  return out;
}

function patternsBlock(m: Metrics): string {
  if (!m.patterns.length) return 'failure patterns: none\n';
  return (
    'top failure patterns\n' +
    columns(
      ['fingerprint', 'category', 'failures', 'runs', 'tests', 'first seen', 'last seen', 'example'],
      m.patterns.map((p) => [p.fingerprint, p.category, String(p.occurrences), String(p.runs), String(p.tests), formatTime(p.firstSeen), formatTime(p.lastSeen), cut(p.example.replace(/\s+/g, ' '), 60)]),
      [2, 3, 4],
    )
  );
}

function runsBlock(m: Metrics, limit: number): string {
  const rows = m.recentRuns.slice(0, limit);
  return (
    `recent runs (newest first${m.recentRuns.length > limit ? `, ${limit} of ${m.range.runs}` : ''})\n` +
    columns(
      ['run', 'started (UTC)', 'duration', 'health', 'passed', 'failed', 'flaky', 'skipped', 'LLM cost'],
      rows.map((r) => [r.runId + (r.shard ? ` [${r.shard}]` : ''), formatTime(r.startedAt), formatDuration(r.durationMs), formatPercent(r.healthScore), String(r.passed), String(r.failed), String(r.flaky), String(r.skipped), formatUsd(r.llmCostUsd)]),
      [2, 3, 4, 5, 6, 7, 8],
    )
  );
}

/** The metrics as text: rates, MTTR, fixes, LLM usage, patterns, flaky tests and the last `runs` runs. */
export function formatMetricsTable(m: Metrics, opts: { runs?: number } = {}): string {
  if (!m.current) return 'healwright metrics: no runs in the history yet.\n';
  const head = `healwright metrics: ${m.range.runs} run${m.range.runs === 1 ? '' : 's'}, ${formatTime(m.range.from)} to ${formatTime(m.range.to)} UTC; last run ${m.current.healthStatus}\n`;
  const flaky = m.flakyTests.length
    ? 'most flaky tests\n' + columns(['test', 'flaky runs', 'last seen'], m.flakyTests.map((t) => [cut(t.key, 70), String(t.runs), formatTime(t.lastSeen)]), [1])
    : 'flaky tests: none\n';
  return [head + ratesBlock(m), mttrBlock(m), fixesBlock(m), llmBlock(m), patternsBlock(m), flaky, runsBlock(m, opts.runs ?? 10)].join('\n');
}
