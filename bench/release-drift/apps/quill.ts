// Quill's snow theme (dist/quill.js and dist/quill.snow.css as the package ships them) embedded in a
// small release-notes page of the app's own (notes.html, served by the deploy step): suite written for
// 1.3.7 (the last 1.x), run on 2.0.3. HELD-OUT: nobody tunes on this app; it is scored once.
//
// What changed (Quill 2.0 release notes and its "Upgrading to 2.0" guide, checked against both builds):
// - lists are one flat <ol> whose items carry data-list="bullet" | "ordered" | "checked" | "unchecked"
//   and a span.ql-ui marker (1.x: <ul> / <ol>, and checklists as ul[data-checked]);
// - code blocks are div.ql-code-block in a div.ql-code-block-container (1.x: pre.ql-syntax);
// - so root.innerHTML, which the page saves, holds the new list markup (2.0 adds getSemanticHTML() for
//   clean HTML; the page does not call it);
// - toolbar buttons gained aria-label / aria-pressed and the toolbar role="toolbar"; the hidden
//   .ql-clipboard is gone. Pickers, tooltips, ql-active, ql-align-* and the placeholder are unchanged.
// Labels: 5 selector (bullet items, the Install item, the code block, the "* " shortcut's item, a
// checklist item), 1 real (the saved HTML); 8 controls.
// Least sure: 'saved HTML keeps the bullet list' (real: what the app stores changed, and updating the
// expected HTML would bless markup other readers of the notes render as a numbered list; some would call
// it a data drift); 'ordered list starts with the install step' (ol > li still matches, but its first
// item is now a bullet item: the element the test means is li[data-list="ordered"] 'Install').
import type { ReleaseApp } from '../types.js';

const NOTES_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Release notes editor</title>
<link rel="stylesheet" href="dist/quill.snow.css">
<style>body{font-family:sans-serif;max-width:760px;margin:20px auto} #editor{height:260px} #preview{white-space:pre-wrap;border:1px solid #ccc;padding:8px;min-height:40px}</style>
</head>
<body>
<h1>Release notes</h1>
<div id="editor"><h2>Version 4.2</h2><p>Faster <strong>sync</strong> for large folders.</p><ul><li>Milk</li><li>Bread</li></ul><ol><li>Install</li><li>Restart</li></ol><pre>npm install</pre><p>See <a href="https://example.com/docs">the docs</a>.</p></div>
<p><button id="save" type="button">Save draft</button> <span id="status" role="status"></span></p>
<h3>Saved HTML</h3>
<pre id="preview" data-testid="preview"></pre>
<script src="dist/quill.js"></script>
<script>
var quill = new Quill('#editor', {
  theme: 'snow',
  placeholder: 'Write the release notes...',
  modules: {
    toolbar: [
      [{ header: [1, 2, 3, false] }],
      ['bold', 'italic', 'underline', 'strike'],
      ['link', 'blockquote', 'code-block'],
      [{ list: 'ordered' }, { list: 'bullet' }, { list: 'check' }],
      [{ align: [] }],
      ['clean']
    ]
  }
});
document.getElementById('save').addEventListener('click', function () {
  document.getElementById('preview').textContent = quill.root.innerHTML;
  document.getElementById('status').textContent = 'Saved ' + (quill.getLength() - 1) + ' characters';
});
</script>
</body>
</html>
`;

const EDITOR_PAGE = `import { expect, type Locator, type Page } from '@playwright/test';

