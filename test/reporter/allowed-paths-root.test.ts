// Allowed paths in a real run whose testDir is the repository root (Playwright's default): the
// project's own testMatch reaches the Class B stage, so a fix in a `*.check.ts` test file is verified,
// while the same kind of fix in the app's data file (src/plans.json, also under testDir) is refused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInlineTest } from '../helpers/run-inline.js';

describe('Class B allowed paths with testDir = repository root', () => {
  test('a custom-testMatch test file is patched; the app data it reads is not', { timeout: 300_000 }, async () => {
    const r = await runInlineTest({
      'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['checks'], cooldownBetweenFixes: 0, skipLlm: true }]],
  projects: [{ name: 'checks', testMatch: /checks\\/.*\\.check\\.ts$/ }],
});
`,
      'src/plans.json': '{\n  "basic": {\n    "seats": 13\n  }\n}\n',
      'checks/plans.check.ts': `import { test, expect } from '@playwright/test';
import plans from '../src/plans.json' with { type: 'json' };
test('counts customers', () => {
  expect(new Array(12).length).toBe(13);
});
test('basic plan seats', () => {
  expect(12).toBe(plans.basic.seats);
});
`,
    });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const idOf = (title: string) => s.failures.find((f) => f.title === title)?.testId as string;
    const fixOf = (title: string) => s.fixes.attempted.filter((f) => f.class === 'B' && f.testIds.includes(idOf(title)));
    const all = JSON.stringify(s.fixes.attempted, null, 2);

    assert.deepEqual(fixOf('counts customers').map((f) => f.status), ['verified'], all);
    const data = fixOf('basic plan seats');
    assert.equal(data.length, 1, all);
    assert.equal(data[0]?.status, 'skipped', all);
    assert.match(data[0]?.detail ?? '', /src\/plans\.json is not a test file \(testMatch of project checks\), test data, or a helper that only its tests import .*; its testDir also holds the app/, all);
    // The user's files are never changed.
    assert.match(readFileSync(path.join(r.dir, 'src/plans.json'), 'utf8'), /"seats": 13/);
  });
});
