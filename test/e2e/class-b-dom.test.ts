// Class B with the DOM evidence, in a real run: healwright's fixtures attach `heal-dom` to each failed
// test, the reporter heals CSS-class and test-id drifts by swapping only the drifted value, verifies each
// patch by a real re-run, and refuses the case that once became a wrong "verified" patch (counting the
// page's headings in place of board items that are gone). The patched test is then run against the
// broken feature and must fail: the proof that the patch found the same elements.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { runInlineTest } from '../helpers/run-inline.js';

// The app after its release: classes and a test id renamed; BROKEN=1 breaks the features under test.
const APP = `export const app = () => process.env.BROKEN
  ? '<main><h1>Bingo</h1><h2>Board</h2><div class="board-grid"></div><ul class="history-list"></ul><p data-testid="cart-total">Total: $0</p></main>'
  : '<main><h1>Bingo</h1><h2>Board</h2><div class="board-grid"><div class="board-cell">Free</div><div class="board-cell">Apple</div></div>'
    + '<ul class="history-list"><li class="history-entry">1 + 1 = 2</li></ul><p data-testid="cart-total">Total: $42</p></main>';
export const gone = '<main><h1>Bingo</h1><h2>Board</h2><div class="board-grid"></div></main>';
`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  expect: { timeout: 1000 },
  reporter: [['list'], ['healwright/reporter', { projects: ['app'], cooldownBetweenFixes: 0, skipLlm: true, maxFixesPerRun: 5 }]],
  use: { actionTimeout: 1000, launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'app' }],
});
`,
  'tests/app.ts': APP,
  'tests/release.spec.ts': `import { test, expect } from 'healwright/fixtures';
import { app, gone } from './app';
test('history keeps one entry', async ({ page }) => {
  await page.setContent(app());
  const items = page.locator('.history-item');
  expect(await items.count()).toBe(1);
});
test('cart shows the total', async ({ page }) => {
  await page.setContent(app());
  await expect(page.getByTestId('total')).toHaveText('Total: $42');
});
test('board has two items', async ({ page }) => {
  await page.setContent(app());
  await expect(page.locator('.board-item')).toHaveCount(2);
});
test('board items that are gone are not headings', async ({ page }) => {
  await page.setContent(gone);
  await expect(page.locator('.bingo-item')).toHaveCount(2);
});
`,
};

describe('Class B from the DOM evidence, in a real run', () => {
  test('class and test-id drifts healed and verified, the must-refuse case refused, patched tests fail on the broken feature', { timeout: 1_500_000 }, async () => {
    const r = await runInlineTest(FILES, { timeoutMs: 900_000 });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const classB = s.fixes.attempted.filter((f) => f.class === 'B');
    const fixesOf = (title: string) => {
      const id = s.failures.find((f) => f.title === title)?.testId;
      assert.ok(id, `${title} failed: ${r.output.slice(-2000)}`);
      return classB.filter((f) => f.testIds.includes(id));
    };
    const dump = JSON.stringify(classB, null, 2);

    // The DOM snapshot was attached next to heal-evidence, bounded and parseable.
    const failure = s.failures.find((f) => f.title === 'history keeps one entry');
    assert.ok(failure?.artifacts.some((a) => a.name === 'heal-dom' && a.contentType === 'application/json'), JSON.stringify(failure?.artifacts));

    assert.equal(s.failures.find((f) => f.title === 'history keeps one entry')?.triage.category, 'update-selectors', 'a count read that received 0 is selector drift');
    for (const title of ['history keeps one entry', 'cart shows the total', 'board has two items']) {
      assert.deepEqual(fixesOf(title).map((f) => `${f.category} ${f.status}`), ['update-selectors verified'], `${title}: ${dump}`);
    }
    const refused = fixesOf('board items that are gone are not headings');
    assert.ok(refused.every((f) => f.status !== 'verified'), dump);

    const pr = s.pullRequests.find((p) => p.category === 'update-selectors');
    assert.ok(pr, JSON.stringify(s.pullRequests));
    const patch = readFileSync(pr.patchFile, 'utf8');
    const added = patch.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    assert.deepEqual(added.sort(), [
      "+  await expect(page.getByTestId('cart-total')).toHaveText('Total: $42');",
      "+  await expect(page.locator('.board-cell')).toHaveCount(2);",
      "+  const items = page.locator('.history-entry');",
    ]);
    assert.doesNotMatch(patch, /toBe\(0\)|getByRole\('heading'\)|nth\(/);

    // Same elements: with the patch applied, the tests pass on the app and fail on the broken feature.
    // The run folder sits inside this repository's ignored .tmp/: keep git from finding the outer repository.
    execFileSync('git', ['apply', pr.patchFile], { cwd: r.dir, env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(r.dir) } });
    assert.match(readFileSync(path.join(r.dir, 'tests/release.spec.ts'), 'utf8'), /\.history-entry/, 'the patch applied');
    const grep = ['--grep', 'history keeps one entry|cart shows the total|board has two items'];
    const ok = await runInlineTest({}, { dir: r.dir, args: grep, env: { HEAL_DRY_RUN: 'true' }, timeoutMs: 300_000 });
    assert.equal(ok.exitCode, 0, ok.output);
    const broken = await runInlineTest({}, { dir: r.dir, args: grep, env: { HEAL_DRY_RUN: 'true', BROKEN: '1' }, timeoutMs: 300_000 });
    assert.equal(broken.exitCode, 1);
    assert.equal((broken.output.match(/✘/g) ?? []).length, 3, broken.output);
  });
});
