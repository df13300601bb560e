// Nineteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a fitness app's rebrand in its logo alt, a video-meeting add-in's button, a smartwatch
// platform's heading, a pay-later service's name in a checkout tooltip, a documentation site's search
// placeholder, a casino group's rewards label, a wealth dashboard's product name, an automation app's tab, a
// country's new name in a listbox option, a wallet entry in a boarding pass menu, a grocer's offers
// checkbox, a running app's link and a courier's shipping radio) on alt, role, heading, title, placeholder,
// label, text=, tab, option, menuitem, checkbox, link and radio locators; Prettier-style multi-line chains
// in page objects and in the test body where the scope step, a filter (hasText or has:) or the last step (a
// link, a combobox, a text) drifts; library and app upgrades (Gravity Forms 2.5, Air Datepicker 3, the
// Google Programmable Search element, Feather -> Lucide, the Guardian's and Luigi's test attributes) on id,
// class, XPath, attribute and test-id locators; and releases or fixture changes where any patch would be
// wrong (a service shut down while look-alikes stay, another feature put in a tab's old place, the same
// control now naming the opposite action, a price rise, a new stable release, a build gone red, a different
// record, a menu entry moved behind a closed menu, a new required step). Pages carry decoys that share
// words, classes or attributes with the target. Heal cases name the `target` the drifted locator must now
// find; refuse cases have none.
//
// Sources, case by case (the release or change each one models):
// d19-alt-runtastic-to-adidas-running: adidas renamed Runtastic "adidas Running" and Results "adidas Training" (2019).
// d19-button-ringcentral-meetings-to-video: RingCentral replaced RingCentral Meetings with RingCentral Video (2020-21); the calendar add-in's button followed.
// d19-heading-android-wear-to-wear-os: Google renamed Android Wear "Wear OS by Google" (March 2018).
// d19-title-quadpay-to-zip: Quadpay, bought by Zip Co (2020), became Zip in the US (2021).
// d19-placeholder-microsoft-docs-to-learn: docs.microsoft.com moved into Microsoft Learn (2022).
// d19-label-caesars-total-rewards-to-caesars-rewards: Caesars renamed Total Rewards "Caesars Rewards" (February 2019).
// d19-text-personal-capital-to-empower: Empower bought Personal Capital (2020) and renamed its free dashboard "Empower Personal Dashboard" (2023).
// d19-tab-shortcuts-library-to-my-shortcuts: iOS 13's Shortcuts app (September 2019) renamed the Library tab "My Shortcuts" and added Automation.
// d19-option-macedonia-to-north-macedonia: the Republic of Macedonia became North Macedonia (February 2019); country lists followed.
// d19-menuitem-passbook-to-apple-wallet: iOS 9 (September 2015) renamed Passbook "Wallet": "Add to Passbook" -> "Add to Apple Wallet".
// d19-checkbox-safeway-just-for-u-to-safeway-for-u: Safeway folded Just for U into Safeway for U (2022).
// d19-link-nike-running-to-nike-run-club: Nike renamed the Nike+ Running app "Nike+ Run Club" (2016), now Nike Run Club.
// d19-radio-hermes-to-evri: Hermes UK renamed itself Evri (March 2022).
// d19-chain-po-azure-sentinel-to-microsoft-sentinel: Microsoft renamed Azure Sentinel "Microsoft Sentinel" (November 2021).
// d19-chain-po-bank-of-the-west-to-bmo: BMO bought Bank of the West; its accounts moved to BMO (September 2023).
// d19-chain-po-bbva-to-pnc-combobox: PNC bought BBVA USA; its accounts converted to PNC (October 2021).
// d19-chain-po-tigerair-to-scoot: Singapore Airlines merged Tigerair into Scoot (July 2017).
// d19-chain-po-ford-gobike-to-bay-wheels: the Bay Area's Ford GoBike became Bay Wheels (June 2019).
// d19-chain-germanwings-to-eurowings: Lufthansa moved Germanwings' flights and brand into Eurowings (2015-16).
// d19-chain-brightline-to-virgin-trains-usa: Brightline took the name Virgin Trains USA (November 2018; back to Brightline in 2020).
// d19-chain-duo-security-to-cisco-duo: Cisco bought Duo Security (2018) and sells it as Cisco Duo.
// d19-chain-filter-continental-onepass-to-mileageplus: Continental's OnePass members moved to United MileagePlus (March 2012).
// d19-chain-filter-comcast-to-xfinity: Comcast sold its consumer services as Xfinity (2010); bill-pay payees followed.
// d19-id-gravity-forms-2-5-li-to-div: Gravity Forms 2.5 (2021) rendered fields as `<div class="gfield">` where it used `<li>` inside a `<ul class="gform_fields">`.
// d19-css-air-datepicker-3-class-prefix: Air Datepicker 3 (2021) renamed its `datepicker--` classes with the `air-datepicker` prefix and `-day-` style modifiers.
// d19-xpath-google-cse-search-button: the Google Programmable (Custom) Search element's search button became a `<button>` with an SVG where it was an `<input type="button">`.
// d19-css-feather-to-lucide: a site moved from Feather icons to Lucide, its fork: `svg.feather-trash-2` -> `svg.lucide-trash-2`.
// d19-testid-guardian-data-cy-to-data-testid: the Guardian's dotcom-rendering replaced `data-cy` with `data-testid` (guardian/dotcom-rendering pull request 9541, November 2023); the values are this page's.
// d19-testid-luigi-data-e2e-to-data-testid: Luigi replaced `data-e2e` (and `data-cy`) with `data-testid` (luigi-project/luigi pull request 790, September 2019); the values are this page's.
// d19-refuse-stitcher-shut-down: SiriusXM shut Stitcher down (August 29, 2023); the other podcast apps stay.
// d19-refuse-amazon-drive-shut-down: Amazon shut Amazon Drive (December 31, 2023); Amazon Photos stays.
// d19-refuse-apple-news-plus-in-spotlight-place: iOS 12.2 (March 2019) put the News+ tab where Apple News' Spotlight tab was.
// d19-refuse-discogs-add-to-wantlist-now-remove: fixture change (the release is already in the wantlist).
// d19-refuse-pocket-casts-archive-now-unarchive: fixture change (the episode is already archived).
// d19-refuse-sling-orange-price-rise: Sling TV raised Sling Orange from $40 to $45 a month (2023).
// d19-refuse-fedora-40-replaces-39: Fedora 40 (April 23, 2024) replaced Fedora 39 as the current release.
// d19-refuse-bitrise-build-failed: fixture change (a broken commit; the latest build failed).
// d19-refuse-komoot-different-tour: fixture change (the account planned other tours since).
// d19-refuse-po-obs-lock-docks-behind-docks-menu: OBS Studio 30 (November 2023) moved the docks entries out of the View menu into a top-level Docks menu, which is closed.
// d19-refuse-helldivers-2-psn-link-required: Sony required Helldivers 2 players on Steam to link a PlayStation Network account (May 2024; it dropped the rule days later).
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d19-button-ringcentral-meetings-to-video (the add-in's button labels and the years), d19-title-quadpay-to-zip
// (the checkout's tooltips), d19-placeholder-microsoft-docs-to-learn (both placeholders),
// d19-label-caesars-total-rewards-to-caesars-rewards (the sign-in labels), d19-text-personal-capital-to-empower
// (the year of the dashboard's new name), d19-tab-shortcuts-library-to-my-shortcuts (iOS 12's tab names),
// d19-menuitem-passbook-to-apple-wallet (the airline menu's other entries), d19-checkbox-safeway-just-for-u-to-safeway-for-u
// (the year and the checkbox wording), d19-link-nike-running-to-nike-run-club (the year), d19-chain-brightline-to-virgin-trains-usa
// (the transit app is this page's), d19-chain-germanwings-to-eurowings (the years), d19-id-gravity-forms-2-5-li-to-div
// (the fields' other classes), d19-css-air-datepicker-3-class-prefix (v3's exact modifier classes),
// d19-xpath-google-cse-search-button (when the button changed, and its old value), d19-testid-guardian-data-cy-to-data-testid
// and d19-testid-luigi-data-e2e-to-data-testid (the attribute moves are from the pull requests' titles; the values
// are this page's), d19-refuse-apple-news-plus-in-spotlight-place (the tab bar's other tabs),
// d19-refuse-discogs-add-to-wantlist-now-remove and d19-refuse-pocket-casts-archive-now-unarchive (the buttons'
// labels), d19-refuse-sling-orange-price-rise (the year and the other plans' prices),
// d19-refuse-po-obs-lock-docks-behind-docks-menu (the menus' entries) and d19-refuse-helldivers-2-psn-link-required
// (the screen's wording).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first;
// "Zip" appears only in "Zip code", "Shortcuts" only as other apps' menu and section names, and "Amazon" in
// other Amazon services' cases (AmazonSmile, Freevee, Kinesis); Afterpay, Splunk, Lufthansa, Royal Mail and
// Microsoft Defender (for Cloud, here) appear in earlier sets and only as decoys here).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // adidas renamed Runtastic "adidas Running" and Runtastic Results "adidas Training" (2019): the web app header's logo took the new name; the sister app's promo followed.
  {
    id: 'd19-alt-runtastic-to-adidas-running',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top-bar"><a href="#/" class="brand" ${DONE}><img src="${GIF}" alt="${v('Runtastic', 'adidas Running')}" width="120" height="28"></a><nav aria-label="Main"><a href="#/feed" ${WRITES('feed')}>Feed</a><a href="#/activities" ${WRITES('activities')}>Activities</a><a href="#/challenges" ${WRITES('challenges')}>Challenges</a></nav></header>
<main><h1>Hi, Ada</h1><p>This week: 3 runs · 21.4 km</p><aside class="promo"><img src="${GIF}" alt="${v('Runtastic Results', 'adidas Training')}" width="64" height="64"><p>Add strength days to your plan.</p><a href="#/apps/training" ${WRITES('training')}>Get the app</a></aside>
<footer><img src="${GIF}" alt="${v('Runtastic PRO badge', 'adidas Running Premium badge')}" width="40" height="20"><a href="#/premium" ${WRITES('premium')}>Premium</a></footer></main>${OUT}`,
    ),
    body: `await page.getByAltText('Runtastic', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // RingCentral replaced RingCentral Meetings with RingCentral Video (2020-21): the calendar add-in's button names the new service; the webinar button took the new name too.
  {
    id: 'd19-button-ringcentral-meetings-to-video',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="event-editor"><h1>New event</h1><label for="subject">Subject</label><input id="subject" name="subject" value="Pier survey review"><label for="when">When</label><input id="when" name="when" value="Tue 10:00-10:45">
<div class="add-in" aria-label="RingCentral"><button type="button" class="rc-meeting" ${DONE}>${v('Add RingCentral Meetings', 'Add RingCentral Video')}</button><button type="button" class="rc-webinar" ${WRITES('webinar')}>Add RingCentral Webinar</button><button type="button" class="rc-dial-in" ${WRITES('dial-in')}>Add dial-in numbers</button></div>
<p class="hint">${v('RingCentral Meetings', 'RingCentral Video')} links are added to the invitation.</p><button type="button" ${WRITES('send')}>Send</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add RingCentral Meetings' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.rc-meeting',
  },
  // Google renamed Android Wear "Wear OS by Google" (March 2018): a watchmaker's smartwatch page retitled its platform section (the level-3 update heading followed).
  {
    id: 'd19-heading-android-wear-to-wear-os',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/">Harbour Watch Co.</a><nav aria-label="Main"><a href="#/watches">Watches</a><a href="#/smartwatches">Smartwatches</a><a href="#/support">Support</a></nav></header>
<main><h1>Smartwatches</h1><section><h2 class="os">${v('Android Wear', 'Wear OS by Google')}</h2><p>Works with Android and iPhone.</p><h3>${v('Android Wear 2.0 update', 'Wear OS by Google update')}</h3><p>Rolling out to every model.</p></section>
<section><h2>Hybrid smartwatches</h2><p>Steps, sleep and notifications without a touchscreen.</p></section><section><h2>${v('Android Wear apps', 'Wear OS apps')}</h2><p>Tide tables, compass, barometer.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Android Wear', level: 2, exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.os',
  },
  // Quadpay became Zip in the US (2021): a checkout's pay-later icon buttons name it anew in their tooltips.
  {
    id: 'd19-title-quadpay-to-zip',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Payment</h1><p>Order total: $128.00</p><div class="pay-later" aria-label="Pay later"><button type="button" class="bnpl-zip" title="${v('Pay in 4 with Quadpay', 'Pay in 4 with Zip')}" ${DONE}><img src="${GIF}" alt="" width="40" height="20"></button><button type="button" class="bnpl-afterpay" title="Pay in 4 with Afterpay" ${WRITES('afterpay')}><img src="${GIF}" alt="" width="40" height="20"></button><button type="button" class="bnpl-affirm" title="Pay over time with Affirm" ${WRITES('affirm')}><img src="${GIF}" alt="" width="40" height="20"></button></div>
<p><a href="#/help/pay-later" title="${v('What is Quadpay?', 'What is Zip?')}" ${WRITES('help')}>How pay-later works</a></p><button type="button" ${WRITES('card')}>Pay by card</button></main>${OUT}`,
    ),
    body: `await page.getByTitle('Pay in 4 with Quadpay').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.bnpl-zip',
  },
  // docs.microsoft.com moved into Microsoft Learn (2022): the header search box names the new site in its placeholder.
  {
    id: 'd19-placeholder-microsoft-docs-to-learn',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" ${WRITES('logo')}>${v('Microsoft Docs', 'Microsoft Learn')}</a><input type="search" name="search" aria-label="Search" placeholder="${v('Search Microsoft Docs', 'Search Microsoft Learn')}"><a href="#/profile" ${WRITES('profile')}>Sign in</a></header>
<nav aria-label="Table of contents"><input type="search" name="toc-filter" aria-label="Filter by title" placeholder="Filter by title"><ul><li>Azure Functions overview</li><li>Triggers and bindings</li></ul></nav>
<main><h1>Azure Functions documentation</h1><section><h2>Questions</h2><input type="text" name="qna" aria-label="Search questions" placeholder="${v('Search Microsoft Q&amp;A', 'Search Q&amp;A on Microsoft Learn')}"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Microsoft Docs').fill('durable functions');\n  await expect(page.locator('input[name="search"]')).toHaveValue('durable functions');`,
    expect: 'heal',
    target: 'input[name="search"]',
  },
  // Caesars renamed Total Rewards "Caesars Rewards" (February 2019): the sign-in form's member number label took the new name.
  {
    id: 'd19-label-caesars-total-rewards-to-caesars-rewards',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Caesars Entertainment" width="90" height="30"></a><nav aria-label="Main"><a href="#/hotels">Hotels</a><a href="#/offers">Offers</a></nav></header>
<main><h1>Sign in</h1><form class="sign-in"><label for="rewards-number">${v('Total Rewards number', 'Caesars Rewards number')}</label><input id="rewards-number" name="account"><label for="rewards-email">Email address</label><input id="rewards-email" name="email" type="email"><label for="pin">PIN</label><input id="pin" name="pin" type="password"><button type="button">Sign in</button></form>
<p>${v('Earn Reward Credits with Total Rewards at 50 destinations.', 'Earn Tier Credits with Caesars Rewards at 50 destinations.')}</p><p><label for="promo">Promo code</label><input id="promo" name="promo"></p></main>`,
    ),
    body: `await page.getByLabel('Total Rewards number').fill('18 220 4410');\n  await expect(page.locator('#rewards-number')).toHaveValue('18 220 4410');`,
    expect: 'heal',
    target: '#rewards-number',
  },
  // Empower renamed Personal Capital's free dashboard "Empower Personal Dashboard" (2023): the overview's product line took the new name; Empower Personal Wealth sits beside it.
  {
    id: 'd19-text-personal-capital-to-empower',
    kind: 'text=',
    ...both(
      (v) => `<header><a href="#/">${v('Personal Capital', 'Empower')}</a><nav aria-label="Main"><a href="#/net-worth">Net worth</a><a href="#/budget">Budget</a><a href="#/retirement">Retirement planner</a></nav></header>
<main><h1>Overview</h1><div class="product"><p class="product-name">${v('Personal Capital Dashboard', 'Empower Personal Dashboard')}</p><p>Net worth: $184,220</p></div><div class="advice"><p>${v('Personal Capital Advisors', 'Empower Personal Wealth')}</p><p>Talk to an advisor about your plan.</p></div><a href="#/personal-strategy">Personal Strategy</a></main>`,
    ),
    body: `await expect(page.locator('text=Personal Capital Dashboard')).toBeVisible();`,
    expect: 'heal',
    target: '.product-name',
  },
];

const renamedTextMore: Drift[] = [
  // iOS 13's Shortcuts app (September 2019) renamed its Library tab "My Shortcuts" and added an Automation tab; Gallery stayed.
  {
    id: 'd19-tab-shortcuts-library-to-my-shortcuts',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Library', DONE, true)}${tab('Gallery', WRITES('gallery'))}`,
        `${tab('My Shortcuts', DONE, true)}${tab('Automation', WRITES('automation'))}${tab('Gallery', WRITES('gallery'))}`,
      );
      return `<main class="shortcuts"><h1>${v('Library', 'All Shortcuts')}</h1><ul><li>Log tide reading</li><li>Text ETA to harbour office</li><li>Make GIF</li></ul><a href="#/gallery/library-starters" ${WRITES('starters')}>${v('Library starter shortcuts', 'Starter shortcuts')}</a></main>
<nav aria-label="Shortcuts"><div role="tablist" aria-label="Sections" class="tab-bar">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Library' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("My Shortcuts")',
  },
  // The Republic of Macedonia became North Macedonia (February 2019): a shop's shipping-country listbox lists it under the new name (and sorts it under N).
  {
    id: 'd19-option-macedonia-to-north-macedonia',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string) => `<li role="option" aria-selected="false" ${extra}>${label}</li>`;
      const mk = opt(v('Macedonia', 'North Macedonia'), DONE);
      return `<main class="shipping"><h1>Shipping address</h1><p>Harbour Supplies ships to 48 countries.</p><label id="country-label">Country</label><ul role="listbox" aria-labelledby="country-label" class="countries">${opt('Lithuania', WRITES('lithuania'))}${opt('Luxembourg', WRITES('luxembourg'))}${v(mk, '')}${opt('Malta', WRITES('malta'))}${opt('Moldova', WRITES('moldova'))}${opt('Montenegro', WRITES('montenegro'))}${opt('Netherlands', WRITES('netherlands'))}${v('', mk)}${opt('Norway', WRITES('norway'))}</ul>
<p>${v('Orders to Macedonia may need a customs form.', 'Orders to North Macedonia may need a customs form.')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Macedonia', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"]:text-is("North Macedonia")',
  },
  // iOS 9 (September 2015) renamed Passbook "Wallet": an airline app's boarding pass menu says "Add to Apple Wallet".
  {
    id: 'd19-menuitem-passbook-to-apple-wallet',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main class="boarding-pass"><h1>Boarding pass</h1><p>Portland (PWM) → Boston (BOS) · Seat 14C · Group 3</p><button type="button" aria-haspopup="menu" aria-expanded="true" ${WRITES('more')}>More</button></main>
<div role="menu" aria-label="Boarding pass options" class="pass-menu">${item('Share boarding pass', WRITES('share'))}${item(v('Add to Passbook', 'Add to Apple Wallet'), DONE)}${item('Add to Calendar', WRITES('calendar'))}${item('Save as PDF', WRITES('pdf'))}${item('Add to Home Screen', WRITES('home-screen'))}</div>
<p class="hint">${v('Passbook', 'Wallet')} passes update when your gate changes.</p>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Add to Passbook' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:has-text("Add to Apple Wallet")',
  },
  // Safeway folded Just for U into Safeway for U (2022): the checkout's offers checkbox took the new name.
  {
    id: 'd19-checkbox-safeway-just-for-u-to-safeway-for-u',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Safeway" width="80" height="30"></a></header>
<main><h1>Review order</h1><p>Delivery Sat 9-11 a.m. · 14 items · $62.18</p><form class="order-options"><label class="opt"><input type="checkbox" id="apply-offers" name="offers"> ${v('Apply my Just for U offers', 'Apply my Safeway for U offers')}</label><label class="opt"><input type="checkbox" id="redeem" name="redeem"> Redeem grocery rewards</label><label class="opt"><input type="checkbox" id="subs" name="subs"> Allow substitutions</label><button type="button">Place order</button></form>
<p>${v('Just for U savings', 'Safeway for U savings')} show on your receipt.</p></main>`,
    ),
    body: `await page.getByRole('checkbox', { name: 'Apply my Just for U offers' }).check();\n  await expect(page.locator('#apply-offers')).toBeChecked();`,
    expect: 'heal',
    target: '#apply-offers',
  },
  // Nike renamed the Nike+ Running app Nike+ Run Club (2016), now Nike Run Club: a training site's connected-apps links name it anew.
  {
    id: 'd19-link-nike-running-to-nike-run-club',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="connections"><h1>Connected apps</h1><p>Import runs automatically.</p><nav aria-label="Apps" class="apps"><a href="#/connect/coros" ${WRITES('coros')}>Coros</a><a href="#/connect/nike" class="nrc" ${DONE}>${v('Nike+ Running', 'Nike Run Club')}</a><a href="#/connect/ntc" ${WRITES('ntc')}>Nike Training Club</a></nav>
<section><h2>Guided runs</h2><a href="#/guided/nike" ${WRITES('guided')}>${v('Nike+ Running guided runs', 'Nike Run Club guided runs')}</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Nike+ Running', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.nrc',
  },
  // Hermes UK renamed itself Evri (March 2022): a shop's delivery options list the radio under the new name.
  {
    id: 'd19-radio-hermes-to-evri',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (id: string, label: string, price: string) => `<label class="ship-option"><input type="radio" name="ship" id="${id}"> ${label} <span class="price">${price}</span></label>`;
      return `<main class="checkout"><h1>Delivery</h1><p>Deliver to: 14 Harbour Row, Falmouth</p><fieldset><legend>Delivery method</legend>${opt('ship-courier', v('Hermes 48 (2-3 working days)', 'Evri 48 (2-3 working days)'), '£3.49')}${opt('ship-tracked', 'Royal Mail Tracked 48', '£3.95')}${opt('ship-dpd', 'DPD Next Day', '£6.50')}${opt('ship-click', 'Click and collect', 'Free')}</fieldset>
<p>${v('Hermes ParcelShop returns are free.', 'Evri ParcelShop returns are free.')}</p><button type="button">Continue to payment</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: /Hermes 48/ }).check();\n  await expect(page.locator('#ship-courier')).toBeChecked();`,
    expect: 'heal',
    target: '#ship-courier',
  },
];

const chains: Drift[] = [
  // Microsoft renamed Azure Sentinel "Microsoft Sentinel" (November 2021): a log platform's SIEM exports show the card under the new name (page object, the scope step drifts).
  {
    id: 'd19-chain-po-azure-sentinel-to-microsoft-sentinel',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="destination"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Configure</button></section>`;
      return `<nav aria-label="Settings"><a href="#/sources" ${WRITES('sources')}>Sources</a><a href="#/exports" ${WRITES('exports')}>Exports</a><a href="#/retention" ${WRITES('retention')}>Retention</a></nav>
<main><h1>SIEM exports</h1><p>Forward security events to your SIEM.</p><div class="destinations">${card('Splunk', 'Connected', WRITES('splunk'))}${card(v('Azure Sentinel', 'Microsoft Sentinel'), 'Not connected', DONE)}${card('Microsoft Defender for Cloud', 'Not connected', WRITES('defender'))}${card('Sumo Logic', 'Not connected', WRITES('sumo'))}</div>${v('', '<p class="notice">Azure Sentinel is now Microsoft Sentinel. Existing workspaces keep working.</p>')}</main>${OUT}`;
    }),
    imports: `import { SiemExportsPage } from './siem-exports-page';`,
    files: {
      'siem-exports-page.ts': `import type { Page } from '@playwright/test';

export class SiemExportsPage {
  constructor(readonly page: Page) {}

  async configureCloudSiem() {
    await this.page
      .getByRole('region', { name: 'Azure Sentinel' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }

  async configureSplunk() {
    await this.page
      .getByRole('region', { name: 'Splunk' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }
}
`,
    },
    body: `await new SiemExportsPage(page).configureCloudSiem();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Microsoft Sentinel"] button',
  },
  // BMO bought Bank of the West and moved its accounts to BMO (September 2023): a budgeting app's linked accounts table renamed the row (page object, the filter step drifts).
  {
    id: 'd19-chain-po-bank-of-the-west-to-bmo',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (bank: string, account: string, extra: string) => `<tr><td>${bank}</td><td>${account}</td><td><button type="button" ${extra}>Refresh</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>Harbour Budget</a><nav aria-label="Main"><a href="#/budget" ${WRITES('budget')}>Budget</a><a href="#/accounts" ${WRITES('accounts')}>Accounts</a></nav></header>
