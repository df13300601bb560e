// Drifts of the locators real suites are full of: CSS classes, ids, test-id attributes, XPath, `text=`,
// locators kept in page objects and constants in other files, multi-line chains, and cases where the
// only right answer is a refusal. Every heal case names its `target`: the element the drifted locator
// must now find. The harness removes it and re-runs the patched test, which must then fail.
import type { Drift } from './drifts.js';

const DONE = `onclick="document.getElementById('out').textContent='done'"`;
const OUT = `<p id="out"></p>`;
const CHECK = `await expect(page.locator('#out')).toHaveText('done');`;
const FIRST_INPUT = (v: string) => `await expect(page.locator('input').first()).toHaveValue('${v}');`;

const css: Drift[] = [
  { id: 'css-btn-primary', kind: 'css class', oldHtml: `<button class="btn btn-primary" ${DONE}>Checkout</button><button class="btn btn-secondary">Back</button>${OUT}`, newHtml: `<button class="button button--primary" ${DONE}>Checkout</button><button class="button button--secondary">Back</button>${OUT}`, body: `await page.locator('.btn-primary').click();\n  ${CHECK}`, expect: 'heal', target: '.button--primary' },
  { id: 'css-card-title', kind: 'css class', oldHtml: `<div class="card"><h3 class="card-title">Pro plan</h3><p class="card-text">$20/month</p></div>`, newHtml: `<div class="card"><h3 class="card-heading">Pro plan</h3><p class="card-text">$20/month</p></div>`, body: `await expect(page.locator('.card-title')).toHaveText('Pro plan');`, expect: 'heal', target: '.card-heading' },
  { id: 'css-alert-error', kind: 'css class', oldHtml: `<div class="alert alert-error">Invalid password</div><div class="hint">Forgot it?</div>`, newHtml: `<div class="alert alert-danger">Invalid password</div><div class="hint">Forgot it?</div>`, body: `await expect(page.locator('.alert-error')).toContainText('Invalid password');`, expect: 'heal', target: '.alert-danger' },
  { id: 'css-price', kind: 'css class', oldHtml: `<span class="product-name">Lamp</span><span class="price">$35.00</span>`, newHtml: `<span class="product-name">Lamp</span><span class="product-price">$35.00</span>`, body: `await expect(page.locator('span.price')).toHaveText('$35.00');`, expect: 'heal', target: '.product-price' },
  { id: 'css-list-count', kind: 'css class', oldHtml: `<ul class="todo-list"><li>Milk</li><li>Eggs</li></ul><ul class="done-list"><li>Bread</li></ul>`, newHtml: `<ul class="task-list"><li>Milk</li><li>Eggs</li></ul><ul class="done-list"><li>Bread</li></ul>`, body: `await expect(page.locator('.todo-list li')).toHaveCount(2);`, expect: 'heal', target: '.task-list li' },
  { id: 'css-close-button', kind: 'css class', oldHtml: `<div class="modal"><p>Saved</p><button class="close-btn" aria-label="Close" ${DONE}>x</button></div>${OUT}`, newHtml: `<div class="modal"><p>Saved</p><button class="modal-close" aria-label="Close" ${DONE}>x</button></div>${OUT}`, body: `await page.locator('.close-btn').click();\n  ${CHECK}`, expect: 'heal', target: '.modal-close' },
  { id: 'css-search-input', kind: 'css class', oldHtml: `<input class="search-input" type="text" placeholder="Search"><input class="zip" type="text">`, newHtml: `<input class="search-field" type="text" placeholder="Search"><input class="zip" type="text">`, body: `await page.locator('input.search-input').fill('lamp');\n  ${FIRST_INPUT('lamp')}`, expect: 'heal', target: '.search-field' },
  // Two headings on the page count 2 as well: a heal to getByRole('heading') passes by luck.
  { id: 'css-board-item', kind: 'css class', oldHtml: `<h1>Bingo</h1><h2>Board</h2><div class="board"><div class="board-item">B1</div><div class="board-item">I2</div></div>`, newHtml: `<h1>Bingo</h1><h2>Board</h2><div class="board"><div class="bingo-cell">B1</div><div class="bingo-cell">I2</div></div>`, body: `await expect(page.locator('.board-item')).toHaveCount(2);`, expect: 'heal', target: '.bingo-cell' },
  { id: 'css-descendant', kind: 'css class', oldHtml: `<nav class="sidebar"><a class="nav-link" href="#inbox">Inbox</a><a class="nav-link" href="#sent">Sent</a></nav>`, newHtml: `<nav class="side-nav"><a class="nav-link" href="#inbox">Inbox</a><a class="nav-link" href="#sent">Sent</a></nav>`, body: `await page.locator('.sidebar a[href="#sent"]').click();\n  await expect(page).toHaveURL(/#sent$/);`, expect: 'heal', target: 'a[href="#sent"]' },
];

