/** The page's only stylesheet, inlined: the report must read the same offline and from a CI artifact. */
export const DASHBOARD_CSS = `
:root { --ok: #1a7f37; --warn: #b26b00; --bad: #cf222e; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --card: #fff; --s0: #0969da; --s1: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --ok: #3fb950; --warn: #d29922; --bad: #f85149; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --card: #151b23; --s0: #4493f8; --s1: #ab7df8; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 16px 20px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p, footer, .empty, .sub { color: var(--muted); }
h2 { font-size: 16px; margin: 0 0 10px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 0 0 16px; overflow-x: auto; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px; }
.grid2 > section { margin: 0; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr)); gap: 12px; margin-bottom: 16px; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.kpi .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.kpi .value { display: block; font-size: 22px; font-weight: 600; margin-top: 2px; white-space: nowrap; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; background: var(--muted); vertical-align: middle; }
.HEALTHY { --st: var(--ok); } .DEGRADED { --st: var(--warn); } .FAILING { --st: var(--bad); } .NO_TESTS { --st: var(--muted); }
.badge.HEALTHY, .badge.DEGRADED, .badge.FAILING, .badge.NO_TESTS { background: var(--st); }
.kpi .value.HEALTHY, .kpi .value.DEGRADED, .kpi .value.FAILING { color: var(--st); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td code, .mono { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.key-cell { max-width: 520px; overflow-wrap: anywhere; }
.example { color: var(--muted); max-width: 420px; overflow-wrap: anywhere; }
a { color: var(--s0); }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart svg { width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .tick, .chart .threshold-label { fill: var(--muted); font-size: 13px; }
.chart .threshold { stroke: var(--muted); stroke-dasharray: 4 4; stroke-width: 1; }
.chart .line { fill: none; stroke-width: 2; }
.chart .s0 .line { stroke: var(--s0); } .chart .s0 .pt { fill: var(--s0); }
.chart .s1 .line { stroke: var(--s1); } .chart .s1 .pt { fill: var(--s1); }
.chart .pt.HEALTHY { fill: var(--ok); } .chart .pt.DEGRADED { fill: var(--warn); } .chart .pt.FAILING { fill: var(--bad); }
.chart .bar { fill: var(--s0); }
#chart-flaky .s0 .line { stroke: var(--s1); } #chart-flaky .s0 .pt { fill: var(--s1); }
.legend { font-weight: 400; margin-left: 12px; }
.legend .key::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; background: var(--s0); }
.legend .key.s1::before { background: var(--s1); }
.stack { display: flex; height: 10px; min-width: 120px; border-radius: 3px; overflow: hidden; background: var(--line); }
.stack span { display: block; height: 100%; }
.stack .verified { background: var(--ok); } .stack .failed { background: var(--bad); } .stack .applied { background: var(--warn); }
details { margin-top: 8px; color: var(--muted); }
`;
