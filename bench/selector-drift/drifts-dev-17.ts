// Seventeenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a ride-hailing app's rebrand in its logo alt, a podcast app's follow button, a marketing
// automation product's page heading, a card wallet's name in a checkout tooltip, an operating system's
// taskbar search placeholder, a hotel group's sign-in label, a department store's rewards label, a music
// recognition app's tab, a courier's shipping radio, a bank's name in a select label, a chat client's tray
// menu entry, a pharmacy's loyalty checkbox and a font service's link) on alt, role, heading, title,
// placeholder, label, text=, tab, radio, combobox, menuitem, checkbox and link locators; Prettier-style
// multi-line chains in page objects and in the test body where the scope step, a filter (hasText or has:)
// or the last step drifts; library and app upgrades (MediaElement.js 4, Plyr 3, MathJax 3, Cookiebot's newer
// banner, DNB Eufemia's and the Electricity Maps app's test attribute) on class, XPath, id and test-id
// locators; and releases or fixture changes where any patch would be wrong (a feature retired while
// look-alikes stay, another feature put in a tab's old place, the same control now naming the opposite
// action, a price rise, a new stable release, a monitor gone down, a different record, a menu entry moved
// behind a closed menu, a new required verification step). Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find; refuse cases
// have none.
//
// Sources, case by case (the release or change each one models):
// d17-alt-taxify-to-bolt: Taxify renamed itself Bolt (March 2019).
// d17-button-apple-podcasts-subscribe-to-follow: Apple Podcasts (iOS 14.5, April 2021) replaced "Subscribe" with "Follow" as paid Apple Podcasts Subscriptions arrived.
// d17-heading-pardot-to-account-engagement: Salesforce renamed Pardot "Marketing Cloud Account Engagement" (April 2022).
// d17-title-masterpass-to-click-to-pay: Mastercard replaced Masterpass with Click to Pay (2020-21).
// d17-placeholder-windows-10-taskbar-search: the Windows 10 May 2019 Update (1903) separated Cortana from search: "Ask me anything" -> "Type here to search".
// d17-label-club-carlson-to-radisson-rewards: Club Carlson became Radisson Rewards (April 2018).
// d17-text-kohls-yes2you-to-kohls-rewards: Kohl's replaced Yes2You Rewards with Kohl's Rewards (2021).
// d17-tab-shazam-my-shazam-to-library: the Shazam app renamed its "My Shazam" tab "Library" (2018).
// d17-radio-fedex-smartpost-to-ground-economy: FedEx renamed FedEx SmartPost "FedEx Ground Economy" (2021).
// d17-combobox-ing-direct-to-capital-one-360: ING DIRECT (USA) became Capital One 360 (February 2013).
// d17-menuitem-lync-to-skype-for-business: Microsoft renamed Lync "Skype for Business" (April 2015).
// d17-checkbox-walgreens-balance-rewards-to-mywalgreens: Walgreens replaced Balance Rewards with myWalgreens (November 2021).
// d17-link-typekit-to-adobe-fonts: Adobe renamed Typekit "Adobe Fonts" (October 2018).
// d17-chain-po-humble-monthly-to-humble-choice: Humble Bundle replaced Humble Monthly with Humble Choice (December 2019).
// d17-chain-po-hockeyapp-to-app-center: Microsoft retired HockeyApp for Visual Studio App Center (November 2019).
// d17-chain-po-virgin-trains-to-avanti-west-coast: the West Coast franchise passed from Virgin Trains to Avanti West Coast (December 8, 2019).
// d17-chain-po-sncf-tgv-to-tgv-inoui: SNCF rebranded its classic TGV service "TGV inOui" (July 2017).
// d17-chain-po-withings-to-nokia-health: Nokia sold Withings' devices under its own name as Nokia Health (2017; Withings again from 2018).
// d17-chain-adobe-sign-to-acrobat-sign: Adobe renamed Adobe Sign "Adobe Acrobat Sign" (2021).
// d17-chain-barclays-cycle-hire-to-santander-cycles: London's Barclays Cycle Hire became Santander Cycles (April 2015).
// d17-chain-suntrust-to-truist-linked-account: SunTrust and BB&T merged as Truist (2019; SunTrust accounts converted in 2022).
// d17-chain-filter-ba-miles-to-avios: British Airways replaced BA Miles with Avios (November 2011).
// d17-chain-filter-dynamics-crm-to-dynamics-365: Microsoft Dynamics CRM Online became Dynamics 365 for Sales (November 2016).
// d17-css-mediaelement4-class-prefix: MediaElement.js 4.0 (2017) changed its class prefix from `mejs-` to `mejs__`.
// d17-css-plyr3-overlaid-play: Plyr 3 (2018) replaced `.plyr__play-large` with `.plyr__control.plyr__control--overlaid`.
// d17-xpath-mathjax3-display-container: MathJax 3 (2019) renders `<mjx-container display="true">` where v2 rendered `<div class="MathJax_Display">`.
// d17-id-cookiebot-allow-all: Cookiebot's newer banner template: `#CybotCookiebotDialogBodyButtonAccept` -> `#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll`.
// d17-testid-eufemia-icon-data-test-id-to-data-testid: DNB's Eufemia renamed its Icon's `data-test-id` to `data-testid` (dnbexperience/eufemia pull request 1583, September 2022).
// d17-testid-electricity-maps-data-test-id-to-data-testid: Electricity Maps renamed `data-test-id` to `data-testid` (electricitymaps/electricitymaps-contrib pull request 7514, December 2024).
// d17-refuse-google-podcasts-shut-down: Google shut down Google Podcasts (2024) and moved listeners to YouTube Music.
// d17-refuse-amazonsmile-shut-down: Amazon ended AmazonSmile (February 20, 2023).
// d17-refuse-ios13-app-store-updates-to-arcade: iOS 13's App Store (September 2019) put the Arcade tab where Updates was; updates moved to the account page.
// d17-refuse-trakt-add-to-watchlist-now-remove: fixture change (the show is already on the watchlist).
// d17-refuse-feedly-mark-as-read-now-keep-unread: fixture change (the article has been opened, so it is read).
// d17-refuse-apple-one-price-rise: Apple One rose from $16.95 to $19.95 (Individual) and $22.95 to $25.95 (Family) (October 25, 2023).
// d17-refuse-debian-12-replaces-11: Debian 12 "bookworm" (June 10, 2023) replaced Debian 11 as the stable release.
// d17-refuse-uptimerobot-monitor-down: fixture change (the monitored API returns 502).
// d17-refuse-lastfm-different-recent-track: fixture change (the account scrobbled other tracks since).
// d17-refuse-po-dolphin-configure-behind-hamburger-menu: KDE's Dolphin hid its menu bar by default; "Configure Dolphin..." sits in the closed hamburger menu.
// d17-refuse-ring-two-step-verification-required: Ring made two-step verification mandatory (February 2020).
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d17-title-masterpass-to-click-to-pay (the years, and that a checkout names the wallet only in a tooltip),
// d17-placeholder-windows-10-taskbar-search (the old box's exact placeholder), d17-label-club-carlson-to-radisson-rewards
// (the sign-in label), d17-text-kohls-yes2you-to-kohls-rewards (the year and the account summary's labels),
// d17-tab-shazam-my-shazam-to-library (the year and the other tabs), d17-radio-fedex-smartpost-to-ground-economy
// (the year and the delivery estimates), d17-combobox-ing-direct-to-capital-one-360 (the form is this page's; the
// account names are my recollection), d17-menuitem-lync-to-skype-for-business (the tray menu's entries),
// d17-chain-po-humble-monthly-to-humble-choice (the prices), d17-chain-po-withings-to-nokia-health (the device
// names), d17-chain-adobe-sign-to-acrobat-sign (the year), d17-chain-filter-dynamics-crm-to-dynamics-365 (the
// product's exact new name), d17-css-plyr3-overlaid-play (Plyr 2's control-bar markup),
// d17-id-cookiebot-allow-all (when the template changed, and the other buttons' ids),
// d17-testid-eufemia-icon-data-test-id-to-data-testid and d17-testid-electricity-maps-data-test-id-to-data-testid
// (the attribute moves are from the pull requests' titles; the values are this page's),
// d17-refuse-google-podcasts-shut-down (the month), d17-refuse-trakt-add-to-watchlist-now-remove and
// d17-refuse-feedly-mark-as-read-now-keep-unread (the buttons' labels), d17-refuse-po-dolphin-configure-behind-hamburger-menu
// (the release that hid the menu bar, and the menus' entries) and d17-refuse-ring-two-step-verification-required
// (the screen's wording).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first;
// "App Store" appears only as App Store Connect, Apple's developer portal, "Bolt" only in a T-shirt's name,
// "Skype" only in a Microsoft sign-in label and "Acrobat" only as a decoy app in a Creative Cloud list).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // Taxify renamed itself Bolt (March 2019): the rider site's header logo took the new name; the promo and the food app keep their own alts.
  {
    id: 'd17-alt-taxify-to-bolt',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="brand" ${DONE}><img src="${GIF}" alt="${v('Taxify', 'Bolt')}" width="100" height="32"></a><nav aria-label="Main"><a href="#/ride" ${WRITES('ride')}>Ride</a><a href="#/drive" ${WRITES('drive')}>${v('Drive with Taxify', 'Drive with Bolt')}</a><a href="#/business" ${WRITES('business')}>Business</a>${v('', `<a href="#/food" ${WRITES('food')}>Food</a>`)}</nav></header>
<main><h1>${v('Taxify', 'Bolt')} · rides in minutes</h1><section class="promo"><img src="${GIF}" alt="${v('Taxify driver', 'Bolt driver')}" width="64" height="64"><p>Earn on your own schedule.</p><a href="#/signup" ${WRITES('signup')}>Sign up to drive</a></section>
${v('', `<section><img src="${GIF}" alt="Bolt Food" width="64" height="64"><p>Food delivery from local restaurants.</p></section>`)}</main>${OUT}`,
    ),
    body: `await page.getByAltText('Taxify', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // Apple Podcasts (iOS 14.5, April 2021) renamed a show's free "Subscribe" button "Follow"; "Subscribe" now names the paid Apple Podcasts Subscriptions offer.
  {
    id: 'd17-button-apple-podcasts-subscribe-to-follow',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="show"><img src="${GIF}" alt="Harbour Notes artwork" width="120" height="120"><h1>Harbour Notes</h1><p>Tide charts, gauges and the people who read them.</p>
<div class="show-actions"><button type="button" class="${v('subscribe', 'follow')}" ${DONE}>${v('Subscribe', 'Follow')}</button>${v('', `<button type="button" class="paid" ${WRITES('paid')}>Subscribe · $2.99/mo</button>`)}<button type="button" aria-label="Share" ${WRITES('share')}>⤴</button></div>
<section><h2>Episodes</h2><ul><li>Neap Tide <button type="button" ${WRITES('play-1')}>Play</button></li><li>Low Water <button type="button" ${WRITES('play-2')}>Play</button></li></ul></section><section><h2>Ratings and Reviews</h2><p>4.8 out of 5</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Subscribe' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.follow',
  },
  // Salesforce renamed Pardot "Marketing Cloud Account Engagement" (April 2022): the app's home page title took the new name.
  {
    id: 'd17-heading-pardot-to-account-engagement',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="app-header"><span class="app-name">${v('Pardot', 'Account Engagement')}</span><nav aria-label="App"><a href="#/home">Home</a><a href="#/campaigns">Campaigns</a><a href="#/prospects">Prospects</a></nav></header>
<main><h1>${v('Pardot', 'Marketing Cloud Account Engagement')}</h1><section><h2>${v('Pardot Settings', 'Account Engagement Settings')}</h2><p>Business unit: Harbour Supplies</p></section><section><h2>Engagement Studio</h2><p>3 programs running</p></section><aside><h2>${v('Pardot Einstein', 'Einstein for Account Engagement')}</h2></aside></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Pardot', level: 1 })).toBeVisible();`,
    expect: 'heal',
    target: 'main h1',
  },
  // Mastercard replaced Masterpass with Click to Pay (2020-21): a checkout's wallet buttons name the new one in their tooltip.
  {
    id: 'd17-title-masterpass-to-click-to-pay',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Checkout</h1><p>Tide clock × 1 · £49.00</p><section aria-label="Express checkout" class="wallets"><button type="button" class="wallet-apple" title="Apple Pay" ${WRITES('apple')}><img src="${GIF}" alt="" width="48" height="24"></button><button type="button" class="wallet-paypal" title="Pay with PayPal" ${WRITES('paypal')}><img src="${GIF}" alt="" width="48" height="24"></button><button type="button" class="wallet-src" title="${v('Masterpass', 'Click to Pay')}" ${DONE}><img src="${GIF}" alt="" width="48" height="24"></button></section>
<section><h2>Or pay by card</h2><label for="card">Card number</label><input id="card" name="card"><button type="button" title="Pay now" ${WRITES('card')}>Pay £49.00</button></section></main>${OUT}`,
    ),
    body: `await page.getByTitle('Masterpass').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.wallet-src',
  },
  // The Windows 10 May 2019 Update split Cortana from search: the taskbar box's "Ask me anything" became "Type here to search"; Cortana keeps a button of its own.
  {
    id: 'd17-placeholder-windows-10-taskbar-search',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="desktop"><section class="explorer" aria-label="File Explorer"><h1>Quick access</h1><input type="search" name="explorer-search" aria-label="Search Quick access" placeholder="Search Quick access"><ul><li>Documents</li><li>tide-table.xlsx</li></ul></section></main>
<footer class="taskbar"><button type="button" aria-label="Start">⊞</button><input type="text" name="taskbar-search" aria-label="${v('Search Windows', 'Search')}" placeholder="${v('Ask me anything', 'Type here to search')}">${v('', '<button type="button" aria-label="Talk to Cortana">○</button>')}<button type="button" aria-label="Task View">▭</button><span class="clock">09:41</span></footer>`,
    ),
    body: `await page.getByPlaceholder('Ask me anything').fill('tide table');\n  await expect(page.locator('input[name="taskbar-search"]')).toHaveValue('tide table');`,
    expect: 'heal',
    target: 'input[name="taskbar-search"]',
  },
  // Club Carlson became Radisson Rewards (April 2018): the sign-in form's member number label took the new name.
  {
    id: 'd17-label-club-carlson-to-radisson-rewards',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Radisson" width="100" height="30"></a><nav aria-label="Main"><a href="#/hotels">Hotels</a><a href="#/offers">Offers</a></nav></header>
<main><h1>Sign in</h1><form class="sign-in"><label for="member-id">${v('Club Carlson number or email', 'Radisson Rewards number or email')}</label><input id="member-id" name="member"><label for="pw">Password</label><input id="pw" type="password" name="password"><button type="button">Sign in</button></form>
<section><h2>${v('Club Carlson for Business', 'Radisson Rewards for Business')}</h2><label for="biz-id">Business account number</label><input id="biz-id" name="business"></section></main>`,
    ),
    body: `await page.getByLabel('Club Carlson number or email').fill('602 114 881');\n  await expect(page.locator('#member-id')).toHaveValue('602 114 881');`,
    expect: 'heal',
    target: '#member-id',
  },
  // Kohl's folded Yes2You Rewards into Kohl's Rewards (2021): the account summary's programme label took the new name; Kohl's Cash stays.
  {
    id: 'd17-text-kohls-yes2you-to-kohls-rewards',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Kohl's" width="90" height="30"></a><nav aria-label="Account"><a href="#/orders">Orders</a><a href="#/wallet">Wallet</a></nav></header>
<main><h1>Hi, Ada</h1><div class="summary"><div class="tile"><p class="rewards-label">${v('Yes2You Rewards', "Kohl's Rewards")}</p><p class="value">${v('412 points', '$4.12 earned')}</p></div><div class="tile"><p>Kohl's Cash</p><p class="value">$10.00</p></div><div class="tile"><p>Kohl's Card</p><p class="value">Not linked</p></div></div><a href="#/rewards/faq">Rewards FAQ</a></main>`,
    ),
    body: `await expect(page.locator('text=Yes2You Rewards')).toBeVisible();`,
    expect: 'heal',
    target: '.rewards-label',
  },
];

const renamedTextMore: Drift[] = [
  // Shazam's app renamed its "My Shazam" tab "Library" (2018); the tab bar keeps Shazam and swaps Discover for Charts.
  {
    id: 'd17-tab-shazam-my-shazam-to-library',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('My Shazam', DONE)}${tab('Shazam', WRITES('shazam'), true)}${tab('Discover', WRITES('discover'))}`,
        `${tab('Library', DONE)}${tab('Shazam', WRITES('shazam'), true)}${tab('Charts', WRITES('charts'))}`,
      );
      return `<main class="listen"><button type="button" class="big-button" ${WRITES('listen')}>Tap to Shazam</button><p>${v('My Shazam has 214 songs', 'Your library has 214 Shazams')}</p><a href="#/settings" ${WRITES('settings')}>Settings</a></main>
<nav aria-label="Shazam"><div role="tablist" aria-label="Sections" class="tabs">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'My Shazam' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Library")',
  },
  // FedEx renamed FedEx SmartPost "FedEx Ground Economy" (2021): a shop's shipping options list the radio under the new name.
  {
    id: 'd17-radio-fedex-smartpost-to-ground-economy',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (id: string, label: string, price: string) => `<label class="ship-option"><input type="radio" name="ship" id="${id}"> ${label} <span class="price">${price}</span></label>`;
      return `<main class="checkout"><h1>Shipping</h1><p>Ship to: 14 Harbour Row, Portland, ME</p><fieldset><legend>Shipping method</legend>${opt('ship-economy', v('FedEx SmartPost (2-7 business days)', 'FedEx Ground Economy (2-7 business days)'), '$5.99')}${opt('ship-ground', 'FedEx Ground (1-5 business days)', '$8.99')}${opt('ship-home', 'FedEx Home Delivery (1-5 business days)', '$9.49')}${opt('ship-2day', 'FedEx 2Day', '$18.00')}</fieldset><button type="button">Continue to payment</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: /FedEx SmartPost/ }).check();\n  await expect(page.locator('#ship-economy')).toBeChecked();`,
    expect: 'heal',
    target: '#ship-economy',
  },
  // ING DIRECT became Capital One 360 (February 2013): a utility's pay-by-bank form names the linked account's bank in its select label.
  {
    id: 'd17-combobox-ing-direct-to-capital-one-360',
    kind: 'renamed text',
    ...both(
      (v) => `<main><h1>Pay your bill</h1><p>Amount due: $84.20 · due 3 June</p><form class="pay"><label for="from-account">Pay from ${v('ING DIRECT account', 'Capital One 360 account')}</label><select id="from-account" name="from"><option value="checking-2231">${v('Electric Orange', '360 Checking')} ••2231</option><option value="savings-4411">${v('Orange Savings', '360 Savings')} ••4411</option></select>
