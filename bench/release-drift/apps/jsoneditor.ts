// jsoneditor's "switch mode" example page (examples/03_switch_mode.html, shipped in the package),
// suite written for 5.34.0, run on 9.10.0.
import type { ReleaseApp } from '../types.js';

const EDITOR_PAGE = `import type { Locator, Page } from '@playwright/test';

export class EditorPage {
  readonly modeButton: Locator;
  readonly searchBox: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.modeButton = page.getByTitle('Switch editor mode');
    this.searchBox = page.locator('table.jsoneditor-search input');
    this.results = page.locator('.jsoneditor-results');
  }

  async open() {
    await this.page.goto('examples/03_switch_mode.html');
  }

  async search(text: string) {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { EditorPage } from './editor-page';

test.beforeEach(async ({ page }) => {
  await new EditorPage(page).open();
});

test('switches to code mode', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.modeButton.click();
  await page.locator('.jsoneditor-type-modes', { hasText: 'Code' }).click();
  await expect(page.locator('.ace_editor')).toBeVisible();
});

test('mode menu lists every mode', async ({ page }) => {
  await page.locator('button.jsoneditor-modes').click();
  await expect(page.locator('.jsoneditor-contextmenu .jsoneditor-type-modes')).toHaveCount(5);
});

test('search highlights the matching value', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.search('Hello');
  await expect(editor.results).toContainText('1');
  await expect(page.locator('.jsoneditor-highlight-active')).toHaveText('Hello World');
});

test('row menu offers to duplicate', async ({ page }) => {
  await page.locator('button.jsoneditor-contextmenu').nth(1).click();
  await expect(page.getByRole('button', { name: 'Duplicate' })).toBeVisible();
});

test('expand all shows nested values', async ({ page }) => {
  await page.locator('.jsoneditor-expand-all').click();
  await expect(page.getByText('Hello World')).toBeVisible();
});

test('previous result button is there', async ({ page }) => {
  await expect(page.getByTitle('Previous result (Shift+Enter)')).toBeVisible();
});

test('undo is disabled before any change', async ({ page }) => {
  await expect(page.locator('button.jsoneditor-undo')).toBeDisabled();
});

test('tree starts with the array field', async ({ page }) => {
  await expect(page.locator('div.jsoneditor-field').first()).toHaveText('array');
});
`;

export const JSONEDITOR: ReleaseApp = {
  name: 'jsoneditor example',
  pkg: 'jsoneditor',
  from: '5.34.0',
  to: '9.10.0',
  files: { 'editor-page.ts': EDITOR_PAGE, 'editor.spec.ts': SPEC },
  labels: [
    { test: 'mode menu lists every mode', kind: 'data', target: { css: '.jsoneditor-type-modes' }, value: '6', note: 'a Preview mode was added: 6 modes' },
    { test: 'search highlights the matching value', kind: 'selector', target: { css: '.jsoneditor-search input' }, note: 'the search box is a div now: div.jsoneditor-search input' },
    { test: 'row menu offers to duplicate', kind: 'selector', target: { css: 'button.jsoneditor-contextmenu-button' }, note: 'class renamed jsoneditor-contextmenu-button' },
    { test: 'previous result button is there', kind: 'selector', target: { css: 'button.jsoneditor-previous' }, note: 'title now "Previous result (Shift + Enter)"' },
  ],
};
