// The last-known-good store in real runs: a passing run records what each locator call found; after a
// release re-hashes the page's CSS-module classes (names that say nothing about the element), the next
// run heals the locator to the element that looks like the recorded one (its text, tag, role, parent),
// in the file's own style (CSS stays CSS). Without the record, the same failure gets no verified patch:
// nothing in "bt_k3" tells the Save button from the Cancel button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { makeTempDir, runInlineTest } from '../helpers/run-inline.js';

const page = (cancelClass: string, saveClass: string) => `<main>
<h1>Invoices</h1>
<nav class="tb_1f"><button type="button" class="${cancelClass}">Cancel</button>
<button type="button" class="${saveClass}" onclick="document.getElementById('status').textContent = 'saved'">Save</button></nav>
<p id="status">idle</p>
<section><h2>Invoice history</h2></section>
</main>
`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { cooldownBetweenFixes: 0, skipLlm: true }]],
  // Every call site on the first passing run (the default budget spreads the first reads over runs).
  use: { healLastKnownGoodBudget: 1, launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
});
`,
  'e2e/save.spec.ts': `import { test, expect } from 'healwright/fixtures';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
test('saves', async ({ page }) => {
  await page.goto(pathToFileURL(path.resolve('app/index.html')).href);
  await page.locator('.bt_k3').click({ timeout: 1000 });
  await expect(page.locator('#status')).toHaveText('saved', { timeout: 1000 });
  await expect(page.locator('h1')).toHaveText('Invoices', { timeout: 1000 });
});
`,
  'app/index.html': page('bt_x1', 'bt_k3'),
};

interface StoreFile {
  version: number;
  entries: { file: string; line: number; locator: string; count: number; elements: { tag: string; text?: string; classes?: string[]; role?: string; up?: { tag: string }; near?: string[] }[]; seen: number }[];
}

test('a passing run records what its locators found, and the next run heals a renamed class to that element', { timeout: 900_000 }, async () => {
  const dir = makeTempDir('lkg');
  const first = await runInlineTest(FILES, { dir, timeoutMs: 300_000 });
  assert.equal(first.exitCode, 0, first.output);
  const store = JSON.parse(readFileSync(path.join(dir, 'healing-results', 'last-known-good.json'), 'utf8')) as StoreFile;
  assert.equal(store.version, 1);
  const byLocator = new Map(store.entries.map((e) => [e.locator, e]));
  const save = byLocator.get("locator('.bt_k3')");
  assert.ok(save, JSON.stringify(store, null, 2));
  assert.deepEqual({ file: save.file, line: save.line, count: save.count, seen: save.seen }, { file: 'e2e/save.spec.ts', line: 6, count: 1, seen: 1 });
  assert.deepEqual({ tag: save.elements[0]?.tag, text: save.elements[0]?.text, classes: save.elements[0]?.classes, role: save.elements[0]?.role, up: save.elements[0]?.up?.tag }, { tag: 'button', text: 'Save', classes: ['bt_k3'], role: 'button', up: 'nav' });
  // The look-alikes beside it (the nav's other button), and none beside the status line.
  assert.deepEqual(save.elements[0]?.near, ['Cancel']);
  assert.deepEqual(byLocator.get("locator('#status')")?.elements[0]?.near, []);
  // A heading's look-alikes are the headings of every level (a heal by role would find the h2).
  assert.deepEqual(byLocator.get("locator('h1')")?.elements[0]?.near, ['Invoice history']);
  // The assertion's locator is recorded from its line too (web-first assertions count once they pass).
  assert.deepEqual(byLocator.get("locator('#status')")?.line, 7);
  assert.doesNotMatch(first.output, /_healwright-lkg/, 'the records are an internal attachment: the list reporter does not print them');

  // The release: the build hashed both buttons' classes anew.
  writeFileSync(path.join(dir, 'app/index.html'), page('bt_z8', 'bt_m2'));
  const second = await runInlineTest({}, { dir, timeoutMs: 500_000 });
  assert.equal(second.exitCode, 1, second.output);
  const fixes = second.summary().fixes.attempted.filter((f) => f.class === 'B');
  assert.deepEqual(fixes.map((f) => `${f.category} ${f.status}`), ['update-selectors verified'], JSON.stringify(fixes, null, 2));
  assert.match(fixes[0]?.detail ?? '', /same element as the heal meant on save\.spec\.ts:6 \(\d+% like when the test last passed\)/, fixes[0]?.detail);
  const pr = second.summary().pullRequests[0];
  assert.ok(pr?.bodyFile, JSON.stringify(second.summary().pullRequests));
  assert.match(readFileSync(pr.bodyFile, 'utf8'), /<button class="bt_m2"> "Save" with class "bt_m2" in place of "bt_k3" \(similarity 0\.\d\d; \d+% like what it found when the test last passed\)/);
  const patch = readFileSync(pr.patchFile, 'utf8');
  assert.match(patch, /^\+ {2}await page\.locator\('\.bt_m2'\)\.click\(\{ timeout: 1000 \}\);$/m, patch);
  assert.equal(readFileSync(path.join(dir, 'e2e/save.spec.ts'), 'utf8'), FILES['e2e/save.spec.ts'], "the user's spec was changed");

  // The same failure with no record: no verified patch (and no guess between the two buttons).
  const fresh = await runInlineTest({ ...FILES, 'app/index.html': page('bt_z8', 'bt_m2') }, { timeoutMs: 500_000 });
  assert.equal(fresh.exitCode, 1, fresh.output);
  const without = fresh.summary().fixes.attempted.filter((f) => f.class === 'B' && f.status === 'verified');
  assert.deepEqual(without, [], JSON.stringify(fresh.summary().fixes.attempted, null, 2));
});