const ids: Drift[] = [
  { id: 'id-submit', kind: 'id', oldHtml: `<button id="submit" ${DONE}>Send</button><button id="reset">Reset</button>${OUT}`, newHtml: `<button id="submit-btn" ${DONE}>Send</button><button id="reset">Reset</button>${OUT}`, body: `await page.locator('#submit').click();\n  ${CHECK}`, expect: 'heal', target: '#submit-btn' },
  { id: 'id-username', kind: 'id', oldHtml: `<label for="username">User</label><input id="username"><label for="pw">Password</label><input id="pw" type="password">`, newHtml: `<label for="user-name">User</label><input id="user-name"><label for="pw">Password</label><input id="pw" type="password">`, body: `await page.locator('#username').fill('ada');\n  ${FIRST_INPUT('ada')}`, expect: 'heal', target: '#user-name' },
  { id: 'id-total', kind: 'id', oldHtml: `<p id="total">Total: 12</p><p id="tax">Tax: 2</p>`, newHtml: `<p id="grand-total">Total: 12</p><p id="tax">Tax: 2</p>`, body: `await expect(page.locator('#total')).toHaveText('Total: 12');`, expect: 'heal', target: '#grand-total' },
  { id: 'id-removed-link', kind: 'id', oldHtml: `<nav><a id="nav-profile" href="#profile">Profile</a><a href="#logout">Log out</a></nav>`, newHtml: `<nav><a href="#profile">Profile</a><a href="#logout">Log out</a></nav>`, body: `await page.locator('#nav-profile').click();\n  await expect(page).toHaveURL(/#profile$/);`, expect: 'heal', target: 'a[href="#profile"]' },
  { id: 'id-camel-to-kebab', kind: 'id', oldHtml: `<div id="errorMsg">Card declined</div><div id="info">Try again</div>`, newHtml: `<div id="error-message">Card declined</div><div id="info">Try again</div>`, body: `await expect(page.locator('#errorMsg')).toBeVisible();`, expect: 'heal', target: '#error-message' },
  { id: 'id-tag-qualified', kind: 'id', oldHtml: `<select id="country"><option>FR</option><option>ES</option></select><select id="lang"><option>fr</option><option>es</option></select>`, newHtml: `<select id="country-select"><option>FR</option><option>ES</option></select><select id="lang"><option>fr</option><option>es</option></select>`, body: `await page.locator('select#country').selectOption('ES');\n  await expect(page.locator('select').first()).toHaveValue('ES');`, expect: 'heal', target: '#country-select' },
];

