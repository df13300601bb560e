// Fifth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (verb and wording changes, added words, sentence case, brand and product renames, en-GB
// spelling, keyboard hints in tooltips, amounts in button names) on role, label, placeholder, alt, title
// and text locators; Prettier-style multi-line chains in the test body and in page objects where either
// the scope step or a later step drifts; CSS Modules, design-system prefix, scoped-style hash, QA-selector,
// generated-id and XPath drifts; and releases where any patch would be wrong (removed while a lookalike
// stays, moved behind a closed menu or accordion, list emptied, two equal candidates, a state change that
// must fail the test, the opposite action, a destructive action in a safe one's place, a different record).
// Pages carry decoys that share words, classes or attributes with the target. Heal cases name the `target`
// the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Google Drive's file menu: "Remove" became "Move to trash" (2020); "Remove from Starred" kept its name.
  {
    id: 'd5-menuitem-drive-move-to-trash',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="drive-header"><a href="#/drive" class="logo">Drive</a><input type="search" aria-label="Search in Drive" placeholder="Search in Drive"></header>
<main><h1>My Drive</h1><table class="files"><thead><tr><th>Name</th><th>Owner</th><th>Last modified</th></tr></thead><tbody>
<tr aria-selected="true"><td>Q3 budget.xlsx</td><td>me</td><td>12 May</td></tr><tr><td>Roadmap.pdf</td><td>Grace Hopper</td><td>3 May</td></tr></tbody></table></main>
<div role="menu" aria-label="Q3 budget.xlsx actions" class="context-menu">
<div role="menuitem" ${WRITES('open')}>Open with</div><div role="menuitem" ${WRITES('share')}>Share</div><div role="menuitem" ${WRITES('copy')}>Make a copy</div><div role="menuitem" ${WRITES('download')}>Download</div><div role="menuitem" ${WRITES('rename')}>Rename</div>
<div role="menuitem" ${WRITES('unstar')}>Remove from Starred</div><div role="separator"></div>
<div role="menuitem" ${DONE}>${v('Remove', 'Move to trash')}</div></div>
<aside class="details"><h2>Who has access</h2><p>Grace Hopper (editor)</p><button type="button" ${WRITES('remove-access')}>Remove access</button></aside>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Remove', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"]:text-is("Move to trash")',
  },
  // Mastodon-style preferences page aligned with the design system: the form's "Save" became "Save changes".
  {
    id: 'd5-role-save-to-save-changes',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="prefs-nav" aria-label="Preferences"><a href="#/prefs/appearance" ${WRITES('appearance')}>Appearance</a><a href="#/prefs/notifications" ${WRITES('notifications')}>Notifications</a><a href="#/bookmarks" ${WRITES('saved')}>Saved posts</a></nav>
<main><h1>Appearance</h1><form class="simple_form">
<label for="theme">Site theme</label><select id="theme"><option>Mastodon (Dark)</option><option>Mastodon (Light)</option></select>
<label><input type="checkbox" name="reduce_motion"> Reduce motion in animations</label>
<label><input type="checkbox" name="auto_play"> Auto-play animated GIFs</label>
<div class="actions"><button type="button" class="btn" ${DONE}>${v('Save', 'Save changes')}</button><button type="button" class="btn btn--secondary" ${WRITES('discard')}>Discard changes</button></div></form>
<section class="filters"><h2>Saved filters</h2><p>Keyword: spoilers</p><button type="button" ${WRITES('save-filter')}>Save filter</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Save', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.actions button:text-is("Save changes")',
  },
  // Checkout form moved to the design system's sentence-case labels ("First Name" -> "First name"); the test matched exactly.
  {
    id: 'd5-label-sentence-case-exact',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>${v('Shipping Address', 'Shipping address')}</h1><form class="address-form">
<label for="fn">${v('First Name', 'First name')}</label><input id="fn" name="firstName" autocomplete="given-name">
<label for="ln">${v('Last Name', 'Last name')}</label><input id="ln" name="lastName" autocomplete="family-name">
<label for="pfn">${v('Preferred First Name (optional)', 'Preferred first name (optional)')}</label><input id="pfn" name="preferredName">
<label for="co">${v('Company Name (optional)', 'Company name (optional)')}</label><input id="co" name="company">
<label for="a1">${v('Street Address', 'Street address')}</label><input id="a1" name="address1">
<label><input type="checkbox" name="billingSame" checked> ${v('Use As Billing Address', 'Use as billing address')}</label>
<button type="button">${v('Continue To Payment', 'Continue to payment')}</button></form></main>`,
    ),
    body: `await page.getByLabel('First Name', { exact: true }).fill('Ada');\n  await expect(page.locator('input[name="firstName"]')).toHaveValue('Ada');`,
    expect: 'heal',
    target: '#fn',
  },
  // Microsoft renamed Azure Active Directory to Microsoft Entra ID (July 2023); Azure AD Domain Services became Microsoft Entra Domain Services.
  {
    id: 'd5-link-azure-ad-to-entra',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="portal-header"><a href="#/" class="brand">Microsoft Azure</a><input type="search" aria-label="Search" placeholder="Search resources, services, and docs (G+/)"></header>
<nav class="portal-menu" aria-label="Portal menu"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a>
<a href="#/aad" ${DONE}>${v('Azure Active Directory', 'Microsoft Entra ID')}</a>
<a href="#/aadds" ${WRITES('domain-services')}>${v('Azure AD Domain Services', 'Microsoft Entra Domain Services')}</a>
<a href="#/b2c" ${WRITES('b2c')}>Azure AD B2C</a><a href="#/vms" ${WRITES('vms')}>Virtual machines</a></nav>
<main><h1>Azure services</h1><ul class="recent"><li><a href="#/aad/users" ${WRITES('users')}>Users</a></li><li><a href="#/aad/groups" ${WRITES('groups')}>Groups</a></li></ul>
${v('', `<div class="notice">Azure Active Directory is now Microsoft Entra ID. <a href="#/learn/entra" ${WRITES('learn')}>Learn more</a></div>`)}</main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Azure Active Directory', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a[href="#/aad"]',
  },
  // Google rebranded G Suite as Google Workspace (October 2020): the marketplace tile's logo alt followed.
  {
    id: 'd5-alt-gsuite-to-workspace',
    kind: 'renamed text',
    ...both((v) => {
      const tile = (name: string, alt: string, blurb: string, extra: string) =>
        `<li class="tile"><img src="${GIF}" alt="${alt}" width="48" height="48" ${extra}><h3>${name}</h3><p>${blurb}</p></li>`;
      const gs = v('G Suite', 'Google Workspace');
      return `<main class="marketplace"><h1>Integrations</h1><input type="search" aria-label="Search integrations" placeholder="Search integrations">
<ul class="tiles">${tile('Slack', 'Slack', 'Post updates to channels.', WRITES('slack'))}${tile(gs, gs, 'Sync users and calendars.', DONE)}${tile('Google Drive', 'Google Drive', 'Attach files from Drive.', WRITES('drive'))}${tile('Microsoft 365', 'Microsoft 365', 'Sync users and calendars.', WRITES('m365'))}</ul>
<p class="hint">Looking for ${v('G Suite Marketplace apps', 'Google Workspace Marketplace apps')}? Install them from your admin console.</p></main>${OUT}`;
    }),
    body: `await page.getByAltText('G Suite').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'img[alt="Google Workspace"]',
  },
  // Etsy-style purchases page localised for en-GB: the order status "Canceled" became "Cancelled".
  {
    id: 'd5-text-canceled-en-gb',
    kind: 'renamed text',
    ...both((v) => {
      const order = (num: string, status: string, action: string) => `<li class="order"><span class="order-no">Order #${num}</span><span class="status">${status}</span>${action}</li>`;
      return `<main><h1>Purchases</h1><ul class="orders">
${order('2214', 'Delivered', '<button type="button">Buy this again</button>')}
${order('2209', v('Canceled', 'Cancelled'), `<a href="#/help/2209">Why was this ${v('canceled', 'cancelled')}?</a>`)}
${order('2201', 'Cancellation requested', `<button type="button">Withdraw ${v('cancelation', 'cancellation')} request</button>`)}
${order('2198', 'Shipped', '<button type="button">Cancel order</button>')}</ul>
<aside class="filters"><label><input type="checkbox" name="hide"> Hide ${v('canceled', 'cancelled')} orders</label></aside></main>`;
    }),
    body: `await expect(page.getByText('Canceled', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'li.order span.status:text-is("Cancelled")',
  },
  // Gmail's Material 3 refresh (2022): the search box placeholder "Search mail" became "Search in mail".
  {
    id: 'd5-placeholder-gmail-search-in-mail',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="gb"><a href="#/inbox" class="logo">Gmail</a><form role="search" class="search"><input type="text" name="q" placeholder="${v('Search mail', 'Search in mail')}" autocomplete="off"><button type="button" aria-label="Show search options">⚙</button></form></header>
<div class="layout"><nav aria-label="Labels"><a href="#/inbox">Inbox</a><a href="#/sent">Sent</a></nav>
<main><div role="toolbar" aria-label="Actions"><button type="button">Archive</button><button type="button">Mark as read</button></div><ul class="threads"><li>Invoice #4471 from Northwind</li><li>Your parcel has shipped</li></ul></main>
<aside class="side-panel"><section class="chat"><h2>Chat</h2><input type="text" name="chat-q" placeholder="${v('Search chat', 'Search in chat')}"></section>
<section class="contacts"><h2>Contacts</h2><input type="text" name="contacts-q" placeholder="Search contacts"></section></aside></div>`,
    ),
    body: `await page.getByPlaceholder('Search mail').fill('invoice');\n  await expect(page.locator('header input[name="q"]')).toHaveValue('invoice');`,
    expect: 'heal',
    target: 'header input[name="q"]',
  },
  // YouTube's player controls added keyboard hints to their tooltips: title "Fullscreen" -> "Full screen (f)".
  {
    id: 'd5-title-fullscreen-shortcut',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="html5-video-player"><div class="video-surface" style="width:320px;height:180px;background:#000"></div>
<div class="ytp-chrome-bottom"><div class="ytp-left-controls"><button type="button" class="ytp-play-button" title="${v('Pause', 'Pause (k)')}" ${WRITES('pause')}>❚❚</button><button type="button" class="ytp-mute-button" title="${v('Mute', 'Mute (m)')}" ${WRITES('mute')}>🔊</button><span class="ytp-time-display">1:02 / 4:31</span></div>
<div class="ytp-right-controls"><button type="button" class="ytp-subtitles-button" title="${v('Subtitles/closed captions', 'Subtitles/closed captions (c)')}" ${WRITES('cc')}>CC</button><button type="button" class="ytp-settings-button" title="Settings" ${WRITES('settings')}>⚙</button>
<button type="button" class="ytp-miniplayer-button" title="${v('Miniplayer', 'Miniplayer (i)')}" ${WRITES('mini')}>▭</button><button type="button" class="ytp-size-button" title="${v('Theater mode', 'Theater mode (t)')}" ${WRITES('theater')}>▬</button>
<button type="button" class="ytp-fullscreen-button" title="${v('Fullscreen', 'Full screen (f)')}" ${DONE}>⛶</button></div></div></div>
<div id="below"><h1>Building a sourdough starter</h1><p>Watch in full screen for the close-ups of the crumb.</p></div>${OUT}`,
    ),
    body: `await page.getByTitle('Fullscreen').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.ytp-fullscreen-button',
  },
  // GitHub's new issues experience (2025): the new-issue form's "Submit new issue" became "Create" (with a "Create more" checkbox).
  {
    id: 'd5-role-github-submit-issue-create',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="AppHeader"><a href="#/" class="logo">Forge</a><nav><a href="#/ada/engine/issues" ${WRITES('issues')}>Issues</a><a href="#/ada/engine/pulls" ${WRITES('pulls')}>Pull requests</a></nav></header>
<main class="new-issue"><h1>Create new issue</h1><form class="new-issue-form">
<label for="issue_title">Add a title</label><input id="issue_title" name="title"><label for="issue_body">Add a description</label><textarea id="issue_body" name="body"></textarea>
<div class="form-actions">${v('', '<label><input type="checkbox" name="create_more"> Create more</label>')}<button type="button" class="btn" ${WRITES('cancel')}>Cancel</button><button type="button" class="btn btn-primary" ${DONE}>${v('Submit new issue', 'Create')}</button></div></form>
<aside class="sidebar"><h2>Assignees</h2><p>No one — <a href="#/assign" ${WRITES('assign')}>Assign yourself</a></p><h2>Development</h2><button type="button" ${WRITES('branch')}>Create a branch</button></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Submit new issue' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.form-actions .btn-primary',
  },
  // macOS Ventura renamed System Preferences to System Settings (2022); a help article's step headings followed.
  {
    id: 'd5-heading-system-settings',
    kind: 'renamed text',
    ...both((v) => {
      const sp = v('System Preferences', 'System Settings');
      return `<main class="article"><h1>Sharing your screen on macOS</h1>
<nav aria-label="On this page"><a href="#screen-recording">Allow screen recording</a><a href="#accessibility">Allow remote control</a></nav>
<h2 id="screen-recording">Allow screen recording in ${sp}</h2><ol><li>Open ${sp}.</li><li>Click ${v('Security &amp; Privacy, then Privacy', 'Privacy &amp; Security')}.</li><li>Select Screen Recording and turn on zoom.us.</li></ol>
<h2 id="accessibility">Allow remote control in ${sp}</h2><ol><li>Open ${sp}.</li><li>Select Accessibility and turn on zoom.us.</li></ol>
<h3>Troubleshooting ${sp} permissions</h3><p>Quit and reopen the app after changing a permission.</p></main>`;
    }),
    body: `await expect(page.getByRole('heading', { name: 'Allow screen recording in System Preferences' })).toBeVisible();`,
    expect: 'heal',
    target: '#screen-recording',
  },
  // Stripe Checkout-style payment page: the submit button now states the amount ("Pay" -> "Pay $24.00").
  {
    id: 'd5-role-pay-with-amount',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><section class="summary"><h1>Pay Northwind Coffee</h1><p class="amount">$24.00</p><p>Monthly beans subscription</p></section>
<section class="pay"><button type="button" class="link-button" ${WRITES('link')}>Pay with Link</button><p class="or">Or pay with card</p>
<label for="email">Email</label><input id="email" type="email"><label for="card">Card information</label><input id="card" placeholder="1234 1234 1234 1234">
<label for="holder">Cardholder name</label><input id="holder">
<label><input type="checkbox" name="save"> Save my info for faster checkout</label>
<button type="button" class="SubmitButton" ${DONE}>${v('Pay', 'Pay $24.00')}</button></section>
<footer><a href="#/terms" ${WRITES('terms')}>Terms</a><a href="#/privacy" ${WRITES('privacy')}>Privacy</a></footer></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pay', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.SubmitButton',
  },
  // WordPress 4.5 let users log in with their email: the login label "Username" became "Username or Email Address".
  {
    id: 'd5-label-wp-username-or-email',
    kind: 'renamed text',
    ...both(
      (v) => `<div id="login"><h1><a href="#/">Powered by WordPress</a></h1><form name="loginform" id="loginform">
<p><label for="user_login">${v('Username', 'Username or Email Address')}</label><input type="text" name="log" id="user_login" class="input" autocapitalize="off"></p>
<p><label for="user_pass">Password</label><input type="password" name="pwd" id="user_pass" class="input"></p>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme"><label for="rememberme">Remember Me</label></p>
<p class="submit"><input type="button" name="wp-submit" id="wp-submit" class="button button-primary" value="Log In"></p></form>
<p id="nav"><a href="#/register">Register</a> | <a href="#/lostpassword">Lost your password?</a></p><p id="backtoblog"><a href="#/">← Go to Harbour Notes</a></p></div>`,
    ),
    body: `await page.getByLabel('Username', { exact: true }).fill('ada');\n  await expect(page.locator('input[name="log"]')).toHaveValue('ada');`,
    expect: 'heal',
    target: '#user_login',
  },
];

