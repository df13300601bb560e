// Second development set of selector drifts, each grounded in a real kind of release: component-library
// upgrades (Angular Material legacy -> MDC, MUI v4 -> v5, Vuetify 2 -> 3, Bootstrap 4 -> 5, PrimeNG 9 -> 10,
// jQuery UI 1.8 -> 1.9), a Headless UI -> Radix swap, test-id convention moves, id style moves and copy
// edits. Pages carry decoys that share words, classes or attributes with the target. Heal cases name the
// `target` the drifted locator must now find; refuse cases are releases where any patch would be wrong.
import type { Drift } from './drifts.js';

const DONE = `onclick="document.getElementById('out').textContent='done'"`;
const WRITES = (s: string) => `onclick="document.getElementById('out').textContent='${s}'"`;
const OUT = '<p id="out"></p>';
const CHECK = "await expect(page.locator('#out')).toHaveText('done');";

/** Picks the old or the new variant of one piece of a page. */
type V = (oldPart: string, newPart: string) => string;
const both = (page: (v: V) => string) => ({ oldHtml: page((o) => o), newHtml: page((_o, n) => n) });

const pass1: Drift[] = [
  // Angular Material 15: legacy buttons became MDC buttons (.mat-raised-button -> .mat-mdc-raised-button).
  {
    id: 'd2-mat-mdc-raised-button',
    kind: 'class renamed',
    ...both((v) => {
      const btn = (legacy: string, mdc: string, color: string, label: string, extra = '') =>
        `<button type="button" class="${v(`mat-focus-indicator ${legacy} mat-button-base`, `mdc-button ${mdc} mat-mdc-button-base`)}${color ? ` ${color}` : ''}" ${extra}><span class="${v('mat-button-wrapper', 'mdc-button__label')}">${label}</span></button>`;
      return `<mat-toolbar class="mat-toolbar mat-primary"><span class="title">Article editor</span><span class="spacer"></span>
${btn('mat-raised-button', 'mdc-button--raised mat-mdc-raised-button', 'mat-accent', 'Share', WRITES('share'))}
${btn('mat-icon-button', 'mat-mdc-icon-button', '', '<mat-icon class="mat-icon">more_vert</mat-icon>')}</mat-toolbar>
<main class="editor"><form class="article-form">
<mat-form-field class="mat-form-field"><label for="title">Title</label><input id="title" value="Release notes 4.2"></mat-form-field>
<mat-form-field class="mat-form-field"><label for="slug">Slug</label><input id="slug" value="release-notes-4-2"></mat-form-field>
<mat-form-field class="mat-form-field"><label for="body">Body</label><textarea id="body">What changed in this release</textarea></mat-form-field>
<mat-checkbox class="mat-checkbox"><input type="checkbox" id="featured"><label for="featured">Feature on the front page</label></mat-checkbox>
<div class="form-actions">
${btn('mat-stroked-button', 'mdc-button--outlined mat-mdc-outlined-button', '', 'Preview', WRITES('preview'))}
${btn('mat-raised-button', 'mdc-button--raised mat-mdc-raised-button', '', 'Save draft', WRITES('draft'))}
${btn('mat-raised-button', 'mdc-button--raised mat-mdc-raised-button', 'mat-primary', 'Publish', DONE)}
${btn('mat-button', 'mat-mdc-button', 'mat-warn', 'Discard', WRITES('discard'))}
</div></form></main>${OUT}`;
    }),
    body: `await page.locator('button.mat-raised-button.mat-primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.mat-mdc-raised-button.mat-primary',
  },
  // Angular Material 15: MDC form fields; the input's class .mat-input-element became .mat-mdc-input-element.
  {
    id: 'd2-mat-mdc-input-element',
    kind: 'css class',
    ...both((v) => {
      const field = (n: number, name: string, label: string) =>
        v(
          `<mat-form-field class="mat-form-field mat-form-field-appearance-outline"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix"><input matinput class="mat-input-element mat-form-field-autofill-control" formcontrolname="${name}" id="mat-input-${n}"><span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-${n}">${label}</label></span></div></div></div></mat-form-field>`,
          `<mat-form-field class="mat-mdc-form-field mat-form-field mat-form-field-appearance-outline"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" for="mat-input-${n}">${label}</label><input matinput class="mat-mdc-input-element mdc-text-field__input" formcontrolname="${name}" id="mat-input-${n}"></div></div></mat-form-field>`,
        );
      return `<header class="shop-header"><a href="#/">Outdoor Co.</a>
<div class="search">${v('<input class="mat-input-element" placeholder="Search" aria-label="Search">', '<input class="mat-mdc-input-element" placeholder="Search" aria-label="Search">')}</div></header>
<h1>Shipping address</h1>
<form class="address-form" id="shipping">
${field(0, 'fullName', 'Full name')}
${field(1, 'street', 'Street address')}
${field(2, 'postcode', 'Postcode')}
${field(3, 'city', 'City')}
<mat-select class="mat-select" formcontrolname="country" role="combobox" aria-label="Country"><span>France</span></mat-select>
<button type="submit" class="${v('mat-raised-button', 'mat-mdc-raised-button')} mat-primary">Continue to payment</button>
</form>`;
    }),
    body: `await page.locator('input.mat-input-element[formcontrolname="city"]').fill('Lyon');\n  await expect(page.locator('[formcontrolname="city"]')).toHaveValue('Lyon');`,
    expect: 'heal',
    target: 'input.mat-mdc-input-element[formcontrolname="city"]',
  },
  // Vuetify 2 -> 3: button variants moved to v-btn--variant-*, .v-btn--contained -> .v-btn--variant-elevated.
  {
    id: 'd2-vuetify3-btn-variant',
    kind: 'css class',
    ...both((v) => {
      const btn = (variant2: string, variant3: string, label: string, extra: string) =>
        `<button type="button" class="v-btn ${v(`${variant2} theme--light v-size--default`, `v-theme--light v-btn--density-default v-btn--size-default ${variant3}`)}" ${extra}><span class="v-btn__content">${label}</span></button>`;
      return `<div class="v-application"><header class="v-app-bar"><div class="v-toolbar__title">My files</div>
<button class="v-btn ${v('v-btn--icon', 'v-btn--icon v-btn--variant-text')}" aria-label="Search"><i class="mdi mdi-magnify"></i></button></header>
<main class="v-main"><div class="v-list">
<div class="v-list-item v-list-item--link">Q3 budget.xlsx</div><div class="v-list-item v-list-item--link">Roadmap.pdf</div><div class="v-list-item v-list-item--link">Team photo.jpg</div>
</div>
<button type="button" class="v-btn ${v('v-btn--contained v-btn--fab v-btn--fixed', 'v-btn--variant-elevated v-btn--icon v-btn--fixed')}" aria-label="Upload" ${WRITES('upload')}><i class="mdi mdi-upload"></i></button></main>
<div class="${v('v-dialog__content v-dialog__content--active', 'v-overlay v-overlay--active v-dialog')}"><div class="${v('v-dialog v-dialog--active', 'v-overlay__content')}">
<div class="v-card ${v('v-sheet theme--light', 'v-theme--light v-card--variant-elevated')}"><div class="${v('v-card__title', 'v-card-title')}">Move 3 files to trash?</div>
<div class="${v('v-card__text', 'v-card-text')}">Files in the trash are deleted after 30 days.</div>
<div class="${v('v-card__actions', 'v-card-actions')}"><div class="spacer"></div>
${btn('v-btn--text', 'v-btn--variant-text', 'Cancel', WRITES('cancel'))}
${btn('v-btn--contained primary', 'bg-primary v-btn--variant-elevated', 'Move to trash', DONE)}
</div></div></div></div></div>${OUT}`;
    }),
    body: `await page.locator('.v-dialog .v-btn--contained').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.v-dialog .v-btn--variant-elevated',
  },
  // Bootstrap 4 -> 5: data attributes got the bs namespace (data-toggle -> data-bs-toggle, data-target -> data-bs-target).
  {
    id: 'd2-bs5-data-bs-toggle',
    kind: 'css class',
    ...both((v) => {
      const d = (name: string) => v(`data-${name}`, `data-bs-${name}`);
      return `<nav class="navbar navbar-expand-lg navbar-light bg-light"><a class="navbar-brand" href="#/">Bikes</a>
<button class="navbar-toggler" type="button" ${d('toggle')}="collapse" ${d('target')}="#mainNav" aria-label="Toggle navigation" ${WRITES('nav')}><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ${v('ml-auto', 'ms-auto')}"><li class="nav-item"><a class="nav-link" href="#/road">Road</a></li><li class="nav-item"><a class="nav-link" href="#/gravel">Gravel</a></li></ul></div></nav>
<div class="container"><div class="d-flex ${v('justify-content-between', 'justify-content-between')}">
<button class="btn btn-outline-secondary" type="button" ${d('toggle')}="collapse" ${d('target')}="#filters" aria-expanded="false" ${DONE}>Filters</button>
<div class="dropdown"><button class="btn btn-light dropdown-toggle" type="button" ${d('toggle')}="dropdown" ${WRITES('sort')}>Sort by</button>
<div class="dropdown-menu"><a class="dropdown-item" href="#/?sort=price">Price</a><a class="dropdown-item" href="#/?sort=new">Newest</a></div></div>
<button class="btn btn-primary" type="button" ${d('toggle')}="modal" ${d('target')}="#compare" ${WRITES('compare')}>Compare</button></div>
<div class="collapse" id="filters"><div class="${v('form-group', 'mb-3')}"><label for="max-price">Max price</label><input id="max-price" class="form-control"></div></div>
<div class="row"><div class="col card">Allez Sprint</div><div class="col card">Topstone 105</div><div class="col card">Grizl CF</div></div></div>${OUT}`;
    }),
    body: `await page.locator('button[data-toggle="collapse"][data-target="#filters"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[data-bs-toggle="collapse"][data-bs-target="#filters"]',
  },
  // Rails form helpers (snake_case ids) rewritten as a React form with kebab-case ids; names kept for the API.
  {
    id: 'd2-id-snake-to-kebab',
    kind: 'id',
    ...both((v) => {
      const f = (scope: string, key: string, label: string, name: string) => {
        const id = v(`${scope}_${key}`, `${scope}-${key.replace(/_/g, '-')}`);
        return `<div class="field"><label for="${id}">${label}</label><input id="${id}" name="order[${scope}_${name}]" type="text"></div>`;
      };
      return `<h1>Checkout</h1><form id="new_order" class="checkout-form">
<fieldset><legend>Shipping address</legend>${f('shipping', 'first_name', 'First name', 'first_name')}${f('shipping', 'last_name', 'Last name', 'last_name')}${f('shipping', 'street', 'Street', 'street')}${f('shipping', 'zip_code', 'ZIP code', 'zip')}${f('shipping', 'city', 'City', 'city')}</fieldset>
<label><input type="checkbox" id="${v('same_as_shipping', 'same-as-shipping')}"> Billing address same as shipping</label>
<fieldset><legend>Billing address</legend>${f('billing', 'first_name', 'First name', 'first_name')}${f('billing', 'last_name', 'Last name', 'last_name')}${f('billing', 'street', 'Street', 'street')}${f('billing', 'zip_code', 'ZIP code', 'zip')}${f('billing', 'city', 'City', 'city')}</fieldset>
<input type="submit" value="Place order" class="btn btn-primary"></form>`;
    }),
    body: `await page.locator('#billing_zip_code').fill('75011');\n  await expect(page.locator('input[name="order[billing_zip]"]')).toHaveValue('75011');`,
    expect: 'heal',
    target: '#billing-zip-code',
  },
  // Cypress -> Playwright migration: data-cy hooks replaced by data-testid, values renamed on the way.
  {
    id: 'd2-cy-to-testid',
    kind: 'test id',
    ...both((v) => {
      const t = (cy: string, tid: string) => v(`data-cy="${cy}"`, `data-testid="${tid}"`);
      return `<main class="checkout"><h1 ${t('checkout-title', 'checkout-heading')}>Review your order</h1>
<ul class="lines" ${t('order-lines', 'order-line-list')}><li ${t('order-line', 'order-line')}>Trail runner x1 <span>$120.00</span></li><li ${t('order-line', 'order-line')}>Wool socks x2 <span>$24.00</span></li></ul>
<form class="coupon"><input ${t('coupon-input', 'coupon-code-input')} placeholder="Coupon code"><button type="button" ${t('apply-coupon-btn', 'apply-coupon-button')} ${WRITES('coupon')}>Apply</button></form>
<dl class="totals"><dt>Subtotal</dt><dd ${t('subtotal', 'order-subtotal')}>$144.00</dd><dt>Shipping</dt><dd ${t('shipping', 'order-shipping')}>Free</dd><dt>Total</dt><dd ${t('total', 'order-total')}>$144.00</dd></dl>
<div class="actions"><a href="#/cart" ${t('back-to-cart-link', 'back-to-cart-link')} ${WRITES('back')}>Back to cart</a>
<button type="button" class="btn" ${t('save-for-later-btn', 'save-for-later-button')} ${WRITES('later')}>Save for later</button>
<button type="button" class="btn btn-primary" ${t('place-order-btn', 'place-order-button')} ${DONE}>Place order</button></div></main>${OUT}`;
    }),
    body: `await page.locator('[data-cy="place-order-btn"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="place-order-button"]',
  },
  // Header redesign: the nav-* test ids of the old top bar became header-* in the new header component.
  {
    id: 'd2-getbytestid-header-count',
    kind: 'test id',
    ...both((v) => {
      const p = v('nav', 'header');
      return `<header class="${v('top-nav', 'site-header')}"><a href="#/" class="logo">Lumen</a>
<form role="search"><input type="search" placeholder="Search lamps" data-testid="${p}-search-input"></form>
<a href="#/notifications" data-testid="${p}-notifications-link">Notifications <span class="count" data-testid="${p}-notifications-count">12</span></a>
<a href="#/wishlist" data-testid="${p}-wishlist-link">Wishlist <span class="count" data-testid="${p}-wishlist-count">5</span></a>
<a href="#/cart" data-testid="${p}-cart-link">Cart <span class="count" data-testid="${p}-cart-count">3</span></a>
<button data-testid="${p}-account-menu">Ada</button></header>
<main><h1>Desk lamps</h1><ul class="products"><li>Arc lamp <button>Add to cart</button></li><li>Clamp lamp <button>Add to cart</button></li><li>Task lamp <button>Add to cart</button></li></ul>
<p class="summary">3 items in your cart</p></main>`;
    }),
    body: `await expect(page.getByTestId('nav-cart-count')).toHaveText('3');`,
    expect: 'heal',
    target: '[data-testid="header-cart-count"]',
  },
  // Move from the data-test attribute to React Testing Library's data-testid, with a clearer value.
  {
    id: 'd2-testid-count-line-items',
    kind: 'test id',
    ...both((v) => {
      const line = (name: string, price: string) => `<li ${v('data-test="cart-line"', 'data-testid="cart-line-item"')} class="line"><span class="name">${name}</span><span class="price">${price}</span><button class="remove">Remove</button></li>`;
      const saved = (name: string) => `<li ${v('data-test="saved-line"', 'data-testid="saved-line-item"')} class="line"><span class="name">${name}</span><button>Move to cart</button></li>`;
      const rec = (name: string) => `<li class="rec" ${v('data-test="recommendation"', 'data-testid="recommendation-item"')}>${name}</li>`;
      return `<h1>Your cart</h1><ul class="cart-lines">${line('Canvas tote', '$35.00')}${line('Water bottle', '$18.00')}${line('Rain jacket', '$140.00')}</ul>
<p class="subtotal" ${v('data-test="subtotal"', 'data-testid="cart-subtotal"')}>Subtotal (3 items): $193.00</p>
<h2>Saved for later</h2><ul class="saved-lines">${saved('Hiking poles')}${saved('Headlamp')}</ul>
<h2>You may also like</h2><ul class="recs">${rec('Dry bag')}${rec('Camp mug')}${rec('Trail map')}${rec('Sunglasses')}</ul>`;
    }),
    body: `await expect(page.locator('[data-test="cart-line"]')).toHaveCount(3);`,
    expect: 'heal',
    target: '[data-testid="cart-line-item"]',
  },
  // Test-id lint rule adopted: snake_case test ids renamed to kebab-case.
  {
    id: 'd2-getbytestid-snake-kebab',
    kind: 'test id',
    ...both((v) => {
      const id = (s: string) => v(s, s.replace(/_/g, '-'));
      return `<section class="order-detail"><h1 data-testid="${id('order_title')}">Order #10482</h1>
<div class="badges"><span class="badge" data-testid="${id('payment_status_badge')}">Paid</span><span class="badge" data-testid="${id('order_status_badge')}">Shipped</span><span class="badge" data-testid="${id('refund_status_badge')}">No refund</span></div>
<table class="items"><tr><th>Item</th><th>Status</th></tr><tr><td>Espresso cups</td><td data-testid="${id('item_status')}">Shipped</td></tr><tr><td>Milk jug</td><td data-testid="${id('item_status')}">Shipped</td></tr></table>
<p data-testid="${id('tracking_number')}">Tracking: 1Z999AA10123456784</p><button data-testid="${id('track_package_button')}">Track package</button></section>`;
    }),
    body: `await expect(page.getByTestId('order_status_badge')).toHaveText('Shipped');`,
    expect: 'heal',
    target: '[data-testid="order-status-badge"]',
  },
  // i18n copy edit: "Sign up" became "Create account"; the button keeps its id and classes.
  {
    id: 'd2-role-signup-create-account',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="auth"><h1>${v('Join Trailhead', 'Create your account')}</h1>
<button type="button" class="btn btn-social" ${WRITES('google')}>Continue with Google</button><div class="divider">or</div>
<form class="signup-form"><label for="name">Name</label><input id="name" type="text"><label for="email">Email</label><input id="email" type="email">
<label for="password">Password</label><input id="password" type="password"><p class="hint">At least 12 characters.</p>
<label><input type="checkbox" id="terms"> I agree to the <a href="#/terms">Terms</a></label>
<button id="signup-submit" type="button" class="btn btn-primary btn-block" ${DONE}>${v('Sign up', 'Create account')}</button></form>
<p class="switch">Already have an account? <a href="#/login">Sign in</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Sign up' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#signup-submit',
  },
  // MUI v4 -> v5: ListItem button prop replaced by ListItemButton (.MuiListItem-button -> .MuiListItemButton-root).
  {
    id: 'd2-po-mui-listitembutton',
    kind: 'page object',
    ...both((v) => {
      const item = (href: string, label: string, extra = '') =>
        `<a class="MuiButtonBase-root ${v('MuiListItem-root MuiListItem-gutters MuiListItem-button', 'MuiListItemButton-root MuiListItemButton-gutters')}" href="${href}" ${extra}><div class="MuiListItemText-root"><span class="MuiTypography-root MuiListItemText-primary">${label}</span></div></a>`;
      return `<div class="MuiDrawer-root MuiDrawer-docked"><div class="MuiPaper-root MuiDrawer-paper"><ul class="MuiList-root">
${item('#/dashboard', 'Dashboard', WRITES('dashboard'))}${item('#/team', 'Team members', WRITES('team'))}${item('#/billing', 'Billing', WRITES('billing'))}${item('#/settings', 'Settings', DONE)}${item('#/integrations', 'Integrations', WRITES('integrations'))}
</ul></div></div>
<main class="content"><h1 class="MuiTypography-root MuiTypography-h4">Dashboard</h1><ul class="MuiList-root">${item('#/settings/profile', 'Profile settings', WRITES('profile'))}${item('#/settings/security', 'Security settings', WRITES('security'))}</ul></main>${OUT}`;
    }),
    imports: `import { AppShell } from './app-shell';`,
    files: {
      'app-shell.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class AppShell {\n  readonly drawer: Locator;\n  readonly settingsLink: Locator;\n\n  constructor(readonly page: Page) {\n    this.drawer = page.locator('.MuiDrawer-paper');\n    this.settingsLink = this.drawer.locator('.MuiListItem-button').filter({ hasText: 'Settings' });\n  }\n}\n`,
    },
    body: `await new AppShell(page).settingsLink.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.MuiDrawer-paper .MuiListItemButton-root[href="#/settings"]',
  },
  // Mail client release: per-message Archive dropped (retention policy); the same toolbar slot now deletes.
  {
    id: 'd2-refuse-archive-now-delete',
    kind: 'refuse',
    ...both(
      (v) => `<nav class="folders"><a href="#/inbox">Inbox</a><a href="#/archive">Archive</a><a href="#/sent">Sent</a><a href="#/trash">Trash</a></nav>
<div class="message-toolbar" role="toolbar"><button class="toolbar-btn" data-action="reply" ${WRITES('reply')}>Reply</button><button class="toolbar-btn" data-action="forward" ${WRITES('forward')}>Forward</button>
${v(`<button class="toolbar-btn" data-action="archive" ${DONE}>Archive</button>`, `<button class="toolbar-btn" data-action="delete" ${WRITES('deleted')}>Delete</button>`)}<button class="toolbar-btn" data-action="unread" ${WRITES('unread')}>Mark as unread</button></div>
<article class="message"><h2>Quarterly report</h2><p class="from">From: Grace</p><p>Numbers attached.</p></article>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Archive' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Checkout redesign: the promo-code field is gone; discounts are applied automatically.
  {
    id: 'd2-refuse-promo-code-removed',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Payment</h1><form class="payment"><label for="card">Card number</label><input id="card" name="card" class="form-control">
<label for="email">Receipt email</label><input id="email" name="email" class="form-control">
${v('<div class="promo"><label for="promo">Promo code</label><input id="promo" name="promo" class="form-control promo-code-input"><button type="button" class="btn apply-promo">Apply</button></div>', '<p class="promo-note">Discounts are applied automatically at payment.</p>')}
<label for="gift">Gift message</label><textarea id="gift" name="gift" class="form-control gift-message-input"></textarea>
<button type="submit" class="btn btn-primary">Pay $144.00</button></form>`,
    ),
    body: `await page.locator('input.promo-code-input').fill('SAVE10');\n  await expect(page.locator('input[name="promo"]')).toHaveValue('SAVE10');`,
    expect: 'refuse',
  },
  // The locator is built from a variable; the release renamed the plan attribute and the CTA class.
  {
    id: 'd2-refuse-template-plan',
    kind: 'refuse',
    ...both((v) => {
      const card = (plan: string, name: string, price: string, extra: string) =>
        `<div class="plan-card" ${v(`data-plan="${plan}"`, `data-plan-id="${plan}-annual"`)}><h3>${name}</h3><p class="price">${price}</p><button class="${v('select-plan', 'plan-cta')}" ${extra}>Choose ${name}</button></div>`;
      return `<h1>Pricing</h1><div class="billing-toggle"><button>Monthly</button><button>Annual</button></div>
<div class="plans">${card('free', 'Free', '$0', WRITES('free'))}${card('team', 'Team', '$12', DONE)}${card('business', 'Business', '$30', WRITES('business'))}</div>${OUT}`;
    }),
    body: `const plan = 'team';\n  await page.locator(\`[data-plan="\${plan}"] .select-plan\`).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Reports page: one Download button split into per-format exports; two equally good candidates.
  {
    id: 'd2-refuse-export-split',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Sales report</h1><div class="filters"><label for="from">From</label><input id="from" type="date"><label for="to">To</label><input id="to" type="date"><button class="btn btn-apply">Apply</button></div>
<table class="report"><tr><th>Region</th><th>Revenue</th></tr><tr><td>North</td><td>$1.2M</td></tr><tr><td>South</td><td>$0.9M</td></tr></table>
<div class="report-actions"><button class="btn btn-print">Print</button>${v(`<button class="btn btn-download" ${DONE}>Download</button>`, `<button class="btn btn-export" ${WRITES('pdf')}>Download PDF</button><button class="btn btn-export" ${WRITES('csv')}>Download CSV</button>`)}</div>${OUT}`,
    ),
    body: `await page.locator('.btn-download').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Notifications are on by default now: the same toggle reads "Disable notifications" and does the opposite.
  {
    id: 'd2-refuse-enable-now-disable',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Preferences</h1><section class="prefs"><h2>Alerts</h2><p>Get a message when an order ships.</p>
<button id="notif-toggle" class="toggle" aria-pressed="${v('false', 'true')}" ${v(DONE, WRITES('disabled'))}>${v('Enable notifications', 'Disable notifications')}</button>
<h2>Email</h2><label><input type="checkbox" id="digest"> Weekly digest</label><button class="toggle" id="sms-toggle" ${WRITES('sms')}>Enable SMS alerts</button></section>${OUT}`,
    ),
    body: `await page.locator('text=Enable notifications').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_2_DRIFTS: Drift[] = [...pass1];