<label for="pay-date">Payment date</label><select id="pay-date" name="date"><option>Today</option><option>On the due date</option></select><label for="other-bank">Other bank account</label><select id="other-bank" name="other"><option>None</option><option>${v('ING DIRECT Business', 'Capital One Spark')} ••9010</option></select><button type="button">Pay $84.20</button></form></main>`,
    ),
    body: `await page.getByRole('combobox', { name: 'ING DIRECT account' }).selectOption('savings-4411');\n  await expect(page.locator('#from-account')).toHaveValue('savings-4411');`,
    expect: 'heal',
    target: '#from-account',
  },
  // Microsoft renamed Lync "Skype for Business" (April 2015): the client's notification-area menu says "Open Skype for Business" where "Open Lync" was.
  {
    id: 'd17-menuitem-lync-to-skype-for-business',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<main class="desktop"><p>${v('Lync', 'Skype for Business')} is running in the notification area.</p></main>
<footer class="taskbar"><button type="button" aria-label="${v('Lync - Available', 'Skype for Business - Available')}" aria-expanded="true" ${WRITES('tray')}>●</button><span class="clock">09:41</span></footer>
<div role="menu" aria-label="${v('Lync', 'Skype for Business')}" class="tray-menu">${item(v('Open Lync', 'Open Skype for Business'), DONE)}${item('Change My Status', WRITES('status'))}${item('Meet Now', WRITES('meet'))}${item('Sign Out', WRITES('sign-out'))}${item('Exit', WRITES('exit'))}</div>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Open Lync' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:has-text("Open Skype for Business")',
  },
  // Walgreens replaced Balance Rewards with myWalgreens (November 2021): the checkout's join checkbox took the new name.
  {
    id: 'd17-checkbox-walgreens-balance-rewards-to-mywalgreens',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Walgreens" width="110" height="30"></a></header>
<main><h1>Review your order</h1><p>Pickup at Harbour St · 2 items · $18.47</p><form class="order-options"><label class="opt"><input type="checkbox" id="join-rewards" name="join"> ${v('Join Balance Rewards and earn points on this order', 'Join myWalgreens and earn Walgreens Cash on this order')}</label><label class="opt"><input type="checkbox" id="texts" name="texts"> Text me when my order is ready</label><label class="opt"><input type="checkbox" id="offers" name="offers"> ${v('Email me Balance Rewards offers', 'Email me myWalgreens offers')}</label><button type="button">Place order</button></form></main>`,
    ),
    body: `await page.getByRole('checkbox', { name: 'Join Balance Rewards' }).check();\n  await expect(page.locator('#join-rewards')).toBeChecked();`,
    expect: 'heal',
    target: '#join-rewards',
  },
  // Adobe renamed Typekit "Adobe Fonts" (October 2018): a type specimen site's "Get these fonts" links name the service anew; its blog link followed.
  {
    id: 'd17-link-typekit-to-adobe-fonts',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="specimen"><h1>Harbour Serif</h1><p class="sample">The tide turns at Deal.</p><nav aria-label="Get these fonts" class="sources"><a href="#/get/google" ${WRITES('google')}>Google Fonts</a><a href="#/get/${v('typekit', 'adobe-fonts')}" class="fonts-link" ${DONE}>${v('Typekit', 'Adobe Fonts')}</a><a href="#/get/squirrel" ${WRITES('squirrel')}>Font Squirrel</a></nav></main>
<footer><a href="#/blog" ${WRITES('blog')}>${v('Typekit blog', 'Adobe Fonts blog')}</a><a href="#/licence" ${WRITES('licence')}>Licences</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Typekit', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a.fonts-link',
  },
];

