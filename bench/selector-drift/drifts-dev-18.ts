// Eighteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a work-management tool's rebrand in its logo alt, a meeting service's renamed calendar
// button, a content platform's product heading, a local listing service's name in an icon tooltip, a music
// service's search placeholder, a retailer's store card label, a department store's rewards text, a health
// app's tab, an airline in a listbox option, an antivirus entry in a file's context menu, an electronics
// retailer's loyalty checkbox, a running app's link and a courier's shipping radio) on alt, role, heading,
// title, placeholder, label, text, tab, option, menuitem, checkbox, link and radio locators; Prettier-style
// multi-line chains in page objects and in the test body where the scope step, a filter (hasText or has:)
// or the last step (a link, a combobox, a text) drifts; library and app upgrades (Chosen 1.0, Video.js 5,
// OneTrust's newer banner, Ionicons 5, the Temporal UI's and Talend UI's test attributes) on id, XPath,
// class, attribute and test-id locators; and releases or fixture changes where any patch would be wrong (a
// product retired while look-alikes stay, another feature put in a tab's old place, the same control now
// naming the opposite action, a price rise, a new stable release, a build gone red, a different record, a
// menu entry moved behind a closed menu, a new required step). Pages carry decoys that share words,
// classes or attributes with the target. Heal cases name the `target` the drifted locator must now find;
// refuse cases have none.
//
// Sources, case by case (the release or change each one models):
// d18-alt-dapulse-to-monday: dapulse renamed itself monday.com (November 2017).
// d18-button-gotomeeting-to-goto-meeting: LogMeIn renamed itself GoTo and GoToMeeting "GoTo Meeting" (February 2022).
// d18-heading-episerver-to-optimizely: Episerver took the Optimizely name after buying it (January 2021): Episerver CMS -> Optimizely CMS.
// d18-title-google-my-business-to-business-profile: Google renamed Google My Business "Google Business Profile" (November 2021).
// d18-placeholder-rhapsody-to-napster: Rhapsody renamed its US service Napster (June 2016).
// d18-label-target-redcard-to-circle-card: Target renamed its RedCard "Target Circle Card" (April 2024).
// d18-text-nordstrom-fashion-rewards-to-nordy-club: Nordstrom replaced Nordstrom Fashion Rewards with The Nordy Club (May 2019).
// d18-tab-apple-health-today-to-summary: iOS 13's Health app (September 2019) replaced the Today tab with Summary (and Health Data with Browse).
// d18-option-alitalia-to-ita-airways: ITA Airways took over from Alitalia (October 15, 2021).
// d18-menuitem-windows-defender-to-microsoft-defender: Windows Defender Antivirus became Microsoft Defender Antivirus (2020): "Scan with Microsoft Defender...".
// d18-checkbox-best-buy-reward-zone-to-my-best-buy: Best Buy replaced Reward Zone with My Best Buy (March 2014).
// d18-link-runkeeper-to-asics-runkeeper: ASICS bought Runkeeper (2016) and the app became ASICS Runkeeper.
// d18-radio-ups-surepost-to-ground-saver: UPS renamed UPS SurePost "UPS Ground Saver" (January 2024).
// d18-chain-po-wunderlist-to-microsoft-to-do: Microsoft shut Wunderlist (May 2020) for Microsoft To Do.
// d18-chain-po-us-airways-dividend-miles-to-aadvantage: US Airways Dividend Miles merged into American Airlines AAdvantage (March 2015).
// d18-chain-po-td-ameritrade-to-schwab-combobox: TD Ameritrade accounts moved to Charles Schwab (2023).
// d18-chain-po-ibm-notes-to-hcl-notes: IBM sold Notes to HCL, which renamed it HCL Notes (2019).
// d18-chain-po-lan-to-latam: LAN Airlines and TAM became LATAM Airlines (May 2016).
// d18-chain-hipchat-to-stride: Atlassian launched Stride as HipChat's successor (September 2017).
// d18-chain-stumbleupon-to-mix: StumbleUpon closed and moved its users to Mix (June 2018).
// d18-chain-google-domains-to-squarespace-domains: Google Domains' registrations moved to Squarespace Domains (2023).
// d18-chain-filter-airtran-to-southwest: AirTran A+ Rewards members moved to Southwest Rapid Rewards (2012-14).
// d18-chain-filter-cingular-to-att-mobility: Cingular Wireless became AT&T (2007; the company AT&T Mobility).
// d18-id-chosen-1-chzn-to-chosen: Chosen 1.0 (2013) renamed its `chzn` prefix `chosen`: `#country_chzn .chzn-single` -> `#country_chosen .chosen-single`.
// d18-xpath-videojs5-play-control-button: Video.js 5 (2015) rendered its controls as `<button>` where Video.js 4 used `<div role="button">`.
// d18-css-onetrust-optanon-to-banner-sdk: OneTrust replaced its older Optanon banner (`.optanon-allow-all`) with the banner SDK (`#onetrust-accept-btn-handler`).
// d18-css-ionicons5-icon-names: Ionicons 5 (2020) dropped the `md-` / `ios-` name prefixes and added `-outline` / `-sharp` variants.
// d18-testid-temporal-ui-data-cy-to-data-testid: the Temporal UI replaced `data-cy` with `data-testid` (temporalio/ui pull request 1131, February 2023); the values are this page's.
// d18-testid-talend-ui-data-test-to-data-testid: Talend UI used `data-testid` instead of `data-test` (Talend/ui pull request 4435, November 2022); the values are this page's.
// d18-refuse-internet-explorer-retired: Microsoft retired Internet Explorer 11 (June 15, 2022); Edge's "Internet Explorer mode" stays.
// d18-refuse-aim-shut-down: AOL shut down AIM (December 15, 2017); AOL Mail stays.
// d18-refuse-ibooks-top-charts-to-audiobooks: iOS 12 (September 2018) made iBooks Apple Books: an Audiobooks tab sits where Top Charts was; charts moved inside the Book Store tab.
// d18-refuse-bluesky-follow-now-following: fixture change (the account already follows the profile).
// d18-refuse-kobo-add-to-wishlist-now-remove: fixture change (the book is already on the wishlist).
// d18-refuse-crunchyroll-mega-fan-price-rise: Crunchyroll raised Mega Fan from $9.99 to $11.99 and Ultimate Fan from $14.99 to $15.99 (2024).
// d18-refuse-linux-mint-22-replaces-21-3: Linux Mint 22 "Wilma" (July 2024) replaced 21.3 "Virginia" as the latest release.
// d18-refuse-appveyor-build-failed: fixture change (a broken commit; the latest build failed).
// d18-refuse-garmin-connect-different-activity: fixture change (the watch synced other activities since).
// d18-refuse-po-notepad-word-wrap-behind-view-menu: Windows 11's new Notepad (2021) dropped the Format menu; Word wrap sits in the closed View menu.
// d18-refuse-overwatch-2-sms-protect-required: Overwatch 2 (October 2022) required a phone number (SMS Protect) before play.
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d18-button-gotomeeting-to-goto-meeting (the calendar add-in's button labels), d18-heading-episerver-to-optimizely
// (the products' exact new names), d18-title-google-my-business-to-business-profile (that a dashboard names the
// service in a tooltip), d18-placeholder-rhapsody-to-napster (both placeholders), d18-label-target-redcard-to-circle-card
// (the month, and the form's labels), d18-tab-apple-health-today-to-summary (iOS 12's tab names),
// d18-menuitem-windows-defender-to-microsoft-defender (the year of the context menu's new wording),
// d18-checkbox-best-buy-reward-zone-to-my-best-buy (the checkbox wording), d18-radio-ups-surepost-to-ground-saver
// (the delivery estimates), d18-chain-po-td-ameritrade-to-schwab-combobox (the form is this page's),
// d18-chain-filter-airtran-to-southwest (the years), d18-chain-filter-cingular-to-att-mobility (the payee names),
// d18-xpath-videojs5-play-control-button (Video.js 4's exact control markup), d18-css-onetrust-optanon-to-banner-sdk
// (the old banner's classes), d18-css-ionicons5-icon-names (the v4 names the page uses),
// d18-testid-temporal-ui-data-cy-to-data-testid and d18-testid-talend-ui-data-test-to-data-testid (the attribute
// moves are from the pull requests' titles; the values are this page's), d18-refuse-ibooks-top-charts-to-audiobooks
// (iBooks' tab bar), d18-refuse-bluesky-follow-now-following and d18-refuse-kobo-add-to-wishlist-now-remove (the
// buttons' labels), d18-refuse-crunchyroll-mega-fan-price-rise (the month), d18-refuse-po-notepad-word-wrap-behind-view-menu
// (the menus' entries) and d18-refuse-overwatch-2-sms-protect-required (the screen's wording).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first;
// "UPS" appears only as a UPS Ground shipping rate, "Windows" in other Windows releases' cases, "Mix" only in
// "Favourites Mix" and Mixpanel, the data-cy -> data-testid move only as an unnamed Cypress migration, and
// Foursquare, here only a decoy tooltip, as another release's retired app).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // dapulse renamed itself monday.com (November 2017): the app header's logo took the new name; the mobile app promo and the nonprofit badge keep their own alts.
  {
    id: 'd18-alt-dapulse-to-monday',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top-bar"><a href="#/" class="brand" ${DONE}><img src="${GIF}" alt="${v('dapulse', 'monday.com')}" width="110" height="28"></a><nav aria-label="Workspace"><a href="#/boards" ${WRITES('boards')}>Boards</a><a href="#/inbox" ${WRITES('inbox')}>Inbox</a><a href="#/my-week" ${WRITES('my-week')}>My week</a></nav></header>
<main><h1>Harbour Ops board</h1><table aria-label="Tasks"><tr><th>Item</th><th>Status</th></tr><tr><td>Gauge calibration</td><td>Working on it</td></tr><tr><td>Tide table print</td><td>Done</td></tr></table>
<aside class="promo"><img src="${GIF}" alt="${v('dapulse mobile app', 'monday.com mobile app')}" width="64" height="64"><p>Update your boards on the go.</p><a href="#/apps" ${WRITES('apps')}>Get the app</a></aside><footer><img src="${GIF}" alt="${v('dapulse for nonprofits', 'monday.com for nonprofits')}" width="80" height="20"></footer></main>${OUT}`,
    ),
    body: `await page.getByAltText('dapulse', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // LogMeIn renamed itself GoTo (February 2022): the calendar add-in's button says "Add GoTo Meeting"; the webinar button took the new name too.
  {
    id: 'd18-button-gotomeeting-to-goto-meeting',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="event-editor"><h1>New event</h1><label for="title">Title</label><input id="title" name="title" value="Tide gauge review"><label for="when">When</label><input id="when" name="when" value="Thu 14:00-15:00">
<div class="conferencing" aria-label="Conferencing"><button type="button" class="g2m" ${DONE}>${v('Add GoToMeeting', 'Add GoTo Meeting')}</button><button type="button" class="g2w" ${WRITES('webinar')}>${v('Add GoToWebinar', 'Add GoTo Webinar')}</button><button type="button" class="phone" ${WRITES('dial-in')}>Add dial-in meeting</button></div>
<p class="hint">${v('GoToMeeting', 'GoTo Meeting')} links are added to the description.</p><button type="button" ${WRITES('save')}>Save</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add GoToMeeting' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.g2m',
  },
  // Episerver took the Optimizely name (January 2021): a partner agency's platform page retitled its section (the level-3 certification heading followed).
  {
    id: 'd18-heading-episerver-to-optimizely',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/">Harbour Digital</a><nav aria-label="Main"><a href="#/work">Work</a><a href="#/platforms">Platforms</a><a href="#/contact">Contact</a></nav></header>
<main><h1>Platforms we build on</h1><section><h2 class="cms">${v('Episerver CMS', 'Optimizely CMS')}</h2><p>Twelve sites live, from harbour authorities to ferry operators.</p><h3>${v('Episerver CMS certified developers', 'Optimizely CMS certified developers')}</h3><p>Six on the team.</p></section>
<section><h2>${v('Episerver Commerce', 'Optimizely Commerce')}</h2><p>Two shops live.</p></section><section><h2>Umbraco</h2><p>Gold partner.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Episerver CMS', level: 2 })).toBeVisible();`,
    expect: 'heal',
    target: 'h2.cms',
  },
  // Google renamed Google My Business "Google Business Profile" (November 2021): a local listings dashboard's icon button names it in its tooltip.
  {
    id: 'd18-title-google-my-business-to-business-profile',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="listings"><h1>Harbour Supplies · 14 Harbour Row</h1><p>Listings in sync: 3 of 3</p><div class="listing-actions"><button type="button" class="gmb" title="${v('Open in Google My Business', 'Open in Google Business Profile')}" ${DONE}><img src="${GIF}" alt="" width="20" height="20"></button><button type="button" class="abc" title="Open in Apple Business Connect" ${WRITES('apple')}><img src="${GIF}" alt="" width="20" height="20"></button><button type="button" class="fsq" title="Open in Foursquare for Business" ${WRITES('fsq')}><img src="${GIF}" alt="" width="20" height="20"></button></div>
<section><h2>Reviews</h2><p>4.7 average · 128 reviews</p><button type="button" title="${v('Reply on Google My Business', 'Reply on Google Business Profile')}" class="reply" ${WRITES('reply')}>Reply</button></section></main>${OUT}`,
    ),
    body: `await page.getByTitle('Open in Google My Business').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.gmb',
  },
  // Rhapsody renamed its US service Napster (June 2016): the web player's search box took the new name in its placeholder.
  {
    id: 'd18-placeholder-rhapsody-to-napster',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="player-top"><a href="#/" ${WRITES('logo')}>${v('Rhapsody', 'Napster')}</a><input type="search" name="q" aria-label="Search" placeholder="${v('Search Rhapsody', 'Search Napster')}"><a href="#/account" ${WRITES('account')}>Account</a></header>
<main><h1>My Music</h1><input type="search" name="library-filter" aria-label="Filter My Music" placeholder="Filter my music"><ul><li>Harbour Lights · Neap Tide</li><li>The Gauges · Low Water</li></ul><section><h2>${v('Rhapsody Radio', 'Napster Radio')}</h2><input type="text" name="station" aria-label="Create a station" placeholder="Start a station from an artist"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Rhapsody').fill('harbour lights');\n  await expect(page.locator('input[name="q"]')).toHaveValue('harbour lights');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Target renamed its RedCard "Target Circle Card" (April 2024): the receipt lookup form's card label took the new name; the Target Circle member field was already there.
  {
    id: 'd18-label-target-redcard-to-circle-card',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Target" width="40" height="40"></a><nav aria-label="Account"><a href="#/orders">Orders</a><a href="#/circle">Target Circle</a></nav></header>
<main><h1>Find a store receipt</h1><form class="receipt-lookup"><label for="card-number">${v('Target RedCard number', 'Target Circle Card number')}</label><input id="card-number" name="card"><label for="member-id">Target Circle member ID</label><input id="member-id" name="member"><label for="visit-date">Date of visit</label><input id="visit-date" name="date" type="date"><button type="button">Find receipts</button></form>
<p>${v('Save 5% every day with your Target RedCard.', 'Save 5% every day with your Target Circle Card.')}</p></main>`,
    ),
    body: `await page.getByLabel('Target RedCard number').fill('4410 2231');\n  await expect(page.locator('#card-number')).toHaveValue('4410 2231');`,
    expect: 'heal',
    target: '#card-number',
  },
  // Nordstrom replaced Nordstrom Fashion Rewards with The Nordy Club (May 2019): the account page's programme line took the new name; Nordstrom Notes stay.
  {
    id: 'd18-text-nordstrom-fashion-rewards-to-nordy-club',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/">NORDSTROM</a><nav aria-label="Account"><a href="#/purchases">Purchases</a><a href="#/wallet">Wallet</a></nav></header>
<main><h1>Hi, Ada</h1><div class="rewards"><p class="program-name">${v('Nordstrom Fashion Rewards', 'The Nordy Club')}</p><p>${v('Level 2 · 2,140 points', 'Insider · 2,140 points')}</p><p>Nordstrom Notes: $20 available</p></div><div class="card"><p>Nordstrom Card</p><p>Not linked</p></div><a href="#/rewards/terms">${v('Fashion Rewards terms', 'Nordy Club terms')}</a></main>`,
    ),
    body: `await expect(page.getByText('Nordstrom Fashion Rewards', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '.program-name',
  },
];

const renamedTextMore: Drift[] = [
  // iOS 13's Health app (September 2019) replaced its Today tab with Summary and its Health Data tab with Browse; Medical ID moved off the tab bar.
  {
    id: 'd18-tab-apple-health-today-to-summary',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Today', DONE, true)}${tab('Health Data', WRITES('health-data'))}${tab('Sources', WRITES('sources'))}${tab('Medical ID', WRITES('medical-id'))}`,
        `${tab('Summary', DONE, true)}${tab('Browse', WRITES('browse'))}`,
      );
      return `<main class="health"><h1>${v('Today', 'Summary')}</h1><section><h2>Favorites</h2><p>Steps · 8,214 today</p><p>Walking + Running Distance · 6.1 km today</p></section><section><h2>Highlights</h2><p>You walked more today than you usually do.</p></section></main>
<nav aria-label="Health"><div role="tablist" aria-label="Sections" class="tab-bar">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Today' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Summary")',
  },
  // ITA Airways took over from Alitalia (October 15, 2021): a travel booking tool's airline picker lists the carrier under the new name.
  {
    id: 'd18-option-alitalia-to-ita-airways',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string) => `<li role="option" aria-selected="false" ${extra}>${label}</li>`;
      return `<main class="booking"><h1>Preferred airline</h1><p>Trip: Rome → Catania · 12 June</p><label id="airline-label">Airline</label><ul role="listbox" aria-labelledby="airline-label" class="airlines">${opt('Aegean Airlines', WRITES('aegean'))}${opt('Air Dolomiti', WRITES('dolomiti'))}${opt(v('Alitalia', 'ITA Airways'), DONE)}${opt('Austrian Airlines', WRITES('austrian'))}${opt('Iberia', WRITES('iberia'))}${opt('Lufthansa', WRITES('lufthansa'))}</ul>
<p>${v('Alitalia MilleMiglia numbers are added at check-in.', 'Volare numbers are added at check-in.')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Alitalia' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"]:has-text("ITA Airways")',
  },
  // Windows Defender Antivirus became Microsoft Defender Antivirus (2020): File Explorer's context menu says "Scan with Microsoft Defender...".
  {
    id: 'd18-menuitem-windows-defender-to-microsoft-defender',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main class="explorer"><h1>Downloads</h1><ul aria-label="Files"><li class="selected">tide-table-2024.zip</li><li>gauge-readings.csv</li></ul></main>
<div role="menu" aria-label="tide-table-2024.zip" class="context-menu">${item('Open', WRITES('open'))}${item('Extract All...', WRITES('extract'))}${item(v('Scan with Windows Defender...', 'Scan with Microsoft Defender...'), DONE)}${item('Share', WRITES('share'))}${item('Open with', WRITES('open-with'))}${item('Send to', WRITES('send-to'))}${item('Properties', WRITES('properties'))}</div>
<p class="status">${v('Windows Defender Security Center', 'Windows Security')}: no actions needed</p>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Scan with Windows Defender...' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:has-text("Scan with Microsoft Defender")',
  },
  // Best Buy replaced Reward Zone with My Best Buy (March 2014): the checkout's points checkbox took the new name.
  {
    id: 'd18-checkbox-best-buy-reward-zone-to-my-best-buy',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Best Buy" width="60" height="40"></a></header>
<main><h1>Checkout</h1><p>Harbour Tide Clock · $49.99 · Store pickup</p><form class="checkout-options"><label class="opt"><input type="checkbox" id="earn-points" name="earn"> ${v('Earn Reward Zone points on this order', 'Earn My Best Buy points on this order')}</label><label class="opt"><input type="checkbox" id="deals" name="deals"> Email me Best Buy deals</label><label class="opt"><input type="checkbox" id="gift" name="gift"> This order is a gift</label><button type="button">Place your order</button></form>
<p>${v('Reward Zone certificates can be applied on the next step.', 'My Best Buy certificates can be applied on the next step.')}</p></main>`,
    ),
    body: `await page.getByRole('checkbox', { name: 'Earn Reward Zone points' }).check();\n  await expect(page.locator('#earn-points')).toBeChecked();`,
    expect: 'heal',
    target: '#earn-points',
  },
  // ASICS bought Runkeeper (2016) and renamed the app ASICS Runkeeper: a training site's connected-apps links name it anew.
  {
    id: 'd18-link-runkeeper-to-asics-runkeeper',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="connections"><h1>Connected apps</h1><p>Import runs automatically.</p><nav aria-label="Apps" class="apps"><a href="#/connect/suunto" ${WRITES('suunto')}>Suunto</a><a href="#/connect/runkeeper" class="runkeeper" ${DONE}>${v('Runkeeper', 'ASICS Runkeeper')}</a><a href="#/connect/polar" ${WRITES('polar')}>Polar Flow</a></nav>
<section><h2>Coaching plans</h2><a href="#/plans/runkeeper-go" ${WRITES('go')}>${v('Runkeeper Go plans', 'ASICS Runkeeper Go plans')}</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Runkeeper', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.runkeeper',
  },
  // UPS renamed UPS SurePost "UPS Ground Saver" (January 2024): a shop's shipping options list the radio under the new name.
  {
    id: 'd18-radio-ups-surepost-to-ground-saver',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (id: string, label: string, price: string) => `<label class="ship-option"><input type="radio" name="ship" id="${id}"> ${label} <span class="price">${price}</span></label>`;
      return `<main class="checkout"><h1>Delivery</h1><p>Ship to: 14 Harbour Row, Portland, ME</p><fieldset><legend>Shipping method</legend>${opt('ship-saver', v('UPS SurePost (2-7 business days)', 'UPS Ground Saver (2-7 business days)'), '$6.49')}${opt('ship-ground', 'UPS Ground (1-5 business days)', '$9.99')}${opt('ship-3day', 'UPS 3 Day Select', '$14.20')}${opt('ship-2day', 'UPS 2nd Day Air', '$21.00')}</fieldset><button type="button">Continue to payment</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: /UPS SurePost/ }).check();\n  await expect(page.locator('#ship-saver')).toBeChecked();`,
    expect: 'heal',
    target: '#ship-saver',
  },
];

const chains: Drift[] = [
  // Microsoft shut Wunderlist (May 2020) for Microsoft To Do: a calendar app's task integrations show the card under the new name (page object, the scope step drifts).
  {
    id: 'd18-chain-po-wunderlist-to-microsoft-to-do',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="integration"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Connect</button></section>`;
      return `<nav aria-label="Settings"><a href="#/general" ${WRITES('general')}>General</a><a href="#/calendars" ${WRITES('calendars')}>Calendars</a><a href="#/tasks" ${WRITES('tasks')}>Tasks</a></nav>
<main><h1>Task integrations</h1><p>Show your to-dos next to your events.</p><div class="integrations">${card('Google Tasks', 'Connected', WRITES('google-tasks'))}${card(v('Wunderlist', 'Microsoft To Do'), 'Not connected', DONE)}${card('Things', 'Not connected', WRITES('things'))}</div>${v('', '<p class="notice">Wunderlist lists were imported into Microsoft To Do.</p>')}</main>${OUT}`;
    }),
    imports: `import { TaskIntegrationsPage } from './task-integrations-page';`,
    files: {
      'task-integrations-page.ts': `import type { Page } from '@playwright/test';

export class TaskIntegrationsPage {
  constructor(readonly page: Page) {}

  async connectTaskList() {
    await this.page
      .getByRole('region', { name: 'Wunderlist' })
      .getByRole('button', { name: 'Connect' })
      .click();
  }

  async connectThings() {
    await this.page
      .getByRole('region', { name: 'Things' })
      .getByRole('button', { name: 'Connect' })
      .click();
  }
}
`,
    },
    body: `await new TaskIntegrationsPage(page).connectTaskList();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Microsoft To Do"] button',
  },
  // US Airways Dividend Miles merged into American Airlines AAdvantage (March 2015): a travel profile's loyalty table renamed the row (page object, the filter step drifts).
  {
    id: 'd18-chain-po-us-airways-dividend-miles-to-aadvantage',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (programme: string, number: string, extra: string) => `<tr><td>${programme}</td><td>${number}</td><td><button type="button" ${extra}>Edit</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>Trip Desk</a><nav aria-label="Profile"><a href="#/profile" ${WRITES('profile')}>Profile</a><a href="#/loyalty" ${WRITES('loyalty')}>Loyalty programmes</a></nav></header>
