// healing-results/index.html: one self-contained page (inline CSS and SVG, no script, no network).
import { formatTime } from '../format.js';
import type { Metrics } from '../types.js';
import { lineChart } from './charts.js';
import { esc, metric } from './html.js';
import { fixesSection, kpiSection, llmSection, mttrSection, patternsSection, runsSection } from './sections.js';
import { DASHBOARD_CSS } from './styles.js';

export interface DashboardOptions {
  /** Relative link to a run's summary.md, or undefined when that run folder is gone. Default: none. */
  runHref?: (runDir: string) => string | undefined;
  /** When the page was made, for its footer. Default: the metrics' asOf. */
  generatedAt?: Date;
  /** Where the history came from, for the footer (e.g. `healing-results/history.jsonl`). */
  source?: string;
  /** Lines the history reader skipped, shown folded. */
  warnings?: string[];
  /** healwright's version, for the footer. */
  version?: string;
}

function trendLabel(m: Metrics, label: string, from: string): string {
  return m.trend.granularity === 'run' ? formatTime(from) : label;
}

/** Bottom of a percentage axis: low enough to show `keep` (a threshold) and every value, in steps of 5. */
function floorOf(values: (number | null)[], keep = 100): number {
  const lowest = Math.min(keep, ...values.filter((v): v is number => v !== null));
  return Math.max(0, Math.floor((lowest - 2) / 5) * 5);
}

/** Top of the flaky-rate axis: 10% or the next 10 above the highest value. */
function ceilOf(values: (number | null)[]): number {
  const highest = Math.max(0, ...values.filter((v): v is number => v !== null));
  return Math.min(100, Math.max(10, Math.ceil((highest + 1) / 10) * 10));
}

function charts(m: Metrics): string {
  const pts = m.trend.points;
  const labels = pts.map((p) => trendLabel(m, p.label, p.from));
  const per = m.trend.granularity === 'run' ? 'per run' : `per ${m.trend.granularity}`;
  const health = pts.map((p) => p.healthScore);
  const pass = pts.map((p) => p.passRate);
  const flaky = pts.map((p) => p.flakyRate);
  const common = { labels, granularity: m.trend.granularity };
  return [
    lineChart({
      ...common,
      id: 'chart-health',
      title: `Health score (${per})`,
      yMin: floorOf(health, 80),
      series: [{ name: 'healthScore', label: 'health', values: health }],
      thresholds: [
        { value: 95, label: 'HEALTHY 95' },
        { value: 80, label: 'DEGRADED 80' },
      ],
      pointClass: (_s, _i, v) => (v >= 95 ? 'HEALTHY' : v >= 80 ? 'DEGRADED' : 'FAILING'),
    }),
    lineChart({ ...common, id: 'chart-pass', title: `Pass rate, first try (${per})`, yMin: floorOf(pass), series: [{ name: 'passRate', label: 'pass rate', values: pass }] }),
    lineChart({ ...common, id: 'chart-flaky', title: `Flaky rate (${per})`, yMax: ceilOf(flaky), series: [{ name: 'flakyRate', label: 'flaky rate', values: flaky }] }),
  ]
    .map((c) => `<section>${c}</section>`)
    .join('\n');
}

/** Renders the dashboard for these metrics. Every string is escaped; links are relative. */
export function renderDashboard(m: Metrics, opts: DashboardOptions = {}): string {
  const status = m.current?.healthStatus ?? 'NO_TESTS';
  const generated = opts.generatedAt ? opts.generatedAt.toISOString() : m.asOf;
  const warnings = opts.warnings?.length
    ? `<details><summary>${opts.warnings.length} history line(s) skipped</summary><ul>${opts.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></details>`
    : '';
  const body = m.current
    ? `${kpiSection(m)}
${charts(m)}
<div class="grid2">${mttrSection(m)}${fixesSection(m)}</div>
${llmSection(m)}
${patternsSection(m)}
${runsSection(m, opts.runHref ?? (() => undefined))}`
    : '<section><p class="empty">No runs in the history yet. Run your suite with the healwright reporter, then `npx healwright report` again.</p></section>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>healwright health: ${esc(status)}</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header>
<h1>Suite health <span class="badge ${esc(status)}" data-metric="current.healthStatus" data-value="${esc(m.current?.healthStatus ?? '')}">${esc(status)}</span></h1>
<p>${metric('range.runs', m.range.runs, String(m.range.runs))} runs${m.range.days ? ` in the last ${esc(m.range.days)} days` : ''}, ${esc(formatTime(m.range.from))} to ${esc(formatTime(m.range.to))} UTC. Trend points: ${metric('trend.points.length', m.trend.points.length, String(m.trend.points.length))} (${esc(m.trend.granularity)}).</p>
</header>
<main>
${body}
</main>
<footer>Generated ${esc(formatTime(generated))} UTC by healwright${opts.version ? ` ${esc(opts.version)}` : ''}${opts.source ? ` from ${esc(opts.source)}` : ''}. Windows end at the newest run. ${warnings}</footer>
</body>
</html>
`;
}
