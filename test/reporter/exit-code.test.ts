// Playwright's exit code is the user's verdict: healwright must leave it as it is for every health
// state, for flaky runs, and when its own onEnd breaks. Real runs, no browser needed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineConfig, runInlineTest } from '../helpers/run-inline.js';

/** A suite whose shape comes from env: PASSES passing tests, FAILS failing ones, FLAKY that pass on retry. */
const SPEC = `import { test, expect } from '@playwright/test';
const n = (k: string) => Number(process.env[k] ?? '0');
for (let i = 0; i < n('PASSES'); i++) test('passes ' + i, () => { expect(i).toBe(i); });
for (let i = 0; i < n('FAILS'); i++) test('fails ' + i, () => { expect('total ' + i).toBe('total ' + (i + 1)); });
for (let i = 0; i < n('FLAKY'); i++) test('flaky ' + i, ({}, info) => { expect(info.retry).toBe(1); });
`;

/** healwright's reporter with onEnd's work replaced by a throw: onEnd's own guard must hold. */
const BROKEN_REPORTER = `import HealReporter from 'healwright/reporter';
export default class BrokenOnEnd extends HealReporter {
  async writeArtifacts() { throw new Error('planted failure in onEnd'); }
}
`;

const run = (env: Record<string, string>, opts: { retries?: number; reporters?: string } = {}) =>
  runInlineTest(
    {
      'playwright.config.ts': inlineConfig({ retries: opts.retries ?? 0, ...(opts.reporters ? { reporters: opts.reporters } : {}) }),
      'suite.spec.ts': SPEC,
      'broken-reporter.mjs': BROKEN_REPORTER,
    },
    { env },
  );

describe('exit code is never changed by healwright', () => {
  const cases: [name: string, env: Record<string, string>, exit: number, health: string, retries?: number][] = [
    ['HEALTHY with one failure (20 passed, 1 failed)', { PASSES: '20', FAILS: '1' }, 1, 'HEALTHY'],
    ['DEGRADED (9 passed, 1 failed)', { PASSES: '9', FAILS: '1' }, 1, 'DEGRADED'],
    ['FAILING (1 passed, 2 failed)', { PASSES: '1', FAILS: '2' }, 1, 'FAILING'],
    ['all passed', { PASSES: '5' }, 0, 'HEALTHY'],
    ['flaky only (passed on retry)', { PASSES: '3', FLAKY: '1' }, 0, 'HEALTHY', 1],
  ];
  for (const [name, env, exit, health, retries] of cases) {
    test(name, async () => {
      const r = await run(env, retries !== undefined ? { retries } : {});
      assert.equal(r.exitCode, exit, r.output);
      const s = r.summary();
      assert.equal(s.health.status, health);
      assert.equal(s.playwright.status, exit === 0 ? 'passed' : 'failed');
    });
  }

  test('a throw inside onEnd is reported and leaves the exit code as it was', async () => {
    const reporters = `[['list'], ['./broken-reporter.mjs', {}]]`;
    const failing = await run({ PASSES: '20', FAILS: '1' }, { reporters });
    assert.equal(failing.exitCode, 1, failing.output);
    assert.match(failing.stderr, /healwright internal error in onEnd: Error: planted failure in onEnd \(the test run is not affected/);
    const passing = await run({ PASSES: '3' }, { reporters });
    assert.equal(passing.exitCode, 0, passing.output);
    assert.match(passing.stderr, /healwright internal error in onEnd: Error: planted failure in onEnd/);
  });
});
