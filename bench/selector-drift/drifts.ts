// Selector drifts: a page as the test was written for it, the page after a change, and the test. Every
// page has an `#out` paragraph the intended control writes "done" into, so a heal that picks the wrong
// element fails its re-run instead of passing by luck.

import { DOM_DRIFTS } from './drifts-dom.js';

export type DriftKind =
  | 'renamed text'
  | 'changed role'
  | 'removed test id'
  | 'class renamed'
  | 'strict mode'
  | 'page object'
  | 'css class'
  | 'id'
  | 'test id'
  | 'xpath'
  | 'text='
  | 'multi-line chain'
  | 'refuse';

export interface Drift {
  id: string;
  kind: DriftKind;
  oldHtml: string;
  newHtml: string;
  /** Test body (uses `page`, `expect`); runs against both pages. Exactly one locator in it drifts. */
  body: string;
  /** Extra files next to the spec (page objects, helpers); the spec imports them itself. */
  files?: Record<string, string>;
  /** Import lines the body needs. */
  imports?: string;
  /** `refuse`: the right answer is no proposal (ambiguous, removed, or not written literally). */
  expect: 'heal' | 'refuse';
  /**
   * Heal cases: a Playwright selector for the element the drifted locator must now find on the new page.
   * The harness removes it and re-runs the patched test, which must then fail (same element, not luck).
   */
  target?: string;
}

/** The element each role/label/text drift must now find (see {@link Drift.target}). */
const TARGETS: Record<string, string> = {
  'button-renamed': 'button:has-text("Save")',
  'button-new-to-add': 'button:has-text("Add contact")',
  'link-renamed-exact': 'a[href="#reports"]',
  'heading-renamed': 'h1',
  'label-renamed': 'input[name="n"]',
  'placeholder-renamed': 'input[name="q"]',
  'text-renamed': 'p >> nth=0',
  'checkbox-renamed': 'input[name="s"]',
  'button-delete-to-remove': 'button:has-text("Remove")',
  'alt-text-renamed': 'img',
  'select-label-renamed': '#c',
  'quote-in-name': `button:has-text("Don't save changes")`,
  'button-to-link': 'a:has-text("Export")',
  'link-to-button': 'button:has-text("Sign out")',
  'textbox-to-searchbox': 'input[type="search"]',
  'heading-level-changed': 'h3',
  'checkbox-to-switch': '[role="switch"]',
  'testid-removed-button': 'button >> nth=0',
  'testid-removed-near-twin': 'button >> nth=0',
  'testid-renamed-total': '[data-testid="cart-total"]',
  'testid-removed-input': 'input >> nth=0',
  'testid-removed-link': 'a[href="#settings"]',
  'class-renamed-button': '.action-primary',
  'class-renamed-count': '.order-item',
  'id-renamed-status': '#status',
  'class-renamed-link': '.download',
  'strict-save-draft': 'button >> nth=1',
  'page-object-field': 'button:has-text("Log in")',
  'helper-literal': 'button:has-text("Open menu")',
};

const DONE = `onclick="document.getElementById('out').textContent='done'"`;
const OUT = `<p id="out"></p>`;
const CHECK = `await expect(page.locator('#out')).toHaveText('done');`;