<main><h1>Linked accounts</h1><table aria-label="Linked accounts"><tr><th>Bank</th><th>Account</th><th></th></tr>${row(v('Bank of the West', 'BMO'), 'Checking ••4410', DONE)}${row('Bank of America', 'Credit card ••0907', WRITES('boa'))}${row('Bank of Hawaii', 'Savings ••2231', WRITES('boh'))}</table>${v('', '<p class="notice">Bank of the West accounts are now BMO accounts.</p>')}</main>${OUT}`;
    }),
    imports: `import { LinkedAccountsPage } from './linked-accounts-page';`,
    files: {
      'linked-accounts-page.ts': `import type { Page } from '@playwright/test';

export class LinkedAccountsPage {
  constructor(readonly page: Page) {}

  async refreshChecking() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Bank of the West' })
      .getByRole('button', { name: 'Refresh' })
      .click();
  }

  async refreshCreditCard() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Bank of America' })
      .getByRole('button', { name: 'Refresh' })
      .click();
  }
}
`,
    },
    body: `await new LinkedAccountsPage(page).refreshChecking();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("BMO")) button',
  },
  // PNC converted BBVA USA's accounts (October 2021): a payroll app's direct-deposit form names the bank anew in its select label (page object, the last step, a combobox, drifts).
  {
    id: 'd19-chain-po-bbva-to-pnc-combobox',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/">Harbour Payroll</a><nav aria-label="Profile"><a href="#/pay">Pay</a><a href="#/tax">Tax forms</a></nav></header>
<main><h1>Direct deposit</h1><section aria-label="Deposit accounts" class="deposit"><h2>Where your pay goes</h2><label for="primary-account">${v('BBVA checking account', 'PNC checking account')}</label><select id="primary-account" name="primary"><option value="">Choose…</option><option value="chk-4410">Checking ••4410</option><option value="chk-0907">Checking ••0907</option></select>
<label for="savings-account">PNC Virtual Wallet savings</label><select id="savings-account" name="savings"><option value="">Choose…</option><option value="sav-5512">Growth ••5512</option></select><button type="button">Save</button></section>
<section aria-label="Expense refunds" class="refunds"><h2>Expense refunds</h2><label for="refund-account">BBVA Compass card refunds</label><select id="refund-account" name="refund"><option value="">Choose…</option><option value="card-2231">Card ••2231</option></select></section></main>`,
    ),
    imports: `import { DirectDepositPage } from './direct-deposit-page';`,
    files: {
      'direct-deposit-page.ts': `import type { Page } from '@playwright/test';

export class DirectDepositPage {
  constructor(readonly page: Page) {}

  async choosePrimaryAccount(value: string) {
    await this.page
      .getByRole('region', { name: 'Deposit accounts' })
      .getByRole('combobox', { name: 'BBVA checking account' })
      .selectOption(value);
  }

  async chooseSavingsAccount(value: string) {
    await this.page
      .getByRole('region', { name: 'Deposit accounts' })
      .getByRole('combobox', { name: 'PNC Virtual Wallet savings' })
      .selectOption(value);
  }
}
`,
    },
    body: `await new DirectDepositPage(page).choosePrimaryAccount('chk-0907');\n  await expect(page.locator('#primary-account')).toHaveValue('chk-0907');`,
    expect: 'heal',
    target: '#primary-account',
  },
  // Singapore Airlines merged Tigerair into Scoot (July 2017): a fare search shows the carrier's logo under the new name (page object, the filter step, written with `has:`, drifts).
  {
    id: 'd19-chain-po-tigerair-to-scoot',
    kind: 'multi-line chain',
    ...both((v) => {
      const fare = (airline: string, times: string, price: string, extra: string) => `<div class="fare"><img src="${GIF}" alt="${airline}" width="60" height="20"><p>${times}</p><p class="price">${price}</p><button type="button" ${extra}>Select</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Harbour Fares</a><p>Singapore (SIN) → Penang (PEN) · 12 June</p></header>
<main><h1>Departing flights</h1><div class="fares">${fare('Jetstar Asia', '07:10 – 08:25', 'S$68', WRITES('jetstar'))}${fare(v('Tigerair', 'Scoot'), '09:40 – 10:55', 'S$72', DONE)}${fare('AirAsia', '13:05 – 14:20', 'S$64', WRITES('airasia'))}${fare('Singapore Airlines', '16:30 – 17:45', 'S$189', WRITES('sia'))}</div>${v('<p>Tigerair fares include 10 kg cabin baggage.</p>', '<p>Scoot fares include 10 kg cabin baggage.</p>')}</main>${OUT}`;
    }),
    imports: `import { FaresPage } from './fares-page';`,
    files: {
      'fares-page.ts': `import type { Page } from '@playwright/test';

export class FaresPage {
  constructor(readonly page: Page) {}

  async selectBudgetMorningFare() {
    await this.page
      .locator('.fare')
      .filter({ has: this.page.getByAltText('Tigerair') })
      .getByRole('button', { name: 'Select' })
      .click();
  }

  async selectFullServiceFare() {
    await this.page
      .locator('.fare')
      .filter({ has: this.page.getByAltText('Singapore Airlines') })
      .getByRole('button', { name: 'Select' })
      .click();
  }
}
`,
    },
    body: `await new FaresPage(page).selectBudgetMorningFare();\n  ${CHECK}`,
    expect: 'heal',
    target: '.fare:has(img[alt="Scoot"]) button',
  },
  // The Bay Area's Ford GoBike became Bay Wheels (June 2019): a transit app's bike-share links name it anew (page object, the last step drifts).
  {
    id: 'd19-chain-po-ford-gobike-to-bay-wheels',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (label: string, href: string, extra: string) => `<li><a href="#/bikes/${href}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Bay Transit</a><input type="search" aria-label="Destination" placeholder="Where to?"></header>
<main><h1>Bikes and scooters</h1><p>Unlock a bike near your stop.</p><nav aria-label="Bike share" class="bike-share"><ul>${link(v('Ford GoBike', 'Bay Wheels'), v('ford-gobike', 'bay-wheels'), DONE)}${link('JUMP bikes', 'jump', WRITES('jump'))}${link('Scoot scooters', 'scooters', WRITES('scooters'))}</ul></nav><p><a href="#/passes/gobike" ${WRITES('pass')}>${v('Ford GoBike monthly pass', 'Bay Wheels monthly pass')}</a> holders ride 45 minutes free.</p></main>${OUT}`;
    }),
    imports: `import { BikesPage } from './bikes-page';`,
    files: {
      'bikes-page.ts': `import type { Page } from '@playwright/test';

export class BikesPage {
  constructor(readonly page: Page) {}

  async openDockedBikes() {
    await this.page
      .getByRole('navigation', { name: 'Bike share' })
      .getByRole('link', { name: 'Ford GoBike' })
      .click();
  }

  async openDocklessBikes() {
    await this.page
      .getByRole('navigation', { name: 'Bike share' })
      .getByRole('link', { name: 'JUMP bikes' })
      .click();
  }
}
`,
    },
    body: `await new BikesPage(page).openDockedBikes();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Bike share"] a[href="#/bikes/bay-wheels"]',
  },
];

