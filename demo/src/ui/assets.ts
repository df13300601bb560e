import type { Reply } from '../app/reply.js';

const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2327;background:#f5f6f4}
a{color:#0b5c8a}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
.topbar{display:flex;gap:24px;align-items:center;padding:12px 24px;background:#23412f;color:#fff}
.topbar a{color:#fff;text-decoration:none}.topbar a[aria-current=page]{text-decoration:underline}
.topbar ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.brand{font-weight:700}.signout{margin-left:auto}.user{opacity:.8;font-size:14px}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{margin-top:0}
.btn,button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #23412f;background:#2f6b45;color:#fff;cursor:pointer}
.btn-link{background:none;border:none;color:#fff;text-decoration:underline;padding:0}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:24px}
.stat{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0002}
.stat h2{font-size:14px;margin:0;color:#4a5a50}.stat-value{font-size:28px;font-weight:700;margin:4px 0 0}
table{border-collapse:collapse;width:100%;background:#fff}
caption{text-align:left;font-weight:600;padding:8px 0}
th,td{text-align:left;padding:8px;border-bottom:1px solid #dde2dc}
.toolbar{display:flex;gap:12px;align-items:end;flex-wrap:wrap;margin-bottom:16px}
form.card,.card{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 2px #0002;margin-bottom:16px}
.field{display:flex;flex-direction:column;margin-bottom:10px;max-width:420px}
.field input,.field select,.field textarea{font:inherit;padding:6px;border:1px solid #9aa59c;border-radius:4px}
.error,.errors{color:#9b1c1c}
.board{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.board-column{background:#e9ede8;border-radius:8px;padding:12px}
.board-column ul{list-style:none;padding:0;margin:0}
.board-column article{background:#fff;border-radius:6px;padding:8px 10px;margin-bottom:8px}
.board-column h3{font-size:15px;margin:0}
.chart{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:24px}
.bar{height:12px;background:#2f6b45;border-radius:3px;width:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:600}
`;

/**
 * The one page script. It draws the dashboard's workload bars and focuses the first field of a form
 * the server opened. With `js-error` it ships a chart selector that no longer exists, so the
 * dashboard throws an uncaught TypeError, as after a bad front-end deploy.
 */
function appScript(jsError: boolean): string {
  const chartSelector = jsError ? '[data-chart="weekly-workload"]' : '[data-chart="workload"]';
  return `'use strict';
(function () {
  var page = document.body.dataset.page;
  var first = document.querySelector('form[data-autofocus] input:not([type=hidden])');
  if (first) first.focus();
  if (page === 'dashboard') {
    var chart = document.querySelector('${chartSelector}');
    var max = Number(chart.dataset.max) || 1;
    chart.querySelectorAll('[data-value]').forEach(function (bar) {
      bar.style.width = Math.round((Number(bar.dataset.value) / max) * 100) + '%';
    });
  }
})();
`;
}

/** Serves /assets/app.css and /assets/app.js, or undefined for any other asset path. */
export function serveAsset(pathname: string, jsError: boolean): Reply | undefined {
  if (pathname === '/assets/app.css') return { kind: 'asset', status: 200, contentType: 'text/css; charset=utf-8', body: STYLES };
  if (pathname === '/assets/app.js') return { kind: 'asset', status: 200, contentType: 'text/javascript; charset=utf-8', body: appScript(jsError) };
  return undefined;
}
