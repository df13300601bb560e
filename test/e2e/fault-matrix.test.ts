// The fault matrix of e2e/README.md, end to end: switch faults on in the demo, run the affected tests
// of this repo's suite with the healwright reporter, and compare healing-summary.json's categories.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FAULT_MATRIX, type FaultMatrixEntry } from '../../e2e/fault-matrix.js';
import { grepFor, runRepoSuite } from '../helpers/repo-suite.js';

/** Packs faults into as few runs as possible: same switch mechanism, no test broken by two faults. */
function groups(entries: FaultMatrixEntry[]): FaultMatrixEntry[][] {
  const out: FaultMatrixEntry[][] = [];
  for (const e of entries) {
    const g = out.find((grp) => grp[0]?.enableWith === e.enableWith && grp.every((o) => o.tests.every((t) => !e.tests.includes(t))));
    if (g) g.push(e);
    else out.push([e]);
  }
  return out;
}

// ui-renamed, route-moved, data-changed and js-error are checked by test/e2e/class-b.test.ts, whose
// runs also heal them (one suite run per group is the expensive part).
const CLASS_B_RUNS = new Set(['ui-renamed', 'route-moved', 'data-changed', 'js-error']);

describe('fault matrix through the reporter', () => {
  for (const group of groups(FAULT_MATRIX.filter((e) => !CLASS_B_RUNS.has(e.fault)))) {
    const faults = group.map((e) => e.fault);
    test(`${faults.join(' + ')}`, async () => {
      const expected = new Map<string, string>();
      for (const e of group) for (const t of e.tests) expected.set(t, e.category);
      const r = await runRepoSuite({
        args: ['--retries=0', `--grep=${grepFor([...expected.keys()])}`],
        env: { [group[0]!.enableWith]: faults.join(','), HEAL_DRY_RUN: 'true', HEAL_SKIP_LLM: 'true' },
      });
      assert.equal(r.exitCode, 1, r.output);
      const got = new Map(r.summary.failures.filter((f) => f.outcome === 'unexpected').map((f) => [f.title, f.triage.category]));
      assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort(), `failing tests differ:\n${r.output.slice(-4000)}`);
      for (const [title, category] of expected) {
        const failure = r.summary.failures.find((f) => f.title === title);
        assert.equal(got.get(title), category, `${title}: ${failure?.triage.rule} ${failure?.triage.reasons.join(' | ')}\n${failure?.message.slice(0, 600)}`);
      }
    });
  }
});
