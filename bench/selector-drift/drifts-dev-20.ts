// Twentieth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a carmaker group's new name in a supplier portal's logo alt, a country's new name in a listbox
// option, a streaming channel's tab, a phone maker's new name in a holdings link, a bank wallet's button, a
// carmaker's new name in a watchlist cell, an airline's loyalty label, a blog platform's search placeholder,
// a wallet's name in a checkout tooltip and a mobile operator's heading) on alt, option, tab, link, button,
// text, label, placeholder, title and heading locators, six of them brands replaced by names that share no
// word with the old one; Prettier-style multi-line chains in page objects and in the test body where a
// filter (hasText or has:), the scope step or the last step drifts; library upgrades (intl-tel-input 16,
// Ninja Forms 3, Contact Form 7 5.2, Summernote 0.8, Usercentrics' newer banner, freeCodeCamp's Playwright
// test labels) on class, id, XPath, attribute and test-attribute locators; and must-refuse releases or
// fixture changes where any patch would be wrong. Eleven of those are the same element, in the same place
// with the same classes and neighbours, now carrying a name in which one word was swapped for another that
// means another action, document, integration, format, state, product or delivery mode, with the old word
// gone from the whole page; the others are a retired app and a shut service while look-alikes stay, a price
// rise, a different record, and an entry moved behind a closed menu. Pages carry decoys that share words,
// classes or attributes with the target. Heal cases name the `target` the drifted locator must now find;
// refuse cases have none.
//
// Sources, case by case (the release or change each one models):
// d20-alt-fiat-chrysler-to-stellantis: Fiat Chrysler Automobiles and PSA merged into Stellantis (January 2021).
// d20-option-swaziland-to-eswatini: Swaziland renamed itself the Kingdom of Eswatini (April 2018).
// d20-tab-starz-play-to-lionsgate-plus: Starz Play, Starz's service outside the US, became Lionsgate+ (2021).
// d20-link-research-in-motion-to-blackberry: Research In Motion renamed itself BlackBerry (January 2013).
// d20-button-tinkoff-pay-to-t-pay: Tinkoff Bank became T-Bank (2024) and Tinkoff Pay became T-Pay.
// d20-text-daimler-to-mercedes-benz-group: Daimler AG became Mercedes-Benz Group AG (February 2022); Daimler Truck, spun off in December 2021, keeps its name.
// d20-label-aer-lingus-gold-circle-to-aerclub: Aer Lingus replaced its Gold Circle programme with AerClub (2020).
// d20-placeholder-yandex-zen-to-dzen: Yandex.Zen became Dzen (2022).
// d20-title-yandex-money-to-yoomoney: Yandex.Money became YooMoney (2020); Yandex Pay is another product.
// d20-heading-vodafone-idea-to-vi: Vodafone Idea rebranded as Vi (September 2020).
// d20-chain-po-filter-wachovia-to-wells-fargo: Wells Fargo moved Wachovia's accounts to its own name (2008-11); Wells Fargo Advisors is a decoy row.
// d20-chain-po-filter-freshsales-to-freshworks-crm: Freshworks renamed Freshsales "Freshworks CRM" (2020).
// d20-chain-po-vantiv-to-worldpay: Vantiv bought Worldpay and took its name (January 2018).
// d20-chain-po-andersen-consulting-to-accenture: Andersen Consulting became Accenture (January 1, 2001); Arthur Andersen is another firm.
// d20-chain-filter-raytheon-technologies-to-rtx: Raytheon Technologies renamed itself RTX (July 2023).
// d20-chain-filter-alltel-to-verizon-wireless: Verizon Wireless took over Alltel's customers (2009).
// d20-chain-kraft-foods-to-mondelez: Kraft Foods split (October 2012) and the company that remained took the name Mondelez International; Kraft Heinz is another company.
// d20-chain-philip-morris-companies-to-altria: Philip Morris Companies renamed itself Altria Group (January 2003); Philip Morris International, spun off in 2008, keeps the name.
// d20-css-intl-tel-input-16-bem: intl-tel-input 16 (2019) moved to BEM class names: `.selected-flag` -> `.iti__selected-flag`.
// d20-id-ninja-forms-3-field-ids: Ninja Forms 3 (2016) rendered fields with `nf-field-N` ids where 2.x used `ninja_forms_field_N`.
// d20-css-contact-form-7-5-2-response-output: Contact Form 7 5.2 (2020) dropped `wpcf7-mail-sent-ok` and friends; the form carries the state (`sent`, `data-status`).
// d20-xpath-summernote-0-8-toolbar: Summernote 0.8 (2016) rendered toolbar buttons with `note-btn-*` classes where older releases used `data-event` attributes.
// d20-id-usercentrics-cmp-v2-accept: Usercentrics' newer CMP renders its banner buttons with `data-testid` values (`uc-accept-all-button`) where the older banner used ids (`uc-btn-accept-banner`).
// d20-testid-freecodecamp-data-cy-to-playwright-label: freeCodeCamp moved its browser tests from Cypress to Playwright (2023) and tagged elements with `data-playwright-test-label`; the values are this page's.
// d20-refuse-classpass-pause-now-cancel-membership: fixture change (this year's pause used): the button offers Cancel, another action; pausing, the feature under test, is gone.
// d20-refuse-paddle-download-invoice-now-receipt: fixture change (no business details on the order): a receipt is another document than an invoice (no invoice number, no VAT lines).
// d20-refuse-expensify-approve-now-pay: fixture change (the report was approved): Expensify's report button follows the state (Submit, Approve, Pay); paying out is another action.
// d20-refuse-codemagic-connect-github-now-gitlab: fixture change (the repository moved host): another integration in the same slot.
// d20-refuse-starling-export-csv-now-pdf: fixture change (a euro account, PDF statements only): another file format; the CSV the test parses is gone.
// d20-refuse-vimeo-follow-now-following: fixture change (already following): "Following" is a state, not the Follow action.
// d20-refuse-fastmail-mark-as-read-now-unread: fixture change (the message was read): the opposite action.
// d20-refuse-apple-iphone-14-pro-now-15-pro: Apple discontinued the iPhone 14 Pro and 14 Pro Max when it released the 15 Pro (September 12, 2023): another product.
// d20-refuse-rivian-open-frunk-now-close: fixture change (the frunk is open): the opposite action.
// d20-refuse-deliveroo-schedule-delivery-now-collection: fixture change (the restaurant stopped delivering): collection is another way of getting the order.
// d20-refuse-booking-genius-level-1-now-level-2: fixture change (five stays completed): Genius Level 2 is another state with other benefits.
// d20-refuse-paint-3d-retired: Microsoft removed Paint 3D from the Microsoft Store (November 4, 2024); Paint stays.
// d20-refuse-jamboard-shut-down: Google shut Jamboard down (December 31, 2024); Drawings and the other apps stay.
// d20-refuse-zwift-price-rise: Zwift raised its US monthly membership from $14.99 to $19.99 (November 2023).
// d20-refuse-wahoo-systm-different-workout: fixture change (other workouts scheduled since).
// d20-refuse-po-loom-download-behind-more-menu: Loom's redesigned video page moved Download into the closed More (…) menu.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change; the exact strings are
// my recollection or this page's): d20-button-tinkoff-pay-to-t-pay (that the wallet's button reads "T-Pay"),
// d20-tab-starz-play-to-lionsgate-plus (the year per market), d20-label-aer-lingus-gold-circle-to-aerclub (the
// month and the form's labels), d20-title-yandex-money-to-yoomoney (the checkout's tooltips),
// d20-heading-vodafone-idea-to-vi (the plan names), d20-chain-po-filter-freshsales-to-freshworks-crm (the year; the
// product has since taken back the Freshsales name), d20-xpath-summernote-0-8-toolbar (the release that changed the
// buttons, and their exact older markup), d20-id-usercentrics-cmp-v2-accept (the exact ids and test ids of both
// banners), d20-testid-freecodecamp-data-cy-to-playwright-label (the attribute's name and the year; the values are
// this page's), d20-css-contact-form-7-5-2-response-output (the release that dropped the class), the fixture
// changes' button labels (ClassPass, Paddle, Expensify, Codemagic, Starling, Vimeo, Fastmail, Rivian, Deliveroo,
// Booking.com), d20-refuse-zwift-price-rise (the annual prices), and d20-refuse-po-loom-download-behind-more-menu
// (when the action bar changed, and the menu's entries).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Wells Fargo Advisors, BB&T, Freshdesk, HubSpot CRM, Pipedrive, Adyen, Global Payments, Ernst & Young,
// KPMG, Lockheed Martin, General Dynamics, Verizon Fios, Kraft Heinz, PepsiCo, Coca-Cola, Procter & Gamble, BMW,
// Airtel, Jio, SberPay, QIWI, Ericsson, OpenText, BritBox, Hayu, FCA US, Clipchamp, FigJam, Lucidspark, Miro,
// Bitbucket, Slack (some of these appear in earlier sets, and only as decoys or notice text here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // Fiat Chrysler Automobiles and PSA merged into Stellantis (January 2021): a supplier portal's header logo names the new group.
  {
    id: 'd20-alt-fiat-chrysler-to-stellantis',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="portal-header"><a href="#/" class="brand" ${DONE}><img src="${GIF}" alt="${v('Fiat Chrysler Automobiles', 'Stellantis')}" width="140" height="30"></a><nav aria-label="Main"><a href="#/orders" ${WRITES('orders')}>Purchase orders</a><a href="#/asn" ${WRITES('asn')}>Shipping notices</a><a href="#/quality" ${WRITES('quality')}>Quality</a></nav></header>
<main><h1>Supplier portal</h1><p>Plant: Windsor Assembly · Supplier code 4410-HARB</p><aside class="partners"><img src="${GIF}" alt="FCA US LLC" width="80" height="24"><img src="${GIF}" alt="${v('Fiat Chrysler Finance', 'Stellantis Financial Services')}" width="80" height="24"></aside></main>${OUT}`,
    ),
    body: `await page.getByAltText('Fiat Chrysler Automobiles', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // Swaziland renamed itself the Kingdom of Eswatini (April 2018): a shop's country listbox lists it under the new name (and sorts it under E).
  {
    id: 'd20-option-swaziland-to-eswatini',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string) => `<li role="option" aria-selected="false" ${extra}>${label}</li>`;
      const sz = opt(v('Swaziland', 'Eswatini'), DONE);
      return `<main class="billing"><h1>Billing address</h1><p>Harbour Supplies ships to 48 countries.</p><label id="country-label">Country</label><ul role="listbox" aria-labelledby="country-label" class="countries">${opt('Egypt', WRITES('egypt'))}${opt('Eritrea', WRITES('eritrea'))}${opt('Estonia', WRITES('estonia'))}${v('', sz)}${opt('Ethiopia', WRITES('ethiopia'))}${opt('South Africa', WRITES('south-africa'))}${opt('Sudan', WRITES('sudan'))}${v(sz, '')}${opt('Sweden', WRITES('sweden'))}${opt('Switzerland', WRITES('switzerland'))}</ul>
<p>${v('Orders to Swaziland ship from Durban.', 'Orders to Eswatini ship from Durban.')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Swaziland', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"]:text-is("Eswatini")',
  },
  // Starz Play, Starz's service outside the US, became Lionsgate+ (2021): a TV platform's channel tabs name it anew.
  {
    id: 'd20-tab-starz-play-to-lionsgate-plus',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<main class="channels"><h1>Channels</h1><div role="tablist" aria-label="Channels" class="channel-tabs">${tab('All channels', WRITES('all'), true)}${tab('BritBox', WRITES('britbox'))}${tab(v('Starz Play', 'Lionsgate+'), DONE)}${tab('Hayu', WRITES('hayu'))}</div>
<section><h2>${v('New on Starz Play', 'New on Lionsgate+')}</h2><p>Three new series this month.</p><a href="#/channels/play-trial" ${WRITES('trial')}>Start a 7-day trial</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Starz Play' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Lionsgate+")',
  },
  // Research In Motion renamed itself BlackBerry (January 2013): an investor site's holdings links name the company anew; BlackBerry QNX sits beside it.
  {
    id: 'd20-link-research-in-motion-to-blackberry',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="portfolio"><h1>Holdings</h1><p>Technology · 4 positions</p><nav aria-label="Holdings" class="holdings"><a href="#/h/ericsson" ${WRITES('networks')}>Ericsson</a><a href="#/h/bb" class="holding" ${DONE}>${v('Research In Motion', 'BlackBerry')}</a><a href="#/h/qnx" ${WRITES('qnx')}>${v('QNX Software Systems', 'BlackBerry QNX')}</a><a href="#/h/open-text" ${WRITES('opentext')}>OpenText</a></nav>
<section><h2>News</h2><a href="#/news/bb10" ${WRITES('news')}>${v('Research In Motion previews BlackBerry 10', 'BlackBerry 10 ships')}</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: /^Research In Motion$/ }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.holding',
  },
  // Tinkoff Bank became T-Bank (June 2024) and its wallet Tinkoff Pay became T-Pay: a checkout's pay buttons name it anew.
  {
    id: 'd20-button-tinkoff-pay-to-t-pay',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Оплата</h1><p>Заказ № 4410 · 2 890 ₽</p><div class="pay" aria-label="Pay with a bank app"><button type="button" class="bank-pay" ${DONE}>${v('Tinkoff Pay', 'T-Pay')}</button><button type="button" class="sber-pay" ${WRITES('sberpay')}>SberPay</button><button type="button" class="sbp" ${WRITES('sbp')}>СБП</button></div>
<p class="hint">${v('Tinkoff Pay', 'T-Pay')} opens your bank app.</p><button type="button" ${WRITES('card')}>Pay by card</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Tinkoff Pay' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.bank-pay',
  },
  // Daimler AG renamed itself Mercedes-Benz Group (February 2022) after spinning off Daimler Truck (December 2021), which keeps its name.
  {
    id: 'd20-text-daimler-to-mercedes-benz-group',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="watchlist"><h1>Watchlist</h1><table aria-label="Watchlist"><tr><th>Company</th><th>Price</th></tr><tr><td class="issuer-main">${v('Daimler', 'Mercedes-Benz Group')}</td><td>€68.40</td></tr><tr><td>Daimler Truck</td><td>€35.12</td></tr><tr><td>BMW</td><td>€92.10</td></tr></table>
<p>${v('Daimler AG', 'Mercedes-Benz Group AG')} reports on 25 July.</p></main>`,
    ),
    body: `await expect(page.getByText('Daimler', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'td.issuer-main',
  },
  // Aer Lingus replaced its Gold Circle programme with AerClub (April 2020): the booking form's member number label took the new name.
  {
    id: 'd20-label-aer-lingus-gold-circle-to-aerclub',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Aer Lingus" width="90" height="30"></a></header>
<main><h1>Passenger details</h1><form class="passenger"><label for="first-name">First name</label><input id="first-name" name="first"><label for="last-name">Last name</label><input id="last-name" name="last"><label for="loyalty-number">${v('Gold Circle membership number', 'AerClub membership number')}</label><input id="loyalty-number" name="loyalty"><label for="partner-number">Partner frequent flyer number</label><input id="partner-number" name="partner"><button type="button">Continue</button></form>
<p>${v('Gold Circle members board first.', 'AerClub Concierge members board first.')}</p></main>`,
    ),
    body: `await page.getByLabel('Gold Circle membership number').fill('AC 441 0907');\n  await expect(page.locator('#loyalty-number')).toHaveValue('AC 441 0907');`,
    expect: 'heal',
    target: '#loyalty-number',
  },
  // Yandex.Zen became Dzen (2022): the blog platform's header search names it anew.
  {
    id: 'd20-placeholder-yandex-zen-to-dzen',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top"><a href="#/" ${WRITES('logo')}>${v('Yandex.Zen', 'Dzen')}</a><input type="search" name="q" aria-label="Search" placeholder="${v('Search Yandex.Zen', 'Search Dzen')}"><a href="#/studio" ${WRITES('studio')}>Studio</a></header>
<main><h1>Harbour notes</h1><section><h2>Channels</h2><input type="text" name="channel-filter" aria-label="Filter channels" placeholder="Search channels"></section><section><h2>Comments</h2><input type="text" name="comment" aria-label="Comment" placeholder="Write a comment"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Yandex.Zen').fill('tide tables');\n  await expect(page.locator('input[name="q"]')).toHaveValue('tide tables');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Yandex.Money became YooMoney (2020) when Sberbank took it over: a shop's wallet icon buttons name it anew in their tooltips; Yandex Pay is another product.
  {
    id: 'd20-title-yandex-money-to-yoomoney',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Payment</h1><p>Order total: 1 450 ₽</p><div class="wallets" aria-label="Wallets"><button type="button" class="wallet wallet-ym" title="${v('Pay with Yandex.Money', 'Pay with YooMoney')}" ${DONE}><img src="${GIF}" alt="" width="40" height="20"></button><button type="button" class="wallet wallet-yp" title="Pay with Yandex Pay" ${WRITES('yandex-pay')}><img src="${GIF}" alt="" width="40" height="20"></button><button type="button" class="wallet wallet-qiwi" title="Pay with QIWI Wallet" ${WRITES('qiwi')}><img src="${GIF}" alt="" width="40" height="20"></button></div>
<p><a href="#/help/wallets" title="${v('What is Yandex.Money?', 'What is YooMoney?')}" ${WRITES('help')}>About wallets</a></p></main>${OUT}`,
    ),
    body: `await page.getByTitle('Pay with Yandex.Money').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.wallet-ym',
  },
  // Vodafone Idea rebranded as Vi (September 2020): a plan comparison site's operator heading took the new name.
  {
    id: 'd20-heading-vodafone-idea-to-vi',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="compare"><h1>Prepaid plans</h1><section><h2>Airtel</h2><p>₹299 · 28 days · 1.5 GB/day</p></section><section><h2 class="operator">${v('Vodafone Idea', 'Vi')}</h2><p>₹299 · 28 days · 1.5 GB/day</p><h3>${v('Vodafone Idea night data', 'Vi Hero Unlimited')}</h3><p>Free data from midnight to 6 a.m.</p></section><section><h2>Jio</h2><p>₹239 · 28 days · 1.5 GB/day</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Vodafone Idea', level: 2, exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.operator',
  },
];