const chains: Drift[] = [
  // Humble Bundle replaced Humble Monthly with Humble Choice (December 2019): the subscription page's plan card took the new name (page object, the filter step drifts).
  {
    id: 'd17-chain-po-humble-monthly-to-humble-choice',
    kind: 'multi-line chain',
    ...both((v) => {
      const plan = (name: string, text: string, extra: string) => `<div class="plan-card"><h2>${name}</h2><p>${text}</p><button type="button" ${extra}>Subscribe</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Humble Bundle</a><nav aria-label="Main"><a href="#/bundles" ${WRITES('bundles')}>Bundles</a><a href="#/store" ${WRITES('store')}>Store</a><a href="#/subscription" ${WRITES('subscription')}>${v('Monthly', 'Choice')}</a></nav></header>
<main><h1>Subscribe and save</h1><div class="plans">${plan(v('Humble Monthly', 'Humble Choice'), v('A bundle of games every month · $12', 'Choose your games every month · $11.99'), DONE)}${plan('Humble Trove', 'DRM-free classics with any subscription', WRITES('trove'))}${plan('Humble Bundle gift card', 'Give a month to a friend', WRITES('gift'))}</div></main>${OUT}`;
    }),
    imports: `import { SubscriptionPage } from './subscription-page';`,
    files: {
      'subscription-page.ts': `import type { Page } from '@playwright/test';

export class SubscriptionPage {
  constructor(readonly page: Page) {}

  async subscribe() {
    await this.page
      .locator('.plan-card')
      .filter({ hasText: 'Humble Monthly' })
      .getByRole('button', { name: 'Subscribe' })
      .click();
  }

  async giftAMonth() {
    await this.page
      .locator('.plan-card')
      .filter({ hasText: 'gift card' })
      .getByRole('button', { name: 'Subscribe' })
      .click();
  }
}
`,
    },
    body: `await new SubscriptionPage(page).subscribe();\n  ${CHECK}`,
    expect: 'heal',
    target: '.plan-card:has(h2:text-is("Humble Choice")) button',
  },
  // Microsoft folded HockeyApp into Visual Studio App Center (retired November 2019): a build pipeline's distribution step shows the card under the new name (page object, the scope step drifts).
  {
    id: 'd17-chain-po-hockeyapp-to-app-center',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="integration"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Configure</button></section>`;
      return `<nav aria-label="Pipeline"><a href="#/build" ${WRITES('build')}>Build</a><a href="#/test" ${WRITES('test')}>Test</a><a href="#/distribute" ${WRITES('distribute')}>Distribute</a></nav>
<main><h1>Distribute</h1><p>Send tide-app builds to testers.</p><div class="integrations">${card('TestFlight', 'Connected · 12 testers', WRITES('testflight'))}${card(v('HockeyApp', 'App Center'), 'Not configured', DONE)}${card('Email testers', 'Not configured', WRITES('email'))}</div></main>${OUT}`;
    }),
    imports: `import { DistributePage } from './distribute-page';`,
    files: {
      'distribute-page.ts': `import type { Page } from '@playwright/test';

export class DistributePage {
  constructor(readonly page: Page) {}

  async configureAndroidBeta() {
    await this.page
      .getByRole('region', { name: 'HockeyApp' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }

  async configureTestFlight() {
    await this.page
      .getByRole('region', { name: 'TestFlight' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }
}
`,
    },
    body: `await new DistributePage(page).configureAndroidBeta();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="App Center"] button',
  },
  // Virgin Trains' West Coast franchise passed to Avanti West Coast (December 8, 2019): a journey planner's train company list names the operator anew (page object, the last step drifts).
  {
    id: 'd17-chain-po-virgin-trains-to-avanti-west-coast',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/operators/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Rail Planner</a><input type="search" aria-label="Station" placeholder="From"></header>
<main><h1>Train companies</h1><p>Timetables, Delay Repay and contacts.</p><nav aria-label="Train companies" class="operators"><ul>${link('CrossCountry', WRITES('crosscountry'))}${link('LNER', WRITES('lner'))}${link('London Northwestern Railway', WRITES('lnr'))}${link(v('Virgin Trains', 'Avanti West Coast'), DONE)}${link('West Midlands Railway', WRITES('wmr'))}</ul></nav><p>${v('Virgin Trains Delay Repay claims', 'Delay Repay claims for Avanti West Coast')} are made on the operator's site.</p></main>${OUT}`;
    }),
    imports: `import { OperatorsPage } from './operators-page';`,
    files: {
      'operators-page.ts': `import type { Page } from '@playwright/test';

export class OperatorsPage {
  constructor(readonly page: Page) {}

  async openWestCoastMainLine() {
    await this.page
      .getByRole('navigation', { name: 'Train companies' })
      .getByRole('link', { name: 'Virgin Trains', exact: true })
      .click();
  }

  async openEastCoastMainLine() {
    await this.page
      .getByRole('navigation', { name: 'Train companies' })
      .getByRole('link', { name: 'LNER', exact: true })
      .click();
  }
}
`,
    },
    body: `await new OperatorsPage(page).openWestCoastMainLine();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Train companies"] a[href="#/operators/avanti-west-coast"]',
  },
  // SNCF rebranded its classic TGV service "TGV inOui" (July 2017): the results list's train logos took the new name (page object, the filter step, written with `has:`, drifts).
  {
    id: 'd17-chain-po-sncf-tgv-to-tgv-inoui',
    kind: 'multi-line chain',
    ...both((v) => {
      const journey = (brand: string, times: string, price: string, extra: string) => `<li class="journey"><img src="${GIF}" alt="${brand}" width="60" height="20"><span>${times}</span><span class="price">${price}</span><button type="button" ${extra}>Select</button></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>SNCF</a><a href="#/account" ${WRITES('account')}>My account</a></header>
<main><h1>Paris → Lyon · Sat 14 June</h1><ul class="results">${journey('OUIGO', '06:58 → 08:56', '€25', WRITES('ouigo'))}${journey(v('TGV', 'TGV INOUI'), '07:04 → 09:00', '€59', DONE)}${journey('TER', '07:10 → 12:31', '€38', WRITES('ter'))}</ul><p>${v('TGV', 'TGV INOUI')} fares include a seat reservation.</p></main>${OUT}`;
    }),
    imports: `import { ResultsPage } from './results-page';`,
    files: {
      'results-page.ts': `import type { Page } from '@playwright/test';

export class ResultsPage {
  constructor(readonly page: Page) {}

  async chooseHighSpeed() {
    await this.page
      .locator('li.journey')
      .filter({ has: this.page.getByRole('img', { name: 'TGV', exact: true }) })
      .getByRole('button', { name: 'Select' })
      .click();
  }

  async chooseLowCost() {
    await this.page
      .locator('li.journey')
      .filter({ has: this.page.getByRole('img', { name: 'OUIGO' }) })
      .getByRole('button', { name: 'Select' })
      .click();
  }
}
`,
    },
    body: `await new ResultsPage(page).chooseHighSpeed();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.journey:has(img[alt="TGV INOUI"]) button',
  },
  // Nokia bought Withings and sold its devices as Nokia Health (2017): the Health Mate devices table renamed each row (page object, the filter step drifts).
  {
    id: 'd17-chain-po-withings-to-nokia-health',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (device: string, seen: string, extra: string) => `<tr><td>${device}</td><td>${seen}</td><td><button type="button" ${extra}>Sync</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>Health Mate</a><nav aria-label="Main"><a href="#/timeline" ${WRITES('timeline')}>Timeline</a><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/devices" ${WRITES('devices')}>Devices</a></nav></header>
<main><h1>Devices</h1><table aria-label="My devices"><tr><th>Device</th><th>Last seen</th><th></th></tr>${row(v('Withings Body Cardio', 'Nokia Body Cardio'), 'Today 07:12', DONE)}${row(v('Withings Activité Steel', 'Nokia Steel'), 'Yesterday', WRITES('steel'))}${row(v('Withings Thermo', 'Nokia Thermo'), '3 days ago', WRITES('thermo'))}</table></main>${OUT}`;
    }),
    imports: `import { DevicesPage } from './devices-page';`,
    files: {
      'devices-page.ts': `import type { Page } from '@playwright/test';

export class DevicesPage {
  constructor(readonly page: Page) {}

  async syncScale() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Withings Body Cardio' })
      .getByRole('button', { name: 'Sync' })
      .click();
  }

  async syncThermometer() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Thermo' })
      .getByRole('button', { name: 'Sync' })
      .click();
  }
}
`,
    },
    body: `await new DevicesPage(page).syncScale();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("Nokia Body Cardio")) button',
  },
];

const chainsMore: Drift[] = [
  // Adobe renamed Adobe Sign "Adobe Acrobat Sign" (2021): a CRM's e-signature settings show the integration under the new name; Adobe Acrobat's PDF card stays (the scope step drifts).
  {
    id: 'd17-chain-adobe-sign-to-acrobat-sign',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<section aria-label="${name}" class="esign"><h2>${name}</h2><p>${text}</p><button type="button" ${extra}>Connect</button></section>`;
      return `<nav aria-label="Settings"><a href="#/users" ${WRITES('users')}>Users</a><a href="#/integrations" ${WRITES('integrations')}>Integrations</a></nav>
<main><h1>E-signature</h1><p>Send quotes for signature from a deal.</p>${card('DocuSign', 'Not connected', WRITES('docusign'))}${card(v('Adobe Sign', 'Adobe Acrobat Sign'), 'Not connected', DONE)}${card('Adobe Acrobat', 'Merge quotes into one PDF', WRITES('acrobat'))}</main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'Adobe Sign' })\n    .getByRole('button', { name: 'Connect' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Adobe Acrobat Sign"] button',
  },
  // Barclays Cycle Hire became Santander Cycles (April 2015): TfL's "Ways to travel" menu names the bikes anew (the last step drifts).
  {
    id: 'd17-chain-barclays-cycle-hire-to-santander-cycles',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/modes/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Transport for London</a><nav aria-label="Ways to travel" class="modes"><ul>${link('Tube', WRITES('tube'))}${link('Buses', WRITES('buses'))}${link('Cycling', WRITES('cycling'))}${link(v('Barclays Cycle Hire', 'Santander Cycles'), DONE)}${link('River', WRITES('river'))}${link('Emirates Air Line', WRITES('cable-car'))}</ul></nav></header>
<main><h1>Plan a journey</h1><p>${v('Hire a Barclays bike from £2', 'Hire a Santander Cycle from £2')}</p><a href="#/docking" ${WRITES('docking')}>Find a docking station</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Ways to travel' })\n    .getByRole('link', { name: 'Barclays Cycle Hire' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Ways to travel"] a[href="#/modes/santander-cycles"]',
  },
  // SunTrust and BB&T merged as Truist (accounts converted in 2022): a budgeting app's linked accounts list the checking account under the new bank name (the last step of an expect chain drifts).
  {
    id: 'd17-chain-suntrust-to-truist-linked-account',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/">Budget</a><nav aria-label="Main"><a href="#/overview">Overview</a><a href="#/transactions">Transactions</a></nav></header>
<main><h1>Accounts</h1><section data-testid="linked-accounts" class="linked"><h2>Linked accounts</h2><ul><li class="acct-checking">${v('SunTrust Checking', 'Truist Checking')} ••2231 · $3,104.18</li><li class="acct-savings">${v('SunTrust Savings', 'Truist Savings')} ••0907 · $9,880.00</li><li>Chase Freedom ••5512 · -$412.76</li></ul></section>
<section data-testid="offline-accounts"><h2>Offline accounts</h2><ul><li>Cash · $60.00</li></ul></section><p>${v('SunTrust is now Truist.', 'Truist accounts sync daily.')}</p></main>`,
    ),
    body: `await expect(\n    page\n      .getByTestId('linked-accounts')\n      .getByText('SunTrust Checking'),\n  ).toBeVisible();`,
    expect: 'heal',
    target: '.linked .acct-checking',
  },
  // British Airways replaced BA Miles with Avios (November 2011): a card rewards site's transfer partners list the programme under the new name (the filter step, written with `has:`, drifts).
  {
    id: 'd17-chain-filter-ba-miles-to-avios',
    kind: 'multi-line chain',
    ...both((v) => {
      const partner = (name: string, rate: string, extra: string) => `<div class="partner"><h3>${name}</h3><p>${rate}</p><button type="button" ${extra}>Convert points</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Rewards</a><p>12,400 points</p></header>
<main><h1>Transfer partners</h1><div class="partners">${partner('Asia Miles', '1 point = 1 mile', WRITES('asia'))}${partner(v('BA Miles', 'Avios'), v('1 point = 1 BA Mile', '1 point = 1 Avios'), DONE)}${partner('Flying Blue', '1 point = 1 mile', WRITES('flying-blue'))}</div><p>${v('BA Miles', 'Avios')} can be spent on British Airways flights.</p></main>${OUT}`;
    }),
    body: `await page\n    .locator('.partner')\n    .filter({ has: page.getByRole('heading', { name: 'BA Miles' }) })\n    .getByRole('button', { name: 'Convert points' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.partner:has(h3:text-is("Avios")) button',
  },
  // Microsoft Dynamics CRM Online became Dynamics 365 for Sales (November 2016): a help desk's connected apps list the CRM under the new name; Dynamics NAV stays (the filter step drifts).
  {
    id: 'd17-chain-filter-dynamics-crm-to-dynamics-365',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (name: string, status: string, extra: string) => `<li><strong>${name}</strong><span>${status}</span><button type="button" ${extra}>Sync now</button></li>`;
      return `<main><h1>Connected apps</h1><p>Customer records sync every hour.</p><ul class="apps">${app(v('Microsoft Dynamics CRM Online', 'Microsoft Dynamics 365 for Sales'), 'Last sync 09:00', DONE)}${app('Microsoft Dynamics NAV', 'Last sync 08:00', WRITES('nav'))}${app('Mailbox', 'Last sync 09:05', WRITES('mailbox'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Dynamics CRM' })\n    .getByRole('button', { name: 'Sync now' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li:has-text("Dynamics 365 for Sales") button',
  },
];

const others: Drift[] = [
  // MediaElement.js 4 (2017) renamed its class prefix from `mejs-` to `mejs__`: `.mejs-playpause-button > button` finds nothing after the upgrade.
  {
    id: 'd17-css-mediaelement4-class-prefix',
    kind: 'css class',
    ...both((v) => {
      const c = (name: string) => v(`mejs-${name}`, `mejs__${name}`);
      return `<main><h1>Harbour Notes · Episode 12</h1><div class="${c('container')} ${c('audio')}" role="application" aria-label="Audio Player"><div class="${c('inner')}"><div class="${c('controls')}"><div class="${c('button')} ${c('playpause-button')} ${c('play')}"><button type="button" aria-controls="mep_0" title="Play" aria-label="Play" ${DONE}></button></div><div class="${c('time')} ${c('currenttime-container')}"><span class="${c('currenttime')}">00:00</span></div><div class="${c('time-rail')}"><span class="${c('time-total')}"></span></div><div class="${c('button')} ${c('volume-button')} ${c('mute')}"><button type="button" aria-controls="mep_0" title="Mute" aria-label="Mute" ${WRITES('mute')}></button></div></div></div></div>
<p class="show-notes">Neap tides and the gauges at Deal. <a href="#/transcript" class="${c('transcript')}" ${WRITES('transcript')}>Transcript</a></p><button type="button" class="play-next" ${WRITES('next')}>Play next episode</button></main>${OUT}`;
    }),
    body: `await page.locator('.mejs-playpause-button > button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.mejs__playpause-button > button',
  },
  // Plyr 3 (2018) rewrote its markup: Plyr 2's big `.plyr__play-large` button became `.plyr__control.plyr__control--overlaid` (the control bar's play button is a `.plyr__control` too).
  {
    id: 'd17-css-plyr3-overlaid-play',
    kind: 'css class',
    ...both((v) => {
      const big = v(`<button type="button" class="plyr__play-large" data-plyr="play" ${DONE}>Play</button>`, `<button type="button" class="plyr__control plyr__control--overlaid" data-plyr="play" aria-label="Play" ${DONE}><span class="plyr__sr-only">Play</span></button>`);
      const barPlay = v(`<button type="button" data-plyr="play" ${WRITES('bar-play')}><span class="plyr__sr-only">Play</span></button>`, `<button type="button" class="plyr__control" data-plyr="play" aria-label="Play" ${WRITES('bar-play')}><span class="plyr__sr-only">Play</span></button>`);
      const mute = v(`<button type="button" data-plyr="mute" ${WRITES('mute')}><span class="plyr__sr-only">Toggle Mute</span></button>`, `<button type="button" class="plyr__control" data-plyr="mute" aria-label="Mute" ${WRITES('mute')}><span class="plyr__sr-only">Mute</span></button>`);
      return `<main><h1>Spring tide at Dover</h1><div class="plyr plyr--video plyr--stopped"><div class="plyr__video-wrapper"><video width="320" height="180"></video></div>${big}<div class="plyr__controls">${barPlay}<span class="plyr__time">00:00</span>${mute}</div></div><p>Filmed from the harbour wall.</p><a href="#/more" class="plyr-more" ${WRITES('more')}>More videos</a></main>${OUT}`;
    }),
    body: `await page.locator('.plyr__play-large').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.plyr__control--overlaid',
  },
  // MathJax 3 (2019) renders custom elements: v2's `<div class="MathJax_Display">` became `<mjx-container class="MathJax" jax="CHTML" display="true">`, so an XPath on the div finds nothing.
  {
    id: 'd17-xpath-mathjax3-display-container',
    kind: 'xpath',
    ...both((v) => {
      const display = (tex: string) => v(`<div class="MathJax_Display" style="text-align: center;"><span class="MathJax" role="presentation">${tex}</span></div>`, `<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math class="MJX-TEX">${tex}</mjx-math></mjx-container>`);
      const inline = (tex: string) => v(`<span class="MathJax" role="presentation">${tex}</span>`, `<mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX">${tex}</mjx-math></mjx-container>`);
      return `<main class="notes"><h1>Tidal harmonics</h1><p>The height ${inline('h(t)')} is a sum of constituents ${inline('H_n')}:</p>${display('h(t) = Σ H_n cos(ω_n t + φ_n)')}<p>The principal lunar constituent has speed ${inline('ω_{M2}')}:</p>${display('ω_{M2} = 28.984°/h')}<div class="MathJax_Preview_note"><p>Rendered with MathJax.</p></div></main>`;
    }),
    body: `await expect(page.locator('//div[@class="MathJax_Display"]')).toHaveCount(2);`,
    expect: 'heal',
    target: 'mjx-container[display="true"]',
  },
  // Cookiebot's newer consent banner template renamed its buttons: `#CybotCookiebotDialogBodyButtonAccept` became `#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll`.
  {
    id: 'd17-id-cookiebot-allow-all',
    kind: 'id',
    ...both(
      (v) => `<main><h1>Harbour Supplies</h1><p>Tide clocks, barometers and charts.</p><button type="button" id="add-to-basket" ${WRITES('basket')}>Add to basket</button></main>
<div id="CybotCookiebotDialog" role="dialog" aria-label="Cookie consent"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><p id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic.</p><div id="${v('CybotCookiebotDialogBodyButtons', 'CybotCookiebotDialogFooter')}">${v(
        `<a id="CybotCookiebotDialogBodyButtonDecline" href="#" ${WRITES('decline')}>Use necessary cookies only</a><a id="CybotCookiebotDialogBodyButtonDetails" href="#" ${WRITES('details')}>Show details</a><a id="CybotCookiebotDialogBodyButtonAccept" href="#" ${DONE}>Allow all cookies</a>`,
        `<button type="button" id="CybotCookiebotDialogBodyButtonDecline" ${WRITES('decline')}>Deny</button><button type="button" id="CybotCookiebotDialogBodyLevelButtonCustomize" ${WRITES('customize')}>Customize</button><button type="button" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" ${WRITES('selection')}>Allow selection</button><button type="button" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" ${DONE}>Allow all</button>`,
      )}</div></div>${OUT}`,
    ),
    body: `await page.locator('#CybotCookiebotDialogBodyButtonAccept').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll',
  },
  // DNB's Eufemia design system renamed its Icon's test attribute `data-test-id` to `data-testid` (pull request 1583, September 2022); the values here are this page's.
  {
    id: 'd17-testid-eufemia-icon-data-test-id-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const icon = (name: string) => `<span role="img" aria-hidden="true" class="dnb-icon dnb-icon--default" ${v('data-test-id', 'data-testid')}="${name} icon"><svg width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16"></rect></svg></span>`;
      return `<main class="dnb-core-style"><h1>Mine kontoer</h1><div class="dnb-global-status" role="status"><p>Vi har oppdatert vilkårene våre.</p><a href="#/vilkar" class="dnb-anchor" ${WRITES('terms')}>Les mer ${icon('chevron_right')}</a><button type="button" class="dnb-button dnb-button--tertiary" aria-label="Lukk" ${DONE}>${icon('close')}</button></div>
<ul class="accounts"><li>Brukskonto · 12 400,00 kr <button type="button" class="dnb-button dnb-button--secondary" aria-label="Detaljer" ${WRITES('details')}>${icon('information')}</button></li><li>Sparekonto · 80 000,00 kr <button type="button" class="dnb-button dnb-button--secondary" aria-label="Lukk konto" ${WRITES('close-account')}>${icon('close_circle')}</button></li></ul></main>${OUT}`;
    }),
    body: `await page.locator('[data-test-id="close icon"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="close icon"]',
  },
  // The Electricity Maps app renamed its `data-test-id` attributes `data-testid` (pull request 7514, December 2024); the values here are this page's.
  {
    id: 'd17-testid-electricity-maps-data-test-id-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-test-id', 'data-testid')}="${value}"`;
      return `<main class="map"><div class="zone-panel" ${t('zone-panel')}><h1 ${t('zone-name')}>Great Britain</h1><p ${t('zone-name-subtext')}>Great Britain · GB</p><p ${t('co2-intensity')}>142 gCO₂eq/kWh</p><p ${t('low-carbon')}>Low-carbon 71%</p><button type="button" ${t('dismiss-btn')}>Close</button></div>
<aside class="ranking" ${t('ranking-panel')}><h2>Climate impact by zone</h2><ol><li ${t('zone-row')}>Norway · 29</li><li ${t('zone-row')}>Great Britain · 142</li></ol></aside></main>`;
    }),
    body: `await expect(page.locator('[data-test-id="zone-name"]')).toHaveText('Great Britain');`,
    expect: 'heal',
    target: '[data-testid="zone-name"]',
  },
];

