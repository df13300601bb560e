import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDashboard } from '../../src/metrics/dashboard/index.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { metricAt, sameValue } from './metric-path.js';
import { run, T } from './records.js';

const HOSTILE = `p › a.spec.ts › <script>window.__pwned = 1</script> "quoted" & 'single'`;

function history() {
  return [
    run({ at: '2026-03-01T00:00:00Z' }),
    run({ at: '2026-03-01T02:00:00Z', ran: [T(1), T(2), HOSTILE], failed: [HOSTILE], fingerprint: '<img src=x onerror=alert(1)>', fixes: { 'restart-backend': { verified: 1, failed: 1 } }, llm: { calls: 2, costUsd: 0.25 } }),
    run({ at: '2026-03-01T03:00:00Z', ran: [], skipped: 4 }),
    run({ at: '2026-03-01T05:00:00Z', ran: [T(1), T(2), HOSTILE], flaky: [T(2)] }),
  ];
}

/** Every element with data-metric, as [path, raw value]. */
function metricsOnPage(html: string): [string, string][] {
  return [...html.matchAll(/data-metric="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1] as string, (m[2] as string).replace(/&quot;/g, '"').replace(/&amp;/g, '&')]);
}

describe('renderDashboard', () => {
  const m = computeMetrics(history());
  const html = renderDashboard(m, { runHref: (d) => (d === m.recentRuns[0]?.runDir ? `${d}/summary.md` : undefined), version: '9.9.9', warnings: ['line 3 <b>bad</b>'] });

  test('escapes every string: a hostile test title and fingerprint stay text', () => {
    assert.ok(!html.includes('<script'), 'no script element at all');
    assert.ok(!html.includes('<img'), 'no injected element');
    assert.ok(html.includes('&lt;script&gt;window.__pwned = 1&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('line 3 &lt;b&gt;bad&lt;/b&gt;'));
  });

  test('self-contained: inline CSS and SVG, nothing loaded from elsewhere', () => {
    assert.ok(!/<link\b/i.test(html));
    assert.ok(!/\b(?:src|href)\s*=\s*"(?:https?:)?\/\//i.test(html), 'no absolute URL to load or follow');
    assert.ok(!/@import|url\(/i.test(html), 'no CSS import or url()');
    assert.match(html, /<style>[\s\S]+<\/style>/);
  });

  test('one circle per run with tests in each line series, and the dip is on the chart', () => {
    const health = /<g class="series s0" data-series="healthScore" data-points="(\d+)">([\s\S]*?)<\/g>/.exec(html);
    assert.equal(health?.[1], '3', 'the run where nothing ran has no point');
    const values = [...(health?.[2] ?? '').matchAll(/<circle class="pt (\w+)"[^>]* data-index="(\d+)" data-value="([^"]+)"/g)].map((x) => [x[1], Number(x[2]), Number(x[3])]);
    assert.deepEqual(values, [['HEALTHY', 0, 100], ['FAILING', 1, 66.7], ['HEALTHY', 3, 100]]);
    for (const series of ['passRate', 'flakyRate']) {
      const g = new RegExp(`data-series="${series}" data-points="(\\d+)">([\\s\\S]*?)</g>`).exec(html);
      assert.equal(g?.[1], '3');
      assert.equal(g?.[2]?.match(/<circle/g)?.length, 3);
    }
    assert.match(html, /id="chart-health" data-granularity="run"/);
    assert.match(html, /data-series="llmCostUsd" data-points="1"><rect class="bar"[^>]*data-value="0.25"/);
  });

  test('every number shown carries its path in metrics --json and the same value', () => {
    const found = metricsOnPage(html);
    assert.ok(found.length > 40, `only ${found.length} metrics on the page`);
    const json = JSON.parse(JSON.stringify(m));
    for (const [p, v] of found) assert.ok(sameValue(metricAt(json, p), v), `${p}: page ${v}, json ${JSON.stringify(metricAt(json, p))}`);
    const paths = new Set(found.map(([p]) => p));
    for (const p of ['current.healthScore', 'rolling.d7.passRate', 'rolling.d30.flakyRate', 'mttr.overallMs', 'mttr.perTest.0.meanMs', 'fixes.playbooks.0.successRate', 'llm.total.costUsd', 'patterns.0.occurrences', 'recentRuns.3.failed']) {
      assert.ok(paths.has(p), `${p} is not on the page`);
    }
    assert.match(html, /data-metric="mttr.overallMs" data-value="11400000">3h 10m</);
  });

  test('recent runs link to their summary.md when the folder is there', () => {
    assert.equal(html.match(/<a class="mono" href="[^"]+">/g)?.length, 1);
    assert.ok(html.includes(`href="${m.recentRuns[0]?.runDir}/summary.md"`));
    assert.ok(html.includes('healwright 9.9.9'));
  });

  test('an empty history renders a page that says so', () => {
    const empty = renderDashboard(computeMetrics([]));
    assert.match(empty, /No runs in the history yet/);
    assert.match(empty, /<title>healwright health: NO_TESTS<\/title>/);
  });
});