const chains: Drift[] = [
  // Wells Fargo finished moving Wachovia's branches and accounts to its own name (2011): a budgeting app's linked accounts table renamed the row (page object, the filter step drifts).
  {
    id: 'd20-chain-po-filter-wachovia-to-wells-fargo',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (bank: string, account: string, extra: string) => `<tr><td>${bank}</td><td>${account}</td><td><button type="button" ${extra}>Sync now</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>Harbour Budget</a><nav aria-label="Main"><a href="#/budget" ${WRITES('budget')}>Budget</a><a href="#/accounts" ${WRITES('accounts')}>Accounts</a></nav></header>
<main><h1>Linked accounts</h1><table aria-label="Linked accounts"><tr><th>Bank</th><th>Account</th><th></th></tr>${row(v('Wachovia', 'Wells Fargo'), 'Way2Save ••4410', DONE)}${row('Wells Fargo Advisors', 'Brokerage ••0907', WRITES('advisors'))}${row('BB&amp;T', 'Checking ••2231', WRITES('bbt'))}</table>${v('', '<p class="notice">Your accounts now carry the Wells Fargo name.</p>')}</main>${OUT}`;
    }),
    imports: `import { LinkedAccountsPage } from './linked-accounts-page';`,
    files: {
      'linked-accounts-page.ts': `import type { Page } from '@playwright/test';

export class LinkedAccountsPage {
  constructor(readonly page: Page) {}

  async syncSavings() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Wachovia' })
      .getByRole('button', { name: 'Sync now' })
      .click();
  }

  async syncBrokerage() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Wells Fargo Advisors' })
      .getByRole('button', { name: 'Sync now' })
      .click();
  }
}
`,
    },
    body: `await new LinkedAccountsPage(page).syncSavings();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("Wells Fargo")) button',
  },
  // Freshworks renamed Freshsales "Freshworks CRM" (2020): a help desk's integrations show the card under the new name; Freshdesk sits beside it (page object, a has: filter drifts).
  {
    id: 'd20-chain-po-filter-freshsales-to-freshworks-crm',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<div class="integration"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Install</button></div>`;
      return `<main><h1>Integrations</h1><p>Bring customer context into every conversation.</p><div class="integrations">${card('Freshdesk', 'Tickets and SLAs', WRITES('freshdesk'))}${card(v('Freshsales', 'Freshworks CRM'), 'Deals and contacts', DONE)}${card('HubSpot CRM', 'Contacts and companies', WRITES('hubspot'))}${card('Pipedrive', 'Deals', WRITES('pipedrive'))}</div></main>${OUT}`;
    }),
    imports: `import { IntegrationsPage } from './integrations-page';`,
    files: {
      'integrations-page.ts': `import type { Page } from '@playwright/test';

export class IntegrationsPage {
  constructor(readonly page: Page) {}

  async installSalesCrm() {
    await this.page
      .locator('.integration')
      .filter({ has: this.page.getByRole('heading', { name: 'Freshsales' }) })
      .getByRole('button', { name: 'Install' })
      .click();
  }

  async installHelpDesk() {
    await this.page
      .locator('.integration')
      .filter({ has: this.page.getByRole('heading', { name: 'Freshdesk' }) })
      .getByRole('button', { name: 'Install' })
      .click();
  }
}
`,
    },
    body: `await new IntegrationsPage(page).installSalesCrm();\n  ${CHECK}`,
    expect: 'heal',
    target: '.integration:has(h3:text-is("Freshworks CRM")) button',
  },
  // Vantiv bought Worldpay and took its name (January 2018): a shop's payment processor settings show the card under the new name (page object, the scope step drifts).
  {
    id: 'd20-chain-po-vantiv-to-worldpay',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="processor"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Edit credentials</button></section>`;
      return `<nav aria-label="Settings"><a href="#/general" ${WRITES('general')}>General</a><a href="#/payments" ${WRITES('payments')}>Payments</a></nav>
<main><h1>Payment processors</h1><div class="processors">${card('Adyen', 'Active', WRITES('adyen'))}${card(v('Vantiv', 'Worldpay'), 'Active · card-present', DONE)}${card('Global Payments', 'Inactive', WRITES('global'))}</div>${v('', '<p class="notice">Vantiv is now Worldpay. Your merchant ID is unchanged.</p>')}</main>${OUT}`;
    }),
    imports: `import { ProcessorsPage } from './processors-page';`,
    files: {
      'processors-page.ts': `import type { Page } from '@playwright/test';

export class ProcessorsPage {
  constructor(readonly page: Page) {}

  async editCardPresent() {
    await this.page
      .getByRole('region', { name: 'Vantiv' })
      .getByRole('button', { name: 'Edit credentials' })
      .click();
  }

  async editOnline() {
    await this.page
      .getByRole('region', { name: 'Adyen' })
      .getByRole('button', { name: 'Edit credentials' })
      .click();
  }
}
`,
    },
    body: `await new ProcessorsPage(page).editCardPresent();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Worldpay"] button',
  },
  // Andersen Consulting became Accenture (January 1, 2001); Arthur Andersen, the accounting firm, is another company (page object, the last step, a link, drifts).
  {
    id: 'd20-chain-po-andersen-consulting-to-accenture',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Harbour Procurement</a></header>
<main><h1>Approved vendors</h1><nav aria-label="Consulting vendors" class="vendors"><a href="#/v/ey" ${WRITES('ey')}>Ernst &amp; Young</a><a href="#/v/ac" class="ac" ${DONE}>${v('Andersen Consulting', 'Accenture')}</a><a href="#/v/aa" ${WRITES('arthur')}>Arthur Andersen</a><a href="#/v/kpmg" ${WRITES('kpmg')}>KPMG Consulting</a></nav>
<aside><h2>Contracts</h2><a href="#/contracts/ac-2001" ${WRITES('contract')}>${v('Andersen Consulting master agreement', 'Accenture master agreement')}</a></aside></main>${OUT}`,
    ),
    imports: `import { VendorsPage } from './vendors-page';`,
    files: {
      'vendors-page.ts': `import type { Page } from '@playwright/test';

export class VendorsPage {
  constructor(readonly page: Page) {}

  async openSystemsIntegrator() {
    await this.page
      .getByRole('navigation', { name: 'Consulting vendors' })
      .getByRole('link', { name: 'Andersen Consulting', exact: true })
      .click();
  }

  async openAuditor() {
    await this.page
      .getByRole('navigation', { name: 'Consulting vendors' })
      .getByRole('link', { name: 'Ernst & Young', exact: true })
      .click();
  }
}
`,
    },
    body: `await new VendorsPage(page).openSystemsIntegrator();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.ac',
  },
  // Raytheon Technologies renamed itself RTX (July 2023): a watchlist row took the new name (the hasText filter drifts).
  {
    id: 'd20-chain-filter-raytheon-technologies-to-rtx',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (name: string, price: string, extra: string) => `<li class="holding"><strong>${name}</strong><span>${price}</span><button type="button" ${extra}>Set alert</button></li>`;
      return `<main><h1>Watchlist</h1><p>Aerospace &amp; defence</p><ul class="holdings">${item('Lockheed Martin', '$452.10', WRITES('lockheed'))}${item(v('Raytheon Technologies', 'RTX'), '$88.42', DONE)}${item('General Dynamics', '$247.30', WRITES('gd'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Raytheon Technologies' })\n    .getByRole('button', { name: 'Set alert' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li:has(strong:text-is("RTX")) button',
  },
  // Verizon Wireless took over Alltel's customers (2009): a bill-pay list renamed the payee; Verizon Fios sits beside it (a has: filter drifts).
  {
    id: 'd20-chain-filter-alltel-to-verizon-wireless',
    kind: 'multi-line chain',
    ...both((v) => {
      const payee = (name: string, due: string, extra: string) => `<div class="payee"><p class="name">${name}</p><p>${due}</p><button type="button" ${extra}>Pay</button></div>`;
      return `<main><h1>Bill pay</h1><p>Payments sent by 4 p.m. arrive the next business day.</p><div class="payees">${payee('Verizon Fios', 'Due 9 June · $79.99', WRITES('fios'))}${payee(v('Alltel', 'Verizon Wireless'), 'Due 12 June · $54.20', DONE)}${payee('Harbour Water', 'Due 21 June · $31.40', WRITES('water'))}</div></main>${OUT}`;
    }),
    body: `await page\n    .locator('.payee')\n    .filter({ has: page.getByText('Alltel', { exact: true }) })\n    .getByRole('button', { name: 'Pay' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.payee:has(.name:text-is("Verizon Wireless")) button',
  },
  // Kraft Foods split in 2012 and its snacks business, the company that remained, took the name Mondelez International; Kraft Heinz is another company (the scope step drifts).
  {
    id: 'd20-chain-kraft-foods-to-mondelez',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<section aria-label="${name}" class="customer"><h2>${name}</h2><p>${text}</p><button type="button" ${extra}>Open account plan</button></section>`;
      return `<nav aria-label="Accounts"><a href="#/customers" ${WRITES('customers')}>Customers</a><a href="#/pipeline" ${WRITES('pipeline')}>Pipeline</a></nav>
<main><h1>Key accounts</h1>${card(v('Kraft Foods', 'Mondelez International'), 'Snacks · 14 plants', DONE)}${card('Kraft Heinz', 'Grocery · 6 plants', WRITES('kraft-heinz'))}${card('PepsiCo', 'Beverages · 9 plants', WRITES('pepsico'))}</main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'Kraft Foods' })\n    .getByRole('button', { name: 'Open account plan' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Mondelez International"] button',
  },
  // Philip Morris Companies renamed itself Altria Group (January 2003); Philip Morris International, spun off in 2008, keeps the name (the last step drifts).
  {
    id: 'd20-chain-philip-morris-companies-to-altria',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main><h1>Consumer staples</h1><p>Dividend history for your holdings.</p>
<nav aria-label="Holdings" class="holdings"><a href="#/h/ko" ${WRITES('ko')}>Coca-Cola</a><a href="#/h/mo" class="mo" ${DONE}>${v('Philip Morris Companies', 'Altria Group')}</a><a href="#/h/pm" ${WRITES('pm')}>Philip Morris International</a><a href="#/h/pg" ${WRITES('pg')}>Procter &amp; Gamble</a></nav>
<aside><h2>Filings</h2><a href="#/filings/mo" ${WRITES('filings')}>${v('Philip Morris Companies annual report', 'Altria Group annual report')}</a></aside></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Holdings' })\n    .getByRole('link', { name: 'Philip Morris Companies', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Holdings"] a.mo',
  },
];

const others: Drift[] = [
  // intl-tel-input 16 (2019) moved to BEM class names: `.intl-tel-input .selected-flag` became `.iti .iti__selected-flag`.
  {
    id: 'd20-css-intl-tel-input-16-bem',
    kind: 'css class',
    ...both((v) => {
      const widget = (id: string, country: string, code: string, flagExtra: string) => `<div class="${v('intl-tel-input allow-dropdown', 'iti iti--allow-dropdown')}"><div class="${v('flag-container', 'iti__flag-container')}"><div class="${v('selected-flag', 'iti__selected-flag')}" role="combobox" aria-expanded="false" title="${country}: ${code}" tabindex="0" ${flagExtra}><div class="${v(`iti-flag ${country === 'United Kingdom' ? 'gb' : 'ie'}`, `iti__flag iti__${country === 'United Kingdom' ? 'gb' : 'ie'}`)}">${country === 'United Kingdom' ? 'GB' : 'IE'}</div><div class="${v('iti-arrow', 'iti__arrow')}">▾</div></div><ul class="${v('country-list hide', 'iti__country-list iti__hide')}" role="listbox"><li class="${v('country preferred', 'iti__country iti__preferred')}" data-dial-code="44" data-country-code="gb">United Kingdom</li><li class="${v('country', 'iti__country')}" data-dial-code="353" data-country-code="ie">Ireland</li></ul></div><input type="tel" id="${id}" name="${id}" autocomplete="off" placeholder="07400 123456"></div>`;
      return `<main class="contact"><h1>Contact details</h1><form><div id="mobile-phone-row" class="row"><label for="mobile">Mobile</label>${widget('mobile', 'Ireland', '+353', WRITES('mobile-flag'))}</div><div id="work-phone-row" class="row"><label for="work">Work phone</label>${widget('work', 'United Kingdom', '+44', DONE)}</div><button type="button" ${WRITES('save')}>Save</button></form></main>${OUT}`;
    }),
    body: `await page.locator('#work-phone-row .selected-flag').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#work-phone-row .iti__selected-flag',
  },
  // Ninja Forms 3 (2016) rendered its fields with `nf-field-N` ids where Ninja Forms 2 used `ninja_forms_field_N`.
  {
    id: 'd20-id-ninja-forms-3-field-ids',
    kind: 'id',
    ...both((v) => {
      const field = (n: number, label: string, type: string) => v(
        `<div class="field-wrap ${type}-wrap" id="ninja_forms_field_${n}_div_wrap"><label for="ninja_forms_field_${n}" id="ninja_forms_field_${n}_label" class="">${label}</label><input id="ninja_forms_field_${n}" name="ninja_forms_field_${n}" type="${type}" class="ninja-forms-field" value=""></div>`,
        `<nf-field><div id="nf-field-${n}-container" class="nf-field-container ${type}-container label-above"><div class="nf-field-label"><label for="nf-field-${n}" id="nf-label-field-${n}">${label}</label></div><div class="nf-field-element"><input id="nf-field-${n}" name="nf-field-${n}" type="${type}" class="ninja-forms-field nf-element" value=""></div></div></nf-field>`,
      );
      return `<main><h1>Book a harbour tour</h1><form id="${v('ninja_forms_form_2', 'nf-form-2-cont')}" class="${v('ninja-forms-form', 'nf-form-cont')}">${field(4, 'Name', 'text')}${field(5, 'Email', 'email')}${field(15, 'Group size', 'number')}${field(6, 'Phone', 'tel')}<input type="button" class="ninja-forms-field nf-element" value="Submit"></form></main>`;
    }),
    body: `await page.locator('#ninja_forms_field_5').fill('ada@harbour.example');\n  await expect(page.locator('form input').nth(1)).toHaveValue('ada@harbour.example');`,
    expect: 'heal',
    target: '#nf-field-5',
  },
  // Contact Form 7 5.2 (2020) dropped the `wpcf7-mail-sent-ok` class from the response output: the form itself now carries the `sent` state.
  {
    id: 'd20-css-contact-form-7-5-2-response-output',
    kind: 'css class',
    ...both((v) => {
      const form = (id: string, state: string, message: string, extraClass: string) => `<div role="form" class="wpcf7" id="${id}" lang="en-US" dir="ltr"><form action="#${id}" method="post" class="wpcf7-form${v('', ` ${state}`)}"${v('', ` data-status="${state}"`)} novalidate><p><label>Your email<br><span class="wpcf7-form-control-wrap your-email"><input type="email" name="your-email" class="wpcf7-form-control wpcf7-text wpcf7-email"></span></label></p><p><input type="button" value="Send" class="wpcf7-form-control wpcf7-submit"></p><div class="wpcf7-response-output${v(` wpcf7-display-none${extraClass}`, '')}" ${v('role="alert"', 'aria-hidden="true"')}>${message}</div></form></div>`;
      return `<main><h1>Contact the harbour office</h1>${form('wpcf7-f12-p8-o1', 'sent', 'Thank you for your message. It has been sent.', ' wpcf7-mail-sent-ok')}<aside><h2>Newsletter</h2>${form('wpcf7-f31-p8-o2', 'init', '', '')}</aside></main>`;
    }),
    body: `await expect(page.locator('.wpcf7-mail-sent-ok')).toHaveText('Thank you for your message. It has been sent.');`,
    expect: 'heal',
    target: '#wpcf7-f12-p8-o1 .wpcf7-response-output',
  },
  // Summernote 0.8 (2016) rendered its toolbar buttons with `note-btn-*` classes where 0.6 put `data-event="bold"` on each: an XPath on the attribute finds nothing.
  {
    id: 'd20-xpath-summernote-0-8-toolbar',
    kind: 'xpath',
    ...both((v) => {
      const btn = (name: string, label: string, extra: string) => v(
        `<button type="button" class="btn btn-default btn-sm btn-small" title="${label}" data-event="${name}" tabindex="-1" ${extra}><i class="fa fa-${name}"></i></button>`,
        `<button type="button" class="note-btn btn btn-default btn-sm note-btn-${name}" tabindex="-1" aria-label="${label}" data-original-title="${label}" ${extra}><i class="note-icon-${name}"></i></button>`,
      );
      return `<main><h1>Edit notice</h1><div class="${v('note-editor', 'note-editor note-frame panel panel-default')}"><div class="${v('note-toolbar btn-toolbar', 'note-toolbar panel-heading')}" role="toolbar"><div class="${v('note-style btn-group', 'note-btn-group btn-group note-font')}">${btn('bold', 'Bold (CTRL+B)', DONE)}${btn('italic', 'Italic (CTRL+I)', WRITES('italic'))}${btn('underline', 'Underline (CTRL+U)', WRITES('underline'))}</div><div class="${v('note-para btn-group', 'note-btn-group btn-group note-para')}">${btn('unorderedlist', 'Unordered list (CTRL+SHIFT+NUM7)', WRITES('list'))}</div></div><div class="note-editable" contenteditable="true"><p>Spring tides this weekend: <b>6.9 m</b> at Dover.</p></div></div><button type="button" class="btn btn-primary" ${WRITES('publish')}>Bold move: publish</button></main>${OUT}`;
    }),
    body: `await page.locator('//div[contains(@class, "note-toolbar")]//button[@data-event="bold"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.note-btn-bold',
  },
  // Usercentrics' newer CMP (v2) renders its banner buttons with `data-testid` values where the older banner used ids: `#uc-btn-accept-banner` finds nothing.
  {
    id: 'd20-id-usercentrics-cmp-v2-accept',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Harbour Ferries</h1><p>Timetables and tickets for every crossing.</p><a href="#/privacy" ${WRITES('privacy')}>Privacy settings</a></main>
${v(
  `<div id="uc-banner-modal" class="uc-banner"><div id="uc-banner-text"><p>We use cookies to improve your experience.</p></div><div class="uc-banner-buttons"><button type="button" id="uc-btn-more-info-banner" class="uc-btn uc-btn-default" ${WRITES('more')}>More information</button><button type="button" id="uc-btn-deny-banner" class="uc-btn uc-btn-default" ${WRITES('deny')}>Deny</button><button type="button" id="uc-btn-accept-banner" class="uc-btn uc-btn-primary" ${DONE}>Accept all</button></div></div>`,
  `<div id="usercentrics-root"><div data-testid="uc-default-banner" class="sc-kDvujY banner"><div data-testid="uc-message-container"><p>We use cookies to improve your experience.</p></div><div data-testid="uc-buttons-container" class="sc-hLBbgP buttons"><button type="button" data-testid="uc-more-button" class="sc-eDvSVe" ${WRITES('more')}>Settings</button><button type="button" data-testid="uc-deny-all-button" class="sc-eDvSVe" ${WRITES('deny')}>Deny</button><button type="button" data-testid="uc-accept-all-button" class="sc-eDvSVe accept" ${DONE}>Accept All</button></div></div></div>`,
)}${OUT}`,
    ),
    body: `await page.locator('#uc-btn-accept-banner').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="uc-accept-all-button"]',
  },
  // freeCodeCamp moved its browser tests from Cypress to Playwright (2023) and tagged elements with `data-playwright-test-label` where they carried `data-cy`; the values are this page's.
  {
    id: 'd20-testid-freecodecamp-data-cy-to-playwright-label',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-cy', 'data-playwright-test-label')}="${value}"`;
      return `<header ${t('universal-nav')}><a href="#/" ${t('header-logo')} ${WRITES('logo')}>freeCodeCamp(🔥)</a><a href="#/learn" ${t('header-curriculum')} ${WRITES('curriculum')}>Curriculum</a></header>
<main><section ${t('challenge-description')}><h1>Step 14</h1><p>Give the harbour heading an id.</p></section><div class="action-row" ${t('lower-jaw')}><button type="button" ${t('check-code-button')} ${DONE}>Check Your Code (Ctrl + Enter)</button><button type="button" ${t('reset-code-button')} ${WRITES('reset')}>Reset</button><button type="button" ${t('get-help-button')} ${WRITES('help')}>Get Help</button></div></main>${OUT}`;
    }),
    body: `await page.locator('[data-cy="check-code-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-playwright-test-label="check-code-button"]',
  },
];

const refuse: Drift[] = [
  // The seeded member already used this year's pause (fixture change): ClassPass' membership page offers "Cancel membership" in the button where "Pause membership" was; pausing, the feature the test checks, is not on offer.
  {
    id: 'd20-refuse-classpass-pause-now-cancel-membership',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>ClassPass</a><nav aria-label="Account"><a href="#/account/plan" ${WRITES('plan')}>Plan</a><a href="#/account/credits" ${WRITES('credits')}>Credits</a></nav></header>
<main class="membership"><h1>Membership</h1><section class="plan-card"><h2>45 credits a month</h2><p>Renews on 14 June · $79</p><p>Unused credits roll over (up to 45).</p><div class="plan-actions"><button type="button" class="btn-secondary" ${WRITES('change')}>Change plan</button><button type="button" class="btn-secondary membership-action" ${v(DONE, WRITES('cancel'))}>${v('Pause membership', 'Cancel membership')}</button></div></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause membership' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded order has no business details any more (fixture change): Paddle's order page offers "Download receipt" where "Download invoice" was; a receipt is another document (no invoice number, no VAT lines).
  {
    id: 'd20-refuse-paddle-download-invoice-now-receipt',
    kind: 'refuse',
    ...both(
      (v) => `<main class="order"><h1>Order details</h1><p>Order 4410-0907 · Harbour Charts Pro · annual</p><table aria-label="Payments"><tr><th>Date</th><th>Amount</th><th></th></tr><tr><td>12 May 2024</td><td>£96.00</td><td><button type="button" class="doc-link" ${v(DONE, WRITES('receipt'))}>${v('Download invoice', 'Download receipt')}</button></td></tr></table>
<div class="order-actions"><button type="button" ${WRITES('update-card')}>Update payment method</button><button type="button" ${WRITES('contact')}>Contact support</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Download invoice' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded report was approved by the first approver (fixture change): Expensify's report row shows "Pay" in the button where "Approve" was; paying out is another action.
  {
    id: 'd20-refuse-expensify-approve-now-pay',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, amount: string, label: string, extra: string) => `<tr><td>${name}</td><td>${amount}</td><td><button type="button" class="report-action" ${extra}>${label}</button></td></tr>`;
      return `<main class="reports"><h1>Reports</h1><table aria-label="Reports"><tr><th>Report</th><th>Total</th><th></th></tr>${row('Harbour survey trip', '$1,284.50', v('Approve', 'Pay'), v(DONE, WRITES('pay')))}${row('May mileage', '$212.40', 'View', WRITES('view-mileage'))}${row('Team lunch', '$96.00', 'View', WRITES('view-lunch'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row', { name: /Harbour survey trip/ })\n    .getByRole('button', { name: 'Approve' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded team moved its repository (fixture change): Codemagic's app settings show "Connect GitLab" in the slot where "Connect GitHub" was; another integration.
  {
    id: 'd20-refuse-codemagic-connect-github-now-gitlab',
    kind: 'refuse',
    ...both(
      (v) => `<main class="integrations"><h1>Integrations</h1><p>Connect the repository this app builds from.</p><div class="git-providers"><div class="provider primary"><img src="${GIF}" alt="" width="24" height="24"><button type="button" class="connect" ${v(DONE, WRITES('gitlab'))}>${v('Connect GitHub', 'Connect GitLab')}</button></div><div class="provider"><img src="${GIF}" alt="" width="24" height="24"><button type="button" class="connect" ${WRITES('bitbucket')}>Connect Bitbucket</button></div></div>
<section><h2>Notifications</h2><button type="button" ${WRITES('slack')}>Connect Slack</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Connect GitHub' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account is now a euro account (fixture change), whose Starling statement page exports PDF only: "Export PDF" sits where "Export CSV" was; the CSV file the test needs is gone.
  {
    id: 'd20-refuse-starling-export-csv-now-pdf',
    kind: 'refuse',
    ...both(
      (v) => `<main class="statements"><h1>Statements</h1><label for="period">Period</label><select id="period"><option>May 2024</option><option>April 2024</option></select><div class="export-actions"><button type="button" class="export" ${v(DONE, WRITES('pdf'))}>${v('Export CSV', 'Export PDF')}</button><button type="button" ${WRITES('email')}>Email statement</button></div><p>Statements are kept for seven years.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Export CSV' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The test account already follows the creator (fixture change): Vimeo's profile header shows "Following", a state, where the "Follow" action was.
  {
    id: 'd20-refuse-vimeo-follow-now-following',
    kind: 'refuse',
    ...both(
      (v) => `<main class="profile"><img src="${GIF}" alt="Harbour Films avatar" width="64" height="64"><h1>Harbour Films</h1><p>Short films about the sea · 42 videos</p><div class="profile-actions"><button type="button" class="follow" ${v(DONE, WRITES('unfollow-menu'))}>${v('Follow', 'Following')}</button><button type="button" ${WRITES('message')}>Message</button></div><section><h2>Videos</h2><ul><li>Neap Tide</li><li>The night the gauge froze</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Follow', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // The seeded message has been read (fixture change): Fastmail's toolbar shows "Mark as unread" where "Mark as read" was; the opposite action.
  {
    id: 'd20-refuse-fastmail-mark-as-read-now-unread',
    kind: 'refuse',
    ...both(
      (v) => `<main class="mail"><div role="toolbar" aria-label="Message actions" class="toolbar"><button type="button" ${WRITES('archive')}>Archive</button><button type="button" ${WRITES('spam')}>Spam</button><button type="button" class="seen-toggle" ${v(DONE, WRITES('unread'))}>${v('Mark as read', 'Mark as unread')}</button><button type="button" ${WRITES('move')}>Move to…</button></div><article><h1>Tide tables for June</h1><p>From: harbour.office@example.org</p><p>Attached are the tables for June.</p></article></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mark as read' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Apple discontinued the iPhone 14 Pro and 14 Pro Max when it released the iPhone 15 Pro (September 2023): the store's Pro tiles sell another product.
  {
    id: 'd20-refuse-apple-iphone-14-pro-now-15-pro',
    kind: 'refuse',
    ...both((v) => {
      const tile = (model: string, price: string, extra: string) => `<div class="tile"><img src="${GIF}" alt="" width="120" height="160"><h2>${model}</h2><p>From ${price}</p><a href="#/buy/${slug(model)}" class="buy" ${extra}>Buy ${model}</a></div>`;
      return `<main class="store"><h1>Pro models</h1><div class="tiles">${tile(v('iPhone 14 Pro', 'iPhone 15 Pro'), '$999', DONE)}${tile(v('iPhone 14 Pro Max', 'iPhone 15 Pro Max'), v('$1,099', '$1,199'), WRITES('max'))}</div><p>${v('Dynamic Island. Always-On display.', 'Titanium. Action button. USB-C.')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Buy iPhone 14 Pro', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded vehicle's frunk is open (fixture change): the Rivian app's control shows "Close frunk" where "Open frunk" was; the opposite action.
  {
    id: 'd20-refuse-rivian-open-frunk-now-close',
    kind: 'refuse',
    ...both(
      (v) => `<main class="vehicle"><h1>R1S · Harbour Blue</h1><p>Range 248 mi · Parked</p><div class="controls"><button type="button" class="control" ${WRITES('lock')}>Lock</button><button type="button" class="control" ${v(DONE, WRITES('close'))}>${v('Open frunk', 'Close frunk')}</button><button type="button" class="control" ${WRITES('vent')}>Vent windows</button><button type="button" class="control" ${WRITES('honk')}>Honk</button></div>${v('', '<p class="status">Frunk is up</p>')}</main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Open frunk' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The restaurant stopped delivering (fixture change): Deliveroo's basket shows "Schedule collection" where "Schedule delivery" was; another way of getting the order.
  {
    id: 'd20-refuse-deliveroo-schedule-delivery-now-collection',
    kind: 'refuse',
    ...both(
      (v) => `<main class="basket"><h1>Your order</h1><p>Harbour Noodle Bar · 2 items · £18.40</p><div class="basket-actions"><button type="button" class="schedule" ${v(DONE, WRITES('collection'))}>${v('Schedule delivery', 'Schedule collection')}</button><button type="button" ${WRITES('checkout')}>Go to checkout</button></div><p>Allergies? Tell the restaurant in the note.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Schedule delivery' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account completed five stays (fixture change): Booking.com's Genius card shows Level 2, another state with other benefits, where Level 1 was.
  {
    id: 'd20-refuse-booking-genius-level-1-now-level-2',
    kind: 'refuse',
    ...both(
      (v) => `<main class="rewards"><h1>Rewards &amp; Wallet</h1><section class="genius-card"><h2>${v('Genius Level 1', 'Genius Level 2')}</h2><ul><li>${v('10% discounts on stays', '10-15% discounts on stays')}</li><li>${v('Discounts on rental cars', 'Free breakfasts')}</li></ul><a href="#/genius" ${WRITES('genius')}>See all benefits</a></section><section><h2>Wallet</h2><p>Credits: €0.00</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Genius Level 1', exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // Microsoft retired Paint 3D (removed from the Microsoft Store on November 4, 2024): the start menu's app list lost it; Paint and Clipchamp stay.
  {
    id: 'd20-refuse-paint-3d-retired',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<main class="start"><h1>All apps</h1><nav aria-label="Apps"><ul>${app('Outlook', WRITES('outlook'))}${app('Paint', WRITES('paint'))}${v(app('Paint 3D', DONE), '')}${app('Photos', WRITES('photos'))}${app('Clipchamp', WRITES('clipchamp'))}</ul></nav></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Paint 3D' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Jamboard down (December 31, 2024): the Workspace app launcher lost it; Drawings and the other apps stay, and a notice names it.
  {
    id: 'd20-refuse-jamboard-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<div class="launcher" aria-label="Google apps"><ul>${app('Docs', WRITES('docs'))}${app('Slides', WRITES('slides'))}${app('Drawings', WRITES('drawings'))}${v(app('Jamboard', DONE), '')}${app('Keep', WRITES('keep'))}</ul></div>${v('', '<p class="notice">Jamboard is no longer available. Your files can be opened in FigJam, Lucidspark or Miro.</p>')}${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Jamboard' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Zwift raised its monthly membership from $14.99 to $19.99 in the US (November 2023): the price the test checks must fail it.
  {
    id: 'd20-refuse-zwift-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Membership</h1><p>Ride and run in Watopia and beyond.</p><div class="plans"><section class="plan"><h2>Monthly</h2><p class="price">${v('$14.99/mo', '$19.99/mo')}</p><button type="button">Start</button></section><section class="plan"><h2>Annual</h2><p class="price">${v('$149.99/yr', '$199.99/yr')}</p><button type="button">Start</button></section></div></main>`,
    ),
    body: `await expect(
    page
      .locator('.plan')
      .filter({ has: page.getByRole('heading', { name: 'Monthly', exact: true }) })
      .locator('.price'),
  ).toHaveText('$14.99/mo');`,
    expect: 'refuse',
  },
  // The seeded account scheduled other workouts since (fixture change): Wahoo SYSTM's calendar no longer lists the workout the test opens; another sits in its place.
  {
    id: 'd20-refuse-wahoo-systm-different-workout',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, when: string, extra: string) => `<li><a href="#/workout/${slug(name)}" ${extra}>${name}</a><span>${when}</span></li>`;
      const rows = v(
        `${row('The Shovel', 'Tue 18:00', DONE)}${row('Half is Easy', 'Thu 18:00', WRITES('half'))}`,
        `${row('The Hammer', 'Tue 18:00', WRITES('hammer'))}${row('Half is Easy', 'Thu 18:00', WRITES('half'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>SYSTM</a><a href="#/profile" ${WRITES('profile')}>Ada</a></header>
<main><h1>This week</h1><ul aria-label="Scheduled workouts">${rows}</ul><section><h2>Completed</h2><p>4 workouts · 3 h 10 min</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'Scheduled workouts' })\n    .getByRole('link', { name: 'The Shovel' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Loom's redesigned video page (2023) moved Download out of the action bar into the closed "More" (…) menu (page object).
  {
    id: 'd20-refuse-po-loom-download-behind-more-menu',
    kind: 'refuse',
    ...both((v) => {
      const btn = (label: string, extra: string) => `<button type="button" ${extra}>${label}</button>`;
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const bar = v(
        `<div role="toolbar" aria-label="Video actions" class="video-actions">${btn('Share', WRITES('share'))}${btn('Copy link', WRITES('copy'))}${btn('Download', DONE)}${btn('Edit', WRITES('edit'))}</div>`,
        `<div role="toolbar" aria-label="Video actions" class="video-actions">${btn('Share', WRITES('share'))}${btn('Copy link', WRITES('copy'))}${btn('Edit', WRITES('edit'))}<button type="button" aria-label="More" aria-haspopup="menu" aria-expanded="false" ${WRITES('more')}>…</button></div><div role="menu" aria-label="More" class="more-menu" hidden>${item('Download', WRITES('download-hidden'))}${item('Duplicate', WRITES('duplicate-hidden'))}${item('Move to folder', WRITES('move-hidden'))}</div>`,
      );
      return `<main class="video"><h1>Harbour survey walkthrough</h1><p>Ada Lovelace · 4:12</p>${bar}<section><h2>Transcript</h2><p>Here is the Dover gauge at low water.</p></section></main>${OUT}`;
    }),
    imports: `import { VideoPage } from './video-page';`,
    files: {
      'video-page.ts': `import type { Page } from '@playwright/test';

export class VideoPage {
  constructor(readonly page: Page) {}

  async download() {
    await this.page
      .getByRole('toolbar', { name: 'Video actions' })
      .getByRole('button', { name: 'Download' })
      .click();
  }

  async copyLink() {
    await this.page
      .getByRole('toolbar', { name: 'Video actions' })
      .getByRole('button', { name: 'Copy link' })
      .click();
  }
}
`,
    },
    body: `await new VideoPage(page).download();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_20_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse, ...refuseMore];
