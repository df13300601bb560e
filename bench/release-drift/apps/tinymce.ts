// TinyMCE (tinymce.min.js with its skins, icons, themes and plugins, as the package ships them) on a
// small blog-post form of the app's own (post.html, served by the deploy step), configured the 5.x way:
// suite written for 5.10.9 (the last 5.x), run on 6.8.6 (the last 6.x). HELD-OUT: nobody tunes on this
// app; it is scored once.
//
// What changed (the package's CHANGELOG.md, checked against both builds):
// - 6.0.0: `formatselect` renamed `blocks` (TINY-8328), so the page's toolbar loses its block picker;
//   the "Powered by Tiny" text replaced by the Tiny logo, aria-label kept (TINY-8371); the hr plugin
//   moved into the core, so the Insert menu gains "Horizontal line" (TINY-8313);
// - 6.2.0: a promotion link in the header (TINY-8840); the Help dialog's plugin list sorted;
// - 6.7.0: the More toolbar button's tooltip and label "More..." became "Reveal or hide additional
//   toolbar items" (TINY-9629); the status bar gained the help text and a right-hand container that now
//   holds the word count and the branding (TINY-9379);
// - seen in the builds, not in the changelog: the Source Code textarea sits in a .tox-textarea-wrap,
//   and the Format menu's colour items are named with the current colour ("Text color Black").
// Labels: 5 selector, 2 data (the Insert menu's item count, the Help dialog's version), 1 real (the
// block picker); 6 controls.
// Least sure: 'format menu has text color' (selector: the item is there, only its accessible name grew
// the colour, which breaks exact: true); 'insert menu offers link and table' (data: the menu shows a new
// count; one could call the added item a new feature that makes the test's intent moot);
// 'block picker shows the current block' (real: the picker is gone from this page until its config
// says `blocks`, though Format > Blocks still offers the same formats).
import type { ReleaseApp } from '../types.js';

const POST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Write a post - Blog admin</title>
<script src="tinymce.min.js"></script>
<style>body{font-family:sans-serif;max-width:900px;margin:20px auto}</style>
</head>
<body>
<h1>Write a post</h1>
<form id="post-form">
<p><label for="post-title">Title</label> <input id="post-title" name="title" value="Spring sale"></p>
<textarea id="post-body" name="body"><h2>Spring sale</h2><p>Everything is <strong>20% off</strong> until Sunday.</p><ul><li>Shoes</li><li>Bags</li></ul></textarea>
<p><button id="publish" type="button">Publish</button> <span id="status" role="status"></span></p>
</form>
<script>
tinymce.init({
  selector: '#post-body',
  height: 360,
  width: 640,
  plugins: 'lists link table code wordcount help',
  menubar: 'edit view insert format table help',
  toolbar: 'undo redo | formatselect | bold italic underline strikethrough | bullist numlist | link table | alignleft aligncenter alignright | code help',
  setup: function (editor) {
    editor.on('init', function () { document.body.setAttribute('data-editor-ready', 'true'); });
  }
});
document.getElementById('publish').addEventListener('click', function () {
  var text = tinymce.get('post-body').getContent({ format: 'text' });
  document.getElementById('status').textContent = 'Published ' + text.split(/\\s+/).filter(Boolean).length + ' words';
});
</script>
</body>
</html>
`;

const POST_EDITOR = `import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export class PostEditor {
  readonly content: FrameLocator;
  readonly menubar: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.content = page.frameLocator('#post-body_ifr');
    this.menubar = page.locator('.tox-menubar');
    this.dialog = page.getByRole('dialog');
  }

  async open() {
    await this.page.goto('post.html');
    await expect(this.page.locator('body')).toHaveAttribute('data-editor-ready', 'true');
    await expect(this.page.locator('.tox-tinymce')).toBeVisible();
  }

  async menu(name: string) {
    await this.menubar.locator('.tox-mbtn', { hasText: name }).click();
  }

  async toolbarButton(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { PostEditor } from './post-editor';

test.beforeEach(async ({ page }) => {
  await new PostEditor(page).open();
});

test('bold button bolds a word', async ({ page }) => {
  const post = new PostEditor(page);
  await post.content.getByText('Bags').dblclick();
  await post.toolbarButton('Bold');
  await expect(post.content.locator('li strong')).toHaveText('Bags');
});

test('bullet list button is pressed inside the list', async ({ page }) => {
  const post = new PostEditor(page);
  await post.content.getByText('Shoes').click();
  await expect(page.locator('button[aria-label="Bullet list"]')).toHaveAttribute('aria-pressed', 'true');
});

test('more button reveals the alignment buttons', async ({ page }) => {
  await page.getByRole('button', { name: 'More...' }).click();
  await expect(page.getByRole('button', { name: 'Align center' })).toBeVisible();
});

test('block picker shows the current block', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Blocks' })).toContainText('Heading 2');
});

