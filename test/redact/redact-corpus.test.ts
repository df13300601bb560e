// The redaction corpus (test/data/redact/corpus/): size, split, and the dev split's targets.
// The held-out split is scored by `npm run bench -- --only=redact` only, as counts, never as text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS, DEV, HELD_OUT } from '../data/redact/corpus/index.js';
import { scoreCorpus } from '../../bench/redact.js';

describe('redact: corpus', () => {
  test('at least 500 records, every kind in both splits, split by family', () => {
    assert.ok(CORPUS.length >= 500, `only ${CORPUS.length}`);
    for (const kind of ['positive', 'negative', 'mixed'] as const) {
      assert.ok(DEV.some((r) => r.kind === kind), `no ${kind} in dev`);
      assert.ok(HELD_OUT.some((r) => r.kind === kind), `no ${kind} in held-out`);
    }
    const heldFamilies = new Set(HELD_OUT.map((r) => r.family));
    assert.ok(DEV.every((r) => !heldFamilies.has(r.family)), 'a family in both splits');
    assert.equal(new Set(CORPUS.map((r) => r.id)).size, CORPUS.length);
  });

  test('dev: every secret removed, negatives byte-identical, keeps intact', () => {
    const s = scoreCorpus(DEV);
    assert.deepEqual({ found: s.found, changed: s.changed, mangled: s.mangled, misses: s.misses }, { found: s.secrets, changed: 0, mangled: 0, misses: [] });
  });
});
