// The generated drift set is data the bench trusts: pin its shape (size, unique ids, labelled targets)
// and the per-kind scoring, without running a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DRIFTS } from '../../bench/selector-drift/drifts.js';
import { HELD_OUT_DRIFTS } from '../../bench/selector-drift/drifts-heldout.js';
import { HELD_OUT_2_DRIFTS } from '../../bench/selector-drift/drifts-heldout-2.js';
import { refusalScore, scoreByKind } from '../../bench/selector-drift/score.js';

test('the generated drift set has at least 80 cases with unique ids', () => {
  assert.ok(DRIFTS.length >= 80, `only ${DRIFTS.length} drifts`);
  assert.equal(new Set(DRIFTS.map((d) => d.id)).size, DRIFTS.length);
});

test('the held-out split is its own: at least 40 cases, ids unlike the dev split\'s, must-refuse cases among them', () => {
  assert.ok(HELD_OUT_DRIFTS.length >= 40, `only ${HELD_OUT_DRIFTS.length} held-out drifts`);
  const ids = new Set([...DRIFTS, ...HELD_OUT_DRIFTS].map((d) => d.id));
  assert.equal(ids.size, DRIFTS.length + HELD_OUT_DRIFTS.length, 'an id in both splits');
  assert.ok(HELD_OUT_DRIFTS.filter((d) => d.expect === 'refuse').length >= 10);
  // No page of one split is a page of the other.
  const pages = new Set(DRIFTS.map((d) => d.newHtml));
  assert.deepEqual(HELD_OUT_DRIFTS.filter((d) => pages.has(d.newHtml)).map((d) => d.id), []);
});

test('the second held-out split is its own too: 40 cases, ids and pages unlike the other splits\', refusals among them', () => {
  assert.ok(HELD_OUT_2_DRIFTS.length >= 40, `only ${HELD_OUT_2_DRIFTS.length} drifts`);
  const all = [...DRIFTS, ...HELD_OUT_DRIFTS, ...HELD_OUT_2_DRIFTS];
  assert.equal(new Set(all.map((d) => d.id)).size, all.length, 'an id in two splits');
  assert.ok(HELD_OUT_2_DRIFTS.filter((d) => d.expect === 'refuse').length >= 10);
  const pages = new Set([...DRIFTS, ...HELD_OUT_DRIFTS].map((d) => d.newHtml));
  assert.deepEqual(HELD_OUT_2_DRIFTS.filter((d) => pages.has(d.newHtml)).map((d) => d.id), []);
});

test('every heal case names the element it must now find; refusals name none', () => {
  for (const d of [...DRIFTS, ...HELD_OUT_DRIFTS, ...HELD_OUT_2_DRIFTS]) {
    if (d.expect === 'heal') assert.ok(d.target, `${d.id} has no target`);
    else assert.equal(d.target, undefined, `${d.id} is a refusal with a target`);
  }
});

test('every locator kind real suites use is in the set, and so are must-refuse cases', () => {
  const kinds = new Set(DRIFTS.map((d) => d.kind));
  for (const k of ['css class', 'id', 'test id', 'xpath', 'text=', 'page object', 'multi-line chain', 'refuse'] as const) assert.ok(kinds.has(k), k);
  assert.ok(DRIFTS.filter((d) => d.expect === 'refuse').length >= 15);
});

test('scoreByKind counts verified heals and right refusals as hits, per kind', () => {
  const scores = scoreByKind([
    { kind: 'xpath', result: 'verified' },
    { kind: 'xpath', result: 'missed' },
    { kind: 'refuse', result: 'refused' },
    { kind: 'xpath', result: 'wrong' },
    { kind: 'refuse', result: 'wrong' },
  ]);
  assert.deepEqual(
    scores.map((s) => [s.kind, s.cases, s.hits, s.wrong, s.missed]),
    [
      ['xpath', 3, 1, 1, 1],
      ['refuse', 2, 1, 1, 0],
    ],
  );
  assert.equal(scores[0]?.hitRate, 1 / 3);
  assert.deepEqual(scoreByKind([]), []);
});

