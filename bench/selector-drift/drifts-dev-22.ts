// Twenty-second development set of selector drifts, written the way a test engineer meets them after an ordinary
// release of ordinary apps, not aimed at any one kind of drift. It holds 20 heals: class renames (a Cloudscape
// release's new class hashes, a CSS-modules build hash used twice in one test, react-select's move from v1's
// `Select-*` classes to emotion classes, Ignite UI's `igx-button--raised` -> `igx-button--contained` modifier), id
// renames (a WPForms form re-created under a new number, its selectors kept in a constants file; SuiteCRM 8's new
// login button), test-attribute renames (`data-cy` and `data-qa` values renamed by the app's own rebuild), XPath
// locators (EasyMDE's toolbar buttons, Parsley 2's error list), copy edits on placeholder, alt (exact: true), button
// (the same old name twice in one test), title (regular-expression name), heading (exact: true), link (regular
// expression), label and link locators, and two Prettier-style multi-line chains (one in a page object) whose last
// step names a renamed product; and 20 must-refuse: services shut or payment options gone while look-alikes stay,
// opposite actions (Follow -> Unfollow, Enable -> Disable, Start -> Stop), state changes, a price, an amount and a
// date changed, a different record in the same slot (one in a multi-line chain), an entry moved behind a closed menu
// and a field behind a collapsed section, a required field dropped, a link that now goes somewhere else, and a
// component removed where the only remaining elements with a similar class are other components. Pages carry
// decoys that share words, classes or attributes with the target. Heal cases name the `target` the drifted locator
// must now find; refuse cases have none. Each case is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d22-css-cloudscape-class-hash: Cloudscape (AWS's design system) class names carry a per-release hash segment (`awsui_variant-primary_vjswe_<hash>_<n>`); a dependency bump changed it.
// d22-css-modules-build-hash-twice: a new build of the app's CSS modules changed the hash suffix of every class (`Checkout_payButton__<hash>`); the test names the class twice.
// d22-css-react-select-v1-to-v5: react-select v2 and later render emotion classes (`css-<hash>-singleValue`) where v1 rendered `Select-value-label`.
// d22-css-ignite-ui-raised-to-contained: Ignite UI for Angular renamed the `raised` button type `contained` (`igx-button--raised` -> `igx-button--contained`).
// d22-po-wpforms-form-recreated: WPForms ids carry the form's number (`#wpforms-submit-118`); the contact form was rebuilt as form 342 (the selectors live in a constants file).
// d22-id-suitecrm-8-login-button: SuiteCRM 8's new Angular front end replaced 7.x's login `input#bigbutton` with a `button#login-button`.
// d22-testid-data-cy-booking-confirm: the booking app's own rebuild renamed its Cypress hooks (`confirm-booking` -> `booking-confirm`); the values are this page's.
// d22-testid-data-qa-summary-total: the shop's own checkout rebuild renamed its `data-qa` hooks (`order-summary-total` -> `summary-total`); the values are this page's.
// d22-xpath-easymde-toolbar-buttons: EasyMDE 2 rendered toolbar items as `<button class="bold">` where SimpleMDE and early EasyMDE rendered `<a class="fa fa-bold">`.
// d22-xpath-parsley-2-errors-list: Parsley 2 renamed the error list `ul.parsley-error-list` to `ul.parsley-errors-list` and the item classes to `parsley-<constraint>`.
// d22-placeholder-angellist-talent-to-wellfound: AngelList Talent renamed itself Wellfound (2022).
// d22-alt-odesk-to-upwork: oDesk (merged with Elance) renamed itself Upwork (2015).
// d22-button-hellosign-to-dropbox-sign-twice: Dropbox renamed HelloSign "Dropbox Sign" (October 2022); the test names the button twice.
// d22-title-bugsnag-to-insight-hub: SmartBear renamed Bugsnag "Insight Hub" (2024).
// d22-heading-drive-file-stream-to-drive-for-desktop: Google replaced Drive File Stream (and Backup and Sync) with "Google Drive for desktop" (2021).
// d22-link-smooch-to-sunshine-conversations: Zendesk renamed Smooch "Sunshine Conversations" (2019-20).
// d22-chain-windows-virtual-desktop-to-azure: Microsoft renamed Windows Virtual Desktop "Azure Virtual Desktop" (June 2021).
// d22-chain-po-infusionsoft-to-keap: Infusionsoft renamed itself Keap (2019).
// d22-label-azure-purview-to-microsoft-purview: Microsoft renamed Azure Purview "Microsoft Purview" (April 2022).
// d22-link-forgot-your-password-copy-edit: the app's own copy edit ("Forgot your password?" -> "Forgot password?"); "Forgot your username?" stays.
// d22-refuse-mozilla-hubs-shut-down: Mozilla shut Hubs down (May 31, 2024); the other venues stay.
// d22-refuse-gfycat-shut-down: Gfycat shut down (September 1, 2023); the other upload targets stay.
// d22-refuse-laybuy-gone: Laybuy went into receivership (June 2024); the shop's other payment options stay.
// d22-refuse-bluejeans-shut-down: Verizon shut BlueJeans down (2024); the other conferencing options stay.
// d22-refuse-google-cloud-print-shut-down: Google shut Cloud Print down (December 31, 2020); the other destinations stay.
// d22-refuse-dribbble-follow-now-unfollow: fixture change (the account already follows the designer): "Unfollow" is the opposite action.
// d22-refuse-mailgun-enable-click-tracking-now-disable: fixture change (click tracking is on): "Disable click tracking" is the opposite action; "Enable open tracking" stays.
// d22-refuse-riverside-start-recording-now-stop: fixture change (a recording is running): "Stop recording" is the opposite action.
// d22-refuse-shipt-shopping-now-delivered: fixture change (the order was delivered): another state.
// d22-refuse-freshbooks-invoice-sent-now-paid: fixture change (the client paid): the invoice's status is another state; "Sent" is only in the activity log's dates.
// d22-refuse-youtube-tv-price-rise: YouTube TV raised its base plan from $72.99 to $82.99 a month (January 2025).
// d22-refuse-chime-spotme-limit-changed: fixture change (the member's SpotMe limit was raised): another amount.
// d22-refuse-ticketmaster-event-rescheduled: fixture change (the show was rescheduled): another date.
// d22-refuse-untappd-different-check-in: fixture change (the account checked in another beer since).
// d22-refuse-chain-harvest-different-project: fixture change (a new week: another project's row sits first, the test's project is gone from the timesheet).
// d22-refuse-zoho-mail-print-behind-more-actions: Zoho Mail's reading-pane toolbar moved Print into the closed "More actions" menu.
// d22-refuse-gumroad-permalink-behind-advanced: Gumroad's product editor moved the custom permalink field into a collapsed "Advanced" section.
// d22-refuse-savvycal-phone-field-dropped: fixture change (the host removed the required phone field from the booking form).
// d22-refuse-indiegogo-back-it-now-perks: fixture change (the campaign added perks): "Back it" now opens the perk picker, not the checkout.
// d22-refuse-hello-bar-removed: the site dropped its Hello Bar; the only close buttons left belong to a modal and the cart drawer.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change or the app's own; the
// exact strings are my recollection or this page's): d22-css-cloudscape-class-hash (the hash segments are this
// page's), d22-css-react-select-v1-to-v5 (the exact emotion class names), d22-css-ignite-ui-raised-to-contained (the
// release that renamed the type), d22-id-suitecrm-8-login-button (8's button id and label), d22-xpath-easymde-
// toolbar-buttons (the EasyMDE release that moved to buttons), d22-xpath-parsley-2-errors-list (the 1.x item class),
// d22-placeholder-angellist-talent-to-wellfound (the placeholder's wording), d22-title-bugsnag-to-insight-hub (the
// year; the product has since gone back to the BugSnag name), d22-link-smooch-to-sunshine-conversations (the year),
// d22-refuse-laybuy-gone (the month), d22-refuse-bluejeans-shut-down (the date the service ended),
// d22-refuse-zoho-mail-print-behind-more-actions and d22-refuse-gumroad-permalink-behind-advanced (when the layouts
// changed, and the menu's and section's labels), and the fixture changes' labels (Dribbble, Mailgun, Riverside, Shipt,
// FreshBooks, Chime, Ticketmaster, Untappd, Harvest, SavvyCal, Indiegogo).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: DocuSign, Dropbox (as a save target), GitHub, Sentry, Slack, WhatsApp, Messenger, Windows 365, Azure
// Lab Services, HubSpot, ActiveCampaign, Pipedrive, Azure Storage, Gather, Spatial, Imgur, Giphy, Afterpay, PayPal,
// Zoom, Microsoft Teams, Google Drive, Toptal, Fiverr (some of these appear in earlier sets, and only as decoys here).
// Google Drive appears in earlier sets; here the renamed product is its desktop client (Drive File Stream), whose new
// name carries the Drive name, and "Save to Google Drive" is a decoy destination.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const classHeals: Drift[] = [
  // Cloudscape class names carry a per-release hash segment: a dependency bump changed `_1tt9v_` to `_r2ttg_` on every button.
  {
    id: 'd22-css-cloudscape-class-hash',
    kind: 'css class',
    ...both((v) => {
      const h = v('1tt9v', 'r2ttg');
      const btn = (variant: string, n: string, label: string, extra: string) => `<button type="button" class="awsui_button_vjswe_${h}_101 awsui_variant-${variant}_vjswe_${h}_${n}" ${extra}><span class="awsui_content_vjswe_${h}_97">${label}</span></button>`;
      return `<main><h1>Create distribution</h1><form><label for="origin">Origin domain</label><input id="origin" name="origin" value="harbour-assets.s3.amazonaws.com"><label for="desc">Description</label><input id="desc" name="desc"></form>
<div class="awsui_form-actions_vjswe_${h}_12">${btn('link', '250', 'Cancel', WRITES('cancel'))}${btn('normal', '238', 'Save draft', WRITES('draft'))}${btn('primary', '246', 'Create distribution', DONE)}</div></main>${OUT}`;
    }),
    body: `await page.locator('button.awsui_variant-primary_vjswe_1tt9v_246').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[class*="awsui_variant-primary_"]',
  },
  // A new build of the app's CSS modules changed every class's hash suffix; the test names the pay button's class twice.
  {
    id: 'd22-css-modules-build-hash-twice',
    kind: 'css class',
    ...both((v) => {
      const c = (name: string, oldHash: string, newHash: string) => `Checkout_${name}__${v(oldHash, newHash)}`;
      return `<main class="${c('page', 'k2Lm0', 'T7qpa')}"><h1>Checkout</h1><p class="${c('summary', 'Wd81b', 'c0Ye4')}">2 tickets · Harbour Lights Festival · £48.00</p>
<div class="${c('actions', 'Pp3e1', 'nR6sd')}"><a href="#/basket" class="${c('backLink', 'Zt5q2', 'Hb3wx')}" ${WRITES('back')}>Back to basket</a><button type="button" class="${c('payLaterButton', '7bT2c', 'Lp04d')}" ${WRITES('later')}>Pay later</button><button type="button" class="${c('payButton', '3xK9a', 'Qm81z')}" ${DONE}>Pay £48.00</button></div></main>${OUT}`;
    }),
    body: `await expect(page.locator('.Checkout_payButton__3xK9a')).toBeEnabled();\n  await page.locator('.Checkout_payButton__3xK9a').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[class^="Checkout_payButton__"]',
  },
  // react-select v2 and later render emotion classes where v1 rendered `Select-*` classes: `.Select-value-label` finds nothing.
  {
    id: 'd22-css-react-select-v1-to-v5',
    kind: 'css class',
    ...both((v) => {
      const select = (id: string, label: string, value: string) => `<label>${label}</label><div id="${id}" class="field">${v(
        `<div class="Select has-value is-searchable Select--single"><div class="Select-control"><span class="Select-multi-value-wrapper"><div class="Select-value"><span class="Select-value-label" role="option" aria-selected="true">${value}</span></div><div class="Select-input"><input aria-label="${label}"></div></span><span class="Select-arrow-zone"><span class="Select-arrow"></span></span></div></div>`,
        `<div class="css-b62m3t-container"><div class="css-13cymwt-control"><div class="css-1fdsijx-ValueContainer"><div class="css-1dimb5e-singleValue">${value}</div><div class="css-qbdosj-Input"><input aria-label="${label}"></div></div><div class="css-1hb7zxy-IndicatorsContainer"><span class="css-1u9des2-indicatorSeparator"></span><div class="css-1xc3v61-indicatorContainer">▾</div></div></div></div>`,
      )}</div>`;
      return `<main><h1>Shipping address</h1><form>${select('country', 'Country', 'Norway')}${select('currency', 'Currency', 'NOK')}<label for="city">City</label><input id="city" name="city" value="Bergen"></form></main>`;
    }),
    body: `await expect(page.locator('#country .Select-value-label')).toHaveText('Norway');`,
    expect: 'heal',
    target: '#country [class$="-singleValue"]',
  },
  // Ignite UI for Angular renamed the `raised` button type `contained`: `.igx-button--raised` finds nothing in the dialog.
  {
    id: 'd22-css-ignite-ui-raised-to-contained',
    kind: 'css class',
    ...both((v) => {
      const raised = v('igx-button--raised', 'igx-button--contained');
      return `<main><div class="igx-grid-toolbar"><span class="igx-grid-toolbar__title">Berths</span><button type="button" class="igx-button igx-button--outlined" ${WRITES('export')}>Export</button><button type="button" class="igx-button ${raised}" ${WRITES('add')}>Add berth</button></div>
<div class="igx-dialog" role="dialog" aria-label="Edit berth"><div class="igx-dialog__window"><div class="igx-dialog__window-title">Edit berth B-12</div><div class="igx-dialog__window-content"><label for="len">Length (m)</label><input id="len" value="14"></div><div class="igx-dialog__window-actions"><button type="button" class="igx-button igx-button--flat" ${WRITES('cancel')}>Cancel</button><button type="button" class="igx-button ${raised}" ${DONE}>Save</button></div></div></div></main>${OUT}`;
    }),
    body: `await page.locator('.igx-dialog__window .igx-button--raised').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.igx-dialog__window .igx-button--contained',
  },
];

const idHeals: Drift[] = [
  // WPForms ids carry the form's number: the contact form was rebuilt as form 342; the newsletter form (97) stays (selectors in a constants file).
  {
    id: 'd22-po-wpforms-form-recreated',
    kind: 'page object',
    ...both((v) => {
      const n = v('118', '342');
      const form = (id: string, title: string, fields: string, submit: string, extra: string) => `<div class="wpforms-container" id="wpforms-${id}"><form id="wpforms-form-${id}" class="wpforms-form"><h2>${title}</h2>${fields}<div class="wpforms-submit-container"><button type="button" name="wpforms[submit]" id="wpforms-submit-${id}" class="wpforms-submit" ${extra}>${submit}</button></div></form></div>`;
      const field = (id: string, f: string, label: string) => `<div class="wpforms-field" id="wpforms-${id}-field_${f}-container"><label class="wpforms-field-label" for="wpforms-${id}-field_${f}">${label}</label><input type="text" id="wpforms-${id}-field_${f}" name="wpforms[fields][${f}]"></div>`;
      return `<main><h1>Contact the harbour office</h1>${form(n, 'Send us a message', `${field(n, '0', 'Name')}${field(n, '1', 'Email')}`, 'Send message', DONE)}</main><footer>${form('97', 'Newsletter', field('97', '1', 'Email'), 'Subscribe', WRITES('newsletter'))}</footer>${OUT}`;
    }),
    imports: `import { CONTACT } from './selectors';`,
    files: {
      'selectors.ts': `// Locators for the contact page (WPForms).
export const CONTACT = {
  name: '#wpforms-118-field_0',
  email: '#wpforms-118-field_1',
  submit: '#wpforms-submit-118',
};

export const NEWSLETTER = {
  email: '#wpforms-97-field_1',
  submit: '#wpforms-submit-97',
};
`,
    },
    body: `await page.locator(CONTACT.submit).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#wpforms-submit-342',
  },
  // SuiteCRM 8's new front end replaced 7.x's login `input#bigbutton` with a `button#login-button`.
  {
    id: 'd22-id-suitecrm-8-login-button',
    kind: 'id',
    ...both(
      (v) => `<main class="login"><img src="${GIF}" alt="SuiteCRM" width="120" height="30"><form id="form" name="DetailView"><label for="user_name">Username</label><input id="user_name" name="user_name"><label for="username_password">Password</label><input id="username_password" name="username_password" type="password">${v(
        `<input type="button" id="bigbutton" class="button primary" value="Log In" ${DONE}><a href="#/forgot" id="forgotpasslink" ${WRITES('forgot')}>Forgot Password?</a>`,
        `<button type="button" id="login-button" class="login-button btn btn-main" ${DONE}>Log In</button><a href="#/forgot" id="forgot-password" ${WRITES('forgot')}>Forgot Password?</a>`,
      )}<select id="language" aria-label="Language"><option>English (US)</option><option>Deutsch</option></select></form></main>${OUT}`,
    ),
    body: `await page.locator('#bigbutton').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#login-button',
  },
];

const testIdHeals: Drift[] = [
  // The booking app's own rebuild renamed its Cypress hooks: `confirm-booking` -> `booking-confirm` (the values are this page's).
  {
    id: 'd22-testid-data-cy-booking-confirm',
    kind: 'test id',
    ...both(
      (v) => `<main><h1>Confirm your booking</h1><p>Harbour kayak tour · Sat 14 Mar · 10:00 · 2 people</p><div class="booking-actions"><button type="button" data-cy="${v('reschedule-booking', 'booking-reschedule')}" ${WRITES('reschedule')}>Change time</button><button type="button" data-cy="${v('cancel-booking', 'booking-cancel')}" ${WRITES('cancel')}>Cancel</button><button type="button" class="primary" data-cy="${v('confirm-booking', 'booking-confirm')}" ${DONE}>Confirm booking</button></div></main>${OUT}`,
    ),
    body: `await page.locator('[data-cy="confirm-booking"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy="booking-confirm"]',
  },
  // The shop's own checkout rebuild renamed its `data-qa` hooks: `order-summary-total` -> `summary-total` (the values are this page's).
  {
    id: 'd22-testid-data-qa-summary-total',
    kind: 'test id',
    ...both((v) => {
      const row = (qa: string, label: string, value: string) => `<div class="summary-row"><dt>${label}</dt><dd data-qa="${qa}">${value}</dd></div>`;
      return `<aside class="order-summary"><h2>Order summary</h2><dl>${row(v('order-summary-subtotal', 'summary-subtotal'), 'Subtotal', '€80.00')}${row(v('order-summary-shipping', 'summary-shipping'), 'Shipping', '€6.40')}${row(v('order-summary-total', 'summary-total'), 'Total', '€86.40')}</dl><button type="button" data-qa="${v('order-summary-pay', 'summary-pay')}">Pay €86.40</button></aside>`;
    }),
    body: `await expect(page.locator('[data-qa="order-summary-total"]')).toHaveText('€86.40');`,
    expect: 'heal',
    target: '[data-qa="summary-total"]',
  },
];

