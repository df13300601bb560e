import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { refusalReason, renderConsoleSummary } from '../../src/artifacts/console.js';
import type { HealingSummary } from '../../src/artifacts/summary.js';

function summary(over: Partial<HealingSummary>): HealingSummary {
  return {
    health: { score: 50, status: 'FAILING' },
    totals: { total: 4, passed: 2, failed: 2, flaky: 0, skipped: 0 },
    config: { dryRun: false, skipLlm: true, projects: ['chromium'], maxFixesPerRun: 3, sideEffectsDisabled: false, issues: [] },
    failures: [
      { testId: 't1', title: 'saves the order', triage: { class: 'B', category: 'update-selectors' } },
      { testId: 't2', title: 'shows the total', triage: { class: 'B', category: 'update-test-data' } },
    ],
    clusters: [],
    byClass: { A: 0, B: 2, C: 0 },
    warnings: [],
    fixes: { attempted: [], applied: [], verified: [] },
    pullRequests: [],
    ...over,
  } as unknown as HealingSummary;
}

const fix = (category: string, status: string, detail: string) => ({ category, class: 'B', status, detail, testIds: ['t1'], at: '' });

describe('console summary', () => {
  test('one line per patch, with where it is, what it fixes and what happened', () => {
    const out = renderConsoleSummary(
      summary({
        pullRequests: [
          { category: 'update-selectors', status: 'written', fixes: 1, testIds: ['t1'], patchFile: '/abs/healing-results/run-1/pull-requests/update-selectors.patch', bodyFile: '' },
          { category: 'update-test-data', status: 'opened', fixes: 1, testIds: ['t2'], patchFile: '/abs/healing-results/run-1/pull-requests/update-test-data.patch', bodyFile: '', url: 'https://github.example/acme/web/pull/7' },
        ] as HealingSummary['pullRequests'],
      }),
      { colors: false, healingMs: 12_345 },
      'healing-results/run-1',
    );
    assert.match(out, /^ {2}patch: healing-results\/run-1\/pull-requests\/update-selectors\.patch \(update-selectors, 1 test: saves the order\) verified, written \(no GitHub\)$/m);
    assert.match(out, /^ {2}patch: healing-results\/run-1\/pull-requests\/update-test-data\.patch \(update-test-data, 1 test: shows the total\) verified, pull request opened https:\/\/github\.example\/acme\/web\/pull\/7$/m);
    assert.match(out, /^ {2}healing took 12\.3 s$/m);
  });

  test('a patch for several tests names the first and counts the others', () => {
    const out = renderConsoleSummary(
      summary({
        pullRequests: [
          { category: 'update-selectors', status: 'written', fixes: 2, testIds: ['t1', 't2'], patchFile: '/abs/healing-results/run-1/pull-requests/update-selectors.patch', bodyFile: '' },
        ] as HealingSummary['pullRequests'],
      }),
      { colors: false, healingMs: 1_000 },
      'healing-results/run-1',
    );
    assert.match(out, /^ {2}patch: healing-results\/run-1\/pull-requests\/update-selectors\.patch \(update-selectors, 2 tests: saves the order and 1 more\) verified, written \(no GitHub\)$/m);
  });

  test('one draft line per kept patch, several tests named like patches, at most five lines', () => {
    const draft = (n: number, testIds: string[]) => ({ ...fix('update-selectors', 'failed', 'the re-run failed'), testIds, draft: `drafts/update-selectors-${n}.patch` });
    const attempted = [draft(1, ['t1']), draft(2, ['t1', 't2']), ...[3, 4, 5, 6].map((n) => draft(n, ['t9']))];
    const out = renderConsoleSummary(summary({ fixes: { attempted, applied: [], verified: [] } as unknown as HealingSummary['fixes'] }), { colors: false }, 'run');
    const lines = out.split('\n').filter((l) => l.startsWith('  draft: ') || l.includes('more drafts'));
    assert.deepEqual(lines, [
      '  draft: run/drafts/update-selectors-1.patch (update-selectors: saves the order) failed verification, not published',
      '  draft: run/drafts/update-selectors-2.patch (update-selectors: saves the order and 1 more) failed verification, not published',
      '  draft: run/drafts/update-selectors-3.patch (update-selectors) failed verification, not published',
      '  draft: run/drafts/update-selectors-4.patch (update-selectors) failed verification, not published',
      '  draft: run/drafts/update-selectors-5.patch (update-selectors) failed verification, not published',
      '  … 1 more drafts in run/drafts',
    ]);
  });

  test('refusals grouped by category and reason, largest first, without file:line or quoted values', () => {
    const attempted = [
      fix('update-selectors', 'skipped', 'healer refused: there is no page snapshot (error-context) to heal from'),
      fix('update-selectors', 'skipped', 'healer refused: there is no page snapshot (error-context) to heal from'),
      fix('update-selectors', 'skipped', 'healer refused: there is no page snapshot (error-context) to heal from'),
      fix('update-test-data', 'skipped', "healer fix at tests/a.spec.ts:4: refused by pre-flight: tests/a.spec.ts:4: rule literal-value: the new value of 'x' is empty"),
      fix('update-test-data', 'skipped', "healer fix at tests/b.spec.ts:9: refused by pre-flight: tests/b.spec.ts:9: rule literal-value: the new value of 'y' is empty"),
      fix('update-selectors', 'failed', 'the patch breaks "p › a.spec.ts › x", which passed before; rolled back'),
      { ...fix('restart-backend', 'failed', 'not a Class B fix'), class: 'A' },
    ];
    const out = renderConsoleSummary(summary({ fixes: { attempted, applied: [], verified: [] } as unknown as HealingSummary['fixes'] }), { colors: false }, 'run');
    const lines = out.split('\n').filter((l) => /fix(es)? (refused|failed)/.test(l));
    assert.deepEqual(lines, [
      '  3 update-selectors fixes refused: healer refused: there is no page snapshot',
      '  2 update-test-data fixes refused: rule literal-value: the new value of … is empty',
      '  1 update-selectors fix failed verification: the patch breaks …, which passed before',
    ]);
    assert.doesNotMatch(out, /healing took/);
  });

  test('refusal reasons drop the location prefixes', () => {
    assert.equal(refusalReason('healer fix at e2e/x.spec.ts:12: refused by pre-flight: e2e/x.spec.ts:12: rule code: the edit changes code'), 'rule code: the edit changes code');
  });
});