<main><h1>Loyalty programmes</h1><table aria-label="Frequent flyer numbers"><tr><th>Programme</th><th>Number</th><th></th></tr>${row(v('US Airways Dividend Miles', 'American Airlines AAdvantage'), '4KX 2231', DONE)}${row('Alaska Airlines Mileage Plan', '88 410 907', WRITES('alaska'))}${row('JetBlue TrueBlue', '3 001 552', WRITES('jetblue'))}</table>${v('', '<p class="notice">Dividend Miles numbers were moved to AAdvantage.</p>')}</main>${OUT}`;
    }),
    imports: `import { LoyaltyPage } from './loyalty-page';`,
    files: {
      'loyalty-page.ts': `import type { Page } from '@playwright/test';

export class LoyaltyPage {
  constructor(readonly page: Page) {}

  async editEastCoastProgramme() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'US Airways Dividend Miles' })
      .getByRole('button', { name: 'Edit' })
      .click();
  }

  async editWestCoastProgramme() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Mileage Plan' })
      .getByRole('button', { name: 'Edit' })
      .click();
  }
}
`,
    },
    body: `await new LoyaltyPage(page).editEastCoastProgramme();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("American Airlines AAdvantage")) button',
  },
  // TD Ameritrade accounts moved to Charles Schwab (2023): a tax app's brokerage import names the account's broker anew in its select label (page object, the last step, a combobox, drifts).
  {
    id: 'd18-chain-po-td-ameritrade-to-schwab-combobox',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/">Harbour Tax</a><nav aria-label="Return"><a href="#/income">Income</a><a href="#/deductions">Deductions</a></nav></header>
<main><h1>Investment income</h1><section aria-label="Brokerage import" class="import"><h2>Import brokerage statements</h2><label for="broker-account">${v('TD Ameritrade account', 'Schwab brokerage account')}</label><select id="broker-account" name="broker"><option value="">Choose…</option><option value="ind-4410">Individual ••4410</option><option value="ira-0907">Roth IRA ••0907</option></select>
<label for="etrade-account">E*TRADE account</label><select id="etrade-account" name="etrade"><option value="">Choose…</option><option value="ind-5512">Individual ••5512</option></select><button type="button">Import</button></section>
<section aria-label="Bank interest" class="interest"><h2>Bank interest</h2><label for="bank-account">Schwab Bank checking account</label><select id="bank-account" name="bank"><option value="">Choose…</option><option value="chk-2231">Checking ••2231</option></select></section></main>`,
    ),
    imports: `import { InvestmentIncomePage } from './investment-income-page';`,
    files: {
      'investment-income-page.ts': `import type { Page } from '@playwright/test';

export class InvestmentIncomePage {
  constructor(readonly page: Page) {}

  async chooseBrokerageAccount(value: string) {
    await this.page
      .getByRole('region', { name: 'Brokerage import' })
      .getByRole('combobox', { name: 'TD Ameritrade account' })
      .selectOption(value);
  }

  async chooseETradeAccount(value: string) {
    await this.page
      .getByRole('region', { name: 'Brokerage import' })
      .getByRole('combobox', { name: 'E*TRADE account' })
      .selectOption(value);
  }
}
`,
    },
    body: `await new InvestmentIncomePage(page).chooseBrokerageAccount('ira-0907');\n  await expect(page.locator('#broker-account')).toHaveValue('ira-0907');`,
    expect: 'heal',
    target: '#broker-account',
  },
  // IBM sold Notes to HCL, which renamed it HCL Notes (2019): a mail-migration tool's client logos took the new name (page object, the filter step, written with `has:`, drifts).
  {
    id: 'd18-chain-po-ibm-notes-to-hcl-notes',
    kind: 'multi-line chain',
    ...both((v) => {
      const client = (name: string, text: string, extra: string) => `<div class="client"><img src="${GIF}" alt="${name}" width="48" height="48"><p>${text}</p><button type="button" ${extra}>Set up</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Mail Mover</a></header>
<main><h1>Choose your source mail client</h1><div class="clients">${client(v('IBM Notes', 'HCL Notes'), 'NSF databases, folders and calendars', DONE)}${client(v('IBM Verse', 'HCL Verse'), 'Cloud mailboxes', WRITES('verse'))}${client('Apple Mail', 'Local mailboxes', WRITES('apple-mail'))}</div><p>${v('IBM Notes', 'HCL Notes')} 9 and later are supported.</p></main>${OUT}`;
    }),
    imports: `import { SourceClientPage } from './source-client-page';`,
    files: {
      'source-client-page.ts': `import type { Page } from '@playwright/test';

export class SourceClientPage {
  constructor(readonly page: Page) {}

  async setUpNotes() {
    await this.page
      .locator('.client')
      .filter({ has: this.page.getByAltText('IBM Notes') })
      .getByRole('button', { name: 'Set up' })
      .click();
  }

  async setUpAppleMail() {
    await this.page
      .locator('.client')
      .filter({ has: this.page.getByAltText('Apple Mail') })
      .getByRole('button', { name: 'Set up' })
      .click();
  }
}
`,
    },
    body: `await new SourceClientPage(page).setUpNotes();\n  ${CHECK}`,
    expect: 'heal',
    target: '.client:has(img[alt="HCL Notes"]) button',
  },
  // LAN Airlines and TAM became LATAM Airlines (May 2016): an alliance partner list names the carrier anew (page object, the last step drifts); LANPASS became LATAM Pass.
  {
    id: 'd18-chain-po-lan-to-latam',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/partners/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Harbour Travel</a><input type="search" aria-label="Destination" placeholder="Where to?"></header>
<main><h1>Partner airlines</h1><p>Earn and spend on partner flights.</p><nav aria-label="Partner airlines" class="partners"><ul>${link('Aerolíneas Argentinas', WRITES('aerolineas'))}${link('Avianca', WRITES('avianca'))}${link(v('LAN Airlines', 'LATAM Airlines'), DONE)}${link('Copa Airlines', WRITES('copa'))}</ul></nav><p><a href="#/loyalty/pass" ${WRITES('pass')}>${v('LANPASS', 'LATAM Pass')}</a> members earn on every flight.</p></main>${OUT}`;
    }),
    imports: `import { PartnersPage } from './partners-page';`,
    files: {
      'partners-page.ts': `import type { Page } from '@playwright/test';

export class PartnersPage {
  constructor(readonly page: Page) {}

  async openChileanCarrier() {
    await this.page
      .getByRole('navigation', { name: 'Partner airlines' })
      .getByRole('link', { name: 'LAN Airlines' })
      .click();
  }

  async openPanamanianCarrier() {
    await this.page
      .getByRole('navigation', { name: 'Partner airlines' })
      .getByRole('link', { name: 'Copa Airlines' })
      .click();
  }
}
`,
    },
    body: `await new PartnersPage(page).openChileanCarrier();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Partner airlines"] a[href="#/partners/latam-airlines"]',
  },
];

const chainsMore: Drift[] = [
  // Atlassian launched Stride as HipChat's successor (September 2017): a status page's notification channels show the card under the new name (the scope step drifts).
  {
    id: 'd18-chain-hipchat-to-stride',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<section aria-label="${name}" class="channel"><h2>${name}</h2><p>${text}</p><button type="button" ${extra}>Send test message</button></section>`;
      return `<nav aria-label="Settings"><a href="#/components" ${WRITES('components')}>Components</a><a href="#/notifications" ${WRITES('notifications')}>Notifications</a></nav>
<main><h1>Notification channels</h1><p>Tell the team when a component changes state.</p>${card('Email', 'ops@harbour.example', WRITES('email'))}${card(v('HipChat', 'Stride'), 'Room: Harbour Ops', DONE)}${card('Webhook', 'https://hooks.harbour.example/status', WRITES('webhook'))}</main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'HipChat' })\n    .getByRole('button', { name: 'Send test message' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Stride"] button',
  },
  // StumbleUpon closed and moved its users to Mix (June 2018): a blog's share bar swapped the link (the last step drifts).
  {
    id: 'd18-chain-stumbleupon-to-mix',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main><article><h1>Spring tides this weekend</h1><p>The Dover gauge reads 6.9 m at 11:42.</p></article>
<nav aria-label="Share" class="share-bar"><a href="#/share/email" ${WRITES('email')}>Email</a><a href="#/share/digg" ${WRITES('digg')}>Digg</a><a href="#/share/${v('stumbleupon', 'mix')}" class="share-${v('stumbleupon', 'mix')}" ${DONE}>${v('StumbleUpon', 'Mix')}</a><a href="#/share/copy" ${WRITES('copy')}>Copy link</a></nav>
<aside><h2>More from the harbour</h2><a href="#/posts/mixed-tides" ${WRITES('mixed-tides')}>Mixed tides explained</a></aside></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Share' })\n    .getByRole('link', { name: 'StumbleUpon' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Share"] a.share-mix',
  },
  // Google Domains' registrations moved to Squarespace Domains (2023): a hosting panel's DNS card names the registrar anew (the last step of an expect chain drifts).
  {
    id: 'd18-chain-google-domains-to-squarespace-domains',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/">Harbour Hosting</a><nav aria-label="Main"><a href="#/sites">Sites</a><a href="#/domains">Domains</a></nav></header>
<main><h1>harbour-supplies.example</h1><section data-testid="dns-provider" class="dns"><h2>Registrar</h2><p class="provider-name">${v('Google Domains', 'Squarespace Domains')}</p><p>Nameservers: ns1.harbour-hosting.example, ns2.harbour-hosting.example</p></section>
<section data-testid="domain-history"><h2>History</h2><ul><li>2019 · Registered</li><li>2022 · Renewed for 2 years</li></ul></section><p>${v('Manage DNS at your registrar.', 'Your domain moved registrars; DNS is unchanged.')}</p></main>`,
    ),
    body: `await expect(\n    page\n      .getByTestId('dns-provider')\n      .getByText('Google Domains'),\n  ).toBeVisible();`,
    expect: 'heal',
    target: '[data-testid="dns-provider"] .provider-name',
  },
  // AirTran A+ Rewards members moved to Southwest Rapid Rewards (2012-14): an expense tool's loyalty cards show the programme under the new name (the filter step, written with `has:`, drifts).
  {
    id: 'd18-chain-filter-airtran-to-southwest',
    kind: 'multi-line chain',
    ...both((v) => {
      const programme = (name: string, text: string, extra: string) => `<div class="program"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Link account</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Expenses</a><p>Ada Lovelace</p></header>
<main><h1>Travel rewards</h1><div class="programs">${programme('JetBlue TrueBlue', 'Not linked', WRITES('trueblue'))}${programme(v('AirTran A+ Rewards', 'Southwest Rapid Rewards'), 'Not linked', DONE)}${programme('Spirit Free Spirit', 'Not linked', WRITES('free-spirit'))}</div><p>${v('A+ Rewards credits', 'Rapid Rewards points')} post after each trip.</p></main>${OUT}`;
    }),
    body: `await page\n    .locator('.program')\n    .filter({ has: page.getByRole('heading', { name: 'AirTran A+ Rewards' }) })\n    .getByRole('button', { name: 'Link account' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.program:has(h3:text-is("Southwest Rapid Rewards")) button',
  },
  // Cingular Wireless became AT&T (2007; the company AT&T Mobility): an online bank's bill-pay list renamed the payee; AT&T U-verse sits beside it (the filter step drifts).
  {
    id: 'd18-chain-filter-cingular-to-att-mobility',
    kind: 'multi-line chain',
    ...both((v) => {
      const payee = (name: string, due: string, extra: string) => `<li><strong>${name}</strong><span>${due}</span><button type="button" ${extra}>Pay</button></li>`;
      return `<main><h1>Bill pay</h1><p>Payments sent by 4 p.m. arrive the next business day.</p><ul class="payees">${payee(v('Cingular Wireless', 'AT&amp;T Mobility'), 'Due 12 June · $84.20', DONE)}${payee('AT&amp;T U-verse', 'Due 18 June · $59.00', WRITES('uverse'))}${payee('Harbour Water Co.', 'Due 21 June · $31.40', WRITES('water'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Cingular Wireless' })\n    .getByRole('button', { name: 'Pay' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li:has-text("AT&T Mobility") button',
  },
];

const others: Drift[] = [
  // Chosen 1.0 (2013) renamed its `chzn` prefix `chosen`: the widget built for `<select id="country">` is `#country_chosen` with `.chosen-single`, not `#country_chzn` with `.chzn-single`.
  {
    id: 'd18-id-chosen-1-chzn-to-chosen',
    kind: 'id',
    ...both((v) => {
      const p = v('chzn', 'chosen');
      const widget = (id: string, value: string, extra: string) => `<select id="${id}" name="${id}" style="display: none;"><option>${value}</option></select><div id="${id}_${p}" class="${p}-container ${p}-container-single" style="width: 220px;"><a class="${p}-single" tabindex="-1" ${extra}><span>${value}</span><div><b></b></div></a><div class="${p}-drop"><div class="${p}-search"><input type="text" autocomplete="off"></div><ul class="${p}-results"></ul></div></div>`;
      return `<main class="checkout"><h1>Shipping address</h1><form><label for="street">Street</label><input id="street" name="street" value="14 Harbour Row"><label>Country</label>${widget('country', 'United Kingdom', DONE)}<label>County</label>${widget('county', 'Kent', WRITES('county'))}<label>Delivery slot</label>${widget('slot', 'Morning', WRITES('slot'))}</form></main>${OUT}`;
    }),
    body: `await page.locator('#country_chzn a.chzn-single').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#country_chosen a.chosen-single',
  },
  // Video.js 5 (2015) rendered its control bar as `<button>` elements where Video.js 4 used `<div role="button">`: an XPath on the div finds nothing.
  {
    id: 'd18-xpath-videojs5-play-control-button',
    kind: 'xpath',
    ...both((v) => {
      const control = (cls: string, text: string, extra: string) => v(
        `<div class="${cls} vjs-control" role="button" aria-live="polite" tabindex="0" ${extra}><div class="vjs-control-content"><span class="vjs-control-text">${text}</span></div></div>`,
        `<button class="${cls} vjs-control vjs-button" type="button" aria-live="polite" title="${text}" ${extra}><span class="vjs-control-text">${text}</span></button>`,
      );
      const big = v(`<div class="vjs-big-play-button" role="button" aria-live="polite" tabindex="0" ${WRITES('big-play')}><span aria-hidden="true"></span></div>`, `<button class="vjs-big-play-button" type="button" aria-live="polite" title="Play Video" ${WRITES('big-play')}><span class="vjs-control-text">Play Video</span></button>`);
      return `<main><h1>Spring tide at Dover</h1><div class="video-js vjs-default-skin vjs-paused" style="width: 320px;"><video width="320" height="180"></video>${big}<div class="vjs-control-bar">${control('vjs-play-control vjs-paused', 'Play', DONE)}<div class="vjs-current-time vjs-time-controls vjs-control"><span class="vjs-current-time-display">0:00</span></div>${control('vjs-mute-control', 'Mute', WRITES('mute'))}${control('vjs-fullscreen-control', 'Fullscreen', WRITES('fullscreen'))}</div></div><p>Filmed from the harbour wall.</p></main>${OUT}`;
    }),
    body: `await page.locator('//div[contains(@class, "vjs-play-control")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.vjs-play-control',
  },
  // OneTrust replaced its older Optanon banner with the banner SDK: `button.optanon-allow-all` became `#onetrust-accept-btn-handler`.
  {
    id: 'd18-css-onetrust-optanon-to-banner-sdk',
    kind: 'css class',
    ...both(
      (v) => `<main><h1>Harbour Supplies</h1><p>Tide clocks, barometers and charts.</p><button type="button" class="add-to-basket" ${WRITES('basket')}>Add to basket</button></main>
${v(
  `<div class="optanon-alert-box-wrapper" role="dialog" aria-label="Cookie Notice"><div class="optanon-alert-box-body"><p class="optanon-alert-box-title">Cookie Notice</p><p>We use cookies to improve your experience.</p></div><div class="optanon-alert-box-button-container"><div class="optanon-alert-box-button optanon-button-more"><button type="button" class="optanon-toggle-display cookie-settings-button" ${WRITES('settings')}>Cookie Settings</button></div><div class="optanon-alert-box-button optanon-button-allow"><button type="button" class="optanon-allow-all accept-cookies-button" ${DONE}>Accept Cookies</button></div></div><button type="button" class="optanon-alert-box-close banner-close-button" aria-label="Close" ${WRITES('close')}>×</button></div>`,
  `<div id="onetrust-banner-sdk" class="otFlat" role="dialog" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to improve your experience.</p></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button type="button" id="onetrust-pc-btn-handler" ${WRITES('settings')}>Cookies Settings</button><button type="button" id="onetrust-reject-all-handler" ${WRITES('reject')}>Reject All</button><button type="button" id="onetrust-accept-btn-handler" ${DONE}>Accept All Cookies</button></div></div><button type="button" class="onetrust-close-btn-handler banner-close-button" aria-label="Close" ${WRITES('close')}>×</button></div>`,
)}${OUT}`,
    ),
    body: `await page.locator('button.optanon-allow-all').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#onetrust-accept-btn-handler',
  },
  // Ionicons 5 (2020) dropped the `md-` / `ios-` name prefixes and added `-outline` / `-sharp` variants: `ion-icon[name="md-trash"]` finds nothing after the upgrade.
  {
    id: 'd18-css-ionicons5-icon-names',
    kind: 'css class',
    ...both((v) => {
      const button = (label: string, oldName: string, newName: string, extra: string) => `<button type="button" class="item-action" aria-label="${label}" ${extra}><ion-icon name="${v(oldName, newName)}" role="img" class="md hydrated"></ion-icon></button>`;
      return `<main class="inbox"><h1>Tide alerts</h1><ul><li class="alert-item"><p>Spring tide · Dover · 6.9 m</p><div class="item-actions">${button('Edit', 'md-create', 'create-outline', WRITES('edit'))}${button('Archive', 'md-archive', 'archive-outline', WRITES('archive'))}${button('Delete', 'md-trash', 'trash-outline', DONE)}${button('Share', 'md-share', 'share-social-outline', WRITES('share'))}</div></li></ul><footer><button type="button" aria-label="Empty bin" class="empty" ${WRITES('empty')}><ion-icon name="${v('md-filing', 'file-tray-outline')}" role="img" class="md hydrated"></ion-icon></button></footer></main>${OUT}`;
    }),
    body: `await page.locator('button:has(ion-icon[name="md-trash"])').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button:has(ion-icon[name="trash-outline"])',
  },
  // The Temporal UI replaced `data-cy` with `data-testid` (temporalio/ui pull request 1131, February 2023); the values here are this page's.
  {
    id: 'd18-testid-temporal-ui-data-cy-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-cy', 'data-testid')}="${value}"`;
      return `<main class="workflow"><header ${t('workflow-header')}><h1 ${t('workflow-id')}>tide-sync-2024-06-12</h1><p>Run ID: 7c1e-44a0</p><span class="badge" ${t('workflow-status')}>Running</span><button type="button" ${t('terminate-button')}>Terminate</button></header>
<table aria-label="Event history" ${t('event-history')}><tr ${t('event-row')}><td>1</td><td>WorkflowExecutionStarted</td><td ${t('event-status')}>Completed</td></tr><tr ${t('event-row')}><td>2</td><td>ActivityTaskScheduled</td><td ${t('event-status')}>Running</td></tr></table></main>`;
    }),
    body: `await expect(page.locator('[data-cy="workflow-status"]')).toHaveText('Running');`,
    expect: 'heal',
    target: '[data-testid="workflow-status"]',
  },
  // Talend UI used `data-testid` instead of `data-test` (Talend/ui pull request 4435, November 2022); the values here are this page's.
  {
    id: 'd18-testid-talend-ui-data-test-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-test', 'data-testid')}="${value}"`;
      return `<header class="subheader" ${t('subheader')}><h1 ${t('subheader.title')}>harbour_gauges</h1><div class="actions"><button type="button" ${t('dataset.action.share')} ${WRITES('share')}>Share</button><button type="button" ${t('dataset.action.export')} ${DONE}>Export</button><button type="button" ${t('dataset.action.delete')} ${WRITES('delete')}>Delete</button></div></header>
<main><table aria-label="Preview" ${t('dataset.preview')}><tr><th>gauge</th><th>height_m</th></tr><tr><td>Dover</td><td>6.9</td></tr></table><button type="button" ${t('dataset.preview.export')} ${WRITES('export-preview')}>Export preview</button></main>${OUT}`;
    }),
    body: `await page.locator('[data-test="dataset.action.export"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="dataset.action.export"]',
  },
];

const refuse: Drift[] = [
  // Microsoft retired Internet Explorer 11 (June 15, 2022): the "open with" chooser lost it; Edge stays, and Edge's "Internet Explorer mode" button shares its name.
  {
    id: 'd18-refuse-internet-explorer-retired',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, extra: string) => `<button type="button" class="app" ${extra}><img src="${GIF}" alt="" width="24" height="24">${label}</button>`;
      return `<div role="dialog" aria-label="How do you want to open this file?" class="open-with"><h1>How do you want to open this file?</h1><p>intranet-timesheet.html</p><div class="apps">${v(app('Internet Explorer', DONE), '')}${app('Microsoft Edge', WRITES('edge'))}${app('Word', WRITES('word'))}${app('Harbour HTML Editor', WRITES('editor'))}</div><label><input type="checkbox"> Always use this app to open .html files</label><button type="button" ${WRITES('ok')}>OK</button></div>
${v('', `<aside class="edge-tip"><p>Internet Explorer 11 has retired. Sites that need it can open in Microsoft Edge.</p><button type="button" ${WRITES('ie-mode')}>Reload in Internet Explorer mode</button></aside>`)}${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Internet Explorer', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // AOL shut down AIM (December 15, 2017): the portal's app links lost it; AOL Mail and the other links stay.
  {
    id: 'd18-refuse-aim-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>AOL</a><input type="search" aria-label="Search the web"><nav aria-label="AOL apps" class="apps"><ul>${link('Mail', WRITES('mail'))}${v(link('AIM', DONE), '')}${link('Weather', WRITES('weather'))}${link('News', WRITES('news'))}${link('Games', WRITES('games'))}</ul></nav></header>
<main><h1>Good morning, Ada</h1>${v('<p>3 buddies online</p>', '<p class="notice">AIM was discontinued on December 15, 2017. Thank you for being part of it.</p>')}<section><h2>AOL Mail</h2><p>2 new messages</p></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'AIM', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // iOS 12 (September 2018) made iBooks Apple Books: an Audiobooks tab sits where Top Charts was; the charts moved inside the Book Store tab, which is not open.
  {
    id: 'd18-refuse-ibooks-top-charts-to-audiobooks',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('My Books', WRITES('my-books'), true)}${tab('Featured', WRITES('featured'))}${tab('Top Charts', DONE)}${tab('Search', WRITES('search'))}${tab('Purchased', WRITES('purchased'))}`,
        `${tab('Reading Now', WRITES('reading-now'), true)}${tab('Library', WRITES('library'))}${tab('Book Store', WRITES('book-store'))}${tab('Audiobooks', WRITES('audiobooks'))}${tab('Search', WRITES('search'))}`,
      );
      return `<main class="books"><h1>${v('My Books', 'Reading Now')}</h1><ul><li>Tides and Their Measurement · 42%</li><li>The Harbour Pilot · 7%</li></ul>${v('', '<p>Want to Read: 3 books</p>')}</main>
<nav aria-label="${v('iBooks', 'Books')}"><div role="tablist" aria-label="Sections" class="tab-bar">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Top Charts' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account already follows the profile (fixture change): Bluesky's button says "Following" where "Follow" was, and clicking it unfollows.
  {
    id: 'd18-refuse-bluesky-follow-now-following',
    kind: 'refuse',
    ...both(
      (v) => `<main class="profile"><img src="${GIF}" alt="Harbour Lights avatar" width="80" height="80"><h1>Harbour Lights</h1><p>@harbourlights.example</p><p><a href="#/followers" ${WRITES('followers')}>1,204 followers</a> · <a href="#/follows" ${WRITES('follows')}>88 following</a></p>
<div class="profile-actions"><button type="button" class="follow-btn" ${v(DONE, WRITES('unfollow'))}>${v('Follow', 'Following')}</button><button type="button" aria-label="Message" ${WRITES('message')}>✉</button><button type="button" aria-label="More options" ${WRITES('more')}>…</button></div>${v('', '<p class="badge">Follows you</p>')}<section><h2>Posts</h2><p>Neap tide today, gauges steady.</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Follow' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The book is already on the seeded wishlist (fixture change): Kobo's button says "Remove from Wishlist" where "Add to Wishlist" was.
  {
    id: 'd18-refuse-kobo-add-to-wishlist-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main class="book"><img src="${GIF}" alt="The Harbour Pilot cover" width="90" height="140"><h1>The Harbour Pilot</h1><p>by Ada Lovelace · eBook · $9.99</p><div class="actions"><button type="button" class="buy" ${WRITES('buy')}>Buy Now</button><button type="button" class="wishlist" ${v(DONE, WRITES('unwishlist'))}>${v('Add to Wishlist', 'Remove from Wishlist')}</button><button type="button" ${WRITES('preview')}>Preview Now</button><button type="button" ${WRITES('gift')}>Add to Gift List</button></div>
<section><h2>Synopsis</h2><p>A pilot's year on the harbour.</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to Wishlist' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Crunchyroll raised Mega Fan from $9.99 to $11.99 and Ultimate Fan from $14.99 to $15.99 (2024); Fan stays $7.99. The price the test checks must fail it.
  {
    id: 'd18-refuse-crunchyroll-mega-fan-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Choose your plan</h1><p>Stream thousands of episodes, ad-free.</p><div class="plans"><section class="plan"><h2>Fan</h2><p class="price">$7.99 USD/mo</p><p>Ad-free · 1 stream</p><button type="button">Start free trial</button></section><section class="plan"><h2>Mega Fan</h2><p class="price">${v('$9.99 USD/mo', '$11.99 USD/mo')}</p><p>Ad-free · 4 streams · offline viewing</p><button type="button">Start free trial</button></section>
<section class="plan"><h2>Ultimate Fan</h2><p class="price">${v('$14.99 USD/mo', '$15.99 USD/mo')}</p><p>Ad-free · 6 streams · offline viewing</p><button type="button">Start free trial</button></section></div></main>`,
    ),
    body: `await expect(page.getByText('$9.99 USD/mo', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Linux Mint 22 "Wilma" (July 2024) replaced 21.3 "Virginia" as the latest release: the download page's edition link names another release.
  {
    id: 'd18-refuse-linux-mint-22-replaces-21-3',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Linux Mint" width="90" height="30"></a><nav aria-label="Main"><a href="#/download">Download</a><a href="#/blog">Blog</a><a href="#/forums">Forums</a></nav></header>
<main><h1>Download Linux Mint</h1><section class="editions"><a href="#/edition/cinnamon" class="edition">${v('Linux Mint 21.3 "Virginia" - Cinnamon Edition', 'Linux Mint 22 "Wilma" - Cinnamon Edition')}</a><a href="#/edition/xfce" class="edition">${v('Linux Mint 21.3 "Virginia" - Xfce Edition', 'Linux Mint 22 "Wilma" - Xfce Edition')}</a></section>
<section><h2>Other releases</h2><p>${v('Linux Mint 21.2 is supported until 2027.', 'Linux Mint 21.3 remains supported until 2027.')}</p></section></main>`,
    ),
    body: `await expect(page.getByRole('link', { name: /Linux Mint 21\\.3 "Virginia" - Cinnamon/ })).toBeVisible();`,
    expect: 'refuse',
  },
  // A broken commit landed (fixture change): AppVeyor's project page shows the latest build failed; the previous builds still read passed.
  {
    id: 'd18-refuse-appveyor-build-failed',
    kind: 'refuse',
    ...both((v) => {
      const build = (n: string, msg: string, status: string) => `<tr><td>${n}</td><td>${msg}</td><td class="status">${status}</td></tr>`;
      return `<header><a href="#/">AppVeyor</a><nav aria-label="Main"><a href="#/projects">Projects</a><a href="#/environments">Environments</a></nav></header>
<main><h1>harbour-tide-app</h1><section id="latest-build" class="latest"><h2>Latest build</h2><p class="build-number">${v('1.0.212', '1.0.213')}</p><p class="status">${v('Passed', 'Failed')}</p><p>${v('Bump gauge parser', 'Read tide table from new path')}</p></section>
<table aria-label="History">${build('1.0.211', 'Fix Dover offsets', 'Passed')}${build('1.0.210', 'Update readme', 'Passed')}</table></main>`;
    }),
    body: `await expect(page.locator('#latest-build .status')).toHaveText('Passed');`,
    expect: 'refuse',
  },
  // The watch synced other activities since (fixture change): Garmin Connect's activity list no longer shows the run the test opens; others sit in its place.
  {
    id: 'd18-refuse-garmin-connect-different-activity',
    kind: 'refuse',
    ...both((v) => {
      const act = (name: string, when: string, dist: string, extra: string) => `<li><a href="#/activity/${slug(name)}" ${extra}>${name}</a><span>${when}</span><span>${dist}</span></li>`;
      const rows = v(
        `${act('Portland Running', 'Today 07:02', '8.12 km', DONE)}${act('Portland Cycling', 'Yesterday', '24.6 km', WRITES('cycling'))}`,
        `${act('Falmouth Running', 'Today 06:48', '6.40 km', WRITES('falmouth'))}${act('Portland Cycling', 'Yesterday', '24.6 km', WRITES('cycling'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Garmin Connect</a><a href="#/profile" ${WRITES('profile')}>Ada</a></header>
<main><h1>Activities</h1><ul aria-label="Activities">${rows}</ul><section><h2>This week</h2><p>3 activities · 39.1 km</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'Activities' })\n    .getByRole('link', { name: 'Portland Running' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Windows 11's new Notepad (2021) dropped the Format menu: Word wrap moved into the View menu, which is closed (page object).
  {
    id: 'd18-refuse-po-notepad-word-wrap-behind-view-menu',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitemcheckbox" aria-checked="false" ${extra}>${label}</button>`;
      const plain = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const top = v(
        `<div class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" aria-expanded="true" ${WRITES('format')}>Format</button><button type="button" ${WRITES('view')}>View</button><button type="button" ${WRITES('help')}>Help</button></div><div role="menu" aria-label="Format" class="format-menu">${item('Word Wrap', DONE)}${plain('Font...', WRITES('font'))}</div>`,
        `<div class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('view')}>View</button><button type="button" aria-label="Settings" ${WRITES('settings')}>⚙</button></div><div role="menu" aria-label="View" class="view-menu" hidden>${plain('Zoom', WRITES('zoom-hidden'))}${item('Status bar', WRITES('status-hidden'))}${item('Word wrap', WRITES('wrap-hidden'))}</div>`,
      );
      return `${top}<main class="editor"><textarea aria-label="Text editor">Dover 6.9 m at 11:42</textarea></main>${OUT}`;
    }),
    imports: `import { NotepadWindow } from './notepad-window';`,
    files: {
      'notepad-window.ts': `import type { Page } from '@playwright/test';

export class NotepadWindow {
  constructor(readonly page: Page) {}

  async toggleWordWrap() {
    await this.page
      .getByRole('menu', { name: 'Format' })
      .getByRole('menuitemcheckbox', { name: 'Word Wrap' })
      .click();
  }

  async openFontDialog() {
    await this.page
      .getByRole('menu', { name: 'Format' })
      .getByRole('menuitem', { name: 'Font...' })
      .click();
  }
}
`,
    },
    body: `await new NotepadWindow(page).toggleWordWrap();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Overwatch 2 (October 2022) required a phone number (SMS Protect) before play: the launcher shows the phone step where the Play button was.
  {
    id: 'd18-refuse-overwatch-2-sms-protect-required',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Battle.net</a><nav aria-label="Games"><a href="#/games/overwatch" ${WRITES('overwatch')}>Overwatch</a><a href="#/games/hearthstone" ${WRITES('hearthstone')}>Hearthstone</a></nav></header>
${v(
  `<main class="game"><h1>Overwatch</h1><p>Version 1.72 · Up to date</p><button type="button" class="play" ${DONE}>Play</button><button type="button" aria-label="Game settings" ${WRITES('game-settings')}>⚙</button><section><h2>News</h2><p>Season 35 is live.</p></section></main>`,
  `<main class="game"><h1>Overwatch 2</h1><div role="dialog" aria-label="SMS Protect" class="sms-protect"><h2>Add a phone number to play</h2><p>Overwatch 2 requires a phone number on your account (SMS Protect).</p><label for="phone">Phone number</label><input id="phone" name="phone" type="tel"><button type="button" ${WRITES('send-code')}>Send code</button><a href="#/help/sms-protect" ${WRITES('help')}>Why do I need this?</a></div><button type="button" aria-label="Game settings" ${WRITES('game-settings')}>⚙</button></main>`,
)}${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Play', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_18_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
