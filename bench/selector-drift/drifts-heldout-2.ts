// Second held-out set of selector drifts: written apart from the healer (without reading it) and never used
// to tune it. Same conventions as drifts-heldout.ts: every click case proves the right control by writing
// "done" into `#out` (the other plausible controls write something else), every count case has decoys of
// the same tag, every heal case names its `target`, and every body holds exactly one drifting locator.
// Each case says which kind of real release change it stands for. Refusal cases are releases where any
// patch would be wrong: the feature is gone, the element now does something else, two or more candidates
// are equally good, a count now means another thing, or the locator is not written literally.
import type { Drift } from './drifts.js';

const DONE = `onclick="document.getElementById('out').textContent='done'"`;
/** A control that works but is not the one the test meant: it writes something other than "done". */
const WRITES = (s: string) => `onclick="document.getElementById('out').textContent='${s}'"`;
const OUT = `<p id="out"></p>`;
const CHECK = `await expect(page.locator('#out')).toHaveText('done');`;

const css: Drift[] = [
  // Bootstrap 4 -> 5: `.close` became `.btn-close` (and data-dismiss became data-bs-dismiss); the alert's
  // dismiss button was renamed the same way, so only the modal-header one is right.
  {
    id: 'h2-css-bs5-modal-close',
    kind: 'css class',
    oldHtml: `<div class="alert alert-warning alert-dismissible" role="alert">Your trial ends in 3 days <button type="button" class="close" data-dismiss="alert" aria-label="Close" ${WRITES('alert closed')}><span aria-hidden="true">&times;</span></button></div><div class="modal show" role="dialog" aria-labelledby="m-title" style="display:block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title" id="m-title">Edit profile</h5><button type="button" class="close" data-dismiss="modal" aria-label="Close" ${DONE}><span aria-hidden="true">&times;</span></button></div><div class="modal-body"><input class="form-control" aria-label="Display name" value="Ada"></div><div class="modal-footer"><button type="button" class="btn btn-secondary" data-dismiss="modal" ${WRITES('cancel')}>Cancel</button><button type="button" class="btn btn-primary" ${WRITES('saved')}>Save changes</button></div></div></div></div>${OUT}`,
    newHtml: `<div class="alert alert-warning alert-dismissible" role="alert">Your trial ends in 3 days <button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close" ${WRITES('alert closed')}>x</button></div><div class="modal show" role="dialog" aria-labelledby="m-title" style="display:block"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title" id="m-title">Edit profile</h5><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close" ${DONE}>x</button></div><div class="modal-body"><input class="form-control" aria-label="Display name" value="Ada"></div><div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal" ${WRITES('cancel')}>Cancel</button><button type="button" class="btn btn-primary" ${WRITES('saved')}>Save changes</button></div></div></div></div>${OUT}`,
    body: `await page.locator('.modal-header .close').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.modal-header .btn-close',
  },
  // Bootstrap 4 -> 5: `.custom-select` became `.form-select`; the currency switcher became a `.form-select` too.
  {
    id: 'h2-css-bs5-custom-select',
    kind: 'css class',
    oldHtml: `<form class="product-options"><div class="form-group"><label for="size">Size</label><select class="custom-select" id="size" name="size"><option value="S">S</option><option value="M">M</option><option value="L">L</option></select></div><div class="form-group"><label for="qty">Quantity</label><input class="form-control" type="number" id="qty" name="qty" value="1"></div><div class="custom-control custom-checkbox"><input class="custom-control-input" type="checkbox" id="gift"><label class="custom-control-label" for="gift">Gift wrap</label></div></form><form class="currency-switcher"><select class="form-control form-control-sm" name="currency" aria-label="Currency"><option>USD</option><option>EUR</option></select></form>`,
    newHtml: `<form class="product-options"><div class="mb-3"><label for="size" class="form-label">Size</label><select class="form-select" id="size" name="size"><option value="S">S</option><option value="M">M</option><option value="L">L</option></select></div><div class="mb-3"><label for="qty" class="form-label">Quantity</label><input class="form-control" type="number" id="qty" name="qty" value="1"></div><div class="form-check"><input class="form-check-input" type="checkbox" id="gift"><label class="form-check-label" for="gift">Gift wrap</label></div></form><form class="currency-switcher"><select class="form-select form-select-sm" name="currency" aria-label="Currency"><option>USD</option><option>EUR</option></select></form>`,
    body: `await page.locator('select.custom-select').selectOption('M');\n  await expect(page.locator('select[name="size"]')).toHaveValue('M');`,
    expect: 'heal',
    target: 'select[name="size"]',
  },
  // Tailwind CSS v3 -> v4 upgrade tool: `flex-grow` became `grow` (and `rounded` became `rounded-sm`).
  {
    id: 'h2-css-tailwind4-flex-grow',
    kind: 'css class',
    oldHtml: `<header class="flex items-center gap-2 p-4"><a href="#home" class="font-bold">Acme</a><div class="flex-grow"><input type="search" class="w-full rounded border px-3 py-2" placeholder="Search" name="q"></div><button class="flex-none rounded bg-blue-600 px-3 py-2 text-white">Search</button></header><main class="flex gap-4"><aside class="w-64 flex-none"><input type="text" class="w-full rounded border" placeholder="Filter tags" name="tag"></aside><section class="flex-1"><input type="text" class="w-full rounded border" placeholder="Quick add" name="quick"></section></main>`,
    newHtml: `<header class="flex items-center gap-2 p-4"><a href="#home" class="font-bold">Acme</a><div class="grow"><input type="search" class="w-full rounded-sm border px-3 py-2" placeholder="Search" name="q"></div><button class="flex-none rounded-sm bg-blue-600 px-3 py-2 text-white">Search</button></header><main class="flex gap-4"><aside class="w-64 flex-none"><input type="text" class="w-full rounded-sm border" placeholder="Filter tags" name="tag"></aside><section class="flex-1"><input type="text" class="w-full rounded-sm border" placeholder="Quick add" name="quick"></section></main>`,
    body: `await page.locator('header .flex-grow input').fill('lamp');\n  await expect(page.locator('input[name="q"]')).toHaveValue('lamp');`,
    expect: 'heal',
    target: 'header .grow input',
  },
  // Font Awesome 5 -> 6: `fas`/`far` became `fa-solid`/`fa-regular` (and `fa-star-half-alt` became
  // `fa-star-half-stroke`). Five stars in the rating, three full: `.rating i` or `.fa-star` would count more.
  {
    id: 'h2-css-fa6-solid-stars',
    kind: 'css class',
    oldHtml: `<div class="product"><h3>Desk lamp</h3><div class="rating" aria-label="3.5 out of 5"><i class="fas fa-star"></i><i class="fas fa-star"></i><i class="fas fa-star"></i><i class="fas fa-star-half-alt"></i><i class="far fa-star"></i></div><button class="wishlist"><i class="far fa-heart"></i> Save</button><span class="shipping"><i class="fas fa-truck"></i> Free delivery</span></div>`,
    newHtml: `<div class="product"><h3>Desk lamp</h3><div class="rating" aria-label="3.5 out of 5"><i class="fa-solid fa-star"></i><i class="fa-solid fa-star"></i><i class="fa-solid fa-star"></i><i class="fa-solid fa-star-half-stroke"></i><i class="fa-regular fa-star"></i></div><button class="wishlist"><i class="fa-regular fa-heart"></i> Save</button><span class="shipping"><i class="fa-solid fa-truck"></i> Free delivery</span></div>`,
    body: `await expect(page.locator('.rating .fas.fa-star')).toHaveCount(3);`,
    expect: 'heal',
    target: '.rating .fa-solid.fa-star',
  },
];

const testIds: Drift[] = [
  // Test ids namespaced by feature (`pay-now` -> `checkout.payment.pay-now`) when two teams' ids collided.
  {
    id: 'h2-tid-namespaced-pay-now',
    kind: 'test id',
    oldHtml: `<main class="checkout"><section aria-labelledby="ship-h"><h2 id="ship-h">Shipping</h2><p>12 Harbor St, Lyon</p><button data-testid="edit" ${WRITES('edit shipping')}>Edit</button><button data-testid="continue" ${WRITES('continue')}>Continue</button></section><section aria-labelledby="pay-h"><h2 id="pay-h">Payment</h2><label>Card number <input data-testid="card-number" name="cc"></label><button data-testid="pay-now" ${DONE}>Pay $84.00</button></section></main>${OUT}`,
    newHtml: `<main class="checkout"><section aria-labelledby="ship-h"><h2 id="ship-h">Shipping</h2><p>12 Harbor St, Lyon</p><button data-testid="checkout.shipping.edit" ${WRITES('edit shipping')}>Edit</button><button data-testid="checkout.shipping.continue" ${WRITES('continue')}>Continue</button></section><section aria-labelledby="pay-h"><h2 id="pay-h">Payment</h2><label>Card number <input data-testid="checkout.payment.card-number" name="cc"></label><button data-testid="checkout.payment.pay-now" ${DONE}>Pay $84.00</button></section></main>${OUT}`,
    body: `await page.getByTestId('pay-now').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="checkout.payment.pay-now"]',
  },
  // A suite moved from `data-qa` to `data-testid` (to use getByTestId) and prefixed ids with the table name.
  // Header, footer and the invites table are rows too.
  {
    id: 'h2-tid-data-qa-to-testid-rows',
    kind: 'test id',
    oldHtml: `<table><thead><tr data-qa="users-header"><th>Name</th><th>Email</th><th>Role</th></tr></thead><tbody><tr data-qa="user-row"><td>Ada</td><td>ada@acme.test</td><td>Admin</td></tr><tr data-qa="user-row"><td>Bob</td><td>bob@acme.test</td><td>Editor</td></tr><tr data-qa="user-row"><td>Cy</td><td>cy@acme.test</td><td>Viewer</td></tr></tbody><tfoot><tr data-qa="users-footer"><td colspan="3">3 users</td></tr></tfoot></table><table><caption>Pending invites</caption><tbody><tr data-qa="invite-row"><td>dee@acme.test</td></tr><tr data-qa="invite-row"><td>eve@acme.test</td></tr></tbody></table>`,
    newHtml: `<table><thead><tr data-testid="users-table-header"><th>Name</th><th>Email</th><th>Role</th></tr></thead><tbody><tr data-testid="users-table-row"><td>Ada</td><td>ada@acme.test</td><td>Admin</td></tr><tr data-testid="users-table-row"><td>Bob</td><td>bob@acme.test</td><td>Editor</td></tr><tr data-testid="users-table-row"><td>Cy</td><td>cy@acme.test</td><td>Viewer</td></tr></tbody><tfoot><tr data-testid="users-table-footer"><td colspan="3">3 users</td></tr></tfoot></table><table><caption>Pending invites</caption><tbody><tr data-testid="invites-table-row"><td>dee@acme.test</td></tr><tr data-testid="invites-table-row"><td>eve@acme.test</td></tr></tbody></table>`,
    body: `await expect(page.locator('tr[data-qa="user-row"]')).toHaveCount(3);`,
    expect: 'heal',
    target: '[data-testid="users-table-row"]',
  },
  // A shared DatePicker component changed the test id it derives (`<name>-date-picker-input` ->
  // `<name>-datepicker`): two pickers side by side, the test meant check-out.
  {
    id: 'h2-tid-datepicker-suffix',
    kind: 'test id',
    oldHtml: `<form class="booking"><div class="field"><label for="ci">Check-in</label><input id="ci" name="checkin" data-testid="checkin-date-picker-input" placeholder="YYYY-MM-DD"></div><div class="field"><label for="co">Check-out</label><input id="co" name="checkout" data-testid="checkout-date-picker-input" placeholder="YYYY-MM-DD"></div><div class="field"><label for="g">Guests</label><input id="g" name="guests" type="number" data-testid="guests-input"></div></form>`,
    newHtml: `<form class="booking"><div class="field"><label for="ci">Check-in</label><input id="ci" name="checkin" data-testid="checkin-datepicker" placeholder="YYYY-MM-DD"></div><div class="field"><label for="co">Check-out</label><input id="co" name="checkout" data-testid="checkout-datepicker" placeholder="YYYY-MM-DD"></div><div class="field"><label for="g">Guests</label><input id="g" name="guests" type="number" data-testid="guests-stepper-input"></div></form>`,
    body: `await page.getByTestId('checkout-date-picker-input').fill('2026-12-24');\n  await expect(page.locator('input[name="checkout"]')).toHaveValue('2026-12-24');`,
    expect: 'heal',
    target: '[data-testid="checkout-datepicker"]',
  },
  // Design-system Toast consolidation: one test id for every toast, the variant moved to `data-variant`.
  {
    id: 'h2-tid-toast-variant-attribute',
    kind: 'test id',
    oldHtml: `<div class="toasts"><div data-testid="toast-info" role="status">Autosave is on</div><div data-testid="toast-success" role="status">Profile saved</div></div><form><label>Display name <input name="display" value="Ada"></label><button type="button">Save</button></form>`,
    newHtml: `<div class="toasts"><div data-testid="toast" data-variant="info" role="status">Autosave is on</div><div data-testid="toast" data-variant="success" role="status">Profile saved</div></div><form><label>Display name <input name="display" value="Ada"></label><button type="button">Save</button></form>`,
    body: `await expect(page.getByTestId('toast-success')).toContainText('Profile saved');`,
    expect: 'heal',
    target: '[data-testid="toast"][data-variant="success"]',
  },
];

