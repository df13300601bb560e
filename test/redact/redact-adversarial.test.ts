import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/redact/index.js';
import { ADVERSARIAL_INPUTS, ADVERSARIAL_SIZE } from '../data/redact/adversarial.js';

const LIMIT_MS = 1000;

/**
 * CPU time of `fn`, in ms. CPU time rather than wall time: on a shared 2-core CI box other
 * processes stretch wall time, while backtracking shows up as CPU work wherever it runs.
 */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('redact: 1 MB adversarial inputs finish fast', () => {
  test('the inputs are 1 MB each', () => {
    for (const { name, input } of ADVERSARIAL_INPUTS) assert.equal(input.length, ADVERSARIAL_SIZE, name);
  });

  for (const { name, input } of ADVERSARIAL_INPUTS) {
    test(name, () => {
      let text = '';
      const ms = cpuMs(() => {
        text = redact(input).text;
      });
      assert.ok(ms < LIMIT_MS, `${name}: ${ms.toFixed(0)} ms of CPU (limit ${LIMIT_MS})`);
      // Placeholders are longer than nothing but never explode the size.
      assert.ok(text.length <= input.length * 2, `${name}: output grew to ${text.length}`);
    });
  }

  test('a secret after 1 MB of noise is still found', () => {
    const result = redact('a'.repeat(ADVERSARIAL_SIZE) + ' password=hunter2');
    assert.deepEqual(result.findings, { PASSWORD: 1 });
    assert.ok(result.text.endsWith(' password=[REDACTED_PASSWORD]'));
  });
});
