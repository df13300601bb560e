// Release drift on real apps: suites written against one published release of an app (its built UI,
// fetched from the npm registry with `npm pack` and cached), run against a later release through
// healwright's reporter. Every failure is labelled by hand (selector drift, test-data drift, real
// change); every verified patch is re-run, and re-run again without the labelled element, where it
// must fail. See release-drift/. `--app=name` runs one app; `--held-out` runs the held-out apps
// (HELDOUT_RELEASE_APPS, never tuned on: score them once) instead of the default ones.
import { pathToFileURL } from 'node:url';
import { runReleaseApp, selectApps, type AppReport } from './release-drift/index.js';
import { addTotals, type AppTotals } from './release-drift/score.js';
import { OfflineError } from './release-drift/tarballs.js';
import { printTable, type BenchRow } from './types.js';

const pct = (n: number, d: number) => (d ? (n / d) * 100 : 0);

/** One app's outcomes on stderr: every test for a tuned app, the totals alone for a held-out one (never read its misses). */
function printApp(r: AppReport, heldOut: boolean): void {
  const w = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  process.stderr.write(`\n${r.app.name}: ${r.app.pkg} ${r.app.from} -> ${r.app.to} (${(r.ms / 1000).toFixed(0)} s, ${r.patches} patch file(s) applied)\n`);
  if (!heldOut) process.stderr.write(`  ${w('test', 44)} ${w('label', 9)} ${w('outcome', 8)} detail\n`);
  for (const s of heldOut ? [] : r.scored) {
    process.stderr.write(`  ${w(s.test, 44)} ${w(s.label?.kind ?? '-', 9)} ${w(s.outcome, 8)} ${s.label ? `${s.label.note}: ` : ''}${s.detail.split('\n')[0]?.slice(0, 220) ?? ''}\n`);
  }
  const t = r.totals;
  process.stderr.write(
    `  selector drifts healed ${t.selectorHealed}/${t.selectorDrifts}, data drifts healed ${t.dataHealed}/${t.dataDrifts}, real changes left alone ${t.realRefused}/${t.realChanges}, wrong ${t.wrong}, invalid ${t.invalid}\n`,
  );
}

function rows(label: string, t: AppTotals): BenchRow[] {
  return [
    { name: `release drift ${label}: selector drifts healed (${t.selectorHealed} of ${t.selectorDrifts})`, value: pct(t.selectorHealed, t.selectorDrifts), unit: '%', target: '>= 80', pass: pct(t.selectorHealed, t.selectorDrifts) >= 80 },
    { name: `release drift ${label}: wrong patches (real changes ${t.realChanges}, data drifts ${t.dataDrifts}, healed ${t.dataHealed})`, value: t.wrong, unit: 'patches', target: '0', pass: t.wrong === 0 },
  ];
}

export async function benchReleaseDrift(only?: string, heldOut = false): Promise<BenchRow[]> {
  const apps = selectApps(heldOut, only);
  const out: BenchRow[] = [];
  const split = heldOut ? 'held-out ' : '';
  let all: AppTotals | undefined;
  for (const app of apps) {
    let report: AppReport;
    try {
      report = await runReleaseApp(app, (line) => process.stderr.write(`  ${line}\n`));
    } catch (err) {
      const offline = err instanceof OfflineError;
      out.push({ name: `release drift ${split}${app.name} (${offline ? 'offline' : 'error'}: ${(err as Error).message.split('\n')[0]})`, value: 0, unit: '', target: '', pass: false });
      continue;
    }
    printApp(report, heldOut);
    out.push(...rows(`${split}${app.name}`, report.totals));
    if (report.totals.invalid) out.push({ name: `release drift ${split}${app.name}: invalid cases (suite or label out of date)`, value: report.totals.invalid, unit: 'tests', target: '0', pass: false });
    all = all ? addTotals(all, report.totals) : report.totals;
  }
  if (all && apps.length > 1) out.push(...rows(`${split}total`, all));
  return out;
}

/** `npm run bench`: the tuned apps, then the held-out ones (totals only). */
export const run = async () => [...(await benchReleaseDrift()), ...(await benchReleaseDrift(undefined, true))];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.find((a) => a.startsWith('--app='))?.slice('--app='.length);
  printTable(await benchReleaseDrift(only, process.argv.includes('--held-out')));
}
