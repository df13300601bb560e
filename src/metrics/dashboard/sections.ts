// The dashboard's sections. Numbers carry data-metric (their path in `healwright metrics --json`).
import { formatCount, formatDuration, formatPercent, formatTime, formatUsd } from '../format.js';
import type { Metrics } from '../types.js';
import { barChart } from './charts.js';
import { esc, metric, table } from './html.js';

function kpi(label: string, value: string, sub = ''): string {
  return `<div class="kpi"><span class="label">${esc(label)}</span>${value}${sub ? `<div class="sub">${sub}</div>` : ''}</div>`;
}

export function kpiSection(m: Metrics): string {
  const c = m.current;
  const status = c?.healthStatus ?? 'NO_TESTS';
  return `<div class="kpis">
${kpi('Health, last run', metric('current.healthScore', c?.healthScore, formatPercent(c?.healthScore), `value ${status}`), `<span class="badge ${esc(status)}">${esc(status)}</span>`)}
${kpi('Pass rate, 7 days', metric('rolling.d7.passRate', m.rolling.d7.passRate, formatPercent(m.rolling.d7.passRate), 'value'), `${metric('rolling.d7.runs', m.rolling.d7.runs, formatCount(m.rolling.d7.runs))} runs`)}
${kpi('Pass rate, 30 days', metric('rolling.d30.passRate', m.rolling.d30.passRate, formatPercent(m.rolling.d30.passRate), 'value'), `${metric('rolling.d30.runs', m.rolling.d30.runs, formatCount(m.rolling.d30.runs))} runs`)}
${kpi('Flaky rate, 30 days', metric('rolling.d30.flakyRate', m.rolling.d30.flakyRate, formatPercent(m.rolling.d30.flakyRate), 'value'))}
${kpi('MTTR', metric('mttr.overallMs', m.mttr.overallMs, formatDuration(m.mttr.overallMs), 'value'), `${metric('mttr.recovered', m.mttr.recovered, String(m.mttr.recovered))} recovered, ${metric('mttr.open.length', m.mttr.open.length, String(m.mttr.open.length))} open`)}
${kpi('Fix success', metric('fixes.successRate', m.fixes.successRate, formatPercent(m.fixes.successRate), 'value'), `${metric('fixes.verified', m.fixes.verified, String(m.fixes.verified))} of ${metric('fixes.attempted', m.fixes.attempted, String(m.fixes.attempted))} verified`)}
${kpi('LLM cost', metric('llm.total.costUsd', m.llm.total.costUsd, formatUsd(m.llm.total.costUsd), 'value'), `${metric('llm.total.calls', m.llm.total.calls, formatCount(m.llm.total.calls))} calls`)}
${kpi('Runs', metric('range.runs', m.range.runs, formatCount(m.range.runs), 'value'), `${esc(formatTime(m.range.from).slice(0, 10))} to ${esc(formatTime(m.range.to).slice(0, 10))}`)}
</div>`;
}

export function mttrSection(m: Metrics): string {
  const t = m.mttr;
  const perTest = table(
    ['test', 'incidents', 'mean time to recovery', 'last recovered (UTC)'],
    t.perTest.map((x, i) => [`<span class="key-cell">${esc(x.key)}</span>`, metric(`mttr.perTest.${i}.incidents`, x.incidents, String(x.incidents)), metric(`mttr.perTest.${i}.meanMs`, x.meanMs, formatDuration(x.meanMs)), esc(formatTime(x.lastRecoveredAt))]),
    { numeric: [1, 2], empty: 'No test has failed and recovered yet.' },
  );
  const open = table(
    ['test', 'failing since (UTC)', 'failing runs', 'category'],
    t.open.map((x, i) => [`<span class="key-cell">${esc(x.key)}</span>`, esc(formatTime(x.openedAt)), metric(`mttr.open.${i}.failingRuns`, x.failingRuns, String(x.failingRuns)), esc(x.category)]),
    { numeric: [2], empty: 'No open incidents: every test that failed has passed since.' },
  );
  return `<section id="mttr"><h2>Mean time to recovery: ${metric('mttr.overallMs', t.overallMs, formatDuration(t.overallMs))}</h2>
<p class="sub">From the start of the first run where a test failed to the end of the next run where it passed.</p>
${perTest}
<h2 style="margin-top:14px">Open incidents</h2>
${open}</section>`;
}

function stack(verified: number, applied: number, failed: number, attempted: number): string {
  if (!attempted) return '';
  const w = (n: number) => `${((n / attempted) * 100).toFixed(1)}%`;
  return `<div class="stack" title="verified ${verified}, applied but not verified ${applied}, failed ${failed}"><span class="verified" style="width:${w(verified)}"></span><span class="applied" style="width:${w(applied)}"></span><span class="failed" style="width:${w(failed)}"></span></div>`;
}