const testIds: Drift[] = [
  { id: 'tid-data-test-link', kind: 'test id', oldHtml: `<a data-test="shopping-cart-link" href="#cart">Cart</a><a href="#menu">Menu</a>`, newHtml: `<a data-test="cart-link" href="#cart">Cart</a><a href="#menu">Menu</a>`, body: `await page.locator('[data-test="shopping-cart-link"]').click();\n  await expect(page).toHaveURL(/#cart$/);`, expect: 'heal', target: '[data-test="cart-link"]' },
  { id: 'tid-data-cy', kind: 'test id', oldHtml: `<button data-cy="login" ${DONE}>Log in</button><button data-cy="signup">Sign up</button>${OUT}`, newHtml: `<button data-cy="login-button" ${DONE}>Log in</button><button data-cy="signup-button">Sign up</button>${OUT}`, body: `await page.locator('[data-cy=login]').click();\n  ${CHECK}`, expect: 'heal', target: '[data-cy="login-button"]' },
  { id: 'tid-data-qa', kind: 'test id', oldHtml: `<span data-qa="user-name">Ada Lovelace</span><span data-qa="user-role">Admin</span>`, newHtml: `<span data-qa="profile-name">Ada Lovelace</span><span data-qa="profile-role">Admin</span>`, body: `await expect(page.locator('[data-qa="user-name"]')).toHaveText('Ada Lovelace');`, expect: 'heal', target: '[data-qa="profile-name"]' },
  { id: 'tid-attribute-switched', kind: 'test id', oldHtml: `<button data-test="add-to-cart" ${DONE}>Add to cart</button><button data-test="wishlist">Save</button>${OUT}`, newHtml: `<button data-testid="add-to-cart" ${DONE}>Add to cart</button><button data-testid="wishlist">Save</button>${OUT}`, body: `await page.locator('[data-test="add-to-cart"]').click();\n  ${CHECK}`, expect: 'heal', target: '[data-testid="add-to-cart"]' },
  { id: 'tid-getbytestid-input', kind: 'test id', oldHtml: `<input data-testid="search"><input data-testid="filter">`, newHtml: `<input data-testid="search-input"><input data-testid="filter">`, body: `await page.getByTestId('search').fill('x');\n  ${FIRST_INPUT('x')}`, expect: 'heal', target: '[data-testid="search-input"]' },
  { id: 'tid-css-count', kind: 'test id', oldHtml: `<ul><li data-testid="cart-item">A</li><li data-testid="cart-item">B</li></ul><p>2 items</p>`, newHtml: `<ul><li data-testid="basket-item">A</li><li data-testid="basket-item">B</li></ul><p>2 items</p>`, body: `await expect(page.locator('[data-testid="cart-item"]')).toHaveCount(2);`, expect: 'heal', target: '[data-testid="basket-item"]' },
  { id: 'tid-prefix-dropped', kind: 'test id', oldHtml: `<div data-test="inventory-item-price">$29.99</div><div data-test="inventory-item-name">Backpack</div>`, newHtml: `<div data-test="item-price">$29.99</div><div data-test="item-name">Backpack</div>`, body: `await expect(page.locator('[data-test="inventory-item-price"]')).toHaveText('$29.99');`, expect: 'heal', target: '[data-test="item-price"]' },
];

const xpath: Drift[] = [
  { id: 'xp-button-text', kind: 'xpath', oldHtml: `<button ${DONE}>Save</button><button>Discard</button>${OUT}`, newHtml: `<button ${DONE}>Save changes</button><button>Discard</button>${OUT}`, body: `await page.locator('//button[text()="Save"]').click();\n  ${CHECK}`, expect: 'heal', target: 'button:has-text("Save changes")' },
  { id: 'xp-input-name', kind: 'xpath', oldHtml: `<input name="email"><input name="phone">`, newHtml: `<input name="emailAddress"><input name="phone">`, body: `await page.locator('xpath=//input[@name="email"]').fill('a@b.test');\n  ${FIRST_INPUT('a@b.test')}`, expect: 'heal', target: 'input[name="emailAddress"]' },
  { id: 'xp-id', kind: 'xpath', oldHtml: `<div id="balance">$120</div><div id="limit">$500</div>`, newHtml: `<div id="account-balance">$120</div><div id="limit">$500</div>`, body: `await expect(page.locator('//*[@id="balance"]')).toHaveText('$120');`, expect: 'heal', target: '#account-balance' },
  { id: 'xp-class', kind: 'xpath', oldHtml: `<div class="price">$9</div><div class="qty">3</div>`, newHtml: `<div class="amount">$9</div><div class="qty">3</div>`, body: `await expect(page.locator('//div[@class="price"]')).toHaveText('$9');`, expect: 'heal', target: '.amount' },
  { id: 'xp-absolute-path', kind: 'xpath', oldHtml: `<main><section><h2>Plan</h2><p>Free</p></section></main>`, newHtml: `<main><div class="wrap"><section><h2>Plan</h2><p>Free</p></section></div></main>`, body: `await expect(page.locator('xpath=/html/body/main/section/p')).toHaveText('Free');`, expect: 'heal', target: 'section p' },
  { id: 'xp-contains-href', kind: 'xpath', oldHtml: `<a href="#settings-profile">Profile</a><a href="#help">Help</a>`, newHtml: `<a href="#account-profile">Profile</a><a href="#help">Help</a>`, body: `await page.locator('//a[contains(@href, "settings")]').click();\n  await expect(page).toHaveURL(/profile$/);`, expect: 'heal', target: 'a[href="#account-profile"]' },
];

