// End to end: a real Playwright run with healwright's reporter, a secret seeded in each place a user
// could put one, and every artifact of the run folder (test-output.json, healing-summary.json,
// summary.md, healing-output.log, triage/*.json, run-settings.json), latest.json, history.jsonl, the
// GITHUB_STEP_SUMMARY file and the reporter's own stderr lines grepped for the seeded values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineConfig, makeTempDir, runInlineTest } from '../helpers/run-inline.js';
import { fake } from '../data/redact/fakes.js';
import { filesUnder } from '../helpers/leak-scan.js';

const HEX = '0123456789abcdef';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEEDS = {
  // A mistyped github.token in reporter options (reaches config issues) and a webhook URL option.
  reporterToken: 'ghp_' + fake(36, 501),
  reporterWebhookPath: `T${fake(8, 502, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}/B${fake(10, 503, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}/${fake(24, 504)}`,
  metadata: 'glpat-' + fake(20, 505, B64URL),
  webServerEnv: 'Pg-' + fake(18, 506) + '9!',
  failure: 'sk_live_' + fake(24, 507),
  typed: 'Typed-' + fake(10, 508) + '7#',
  attachment: 'shpat_' + fake(32, 509, HEX),
  pageText: `seed.person${fake(4, 510, '0123456789')}@acme-corp.io`,
};

const browser = `launchOptions: (await import('${new URL('../../src/browser/index.ts', import.meta.url).pathname}')).chromiumLaunchOptions()`;

test('no seeded secret reaches any artifact of a real run', { timeout: 240_000 }, async () => {
  const port = 20000 + (process.pid % 20000);
  const dir = makeTempDir('redact-e2e');
  const stepSummary = path.join(dir, 'github-step-summary.md');
  const r = await runInlineTest({
    'server.mjs': `import http from 'node:http'; http.createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT));`,
    'playwright.config.ts': inlineConfig({
      reporterOptions: `{ github: { tokn: '${SEEDS.reporterToken}' }, alertWebhook: 'https://hooks.slack.com/services/${SEEDS.reporterWebhookPath}', dryRun: true, skipLlm: true }`,
      extra: `use: { ${browser} },
  expect: { timeout: 500 },
  metadata: { deployToken: '${SEEDS.metadata}', note: 'token ${SEEDS.metadata}' },
  webServer: { command: 'node server.mjs', port: ${port}, reuseExistingServer: false, env: { PORT: '${port}', DB_PASSWORD: '${SEEDS.webServerEnv}' } },`,
    }),
    'secrets.spec.ts': `import { test, expect } from '@playwright/test';
test('failure message holds a key', async () => {
  expect('charge with ${SEEDS.failure}', 'stripe call').toBe('ok');
});
test('typed password', async ({ page }) => {
  await page.setContent('<form><label>Password <input type="password" name="password"></label><button>Sign in</button></form>');
  await page.getByLabel('Password').fill('${SEEDS.typed}');
  await expect(page.getByLabel('Password')).toHaveValue('something else');
});
test('attachment body', async ({}, testInfo) => {
  await testInfo.attach('api-response', { body: JSON.stringify({ ok: false, token: '${SEEDS.attachment}' }), contentType: 'application/json' });
  await testInfo.attach('notes', { body: 'key ${SEEDS.attachment}', contentType: 'text/plain' });
  expect(1).toBe(2);
});
test('page text', async ({ page }) => {
  await page.setContent('<h1>Account</h1><p>Contact ${SEEDS.pageText} for access</p>');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});
`,
  }, { dir, env: { GITHUB_STEP_SUMMARY: stepSummary } });
  assert.equal(r.exitCode, 1, r.output);
  const runDir = r.runDir();
  const files = [...filesUnder(runDir), ...filesUnder(r.resultsDir).filter((f) => !f.startsWith(runDir)), ...(existsSync(stepSummary) ? [stepSummary] : [])];
  assert.ok(existsSync(stepSummary), 'GITHUB_STEP_SUMMARY written');
  const names = files.map((f) => path.relative(r.resultsDir, f));
  for (const expected of ['test-output.json', 'healing-summary.json', 'summary.md', 'healing-output.log']) {
    assert.ok(names.some((n) => n.endsWith(expected)), `${expected} missing: ${names.join(', ')}`);
  }
  // The seeds did reach healwright (so the check below means something): the report holds their places.
  const report = readFileSync(path.join(runDir, 'test-output.json'), 'utf8');
  assert.ok(report.includes('deployToken'), 'metadata copied into test-output.json');
  assert.ok(report.includes('DB_PASSWORD'), 'webServer.env copied into test-output.json');
  const leaks: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'latin1');
    for (const [where, seed] of Object.entries(SEEDS)) if (text.includes(seed)) leaks.push(`${where} in ${path.relative(r.resultsDir, f)}`);
  }
  // healwright's own stderr lines (config issues): Playwright's list reporter prints test errors itself.
  for (const line of r.stderr.split('\n').filter((l) => l.includes('healwright'))) {
    for (const [where, seed] of Object.entries(SEEDS)) if (line.includes(seed)) leaks.push(`${where} on stderr`);
  }
  assert.deepEqual(leaks, [], `leaked: ${leaks.join('; ')}\nfiles: ${names.join(', ')}`);
});