export function fixesSection(m: Metrics): string {
  const rows = m.fixes.playbooks.map((p, i) => [
    esc(p.playbook),
    metric(`fixes.playbooks.${i}.attempted`, p.attempted, String(p.attempted)),
    metric(`fixes.playbooks.${i}.verified`, p.verified, String(p.verified)),
    metric(`fixes.playbooks.${i}.failed`, p.failed, String(p.failed)),
    p.merged === null ? '<span title="not known: merges are not recorded">-</span>' : metric(`fixes.playbooks.${i}.merged`, p.merged, String(p.merged)),
    metric(`fixes.playbooks.${i}.successRate`, p.successRate, formatPercent(p.successRate)),
    stack(p.verified + (p.merged ?? 0), p.applied, p.failed, p.attempted),
  ]);
  return `<section id="fixes"><h2>Fix outcomes per playbook</h2>
${table(['playbook', 'attempted', 'verified', 'failed', 'merged', 'success', ''], rows, { numeric: [1, 2, 3, 4, 5], empty: 'No fixes recorded yet.' })}</section>`;
}

export function llmSection(m: Metrics): string {
  const months = m.llm.perMonth;
  const chart = m.llm.total.calls === 0 ? '<p class="empty">No LLM calls recorded: every run triaged by rules only.</p>' : barChart({ id: 'chart-llm-cost', title: 'LLM cost per month (USD)', name: 'llmCostUsd', labels: months.map((x) => x.month), values: months.map((x) => x.costUsd), format: formatUsd });
  const rows = months.map((x, i) => [
    esc(x.month),
    metric(`llm.perMonth.${i}.runs`, x.runs, formatCount(x.runs)),
    metric(`llm.perMonth.${i}.calls`, x.calls, formatCount(x.calls)),
    metric(`llm.perMonth.${i}.inputTokens`, x.inputTokens, formatCount(x.inputTokens)),
    metric(`llm.perMonth.${i}.outputTokens`, x.outputTokens, formatCount(x.outputTokens)),
    metric(`llm.perMonth.${i}.costUsd`, x.costUsd, formatUsd(x.costUsd)),
  ]);
  return `<section id="llm"><h2>LLM usage</h2>${chart}
${table(['month', 'runs', 'calls', 'tokens in', 'tokens out', 'cost'], rows, { numeric: [1, 2, 3, 4, 5] })}</section>`;
}

export function patternsSection(m: Metrics): string {
  const rows = m.patterns.map((p, i) => [
    `<code>${esc(p.fingerprint)}</code>`,
    esc(`${p.class}/${p.category}`),
    metric(`patterns.${i}.occurrences`, p.occurrences, String(p.occurrences)),
    metric(`patterns.${i}.runs`, p.runs, String(p.runs)),
    metric(`patterns.${i}.tests`, p.tests, String(p.tests)),
    esc(formatTime(p.firstSeen)),
    esc(formatTime(p.lastSeen)),
    `<span class="example">${esc(p.example)}</span>`,
  ]);
  const flaky = table(
    ['test', 'flaky runs', 'last seen (UTC)'],
    m.flakyTests.map((t, i) => [`<span class="key-cell">${esc(t.key)}</span>`, metric(`flakyTests.${i}.runs`, t.runs, String(t.runs)), esc(formatTime(t.lastSeen))]),
    { numeric: [1], empty: 'No flaky tests.' },
  );
  return `<section id="patterns"><h2>Top failure patterns</h2>
${table(['fingerprint', 'class/category', 'failures', 'runs', 'tests', 'first seen', 'last seen', 'example'], rows, { numeric: [2, 3, 4], empty: 'No failures recorded.' })}
<h2 style="margin-top:14px">Most flaky tests</h2>
${flaky}</section>`;
}

/** Recent runs, newest first; `href` gives the relative link to a run's summary.md, or undefined when the folder is gone. */
export function runsSection(m: Metrics, href: (runDir: string) => string | undefined): string {
  const rows = m.recentRuns.map((r, i) => {
    const link = href(r.runDir);
    const name = esc(r.runId) + (r.shard ? ` <span class="sub">[shard ${esc(r.shard)}]</span>` : '');
    return [
      link ? `<a class="mono" href="${esc(link)}">${name}</a>` : `<span class="mono">${name}</span>`,
      esc(formatTime(r.startedAt)),
      esc(formatDuration(r.durationMs)),
      `${metric(`recentRuns.${i}.healthScore`, r.healthScore, formatPercent(r.healthScore))} <span class="badge ${esc(r.healthStatus)}">${esc(r.healthStatus)}</span>`,
      metric(`recentRuns.${i}.passed`, r.passed, String(r.passed)),
      metric(`recentRuns.${i}.failed`, r.failed, String(r.failed)),
      metric(`recentRuns.${i}.flaky`, r.flaky, String(r.flaky)),
      metric(`recentRuns.${i}.skipped`, r.skipped, String(r.skipped)),
      metric(`recentRuns.${i}.llmCostUsd`, r.llmCostUsd, formatUsd(r.llmCostUsd)),
    ];
  });
  return `<section id="runs"><h2>Recent runs</h2>
${table(['run (summary)', 'started (UTC)', 'duration', 'health', 'passed', 'failed', 'flaky', 'skipped', 'LLM cost'], rows, { numeric: [4, 5, 6, 7, 8], cls: 'runs' })}</section>`;
}
