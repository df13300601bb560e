// "Passed again": an issue from an earlier run whose cluster is not failing now and whose tests ran
// and passed. healwright says so once; it closes the issue only when closeResolved is on.
import { fingerprintMarker, readIssueState, replaceStatsBlock, safeTestKey } from './markers.js';
import { renderPassedAgainComment } from './render-comments.js';
import { ISSUE_LABEL, type RunState } from './state.js';
import { joinTitle } from '../common/names.js';

/** The key `clusters[].tests` uses for a failure. */
function failureKey(titlePath: readonly string[]): string {
  return safeTestKey(joinTitle(titlePath));
}

export async function checkPassedAgain(s: RunState, fp: string): Promise<void> {
  const { summary } = s.o;
  if (!s.api) {
    s.record({ fingerprint: fp, category: 'unknown', action: 'skipped', detail: `${s.o.dryRun ? 'dry run' : 'no GitHub access'}: did not check whether its issue passes again` });
    return;
  }
  const open = await s.api.findOpenByMarker({ kind: 'issue', label: ISSUE_LABEL, marker: fingerprintMarker(fp) });
  if (!open) {
    s.log(`class-c: no open issue for ${fp} any more`);
    return;
  }
  const issue = { number: open.number, url: open.url };
  const state = readIssueState(open.body);
  const category = state.category ?? 'unknown';
  const keep = (detail: string) => s.record({ fingerprint: fp, category, action: 'skipped', issue, detail });

  if (summary.failures.some((f) => f.fingerprint === fp)) return keep('failed again and passed only on a retry (flaky): issue left as it is');
  if (state.tests.length === 0) return keep('the issue lists no tests (edited?): cannot tell whether they pass');
  const passedNow = new Set((s.o.passedTests ?? []).map(safeTestKey));
  const failingNow = new Set(summary.failures.map((f) => failureKey(f.titlePath)));
  const passed = state.tests.filter((t) => passedNow.has(t));
  const failing = state.tests.filter((t) => failingNow.has(t));
  if (failing.length) return keep(`${failing.length} of its tests failed with another error: issue left open`);
  if (passed.length === 0) return keep('its tests did not run in this run');
  if (!s.o.closeResolved && state.stats?.passingSince) return keep(`already reported passing since run ${state.stats.passingSince.runId}`);

  const at = s.seenAt;
  await s.api.commentOnIssue(
    open.number,
    renderPassedAgainComment({ runId: summary.runId, at, passed, notRun: state.tests.length - passed.length, closing: s.o.closeResolved, ...(s.o.actions ? { actions: s.o.actions } : {}) }),
  );
  if (s.o.closeResolved) {
    await s.api.closeIssue(open.number);
    s.log(`class-c: closed issue #${open.number}: its tests pass again`);
    s.record({ fingerprint: fp, category, action: 'closed', issue, detail: `passed again in run ${summary.runId}: issue #${open.number} closed` });
    return;
  }
  const updated = state.stats ? replaceStatsBlock(open.body, { ...state.stats, passingSince: { runId: summary.runId, at } }) : undefined;
  if (updated) await s.api.updateIssueBody(open.number, updated);
  s.record({ fingerprint: fp, category, action: 'resolved', issue, detail: `passed again in run ${summary.runId}: noted on issue #${open.number}, left open` });
}