test('refusalScore counts only must-refuse cases', () => {
  assert.deepEqual(
    refusalScore([
      { expected: 'refuse', result: 'refused' },
      { expected: 'refuse', result: 'wrong' },
      { expected: 'heal', result: 'refused' },
    ]),
    { cases: 2, refused: 1 },
  );
});

test('the bench lists each case of the dev split, never of the held-out splits (only ever scored)', async () => {
  const { caseLines } = await import('../../bench/selector-drift.js');
  const outcomes = [
    { id: 'a-miss', kind: 'css class' as const, expected: 'heal' as const, result: 'missed' as const, refused: 'no class is close enough' },
    { id: 'a-refusal', kind: 'refuse' as const, expected: 'refuse' as const, result: 'refused' as const, refused: 'a tie' },
    {
      id: 'a-wrong',
      kind: 'refuse' as const,
      expected: 'refuse' as const,
      result: 'wrong' as const,
      detail: 'proposed a fix where refusing is right',
      proposal: { category: 'update-selectors' as const, testIds: [], fingerprint: 'f', edits: [{ file: 'a.spec.ts', line: 1, before: "getByText('A')", after: "getByText('B')" }], reasoning: 'the record\nsays so', confidence: 0.9, source: 'rules' as const },
    },
  ];
  const dev = caseLines({ outcomes }, 'dev');
  assert.equal(dev.length, 3);
  assert.match(dev[0] ?? '', /missed\s+a-miss\s+no class is close enough/);
  // A wrong proposal says why the healer made it, on one line.
  assert.match(dev[2] ?? '', /wrong\s+a-wrong\s+getByText\('A'\) {2}-> {2}getByText\('B'\) {2}\[proposed a fix where refusing is right\] {2}\(why: the record says so\)$/);
  assert.deepEqual(caseLines({ outcomes }, 'held-out'), []);
  assert.deepEqual(caseLines({ outcomes }, 'held-out-2'), []);
  assert.deepEqual(caseLines({ outcomes }, 'held-out-3'), []);
});

test('the second held-out split prints its totals, never a row per kind', async () => {
  const { rowsOf } = await import('../../bench/selector-drift.js');
  const outcomes = [
    { id: 'a-miss', kind: 'css class' as const, expected: 'heal' as const, result: 'missed' as const, refused: 'no class is close enough' },
    { id: 'a-refusal', kind: 'refuse' as const, expected: 'refuse' as const, result: 'refused' as const, refused: 'a tie' },
  ];
  const report = { outcomes, proposed: 0, verified: 0, wrong: 0, wrongPassingRerun: 0, refused: 1, missed: 1, invalid: 0, hitRate: 0.5, runMs: 1 };
  const kindRow = /^\s+(?:css class|refuse):/;
  assert.equal(rowsOf('held-out-2', report).filter((r) => kindRow.test(r.name)).length, 0);
  assert.equal(rowsOf('held-out-2', report).length, 4);
  assert.equal(rowsOf('dev', report).filter((r) => kindRow.test(r.name)).length, 2);
  // With history (the last-known-good records of a passing run), both held-out splits print totals only.
  assert.equal(rowsOf('held-out', report).filter((r) => kindRow.test(r.name)).length, 2);
  assert.equal(rowsOf('held-out', report, true).filter((r) => kindRow.test(r.name)).length, 0);
  assert.equal(rowsOf('held-out-2', report, true).length, 4);
  // The third held-out split (2026-12-05) likewise: totals only, either way.
  assert.equal(rowsOf('held-out-3', report).filter((r) => kindRow.test(r.name)).length, 0);
  assert.equal(rowsOf('held-out-3', report).length, 4);
  assert.equal(rowsOf('held-out-3', report, true).length, 4);
  assert.equal(rowsOf('dev', report, true).filter((r) => kindRow.test(r.name)).length, 2);
  assert.match(rowsOf('held-out', report, true)[0]?.name ?? '', /^held-out, with history: selector drift hit rate/);
});
