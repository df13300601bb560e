// The suite of redact-every-path.test.ts: a distinct, fake but format-valid secret for each place a
// user could put one, and the Playwright project that carries them (config, web server, specs).
import { chromiumLaunchOptions } from '../../../src/browser/index.js';
import { fake, jwt, luhnCard } from './fakes.js';

const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const UPPER_DIGITS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const SEEDS = {
  optionWebhook: `T${fake(8, 601, UPPER_DIGITS)}/B${fake(10, 602, UPPER_DIGITS)}/${fake(24, 603)}`,
  processEnv: 'Smtp-' + fake(14, 604) + '4$',
  metadata: 'glpat-' + fake(20, 605, B64URL),
  webServerEnv: 'Pg-' + fake(18, 606) + '9!',
  failure: 'sk_live_' + fake(24, 607),
  typed: 'Typed-' + fake(10, 608) + '7#',
  inputValue: 'Value-' + fake(12, 609) + '3%',
  attachment: 'shpat_' + fake(32, 610, HEX),
  requestHeader: fake(40, 611, B64URL),
  cookie: 's%3A' + fake(32, 612, B64URL) + '.' + fake(43, 613, B64URL),
  connection: 'Db-' + fake(16, 614) + '5&',
  card: luhnCard(615),
  pageEmail: `seed.person${fake(4, 616, DIGITS)}@acme-corp.io`,
  domText: `xoxb-${fake(12, 617, DIGITS)}-${fake(13, 618, DIGITS)}-${fake(24, 619)}`,
  console: 'AIza' + fake(35, 620, B64URL),
  responseBody: jwt({ sub: 'user-42', scope: 'refresh' }, 621),
  configIssue: 'ghp_' + fake(36, 622),
  // Starts some 25 characters before the summary's 4 000-character cut of a failure message.
  longMessage: 'npm_' + fake(36, 623),
};

export const TOKEN = 'ghs_everyPathStandinToken0123456789abcd';
export const REPO = 'acme/shop';
const port = 20000 + ((process.pid * 7) % 20000);
const BASE = `http://127.0.0.1:${port}`;

const ACCOUNT_PAGE = `<!doctype html><html><body><h1>Account</h1><p>Contact ${SEEDS.pageEmail} for access</p>
<p>Card on file: ${SEEDS.card.replace(/(\d{4})(?=\d)/g, '$1 ')}</p>
<p>Bot token <code>${SEEDS.domText}</code></p>
<script>console.error('maps failed for key ${SEEDS.console}'); fetch('/api/session').then((r) => r.text());</script>
</body></html>`;

const SERVER = `import http from 'node:http';
const PAGE = ${JSON.stringify(ACCOUNT_PAGE)};
http.createServer((q, s) => {
  if (q.url === '/account') return s.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (q.url === '/api/session') return s.writeHead(409, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'expired', refresh_token: ${JSON.stringify(SEEDS.responseBody)} }));
  if (q.url === '/api/me') return s.writeHead(403, { 'content-type': 'application/json', 'set-cookie': ${JSON.stringify(`connect.sid=${SEEDS.cookie}; Path=/; HttpOnly; SameSite=Lax`)} }).end('{"error":"forbidden"}');
  s.end('ok');
}).listen(Number(process.env.PORT));
`;

/** Claims the terminal so Playwright adds no printing reporter: whatever is printed, healwright printed. */
const SILENT_REPORTER = `export default class Silent { printsToStdio() { return true; } }\n`;

/** playwright.config.ts: a silent reporter, healwright with `reporterOptions` (TS source), metadata, webServer.env. */
export function config(reporterOptions: string): string {
  return `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: [['./silent-reporter.mjs'], ['healwright/reporter', ${reporterOptions}]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  expect: { timeout: 1000 },
  metadata: { deployToken: '${SEEDS.metadata}', note: 'token ${SEEDS.metadata}' },
  webServer: { command: 'node server.mjs', port: ${port}, reuseExistingServer: true, env: { PORT: '${port}', DB_PASSWORD: '${SEEDS.webServerEnv}' } },
  projects: [{ name: 'shop', testMatch: /orders|secrets/ }, { name: 'security', testMatch: /headers/ }],
});
`;
}

const PUBLISHING_OPTIONS = `{ projects: ['shop'], cooldownBetweenFixes: 0, alertWebhook: 'https://hooks.slack.com/services/${SEEDS.optionWebhook}' }`;

export const FILES: Record<string, string> = {
  'server.mjs': SERVER,
  'silent-reporter.mjs': SILENT_REPORTER,
  'playwright.config.ts': config(PUBLISHING_OPTIONS),
  // The Class B failure stays in a file of its own: a PR carries the whole file it changes.
  'tests/orders.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('order button is shown', async ({ page }) => {
  await page.setContent('<main><h1>Orders</h1><button type="button">Place your order</button></main>');
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible({ timeout: 1000 });
});
`,
  'tests/secrets.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('failure message holds a key', async () => {
  expect('charge with ${SEEDS.failure}', 'stripe call').toBe('ok');
});
test('typed password', async ({ page }) => {
  await page.setContent('<form><label>Password <input type="password" name="password"></label><label>Repeat <input type="password" name="repeat" value="${SEEDS.inputValue}"></label><button>Sign in</button></form>');
  await page.getByLabel('Password').fill('${SEEDS.typed}');
  await expect(page.getByLabel('Password')).toHaveValue('something else');
});
test('attachment body', async ({}, testInfo) => {
  await testInfo.attach('api-response', { body: JSON.stringify({ ok: false, token: '${SEEDS.attachment}' }), contentType: 'application/json' });
  await testInfo.attach('notes', { body: 'key ${SEEDS.attachment}', contentType: 'text/plain' });
  expect(1).toBe(2);
});
test('account page loads', async ({ page }) => {
  await page.goto('${BASE}/account');
  await page.waitForLoadState('networkidle');
  throw new Error('account page did not finish loading');
});
test('profile api answers', async ({ request }) => {
  console.log('SMTP_PASS=' + process.env.SMTP_PASS);
  const res = await request.get('${BASE}/api/me', { headers: { Authorization: 'Bearer ${SEEDS.requestHeader}' } });
  await expect(res).toBeOK();
});
test('long failure message', () => {
  throw new Error('step log: ' + 'ok '.repeat(1316) + 'deploy key ${SEEDS.longMessage}' + ' done'.repeat(40));
});
test('database is reachable', () => {
  throw new Error('migration check failed on postgres://app:${SEEDS.connection}@db.internal:5432/app: relation "orders" does not exist');
});
`,
  'tests/headers.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('session cookie is Secure', async ({ request }) => {
  const res = await request.get('${BASE}/api/me');
  expect(res.headers()['set-cookie'], 'Set-Cookie header must be Secure').toContain('Secure');
});
`,
};
