// Which stack an attempt keeps: the Class B healers find the failing line through it. A test that runs
// into the test timeout (no actionTimeout, Playwright's default config) reports the timeout first, with
// a stack that names no file, and the action that was waiting second (shape seen in the field trials,
// docs/field-trials.md).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { AttemptRecorder } from '../../src/reporter/recorder.js';

const FILE = '/repo/tests/app.spec.js';

function record(errors: TestError[], status: TestResult['status'] = 'timedOut') {
  const testCase = {
    id: 't1',
    title: 'starts a topic',
    titlePath: () => ['', '', 'app.spec.js', 'starts a topic'],
    parent: { project: () => ({ name: '' }) },
    location: { file: FILE, line: 37, column: 1 },
    expectedStatus: 'passed',
  } as unknown as TestCase;
  const result = { status, retry: 0, duration: 30_000, errors, error: errors[0], attachments: [] } as unknown as TestResult;
  return new AttemptRecorder().record(testCase, result);
}

const TIMEOUT: TestError = { message: 'Test timeout of 30000ms exceeded.', stack: 'Test timeout of 30000ms exceeded.' };
const CLICK_MESSAGE = "Error: page.click: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for locator('#start-topic-btn')\n";

describe('the stack an attempt keeps', () => {
  test('a timed-out test: the waiting action\'s stack, not the frameless timeout', () => {
    const attempt = record([TIMEOUT, { message: CLICK_MESSAGE, stack: `${CLICK_MESSAGE}\n    at ${FILE}:43:14`, location: { file: FILE, line: 43, column: 14 } }]);
    assert.ok(attempt);
    assert.match(attempt.stack ?? '', /app\.spec\.js:43:14$/);
  });

  test('no error has a framed stack: the location of the one that has it becomes the frame', () => {
    const attempt = record([TIMEOUT, { message: CLICK_MESSAGE, location: { file: FILE, line: 43, column: 14 } }]);
    assert.ok(attempt);
    assert.equal(attempt.stack?.split('\n').at(-1), `    at ${FILE}:43:14`);
  });

  test('the first framed stack wins when there are several', () => {
    const first = `Error: expect(locator).toBeVisible() failed\n    at ${FILE}:27:26`;
    const attempt = record([{ message: 'Error: expect(locator).toBeVisible() failed', stack: first }, { message: 'second', stack: `second\n    at ${FILE}:50:1` }], 'failed');
    assert.equal(attempt?.stack, first);
  });

  test('nothing names a place: the stack as Playwright gave it', () => {
    const attempt = record([TIMEOUT]);
    assert.equal(attempt?.stack, 'Test timeout of 30000ms exceeded.');
  });
});
