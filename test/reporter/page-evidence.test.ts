import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineConfig, runInlineTest } from '../helpers/run-inline.js';

// Real Chromium: the page snapshot in error-context decides between categories.
const config = inlineConfig({
  extra: `use: { launchOptions: (await import('${new URL('../../src/browser/index.ts', import.meta.url).pathname}')).chromiumLaunchOptions() },
  expect: { timeout: 500 },`,
  projects: "[{ name: 'modules', testIgnore: /sec\\.spec/ }, { name: 'security', testMatch: /sec\\.spec/ }]",
});

test('page snapshots, projects and titles steer triage: selectors vs error page vs login form vs a sign-in test vs security', async () => {
  const r = await runInlineTest({
    'playwright.config.ts': config,
    'page.spec.ts': `import { test, expect } from '@playwright/test';
test('save button gone', async ({ page }) => {
  await page.setContent('<h1>Customers</h1><button>Store</button>');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});
test('save on a 500 page', async ({ page }) => {
  await page.setContent('<h1>500 Internal Server Error</h1><p>nginx</p>');
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});
test('dashboard after the session expired', async ({ page }) => {
  await page.setContent('<h1>Sign in</h1><label>Email <input type=email></label><label>Password <input type=password></label><button>Sign in</button>');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
test.describe('sign-in', () => {
  test('reaches the dashboard', async ({ page }) => {
    await page.setContent('<h1>Sign in</h1><label>Email <input type=email></label><label>Password <input type=password></label><button>Sign in</button>');
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });
});
test('rows vanished', async ({ page }) => {
  await page.setContent('<table><tr><td>x</td></tr></table>');
  await expect(page.locator('.customer-row')).toHaveCount(3);
});
`,
    'sec.spec.ts': `import { test, expect } from '@playwright/test';
test('frame header', async ({ page }) => {
  await page.setContent('<h1>Home</h1>');
  expect(null, 'x-frame-options header').toBe('DENY');
});
`,
  });
  assert.equal(r.exitCode, 1, r.output);
  const s = r.summary();
  const cat = Object.fromEntries(s.failures.map((f) => [`${f.project}:${f.title}`, f.triage.category]));
  assert.deepEqual(cat, {
    'modules:save button gone': 'update-selectors',
    'modules:save on a 500 page': 'restart-backend',
    'modules:dashboard after the session expired': 'clear-session',
    // The same page in a test whose describe says it signs in: its own flow, not a lost session (the title path).
    'modules:reaches the dashboard': 'unknown',
    'modules:rows vanished': 'update-selectors',
    'security:frame header': 'security',
  });
  const gone = s.failures.find((f) => f.title === 'save button gone');
  assert.equal(gone?.triage.locator, "getByRole('button', { name: 'Save' })");
  assert.ok(gone?.artifacts.some((a) => a.name === 'error-context'), 'error-context is known at onTestEnd');
});
