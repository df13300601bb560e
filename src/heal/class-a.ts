// Turns the fixtures' Class A records (<runDir>/fixes/class-a-*.json) and globalSetup's record into the
// summary's FixRecords, once final outcomes are known: "fixed before the retry, and the retry passed"
// is a verified fix; applied but the retry still failed is applied, not verified.
import type { FinalOutcome, FixRecord } from '../artifacts/summary.js';
import type { TestRecord } from './types.js';
import { readTriageHandover } from '../triage/handover.js';
import { adoptPendingSetupRecords, isClassAFixShape, readClassAFixes, readGlobalSetupRecord, type ClassAFixFile, type GlobalSetupRecord } from '../class-a/index.js';
import type { RunContext } from './context.js';

/** Final outcome per test id, as the reporter knows it in onEnd. */
export type TestOutcomes = Map<string, { outcome: FinalOutcome; lastStatus: string }>;

/** Retry number of a test's last failed attempt, when it failed at all. */
type LastFailedRetry = (testId: string) => number | undefined;

/** True when the retry this fix prepared passed. */
function retryPassed(fix: ClassAFixFile, outcomes: TestOutcomes, lastFailedRetry: LastFailedRetry): boolean {
  const outcome = outcomes.get(fix.testId);
  if (!outcome || (outcome.outcome !== 'flaky' && outcome.outcome !== 'expected')) return false;
  // With more than one retry, a later failure means the retry this fix prepared failed too.
  const last = lastFailedRetry(fix.testId);
  return last === undefined || last < fix.retry;
}

function groupKey(fix: ClassAFixFile): string {
  return fix.actionId ? `${fix.actionId}|${fix.status}` : `${fix.testId}|${fix.retry}`;
}

function toFixRecord(group: ClassAFixFile[], outcomes: TestOutcomes, lastFailedRetry: LastFailedRetry): FixRecord {
  const lead = group.find((f) => f.performed) ?? (group[0] as ClassAFixFile);
  const testIds = [...new Set(group.map((f) => f.testId))];
  const base = { category: lead.category, class: 'A' as const, testIds, at: lead.at };
  const shared = testIds.length > 1 ? ` (one fix shared by ${testIds.length} tests)` : '';
  if (lead.status !== 'applied') return { ...base, status: lead.status, detail: `${lead.detail}${shared}` };
  const passed = group.filter((f) => retryPassed(f, outcomes, lastFailedRetry));
  if (passed.length === group.length) {
    return { ...base, status: 'verified', detail: `${lead.detail}${shared}; the retry passed` };
  }
  const failed = group.filter((f) => !passed.includes(f)).map((f) => `${f.testId} (retry #${f.retry}${outcomes.has(f.testId) ? '' : ', no result'})`);
  return { ...base, status: 'applied', detail: `${lead.detail}${shared}; not verified: the retry still failed for ${failed.join(', ')}` };
}

/**
 * The Class A fixes of a run as summary FixRecords: `verified` (applied and the retry passed),
 * `applied` (applied, the retry did not pass), `failed`, `skipped` (with the guardrail or missing
 * config that stopped it) and `dry-run`. One shared action (one redeploy for several tests) is one record.
 */
export function collectClassAFixes(runDir: string, outcomes: TestOutcomes): FixRecord[] {
  return groupFixes(readClassAFixes(runDir), outcomes, (id) => readTriageHandover(runDir, id)?.retry);
}

function groupFixes(fixes: ClassAFixFile[], outcomes: TestOutcomes, lastFailedRetry: LastFailedRetry): FixRecord[] {
  const groups = new Map<string, ClassAFixFile[]>();
  for (const fix of fixes) {
    const key = groupKey(fix);
    const list = groups.get(key);
    if (list) list.push(fix);
    else groups.set(key, [fix]);
  }
  return [...groups.values()].map((g) => toFixRecord(g, outcomes, lastFailedRetry)).sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The same records, read from the `heal-fix` attachments the fixtures add to each retry: what
 * `merge-reports` of sharded runs has (the shards' run folders stay on their machines). Test ids are
 * the merged run's (merge-reports re-ids tests), so each record takes the id of the test it came with.
 */
export function collectClassAFixesFromRecords(records: Iterable<TestRecord>, outcomes: TestOutcomes): FixRecord[] {
  const fixes: ClassAFixFile[] = [];
  const lastFailed = new Map<string, number>();
  for (const rec of records) {
    const last = rec.failed[rec.failed.length - 1];
    if (last) lastFailed.set(rec.testId, last.retry);
    for (const raw of rec.fixRecords) if (isClassAFixShape(raw)) fixes.push({ ...raw, testId: rec.testId });
  }
  return groupFixes(fixes, outcomes, (id) => lastFailed.get(id));
}

/**
 * globalSetup's redeploy before the tests, as a FixRecord (no test ids): `verified` when health
 * answered after it, else its status. Undefined when globalSetup did not redeploy.
 */
export function globalSetupFixRecord(record: GlobalSetupRecord | undefined): FixRecord | undefined {
  if (!record?.restart) return undefined;
  const r = record.restart;
  const status: FixRecord['status'] = r.status === 'applied' ? (r.healthy ? 'verified' : 'applied') : r.status;
  return { category: 'restart-backend', class: 'A', testIds: [], status, detail: `before the tests (globalSetup): ${r.detail}`, at: record.at };
}

/** globalSetup's record of a run folder as a FixRecord; see {@link globalSetupFixRecord}. */
export function collectGlobalSetupFix(runDir: string): FixRecord | undefined {
  return globalSetupFixRecord(readGlobalSetupRecord(runDir));
}

/**
 * The Class A stage of onEnd: the fixes this run made, with their final outcomes: the shards' records
 * from the `heal-fix` attachments under merge-reports, else globalSetup's redeploy and the fixtures'
 * records in the run folder (adopting what globalSetup left pending).
 */
export function classAStage(ctx: Pick<RunContext, 'suite' | 'merging' | 'records' | 'runDir' | 'log'>): FixRecord[] {
  const outcomes: TestOutcomes = new Map(ctx.suite.allTests().map((t) => [t.id, { outcome: t.outcome(), lastStatus: t.results[t.results.length - 1]?.status ?? 'unknown' }]));
  let fixes: FixRecord[];
  if (ctx.merging) {
    fixes = collectClassAFixesFromRecords(ctx.records.values(), outcomes);
  } else {
    adoptPendingSetupRecords(ctx.runDir);
    const setupFix = collectGlobalSetupFix(ctx.runDir);
    fixes = [...(setupFix ? [setupFix] : []), ...collectClassAFixes(ctx.runDir, outcomes)];
  }
  for (const f of fixes) ctx.log('info', `fix ${f.category} ${f.status}: ${f.detail}`);
  return fixes;
}
