// Third development set of selector drifts, written the way a test engineer meets them after a release:
// mostly copy edits (rewording, capitalisation, locale, ellipsis, icon text) on role, label, placeholder,
// alt, title and text locators; Prettier-style multi-line chains (test body and page objects) where one
// step drifts; a few component-library class, id, test-id and XPath drifts; and releases where any patch
// would be wrong (removed, opposite meaning, two equal candidates, moved behind another step, items gone).
// Pages carry decoys that share words, classes or attributes with the target. Heal cases name the `target`
// the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Shopify Dawn theme switched from the en-GB to the en-US locale: "Add to basket" -> "Add to cart".
  {
    id: 'd3-role-basket-to-cart',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="header"><a href="#/" class="header__heading-link">Hearth &amp; Oak</a><a href="#/cart" class="header__icon--cart">${v('Basket', 'Cart')} (0)</a></header>
<main class="product"><div class="product__media"><img src="${GIF}" alt="Walnut serving board" width="200" height="120"></div>
<div class="product__info"><h1 class="product__title">Walnut serving board</h1><p class="price">£48.00</p>
<fieldset class="product-form__input"><legend>Size</legend><label><input type="radio" name="size" value="s" checked> Small</label><label><input type="radio" name="size" value="l"> Large</label></fieldset>
<form class="product-form"><label for="qty">Quantity</label><input id="qty" type="number" value="1">
<button type="button" name="add" class="product-form__submit button button--full-width" ${DONE}>${v('Add to basket', 'Add to cart')}</button>
<button type="button" class="shopify-payment-button__button" ${WRITES('buy')}>Buy it now</button></form>
<button type="button" class="wishlist-button" ${WRITES('wishlist')}>Add to wishlist</button>
<p class="pickup">Pickup available at Shoreditch. Usually ready in 24 hours.</p></div></main>
<section class="related"><h2>You may also like</h2><div class="card">Oak chopping board <button type="button" class="quick-add" ${WRITES('qa-oak')}>Quick add</button></div><div class="card">Olive wood spoons <button type="button" class="quick-add" ${WRITES('qa-olive')}>Quick add</button></div></section>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to basket' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[name="add"]',
  },
  // Onboarding wizard copy refresh: the step button "Continue" became "Next"; "Save and continue later" stays.
  {
    id: 'd3-role-continue-to-next',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="topbar"><span class="logo">Ledgerly</span><a href="#/help" ${WRITES('help')}>Help</a></header>
<main class="onboarding"><ol class="progress"><li class="done">Business details</li><li class="current">Team</li><li>Billing</li></ol>
<h1>Invite your team</h1><p>Add the people who approve expenses. You can continue without them.</p>
<label for="invite-email">Work email</label><input id="invite-email" type="email">
<label for="invite-role">Role</label><select id="invite-role"><option>Approver</option><option>Bookkeeper</option></select>
<button type="button" class="link-button" ${WRITES('another')}>Add another</button>
<div class="actions"><button type="button" class="btn btn-secondary" ${WRITES('back')}>Back</button>
<button type="button" class="btn btn-ghost" ${WRITES('later')}>Save and continue later</button>
<button type="button" class="btn btn-primary" ${DONE}>${v('Continue', 'Next')}</button></div>
<p class="skip"><a href="#/skip" ${WRITES('skip')}>Skip this step</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Continue', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.actions .btn-primary',
  },
  // GOV.UK Design System style guide: title case buttons moved to sentence case ("Save And Continue" -> "Save and continue").
  {
    id: 'd3-role-govuk-sentence-case',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="govuk-header"><a href="#/" class="govuk-header__link">GOV.UK</a><span class="govuk-header__service-name">${v('Apply For A Rod Fishing Licence', 'Apply for a rod fishing licence')}</span></header>
<div class="govuk-width-container"><a href="#/back" class="govuk-back-link" ${WRITES('back')}>Back</a>
<main class="govuk-main-wrapper"><h1 class="govuk-heading-l">${v('What Is Your Address?', 'What is your address?')}</h1>
<div class="govuk-form-group"><label class="govuk-label" for="address-line-1">${v('Building And Street', 'Address line 1')}</label><input class="govuk-input" id="address-line-1" name="addressLine1"></div>
<div class="govuk-form-group"><label class="govuk-label" for="address-town">${v('Town Or City', 'Town or city')}</label><input class="govuk-input govuk-!-width-two-thirds" id="address-town" name="addressTown"></div>
<div class="govuk-form-group"><label class="govuk-label" for="address-postcode">Postcode</label><input class="govuk-input govuk-input--width-10" id="address-postcode" name="addressPostcode"></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button" ${DONE}>${v('Save And Continue', 'Save and continue')}</button>
<button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" ${WRITES('draft')}>${v('Save As Draft', 'Save as draft')}</button>
<a class="govuk-link" href="#/account" ${WRITES('account')}>${v('Continue Later', 'Continue later')}</a></div></main></div>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Save And Continue', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button:text-is("Save and continue")',
  },
  // Shopify Dawn cart page: the "Shopping Cart" heading became "Your cart".
  {
    id: 'd3-heading-shopping-cart',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="header"><a href="#/" class="header__heading-link">Linen Lane</a><a href="#/cart">Cart (2)</a></header>
<main class="cart"><div class="title-wrapper"><h1 class="title title--primary">${v('Shopping Cart', 'Your cart')}</h1><a href="#/collections/all" class="underlined-link">Continue shopping</a></div>
<table class="cart-items"><thead><tr><th>Product</th><th>Quantity</th><th>Total</th></tr></thead><tbody>
<tr class="cart-item"><td><h3 class="cart-item__name">Linen apron</h3></td><td><input type="number" value="1" aria-label="Quantity for Linen apron"></td><td>£32.00</td></tr>
<tr class="cart-item"><td><h3 class="cart-item__name">Cotton tea towels (set of 3)</h3></td><td><input type="number" value="1" aria-label="Quantity for Cotton tea towels"></td><td>£18.00</td></tr></tbody></table>
<div class="cart__footer"><h2 class="totals__subtotal">Cart totals</h2><p class="totals__subtotal-value">Estimated total £50.00</p><p class="tax-note">Taxes and shipping calculated at checkout</p><button type="button" class="cart__checkout-button button">Check out</button></div></main>
<section class="cart-recs"><h2>You may also like</h2><ul><li>Linen napkins</li><li>Stoneware jug</li></ul></section>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Shopping Cart' })).toBeVisible();`,
    expect: 'heal',
    target: 'h1.title',
  },
  // Stripe-style dashboard rename of the "Payments" tab to "Transactions" (it now lists refunds and fees too).
  {
    id: 'd3-tab-payments-to-transactions',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="sidebar"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/balances" ${WRITES('balances')}>Balances</a><a href="#/customers" ${WRITES('customers')}>Customers</a><a href="#/products" ${WRITES('products')}>Product catalogue</a></nav>
<main><h1>${v('Payments', 'Transactions')}</h1>
<div role="tablist" aria-label="Money movement"><button role="tab" aria-selected="false" ${WRITES('all')}>All activity</button><button role="tab" aria-selected="true" ${DONE}>${v('Payments', 'Transactions')}</button><button role="tab" aria-selected="false" ${WRITES('payouts')}>Payouts</button><button role="tab" aria-selected="false" ${WRITES('links')}>Payment links</button><button role="tab" aria-selected="false" ${WRITES('disputes')}>Disputes</button></div>
<table class="list"><tr><th>Amount</th><th>Status</th><th>Description</th></tr><tr><td>$120.00</td><td>Succeeded</td><td>Invoice 2041</td></tr><tr><td>$45.00</td><td>Refunded</td><td>Invoice 2040</td></tr><tr><td>$18.00</td><td>Failed</td><td>Invoice 2039</td></tr></table>
<button type="button" ${WRITES('export')}>Export</button></main>${OUT}`,
    ),
    body: `await page.getByRole('tab', { name: 'Payments' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Transactions")',
  },
  // Docs app aligned its page menu with Google Workspace wording: "Duplicate" -> "Make a copy".
  {
    id: 'd3-menuitem-duplicate-make-copy',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="topbar"><span class="breadcrumb">Engineering / Q3 planning</span><button type="button" ${WRITES('share')}>Share</button><button type="button" aria-haspopup="menu" aria-expanded="true" aria-label="Page options">•••</button></div>
<div role="menu" aria-label="Page options" class="menu">
<div role="menuitem" tabindex="-1" ${WRITES('fav')}>Add to Favorites</div>
<div role="menuitem" tabindex="-1" ${WRITES('copy-link')}>Copy link</div>
<div role="menuitem" tabindex="-1" ${DONE}>${v('Duplicate', 'Make a copy')}</div>
<div role="menuitem" tabindex="-1" ${WRITES('move')}>Move to</div>
<div role="menuitem" tabindex="-1" ${WRITES('export')}>Export</div>
<div role="separator"></div>
<div role="menuitem" tabindex="-1" ${WRITES('trash')}>${v('Delete', 'Move to trash')}</div></div>
<main class="doc"><h1>Q3 planning</h1><p>Goals, owners and dates for the quarter.</p><ul><li>Ship the new editor</li><li>Copy review for onboarding</li></ul></main>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Duplicate' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"]:text-is("Make a copy")',
  },
  // Material Symbols icons added to toolbar buttons; the ligature text ("add") becomes part of the accessible name.
  {
    id: 'd3-role-icon-ligature-added',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="toolbar"><h1>Projects</h1>
<button type="button" class="btn btn-outline" ${WRITES('folder')}>${v('', '<span class="material-symbols-outlined">create_new_folder</span> ')}New folder</button>
<button type="button" class="btn btn-outline" ${WRITES('template')}>New from template</button>
<button type="button" class="btn btn-primary new-project" ${DONE}>${v('', '<span class="material-symbols-outlined">add</span> ')}New project</button></div>
<input type="search" placeholder="Search projects" aria-label="Search projects">
<ul class="project-list"><li><a href="#/p/atlas" ${WRITES('atlas')}>Atlas</a> Updated 2 days ago</li><li><a href="#/p/beacon" ${WRITES('beacon')}>Beacon</a> Updated last week</li><li><a href="#/p/new-site" ${WRITES('new-site')}>New project site</a> Updated in May</li></ul>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'New project', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.new-project',
  },
  // Microsoft-style sign-in copy: the "Remember me" checkbox now reads "Keep me signed in".
  {
    id: 'd3-label-remember-me',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="signin"><h1>Sign in to Contoso</h1><form class="signin-form">
<label for="email">Email, phone, or Skype</label><input id="email" type="email">
<label for="password">Password</label><input id="password" type="password">
<div class="checkbox"><input type="checkbox" id="remember" name="remember"><label for="remember">${v('Remember me', 'Keep me signed in')}</label></div>
<div class="checkbox"><input type="checkbox" id="marketing" name="marketing"><label for="marketing">Keep me updated with product news</label></div>
<a href="#/reset">Forgot password?</a><button type="button" class="btn-primary">Sign in</button></form>
<p class="switch">No account? <a href="#/signup">Create one!</a></p></main>`,
    ),
    body: `await page.getByLabel('Remember me').check();\n  await expect(page.locator('#remember')).toBeChecked();`,
    expect: 'heal',
    target: '#remember',
  },
  // Shopify checkout localized for the US store: "Postcode" -> "ZIP code", "Town/city" -> "City", county -> state.
  {
    id: 'd3-label-postcode-zip',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h2>Delivery</h2><form class="address">
<label for="country">Country/region</label><select id="country" name="country"><option>${v('United Kingdom', 'United States')}</option></select>
<label for="first">First name</label><input id="first" name="firstName">
<label for="last">Last name</label><input id="last" name="lastName">
<label for="address1">Address</label><input id="address1" name="address1">
<label for="address2">Apartment, suite, etc. (optional)</label><input id="address2" name="address2">
<label for="city">${v('Town/city', 'City')}</label><input id="city" name="city">
${v('<label for="zone">County (optional)</label><input id="zone" name="zone">', '<label for="zone">State</label><select id="zone" name="zone"><option>California</option><option>Oregon</option></select>')}
<label for="postcode">${v('Postcode', 'ZIP code')}</label><input id="postcode" name="postalCode">
<label for="phone">Phone (optional)</label><input id="phone" name="phone">
<label><input type="checkbox" name="save"> Save this information for next time</label>
<button type="button">Continue to shipping</button></form></main>
<aside class="summary"><p>Subtotal $58.00</p><label for="discount">Discount code or gift card</label><input id="discount" name="discount"><button type="button">Apply</button></aside>`,
    ),
    body: `await page.getByLabel('Postcode').fill('94107');\n  await expect(page.locator('input[name="postalCode"]')).toHaveValue('94107');`,
    expect: 'heal',
    target: '#postcode',
  },
  // Next.js Commerce template string change: search placeholder "Search for products..." -> "Search products".
  {
    id: 'd3-placeholder-search-products',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="navbar"><a href="#/" class="logo">Acme Store</a><ul><li><a href="#/search">All</a></li><li><a href="#/search/shirts">Shirts</a></li><li><a href="#/search/stickers">Stickers</a></li></ul>
<form class="search" role="search"><input type="text" name="q" placeholder="${v('Search for products...', 'Search products')}" autocomplete="off"></form><button type="button" aria-label="Open cart">Cart</button></nav>
<main class="results"><aside class="filters"><h3>Collections</h3><input type="text" name="brand" placeholder="Search brands"><ul><li>All</li><li>Bags</li><li>Drinkware</li></ul><h3>Sort by</h3><ul><li>Relevance</li><li>Trending</li><li>Price: Low to high</li></ul></aside>
<div class="grid"><a href="#/product/acme-mug">Acme Mug $15.00</a><a href="#/product/acme-cap">Acme Cap $20.00</a><a href="#/product/acme-tote">Acme Tote $25.00</a></div></main>
<footer><form class="newsletter"><input type="email" name="email" placeholder="Enter your email"><button type="button">Subscribe</button></form></footer>`,
    ),
    body: `await page.getByPlaceholder('Search for products...').fill('mug');\n  await expect(page.locator('input[name="q"]')).toHaveValue('mug');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Accessibility audit (WCAG 1.1.1): a linked logo's alt names the link's purpose ("Northwind logo" -> "Northwind home").
  {
    id: 'd3-alt-logo-home',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo" ${DONE}><img src="${GIF}" alt="${v('Northwind logo', 'Northwind home')}" width="120" height="32"></a>
<nav><a href="#/products" ${WRITES('products')}>Products</a><a href="#/stores" ${WRITES('stores')}>Stores</a><a href="#/about" ${WRITES('about')}>About</a></nav></header>
<main><h1>Northwind Traders</h1><img src="${GIF}" alt="Northwind warehouse in Seattle" width="300" height="150"><p>Fine foods since 1994.</p>
<a href="#/catalog" class="btn" ${WRITES('catalog')}>Browse the catalog</a></main>
<footer><a href="#/foundation" ${WRITES('foundation')}><img src="${GIF}" alt="Northwind Foundation logo" width="80" height="24"></a><p>© Northwind Traders</p></footer>${OUT}`,
    ),
    body: `await page.getByAltText('Northwind logo').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.logo img',
  },
  // Bootstrap toast close control retitled in an accessibility pass: title "Dismiss" -> "Close notification".
  {
    id: 'd3-title-dismiss-close',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="page-header"><h1>Deployments</h1><div class="toolbar"><button type="button" class="btn btn-icon" title="Mark all as read" ${WRITES('read')}>✓</button><button type="button" class="btn btn-icon" title="Notification settings" ${WRITES('settings')}>⚙</button></div></header>
<div class="toast-container"><div class="toast show" role="status" aria-live="polite"><div class="toast-header"><strong class="me-auto">Build #481</strong><small>2 min ago</small><button type="button" class="toast-close" title="${v('Dismiss', 'Close notification')}" ${DONE}>×</button></div><div class="toast-body">Deployed to production.</div></div></div>
<table class="deploys"><tr><th>Build</th><th>Environment</th><th>Status</th></tr><tr><td>#481</td><td>production</td><td>Live</td></tr><tr><td>#480</td><td>staging</td><td>Superseded</td></tr></table>
<button type="button" class="btn" title="Roll back to #480" ${WRITES('rollback')}>Roll back</button>${OUT}`,
    ),
    body: `await page.getByTitle('Dismiss').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.toast-close',
  },
  // Shopify order status page personalised: "Thank you for your purchase!" -> "Thank you, Ada!".
  {
    id: 'd3-text-thank-you',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="order-status"><div class="os-header"><p class="os-order-number">Order #1042</p><h2 class="os-header__title">${v('Thank you for your purchase!', 'Thank you, Ada!')}</h2></div>
<section class="content-box"><h3>Your order is confirmed</h3><p>You’ll receive a confirmation email with your order number shortly.</p></section>
<section class="content-box"><h3>Order updates</h3><p>You’ll get shipping and delivery updates by email.</p></section>
<section class="content-box"><h3>Customer information</h3><p>ada@example.com</p><p>12 Rue Oberkampf, 75011 Paris</p></section>
<button type="button" class="btn">Continue shopping</button></main>
<footer><p>Thank you for shopping with Linen Lane</p><a href="#/refunds">Refund policy</a></footer>`,
    ),
    body: `await expect(page.getByText('Thank you for your purchase!')).toBeVisible();`,
    expect: 'heal',
    target: 'h2.os-header__title',
  },
  // Atlassian-style auth copy unification: "Log in" -> "Sign in" everywhere on the login page.
  {
    id: 'd3-text-engine-log-in-sign-in',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="auth-header"><a href="#/" class="logo">Trellis</a><a href="#/signup" ${WRITES('signup')}>Sign up</a></header>
<main class="login"><h1>${v('Log in to continue', 'Sign in to continue')}</h1><form class="login-form">
<label for="user">Email</label><input id="user" type="email">
<label for="pw">Password</label><input id="pw" type="password">
<button type="button" class="button-primary" ${DONE}>${v('Log in', 'Sign in')}</button></form>
<div class="alt-login"><p>Or continue with:</p><button type="button" ${WRITES('google')}>Google</button><button type="button" ${WRITES('apple')}>Apple</button><button type="button" ${WRITES('sso')}>${v('Log in with SSO', 'Sign in with SSO')}</button></div>
<a href="#/reset" ${WRITES('reset')}>${v('Can’t log in?', 'Can’t sign in?')}</a></main>${OUT}`,
    ),
    body: `await page.locator('text="Log in"').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.button-primary',
  },
  // Design-system typography rule applied to toolbar labels: three dots "..." became the ellipsis character "…".
  {
    id: 'd3-has-text-ellipsis',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="app"><div class="toolbar" role="toolbar" aria-label="Report actions">
<button type="button" data-action="import" ${WRITES('import')}>${v('Import...', 'Import…')}</button>
<button type="button" data-action="export" ${DONE}>${v('Export...', 'Export…')}</button>
<button type="button" data-action="export-settings" ${WRITES('settings')}>Export settings</button>
<button type="button" data-action="share" ${WRITES('share')}>${v('Share...', 'Share…')}</button>
<button type="button" data-action="print" ${WRITES('print')}>Print</button></div>
<h1>Q3 revenue</h1><table class="report"><tr><th>Region</th><th>Revenue</th></tr><tr><td>North</td><td>$1.2M</td></tr><tr><td>South</td><td>$0.9M</td></tr></table>
<p class="note">Exports include all filtered rows.</p></div>${OUT}`,
    ),
    body: `await page.locator('button:has-text("Export...")').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[data-action="export"]',
  },
];

const chains: Drift[] = [
  // Storefront copy change on variant products: "Choose options" -> "Select options"; simple products keep "Add to cart".
  {
    id: 'd3-chain-card-choose-options',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, price: string, variant: boolean, extra: string) =>
        `<li class="product-card"><h3 class="product-card__title">${name}</h3><p class="price">${price}</p><button type="button" class="button" ${extra}>${variant ? v('Choose options', 'Select options') : 'Add to cart'}</button><button type="button" class="wishlist" aria-label="Add ${name} to wishlist" ${WRITES(`wish-${price}`)}>♡</button></li>`;
      return `<h1>Winter accessories</h1><div class="facets"><button type="button">Filter</button><select aria-label="Sort by"><option>Featured</option><option>Price, low to high</option></select></div>
<ul class="product-grid">${card('Merino beanie', '$32.00', true, DONE)}${card('Cashmere scarf', '$95.00', true, WRITES('scarf'))}${card('Leather gloves', '$60.00', false, WRITES('gloves'))}${card('Merino socks', '$18.00', true, WRITES('socks'))}</ul>${OUT}`;
    }),
    body: `await page\n    .locator('.product-card')\n    .filter({ hasText: 'Merino beanie' })\n    .getByRole('button', { name: 'Choose options' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.product-card:has-text("Merino beanie") button:text-is("Select options")',
  },
  // Bootstrap 4 -> 5: the dismiss button class .close became .btn-close (and lost its &times; content).
  {
    id: 'd3-chain-bs5-btn-close',
    kind: 'multi-line chain',
    ...both((v) => {
      const close = (extra: string, dismiss: string) =>
        `<button type="button" class="${v('close', 'btn-close')}" ${v('data-dismiss', 'data-bs-dismiss')}="${dismiss}" aria-label="Close" ${extra}>${v('<span aria-hidden="true">&times;</span>', '')}</button>`;
      return `${v('', '<style>.btn-close{width:1em;height:1em;}</style>')}<nav class="navbar navbar-light bg-light"><a class="navbar-brand" href="#/">Tracker</a></nav>
<div class="alert alert-warning alert-dismissible fade show" role="alert">Your trial ends in 3 days. ${close(WRITES('alert'), 'alert')}</div>
<div class="container"><h1>Projects</h1><table class="table"><tr><th>Name</th><th>Owner</th></tr><tr><td>Website redesign</td><td>Ada</td></tr><tr><td>Mobile app</td><td>Grace</td></tr></table></div>
<div class="toast show" role="status"><div class="toast-header"><strong class="${v('mr-auto', 'me-auto')}">Saved</strong>${close(WRITES('toast'), 'toast')}</div><div class="toast-body">Project settings saved.</div></div>
<div class="modal fade show" id="deleteProjectModal" role="dialog" aria-labelledby="deleteProjectLabel" style="display:block"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title" id="deleteProjectLabel">Delete project?</h5>${close(DONE, 'modal')}</div>
<div class="modal-body">This deletes “Mobile app” and its 14 issues.</div>
<div class="modal-footer"><button type="button" class="btn btn-secondary" ${WRITES('cancel')}>Cancel</button><button type="button" class="btn btn-danger" ${WRITES('delete')}>Delete</button></div></div></div></div>${OUT}`;
    }),
    body: `await page\n    .locator('#deleteProjectModal')\n    .locator('.modal-header')\n    .locator('button.close')\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#deleteProjectModal .btn-close',
  },
  // Shopify Dawn drawer rework: the cart drawer's test id "cart-drawer" became "mini-cart" (page object).
  {
    id: 'd3-chain-po-cart-drawer-testid',
    kind: 'multi-line chain',
    ...both((v) => {
      const t = (s: string) => v(`cart-drawer${s}`, `mini-cart${s}`);
      return `<header class="header"><a href="#/" class="logo">Maison</a><a href="#/cart" data-testid="cart-icon">Cart (2)</a></header>
<main class="product"><h1>Linen duvet cover</h1><p class="price">£120.00</p><button type="button" ${WRITES('add')}>Add to cart</button></main>
<div class="sticky-bar"><span>Linen duvet cover · £120.00</span><a href="#/checkout" ${WRITES('sticky')}>Check out</a></div>
<div class="drawer" data-testid="${t('')}" role="dialog" aria-label="Your cart"><div class="drawer__header"><h2>Your cart</h2><button type="button" data-testid="${t('-close')}" aria-label="Close" ${WRITES('close')}>×</button></div>
<ul class="drawer__items" data-testid="${t('-items')}"><li>Linen duvet cover £120.00</li><li>Pillowcases (pair) £38.00</li></ul>
<p class="totals">Subtotal £158.00</p><a href="#/cart" class="button button--secondary" ${WRITES('view')}>View cart</a><a href="#/checkout" class="button" ${DONE}>Check out</a></div>${OUT}`;
    }),
    imports: `import { CartDrawer } from './cart-drawer';`,
    files: {
      'cart-drawer.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class CartDrawer {\n  readonly checkoutLink: Locator;\n\n  constructor(readonly page: Page) {\n    this.checkoutLink = page\n      .getByTestId('cart-drawer')\n      .getByRole('link', { name: 'Check out' });\n  }\n\n  async checkout() {\n    await this.checkoutLink.click();\n  }\n}\n`,
    },
    body: `await new CartDrawer(page).checkout();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="mini-cart"] a:text-is("Check out")',
  },
  // Stylelint selector-class-pattern adopted (kebab-case): .inventory_item -> .inventory-item in a Swag Labs style shop.
  {
    id: 'd3-chain-first-kebab-class',
    kind: 'multi-line chain',
    ...both((v) => {
      const c = (s: string) => v(s, s.replace(/_/g, '-'));
      const item = (name: string, price: string, extra: string) =>
        `<div class="${c('inventory_item')}"><div class="${c('inventory_item_name')}">${name}</div><div class="${c('inventory_item_price')}">${price}</div><button type="button" class="btn btn_primary btn_small" ${extra}>Add to cart</button></div>`;
      return `<div class="header_container"><div class="app_logo">Swag Labs</div><a class="shopping_cart_link" href="#/cart">Cart</a></div>
<div class="header_secondary_container"><span class="title">Products</span><select class="product_sort_container" aria-label="Sort"><option>Name (A to Z)</option><option>Price (low to high)</option></select></div>
<div class="${c('inventory_list')}">${item('Sauce Labs Backpack', '$29.99', DONE)}${item('Sauce Labs Bike Light', '$9.99', WRITES('light'))}${item('Sauce Labs Bolt T-Shirt', '$15.99', WRITES('shirt'))}${item('Sauce Labs Fleece Jacket', '$49.99', WRITES('jacket'))}</div>${OUT}`;
    }),
    body: `await page\n    .locator('.inventory_item')\n    .first()\n    .getByRole('button', { name: 'Add to cart' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.inventory-list > .inventory-item:first-child button',
  },
  // Radix Dialog title copy edit: "Edit profile" -> "Edit your profile"; the page object scopes Save to the dialog.
  {
    id: 'd3-chain-po-dialog-name',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="settings"><h1>Settings</h1><form class="prefs"><h2>Notifications</h2>
<label><input type="checkbox" name="digest" checked> Weekly digest</label><label><input type="checkbox" name="mentions"> Email me when someone mentions me</label>
<button type="button" class="btn" ${WRITES('prefs')}>Save changes</button></form>
<section class="profile-card"><p>Ada Lovelace · Engineering</p><button type="button" ${WRITES('edit')}>Edit profile</button></section></main>
<div role="dialog" aria-modal="true" aria-labelledby="dlg-title" data-state="open" class="dialog"><h2 id="dlg-title">${v('Edit profile', 'Edit your profile')}</h2>
<p>Make changes to your profile here. Click save when you’re done.</p>
<label for="profile-name">Name</label><input id="profile-name" value="Ada Lovelace"><label for="profile-title">Title</label><input id="profile-title" value="Engineer">
<div class="dialog-footer"><button type="button" ${WRITES('cancel')}>Cancel</button><button type="button" class="btn-primary" ${DONE}>Save changes</button></div></div>${OUT}`,
    ),
    imports: `import { ProfileDialog } from './profile-dialog';`,
    files: {
      'profile-dialog.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class ProfileDialog {\n  readonly nameInput: Locator;\n  readonly saveButton: Locator;\n\n  constructor(readonly page: Page) {\n    this.nameInput = page.locator('#profile-name');\n    this.saveButton = page\n      .getByRole('dialog', { name: 'Edit profile' })\n      .getByRole('button', { name: 'Save changes' });\n  }\n}\n`,
    },
    body: `const dialog = new ProfileDialog(page);\n  await dialog.nameInput.fill('Ada L.');\n  await dialog.saveButton.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] button:text-is("Save changes")',
  },
  // Billing dashboard relabelled an invoice status: "Pending" -> "Awaiting payment"; the chain filters rows by it.
  {
    id: 'd3-chain-filter-status-text',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (inv: string, customer: string, amount: string, status: string, extra: string) =>
        `<tr><td>${inv}</td><td>${customer}</td><td>${amount}</td><td><span class="badge">${status}</span></td><td><button type="button" ${extra}>View</button><button type="button" ${WRITES(`pdf-${inv}`)}>Download PDF</button></td></tr>`;
      return `<h1>Invoices</h1><div class="filters"><select aria-label="Status"><option>All</option><option>Paid</option><option>${v('Pending', 'Awaiting payment')}</option><option>Overdue</option></select><button type="button" ${WRITES('new')}>New invoice</button></div>
<table class="invoices"><thead><tr><th>Invoice</th><th>Customer</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
${row('INV-2041', 'Globex', '$1,200.00', 'Paid', WRITES('view-2041'))}${row('INV-2042', 'Initech', '$860.00', v('Pending', 'Awaiting payment'), DONE)}${row('INV-2043', 'Umbrella', '$420.00', 'Overdue', WRITES('view-2043'))}${row('INV-2044', 'Hooli', '$95.00', 'Draft', WRITES('view-2044'))}
</tbody></table>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Pending' })\n    .getByRole('button', { name: 'View' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has-text("Awaiting payment") button:text-is("View")',
  },
  // Next.js CSS Modules: the PriceSummary component was renamed OrderSummary, so hashed classes changed prefix.
  {
    id: 'd3-chain-css-modules-prefix',
    kind: 'multi-line chain',
    ...both((v) => {
      const s = (oldHash: string, newHash: string, part: string) => v(`PriceSummary_${part}__${oldHash}`, `OrderSummary_${part}__${newHash}`);
      return `<header class="Header_root__k2J8d"><a href="#/" class="Header_logo__p1Q2w">Fieldnotes</a><div class="MiniCart_root__H5j6k"><span class="MiniCart_count__L1m2n">2 items</span><span class="MiniCart_total__Z7x8c">$144.00</span></div></header>
<main class="Checkout_page__aB12c"><form class="CheckoutForm_form__Zx81q"><label for="email">Email</label><input id="email" type="email"><label for="card">Card number</label><input id="card"><button type="button" class="CheckoutForm_pay__Y6t5r">Pay now</button></form>
<aside aria-label="Order summary" class="${s('f3K9a', 'p0Lm2', 'root')}"><h2>Order summary</h2>
<div class="${s('Q1w2e', 'T7y8u', 'row')}"><span>Subtotal</span><span class="${s('R4t5y', 'U9i0o', 'subtotal')}">$130.00</span></div>
<div class="${s('Q1w2e', 'T7y8u', 'row')}"><span>Shipping</span><span class="${s('S6d7f', 'V1b2n', 'shipping')}">$14.00</span></div>
<div class="${s('Q1w2e', 'T7y8u', 'row')}"><span>Total</span><span class="${s('A1s2d', 'F3g4h', 'total')}">$144.00</span></div></aside></main>`;
    }),
    body: `await expect(\n    page\n      .locator('aside[aria-label="Order summary"]')\n      .locator('[class*="PriceSummary_total__"]'),\n  ).toHaveText('$144.00');`,
    expect: 'heal',
    target: 'aside[aria-label="Order summary"] [class*="OrderSummary_total__"]',
  },
  // Issue tracker renamed its Notifications panel to "Activity" (the list's aria-label followed the heading).
  {
    id: 'd3-chain-nth-list-name',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="topbar"><a href="#/" class="logo">Tracklight</a><button type="button" aria-label="Notifications">🔔 3</button><button type="button" aria-label="Account">AL</button></header>
<div class="layout"><aside class="panel"><h2>${v('Notifications', 'Activity')}</h2><ul aria-label="${v('Notifications', 'Activity')}"><li>Ada mentioned you in “Q3 roadmap”</li><li>Grace assigned you “Fix login redirect”</li><li>Linus closed “Flaky test on CI”</li></ul><a href="#/activity">See all</a></aside>
<section class="messages"><h2>Messages</h2><ul aria-label="Messages"><li>Ada: lunch on Friday?</li><li>Margaret: build is green</li></ul></section>
<main><h1>My issues</h1><ul aria-label="Assigned to me"><li>Fix login redirect</li><li>Update onboarding copy</li></ul></main></div>`,
    ),
    body: `await expect(\n    page\n      .getByRole('list', { name: 'Notifications' })\n      .getByRole('listitem')\n      .nth(0),\n  ).toContainText('Ada mentioned you');`,
    expect: 'heal',
    target: 'ul[aria-label="Activity"] > li:first-child',
  },
];

const others: Drift[] = [
  // Bootstrap 4 -> 5: custom form controls folded into the base ones (.custom-select -> .form-select).
  {
    id: 'd3-css-bs5-form-select',
    kind: 'css class',
    ...both((v) => {
      const group = v('form-group', 'mb-3');
      const select = (id: string, name: string, label: string, size = '') =>
        `<div class="${group}"><label for="${id}">${label}</label><select id="${id}" name="${name}" class="${v(`custom-select${size ? ' custom-select-sm' : ''}`, `form-select${size ? ' form-select-sm' : ''}`)}"><option value="US">United States</option><option value="CA">Canada</option><option value="MX">Mexico</option></select></div>`;
      return `<div class="container"><h1>Checkout</h1>
<form id="shipping-form"><h2>Shipping</h2><div class="${group}"><label for="ship-name">Full name</label><input id="ship-name" class="form-control"></div>${select('ship-country', 'shipping_country', 'Country')}
<div class="${v('custom-control custom-checkbox', 'form-check')}"><input type="checkbox" class="${v('custom-control-input', 'form-check-input')}" id="same" checked><label class="${v('custom-control-label', 'form-check-label')}" for="same">Billing address is the same</label></div></form>
<form id="billing-form"><h2>Billing</h2><div class="${group}"><label for="bill-name">Name on card</label><input id="bill-name" class="form-control"></div>${select('bill-country', 'billing_country', 'Country')}</form>
<form id="prefs-form" class="${v('form-inline', 'd-flex')}">${select('currency-region', 'currency_region', 'Currency region', 'sm')}</form>
<button type="button" class="btn btn-primary ${v('btn-block', 'w-100')}">Continue to payment</button></div>`;
    }),
    body: `await page.locator('#shipping-form .custom-select').selectOption('CA');\n  await expect(page.locator('select[name="shipping_country"]')).toHaveValue('CA');`,
    expect: 'heal',
    target: '#shipping-form .form-select',
  },
  // Font Awesome 5 -> 6: icon names changed (fa-trash-alt -> fa-trash-can, fa-edit -> fa-pen-to-square, fas -> fa-solid).
  {
    id: 'd3-css-fa6-icon-rename',
    kind: 'css class',
    ...both((v) => {
      const icon = (fa5: string, fa6: string) => `<i class="${v(`fas ${fa5}`, `fa-solid ${fa6}`)}"></i>`;
      const row = (file: string) =>
        `<tr><td>${file}</td><td>2.1 MB</td><td><button type="button" class="btn btn-sm" title="Delete ${file}" ${WRITES(`row-${file}`)}>${icon('fa-trash-alt', 'fa-trash-can')}</button></td></tr>`;
      return `<style>.btn{min-width:2em;min-height:2em;}</style><div class="file-browser"><h1>Shared files</h1><div class="toolbar" role="toolbar" aria-label="Selection">
<button type="button" class="btn btn-light" title="Upload" ${WRITES('upload')}>${icon('fa-upload', 'fa-upload')}</button>
<button type="button" class="btn btn-light" title="Rename" ${WRITES('rename')}>${icon('fa-edit', 'fa-pen-to-square')}</button>
<button type="button" class="btn btn-light" title="Share" ${WRITES('share')}>${icon('fa-share-alt', 'fa-share-nodes')}</button>
<button type="button" class="btn btn-light" title="Move to trash" ${DONE}>${icon('fa-trash-alt', 'fa-trash-can')}</button>
<button type="button" class="btn btn-light" title="Empty trash" ${WRITES('empty')}>${icon('fa-dumpster', 'fa-dumpster')}</button></div>
<table class="files"><tr><th>Name</th><th>Size</th><th></th></tr>${row('budget.xlsx')}${row('roadmap.pdf')}</table></div>${OUT}`;
    }),
    body: `await page.locator('.toolbar button:has(.fa-trash-alt)').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.toolbar button:has(.fa-trash-can)',
  },
  // WooCommerce classic checkout -> Checkout block: field ids changed (#billing_email -> #email, #billing_phone -> #billing-phone).
  {
    id: 'd3-id-woo-checkout-block',
    kind: 'id',
    ...both((v) => {
      const classic = (key: string, label: string, type = 'text', extra = '') =>
        `<p class="form-row" id="billing_${key}_field"><label for="billing_${key}">${label}</label><span class="woocommerce-input-wrapper"><input type="${type}" class="input-text" name="billing_${key}" id="billing_${key}" ${extra}></span></p>`;
      const block = (id: string, label: string, type = 'text', extra = '') =>
        `<div class="wc-block-components-text-input"><input type="${type}" id="${id}" aria-label="${label}" ${extra}><label for="${id}">${label}</label></div>`;
      return `<h1>Checkout</h1>
${v(
  `<form class="checkout woocommerce-checkout"><h3>Billing details</h3>${classic('first_name', 'First name')}${classic('last_name', 'Last name')}${classic('phone', 'Phone', 'tel')}${classic('email', 'Email address', 'email', 'autocomplete="email"')}<button type="button" id="place_order" class="button alt">Place order</button></form>`,
  `<form class="wc-block-checkout__form"><fieldset class="wc-block-checkout__contact-fields"><legend>Contact information</legend>${block('email', 'Email address', 'email', 'autocomplete="email"')}</fieldset><fieldset class="wc-block-checkout__billing-fields"><legend>Billing address</legend>${block('billing-first_name', 'First name')}${block('billing-last_name', 'Last name')}${block('billing-phone', 'Phone', 'tel')}</fieldset><button type="button" class="wc-block-components-checkout-place-order-button">Place Order</button></form>`,
)}
<footer class="site-footer"><form class="newsletter"><label for="newsletter-email">Get our newsletter</label><input type="email" id="newsletter-email" name="newsletter_email"><button type="button">Sign up</button></form></footer>`;
    }),
    body: `await page.locator('#billing_email').fill('ada@example.com');\n  await expect(page.locator('input[autocomplete="email"]')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: '#email',
  },
  // Vue storefront test-id lint: BEM-style data-test values became kebab-case with an element suffix.
  {
    id: 'd3-testid-bem-to-kebab',
    kind: 'test id',
    ...both((v) => {
      const t = (bem: string, kebab: string) => `data-test="${v(bem, kebab)}"`;
      return `<header class="sf-header"><a href="#/" class="sf-header__logo">Vue Storefront</a><button type="button" ${t('header__cart-btn', 'header-cart-button')} ${WRITES('header-cart')}>Cart (2)</button></header>
<aside class="sf-sidebar" ${t('cart__sidebar', 'cart-sidebar')}><h2>My cart</h2>
<ul><li ${t('cart__item', 'cart-item')}>Leather backpack <span>$120.00</span></li><li ${t('cart__item', 'cart-item')}>Canvas belt <span>$38.00</span></li></ul>
<p ${t('cart__subtotal', 'cart-subtotal')}>Subtotal $158.00</p>
<button type="button" ${t('cart__continue-shopping', 'cart-continue-shopping-button')} ${WRITES('continue')}>Continue shopping</button>
<button type="button" ${t('cart__checkout-btn', 'cart-checkout-button')} ${DONE}>Go to checkout</button>
<button type="button" ${t('cart__paypal-btn', 'cart-paypal-button')} ${WRITES('paypal')}>PayPal Checkout</button></aside>${OUT}`;
    }),
    body: `await page.locator('[data-test="cart__checkout-btn"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test="cart-checkout-button"]',
  },
  // Bootstrap alerts replaced by shadcn/ui Alert: .alert-danger -> the destructive variant (text-destructive utilities).
  {
    id: 'd3-xpath-shadcn-alert-destructive',
    kind: 'xpath',
    ...both((v) => {
      const alert = (bs: string, variant: string, title: string, text: string) =>
        v(`<div class="alert ${bs}" role="alert"><strong>${title}</strong> ${text}</div>`, `<div role="alert" class="relative w-full rounded-lg border p-4 ${variant}"><h5 class="mb-1 font-medium leading-none tracking-tight">${title}</h5><div class="text-sm">${text}</div></div>`);
      return `<main class="checkout"><h1>Payment</h1>${alert('alert-info', 'bg-background text-foreground', 'Heads up!', 'We updated our terms on 1 May.')}
<form class="payment"><label for="card">Card number</label><input id="card" value="4000 0000 0000 0002"><label for="exp">Expiry</label><input id="exp" value="04/24">
<p class="${v('invalid-feedback d-block', 'text-sm font-medium text-destructive')}">Check the expiry date</p>
${alert('alert-danger', 'border-destructive/50 text-destructive', 'Payment failed', 'Your card was declined.')}
<button type="button" class="${v('btn btn-primary', 'inline-flex h-10 rounded-md bg-primary px-4 text-primary-foreground')}">Try again</button></form>
${alert('alert-secondary', 'bg-muted text-muted-foreground', 'Tip:', 'You can pay with a bank transfer instead.')}</main>`;
    }),
    body: `await expect(page.locator('//div[@role="alert" and contains(@class, "alert-danger")]')).toContainText('Your card was declined.');`,
    expect: 'heal',
    target: 'div[role="alert"].text-destructive',
  },
  // Rebrand in a Tailwind UI app: primary utilities moved from indigo to violet (bg-indigo-600 -> bg-violet-600).
  {
    id: 'd3-css-tailwind-rebrand',
    kind: 'css class',
    ...both((v) => {
      const c = v('indigo', 'violet');
      return `<nav class="flex items-center justify-between bg-white px-6 py-3 shadow"><a href="#/" class="text-lg font-bold text-${c}-600">Workhub</a><button type="button" class="rounded-md bg-${c}-600 px-3 py-2 text-sm font-semibold text-white" ${WRITES('upgrade')}>Upgrade</button></nav>
<main class="mx-auto max-w-lg px-6 py-10"><h1 class="text-2xl font-bold text-gray-900">Create a workspace <span class="inline-flex rounded-md bg-${c}-50 px-2 text-xs font-medium text-${c}-700">Beta</span></h1>
<form class="space-y-6"><div><label for="ws-name" class="block text-sm font-medium text-gray-900">Workspace name</label><input id="ws-name" class="block w-full rounded-md border-0 py-1.5 ring-1 ring-gray-300 focus:ring-${c}-600"></div>
<div><label for="ws-url" class="block text-sm font-medium text-gray-900">URL</label><input id="ws-url" class="block w-full rounded-md border-0 py-1.5 ring-1 ring-gray-300 focus:ring-${c}-600"></div>
<a href="#/import" class="text-sm font-semibold text-${c}-600 hover:text-${c}-500" ${WRITES('import')}>Import from Slack</a>
<div class="flex gap-3"><button type="button" class="rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 ring-1 ring-gray-300" ${WRITES('cancel')}>Cancel</button>
<button type="button" class="flex justify-center rounded-md bg-${c}-600 px-3 py-2 text-sm font-semibold text-white hover:bg-${c}-500" ${DONE}>Create workspace</button></div></form></main>${OUT}`;
    }),
    body: `await page.locator('form button.bg-indigo-600').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'form button.bg-violet-600',
  },
  // Codegen before Playwright 1.27 wrote `>>` chains; a BEM rename of the sidebar's class (`sidebar-nav` -> `sidebar__nav`).
  {
    id: 'd3-legacy-chain-text-engine',
    kind: 'css class',
    ...both(
      (v) => `<header class="topbar"><a href="#/" class="brand">Lumen</a><nav class="topbar-nav"><a href="#/pricing" ${WRITES('top-pricing')}>Pricing</a><a href="#/login" ${WRITES('login')}>Log in</a></nav></header>
<div class="layout"><aside class="${v('sidebar-nav', 'sidebar__nav')}"><a href="#/docs" ${WRITES('docs')}>Docs</a><a href="#/guides" ${WRITES('guides')}>Guides</a><a href="#/pricing" ${DONE}>Pricing</a></aside>
<main><h1>Getting started</h1><p>Install the CLI, then run lumen init.</p></main></div>
<footer class="footer"><a href="#/pricing" ${WRITES('foot-pricing')}>Pricing</a><a href="#/terms" ${WRITES('terms')}>Terms</a></footer>${OUT}`,
    ),
    body: `await page.locator('.sidebar-nav >> text=Pricing').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'aside a[href="#/pricing"]',
  },
  // A `>> nth=` chain of an older suite; the plan buttons' class got the component's prefix (`plan-cta` -> `pricing-plan-cta`).
  {
    id: 'd3-legacy-chain-nth',
    kind: 'css class',
    ...both((v) => {
      const card = (name: string, price: string, extra: string) => `<div class="pricing-card"><h3>${name}</h3><p>${price}</p><button type="button" class="${v('plan-cta', 'pricing-plan-cta')}" ${extra}>Choose ${name}</button></div>`;
      return `<h1>Plans</h1><div class="plans">${card('Starter', '$0', WRITES('starter'))}${card('Team', '$12', DONE)}${card('Business', '$29', WRITES('business'))}</div>
<section class="newsletter"><input aria-label="Email" placeholder="you@example.com"><button type="button" class="newsletter-cta" ${WRITES('newsletter')}>Subscribe</button></section>${OUT}`;
    }),
    body: `await page.locator('.plans >> button.plan-cta >> nth=1').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.pricing-card:nth-child(2) button',
  },
];

const refuse: Drift[] = [
  // Checkout release dropped gift wrapping (the warehouse stopped offering it); the gift receipt option stays.
  {
    id: 'd3-refuse-gift-wrap-removed',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Checkout</h1><section class="gift"><h2>Gift options</h2>
${v('<label><input type="checkbox" id="gift-wrap" name="gift_wrap"> Add gift wrap (+£3.50)</label>', '')}
<label><input type="checkbox" id="gift-receipt" name="gift_receipt"> Include a gift receipt</label>
<label for="gift-msg">Gift message</label><textarea id="gift-msg" name="gift_message"></textarea></section>
<section class="delivery"><h2>Delivery</h2><label><input type="radio" name="ship" value="std" checked> Standard (3-5 days)</label><label><input type="radio" name="ship" value="exp"> Express (next day)</label></section>
<button type="button" class="btn-primary">Pay now</button>`,
    ),
    body: `await page.getByLabel('Add gift wrap').check();\n  await expect(page.locator('input[name="gift_wrap"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Monthly billing discontinued: the billing period toggle now offers Yearly and Every 2 years.
  {
    id: 'd3-refuse-monthly-billing-gone',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Choose your plan</h1><fieldset class="billing-period"><legend>Billing period</legend>
${v('<label><input type="radio" name="billing" value="monthly"> Monthly</label><label><input type="radio" name="billing" value="yearly" checked> Yearly (save 20%)</label>', '<label><input type="radio" name="billing" value="yearly" checked> Yearly</label><label><input type="radio" name="billing" value="biennial"> Every 2 years (save 30%)</label>')}</fieldset>
<div class="plans"><div class="plan"><h3>Starter</h3><p>$8 per user/month, billed yearly</p><button type="button">Choose Starter</button></div><div class="plan"><h3>Team</h3><p>$14 per user/month, billed yearly</p><button type="button">Choose Team</button></div></div>
<p class="fine-print">Prices exclude VAT. Cancel any time before your renewal date.</p>`,
    ),
    body: `await page.getByRole('radio', { name: 'Monthly' }).check();\n  await expect(page.locator('input[name="billing"][value="monthly"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Org policy shipped: members can no longer delete repositories; the danger zone keeps Archive and Transfer.
  {
    id: 'd3-refuse-delete-repo-policy',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Settings</h1><h2>Danger Zone</h2><ul class="danger-zone">
<li><strong>Change repository visibility</strong><p>This repository is currently public.</p><button type="button" class="btn-danger" ${WRITES('visibility')}>Change visibility</button></li>
<li><strong>Transfer ownership</strong><p>Transfer this repository to another user or organization.</p><button type="button" class="btn-danger" ${WRITES('transfer')}>Transfer</button></li>
<li><strong>Archive this repository</strong><p>Mark this repository as archived and read-only.</p><button type="button" class="btn-danger" ${WRITES('archive')}>Archive this repository</button></li>
${v(`<li><strong>Delete this repository</strong><p>Once you delete a repository, there is no going back.</p><button type="button" class="btn-danger" ${DONE}>Delete this repository</button></li>`, '<li><strong>Delete this repository</strong><p>Only organization owners can delete repositories.</p></li>')}</ul>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Delete this repository' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Threads are muted by default after the release: the toggle reads "Unmute conversation" and does the opposite.
  {
    id: 'd3-refuse-mute-now-unmute',
    kind: 'refuse',
    ...both(
      (v) => `<div class="thread"><h2>Thread in #design-reviews</h2><div class="thread-actions">
<button type="button" ${WRITES('reply')}>Reply</button>
${v(`<button type="button" ${DONE}>Mute conversation</button>`, `<button type="button" ${WRITES('unmuted')}>Unmute conversation</button>`)}
<button type="button" ${WRITES('copy')}>Copy link</button>
<button type="button" ${WRITES('settings')}>Notification settings</button></div>
<ul class="messages"><li><b>Grace</b> Can someone review the new nav?</li><li><b>Ada</b> Looking now. Muted the channel for focus time.</li><li><b>Linus</b> Left two comments.</li></ul></div>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mute conversation' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Marketing site split "Contact us" into "Contact sales" and "Contact support": two equally good candidates.
  {
    id: 'd3-refuse-contact-split',
    kind: 'refuse',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo">Cloudnest</a><nav><a href="#/pricing" ${WRITES('pricing')}>Pricing</a><a href="#/docs" ${WRITES('docs')}>Docs</a><a href="#/customers" ${WRITES('customers')}>Customers</a>
${v(`<a href="#/contact" ${DONE}>Contact us</a>`, `<a href="#/contact/sales" ${WRITES('sales')}>Contact sales</a><a href="#/contact/support" ${WRITES('support')}>Contact support</a>`)}<a href="#/login" ${WRITES('login')}>Log in</a></nav></header>
<main><h1>Hosting for teams that ship</h1><p>Deploy from Git in seconds.</p><a href="#/signup" class="btn" ${WRITES('signup')}>Start deploying</a></main>
<footer><a href="#/privacy">Privacy</a><a href="#/status">Status</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Contact us' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Passwordless migration: the email/password form is gone; only GitHub and Google sign-in remain.
  {
    id: 'd3-refuse-sign-in-oauth-only',
    kind: 'refuse',
    ...both(
      (v) => `<main class="auth"><h1>Sign in to Railyard</h1>
${v(`<form class="password-form"><label for="email">Email</label><input id="email" type="email"><label for="pw">Password</label><input id="pw" type="password"><button type="button" class="btn-primary" ${DONE}>Sign in</button></form><p class="or">or</p>`, '<p class="lede">We no longer support passwords. Use your GitHub or Google account.</p>')}
<button type="button" class="btn-oauth" ${WRITES('github')}>Sign in with GitHub</button>
<button type="button" class="btn-oauth" ${WRITES('google')}>Sign in with Google</button>
<p>New here? <a href="#/signup" ${WRITES('signup')}>Create an account</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Sign in', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Table toolbar decluttered: Export CSV moved into a closed "More actions" menu that must be opened first.
  {
    id: 'd3-refuse-export-behind-menu',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Customers</h1><div class="table-toolbar"><input type="search" placeholder="Filter customers" aria-label="Filter customers"><button type="button" ${WRITES('add')}>Add customer</button>
${v(`<button type="button" ${DONE}>Export CSV</button><button type="button" ${WRITES('print')}>Print</button>`, `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="more-menu" ${WRITES('more')}>More actions</button><div role="menu" id="more-menu" hidden><div role="menuitem" ${DONE}>Export CSV</div><div role="menuitem" ${WRITES('print')}>Print</div></div>`)}</div>
<table class="customers"><tr><th>Name</th><th>Email</th><th>Spent</th></tr><tr><td>Ada Lovelace</td><td>ada@example.com</td><td>$1,204</td></tr><tr><td>Grace Hopper</td><td>grace@example.com</td><td>$860</td></tr></table>
<p class="hint">Exports use the current filter.</p>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Export CSV' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Personalisation service retired: the "Recently viewed" rail is gone; "Recommended for you" also has 4 tiles.
  {
    id: 'd3-refuse-xpath-count-rail-gone',
    kind: 'refuse',
    ...both((v) => {
      const tiles = (names: string[]) => names.map((n) => `<li class="product-tile"><a href="#/p/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></li>`).join('');
      return `<main><h1>Welcome back</h1>
${v(`<section id="recently-viewed" class="rail"><h2>Recently viewed</h2><ul>${tiles(['Linen shirt', 'Canvas sneakers', 'Straw hat', 'Wool scarf'])}</ul></section>`, '')}
<section id="recommended" class="rail"><h2>Recommended for you</h2><ul>${tiles(['Denim jacket', 'Leather belt', 'Sunglasses', 'Rain boots'])}</ul></section>
<section id="new-in" class="rail"><h2>New in</h2><ul>${tiles(['Bucket hat', 'Chinos'])}</ul></section></main>`;
    }),
    body: `await expect(page.locator('//section[@id="recently-viewed"]//li')).toHaveCount(4);`,
    expect: 'refuse',
  },
  // Payments dashboard release: the per-row Refund action was removed; refunds now start from the payment page.
  {
    id: 'd3-refuse-chain-row-refund-moved',
    kind: 'refuse',
    ...both((v) => {
      const row = (id: string, amount: string, status: string, refund: string) =>
        `<tr><td>${id}</td><td>${amount}</td><td>${status}</td><td><button type="button" ${WRITES(`view-${id}`)}>View details</button>${v(`<button type="button" ${refund}>Refund</button>`, '')}</td></tr>`;
      return `<h1>Payments</h1><nav class="tabs"><a href="#/payments" ${WRITES('payments')}>All payments</a><a href="#/refunds" ${WRITES('refunds')}>Refunds</a><a href="#/disputes" ${WRITES('disputes')}>Disputes</a></nav>
<table class="payments"><thead><tr><th>ID</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
${row('ch_3Nq1x2', '$120.00', 'Succeeded', DONE)}${row('ch_3Nq1y7', '$45.00', 'Succeeded', WRITES('refund-y7'))}${row('ch_3Nq1z9', '$18.00', 'Refunded', WRITES('refund-z9'))}
</tbody></table>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'ch_3Nq1x2' })\n    .getByRole('button', { name: 'Refund' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Editorial workflow turned on: authors get "Submit for Review" instead of "Publish" (WordPress contributor flow).
  {
    id: 'd3-refuse-po-publish-now-review',
    kind: 'refuse',
    ...both(
      (v) => `<div class="edit-post-header"><a href="#/posts" class="back" ${WRITES('back')}>All posts</a><div class="edit-post-header__settings">
<button type="button" class="is-tertiary" ${WRITES('draft')}>Save draft</button><button type="button" class="is-tertiary" ${WRITES('preview')}>Preview</button>
${v(`<button type="button" class="is-primary editor-post-publish-button" ${DONE}>Publish</button>`, `<button type="button" class="is-primary editor-post-publish-button" ${WRITES('review')}>Submit for Review</button>`)}</div></div>
<main class="editor"><h1 contenteditable="true">Release notes 4.2</h1><p>What changed in this release.</p></main>
<aside class="sidebar"><h2>Post</h2><p>Visibility: Public</p><p>Publish: Immediately</p></aside>${OUT}`,
    ),
    imports: `import { EditorPage } from './editor-page';`,
    files: {
      'editor-page.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class EditorPage {\n  readonly publishButton: Locator;\n\n  constructor(readonly page: Page) {\n    this.publishButton = page.getByRole('button', { name: 'Publish', exact: true });\n  }\n\n  async publish() {\n    await this.publishButton.click();\n  }\n}\n`,
    },
    body: `await new EditorPage(page).publish();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // SMS two-factor retired (NIST SP 800-63B guidance): authenticator apps and security keys remain.
  {
    id: 'd3-refuse-id-sms-2fa-retired',
    kind: 'refuse',
    ...both(
      (v) => `<h1>Two-factor authentication</h1><p>Add a second step when you sign in.</p><ul class="methods">
<li><h3>Authenticator app</h3><p>Use an app such as 1Password or Authy.</p><button type="button" id="totp-2fa-toggle" ${WRITES('totp')}>Set up</button></li>
${v(`<li><h3>Text message (SMS)</h3><p>Get codes by SMS to •••• 4411.</p><button type="button" id="sms-2fa-toggle" ${DONE}>Set up</button></li>`, '')}
<li><h3>Security keys</h3><p>Passkeys or hardware keys.</p><button type="button" id="webauthn-2fa-toggle" ${WRITES('webauthn')}>Add key</button></li></ul>
<a href="#/recovery" ${WRITES('recovery')}>View recovery codes</a>${OUT}`,
    ),
    body: `await page.locator('#sms-2fa-toggle').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A/B test winner shipped: the single hero CTA (with its test id) became two equal CTAs without test ids.
  {
    id: 'd3-refuse-testid-hero-cta-split',
    kind: 'refuse',
    ...both(
      (v) => `<header class="nav"><a href="#/" class="logo">Inkwell</a><a href="#/pricing" ${WRITES('pricing')}>Pricing</a><a href="#/login" ${WRITES('login')}>Log in</a></header>
<section class="hero"><h1>Docs your team will actually read</h1><p>Write, review and publish in one place.</p>
${v(`<a href="#/signup" class="btn btn-primary" data-testid="hero-primary-cta" ${DONE}>Get started</a><a href="#/tour" class="btn btn-link" ${WRITES('tour')}>Take the tour</a>`, `<a href="#/signup?trial=1" class="btn btn-primary" ${WRITES('trial')}>Start free trial</a><a href="#/demo" class="btn btn-primary" ${WRITES('demo')}>Book a demo</a>`)}</section>
<section class="logos"><p>Trusted by 2,000 teams</p></section>${OUT}`,
    ),
    body: `await page.getByTestId('hero-primary-cta').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The promo banner was taken down; a promo bar with another offer took its place (a `>>` chain of an older suite).
  {
    id: 'd3-refuse-legacy-chain-promo-gone',
    kind: 'refuse',
    ...both(
      (v) => `<div class="${v('promo-banner', 'promo-bar')}">${v(`<span ${DONE}>Free shipping on orders over $50</span>`, `<span ${WRITES('returns')}>Free returns for 60 days</span>`)} <a href="#/offers" ${WRITES('offers')}>All offers</a></div>
<header><a href="#/" class="logo">Threadline</a><a href="#/cart" ${WRITES('cart')}>Cart</a></header><main><h1>New arrivals</h1><p>Linen shirts, wool socks and more.</p></main>${OUT}`,
    ),
    body: `await page.locator('.promo-banner >> text=Free shipping').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_3_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
