// Held-out selector drifts: written apart from the healer and never used to tune it, so a score on them
// says how the healer does on drifts it has not seen. Same conventions as drifts-dom.ts: every page has an
// `#out` paragraph the intended control writes "done" into, every heal case names its `target` (the
// element the drifted locator must now find), and every body holds exactly one drifting locator.
// Refusal cases are releases where any patch would be wrong: the feature is gone, the element now means
// something else (another action, quantity or state), or the candidates are ambiguous.
import type { Drift } from './drifts.js';

const DONE = `onclick="document.getElementById('out').textContent='done'"`;
/** A control that works but is not the one the test meant: it writes something other than "done". */
const WRITES = (s: string) => `onclick="document.getElementById('out').textContent='${s}'"`;
const OUT = `<p id="out"></p>`;
const CHECK = `await expect(page.locator('#out')).toHaveText('done');`;

const css: Drift[] = [
  {
    id: 'ho-css-bem-block-renamed',
    kind: 'css class',
    oldHtml: `<form class="search-form"><input class="search-form__input" aria-label="Search"><button type="button" class="search-form__submit" ${DONE}>Search</button></form><form class="newsletter"><input class="newsletter__input" aria-label="Email"><button type="button" class="newsletter__submit">Subscribe</button></form>${OUT}`,
    newHtml: `<form class="site-search"><input class="site-search__input" aria-label="Search"><button type="button" class="site-search__button" ${DONE}>Search</button></form><form class="newsletter"><input class="newsletter__input" aria-label="Email"><button type="button" class="newsletter__submit">Subscribe</button></form>${OUT}`,
    body: `await page.locator('.search-form__submit').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.site-search__button',
  },
  {
    id: 'ho-css-bootstrap5-badge-pill',
    kind: 'css class',
    oldHtml: `<h2>Inbox <span class="badge badge-pill badge-primary">4</span></h2><h2>Archive <span class="badge badge-secondary">12</span></h2>`,
    newHtml: `<h2>Inbox <span class="badge rounded-pill bg-primary">4</span></h2><h2>Archive <span class="badge bg-secondary">12</span></h2>`,
    body: `await expect(page.locator('.badge-pill')).toHaveText('4');`,
    expect: 'heal',
    target: '.rounded-pill',
  },
  {
    id: 'ho-css-sr-only-to-visually-hidden',
    kind: 'css class',
    oldHtml: `<div class="spinner-border" role="status"><span class="sr-only">Loading orders</span></div><h1>Orders</h1><p class="lead">Your recent purchases</p>`,
    newHtml: `<div class="spinner-border" role="status"><span class="visually-hidden">Loading orders</span></div><h1>Orders</h1><p class="lead">Your recent purchases</p>`,
    body: `await expect(page.locator('.sr-only')).toHaveText('Loading orders');`,
    expect: 'heal',
    target: '.visually-hidden',
  },
  // Six <article>s on the page, four of them products: only the renamed class counts 4.
  {
    id: 'ho-css-count-product-tiles',
    kind: 'css class',
    oldHtml: `<section><article class="product-tile">Kettle</article><article class="product-tile">Toaster</article><article class="product-tile">Blender</article><article class="product-tile">Mixer</article></section><aside><article class="promo-tile">Spring sale</article><article class="promo-tile">Free returns</article></aside>`,
    newHtml: `<section><article class="product-card">Kettle</article><article class="product-card">Toaster</article><article class="product-card">Blender</article><article class="product-card">Mixer</article></section><aside><article class="promo-tile">Spring sale</article><article class="promo-tile">Free returns</article></aside>`,
    body: `await expect(page.locator('.product-tile')).toHaveCount(4);`,
    expect: 'heal',
    target: '.product-card',
  },
  {
    id: 'ho-css-descendant-toolbar',
    kind: 'css class',
    oldHtml: `<div class="toolbar"><button class="btn-refresh" aria-label="Refresh" ${DONE}>R</button><button class="btn-filter">Filter</button><button class="btn-export">Export</button></div>${OUT}`,
    newHtml: `<div class="toolbar"><button class="toolbar__refresh" aria-label="Refresh" ${DONE}>R</button><button class="toolbar__filter">Filter</button><button class="toolbar__export">Export</button></div>${OUT}`,
    body: `await page.locator('.toolbar .btn-refresh').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.toolbar__refresh',
  },
];

