// The real-world failure corpus loads, every case has provenance and a label, and the split is by repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORY_CLASS } from '../../src/triage/index.js';
import { isHeldOut, loadRealFailures } from '../data/real-failures/corpus.js';

const cases = loadRealFailures();

test('the real corpus is big and diverse enough', () => {
  assert.ok(cases.length >= 250, `${cases.length} cases`);
  const repos = new Set(cases.map((c) => c.repo));
  assert.ok(repos.size >= 60, `${repos.size} repositories`);
  for (const b of ['chromium', 'firefox', 'webkit']) assert.ok(cases.some((c) => c.browser === b), `no ${b} case`);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'ids are unique');
});

test('every case has provenance and a consistent label', () => {
  for (const c of cases) {
    assert.match(c.repo, /^[\w.-]+\/[\w.-]+$/, c.id);
    assert.ok(c.path && c.query && c.message.trim(), `${c.id}: path, query and message`);
    if (!c.path.startsWith('https://')) assert.match(c.commit, /^[0-9a-f]{40}$/, `${c.id}: commit`);
    assert.ok(c.label.category in CATEGORY_CLASS, `${c.id}: category`);
    assert.equal(c.label.class, CATEGORY_CLASS[c.label.category], `${c.id}: class matches category`);
    assert.ok(c.label.reason.length >= 10, `${c.id}: reason`);
  }
});

test('the split is by repository, by hash, and holds out >= 30% of the cases', () => {
  const splitOf = new Map<string, string>();
  for (const c of cases) {
    assert.equal(c.split, isHeldOut(c.repo) ? 'heldout' : 'dev', `${c.id}: split follows the hash`);
    const prev = splitOf.get(c.repo);
    assert.ok(!prev || prev === c.split, `${c.repo} is in both splits`);
    splitOf.set(c.repo, c.split);
  }
  const held = cases.filter((c) => c.split === 'heldout').length;
  assert.ok(held / cases.length >= 0.3, `${held}/${cases.length} held out`);
  assert.ok(held < cases.length, 'a dev split remains');
});
