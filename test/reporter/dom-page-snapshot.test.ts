// A failure without Playwright's page snapshot is triaged from healwright's DOM snapshot. With
// PLAYWRIGHT_NO_COPY_PROMPT set, Playwright takes no page snapshot when the context closes, so an action
// that timed out (which, unlike a locator assertion, carries no snapshot of its own) comes with none: the
// login form, the error page and the 404 page would all read as a locator that matches nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInlineTest } from '../helpers/run-inline.js';
import { healConfig } from '../fixtures/suite.js';
import { DOM_PAGE_REASON } from '../../src/triage/dom-aria.js';

const SPEC = `import { test, expect } from 'healwright/fixtures';
test('save button gone', async ({ page }) => {
  await page.setContent('<h1>Customers</h1><button>Store</button>');
  await page.getByRole('button', { name: 'Save' }).click({ timeout: 1000 });
});
test('save on a 500 page', async ({ page }) => {
  await page.setContent('<h1>500 Internal Server Error</h1><p>nginx</p>');
  await page.getByRole('button', { name: 'Save' }).click({ timeout: 1000 });
});
test('dashboard after the session expired', async ({ page }) => {
  await page.setContent('<h1>Sign in</h1><label>Email <input type=email></label><label>Password <input type=password></label><button>Sign in</button>');
  await page.getByRole('link', { name: 'Dashboard' }).click({ timeout: 1000 });
});
test('invoice page gone', async ({ page }) => {
  await page.setContent('<main><h1>404</h1><h2>This page could not be found.</h2><a href="/">Home</a></main>');
  await page.getByRole('button', { name: 'Pay invoice' }).click({ timeout: 1000 });
});
`;

test('without Playwright\'s page snapshot, triage reads the page from heal-dom: error page, login form and 404 page still tell', { timeout: 600_000 }, async () => {
  const r = await runInlineTest(
    { 'playwright.config.ts': healConfig({ browser: true, retries: 0 }), 'page.spec.ts': SPEC },
    { timeoutMs: 540_000, env: { HEAL_DRY_RUN: 'true', PLAYWRIGHT_NO_COPY_PROMPT: '1' } },
  );
  assert.equal(r.exitCode, 1, r.output);
  const failures = r.summary().failures;
  const cat = Object.fromEntries(failures.map((f) => [f.title, f.triage.category]));
  assert.deepEqual(cat, {
    'save button gone': 'update-selectors',
    'save on a 500 page': 'restart-backend',
    'dashboard after the session expired': 'clear-session',
    'invoice page gone': 'fix-api-routes',
  });
  for (const f of failures) assert.ok(f.triage.reasons.includes(DOM_PAGE_REASON), `${f.title}: ${f.triage.reasons.join(' | ')}`);
});

test('with Playwright\'s page snapshot, heal-dom is not read for triage', { timeout: 600_000 }, async () => {
  const r = await runInlineTest(
    { 'playwright.config.ts': healConfig({ browser: true, retries: 0 }), 'page.spec.ts': SPEC.split("test('save on a 500 page'")[0] ?? '' },
    { timeoutMs: 540_000, env: { HEAL_DRY_RUN: 'true', PLAYWRIGHT_NO_COPY_PROMPT: undefined } },
  );
  assert.equal(r.exitCode, 1, r.output);
  const [f] = r.summary().failures;
  assert.equal(f?.triage.category, 'update-selectors');
  assert.ok(!f?.triage.reasons.includes(DOM_PAGE_REASON), f?.triage.reasons.join(' | '));
  assert.ok(f?.artifacts.some((a) => a.name === 'heal-dom'), 'the DOM snapshot was there to read');
});
