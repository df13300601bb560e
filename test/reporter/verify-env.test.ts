// Verification re-runs get no secrets, proven by the test code itself: the generated spec writes its
// whole environment to a file, once in the outer run (which holds every secret) and once in the
// re-run of the Class B patch. Config (verifyEnv) -> reporter -> Class B stage -> re-run, for real.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, runInlineTest } from '../helpers/run-inline.js';

const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghp_fakeGithubToken000000000000000000001',
  GH_TOKEN: 'ghp_fakeGhToken00000000000000000000000002',
  ANTHROPIC_API_KEY: 'sk-ant-fake-anthropic-key-0003',
  RAILWAY_TOKEN: 'fake-railway-token-0004',
  RAILWAY_API_TOKEN: 'fake-railway-api-token-0005',
  RAILWAY_SERVICE_ID: 'fake-railway-service-0006',
  HEAL_ALERT_WEBHOOK: 'http://127.0.0.1:9/fake-alert-webhook-0007',
  MY_SERVICE_PASSWORD: 'fake-service-password-0008',
  NODE_AUTH_TOKEN: 'fake-node-auth-token-0009',
  AWS_SECRET_ACCESS_KEY: 'fake-aws-secret-0010',
  PLAYWRIGHT_SERVICE_ACCESS_TOKEN: 'fake-pw-service-token-0011',
};

describe('verification re-run environment', () => {
  test('no secret reaches the re-run, even listed in verifyEnv; an allowed verifyEnv name does', { timeout: 300_000 }, async () => {
    const dir = makeTempDir('verify-env');
    const outerDump = path.join(dir, 'env-outer.json');
    const nestedDump = path.join(dir, 'env-rerun.json');
    const r = await runInlineTest(
      {
        'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['unit'], cooldownBetweenFixes: 0, skipLlm: true, verifyEnv: ['HW_ALLOWED_MARKER', 'GITHUB_TOKEN', 'MY_SERVICE_PASSWORD', 'RAILWAY_TOKEN'] }]],
  projects: [{ name: 'unit' }],
});
`,
        // The paths are written into the spec: an env var carrying them would itself be filtered out.
        'tests/count.spec.ts': `import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
test('counts customers', () => {
  writeFileSync(process.env.HEALWRIGHT_NESTED === '1' ? ${JSON.stringify(nestedDump)} : ${JSON.stringify(outerDump)}, JSON.stringify(process.env));
  expect(new Array(12).length).toBe(13);
});
`,
      },
      { dir, env: { ...SECRETS, HW_ALLOWED_MARKER: 'allowed-marker-5e1f', HW_NOT_LISTED: 'not-listed-9c2d' } },
    );
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const fix = s.fixes.attempted.find((f) => f.class === 'B');
    assert.equal(fix?.status, 'verified', JSON.stringify(s.fixes, null, 2));

    // The outer run had every secret: otherwise this test would prove nothing.
    const outer = JSON.parse(readFileSync(outerDump, 'utf8')) as Record<string, string>;
    for (const [name, value] of Object.entries(SECRETS)) assert.equal(outer[name], value, `outer run lacks ${name}`);

    assert.ok(existsSync(nestedDump), `the re-run did not run the spec:\n${r.output}`);
    const raw = readFileSync(nestedDump, 'utf8');
    const nested = JSON.parse(raw) as Record<string, string>;
    for (const [name, value] of Object.entries(SECRETS)) {
      assert.equal(nested[name], undefined, `${name} reached the re-run`);
      assert.ok(!raw.includes(value), `the value of ${name} reached the re-run under another name`);
    }
    assert.equal(nested.HW_ALLOWED_MARKER, 'allowed-marker-5e1f', 'a verifyEnv name reaches the re-run');
    assert.equal(nested.HW_NOT_LISTED, undefined, 'a name nobody allowed stays out');
    assert.equal(nested.HEALWRIGHT_NESTED, '1');
    assert.equal(nested.PATH, process.env.PATH);

    // The listed secrets were refused with a warning saying why.
    const log = r.file('healing-output.log');
    for (const name of ['GITHUB_TOKEN', 'MY_SERVICE_PASSWORD', 'RAILWAY_TOKEN']) {
      assert.match(log, new RegExp(`verifyEnv: ${name} is not passed to verification re-runs: .*never get secrets`), log);
    }
  });
});
