// Fingerprints decide what is "the same failure": one LLM call, one PR marker and one issue per
// fingerprint. These pin the normalisation that makes reruns, ids and numbers collapse, and the
// differences that must keep failures apart.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFailures, fingerprintFailure, normalizeLocator, normalizeMessage, type ClusterMember } from '../../src/triage/index.js';

describe('normalizeMessage', () => {
  const cases: [name: string, input: string, expected: string][] = [
    ['numbers', 'Expected: 12\nReceived: 13', 'Expected: <n> Received: <n>'],
    ['decimals and locale separators', 'Total 1,234.50 EUR vs 1.234,50 EUR', 'Total <n>,<n> EUR vs <n>,<n> EUR'],
    ['durations in every unit', 'Timeout 5000ms exceeded after 30 s, 2 min, 1.5sec', 'Timeout <dur> exceeded after <dur>, <dur>, <dur>'],
    ['UUIDs', 'order 3f1c2a9b-0d4e-4c1a-9b2f-1a2b3c4d5e6f not found', 'order <id> not found'],
    ['hex ids with digits', 'commit 8792d8dd failed; trace a1b2c3d4e5f6', 'commit <id> failed; trace <id>'],
    ['hex-looking words without digits stay', 'the facade deadbeef is decaf', 'the facade deadbeef is decaf'],
    ['URLs', 'page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/orders?id=7', 'page.goto: net::ERR_CONNECTION_REFUSED at <url>'],
    ['ANSI colours', '\u001b[31mExpected: \u001b[39m"Saved"\n\u001b[32mReceived: \u001b[39m"Save"', 'Expected: "Saved" Received: "Save"'],
    ['the call log is dropped', 'Error: boom\nCall log:\n  - waiting for locator(\'#a\')', 'Error: boom'],
    ['the stack is dropped', 'Error: boom\n    at /repo/a.spec.ts:3:1', 'Error: boom'],
    ['whitespace collapses, blank lines vanish', '  a   b \n\n\t c  ', 'a b c'],
    ['at most six lines', 'l1\nl2\nl3\nl4\nl5\nl6\nl7', 'l<n> l<n> l<n> l<n> l<n> l<n>'],
  ];
  for (const [name, input, expected] of cases) test(name, () => assert.equal(normalizeMessage(input), expected));

  test('at most 500 characters', () => assert.equal(normalizeMessage('x'.repeat(2000)).length, 500));
  test('the same failure in two runs normalises the same', () => {
    const a = 'locator.click: Timeout 5000ms exceeded.\nwaiting for row 17 of order 3f1c2a9b-0d4e-4c1a-9b2f-1a2b3c4d5e6f';
    const b = 'locator.click: Timeout 7000ms exceeded.\nwaiting for row 4 of order 00000000-1111-4222-8333-444444444444';
    assert.equal(normalizeMessage(a), normalizeMessage(b));
  });
});

describe('normalizeLocator', () => {
  test('digits and whitespace', () => {
    assert.equal(normalizeLocator("locator('.row').nth(12)"), "locator('.row').nth(<n>)");
    assert.equal(normalizeLocator("getByRole('button',   { name: 'Save' })"), "getByRole('button', { name: 'Save' })");
    assert.equal(normalizeLocator(undefined), '');
  });
});

describe('fingerprintFailure', () => {
  const base = { message: 'Expected: 12\nReceived: 13', locator: "getByTestId('total')", category: 'update-test-data' as const };
  test('12 hex characters, stable', () => {
    assert.match(fingerprintFailure(base), /^[0-9a-f]{12}$/);
    assert.equal(fingerprintFailure(base), fingerprintFailure({ ...base }));
  });
  test('numbers, durations and ids do not split a failure', () => {
    assert.equal(fingerprintFailure(base), fingerprintFailure({ ...base, message: 'Expected: 99\nReceived: 100' }));
    assert.equal(fingerprintFailure({ ...base, locator: "locator('.row').nth(1)" }), fingerprintFailure({ ...base, locator: "locator('.row').nth(7)" }));
  });
  test('category, locator and message text keep failures apart', () => {
    const fp = fingerprintFailure(base);
    assert.notEqual(fp, fingerprintFailure({ ...base, category: 'update-selectors' }));
    assert.notEqual(fp, fingerprintFailure({ ...base, locator: "getByTestId('subtotal')" }));
    assert.notEqual(fp, fingerprintFailure({ ...base, message: 'Expected: "Saved"\nReceived: "Save"' }));
    assert.notEqual(fingerprintFailure({ ...base, locator: undefined }), fingerprintFailure({ ...base, locator: "getByTestId('total')" }));
  });
});

describe('clusterFailures', () => {
  const m = (testId: string, fingerprint: string, message = `m ${testId}`): ClusterMember => ({
    testId, title: `t ${testId}`, fingerprint, category: 'update-selectors', class: 'B', message,
  });
  test('groups by fingerprint, largest first, ties in first-seen order, example from the first member', () => {
    const clusters = clusterFailures([m('1', 'aaa'), m('2', 'bbb'), m('3', 'ccc'), m('4', 'bbb'), m('5', 'ccc'), m('6', 'ccc')]);
    assert.deepEqual(clusters.map((c) => [c.fingerprint, c.count, c.testIds, c.example]), [
      ['ccc', 3, ['3', '5', '6'], 'm 3'],
      ['bbb', 2, ['2', '4'], 'm 2'],
      ['aaa', 1, ['1'], 'm 1'],
    ]);
    assert.deepEqual(clusters[0]?.titles, ['t 3', 't 5', 't 6']);
  });
  test('equal sizes keep first-seen order', () => {
    assert.deepEqual(clusterFailures([m('1', 'x'), m('2', 'y'), m('3', 'z')]).map((c) => c.fingerprint), ['x', 'y', 'z']);
  });
  test('nothing in, nothing out', () => assert.deepEqual(clusterFailures([]), []));
});