const ROLE_DRIFTS: Drift[] = [
  // Renamed text
  { id: 'button-renamed', kind: 'renamed text', oldHtml: `<form><button type="button" ${DONE}>Submit</button><button type="button">Cancel</button></form>${OUT}`, newHtml: `<form><button type="button" ${DONE}>Save</button><button type="button">Cancel</button></form>${OUT}`, body: `await page.getByRole('button', { name: 'Submit' }).click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'button-new-to-add', kind: 'renamed text', oldHtml: `<button ${DONE}>New contact</button><button>Import</button>${OUT}`, newHtml: `<button ${DONE}>Add contact</button><button>Import</button>${OUT}`, body: `await page.getByRole('button', { name: 'New contact' }).click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'link-renamed-exact', kind: 'renamed text', oldHtml: `<nav><a href="#home">Home</a><a href="#reports">Reports</a></nav>`, newHtml: `<nav><a href="#home">Home</a><a href="#reports">Monthly reports</a></nav>`, body: `await page.getByRole('link', { name: 'Reports', exact: true }).click();\n  await expect(page).toHaveURL(/#reports$/);`, expect: 'heal' },
  { id: 'heading-renamed', kind: 'renamed text', oldHtml: `<h1>Dashboard</h1><h2>Recent orders</h2>`, newHtml: `<h1>Your dashboard</h1><h2>Recent orders</h2>`, body: `await expect(page.getByRole('heading', { name: 'Dashboard', exact: true })).toBeVisible();`, expect: 'heal' },
  { id: 'label-renamed', kind: 'renamed text', oldHtml: `<label>Full name <input name="n"></label><label>Email <input name="e"></label>`, newHtml: `<label>Name <input name="n"></label><label>Email <input name="e"></label>`, body: `await page.getByLabel('Full name').fill('Ada');\n  await expect(page.locator('input[name=n]')).toHaveValue('Ada');`, expect: 'heal' },
  { id: 'placeholder-renamed', kind: 'renamed text', oldHtml: `<input name="q" placeholder="Search customers"><input name="z" placeholder="Zip code">`, newHtml: `<input name="q" placeholder="Search clients"><input name="z" placeholder="Zip code">`, body: `await page.getByPlaceholder('Search customers').fill('harbor');\n  await expect(page.locator('input[name=q]')).toHaveValue('harbor');`, expect: 'heal' },
  { id: 'text-renamed', kind: 'renamed text', oldHtml: `<p>Welcome back, Ada</p><p>You have 3 tasks</p>`, newHtml: `<p>Welcome, Ada</p><p>You have 3 tasks</p>`, body: `await expect(page.getByText('Welcome back, Ada')).toBeVisible();`, expect: 'heal' },
  { id: 'checkbox-renamed', kind: 'renamed text', oldHtml: `<label><input type="checkbox" name="s"> Subscribe to newsletter</label><label><input type="checkbox" name="t"> Accept terms</label>`, newHtml: `<label><input type="checkbox" name="s"> Subscribe to our newsletter</label><label><input type="checkbox" name="t"> Accept terms</label>`, body: `await page.getByRole('checkbox', { name: 'Subscribe to newsletter' }).check();\n  await expect(page.locator('input[name=s]')).toBeChecked();`, expect: 'heal' },
  { id: 'button-delete-to-remove', kind: 'renamed text', oldHtml: `<button ${DONE}>Delete</button><button>Edit</button>${OUT}`, newHtml: `<button ${DONE}>Remove</button><button>Edit</button>${OUT}`, body: `await page.getByRole('button', { name: 'Delete' }).click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'alt-text-renamed', kind: 'renamed text', oldHtml: `<img alt="Company logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><p>Home</p>`, newHtml: `<img alt="Acme company logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><p>Home</p>`, body: `await expect(page.getByAltText('Company logo', { exact: true })).toBeVisible();`, expect: 'heal' },
  { id: 'select-label-renamed', kind: 'renamed text', oldHtml: `<label for="c">Country</label><select id="c"><option>France</option><option>Spain</option></select>`, newHtml: `<label for="c">Country or region</label><select id="c"><option>France</option><option>Spain</option></select>`, body: `await page.getByLabel('Country', { exact: true }).selectOption('Spain');
  await expect(page.locator('select')).toHaveValue('Spain');`, expect: 'heal' },
  { id: 'quote-in-name', kind: 'renamed text', oldHtml: `<button ${DONE}>Don't save</button><button>Save</button>${OUT}`, newHtml: `<button ${DONE}>Don't save changes</button><button>Save</button>${OUT}`, body: `await page.getByRole('button', { name: "Don't save", exact: true }).click();\n  ${CHECK}`, expect: 'heal' },

  // Changed role
  { id: 'button-to-link', kind: 'changed role', oldHtml: `<button ${DONE}>Export</button><button>Print</button>${OUT}`, newHtml: `<a href="#" ${DONE}>Export</a><button>Print</button>${OUT}`, body: `await page.getByRole('button', { name: 'Export' }).click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'link-to-button', kind: 'changed role', oldHtml: `<a href="#" ${DONE}>Sign out</a><a href="#help">Help</a>${OUT}`, newHtml: `<button ${DONE}>Sign out</button><a href="#help">Help</a>${OUT}`, body: `await page.getByRole('link', { name: 'Sign out' }).click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'textbox-to-searchbox', kind: 'changed role', oldHtml: `<input type="text" aria-label="Search"><input type="text" aria-label="City">`, newHtml: `<input type="search" aria-label="Search"><input type="text" aria-label="City">`, body: `await page.getByRole('textbox', { name: 'Search' }).fill('abc');\n  await expect(page.locator('input').first()).toHaveValue('abc');`, expect: 'heal' },
  { id: 'heading-level-changed', kind: 'changed role', oldHtml: `<h1>Shop</h1><h2>Orders</h2><h2>Invoices</h2>`, newHtml: `<h1>Shop</h1><h3>Orders</h3><h2>Invoices</h2>`, body: `await expect(page.getByRole('heading', { name: 'Orders', level: 2 })).toBeVisible();`, expect: 'heal' },
  { id: 'checkbox-to-switch', kind: 'changed role', oldHtml: `<input type="checkbox" aria-label="Dark mode" ${DONE}>${OUT}`, newHtml: `<button role="switch" aria-checked="false" aria-label="Dark mode" ${DONE}>Dark</button>${OUT}`, body: `await page.getByRole('checkbox', { name: 'Dark mode' }).click();\n  ${CHECK}`, expect: 'heal' },

  // Removed or renamed test id
  { id: 'testid-removed-button', kind: 'removed test id', oldHtml: `<button data-testid="save-btn" ${DONE}>Save</button><button data-testid="cancel-btn">Cancel</button>${OUT}`, newHtml: `<button ${DONE}>Save</button><button>Cancel</button>${OUT}`, body: `await page.getByTestId('save-btn').click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'testid-removed-near-twin', kind: 'removed test id', oldHtml: `<button data-testid="save-btn" ${DONE}>Save</button><button>Save draft</button>${OUT}`, newHtml: `<button ${DONE}>Save</button><button>Save draft</button>${OUT}`, body: `await page.getByTestId('save-btn').click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'testid-renamed-total', kind: 'removed test id', oldHtml: `<p data-testid="order-total">Total: $42</p><p>Items: 3</p>`, newHtml: `<p data-testid="cart-total">Total: $42</p><p>Items: 3</p>`, body: `await expect(page.getByTestId('order-total')).toHaveText('Total: $42');`, expect: 'heal' },
  { id: 'testid-removed-input', kind: 'removed test id', oldHtml: `<label>Email <input data-testid="email-input"></label><label>Phone <input></label>`, newHtml: `<label>Email <input></label><label>Phone <input></label>`, body: `await page.getByTestId('email-input').fill('a@b.test');\n  await expect(page.locator('input').first()).toHaveValue('a@b.test');`, expect: 'heal' },
  { id: 'testid-removed-link', kind: 'removed test id', oldHtml: `<nav><a data-testid="nav-settings" href="#settings">Settings</a><a href="#billing">Billing</a></nav>`, newHtml: `<nav><a href="#settings">Settings</a><a href="#billing">Billing</a></nav>`, body: `await page.getByTestId('nav-settings').click();\n  await expect(page).toHaveURL(/#settings$/);`, expect: 'heal' },

  // Renamed classes and ids
  { id: 'class-renamed-button', kind: 'class renamed', oldHtml: `<button class="btn save" ${DONE}>Save</button><button class="btn cancel">Cancel</button>${OUT}`, newHtml: `<button class="action-primary" ${DONE}>Save</button><button class="action-secondary">Cancel</button>${OUT}`, body: `await page.locator('button.save').click();\n  ${CHECK}`, expect: 'heal' },
  { id: 'class-renamed-count', kind: 'class renamed', oldHtml: `<h2>Orders</h2><ul aria-label="Orders"><li class="order-row">A-1</li><li class="order-row">A-2</li><li class="order-row">A-3</li></ul><ul aria-label="Links"><li>Help</li></ul>`, newHtml: `<h2>Orders</h2><ul aria-label="Orders"><li class="order-item">A-1</li><li class="order-item">A-2</li><li class="order-item">A-3</li></ul><ul aria-label="Links"><li>Help</li></ul>`, body: `await expect(page.locator('.order-row')).toHaveCount(3);`, expect: 'heal' },
  { id: 'id-renamed-status', kind: 'class renamed', oldHtml: `<p id="account-status">Status: Active</p><p id="plan">Plan: Pro</p>`, newHtml: `<p id="status">Status: Active</p><p id="plan">Plan: Pro</p>`, body: `await expect(page.locator('#account-status')).toContainText('Active');`, expect: 'heal' },
  { id: 'class-renamed-link', kind: 'class renamed', oldHtml: `<a class="export-link" href="#export">Export CSV</a><a href="#import">Import</a>`, newHtml: `<a class="download" href="#export">Export CSV</a><a href="#import">Import</a>`, body: `await page.locator('a.export-link').click();\n  await expect(page).toHaveURL(/#export$/);`, expect: 'heal' },

  // Strict mode
  { id: 'strict-save-draft', kind: 'strict mode', oldHtml: `<button ${DONE}>Save</button>${OUT}`, newHtml: `<button>Save draft</button><button ${DONE}>Save</button>${OUT}`, body: `await page.getByRole('button', { name: 'Save' }).click();\n  ${CHECK}`, expect: 'heal' },

  // Locators written in page objects and helpers
  {
    id: 'page-object-field',
    kind: 'page object',
    oldHtml: `<label>User <input name="u"></label><button ${DONE}>Sign in</button>${OUT}`,
    newHtml: `<label>User <input name="u"></label><button ${DONE}>Log in</button>${OUT}`,
    imports: `import { LoginPage } from './login-page';`,
    files: {
      'login-page.ts': `import type { Locator, Page } from '@playwright/test';\nexport class LoginPage {\n  readonly submit: Locator;\n  constructor(readonly page: Page) {\n    this.submit = page.getByRole('button', { name: 'Sign in' });\n  }\n  async signIn() {\n    await this.submit.click();\n  }\n}\n`,
    },
    body: `await new LoginPage(page).signIn();\n  ${CHECK}`,
    expect: 'heal',
  },
  {
    id: 'helper-literal',
    kind: 'page object',
    oldHtml: `<button ${DONE}>Menu</button><button>Help</button>${OUT}`,
    newHtml: `<button ${DONE}>Open menu</button><button>Help</button>${OUT}`,
    imports: `import { openMenu } from './menu-helper';`,
    files: { 'menu-helper.ts': `import type { Page } from '@playwright/test';\nexport async function openMenu(page: Page) {\n  await page.getByRole('button', { name: 'Menu', exact: true }).click();\n}\n` },
    body: `await openMenu(page);\n  ${CHECK}`,
    expect: 'heal',
  },

  // The right answer is a refusal
  { id: 'refuse-two-synonyms', kind: 'refuse', oldHtml: `<button ${DONE}>Submit</button><button>Help</button>${OUT}`, newHtml: `<button ${DONE}>Save</button><button>Send</button>${OUT}`, body: `await page.getByRole('button', { name: 'Submit' }).click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-removed', kind: 'refuse', oldHtml: `<button ${DONE}>Archive</button><button>Save</button>${OUT}`, newHtml: `<button>Save</button><button>Delete</button>${OUT}`, body: `await page.getByRole('button', { name: 'Archive' }).click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-identical-rows', kind: 'refuse', oldHtml: `<ul><li>Ada <button ${DONE}>Delete</button></li></ul>${OUT}`, newHtml: `<ul><li>Ada <button ${DONE}>Delete</button></li><li>Bob <button>Delete</button></li><li>Cy <button>Delete</button></li></ul>${OUT}`, body: `await page.getByRole('button', { name: 'Delete' }).click();\n  ${CHECK}`, expect: 'refuse' },
  {
    id: 'refuse-built-from-variable',
    kind: 'refuse',
    oldHtml: `<button ${DONE}>Submit</button>${OUT}`,
    newHtml: `<button ${DONE}>Save</button>${OUT}`,
    imports: `import { clickButton } from './click-helper';`,
    files: { 'click-helper.ts': `import type { Page } from '@playwright/test';\nexport async function clickButton(page: Page, name: string) {\n  await page.getByRole('button', { name }).click();\n}\n` },
    body: `await clickButton(page, 'Submit');\n  ${CHECK}`,
    expect: 'refuse',
  },
  { id: 'refuse-testid-two-orders', kind: 'refuse', oldHtml: `<button data-testid="submit-order" ${DONE}>Place order</button><button>Cancel order</button>${OUT}`, newHtml: `<button ${DONE}>Place order</button><button>Cancel order</button>${OUT}`, body: `await page.getByTestId('submit-order').click();\n  ${CHECK}`, expect: 'refuse' },
  // Added 2026-12-03, before the held-out split was scored again: wrong heals that would pass their re-run.
  // The page's other button also writes "done": only a refusal is right.
  { id: 'refuse-page-number', kind: 'refuse', oldHtml: `<button ${DONE}>Page 2</button><button>Page 1</button>${OUT}`, newHtml: `<button>Page 1</button><button ${DONE}>Page 3</button>${OUT}`, body: `await page.getByRole('button', { name: 'Page 2' }).click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-enable-to-disable', kind: 'refuse', oldHtml: `<button ${DONE}>Enable notifications</button><button>Help</button>${OUT}`, newHtml: `<button ${DONE}>Disable notifications</button><button>Help</button>${OUT}`, body: `await page.getByRole('button', { name: 'Enable notifications' }).click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-label-other-field', kind: 'refuse', oldHtml: `<label>Email <input name="e"></label><label>Email confirmation <input name="c"></label>`, newHtml: `<label>Email confirmation <input name="c"></label><label>Phone <input name="p"></label>`, body: `await page.getByLabel('Email', { exact: true }).fill('ada@example.com');\n  await expect(page.locator('input').first()).toHaveValue('ada@example.com');`, expect: 'refuse' },
  { id: 'refuse-consent-checkbox', kind: 'refuse', oldHtml: `<label><input type="checkbox"> I accept the terms</label><label><input type="checkbox"> Keep me signed in</label>`, newHtml: `<label><input type="checkbox"> I accept marketing emails</label><label><input type="checkbox"> Keep me signed in</label>`, body: `await page.getByLabel('I accept the terms').check();\n  await expect(page.locator('input').first()).toBeChecked();`, expect: 'refuse' },
  { id: 'refuse-placeholder-other-search', kind: 'refuse', oldHtml: `<input placeholder="Search products"><input placeholder="Zip code">`, newHtml: `<input placeholder="Search orders"><input placeholder="Zip code">`, body: `await page.getByPlaceholder('Search products').fill('lamp');\n  await expect(page.locator('input').first()).toHaveValue('lamp');`, expect: 'refuse' },
  { id: 'refuse-heading-other-section', kind: 'refuse', oldHtml: `<h2>Billing details</h2><p>Card ending 4242</p>`, newHtml: `<h2>Shipping details</h2><p>12 Main St</p>`, body: `await expect(page.getByRole('heading', { name: 'Billing details' })).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-regex-name', kind: 'refuse', oldHtml: `<button ${DONE}>Submit</button>${OUT}`, newHtml: `<button ${DONE}>Send</button>${OUT}`, body: `await page.getByRole('button', { name: /^submit$/i }).click();\n  ${CHECK}`, expect: 'refuse' },
];

/** Every generated drift: the role/label/text set, then CSS, id, test-id, XPath, text=, page-object, multi-line and must-refuse drifts. */
export const DRIFTS: Drift[] = [...ROLE_DRIFTS.map((d) => (d.expect === 'heal' && !d.target && TARGETS[d.id] ? { ...d, target: TARGETS[d.id] } : d)), ...DOM_DRIFTS];
