// Whole releases: the same old -> new call is changed on every line of the affected test's body (and
// anywhere in an edited page object), never in other tests, and never where the structural edit check
// would refuse the line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { relativeImports } from '../../src/class-b/imports.js';
import { changedCall, testBodyLines, widenToOccurrences } from '../../src/class-b/occurrences.js';
import type { PatchProposal } from '../../src/class-b/types.js';

const SPEC = [
  "import { test, expect } from '@playwright/test';",
  "test('adds two', async ({ page }) => {",
  "  await page.getByRole('button', { name: 'Add' }).click();",
  "  await page.getByRole('button', { name: 'Add' }).click();",
  "  await expect(page.getByRole('button', { name: 'Add' })).toBeEnabled();",
  "  console.log('Add');",
  "  await expect(page.getByText('2 items')).toBeVisible();",
  '});',
  "test('adds one', async ({ page }) => {",
  "  await page.getByRole('button', { name: 'Add' }).click();",
  '});',
  '',
];

function write(lines: string[], name = 'cart.spec.ts'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-occ-')));
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

function proposal(file: string, line: number, before: string, after: string): PatchProposal {
  return { category: 'update-selectors', testIds: ['t'], fingerprint: 'fp', edits: [{ file, line, before, after }], reasoning: 'Renamed.', confidence: 0.9, source: 'rules' };
}

describe('every occurrence of the same change', () => {
  test('the changed call: the smallest .method(...) holding the change; none for a bare constant', () => {
    assert.deepEqual(changedCall({ before: "  await page.getByRole('button', { name: 'Add' }).click();", after: "  await page.getByRole('button', { name: 'Add item' }).click();" }), {
      old: ".getByRole('button', { name: 'Add' })",
      new: ".getByRole('button', { name: 'Add item' })",
    });
    assert.deepEqual(changedCall({ before: "  await expect(x).toHaveText('Order #17');", after: "  await expect(x).toHaveText('Order #A-17');" }), { old: ".toHaveText('Order #17')", new: ".toHaveText('Order #A-17')" });
    assert.equal(changedCall({ before: "const NAME = 'Add';", after: "const NAME = 'Add item';" }), undefined);
  });

  test("a test's body: from its test( line to the end of the call", () => {
    const text = SPEC.join('\n');
    assert.deepEqual(testBodyLines(text, 'x.spec.ts', 2), { from: 2, to: 8 });
    assert.deepEqual(testBodyLines(text, 'x.spec.ts', 9), { from: 9, to: 11 });
    assert.equal(testBodyLines(text, 'x.spec.ts', 3), undefined);
  });

  test("in the test file: every line of the affected test's body that writes the same call, not the other test, not a console.log", () => {
    const file = write(SPEC);
    const before = SPEC[2] as string;
    const widened = widenToOccurrences(proposal(file, 3, before, before.replace("'Add'", "'Add item'")), [{ file, line: 2 }]);
    assert.deepEqual(widened.edits.map((e) => [e.line, e.after.trim()]), [
      [3, "await page.getByRole('button', { name: 'Add item' }).click();"],
      [4, "await page.getByRole('button', { name: 'Add item' }).click();"],
      [5, "await expect(page.getByRole('button', { name: 'Add item' })).toBeEnabled();"],
    ]);
    assert.match(widened.reasoning, /^Renamed\. The same change is made where the same call is written again \(cart\.spec\.ts:4, cart\.spec\.ts:5\)\.$/);
  });

  test('in a page object: the whole file', () => {
    const po = ['export const add = (page) => page.getByTestId(\'add\');', 'export const addAgain = (page) => page.getByTestId(\'add\');', "export const other = (page) => page.getByTestId('remove');", ''];
    const file = write(po, 'cart-page.ts');
    const before = po[0] as string;
    const widened = widenToOccurrences(proposal(file, 1, before, before.replace("'add'", "'add-item'")), [{ file: path.join(path.dirname(file), 'cart.spec.ts'), line: 2 }]);
    assert.deepEqual(widened.edits.map((e) => e.line), [1, 2]);
  });

  test('a line the structural check would refuse is left alone; nothing to widen returns the proposal as it was', () => {
    // The same text inside a string a test logs is not a locator: changing it is refused (literal position).
    const lines = ["test('t', async ({ page }) => {", "  await page.getByText('Add').click();", "  console.log(\"page.getByText('Add')\");", "  await page.getByText('Add').hover();", '});', ''];
    const file = write(lines);
    const before = lines[1] as string;
    const p = proposal(file, 2, before, before.replace("'Add'", "'Add item'"));
    assert.deepEqual(widenToOccurrences(p, [{ file, line: 1 }]).edits.map((e) => e.line), [2, 4]);
    const single = write(["test('t', async ({ page }) => {", "  await page.getByText('Add').click();", '});', '']);
    const q = proposal(single, 2, before, before.replace("'Add'", "'Add item'"));
    assert.equal(widenToOccurrences(q, [{ file: single, line: 1 }]), q);
  });
});

describe('a test and its page objects together', () => {
  /** A repository with a spec, a page object it imports and a helper it does not. */
  function repo(specImport: string, poName = 'pages/cart.ts') {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-occ-span-')));
    mkdirSync(path.join(dir, 'tests'));
    mkdirSync(path.join(dir, path.dirname(poName)), { recursive: true });
    const spec = path.join(dir, 'tests', 'cart.spec.ts');
    const specLines = [
      "import { test, expect } from '@playwright/test';",
      `import { CartPage } from ${specImport};`,
      "test('adds', async ({ page }) => {",
      "  await page.getByRole('button', { name: 'Add' }).click();",
      '  await new CartPage(page).add();',
      '});',
      "test('other', async ({ page }) => {",
      "  await page.getByRole('button', { name: 'Add' }).hover();",
      '});',
      '',
    ];
    writeFileSync(spec, specLines.join('\n'));
    const po = path.join(dir, poName);
    writeFileSync(po, ['export class CartPage {', '  constructor(private page) {}', "  add() { return this.page.getByRole('button', { name: 'Add' }).click(); }", "  title() { return this.page.getByText('Add'); }", '}', ''].join('\n'));
    const helper = path.join(dir, 'tests', 'unrelated.ts');
    writeFileSync(helper, "export const x = (page) => page.getByRole('button', { name: 'Add' });\n");
    return { dir, spec, specLines, po, helper };
  }
  const everywhere = { mayEdit: () => true };

  test('an edit in the test reaches the page object it imports (whole file), not an unrelated helper nor another test', () => {
    for (const imp of ["'../pages/cart'", "'../pages/cart.js'", '"../pages/cart.ts"']) {
      const r = repo(imp);
      const before = r.specLines[3] as string;
      const widened = widenToOccurrences(proposal(r.spec, 4, before, before.replace("'Add'", "'Add item'")), [{ file: r.spec, line: 3 }], everywhere);
      assert.deepEqual(widened.edits.map((e) => [path.relative(r.dir, e.file), e.line, e.after.trim()]), [
        ['tests/cart.spec.ts', 4, "await page.getByRole('button', { name: 'Add item' }).click();"],
        ['pages/cart.ts', 3, "add() { return this.page.getByRole('button', { name: 'Add item' }).click(); }"],
      ], imp);
      assert.match(widened.reasoning, /\(cart\.ts:3\)/);
    }
  });

  test('an edit in a page object reaches the affected test\'s body only', () => {
    const r = repo("'../pages/cart'");
    const line = "  add() { return this.page.getByRole('button', { name: 'Add' }).click(); }";
    const widened = widenToOccurrences(proposal(r.po, 3, line, line.replace("'Add'", "'Add item'")), [{ file: r.spec, line: 3 }], everywhere);
    assert.deepEqual(widened.edits.map((e) => [path.relative(r.dir, e.file), e.line]), [['pages/cart.ts', 3], ['tests/cart.spec.ts', 4]]);
  });

  test('no other file without mayEdit, nor one mayEdit refuses', () => {
    const r = repo("'../pages/cart'");
    const before = r.specLines[3] as string;
    const p = proposal(r.spec, 4, before, before.replace("'Add'", "'Add item'"));
    assert.equal(widenToOccurrences(p, [{ file: r.spec, line: 3 }]), p);
    assert.equal(widenToOccurrences(p, [{ file: r.spec, line: 3 }], { mayEdit: (f) => !f.endsWith('cart.ts') }), p);
    const line = "  add() { return this.page.getByRole('button', { name: 'Add' }).click(); }";
    const q = proposal(r.po, 3, line, line.replace("'Add'", "'Add item'"));
    assert.equal(widenToOccurrences(q, [{ file: r.spec, line: 3 }], { mayEdit: (f) => !f.endsWith('.spec.ts') }), q);
  });

  test('relativeImports: imports, re-exports and require() by a relative path, resolved to a script file', () => {
    const r = repo("'../pages/cart'", 'pages/cart/index.ts');
    const src = ["import { CartPage } from '../pages/cart';", "export * from './unrelated.js';", "const h = require('./unrelated');", "import { test } from '@playwright/test';", "import data from './data.json';", "import './missing';", ''].join('\n');
    assert.deepEqual(relativeImports(r.spec, src).map((f) => path.relative(r.dir, f)).sort(), ['pages/cart/index.ts', 'tests/unrelated.ts']);
  });
});
