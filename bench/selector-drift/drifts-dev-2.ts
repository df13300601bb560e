// Second development set of selector drifts, each grounded in a real kind of release: component-library
// upgrades (Angular Material legacy -> MDC, MUI v4 -> v5, Vuetify 2 -> 3, Bootstrap 4 -> 5, PrimeNG 9 -> 10,
// jQuery UI 1.8 -> 1.9), a Headless UI -> Radix swap, test-id convention moves, id style moves and copy
// edits. Pages carry decoys that share words, classes or attributes with the target. Heal cases name the
// `target` the drifted locator must now find; refuse cases are releases where any patch would be wrong.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, OUT, WRITES } from './page-kit.js';

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

const pass2: Drift[] = [
  // PrimeNG 9 -> 10 (PrimeOne): ui-* classes became p-* (ui-table -> p-datatable, ui-state-highlight -> p-highlight).
  {
    id: 'd2-xpath-primeng-highlight',
    kind: 'xpath',
    ...both((v) => {
      const row = (name: string, email: string, role: string, selected = false) =>
        `<tr class="${v('ui-selectable-row', 'p-selectable-row')}${selected ? ` ${v('ui-state-highlight', 'p-highlight')}` : ''}" aria-selected="${selected}"><td><input type="checkbox"${selected ? ' checked' : ''}></td><td>${name}</td><td>${email}</td><td>${role}</td></tr>`;
      return `<div class="layout"><aside class="filters"><h3>Roles</h3><ul class="${v('ui-listbox-list', 'p-listbox-list')}">
<li class="${v('ui-listbox-item ui-state-highlight', 'p-listbox-item p-highlight')}">Admin</li><li class="${v('ui-listbox-item', 'p-listbox-item')}">Editor</li><li class="${v('ui-listbox-item', 'p-listbox-item')}">Viewer</li></ul></aside>
<div class="${v('ui-table ui-widget', 'p-datatable p-component')}"><div class="${v('ui-table-caption ui-widget-header', 'p-datatable-header')}">Users</div><div class="${v('ui-table-wrapper', 'p-datatable-wrapper')}"><table>
<thead class="${v('ui-table-thead', 'p-datatable-thead')}"><tr><th></th><th>Name</th><th>Email</th><th>Role</th></tr></thead>
<tbody class="${v('ui-table-tbody', 'p-datatable-tbody')}">${row('Grace Hopper', 'grace@navy.test', 'Admin')}${row('Ada Lovelace', 'ada@engine.test', 'Admin', true)}${row('Alan Turing', 'alan@bletchley.test', 'Editor')}${row('Edsger Dijkstra', 'edsger@eindhoven.test', 'Viewer')}</tbody></table></div>
<div class="${v('ui-paginator ui-widget', 'p-paginator p-component')}"><a class="${v('ui-paginator-page ui-state-active', 'p-paginator-page p-highlight')}">1</a><a class="${v('ui-paginator-page', 'p-paginator-page')}">2</a></div></div></div>`;
    }),
    body: `await expect(page.locator('//div[contains(@class, "ui-table")]//tbody/tr[contains(@class, "ui-state-highlight")]/td[2]')).toHaveText('Ada Lovelace');`,
    expect: 'heal',
    target: '.p-datatable tbody tr.p-highlight td:nth-child(2)',
  },
  // UK -> US English copy pass: "Add to bag" became "Add to cart"; the button keeps its id.
  {
    id: 'd2-xpath-contains-text-bag',
    kind: 'xpath',
    ...both(
      (v) => `<main class="pdp"><nav class="breadcrumbs"><a href="#/">Home</a> / <a href="#/knitwear">Knitwear</a></nav>
<h1>Merino crew neck</h1><p class="price">$89.00</p>
<fieldset class="sizes"><legend>Size</legend><button class="size">S</button><button class="size">M</button><button class="size">L</button></fieldset>
<label><input type="checkbox" id="gift-wrap"> Add gift wrap (+$5)</label>
<div class="buy-box"><button id="pdp-add" class="btn btn-primary" ${DONE}>${v('Add to bag', 'Add to cart')}</button><button id="pdp-wishlist" class="btn btn-link" ${WRITES('wishlist')}>Add to wishlist</button></div>
<section class="recs"><h2>Complete the look</h2><div class="rec">Wool beanie <button class="btn btn-sm" ${WRITES('beanie')}>Add</button></div><div class="rec">Scarf <button class="btn btn-sm" ${WRITES('scarf')}>Add</button></div></section>
<aside class="mini-${v('bag', 'cart')}"><a href="#/${v('bag', 'cart')}">${v('Bag', 'Cart')} (0)</a></aside></main>${OUT}`,
    ),
    body: `await page.locator('//button[contains(text(), "Add to bag")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#pdp-add',
  },
  // Route restructure: account pages moved up a level (#/account/orders -> #/orders).
  {
    id: 'd2-xpath-href-route',
    kind: 'xpath',
    ...both((v) => {
      const a = (href: string, label: string, extra: string) => `<li><a href="${href}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" class="logo">Kettle &amp; Co</a></header><div class="account">
<nav class="account-nav" aria-label="Account"><ul>
${a(v('#/account/profile', '#/profile'), 'Profile', WRITES('profile'))}${a(v('#/account/orders', '#/orders'), 'Orders', DONE)}${a(v('#/account/orders/returns', '#/orders/returns'), 'Returns', WRITES('returns'))}${a(v('#/account/addresses', '#/addresses'), 'Addresses', WRITES('addresses'))}${a('#/account/settings', 'Settings', WRITES('settings'))}
</ul></nav><main><h1>Welcome back, Ada</h1><p>Your last order shipped on 3 May. <a href="${v('#/account/orders/10482', '#/orders/10482')}" ${WRITES('order')}>View order</a></p></main></div>${OUT}`;
    }),
    body: `await page.locator('//nav//a[@href="#/account/orders"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a[href="#/orders"]',
  },
  // Copy style guide: "E-mail" labels became "Email address"; the input keeps its id and name.
  {
    id: 'd2-label-email-address',
    kind: 'renamed text',
    ...both(
      (v) => `<h1>Contact sales</h1><form class="contact-form">
<label for="full-name">Full name</label><input id="full-name" name="name" type="text">
<label for="email">${v('E-mail', 'Email address')}</label><input id="email" name="email" type="email">
<label for="phone">${v('Phone', 'Phone number')}</label><input id="phone" name="phone" type="tel">
<label for="company">Company</label><input id="company" name="company" type="text">
<label for="size">Team size</label><select id="size" name="size"><option>1-10</option><option>11-50</option><option>51+</option></select>
<label for="message">How can we help?</label><textarea id="message" name="message"></textarea>
${v('', '<label><input type="checkbox" name="updates"> Email me product updates</label>')}
<button type="submit" class="btn btn-primary">Send</button></form>`,
    ),
    body: `await page.getByLabel('E-mail').fill('ada@example.com');\n  await expect(page.locator('input[name="email"]')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: '#email',
  },
  // Copy edit of the search box placeholder ("Search products" -> "Search the store"); name and class kept.
  {
    id: 'd2-placeholder-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo">Fern</a>
<form class="site-search" role="search"><input class="search-input" type="search" name="q" placeholder="${v('Search products', 'Search the store')}"><button type="submit">Search</button></form>
<a href="#/stores" class="store-finder">Find a store</a></header>
<main><h1>Plants</h1><div class="filters"><input class="filter-input" name="max" placeholder="Max price"><input class="filter-input" name="zip" placeholder="Search by postcode"></div>
<ul class="grid"><li>Monstera</li><li>Pothos</li><li>Snake plant</li><li>Fiddle leaf fig</li></ul></main>
<footer><form class="newsletter"><input type="email" name="newsletter" placeholder="Your email address"><button>Subscribe</button></form></footer>`,
    ),
    body: `await page.getByPlaceholder('Search products').fill('fern');\n  await expect(page.locator('input[name="q"]')).toHaveValue('fern');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Auth copy refresh: "Forgot password?" became "Reset your password"; the link keeps class and href.
  {
    id: 'd2-text-forgot-password',
    kind: 'text=',
    ...both(
      (v) => `<main class="login"><h1>Sign in</h1><form><label for="user">Email</label><input id="user" type="email">
<label for="pw">Password</label><input id="pw" type="password">
<div class="row"><label><input type="checkbox" id="remember"> Remember me</label><a class="forgot-link" href="#/password/reset" ${DONE}>${v('Forgot password?', 'Reset your password')}</a></div>
<button type="button" class="btn btn-primary" ${WRITES('signin')}>Sign in</button></form>
<p class="help"><a href="#/help/sign-in" ${WRITES('help')}>Need help signing in?</a> · <a href="#/signup" ${WRITES('signup')}>Create an account</a></p></main>${OUT}`,
    ),
    body: `await page.locator('text=Forgot password?').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.forgot-link',
  },
  // Headless UI Menu swapped for Radix DropdownMenu (shadcn/ui): data-headlessui-state="open" -> data-state="open".
  {
    id: 'd2-po-radix-dropdown',
    kind: 'page object',
    ...both((v) => {
      const open = v('data-headlessui-state="open"', 'data-state="open"');
      const item = (label: string, extra: string) =>
        `<div role="menuitem" ${v('id="headlessui-menu-item-' + label.length + '" data-headlessui-state=""', 'data-orientation="vertical" data-radix-collection-item=""')} tabindex="-1" ${extra}>${label}</div>`;
      return `<h1>Ceramics</h1><div class="toolbar">
<button type="button" aria-haspopup="${v('true', 'menu')}" aria-expanded="true" ${open}>Sort</button>
<div role="menu" ${open} ${v('id="headlessui-menu-items-3"', 'aria-orientation="vertical" data-side="bottom" data-align="end" data-radix-menu-content=""')}>
${item('Most popular', WRITES('popular'))}${item('Newest', DONE)}${item('Price: low to high', WRITES('low'))}${item('Price: high to low', WRITES('high'))}</div>
<button type="button" aria-haspopup="listbox" aria-expanded="true" ${open}>24 per page</button>
<ul role="listbox" ${open}><li role="option" ${WRITES('24')}>24 per page</li><li role="option" ${WRITES('48')}>48 per page</li></ul></div>
<ul class="grid"><li>Stoneware mug</li><li>Serving bowl</li><li>Bud vase</li></ul>${OUT}`;
    }),
    imports: `import { sortBy } from './sort-menu';`,
    files: {
      'sort-menu.ts': `import type { Page } from '@playwright/test';\n\nconst openMenu = (page: Page) => page.locator('[role="menu"][data-headlessui-state="open"]');\n\nexport async function sortBy(page: Page, option: string) {\n  await openMenu(page).getByRole('menuitem', { name: option }).click();\n}\n`,
    },
    body: `await sortBy(page, 'Newest');\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"][data-state="open"] [role="menuitem"]:has-text("Newest")',
  },
  // Angular Material 15: MDC tabs (.mat-tab-label-active -> .mdc-tab--active on .mat-mdc-tab).
  {
    id: 'd2-po-mat-mdc-tab-active',
    kind: 'page object',
    ...both((v) => {
      const tab = (label: string, active: boolean) =>
        v(
          `<div role="tab" class="mat-ripple mat-tab-label mat-focus-indicator${active ? ' mat-tab-label-active' : ''}" aria-selected="${active}"><div class="mat-tab-label-content">${label}</div></div>`,
          `<div role="tab" class="mdc-tab mat-mdc-tab mat-mdc-focus-indicator${active ? ' mdc-tab--active' : ''}" aria-selected="${active}"><span class="mdc-tab__content"><span class="mdc-tab__text-label">${label}</span></span><span class="mdc-tab-indicator${active ? ' mdc-tab-indicator--active' : ''}"><span class="mdc-tab-indicator__content mdc-tab-indicator__content--underline"></span></span></div>`,
        );
      const group = (id: string, tabs: [string, boolean][]) =>
        `<mat-tab-group id="${id}" class="${v('mat-tab-group', 'mat-mdc-tab-group')} mat-primary"><div class="${v('mat-tab-header', 'mat-mdc-tab-header')}"><div class="${v('mat-tab-labels', 'mat-mdc-tab-labels')}" role="tablist">${tabs.map(([l, a]) => tab(l, a)).join('')}</div></div></mat-tab-group>`;
      return `<h1>Checkout</h1>${group('checkout-tabs', [
        ['Cart', false],
        ['Shipping', true],
        ['Payment', false],
        ['Review', false],
      ])}
<form class="shipping"><label for="addr">Address</label><input id="addr"><button id="checkout-next" type="button">Continue</button></form>
<aside class="summary"><h2>Order summary</h2>${group('summary-tabs', [
        ['Items', true],
        ['Notes', false],
      ])}<p>2 items, $144.00</p></aside>`;
    }),
    imports: `import { SEL } from './selectors';`,
    files: {
      'selectors.ts': `export const SEL = {\n  checkoutTabs: '#checkout-tabs',\n  activeTab: '#checkout-tabs .mat-tab-label.mat-tab-label-active',\n  next: '#checkout-next',\n};\n`,
    },
    body: `await expect(page.locator(SEL.activeTab)).toHaveText('Shipping');`,
    expect: 'heal',
    target: '#checkout-tabs .mat-mdc-tab.mdc-tab--active',
  },
  // Bootstrap 3 -> 4: panels became cards (.panel -> .card) and .btn-default became .btn-secondary.
  {
    id: 'd2-chain-bs4-panel-card',
    kind: 'multi-line chain',
    ...both((v) => {
      const panel = (title: string, bodyText: string, extra: string) =>
        `<div class="${v('panel panel-default', 'card')}"><div class="${v('panel-heading', 'card-header')}"><h3 class="${v('panel-title', 'card-title')}">${title}</h3></div><div class="${v('panel-body', 'card-body')}"><p>${bodyText}</p><button type="button" class="btn ${v('btn-default', 'btn-secondary')} btn-sm" ${extra}>Edit</button></div></div>`;
      return `<div class="container"><h1>Review order</h1><div class="row"><div class="${v('col-md-8', 'col-md-8')}">
${panel('Shipping address', '12 Rue Oberkampf, 75011 Paris', WRITES('shipping'))}
${panel('Billing address', '5 Avenue Foch, 69006 Lyon', DONE)}
${panel('Payment method', 'Visa ending 4242', WRITES('payment'))}
</div><div class="col-md-4"><div class="${v('well', 'card card-body bg-light')}"><p>Total: $144.00</p><button class="btn btn-primary ${v('btn-block', 'w-100')}" ${WRITES('pay')}>Place order</button></div></div></div></div>${OUT}`;
    }),
    body: `await page\n    .locator('.panel')\n    .filter({ hasText: 'Billing address' })\n    .locator('.btn-default')\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.card:has-text("Billing address") .btn-secondary',
  },
  // Vuetify 2 -> 3: list item sub-components lost the BEM element form (.v-list-item__title -> .v-list-item-title).
  {
    id: 'd2-chain-vuetify3-list-title',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (label: string, extra: string) =>
        `<${v('a', 'div')} class="v-list-item v-list-item--link ${v('theme--light', 'v-theme--light v-list-item--density-default v-list-item--variant-text')}" ${extra}><div class="v-list-item__content"><div class="${v('v-list-item__title', 'v-list-item-title')}">${label}</div></div></${v('a', 'div')}>`;
      return `<div class="v-application"><nav class="v-navigation-drawer ${v('v-navigation-drawer--open theme--light', 'v-navigation-drawer--left v-theme--light')}"><div class="v-list ${v('v-list--nav', 'v-list--nav v-list--density-default')}">
${item('Dashboard', WRITES('dashboard'))}${item('Reports', DONE)}${item('Report builder', WRITES('builder'))}${item('Users', WRITES('users'))}${item('Settings', WRITES('settings'))}
</div></nav><main class="v-main"><h1>Dashboard</h1><div class="v-list">${item('Reports', WRITES('recent'))}${item('Exports', WRITES('exports'))}</div></main></div>${OUT}`;
    }),
    body: `await page\n    .locator('.v-navigation-drawer .v-list-item')\n    .filter({ has: page.locator('.v-list-item__title', { hasText: 'Reports' }) })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.v-navigation-drawer .v-list-item:has(.v-list-item-title:text-is("Reports"))',
  },
  // MUI v4 -> v5: the Select display element lost .MuiSelect-selectMenu (v5 keeps .MuiSelect-select).
  {
    id: 'd2-chain-mui5-select',
    kind: 'multi-line chain',
    ...both((v) => {
      const select = (id: string, label: string, value: string) =>
        `<div class="MuiFormControl-root${v('', ' MuiFormControl-fullWidth')}"><label class="MuiFormLabel-root MuiInputLabel-root${v(' MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink', ' MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-outlined')}" id="${id}-label">${label}</label><div class="MuiInputBase-root ${v('MuiInput-root MuiInput-underline MuiInputBase-formControl MuiInput-formControl', 'MuiOutlinedInput-root MuiInputBase-formControl')}"><div class="${v('MuiSelect-root MuiSelect-select MuiSelect-selectMenu MuiInputBase-input MuiInput-input', 'MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input')}" role="button" aria-haspopup="listbox" aria-labelledby="${id}-label">${value}</div><input type="hidden" name="${id}" value="${value}"></div></div>`;
      return `<div class="MuiContainer-root"><h1 class="MuiTypography-root MuiTypography-h5">Regional settings</h1><form class="settings">