export class NotesEditor {
  readonly editor: Locator;
  readonly toolbar: Locator;
  readonly bulletItems: Locator;
  readonly saveButton: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('#editor .ql-editor');
    this.toolbar = page.locator('.ql-toolbar.ql-snow');
    this.bulletItems = page.locator('.ql-editor ul > li');
    this.saveButton = page.getByRole('button', { name: 'Save draft' });
    this.preview = page.getByTestId('preview');
  }

  async open() {
    await this.page.goto('notes.html');
    await expect(this.toolbar).toBeVisible();
  }

  /** Puts the caret at the end of the paragraph holding \`text\`. */
  async caretAfter(text: string) {
    await this.editor.getByText(text).click();
    await this.page.keyboard.press('End');
  }

  async format(name: string) {
    await this.toolbar.locator(\`button.ql-\${name}\`).click();
  }

  async save() {
    await this.saveButton.click();
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { NotesEditor } from './notes-editor';

test.beforeEach(async ({ page }) => {
  await new NotesEditor(page).open();
});

test('bold button bolds the selected line', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('Version 4.2');
  await page.keyboard.press('Shift+Home');
  await notes.format('bold');
  await expect(page.locator('.ql-editor h2 strong')).toHaveText('Version 4.2');
});

test('bold button is active inside bold text', async ({ page }) => {
  await page.locator('.ql-editor strong').click();
  await expect(page.locator('button.ql-bold')).toHaveClass(/ql-active/);
});

test('header picker turns a paragraph into a heading', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('for large folders.');
  await page.locator('.ql-header .ql-picker-label').click();
  await page.locator('.ql-header .ql-picker-item[data-value="1"]').click();
  await expect(notes.editor.locator('h1')).toHaveText('Faster sync for large folders.');
});

test('bullet list shows its items', async ({ page }) => {
  await expect(new NotesEditor(page).bulletItems).toHaveText(['Milk', 'Bread']);
});

test('ordered list starts with the install step', async ({ page }) => {
  await expect(page.locator('.ql-editor ol > li').first()).toHaveText('Install');
});

test('code sample stays a code block', async ({ page }) => {
  await expect(page.locator('pre.ql-syntax')).toHaveText('npm install');
});

test('typing an asterisk starts a bullet list', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('See');
  await page.keyboard.press('Enter');
  await page.keyboard.type('* Eggs');
  await expect(notes.bulletItems.last()).toHaveText('Eggs');
});

test('checklist button adds a task', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('for large folders.');
  await page.locator('button.ql-list[value="check"]').click();
  await expect(
    page.locator('.ql-editor ul[data-checked="false"] > li'),
  ).toHaveText('Faster sync for large folders.');
});

test('link button asks for the address', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('Version 4.2');
  await page.keyboard.press('Shift+Home');
  await notes.format('link');
  await expect(page.getByPlaceholder('https://quilljs.com')).toBeVisible();
});

test('link preview shows where it goes', async ({ page }) => {
  await page.getByText('the docs').click();
  await expect(
    page.locator('.ql-tooltip').locator('a.ql-preview'),
  ).toHaveText('https://example.com/docs');
});

test('save reports the length', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.save();
  await expect(page.getByRole('status')).toHaveText(/^Saved \\d+ characters$/);
});

test('saved HTML keeps the bullet list', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.save();
  await expect(notes.preview).toContainText('<ul><li>Milk</li><li>Bread</li></ul>');
});

test('align picker centres a paragraph', async ({ page }) => {
  const notes = new NotesEditor(page);
  await notes.caretAfter('for large folders.');
  await page.locator('.ql-align .ql-picker-label').click();
  await page
    .locator('.ql-align .ql-picker-item[data-value="center"]')
    .click();
  await expect(notes.editor.locator('p.ql-align-center')).toContainText('Faster sync');
});

test('editor carries the placeholder', async ({ page }) => {
  await expect(page.locator('.ql-editor')).toHaveAttribute(
    'data-placeholder',
    'Write the release notes...',
  );
});
`;

export const QUILL: ReleaseApp = {
  name: 'Quill snow editor',
  pkg: 'quill',
  from: '1.3.7',
  to: '2.0.3',
  extra: { 'notes.html': NOTES_PAGE },
  files: { 'notes-editor.ts': EDITOR_PAGE, 'notes.spec.ts': SPEC },
  labels: [
    { test: 'bullet list shows its items', kind: 'selector', target: { css: '.ql-editor li[data-list="bullet"]', text: 'Milk' }, note: 'bullet items are li[data-list="bullet"] inside an ol' },
    { test: 'ordered list starts with the install step', kind: 'selector', target: { css: '.ql-editor li[data-list="ordered"]', text: 'Install' }, note: 'ol > li now starts with the bullet items: li[data-list="ordered"]' },
    { test: 'code sample stays a code block', kind: 'selector', target: { css: '.ql-editor .ql-code-block', text: 'npm install' }, note: 'pre.ql-syntax is div.ql-code-block now' },
    { test: 'typing an asterisk starts a bullet list', kind: 'selector', target: { css: '.ql-editor li[data-list="bullet"]', text: 'Eggs' }, note: 'the new item is li[data-list="bullet"]' },
    { test: 'checklist button adds a task', kind: 'selector', target: { css: '.ql-editor li[data-list="unchecked"]', text: 'Faster sync' }, note: 'a task is li[data-list="unchecked"] now' },
    { test: 'saved HTML keeps the bullet list', kind: 'real', note: 'the saved HTML is <ol><li data-list="bullet">: what the app stores changed' },
  ],
};