const refuse: Drift[] = [
  // Google shut down Google Podcasts (2024) and moved listeners to YouTube Music: the open app launcher lost its entry; YouTube Music and the other apps stay.
  {
    id: 'd17-refuse-google-podcasts-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}><img src="${GIF}" alt="" width="40" height="40">${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Google</a><button type="button" aria-label="Google apps" aria-expanded="true" ${WRITES('launcher')}>⋮⋮⋮</button></header>
<div role="dialog" aria-label="Google apps" class="launcher"><ul>${app('Search', WRITES('search'))}${app('Maps', WRITES('maps'))}${app('YouTube', WRITES('youtube'))}${app('YouTube Music', WRITES('yt-music'))}${v(app('Google Podcasts', DONE), '')}${app('Play Books', WRITES('books'))}${app('News', WRITES('news'))}</ul></div>
<main><h1>Listen</h1>${v('<p>Pick up where you left off.</p>', '<p class="notice">Google Podcasts is no longer available. Find your podcasts in YouTube Music.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Google Podcasts' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Amazon ended AmazonSmile (February 20, 2023): the account menu lost its charity link; Amazon Pay and the other account links stay.
  {
    id: 'd17-refuse-amazonsmile-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>amazon</a><input type="search" aria-label="Search Amazon"><button type="button" aria-expanded="true" ${WRITES('account-menu')}>Hello, Ada · Account &amp; Lists</button></header>
<nav aria-label="Your Account" class="account-flyout"><ul>${link('Your Orders', WRITES('orders'))}${link('Your Lists', WRITES('lists'))}${v(link('AmazonSmile Charity Lists', DONE), '')}${link('Amazon Pay', WRITES('pay'))}${link('Your Subscribe & Save Items', WRITES('subscribe'))}${link('Amazon Business', WRITES('business'))}</ul></nav>
<main><h1>Your Account</h1>${v('<p>Supporting: Harbour Lifeboat Trust</p>', '<p class="notice">AmazonSmile has ended. Thank you for supporting charities.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'AmazonSmile Charity Lists' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // iOS 13's App Store (September 2019) put the Arcade tab where the Updates tab was; updates moved onto the account page, which is not open.
  {
    id: 'd17-refuse-ios13-app-store-updates-to-arcade',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Today', WRITES('today'), true)}${tab('Games', WRITES('games'))}${tab('Apps', WRITES('apps'))}${tab('Updates', DONE)}${tab('Search', WRITES('search'))}`,
        `${tab('Today', WRITES('today'), true)}${tab('Games', WRITES('games'))}${tab('Apps', WRITES('apps'))}${tab('Arcade', WRITES('arcade'))}${tab('Search', WRITES('search'))}`,
      );
      return `<main class="today"><header><h1>Today</h1><button type="button" aria-label="My Account" ${WRITES('account')}>AB</button></header><article><p>APP OF THE DAY</p><h2>Tide Runner</h2><button type="button" ${WRITES('get')}>GET</button></article>${v('', '<article><p>ARCADE</p><h2>Play 100+ games, no ads</h2></article>')}</main>
<nav aria-label="App Store"><div role="tablist" aria-label="Sections" class="tab-bar">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Updates' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded show is already on the user's watchlist (fixture change): Trakt's button says "Remove from watchlist" where "Add to watchlist" was.
  {
    id: 'd17-refuse-trakt-add-to-watchlist-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main class="show"><h1>Low Water</h1><p>2024 · Drama · 8 episodes</p><div class="actions"><button type="button" class="btn-check-in" ${WRITES('check-in')}>Check in</button><button type="button" class="btn-watchlist" ${v(DONE, WRITES('unwatchlist'))}>${v('Add to watchlist', 'Remove from watchlist')}</button><button type="button" ${WRITES('list')}>Add to list</button><button type="button" ${WRITES('collection')}>Add to collection</button></div>
<section><h2>Where to watch</h2><p>Channel 5</p></section>${v('', '<p class="badge">On your watchlist</p>')}</main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to watchlist' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Feedly marks an article read when it is opened (fixture change: the seeded article has been opened): the same button now says "Keep unread".
  {
    id: 'd17-refuse-feedly-mark-as-read-now-keep-unread',
    kind: 'refuse',
    ...both(
      (v) => `<header class="toolbar"><h1>Harbour Blogs</h1><button type="button" ${WRITES('mark-all')}>Mark all as read</button><button type="button" ${WRITES('refresh')}>Refresh</button></header>
<article class="entry"><h2>Spring tides this weekend</h2><p>Tide Watch · 2h</p><div class="entry-actions"><button type="button" aria-label="Save to Read Later" ${WRITES('save')}>☆</button><button type="button" class="read-toggle" ${v(DONE, WRITES('keep-unread'))}>${v('Mark as read', 'Keep unread')}</button><button type="button" aria-label="Share" ${WRITES('share')}>⤴</button></div><p>The Dover gauge reads 6.9 m at 11:42.</p></article>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mark as read' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Apple raised Apple One's prices (October 25, 2023): Individual from $16.95 to $19.95 and Family from $22.95 to $25.95; the price the test checks must fail it.
  {
    id: 'd17-refuse-apple-one-price-rise',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Apple One</h1><p>Bundle up to six Apple services.</p><div class="plans"><section class="plan"><h2>Individual</h2><p class="price">${v('$16.95/mo.', '$19.95/mo.')}</p><p>Apple Music, Apple TV+, Apple Arcade, iCloud+ with 50GB</p><button type="button">Try it free</button></section>
<section class="plan"><h2>Family</h2><p class="price">${v('$22.95/mo.', '$25.95/mo.')}</p><p>Share with up to five others · iCloud+ with 200GB</p><button type="button">Try it free</button></section><section class="plan"><h2>Premier</h2><p class="price">${v('$32.95/mo.', '$37.95/mo.')}</p><p>Everything, plus 2TB of iCloud+</p><button type="button">Try it free</button></section></div></main>`,
    ),
    body: `await expect(page.getByText('$16.95/mo.', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Debian 12 "bookworm" (June 10, 2023) replaced Debian 11 as the stable release: the download page's installer link names another file.
  {
    id: 'd17-refuse-debian-12-replaces-11',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Debian" width="90" height="30"></a><nav aria-label="Main"><a href="#/about">About Debian</a><a href="#/download">Getting Debian</a><a href="#/support">Support</a></nav></header>
<main><h1>Getting Debian</h1><section class="download"><h2>Download an installation image</h2><p>Stable release: ${v('Debian 11 "bullseye" (11.7)', 'Debian 12 "bookworm" (12.0)')}</p><a href="#/cd/${v('debian-11.7.0-amd64-netinst.iso', 'debian-12.0.0-amd64-netinst.iso')}" class="download-link">${v('debian-11.7.0-amd64-netinst.iso', 'debian-12.0.0-amd64-netinst.iso')}</a><p>64-bit PC netinst iso</p></section>
<section><h2>Other releases</h2><p>${v('Debian 10 "buster" is oldstable.', 'Debian 11 "bullseye" is now oldstable.')}</p></section></main>`,
    ),
    body: `await expect(page.getByRole('link', { name: 'debian-11.7.0-amd64-netinst.iso' })).toBeVisible();`,
    expect: 'refuse',
  },
  // The monitored API went down (fixture change): UptimeRobot's dashboard shows the monitor "Down" where it was "Up"; the other monitors still read "Up".
  {
    id: 'd17-refuse-uptimerobot-monitor-down',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, status: string, uptime: string) => `<tr><td>${name}</td><td class="status">${status}</td><td>${uptime}</td></tr>`;
      return `<header><a href="#/">UptimeRobot</a><nav aria-label="Main"><a href="#/monitors">Monitors</a><a href="#/status-pages">Status pages</a></nav></header>
<main><h1>Monitors</h1><table aria-label="Monitors"><tr><th>Monitor</th><th>Status</th><th>Uptime (24h)</th></tr>${row('harbour-web', 'Up', '100%')}${row('harbour-api', v('Up', 'Down'), v('100%', '96.2%'))}${row('gauge-feed', 'Up', '99.9%')}</table>${v('', '<p class="incident">harbour-api is down since 09:14 (HTTP 502)</p>')}</main>`;
    }),
    body: `await expect(\n    page\n      .locator('tr')\n      .filter({ hasText: 'harbour-api' })\n      .getByText('Up', { exact: true }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded account scrobbled other tracks since (fixture change): Last.fm's Recent Tracks no longer lists the track the test opens; others sit in its place.
  {
    id: 'd17-refuse-lastfm-different-recent-track',
    kind: 'refuse',
    ...both((v) => {
      const track = (title: string, artist: string, when: string, extra: string) => `<tr><td><a href="#/music/${slug(artist)}/_/${slug(title)}" ${extra}>${title}</a></td><td>${artist}</td><td>${when}</td></tr>`;
      const rows = v(
        `${track('Neap Tide', 'Harbour Lights', '3 minutes ago', DONE)}${track('Low Water', 'The Gauges', '7 minutes ago', WRITES('low-water'))}`,
        `${track('Spring Tide', 'Harbour Lights', '2 minutes ago', WRITES('spring-tide'))}${track('High Water', 'The Gauges', '6 minutes ago', WRITES('high-water'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Last.fm</a><a href="#/user/ada" ${WRITES('profile')}>ada</a></header>
<main><h1>ada</h1><p>Scrobbling since 2009 · 81,204 scrobbles</p><section><h2>Recent Tracks</h2><table aria-label="Recent Tracks">${rows}</table></section><section><h2>Top Artists</h2><p>Harbour Lights · The Gauges</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('table', { name: 'Recent Tracks' })\n    .getByRole('link', { name: 'Neap Tide' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // KDE's Dolphin hid its menu bar by default: "Configure Dolphin..." moved from the open Settings menu into the hamburger menu, which is closed (page object).
  {
    id: 'd17-refuse-po-dolphin-configure-behind-hamburger-menu',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const top = v(
        `<div class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" ${WRITES('view')}>View</button><button type="button" aria-expanded="true" ${WRITES('settings')}>Settings</button><button type="button" ${WRITES('help')}>Help</button></div><div role="menu" aria-label="Settings" class="settings-menu">${item('Show Toolbar', WRITES('toolbar'))}${item('Configure Keyboard Shortcuts...', WRITES('shortcuts'))}${item('Configure Toolbars...', WRITES('toolbars'))}${item('Configure Dolphin...', DONE)}</div>`,
        `<div class="toolbar"><button type="button" aria-label="Back" ${WRITES('back')}>‹</button><span class="path">Home</span><button type="button" aria-label="Menu" aria-haspopup="menu" aria-expanded="false" ${WRITES('hamburger')}>☰</button></div><div role="menu" aria-label="Menu" class="hamburger-menu" hidden>${item('Show Menubar', WRITES('menubar-hidden'))}${item('Configure Keyboard Shortcuts...', WRITES('shortcuts-hidden'))}${item('Configure Dolphin...', WRITES('configure-hidden'))}${item('Help', WRITES('help-hidden'))}</div>`,
      );
      return `${top}<main class="window"><ul aria-label="Home folder"><li>Documents</li><li>tide-table.ods</li></ul></main>${OUT}`;
    }),
    imports: `import { DolphinWindow } from './dolphin-window';`,
    files: {
      'dolphin-window.ts': `import type { Page } from '@playwright/test';

export class DolphinWindow {
  constructor(readonly page: Page) {}

  async openConfiguration() {
    await this.page
      .getByRole('menu', { name: 'Settings' })
      .getByRole('menuitem', { name: 'Configure Dolphin...' })
      .click();
  }

  async openShortcuts() {
    await this.page
      .getByRole('menu', { name: 'Settings' })
      .getByRole('menuitem', { name: 'Configure Keyboard Shortcuts...' })
      .click();
  }
}
`,
    },
    body: `await new DolphinWindow(page).openConfiguration();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Ring made two-step verification mandatory (February 2020): after signing in the app asks for a code before the dashboard; Live View is not on the page yet.
  {
    id: 'd17-refuse-ring-two-step-verification-required',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>ring</a></header>
${v(
  `<main class="dashboard"><h1>Harbour House</h1><section class="device"><h2>Front Door</h2><p>Last motion 08:12</p><button type="button" ${DONE}>Live View</button><button type="button" ${WRITES('history')}>Event History</button></section><section class="device"><h2>Back Garden</h2><p>Offline</p><button type="button" ${WRITES('setup')}>Device Health</button></section></main>`,
  `<main class="verify"><h1>Two-Step Verification</h1><p>Enter the 6-digit code we sent to ••• ••• 0123.</p><label for="code">Verification code</label><input id="code" name="code" inputmode="numeric"><button type="button" ${WRITES('verify')}>Verify</button><button type="button" ${WRITES('resend')}>Resend code</button><a href="#/help/2sv" ${WRITES('help')}>Why am I seeing this?</a></main>`,
)}${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Live View' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_17_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
