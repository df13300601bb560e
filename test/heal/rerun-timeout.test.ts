// The verification re-runs' per-test timeout: never stricter than the user's config, with room for a
// busy machine; Playwright's "no timeout" stays none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rerunTestTimeout } from '../../src/heal/rerun-timeout.js';

test('twice the largest healed project timeout, at least heal.timeout, 0 when a project has none', () => {
  assert.equal(rerunTestTimeout(30_000, [30_000]), 60_000);
  assert.equal(rerunTestTimeout(30_000, [10_000, 120_000]), 240_000);
  assert.equal(rerunTestTimeout(30_000, [5_000]), 30_000);
  assert.equal(rerunTestTimeout(30_000, [15_000]), 30_000);
  assert.equal(rerunTestTimeout(30_000, [15_001]), 30_002);
  assert.equal(rerunTestTimeout(30_000, []), 30_000);
  assert.equal(rerunTestTimeout(30_000, [30_000, 0]), 0);
});