const chains: Drift[] = [
  // Customers table rebuilt on the shadcn/ui data-table: the row actions button's name "More options" -> "Open menu".
  {
    id: 'd5-chain-row-actions-open-menu',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, email: string, spent: string, extra: string) =>
        `<tr><td><input type="checkbox" aria-label="Select row"></td><td>${name}</td><td>${email}</td><td>${spent}</td><td><button type="button" class="row-actions" ${extra}><span class="sr-only">${v('More options', 'Open menu')}</span><span aria-hidden="true">⋯</span></button></td></tr>`;
      return `<main><h1>Customers</h1><div class="toolbar"><input aria-label="Filter emails" placeholder="Filter emails..."><button type="button" ${WRITES('columns')}>Columns</button><button type="button" ${WRITES('export')}>Export</button></div>
<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Name</th><th>Email</th><th>Spent</th><th></th></tr></thead><tbody>
${row('Ada Lovelace', 'ada@example.com', '$316.00', WRITES('menu-ada'))}${row('Grace Hopper', 'grace@example.com', '$242.00', DONE)}${row('Linus Lee', 'linus@example.com', '$837.00', WRITES('menu-linus'))}</tbody></table>
<div class="pagination"><span>0 of 3 row(s) selected.</span><button type="button" ${WRITES('prev')}>Previous</button><button type="button" ${WRITES('next')}>Next</button></div></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'grace@example.com' })\n    .getByRole('button', { name: 'More options' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has-text("grace@example.com") button.row-actions',
  },
  // Newsletter form copy edit: the form's accessible name "Newsletter signup" became "Subscribe to our newsletter".
  {
    id: 'd5-chain-form-landmark-name',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo">Field Notes</a><form role="search" aria-label="Site search"><input type="search" aria-label="Search posts"></form></header>
<main><h1>Spring planting</h1><p>What went into the beds this year.</p>
<form aria-label="${v('Newsletter signup', 'Subscribe to our newsletter')}" class="newsletter"><h2>Get the weekly digest</h2><label for="nl-email">Email</label><input id="nl-email" name="EMAIL" type="email"><label for="nl-fname">First name</label><input id="nl-fname" name="FNAME"><button type="button">Subscribe</button></form></main>
<aside><form aria-label="Sign in" class="login"><label for="login-email">Email</label><input id="login-email" name="login_email" type="email"><label for="login-pw">Password</label><input id="login-pw" type="password"><button type="button">Sign in</button></form></aside>
<footer><form aria-label="Contact us" class="contact"><label for="c-email">Email</label><input id="c-email" name="contact_email" type="email"><label for="c-msg">Message</label><textarea id="c-msg"></textarea></form></footer>`,
    ),
    body: `await page\n    .getByRole('form', { name: 'Newsletter signup' })\n    .getByRole('textbox', { name: 'Email' })\n    .fill('ada@example.com');\n  await expect(page.locator('input[name="EMAIL"]')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: 'input[name="EMAIL"]',
  },
  // Account area rebuilt as components: the orders table's test id "orders-table" became "order-history-table" (page object getter).
  {
    id: 'd5-chain-po-getter-testid-count',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (num: string, date: string, total: string) => `<tr><td>#${num}</td><td>${date}</td><td>${total}</td><td><a href="#/orders/${num}">View</a></td></tr>`;
      return `<main class="account"><h1>Your account</h1><nav aria-label="Account"><a href="#/orders">Orders</a><a href="#/returns">Returns</a><a href="#/addresses">Addresses</a></nav>
<section><h2>Orders</h2><table data-testid="${v('orders-table', 'order-history-table')}"><thead><tr><th>Order</th><th>Date</th><th>Total</th><th></th></tr></thead><tbody>${row('1042', '12 May', '$74.00')}${row('1038', '2 May', '$18.00')}${row('1031', '19 April', '$129.00')}</tbody></table></section>
<section><h2>Returns</h2><table data-testid="returns-table"><thead><tr><th>Order</th><th>Date</th><th>Total</th><th></th></tr></thead><tbody>${row('1029', '11 April', '$26.00')}${row('1017', '3 March', '$48.00')}</tbody></table></section>
<section><h2>Addresses</h2><table data-testid="${v('addresses-table', 'address-book-table')}"><tbody><tr><td>12 St James's Square</td></tr><tr><td>4 Privet Drive</td></tr><tr><td>221B Baker Street</td></tr></tbody></table></section></main>`;
    }),
    imports: `import { OrdersPage } from './orders-page';`,
    files: {
      'orders-page.ts': `import type { Locator, Page } from '@playwright/test';

export class OrdersPage {
  constructor(readonly page: Page) {}

  get orderRows(): Locator {
    return this.page
      .getByTestId('orders-table')
      .locator('tbody tr');
  }
}
`,
    },
    body: `await expect(new OrdersPage(page).orderRows).toHaveCount(3);`,
    expect: 'heal',
    target: '[data-testid="order-history-table"] tbody tr',
  },
  // Shopify checkout's order summary now labels the tax line "Estimated taxes" (final after the address step).
  {
    id: 'd5-chain-expect-estimated-taxes',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="checkout"><form class="delivery"><h2>Delivery</h2><label for="country">Country/Region</label><select id="country"><option>United States</option><option>Canada</option></select>
<label for="zip">ZIP code</label><input id="zip"><button type="button">Continue to shipping</button></form></main>
<aside aria-label="Order summary" class="order-summary"><ul><li>Enamel kettle × 1 <span>$48.00</span></li></ul>
<div class="row"><span>Subtotal</span><span>$48.00</span></div>
<div class="row"><span>Shipping</span><span>Enter shipping address</span></div>
<div class="row"><span>${v('Taxes', 'Estimated taxes')}</span><span>$3.84</span></div>
<div class="row total"><span>Total</span><span>USD $51.84</span></div>
<p class="note">Including $3.84 in taxes</p></aside>
<footer><a href="#/policies/refund">Refund policy</a><a href="#/policies/shipping">Shipping</a><a href="#/policies/taxes">Taxes</a></footer>`,
    ),
    body: `await expect(\n    page\n      .getByRole('complementary', { name: 'Order summary' })\n      .getByText('Taxes', { exact: true }),\n  ).toBeVisible();`,
    expect: 'heal',
    target: 'aside.order-summary span:text-is("Estimated taxes")',
  },
  // A theme update moved the product card's quick-add button under the card block's BEM names (`quick-add__submit` -> `card__quick-add`); page object.
  {
    id: 'd5-chain-po-method-card-quick-add',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, price: string, extra: string) =>
        `<li class="card-wrapper"><div class="card"><h3 class="card__heading">${name}</h3><p class="price">${price}</p><button type="button" class="${v('quick-add__submit button', 'card__quick-add button')}" ${extra}>Add to cart</button><button type="button" class="card__wishlist" aria-label="Save ${name}" ${WRITES(`wish-${price}`)}>♡</button></div></li>`;
      return `<h1>Packs</h1><div class="facets"><button type="button">Filter</button><select aria-label="Sort by"><option>Featured</option></select></div>
<ul class="product-grid">${card('Ridge 28L daypack', '$129.00', WRITES('add-28'))}${card('Ridge 40L backpack', '$189.00', DONE)}${card('Summit rain cover', '$24.00', WRITES('add-cover'))}</ul>
<aside class="recently-viewed"><h2>Recently viewed</h2><div class="mini-card">Ridge 40L backpack <button type="button" class="quick-add__submit" ${WRITES('recent')}>Add</button></div></aside>${OUT}`;
    }),
    imports: `import { CollectionPage } from './collection-page';`,
    files: {
      'collection-page.ts': `import type { Page } from '@playwright/test';

export class CollectionPage {
  constructor(readonly page: Page) {}

  async quickAdd(product: string) {
    await this.page
      .locator('.card-wrapper')
      .filter({ hasText: product })
      .locator('button.quick-add__submit')
      .click();
  }
}
`,
    },
    body: `await new CollectionPage(page).quickAdd('Ridge 40L backpack');\n  ${CHECK}`,
    expect: 'heal',
    target: '.card-wrapper:has-text("Ridge 40L backpack") .card__quick-add',
  },
  // GOV.UK Design System guidance (ask the question in the legend): "Contact preference" -> "How should we contact you?".
  {
    id: 'd5-chain-fieldset-legend-question',
    kind: 'multi-line chain',
    ...both((v) => {
      const radio = (name: string, id: string, value: string, label: string) =>
        `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${id}" name="${name}" type="radio" value="${value}"><label class="govuk-label govuk-radios__label" for="${id}">${label}</label></div>`;
      return `<main class="govuk-main-wrapper"><h1 class="govuk-heading-l">Your details</h1><form>
<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">${v('Contact preference', 'How should we contact you?')}</legend><div class="govuk-radios">${radio('contact', 'contact', 'email', 'Email')}${radio('contact', 'contact-2', 'phone', 'Phone')}${radio('contact', 'contact-3', 'text', 'Text message')}</div></fieldset>
<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">How would you like to get your reference number?</legend><div class="govuk-radios">${radio('reference', 'reference', 'email', 'Email')}${radio('reference', 'reference-2', 'post', 'Post')}</div></fieldset>
<button type="button" class="govuk-button">Continue</button></form></main>`;
    }),
    body: `await page\n    .getByRole('group', { name: 'Contact preference' })\n    .getByLabel('Email')\n    .check();\n  await expect(page.locator('input[name="contact"][value="email"]')).toBeChecked();`,
    expect: 'heal',
    target: 'input[name="contact"][value="email"]',
  },
  // YouTube Studio renamed its "Videos" page "Content" (2021; videos, Shorts and live moved to tabs there); page object.
  {
    id: 'd5-chain-po-studio-content',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Channel" class="studio-nav"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="${v('#/videos', '#/content')}" ${DONE}>${v('Videos', 'Content')}</a><a href="#/analytics" ${WRITES('analytics')}>Analytics</a><a href="#/comments" ${WRITES('comments')}>Comments</a><a href="#/translations" ${WRITES('subtitles')}>Subtitles</a></nav>
<main><h1>${v('Channel videos', 'Channel content')}</h1>${v('', `<div class="tabs"><a href="#/content/videos" aria-current="page" ${WRITES('tab-videos')}>Videos</a><a href="#/content/shorts" ${WRITES('tab-shorts')}>Shorts</a><a href="#/content/live" ${WRITES('tab-live')}>Live</a><a href="#/content/playlists" ${WRITES('tab-playlists')}>Playlists</a></div>`)}
<table><thead><tr><th>Video</th><th>Visibility</th><th>Views</th></tr></thead><tbody><tr><td>Building a sourdough starter</td><td>Public</td><td>1,204</td></tr><tr><td>Shaping a batard</td><td>Unlisted</td><td>87</td></tr></tbody></table>
<a href="#/upload" class="btn" ${WRITES('upload')}>Upload videos</a></main>${OUT}`,
    ),
    imports: `import { StudioNav } from './studio-nav';`,
    files: {
      'studio-nav.ts': `import type { Locator, Page } from '@playwright/test';

export class StudioNav {
  readonly videosLink: Locator;
  readonly analyticsLink: Locator;

  constructor(readonly page: Page) {
    this.videosLink = page
      .getByRole('navigation', { name: 'Channel' })
      .getByRole('link', { name: 'Videos' });
    this.analyticsLink = page
      .getByRole('navigation', { name: 'Channel' })
      .getByRole('link', { name: 'Analytics' });
  }
}
`,
    },
    body: `await new StudioNav(page).videosLink.click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a[href="#/content"]',
  },
  // shadcn/ui replaced its Radix Toast component with Sonner (2024): the toast region's name "Notifications (F8)" -> "Notifications alt+T".
  {
    id: 'd5-chain-sonner-region-name',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main><h1>Inbox</h1><div role="toolbar" aria-label="Formatting" class="editor-toolbar"><button type="button" ${WRITES('editor-undo')}>Undo</button><button type="button" ${WRITES('editor-redo')}>Redo</button></div>
<ul class="threads"><li>Grace Hopper — Nanoseconds, explained</li><li>Linus Lee — Build is green</li></ul>
<section aria-labelledby="notif-h" class="settings-card"><h2 id="notif-h">Notifications</h2><label><input type="checkbox" checked> Email me about mentions</label><button type="button" ${WRITES('undo-changes')}>Undo changes</button></section></main>
${v(
  `<div role="region" aria-label="Notifications (F8)" tabindex="-1"><ol class="toast-viewport"><li role="status" class="toast" data-state="open"><div class="toast-title">Conversation archived</div><button type="button" class="toast-action" ${DONE}>Undo</button></li></ol></div>`,
  `<section aria-label="Notifications alt+T" tabindex="-1"><ol data-sonner-toaster="true" data-theme="light"><li data-sonner-toast="" data-type="default" data-mounted="true"><div data-content=""><div data-title="">Conversation archived</div></div><button type="button" data-button="true" ${DONE}>Undo</button></li></ol></section>`,
)}${OUT}`,
    ),
    body: `await page\n    .getByRole('region', { name: 'Notifications (F8)' })\n    .getByRole('button', { name: 'Undo' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-sonner-toast] button',
  },
  // Team chat's thread panel copy edit: the reply composer's placeholder "Reply…" became "Reply in thread…".
  {
    id: 'd5-chain-thread-placeholder',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="channel"><h1>#launch</h1><ul><li>Ada: shipping at 3?</li><li>Linus: docs are merged</li></ul><textarea name="channel_message" placeholder="Message #launch"></textarea></main>
<aside aria-label="Thread" class="thread-panel"><h2>Thread</h2><p>Ada: shipping at 3?</p><p>Grace: yes, after the smoke test</p>
<textarea name="thread_reply" placeholder="${v('Reply…', 'Reply in thread…')}"></textarea><label><input type="checkbox" name="broadcast"> Also send to #launch</label></aside>
<aside aria-label="Direct messages" class="dm-panel"><h2>Grace Hopper</h2><textarea name="dm_message" placeholder="Reply to Grace Hopper…"></textarea></aside>`,
    ),
    body: `await page\n    .getByRole('complementary', { name: 'Thread' })\n    .getByPlaceholder('Reply…')\n    .fill('On it');\n  await expect(page.locator('textarea[name="thread_reply"]')).toHaveValue('On it');`,
    expect: 'heal',
    target: 'textarea[name="thread_reply"]',
  },
  // The account menu dropped its possessives ("Your profile" -> "Profile", "Your stars" -> "Stars"); page object.
  {
    id: 'd5-chain-po-menuitem-possessive',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="AppHeader"><a href="#/" class="logo">Forge</a><button type="button" aria-haspopup="menu" aria-expanded="true">Open user menu</button>
<div role="menu" aria-label="User menu" class="user-menu"><div role="menuitem" ${DONE}>${v('Your profile', 'Profile')}</div><div role="menuitem" ${WRITES('repos')}>${v('Your repositories', 'Repositories')}</div><div role="menuitem" ${WRITES('stars')}>${v('Your stars', 'Stars')}</div>
<div role="separator"></div><div role="menuitem" ${WRITES('settings')}>Settings</div><div role="menuitem" ${WRITES('signout')}>Sign out</div></div></header>
<div class="layout"><nav aria-label="Settings"><a href="#/settings/profile" ${WRITES('public-profile')}>Public profile</a><a href="#/settings/account" ${WRITES('account')}>Account</a></nav>
<main><h1>Public profile</h1><img src="${GIF}" alt="Profile picture" width="64" height="64"><a href="#/ada" ${WRITES('view')}>View profile</a></main></div>${OUT}`,
    ),
    imports: `import { UserMenu } from './user-menu';`,
    files: {
      'user-menu.ts': `import type { Locator, Page } from '@playwright/test';

export class UserMenu {
  readonly profile: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.profile = page
      .getByRole('menu', { name: 'User menu' })
      .getByRole('menuitem', { name: 'Your profile' });
    this.signOut = page
      .getByRole('menu', { name: 'User menu' })
      .getByRole('menuitem', { name: 'Sign out' });
  }
}
`,
    },
    body: `await new UserMenu(page).profile.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.user-menu [role="menuitem"]:text-is("Profile")',
  },
];

const others: Drift[] = [
  // Next.js 15 app moved from webpack to Turbopack: CSS Modules names changed format (`SubscribeForm_submit__Xy7Qa` -> `SubscribeForm-module__k9Lp2a__submit`).
  {
    id: 'd5-css-modules-turbopack',
    kind: 'css class',
    ...both((v) => {
      const c = (file: string, cls: string, oldHash: string, newHash: string) => v(`${file}_${cls}__${oldHash}`, `${file}-module__${newHash}__${cls}`);
      return `<header class="${c('Header', 'root', 'p2Lk9', 'Qw81xa')}"><a href="#/" class="${c('Header', 'logo', 'Tz41q', 'Qw81xa')}">Tidepool</a><button type="button" class="${c('Header', 'submit', 'Rt5e1', 'Qw81xa')}" ${WRITES('header')}>Subscribe</button></header>
<main class="${c('Home', 'main', 'Mn67b', 'Zr03kd')}"><h1>Tide tables for 1,400 stations</h1>
<form class="${c('SubscribeForm', 'form', 'Ab12C', 'k9Lp2a')}"><label for="sub-email" class="${c('SubscribeForm', 'label', 'Lb90x', 'k9Lp2a')}">Email</label><input id="sub-email" class="${c('SubscribeForm', 'input', 'Df34E', 'k9Lp2a')}" type="email">
<button type="button" class="${c('SubscribeForm', 'submit', 'Xy7Qa', 'k9Lp2a')}" ${DONE}>Subscribe</button><button type="button" class="${c('SubscribeForm', 'secondary', 'Jk88p', 'k9Lp2a')}" ${WRITES('later')}>Not now</button></form></main>
<footer class="${c('Footer', 'root', 'Gh56I', 'm3Np0b')}"><form class="${c('FooterSignup', 'form', 'Uu12v', 'Pp71cs')}"><input type="email" aria-label="Footer email" class="${c('FooterSignup', 'input', 'Ww34x', 'Pp71cs')}"><button type="button" class="${c('FooterSignup', 'submit', 'Yy56z', 'Pp71cs')}" ${WRITES('footer')}>Subscribe</button></form></footer>${OUT}`;
    }),
    body: `await page.locator('.SubscribeForm_submit__Xy7Qa').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.SubscribeForm-module__k9Lp2a__submit',
  },
  // Carbon Design System v10 -> v11: the `bx--` class prefix became `cds--`.
  {
    id: 'd5-css-carbon-11-prefix',
    kind: 'css class',
    ...both((v) => {
      const p = v('bx--', 'cds--');
      const bucket = (name: string) => `<tr><td><input type="checkbox" class="${p}checkbox" aria-label="Select ${name}"></td><td>${name}</td><td>us-south</td></tr>`;
      return `<header class="${p}header" aria-label="IBM Cloud"><a class="${p}header__name" href="#/">IBM Cloud</a></header>
<main class="${p}content"><h1>Object storage</h1><button type="button" class="${p}btn ${p}btn--primary" ${WRITES('create')}>Create bucket</button>
<div class="${p}batch-actions"><span>1 item selected</span><button type="button" class="${p}btn ${p}btn--danger" ${WRITES('batch-delete')}>Delete</button></div>
<table class="${p}data-table"><thead><tr><th></th><th>Name</th><th>Location</th></tr></thead><tbody>${bucket('invoices-2024')}${bucket('backups-weekly')}</tbody></table></main>
<div class="${p}modal is-visible" role="dialog" aria-modal="true" aria-labelledby="m-title"><div class="${p}modal-container">
<div class="${p}modal-header"><h3 id="m-title" class="${p}modal-header__heading">Delete bucket?</h3><button type="button" class="${p}modal-close" aria-label="Close" ${WRITES('close')}>×</button></div>
<div class="${p}modal-content"><p>Type the bucket name to confirm.</p><input class="${p}text-input" aria-label="Bucket name"></div>
<div class="${p}modal-footer"><button type="button" class="${p}btn ${p}btn--secondary" ${WRITES('cancel')}>Cancel</button><button type="button" class="${p}btn ${p}btn--danger" ${DONE}>Delete</button></div></div></div>${OUT}`;
    }),
    body: `await page.locator('.bx--modal-footer .bx--btn--danger').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.cds--modal-footer .cds--btn--danger',
  },
  // GitLab moved its end-to-end selectors from `data-qa-selector` to `data-testid` (16.x), kebab-casing the values.
  {
    id: 'd5-testid-gitlab-qa-selector',
    kind: 'test id',
    ...both((v) => {
      const qa = (name: string) => v(`data-qa-selector="${name}"`, `data-testid="${name.replace(/_/g, '-')}"`);
      return `<div class="merge-request-details"><h1 ${qa('title_content')}>Add retry to webhook delivery</h1>
<div class="mr-tabs"><a href="#/overview" ${WRITES('overview')}>Overview</a><a href="#/commits" ${WRITES('commits')}>Commits</a><a href="#/pipelines" ${WRITES('pipelines')}>Pipelines</a><a href="#/diffs" ${WRITES('changes')}>Changes</a></div></div>
<div class="mr-widget"><div class="mr-widget-section"><p ${qa('pipeline_info_container')}>Pipeline #8812 passed</p>
<label><input type="checkbox" ${qa('squash_checkbox')}> Squash commits</label><label><input type="checkbox" checked ${qa('delete_source_branch_checkbox')}> Delete source branch</label>
<button type="button" class="btn btn-confirm" ${qa('merge_button')} ${DONE}>Merge</button>
<button type="button" class="btn dropdown-toggle" ${qa('merge_immediately_dropdown')} ${WRITES('options')}>Merge options</button></div>
<div class="mr-widget-section"><button type="button" class="btn" ${qa('revert_button')} ${WRITES('revert')}>Revert</button><button type="button" class="btn" data-testid="mr-copy-branch-button" ${WRITES('copy')}>Copy source branch name</button></div></div>${OUT}`;
    }),
    body: `await page.locator('[data-qa-selector="merge_button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="merge-button"]',
  },
  // Drupal: a search block placed in the header renders its form first, so it takes `edit-submit` and the node form's Save becomes `edit-submit--2`.
  {
    id: 'd5-id-drupal-unique-suffix',
    kind: 'id',
    ...both(
      (v) => `<header role="banner"><a href="#/" class="site-branding">Harbour Council</a>${v(
        '',
        `<div class="block-search"><form class="search-block-form" role="search"><label for="edit-keys">Search</label><input type="search" id="edit-keys" name="keys" data-drupal-selector="edit-keys"><input type="button" id="edit-submit" value="Search" class="button js-form-submit" data-drupal-selector="edit-submit" ${WRITES('search')}></form></div>`,
      )}</header>
<main><h1>Create Article</h1><form class="node-article-form" data-drupal-selector="node-article-form">
<label for="edit-title-0-value">Title</label><input type="text" id="edit-title-0-value" name="title[0][value]" data-drupal-selector="edit-title-0-value">
<label for="edit-body-0-value">Body</label><textarea id="edit-body-0-value" name="body[0][value]" data-drupal-selector="edit-body-0-value"></textarea>
<div class="form-actions" id="edit-actions"><input type="button" id="${v('edit-submit', 'edit-submit--2')}" value="Save" class="button button--primary js-form-submit" data-drupal-selector="edit-submit" ${DONE}><input type="button" id="edit-preview" value="Preview" class="button js-form-submit" data-drupal-selector="edit-preview" ${WRITES('preview')}></div></form></main>${OUT}`,
    ),
    body: `await page.locator('#edit-submit').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#edit-submit--2',
  },
  // Rails app renamed its User model to Account: form_with ids and param names followed (`new_user`, `user[email]` -> `new_account`, `account[email]`).
  {
    id: 'd5-xpath-rails-model-rename',
    kind: 'xpath',
    ...both((v) => {
      const m = v('user', 'account');
      return `<main><h1>Sign up</h1><section class="signup"><form id="new_${m}" class="new_${m}" action="/${m}s" method="post">
<label for="${m}_email">Email</label><input type="email" name="${m}[email]" id="${m}_email">
<label for="${m}_email_confirmation">Confirm email</label><input type="email" name="${m}[email_confirmation]" id="${m}_email_confirmation">
<label for="${m}_password">Password</label><input type="password" name="${m}[password]" id="${m}_password">
<input type="button" value="Sign up"></form></section>
<footer><form id="new_subscriber" class="new_subscriber"><label for="subscriber_email">Newsletter</label><input type="email" name="subscriber[email]" id="subscriber_email"><input type="button" value="Subscribe"></form></footer></main>`;
    }),
    body: `await page.locator('//form[@id="new_user"]//input[@name="user[email]"]').fill('ada@example.com');\n  await expect(page.locator('.signup input[type="email"]').first()).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: 'input[name="account[email]"]',
  },
  // SvelteKit: editing the Hero component's styles changed its scoping hash (`svelte-9ox3q1` -> `svelte-k2d8fa`); a recorded locator kept it.
  {
    id: 'd5-css-svelte-scope-hash',
    kind: 'css class',
    ...both((v) => {
      const h = v('svelte-9ox3q1', 'svelte-k2d8fa');
      return `<header class="site svelte-1u8fmro"><a href="#/" class="brand svelte-1u8fmro">Tidepool</a><a href="#/signup" class="cta svelte-1u8fmro" ${WRITES('header-cta')}>Start free</a></header>
<section class="hero ${h}"><h1 class="${h}">Plan around the tide</h1><p class="${h}">Charts for 1,400 stations.</p><a href="#/signup" class="cta ${h}" ${DONE}>Start free</a><a href="#/tour" class="secondary ${h}" ${WRITES('tour')}>Take the tour</a></section>
<section class="pricing svelte-pq02mx"><h2 class="svelte-pq02mx">Pricing</h2><p class="svelte-pq02mx">Free for one station.</p><a href="#/signup?plan=pro" class="cta svelte-pq02mx" ${WRITES('pricing-cta')}>Start free</a></section>${OUT}`;
    }),
    body: `await page.locator('a.cta.svelte-9ox3q1').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.cta.svelte-k2d8fa',
  },
];

const refuse: Drift[] = [
  // Heroku ended free dynos (28 November 2022): the dyno picker lost "Free"; "Eco" (paid, sleeps like Free did) stands where it was.
  {
    id: 'd5-refuse-heroku-free-dyno-gone',
    kind: 'refuse',
    ...both((v) => {
      const dyno = (value: string, name: string, blurb: string) => `<div class="dyno-option"><label><input type="radio" name="dyno" value="${value}"> ${name}</label><p>${blurb}</p></div>`;
      return `<main><h1>Change dyno type</h1><p class="process">web: gunicorn app:app</p><fieldset><legend>Dyno type</legend>
${v(dyno('free', 'Free', 'Sleeps after 30 minutes of inactivity. 550 dyno hours a month.'), dyno('eco', 'Eco', '$5 a month for 1,000 dyno hours. Sleeps after 30 minutes of inactivity.'))}
${dyno(v('hobby', 'basic'), v('Hobby', 'Basic'), 'Never sleeps. $7 a month.')}${dyno('standard-1x', 'Standard-1X', 'Horizontal scaling. $25 a month.')}</fieldset>
<button type="button">Save</button><p class="note">Free SSL is included with every paid dyno.</p></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Free' }).check();\n  await expect(page.locator('input[value="free"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Gmail collapses rarely used labels under "More": Spam now sits in the collapsed list, which must be opened first.
  {
    id: 'd5-refuse-spam-behind-more',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Labels" class="labels"><a href="#inbox" ${WRITES('inbox')}>Inbox</a><a href="#starred" ${WRITES('starred')}>Starred</a><a href="#sent" ${WRITES('sent')}>Sent</a><a href="#drafts" ${WRITES('drafts')}>Drafts</a>
${v(`<a href="#spam" ${DONE}>Spam</a>`, '')}<button type="button" aria-expanded="false" aria-controls="more-labels" ${WRITES('more')}>More</button>
<div id="more-labels" hidden><a href="#important" ${WRITES('important')}>Important</a><a href="#scheduled" ${WRITES('scheduled')}>Scheduled</a><a href="#all" ${WRITES('all')}>All Mail</a>${v('', `<a href="#spam" ${DONE}>Spam</a>`)}<a href="#trash" ${WRITES('trash')}>Trash</a></div></nav>
<main><div role="toolbar" aria-label="Actions"><button type="button" ${WRITES('report')}>Report spam</button><button type="button" ${WRITES('archive')}>Archive</button></div>
<ul class="threads"><li>You won a prize (claim now)</li><li>Your parcel has shipped</li></ul></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Spam' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Org turned on SCIM provisioning: people join through the identity provider, so pending invitations are gone; sessions keep their Revoke buttons.
  {
    id: 'd5-refuse-chain-invitations-emptied',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>People</h1><section aria-labelledby="inv-h"><h2 id="inv-h">Pending invitations</h2>
<ul aria-label="Pending invitations">${v(`<li>grace@example.com · invited 2 days ago <button type="button" ${DONE}>Revoke</button></li><li>linus@example.com · invited 5 days ago <button type="button" ${WRITES('revoke-linus')}>Revoke</button></li>`, '')}</ul>
${v(`<button type="button" ${WRITES('invite')}>Invite member</button>`, '<p class="empty">No pending invitations. Members are provisioned by Okta.</p>')}</section>
<section aria-labelledby="sess-h"><h2 id="sess-h">Your sessions</h2><ul aria-label="Active sessions"><li>Chrome on macOS · London <button type="button" ${WRITES('session-1')}>Revoke</button></li><li>Safari on iOS · Leeds <button type="button" ${WRITES('session-2')}>Revoke</button></li></ul></section>
<section aria-labelledby="tok-h"><h2 id="tok-h">Personal access tokens</h2><ul aria-label="Personal access tokens"><li>ci-deploy · expires in 30 days <button type="button" ${WRITES('token')}>Revoke</button></li></ul></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('list', { name: 'Pending invitations' })\n    .getByRole('listitem')\n    .first()\n    .getByRole('button', { name: 'Revoke' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Shopify admin order page: the single "Print" action split into "Print packing slip" and "Print shipping label" (two equal candidates).
  {
    id: 'd5-refuse-print-split',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>#1042</h1><div class="actions">${v(`<button type="button" ${DONE}>Print</button>`, `<button type="button" ${WRITES('slip')}>Print packing slip</button><button type="button" ${WRITES('label')}>Print shipping label</button>`)}<button type="button" ${WRITES('refund')}>Refund</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" ${WRITES('more')}>More actions</button></div>
<section><h2>Unfulfilled (2)</h2><ul><li>Enamel kettle × 1</li><li>Stoneware mugs × 2</li></ul><button type="button" ${WRITES('fulfil')}>Fulfill items</button><button type="button" ${WRITES('buy-label')}>Create shipping label</button></section>
<section><h2>Paid</h2><p>Subtotal $100.00 · Shipping $8.00 · Total $108.00</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Print', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded product sold out after a fixture change: Shopify Dawn swaps "Add to cart" for a disabled "Sold out" button.
  {
    id: 'd5-refuse-sold-out-disabled',
    kind: 'refuse',
    ...both(
      (v) => `<main class="product"><h1>Enamel kettle</h1><p class="price">$48.00</p>${v('', '<span class="badge">Sold out</span>')}
<div class="product-form__buttons">${v(`<button type="button" class="product-form__submit button" ${DONE}>Add to cart</button><button type="button" class="shopify-payment-button__button" ${WRITES('buy')}>Buy it now</button>`, '<button type="button" class="product-form__submit button" disabled>Sold out</button>')}</div>
<button type="button" class="share-button" ${WRITES('share')}>Share</button></main>
<section class="related"><h2>You may also like</h2><ul><li>Stoneware mugs <button type="button" class="quick-add" ${WRITES('qa-mugs')}>Quick add</button></li><li>Kettle descaler <button type="button" class="quick-add" ${WRITES('qa-descaler')}>Quick add</button></li></ul></section>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to cart' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded repository is public now: the danger zone offers "Make private" where "Make public" was (the opposite action).
  {
    id: 'd5-refuse-make-public-now-private',
    kind: 'refuse',
    ...both(
      (v) => `<main class="settings"><h1>General</h1><label for="repo-name">Repository name</label><input id="repo-name" value="engine"><button type="button" ${WRITES('rename')}>Rename</button>
<section class="danger-zone"><h2>Danger Zone</h2>
<div class="row"><div><h3>Change repository visibility</h3><p>This repository is currently ${v('private', 'public')}.</p></div>${v(`<button type="button" ${DONE}>Make public</button>`, `<button type="button" ${WRITES('private')}>Make private</button>`)}</div>
<div class="row"><div><h3>Transfer ownership</h3><p>Transfer this repository to another user or organization.</p></div><button type="button" ${WRITES('transfer')}>Transfer</button></div>
<div class="row"><div><h3>Archive this repository</h3><p>Mark this repository archived and read-only.</p></div><button type="button" ${WRITES('archive')}>Archive this repository</button></div></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Make public' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // EC2 console toolbar redesign: "Stop instance" moved into the closed "Instance state" menu; "Terminate instance" took its toolbar slot.
  {
    id: 'd5-refuse-stop-now-terminate',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Instances (1/3)</h1><div class="toolbar"><button type="button" ${WRITES('refresh')}>Refresh</button><button type="button" ${WRITES('connect')}>Connect</button>
${v(
  `<button type="button" ${DONE}>Stop instance</button><button type="button" ${WRITES('reboot')}>Reboot instance</button>`,
  `<button type="button" ${WRITES('terminate')}>Terminate instance</button><button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('state-menu')}>Instance state</button><div role="menu" hidden><div role="menuitem" ${DONE}>Stop instance</div><div role="menuitem" ${WRITES('start')}>Start instance</div><div role="menuitem" ${WRITES('reboot')}>Reboot instance</div><div role="menuitem" ${WRITES('hibernate')}>Hibernate instance</div></div>`,
)}<button type="button" ${WRITES('launch')}>Launch instances</button></div>
<table><thead><tr><th></th><th>Name</th><th>Instance ID</th><th>State</th></tr></thead><tbody>
<tr aria-selected="true"><td><input type="checkbox" checked aria-label="Select web-1"></td><td>web-1</td><td>i-0a12b34c56d78e9f0</td><td>Running</td></tr>
<tr><td><input type="checkbox" aria-label="Select web-2"></td><td>web-2</td><td>i-0b98c76d54e32f1a0</td><td>Running</td></tr>
<tr><td><input type="checkbox" aria-label="Select worker-1"></td><td>worker-1</td><td>i-0c55d44e33f22a110</td><td>Stopped</td></tr></tbody></table></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Stop instance' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Seed data refreshed: Grace Hopper is no longer in the users fixture; "Grace Chen", another user, has a row.
  {
    id: 'd5-refuse-chain-different-user',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, email: string, role: string, extra: string) =>
        `<tr><td>${name}</td><td>${email}</td><td>${role}</td><td><button type="button" ${extra}>Edit</button><button type="button" ${WRITES(`suspend-${email}`)}>Suspend</button></td></tr>`;
      return `<main><h1>Users</h1><input type="search" aria-label="Search users" placeholder="Search users"><table><thead><tr><th>Name</th><th>Email</th><th>Role</th><th></th></tr></thead><tbody>
${row('Ada Lovelace', 'ada@example.com', 'Owner', WRITES('edit-ada'))}${v(row('Grace Hopper', 'grace.hopper@example.com', 'Admin', DONE), row('Grace Chen', 'grace.chen@example.com', 'Admin', WRITES('edit-grace-chen')))}${row('Linus Lee', 'linus@example.com', 'Member', WRITES('edit-linus'))}</tbody></table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Grace Hopper' })\n    .getByRole('button', { name: 'Edit' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Klarna was dropped as a payment option (the provider contract ended); Afterpay and card keep the same `payment-method--*` markup.
  {
    id: 'd5-refuse-css-klarna-removed',
    kind: 'refuse',
    ...both((v) => {
      const method = (key: string, label: string, note: string) =>
        `<div class="payment-method payment-method--${key}"><label><input type="radio" name="payment" value="${key}"> ${label}</label><p class="payment-method__note">${note}</p></div>`;
      return `<main class="checkout"><h1>Payment</h1><fieldset class="payment-methods"><legend>Choose a payment method</legend>
${method('card', 'Credit or debit card', 'Visa, Mastercard, Amex')}${method('paypal', 'PayPal', 'You will be redirected to PayPal')}${v(method('klarna', 'Klarna', 'Pay in 3 interest-free instalments'), '')}${method('afterpay', 'Afterpay', 'Pay in 4 interest-free instalments')}</fieldset>
<button type="button" class="pay">Pay £74.00</button></main>`;
    }),
    body: `await page.locator('.payment-method--klarna input[type="radio"]').check();\n  await expect(page.locator('input[value="klarna"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Checkout decluttered: the gift message moved into a collapsed "Add a gift message" accordion that must be opened first.
  {
    id: 'd5-refuse-gift-message-accordion',
    kind: 'refuse',
    ...both((v) => {
      const field = '<label for="gift-msg">Gift message</label><textarea id="gift-msg" name="gift_message" maxlength="240"></textarea>';
      return `<main class="checkout"><h1>Gift options</h1><form>
<label><input type="checkbox" name="gift_receipt"> Include a gift receipt (prices hidden)</label>
${v(field, `<h3><button type="button" aria-expanded="false" aria-controls="gift-panel">Add a gift message</button></h3><div id="gift-panel" hidden>${field}<p>Up to 240 characters.</p></div>`)}
<label for="instructions">Delivery instructions</label><textarea id="instructions" name="instructions"></textarea>
<button type="button">Continue</button></form></main>`;
    }),
    body: `await page.getByLabel('Gift message').fill('Happy birthday, Ada!');\n  await expect(page.locator('textarea[name="gift_message"]')).toHaveValue('Happy birthday, Ada!');`,
    expect: 'refuse',
  },
  // The identity check on the seeded document now goes to manual review (a provider rule change): the success heading must fail the test.
  {
    id: 'd5-refuse-heading-verification-review',
    kind: 'refuse',
    ...both(
      (v) => `<main class="onboarding"><ol class="steps"><li>Business details</li><li>Identity verification</li><li>Payouts</li></ol>
${v('<h1>Identity verified</h1><p>You can now send payouts to your bank account.</p><a href="#/dashboard">Continue to dashboard</a>', '<h1>Verification needs review</h1><p>We couldn’t verify the document automatically. Review takes 1–2 business days.</p><a href="#/support">Contact support</a>')}
<section><h2>Business details verified</h2><p>Northwind Coffee Ltd · Company number 08123456</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Identity verified' })).toBeVisible();`,
    expect: 'refuse',
  },
  // "Save for later" was dropped from the cart (wish lists retired); each line keeps "Delete" where it was (page object).
  {
    id: 'd5-refuse-po-save-for-later-gone',
    kind: 'refuse',
    ...both((v) => {
      const line = (name: string, price: string, key: string, extra: string) =>
        `<li class="cart-line"><span class="cart-line__name">${name}</span><span class="cart-line__price">${price}</span><select aria-label="Quantity"><option>1</option><option>2</option></select><button type="button" ${WRITES(`delete-${key}`)}>Delete</button>${v(`<button type="button" ${extra}>Save for later</button>`, '')}</li>`;
      return `<main class="cart"><h1>Shopping cart</h1><ul class="cart-lines">${line('Enamel kettle', '$48.00', 'kettle', DONE)}${line('Stoneware mugs (set of 2)', '$26.00', 'mugs', WRITES('save-mugs'))}</ul>
<p class="subtotal">Subtotal (2 items): $74.00</p><button type="button" ${WRITES('checkout')}>Proceed to checkout</button>
${v('<section class="saved"><h2>Saved for later (0 items)</h2></section>', '')}</main>${OUT}`;
    }),
    imports: `import { CartPage } from './cart-page';`,
    files: {
      'cart-page.ts': `import type { Locator, Page } from '@playwright/test';

export class CartPage {
  constructor(readonly page: Page) {}

  line(name: string): Locator {
    return this.page.locator('.cart-line').filter({ hasText: name });
  }

  async saveForLater(name: string) {
    await this.line(name)
      .getByRole('button', { name: 'Save for later' })
      .click();
  }
}
`,
    },
    body: `await new CartPage(page).saveForLater('Enamel kettle');\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_5_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
