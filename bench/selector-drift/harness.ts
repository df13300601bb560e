// Runs the drift suite for real: one `playwright test` run for every drift, the healer on each real
// failure (error + error-context), the proposed edits applied, and one more run of the patched tests.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { widenToOccurrences } from '../../src/class-b/occurrences.js';
import type { HealerInput, PatchProposal } from '../../src/class-b/types.js';
import { DOM_ATTACHMENT, parseDomSnapshot } from '../../src/triage/dom-snapshot.js';
import { mergeRecords, recordsOfAttachments } from '../../src/last-known-good/store.js';
import { LKG_ATTACHMENT, type LkgEntry, type LkgRecord } from '../../src/last-known-good/types.js';
import { makeTempDir } from '../../test/helpers/run-inline.js';
import { runInlineTest } from '../internal-errors.js';
import { DRIFTS, type Drift, type DriftKind } from './drifts.js';
import { BREAK_ENV, driftSuite, NEW_TITLE, OLD_TITLE, REPORT_ENV, REPORT_FILE, SPEC_NAME, TIMEOUT_ENV } from './suite.js';

const RERUN_REPORT = 'rerun-report.json';
const BREAK_REPORT = 'break-report.json';

export type DriftResult =
  /** Proposed, the patched test passed, and it failed once the labelled target was removed. */
  | 'verified'
  /** Proposed, and the patched test still failed, passed without its target, or a refusal was the right answer. */
  | 'wrong'
  /** Refused where a fix was expected. */
  | 'missed'
  /** Refused where refusing is right. */
  | 'refused'
  /** The drift did not reproduce (old page failed or new page passed): a broken benchmark case. */
  | 'invalid';

export interface DriftOutcome {
  id: string;
  kind: DriftKind;
  expected: Drift['expect'];
  result: DriftResult;
  proposal?: PatchProposal;
  refused?: string;
  detail?: string;
  /** A proposal on a must-refuse case whose patched test passed its re-run: verification alone would not have stopped it. */
  wouldVerify?: boolean;
}

export interface DriftReport {
  outcomes: DriftOutcome[];
  proposed: number;
  verified: number;
  wrong: number;
  /** Wrong proposals on must-refuse cases whose re-run passed (the product's verification would keep them). */
  wrongPassingRerun: number;
  refused: number;
  missed: number;
  invalid: number;
  /** (verified + right refusals) / drifts. */
  hitRate: number;
  /** Wall time of the two Playwright runs, ms. */
  runMs: number;
}

