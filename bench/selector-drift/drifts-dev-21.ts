// Twenty-first development set of selector drifts, written the way a test engineer meets them after a release,
// aimed at two kinds of drift: a filter step of a Prettier-style multi-line chain among look-alike cards, rows and
// list items (same classes, same layout, other records), and an action + object name on a button, link or menu
// item. It holds: 12 chains (6 in page objects) whose filter({ hasText }) or filter({ has: ... }) step drifts,
// 6 of them heals where the card's name was renamed by a real rebrand and the rest of the card reads as before
// (four new names share no word with the old one, one sits beside a look-alike card renamed the same year into
// the same new words, one card's other text holds dates and numbers) and 6 must-refuse (the card is gone while
// look-alikes stay, another record in the same slot, the filtered text now in two cards, the name kept but the
// price or the status the test checks changed, the card moved behind a closed "Show more"); 10 action + object
// names, 5 heals where only the object was renamed by a real rebrand of the same thing and 5 must-refuse where
// the object was swapped for another document, format, integration or storage provider, the old word gone from
// the whole page; 8 other heals (copy edits on link, menu item, placeholder, alt and title locators, three with a
// regular-expression name or exact: true, and library upgrades on class, XPath and test-attribute locators); and
// 10 other must-refuse (services shut while look-alikes stay, opposite actions, a state change, a price rise, a
// different record, an entry moved behind a closed menu). Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find; refuse cases have
// none. Each case is judged as a careful reader of the release notes would judge it.
//
// Sources, case by case (the release or change each one models):
// d21-chain-po-filter-norwich-union-to-aviva: Norwich Union's UK business took the Aviva name (2009).
// d21-chain-po-filter-appear-in-to-whereby: appear.in renamed itself Whereby (2018-19).
// d21-chain-po-filter-fireeye-to-trellix: FireEye's products business became Trellix with McAfee Enterprise (January 2022); the remaining company took the name Mandiant.
// d21-chain-filter-comodo-ca-to-sectigo: Comodo CA renamed itself Sectigo (November 2018); the certificate monitor's CA label followed, the dates and days left unchanged.
// d21-chain-filter-nortonlifelock-to-gen-digital: NortonLifeLock renamed itself Gen Digital (November 2022) after buying Avast.
// d21-chain-filter-azure-cognitive-services-to-ai-services: Microsoft renamed Azure Cognitive Services "Azure AI services" (July 2023) and Azure Cognitive Search "Azure AI Search" (November 2023); both cards now read "Azure AI".
// d21-refuse-chain-po-amazon-halo-shut-down: Amazon shut Halo down (July 31, 2023); the other connected services stay.
// d21-refuse-chain-rippling-different-person: fixture change (the seeded employee left; another person's card sits first).
// d21-refuse-chain-po-meetup-event-twice: fixture change (the group now meets twice a month; two upcoming events share the title, the test's own date is past).
// d21-refuse-chain-rocket-money-philo-price-rise: Philo raised its monthly price from $25 to $28; the subscription row the test checks now shows another price.
// d21-refuse-chain-po-vinted-listing-now-reserved: fixture change (a buyer reserved the item; the listing the test bumps is no longer active).
// d21-refuse-chain-rightmove-saved-behind-show-more: fixture change (more saved properties, newest first; the test's card moved behind a closed "Show more").
// d21-button-connect-bing-ads-to-microsoft-advertising: Microsoft renamed Bing Ads "Microsoft Advertising" (April 2019).
// d21-link-apply-bill-me-later-to-paypal-credit: PayPal renamed Bill Me Later "PayPal Credit" (2014).
// d21-button-pay-with-moneybookers-to-skrill: Moneybookers renamed itself Skrill (2011).
// d21-link-sign-in-windows-live-id-to-microsoft-account: Microsoft renamed the Windows Live ID "Microsoft account" (2012).
// d21-menuitem-jira-service-desk-to-management: Atlassian renamed Jira Service Desk "Jira Service Management" (November 2020).
// d21-refuse-gusto-download-w2-now-1099: fixture change (the seeded worker is now a contractor): a 1099-NEC is another document than a W-2.
// d21-refuse-mapmyrun-export-gpx-now-tcx: fixture change (a treadmill run without a GPS track): another file format; the GPX the test parses is gone.
// d21-refuse-dext-publish-to-xero-now-freeagent: fixture change (the client moved its books to FreeAgent): another integration.
// d21-refuse-zalando-download-return-label-now-qr-code: fixture change (a paperless drop-off point): a QR code is another thing than a printable label.
// d21-refuse-smallpdf-connect-dropbox-now-box: fixture change (the team's admin allows Box only): another storage provider, whose name is a word inside the old one.
// d21-link-lucidpress-to-marq: Lucidpress renamed itself Marq (2021).
// d21-menuitem-cloud-functions-to-cloud-run-functions: Google renamed Cloud Functions "Cloud Run functions" (August 2024); Cloud Run stays beside it.
// d21-placeholder-ask-jeeves-to-ask-com: Ask Jeeves renamed itself Ask.com (February 2006).
// d21-alt-verified-by-visa-to-visa-secure: Visa replaced the Verified by Visa name and mark with Visa Secure (2019-20).
// d21-css-owl-carousel-2-nav: Owl Carousel 2 rendered its arrows in `.owl-nav` where 1.3 used `.owl-controls .owl-buttons`.
// d21-xpath-datatables-2-paging: DataTables 2 (2024) rendered paging as `button.dt-paging-button` where 1.x used `a.paginate_button` inside `#<table>_paginate`.
// d21-testid-saleor-data-test-to-data-test-id: Saleor's dashboard moved its test attribute from `data-test` to `data-test-id`; the values are this page's.
// d21-title-share-on-vkontakte-to-vk: VKontakte took the short name VK; share buttons' tooltips followed.
// d21-refuse-quibi-shut-down: Quibi shut down (December 1, 2020); the other apps stay.
// d21-refuse-periscope-shut-down: Twitter shut Periscope down (March 31, 2021); the other destinations stay.
// d21-refuse-ring-alarm-arm-now-disarm: fixture change (the system is armed): "Disarm" is the opposite action.
// d21-refuse-yale-access-lock-now-unlock: fixture change (the door is locked): "Unlock" is the opposite action.
// d21-refuse-dominos-out-for-delivery-now-delivered: fixture change (the order was delivered): another state.
// d21-refuse-bjs-membership-price-rise: BJ's Wholesale Club raised the Club Card from $55 to $60 a year (January 2024).
// d21-refuse-storygraph-different-book: fixture change (the account finished the book and started another).
// d21-refuse-chrome-cast-behind-save-share-cast-menu: Chrome's 2023 menu refresh moved "Cast…" into the closed "Save, share and cast" submenu.
// d21-refuse-backblaze-pause-backup-now-resume: fixture change (backups are paused): "Resume backup" is the opposite action.
// d21-refuse-newegg-add-to-cart-now-notify-me: fixture change (the item sold out): "Notify me" is another action.
//
// The real-world wording I am least sure of (the change is real unless marked a fixture change; the exact strings are
// my recollection or this page's): d21-chain-po-filter-appear-in-to-whereby (the month and year of the new name),
// d21-chain-po-filter-fireeye-to-trellix (that the endpoint product is listed as "Trellix Endpoint Security"),
// d21-chain-filter-comodo-ca-to-sectigo (how a monitor labels the CA), d21-refuse-chain-rocket-money-philo-price-rise
// (the date of Philo's rise), d21-link-apply-bill-me-later-to-paypal-credit (the link's wording),
// d21-button-pay-with-moneybookers-to-skrill (the year the checkout buttons changed),
// d21-link-sign-in-windows-live-id-to-microsoft-account (the link's wording), d21-link-lucidpress-to-marq (the year),
// d21-alt-verified-by-visa-to-visa-secure (the years of the rollout), d21-css-owl-carousel-2-nav (the exact 1.3 markup),
// d21-xpath-datatables-2-paging (2.0's exact paging markup), d21-testid-saleor-data-test-to-data-test-id (the release
// and the attribute's exact name), d21-title-share-on-vkontakte-to-vk (when share widgets changed their tooltip),
// d21-refuse-chrome-cast-behind-save-share-cast-menu (the Chrome version and the submenu's exact label), and the
// fixture changes' labels (Gusto, MapMyRun, Dext, Zalando, Smallpdf, Ring, Yale, Domino's, Backblaze, Newegg).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
// Decoys only: Direct Line, Churchill, Jitsi Meet, GoToMeeting, CrowdStrike, Mandiant, Let's Encrypt, DigiCert,
// Broadcom, McAfee, Check Point, Azure OpenAI, Oura, Whoop, Withings, Google Ads, Amazon Ads, Neteller, Jira Software,
// Lucidchart, Brandfolder, Cloud Run, App Engine, Mastercard Identity Check, Odnoklassniki, Telegram, Pluto TV, Tubi,
// YouTube, Twitch, Google Drive, OneDrive (some of these appear in earlier sets, and only as decoys here; Bing appears
// in an earlier set as the search engine, W-2 and Dropbox in other products' cases, Cloud Run in another case).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const filterHeals: Drift[] = [
  // Norwich Union's UK business took the Aviva name (2009): a policy dashboard renamed the row's insurer; the policy's type and reference read as before (page object, the hasText filter drifts).
  {
    id: 'd21-chain-po-filter-norwich-union-to-aviva',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (insurer: string, type: string, ref: string, extra: string) => `<tr class="policy"><td>${insurer}</td><td>${type}</td><td>${ref}</td><td><button type="button" class="renew" ${extra}>Renew</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>Harbour Household</a><nav aria-label="Main"><a href="#/policies" ${WRITES('policies')}>Policies</a><a href="#/claims" ${WRITES('claims')}>Claims</a></nav></header>
<main><h1>My policies</h1><table aria-label="Policies"><tr><th>Insurer</th><th>Cover</th><th>Reference</th><th></th></tr>${row('Direct Line', 'Car insurance', 'DL-2231-07', WRITES('car'))}${row(v('Norwich Union', 'Aviva'), 'Home insurance', 'HB-4410-09', DONE)}${row('Churchill', 'Pet insurance', 'CH-0907-12', WRITES('pet'))}</table></main>${OUT}`;
    }),
    imports: `import { PoliciesPage } from './policies-page';`,
    files: {
      'policies-page.ts': `import type { Page } from '@playwright/test';

export class PoliciesPage {
  constructor(readonly page: Page) {}

  async renewHomePolicy() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Norwich Union' })
      .getByRole('button', { name: 'Renew' })
      .click();
  }

  async renewCarPolicy() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Direct Line' })
      .getByRole('button', { name: 'Renew' })
      .click();
  }
}
`,
    },
    body: `await new PoliciesPage(page).renewHomePolicy();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("Aviva")) button',
  },
  // appear.in renamed itself Whereby (2018-19): a scheduling tool's video providers show the card under the new name (page object, a has: heading filter drifts).
  {
    id: 'd21-chain-po-filter-appear-in-to-whereby',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<div class="provider"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${text}</p><button type="button" class="make-default" ${extra}>Set as default</button></div>`;
      return `<main><h1>Video conferencing</h1><p>New bookings get a meeting link from the default provider.</p><div class="providers">${card('Jitsi Meet', 'Open source · no account needed', WRITES('jitsi'))}${card(v('appear.in', 'Whereby'), 'Browser rooms · no download', DONE)}${card('GoToMeeting', 'Dial-in numbers included', WRITES('goto'))}</div></main>${OUT}`;
    }),
    imports: `import { VideoProvidersPage } from './video-providers-page';`,
    files: {
      'video-providers-page.ts': `import type { Page } from '@playwright/test';

export class VideoProvidersPage {
  constructor(readonly page: Page) {}

  async useBrowserRooms() {
    await this.page
      .locator('.provider')
      .filter({ has: this.page.getByRole('heading', { name: 'appear.in' }) })
      .getByRole('button', { name: 'Set as default' })
      .click();
  }

  async useDialIn() {
    await this.page
      .locator('.provider')
      .filter({ has: this.page.getByRole('heading', { name: 'GoToMeeting' }) })
      .getByRole('button', { name: 'Set as default' })
      .click();
  }
}
`,
    },
    body: `await new VideoProvidersPage(page).useBrowserRooms();\n  ${CHECK}`,
    expect: 'heal',
    target: '.provider:has(h3:text-is("Whereby")) button',
  },
  // FireEye's products business became Trellix (January 2022); the remaining company took the name Mandiant: a SIEM's integration card names the endpoint product anew (page object, a has: getByText filter drifts).
  {
    id: 'd21-chain-po-filter-fireeye-to-trellix',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<div class="integration"><p class="name">${name}</p><p>${text}</p><button type="button" class="configure" ${extra}>Configure</button></div>`;
      return `<main><h1>Integrations</h1><p>Endpoint and threat-intelligence sources.</p><div class="integrations">${card('CrowdStrike Falcon', 'Endpoint · 212 hosts', WRITES('crowdstrike'))}${card(v('FireEye Endpoint Security', 'Trellix Endpoint Security'), 'Endpoint · 48 hosts', DONE)}${card('Mandiant Advantage', 'Threat intelligence', WRITES('mandiant'))}</div></main>${OUT}`;
    }),
    imports: `import { IntegrationsPage } from './integrations-page';`,
    files: {
      'integrations-page.ts': `import type { Page } from '@playwright/test';

export class IntegrationsPage {
  constructor(readonly page: Page) {}

  async configureLabEndpoints() {
    await this.page
      .locator('.integration')
      .filter({ has: this.page.getByText('FireEye Endpoint Security', { exact: true }) })
      .getByRole('button', { name: 'Configure' })
      .click();
  }

  async configureFleetEndpoints() {
    await this.page
      .locator('.integration')
      .filter({ has: this.page.getByText('CrowdStrike Falcon', { exact: true }) })
      .getByRole('button', { name: 'Configure' })
      .click();
  }
}
`,
    },
    body: `await new IntegrationsPage(page).configureLabEndpoints();\n  ${CHECK}`,
    expect: 'heal',
    target: '.integration:has(.name:text-is("Trellix Endpoint Security")) button',
  },
  // Comodo CA renamed itself Sectigo (November 2018): a certificate monitor's CA label followed; the host, expiry date and days left read as before (the hasText filter drifts).
  {
    id: 'd21-chain-filter-comodo-ca-to-sectigo',
    kind: 'multi-line chain',
    ...both((v) => {
      const cert = (host: string, ca: string, expires: string, extra: string) => `<li class="cert"><strong>${host}</strong><span class="ca">CA: ${ca}</span><span>${expires}</span><button type="button" class="renew" ${extra}>Renew</button></li>`;
      return `<main><h1>Certificates</h1><p>3 certificates · checked 07 Dec 2024 04:00 UTC</p><ul class="certs">${cert('tides.harbour.example', "Let's Encrypt", 'Expires 02 Feb 2025 · 57 days left', WRITES('tides'))}${cert('shop.harbour.example', v('Comodo', 'Sectigo'), 'Expires 14 Mar 2025 · 97 days left', DONE)}${cert('pay.harbour.example', 'DigiCert', 'Expires 30 Nov 2025 · 358 days left', WRITES('pay'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Comodo' })\n    .getByRole('button', { name: 'Renew' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.cert:has-text("shop.harbour.example") button',
  },
  // NortonLifeLock renamed itself Gen Digital (November 2022): a watchlist's logo names the company anew; the price reads as before (a has: img filter drifts).
  {
    id: 'd21-chain-filter-nortonlifelock-to-gen-digital',
    kind: 'multi-line chain',
    ...both((v) => {
      const quote = (name: string, price: string, extra: string) => `<div class="quote"><img src="${GIF}" alt="${name}" width="40" height="40"><span class="price">${price}</span><button type="button" class="trade" ${extra}>Trade</button></div>`;
      return `<main><h1>Watchlist</h1><p>Cybersecurity</p><div class="quotes">${quote('Broadcom', '$171.20', WRITES('broadcom'))}${quote(v('NortonLifeLock', 'Gen Digital'), '$21.40', DONE)}${quote('Check Point', '$128.75', WRITES('check-point'))}</div></main>${OUT}`;
    }),
    body: `await page\n    .locator('.quote')\n    .filter({ has: page.getByRole('img', { name: 'NortonLifeLock' }) })\n    .getByRole('button', { name: 'Trade' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.quote:has(img[alt="Gen Digital"]) button',
  },
  // Microsoft renamed Azure Cognitive Services "Azure AI services" (July 2023) and Azure Cognitive Search "Azure AI Search" (November 2023): two cards now read "Azure AI" (the hasText filter drifts).
  {
    id: 'd21-chain-filter-azure-cognitive-services-to-ai-services',
    kind: 'multi-line chain',
    ...both((v) => {
      const res = (name: string, type: string, region: string, extra: string) => `<li class="resource"><strong>${name}</strong><span class="type">${type}</span><span>${region}</span><button type="button" class="open" ${extra}>Open</button></li>`;
      return `<main><h1>All resources</h1><p>Subscription: Harbour Production</p><ul class="resources">${res('harbour-search', v('Azure Cognitive Search', 'Azure AI Search'), 'West Europe', WRITES('search'))}${res('harbour-vision', v('Azure Cognitive Services', 'Azure AI services'), 'West Europe', DONE)}${res('harbour-gpt', 'Azure OpenAI', 'Sweden Central', WRITES('openai'))}${res('harbour-ml', 'Azure Machine Learning', 'North Europe', WRITES('ml'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Azure Cognitive Services' })\n    .getByRole('button', { name: 'Open' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.resource:has-text("harbour-vision") button',
  },
];

const filterRefuse: Drift[] = [
  // Amazon shut Halo down (July 31, 2023): a health app's connected services lost the Halo card; Oura, Whoop and Withings stay (page object).
  {
    id: 'd21-refuse-chain-po-amazon-halo-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<div class="service"><h3>${name}</h3><p>${text}</p><button type="button" class="sync" ${extra}>Sync now</button></div>`;
      return `<main><h1>Connected services</h1><div class="services">${card('Oura', 'Sleep · last sync 06:10', WRITES('oura'))}${v(card('Amazon Halo', 'Activity · last sync 06:12', DONE), '')}${card('Whoop', 'Strain · last sync 06:02', WRITES('whoop'))}${card('Withings', 'Weight · last sync 05:58', WRITES('withings'))}</div>${v('', '<p class="notice">Amazon Halo was discontinued on July 31, 2023. Its data is no longer synced.</p>')}</main>${OUT}`;
    }),
    imports: `import { ServicesPage } from './services-page';`,
    files: {
      'services-page.ts': `import type { Page } from '@playwright/test';

export class ServicesPage {
  constructor(readonly page: Page) {}

  async syncActivity() {
    await this.page
      .locator('.service')
      .filter({ hasText: 'Amazon Halo' })
      .getByRole('button', { name: 'Sync now' })
      .click();
  }

  async syncSleep() {
    await this.page
      .locator('.service')
      .filter({ hasText: 'Oura' })
      .getByRole('button', { name: 'Sync now' })
      .click();
  }
}
`,
    },
    body: `await new ServicesPage(page).syncActivity();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded employee left (fixture change): Rippling's people directory shows another person's card in the first slot, with another team and start date.
  {
    id: 'd21-refuse-chain-rippling-different-person',
    kind: 'refuse',
    ...both((v) => {
      const person = (name: string, team: string, start: string, extra: string) => `<div class="person"><img src="${GIF}" alt="" width="48" height="48"><p class="name">${name}</p><p>${team}</p><p>Started ${start}</p><button type="button" class="profile" ${extra}>View profile</button></div>`;
      const first = v(person('Ada Lovelace', 'Harbour operations', '3 Mar 2021', DONE), person('Grace Hopper', 'Engineering', '9 Jan 2024', WRITES('grace')));
      return `<main><h1>People</h1><p>4 people · Harbour Labs</p><div class="people">${first}${person('Mary Somerville', 'Surveys', '17 Aug 2020', WRITES('mary'))}${person('Edmund Halley', 'Tides', '2 May 2022', WRITES('edmund'))}${person('Annie Maunder', 'Finance', '11 Oct 2023', WRITES('annie'))}</div></main>${OUT}`;
    }),
    body: `await page\n    .locator('.person')\n    .filter({ hasText: 'Ada Lovelace' })\n    .getByRole('button', { name: 'View profile' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The group now meets twice a month (fixture change): Meetup's upcoming events show two cards with the title the test filters on, neither of them the test's date (page object).
  {
    id: 'd21-refuse-chain-po-meetup-event-twice',
    kind: 'refuse',
    ...both((v) => {
      const ev = (title: string, when: string, going: string, extra: string) => `<div class="event"><p class="when">${when}</p><h3>${title}</h3><p>${going}</p><button type="button" class="attend" ${extra}>Attend</button></div>`;
      const talks = v(
        ev('Harbour JS: lightning talks', 'Thu 12 June 2025 · 18:30', '41 going', DONE),
        `${ev('Harbour JS: lightning talks', 'Thu 10 July 2025 · 18:30', '12 going', WRITES('july-10'))}${ev('Harbour JS: lightning talks', 'Thu 24 July 2025 · 18:30', '3 going', WRITES('july-24'))}`,
      );
      return `<main><h1>Harbour JS</h1><p>Upcoming events</p><div class="events">${talks}${ev('Tide tables workshop', 'Sat 21 June 2025 · 10:00', '18 going', WRITES('workshop'))}</div></main>${OUT}`;
    }),
    imports: `import { GroupPage } from './group-page';`,
    files: {
      'group-page.ts': `import type { Page } from '@playwright/test';

export class GroupPage {
  constructor(readonly page: Page) {}

  async attendTalks() {
    await this.page
      .locator('.event')
      .filter({ hasText: 'Harbour JS: lightning talks' })
      .getByRole('button', { name: 'Attend' })
      .click();
  }

  async attendWorkshop() {
    await this.page
      .locator('.event')
      .filter({ hasText: 'Tide tables workshop' })
      .getByRole('button', { name: 'Attend' })
      .click();
  }
}
`,
    },
    body: `await new GroupPage(page).attendTalks();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Philo raised its monthly price from $25 to $28: Rocket Money's subscription row keeps the name and shows the new price, so the row the test checks is no longer there.
  {
    id: 'd21-refuse-chain-rocket-money-philo-price-rise',
    kind: 'refuse',
    ...both((v) => {
      const sub = (name: string, price: string, next: string) => `<li class="subscription"><strong>${name}</strong><span class="price">${price}</span><span>Next charge ${next}</span></li>`;
      return `<main><h1>Subscriptions</h1><p>Monthly total: ${v('$52.97', '$55.97')}</p><ul class="subscriptions">${sub('Philo', v('$25.00/mo', '$28.00/mo'), '14 Feb')}${sub('Harbour Weekly', '$7.99/mo', '3 Feb')}${sub('Tide Pro', '$19.98/mo', '21 Feb')}</ul></main>`;
    }),
    body: `await expect(\n    page\n      .getByRole('listitem')\n      .filter({ hasText: 'Philo' })\n      .filter({ hasText: '$25.00/mo' }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // A buyer reserved the item (fixture change): the Vinted wardrobe card keeps its title but shows "Reserved", so the active listing the test bumps is gone (page object).
  {
    id: 'd21-refuse-chain-po-vinted-listing-now-reserved',
    kind: 'refuse',
    ...both((v) => {
      const item = (title: string, price: string, status: string, extra: string) => `<div class="item"><img src="${GIF}" alt="" width="80" height="100"><p class="title">${title}</p><p>${price}</p><p class="status">${status}</p><button type="button" class="bump" ${extra}>Bump</button></div>`;
      return `<main><h1>My wardrobe</h1><p>3 items</p><div class="items">${item('Harbour rain jacket', '£24.00', v('Active', 'Reserved'), v(DONE, WRITES('reserved')))}${item('Tide clock', '£12.00', 'Active', WRITES('clock'))}${item('Brass compass', '£30.00', 'Active', WRITES('compass'))}</div></main>${OUT}`;
    }),
    imports: `import { WardrobePage } from './wardrobe-page';`,
    files: {
      'wardrobe-page.ts': `import type { Page } from '@playwright/test';

export class WardrobePage {
  constructor(readonly page: Page) {}

  async bumpRainJacket() {
    await this.page
      .locator('.item')
      .filter({ hasText: 'Harbour rain jacket' })
      .filter({ has: this.page.getByText('Active', { exact: true }) })
      .getByRole('button', { name: 'Bump' })
      .click();
  }
}
`,
    },
    body: `await new WardrobePage(page).bumpRainJacket();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // More saved properties since, newest first (fixture change): Rightmove's saved list shows three cards and keeps the rest, the test's card among them, behind a closed "Show more".
  {
    id: 'd21-refuse-chain-rightmove-saved-behind-show-more',
    kind: 'refuse',
    ...both((v) => {
      const card = (address: string, price: string, extra: string) => `<div class="property-card"><img src="${GIF}" alt="" width="120" height="80"><p class="address">${address}</p><p>${price}</p><button type="button" class="viewing" ${extra}>Arrange viewing</button></div>`;
      const quay = card('14 Quay Street, Whitby', '£285,000', v(DONE, WRITES('hidden-quay')));
      const cards = v(
        `${card('3 Harbour Row, Whitby', '£240,000', WRITES('harbour-row'))}${quay}${card('9 Pier Road, Whitby', '£310,000', WRITES('pier'))}`,
        `${card('21 Tide Lane, Whitby', '£199,000', WRITES('tide'))}${card('6 Gull Terrace, Whitby', '£265,000', WRITES('gull'))}${card('3 Harbour Row, Whitby', '£240,000', WRITES('harbour-row'))}<button type="button" class="show-more" aria-expanded="false" aria-controls="more-saved" ${WRITES('show-more')}>Show more</button><div id="more-saved" hidden>${quay}${card('9 Pier Road, Whitby', '£310,000', WRITES('pier'))}</div>`,
      );
      return `<main><h1>Saved properties</h1><p>${v('3', '5')} saved · sorted by newest</p><div class="saved">${cards}</div></main>${OUT}`;
    }),
    body: `await page\n    .locator('.property-card')\n    .filter({ hasText: '14 Quay Street' })\n    .getByRole('button', { name: 'Arrange viewing' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const actionObjectHeals: Drift[] = [
  // Microsoft renamed Bing Ads "Microsoft Advertising" (April 2019): a reporting tool's data source button names it anew.
  {
    id: 'd21-button-connect-bing-ads-to-microsoft-advertising',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="sources"><h1>Data sources</h1><p>Pull spend and conversions into your reports.</p><div class="source-buttons"><button type="button" class="src src-gads" ${WRITES('google-ads')}>Connect Google Ads</button><button type="button" class="src src-msads" ${DONE}>${v('Connect Bing Ads', 'Connect Microsoft Advertising')}</button><button type="button" class="src src-amazon" ${WRITES('amazon-ads')}>Connect Amazon Ads</button></div>
<p class="hint">${v('Bing Ads', 'Microsoft Advertising')} data refreshes every 6 hours.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Connect Bing Ads' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.src-msads',
  },
  // PayPal renamed Bill Me Later "PayPal Credit" (2014): a checkout's credit link names it anew; "Pay with PayPal" sits beside it.
  {
    id: 'd21-link-apply-bill-me-later-to-paypal-credit',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Payment</h1><p>Order total: $486.00</p><div class="pay-options"><button type="button" class="paypal" ${WRITES('paypal')}>Pay with PayPal</button><button type="button" class="card" ${WRITES('card')}>Pay by card</button></div>
<p class="finance">No payments for 6 months on orders over $99. <a href="#/finance/apply" class="credit-apply" ${DONE}>${v('Apply for Bill Me Later', 'Apply for PayPal Credit')}</a></p><p><a href="#/store-card" ${WRITES('store-card')}>Apply for a store card</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Apply for Bill Me Later' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.credit-apply',
  },
  // Moneybookers renamed itself Skrill (2011): a game store's payment buttons name the wallet anew; Neteller, another wallet, sits beside it.
  {
    id: 'd21-button-pay-with-moneybookers-to-skrill',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Checkout</h1><p>Harbour Tycoon · Deluxe Edition · €29.99</p><div class="methods"><button type="button" class="pm pm-card" ${WRITES('card')}>Pay with card</button><button type="button" class="pm pm-mb" ${DONE}>${v('Pay with Moneybookers', 'Pay with Skrill')}</button><button type="button" class="pm pm-neteller" ${WRITES('neteller')}>Pay with Neteller</button></div>
<p class="hint">You will be sent to ${v('Moneybookers', 'Skrill')} to confirm.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pay with Moneybookers' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.pm-mb',
  },
  // Microsoft renamed the Windows Live ID "Microsoft account" (2012): a forum's sign-in link names it anew; the work or school account link sits beside it.
  {
    id: 'd21-link-sign-in-windows-live-id-to-microsoft-account',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="sign-in"><h1>Sign in to Harbour Forums</h1><form><label for="user">Username</label><input id="user" name="user"><label for="pass">Password</label><input id="pass" name="pass" type="password"><button type="button" ${WRITES('password')}>Sign in</button></form>
<div class="federated"><a href="#/auth/msa" class="msa" ${DONE}>${v('Sign in with Windows Live ID', 'Sign in with Microsoft account')}</a><a href="#/auth/aad" class="aad" ${WRITES('work')}>Sign in with a work or school account</a><a href="#/auth/yahoo" ${WRITES('yahoo')}>Sign in with Yahoo!</a></div></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Sign in with Windows Live ID' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.msa',
  },
  // Atlassian renamed Jira Service Desk "Jira Service Management" (November 2020): a chat app's message menu names it anew; Jira Software keeps its name.
  {
    id: 'd21-menuitem-jira-service-desk-to-management',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, cls: string, extra: string) => `<button type="button" role="menuitem" class="${cls}" ${extra}>${label}</button>`;
      return `<main class="chat"><h1>#harbour-support</h1><article class="message"><p><strong>Ada</strong> The Dover gauge stopped reporting at 04:10.</p></article><div role="menu" aria-label="Message actions" class="message-menu">${item('Copy link', 'copy', WRITES('copy'))}${item(v('Create request in Jira Service Desk', 'Create request in Jira Service Management'), 'jsm', DONE)}${item('Create issue in Jira Software', 'jsw', WRITES('jira-software'))}${item('Remind me about this', 'remind', WRITES('remind'))}</div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Create request in Jira Service Desk' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"].jsm',
  },
];

const actionObjectRefuse: Drift[] = [
  // The seeded worker is now a contractor (fixture change): Gusto's tax documents show "Download 1099-NEC" in the button where "Download W-2" was; another document.
  {
    id: 'd21-refuse-gusto-download-w2-now-1099',
    kind: 'refuse',
    ...both(
      (v) => `<main class="documents"><h1>Tax documents</h1><p>Tax year 2024 · Ada Lovelace</p><div class="doc-actions"><button type="button" class="tax-doc" ${v(DONE, WRITES('1099'))}>${v('Download W-2', 'Download 1099-NEC')}</button><button type="button" ${WRITES('stubs')}>Download pay stubs</button></div><p>Documents are available until April 2031.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Download W-2' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded workout is a treadmill run without a GPS track (fixture change): MapMyRun's workout page offers "Export TCX" where "Export GPX" was; the GPX the test parses is gone.
  {
    id: 'd21-refuse-mapmyrun-export-gpx-now-tcx',
    kind: 'refuse',
    ...both(
      (v) => `<main class="workout"><h1>Morning run</h1><p>${v('8.2 km · 41:12 · Whitby harbour loop', '8.2 km · 41:12 · Treadmill')}</p><div class="workout-actions"><button type="button" class="export" ${v(DONE, WRITES('tcx'))}>${v('Export GPX', 'Export TCX')}</button><button type="button" ${WRITES('share')}>Share workout</button><button type="button" ${WRITES('edit')}>Edit workout</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Export GPX' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The client moved its books to FreeAgent (fixture change): Dext's receipt view shows "Publish to FreeAgent" where "Publish to Xero" was; another integration.
  {
    id: 'd21-refuse-dext-publish-to-xero-now-freeagent',
    kind: 'refuse',
    ...both(
      (v) => `<main class="receipt"><h1>Receipt</h1><p>Harbour Chandlery · 14 May 2024 · £86.40</p><label for="category">Category</label><select id="category"><option>Repairs</option><option>Fuel</option></select><div class="receipt-actions"><button type="button" class="publish" ${v(DONE, WRITES('freeagent'))}>${v('Publish to Xero', 'Publish to FreeAgent')}</button><button type="button" ${WRITES('archive')}>Archive</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Publish to Xero' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded return goes to a paperless drop-off point (fixture change): Zalando's return page offers "Download QR code" where "Download return label" was; a code to show is another thing than a label to print.
  {
    id: 'd21-refuse-zalando-download-return-label-now-qr-code',
    kind: 'refuse',
    ...both(
      (v) => `<main class="return"><h1>Your return</h1><p>2 items · drop off by 21 June</p><ul><li>Harbour rain jacket</li><li>Wool socks</li></ul><div class="return-actions"><button type="button" class="return-doc" ${v(DONE, WRITES('qr'))}>${v('Download return label', 'Download QR code')}</button><button type="button" ${WRITES('points')}>Find drop-off points</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Download return label' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The team's admin allows Box only (fixture change): Smallpdf's storage panel shows "Connect Box" where "Connect Dropbox" was; another provider, whose name is a word inside the old one.
  {
    id: 'd21-refuse-smallpdf-connect-dropbox-now-box',
    kind: 'refuse',
    ...both(
      (v) => `<main class="storage"><h1>Connected storage</h1><p>Open and save files without downloading them.</p><div class="storage-buttons"><button type="button" class="connect" ${WRITES('gdrive')}>Connect Google Drive</button><button type="button" class="connect" ${v(DONE, WRITES('box'))}>${v('Connect Dropbox', 'Connect Box')}</button><button type="button" class="connect" ${WRITES('onedrive')}>Connect OneDrive</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Connect Dropbox' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const otherHeals: Drift[] = [
  // Lucidpress renamed itself Marq (2021): a marketing team's tools nav names it anew; Lucidchart keeps its name.
  {
    id: 'd21-link-lucidpress-to-marq',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Harbour Marketing</a></header><main><h1>Tools</h1><nav aria-label="Tools" class="tools"><a href="#/tools/lucidchart" ${WRITES('lucidchart')}>Lucidchart</a><a href="#/tools/templates" class="brand-templates" ${DONE}>${v('Lucidpress', 'Marq')}</a><a href="#/tools/brandfolder" ${WRITES('brandfolder')}>Brandfolder</a></nav>
<p>${v('Lucidpress', 'Marq')} holds the locked brand templates.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: /^Lucidpress$/ }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.brand-templates',
  },
  // Google renamed Cloud Functions "Cloud Run functions" (August 2024): the console's product menu names it anew; Cloud Run stays beside it.
  {
    id: 'd21-menuitem-cloud-functions-to-cloud-run-functions',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, cls: string, extra: string) => `<a href="#/${slug(label)}" role="menuitem" class="${cls}" ${extra}>${label}</a>`;
      return `<nav class="console-nav"><div role="menu" aria-label="Serverless" class="products">${item('Cloud Run', 'run', WRITES('run'))}${item(v('Cloud Functions', 'Cloud Run functions'), 'fn', DONE)}${item('App Engine', 'gae', WRITES('app-engine'))}${item('Compute Engine', 'gce', WRITES('compute'))}</div></nav><main><h1>harbour-tides</h1><p>3 services · 5 functions</p></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Cloud Functions', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"].fn',
  },
  // Ask Jeeves renamed itself Ask.com (February 2006): a browser toolbar's search box names it anew.
  {
    id: 'd21-placeholder-ask-jeeves-to-ask-com',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="toolbar"><input type="text" name="q" aria-label="Web search" placeholder="${v('Search Ask Jeeves', 'Search Ask.com')}"><button type="button">Search</button><input type="text" name="site-q" aria-label="Site search" placeholder="Search this site"></div>
<main><h1>Harbour news</h1><input type="text" name="news-q" aria-label="News search" placeholder="Search news"></main>`,
    ),
    body: `await page.getByPlaceholder('Search Ask Jeeves').fill('tide tables');\n  await expect(page.locator('input[name="q"]')).toHaveValue('tide tables');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Visa replaced the Verified by Visa name and mark with Visa Secure (2019-20): a 3-D Secure page's logo alt names it anew; the Mastercard mark sits beside it.
  {
    id: 'd21-alt-verified-by-visa-to-visa-secure',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="three-ds"><div class="schemes"><img class="scheme-visa" src="${GIF}" alt="${v('Verified by Visa', 'Visa Secure')}" width="80" height="30"><img class="scheme-mc" src="${GIF}" alt="Mastercard Identity Check" width="80" height="30"></div><h1>Confirm your payment</h1><p>Harbour Chandlery · £86.40</p><p>We sent a code to your phone ending 4410.</p><label for="otp">Code</label><input id="otp" name="otp"><button type="button">Confirm</button></main>`,
    ),
    body: `await expect(page.getByAltText('Verified by Visa', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'img.scheme-visa',
  },
  // Owl Carousel 2 rendered its arrows in `.owl-nav` where 1.3 used `.owl-controls .owl-buttons`: `.owl-buttons .owl-next` finds nothing.
  {
    id: 'd21-css-owl-carousel-2-nav',
    kind: 'css class',
    ...both((v) => {
      const carousel = (id: string, title: string, nextExtra: string) => {
        const items = `<div class="owl-item"><img src="${GIF}" alt="${title} 1" width="80" height="60"></div><div class="owl-item"><img src="${GIF}" alt="${title} 2" width="80" height="60"></div>`;
        const controls = v(
          `<div class="owl-controls clickable"><div class="owl-pagination"><div class="owl-page active"><span></span></div><div class="owl-page"><span></span></div></div><div class="owl-buttons"><div class="owl-prev" ${WRITES(`${id}-prev`)}>prev</div><div class="owl-next" ${nextExtra}>next</div></div></div>`,
          `<div class="owl-nav"><button type="button" role="presentation" class="owl-prev" ${WRITES(`${id}-prev`)}><span aria-label="Previous">‹</span></button><button type="button" role="presentation" class="owl-next" ${nextExtra}><span aria-label="Next">›</span></button></div><div class="owl-dots"><button role="button" class="owl-dot active"><span></span></button><button role="button" class="owl-dot"><span></span></button></div>`,
        );
        return `<section id="${id}"><h2>${title}</h2><div class="owl-carousel ${v('owl-theme', 'owl-theme owl-loaded')}"><div class="${v('owl-wrapper-outer', 'owl-stage-outer')}"><div class="${v('owl-wrapper', 'owl-stage')}">${items}</div></div>${controls}</div></section>`;
      };
      return `<main><h1>Harbour Gallery</h1>${carousel('featured', 'Featured', DONE)}${carousel('recent', 'Recent', WRITES('recent-next'))}</main>${OUT}`;
    }),
    body: `await page.locator('#featured .owl-buttons .owl-next').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#featured .owl-nav .owl-next',
  },
  // DataTables 2 (2024) rendered paging as `button.dt-paging-button` inside `.dt-paging` where 1.x used `a.paginate_button` inside `#<table>_paginate`: the XPath finds nothing.
  {
    id: 'd21-xpath-datatables-2-paging',
    kind: 'xpath',
    ...both((v) => {
      const paging = (id: string, nextExtra: string) => v(
        `<div class="dataTables_paginate paging_simple_numbers" id="${id}_paginate"><a class="paginate_button previous disabled" id="${id}_previous" ${WRITES(`${id}-prev`)}>Previous</a><span><a class="paginate_button current">1</a><a class="paginate_button">2</a></span><a class="paginate_button next" id="${id}_next" ${nextExtra}>Next</a></div>`,
        `<div class="dt-paging"><nav aria-label="pagination"><button class="dt-paging-button disabled previous" aria-label="Previous" ${WRITES(`${id}-prev`)}>‹</button><button class="dt-paging-button current" aria-current="page">1</button><button class="dt-paging-button">2</button><button class="dt-paging-button next" aria-label="Next" ${nextExtra}>›</button></nav></div>`,
      );
      const table = (id: string, title: string, nextExtra: string) => `<section><h2>${title}</h2><div id="${id}_wrapper" class="${v('dataTables_wrapper', 'dt-container')}"><table id="${id}" class="display"><thead><tr><th>No.</th><th>Total</th></tr></thead><tbody><tr><td>4410</td><td>£86.40</td></tr><tr><td>4411</td><td>£12.00</td></tr></tbody></table>${paging(id, nextExtra)}</div></section>`;
      return `<main><h1>Back office</h1>${table('orders', 'Orders', DONE)}${table('invoices', 'Invoices', WRITES('invoices-next'))}</main>${OUT}`;
    }),
    body: `await page.locator('//div[@id="orders_paginate"]//a[contains(@class, "next")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#orders_wrapper button.dt-paging-button.next',
  },
  // Saleor's dashboard moved its test attribute from `data-test` to `data-test-id`: `[data-test="button-bar-confirm"]` finds nothing (the values are this page's).
  {
    id: 'd21-testid-saleor-data-test-to-data-test-id',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-test', 'data-test-id')}="${value}"`;
      return `<main><h1>Harbour rain jacket</h1><form class="product"><label for="pname">Name</label><input id="pname" name="name" value="Harbour rain jacket" ${t('product-name-input')}><label for="price">Price</label><input id="price" name="price" value="24.00" ${t('price-input')}></form>
<div class="savebar" ${t('savebar')}><button type="button" class="delete" ${t('button-bar-delete')} ${WRITES('delete')}>Delete</button><button type="button" class="cancel" ${t('button-bar-cancel')} ${WRITES('cancel')}>Cancel</button><button type="button" class="confirm" ${t('button-bar-confirm')} ${DONE}>Save</button></div>${OUT}</main>`;
    }),
    body: `await page.locator('[data-test="button-bar-confirm"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test-id="button-bar-confirm"]',
  },
  // VKontakte took the short name VK: a news site's share buttons' tooltips name it anew; Odnoklassniki and Telegram sit beside it.
  {
    id: 'd21-title-share-on-vkontakte-to-vk',
    kind: 'renamed text',
    ...both((v) => {
      const share = (title: string, cls: string, extra: string) => `<button type="button" class="share ${cls}" title="${title}" ${extra}><img src="${GIF}" alt="" width="24" height="24"></button>`;
      return `<main><article><h1>Harbour wall repaired before winter</h1><p>Work finished two weeks early.</p></article><div class="share-bar" aria-label="Share">${share(v('Share on VKontakte', 'Share on VK'), 'share-vk', DONE)}${share('Share on Odnoklassniki', 'share-ok', WRITES('ok'))}${share('Share on Telegram', 'share-tg', WRITES('telegram'))}</div></main>${OUT}`;
    }),
    body: `await page.getByTitle('Share on VKontakte').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.share-vk',
  },
];

const otherRefuse: Drift[] = [
  // Quibi shut down (December 1, 2020): a smart TV's app row lost it; the other streaming apps stay.
  {
    id: 'd21-refuse-quibi-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<main class="home"><h1>Apps</h1><nav aria-label="Apps"><ul class="app-row">${app('Prime Video', WRITES('prime'))}${v(app('Quibi', DONE), '')}${app('Pluto TV', WRITES('pluto'))}${app('Tubi', WRITES('tubi'))}</ul></nav></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Quibi' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Twitter shut Periscope down (March 31, 2021): a multistreaming dashboard's destinations lost it; YouTube and Twitch stay, and a notice names it.
  {
    id: 'd21-refuse-periscope-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const dest = (label: string, extra: string) => `<li><a href="#/destinations/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<main><h1>Destinations</h1><ul class="destinations">${dest('YouTube', WRITES('youtube'))}${dest('Twitch', WRITES('twitch'))}${v(dest('Periscope', DONE), '')}${dest('Custom RTMP', WRITES('rtmp'))}</ul>${v('', '<p class="notice">Periscope closed on March 31, 2021. Streams there have stopped.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Periscope' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The system is armed (fixture change): the Ring app's mode button shows "Disarm" where "Arm" was; the opposite action.
  {
    id: 'd21-refuse-ring-alarm-arm-now-disarm',
    kind: 'refuse',
    ...both(
      (v) => `<main class="alarm"><h1>Harbour house</h1><p>${v('Disarmed', 'Away mode')} · 6 sensors</p><div class="alarm-actions"><button type="button" class="mode" ${v(DONE, WRITES('disarm'))}>${v('Arm', 'Disarm')}</button><button type="button" ${WRITES('history')}>History</button><button type="button" ${WRITES('sensors')}>Sensors</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Arm', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The door is locked (fixture change): the Yale Access app's button shows "Unlock" where "Lock" was; the opposite action.
  {
    id: 'd21-refuse-yale-access-lock-now-unlock',
    kind: 'refuse',
    ...both(
      (v) => `<main class="lock"><h1>Front door</h1><p>${v('Unlocked', 'Locked')} · battery 82%</p><div class="lock-actions"><button type="button" class="lock-toggle" ${v(DONE, WRITES('unlock'))}>${v('Lock', 'Unlock')}</button><button type="button" ${WRITES('activity')}>Activity</button><button type="button" ${WRITES('guests')}>Guest access</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Lock', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The order was delivered (fixture change): Domino's Tracker shows another state; the message the test waits for is gone.
  {
    id: 'd21-refuse-dominos-out-for-delivery-now-delivered',
    kind: 'refuse',
    ...both(
      (v) => `<main class="tracker"><h1>Order 4410</h1><ol class="stages"><li>Order placed</li><li>Prep</li><li>Bake</li><li>Quality check</li><li>Out for delivery</li></ol><p class="status">${v('Your order is out for delivery with Ada.', 'Your order was delivered at 19:42.')}</p></main>`,
    ),
    body: `await expect(page.getByText('Your order is out for delivery')).toBeVisible();`,
    expect: 'refuse',
  },
  // BJ's Wholesale Club raised the Club Card from $55 to $60 a year (January 2024): the price the test checks must fail it.
  {
    id: 'd21-refuse-bjs-membership-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Membership</h1><div class="plans"><section class="plan"><h2>Club Card</h2><p class="price">${v('$55 a year', '$60 a year')}</p><button type="button">Join</button></section><section class="plan"><h2>Club+ Card</h2><p class="price">${v('$110 a year', '$120 a year')}</p><button type="button">Join</button></section></div></main>`,
    ),
    body: `await expect(page.getByText('$55 a year', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The account finished the book and started another (fixture change): StoryGraph's currently reading list shows another book.
  {
    id: 'd21-refuse-storygraph-different-book',
    kind: 'refuse',
    ...both((v) => {
      const book = (title: string, author: string, extra: string) => `<li><a href="#/books/${slug(title)}" ${extra}>${title}</a><span>${author}</span></li>`;
      return `<main><h1>Currently reading</h1><ul aria-label="Currently reading">${v(book('The Sea Around Us', 'Rachel Carson', DONE), book('The Outermost House', 'Henry Beston', WRITES('outermost')))}${book('Tide', 'Hugh Aldersey-Williams', WRITES('tide'))}</ul><section><h2>Stats</h2><p>14 books this year</p></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'The Sea Around Us' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Chrome's 2023 menu refresh moved "Cast…" out of the main menu into the closed "Save, share and cast" submenu.
  {
    id: 'd21-refuse-chrome-cast-behind-save-share-cast-menu',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const cast = v(
        item('Cast…', DONE),
        `<button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="false" ${WRITES('submenu')}>Save, share and cast</button><div role="menu" aria-label="Save, share and cast" hidden>${item('Cast…', WRITES('cast-hidden'))}${item('Save page as…', WRITES('save-hidden'))}${item('Create QR code', WRITES('qr-hidden'))}</div>`,
      );
      return `<div role="menu" aria-label="Chrome" class="app-menu">${item('New tab', WRITES('tab'))}${item('New window', WRITES('window'))}${item('History', WRITES('history'))}${item('Print…', WRITES('print'))}${cast}${item('Settings', WRITES('settings'))}</div>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Cast…' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Backups are paused (fixture change): Backblaze's control panel shows "Resume backup" where "Pause backup" was; the opposite action.
  {
    id: 'd21-refuse-backblaze-pause-backup-now-resume',
    kind: 'refuse',
    ...both(
      (v) => `<main class="backup"><h1>Backblaze Backup</h1><p>${v('Backing up · 1,204 files left', 'Paused · 1,204 files left')}</p><div class="backup-actions"><button type="button" class="toggle" ${v(DONE, WRITES('resume'))}>${v('Pause backup', 'Resume backup')}</button><button type="button" ${WRITES('settings')}>Settings…</button><button type="button" ${WRITES('restore')}>Restore options</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause backup' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The item sold out (fixture change): Newegg's product page shows "Notify me" where "Add to cart" was; another action.
  {
    id: 'd21-refuse-newegg-add-to-cart-now-notify-me',
    kind: 'refuse',
    ...both(
      (v) => `<main class="product"><h1>Harbour NAS 4-bay</h1><p class="price">$429.99</p><p class="stock">${v('In stock', 'Out of stock')}</p><div class="buy-box"><button type="button" class="primary" ${v(DONE, WRITES('notify'))}>${v('Add to cart', 'Notify me')}</button><button type="button" ${WRITES('wish')}>Add to wish list</button><button type="button" ${WRITES('compare')}>Compare</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to cart' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_21_DRIFTS: Drift[] = [...filterHeals, ...filterRefuse, ...actionObjectHeals, ...actionObjectRefuse, ...otherHeals, ...otherRefuse];