const chainsMore: Drift[] = [
  // Lufthansa moved Germanwings' flights and brand into Eurowings (2015-16): a travel manager's carrier settings show the card under the new name (the scope step drifts).
  {
    id: 'd19-chain-germanwings-to-eurowings',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<section aria-label="${name}" class="carrier"><h2>${name}</h2><p>${text}</p><button type="button" ${extra}>Edit corporate code</button></section>`;
      return `<nav aria-label="Settings"><a href="#/travellers" ${WRITES('travellers')}>Travellers</a><a href="#/carriers" ${WRITES('carriers')}>Carriers</a></nav>
<main><h1>Preferred carriers</h1><p>Corporate codes are added to every booking.</p>${card('Lufthansa', 'Code: LH-HARB-22', WRITES('lufthansa'))}${card(v('Germanwings', 'Eurowings'), 'Code: 4U-HARB-07', DONE)}${card('Condor', 'No code', WRITES('condor'))}${v('', '<p class="notice">Germanwings flights are now operated as Eurowings.</p>')}</main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'Germanwings' })\n    .getByRole('button', { name: 'Edit corporate code' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Eurowings"] button',
  },
  // Brightline took the name Virgin Trains USA (November 2018): a Florida transit app's rail links swapped the name (the last step drifts).
  {
    id: 'd19-chain-brightline-to-virgin-trains-usa',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main><h1>Miami to West Palm Beach</h1><p>Compare rail options for Friday.</p>
<nav aria-label="Rail" class="rail"><a href="#/rail/tri-rail" ${WRITES('tri-rail')}>Tri-Rail</a><a href="#/rail/metrorail" ${WRITES('metrorail')}>Metrorail</a><a href="#/rail/intercity" class="intercity" ${DONE}>${v('Brightline', 'Virgin Trains USA')}</a><a href="#/rail/amtrak" ${WRITES('amtrak')}>Amtrak Silver Service</a></nav>
<aside><h2>Getting to the station</h2><a href="#/posts/bright-ideas" ${WRITES('bright-ideas')}>${v('Brightline station parking', 'Virgin Trains USA station parking')}</a></aside></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Rail' })\n    .getByRole('link', { name: 'Brightline', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Rail"] a.intercity',
  },
  // Cisco bought Duo Security (2018) and sells it as Cisco Duo: an identity provider's MFA card names the provider anew (the last step of an expect chain drifts).
  {
    id: 'd19-chain-duo-security-to-cisco-duo',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/">Harbour SSO</a><nav aria-label="Admin"><a href="#/apps">Applications</a><a href="#/security">Security</a></nav></header>
<main><h1>Multi-factor authentication</h1><section data-testid="mfa-provider" class="mfa"><h2>Provider</h2><p class="provider-name">${v('Duo Security', 'Cisco Duo')}</p><p>Users approve sign-ins in the Duo Mobile app.</p></section>
<section data-testid="mfa-fallback"><h2>Fallback</h2><ul><li>Hardware keys (FIDO2)</li><li>One-time codes by SMS</li></ul></section><p>${v('Manage policies in the Duo Admin Panel.', 'Manage policies in the Cisco Duo Admin Panel.')}</p></main>`,
    ),
    body: `await expect(\n    page\n      .getByTestId('mfa-provider')\n      .getByText('Duo Security'),\n  ).toBeVisible();`,
    expect: 'heal',
    target: '[data-testid="mfa-provider"] .provider-name',
  },
  // Continental's OnePass members moved to United MileagePlus (March 2012): an expense tool's loyalty cards show the programme under the new name (the filter step, written with `has:`, drifts).
  {
    id: 'd19-chain-filter-continental-onepass-to-mileageplus',
    kind: 'multi-line chain',
    ...both((v) => {
      const programme = (name: string, text: string, extra: string) => `<div class="program"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Link account</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Expenses</a><p>Ada Lovelace</p></header>
<main><h1>Travel rewards</h1><div class="programs">${programme('Delta SkyMiles', 'Not linked', WRITES('skymiles'))}${programme(v('Continental OnePass', 'United MileagePlus'), 'Not linked', DONE)}${programme('Hawaiian Airlines HawaiianMiles', 'Not linked', WRITES('hawaiian'))}</div><p>${v('OnePass miles', 'MileagePlus miles')} post after each trip.</p></main>${OUT}`;
    }),
    body: `await page\n    .locator('.program')\n    .filter({ has: page.getByRole('heading', { name: 'Continental OnePass' }) })\n    .getByRole('button', { name: 'Link account' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.program:has(h3:text-is("United MileagePlus")) button',
  },
  // Comcast sells its consumer services as Xfinity (2010): an online bank's bill-pay list renamed the payee; Xfinity Mobile sits beside it (the filter step drifts).
  {
    id: 'd19-chain-filter-comcast-to-xfinity',
    kind: 'multi-line chain',
    ...both((v) => {
      const payee = (name: string, due: string, extra: string) => `<li><strong>${name}</strong><span>${due}</span><button type="button" ${extra}>Pay</button></li>`;
      return `<main><h1>Bill pay</h1><p>Payments sent by 4 p.m. arrive the next business day.</p><ul class="payees">${payee('Xfinity Mobile', 'Due 9 June · $45.00', WRITES('xfinity-mobile'))}${payee(v('Comcast', 'Xfinity'), 'Due 12 June · $89.95', DONE)}${payee('Harbour Electric', 'Due 21 June · $61.40', WRITES('electric'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Comcast' })\n    .getByRole('button', { name: 'Pay' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li:has(strong:text-is("Xfinity")) button',
  },
];

const others: Drift[] = [
  // Gravity Forms 2.5 (2021) rendered each field as a `<div class="gfield">` where it used an `<li>` inside `<ul class="gform_fields">`: `li#field_2_4` finds nothing.
  {
    id: 'd19-id-gravity-forms-2-5-li-to-div',
    kind: 'id',
    ...both((v) => {
      const list = v('ul', 'div');
      const item = v('li', 'div');
      const field = (n: number, label: string, type: string) => `<${item} id="field_2_${n}" class="gfield ${v('field_sublabel_below field_description_below gfield_visibility_visible', `gfield--type-${type} field_sublabel_below gfield--no-description gfield_visibility_visible`)}"><label class="gfield_label" for="input_2_${n}">${label}</label><div class="ginput_container ginput_container_${type}"><input name="input_${n}" id="input_2_${n}" type="${type === 'email' ? 'email' : 'text'}" class="${v('medium', 'large')}"></div></${item}>`;
      return `<main><h1>Book a harbour tour</h1><form id="gform_2" class="${v('', 'gform-theme--foundation ')}gform_wrapper"><div class="gform_body"><${list} id="gform_fields_2" class="gform_fields top_label form_sublabel_below description_below">${field(1, 'Name', 'text')}${field(3, 'Phone', 'phone')}${field(4, 'Email', 'email')}${field(5, 'Group size', 'number')}</${list}></div><div class="gform_footer"><input type="button" id="gform_submit_button_2" class="gform_button button" value="Submit"></div></form></main>`;
    }),
    body: `await page.locator('li#field_2_4 input').fill('ada@harbour.example');\n  await expect(page.locator('#input_2_4')).toHaveValue('ada@harbour.example');`,
    expect: 'heal',
    target: '#input_2_4',
  },
  // Air Datepicker 3 (2021) renamed its classes with the `air-datepicker` prefix: `.datepicker--cell-day` became `.air-datepicker-cell.-day-`.
  {
    id: 'd19-css-air-datepicker-3-class-prefix',
    kind: 'css class',
    ...both((v) => {
      const cell = (d: number, month: number, extra: string) => v(
        `<div class="datepicker--cell datepicker--cell-day${month === 5 ? '' : ' -other-month-'}" data-date="${d}" data-month="${month}" data-year="2024" ${extra}>${d}</div>`,
        `<div class="air-datepicker-cell -day-${month === 5 ? '' : ' -other-month-'}" data-date="${d}" data-month="${month}" data-year="2024" ${extra}>${d}</div>`,
      );
      const days = Array.from({ length: 30 }, (_x, i) => cell(i + 1, 5, i + 1 === 14 ? DONE : WRITES(`day-${i + 1}`))).join('') + [1, 2, 3, 4, 5, 6].map((d) => cell(d, 6, WRITES(`july-${d}`))).join('');
      const names = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((n) => `<div class="${v('datepicker--day-name', 'air-datepicker-body--day-name')}">${n}</div>`).join('');
      return `<main class="booking"><h1>Choose a tour date</h1><label for="tour-date">Date</label><input id="tour-date" name="date" readonly value="">
<div class="${v('datepicker-inline', 'air-datepicker -inline-')}"><div class="${v('datepicker', 'air-datepicker--navigation')}"><nav class="${v('datepicker--nav', 'air-datepicker-nav')}"><div class="${v('datepicker--nav-action', 'air-datepicker-nav--action')}" data-action="prev" ${WRITES('prev')}>‹</div><div class="${v('datepicker--nav-title', 'air-datepicker-nav--title')}">June, <i>2024</i></div><div class="${v('datepicker--nav-action', 'air-datepicker-nav--action')}" data-action="next" ${WRITES('next')}>›</div></nav>
<div class="${v('datepicker--content', 'air-datepicker--content')}"><div class="${v('datepicker--days datepicker--body', 'air-datepicker-body -days-')}"><div class="${v('datepicker--days-names', 'air-datepicker-body--day-names')}">${names}</div><div class="${v('datepicker--cells datepicker--cells-days', 'air-datepicker-body--cells -days-')}">${days}</div></div></div></div></div></main>${OUT}`;
    }),
    body: `await page.locator('.datepicker--cell-day[data-date="14"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.air-datepicker-cell.-day-[data-date="14"]',
  },
  // The Google Programmable (Custom) Search element's search button became a `<button>` holding an SVG where it was an `<input type="button">`: an XPath on the input finds nothing.
  {
    id: 'd19-xpath-google-cse-search-button',
    kind: 'xpath',
    ...both(
      (v) => `<header><a href="#/">Harbour Museum</a><nav aria-label="Main"><a href="#/visit">Visit</a><a href="#/collections">Collections</a></nav></header>
<div class="gsc-control-cse gsc-control-cse-en"><form class="gsc-search-box gsc-search-box-tools" accept-charset="utf-8"><table class="gsc-search-box"><tbody><tr><td class="gsc-input"><div class="gsc-input-box"><input type="text" name="search" class="gsc-input" aria-label="search" title="search" value="tide gauges"></div></td>
<td class="gsc-clear-button"><div class="gsc-clear-button" title="clear results" ${WRITES('clear')}>&nbsp;</div></td><td class="gsc-search-button">${v(
        `<input type="button" value="Search" title="search" class="gsc-search-button gsc-search-button-v2" ${DONE}>`,
        `<button type="button" class="gsc-search-button gsc-search-button-v2" ${DONE}><svg width="13" height="13" viewBox="0 0 13 13"><title>search</title><path d="m4.8495 7.8226c0.82666 0 1.5262-0.29146 2.0985-0.87438"></path></svg></button>`,
      )}</td></tr></tbody></table></form></div>
<main><h1>Search the collection</h1><input type="button" class="search-tips" value="Search tips" ${WRITES('tips')}></main>${OUT}`,
    ),
    body: `await page.locator('//input[contains(@class, "gsc-search-button")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.gsc-search-button',
  },
  // A site moved from Feather icons to Lucide, Feather's fork: the rendered `<svg class="feather feather-trash-2">` became `<svg class="lucide lucide-trash-2">`.
  {
    id: 'd19-css-feather-to-lucide',
    kind: 'css class',
    ...both((v) => {
      const icon = (name: string) => `<svg class="${v(`feather feather-${name}`, `lucide lucide-${name}`)}" ${v('', `data-lucide="${name}" `)}width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden="true"><path d="M3 6h18"></path></svg>`;
      const row = (file: string, extra: string, deleteExtra: string) => `<li class="file"><span>${file}</span><button type="button" aria-label="Download ${file}" ${extra}>${icon('download')}</button><button type="button" aria-label="Archive ${file}" ${WRITES(`archive-${slug(file)}`)}>${icon('archive')}</button><button type="button" aria-label="Delete ${file}" class="danger" ${deleteExtra}>${icon(file === 'tides-2024.csv' ? 'trash-2' : 'trash')}</button></li>`;
      return `<main class="files"><h1>Uploads</h1><ul>${row('tides-2024.csv', WRITES('download-tides'), DONE)}${row('gauges.json', WRITES('download-gauges'), WRITES('delete-gauges'))}</ul><footer><button type="button" class="empty" ${WRITES('empty')}>${icon('trash')} Empty bin</button></footer></main>${OUT}`;
    }),
    body: `await page.locator('button:has(svg.feather-trash-2)').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button:has(svg.lucide-trash-2)',
  },
  // The Guardian's dotcom-rendering replaced `data-cy` with `data-testid` (guardian/dotcom-rendering pull request 9541, November 2023); the values here are this page's.
  {
    id: 'd19-testid-guardian-data-cy-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-cy', 'data-testid')}="${value}"`;
      return `<header ${t('header')}><a href="#/" ${t('logo')} ${WRITES('logo')}>The Harbour Gazette</a><a href="#/support" ${t('header-support')} ${WRITES('support')}>Support us</a><a href="#/signin" ${t('header-sign-in')} ${WRITES('sign-in')}>Sign in</a></header>
<main><article ${t('article')}><h1>Spring tides this weekend</h1><p>The Dover gauge reads 6.9 m at 11:42.</p></article><aside ${t('contributions-epic')}><p>Fund independent harbour news.</p><button type="button" ${t('contributions-epic-button')} ${DONE}>Support us</button><button type="button" ${t('contributions-epic-remind')} ${WRITES('remind')}>Remind me in May</button></aside></main>${OUT}`;
    }),
    body: `await page.locator('[data-cy="contributions-epic-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="contributions-epic-button"]',
  },
  // Luigi replaced `data-e2e` (and `data-cy`) with `data-testid` (luigi-project/luigi pull request 790, September 2019); the values here are this page's.
  {
    id: 'd19-testid-luigi-data-e2e-to-data-testid',
    kind: 'xpath',
    ...both((v) => {
      const t = (value: string) => `${v('data-e2e', 'data-testid')}="${value}"`;
      return `<div class="fd-shellbar" ${t('shellbar')}><a href="#/" class="fd-shellbar__logo" ${WRITES('logo')}>Harbour Console</a><div class="fd-shellbar__actions"><button type="button" class="fd-shellbar__button" ${t('luigi-topnav-help')} ${WRITES('help')}>Help</button><button type="button" class="fd-shellbar__button" ${t('luigi-topnav-profile-btn')} ${DONE}>AL</button><button type="button" class="fd-shellbar__button" ${t('luigi-topnav-product-switcher')} ${WRITES('switcher')}>⋮⋮⋮</button></div></div>
<nav class="fd-side-nav" ${t('leftnav')}><a href="#/gauges" ${t('leftnav-gauges')} ${WRITES('gauges')}>Gauges</a><a href="#/profile-settings" ${t('leftnav-profile')} ${WRITES('profile-settings')}>Profile settings</a></nav><main><h1>Gauges</h1></main>${OUT}`;
    }),
    body: `await page.locator('//button[@data-e2e="luigi-topnav-profile-btn"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="luigi-topnav-profile-btn"]',
  },
];

const refuse: Drift[] = [
  // SiriusXM shut Stitcher down (August 29, 2023): a podcast's "Listen on" links lost it; the other apps stay and a notice names it.
  {
    id: 'd19-refuse-stitcher-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/listen/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<main class="podcast"><img src="${GIF}" alt="Harbour Hours cover" width="120" height="120"><h1>Harbour Hours</h1><p>Weekly stories from the waterfront.</p><nav aria-label="Listen on" class="listen"><ul>${link('Pocket Casts', WRITES('pocket-casts'))}${link('Overcast', WRITES('overcast'))}${v(link('Stitcher', DONE), '')}${link('Castbox', WRITES('castbox'))}${link('RSS feed', WRITES('rss'))}</ul></nav>
${v('', '<p class="notice">Stitcher closed on August 29, 2023. Follow the show in any other app.</p>')}<section><h2>Latest episode</h2><p>Ep. 112 · The night the gauge froze</p></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Stitcher' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Amazon shut Amazon Drive (December 31, 2023): the account's apps list lost it; Amazon Photos and the other apps stay.
  {
    id: 'd19-refuse-amazon-drive-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>amazon</a><input type="search" aria-label="Search Amazon"></header>
<main><h1>Your apps and devices</h1><nav aria-label="Digital services" class="services"><ul>${link('Amazon Photos', WRITES('photos'))}${v(link('Amazon Drive', DONE), '')}${link('Amazon Music', WRITES('music'))}${link('Kindle Unlimited', WRITES('kindle'))}</ul></nav>
${v('<p>Amazon Drive: 12.4 GB of 100 GB used</p>', '<p class="notice">Amazon Drive has been discontinued. Your photos and videos are in Amazon Photos.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Amazon Drive', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // iOS 12.2 (March 2019) put a News+ tab where Apple News' Spotlight tab was; Spotlight's stories are gone from the tab bar.
  {
    id: 'd19-refuse-apple-news-plus-in-spotlight-place',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Today', WRITES('today'), true)}${tab('Spotlight', DONE)}${tab('Following', WRITES('following'))}`,
        `${tab('Today', WRITES('today'), true)}${tab('News+', WRITES('news-plus'))}${tab('Following', WRITES('following'))}`,
      );
      return `<main class="news"><h1>Today</h1><section><h2>Top Stories</h2><p>Spring tides lift harbour traffic.</p></section><section><h2>Trending Stories</h2><p>The gauge that froze.</p></section>${v('', '<aside><p>Try Apple News+ free for one month.</p></aside>')}</main>
<nav aria-label="News"><div role="tablist" aria-label="Sections" class="tab-bar">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Spotlight' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The release is already in the seeded wantlist (fixture change): Discogs' button says "Remove from Wantlist" where "Add to Wantlist" was.
  {
    id: 'd19-refuse-discogs-add-to-wantlist-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main class="release"><img src="${GIF}" alt="Low Water cover" width="120" height="120"><h1>The Gauges – Low Water</h1><p>Vinyl, LP, Album · 1979</p><div class="actions"><button type="button" class="collection" ${WRITES('collection')}>Add to Collection</button><button type="button" class="wantlist" ${v(DONE, WRITES('unwant'))}>${v('Add to Wantlist', 'Remove from Wantlist')}</button><button type="button" ${WRITES('marketplace')}>Shop on Marketplace</button></div>
${v('', '<p class="badge">In your wantlist</p>')}<section><h2>Tracklist</h2><ol><li>Neap Tide</li><li>Harbour Lights</li></ol></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to Wantlist' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded episode is already archived (fixture change): Pocket Casts' episode page says "Unarchive" where "Archive" was.
  {
    id: 'd19-refuse-pocket-casts-archive-now-unarchive',
    kind: 'refuse',
    ...both(
      (v) => `<main class="episode"><img src="${GIF}" alt="Harbour Hours artwork" width="90" height="90"><h1>Ep. 112 · The night the gauge froze</h1><p>Harbour Hours · 42 min</p><div class="episode-actions"><button type="button" ${WRITES('play')}>Play</button><button type="button" ${WRITES('up-next')}>Add to Up Next</button><button type="button" class="archive" ${v(DONE, WRITES('unarchive'))}>${v('Archive', 'Unarchive')}</button><button type="button" ${WRITES('star')}>Star</button></div>${v('', '<p class="badge">Archived</p>')}<section><h2>Show notes</h2><p>A cold night at the Dover gauge.</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Archive', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Sling TV raised Sling Orange and Sling Blue from $40 to $45 a month (2023): the price the test checks must fail it.
  {
    id: 'd19-refuse-sling-orange-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Choose your service</h1><p>No annual contract. Cancel anytime.</p><div class="plans"><section class="plan"><h2>Sling Orange</h2><p class="price">${v('$40/mo', '$45/mo')}</p><p>32 channels · 1 stream</p><button type="button">Select</button></section><section class="plan"><h2>Sling Blue</h2><p class="price">${v('$40/mo', '$45/mo')}</p><p>42 channels · 3 streams</p><button type="button">Select</button></section>
<section class="plan"><h2>Sling Orange &amp; Blue</h2><p class="price">${v('$55/mo', '$60/mo')}</p><p>46 channels · 4 streams</p><button type="button">Select</button></section></div></main>`,
    ),
    body: `await expect(
    page
      .locator('.plan')
      .filter({ has: page.getByRole('heading', { name: 'Sling Orange', exact: true }) })
      .locator('.price'),
  ).toHaveText('$40/mo');`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Fedora 40 (April 23, 2024) replaced Fedora 39 as the current release: the download page's edition link names another release.
  {
    id: 'd19-refuse-fedora-40-replaces-39',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Fedora" width="90" height="30"></a><nav aria-label="Main"><a href="#/workstation">Workstation</a><a href="#/server">Server</a><a href="#/iot">IoT</a></nav></header>
<main><h1>Download Fedora Workstation</h1><section class="downloads"><a href="#/download/workstation-x86_64" class="download">${v('Fedora Workstation 39 for x86_64', 'Fedora Workstation 40 for x86_64')}</a><a href="#/download/workstation-aarch64" class="download">${v('Fedora Workstation 39 for ARM aarch64', 'Fedora Workstation 40 for ARM aarch64')}</a></section>
<section><h2>Older releases</h2><p>${v('Fedora 38 is supported until May 2024.', 'Fedora 39 is supported until November 2024.')}</p></section></main>`,
    ),
    body: `await expect(page.getByRole('link', { name: /Fedora Workstation 39 for x86_64/ })).toBeVisible();`,
    expect: 'refuse',
  },
  // A broken commit landed (fixture change): Bitrise's app page shows the latest build failed; the earlier builds still read successful.
  {
    id: 'd19-refuse-bitrise-build-failed',
    kind: 'refuse',
    ...both((v) => {
      const build = (n: string, msg: string, status: string) => `<tr><td>#${n}</td><td>${msg}</td><td class="status">${status}</td></tr>`;
      return `<header><a href="#/">Bitrise</a><nav aria-label="Main"><a href="#/dashboard">Dashboard</a><a href="#/apps">Apps</a></nav></header>
<main><h1>harbour-tides-ios</h1><section class="latest"><h2>Latest build</h2><p class="build-number">${v('#318', '#319')}</p><p data-testid="last-build-status">${v('Success', 'Failed')}</p><p>${v('Bump tide parser', 'Read gauges from new endpoint')}</p></section>
<table aria-label="Builds">${build('317', 'Fix Dover offsets', 'Success')}${build('316', 'Update screenshots', 'Success')}</table></main>`;
    }),
    body: `await expect(page.getByTestId('last-build-status')).toHaveText('Success');`,
    expect: 'refuse',
  },
  // The account planned other tours since (fixture change): komoot's planned-tours list no longer shows the tour the test opens; others sit in its place.
  {
    id: 'd19-refuse-komoot-different-tour',
    kind: 'refuse',
    ...both((v) => {
      const tour = (name: string, dist: string, extra: string) => `<li><a href="#/tour/${slug(name)}" ${extra}>${name}</a><span>${dist}</span></li>`;
      const rows = v(
        `${tour('Dartmoor Loop from Postbridge', '18.2 km', DONE)}${tour('Tamar Trail ride', '42.0 km', WRITES('tamar'))}`,
        `${tour('Dartmoor Loop from Haytor', '14.6 km', WRITES('haytor'))}${tour('Tamar Trail ride', '42.0 km', WRITES('tamar'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>komoot</a><a href="#/profile" ${WRITES('profile')}>Ada</a></header>
<main><h1>Planned tours</h1><ul aria-label="Planned tours">${rows}</ul><section><h2>Completed</h2><p>12 tours · 318 km</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'Planned tours' })\n    .getByRole('link', { name: 'Dartmoor Loop from Postbridge' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // OBS Studio 30 (November 2023) moved the docks entries out of the View menu into a top-level Docks menu, which is closed (page object).
  {
    id: 'd19-refuse-po-obs-lock-docks-behind-docks-menu',
    kind: 'refuse',
    ...both((v) => {
      const check = (label: string, extra: string) => `<button type="button" role="menuitemcheckbox" aria-checked="false" ${extra}>${label}</button>`;
      const plain = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const top = v(
        `<div class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" aria-expanded="true" ${WRITES('view')}>View</button><button type="button" ${WRITES('profile')}>Profile</button><button type="button" ${WRITES('tools')}>Tools</button></div><div role="menu" aria-label="View" class="view-menu">${plain('Fullscreen Interface', WRITES('fullscreen'))}${plain('Docks', WRITES('docks'))}${check('Lock Docks', DONE)}${plain('Reset Docks', WRITES('reset'))}${check('Status Bar', WRITES('status'))}</div>`,
        `<div class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" aria-expanded="true" ${WRITES('view')}>View</button><button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('docks')}>Docks</button><button type="button" ${WRITES('profile')}>Profile</button><button type="button" ${WRITES('tools')}>Tools</button></div><div role="menu" aria-label="View" class="view-menu">${plain('Fullscreen Interface', WRITES('fullscreen'))}${check('Status Bar', WRITES('status'))}${check('Source Icons', WRITES('icons'))}</div><div role="menu" aria-label="Docks" class="docks-menu" hidden>${check('Lock Docks', WRITES('lock-hidden'))}${plain('Reset Docks', WRITES('reset-hidden'))}${plain('Custom Browser Docks...', WRITES('browser-hidden'))}</div>`,
      );
      return `${top}<main class="studio"><section aria-label="Scenes"><h2>Scenes</h2><ul><li>Harbour cam</li><li>Gauge close-up</li></ul></section><section aria-label="Controls"><button type="button" ${WRITES('stream')}>Start Streaming</button></section></main>${OUT}`;
    }),
    imports: `import { StudioWindow } from './studio-window';`,
    files: {
      'studio-window.ts': `import type { Page } from '@playwright/test';

export class StudioWindow {
  constructor(readonly page: Page) {}

  async toggleLockDocks() {
    await this.page
      .getByRole('menu', { name: 'View' })
      .getByRole('menuitemcheckbox', { name: 'Lock Docks' })
      .click();
  }

  async toggleStatusBar() {
    await this.page
      .getByRole('menu', { name: 'View' })
      .getByRole('menuitemcheckbox', { name: 'Status Bar' })
      .click();
  }
}
`,
    },
    body: `await new StudioWindow(page).toggleLockDocks();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Sony required Helldivers 2 players on Steam to link a PlayStation Network account (May 2024; dropped days later): the launcher shows the link step where Play was.
  {
    id: 'd19-refuse-helldivers-2-psn-link-required',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Library</a><nav aria-label="Games"><a href="#/games/helldivers-2" ${WRITES('helldivers')}>HELLDIVERS 2</a><a href="#/games/deep-rock" ${WRITES('deep-rock')}>Deep Rock Galactic</a></nav></header>
${v(
  `<main class="game"><h1>HELLDIVERS 2</h1><p>Last played yesterday · Up to date</p><button type="button" class="play" ${DONE}>Play</button><button type="button" aria-label="Game settings" ${WRITES('game-settings')}>⚙</button><section><h2>News</h2><p>Major Order: hold the harbour.</p></section></main>`,
  `<main class="game"><h1>HELLDIVERS 2</h1><div role="dialog" aria-label="Link a PlayStation Network account" class="psn-link"><h2>Link your PlayStation Network account to play</h2><p>A PlayStation Network account is required to play HELLDIVERS 2.</p><button type="button" ${WRITES('sign-in-psn')}>Sign in to PlayStation Network</button><button type="button" ${WRITES('create-psn')}>Create an account</button><a href="#/help/psn" ${WRITES('help')}>Why do I need this?</a></div><button type="button" aria-label="Game settings" ${WRITES('game-settings')}>⚙</button></main>`,
)}${OUT}`,
    ),
    body: `await page.getByRole('button', { name: /^Play$/ }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_19_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