const ids: Drift[] = [
  {
    id: 'ho-id-snake-to-camel',
    kind: 'id',
    oldHtml: `<label for="first_name">First name</label><input id="first_name"><label for="last_name">Last name</label><input id="last_name">`,
    newHtml: `<label for="firstName">First name</label><input id="firstName"><label for="lastName">Last name</label><input id="lastName">`,
    body: `await page.locator('#first_name').fill('Grace');\n  await expect(page.locator('input').first()).toHaveValue('Grace');`,
    expect: 'heal',
    target: '#firstName',
  },
  {
    id: 'ho-id-place-order',
    kind: 'id',
    oldHtml: `<input id="coupon" aria-label="Coupon"><button id="apply-coupon">Apply</button><button id="place-order" ${DONE}>Place order</button>${OUT}`,
    newHtml: `<input id="coupon" aria-label="Coupon"><button id="apply-coupon">Apply</button><button id="confirm-order" ${DONE}>Place order</button>${OUT}`,
    body: `await page.locator('#place-order').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#confirm-order',
  },
  {
    id: 'ho-id-textarea-tag-qualified',
    kind: 'id',
    oldHtml: `<label for="comment">Your review</label><textarea id="comment"></textarea><label for="notes">Private notes</label><textarea id="notes"></textarea>`,
    newHtml: `<label for="review-body">Your review</label><textarea id="review-body"></textarea><label for="notes">Private notes</label><textarea id="notes"></textarea>`,
    body: `await page.locator('textarea#comment').fill('Great lamp');\n  await expect(page.locator('textarea').first()).toHaveValue('Great lamp');`,
    expect: 'heal',
    target: '#review-body',
  },
];

const testIds: Drift[] = [
  {
    id: 'ho-tid-getbytestid-publish',
    kind: 'test id',
    oldHtml: `<div class="editor-actions"><button data-testid="btn-save-draft">Save draft</button><button data-testid="btn-publish" ${DONE}>Publish</button></div>${OUT}`,
    newHtml: `<div class="editor-actions"><button data-testid="save-draft-button">Save draft</button><button data-testid="publish-post-button" ${DONE}>Publish</button></div>${OUT}`,
    body: `await page.getByTestId('btn-publish').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="publish-post-button"]',
  },
  {
    id: 'ho-tid-data-cy-signup-email',
    kind: 'test id',
    oldHtml: `<form><input type="email" data-cy="email"><input type="password" data-cy="password"></form>`,
    newHtml: `<form><input type="email" data-cy="signup-email"><input type="password" data-cy="signup-password"></form>`,
    body: `await page.locator('[data-cy="email"]').fill('ada@example.test');\n  await expect(page.locator('input').first()).toHaveValue('ada@example.test');`,
    expect: 'heal',
    target: '[data-cy="signup-email"]',
  },
  // The counter shares the prefix: a prefix match would count 4.
  {
    id: 'ho-tid-data-qa-count',
    kind: 'test id',
    oldHtml: `<span data-qa="notification-count">3</span><ul><li data-qa="notification">Build failed</li><li data-qa="notification">New comment</li><li data-qa="notification">Invoice paid</li></ul>`,
    newHtml: `<span data-qa="notification-count">3</span><ul><li data-qa="notification-item">Build failed</li><li data-qa="notification-item">New comment</li><li data-qa="notification-item">Invoice paid</li></ul>`,
    body: `await expect(page.locator('[data-qa="notification"]')).toHaveCount(3);`,
    expect: 'heal',
    target: '[data-qa="notification-item"]',
  },
  {
    id: 'ho-tid-camel-to-kebab',
    kind: 'test id',
    oldHtml: `<section data-testid="orderSummary"><h2>Summary</h2><p>2 items</p></section><section data-testid="shippingInfo"><h2>Shipping</h2><p>Standard</p></section>`,
    newHtml: `<section data-testid="order-summary"><h2>Summary</h2><p>2 items</p></section><section data-testid="shipping-info"><h2>Shipping</h2><p>Standard</p></section>`,
    body: `await expect(page.getByTestId('orderSummary')).toContainText('2 items');`,
    expect: 'heal',
    target: '[data-testid="order-summary"]',
  },
  {
    id: 'ho-tid-breadcrumb-link',
    kind: 'test id',
    oldHtml: `<nav aria-label="Breadcrumb"><a data-testid="breadcrumb-home" href="#home">Home</a> / <a data-testid="breadcrumb-projects" href="#projects">Projects</a></nav>`,
    newHtml: `<nav aria-label="Breadcrumb"><a data-testid="breadcrumbs-link-home" href="#home">Home</a> / <a data-testid="breadcrumbs-link-projects" href="#projects">Projects</a></nav>`,
    body: `await page.locator('a[data-testid="breadcrumb-home"]').click();\n  await expect(page).toHaveURL(/#home$/);`,
    expect: 'heal',
    target: '[data-testid="breadcrumbs-link-home"]',
  },
];