interface JsonResult {
  status: string;
  error?: { message?: string; stack?: string };
  attachments?: { name: string; path?: string; body?: string }[];
}
interface JsonSpec {
  title: string;
  file: string;
  line: number;
  tests: { results: JsonResult[] }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function specsOf(report: { suites?: JsonSuite[] }): JsonSpec[] {
  const out: JsonSpec[] = [];
  const walk = (s: JsonSuite) => {
    out.push(...(s.specs ?? []));
    (s.suites ?? []).forEach(walk);
  };
  (report.suites ?? []).forEach(walk);
  return out;
}

function readReport(dir: string, file: string): Map<string, JsonSpec> {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { suites?: JsonSuite[] };
  return new Map(specsOf(report).map((s) => [`${s.file.split(/[\\/]/)[0]}|${s.title}`, s]));
}

const lastResult = (spec: JsonSpec | undefined) => spec?.tests[0]?.results.at(-1);

/**
 * The last-known-good store a history of passing runs leaves: the records the old-page tests carried
 * (healwright/fixtures attach them to a passing test; the JSON reporter inlines the body as base64), their
 * files made relative to the suite's folder, as the reporter keeps them. The new-page test's locator
 * finds the old-page test's record: same file and locator, the nearest line.
 */
function historyOf(dir: string, first: Map<string, JsonSpec>): LkgEntry[] {
  const records: LkgRecord[] = [];
  for (const [key, spec] of first) {
    if (!key.endsWith(`|${OLD_TITLE}`)) continue;
    const res = lastResult(spec);
    if (res?.status !== 'passed') continue;
    const bodies = (res.attachments ?? []).filter((a) => a.name === LKG_ATTACHMENT && a.body).map((a) => ({ name: a.name, body: Buffer.from(a.body as string, 'base64') }));
    for (const r of recordsOfAttachments(bodies)) records.push({ ...r, file: path.relative(dir, path.resolve(dir, r.file)).split(path.sep).join('/') });
  }
  return mergeRecords([], records, new Date());
}

function healerInput(dir: string, drift: Drift, spec: JsonSpec, result: JsonResult, history?: readonly LkgEntry[]): HealerInput {
  const ec = result.attachments?.find((a) => a.name === 'error-context')?.path;
  // The DOM snapshot healwright/fixtures attach at the failure point, as the reporter hands it to the healer.
  // The JSON reporter inlines a body attachment as base64.
  const dom = result.attachments?.find((a) => a.name === DOM_ATTACHMENT);
  const domText = dom?.path ? readFileSync(dom.path, 'utf8') : dom?.body ? Buffer.from(dom.body, 'base64').toString('utf8') : undefined;
  const domSnapshot = parseDomSnapshot(domText);
  return {
    category: 'update-selectors',
    testId: `${drift.id} > ${NEW_TITLE}`,
    fingerprint: drift.id,
    message: result.error?.message ?? '',
    ...(result.error?.stack ? { stack: result.error.stack } : {}),
    testFile: path.join(dir, drift.id, SPEC_NAME),
    testLine: spec.line,
    ...(ec ? { errorContext: readFileSync(ec, 'utf8') } : {}),
    ...(domSnapshot ? { domSnapshot } : {}),
    ...(history?.length ? { lastKnownGood: history } : {}),
    rootDir: dir,
  };
}

function applyEdits(proposal: PatchProposal): string | undefined {
  for (const edit of proposal.edits) {
    const lines = readFileSync(edit.file, 'utf8').split('\n');
    if (lines[edit.line - 1] !== edit.before) return `${edit.file}:${edit.line} is not the line the edit expects`;
    lines[edit.line - 1] = edit.after;
    writeFileSync(edit.file, lines.join('\n'));
  }
  return undefined;
}

/** Generates the suite, runs it, heals every failure, re-runs the patched tests, and scores the outcome. */
/**
 * `history`: the healer gets the last-known-good records of the old-page tests' passing run, as a suite
 * with healwright's reporter has after one passing run; without it, the healer works from the failure
 * alone (a suite's first run, or `healLastKnownGood: false`).
 */
export async function runSelectorDrift(drifts: Drift[] = DRIFTS, opts: { workers?: number; timeoutMs?: number; history?: boolean } = {}): Promise<DriftReport> {
  const dir = makeTempDir('bench-selector-drift');
  const timeoutMs = opts.timeoutMs ?? 2_400_000;
  const t0 = performance.now();
  await runInlineTest(driftSuite(drifts, opts.workers), { dir, timeoutMs });
  const first = readReport(dir, REPORT_FILE);
  const history = opts.history ? historyOf(dir, first) : undefined;
  if (history) process.stderr.write(`history: ${history.length} last-known-good records from the old pages' passing run\n`);
  const outcomes: DriftOutcome[] = [];
  const patched: Drift[] = [];
  for (const d of drifts) {
    const base = { id: d.id, kind: d.kind, expected: d.expect };
    const old = lastResult(first.get(`${d.id}|${OLD_TITLE}`));
    const spec = first.get(`${d.id}|${NEW_TITLE}`);
    const now = lastResult(spec);
    if (old?.status !== 'passed' || !spec || !now || now.status === 'passed') {
      outcomes.push({ ...base, result: 'invalid', detail: `old page ${old?.status ?? 'missing'}, new page ${now?.status ?? 'missing'}` });
      continue;
    }
    const input = healerInput(dir, d, spec, now, history);
    const healed = proposeClassBFix(input);
    // As the reporter does: a release changes the same thing everywhere, so the same change goes on every
    // line of the test and of its page objects (the drift's own folder) that writes it.
    const own = path.join(dir, d.id) + path.sep;
    const r = 'proposal' in healed ? { proposal: widenToOccurrences(healed.proposal, [{ file: input.testFile, line: input.testLine }], { mayEdit: (f) => path.resolve(f).startsWith(own) }) } : healed;
    if ('refused' in r) {
      outcomes.push({ ...base, result: d.expect === 'refuse' ? 'refused' : 'missed', refused: r.refused });
      continue;
    }
    if (d.expect === 'refuse') {
      // Wrong whatever happens next; the re-run says whether verification would have stopped it.
      const problem = applyEdits(r.proposal);
      outcomes.push({ ...base, result: 'wrong', proposal: r.proposal, detail: problem ?? 'proposed a fix where refusing is right' });
      if (!problem) patched.push(d);
      continue;
    }
    const problem = applyEdits(r.proposal);
    if (problem) {
      outcomes.push({ ...base, result: 'wrong', proposal: r.proposal, detail: problem });
      continue;
    }
    outcomes.push({ ...base, result: 'wrong', proposal: r.proposal, detail: 'patched test not re-run yet' });
    patched.push(d);
  }
  if (patched.length) {
    await runInlineTest({}, { dir, timeoutMs, env: { [REPORT_ENV]: RERUN_REPORT, [TIMEOUT_ENV]: '10000' }, args: [...patched.map((d) => `${d.id}/${SPEC_NAME}`), '-g', NEW_TITLE] });
    const second = readReport(dir, RERUN_REPORT);
    for (const d of patched) {
      const o = outcomes.find((x) => x.id === d.id) as DriftOutcome;
      const res = lastResult(second.get(`${d.id}|${NEW_TITLE}`));
      if (d.expect === 'refuse') {
        o.wouldVerify = res?.status === 'passed';
        o.detail = `proposed a fix where refusing is right; its re-run ${o.wouldVerify ? 'passed: verification would not stop it' : `${res?.status ?? 'did not run'}: verification would drop it`}`;
        continue;
      }
      o.result = res?.status === 'passed' ? 'verified' : 'wrong';
      o.detail = res?.status === 'passed' ? undefined : `patched test ${res?.status ?? 'did not run'}: ${(res?.error?.message ?? '').split('\n')[0]}`;
    }
    // Break the feature back: without the labelled element the patched test must fail, else it passed
    // on another element (or on nothing at all).
    const passed = patched.filter((d) => d.expect === 'heal' && outcomes.find((x) => x.id === d.id)?.result === 'verified');
    const withTarget = passed.filter((d) => d.target);
    for (const d of passed.filter((x) => !x.target)) {
      const o = outcomes.find((x) => x.id === d.id) as DriftOutcome;
      o.result = 'wrong';
      o.detail = 'no labelled target to break the patch back against';
    }
    if (withTarget.length) {
      await runInlineTest({}, { dir, timeoutMs, env: { [REPORT_ENV]: BREAK_REPORT, [TIMEOUT_ENV]: '2500', [BREAK_ENV]: '1' }, args: [...withTarget.map((d) => `${d.id}/${SPEC_NAME}`), '-g', NEW_TITLE] });
      const third = readReport(dir, BREAK_REPORT);
      for (const d of withTarget) {
        const o = outcomes.find((x) => x.id === d.id) as DriftOutcome;
        const res = lastResult(third.get(`${d.id}|${NEW_TITLE}`));
        if (res?.status === 'passed') {
          o.result = 'wrong';
          o.detail = `the patched test still passes with ${d.target} removed: it found another element`;
        } else if (!res) {
          o.result = 'wrong';
          o.detail = 'the break-back run did not run the patched test';
        }
      }
    }
  }
  const count = (r: DriftResult) => outcomes.filter((o) => o.result === r).length;
  return {
    outcomes,
    proposed: outcomes.filter((o) => o.proposal).length,
    verified: count('verified'),
    wrong: count('wrong'),
    wrongPassingRerun: outcomes.filter((o) => o.wouldVerify).length,
    refused: count('refused'),
    missed: count('missed'),
    invalid: count('invalid'),
    hitRate: drifts.length ? (count('verified') + count('refused')) / drifts.length : 0,
    runMs: performance.now() - t0,
  };
}