const xpathHeals: Drift[] = [
  // EasyMDE 2 rendered toolbar items as `<button class="bold">` where SimpleMDE rendered `<a class="fa fa-bold">`: the XPath finds nothing.
  {
    id: 'd22-xpath-easymde-toolbar-buttons',
    kind: 'xpath',
    ...both((v) => {
      const tool = (name: string, title: string, extra: string) => v(`<a title="${title}" tabindex="-1" class="fa fa-${name}" style="display: inline-block; width: 24px; height: 24px;" ${extra}></a>`, `<button class="${name}" title="${title}" type="button" tabindex="-1" ${extra}><i class="fa fa-${name}"></i></button>`);
      const editor = (id: string, label: string, boldExtra: string) => `<section id="${id}"><h2>${label}</h2><div class="editor-toolbar">${tool('bold', 'Bold (Ctrl-B)', boldExtra)}${tool('italic', 'Italic (Ctrl-I)', WRITES(`${id}-italic`))}${tool('header', 'Heading (Ctrl-H)', WRITES(`${id}-heading`))}<i class="separator">|</i>${tool('link', 'Create Link (Ctrl-K)', WRITES(`${id}-link`))}</div><div class="CodeMirror"><textarea aria-label="${label}"></textarea></div></section>`;
      return `<main><h1>New post</h1>${editor('summary-editor', 'Summary', WRITES('summary-bold'))}${editor('body-editor', 'Body', DONE)}</main>${OUT}`;
    }),
    body: `await page.locator('//section[@id="body-editor"]//div[@class="editor-toolbar"]/a[@title="Bold (Ctrl-B)"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#body-editor .editor-toolbar button.bold',
  },
  // Parsley 2 renamed the error list `ul.parsley-error-list` to `ul.parsley-errors-list` and its items' classes: the XPath finds nothing.
  {
    id: 'd22-xpath-parsley-2-errors-list',
    kind: 'xpath',
    ...both((v) => {
      const errors = (n: string, msg: string, constraint: string) => v(
        `<ul class="parsley-error-list"><li class="${constraint}" style="display: list-item;">${msg}</li></ul>`,
        `<ul class="parsley-errors-list filled" id="parsley-id-${n}"><li class="parsley-${constraint}">${msg}</li></ul>`,
      );
      return `<main><h1>Join the sailing club</h1><form novalidate><div class="field"><label for="name">Name</label><input id="name" name="name" class="parsley-error">${errors('3', 'This value is required.', 'required')}</div><div class="field"><label for="email">Email</label><input id="email" name="email" class="parsley-error" value="ada@">${errors('5', 'This value should be a valid email.', 'type')}</div><div class="field"><label for="phone">Phone</label><input id="phone" name="phone" class="parsley-success" value="01632 960 441"></div><button type="submit">Join</button></form></main>`;
    }),
    body: `await expect(page.locator('//input[@name="email"]/following-sibling::ul[@class="parsley-error-list"]/li')).toHaveText('This value should be a valid email.');`,
    expect: 'heal',
    target: '#email + ul li',
  },
];

const copyHeals: Drift[] = [
  // AngelList Talent renamed itself Wellfound (2022): a job board's search box names it anew.
  {
    id: 'd22-placeholder-angellist-talent-to-wellfound',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Find your next startup role</h1><form class="search"><input type="search" name="q" placeholder="${v('Search jobs on AngelList Talent', 'Search jobs on Wellfound')}"><input type="text" name="loc" placeholder="Search locations"><button type="button">Search</button></form><aside><input type="search" name="company" placeholder="Search companies"></aside></main>`,
    ),
    body: `await page.getByPlaceholder('Search jobs on AngelList Talent').fill('product designer');\n  await expect(page.locator('input[name="q"]')).toHaveValue('product designer');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // oDesk renamed itself Upwork (2015): a freelancer's profile shows the marketplace's logo under the new name.
  {
    id: 'd22-alt-odesk-to-upwork',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="profile"><h1>Ada Lovelace</h1><p>Data engineer · Bergen</p><h2>Find me on</h2><div class="platforms"><img class="platform-upwork" src="${GIF}" alt="${v('oDesk', 'Upwork')}" width="80" height="24"><img class="platform-toptal" src="${GIF}" alt="Toptal" width="80" height="24"><img class="platform-fiverr" src="${GIF}" alt="Fiverr" width="80" height="24"></div><p>Top Rated on ${v('oDesk', 'Upwork')} since 2013</p></main>`,
    ),
    body: `await expect(page.getByAltText('oDesk', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'img.platform-upwork',
  },
  // Dropbox renamed HelloSign "Dropbox Sign" (October 2022): the document's signing button names it anew; the test names it twice.
  {
    id: 'd22-button-hellosign-to-dropbox-sign-twice',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Berth rental agreement 2025.pdf</h1><p>3 pages · uploaded by the harbour office</p><div class="doc-actions"><button type="button" class="sign-docusign" ${WRITES('docusign')}>Sign with DocuSign</button><button type="button" class="sign-dropbox" ${DONE}>${v('Sign with HelloSign', 'Sign with Dropbox Sign')}</button><button type="button" class="save-dropbox" ${WRITES('save')}>Save to Dropbox</button></div></main>${OUT}`,
    ),
    body: `await expect(page.getByRole('button', { name: 'Sign with HelloSign' })).toBeEnabled();\n  await page.getByRole('button', { name: 'Sign with HelloSign' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.sign-dropbox',
  },
  // SmartBear renamed Bugsnag "Insight Hub" (2024): an incident page's icon link tooltip names it anew (a regular-expression title).
  {
    id: 'd22-title-bugsnag-to-insight-hub',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (cls: string, title: string, extra: string) => `<a href="#/${cls}" class="${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="20" height="20"></a>`;
      return `<main><h1>Incident 4410: checkout errors</h1><p>Started 06:12 · 318 events</p><div class="links">${icon('open-repo', 'Open in GitHub', WRITES('github'))}${icon('open-errors', v('Open in Bugsnag', 'Open in Insight Hub'), DONE)}${icon('open-traces', 'Open in Sentry traces', WRITES('sentry'))}</div></main>${OUT}`;
    }),
    body: `await page.getByTitle(/open in bugsnag/i).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.open-errors',
  },
  // Google replaced Drive File Stream and Backup and Sync with "Google Drive for desktop" (2021): the downloads page's heading names it anew.
  {
    id: 'd22-heading-drive-file-stream-to-drive-for-desktop',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Downloads</h1><section><h2 class="drive-desktop">${v('Drive File Stream', 'Google Drive for desktop')}</h2><p>Access all your files from your computer.</p><button type="button">Download for Windows</button></section>${v('<section><h2>Backup and Sync</h2><p>Back up folders to Google Drive.</p><button type="button">Download</button></section>', '')}<section><h2>Google Drive for mobile</h2><p>Get the app for Android and iOS.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Drive File Stream', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.drive-desktop',
  },
  // Zendesk renamed Smooch "Sunshine Conversations": a support tool's integrations menu names it anew (a regular-expression link name).
  {
    id: 'd22-link-smooch-to-sunshine-conversations',
    kind: 'renamed text',
    ...both((v) => {
      const link = (cls: string, label: string, extra: string) => `<li><a href="#/integrations/${cls}" class="int-${cls}" ${extra}>${label}</a></li>`;
      return `<main><h1>Channels</h1><nav aria-label="Integrations"><ul>${link('slack', 'Slack', WRITES('slack'))}${link('whatsapp', 'WhatsApp', WRITES('whatsapp'))}${link('messaging', v('Smooch', 'Sunshine Conversations'), DONE)}${link('messenger', 'Messenger', WRITES('messenger'))}</ul></nav></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: /^smooch$/i }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.int-messaging',
  },
  // Microsoft renamed Azure Purview "Microsoft Purview" (April 2022): a data catalogue's settings form labels the account field anew.
  {
    id: 'd22-label-azure-purview-to-microsoft-purview',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Lineage settings</h1><form><label for="pv">${v('Azure Purview account name', 'Microsoft Purview account name')}</label><input id="pv" name="purview"><label for="sa">Azure Storage account name</label><input id="sa" name="storage"><label for="rg">Resource group</label><input id="rg" name="rg"></form></main>`,
    ),
    body: `await page.getByLabel('Azure Purview account name').fill('harbour-governance');\n  await expect(page.locator('#pv')).toHaveValue('harbour-governance');`,
    expect: 'heal',
    target: '#pv',
  },
  // The app's own copy edit: "Forgot your password?" became "Forgot password?"; "Forgot your username?" stays.
  {
    id: 'd22-link-forgot-your-password-copy-edit',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="sign-in"><h1>Sign in to Harbour Tickets</h1><form><label for="u">Username</label><input id="u" name="u"><label for="p">Password</label><input id="p" name="p" type="password"><button type="button" ${WRITES('sign-in')}>Sign in</button></form><p><a href="#/forgot-password" class="forgot-password" ${DONE}>${v('Forgot your password?', 'Forgot password?')}</a> · <a href="#/forgot-username" class="forgot-username" ${WRITES('username')}>Forgot your username?</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Forgot your password?' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.forgot-password',
  },
];

const chainHeals: Drift[] = [
  // Microsoft renamed Windows Virtual Desktop "Azure Virtual Desktop" (June 2021): the portal's services menu names it anew (the chain's last step drifts).
  {
    id: 'd22-chain-windows-virtual-desktop-to-azure',
    kind: 'multi-line chain',
    ...both((v) => {
      const svc = (cls: string, label: string, extra: string) => `<li><a href="#/${cls}" class="svc-${cls}" ${extra}>${label}</a></li>`;
      return `<header><input type="search" aria-label="Search resources" placeholder="Search resources"></header><nav aria-label="Services"><ul>${svc('vm', 'Virtual machines', WRITES('vm'))}${svc('avd', v('Windows Virtual Desktop', 'Azure Virtual Desktop'), DONE)}${svc('w365', 'Windows 365', WRITES('w365'))}${svc('labs', 'Azure Lab Services', WRITES('labs'))}</ul></nav><main><h1>Home</h1><h2>Recent</h2><ul><li><a href="#/vm/harbour-web-01" ${WRITES('recent-vm')}>harbour-web-01 (Virtual machine)</a></li></ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Services' })\n    .getByRole('link', { name: 'Windows Virtual Desktop' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.svc-avd',
  },
  // Infusionsoft renamed itself Keap (2019): the CRM's connected apps name it anew (page object, the chain's last step drifts).
  {
    id: 'd22-chain-po-infusionsoft-to-keap',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (cls: string, name: string, extra: string) => `<li class="app"><span>${name}</span><button type="button" class="sync-${cls}" ${extra}>Sync ${name}</button></li>`;
      return `<main><h1>Contacts</h1><button type="button" class="sync-all" ${WRITES('all')}>Sync all</button><section aria-label="Connected apps" class="connected"><h2>Connected apps</h2><ul>${app('hubspot', 'HubSpot', WRITES('hubspot'))}${app('keap', v('Infusionsoft', 'Keap'), DONE)}${app('activecampaign', 'ActiveCampaign', WRITES('activecampaign'))}${app('pipedrive', 'Pipedrive', WRITES('pipedrive'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { ContactsPage } from './contacts-page';`,
    files: {
      'contacts-page.ts': `import type { Page } from '@playwright/test';

export class ContactsPage {
  constructor(readonly page: Page) {}

  async syncFromCrm() {
    await this.page
      .getByRole('region', { name: 'Connected apps' })
      .getByRole('button', { name: 'Sync Infusionsoft' })
      .click();
  }

  async syncFromPipedrive() {
    await this.page
      .getByRole('region', { name: 'Connected apps' })
      .getByRole('button', { name: 'Sync Pipedrive' })
      .click();
  }
}
`,
    },
    body: `await new ContactsPage(page).syncFromCrm();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.connected button.sync-keap',
  },
];

const refuseRemoved: Drift[] = [
  // Mozilla shut Hubs down (May 31, 2024): an events app's venue list lost it; the other venues stay and a notice names it.
  {
    id: 'd22-refuse-mozilla-hubs-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const venue = (cls: string, label: string, extra: string) => `<li><a href="#/venues/${cls}" ${extra}>${label}</a></li>`;
      return `<main><h1>Choose a virtual venue</h1><ul class="venues">${venue('gather', 'Gather', WRITES('gather'))}${v(venue('hubs', 'Mozilla Hubs', DONE), '')}${venue('spatial', 'Spatial', WRITES('spatial'))}${venue('stream', 'Livestream only', WRITES('stream'))}</ul>${v('', '<p class="notice">Mozilla Hubs shut down on May 31, 2024. Rooms there are no longer available.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Mozilla Hubs' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Gfycat shut down (September 1, 2023): a clip editor's upload targets lost it; Imgur and Giphy stay.
  {
    id: 'd22-refuse-gfycat-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const target = (name: string, extra: string) => `<button type="button" class="upload" ${extra}>Upload to ${name}</button>`;
      return `<main><h1>Export clip</h1><p>harbour-seal.mp4 · 0:14</p><div class="upload-targets">${target('Imgur', WRITES('imgur'))}${v(target('Gfycat', DONE), '')}${target('Giphy', WRITES('giphy'))}<button type="button" class="download" ${WRITES('download')}>Download GIF</button></div></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Upload to Gfycat' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Laybuy went into receivership (June 2024): the shop's checkout lost the option; the other payment options stay.
  {
    id: 'd22-refuse-laybuy-gone',
    kind: 'refuse',
    ...both((v) => {
      const opt = (value: string, label: string) => `<label><input type="radio" name="pay" value="${value}"> ${label}</label>`;
      return `<main><h1>Payment</h1><fieldset><legend>Pay with</legend>${opt('card', 'Card')}${opt('paypal', 'PayPal')}${opt('afterpay', 'Afterpay: pay in 4')}${v(opt('laybuy', 'Laybuy: pay over 6 weeks'), '')}</fieldset><p>Total NZ$120.00</p></main>`;
    }),
    body: `await page.getByLabel('Laybuy: pay over 6 weeks').check();\n  await expect(page.locator('input[value="laybuy"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Verizon shut BlueJeans down (2024): a calendar's conferencing menu lost it; Zoom and Microsoft Teams stay.
  {
    id: 'd22-refuse-bluejeans-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main><h1>New event</h1><label for="t">Title</label><input id="t" value="Harbour board meeting"><div role="menu" aria-label="Add conferencing">${item('Zoom Meeting', WRITES('zoom'))}${item('Microsoft Teams meeting', WRITES('teams'))}${v(item('BlueJeans meeting', DONE), '')}${item('Phone call', WRITES('phone'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'BlueJeans meeting' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Cloud Print down (December 31, 2020): a print dialog's destinations lost it; Save as PDF and Save to Google Drive stay.
  {
    id: 'd22-refuse-google-cloud-print-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const dest = (value: string, label: string) => `<label><input type="radio" name="dest" value="${value}"> ${label}</label>`;
      return `<main><h1>Print</h1><p>Tide tables, March · 4 sheets</p><fieldset><legend>Destination</legend>${dest('pdf', 'Save as PDF')}${dest('drive', 'Save to Google Drive')}${v(dest('cloud', 'Google Cloud Print: Harbour office'), '')}${dest('local', 'Harbour office (local)')}</fieldset></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Google Cloud Print: Harbour office' }).check();\n  await expect(page.locator('input[value="cloud"]')).toBeChecked();`,
    expect: 'refuse',
  },
];

const refuseOpposite: Drift[] = [
  // The account already follows the designer (fixture change): Dribbble's profile shows "Unfollow" where "Follow" was; the opposite action.
  {
    id: 'd22-refuse-dribbble-follow-now-unfollow',
    kind: 'refuse',
    ...both(
      (v) => `<main class="profile"><h1>Harbour Studio</h1><p>Brand and illustration · 2,140 followers</p><div class="profile-actions"><button type="button" class="follow" ${v(DONE, WRITES('unfollow'))}>${v('Follow', 'Unfollow')}</button><button type="button" ${WRITES('hire')}>Get in touch</button><button type="button" ${WRITES('more')}>More</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Follow', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Click tracking is on (fixture change): Mailgun's tracking settings show "Disable click tracking"; "Enable open tracking" stays.
  {
    id: 'd22-refuse-mailgun-enable-click-tracking-now-disable',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Tracking · mg.harbour.example</h1><section><h2>Click tracking</h2><p>${v('Off', 'On')}</p><button type="button" class="toggle-clicks" ${v(DONE, WRITES('disable-clicks'))}>${v('Enable click tracking', 'Disable click tracking')}</button></section><section><h2>Open tracking</h2><p>Off</p><button type="button" class="toggle-opens" ${WRITES('enable-opens')}>Enable open tracking</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Enable click tracking' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A recording is running (fixture change): Riverside's studio shows "Stop recording" where "Start recording" was; the opposite action.
  {
    id: 'd22-refuse-riverside-start-recording-now-stop',
    kind: 'refuse',
    ...both(
      (v) => `<main class="studio"><h1>Harbour Podcast · episode 41</h1><p>${v('Ready · 2 guests joined', 'Recording · 00:12:41')}</p><div class="controls"><button type="button" class="record" ${v(DONE, WRITES('stop'))}>${v('Start recording', 'Stop recording')}</button><button type="button" ${WRITES('screen')}>Start screen share</button><button type="button" ${WRITES('invite')}>Invite</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Start recording' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseValues: Drift[] = [
  // The order was delivered (fixture change): Shipt's order page shows another state; the message the test waits for is gone.
  {
    id: 'd22-refuse-shipt-shopping-now-delivered',
    kind: 'refuse',
    ...both(
      (v) => `<main class="order"><h1>Order from Harbour Market</h1><ol class="steps"><li>Order placed</li><li>Shopping</li><li>On the way</li><li>Delivered</li></ol><p class="status">${v('Your shopper is shopping for your items.', 'Delivered at 2:14 PM. Enjoy!')}</p><p>14 items · $86.40</p></main>`,
    ),
    body: `await expect(page.getByText('Your shopper is shopping')).toBeVisible();`,
    expect: 'refuse',
  },
  // The client paid (fixture change): the FreshBooks invoice's status is "Paid"; "Sent" only starts the activity log's lines.
  {
    id: 'd22-refuse-freshbooks-invoice-sent-now-paid',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Invoice 0041</h1><p>Harbour Chandlery · £264.00</p><span class="invoice-status">${v('Sent', 'Paid')}</span><section><h2>Activity</h2><ul><li>Sent on 3 Dec</li><li>Viewed on 4 Dec</li>${v('', '<li>Paid on 6 Dec</li>')}</ul></section></main>`,
    ),
    body: `await expect(page.getByText('Sent', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // YouTube TV raised its base plan from $72.99 to $82.99 a month (January 2025): the price the test checks must fail it.
  {
    id: 'd22-refuse-youtube-tv-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Membership</h1><section class="plan"><h2>Base plan</h2><p class="price">${v('$72.99/mo', '$82.99/mo')}</p><p>100+ channels · unlimited DVR</p></section><section class="addons"><h2>Add-ons</h2><p>4K Plus · $9.99/mo</p><p>Spanish Plus · $14.99/mo</p></section></main>`,
    ),
    body: `await expect(page.getByText('$72.99/mo')).toBeVisible();`,
    expect: 'refuse',
  },
  // The member's SpotMe limit was raised (fixture change): Chime's account page shows another amount.
  {
    id: 'd22-refuse-chime-spotme-limit-changed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>SpotMe</h1><p class="limit">Your SpotMe limit: ${v('$100', '$200')}</p><p>Spotted this month: $20</p><p>Checking balance: $1,004.12</p><button type="button">Boost a friend</button></main>`,
    ),
    body: `await expect(page.getByText('Your SpotMe limit: $100')).toBeVisible();`,
    expect: 'refuse',
  },
  // The show was rescheduled (fixture change): Ticketmaster's order page shows another date.
  {
    id: 'd22-refuse-ticketmaster-event-rescheduled',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour Lights: live at the Pier Hall</h1>${v('', '<p class="badge">Rescheduled</p>')}<p class="when">${v('Sat, Mar 14, 2026 · 8:00 PM', 'Fri, Jun 19, 2026 · 8:00 PM')}</p><p>Sec 102 · Row F · Seats 7-8</p><p>Doors 7:00 PM</p></main>`,
    ),
    body: `await expect(page.getByText('Sat, Mar 14, 2026')).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseOther: Drift[] = [
  // The account checked in another beer since (fixture change): Untappd's profile shows another record in the latest check-in slot.
  {
    id: 'd22-refuse-untappd-different-check-in',
    kind: 'refuse',
    ...both((v) => {
      const beer = (name: string, brewery: string, extra: string) => `<li class="checkin"><a href="#/beer/${name.toLowerCase().replace(/\W+/g, '-')}" ${extra}>${name}</a><span>${brewery}</span></li>`;
      return `<main><h1>Recent activity</h1><ul class="checkins">${v(beer('Harbour Pale Ale', 'Quayside Brewing', DONE), beer('Breakwater Stout', 'Quayside Brewing', WRITES('stout')))}${beer('Tidal IPA', 'Lighthouse Brew Co.', WRITES('tidal'))}</ul><p>412 unique beers</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Harbour Pale Ale' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A new week (fixture change): Harvest's timesheet shows another project's row first; the test's project is gone (the chain's filter).
  {
    id: 'd22-refuse-chain-harvest-different-project',
    kind: 'refuse',
    ...both((v) => {
      const row = (project: string, task: string, extra: string) => `<tr class="entry"><td>${project}</td><td>${task}</td><td>0:00</td><td><button type="button" class="start" ${extra}>Start timer</button></td></tr>`;
      return `<main><h1>Timesheet · ${v('week of 1 Dec', 'week of 8 Dec')}</h1><table aria-label="Entries"><tr><th>Project</th><th>Task</th><th>Time</th><th></th></tr>${v(row('Tide survey', 'Field work', DONE), row('Breakwater audit', 'Field work', WRITES('breakwater')))}${row('Harbour website', 'Design', WRITES('website'))}${row('Internal', 'Admin', WRITES('internal'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Tide survey' })\n    .getByRole('button', { name: 'Start timer' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Zoho Mail's reading-pane toolbar moved Print into the closed "More actions" menu.
  {
    id: 'd22-refuse-zoho-mail-print-behind-more-actions',
    kind: 'refuse',
    ...both((v) => {
      const b = (label: string, extra: string) => `<button type="button" ${extra}>${label}</button>`;
      const print = v(
        b('Print', DONE),
        `<button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('more')}>More actions</button><div role="menu" aria-label="More actions" hidden><button type="button" role="menuitem" ${WRITES('print-hidden')}>Print</button><button type="button" role="menuitem" ${WRITES('source-hidden')}>View source</button><button type="button" role="menuitem" ${WRITES('pdf-hidden')}>Export as PDF</button></div>`,
      );
      return `<main><div class="toolbar" role="toolbar" aria-label="Message">${b('Reply', WRITES('reply'))}${b('Reply all', WRITES('reply-all'))}${b('Forward', WRITES('forward'))}${b('Delete', WRITES('delete'))}${print}</div><article><h1>Berth invoice for March</h1><p>From: harbour office</p></article></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Print' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Gumroad's product editor moved the custom permalink field into a collapsed "Advanced" section.
  {
    id: 'd22-refuse-gumroad-permalink-behind-advanced',
    kind: 'refuse',
    ...both((v) => {
      const permalink = '<label for="permalink">Custom permalink</label><input id="permalink" name="permalink">';
      return `<main><h1>Edit product</h1><form><label for="name">Name</label><input id="name" name="name" value="Harbour tide tables 2026"><label for="price">Price</label><input id="price" name="price" value="4"><label for="summary">Summary</label><input id="summary" name="summary">${v(permalink, `<details class="advanced"><summary>Advanced</summary>${permalink}<label for="limit">Limit product sales</label><input id="limit" name="limit"></details>`)}</form></main>`;
    }),
    body: `await page.getByLabel('Custom permalink').fill('tides-2026');\n  await expect(page.locator('#permalink')).toHaveValue('tides-2026');`,
    expect: 'refuse',
  },
  // The host removed the required phone field (fixture change): SavvyCal's booking form no longer asks for it; the other fields stay.
  {
    id: 'd22-refuse-savvycal-phone-field-dropped',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Book a 30-minute call</h1><p>Tue 17 Mar · 10:30</p><form><label for="n">Your name</label><input id="n" name="name" required><label for="e">Email address</label><input id="e" name="email" type="email" required>${v('<label for="ph">Phone number</label><input id="ph" name="phone" type="tel" required>', '')}<label for="notes">Anything we should know?</label><textarea id="notes" name="notes"></textarea><button type="button">Confirm</button></form></main>`,
    ),
    body: `await page.getByLabel('Phone number').fill('01632 960 441');\n  await expect(page.locator('input[name="phone"]')).toHaveValue('01632 960 441');`,
    expect: 'refuse',
  },
  // The campaign added perks (fixture change): Indiegogo's "Back it" now opens the perk picker instead of the checkout.
  {
    id: 'd22-refuse-indiegogo-back-it-now-perks',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Harbour e-bike trailer</h1><p>$41,200 raised of $30,000 · 12 days left</p><div class="cta"><a href="${v('#/checkout', '#/perks')}" class="back-it">Back it</a><a href="#/follow" class="follow">Follow</a><a href="#/share" class="share">Share</a></div></main>`,
    ),
    body: `await page.getByRole('link', { name: 'Back it' }).click();\n  await expect(page).toHaveURL(/#\\/checkout$/);`,
    expect: 'refuse',
  },
  // The site dropped its Hello Bar: `.hellobar__close` finds nothing; the only close buttons left belong to a newsletter modal and the cart drawer.
  {
    id: 'd22-refuse-hello-bar-removed',
    kind: 'refuse',
    ...both(
      (v) => `${v(`<div class="hellobar hellobar--top"><p class="hellobar__text">Winter sale: 20% off all charts</p><button type="button" class="hellobar__close" aria-label="Close" ${DONE}>×</button></div>`, '')}<header><a href="#/">Harbour Charts</a><button type="button" class="cart-toggle">Cart (2)</button></header><main><h1>Charts</h1><p>Admiralty and local charts.</p></main><div class="modal modal--newsletter" role="dialog" aria-label="Newsletter"><p class="modal__text">Get 10% off your first order</p><button type="button" class="modal__close" aria-label="Close" ${WRITES('modal')}>×</button></div><aside class="drawer drawer--cart"><p class="drawer__text">2 items</p><button type="button" class="drawer__close" aria-label="Close" ${WRITES('drawer')}>×</button></aside>${OUT}`,
    ),
    body: `await page.locator('.hellobar__close').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_22_DRIFTS: Drift[] = [...classHeals, ...idHeals, ...testIdHeals, ...xpathHeals, ...copyHeals, ...chainHeals, ...refuseRemoved, ...refuseOpposite, ...refuseValues, ...refuseOther];