const ids: Drift[] = [
  // ASP.NET Web Forms: the master page's ContentPlaceHolder was renamed, so every generated client id changed.
  {
    id: 'h2-id-aspnet-placeholder-renamed',
    kind: 'id',
    oldHtml: `<form id="aspnetForm"><div id="ctl00_ContentPlaceHolder1_pnlEdit"><label for="ctl00_ContentPlaceHolder1_txtTitle">Title</label><input id="ctl00_ContentPlaceHolder1_txtTitle" name="ctl00$ContentPlaceHolder1$txtTitle"><input type="button" id="ctl00_ContentPlaceHolder1_btnSave" value="Save" ${DONE}><input type="button" id="ctl00_ContentPlaceHolder1_btnCancel" value="Cancel" ${WRITES('cancel')}><input type="button" id="ctl00_ContentPlaceHolder1_btnDelete" value="Delete" ${WRITES('delete')}></div><div id="ctl00_Footer_pnlLinks"><input type="button" id="ctl00_Footer_btnSaveLayout" value="Save layout" ${WRITES('layout')}></div></form>${OUT}`,
    newHtml: `<form id="aspnetForm"><div id="ctl00_MainContent_pnlEdit"><label for="ctl00_MainContent_txtTitle">Title</label><input id="ctl00_MainContent_txtTitle" name="ctl00$MainContent$txtTitle"><input type="button" id="ctl00_MainContent_btnSave" value="Save" ${DONE}><input type="button" id="ctl00_MainContent_btnCancel" value="Cancel" ${WRITES('cancel')}><input type="button" id="ctl00_MainContent_btnDelete" value="Delete" ${WRITES('delete')}></div><div id="ctl00_Footer_pnlLinks"><input type="button" id="ctl00_Footer_btnSaveLayout" value="Save layout" ${WRITES('layout')}></div></form>${OUT}`,
    body: `await page.locator('#ctl00_ContentPlaceHolder1_btnSave').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#ctl00_MainContent_btnSave',
  },
  // Sign-in and sign-up merged onto one page: ids were prefixed to stay unique, and sign-in has an email too.
  {
    id: 'h2-id-prefixed-after-merge',
    kind: 'id',
    oldHtml: `<section class="signup"><h2>Create your account</h2><form class="signup-form"><label for="name">Full name</label><input id="name" type="text"><label for="email">Email</label><input id="email" type="email"><label for="password">Password</label><input id="password" type="password"></form></section><footer><form class="newsletter"><label for="newsletter-email">Get product news</label><input id="newsletter-email" type="email"></form></footer>`,
    newHtml: `<section class="login"><h2>Sign in</h2><form class="login-form"><label for="login-email">Email</label><input id="login-email" type="email"><label for="login-password">Password</label><input id="login-password" type="password"></form></section><section class="signup"><h2>Create your account</h2><form class="signup-form"><label for="signup-name">Full name</label><input id="signup-name" type="text"><label for="signup-email">Email</label><input id="signup-email" type="email"><label for="signup-password">Password</label><input id="signup-password" type="password"></form></section><footer><form class="newsletter"><label for="newsletter-email">Get product news</label><input id="newsletter-email" type="email"></form></footer>`,
    body: `await page.locator('#email').fill('ada@example.test');\n  await expect(page.locator('.signup-form input[type="email"]')).toHaveValue('ada@example.test');`,
    expect: 'heal',
    target: '#signup-email',
  },
];

const xpath: Drift[] = [
  // Retail copy change: "Add to cart" became "Add to bag"; the label sits in a span inside the button.
  {
    id: 'h2-xp-span-label-add-to-bag',
    kind: 'xpath',
    oldHtml: `<div class="pdp"><h1>Linen shirt</h1><p class="price">$59</p><div class="actions"><button class="btn btn-ghost" ${WRITES('wishlist')}><span class="icon">&#9825;</span><span>Add to wishlist</span></button><button class="btn btn-primary" ${DONE}><span class="icon">+</span><span>Add to cart</span></button><button class="btn btn-dark" ${WRITES('buy now')}><span>Buy now</span></button></div></div><aside><h2>You may also like</h2><button class="btn btn-link" ${WRITES('quick add')}><span>Quick add</span></button></aside>${OUT}`,
    newHtml: `<div class="pdp"><h1>Linen shirt</h1><p class="price">$59</p><div class="actions"><button class="btn btn-ghost" ${WRITES('wishlist')}><span class="icon">&#9825;</span><span>Add to wishlist</span></button><button class="btn btn-primary" ${DONE}><span class="icon">+</span><span>Add to bag</span></button><button class="btn btn-dark" ${WRITES('buy now')}><span>Buy now</span></button></div></div><aside><h2>You may also like</h2><button class="btn btn-link" ${WRITES('quick add')}><span>Quick add</span></button></aside>${OUT}`,
    body: `await page.locator('//button[span[normalize-space()="Add to cart"]]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.actions .btn-primary',
  },
  // The invoices table id was renamed in a refactor; the credit-notes table has a "View" link for a -1042 too.
  {
    id: 'h2-xp-table-id-renamed',
    kind: 'xpath',
    oldHtml: `<h2>Invoices</h2><table id="invoices"><tr><th>Number</th><th>Amount</th><th></th></tr><tr><td>INV-1041</td><td>$80</td><td><a href="#inv-1041">View</a></td></tr><tr><td>INV-1042</td><td>$120</td><td><a href="#inv-1042">View</a></td></tr></table><h2>Credit notes</h2><table id="credit-notes"><tr><th>Number</th><th>Amount</th><th></th></tr><tr><td>CN-1042</td><td>-$20</td><td><a href="#cn-1042">View</a></td></tr></table>`,
    newHtml: `<h2>Invoices</h2><table id="invoice-list"><tr><th>Number</th><th>Amount</th><th></th></tr><tr><td>INV-1041</td><td>$80</td><td><a href="#inv-1041">View</a></td></tr><tr><td>INV-1042</td><td>$120</td><td><a href="#inv-1042">View</a></td></tr></table><h2>Credit notes</h2><table id="credit-notes"><tr><th>Number</th><th>Amount</th><th></th></tr><tr><td>CN-1042</td><td>-$20</td><td><a href="#cn-1042">View</a></td></tr></table>`,
    body: `await page.locator('//table[@id="invoices"]//tr[td[text()="INV-1042"]]//a[text()="View"]').click();\n  await expect(page).toHaveURL(/#inv-1042$/);`,
    expect: 'heal',
    target: 'a[href="#inv-1042"]',
  },
];

const textEngine: Drift[] = [
  // Consent-management platform update shortened the banner's button texts.
  {
    id: 'h2-text-cookie-accept-shortened',
    kind: 'text=',
    oldHtml: `<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner"><p>We use cookies to improve your experience.</p><button id="onetrust-pc-btn-handler" ${WRITES('settings')}>Cookie settings</button><button id="onetrust-reject-all-handler" ${WRITES('rejected')}>Reject all cookies</button><button id="onetrust-accept-btn-handler" ${DONE}>Accept all cookies</button></div><main><h1>Welcome</h1><a href="#cookies">Cookie policy</a></main>${OUT}`,
    newHtml: `<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner"><p>We use cookies to improve your experience.</p><button id="onetrust-pc-btn-handler" ${WRITES('settings')}>Cookie preferences</button><button id="onetrust-reject-all-handler" ${WRITES('rejected')}>Reject all</button><button id="onetrust-accept-btn-handler" ${DONE}>Accept all</button></div><main><h1>Welcome</h1><a href="#cookies">Cookie policy</a></main>${OUT}`,
    body: `await page.locator('text=Accept all cookies').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#onetrust-accept-btn-handler',
  },
  // Stock label reworded "Out of stock" -> "Sold out"; the footnote still says "out of stock" but is no card.
  {
    id: 'h2-text-scoped-sold-out',
    kind: 'text=',
    oldHtml: `<ul class="grid"><li class="product-card"><h3>Oak desk</h3><span class="stock">In stock</span><span class="price">$320</span></li><li class="product-card"><h3>Walnut shelf</h3><span class="stock">Out of stock</span><span class="price">$140</span></li><li class="product-card"><h3>Pine stool</h3><span class="stock">Only 2 left</span><span class="price">$45</span></li></ul><p class="footnote">Items out of stock ship when restocked</p>`,
    newHtml: `<ul class="grid"><li class="product-card"><h3>Oak desk</h3><span class="stock">In stock</span><span class="price">$320</span></li><li class="product-card"><h3>Walnut shelf</h3><span class="stock">Sold out</span><span class="price">$140</span></li><li class="product-card"><h3>Pine stool</h3><span class="stock">Only 2 left</span><span class="price">$45</span></li></ul><p class="footnote">Items out of stock ship when restocked</p>`,
    body: `await expect(page.locator('.product-card >> text=Out of stock')).toBeVisible();`,
    expect: 'heal',
    target: 'li:has-text("Walnut shelf") .stock',
  },
];

const chains: Drift[] = [
  // Product wording "teammates" -> "members" renamed the dialog; "Resend invites" outside it also matches
  // an unscoped "Send invites".
  {
    id: 'h2-ml-dialog-renamed',
    kind: 'multi-line chain',
    oldHtml: `<header><button ${WRITES('open invite')}>Invite</button></header><aside aria-label="Pending invites"><p>2 invites pending</p><button ${WRITES('resent')}>Resend invites</button></aside><div role="dialog" aria-label="Invite teammates"><label>Emails <textarea></textarea></label><button ${WRITES('cancel')}>Cancel</button><button ${DONE}>Send invites</button></div>${OUT}`,
    newHtml: `<header><button ${WRITES('open invite')}>Invite</button></header><aside aria-label="Pending invites"><p>2 invites pending</p><button ${WRITES('resent')}>Resend invites</button></aside><div role="dialog" aria-label="Invite members"><label>Emails <textarea></textarea></label><button ${WRITES('cancel')}>Cancel</button><button ${DONE}>Send invites</button></div>${OUT}`,
    body: `await page\n    .getByRole('dialog', { name: 'Invite teammates' })\n    .getByRole('button', { name: 'Send invites' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] button:has-text("Send invites")',
  },
  // Bootstrap 4 -> 5 dropped `.form-group` (and `.form-row`): the groups are `.mb-3` now. The gift-card
  // form's "Gift card number" also contains "Card number".
  {
    id: 'h2-ml-bs5-form-group-dropped',
    kind: 'multi-line chain',
    oldHtml: `<form id="checkout-form"><div class="form-group"><label for="cc-name">Name on card</label><input class="form-control" id="cc-name" name="cc-name"></div><div class="form-group"><label for="cc-number">Card number</label><input class="form-control" id="cc-number" name="cc-number"></div><div class="form-row"><div class="form-group col-md-6"><label for="cc-exp">Expiry</label><input class="form-control" id="cc-exp" name="cc-exp"></div><div class="form-group col-md-6"><label for="cc-cvc">CVC</label><input class="form-control" id="cc-cvc" name="cc-cvc"></div></div></form><form id="gift-card-form"><div class="form-group"><label for="gc-number">Gift card number</label><input class="form-control" id="gc-number" name="gc-number"></div></form>`,
    newHtml: `<form id="checkout-form"><div class="mb-3"><label for="cc-name" class="form-label">Name on card</label><input class="form-control" id="cc-name" name="cc-name"></div><div class="mb-3"><label for="cc-number" class="form-label">Card number</label><input class="form-control" id="cc-number" name="cc-number"></div><div class="row g-3"><div class="mb-3 col-md-6"><label for="cc-exp" class="form-label">Expiry</label><input class="form-control" id="cc-exp" name="cc-exp"></div><div class="mb-3 col-md-6"><label for="cc-cvc" class="form-label">CVC</label><input class="form-control" id="cc-cvc" name="cc-cvc"></div></div></form><form id="gift-card-form"><div class="mb-3"><label for="gc-number" class="form-label">Gift card number</label><input class="form-control" id="gc-number" name="gc-number"></div></form>`,
    body: `await page\n    .locator('#checkout-form')\n    .locator('.form-group')\n    .filter({ hasText: 'Card number' })\n    .locator('input')\n    .fill('4242 4242 4242 4242');\n  await expect(page.locator('input[name="cc-number"]')).toHaveValue('4242 4242 4242 4242');`,
    expect: 'heal',
    target: '#cc-number',
  },
  // Design-system migration: Badge became Tag (`.role-badge` -> `.ds-tag.ds-tag--role`); each row has a
  // status tag too.
  {
    id: 'h2-ml-expect-badge-to-tag',
    kind: 'multi-line chain',
    oldHtml: `<table data-testid="members-table"><thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th></tr></thead><tbody><tr><td>Ada Lovelace</td><td class="member-email">ada@acme.test</td><td><span class="role-badge">Admin</span></td><td><span class="status-badge">Active</span></td></tr><tr><td>Bob Stone</td><td class="member-email">bob@acme.test</td><td><span class="role-badge">Editor</span></td><td><span class="status-badge">Invited</span></td></tr><tr><td>Cy Young</td><td class="member-email">cy@acme.test</td><td><span class="role-badge">Viewer</span></td><td><span class="status-badge">Active</span></td></tr></tbody></table>`,
    newHtml: `<table data-testid="members-table"><thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th></tr></thead><tbody><tr><td>Ada Lovelace</td><td class="member-email">ada@acme.test</td><td><span class="ds-tag ds-tag--role">Admin</span></td><td><span class="ds-tag ds-tag--status">Active</span></td></tr><tr><td>Bob Stone</td><td class="member-email">bob@acme.test</td><td><span class="ds-tag ds-tag--role">Editor</span></td><td><span class="ds-tag ds-tag--status">Invited</span></td></tr><tr><td>Cy Young</td><td class="member-email">cy@acme.test</td><td><span class="ds-tag ds-tag--role">Viewer</span></td><td><span class="ds-tag ds-tag--status">Active</span></td></tr></tbody></table>`,
    body: `await expect(\n    page\n      .getByTestId('members-table')\n      .getByRole('row')\n      .filter({ hasText: 'Ada Lovelace' })\n      .locator('.role-badge'),\n  ).toHaveText('Admin');`,
    expect: 'heal',
    target: 'tr:has-text("Ada Lovelace") .ds-tag--role',
  },
];

const pageObjects: Drift[] = [
  // Move to CSS Modules: `.search-result` became a hashed `SearchResults_item__…` class; the sponsored result
  // and pagination are list items too.
  {
    id: 'h2-po-css-modules-results',
    kind: 'page object',
    oldHtml: `<form role="search"><input type="search" aria-label="Search docs" value="routing"></form><ul class="results"><li class="sponsored-result">Ad: Hosted routing</li><li class="search-result">Routing basics</li><li class="search-result">Nested routes</li><li class="search-result">Route guards</li></ul><ul class="pagination"><li class="page-item">1</li><li class="page-item">2</li></ul>`,
    newHtml: `<form role="search"><input type="search" aria-label="Search docs" value="routing"></form><ul class="SearchResults_list__m81cd"><li class="SearchResults_sponsored__k2p1a">Ad: Hosted routing</li><li class="SearchResults_item__x7f2a">Routing basics</li><li class="SearchResults_item__x7f2a">Nested routes</li><li class="SearchResults_item__x7f2a">Route guards</li></ul><ul class="Pagination_list__a0c4e"><li class="Pagination_item__q3m9z">1</li><li class="Pagination_item__q3m9z">2</li></ul>`,
    imports: `import { SearchPage } from './search-page';`,
    files: {
      'search-page.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class SearchPage {\n  readonly query: Locator;\n  readonly results: Locator;\n\n  constructor(readonly page: Page) {\n    this.query = page.getByRole('searchbox', { name: 'Search docs' });\n    this.results = page.locator('.search-result');\n  }\n}\n`,
    },
    body: `const search = new SearchPage(page);\n  await expect(search.query).toHaveValue('routing');\n  await expect(search.results).toHaveCount(3);`,
    expect: 'heal',
    target: '.SearchResults_item__x7f2a',
  },
  // react-datepicker -> react-day-picker: the component object's "next month" button class changed. Two
  // calendars on the page; the test drives the check-in one.
  {
    id: 'h2-po-datepicker-library-swap',
    kind: 'page object',
    oldHtml: `<div id="checkin-calendar" class="react-datepicker"><button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Month" ${WRITES('checkin previous')}><span>Previous Month</span></button><button type="button" class="react-datepicker__navigation react-datepicker__navigation--next" aria-label="Next Month" ${DONE}><span>Next Month</span></button><div class="react-datepicker__current-month">December 2026</div></div><div id="checkout-calendar" class="react-datepicker"><button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Month" ${WRITES('checkout previous')}><span>Previous Month</span></button><button type="button" class="react-datepicker__navigation react-datepicker__navigation--next" aria-label="Next Month" ${WRITES('checkout next')}><span>Next Month</span></button><div class="react-datepicker__current-month">December 2026</div></div>${OUT}`,
    newHtml: `<div id="checkin-calendar" class="rdp"><div class="rdp-caption"><div class="rdp-caption_label">December 2026</div><div class="rdp-nav"><button type="button" name="previous-month" aria-label="Go to previous month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_previous" ${WRITES('checkin previous')}>&lsaquo;</button><button type="button" name="next-month" aria-label="Go to next month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_next" ${DONE}>&rsaquo;</button></div></div></div><div id="checkout-calendar" class="rdp"><div class="rdp-caption"><div class="rdp-caption_label">December 2026</div><div class="rdp-nav"><button type="button" name="previous-month" aria-label="Go to previous month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_previous" ${WRITES('checkout previous')}>&lsaquo;</button><button type="button" name="next-month" aria-label="Go to next month" class="rdp-button_reset rdp-button rdp-nav_button rdp-nav_button_next" ${WRITES('checkout next')}>&rsaquo;</button></div></div></div>${OUT}`,
    imports: `import { DatePicker } from './date-picker';`,
    files: {
      'date-picker.ts': `import type { Locator } from '@playwright/test';\n\n/** A calendar widget, scoped to its root element. */\nexport class DatePicker {\n  readonly nextMonth: Locator;\n\n  constructor(readonly root: Locator) {\n    this.nextMonth = root.locator('.react-datepicker__navigation--next');\n  }\n\n  async goToNextMonth() {\n    await this.nextMonth.click();\n  }\n}\n`,
    },
    body: `const checkIn = new DatePicker(page.locator('#checkin-calendar'));\n  await checkIn.goToNextMonth();\n  ${CHECK}`,
    expect: 'heal',
    target: '#checkin-calendar .rdp-nav_button_next',
  },
  // notistack -> sonner: toasts are `[data-sonner-toast]` list items with a `data-type` now. An error toast
  // is up at the same time.
  {
    id: 'h2-po-toast-library-swap',
    kind: 'page object',
    oldHtml: `<div class="notistack-SnackbarContainer"><div class="notistack-MuiContent notistack-MuiContent-error" role="alert"><div id="notistack-snackbar">Sync failed, retrying</div></div><div class="notistack-MuiContent notistack-MuiContent-success" role="alert"><div id="notistack-snackbar">Changes saved</div></div></div><main><h1>Settings</h1><label>Time zone <input name="tz" value="Europe/Paris"></label></main>`,
    newHtml: `<section aria-label="Notifications alt+T" tabindex="-1"><ol data-sonner-toaster="true" dir="ltr"><li data-sonner-toast="" data-type="error" data-mounted="true"><div data-content=""><div data-title="">Sync failed, retrying</div></div></li><li data-sonner-toast="" data-type="success" data-mounted="true"><div data-content=""><div data-title="">Changes saved</div></div></li></ol></section><main><h1>Settings</h1><label>Time zone <input name="tz" value="Europe/Paris"></label></main>`,
    imports: `import { successToast } from './toasts';`,
    files: {
      'toasts.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport const successToast = (page: Page): Locator => page.locator('.notistack-MuiContent-success');\n`,
    },
    body: `await expect(successToast(page)).toContainText('Changes saved');`,
    expect: 'heal',
    target: '[data-sonner-toast][data-type="success"]',
  },
];

const renamedText: Drift[] = [
  // Menu copy aligned with the docs editors' wording: "Duplicate" -> "Make a copy".
  {
    id: 'h2-rt-menuitem-make-a-copy',
    kind: 'renamed text',
    oldHtml: `<button aria-haspopup="menu" aria-expanded="true">File actions</button><ul role="menu" aria-label="File actions"><li role="menuitem" ${WRITES('rename')}>Rename</li><li role="menuitem" ${WRITES('move')}>Move to folder</li><li role="menuitem" ${DONE}>Duplicate</li><li role="menuitem" ${WRITES('download')}>Download</li><li role="menuitem" ${WRITES('delete')}>Delete</li></ul>${OUT}`,
    newHtml: `<button aria-haspopup="menu" aria-expanded="true">File actions</button><ul role="menu" aria-label="File actions"><li role="menuitem" ${WRITES('rename')}>Rename</li><li role="menuitem" ${WRITES('move')}>Move to folder</li><li role="menuitem" ${DONE}>Make a copy</li><li role="menuitem" ${WRITES('download')}>Download</li><li role="menuitem" ${WRITES('delete')}>Delete</li></ul>${OUT}`,
    body: `await page.getByRole('menuitem', { name: 'Duplicate' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"]:has-text("Make a copy")',
  },
  // Checkout localised for the US market: every address label reworded, "Postcode" -> "ZIP / Postal code".
  {
    id: 'h2-rt-label-postcode-localised',
    kind: 'renamed text',
    oldHtml: `<fieldset><legend>Delivery address</legend><label>Address line 1 <input name="line1"></label><label>Address line 2 <input name="line2"></label><label>Town or city <input name="city"></label><label>Postcode <input name="postal"></label><label>Phone <input name="phone" type="tel"></label></fieldset>`,
    newHtml: `<fieldset><legend>Delivery address</legend><label>Street address <input name="line1"></label><label>Apartment, suite, etc. <input name="line2"></label><label>City <input name="city"></label><label>ZIP / Postal code <input name="postal"></label><label>Phone <input name="phone" type="tel"></label></fieldset>`,
    body: `await page.getByLabel('Postcode').fill('69002');\n  await expect(page.locator('input[name="postal"]')).toHaveValue('69002');`,
    expect: 'heal',
    target: 'input[name="postal"]',
  },
];

const changedRole: Drift[] = [
  // Responsive redesign: product-detail tabs became an accordion of disclosure buttons.
  {
    id: 'h2-cr-tabs-to-accordion',
    kind: 'changed role',
    oldHtml: `<div role="tablist" aria-label="Product details"><button role="tab" aria-selected="true" ${WRITES('description')}>Description</button><button role="tab" aria-selected="false" ${WRITES('specs')}>Specifications</button><button role="tab" aria-selected="false" ${DONE}>Reviews (12)</button></div><div role="tabpanel">Solid oak desk lamp.</div>${OUT}`,
    newHtml: `<div class="accordion"><h3><button id="acc-description" aria-expanded="true" aria-controls="p1" ${WRITES('description')}>Description</button></h3><div id="p1" role="region" aria-labelledby="acc-description">Solid oak desk lamp.</div><h3><button id="acc-specs" aria-expanded="false" ${WRITES('specs')}>Specifications</button></h3><h3><button id="acc-reviews" aria-expanded="false" ${DONE}>Reviews (12)</button></h3></div>${OUT}`,
    body: `await page.getByRole('tab', { name: 'Reviews' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#acc-reviews',
  },
  // The Notifications nav link became a popover trigger button in the top bar.
  {
    id: 'h2-cr-nav-link-to-popover-button',
    kind: 'changed role',
    oldHtml: `<nav aria-label="Main"><a href="#dashboard">Dashboard</a><a href="#messages">Messages</a><a href="#notifications" ${DONE}>Notifications</a></nav><div class="topbar-actions"><button aria-label="Profile" ${WRITES('profile')}>AL</button></div>${OUT}`,
    newHtml: `<nav aria-label="Main"><a href="#dashboard">Dashboard</a><a href="#messages">Messages</a></nav><div class="topbar-actions"><button aria-haspopup="dialog" aria-expanded="false" aria-label="Notifications" ${DONE}>&#128276;<span class="count">3</span></button><button aria-label="Profile" ${WRITES('profile')}>AL</button></div>${OUT}`,
    body: `await page.getByRole('link', { name: 'Notifications' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[aria-haspopup="dialog"]',
  },
];

const classRenamed: Drift[] = [
  // Bulma -> Bootstrap 5: `.navbar-item.is-active` became `.nav-link.active`; the tabs below have an active
  // `.nav-link` too.
  {
    id: 'h2-cls-bulma-to-bootstrap-active',
    kind: 'class renamed',
    oldHtml: `<nav class="navbar"><div class="navbar-menu"><a class="navbar-item" href="#overview">Overview</a><a class="navbar-item is-active" href="#billing">Billing</a><a class="navbar-item" href="#team">Team</a></div></nav><div class="tabs"><ul><li class="is-active"><a>Invoices</a></li><li><a>Payment methods</a></li></ul></div>`,
    newHtml: `<nav class="navbar navbar-expand"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="#overview">Overview</a></li><li class="nav-item"><a class="nav-link active" aria-current="page" href="#billing">Billing</a></li><li class="nav-item"><a class="nav-link" href="#team">Team</a></li></ul></nav><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active">Invoices</a></li><li class="nav-item"><a class="nav-link">Payment methods</a></li></ul>`,
    body: `await expect(page.locator('.navbar-item.is-active')).toHaveText('Billing');`,
    expect: 'heal',
    target: '.navbar .nav-link.active',
  },
  // BEM modifier renamed in the pricing redesign: `--highlighted` -> `--featured`.
  {
    id: 'h2-cls-bem-modifier-featured',
    kind: 'class renamed',
    oldHtml: `<div class="plans"><div class="plan-card"><h3>Starter</h3><p>$0</p><a class="plan-card__cta" href="#starter" ${WRITES('starter')}>Choose Starter</a></div><div class="plan-card plan-card--highlighted"><h3>Pro</h3><p>$12</p><a class="plan-card__cta" href="#pro" ${DONE}>Choose Pro</a></div><div class="plan-card"><h3>Team</h3><p>$30</p><a class="plan-card__cta" href="#team" ${WRITES('team')}>Choose Team</a></div></div>${OUT}`,
    newHtml: `<div class="plans"><div class="plan-card"><h3>Starter</h3><p>$0</p><a class="plan-card__cta" href="#starter" ${WRITES('starter')}>Choose Starter</a></div><div class="plan-card plan-card--featured"><span class="plan-card__ribbon">Most popular</span><h3>Pro</h3><p>$12</p><a class="plan-card__cta" href="#pro" ${DONE}>Choose Pro</a></div><div class="plan-card"><h3>Team</h3><p>$30</p><a class="plan-card__cta" href="#team" ${WRITES('team')}>Choose Team</a></div></div>${OUT}`,
    body: `await page.locator('.plan-card--highlighted .plan-card__cta').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.plan-card--featured .plan-card__cta',
  },
];

const strict: Drift[] = [
  // A session-timeout banner (also `.alert-danger`) was added above the checkout form.
  {
    id: 'h2-strict-second-danger-alert',
    kind: 'strict mode',
    oldHtml: `<header><h1>Checkout</h1></header><form id="payment-form"><label>Card number <input name="cc" value="4000 0000 0000 0002"></label><div class="alert alert-danger" role="alert">Your card was declined.</div><button type="button">Pay</button></form>`,
    newHtml: `<div class="alert alert-danger" role="alert">Your session expires in 2 minutes.</div><header><h1>Checkout</h1></header><form id="payment-form"><label>Card number <input name="cc" value="4000 0000 0000 0002"></label><div class="alert alert-danger" role="alert">Your card was declined.</div><button type="button">Pay</button></form>`,
    body: `await expect(page.locator('.alert-danger')).toContainText('declined');`,
    expect: 'heal',
    target: '#payment-form .alert-danger',
  },
  // A newsletter sign-up with its own email field was added to the site footer.
  {
    id: 'h2-strict-footer-email-added',
    kind: 'strict mode',
    oldHtml: `<main><h1>Account</h1><form class="account"><label>Name <input type="text" name="name" value="Ada"></label><label>Email <input type="email" name="email"></label><button type="button">Update</button></form></main>`,
    newHtml: `<main><h1>Account</h1><form class="account"><label>Name <input type="text" name="name" value="Ada"></label><label>Email <input type="email" name="email"></label><button type="button">Update</button></form></main><footer><form class="newsletter"><label>Get our newsletter <input type="email" name="newsletter"></label><button type="button">Subscribe</button></form></footer>`,
    body: `await page.locator('input[type="email"]').fill('ada@acme.test');\n  await expect(page.locator('input[name="email"]')).toHaveValue('ada@acme.test');`,
    expect: 'heal',
    target: 'input[name="email"]',
  },
];

const refuse: Drift[] = [
  // Product comparison was dropped; the other product-page buttons are other features.
  {
    id: 'h2-refuse-compare-removed',
    kind: 'refuse',
    oldHtml: `<div class="pdp"><h1>Walnut shelf</h1><p class="price">$140</p><button data-testid="add-to-cart" ${WRITES('cart')}>Add to cart</button><button data-testid="add-to-compare" ${DONE}>Add to compare</button><button data-testid="add-to-wishlist" ${WRITES('wishlist')}>Add to wishlist</button></div>${OUT}`,
    newHtml: `<div class="pdp"><h1>Walnut shelf</h1><p class="price">$140</p><button data-testid="add-to-cart" ${WRITES('cart')}>Add to cart</button><button data-testid="add-to-wishlist" ${WRITES('wishlist')}>Add to wishlist</button></div>${OUT}`,
    body: `await page.getByTestId('add-to-compare').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Retention flow: self-service cancel was replaced by "Pause subscription", another action.
  {
    id: 'h2-refuse-cancel-now-pause',
    kind: 'refuse',
    oldHtml: `<section class="subscription"><h2>Pro plan</h2><p>Renews on Jan 4</p><button id="change-plan" ${WRITES('change')}>Change plan</button><button id="cancel-subscription" ${DONE}>Cancel subscription</button></section>${OUT}`,
    newHtml: `<section class="subscription"><h2>Pro plan</h2><p>Renews on Jan 4</p><button id="change-plan" ${WRITES('change')}>Change plan</button><button id="pause-subscription" ${WRITES('paused')}>Pause subscription</button><a href="#support">Contact support to cancel</a></section>${OUT}`,
    body: `await page.locator('#cancel-subscription').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The Profile section was split in two, each with its own Edit: nothing says which one the test meant.
  {
    id: 'h2-refuse-profile-split-two-edits',
    kind: 'refuse',
    oldHtml: `<section class="profile"><h2>Profile</h2><p>Ada Lovelace</p><p>ada@acme.test</p><button data-testid="profile-edit" ${DONE}>Edit</button></section><section class="security"><h2>Security</h2><button data-testid="password-change" ${WRITES('password')}>Change password</button></section>${OUT}`,
    newHtml: `<section class="public-profile"><h2>Public profile</h2><p>Ada Lovelace</p><button data-testid="section-edit" ${DONE}>Edit</button></section><section class="private-details"><h2>Private details</h2><p>ada@acme.test</p><button data-testid="section-edit" ${WRITES('edit private')}>Edit</button></section><section class="security"><h2>Security</h2><button data-testid="password-change" ${WRITES('password')}>Change password</button></section>${OUT}`,
    body: `await page.getByTestId('profile-edit').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Reviews were replaced by Q&A: three questions count 3 as well, but they are not reviews.
  {
    id: 'h2-refuse-reviews-now-questions',
    kind: 'refuse',
    oldHtml: `<section id="reviews"><h2>Reviews</h2><article class="review">Great lamp</article><article class="review">Bright enough</article><article class="review">Arrived late</article></section><section id="related"><h2>Related</h2><article class="product-tile">Shade</article></section>`,
    newHtml: `<section id="questions"><h2>Questions &amp; answers</h2><article class="qa-item">Does it dim?</article><article class="qa-item">Is a bulb included?</article><article class="qa-item">Can it be wall mounted?</article></section><section id="related"><h2>Related</h2><article class="product-tile">Shade</article></section>`,
    body: `await expect(page.locator('.review')).toHaveCount(3);`,
    expect: 'refuse',
  },
  // The row id scheme changed, but the selector is built from a variable: no literal to patch.
  {
    id: 'h2-refuse-template-literal-row-id',
    kind: 'refuse',
    oldHtml: `<table><tr id="order-A-1041"><td>A-1041</td><td><button class="reorder" ${WRITES('a-1041')}>Reorder</button></td></tr><tr id="order-A-1042"><td>A-1042</td><td><button class="reorder" ${DONE}>Reorder</button></td></tr></table>${OUT}`,
    newHtml: `<table><tr id="order-row-A-1041"><td>A-1041</td><td><button class="reorder" ${WRITES('a-1041')}>Reorder</button></td></tr><tr id="order-row-A-1042"><td>A-1042</td><td><button class="reorder" ${DONE}>Reorder</button></td></tr></table>${OUT}`,
    body: `const orderId = 'A-1042';\n  await page.locator(\`#order-\${orderId} .reorder\`).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // `data-tab` became `data-tab-key`, but the helper concatenates its argument into the selector: no literal.
  {
    id: 'h2-refuse-helper-concatenated-selector',
    kind: 'refuse',
    oldHtml: `<div class="tabs"><button data-tab="general" ${WRITES('general')}>General</button><button data-tab="billing" ${DONE}>Billing</button><button data-tab="members" ${WRITES('members')}>Members</button></div>${OUT}`,
    newHtml: `<div class="tabs"><button data-tab-key="general" ${WRITES('general')}>General</button><button data-tab-key="billing" ${DONE}>Billing</button><button data-tab-key="members" ${WRITES('members')}>Members</button></div>${OUT}`,
    imports: `import { openTab } from './tabs';`,
    files: {
      'tabs.ts': `import type { Page } from '@playwright/test';\n\nexport async function openTab(page: Page, name: string) {\n  await page.locator('[data-tab="' + name + '"]').click();\n}\n`,
    },
    body: `await openTab(page, 'billing');\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The free-shipping perk was replaced by free returns: another promise, not a reword.
  {
    id: 'h2-refuse-free-shipping-now-returns',
    kind: 'refuse',
    oldHtml: `<div class="perks"><p>Free shipping on orders over $50</p><p>Secure checkout</p></div><h1>Cart</h1><p>2 items</p>`,
    newHtml: `<div class="perks"><p>Free returns within 30 days</p><p>Secure checkout</p></div><h1>Cart</h1><p>2 items</p>`,
    body: `await expect(page.getByText('Free shipping on orders over $50')).toBeVisible();`,
    expect: 'refuse',
  },
  // One "Choose a plan" button became three plan buttons: the plan picker step is gone and no choice is
  // the test's.
  {
    id: 'h2-refuse-choose-plan-three-ways',
    kind: 'refuse',
    oldHtml: `<section class="upgrade"><h2>Upgrade your workspace</h2><p>Unlock unlimited projects.</p><button ${DONE}>Choose a plan</button><a href="#compare">Compare plans</a></section>${OUT}`,
    newHtml: `<section class="upgrade"><h2>Upgrade your workspace</h2><p>Unlock unlimited projects.</p><div class="plans"><button ${WRITES('basic')}>Choose Basic</button><button ${WRITES('pro')}>Choose Pro</button><button ${WRITES('team')}>Choose Team</button></div><a href="#compare">Compare plans</a></section>${OUT}`,
    body: `await page.getByRole('button', { name: 'Choose a plan' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Log out moved out of the user menu; the link in its place switches accounts.
  {
    id: 'h2-refuse-xpath-logout-now-switch',
    kind: 'refuse',
    oldHtml: `<div class="user-menu"><span>ada@acme.test</span><a href="#/settings">Settings</a><a href="#/logout">Log out</a></div>`,
    newHtml: `<div class="user-menu"><span>ada@acme.test</span><a href="#/settings">Settings</a><a href="#/switch-account">Switch account</a></div>`,
    body: `await page.locator('xpath=//a[@href="#/logout"]').click();\n  await expect(page).toHaveURL(/#\\/logout$/);`,
    expect: 'refuse',
  },
  // Coupon codes were dropped (promotions apply automatically); the gift-card button is another feature.
  {
    id: 'h2-refuse-text-coupon-gone',
    kind: 'refuse',
    oldHtml: `<form class="summary"><label>Coupon code <input name="coupon"></label><button type="button" ${DONE}>Apply coupon</button><label>Gift card <input name="gift"></label><button type="button" ${WRITES('gift card')}>Apply gift card</button></form>${OUT}`,
    newHtml: `<form class="summary"><p>Promotions are applied automatically at checkout.</p><label>Gift card <input name="gift"></label><button type="button" ${WRITES('gift card')}>Apply gift card</button></form>${OUT}`,
    body: `await page.locator('text=Apply coupon').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The organisation disabled repository deletion; the danger zone offers Archive instead.
  {
    id: 'h2-refuse-po-delete-now-archive',
    kind: 'refuse',
    oldHtml: `<section><label>Repository name <input id="rename-repo" value="healwright"></label></section><section class="danger-zone"><h2>Danger zone</h2><button id="transfer-repo" ${WRITES('transfer')}>Transfer</button><button id="delete-repo" ${DONE}>Delete this repository</button></section>${OUT}`,
    newHtml: `<section><label>Repository name <input id="rename-repo" value="healwright"></label></section><section class="danger-zone"><h2>Danger zone</h2><button id="transfer-repo" ${WRITES('transfer')}>Transfer</button><button id="archive-repo" ${WRITES('archived')}>Archive this repository</button><p>Deleting repositories is disabled by your organization.</p></section>${OUT}`,
    imports: `import { RepoSettingsPage } from './repo-settings-page';`,
    files: {
      'repo-settings-page.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class RepoSettingsPage {\n  readonly name: Locator;\n  readonly deleteButton: Locator;\n\n  constructor(readonly page: Page) {\n    this.name = page.locator('#rename-repo');\n    this.deleteButton = page.locator('#delete-repo');\n  }\n\n  async deleteRepository() {\n    await this.deleteButton.click();\n  }\n}\n`,
    },
    body: `await new RepoSettingsPage(page).deleteRepository();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The invoice the test refunds is no longer listed; the rows left are other invoices.
  {
    id: 'h2-refuse-chain-invoice-row-gone',
    kind: 'refuse',
    oldHtml: `<table><tr><th>Invoice</th><th>Amount</th><th></th></tr><tr><td>INV-1041</td><td>$80</td><td><button ${WRITES('refund 1041')}>Refund</button></td></tr><tr><td>INV-1042</td><td>$120</td><td><button ${DONE}>Refund</button></td></tr><tr><td>INV-1043</td><td>$35</td><td><button ${WRITES('refund 1043')}>Refund</button></td></tr></table>${OUT}`,
    newHtml: `<table><tr><th>Invoice</th><th>Amount</th><th></th></tr><tr><td>INV-1041</td><td>$80</td><td><button ${WRITES('refund 1041')}>Refund</button></td></tr><tr><td>INV-1043</td><td>$35</td><td><button ${WRITES('refund 1043')}>Refund</button></td></tr><tr><td>INV-1044</td><td>$120</td><td><button ${WRITES('refund 1044')}>Refund</button></td></tr></table>${OUT}`,
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'INV-1042' })\n    .getByRole('button', { name: 'Refund' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

/** The second held-out set: 28 heal cases (CSS, test id, id, XPath, text=, chains, page objects, role/label
 * text, changed role, renamed classes, strict mode) and 12 refusals. */
export const HELD_OUT_2_DRIFTS: Drift[] = [
  ...css,
  ...testIds,
  ...ids,
  ...xpath,
  ...textEngine,
  ...chains,
  ...pageObjects,
  ...renamedText,
  ...changedRole,
  ...classRenamed,
  ...strict,
  ...refuse,
];
