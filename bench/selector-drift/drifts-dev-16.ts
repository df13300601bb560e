// Sixteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a doughnut chain's rebrand in its logo alt, an electric car app's renamed summon button, a
// hotel chain's loyalty programme heading, a payment app's name in a link tooltip, a photo library's
// search placeholder, another hotel chain's sign-in label, a review aggregator's audience score, a vector
// editor's docked dialog tab, a train operator's class option, an audio editor's effect menu entry, a
// third hotel group's loyalty checkbox and a beauty retailer's rewards link) on alt, role, heading, title,
// placeholder, label, text, tab, option, menuitem, checkbox and link locators; Prettier-style multi-line
// chains in page objects and in the test body where the scope step, a filter (hasText or has:) or the last
// step drifts; library and app upgrades (Animate.css 4, USWDS 2, Fancybox 4, ng-grid -> UI-Grid,
// PrestaShop 1.7, the Saleor dashboard's test attribute) on class, XPath, id and test-id locators; and
// releases or fixture changes where any patch would be wrong (a feature or plan retired while look-alikes
// stay, another feature put in a tab's old place, the same control now naming the opposite action, a
// membership fee rise, a new LTS release, a build that went red, a different record, a menu entry moved
// behind a closed menu). Pages carry decoys that share words, classes or attributes with the target. Heal
// cases name the `target` the drifted locator must now find; refuse cases have none.
//
// Sources, case by case (the release or change each one models):
// d16-alt-dunkin-donuts-to-dunkin: Dunkin' Donuts became "Dunkin'" (January 2019).
// d16-button-tesla-summon-to-dumb-summon: the Tesla app renamed Summon "Dumb Summon" when Actually Smart Summon replaced Smart Summon (autumn 2024).
// d16-heading-hyatt-gold-passport-to-world-of-hyatt: Hyatt Gold Passport became World of Hyatt (March 2017).
// d16-title-square-cash-to-cash-app: Square Cash was renamed Cash App (2018).
// d16-placeholder-unsplash-search: Unsplash's header search placeholder ("Search free high-resolution photos" -> "Search photos and illustrations").
// d16-label-ihg-rewards-club-to-ihg-one-rewards: IHG Rewards Club became IHG One Rewards (2022).
// d16-text-rotten-tomatoes-audience-score-to-popcornmeter: Rotten Tomatoes renamed the Audience Score "Popcornmeter" (May 2024).
// d16-tab-inkscape-objects-to-layers-and-objects: Inkscape 1.2 (May 2022) merged the Objects and Layers dialogs into "Layers and Objects".
// d16-option-eurostar-standard-premier-to-plus: Eurostar renamed its classes (October 2023): Standard Premier -> Eurostar Plus, Business Premier -> Eurostar Premier.
// d16-menuitem-audacity-noise-removal-to-noise-reduction: Audacity 2.1.0 (2015) renamed the Noise Removal effect "Noise Reduction".
// d16-checkbox-accor-le-club-to-all: Le Club AccorHotels became ALL - Accor Live Limitless (2019).
// d16-link-ulta-ultamate-rewards-to-ulta-beauty-rewards: Ulta Beauty renamed Ultamate Rewards "Ulta Beauty Rewards" (2021).
// d16-chain-po-tmobile-one-to-magenta: T-Mobile ONE became Magenta (and ONE Plus Magenta Plus) (August 2019).
// d16-chain-po-bt-sport-to-tnt-sports: BT Sport became TNT Sports (July 2023).
// d16-chain-po-uktv-play-to-u: UKTV Play became "U" (July 2024).
// d16-chain-po-chase-quickpay-to-zelle: Chase folded Chase QuickPay into Zelle ("Send money with Zelle").
// d16-chain-po-victorops-to-splunk-on-call: Splunk renamed VictorOps "Splunk On-Call" (2020).
// d16-chain-filter-soundcloud-pro-unlimited-to-next-pro: SoundCloud replaced Pro Unlimited with Next Pro (January 2022).
// d16-chain-arlo-smart-to-arlo-secure: Arlo renamed its Arlo Smart subscription "Arlo Secure" (2021).
// d16-chain-all-4-to-channel-4: Channel 4 renamed its streaming service All 4 "Channel 4" (2023).
// d16-chain-ww-international-footer: Weight Watchers International became WW International, Inc. (September 2018).
// d16-chain-filter-epix-to-mgm-plus: EPIX became MGM+ (January 2023).
// d16-css-animate-css4-prefix: Animate.css 4.0 (2020) prefixed its classes: `animated tada` -> `animate__animated animate__tada`.
// d16-css-uswds2-button-modifier: USWDS 2.0 (2019) moved to BEM modifiers: `usa-button-secondary` -> `usa-button usa-button--secondary`.
// d16-css-fancybox4-close-button: Fancybox 4 (2021) renamed its markup in BEM: `.fancybox-container .fancybox-button--close` -> `.fancybox__container .fancybox__button--close`.
// d16-xpath-ng-grid-to-ui-grid: ng-grid 2 became UI-Grid 3 (2015): `ngRow` / `ngCellText` became `ui-grid-row` / `ui-grid-cell-contents`.
// d16-id-prestashop17-submit-login: PrestaShop 1.7's classic theme (2016) replaced 1.6's `#SubmitLogin` button with `#submit-login`.
// d16-testid-saleor-data-test-to-data-test-id: the Saleor dashboard moved its test attribute from `data-test` to `data-test-id` (the values here are this page's).
// d16-refuse-nintendo-gold-points-retired: My Nintendo stopped giving Gold Points for purchases (March 25, 2025); Platinum Points stay.
// d16-refuse-kraken-cryptowatch-shut-down: Kraken shut down Cryptowatch (2023); Kraken Pro stays.
// d16-refuse-tidal-hifi-plus-retired: TIDAL dropped its HiFi Plus tier for a single Individual plan (April 2024).
// d16-refuse-foursquare-city-guide-retired: Foursquare retired the Foursquare City Guide app (December 15, 2024); Swarm stays.
// d16-refuse-tiktok-discover-to-friends: TikTok put a Friends tab where the Discover tab was (2022).
// d16-refuse-deezer-add-to-favorites-now-remove: fixture change (the playing track is already a favorite).
// d16-refuse-viber-block-now-unblock: fixture change (the contact is already blocked).
// d16-refuse-sams-club-membership-price: Sam's Club raised Club from $45 to $50 and Plus from $100 to $110 (October 17, 2022).
// d16-refuse-ubuntu-lts-version: Ubuntu 24.04 LTS (April 25, 2024) replaced 22.04.4 LTS as the download page's release.
// d16-refuse-travis-ci-build-failed: fixture change (a broken commit; the branch's latest build failed).
// d16-refuse-splitwise-different-expense: fixture change (the group was settled up and a new expense added).
// d16-refuse-po-gnome-preferences-behind-primary-menu: GNOME 3.32 (March 2019) retired the top bar's app menu; Files' Preferences moved into the window's closed main menu.
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d16-button-tesla-summon-to-dumb-summon (the app screen's button labels and the release month),
// d16-title-square-cash-to-cash-app (the year, and that a tip page carries the name in a tooltip),
// d16-placeholder-unsplash-search (both placeholders), d16-label-ihg-rewards-club-to-ihg-one-rewards (the
// sign-in labels), d16-checkbox-accor-le-club-to-all (the booking form's checkbox wording),
// d16-link-ulta-ultamate-rewards-to-ulta-beauty-rewards (the year), d16-chain-po-chase-quickpay-to-zelle
// (the menu's link texts), d16-chain-po-victorops-to-splunk-on-call and d16-chain-arlo-smart-to-arlo-secure
// (the years), d16-chain-po-uktv-play-to-u and d16-chain-all-4-to-channel-4 (the months),
// d16-chain-filter-soundcloud-pro-unlimited-to-next-pro (the plan cards' buttons),
// d16-css-fancybox4-close-button (Fancybox 4's exact close-button classes),
// d16-testid-saleor-data-test-to-data-test-id (the attribute move is my recollection of the dashboard's
// history; the values are this page's), d16-refuse-kraken-cryptowatch-shut-down (the year),
// d16-refuse-tiktok-discover-to-friends (the tab labels), d16-refuse-deezer-add-to-favorites-now-remove and
// d16-refuse-viber-block-now-unblock (the buttons' labels) and
// d16-refuse-po-gnome-preferences-behind-primary-menu (the menus' names).
// Every product here is one no earlier dev set used (their comments and pages were grepped for each name first).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // Dunkin' Donuts dropped "Donuts" from its name (January 2019): the site header's logo took the new name; the rewards badge keeps its own alt.
  {
    id: 'd16-alt-dunkin-donuts-to-dunkin',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="brand" ${DONE}><img src="${GIF}" alt="${v("Dunkin' Donuts", "Dunkin'")}" width="120" height="40"></a><nav aria-label="Main"><a href="#/menu" ${WRITES('menu')}>Menu</a><a href="#/order" ${WRITES('order')}>Order Ahead</a><a href="#/rewards" ${WRITES('rewards')}>${v('DD Perks', "Dunkin' Rewards")}</a><a href="#/locations" ${WRITES('locations')}>Find a Store</a></nav></header>
<main><h1>America Runs on Dunkin'</h1><section class="promo"><img src="${GIF}" alt="${v('DD Perks member', "Dunkin' Rewards member")}" width="48" height="48"><p>Earn points on every coffee.</p><a href="#/join" ${WRITES('join')}>Join now</a></section>
<section><h2>Seasonal menu</h2><img src="${GIF}" alt="Pumpkin Swirl Signature Latte" width="80" height="80"><img src="${GIF}" alt="Glazed Donut" width="80" height="80"></section></main>${OUT}`,
    ),
    body: `await page.getByAltText("Dunkin' Donuts", { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // The Tesla app (autumn 2024) renamed the old Summon "Dumb Summon" when "Actually Smart Summon" replaced Smart Summon; the screen keeps both.
  {
    id: 'd16-button-tesla-summon-to-dumb-summon',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="vehicle-header"><h1>Tide Runner</h1><p>Parked · 78%</p><button type="button" aria-label="Back" ${WRITES('back')}>‹</button></header>
<main class="summon"><h2>Summon</h2><p>Move your car in and out of tight spaces.</p><div class="summon-modes"><button type="button" class="summon-smart" ${WRITES('smart')}>${v('Smart Summon', 'Actually Smart Summon')}</button><button type="button" class="summon-standard" ${DONE}>${v('Summon', 'Dumb Summon')}</button></div>
<div class="summon-controls"><button type="button" ${WRITES('forward')}>Forward</button><button type="button" ${WRITES('reverse')}>Reverse</button></div><a href="#/summon/help" ${WRITES('help')}>How Summon works</a></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Summon', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.summon-standard',
  },
  // Hyatt Gold Passport became World of Hyatt (March 1, 2017): the account's programme page heading took the new name.
  {
    id: 'd16-heading-hyatt-gold-passport-to-world-of-hyatt',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Hyatt" width="90" height="30"></a><nav aria-label="Main"><a href="#/hotels">Hotels</a><a href="#/offers">Offers</a><a href="#/account">My Account</a></nav></header>
<main class="loyalty"><h1>${v('Hyatt Gold Passport', 'World of Hyatt')}</h1><section><h2>${v('Membership tier', 'Status')}</h2><p>${v('Platinum', 'Explorist')}</p><p>${v('24,300 points', '24,300 points · 18 qualifying nights')}</p></section>
<section><h2>${v('Hyatt Credit Card', 'World of Hyatt Credit Card')}</h2><p>Earn a free night every year.</p></section><aside><h2>Hyatt Residence Club</h2></aside></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Hyatt Gold Passport', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'main h1',
  },
  // Square Cash was renamed Cash App (2018): a creator's tip page names each payment app in its icon link's tooltip.
  {
    id: 'd16-title-square-cash-to-cash-app',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="tip-jar"><img src="${GIF}" alt="Harbour Notes avatar" width="72" height="72"><h1>Harbour Notes</h1><p>Tide charts and harbour photos. Tips keep the gauges running.</p>
<div class="pay-links"><a href="#/pay/paypal" class="pay-paypal" title="PayPal" ${WRITES('paypal')}><img src="${GIF}" alt="" width="32" height="32"></a><a href="#/pay/venmo" class="pay-venmo" title="Venmo" ${WRITES('venmo')}><img src="${GIF}" alt="" width="32" height="32"></a><a href="#/pay/cash" class="pay-cash" title="${v('Square Cash', 'Cash App')}" ${DONE}><img src="${GIF}" alt="" width="32" height="32"></a><a href="#/pay/card" class="pay-card" title="${v('Card via Square', 'Card via Square')}" ${WRITES('card')}><img src="${GIF}" alt="" width="32" height="32"></a></div>
<p class="handles">$harbournotes · @harbournotes</p></main>${OUT}`,
    ),
    body: `await page.getByTitle('Square Cash', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.pay-cash',
  },
  // Unsplash's header search: the placeholder "Search free high-resolution photos" became "Search photos and illustrations"; the collections box keeps its own.
  {
    id: 'd16-placeholder-unsplash-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top-nav"><a href="#/"><img src="${GIF}" alt="Unsplash Home" width="32" height="32"></a><form role="search" class="search-form"><input type="search" name="searchKeyword" aria-label="Search Unsplash" placeholder="${v('Search free high-resolution photos', 'Search photos and illustrations')}"></form><a href="#/explore">Explore</a><a href="#/advertise">Advertise</a>${v('', '<a href="#/plus">Unsplash+</a>')}<a href="#/login">Log in</a></header>
<main><h1>Unsplash</h1><p>The internet's source for visuals.</p><section><h2>Collections</h2><input type="search" name="collectionKeyword" aria-label="Search collections" placeholder="Search collections"></section>
<section><h2>Newsletter</h2><input type="email" name="email" aria-label="Email" placeholder="Free photos, every week"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search free high-resolution photos').fill('harbour');\n  await expect(page.locator('input[name="searchKeyword"]')).toHaveValue('harbour');`,
    expect: 'heal',
    target: 'input[name="searchKeyword"]',
  },
  // IHG Rewards Club became IHG One Rewards (2022): the sign-in form's first label took the new programme's name.
  {
    id: 'd16-label-ihg-rewards-club-to-ihg-one-rewards',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="IHG Hotels &amp; Resorts" width="90" height="32"></a><nav aria-label="Main"><a href="#/find">Find a hotel</a><a href="#/deals">Deals</a><a href="#/rewards">${v('IHG Rewards Club', 'IHG One Rewards')}</a></nav></header>
<main><h1>Sign in</h1><form class="sign-in"><label for="signin-id">${v('IHG Rewards Club member number or email', 'Email or IHG One Rewards member number')}</label><input id="signin-id" name="username"><label for="signin-pin">PIN</label><input id="signin-pin" name="pin" type="password"><label><input type="checkbox" name="remember"> Remember me</label><button type="button">Sign in</button></form>
<section><h2>Not a member?</h2><label for="join-email">Email to join ${v('IHG Rewards Club', 'IHG One Rewards')}</label><input id="join-email" name="join-email"><a href="#/join">Join for free</a></section></main>`,
    ),
    body: `await page.getByLabel('IHG Rewards Club member number or email').fill('ada.lovelace');\n  await expect(page.locator('#signin-id')).toHaveValue('ada.lovelace');`,
    expect: 'heal',
    target: '#signin-id',
  },
];

const renamedTextMore: Drift[] = [
  // Rotten Tomatoes renamed its Audience Score "Popcornmeter" (May 2024): the score panel's label took the new name; the Tomatometer stays.
  {
    id: 'd16-text-rotten-tomatoes-audience-score-to-popcornmeter',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Rotten Tomatoes" width="120" height="32"></a><nav aria-label="Main"><a href="#/movies">Movies</a><a href="#/tv">TV Shows</a><a href="#/news">News</a></nav></header>
<main><h1>Low Water</h1><p>2024, Drama, 1h 52m</p><div class="scores"><div class="score"><p class="score-value">91%</p><p class="tomatometer-label">Tomatometer</p><p>142 Reviews</p></div><div class="score"><p class="score-value">84%</p><p class="audience-label">${v('Audience Score', 'Popcornmeter')}</p><p>${v('2,500+ Ratings', '2,500+ Verified Ratings')}</p></div></div>
<section><h2>Audience Reviews</h2><p>"Quiet and tense." · Verified</p></section></main>`,
    ),
    body: `await expect(page.getByText('Audience Score', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '.audience-label',
  },
  // Inkscape 1.2 (May 2022) merged the Objects and Layers dialogs into one "Layers and Objects" dialog; the docked notebook's tab followed.
  {
    id: 'd16-tab-inkscape-objects-to-layers-and-objects',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Fill and Stroke', WRITES('fill'), true)}${tab('Layers', WRITES('layers'))}${tab('Objects', DONE)}${tab('Align and Distribute', WRITES('align'))}`,
        `${tab('Fill and Stroke', WRITES('fill'), true)}${tab('Layers and Objects', DONE)}${tab('Align and Distribute', WRITES('align'))}`,
      );
      return `<header class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" ${WRITES('object')}>Object</button><button type="button" ${WRITES('layer')}>Layer</button></header>
<main class="canvas"><p>harbour-chart.svg · 1 object selected</p></main>
<aside class="dock"><div role="tablist" aria-label="Dialogs" class="dock-tabs">${tabs}</div><div role="tabpanel"><label>Opacity <input type="range" value="100"></label></div></aside>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Objects', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Layers and Objects")',
  },
  // Eurostar renamed its classes (October 2023): Standard Premier became Eurostar Plus and Business Premier Eurostar Premier.
  {
    id: 'd16-option-eurostar-standard-premier-to-plus',
    kind: 'renamed text',
    ...both((v) => {
      const fare = (name: string, price: string, extra: string, selected = false) => `<div role="option" aria-label="${name}" aria-selected="${selected}" class="fare" ${extra}><span class="fare-name">${name}</span><span class="fare-price">${price}</span></div>`;
      const fares = v(
        `${fare('Standard', '£59', WRITES('standard'), true)}${fare('Standard Premier', '£109', DONE)}${fare('Business Premier', '£245', WRITES('business'))}`,
        `${fare('Standard', '£59', WRITES('standard'), true)}${fare('Plus', '£109', DONE)}${fare('Premier', '£245', WRITES('premier'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Eurostar</a><a href="#/bookings" ${WRITES('bookings')}>Manage booking</a></header>
<main><h1>London St Pancras → Paris Gare du Nord</h1><p>Sat 14 June · 09:01 · 2h 16m · Direct</p><p id="fares-label">Choose your class</p><div role="listbox" aria-labelledby="fares-label" class="fares">${fares}</div><button type="button" ${WRITES('continue')}>Continue</button></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Standard Premier' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"][aria-label="Plus"]',
  },
  // Audacity 2.1.0 (2015) renamed the Noise Removal effect "Noise Reduction"; the open Effect menu lists it where "Noise Removal..." was.
  {
    id: 'd16-menuitem-audacity-noise-removal-to-noise-reduction',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<header class="menubar"><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('edit')}>Edit</button><button type="button" ${WRITES('tracks')}>Tracks</button><button type="button" aria-expanded="true" ${WRITES('effect')}>Effect</button><button type="button" ${WRITES('analyze')}>Analyze</button></header>
<div role="menu" aria-label="Effect" class="menu">${item('Repeat Last Effect', WRITES('repeat'))}${item('Amplify...', WRITES('amplify'))}${item('Bass and Treble...', WRITES('bass'))}${item('Change Pitch...', WRITES('pitch'))}${item('Fade In', WRITES('fade-in'))}${item(v('Noise Removal...', 'Noise Reduction...'), DONE)}${item('Normalize...', WRITES('normalize'))}${item('Repair', WRITES('repair'))}</div>
<main><p>harbour-ambience.aup · 44100 Hz</p><p>Select a noise profile first.</p></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Noise Removal...' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:has-text("Noise Reduction")',
  },
  // Accor replaced Le Club AccorHotels with ALL - Accor Live Limitless (2019): the booking form's join checkbox took the new name.
  {
    id: 'd16-checkbox-accor-le-club-to-all',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="${v('AccorHotels', 'ALL - Accor Live Limitless')}" width="120" height="32"></a></header>
<main><h1>Your booking</h1><p>Novotel Dover Harbour · 2 nights · £248</p><form class="guest"><label for="g-name">Full name</label><input id="g-name" name="name"><label for="g-email">Email</label><input id="g-email" name="email">
<label class="opt"><input type="checkbox" id="join-loyalty" name="join"> ${v('Join Le Club AccorHotels for free and earn points on this stay', 'Join ALL - Accor Live Limitless for free and earn points on this stay')}</label><label class="opt"><input type="checkbox" id="offers" name="offers"> Send me offers from ${v('AccorHotels', 'Accor')} and partners</label><label class="opt"><input type="checkbox" id="terms" name="terms"> I accept the booking conditions</label><button type="button">Book</button></form></main>`,
    ),
    body: `await page.getByRole('checkbox', { name: 'Join Le Club AccorHotels' }).check();\n  await expect(page.locator('#join-loyalty')).toBeChecked();`,
    expect: 'heal',
    target: '#join-loyalty',
  },
  // Ulta Beauty renamed Ultamate Rewards "Ulta Beauty Rewards" (2021): the header's rewards link took the new name; the credit card link in the footer followed.
  {
    id: 'd16-link-ulta-ultamate-rewards-to-ulta-beauty-rewards',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Ulta Beauty" width="100" height="32"></a><nav aria-label="Main"><a href="#/shop" ${WRITES('shop')}>Shop</a><a href="#/brands" ${WRITES('brands')}>Brands</a><a href="#/rewards" class="rewards-link" ${DONE}>${v('Ultamate Rewards', 'Ulta Beauty Rewards')}</a><a href="#/services" ${WRITES('services')}>Salon services</a></nav></header>
<main><h1>Hi, Ada</h1><p>${v('1,240 Ultamate Rewards points', '1,240 Ulta Beauty Rewards points')}</p><a href="#/points" ${WRITES('points')}>See my points</a></main>
<footer><a href="#/credit-card" ${WRITES('card')}>${v('Ultamate Rewards Mastercard', 'Ulta Beauty Rewards Mastercard')}</a><a href="#/help" ${WRITES('help')}>Help</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Ultamate Rewards', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.rewards-link',
  },
];

const chains: Drift[] = [
  // T-Mobile renamed T-Mobile ONE "Magenta" and ONE Plus "Magenta Plus" (August 2019): the plan card headings followed (page object, the filter step drifts).
  {
    id: 'd16-chain-po-tmobile-one-to-magenta',
    kind: 'multi-line chain',
    ...both((v) => {
      const plan = (name: string, price: string, extra: string) => `<div class="plan-card"><h2>${name}</h2><p class="price">${price}/mo</p><button type="button" ${extra}>Select</button></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>T-Mobile</a><nav aria-label="Main"><a href="#/phones" ${WRITES('phones')}>Phones</a><a href="#/plans" ${WRITES('plans')}>Plans</a><a href="#/deals" ${WRITES('deals')}>Deals</a></nav></header>
<main><h1>Pick your plan</h1><div class="plans">${plan('T-Mobile Essentials', '$60', WRITES('essentials'))}${plan(v('T-Mobile ONE', 'Magenta'), '$70', DONE)}${plan(v('T-Mobile ONE Plus', 'Magenta Plus'), '$85', WRITES('plus'))}</div><p>Taxes and fees included.</p></main>${OUT}`;
    }),
    imports: `import { PlansPage } from './plans-page';`,
    files: {
      'plans-page.ts': `import type { Page } from '@playwright/test';

export class PlansPage {
  constructor(readonly page: Page) {}

  async chooseUnlimitedPlan() {
    await this.page
      .locator('.plan-card')
      .filter({ has: this.page.getByRole('heading', { name: 'T-Mobile ONE', exact: true }) })
      .getByRole('button', { name: 'Select' })
      .click();
  }

  async chooseEssentials() {
    await this.page
      .locator('.plan-card')
      .filter({ hasText: 'Essentials' })
      .getByRole('button', { name: 'Select' })
      .click();
  }
}
`,
    },
    body: `await new PlansPage(page).chooseUnlimitedPlan();\n  ${CHECK}`,
    expect: 'heal',
    target: '.plan-card:has(h2:text-is("Magenta")) button',
  },
  // BT Sport became TNT Sports (July 18, 2023): the BT TV guide's channel rows took the new names (page object, the filter step drifts).
  {
    id: 'd16-chain-po-bt-sport-to-tnt-sports',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (channel: string, now: string, extra: string) => `<tr><td>${channel}</td><td>${now}</td><td><button type="button" ${extra}>Record</button></td></tr>`;
      return `<header><a href="#/" ${WRITES('logo')}>BT TV</a><nav aria-label="Main"><a href="#/guide" ${WRITES('guide')}>TV Guide</a><a href="#/recordings" ${WRITES('recordings')}>Recordings</a></nav></header>
<main><h1>TV Guide · Sport</h1><table aria-label="Sport channels"><tr><th>Channel</th><th>On now</th><th></th></tr>${row(v('BT Sport 1', 'TNT Sports 1'), 'Premiership Rugby: Bath v Saracens', DONE)}${row(v('BT Sport 2', 'TNT Sports 2'), 'UFC Fight Night', WRITES('sport-2'))}${row('Sky Sports Main Event', 'Test Cricket: England v India', WRITES('sky'))}${row(v('BT Sport ESPN', 'TNT Sports 4'), 'NBA: Celtics v Heat', WRITES('sport-4'))}</table></main>${OUT}`;
    }),
    imports: `import { GuidePage } from './guide-page';`,
    files: {
      'guide-page.ts': `import type { Page } from '@playwright/test';

export class GuidePage {
  constructor(readonly page: Page) {}

  async recordRugby() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'BT Sport 1' })
      .getByRole('button', { name: 'Record' })
      .click();
  }

  async recordCricket() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Sky Sports Main Event' })
      .getByRole('button', { name: 'Record' })
      .click();
  }
}
`,
    },
    body: `await new GuidePage(page).recordRugby();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("TNT Sports 1")) button',
  },
  // UKTV Play became "U" (July 2024): a smart TV's app row names the app "U" (page object, the last step drifts).
  {
    id: 'd16-chain-po-uktv-play-to-u',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (href: string, label: string, extra: string) => `<li><a href="#/apps/${href}" ${extra}><img src="${GIF}" alt="" width="64" height="36">${label}</a></li>`;
      return `<main class="home-screen"><h1>Home</h1><section aria-label="Continue watching"><h2>Continue watching</h2><a href="#/continue/1" ${WRITES('continue')}>Red Dwarf · Series 3</a></section>
<nav aria-label="Apps" class="app-row"><ul>${app('iplayer', 'BBC iPlayer', WRITES('iplayer'))}${app(v('uktv-play', 'u'), v('UKTV Play', 'U'), DONE)}${app('netflix', 'Netflix', WRITES('netflix'))}${app('youtube', 'YouTube', WRITES('youtube'))}</ul></nav>
<nav aria-label="Settings"><a href="#/settings" ${WRITES('settings')}>Settings</a></nav></main>${OUT}`;
    }),
    imports: `import { TvHome } from './tv-home';`,
    files: {
      'tv-home.ts': `import type { Page } from '@playwright/test';

export class TvHome {
  constructor(readonly page: Page) {}

  async openUktv() {
    await this.page
      .getByRole('navigation', { name: 'Apps' })
      .getByRole('link', { name: 'UKTV Play' })
      .click();
  }

  async openIplayer() {
    await this.page
      .getByRole('navigation', { name: 'Apps' })
      .getByRole('link', { name: 'BBC iPlayer' })
      .click();
  }
}
`,
    },
    body: `await new TvHome(page).openUktv();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Apps"] a[href="#/apps/u"]',
  },
  // Chase folded Chase QuickPay into Zelle: the "Pay & transfer" menu's link became "Send money with Zelle" (page object, the last step drifts).
  {
    id: 'd16-chain-po-chase-quickpay-to-zelle',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="chase-header"><a href="#/dashboard" ${WRITES('logo')}>Chase</a><button type="button" aria-expanded="true" ${WRITES('pay-menu')}>Pay &amp; transfer ▾</button><a href="#/plan" ${WRITES('plan')}>Plan &amp; track</a><a href="#/profile" ${WRITES('profile')}>Profile</a></header>
<nav aria-label="Pay &amp; transfer" class="mega-menu"><ul>${link('bill-pay', 'Pay bills', WRITES('bills'))}${link(v('quickpay', 'zelle'), v('Chase QuickPay', 'Send money with Zelle'), DONE)}${link('transfer', 'Transfer money', WRITES('transfer'))}${link('wire', 'Wire money', WRITES('wire'))}</ul></nav>
<main><h1>Accounts</h1><p>Total checking $4,210.55</p></main>${OUT}`;
    }),
    imports: `import { PayMenu } from './pay-menu';`,
    files: {
      'pay-menu.ts': `import type { Page } from '@playwright/test';

export class PayMenu {
  constructor(readonly page: Page) {}

  async sendMoney() {
    await this.page
      .getByRole('navigation', { name: 'Pay & transfer' })
      .getByRole('link', { name: 'Chase QuickPay' })
      .click();
  }

  async payBills() {
    await this.page
      .getByRole('navigation', { name: 'Pay & transfer' })
      .getByRole('link', { name: 'Pay bills' })
      .click();
  }
}
`,
    },
    body: `await new PayMenu(page).sendMoney();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.mega-menu a[href="#/zelle"]',
  },
  // Splunk renamed VictorOps "Splunk On-Call" (2020): an uptime monitor's alert integrations list shows the card under the new name (page object, the scope step drifts).
  {
    id: 'd16-chain-po-victorops-to-splunk-on-call',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="integration"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Connect</button></section>`;
      return `<nav aria-label="Monitor settings"><a href="#/monitors" ${WRITES('monitors')}>Monitors</a><a href="#/alert-contacts" ${WRITES('contacts')}>Alert contacts</a><a href="#/integrations" ${WRITES('integrations')}>Integrations</a></nav>
<main><h1>Integrations</h1><p>Send alerts to your on-call tool.</p><div class="integrations">${card('PagerDuty', 'Not connected', WRITES('pagerduty'))}${card(v('VictorOps', 'Splunk On-Call'), 'Not connected', DONE)}${card('Opsgenie', 'Not connected', WRITES('opsgenie'))}${card('Slack', 'Connected · #harbour-alerts', WRITES('slack'))}</div></main>${OUT}`;
    }),
    imports: `import { IntegrationsPage } from './integrations-page';`,
    files: {
      'integrations-page.ts': `import type { Page } from '@playwright/test';

export class IntegrationsPage {
  constructor(readonly page: Page) {}

  async connectOnCallTool() {
    await this.page
      .getByRole('region', { name: 'VictorOps' })
      .getByRole('button', { name: 'Connect' })
      .click();
  }

  async connectPagerDuty() {
    await this.page
      .getByRole('region', { name: 'PagerDuty' })
      .getByRole('button', { name: 'Connect' })
      .click();
  }
}
`,
    },
    body: `await new IntegrationsPage(page).connectOnCallTool();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Splunk On-Call"] button',
  },
];

const chainsMore: Drift[] = [
  // SoundCloud replaced Pro Unlimited with Next Pro (January 2022): the artist plans page's card heading followed (the filter step, written with `has:`, drifts).
  {
    id: 'd16-chain-filter-soundcloud-pro-unlimited-to-next-pro',
    kind: 'multi-line chain',
    ...both((v) => {
      const plan = (name: string, price: string, extra: string) => `<section class="plan"><h2>${name}</h2><p class="price">${price}</p><a href="#/checkout/${slug(name)}" ${extra}>Get started</a></section>`;
      return `<header><a href="#/" ${WRITES('logo')}>SoundCloud</a><nav aria-label="Main"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/feed" ${WRITES('feed')}>Feed</a><a href="#/library" ${WRITES('library')}>Library</a><a href="#/upload" ${WRITES('upload')}>Upload</a></nav></header>
