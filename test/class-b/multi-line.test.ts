// Locators written over several lines (Prettier's style): the failing line the stack names is one line of
// a statement, and the locator is found in that statement, not in another test that writes the same one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { dom, proposal, refusal, selectorInput, tree } from './helpers.js';

const timeout = (loc: string) => `TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for ${loc}\n`;
const notVisible = (loc: string) => `Error: expect(locator).toBeVisible() failed\n\nLocator: ${loc}\nExpected: visible\nTimeout: 1000ms\nError: element(s) not found\n`;

const input = (root: string, line: number, message: string, yaml: string[]) => selectorInput(root, line, message, { yaml });

const twoTests = (body: string) => `import { test } from '@playwright/test';\ntest('old', async ({ page }) => {\n${body}\n});\ntest('new', async ({ page }) => {\n${body}\n});\n`;

describe('a locator written over several lines', () => {
  test('options over several lines: only the line with the name changes', () => {
    const root = tree({ 'a.spec.ts': twoTests("  await page\n    .getByRole('button', {\n      name: 'Continue',\n    })\n    .click();") });
    // Lines 3-7 are the first test's statement, 10-14 the second's; the stack names the second's `.click()`.
    const p = proposal(proposeClassBFix(input(root, 14, timeout("getByRole('button', { name: 'Continue' })"), ['- button "Next"', '- button "Back"'])));
    assert.equal(p.edits.length, 1);
    assert.deepEqual({ line: p.edits[0]?.line, before: p.edits[0]?.before, after: p.edits[0]?.after }, { line: 12, before: "      name: 'Continue',", after: "      name: 'Next'," });
  });

  test('a chain with one step per line: the step in the failing statement, not the same one in another test', () => {
    const root = tree({ 'a.spec.ts': twoTests("  await page\n    .getByRole('list')\n    .getByRole('button', { name: 'Submit' })\n    .click();") });
    const p = proposal(proposeClassBFix(input(root, 12, timeout("getByRole('list').getByRole('button', { name: 'Submit' })"), ['- list:', '  - button "Save"', '  - button "Help"'])));
    assert.deepEqual({ line: p.edits[0]?.line, after: p.edits[0]?.after }, { line: 11, after: "    .getByRole('button', { name: 'Save' })" });
  });

  test('an expect written over three lines, the failing line being its first', () => {
    const root = tree({ 'a.spec.ts': twoTests("  await expect(\n    page.getByText('Saved draft'),\n  ).toBeVisible();") });
    const p = proposal(proposeClassBFix(input(root, 8, notVisible("getByText('Saved draft')"), ['- paragraph: Draft saved', '- paragraph: Idle'])));
    assert.deepEqual({ line: p.edits[0]?.line, after: p.edits[0]?.after }, { line: 9, after: "    page.getByText('Draft saved')," });
  });

  test('a variable declared over several lines is the one the failing line uses', () => {
    const body = "  const row = page\n    .getByRole('button', { name: 'Send' });\n  await row.click();";
    const root = tree({ 'a.spec.ts': twoTests(body) });
    const p = proposal(proposeClassBFix(input(root, 10, timeout("getByRole('button', { name: 'Send' })"), ['- button "Submit"', '- button "Help"'])));
    assert.deepEqual({ line: p.edits[0]?.line, after: p.edits[0]?.after }, { line: 9, after: "    .getByRole('button', { name: 'Submit' });" });
  });

  test('a fix that would rewrite more than one line of the statement is refused, naming why', () => {
    // The role changes and the name is on the next line: two lines would change.
    const root = tree({ 'a.spec.ts': twoTests("  await page\n    .getByRole('link', {\n      name: 'Export',\n    })\n    .click();") });
    const r = proposeClassBFix(input(root, 14, timeout("getByRole('link', { name: 'Export' })"), ['- button "Export data"', '- link "Help"']));
    assert.match(refusal(r), /would rewrite 2 lines of a statement written over 5; healwright edits only the lines of the steps it replaces/);
  });

  test('a statement is not stretched past a line that ends the one before', () => {
    // `await page.goto(...)` ends with `;`: the click below is a statement of its own, found on its own line.
    const root = tree({ 'a.spec.ts': "import { test } from '@playwright/test';\ntest('t', async ({ page }) => {\n  await page.goto('/');\n  await page.getByRole('button', { name: 'Submit' }).click();\n});\n" });
    const p = proposal(proposeClassBFix(input(root, 4, timeout("getByRole('button', { name: 'Submit' })"), ['- button "Save"', '- button "Help"'])));
    assert.equal(p.edits[0]?.line, 4);
  });
});

describe('filter({ hasText }) in the DOM healer', () => {
  test('the step after a filter is healed inside the row the filter keeps', () => {
    const page = dom([
      { tag: 'div', classes: ['row'], text: 'Ada x', kids: [{ tag: 'button', role: 'button', classes: ['remove-btn'], ownText: 'x' }] },
      { tag: 'div', classes: ['row'], text: 'Bob x', kids: [{ tag: 'button', role: 'button', classes: ['remove-btn'], ownText: 'x' }] },
    ]);
    const r = domHeal(page, parseLocatorText("locator('.row').filter({ hasText: 'Ada' }).locator('.delete')"), { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, '.remove-btn');
    assert.equal(r.elements[0], page.elements[1], 'the button in the row with Ada');
    // hasNotText keeps the other row; a text the snapshot clipped leaves the filter to the ARIA healer.
    const not = domHeal(page, parseLocatorText("locator('.row').filter({ hasNotText: 'Ada' }).locator('.delete')"), { count: 1 });
    assert.ok(not && 'repl' in not && not.elements[0] === page.elements[3], JSON.stringify(not));
    const clipped = dom([{ tag: 'div', classes: ['row'], text: 'A very long row\u2026', kids: [{ tag: 'button', classes: ['remove-btn'], ownText: 'x' }] }]);
    assert.equal(domHeal(clipped, parseLocatorText("locator('.row').filter({ hasText: 'Ada' }).locator('.delete')"), { count: 1 }), undefined);
  });
});
