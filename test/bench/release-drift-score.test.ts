// Scoring of the release-drift bench: what counts as healed, wrong, missed or a bench bug.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editPlaces } from '../../bench/release-drift/harness.js';
import { RELEASE_APPS } from '../../bench/release-drift/index.js';
import { addTotals, scoreOne, totals, type Observed } from '../../bench/release-drift/score.js';
import type { FailureLabel } from '../../bench/release-drift/types.js';

const selector: FailureLabel = { test: 't', kind: 'selector', target: { css: '.new' }, note: 'renamed' };
const data: FailureLabel = { test: 't', kind: 'data', target: { css: '.count' }, value: '6', note: 'one more' };
const real: FailureLabel = { test: 't', kind: 'real', note: 'feature removed' };
const failed: Observed = { test: 't', before: 'passed', after: 'failed', verified: false };
const patched: Observed = { ...failed, verified: true, patchedPasses: true, passesWithoutTarget: false, patchedLines: ["await expect(page.locator('.count')).toHaveCount(6);"] };

test('a verified patch that fails without the labelled element heals a selector drift', () => {
  assert.equal(scoreOne(patched, selector).outcome, 'healed');
});

test('a verified patch that still passes without the labelled element is wrong', () => {
  const s = scoreOne({ ...patched, passesWithoutTarget: true }, selector);
  assert.equal(s.outcome, 'wrong');
  assert.match(s.detail, /removed/);
  assert.equal(scoreOne({ ...patched, passesWithoutTarget: undefined }, selector).outcome, 'wrong');
  assert.equal(scoreOne({ ...patched, patchedPasses: false }, selector).outcome, 'wrong');
});

test('any verified patch of a real change is wrong; none is right', () => {
  assert.equal(scoreOne(patched, real).outcome, 'wrong');
  assert.equal(scoreOne(failed, real).outcome, 'refused');
  assert.equal(scoreOne(failed, selector).outcome, 'missed');
});

test('a data drift is healed only by a patch that writes the labelled value', () => {
  assert.equal(scoreOne(patched, data).outcome, 'healed');
  assert.equal(scoreOne({ ...patched, patchedLines: ["await expect(page.locator('.count')).toHaveCount(0);"] }, data).outcome, 'wrong');
});

test('tests that fail on the old release, pass on the new one though labelled, or fail unlabelled are bench bugs; unlabelled passes are controls', () => {
  assert.equal(scoreOne({ ...failed, before: 'failed' }, selector).outcome, 'invalid');
  assert.equal(scoreOne({ ...failed, after: 'passed' }, selector).outcome, 'invalid');
  assert.equal(scoreOne({ ...failed, after: 'passed' }, undefined).outcome, 'unchanged');
  assert.equal(scoreOne(failed, undefined).outcome, 'invalid');
});

test('totals count per label kind and add up across apps', () => {
  const t = totals([scoreOne(patched, selector), scoreOne(failed, { ...selector, test: 'u' }), scoreOne(failed, real), scoreOne(patched, data)]);
  assert.deepEqual(t, { selectorDrifts: 2, selectorHealed: 1, dataDrifts: 1, dataHealed: 1, realChanges: 1, realRefused: 1, wrong: 0, missed: 1, invalid: 0 });
  assert.equal(addTotals(t, t).selectorDrifts, 4);
});

test('editPlaces reads the file:line places of a fix record', () => {
  assert.deepEqual(editPlaces('healer fix at editor.spec.ts:12, pages/editor-page.ts:7: verified'), [
    { file: 'editor.spec.ts', line: 12 },
    { file: 'pages/editor-page.ts', line: 7 },
  ]);
});

test('every app has at least 3 labelled failures, unique test titles, and targets for its drifts', () => {
  assert.ok(RELEASE_APPS.length >= 3);
  for (const app of RELEASE_APPS) {
    assert.ok(app.labels.length >= 3, app.name);
    for (const l of app.labels) {
      assert.ok(Object.values(app.files).some((src) => src.includes(`test('${l.test}'`)), `${app.name}: no test '${l.test}'`);
      if (l.kind !== 'real') assert.ok(l.target, `${app.name}: '${l.test}' has no target`);
      if (l.kind === 'data') assert.ok(l.value, `${app.name}: '${l.test}' has no value`);
    }
  }
});