<main><h1>Artist plans</h1><div class="plans">${v(`${plan('Pro', '£6/month', WRITES('pro'))}${plan('Pro Unlimited', '£12/month', DONE)}`, `${plan('Next', 'Free', WRITES('next'))}${plan('Next Pro', '£12/month', DONE)}`)}</div><p>Cancel anytime.</p></main>${OUT}`;
    }),
    body: `await page\n    .locator('section')\n    .filter({ has: page.getByRole('heading', { name: 'Pro Unlimited' }) })\n    .getByRole('link', { name: 'Get started' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.plan:has(h2:text-is("Next Pro")) a',
  },
  // Arlo renamed its Arlo Smart subscription "Arlo Secure" (2021): the account's subscription panel took the new name (the scope step drifts).
  {
    id: 'd16-chain-arlo-smart-to-arlo-secure',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Arlo</a><nav aria-label="Account"><a href="#/devices" ${WRITES('devices')}>Devices</a><a href="#/library" ${WRITES('library')}>Library</a><a href="#/settings" ${WRITES('settings')}>Settings</a></nav></header>
<main><h1>Subscriptions</h1><section aria-label="${v('Arlo Smart', 'Arlo Secure')}" class="subscription"><h2>${v('Arlo Smart', 'Arlo Secure')}</h2><p>Single camera · renews 3 March</p><button type="button" class="manage-plan" ${DONE}>Manage</button></section>
<section aria-label="Devices" class="devices"><h2>Devices</h2><p>Harbour Cam · Front Door</p><button type="button" ${WRITES('manage-devices')}>Manage</button></section><section aria-label="Arlo Safe"><h2>Arlo Safe</h2><p>Get the app</p><a href="#/safe" ${WRITES('safe')}>Learn more</a></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('region', { name: 'Arlo Smart' })\n    .getByRole('button', { name: 'Manage' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.subscription button.manage-plan',
  },
  // Channel 4 renamed its streaming service All 4 "Channel 4" (2023): a programme guide's "Watch on" dialog lists the app under the new name (the last step drifts).
  {
    id: 'd16-chain-all-4-to-channel-4',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/watch/${href}" ${extra}>${label}</a></li>`;
      return `<main class="guide"><h1>Tonight</h1><ul><li>20:00 · ${v('Channel 4', 'Channel 4')} · Grand Designs</li><li>21:00 · BBC Two · Coast</li></ul><button type="button" ${WRITES('reminder')}>Set reminder</button></main>
<div role="dialog" aria-modal="true" aria-label="Watch on" class="watch-dialog"><h2>Watch Grand Designs on</h2><ul>${link(v('all4', 'channel4'), v('All 4', 'Channel 4'), DONE)}${link('prime', 'Prime Video', WRITES('prime'))}${link('now', 'NOW', WRITES('now'))}</ul><button type="button" ${WRITES('close')}>Close</button></div>${OUT}`;
    }),
    body: `await page\n    .getByRole('dialog', { name: 'Watch on' })\n    .getByRole('link', { name: 'All 4' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] a[href="#/watch/channel4"]',
  },
  // Weight Watchers International became WW International, Inc. (September 2018): the site footer's legal line followed (the last step of an expect chain drifts).
  {
    id: 'd16-chain-ww-international-footer',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="${v('Weight Watchers', 'WW')}" width="90" height="32"></a><p>${v('Weight Watchers', 'WW · Wellness that Works')}</p><nav aria-label="Main"><a href="#/plans">Plans</a><a href="#/recipes">Recipes</a><a href="#/studios">${v('Meetings', 'Workshops')}</a></nav></header>
<main><h1>${v('Lose weight with Weight Watchers', 'Wellness that works')}</h1><p>SmartPoints make healthy eating simple.</p></main>
<footer><p class="legal">© 2018 ${v('Weight Watchers International', 'WW International')}, Inc. All rights reserved.</p><p>${v('Weight Watchers', 'WW')} for Business</p><a href="#/privacy">Privacy</a></footer>`,
    ),
    body: `await expect(\n    page\n      .getByRole('contentinfo')\n      .getByText('Weight Watchers International, Inc.'),\n  ).toBeVisible();`,
    expect: 'heal',
    target: 'footer p.legal',
  },
  // EPIX became MGM+ (January 2023): a streaming device's channel store lists the premium channel under the new logo (the filter step, written with `has:`, drifts).
  {
    id: 'd16-chain-filter-epix-to-mgm-plus',
    kind: 'multi-line chain',
    ...both((v) => {
      const channel = (name: string, offer: string, extra: string) => `<li class="channel"><img src="${GIF}" alt="${name}" width="48" height="48"><span>${offer}</span><button type="button" ${extra}>Add channel</button></li>`;
      return `<main class="channel-store"><h1>Premium channels</h1><p>Free trials for new subscribers.</p><ul>${channel('STARZ', '7-day free trial', WRITES('starz'))}${channel(v('EPIX', 'MGM+'), '7-day free trial', DONE)}${channel('Paramount+', '7-day free trial', WRITES('paramount'))}${channel('AMC+', '7-day free trial', WRITES('amc'))}</ul>
<section><h2>Now streaming</h2><p>${v('Chapelwaite · only on EPIX', 'Chapelwaite · only on MGM+')}</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ has: page.getByRole('img', { name: 'EPIX' }) })\n    .getByRole('button', { name: 'Add channel' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.channel:has(img[alt="MGM+"]) button',
  },
];

const others: Drift[] = [
  // Animate.css 4.0 (2020) prefixed every class: `animated tada` became `animate__animated animate__tada`, so `.animated.tada` finds nothing.
  {
    id: 'd16-css-animate-css4-prefix',
    kind: 'css class',
    ...both((v) => {
      const anim = (name: string) => v(`animated ${name}`, `animate__animated animate__${name}`);
      return `<main><h1>Harbour shop</h1><div class="promo ${anim('fadeIn')}"><h2>Spring tide sale</h2><p>20% off tide clocks this weekend.</p><button type="button" class="btn btn-claim ${anim('tada')}" ${DONE}>Claim 20% off</button><button type="button" class="btn btn-later ${anim('fadeIn')}" ${WRITES('later')}>Maybe later</button></div>
<section class="products"><article class="product ${anim('fadeInUp')}"><h3>Tide clock</h3><button type="button" class="btn" ${WRITES('add-clock')}>Add to basket</button></article><article class="product ${anim('fadeInUp')}"><h3>Barometer</h3><button type="button" class="btn tada-sticker" ${WRITES('add-barometer')}>Add to basket</button></article></section></main>${OUT}`;
    }),
    body: `await page.locator('.animated.tada').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.animate__animated.animate__tada',
  },
  // USWDS 2.0 (2019) moved to BEM modifiers: the 1.x `usa-button-secondary` became `usa-button usa-button--secondary` (and `usa-button-outline` `usa-button--outline`).
  {
    id: 'd16-css-uswds2-button-modifier',
    kind: 'css class',
    ...both(
      (v) => `<header class="usa-header"><div class="usa-logo"><a href="#/" title="Home">Harbour Permits</a></div></header>
<main class="usa-layout-docs"><h1>Apply for a mooring permit</h1><div class="usa-alert ${v('usa-alert-warning', 'usa-alert--warning')}"><div class="usa-alert__body"><p>Your session ends in 10 minutes.</p></div></div>
<form class="usa-form"><label class="usa-label" for="vessel">Vessel name</label><input class="usa-input" id="vessel" name="vessel"><div class="actions"><button type="button" class="usa-button" ${WRITES('continue')}>Continue</button><button type="button" class="${v('usa-button-secondary', 'usa-button usa-button--secondary')}" ${DONE}>Save and exit</button><button type="button" class="${v('usa-button-outline', 'usa-button usa-button--outline')}" ${WRITES('back')}>Back</button></div></form>
<a href="#/help" class="usa-link ${v('usa-button-secondary-link', 'usa-link--secondary')}" ${WRITES('help')}>Get help</a></main>${OUT}`,
    ),
    body: `await page.locator('button.usa-button-secondary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.usa-button--secondary',
  },
  // Fancybox 4 (2021) rewrote its markup in BEM: Fancybox 3's `.fancybox-container .fancybox-button--close` became `.fancybox__container .fancybox__button--close` (a `carousel__button`).
  {
    id: 'd16-css-fancybox4-close-button',
    kind: 'css class',
    ...both((v) => {
      const img = `<img src="${GIF}" alt="Spring tide at Dover" width="320" height="200">`;
      const box = v(
        `<div class="fancybox-container fancybox-is-open" role="dialog" tabindex="-1"><div class="fancybox-bg"></div><div class="fancybox-inner"><div class="fancybox-infobar"><span>2</span> / <span>5</span></div><div class="fancybox-toolbar"><button type="button" class="fancybox-button fancybox-button--zoom" title="Zoom" ${WRITES('zoom')}>+</button><button type="button" class="fancybox-button fancybox-button--play" title="Start slideshow" ${WRITES('play')}>▶</button><button type="button" class="fancybox-button fancybox-button--close" title="Close" ${DONE}>×</button></div><div class="fancybox-navigation"><button type="button" class="fancybox-button fancybox-button--arrow_left" title="Previous" ${WRITES('prev')}>‹</button><button type="button" class="fancybox-button fancybox-button--arrow_right" title="Next" ${WRITES('next')}>›</button></div><div class="fancybox-stage"><div class="fancybox-slide fancybox-slide--image fancybox-slide--current">${img}</div></div><div class="fancybox-caption">Spring tide at Dover</div></div></div>`,
        `<div class="fancybox__container is-animated" role="dialog" aria-modal="true"><div class="fancybox__backdrop"></div><div class="fancybox__carousel"><div class="fancybox__viewport"><div class="fancybox__track"><div class="fancybox__slide has-image is-selected"><div class="fancybox__content">${img}</div><div class="fancybox__caption">Spring tide at Dover</div></div></div></div><button type="button" class="carousel__button is-prev" title="Previous" ${WRITES('prev')}>‹</button><button type="button" class="carousel__button is-next" title="Next" ${WRITES('next')}>›</button></div><div class="fancybox__toolbar"><div class="fancybox__toolbar__items fancybox__toolbar__items--left"><span>2</span> / <span>5</span></div><div class="fancybox__toolbar__items fancybox__toolbar__items--right"><button type="button" class="carousel__button fancybox__button--zoom" title="Toggle zoom level" ${WRITES('zoom')}>+</button><button type="button" class="carousel__button fancybox__button--slideshow" title="Toggle slideshow" ${WRITES('play')}>▶</button><button type="button" class="carousel__button fancybox__button--close" title="Close" ${DONE}>×</button></div></div></div>`,
      );
      return `<main><h1>Gallery</h1><div class="cookie-banner"><p>We use cookies.</p><button type="button" class="cookie-close" title="Close" ${WRITES('cookie')}>Close</button></div><a href="#/gallery/2" data-fancybox="gallery" ${WRITES('thumb')}>${img}</a></main>${box}${OUT}`;
    }),
    body: `await page.locator('.fancybox-container .fancybox-button--close').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.fancybox__container .fancybox__button--close',
  },
  // ng-grid 2 became UI-Grid 3 (2015): the rows' `ngRow` / `ngCell` / `ngCellText` classes became `ui-grid-row` / `ui-grid-cell` / `ui-grid-cell-contents`, so an XPath through `ngCellText` finds nothing.
  {
    id: 'd16-xpath-ng-grid-to-ui-grid',
    kind: 'xpath',
    ...both((v) => {
      const row = (i: number, station: string, high: string, extra: string) => v(
        `<div class="ngRow ${i % 2 ? 'odd' : 'even'}"><div class="ngCell col0 colt0"><div class="ngCellText" ${extra}>${station}</div></div><div class="ngCell col1 colt1"><div class="ngCellText">${high}</div></div></div>`,
        `<div class="ui-grid-row"><div><div class="ui-grid-cell ui-grid-coluiGrid-0005"><div class="ui-grid-cell-contents" ${extra}>${station}</div></div><div class="ui-grid-cell ui-grid-coluiGrid-0006"><div class="ui-grid-cell-contents">${high}</div></div></div></div>`,
      );
      const rows = `${row(0, 'Dover', '6.4 m', WRITES('dover'))}${row(1, 'Deal', '5.9 m', DONE)}${row(2, 'Folkestone', '6.8 m', WRITES('folkestone'))}`;
      const grid = v(
        `<div class="gridStyle ngGrid" ng-grid="gridOptions"><div class="ngTopPanel"><div class="ngHeaderContainer"><div class="ngHeaderCell col0"><div class="ngHeaderText">Station</div></div><div class="ngHeaderCell col1"><div class="ngHeaderText">High water</div></div></div></div><div class="ngViewport"><div class="ngCanvas">${rows}</div></div><div class="ngFooterPanel"><div class="ngTotalSelectContainer">Total Items: 3</div></div></div>`,
        `<div class="grid ui-grid" ui-grid="gridOptions"><div class="ui-grid-contents-wrapper"><div class="ui-grid-render-container ui-grid-render-container-body"><div class="ui-grid-header"><div class="ui-grid-header-cell"><div class="ui-grid-cell-contents">Station</div></div><div class="ui-grid-header-cell"><div class="ui-grid-cell-contents">High water</div></div></div><div class="ui-grid-viewport"><div class="ui-grid-canvas">${rows}</div></div></div></div></div>`,
      );
      return `<main><h1>Stations</h1>${grid}</main><aside><h2>Nearby</h2><ul><li><a href="#/stations/deal" class="ngCellLink" ${WRITES('sidebar-deal')}>Deal</a></li><li><a href="#/stations/ramsgate" ${WRITES('ramsgate')}>Ramsgate</a></li></ul></aside>${OUT}`;
    }),
    body: `await page.locator('//div[contains(@class, "ngCellText")][normalize-space()="Deal"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.ui-grid-canvas .ui-grid-cell-contents:text-is("Deal")',
  },
  // PrestaShop 1.7's classic theme (2016) rewrote the sign-in page: 1.6's `<button id="SubmitLogin">` became `<button id="submit-login" data-link-action="sign-in">`.
  {
    id: 'd16-id-prestashop17-submit-login',
    kind: 'id',
    ...both(
      (v) => `<header id="header"><a href="#/" class="logo">Harbour Supplies</a><a href="#/cart" ${WRITES('cart')}>Cart (0)</a></header><main id="${v('center_column', 'main')}"><h1>${v('Authentication', 'Log in to your account')}</h1>
${v(
  `<form id="login_form" class="box"><h3 class="page-subheading">Already registered?</h3><div class="form-group"><label for="email">Email address</label><input class="is_required validate account_input form-control" type="email" id="email" name="email"></div><div class="form-group"><label for="passwd">Password</label><input class="is_required validate account_input form-control" type="password" id="passwd" name="passwd"></div><p class="lost_password form-group"><a href="#/password-recovery" ${WRITES('forgot')}>Forgot your password?</a></p><p class="submit"><button type="button" id="SubmitLogin" name="SubmitLogin" class="button btn btn-default button-medium" ${DONE}><span>Sign in</span></button></p></form>
<form id="create-account_form" class="box"><h3 class="page-subheading">Create an account</h3><label for="email_create">Email address</label><input type="email" id="email_create" name="email_create" class="form-control"><button type="button" id="SubmitCreate" name="SubmitCreate" class="btn btn-default button button-medium exclusive" ${WRITES('create')}><span>Create an account</span></button></form>`,
  `<section class="login-form"><form id="login-form"><div class="form-group row"><label class="col-md-3 form-control-label" for="field-email">Email</label><input id="field-email" class="form-control" name="email" type="email"></div><div class="form-group row"><label class="col-md-3 form-control-label" for="field-password">Password</label><input id="field-password" class="form-control js-child-focus js-visible-password" name="password" type="password"><button type="button" class="btn" data-action="show-password" ${WRITES('show')}>Show</button></div><div class="forgot-password"><a href="#/password-recovery" ${WRITES('forgot')}>Forgot your password?</a></div><footer class="form-footer text-sm-center clearfix"><input type="hidden" name="submitLogin" value="1"><button id="submit-login" class="btn btn-primary" data-link-action="sign-in" type="button" ${DONE}>Sign in</button></footer></form></section><hr><div class="no-account"><a href="#/registration" data-link-action="display-register-form" ${WRITES('create')}>No account? Create one here</a></div>`,
)}</main>${OUT}`,
    ),
    body: `await page.locator('#SubmitLogin').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#submit-login',
  },
  // The Saleor dashboard moved its test attribute from `data-test` to `data-test-id` (the values here are this page's): the save bar's confirm button no longer matches.
  {
    id: 'd16-testid-saleor-data-test-to-data-test-id',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-test', 'data-test-id')}="${value}"`;
      return `<nav aria-label="Dashboard" class="sidebar"><a href="#/products" ${t('menu-item-label')} ${WRITES('products')}>Products</a><a href="#/orders" ${t('menu-item-label')} ${WRITES('orders')}>Orders</a><a href="#/customers" ${t('menu-item-label')} ${WRITES('customers')}>Customers</a></nav>
<main><h1>Tide clock</h1><form><label for="p-name">Name</label><input id="p-name" name="name" value="Tide clock" ${t('product-name-input')}><label for="p-price">Price</label><input id="p-price" name="price" value="49.00" ${t('price-input')}></form>
<div class="savebar" ${t('savebar')}><button type="button" ${t('button-bar-delete')} ${WRITES('delete')}>Delete</button><button type="button" ${t('button-bar-cancel')} ${WRITES('cancel')}>Back</button><button type="button" ${t('button-bar-confirm')} ${DONE}>Save</button></div></main>${OUT}`;
    }),
    body: `await page.locator('[data-test="button-bar-confirm"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test-id="button-bar-confirm"]',
  },
];

const refuse: Drift[] = [
  // My Nintendo stopped giving Gold Points for purchases (March 25, 2025): the eShop page's "Earn ... Gold Points" line is gone; a Platinum Points line stays.
  {
    id: 'd16-refuse-nintendo-gold-points-retired',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Nintendo" width="100" height="28"></a><nav aria-label="Main"><a href="#/games">Games</a><a href="#/my-nintendo">My Nintendo</a><a href="#/support">Support</a></nav></header>
<main><h1>Harbour Tycoon Deluxe</h1><p>Nintendo Switch · Simulation</p><section class="purchase"><p class="price">£24.99</p>${v('<p class="points-earned">Earn 24 My Nintendo Gold Points</p>', '')}<button type="button">Proceed to purchase</button></section>
<section class="rewards"><h2>My Nintendo</h2><p>${v('Redeem Gold Points on your next purchase', 'Earn My Nintendo Platinum Points by completing missions')}</p><p>Redeem Platinum Points for rewards</p><a href="#/rewards">See rewards</a></section></main>`,
    ),
    body: `await expect(page.getByText('Earn 24 My Nintendo Gold Points')).toBeVisible();`,
    expect: 'refuse',
  },
  // Kraken shut down Cryptowatch (2023): the open product switcher lost its entry; Kraken Pro and Kraken NFT stay.
  {
    id: 'd16-refuse-kraken-cryptowatch-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, detail: string, extra: string) => `<a href="#/${slug(label)}" role="menuitem" ${extra}>${label}<span class="detail" aria-hidden="true">${detail}</span></a>`;
      return `<header class="app-header"><a href="#/" ${WRITES('logo')}>Kraken</a><nav aria-label="Main"><a href="#/portfolio" ${WRITES('portfolio')}>Portfolio</a><a href="#/trade" ${WRITES('trade')}>Trade</a><a href="#/earn" ${WRITES('earn')}>Earn</a></nav><button type="button" aria-haspopup="menu" aria-expanded="true" ${WRITES('switcher')}>Products ▾</button></header>
<div role="menu" aria-label="Products" class="switcher">${item('Kraken', 'Buy and sell crypto', WRITES('kraken'))}${item('Kraken Pro', 'Advanced charts and trading', WRITES('pro'))}${v(item('Cryptowatch', 'Market charts from every exchange', DONE), '')}${item('Kraken NFT', 'Collect NFTs', WRITES('nft'))}</div>
<main><h1>Portfolio</h1><p>Balance £812.40</p>${v('', '<p class="notice">Cryptowatch has closed. Charts live on in Kraken Pro.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Cryptowatch' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // TIDAL dropped its HiFi Plus tier (April 2024) for a single Individual plan with lossless audio; the plans page has no HiFi Plus card left.
  {
    id: 'd16-refuse-tidal-hifi-plus-retired',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, price: string, text: string, extra: string) => `<div class="plan-card"><h2>${name}</h2><p class="price">${price}</p><p>${text}</p><a href="#/checkout/${slug(name)}" ${extra}>Try it now</a></div>`;
      const plans = v(
        `${plan('HiFi', '$9.99/month', 'Lossless audio quality', WRITES('hifi'))}${plan('HiFi Plus', '$19.99/month', 'Master quality, Dolby Atmos and artist payouts', DONE)}${plan('Family', '$14.99/month', 'Up to 6 accounts', WRITES('family'))}`,
        `${plan('Individual', '$10.99/month', 'Lossless audio up to 24-bit, 192 kHz and Dolby Atmos', WRITES('individual'))}${plan('Family', '$16.99/month', 'Up to 6 accounts', WRITES('family'))}${plan('Student', '$5.49/month', 'For eligible students', WRITES('student'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>TIDAL</a><a href="#/login" ${WRITES('login')}>Log in</a></header><main><h1>Choose your plan</h1><div class="plans">${plans}</div><p>Cancel anytime.</p></main>${OUT}`;
    }),
    body: `await page\n    .locator('.plan-card')\n    .filter({ hasText: 'HiFi Plus' })\n    .getByRole('link', { name: 'Try it now' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Foursquare retired the Foursquare City Guide app (December 15, 2024): the apps page keeps Swarm and the developer platform.
  {
    id: 'd16-refuse-foursquare-city-guide-retired',
    kind: 'refuse',
    ...both((v) => {
      const app = (label: string, text: string, extra: string) => `<li><a href="#/apps/${slug(label)}" ${extra}>${label}</a><p>${text}</p></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Foursquare</a><nav aria-label="Main"><a href="#/products" ${WRITES('products')}>Products</a><a href="#/developers" ${WRITES('developers')}>Developers</a></nav></header>
<main><h1>Our apps</h1><ul class="apps">${v(app('Foursquare City Guide', 'Find the best places to eat, drink and shop', DONE), '')}${app('Swarm', 'Check in and keep a record of where you have been', WRITES('swarm'))}${app('Foursquare for Developers', 'Places API and SDKs', WRITES('fsq-dev'))}</ul>${v('', '<p class="notice">Foursquare City Guide has been retired. Your tips and lists are in Swarm.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Foursquare City Guide' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // TikTok (2022) put a Friends tab where the Discover tab was (search took Discover's place at the top); Friends is another feed, not a renamed Discover.
  {
    id: 'd16-refuse-tiktok-discover-to-friends',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Home', WRITES('home'), true)}${tab('Discover', DONE)}${tab('Create', WRITES('create'))}${tab('Inbox', WRITES('inbox'))}${tab('Me', WRITES('me'))}`,
        `${tab('Home', WRITES('home'), true)}${tab('Friends', WRITES('friends'))}${tab('Create', WRITES('create'))}${tab('Inbox', WRITES('inbox'))}${tab('Profile', WRITES('profile'))}`,
      );
      return `<header class="feed-header"><a href="#/following" ${WRITES('following')}>Following</a><a href="#/foryou" ${WRITES('foryou')}>For You</a>${v('', `<button type="button" aria-label="Search" ${WRITES('search')}>🔍</button>`)}</header>
<main class="feed"><article><p>@harbournotes · Spring tide at Dover #tides</p><button type="button" aria-label="Like" ${WRITES('like')}>♡</button></article></main>
<nav aria-label="TikTok"><div role="tablist" aria-label="Sections" class="bottom-tabs">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Discover' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The playing track is already one of the seeded user's favorites (fixture change): Deezer's player bar shows "Remove from Favorite tracks" on the heart where "Add to Favorite tracks" was.
  {
    id: 'd16-refuse-deezer-add-to-favorites-now-remove',
    kind: 'refuse',
    ...both(
      (v) => `<main class="playlist"><h1>Harbour Songs</h1><ol><li>Neap Tide · Harbour Lights</li><li>Low Water · The Gauges</li></ol></main>
<section aria-label="Player" class="player-bar"><p class="track">Neap Tide · Harbour Lights</p><button type="button" aria-label="Back" ${WRITES('back')}>⏮</button><button type="button" aria-label="Pause" ${WRITES('pause')}>⏸</button><button type="button" aria-label="Next" ${WRITES('next')}>⏭</button><button type="button" class="heart" aria-label="${v('Add to Favorite tracks', 'Remove from Favorite tracks')}" ${v(DONE, WRITES('unfavorite'))}>${v('♡', '♥')}</button><button type="button" aria-label="Add to playlist" ${WRITES('playlist')}>＋</button></section>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to Favorite tracks' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // The seeded contact is already blocked (fixture change): Viber's contact info panel shows "Unblock this contact" on the same button where "Block this contact" was.
  {
    id: 'd16-refuse-viber-block-now-unblock',
    kind: 'refuse',
    ...both(
      (v) => `<main class="chat"><h1>Grace Hopper</h1><p>${v('last seen today at 09:12', 'Blocked')}</p><ul><li>Spring tide tomorrow?</li><li>6.9 m at Dover</li></ul></main>
<aside aria-label="Contact info" class="info"><h2>Grace Hopper</h2><p>+44 7700 900123</p><button type="button" ${WRITES('call')}>Free call</button><button type="button" ${WRITES('media')}>Media, links and files</button><button type="button" ${WRITES('mute')}>Mute chat</button><button type="button" class="block" ${v(DONE, WRITES('unblock'))}>${v('Block this contact', 'Unblock this contact')}</button><button type="button" ${WRITES('delete')}>Delete chat</button></aside>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Block this contact', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Sam's Club raised its fees (October 17, 2022): Club from $45 to $50 and Plus from $100 to $110; the fee the test checks must fail it.
  {
    id: 'd16-refuse-sams-club-membership-price',
    kind: 'refuse',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Sam's Club" width="120" height="32"><nav aria-label="Main"><a href="#/membership">Membership</a><a href="#/clubs">Clubs</a></nav></header>
<main><h1>Join Sam's Club</h1><section class="tier"><h2>Club</h2><p class="fee">${v('$45/year', '$50/year')}</p><p>Includes a free Household Card</p><button type="button">Join Club</button></section>
<section class="tier"><h2>Plus</h2><p class="fee">${v('$100/year', '$110/year')}</p><p>2% Sam's Cash on qualifying purchases</p><button type="button">Join Plus</button></section><aside><p>Business memberships are listed separately.</p></aside></main>`,
    ),
    body: `await expect(page.getByText('$45/year', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // Ubuntu 24.04 LTS (April 25, 2024) replaced 22.04.4 LTS as the desktop download; 22.04 is mentioned only as still supported.
  {
    id: 'd16-refuse-ubuntu-lts-version',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Ubuntu" width="100" height="30"></a><nav aria-label="Main"><a href="#/desktop">Desktop</a><a href="#/server">Server</a><a href="#/download">Download</a></nav></header>
<main><h1>Download Ubuntu Desktop</h1><section class="release"><h2>${v('Ubuntu 22.04.4 LTS', 'Ubuntu 24.04 LTS')}</h2><p>${v('Free updates until April 2027', 'Free updates until April 2029')}</p><a href="#/download/${v('22.04.4', '24.04')}" class="download-button">Download ${v('22.04.4', '24.04')}</a></section>
<section><h2>Other versions</h2><p>${v('Ubuntu 23.10 · interim release', 'Ubuntu 22.04 LTS is supported until April 2027')}</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Ubuntu 22.04.4 LTS' })).toBeVisible();`,
    expect: 'refuse',
  },
  // A broken commit reached main (fixture change): Travis CI's current build for the repository failed where it passed; other branches still show passed.
  {
    id: 'd16-refuse-travis-ci-build-failed',
    kind: 'refuse',
    ...both(
      (v) => `<header class="repo-header"><h1>harbour/tide-predictor</h1><img src="${GIF}" alt="build:${v('passed', 'failed')}" width="90" height="20"></header>
<section aria-label="Current" class="current"><h2>Current</h2><p class="build-status">${v('#412 passed', '#413 failed')}</p><p>${v('a41c9e2 Add Calais station', '7be0d13 Bump harmonics to 3.0')}</p><p>Ran for 4 min 12 sec</p></section>
<section aria-label="Branches"><h2>Branches</h2><table><tr><td>release-2.x</td><td>#409 passed</td></tr><tr><td>gauge-import</td><td>#411 passed</td></tr></table></section>`,
    ),
    body: `await expect(\n    page\n      .getByRole('region', { name: 'Current' })\n      .getByText('passed'),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // The group was settled up and a new expense added (fixture change): Splitwise's expense list no longer shows the seeded expense; others sit in its place.
  {
    id: 'd16-refuse-splitwise-different-expense',
    kind: 'refuse',
    ...both((v) => {
      const expense = (label: string, detail: string, extra: string) => `<li><a href="#/expenses/${slug(label)}" ${extra}>${label}</a><span>${detail}</span></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Splitwise</a><button type="button" ${WRITES('add')}>Add an expense</button><button type="button" ${WRITES('settle')}>Settle up</button></header>
<main><h1>Harbour weekend</h1>${v('<p>Grace owes you £18.50</p>', '<p>All settled up</p>')}<ul aria-label="Expenses">${v(`${expense('Fish supper at the harbour', '£37.00 · you paid', DONE)}${expense('Ferry tickets', '£64.00 · Grace paid', WRITES('ferry'))}`, `${expense('Deal pier parking', '£8.00 · you paid', WRITES('parking'))}${expense('Lighthouse tour', '£24.00 · Grace paid', WRITES('lighthouse'))}`)}</ul></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'Expenses' })\n    .getByRole('link', { name: 'Fish supper at the harbour' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // GNOME 3.32 (March 2019) retired the top bar's application menu: Files' "Preferences" moved into the window's main menu, which is closed (page object).
  {
    id: 'd16-refuse-po-gnome-preferences-behind-primary-menu',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const top = v(
        `<div class="top-bar"><button type="button" aria-expanded="true" ${WRITES('app-menu')}>Files ▾</button><span class="clock">Tue 09:41</span></div><div role="menu" aria-label="Files" class="app-menu">${item('New Window', WRITES('new-window'))}${item('Preferences', DONE)}${item('Keyboard Shortcuts', WRITES('shortcuts'))}${item('Help', WRITES('help'))}${item('About', WRITES('about'))}${item('Quit', WRITES('quit'))}</div>`,
        `<div class="top-bar"><span class="app-name">Files</span><span class="clock">Tue 09:41</span></div>`,
      );
      const menu = v('', `<div role="menu" aria-label="Main menu" class="primary-menu" hidden>${item('New Window', WRITES('new-window-hidden'))}${item('Preferences', WRITES('prefs-hidden'))}${item('Keyboard Shortcuts', WRITES('shortcuts-hidden'))}${item('Help', WRITES('help-hidden'))}${item('About Files', WRITES('about-hidden'))}</div>`);
      return `${top}<main class="window"><header class="headerbar"><button type="button" aria-label="Back" ${WRITES('back')}>‹</button><span class="path">Home</span><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button>${v('', `<button type="button" aria-label="Open menu" aria-haspopup="menu" aria-expanded="false" ${WRITES('open-menu')}>☰</button>`)}</header><ul aria-label="Home folder"><li>Documents</li><li>tide-table.pdf</li></ul></main>${menu}${OUT}`;
    }),
    imports: `import { FilesApp } from './files-app';`,
    files: {
      'files-app.ts': `import type { Page } from '@playwright/test';

export class FilesApp {
  constructor(readonly page: Page) {}

  async openPreferences() {
    await this.page
      .getByRole('menu', { name: 'Files' })
      .getByRole('menuitem', { name: 'Preferences' })
      .click();
  }

  async quit() {
    await this.page
      .getByRole('menu', { name: 'Files' })
      .getByRole('menuitem', { name: 'Quit' })
      .click();
  }
}
`,
    },
    body: `await new FilesApp(page).openPreferences();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_16_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
