// A release renames a button that a test uses directly and through its page object: one verified patch
// changes both files in one round (the page object inside testDir is an allowed path), instead of a
// first patch whose re-run stops at the page object's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { runInlineTest } from '../helpers/run-inline.js';

const PAGE = `'<main><button type="button" onclick="document.getElementById(\\'count\\').textContent = \\'1\\'">Place your order</button><p id="count">0</p></main>'`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { cooldownBetweenFixes: 0, skipLlm: true }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
});
`,
  'e2e/orders.spec.ts': `import { test, expect } from '@playwright/test';
import { OrderPage } from './pages/order-page';
test('places an order', async ({ page }) => {
  await page.setContent(${PAGE});
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible({ timeout: 1000 });
  await new OrderPage(page).place();
  await expect(page.locator('#count')).toHaveText('1', { timeout: 1000 });
});
`,
  'e2e/pages/order-page.ts': `import type { Page } from '@playwright/test';
export class OrderPage {
  constructor(private readonly page: Page) {}
  async place() {
    await this.page.getByRole('button', { name: 'Place order' }).click({ timeout: 1000 });
  }
}
`,
};

test('one verified patch changes the test and its page object together', { timeout: 600_000 }, async () => {
  const r = await runInlineTest(FILES, { timeoutMs: 500_000 });
  assert.equal(r.exitCode, 1, r.output);
  const s = r.summary();
  const fixes = s.fixes.attempted.filter((f) => f.class === 'B');
  assert.deepEqual(fixes.map((f) => `${f.category} ${f.status} ${f.rounds ?? 1}`), ['update-selectors verified 1'], JSON.stringify(fixes, null, 2));
  // Playwright's trace of the re-run shows both new locators acting on the button the heal meant.
  assert.match(fixes[0]?.detail ?? '', /same element as the heal meant on orders\.spec\.ts:5, order-page\.ts:5/, fixes[0]?.detail);
  const pr = s.pullRequests[0];
  assert.ok(pr, JSON.stringify(s.pullRequests));
  const patch = readFileSync(pr.patchFile, 'utf8');
  assert.match(patch, /^diff --git a\/e2e\/orders\.spec\.ts b\/e2e\/orders\.spec\.ts$/m);
  assert.match(patch, /^diff --git a\/e2e\/pages\/order-page\.ts b\/e2e\/pages\/order-page\.ts$/m);
  assert.match(patch, /^\+ {4}await this\.page\.getByRole\('button', \{ name: 'Place your order' \}\)\.click\(\{ timeout: 1000 \}\);$/m);
  assert.equal(patch.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)).length, 4, patch);
  assert.equal(readFileSync(`${r.dir}/e2e/pages/order-page.ts`, 'utf8'), FILES['e2e/pages/order-page.ts'], "the user's page object was changed");
  execFileSync('git', ['init', '-q'], { cwd: r.dir });
  execFileSync('git', ['apply', '--check', pr.patchFile], { cwd: r.dir });
});