const textEngine: Drift[] = [
  { id: 'txt-sign-in', kind: 'text=', oldHtml: `<button ${DONE}>Sign in</button><a href="#register">Register</a>${OUT}`, newHtml: `<button ${DONE}>Log in</button><a href="#register">Register</a>${OUT}`, body: `await page.locator('text=Sign in').click();\n  ${CHECK}`, expect: 'heal', target: 'button:has-text("Log in")' },
  { id: 'txt-quoted-exact', kind: 'text=', oldHtml: `<p class="msg">Order confirmed</p><p>Thank you</p>`, newHtml: `<p class="msg">Order placed</p><p>Thank you</p>`, body: `await expect(page.locator('text="Order confirmed"')).toBeVisible();`, expect: 'heal', target: '.msg' },
  { id: 'txt-has-text', kind: 'text=', oldHtml: `<button ${DONE}>Add to cart</button><button>Buy now</button>${OUT}`, newHtml: `<button ${DONE}>Add to basket</button><button>Buy now</button>${OUT}`, body: `await page.locator('button:has-text("Add to cart")').click();\n  ${CHECK}`, expect: 'heal', target: 'button:has-text("Add to basket")' },
  { id: 'txt-page-click', kind: 'text=', oldHtml: `<a href="#pricing">Pricing</a><a href="#docs">Docs</a>`, newHtml: `<a href="#pricing">Plans</a><a href="#docs">Docs</a>`, body: `await page.click('text=Pricing');\n  await expect(page).toHaveURL(/#pricing$/);`, expect: 'heal', target: 'a[href="#pricing"]' },
  { id: 'txt-scoped', kind: 'text=', oldHtml: `<div class="banner">Free shipping over $50</div><p>Shop</p>`, newHtml: `<div class="banner">Free delivery over $50</div><p>Shop</p>`, body: `await expect(page.locator('.banner >> text=Free shipping')).toBeVisible();`, expect: 'heal', target: '.banner' },
];

