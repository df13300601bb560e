import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/redact/index.js';
import { REDACT_CASES } from '../data/redact/cases.js';

describe('redact: table of realistic Playwright output', () => {
  test('the table has at least 150 rows with unique names', () => {
    assert.ok(REDACT_CASES.length >= 150, `only ${REDACT_CASES.length} rows`);
    assert.equal(new Set(REDACT_CASES.map((c) => c.name)).size, REDACT_CASES.length);
  });

  for (const c of REDACT_CASES) {
    test(c.name, () => {
      const result = redact(c.input);
      assert.equal(result.text, c.output);
      assert.deepEqual(result.findings, c.findings);
      const total = Object.values(c.findings).reduce((a, b) => a + b, 0);
      assert.equal(result.count, total);
      // Idempotent: a second pass finds nothing and changes nothing.
      const again = redact(result.text);
      assert.equal(again.text, result.text);
      assert.equal(again.count, 0);
    });
  }
});