const xpath: Drift[] = [
  {
    id: 'ho-xp-placeholder-attr',
    kind: 'xpath',
    oldHtml: `<input type="email" placeholder="Enter your email"><input type="text" placeholder="Enter your name">`,
    newHtml: `<input type="email" placeholder="Email address"><input type="text" placeholder="Enter your name">`,
    body: `await page.locator('//input[@placeholder="Enter your email"]').fill('ada@example.test');\n  await expect(page.locator('input').first()).toHaveValue('ada@example.test');`,
    expect: 'heal',
    target: 'input[type="email"]',
  },
  {
    id: 'ho-xp-aria-label',
    kind: 'xpath',
    oldHtml: `<div role="dialog" aria-label="Share"><button aria-label="Minimize dialog">_</button><button aria-label="Close dialog" ${DONE}>x</button><p>Share this link</p></div>${OUT}`,
    newHtml: `<div role="dialog" aria-label="Share"><button aria-label="Minimize dialog">_</button><button aria-label="Close" ${DONE}>x</button><p>Share this link</p></div>${OUT}`,
    body: `await page.locator('xpath=//button[@aria-label="Close dialog"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[aria-label="Close"]',
  },
  {
    id: 'ho-xp-href-route',
    kind: 'xpath',
    oldHtml: `<aside><a href="#/account/profile">Profile</a><a href="#/account/orders">Orders</a></aside>`,
    newHtml: `<aside><a href="#/profile">Profile</a><a href="#/orders">Orders</a></aside>`,
    body: `await page.locator('//a[@href="#/account/orders"]').click();\n  await expect(page).toHaveURL(/orders$/);`,
    expect: 'heal',
    target: 'a[href="#/orders"]',
  },
];

const renamedText: Drift[] = [
  {
    id: 'ho-role-remove-to-delete',
    kind: 'renamed text',
    oldHtml: `<h2>Attachments</h2><ul><li>report.pdf <button ${DONE}>Remove</button></li></ul><button>Upload</button>${OUT}`,
    newHtml: `<h2>Attachments</h2><ul><li>report.pdf <button ${DONE}>Delete</button></li></ul><button>Upload</button>${OUT}`,
    body: `await page.getByRole('button', { name: 'Remove' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li button',
  },
  {
    id: 'ho-role-link-my-to-your',
    kind: 'renamed text',
    oldHtml: `<header><a href="#orders">My orders</a><a href="#account">My account</a></header>`,
    newHtml: `<header><a href="#orders">Your orders</a><a href="#account">Your account</a></header>`,
    body: `await page.getByRole('link', { name: 'My account' }).click();\n  await expect(page).toHaveURL(/#account$/);`,
    expect: 'heal',
    target: 'a[href="#account"]',
  },
  {
    id: 'ho-role-tab-renamed',
    kind: 'renamed text',
    oldHtml: `<div role="tablist"><button role="tab" aria-selected="true">General</button><button role="tab" aria-selected="false" ${DONE}>Billing</button><button role="tab" aria-selected="false">Team</button></div>${OUT}`,
    newHtml: `<div role="tablist"><button role="tab" aria-selected="true">General</button><button role="tab" aria-selected="false" ${DONE}>Payments</button><button role="tab" aria-selected="false">Team</button></div>${OUT}`,
    body: `await page.getByRole('tab', { name: 'Billing' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:has-text("Payments")',
  },
  {
    id: 'ho-label-mobile-to-phone',
    kind: 'renamed text',
    oldHtml: `<label>Mobile number <input name="phone" type="tel"></label><label>Work number <input name="work" type="tel"></label>`,
    newHtml: `<label>Phone number <input name="phone" type="tel"></label><label>Work number <input name="work" type="tel"></label>`,
    body: `await page.getByLabel('Mobile number').fill('555 0100');\n  await expect(page.locator('input[name="phone"]')).toHaveValue('555 0100');`,
    expect: 'heal',
    target: 'input[name="phone"]',
  },
  {
    id: 'ho-placeholder-comment',
    kind: 'renamed text',
    oldHtml: `<input type="search" placeholder="Search issues"><textarea placeholder="Write a comment"></textarea>`,
    newHtml: `<input type="search" placeholder="Search issues"><textarea placeholder="Add a comment"></textarea>`,
    body: `await page.getByPlaceholder('Write a comment').fill('LGTM');\n  await expect(page.locator('textarea')).toHaveValue('LGTM');`,
    expect: 'heal',
    target: 'textarea',
  },
  {
    id: 'ho-gettext-empty-state',
    kind: 'renamed text',
    oldHtml: `<input type="search" aria-label="Search" value="zzz"><p class="empty-state">No results found</p><p class="hint">Try another keyword</p>`,
    newHtml: `<input type="search" aria-label="Search" value="zzz"><p class="empty-state">No matching results</p><p class="hint">Try another keyword</p>`,
    body: `await expect(page.getByText('No results found')).toBeVisible();`,
    expect: 'heal',
    target: '.empty-state',
  },
  {
    id: 'ho-role-combobox-label',
    kind: 'renamed text',
    oldHtml: `<label for="sort">Sort by</label><select id="sort"><option value="new">Newest</option><option value="price">Price</option></select><label for="per-page">Show</label><select id="per-page"><option>20</option><option>50</option></select>`,
    newHtml: `<label for="sort">Sort results</label><select id="sort"><option value="new">Newest</option><option value="price">Price</option></select><label for="per-page">Show</label><select id="per-page"><option>20</option><option>50</option></select>`,
    body: `await page.getByRole('combobox', { name: 'Sort by' }).selectOption('price');\n  await expect(page.locator('#sort')).toHaveValue('price');`,
    expect: 'heal',
    target: '#sort',
  },
];

const changedRole: Drift[] = [
  // A radio group became a segmented control of toggle buttons.
  {
    id: 'ho-role-radio-to-toggle',
    kind: 'changed role',
    oldHtml: `<fieldset><legend>Billing cycle</legend><label><input type="radio" name="cycle" checked> Monthly</label><label><input type="radio" name="cycle" ${DONE}> Yearly</label></fieldset>${OUT}`,
    newHtml: `<div role="group" aria-label="Billing cycle"><button aria-pressed="true">Monthly</button><button aria-pressed="false" ${DONE}>Yearly</button></div>${OUT}`,
    body: `await page.getByRole('radio', { name: 'Yearly' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button:has-text("Yearly")',
  },
];

const textEngine: Drift[] = [
  {
    id: 'ho-text-forgot-password',
    kind: 'text=',
    oldHtml: `<form><input type="password" aria-label="Password"><a href="#reset">Forgot password?</a><a href="#signup">Create account</a></form>`,
    newHtml: `<form><input type="password" aria-label="Password"><a href="#reset">Forgot your password?</a><a href="#signup">Create account</a></form>`,
    body: `await page.locator('text=Forgot password?').click();\n  await expect(page).toHaveURL(/#reset$/);`,
    expect: 'heal',
    target: 'a[href="#reset"]',
  },
  {
    id: 'ho-text-pseudo-table-header',
    kind: 'text=',
    oldHtml: `<table><thead><tr><th>Item</th><th>Qty</th><th>Price</th></tr></thead><tbody><tr><td>Lamp</td><td>2</td><td>$70</td></tr></tbody></table>`,
    newHtml: `<table><thead><tr><th>Item</th><th>Quantity</th><th>Price</th></tr></thead><tbody><tr><td>Lamp</td><td>2</td><td>$70</td></tr></tbody></table>`,
    body: `await expect(page.locator('th:text("Qty")')).toBeVisible();`,
    expect: 'heal',
    target: 'th >> nth=1',
  },
];

const chains: Drift[] = [
  {
    id: 'ho-chain-locator-locator-qty',
    kind: 'multi-line chain',
    oldHtml: `<div class="cart"><div class="cart-line">Lamp <input class="cart-line__qty" type="number" value="1"></div><input class="cart__coupon" aria-label="Coupon"></div><input class="newsletter" aria-label="Email">`,
    newHtml: `<div class="cart"><div class="cart-item">Lamp <input class="cart-item__quantity" type="number" value="1"></div><input class="cart__coupon" aria-label="Coupon"></div><input class="newsletter" aria-label="Email">`,
    body: `await page\n    .locator('.cart')\n    .locator('.cart-line__qty')\n    .fill('2');\n  await expect(page.locator('.cart input').first()).toHaveValue('2');`,
    expect: 'heal',
    target: '.cart-item__quantity',
  },
  {
    id: 'ho-chain-filter-outer-renamed',
    kind: 'multi-line chain',
    oldHtml: `<div class="invoice-row">INV-203 <span>$80</span> <button>Pay</button></div><div class="invoice-row">INV-204 <span>$120</span> <button ${DONE}>Pay</button></div>${OUT}`,
    newHtml: `<div class="billing-row">INV-203 <span>$80</span> <button>Pay</button></div><div class="billing-row">INV-204 <span>$120</span> <button ${DONE}>Pay</button></div>${OUT}`,
    body: `await page\n    .locator('.invoice-row')\n    .filter({ hasText: 'INV-204' })\n    .getByRole('button', { name: 'Pay' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.billing-row:has-text("INV-204") button',
  },
  {
    id: 'ho-chain-nav-link-renamed',
    kind: 'multi-line chain',
    oldHtml: `<nav><a href="#projects">Projects</a><a href="#team">Team</a></nav><main><p>Welcome</p></main><footer><a href="#about-team">Team</a></footer>`,
    newHtml: `<nav><a href="#projects">Projects</a><a href="#team">Members</a></nav><main><p>Welcome</p></main><footer><a href="#about-team">Team</a></footer>`,
    body: `await page\n    .getByRole('navigation')\n    .getByRole('link', { name: 'Team' })\n    .click();\n  await expect(page).toHaveURL(/#team$/);`,
    expect: 'heal',
    target: 'nav a[href="#team"]',
  },
  {
    id: 'ho-chain-section-testid-toggle',
    kind: 'multi-line chain',
    oldHtml: `<section data-testid="settings-section"><h2>Notifications</h2><button data-testid="toggle-email">Email</button></section><section data-testid="settings-section"><h2>Security</h2><button data-testid="toggle-2fa" ${DONE}>Two-factor</button></section>${OUT}`,
    newHtml: `<section data-testid="settings-section"><h2>Notifications</h2><button data-testid="toggle-email">Email</button></section><section data-testid="settings-section"><h2>Security</h2><button data-testid="two-factor-toggle" ${DONE}>Two-factor</button></section>${OUT}`,
    body: `await page\n    .getByTestId('settings-section')\n    .filter({ hasText: 'Security' })\n    .locator('[data-testid="toggle-2fa"]')\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="two-factor-toggle"]',
  },
];

const refuse: Drift[] = [
  // The reviewer's Approve action is gone; Reject is the opposite decision.
  {
    id: 'ho-refuse-approve-now-reject',
    kind: 'refuse',
    oldHtml: `<h2>Expense #88</h2><button ${DONE}>Approve</button><button>Request changes</button>${OUT}`,
    newHtml: `<h2>Expense #88</h2><button ${WRITES('rejected')}>Reject</button><button>Request changes</button>${OUT}`,
    body: `await page.getByRole('button', { name: 'Approve' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The post is published now: the only button left undoes what the test means to do.
  {
    id: 'ho-refuse-publish-now-unpublish',
    kind: 'refuse',
    oldHtml: `<article><h1>Release notes</h1><span class="status">Draft</span><button data-testid="publish-btn" ${DONE}>Publish</button></article>${OUT}`,
    newHtml: `<article><h1>Release notes</h1><span class="status">Published</span><button data-testid="unpublish-btn" ${WRITES('unpublished')}>Unpublish</button></article>${OUT}`,
    body: `await page.getByTestId('publish-btn').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Net price replaced by the gross price: another quantity, though the assertion would pass on it.
  {
    id: 'ho-refuse-net-now-gross-price',
    kind: 'refuse',
    oldHtml: `<dl><dt>Net price</dt><dd id="price-net">€100.00</dd><dt>VAT 19%</dt><dd id="vat">€19.00</dd></dl>`,
    newHtml: `<dl><dt>Price incl. VAT</dt><dd id="price-gross">€119.00</dd><dt>VAT 19%</dt><dd id="vat">€19.00</dd></dl>`,
    body: `await expect(page.locator('#price-net')).toContainText('€');`,
    expect: 'refuse',
  },
  // The Overview tab is no longer the selected one.
  {
    id: 'ho-refuse-tab-no-longer-selected',
    kind: 'refuse',
    oldHtml: `<div class="tabs"><button class="tab is-selected">Overview</button><button class="tab">Activity</button><button class="tab">Settings</button></div>`,
    newHtml: `<div class="tabs"><button class="tab">Overview</button><button class="tab is-selected">Activity</button><button class="tab">Settings</button></div>`,
    body: `await expect(page.locator('.tab.is-selected')).toHaveText('Overview');`,
    expect: 'refuse',
  },
  // Same badge, same text, failing build: the success state is what the test checks.
  {
    id: 'ho-refuse-badge-success-now-danger',
    kind: 'refuse',
    oldHtml: `<ul><li>main <span class="badge badge-success">CI</span></li><li>coverage <span class="badge badge-info">87%</span></li></ul>`,
    newHtml: `<ul><li>main <span class="badge badge-danger">CI</span></li><li>coverage <span class="badge badge-info">87%</span></li></ul>`,
    body: `await expect(page.locator('.badge-success')).toHaveText('CI');`,
    expect: 'refuse',
  },
  // The done items are unchecked now; the to-do items count two as well.
  {
    id: 'ho-refuse-items-done-now-todo',
    kind: 'refuse',
    oldHtml: `<ul class="checklist"><li class="item item--done">Book venue</li><li class="item item--done">Send invites</li><li class="item item--todo">Order cake</li></ul>`,
    newHtml: `<ul class="checklist"><li class="item item--todo">Book venue</li><li class="item item--todo">Send invites</li></ul>`,
    body: `await expect(page.locator('.item--done')).toHaveCount(2);`,
    expect: 'refuse',
  },
  // The checkout button is disabled (empty cart): clicking it anyway is not the test's intent.
  {
    id: 'ho-refuse-enabled-now-disabled',
    kind: 'refuse',
    oldHtml: `<p>2 items in your cart</p><button data-testid="checkout" aria-disabled="false" ${DONE}>Checkout</button>${OUT}`,
    newHtml: `<p>Your cart is empty</p><button data-testid="checkout" aria-disabled="true">Checkout</button>${OUT}`,
    body: `await page.locator('[data-testid="checkout"][aria-disabled="false"]').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // One Download became two formats: nothing says which one the test means.
  {
    id: 'ho-refuse-download-split-in-two',
    kind: 'refuse',
    oldHtml: `<h2>Q3 report</h2><button ${DONE}>Download</button><button>Share</button>${OUT}`,
    newHtml: `<h2>Q3 report</h2><button ${WRITES('pdf')}>Download PDF</button><button ${WRITES('csv')}>Download CSV</button><button>Share</button>${OUT}`,
    body: `await page.getByRole('button', { name: 'Download' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The tax line is gone; the similarly named subtotal amount is another number.
  {
    id: 'ho-refuse-tax-amount-gone',
    kind: 'refuse',
    oldHtml: `<p>Subtotal <span data-testid="amount">$50.00</span></p><p>Tax <span data-testid="tax-amount">$4.00</span></p>`,
    newHtml: `<p>Subtotal <span data-testid="amount">$50.00</span></p><p>Prices include tax</p>`,
    body: `await expect(page.locator('[data-testid="tax-amount"]')).toContainText('$');`,
    expect: 'refuse',
  },
  // Live chat was dropped; "Contact us" opens a form, another feature.
  {
    id: 'ho-refuse-live-chat-removed',
    kind: 'refuse',
    oldHtml: `<button class="chat-launcher" ${DONE}>Chat with us</button><a href="#help">Help center</a>${OUT}`,
    newHtml: `<a href="#help">Help center</a><button class="contact-form" ${WRITES('form')}>Contact us</button>${OUT}`,
    body: `await page.getByText('Chat with us').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The trial ended: the banner now states the opposite.
  {
    id: 'ho-refuse-trial-ended',
    kind: 'refuse',
    oldHtml: `<div class="plan-banner">14 days left in your trial</div><a href="#upgrade">Upgrade</a>`,
    newHtml: `<div class="plan-banner">Your trial has ended</div><a href="#upgrade">Upgrade</a>`,
    body: `await expect(page.getByText('14 days left in your trial')).toBeVisible();`,
    expect: 'refuse',
  },
  // The message is read already: the button left does the reverse.
  {
    id: 'ho-refuse-mark-read-now-unread',
    kind: 'refuse',
    oldHtml: `<div class="message message--unread">Invoice ready <button class="mark-read" ${DONE}>Mark as read</button></div>${OUT}`,
    newHtml: `<div class="message">Invoice ready <button class="mark-unread" ${WRITES('unread')}>Mark as unread</button></div>${OUT}`,
    body: `await page.locator('button.mark-read').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The separate shipping address is gone (ships to the billing address); the billing field is another field.
  {
    id: 'ho-refuse-xpath-shipping-field-gone',
    kind: 'refuse',
    oldHtml: `<label>Billing address</label><input name="billing"><label>Shipping address</label><input name="shipping">`,
    newHtml: `<label>Billing address</label><input name="billing"><label><input type="checkbox" name="same" checked> Ship to billing address</label>`,
    body: `await page.locator('//label[text()="Shipping address"]/following-sibling::input[1]').fill('1 Main St');\n  await expect(page.locator('input[name="shipping"]')).toHaveValue('1 Main St');`,
    expect: 'refuse',
  },
  // The reset form no longer asks for the current password; the first field is now the new one.
  {
    id: 'ho-refuse-current-password-gone',
    kind: 'refuse',
    oldHtml: `<input type="password" placeholder="Current password"><input type="password" placeholder="New password">`,
    newHtml: `<input type="password" placeholder="New password"><input type="password" placeholder="Confirm new password">`,
    body: `await page.getByPlaceholder('Current password').fill('hunter2');\n  await expect(page.locator('input').first()).toHaveValue('hunter2');`,
    expect: 'refuse',
  },
];

/** The held-out drifts: 30 heal cases (CSS, id, test id, XPath, role/label/text, text=, chains) and 14 refusals. */
export const HELD_OUT_DRIFTS: Drift[] = [...css, ...ids, ...testIds, ...xpath, ...renamedText, ...changedRole, ...textEngine, ...chains, ...refuse];