test('link dialog asks for the URL', async ({ page }) => {
  const post = new PostEditor(page);
  await post.content.getByText('Shoes').dblclick();
  await post.toolbarButton('Insert/edit link');
  await expect(page.locator('.tox-dialog__title')).toHaveText('Insert/Edit Link');
  await expect(page.getByLabel('URL')).toBeVisible();
});

test('link dialog links the selected word', async ({ page }) => {
  const post = new PostEditor(page);
  await post.content.getByText('Bags').dblclick();
  await post.toolbarButton('Insert/edit link');
  await page.getByLabel('URL').fill('https://example.com/bags');
  await post.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(post.content.locator('a[href="https://example.com/bags"]')).toHaveText('Bags');
});

test('source code dialog shows the HTML', async ({ page }) => {
  const post = new PostEditor(page);
  await post.menu('View');
  await page.getByRole('menuitem', { name: 'Source code' }).click();
  await expect(page.locator('.tox-form__group > textarea.tox-textarea')).toHaveValue(
    /<h2>Spring sale<\\/h2>/,
  );
});

test('insert menu offers link and table', async ({ page }) => {
  const post = new PostEditor(page);
  await post.menu('Insert');
  await expect(page.locator('.tox-menu .tox-collection__item')).toHaveCount(2);
});

test('format menu has text color', async ({ page }) => {
  const post = new PostEditor(page);
  await post.menu('Format');
  await expect(
    page.getByRole('menuitem', { name: 'Text color', exact: true }),
  ).toBeVisible();
});

test('help dialog shows the editor version', async ({ page }) => {
  const post = new PostEditor(page);
  await post.menu('Help');
  await page.locator('.tox-menu').getByRole('menuitem', { name: 'Help' }).click();
  await page.getByRole('tab', { name: 'Version' }).click();
  await expect(post.dialog.getByRole('link', { name: /TinyMCE/ })).toHaveText('TinyMCE 5.10.9');
});

test('status bar counts the words', async ({ page }) => {
  await expect(
    page.locator('.tox-statusbar__text-container > .tox-statusbar__wordcount'),
  ).toHaveText('10 words');
});

test('status bar shows the Tiny branding', async ({ page }) => {
  await expect(page.getByText('Powered by Tiny')).toBeVisible();
});

test('publish counts the words', async ({ page }) => {
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Published 10 words');
});

test('table button offers to delete a table', async ({ page }) => {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Delete table' })).toBeVisible();
});
`;

export const TINYMCE: ReleaseApp = {
  name: 'TinyMCE post editor',
  pkg: 'tinymce',
  from: '5.10.9',
  to: '6.8.6',
  extra: { 'post.html': POST_PAGE },
  files: { 'post-editor.ts': POST_EDITOR, 'post.spec.ts': SPEC },
  labels: [
    { test: 'more button reveals the alignment buttons', kind: 'selector', target: { css: 'button[aria-label="Reveal or hide additional toolbar items"]' }, note: 'the overflow button is "Reveal or hide additional toolbar items" now' },
    { test: 'block picker shows the current block', kind: 'real', note: 'formatselect was renamed blocks in 6.0: the page config no longer gets the picker' },
    { test: 'source code dialog shows the HTML', kind: 'selector', target: { css: '.tox-dialog textarea.tox-textarea' }, note: 'the textarea sits in a .tox-textarea-wrap now' },
    { test: 'insert menu offers link and table', kind: 'data', target: { css: '.tox-menu .tox-collection__item' }, value: '3', note: 'Horizontal line moved into the core: 3 items' },
    { test: 'format menu has text color', kind: 'selector', target: { css: '.tox-menu .tox-collection__item[title^="Text color"]' }, note: 'the item is named "Text color Black" now' },
    { test: 'help dialog shows the editor version', kind: 'data', target: { css: '.tox-dialog a', text: 'TinyMCE 6.8.6' }, value: 'TinyMCE 6.8.6', note: 'the version link names 6.8.6' },
    { test: 'status bar counts the words', kind: 'selector', target: { css: '.tox-statusbar__wordcount', text: '10 words' }, note: 'the count moved into .tox-statusbar__right-container' },
    { test: 'status bar shows the Tiny branding', kind: 'selector', target: { css: '.tox-statusbar__branding a' }, note: 'the "Powered by Tiny" text is a logo now (aria-label kept)' },
  ],
};
