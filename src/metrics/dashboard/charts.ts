// Inline SVG charts drawn here, not in the browser: the page needs no script and no network. Each
// series is a <g data-series data-points> with one <circle> (or <rect>) per point, for people's
// tooltips (<title>) and for the browser test to count.
import { esc } from './html.js';

export interface ChartSeries {
  /** Machine name (`healthScore`), used in data-series and CSS classes. */
  name: string;
  /** What people read in the legend. */
  label: string;
  values: (number | null)[];
}

export interface LineChartOptions {
  id: string;
  title: string;
  /** One label per point (x axis and tooltips). */
  labels: string[];
  series: ChartSeries[];
  /** Bottom and top of the y axis. Default 0 and 100 (percentages). */
  yMin?: number;
  yMax?: number;
  /** Dashed horizontal lines, e.g. the HEALTHY / DEGRADED thresholds. */
  thresholds?: { value: number; label: string }[];
  /** Text after each value in tooltips. Default '%'. */
  unit?: string;
  /** What one point stands for (run, day, week, month), shown as data-granularity. */
  granularity?: string;
  /** CSS class per point (e.g. its health status), by series name and index. */
  pointClass?: (series: string, index: number, value: number) => string;
}

const W = 1100;
const H = 240;
const PAD = { left: 52, right: 100, top: 14, bottom: 30 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function xAt(i: number, n: number): number {
  return n <= 1 ? PAD.left + PLOT_W / 2 : PAD.left + (i / (n - 1)) * PLOT_W;
}

interface Scale {
  min: number;
  max: number;
}

function yAt(v: number, s: Scale): number {
  const clamped = Math.min(Math.max(v, s.min), s.max);
  return PAD.top + (1 - (clamped - s.min) / (s.max - s.min || 1)) * PLOT_H;
}

/** Gridlines at round values: the smallest step that gives at most 6 intervals. */
function yAxis(s: Scale, unit: string): string {
  const range = s.max - s.min;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((x) => range / x <= 6) ?? range / 4;
  const ticks: number[] = [];
  for (let t = Math.ceil(s.min / step) * step; t <= s.max + 1e-9; t += step) ticks.push(t);
  return ticks
    .map((t) => {
      const y = fmt(yAt(t, s));
      return `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/><text class="tick" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${esc(fmt(t))}${esc(unit)}</text>`;
    })
    .join('');
}

function xLabels(labels: string[]): string {
  const n = labels.length;
  if (!n) return '';
  const picks = n === 1 ? [0] : n === 2 ? [0, 1] : [0, Math.floor((n - 1) / 2), n - 1];
  return picks
    .map((i, k) => {
      const anchor = n === 1 ? 'middle' : k === 0 ? 'start' : k === picks.length - 1 ? 'end' : 'middle';
      return `<text class="tick" x="${fmt(xAt(i, n))}" y="${H - 8}" text-anchor="${anchor}">${esc(labels[i] ?? '')}</text>`;
    })
    .join('');
}

/** A line through the points that have a value (a run where no test ran is no dip: it is skipped). */
function pathOf(values: (number | null)[], scale: Scale): string {
  let d = '';
  values.forEach((v, i) => {
    if (v !== null) d += `${d ? 'L' : 'M'}${fmt(xAt(i, values.length))} ${fmt(yAt(v, scale))}`;
  });
  return d;
}

/** A line chart with one circle per point that has a value. */
export function lineChart(o: LineChartOptions): string {
  const scale: Scale = { min: o.yMin ?? 0, max: o.yMax ?? 100 };
  const unit = o.unit ?? '%';
  const n = o.labels.length;
  const r = n > 120 ? 2 : n > 40 ? 3 : 4.5;
  const thresholds = (o.thresholds ?? [])
    .map((t) => {
      const y = fmt(yAt(t.value, scale));
      if (t.value < scale.min || t.value > scale.max) return '';
      return `<line class="threshold" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/><text class="threshold-label" x="${W - PAD.right + 6}" y="${y}" dominant-baseline="middle">${esc(t.label)}</text>`;
    })
    .join('');
  const series = o.series
    .map((s, si) => {
      const circles = s.values
        .map((v, i) =>
          v === null
            ? ''
            : `<circle class="${esc(['pt', o.pointClass?.(s.name, i, v)].filter(Boolean).join(' '))}" cx="${fmt(xAt(i, n))}" cy="${fmt(yAt(v, scale))}" r="${r}" data-index="${i}" data-value="${esc(v)}"><title>${esc(o.labels[i] ?? '')}: ${esc(s.label)} ${esc(fmt(v))}${esc(unit)}</title></circle>`,
        )
        .join('');
      const points = s.values.filter((v) => v !== null).length;
      return `<g class="series s${si}" data-series="${esc(s.name)}" data-points="${points}"><path class="line" d="${pathOf(s.values, scale)}"/>${circles}</g>`;
    })
    .join('');
  const legend = o.series.map((s, si) => `<span class="key s${si}">${esc(s.label)}</span>`).join('');
  return `<figure class="chart" id="${esc(o.id)}"${o.granularity ? ` data-granularity="${esc(o.granularity)}"` : ''}>
<figcaption>${esc(o.title)}${o.series.length > 1 ? `<span class="legend">${legend}</span>` : ''}</figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(o.title)}" preserveAspectRatio="xMidYMid meet">${yAxis(scale, unit)}${thresholds}${series}${xLabels(o.labels)}</svg>
</figure>`;
}

/** A bar chart (one <rect> per value), e.g. LLM cost per month. */
export function barChart(o: { id: string; title: string; labels: string[]; values: number[]; name: string; format: (v: number) => string }): string {
  const n = o.values.length;
  const max = Math.max(...o.values, 0);
  const scale: Scale = { min: 0, max: max > 0 ? max * 1.15 : 1 };
  const slot = n ? PLOT_W / n : PLOT_W;
  const bw = Math.max(2, Math.min(48, slot * 0.7));
  const bars = o.values
    .map((v, i) => {
      const x = PAD.left + slot * i + (slot - bw) / 2;
      const y = yAt(v, scale);
      return `<rect class="bar" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(bw)}" height="${fmt(PAD.top + PLOT_H - y)}" data-index="${i}" data-value="${esc(v)}"><title>${esc(o.labels[i] ?? '')}: ${esc(o.format(v))}</title></rect>`;
    })
    .join('');
  const labels = o.labels
    .map((l, i) => (n <= 12 || i % Math.ceil(n / 12) === 0 ? `<text class="tick" x="${fmt(PAD.left + slot * i + slot / 2)}" y="${H - 8}" text-anchor="middle">${esc(l)}</text>` : ''))
    .join('');
  const base = `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + PLOT_H}" y2="${PAD.top + PLOT_H}"/>`;
  const top = max > 0 ? `<text class="tick" x="${PAD.left - 6}" y="${fmt(yAt(max, scale))}" text-anchor="end" dominant-baseline="middle">${esc(o.format(max))}</text>` : '';
  return `<figure class="chart" id="${esc(o.id)}">
<figcaption>${esc(o.title)}</figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(o.title)}" preserveAspectRatio="xMidYMid meet">${base}${top}<g class="series" data-series="${esc(o.name)}" data-points="${n}">${bars}</g>${labels}</svg>
</figure>`;
}