${select('language', 'Language', 'English')}${select('currency', 'Currency', 'EUR')}${select('timezone', 'Time zone', 'Europe/Paris')}${select('dateFormat', 'Date format', 'DD/MM/YYYY')}
<div class="MuiFormControl-root"><label class="MuiFormLabel-root">Display name</label><div class="MuiInputBase-root"><input class="MuiInputBase-input" value="Ada"></div></div>
<button type="submit" class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary">Save</button></form></div>`;
    }),
    body: `await expect(\n    page\n      .locator('.MuiFormControl-root')\n      .filter({ hasText: 'Currency' })\n      .locator('.MuiSelect-selectMenu'),\n  ).toHaveText('EUR');`,
    expect: 'heal',
    target: '.MuiFormControl-root:has-text("Currency") .MuiSelect-select',
  },
  // One-page checkout: shipping and payment merged into one step, so "3 steps" no longer holds for any element.
  {
    id: 'd2-refuse-count-steps-merged',
    kind: 'refuse',
    ...both((v) => {
      const steps = v(
        '<li data-testid="checkout-step" class="step done">Shipping</li><li data-testid="checkout-step" class="step current">Payment</li><li data-testid="checkout-step" class="step">Review</li>',
        '<li data-testid="wizard-step" class="step current">Shipping &amp; payment</li><li data-testid="wizard-step" class="step">Review</li>',
      );
      return `<h1>Checkout</h1><ol class="stepper">${steps}</ol>
<form class="pay"><label for="card">Card number</label><input id="card"><button type="button">Continue</button></form>
<aside><h2>Summary</h2><ul class="summary"><li data-testid="summary-line">Trail runner $120.00</li><li data-testid="summary-line">Wool socks $24.00</li><li data-testid="summary-line">Shipping Free</li></ul></aside>`;
    }),
    body: `await expect(page.locator('[data-testid="checkout-step"]')).toHaveCount(3);`,
    expect: 'refuse',
  },
  // Bootstrap 4 -> 5 renamed .badge-success to .bg-success, but the release dropped the status badge: the
  // class now only sits on a progress bar.
  {
    id: 'd2-refuse-xpath-class-moved',
    kind: 'refuse',
    ...both(
      (v) => `<div class="container"><h1>Invoice INV-2041 ${v('<span class="badge badge-success">Paid</span>', '')}</h1>
<div class="progress"><div class="progress-bar ${v('progress-bar-striped', 'bg-success')}" style="width: 100%">Onboarding 100%</div></div>
<table class="table"><tr><th>Item</th><th>Amount</th></tr><tr><td>Consulting</td><td>$1,200.00</td></tr><tr><td>Hosting</td><td>$80.00</td></tr></table>
<p class="text-muted">Issued 2 May · Due 16 May</p><span class="badge ${v('badge-secondary', 'bg-secondary')}">Net 14</span></div>`,
    ),
    body: `await expect(page.locator('//span[contains(@class, "badge-success")]')).toHaveText('Paid');`,
    expect: 'refuse',
  },
  // Settings page split into one card per form: two Save buttons, equally good candidates.
  {
    id: 'd2-refuse-two-save-buttons',
    kind: 'refuse',
    ...both((v) =>
      v(
        `<h1>Account settings</h1><form class="settings-form"><h2>Profile</h2><label for="n">Name</label><input id="n"><label for="bio">Bio</label><textarea id="bio"></textarea>
<h2>Password</h2><label for="pw">New password</label><input id="pw" type="password"><button type="button" class="btn js-save" ${DONE}>Save</button><button type="button" class="btn btn-link">Cancel</button></form>${OUT}`,
        `<h1>Account settings</h1><form class="settings-card"><h2>Profile</h2><label for="n">Name</label><input id="n"><label for="bio">Bio</label><textarea id="bio"></textarea><button type="button" class="btn btn-save" ${WRITES('profile-saved')}>Save</button></form>
<form class="settings-card"><h2>Password</h2><label for="pw">New password</label><input id="pw" type="password"><button type="button" class="btn btn-save" ${WRITES('password-saved')}>Save</button></form><button type="button" class="btn btn-link">Cancel</button>${OUT}`,
      ),
    ),
    body: `await page\n    .locator('.settings-form')\n    .locator('button.js-save')\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The user is subscribed by default now: the newsletter button unsubscribes (the opposite action).
  {
    id: 'd2-refuse-po-subscribe-now-unsubscribe',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Newsletter</h1><p>Monthly notes on new releases.</p><div class="newsletter">
${v(`<button type="button" class="btn subscribe-btn" ${DONE}>Subscribe</button>`, `<p class="status">You are subscribed.</p><button type="button" class="btn unsubscribe-btn" ${WRITES('unsubscribed')}>Unsubscribe</button>`)}
<a href="#/preferences" ${WRITES('prefs')}>Manage preferences</a></div>
<section><h2>Past issues</h2><ul><li>April</li><li>March</li></ul></section>${OUT}`,
    ),
    imports: `import { NewsletterPage } from './newsletter-page';`,
    files: {
      'newsletter-page.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class NewsletterPage {\n  readonly subscribeButton: Locator;\n\n  constructor(readonly page: Page) {\n    this.subscribeButton = page.locator('button.subscribe-btn');\n  }\n}\n`,
    },
    body: `await new NewsletterPage(page).subscribeButton.click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Live chat vendor dropped: the widget is gone; only a help-center link and an unrelated "Chat settings" remain.
  {
    id: 'd2-refuse-xpath-live-chat-removed',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Support</h1><ul class="help"><li><a href="#/help" ${WRITES('help')}>Help center</a></li><li><a href="#/contact" ${WRITES('contact')}>Contact form</a></li></ul>
<section class="account"><h2>Your account</h2><button type="button" class="btn" ${WRITES('chat-settings')}>Chat settings</button></section>
${v(`<div id="live-chat" class="widget"><p>Questions? We reply in minutes.</p><button type="button" class="btn" ${DONE}>Chat with us</button></div>`, '')}${OUT}`,
    ),
    body: `await page.locator('//div[@id="live-chat"]//button[contains(text(), "Chat")]').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_2_DRIFTS: Drift[] = [...pass1, ...pass2];
