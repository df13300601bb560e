// The verification rule, pure: a patch is verified only when every test it is for passes in the
// re-run and no test of the re-run files that passed before now fails.
import { fileOfKey } from './json-report.js';
import type { TestOutcome, TestRun, TestStatus } from './types.js';
import { projectOfKey } from '../../common/names.js';

export interface Verdict {
  verified: boolean;
  reason: string;
}

const FAILING = new Set<TestStatus>(['failed', 'timedOut', 'interrupted']);

function why(t: TestRun): string {
  return t.error ? `: ${t.error.split('\n').find((l) => l.trim()) ?? t.error}` : '';
}

/**
 * Judges one re-run for a set of affected tests. `before` holds the original run's final statuses;
 * a test missing from it that fails now also blocks (nothing shows it failed before).
 */
export function judgeRerun(affected: readonly string[], before: ReadonlyMap<string, TestStatus>, after: readonly TestRun[], runErrors: readonly string[]): Verdict {
  const byKey = new Map(after.map((t) => [t.key, t]));
  if (after.length === 0) {
    const detail = runErrors[0] ? `: ${runErrors[0]}` : '';
    return { verified: false, reason: `the re-run produced no test results${detail}` };
  }
  for (const key of affected) {
    const t = byKey.get(key);
    if (!t) return { verified: false, reason: `the affected test "${key}" did not run in the re-run${runErrors[0] ? ` (${runErrors[0]})` : ''}` };
    if (t.status !== 'passed') return { verified: false, reason: `the affected test "${key}" still ${t.status === 'skipped' ? 'is skipped' : `fails (${t.status})`}${why(t)}` };
  }
  const affectedSet = new Set(affected);
  for (const t of after) {
    if (affectedSet.has(t.key) || !FAILING.has(t.status)) continue;
    const was = before.get(t.key);
    if (was === undefined) return { verified: false, reason: `"${t.key}" fails in the re-run and did not run before, so the patch cannot be shown harmless${why(t)}` };
    if (!FAILING.has(was)) return { verified: false, reason: `the patch breaks "${t.key}", which ${was} before and now ${t.status}${why(t)}` };
  }
  const others = after.filter((t) => !affectedSet.has(t.key)).length;
  return { verified: true, reason: `re-run in an isolated copy: ${affected.length} affected test(s) pass, ${others} other test(s) of the same files did not regress` };
}

/** The original run's statuses of the tests in `files` (repo-relative), limited to `projects` when given. */
export function beforeOf(before: ReadonlyMap<string, TestStatus>, files: ReadonlySet<string>, projects: readonly string[]): TestOutcome[] {
  const wanted = projects.length ? new Set(projects) : undefined;
  const out: TestOutcome[] = [];
  for (const [key, status] of before) {
    if (!files.has(fileOfKey(key))) continue;
    if (wanted && !wanted.has(projectOfKey(key))) continue;
    out.push({ key, status });
  }
  return out;
}
