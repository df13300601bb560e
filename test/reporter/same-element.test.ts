// The same-element check in a real run: a selector heal whose re-run passes only because the new locator
// found another element (the page changed between the run and the re-run) is not verified; Playwright's
// trace of the re-run shows what the locator acted on, and the draft says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { runInlineTest } from '../helpers/run-inline.js';

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
  // The run renders the history item; the re-run (the marker file exists by then) renders the class on
  // an empty-state label instead, which the healed locator also finds.
  'e2e/history.spec.ts': `import { test, expect } from 'healwright/fixtures';
import { existsSync, writeFileSync } from 'node:fs';
test('shows the last calculation', async ({ page }, testInfo) => {
  const marker = testInfo.file + '.seen';
  const seen = existsSync(marker);
  writeFileSync(marker, 'x');
  await page.setContent(seen
    ? '<main><div class="history"><h3>History</h3><span class="history-entry">No calculations yet</span></div><p>5 + 3 = 8</p></main>'
    : '<main><div class="history"><h3>History</h3><div class="history-entry">5 + 3 = 8</div></div></main>');
  await expect(page.locator('.history-item')).toBeVisible({ timeout: 1000 });
});
`,
};

test('a healed locator that finds another element in the re-run is a draft, not a verified fix', { timeout: 600_000 }, async () => {
  const r = await runInlineTest(FILES, { timeoutMs: 500_000 });
  assert.equal(r.exitCode, 1, r.output);
  const s = r.summary();
  const fixes = s.fixes.attempted.filter((f) => f.class === 'B');
  assert.deepEqual(fixes.map((f) => `${f.category} ${f.status}`), ['update-selectors failed'], JSON.stringify(fixes, null, 2));
  assert.match(
    fixes[0]?.detail ?? '',
    /same-element check failed on history\.spec\.ts:10: in the re-run the new locator found <span class="history-entry"> "No calculations yet", a <span>, not a <div>: the heal meant <div> "5 \+ 3 = 8"/,
    fixes[0]?.detail,
  );
  assert.deepEqual(s.pullRequests, [], 'never published');
  const draft = fixes[0]?.draft;
  assert.ok(draft && existsSync(path.join(s.artifacts.runDir, draft)), `draft kept: ${draft}`);
});
