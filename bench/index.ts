// `npm run bench`: every performance target of the project, printed as one table. Targets are checked
// here, never in timed tests. Pass `--only=triage,redact` to run a subset. A bench during which
// healwright logged an internal error fails, whatever it measured (internal-errors.ts).
import { benchTriage } from './triage.js';
import { benchRealTriage } from './real-triage.js';
import { benchRealTriageLlm } from './real-triage-llm.js';
import { benchReporter } from './reporter.js';
import { benchOnEnd } from './onend.js';
import { benchOnEndHung } from './onend-hung.js';
import { benchRedact } from './redact.js';
import { benchLlm } from './llm.js';
import { benchEvidence } from './evidence.js';
import { benchMetrics } from './metrics.js';
import { benchClassBVerify } from './class-b-verify.js';
import { benchSelectorDrift } from './selector-drift.js';
import { benchAdversarial } from './adversarial.js';
import { takeInternalErrors, watchStderr } from './internal-errors.js';
import { run as benchReleaseDriftBothSplits } from './release-drift.js';
import { benchDomPage } from './dom-page.js';
import { printTable, type BenchRow } from './types.js';

const BENCHES: Record<string, () => Promise<BenchRow[]>> = {
  triage: () => benchTriage(),
  'real-triage': () => benchRealTriage(),
  'real-triage-llm': () => benchRealTriageLlm(),
  // Both splits, as real-triage prints them (held-out in aggregate only).
  'dom-page': () => benchDomPage(true),
  redact: () => benchRedact(),
  llm: () => benchLlm(),
  onend: () => benchOnEnd(),
  'onend-hung': () => benchOnEndHung(),
  reporter: () => benchReporter(),
  evidence: () => benchEvidence(),
  metrics: () => benchMetrics(),
  'class-b': () => benchClassBVerify(),
  'selector-drift': () => benchSelectorDrift(),
  adversarial: () => benchAdversarial(),
  // The tuned apps, then the held-out ones (totals only).
  'release-drift': () => benchReleaseDriftBothSplits(),
};

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = only?.filter((n) => !(n in BENCHES)) ?? [];
if (unknown.length) {
  console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const rows: BenchRow[] = [];
const broken: string[] = [];
for (const [name, run] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  takeInternalErrors();
  const unwatch = watchStderr();
  try {
    rows.push(...(await run()));
  } catch (err) {
    rows.push({ name: `${name} (error: ${(err as Error).message.split('\n')[0]})`, value: 0, unit: '', target: '', pass: false });
  } finally {
    unwatch();
  }
  const internal = takeInternalErrors();
  if (internal.length) {
    broken.push(`bench: ${name}: healwright logged ${internal.length} internal error${internal.length > 1 ? 's' : ''} during this bench, so its figures do not count:\n${internal.slice(0, 3).map((l) => `  ${l}`).join('\n')}`);
    rows.push({ name: `${name} (healwright internal error)`, value: internal.length, unit: 'errors', target: '0', pass: false });
  }
}
printTable(rows);
for (const b of broken) console.error(b);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
