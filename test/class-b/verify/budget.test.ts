// The verification budget on its own: one verified fix per failure cluster, room checks that count the
// clusters already taken in this batch, attempts per failure, the cooldown between re-runs and the
// deadline, each at its boundary. Time is a counter the test moves, never the clock.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VerifyBudget, failureKey, type VerifyGuardrails } from '../../../src/class-b/verify/budget.js';

function budget(limits: Partial<VerifyGuardrails> = {}, prior: ReadonlyMap<string, number> = new Map()) {
  const clock = { now: 1_000 };
  const b = new VerifyBudget({ maxFixesPerRun: 2, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 100, deadline: 2_000, ...limits }, prior, () => clock.now);
  return { b, clock };
}

describe('VerifyBudget', () => {
  test('maxFixesPerRun counts clusters, not tests or calls', () => {
    const { b } = budget();
    assert.equal(b.fixesExhausted(), undefined);
    b.countVerified(['fp1', 'fp1']);
    assert.equal(b.fixesExhausted(), undefined, 'one cluster verified twice is one fix');
    b.countVerified(['fp2']);
    assert.equal(b.fixesExhausted(), 'maxFixesPerRun (2) reached: 2 fix(es) already verified in this run');
    assert.equal(b.fixesExhaustedFor('fp1'), undefined, 'a cluster that already counts may be fixed again (another test of it)');
    assert.match(b.fixesExhaustedFor('fp3') ?? '', /^maxFixesPerRun \(2\) reached/);
  });

  test('fits: a cluster verified or taken in this batch always fits; a new one only while there is room', () => {
    const { b } = budget();
    assert.equal(b.fits('a', new Set()), true);
    assert.equal(b.fits('b', new Set(['a'])), true, '1 taken + 0 verified < 2');
    assert.equal(b.fits('c', new Set(['a', 'b'])), false, '2 taken fill the run');
    assert.equal(b.fits('a', new Set(['a', 'b'])), true, 'taken already: no new slot needed');
    b.countVerified(['v']);
    assert.equal(b.fits('c', new Set(['a'])), false, '1 taken + 1 verified fill the run');
    assert.equal(b.fits('v', new Set(['a', 'b'])), true, 'verified already: no new slot needed');
    assert.equal(b.fits('c', new Set()), true, '0 taken + 1 verified < 2');
  });

  test('attempts per failure start from the prior run and count each failure once per re-run', () => {
    const { b } = budget({}, new Map([['f1', 1]]));
    assert.equal(b.attemptsExhausted('f1'), undefined);
    b.startAttempt(['f1', 'f1', 'f2']);
    assert.equal(b.attemptsExhausted('f1|t1,t2'), undefined, 'another key');
    assert.equal(b.attemptsExhausted('f1'), 'maxFixAttemptsPerFailure (2) reached for failure f1');
    assert.equal(b.attemptsExhausted('f2'), undefined);
    assert.deepEqual(b.attemptsSnapshot(), { f1: 2, f2: 1 });
    const { b: b2 } = budget();
    b2.startAttempt(['fp9|test-a,test-b']);
    b2.startAttempt(['fp9|test-a,test-b']);
    assert.equal(b2.attemptsExhausted('fp9|test-a,test-b'), 'maxFixAttemptsPerFailure (2) reached for failure fp9', 'the reason names the cluster, not the tests');
  });

  test('the cooldown runs from the end of the last re-run; no re-run starts at or after the deadline', () => {
    const { b, clock } = budget();
    assert.equal(b.waitBeforeRerun(), 0, 'nothing ran yet');
    b.endRerun();
    clock.now = 1_030;
    assert.equal(b.waitBeforeRerun(), 70);
    clock.now = 1_200;
    assert.equal(b.waitBeforeRerun(), 0, 'cooldown over');
    assert.equal(b.timeLeft(), 800);
    clock.now = 1_800;
    b.endRerun();
    clock.now = 1_850;
    assert.equal(b.waitBeforeRerun(), 50, 'ends at 1 900, before the deadline');
    clock.now = 1_900;
    b.endRerun();
    assert.equal(b.waitBeforeRerun(), undefined, 'would start at 2 000: the deadline itself');
    clock.now = 1_901;
    assert.equal(b.waitBeforeRerun(), undefined);
    clock.now = 2_000;
    assert.equal(b.timeLeft(), 0);
  });

  test('the deadline reason is the caller\'s when given', () => {
    assert.equal(budget().b.deadlineReason, 'maxRunDuration reached');
    assert.equal(budget({ deadlineReason: 'the heal step ran out of time' }).b.deadlineReason, 'the heal step ran out of time');
  });
});

test('failureKey: the cluster and its tests in sorted order, whatever order they came in', () => {
  assert.equal(failureKey({ fingerprint: 'fp', testIds: ['t2', 't10', 't1'] }), 'fp|t1,t10,t2');
  assert.equal(failureKey({ fingerprint: 'fp', testIds: ['t1', 't2'] }), failureKey({ fingerprint: 'fp', testIds: ['t2', 't1'] }));
  const ids = ['b', 'a'];
  failureKey({ fingerprint: 'fp', testIds: ids });
  assert.deepEqual(ids, ['b', 'a'], 'the caller\'s list is not sorted in place');
});
