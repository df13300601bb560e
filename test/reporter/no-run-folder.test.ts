// When onBegin cannot make a run folder (here: a config with no reporter list breaks it), the reporter
// logs an internal error and records nothing on disk: onTestEnd must not write triage/<id>.json into
// the working directory, and onEnd must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FullConfig, FullResult, TestResult } from '@playwright/test/reporter';
import { HealReporter } from '../../src/reporter/reporter.js';
import { fakeRun, withEnv } from '../../bench/fake-run.js';

test('a failed onBegin leaves no triage files in the working directory, and onEnd still returns', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hw-norun-'));
  const cwd = process.cwd();
  const errors: string[] = [];
  const origWrite = process.stderr.write.bind(process.stderr);
  try {
    process.chdir(root);
    process.stderr.write = ((chunk: string | Uint8Array) => (errors.push(String(chunk)), true)) as typeof process.stderr.write;
    const run = fakeRun(root, [{ project: 'chromium', file: 'a.spec.ts', title: 'fails', message: 'Error: expect(received).toBe(expected)\n\nExpected: 1\nReceived: 2' }], { projects: ['chromium'], workers: 1, reporterOptions: { skipLlm: true } });
    const broken = { ...run.config, reporter: undefined } as unknown as FullConfig;
    await withEnv({}, async () => {
      const reporter = new HealReporter({ skipLlm: true, configDir: root });
      reporter.onBegin(broken, run.suite);
      for (const t of run.tests) reporter.onTestEnd(t, t.results[0] as TestResult);
      const res: FullResult = { status: 'failed', startTime: new Date(), duration: 1 };
      assert.equal(await reporter.onEnd(res), undefined);
    });
  } finally {
    process.stderr.write = origWrite;
    process.chdir(cwd);
  }
  try {
    assert.ok(errors.some((e) => /healwright internal error in onBegin/.test(e)), `onBegin's failure is reported: ${errors.join(' | ')}`);
    assert.equal(existsSync(path.join(root, 'triage')), false, `no triage/ folder in the working directory (found: ${readdirSync(root).join(', ')})`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
