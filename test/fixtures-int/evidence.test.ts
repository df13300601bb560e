// The evidence fixture in a real browser run: what a failed test carries in `heal-evidence`, and what
// the reporter's triage makes of it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInlineTest } from '../helpers/run-inline.js';
import type { HealEvidence } from '../../src/triage/types.js';
import { CRASH_JWT, startAppServer, type AppServer } from './app-server.js';
import { healConfig } from './suite.js';

let app: AppServer;
before(async () => {
  app = await startAppServer({ api500: true });
});
after(async () => {
  await app.close();
});

interface JsonAttachment {
  name: string;
  contentType: string;
  body?: string;
}

function attachments(dir: string, title: string): JsonAttachment[] {
  const report = JSON.parse(readFileSync(path.join(dir, 'pw.json'), 'utf8')) as { suites: { specs: { title: string; tests: { results: { attachments: JsonAttachment[] }[] }[] }[] }[] };
  const spec = report.suites[0]?.specs.find((s) => s.title === title);
  return spec?.tests[0]?.results[0]?.attachments ?? [];
}

test('a UI test whose page fetch answered 500 carries heal-evidence and is triaged restart-backend', async () => {
  const r = await runInlineTest(
    {
      'playwright.config.ts': healConfig({ browser: true, retries: 0, use: 'baseURL: process.env.APP_URL,', reporters: "['json', { outputFile: 'pw.json' }]" }),
      'ui.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('items list', async ({ page }) => {
  await page.goto('/items');
  await expect(page.getByRole('listitem')).toHaveCount(2);
});
test('dead api', async ({ request }) => {
  await request.get('http://127.0.0.1:9/nothing');
});
test('fine', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
`,
    },
    { env: { APP_URL: app.url } },
  );
  assert.equal(r.exitCode, 1, r.output);

  const raw = attachments(r.dir, 'items list').find((a) => a.name === 'heal-evidence');
  assert.equal(raw?.contentType, 'application/json');
  const evidence = JSON.parse(Buffer.from(raw?.body ?? '', 'base64').toString('utf8')) as HealEvidence;
  assert.deepEqual(evidence.responses, [
    { method: 'GET', url: `${app.url}/api/v1/items`, status: 500, statusText: 'Internal Server Error', bodySnippet: '{"error":"Internal Server Error: database pool exhausted"}' },
  ]);
  assert.ok(evidence.consoleErrors?.some((e) => /status of 500/.test(e)), JSON.stringify(evidence.consoleErrors));
  assert.ok(evidence.pageErrors?.some((e) => /TypeError/.test(e)), JSON.stringify(evidence.pageErrors));
  assert.equal(evidence.lastUrl, `${app.url}/items`);

  const dead = JSON.parse(Buffer.from(attachments(r.dir, 'dead api').find((a) => a.name === 'heal-evidence')?.body ?? '', 'base64').toString('utf8')) as HealEvidence;
  assert.deepEqual(dead.responses, []);
  assert.equal(attachments(r.dir, 'fine').some((a) => a.name === 'heal-evidence'), false, 'a passing test carries no evidence');

  const byTitle = Object.fromEntries(r.summary().failures.map((f) => [f.title, f.triage]));
  assert.equal(byTitle['items list']?.category, 'restart-backend');
  assert.equal(byTitle['items list']?.rule, 'server-error');
  assert.equal(byTitle['dead api']?.category, 'restart-backend');
  // The wrapped request context must not move the error's location out of the test file.
  assert.match(r.output, /Error: apiRequestContext\.get: connect ECONNREFUSED/);
  assert.match(r.output, />\s+7 \| +await request\.get\('http:\/\/127\.0\.0\.1:9\/nothing'\);/);
  assert.doesNotMatch(r.output, /fixtures[/\\]evidence/);
});

test('API error bodies are redacted and capped; lists are capped', async () => {
  const r = await runInlineTest(
    {
      'playwright.config.ts': healConfig({ retries: 0, reporters: "['json', { outputFile: 'pw.json' }]" }),
      'api.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('many errors', async ({ request }) => {
  await request.get(process.env.APP_URL + '/api/v1/crash');
  for (let i = 0; i < 30; i++) await request.post(process.env.APP_URL + '/api/v1/auth/refresh', { data: { refreshToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' } });
  const me = await request.get(process.env.APP_URL + '/api/v1/me', { headers: { authorization: 'Bearer nope' } });
  expect(me.status()).toBe(200);
});
`,
    },
    { env: { APP_URL: app.url } },
  );
  assert.equal(r.exitCode, 1, r.output);
  const raw = attachments(r.dir, 'many errors').find((a) => a.name === 'heal-evidence');
  const evidence = JSON.parse(Buffer.from(raw?.body ?? '', 'base64').toString('utf8')) as HealEvidence;
  assert.equal(evidence.responses?.length, 25, 'capped at 25 entries');
  const crash = evidence.responses?.[0];
  assert.equal(crash?.status, 500);
  assert.match(crash?.bodySnippet ?? '', /^\{"error":"boom","token":"\[REDACTED_JWT\]","trace":"at db\.query/);
  assert.doesNotMatch(JSON.stringify(evidence), new RegExp(CRASH_JWT.slice(0, 20)));
  assert.ok((crash?.bodySnippet ?? '').length <= 1024, 'the first KB only');
  assert.deepEqual(evidence.responses?.[1], { method: 'POST', url: `${app.url}/api/v1/auth/refresh`, status: 401, statusText: 'Unauthorized', bodySnippet: '{"error":"refresh token invalid"}' });
  // The 500 in the evidence outranks the 401 the assertion itself saw.
  assert.equal(r.summary().failures[0]?.triage.category, 'restart-backend');
});