const pageObjects: Drift[] = [
  {
    id: 'po-class-css',
    kind: 'page object',
    oldHtml: `<input id="user"><button class="login-btn" ${DONE}>Log in</button>${OUT}`,
    newHtml: `<input id="user"><button class="btn-login" ${DONE}>Log in</button>${OUT}`,
    imports: `import { LoginPage } from './login-page';`,
    files: { 'login-page.ts': `import type { Locator, Page } from '@playwright/test';\nexport class LoginPage {\n  readonly username: Locator;\n  readonly submit: Locator;\n  constructor(readonly page: Page) {\n    this.username = page.locator('#user');\n    this.submit = page.locator('.login-btn');\n  }\n}\n` },
    body: `const login = new LoginPage(page);\n  await login.username.fill('ada');\n  await login.submit.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.btn-login',
  },
  {
    id: 'po-selector-constants',
    kind: 'page object',
    oldHtml: `<a data-test="cart" href="#c">Cart</a><button id="checkout" ${DONE}>Checkout</button>${OUT}`,
    newHtml: `<a data-test="cart" href="#c">Cart</a><button id="checkout-button" ${DONE}>Checkout</button>${OUT}`,
    imports: `import { SEL } from './selectors';`,
    files: { 'selectors.ts': `export const SEL = {\n  cart: '[data-test="cart"]',\n  checkout: '#checkout',\n};\n` },
    body: `await page.locator(SEL.checkout).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#checkout-button',
  },
  {
    id: 'po-getter',
    kind: 'page object',
    oldHtml: `<button class="save" ${DONE}>Save</button><button class="reset">Reset</button>${OUT}`,
    newHtml: `<button class="save-settings" ${DONE}>Save</button><button class="reset">Reset</button>${OUT}`,
    imports: `import { SettingsPage } from './settings-page';`,
    files: { 'settings-page.ts': `import type { Page } from '@playwright/test';\nexport class SettingsPage {\n  constructor(private readonly page: Page) {}\n  get saveButton() {\n    return this.page.locator('button.save');\n  }\n}\n` },
    body: `await new SettingsPage(page).saveButton.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.save-settings',
  },
  {
    id: 'po-helper-css',
    kind: 'page object',
    oldHtml: `<input id="new-item"><button id="add" onclick="document.getElementById('out').textContent=document.getElementById('new-item').value">Add</button>${OUT}`,
    newHtml: `<input id="new-item"><button id="add-item" onclick="document.getElementById('out').textContent=document.getElementById('new-item').value">Add</button>${OUT}`,
    imports: `import { addItem } from './list-helpers';`,
    files: { 'list-helpers.ts': `import type { Page } from '@playwright/test';\nexport async function addItem(page: Page, name: string) {\n  await page.locator('#new-item').fill(name);\n  await page.locator('#add').click();\n}\n` },
    body: `await addItem(page, 'milk');\n  await expect(page.locator('#out')).toHaveText('milk');`,
    expect: 'heal',
    target: '#add-item',
  },
  {
    id: 'po-testid-constant',
    kind: 'page object',
    oldHtml: `<span data-test="cart-badge">3</span><span data-test="wish-badge">1</span>`,
    newHtml: `<span data-test="shopping-cart-badge">3</span><span data-test="wish-badge">1</span>`,
    imports: `import { CART_BADGE } from './constants';`,
    files: { 'constants.ts': `export const CART_BADGE = '[data-test="cart-badge"]';\n` },
    body: `await expect(page.locator(CART_BADGE)).toHaveText('3');`,
    expect: 'heal',
    target: '[data-test="shopping-cart-badge"]',
  },
  {
    id: 'po-xpath',
    kind: 'page object',
    oldHtml: `<h1 class="page-title">Backpack</h1><h2 class="sub">Bags</h2>`,
    newHtml: `<h1 class="title">Backpack</h1><h2 class="sub">Bags</h2>`,
    imports: `import { ProductPage } from './product-page';`,
    files: { 'product-page.ts': `import type { Locator, Page } from '@playwright/test';\nexport class ProductPage {\n  readonly title: Locator;\n  constructor(page: Page) {\n    this.title = page.locator('//h1[@class="page-title"]');\n  }\n}\n` },
    body: `await expect(new ProductPage(page).title).toHaveText('Backpack');`,
    expect: 'heal',
    target: 'h1',
  },
];

const multiLine: Drift[] = [
  { id: 'ml-role-options', kind: 'multi-line chain', oldHtml: `<button ${DONE}>Continue</button><button>Back</button>${OUT}`, newHtml: `<button ${DONE}>Next</button><button>Back</button>${OUT}`, body: `await page\n    .getByRole('button', {\n      name: 'Continue',\n    })\n    .click();\n  ${CHECK}`, expect: 'heal', target: 'button:has-text("Next")' },
  { id: 'ml-css-chain', kind: 'multi-line chain', oldHtml: `<div class="product-list"><button class="add-btn" ${DONE}>Add</button></div><button class="add-all">Add all</button>${OUT}`, newHtml: `<div class="product-list"><button class="add-to-cart" ${DONE}>Add</button></div><button class="add-all">Add all</button>${OUT}`, body: `await page\n    .locator('.product-list')\n    .locator('.add-btn')\n    .click();\n  ${CHECK}`, expect: 'heal', target: '.add-to-cart' },
  { id: 'ml-filter-chain', kind: 'multi-line chain', oldHtml: `<div class="row">Ada <button class="delete" ${DONE}>x</button></div><div class="row">Bob <button class="delete">x</button></div>${OUT}`, newHtml: `<div class="row">Ada <button class="remove-btn" ${DONE}>x</button></div><div class="row">Bob <button class="remove-btn">x</button></div>${OUT}`, body: `await page\n    .locator('.row')\n    .filter({ hasText: 'Ada' })\n    .locator('.delete')\n    .click();\n  ${CHECK}`, expect: 'heal', target: '.row:has-text("Ada") .remove-btn' },
  { id: 'ml-expect-split', kind: 'multi-line chain', oldHtml: `<p id="status-message">Synced</p><p id="mode">Idle</p>`, newHtml: `<p id="sync-status">Synced</p><p id="mode">Idle</p>`, body: `await expect(\n    page.locator('#status-message'),\n  ).toHaveText('Synced');`, expect: 'heal', target: '#sync-status' },
  { id: 'ml-testid-filter', kind: 'multi-line chain', oldHtml: `<div data-testid="invoice-row">INV-1</div><div data-testid="invoice-row">INV-2</div>`, newHtml: `<div data-testid="invoice-line">INV-1</div><div data-testid="invoice-line">INV-2</div>`, body: `const row = page\n    .getByTestId('invoice-row')\n    .filter({ hasText: 'INV-2' });\n  await expect(row).toBeVisible();`, expect: 'heal', target: '[data-testid="invoice-line"]:has-text("INV-2")' },
  { id: 'ml-fill', kind: 'multi-line chain', oldHtml: `<input name="zip"><input name="city">`, newHtml: `<input name="zip"><input name="town">`, body: `await page\n    .locator('input[name="city"]')\n    .fill('Lyon');\n  await expect(page.locator('input').nth(1)).toHaveValue('Lyon');`, expect: 'heal', target: 'input[name="town"]' },
];

const refuse: Drift[] = [
  { id: 'refuse-css-feature-removed', kind: 'refuse', oldHtml: `<div class="promo-banner">20% off</div><p>Welcome</p>`, newHtml: `<p>Welcome</p>`, body: `await expect(page.locator('.promo-banner')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-count-items-vanished', kind: 'refuse', oldHtml: `<ul class="history"><li class="history-item">1+1=2</li></ul><p>Calculator</p>`, newHtml: `<ul class="history"></ul><p>Calculator</p>`, body: `await expect(page.locator('.history-item')).toHaveCount(1);`, expect: 'refuse' },
  // Only the asserted value itself (or a bare tag) would find it: a heal would assert nothing.
  { id: 'refuse-only-bare-tag', kind: 'refuse', oldHtml: `<div><span class="unread-count">5</span></div><div><span>Inbox</span></div>`, newHtml: `<div><span>5</span></div><div><span>Inbox</span></div>`, body: `await expect(page.locator('.unread-count')).toHaveText('5');`, expect: 'refuse' },
  { id: 'refuse-many-identical', kind: 'refuse', oldHtml: `<button class="remove-item" ${DONE}>Remove</button>${OUT}`, newHtml: `<button ${DONE}>Remove</button><button>Remove</button><button>Remove</button>${OUT}`, body: `await page.locator('.remove-item').click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-xpath-removed', kind: 'refuse', oldHtml: `<table><tr><td>Ada</td><td><a href="#edit">Edit</a></td></tr></table>`, newHtml: `<table><tr><td>Ada</td></tr></table>`, body: `await page.locator('//td/a[text()="Edit"]').click();\n  await expect(page).toHaveURL(/#edit$/);`, expect: 'refuse' },
  { id: 'refuse-testid-row-dropped', kind: 'refuse', oldHtml: `<span data-test="subtotal">Subtotal: $10.00</span><span data-test="total">Total: $10.80</span>`, newHtml: `<span data-test="total">Total: $10.80</span>`, body: `await expect(page.locator('[data-test="subtotal"]')).toContainText('$10');`, expect: 'refuse' },
  { id: 'refuse-heading-count', kind: 'refuse', oldHtml: `<h1>Bingo</h1><h2>Board</h2><div class="board"><div class="board-item">B1</div><div class="board-item">I2</div></div>`, newHtml: `<h1>Bingo</h1><h2>Board</h2><div class="board"></div>`, body: `await expect(page.locator('.board-item')).toHaveCount(2);`, expect: 'refuse' },
  { id: 'refuse-id-feature-removed', kind: 'refuse', oldHtml: `<button id="export-pdf" ${DONE}>Export PDF</button><button id="print">Print</button>${OUT}`, newHtml: `<button id="print">Print</button><button id="share">Share</button>${OUT}`, body: `await page.locator('#export-pdf').click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-text-meaning-changed', kind: 'refuse', oldHtml: `<button ${DONE}>Delete account</button><button>Cancel</button>${OUT}`, newHtml: `<button>Deactivate account</button><button>Cancel</button>${OUT}`, body: `await page.locator('text=Delete account').click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-duplicated-notice', kind: 'refuse', oldHtml: `<p class="notice">Saved</p><p>Draft</p>`, newHtml: `<p>Saved</p><p>Saved</p><p>Draft</p>`, body: `await expect(page.locator('.notice')).toHaveText('Saved');`, expect: 'refuse' },
  { id: 'refuse-status-real-change', kind: 'refuse', oldHtml: `<span class="status status-active">Active</span><span class="plan">Pro</span>`, newHtml: `<span class="status status-suspended">Suspended</span><span class="plan">Pro</span>`, body: `await expect(page.locator('.status-active')).toBeVisible();`, expect: 'refuse' },
  // Added 2026-12-03, before the held-out split was scored again: wrong heals that would pass their re-run.
  { id: 'refuse-error-gone-info-left', kind: 'refuse', oldHtml: `<div class="error-message">Email is required</div><div class="info-message">Welcome back</div>`, newHtml: `<div class="info-message">Welcome back</div>`, body: `await expect(page.locator('.error-message')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-testid-count-vs-total', kind: 'refuse', oldHtml: `<span data-testid="cart-count">3</span><span data-testid="cart-total">$30.00</span>`, newHtml: `<span data-testid="cart-total">$30.00</span>`, body: `await expect(page.getByTestId('cart-count')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-xpath-row-gone', kind: 'refuse', oldHtml: `<table><tr><td>Ada</td><td>Admin</td></tr><tr><td>Bob</td><td>Editor</td></tr></table>`, newHtml: `<table><tr><td>Bob</td><td>Editor</td></tr></table>`, body: `await expect(page.locator('//tr[td[text()="Ada"]]/td[2]')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-badge-new-vs-sale', kind: 'refuse', oldHtml: `<span class="badge badge-new">New</span><h2>Lamp</h2><span class="badge badge-sale">Sale</span>`, newHtml: `<h2>Lamp</h2><span class="badge badge-sale">Sale</span>`, body: `await expect(page.locator('.badge-new')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-id-archive-gone', kind: 'refuse', oldHtml: `<button id="archive-project" ${DONE}>Archive project</button><button id="rename-project">Rename project</button>${OUT}`, newHtml: `<button id="rename-project" ${DONE}>Rename project</button><button id="share-project">Share project</button>${OUT}`, body: `await page.locator('#archive-project').click();\n  ${CHECK}`, expect: 'refuse' },
  { id: 'refuse-testid-admin-menu', kind: 'refuse', oldHtml: `<nav data-testid="admin-menu">Admin</nav><nav data-testid="user-menu">Ada</nav>`, newHtml: `<nav data-testid="user-menu">Ada</nav>`, body: `await expect(page.getByTestId('admin-menu')).toBeVisible();`, expect: 'refuse' },
  { id: 'refuse-css-primary-gone', kind: 'refuse', oldHtml: `<button class="btn btn-primary" ${DONE}>Pay now</button><button class="btn btn-secondary">Back</button>${OUT}`, newHtml: `<button class="btn btn-secondary" ${DONE}>Back</button>${OUT}`, body: `await page.locator('.btn-primary').click();\n  ${CHECK}`, expect: 'refuse' },
  // The coupon field is gone; the only input left is the email field, which the fill would pass on.
  {
    id: 'refuse-page-object-field-gone',
    kind: 'refuse',
    oldHtml: `<input id="coupon-code"><input id="email">`,
    newHtml: `<input id="email">`,
    imports: `import { CheckoutPage } from './checkout-page';`,
    files: { 'checkout-page.ts': `import type { Locator, Page } from '@playwright/test';\nexport class CheckoutPage {\n  readonly coupon: Locator;\n  constructor(page: Page) {\n    this.coupon = page.locator('#coupon-code');\n  }\n}\n` },
    body: `await new CheckoutPage(page).coupon.fill('SAVE10');\n  ${FIRST_INPUT('SAVE10')}`,
    expect: 'refuse',
  },
];

export const DOM_DRIFTS: Drift[] = [...css, ...ids, ...testIds, ...xpath, ...textEngine, ...pageObjects, ...multiLine, ...refuse];
