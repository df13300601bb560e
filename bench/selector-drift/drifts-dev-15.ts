// Fifteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a data-science cloud's rebrand in its logo alt, a membership platform's join button, a
// travel site's loyalty programme heading, a private mail service's logo tooltip, a retailer's search
// placeholder, a hotel chain's sign-in label, another hotel chain's member level, a fitness app's tab, a
// ride-hailing app's ride option, a film database's streaming link, a crypto exchange's product switcher
// and a travel review site's award filter) on role, label, placeholder, alt, title, text, tab, option,
// menuitem and checkbox locators; Prettier-style multi-line chains in page objects and in the test body
// where the scope step, a filter or the last step drifts; library and app upgrades (Tom Select 2, Owl
// Carousel 2, Quill 2, Liferay 7, the NNS dapp's test attribute and the OpenShift Assisted Installer UI's
// test attribute) on class, XPath, id and test-id locators; and releases or fixture changes where any patch
// would be wrong (the same control now naming the opposite or another action, a feature retired while
// look-alikes stay, a feature moved behind a paywall, a price rise, a new LTS version, a deploy that went
// red, a different record, a menu entry moved behind a closed submenu). Pages carry decoys that share
// words, classes or attributes with the target. Heal cases name the `target` the drifted locator must now
// find; refuse cases have none.
//
// Sources, case by case (the release or change each one models):
// d15-alt-rstudio-cloud-to-posit-cloud: RStudio PBC became Posit (July 2022) and RStudio Cloud became Posit Cloud (January 2023).
// d15-button-patreon-become-a-patron-to-member: Patreon's 2023 creator pages call supporters members ("Become a patron" -> "Become a member").
// d15-heading-hotels-com-rewards-to-one-key: Hotels.com Rewards, Expedia Rewards and Vrbo were folded into One Key (July 2023).
// d15-title-tutanota-to-tuta: Tutanota renamed itself Tuta (November 2023).
// d15-placeholder-walmart-search: walmart.com's header search placeholder ("Search Walmart.com" -> "Search everything at Walmart online and in store").
// d15-label-hilton-hhonors-to-hilton-honors: Hilton HHonors became Hilton Honors (February 2017).
// d15-text-marriott-rewards-to-bonvoy: Marriott Rewards, Ritz-Carlton Rewards and SPG became Marriott Bonvoy (February 2019).
// d15-tab-fitbit-discover-to-coach: the Fitbit app's redesign (version 4.0, autumn 2023) replaced the Discover tab with Coach.
// d15-option-lyft-line-to-shared: Lyft renamed its pooled ride Lyft Line "Shared" (2018-19).
// d15-link-imdb-tv-to-freevee: Amazon renamed IMDb TV "Amazon Freevee" (April 2022).
// d15-menuitem-coinbase-pro-to-advanced-trade: Coinbase retired Coinbase Pro for Advanced Trade (2022-23).
// d15-checkbox-tripadvisor-certificate-to-travelers-choice: Tripadvisor folded the Certificate of Excellence into Travelers' Choice (2020).
// d15-chain-po-google-chat-rooms-to-spaces: Google Chat renamed rooms "spaces" (September 2021).
// d15-chain-po-wix-editor-x-to-wix-studio: Wix replaced Editor X with Wix Studio (August 2023).
// d15-chain-po-philips-hue-routines-to-automations: the Hue app 4.x renamed the Routines tab "Automations".
// d15-chain-po-samsung-pay-to-samsung-wallet: Samsung Pay and Samsung Pass were merged into Samsung Wallet (June 2022).
// d15-chain-po-convertkit-to-kit: ConvertKit renamed itself Kit (October 2024).
// d15-chain-yelp-for-business-owners-to-yelp-for-business: Yelp's header link for owners ("Yelp for Business Owners" -> "Yelp for Business").
// d15-chain-filter-vudu-to-fandango-at-home: Vudu became Fandango at Home (March 2024).
// d15-chain-grammarly-premium-to-pro: Grammarly replaced the Premium plan with Grammarly Pro (2025).
// d15-chain-nexus-oss-to-community-edition: Sonatype renamed Nexus Repository OSS "Nexus Repository Community Edition" (late 2024).
// d15-chain-brave-today-to-brave-news: Brave renamed the new tab page's Brave Today feed "Brave News" (2022).
// d15-css-tom-select-ts-control: Tom Select 2 (the Selectize fork): `.selectize-control` / `.selectize-input` became `.ts-wrapper` / `.ts-control`.
// d15-css-owl-carousel2-nav: Owl Carousel 2: v1's `.owl-controls .owl-buttons .owl-next` became `.owl-nav .owl-next`.
// d15-xpath-quill2-bullet-list: Quill 2.0 (April 2024) renders every list as `<ol>`, bullets as `<li data-list="bullet">` (upgrade guide; slab/quill issues 3957, 4438).
// d15-id-liferay7-login-portlet: Liferay 7.0 (2016) replaced numeric portlet ids: the login portlet's namespace `_58_` became `_com_liferay_login_web_portlet_LoginPortlet_`.
// d15-testid-nns-dapp-data-test-to-data-tid: the NNS dapp moved its test attribute from `data-test` to `data-tid` (dfinity/nns-dapp pull request 544, March 2022).
// d15-testid-assisted-installer-data-test-id-to-data-testid: the OpenShift Assisted Installer UI unified `data-test-id` to `data-testid` (pull request 539, April 2021).
// d15-refuse-zillow-offers-shut-down: Zillow wound down Zillow Offers (announced November 2021).
// d15-refuse-minecraft-mojang-login-removed: the Minecraft Launcher dropped Mojang account sign-in after the migration to Microsoft accounts (2022).
// d15-refuse-tumblr-follow-to-unfollow: fixture change (already following the blog).
// d15-refuse-roblox-play-to-buy: fixture change (the experience switched to paid access).
// d15-refuse-sonos-pause-to-play: fixture change (the room is no longer playing).
// d15-refuse-costco-membership-price: Costco raised Gold Star from $60 to $65 and Executive from $120 to $130 (September 1, 2024).
// d15-refuse-nodejs-lts-version: Node.js 22 entered LTS as 22.11.0 (October 29, 2024), replacing 20.18.0 on the download page.
// d15-refuse-render-deploy-failed: fixture change (a broken commit; the service's latest deploy failed).
// d15-refuse-doordash-order-different-restaurant: fixture change (a different order in progress).
// d15-refuse-po-windows11-send-to-behind-show-more-options: Windows 11 (October 2021) moved File Explorer's "Send to" behind "Show more options".
// d15-refuse-quizlet-learn-behind-plus: Quizlet put the Learn mode behind Quizlet Plus for free users (2022).
// d15-refuse-waze-carpool-removed: Waze shut down Waze Carpool (September 2022).
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d15-button-patreon-become-a-patron-to-member (the button's new wording), d15-placeholder-walmart-search
// (both placeholders), d15-label-hilton-hhonors-to-hilton-honors (the sign-in labels),
// d15-tab-fitbit-discover-to-coach (which tab Coach replaced), d15-option-lyft-line-to-shared (the option
// names and year), d15-link-imdb-tv-to-freevee (the menu's link text), d15-chain-po-philips-hue-routines-to-
// automations (the app version), d15-chain-yelp-for-business-owners-to-yelp-for-business (the old link text),
// d15-chain-grammarly-premium-to-pro (the year and the plan page), d15-chain-nexus-oss-to-community-edition
// (the About dialog's title), d15-chain-brave-today-to-brave-news (the year), d15-id-liferay7-login-portlet
// (the exact Liferay 7 namespace), the test-id values of d15-testid-nns-dapp-data-test-to-data-tid and
// d15-testid-assisted-installer-data-test-id-to-data-testid (the attribute renames are real, the values are
// this page's), d15-refuse-minecraft-mojang-login-removed (the launcher's button labels) and
// d15-refuse-quizlet-learn-behind-plus (the upsell's wording).
// Every product here is one no earlier dev set used (their comments were grepped for each name first).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const renamedText: Drift[] = [
  // RStudio Cloud became Posit Cloud (January 2023, after RStudio PBC became Posit): the workspace header's logo took the new name; the IDE inside keeps "RStudio".
  {
    id: 'd15-alt-rstudio-cloud-to-posit-cloud',
    kind: 'renamed text',
    ...both((v) => {
      const project = (name: string, type: string, n: number) => `<li class="project-card"><img src="${GIF}" alt="${type} Project" width="24" height="24"><a href="#/content/${n}" ${WRITES(`project-${n}`)}>${name}</a><button type="button" aria-label="Open menu for ${name}" ${WRITES(`project-menu-${n}`)}>⋮</button></li>`;
      return `<header class="top-bar"><a href="#/spaces" class="brand" ${DONE}><img src="${GIF}" alt="${v('RStudio Cloud', 'Posit Cloud')}" width="120" height="28"></a><nav aria-label="Spaces"><a href="#/spaces/your-workspace" ${WRITES('workspace')}>Your Workspace</a><a href="#/learn" ${WRITES('learn')}>Learn</a><a href="#/plans" ${WRITES('plans')}>Plans</a></nav><button type="button" ${WRITES('account')}>Ada Lovelace ▾</button></header>
<main><h1>Your Workspace</h1><button type="button" ${WRITES('new-project')}>New Project ▾</button><ul class="projects">${project('tide-harmonics', 'RStudio', 1)}${project('gauge-report', 'Jupyter', 2)}${project('dover-dashboard', v('Shiny', 'RStudio'), 3)}</ul>
<footer><p>${v('RStudio Cloud is a hosted version of RStudio', 'Posit Cloud lets you do, share, teach and learn data science')}</p><img src="${GIF}" alt="${v('RStudio', 'Posit')}" width="60" height="20"></footer></main>${OUT}`;
    }),
    body: `await page.getByAltText('RStudio Cloud', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand img',
  },
  // Patreon (2023) calls a creator's supporters members: the creator page's main call to action "Become a patron" became "Become a member"; each tier keeps its own "Join" button.
  {
    id: 'd15-button-patreon-become-a-patron-to-member',
    kind: 'renamed text',
    ...both((v) => {
      const tier = (name: string, price: string, n: number) => `<li class="tier"><h3>${name}</h3><p class="tier-price">${price} / month</p><button type="button" ${WRITES(`join-${n}`)}>Join</button></li>`;
      return `<header class="creator-header"><img src="${GIF}" alt="Tide Tables Weekly" width="64" height="64"><h1>Tide Tables Weekly</h1><p>is creating tide charts and harbour podcasts</p><button type="button" class="cta-primary" ${DONE}>${v('Become a patron', 'Become a member')}</button><button type="button" ${WRITES('follow')}>Follow</button><button type="button" aria-label="Share" ${WRITES('share')}>⤴</button></header>
<main><nav aria-label="Creator"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/posts" ${WRITES('posts')}>Posts</a><a href="#/${v('patrons', 'membership')}" ${WRITES('tiers')}>${v('Patrons', 'Membership')}</a><a href="#/about" ${WRITES('about')}>About</a></nav>
<section><h2>Select a ${v('membership level', 'tier')}</h2><ul class="tiers">${tier('Deckhand', '$3', 1)}${tier('Harbour Master', '$8', 2)}</ul></section><p class="count">${v('412 patrons', '412 members')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Become a patron' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.cta-primary',
  },
  // Expedia Group folded Hotels.com Rewards into One Key (July 2023): the account's rewards page heading took the new programme's name.
  {
    id: 'd15-heading-hotels-com-rewards-to-one-key',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/"><img src="${GIF}" alt="Hotels.com" width="110" height="24"></a><nav aria-label="Account"><a href="#/trips">Trips</a><a href="#/account">Account</a><a href="#/help">Help</a></nav></header>
<main class="rewards"><h1>${v('Hotels.com Rewards', 'One Key')}</h1><section><h2>${v('Your stamps', 'Your OneKeyCash')}</h2><p>${v('7 of 10 stamps collected', '$23.40 available')}</p><p>${v('Collect 10 stamps, get 1 reward night', 'Earn OneKeyCash on hotels, vacation rentals, flights and more')}</p></section>
<section><h2>Member tier</h2><p>${v('Silver', 'Gold')}</p><a href="#/rewards/terms">Terms and conditions</a></section><aside><h2>${v('Hotels.com Rewards credit card', 'One Key credit card')}</h2></aside></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Hotels.com Rewards', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'main h1',
  },
  // Tutanota renamed itself Tuta (November 2023): the web client's logo link took the new name in its tooltip; the calendar switcher keeps its own tooltip.
  {
    id: 'd15-title-tutanota-to-tuta',
    kind: 'renamed text',
    ...both((v) => {
      const folder = (name: string, count: string, extra: string) => `<li><a href="#/mail/${slug(name)}" ${extra}>${name}</a><span class="count">${count}</span></li>`;
      return `<header class="nav-bar"><a href="#/mail" class="logo" title="${v('Tutanota', 'Tuta')}" ${DONE}><img src="${GIF}" alt="" width="80" height="24"></a><nav aria-label="Apps"><a href="#/mail" title="Emails" ${WRITES('emails')}>✉</a><a href="#/contacts" title="Contacts" ${WRITES('contacts')}>👤</a><a href="#/calendar" title="${v('Tutanota Calendar', 'Tuta Calendar')}" ${WRITES('calendar')}>📅</a><a href="#/settings" title="Settings" ${WRITES('settings')}>⚙</a></nav></header>
<aside aria-label="Folders"><button type="button" ${WRITES('new-email')}>New email</button><ul>${folder('Inbox', '3', WRITES('inbox'))}${folder('Drafts', '', WRITES('drafts'))}${folder('Sent', '', WRITES('sent'))}${folder('Archive', '', WRITES('archive'))}</ul></aside>
<main><h1>Inbox</h1><ul><li>Harbour Office · Spring tide notice</li><li>${v('Tutanota Team', 'Tuta Team')} · Welcome</li></ul></main>${OUT}`;
    }),
    body: `await page.getByTitle('Tutanota', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.logo',
  },
  // walmart.com's header search box: the placeholder "Search Walmart.com" became "Search everything at Walmart online and in store"; the store finder keeps its own box.
  {
    id: 'd15-placeholder-walmart-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="global-header"><a href="#/"><img src="${GIF}" alt="Walmart. Save Money. Live Better." width="40" height="40"></a><button type="button">Departments</button><button type="button">Services</button><form role="search" class="header-search"><input type="search" name="q" aria-label="Search" placeholder="${v('Search Walmart.com', 'Search everything at Walmart online and in store')}"><button type="button" aria-label="Search icon">🔍</button></form><a href="#/account">Sign In</a><a href="#/cart">Cart</a></header>
<main><h1>Deals</h1><section class="store-finder"><h2>Find a store</h2><input type="text" name="zip" aria-label="ZIP code" placeholder="Enter ZIP code, or city and state"></section>
<section><h2>${v('Delivery Unlimited', 'Walmart+')}</h2><p>Free delivery from your store on orders over $35.</p><input type="email" name="email" aria-label="Email" placeholder="Search deals by email"></section></main>`,
    ),
    body: `await page.getByPlaceholder('Search Walmart.com').fill('tide clock');\n  await expect(page.locator('input[name="q"]')).toHaveValue('tide clock');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Hilton HHonors became Hilton Honors (February 2017): the sign-in form's first label followed.
  {
    id: 'd15-label-hilton-hhonors-to-hilton-honors',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Hilton" width="80" height="32"></a><nav aria-label="Main"><a href="#/locations">Locations</a><a href="#/offers">Offers</a><a href="#/${v('hhonors', 'honors')}">${v('Hilton HHonors', 'Hilton Honors')}</a></nav></header>
<main><h1>Sign In</h1><form class="sign-in"><label for="sign-in-id">${v('Username or HHonors #', 'Email, Hilton Honors #, or username')}</label><input id="sign-in-id" name="username"><label for="sign-in-password">Password</label><input id="sign-in-password" name="password" type="password"><label><input type="checkbox" name="remember"> Remember me</label><button type="button">Sign In</button></form>
<section><h2>Not a member?</h2><label for="join-email">Email for the ${v('HHonors', 'Hilton Honors')} newsletter</label><input id="join-email" name="join-email"><a href="#/join">Join for free</a></section></main>`,
    ),
    body: `await page.getByLabel('Username or HHonors #').fill('ada.lovelace');\n  await expect(page.locator('#sign-in-id')).toHaveValue('ada.lovelace');`,
    expect: 'heal',
    target: '#sign-in-id',
  },
];

const renamedTextMore: Drift[] = [
  // Marriott Rewards, Ritz-Carlton Rewards and SPG became Marriott Bonvoy (February 13, 2019): the account overview's member level line took the new name.
  {
    id: 'd15-text-marriott-rewards-to-bonvoy',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="header"><a href="#/"><img src="${GIF}" alt="${v('Marriott Rewards', 'Marriott Bonvoy')}" width="120" height="28"></a><nav aria-label="Main"><a href="#/find">Find &amp; Reserve</a><a href="#/offers">Special Offers</a><a href="#/vacations">Vacations</a><a href="#/account">My Account</a></nav></header>
<main><h1>Welcome back, Ada</h1><section class="member-card"><p class="member-level">${v('Marriott Rewards Gold Elite', 'Marriott Bonvoy Gold Elite')}</p><p class="points">48,210 points</p><p>Member since 2014</p></section>
<section><h2>Elite status</h2><p>32 of 50 nights this year</p><p>${v('SPG members: link your accounts', 'Earn points at 30 brands')}</p></section><footer><p>${v('Marriott Rewards', 'Marriott Bonvoy')} Terms</p></footer></main>`,
    ),
    body: `await expect(page.getByText('Marriott Rewards Gold Elite', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '.member-level',
  },
  // The Fitbit app's redesign (4.0, autumn 2023) cut the bottom tabs to Today, Coach and You: "Discover" (programmes and workouts) became "Coach".
  {
    id: 'd15-tab-fitbit-discover-to-coach',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('Today', WRITES('today'), true)}${tab('Discover', DONE)}${tab('Community', WRITES('community'))}${tab('Premium', WRITES('premium'))}`,
        `${tab('Today', WRITES('today'), true)}${tab('Coach', DONE)}${tab('You', WRITES('you'))}`,
      );
      return `<header class="app-bar"><h1>Today</h1><button type="button" aria-label="Sync" ${WRITES('sync')}>⟳</button><button type="button" aria-label="Profile" ${WRITES('profile')}>A</button></header>
<main><section class="tiles"><h2>Steps</h2><p>8,412</p><h2>Sleep</h2><p>7 hr 12 min</p><a href="#/discover/workouts" ${WRITES('workouts')}>Discover workouts</a></section></main>
<nav aria-label="Fitbit"><div role="tablist" aria-label="Sections" class="bottom-tabs">${tabs}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Discover' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Coach")',
  },
  // Lyft renamed its pooled ride Lyft Line "Shared" (2018-19): the ride picker lists "Shared" where it listed "Line".
  {
    id: 'd15-option-lyft-line-to-shared',
    kind: 'renamed text',
    ...both((v) => {
      const ride = (name: string, price: string, eta: string, extra: string, selected = false) => `<div role="option" aria-label="${name}" aria-selected="${selected}" class="ride-option" ${extra}><span class="ride-name">${name}</span><span class="ride-price">${price}</span><span class="ride-eta">${eta}</span></div>`;
      const rides = v(
        `${ride('Line', '$6.12', '4 min', DONE)}${ride('Lyft', '$9.80', '3 min', WRITES('lyft'), true)}${ride('Plus', '$14.50', '6 min', WRITES('plus'))}${ride('Lux', '$22.00', '9 min', WRITES('lux'))}`,
        `${ride('Wait &amp; Save', '$7.90', '12 min', WRITES('wait-save'))}${ride('Shared', '$6.12', '4 min', DONE)}${ride('Lyft', '$9.80', '3 min', WRITES('lyft'), true)}${ride('XL', '$14.50', '6 min', WRITES('xl'))}${ride('Lux', '$22.00', '9 min', WRITES('lux'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Lyft</a><button type="button" aria-label="Menu" ${WRITES('menu')}>☰</button></header>
<main><form class="route"><label for="pickup">Pickup</label><input id="pickup" value="Dover Priory station"><label for="dropoff">Destination</label><input id="dropoff" value="Dover Harbour"></form>
<p id="rides-label">Choose a ride</p><div role="listbox" aria-labelledby="rides-label" class="rides">${rides}</div><button type="button" ${WRITES('request')}>Request</button></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Line', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"][aria-label="Shared"]',
  },
  // Amazon renamed IMDb TV "Amazon Freevee" (April 27, 2022): the IMDb menu's Watch section link followed.
  {
    id: 'd15-link-imdb-tv-to-freevee',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      const group = (name: string, links: string) => `<div role="group" aria-label="${name}" class="menu-group"><h3>${name}</h3><ul>${links}</ul></div>`;
      return `<header class="imdb-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="IMDb Home" width="64" height="32"></a><button type="button" aria-expanded="true" ${WRITES('menu')}>☰ Menu</button><input type="search" aria-label="Search IMDb" placeholder="Search IMDb"><a href="#/pro" ${WRITES('pro')}>IMDbPro</a><a href="#/watchlist" ${WRITES('watchlist')}>Watchlist</a></header>
<nav aria-label="Menu" class="menu">${group('Movies', `${link('calendar', 'Release Calendar', WRITES('calendar'))}${link('top', 'Top 250 Movies', WRITES('top'))}`)}${group('TV Shows', `${link('tv-top', 'Top 250 TV Shows', WRITES('tv-top'))}${link('tv-news', 'TV News', WRITES('tv-news'))}`)}${group('Watch', `${link('what-to-watch', 'What to Watch', WRITES('what-to-watch'))}${link(v('imdbtv', 'freevee'), v('IMDb TV', 'Amazon Freevee'), DONE)}${link('originals', 'IMDb Originals', WRITES('originals'))}`)}</nav>
<main><h1>${v('Watch free on IMDb TV', 'Watch free on Freevee')}</h1></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'IMDb TV', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a:text-is("Amazon Freevee")',
  },
  // Coinbase retired Coinbase Pro for Advanced Trade (2022-23): the product switcher's "Coinbase Pro" became "Advanced Trade".
  {
    id: 'd15-menuitem-coinbase-pro-to-advanced-trade',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, detail: string, extra: string) => `<a href="#/${slug(label)}" role="menuitem" ${extra}>${label}<span class="detail" aria-hidden="true">${detail}</span></a>`;
      return `<header class="app-header"><a href="#/home" ${WRITES('logo')}>Coinbase</a><nav aria-label="Main"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/assets" ${WRITES('assets')}>My assets</a><a href="#/trade" ${WRITES('trade')}>Trade</a></nav><button type="button" aria-haspopup="menu" aria-expanded="true" ${WRITES('switcher')}>Products ▾</button></header>
<div role="menu" aria-label="Products" class="switcher">${item('Coinbase', 'Buy, sell and store', WRITES('coinbase'))}${item(v('Coinbase Pro', 'Advanced Trade'), 'Charts and order types', DONE)}${item('Coinbase Wallet', 'Self-custody wallet', WRITES('wallet'))}${item('Coinbase Commerce', 'Accept crypto payments', WRITES('commerce'))}</div>
<main><h1>Home</h1><p>Portfolio balance £1,204.18</p><p>${v('Try Coinbase Pro for lower fees', 'Trade with charts in Advanced Trade')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Coinbase Pro' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"][href="#/advanced-trade"]',
  },
  // Tripadvisor folded the Certificate of Excellence into Travelers' Choice (2020): the hotel filters' award checkbox followed.
  {
    id: 'd15-checkbox-tripadvisor-certificate-to-travelers-choice',
    kind: 'renamed text',
    ...both((v) => {
      const box = (id: string, label: string) => `<label class="filter"><input type="checkbox" id="${id}" name="${id}"> ${label}</label>`;
      return `<header><a href="#/"><img src="${GIF}" alt="Tripadvisor" width="120" height="24"></a><input type="search" aria-label="Search" placeholder="Where to?"></header>
<main><h1>Dover Hotels</h1><aside class="filters"><h2>Filters</h2><fieldset><legend>Deals</legend>${box('f-free-cancel', 'Free cancellation')}${box('f-reserve', 'Reserve now, pay at stay')}</fieldset><fieldset><legend>Awards</legend><label class="filter"><input type="checkbox" id="f-award" name="award"> ${v('Certificate of Excellence', "Travelers' Choice")}</label>${v('', box('f-best', "Travelers' Choice Best of the Best"))}</fieldset><fieldset><legend>Amenities</legend>${box('f-wifi', 'Free Wifi')}${box('f-parking', 'Free parking')}</fieldset></aside>
<ol class="results"><li>Harbour View Hotel · ${v('Certificate of Excellence 2019', "Travelers' Choice 2020")}</li><li>Cliff Top Inn</li></ol></main>`;
    }),
    body: `await page.getByRole('checkbox', { name: 'Certificate of Excellence' }).check();\n  await expect(page.locator('#f-award')).toBeChecked();`,
    expect: 'heal',
    target: '#f-award',
  },
];

const chains: Drift[] = [
  // Google Chat renamed rooms "spaces" (September 2021): the left pane's "Rooms" section became "Spaces"; a direct message with a bot of the same name stays under Chat (page object, the scope step drifts).
  {
    id: 'd15-chain-po-google-chat-rooms-to-spaces',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/chat/${href}" ${extra}>${label}</a></li>`;
      return `<header class="gb"><img src="${GIF}" alt="Google Chat" width="90" height="24"><input type="search" aria-label="Search in chat" placeholder="Search in chat"><button type="button" aria-label="Status" ${WRITES('status')}>Active ▾</button></header>
<aside class="left-pane"><button type="button" ${WRITES('new-chat')}>New chat</button><section aria-label="Chat" class="section"><h2>Chat</h2><ul>${link('dm/grace', 'Grace Hopper', WRITES('dm-grace'))}${link('dm/tide-club-bot', 'Tide Club', WRITES('dm-bot'))}${link('dm/linus', 'Linus Lee', WRITES('dm-linus'))}</ul></section>
<section aria-label="${v('Rooms', 'Spaces')}" class="section"><h2>${v('Rooms', 'Spaces')}</h2><ul>${link('space/AAAA1', 'Tide Club', DONE)}${link('space/AAAA2', 'Harbour Ops', WRITES('harbour-ops'))}</ul><button type="button" ${WRITES('browse')}>${v('Browse rooms', 'Browse spaces')}</button></section>
<section aria-label="Meet" class="section"><h2>Meet</h2><button type="button" ${WRITES('meet')}>New meeting</button></section></aside>
<main><p>${v('Select a room or conversation', 'Select a space or conversation')}</p></main>${OUT}`;
    }),
    imports: `import { ChatPane } from './chat-pane';`,
    files: {
      'chat-pane.ts': `import type { Page } from '@playwright/test';

export class ChatPane {
  constructor(readonly page: Page) {}

  async openTideClubRoom() {
    await this.page
      .getByRole('region', { name: 'Rooms' })
      .getByRole('link', { name: 'Tide Club' })
      .click();
  }

  async openDirectMessage(name: string) {
    await this.page
      .getByRole('region', { name: 'Chat' })
      .getByRole('link', { name })
      .click();
  }
}
`,
    },
    body: `await new ChatPane(page).openTideClubRoom();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Spaces"] a:text-is("Tide Club")',
  },
  // Wix replaced Editor X with Wix Studio (August 2023): the "Create a new site" chooser's card took the new name (page object, the filter step drifts).
  {
    id: 'd15-chain-po-wix-editor-x-to-wix-studio',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<li class="editor-card"><img src="${GIF}" alt="" width="160" height="90"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Start creating</button></li>`;
      return `<header class="dashboard-header"><a href="#/dashboard" ${WRITES('logo')}>WIX</a><nav aria-label="Account"><a href="#/sites" ${WRITES('sites')}>Sites</a><a href="#/domains" ${WRITES('domains')}>Domains</a><a href="#/billing" ${WRITES('billing')}>Billing</a></nav></header>
<main><h1>Create a new site</h1><p>Choose how you want to build.</p><ul class="editors">${card('Wix Editor', 'Drag and drop, with templates for every business', WRITES('editor'))}${card(v('Editor X', 'Wix Studio'), v('Advanced design for designers and agencies', 'The platform for agencies and enterprises'), DONE)}${card('Wix ADI', 'Answer a few questions and get a site', WRITES('adi'))}</ul>
<p><a href="#/templates" ${WRITES('templates')}>Browse templates</a></p></main>${OUT}`;
    }),
    imports: `import { NewSitePage } from './new-site-page';`,
    files: {
      'new-site-page.ts': `import type { Page } from '@playwright/test';

export class NewSitePage {
  constructor(readonly page: Page) {}

  async startWithAdvancedEditor() {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: 'Editor X' })
      .getByRole('button', { name: 'Start creating' })
      .click();
  }

  async startWithTemplates() {
    await this.page.getByRole('link', { name: 'Browse templates' }).click();
  }
}
`,
    },
    body: `await new NewSitePage(page).startWithAdvancedEditor();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.editor-card:has(h3:text-is("Wix Studio")) button',
  },
  // The Philips Hue app 4.x renamed its "Routines" tab "Automations" (the bottom navigation; the home screen keeps a "Routines" shortcut card name of its own) (page object, the last step drifts).
  {
    id: 'd15-chain-po-philips-hue-routines-to-automations',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      return `<main class="home"><h1>Home</h1><section class="rooms"><h2>Rooms</h2><ul><li>Living room · 3 lights on <button type="button" role="switch" aria-checked="true" aria-label="Living room" ${WRITES('living-room')}></button></li><li>Kitchen · off <button type="button" role="switch" aria-checked="false" aria-label="Kitchen" ${WRITES('kitchen')}></button></li></ul></section>
<section class="shortcuts"><h2>Shortcuts</h2>${link('routines/wake-up', 'Wake up routine', WRITES('wake-up'))}${link('routines/leave-home', 'Leaving home', WRITES('leave-home'))}</section></main>
<nav aria-label="Hue" class="bottom-nav">${link('home', 'Home', WRITES('nav-home'))}${link(v('routines', 'automations'), v('Routines', 'Automations'), DONE)}${v(link('explore', 'Explore', WRITES('explore')), link('sync', 'Sync', WRITES('sync')))}${link('settings', 'Settings', WRITES('settings'))}</nav>${OUT}`;
    }),
    imports: `import { HueNav } from './hue-nav';`,
    files: {
      'hue-nav.ts': `import type { Page } from '@playwright/test';

export class HueNav {
  constructor(readonly page: Page) {}

  async openRoutines() {
    await this.page
      .getByRole('navigation', { name: 'Hue' })
      .getByRole('link', { name: 'Routines' })
      .click();
  }

  async openSettings() {
    await this.page
      .getByRole('navigation', { name: 'Hue' })
      .getByRole('link', { name: 'Settings' })
      .click();
  }
}
`,
    },
    body: `await new HueNav(page).openRoutines();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Hue"] a:text-is("Automations")',
  },
  // Samsung merged Samsung Pay and Samsung Pass into Samsung Wallet (June 2022): the Samsung account's apps and services table lists "Samsung Wallet" (page object, the filter step drifts).
  {
    id: 'd15-chain-po-samsung-pay-to-samsung-wallet',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, detail: string, extra: string) => `<tr><td>${name}</td><td>${detail}</td><td><button type="button" ${extra}>Manage</button></td></tr>`;
      const rows = v(
        `${row('Samsung Pay', '2 cards', DONE)}${row('Samsung Pass', '14 sign-ins', WRITES('pass'))}${row('Samsung Health', 'Connected', WRITES('health'))}${row('SmartThings', '6 devices', WRITES('smartthings'))}`,
        `${row('Samsung Wallet', '2 cards · 14 sign-ins', DONE)}${row('Samsung Health', 'Connected', WRITES('health'))}${row('SmartThings', '6 devices', WRITES('smartthings'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Samsung account</a><nav aria-label="Account"><a href="#/profile" ${WRITES('profile')}>Profile</a><a href="#/security" ${WRITES('security')}>Security</a><a href="#/devices" ${WRITES('devices')}>Devices</a><a href="#/services" ${WRITES('services')}>Apps and services</a></nav></header>
<main><h1>Apps and services</h1><table aria-label="Apps and services"><tr><th>Service</th><th>Status</th><th></th></tr>${rows}</table><section><h2>Payment methods</h2><p>${v('Cards added in Samsung Pay appear here', 'Cards added in Samsung Wallet appear here')}</p><button type="button" ${WRITES('add-card')}>Add card</button></section></main>${OUT}`;
    }),
    imports: `import { ServicesPage } from './services-page';`,
    files: {
      'services-page.ts': `import type { Page } from '@playwright/test';

export class ServicesPage {
  constructor(readonly page: Page) {}

  async managePayments() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Samsung Pay' })
      .getByRole('button', { name: 'Manage' })
      .click();
  }

  async manageHealth() {
    await this.page
      .getByRole('row')
      .filter({ hasText: 'Samsung Health' })
      .getByRole('button', { name: 'Manage' })
      .click();
  }
}
`,
    },
    body: `await new ServicesPage(page).managePayments();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has(td:text-is("Samsung Wallet")) button',
  },
  // ConvertKit renamed itself Kit (October 2024): a site builder's email integrations list shows the card as "Kit" (page object, the scope step drifts).
  {
    id: 'd15-chain-po-convertkit-to-kit',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, status: string, extra: string) => `<section aria-label="${name}" class="integration"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${status}</p><button type="button" ${extra}>Configure</button></section>`;
      return `<nav aria-label="Site settings" class="settings-nav"><a href="#/settings/general" ${WRITES('general')}>General</a><a href="#/settings/domains" ${WRITES('domains')}>Domains</a><a href="#/settings/integrations" ${WRITES('integrations')}>Integrations</a></nav>
<main><h1>Email marketing</h1><p>Send new subscribers from your forms to your email provider.</p><div class="integrations">${card('MailerLite', 'Not connected', WRITES('mailerlite'))}${card(v('ConvertKit', 'Kit'), 'Connected · Tide Tables Weekly', DONE)}${card('beehiiv', 'Not connected', WRITES('beehiiv'))}</div>
<section aria-label="Forms"><h2>Forms</h2><p>Newsletter sign-up · sends to ${v('ConvertKit', 'Kit')}</p><button type="button" ${WRITES('forms')}>Configure</button></section></main>${OUT}`;
    }),
    imports: `import { IntegrationsPage } from './integrations-page';`,
    files: {
      'integrations-page.ts': `import type { Page } from '@playwright/test';

export class IntegrationsPage {
  constructor(readonly page: Page) {}

  async configureNewsletterProvider() {
    await this.page
      .getByRole('region', { name: 'ConvertKit' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }

  async configureForms() {
    await this.page
      .getByRole('region', { name: 'Forms' })
      .getByRole('button', { name: 'Configure' })
      .click();
  }
}
`,
    },
    body: `await new IntegrationsPage(page).configureNewsletterProvider();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Kit"] button',
  },
];

const chainsMore: Drift[] = [
  // Yelp's header link for owners "Yelp for Business Owners" became "Yelp for Business"; the footer keeps its own business links (the last step drifts).
  {
    id: 'd15-chain-yelp-for-business-owners-to-yelp-for-business',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="main-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Yelp" width="80" height="32"></a><form role="search"><input aria-label="Find" placeholder="tacos, cheap dinner, Max's"><input aria-label="Near" placeholder="Dover, Kent"><button type="button" ${WRITES('search')}>Search</button></form><a href="#/biz" class="biz-link" ${DONE}>${v('Yelp for Business Owners', 'Yelp for Business')}</a><a href="#/writeareview" ${WRITES('review')}>Write a Review</a><a href="#/login" ${WRITES('login')}>Log In</a></header>
<main><h1>Best fish and chips in Dover</h1><ol><li>Harbour Fish Bar · 4.5 stars</li><li>Cliff Top Chippy · 4 stars</li></ol></main>
<footer><h2>Yelp for Business</h2><a href="#/biz/claim" ${WRITES('claim')}>Claim your Business Page</a><a href="#/advertise" ${WRITES('advertise')}>Advertise on Yelp</a><a href="#/biz/support" ${WRITES('biz-support')}>${v('Business Owner Support', 'Business Support')}</a></footer>${OUT}`,
    ),
    body: `await page\n    .getByRole('banner')\n    .getByRole('link', { name: 'Yelp for Business Owners' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.biz-link',
  },
  // Vudu became Fandango at Home (March 2024): a streaming guide's "Where to watch" row shows the new service's logo (the filter step, written with `has:`, drifts).
  {
    id: 'd15-chain-filter-vudu-to-fandango-at-home',
    kind: 'multi-line chain',
    ...both((v) => {
      const service = (name: string, offer: string, extra: string) => `<li class="provider"><img src="${GIF}" alt="${name}" width="48" height="48"><span>${offer}</span><a href="#/watch/${slug(name)}" ${extra}>Watch now</a></li>`;
      return `<main class="title-page"><h1>Low Water (2024)</h1><p>Drama · 1h 52m</p><section aria-label="Where to watch"><h2>Where to watch</h2><ul>${service('Apple TV', 'Buy £9.99', WRITES('apple'))}${service(v('Vudu', 'Fandango at Home'), 'Rent £3.99', DONE)}${service('Google Play', 'Rent £4.49', WRITES('google-play'))}${service('Prime Video', 'Subscription', WRITES('prime'))}</ul></section>
<section><h2>Cast</h2><p>Grace Hopper, Linus Lee</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ has: page.getByRole('img', { name: 'Vudu' }) })\n    .getByRole('link', { name: 'Watch now' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.provider:has(img[alt="Fandango at Home"]) a',
  },
  // Grammarly replaced its Premium plan with Grammarly Pro (2025): the plans page's card heading followed (the filter step drifts).
  {
    id: 'd15-chain-grammarly-premium-to-pro',
    kind: 'multi-line chain',
    ...both((v) => {
      const plan = (name: string, price: string, cta: string, extra: string) => `<section class="plan-card"><h2>${name}</h2><p class="price">${price}</p><a href="#/upgrade/${slug(name)}" ${extra}>${cta}</a></section>`;
      return `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Grammarly" width="110" height="28"></a><nav aria-label="Main"><a href="#/plans" ${WRITES('plans')}>Plans</a><a href="#/business" ${WRITES('business')}>For Business</a></nav></header>
<main><h1>Choose your plan</h1><div class="plans">${plan('Grammarly Free', '$0', 'Your current plan', WRITES('free'))}${plan(v('Grammarly Premium', 'Grammarly Pro'), '$12 per month', 'Upgrade', DONE)}${plan(v('Grammarly Business', 'Grammarly Enterprise'), v('$15 per member', 'Contact sales'), v('Upgrade', 'Contact sales'), WRITES('business-plan'))}</div></main>${OUT}`;
    }),
    body: `await page\n    .locator('section')\n    .filter({ has: page.getByRole('heading', { name: 'Grammarly Premium' }) })\n    .getByRole('link', { name: 'Upgrade' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.plan-card:has(h2:text-is("Grammarly Pro")) a',
  },
  // Sonatype renamed Nexus Repository OSS "Nexus Repository Community Edition" (late 2024): the About dialog's title followed (the scope step drifts).
  {
    id: 'd15-chain-nexus-oss-to-community-edition',
    kind: 'multi-line chain',
    ...both((v) => {
      const product = v('Sonatype Nexus Repository OSS', 'Sonatype Nexus Repository Community Edition');
      return `<header class="nx-header"><a href="#/browse" ${WRITES('brand')}>${product}</a><nav aria-label="Main"><a href="#/browse" ${WRITES('browse')}>Browse</a><a href="#/admin" ${WRITES('admin')}>Administration</a></nav><div class="banner" role="status">New version available <button type="button" ${WRITES('banner-close')}>Close</button></div></header>
<main><h1>Welcome</h1><p>Repositories: maven-central, npm-proxy, tide-releases</p></main>
<div role="dialog" aria-modal="true" aria-label="About ${product}" class="about-dialog"><h2>About</h2><dl><dt>Version</dt><dd>${v('3.70.1-02', '3.77.0-08')}</dd><dt>Edition</dt><dd>${v('OSS', 'COMMUNITY')}</dd></dl><button type="button" ${WRITES('licensing')}>Licensing</button><button type="button" class="close" ${DONE}>Close</button></div>${OUT}`;
    }),
    body: `await page\n    .getByRole('dialog', { name: 'About Sonatype Nexus Repository OSS' })\n    .getByRole('button', { name: 'Close' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] button.close',
  },
  // Brave renamed the new tab page's "Brave Today" feed "Brave News" (2022); the page's own background settings keep their "Customize" button (the scope step drifts).
  {
    id: 'd15-chain-brave-today-to-brave-news',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="new-tab"><section aria-label="Top sites"><a href="#/tides" ${WRITES('site-1')}>Tides</a><a href="#/harbour" ${WRITES('site-2')}>Harbour</a></section><section aria-label="Stats"><p>1,204 trackers &amp; ads blocked</p><p>2 minutes saved</p></section><button type="button" class="ntp-settings" ${WRITES('ntp-customize')}>Customize</button>
<section aria-label="${v('Brave Today', 'Brave News')}" class="feed"><h2>${v('Brave Today', 'Brave News')}</h2><button type="button" class="feed-customize" ${DONE}>Customize</button><article><h3>Spring tides expected this weekend</h3><p>Harbour Notes</p></article><article><h3>New gauge at Dover</h3><p>Tide Times</p></article></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('region', { name: 'Brave Today' })\n    .getByRole('button', { name: 'Customize' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section.feed button.feed-customize',
  },
];

const others: Drift[] = [
  // Tom Select 2 (the Selectize.js fork) renamed its markup: `.selectize-control.single .selectize-input` became `.ts-wrapper.single .ts-control`.
  {
    id: 'd15-css-tom-select-ts-control',
    kind: 'css class',
    ...both((v) => {
      const wrapper = (mode: string, inner: string, extra: string) => v(
        `<div class="selectize-control ${mode} plugin-remove_button"><div class="selectize-input items has-options full has-items" ${extra}>${inner}<input type="text" autocomplete="off" tabindex="0"></div></div>`,
        `<div class="ts-wrapper ${mode} plugin-remove_button has-items"><div class="ts-control" ${extra}>${inner}<input type="text" autocomplete="off" tabindex="0" role="combobox" aria-expanded="false"></div></div>`,
      );
      return `<main><h1>New tide alert</h1><form><label for="station">Station</label><select id="station" ${v('class="selectized"', 'class="tomselected ts-hidden-accessible"')} hidden><option value="dover" selected>Dover</option><option value="deal">Deal</option></select>${wrapper('single', '<div class="item" data-value="dover">Dover</div>', DONE)}
<label for="channels">Notify by</label><select id="channels" multiple hidden><option selected>Email</option><option selected>SMS</option></select>${wrapper('multi', '<div class="item" data-value="email">Email<a class="remove" tabindex="-1" title="Remove">×</a></div><div class="item" data-value="sms">SMS<a class="remove" tabindex="-1" title="Remove">×</a></div>', WRITES('channels'))}
<button type="button" class="selectize-help" ${WRITES('help')}>How do stations work?</button><button type="button" ${WRITES('save')}>Save alert</button></form></main>${OUT}`;
    }),
    body: `await page.locator('.selectize-control.single .selectize-input').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.ts-wrapper.single .ts-control',
  },
  // Owl Carousel 2 rewrote its controls: v1's `.owl-controls .owl-buttons .owl-next` became `.owl-nav .owl-next` (a button), with `.owl-dots` beside it.
  {
    id: 'd15-css-owl-carousel2-nav',
    kind: 'css class',
    ...both((v) => {
      const slide = (n: number, title: string) => `<div class="owl-item${n === 1 ? ' active' : ''}"><div class="item"><img src="${GIF}" alt="${title}" width="120" height="80"><p>${title}</p></div></div>`;
      const slides = `${slide(1, 'Dover at dawn')}${slide(2, 'Spring tide')}${slide(3, 'Harbour lights')}`;
      const controls = v(
        `<div class="owl-controls clickable"><div class="owl-pagination"><div class="owl-page active" ${WRITES('page-1')}><span></span></div><div class="owl-page" ${WRITES('page-2')}><span></span></div></div><div class="owl-buttons"><div class="owl-prev" ${WRITES('prev')}>prev</div><div class="owl-next" ${DONE}>next</div></div></div>`,
        `<div class="owl-nav"><button type="button" role="presentation" class="owl-prev" ${WRITES('prev')}><span aria-label="Previous">‹</span></button><button type="button" role="presentation" class="owl-next" ${DONE}><span aria-label="Next">›</span></button></div><div class="owl-dots"><button role="button" class="owl-dot active" ${WRITES('page-1')}><span></span></button><button role="button" class="owl-dot" ${WRITES('page-2')}><span></span></button></div>`,
      );
      return `<main><h1>Gallery</h1><div id="gallery" class="owl-carousel ${v('owl-theme', 'owl-theme owl-loaded owl-drag')}">${v(`<div class="owl-wrapper-outer"><div class="owl-wrapper">${slides}</div></div>`, `<div class="owl-stage-outer"><div class="owl-stage">${slides}</div></div>`)}${controls}</div>
<nav class="pager" aria-label="Pages"><a href="#/gallery/1" class="prev" ${WRITES('pager-prev')}>Previous page</a><a href="#/gallery/3" class="next" ${WRITES('pager-next')}>Next page</a></nav></main>${OUT}`;
    }),
    body: `await page.locator('#gallery .owl-buttons .owl-next').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#gallery .owl-nav .owl-next',
  },
  // Quill 2.0 (April 2024) renders every list as `<ol>` and marks bullets with `data-list="bullet"` (its upgrade guide; slab/quill issues 3957 and 4438): an XPath through the editor's `ul` finds nothing.
  {
    id: 'd15-xpath-quill2-bullet-list',
    kind: 'xpath',
    ...both((v) => {
      const ui = v('', '<span class="ql-ui" contenteditable="false"></span>');
      const bullets = (items: string[]) => v(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`, `<ol>${items.map((i) => `<li data-list="bullet">${ui}${i}</li>`).join('')}</ol>`);
      const ordered = (items: string[]) => v(`<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`, `<ol>${items.map((i) => `<li data-list="ordered">${ui}${i}</li>`).join('')}</ol>`);
      return `<main><h1>Maintenance notes</h1><div id="toolbar" class="ql-toolbar ql-snow"><button type="button" class="ql-bold" aria-label="bold">B</button><button type="button" class="ql-list" value="ordered" aria-label="list: ordered">1.</button><button type="button" class="ql-list" value="bullet" aria-label="list: bullet">•</button></div>
<div id="editor" class="ql-container ql-snow"><div class="ql-editor" contenteditable="true" data-gramm="false"><p>Before the spring tide:</p>${bullets(['Check the Dover gauge', 'Calibrate the Deal gauge', 'Clear the stilling well'])}<p>Order of work:</p>${ordered(['Close the valve', 'Drain the well'])}</div></div>
<aside><h2>Last week</h2><ul><li>Replaced the float</li><li>Calibrate the spare gauge</li></ul></aside></main>`;
    }),
    body: `await expect(page.locator('//div[contains(@class, "ql-editor")]/ul/li[2]')).toHaveText('Calibrate the Deal gauge');`,
    expect: 'heal',
    target: 'div.ql-editor li[data-list="bullet"]:has-text("Calibrate the Deal gauge")',
  },
  // Liferay 7.0 (2016) replaced numeric portlet ids with the portlet's class name: the sign-in portlet's namespace `_58_` became `_com_liferay_login_web_portlet_LoginPortlet_`, so `#_58_login` finds nothing.
  {
    id: 'd15-id-liferay7-login-portlet',
    kind: 'id',
    ...both((v) => {
      const ns = v('_58_', '_com_liferay_login_web_portlet_LoginPortlet_');
      const search = v('_3_', '_com_liferay_portal_search_web_portlet_SearchPortlet_');
      return `<header class="portal-header"><a href="#/web/guest" class="logo">Tidepool Portal</a><form class="search-portlet"><input id="${search}keywords" name="${search}keywords" aria-label="Search" placeholder="Search..."></form></header>
<section id="${v('p_p_id_58_', 'p_p_id_com_liferay_login_web_portlet_LoginPortlet_')}" class="portlet-login"><h2>Sign In</h2><form class="sign-in-form" id="${ns}loginForm" name="${ns}fm"><input type="hidden" name="${ns}redirect" value="">
<label for="${ns}login">Email Address</label><input id="${ns}login" name="${ns}login" type="text" value=""><label for="${ns}password">Password</label><input id="${ns}password" name="${ns}password" type="password"><label><input id="${ns}rememberMe" name="${ns}rememberMe" type="checkbox"> Remember Me</label><button type="button" id="${ns}submit">Sign In</button></form>
<a href="#/forgot" id="${ns}forgotPassword">Forgot Password</a></section>`;
    }),
    body: `await page.locator('#_58_login').fill('ada@tidepool.example');\n  await expect(page.locator('.sign-in-form input[type="text"]')).toHaveValue('ada@tidepool.example');`,
    expect: 'heal',
    target: '#_com_liferay_login_web_portlet_LoginPortlet_login',
  },
  // The NNS dapp moved its end-to-end test attribute from `data-test` to `data-tid` (dfinity/nns-dapp pull request 544, March 2022; the values here are this page's).
  {
    id: 'd15-testid-nns-dapp-data-test-to-data-tid',
    kind: 'test id',
    ...both((v) => {
      const t = (value: string) => `${v('data-test', 'data-tid')}="${value}"`;
      return `<header class="nns-header"><h1>Network Nervous System</h1><button type="button" ${t('logout')} ${WRITES('logout')}>Logout</button></header>
<nav aria-label="NNS" class="tabs"><a href="#/accounts" ${t('tab-to-accounts')} ${WRITES('accounts')}>ICP</a><a href="#/neurons" ${t('tab-to-neurons')} ${WRITES('neurons')}>Neurons</a><a href="#/proposals" ${t('tab-to-proposals')} ${WRITES('proposals')}>Voting</a><a href="#/canisters" ${t('tab-to-canisters')} ${WRITES('canisters')}>Canisters</a></nav>
<main><h2>Neurons</h2><p>Earn voting rewards by staking your ICP in neurons.</p><ul ${t('neurons-list')}><li ${t('neuron-card')}>Neuron 1042 · 12.5 ICP · Locked</li></ul><button type="button" ${t('stake-neuron-button')} ${DONE}>Stake Neuron</button><button type="button" ${t('merge-neurons-button')} ${WRITES('merge')}>Merge Neurons</button></main>${OUT}`;
    }),
    body: `await page.locator('[data-test="stake-neuron-button"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-tid="stake-neuron-button"]',
  },
  // The OpenShift Assisted Installer UI unified its test attribute `data-test-id` to `data-testid` (openshift-assisted/assisted-installer-ui pull request 539, April 2021; the values here are this page's) (the scope step drifts).
  {
    id: 'd15-testid-assisted-installer-data-test-id-to-data-testid',
    kind: 'test id',
    ...both((v) => {
      const attr = v('data-test-id', 'data-testid');
      const row = (name: string, version: string, status: string, extra: string) => `<tr ${attr}="cluster-row"><td><a href="#/clusters/${name}" ${WRITES(`open-${name}`)}>${name}</a></td><td>${version}</td><td>${status}</td><td><button type="button" aria-label="Actions" ${extra}>⋮</button></td></tr>`;
      return `<header class="pf-c-page__header"><span class="brand">Red Hat OpenShift Cluster Manager</span></header>
<main><h1>Assisted Bare Metal Clusters</h1><button type="button" ${attr}="button-create-new-cluster" ${WRITES('create')}>Create New Cluster</button><table aria-label="Clusters" ${attr}="clusters-table"><tr><th>Name</th><th>Version</th><th>Status</th><th></th></tr>${row('dover-lab', '4.7.4', 'Ready', DONE)}${row('deal-edge', '4.7.4', 'Installing', WRITES('actions-deal'))}${row('calais-sno', '4.8.0', 'Draft', WRITES('actions-calais'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .locator('[data-test-id="cluster-row"]')\n    .filter({ hasText: 'dover-lab' })\n    .getByRole('button', { name: 'Actions' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="cluster-row"]:has-text("dover-lab") button[aria-label="Actions"]',
  },
];

const refuse: Drift[] = [
  // Zillow wound down Zillow Offers (announced November 2021): the open Sell menu lost its entry; "Home values" and "Find a seller's agent" stay.
  {
    id: 'd15-refuse-zillow-offers-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (label: string, extra: string) => `<li><a href="#/sell/${slug(label)}" ${extra}>${label}</a></li>`;
      return `<header class="zillow-header"><nav aria-label="Main"><a href="#/buy" ${WRITES('buy')}>Buy</a><a href="#/rent" ${WRITES('rent')}>Rent</a><button type="button" aria-expanded="true" ${WRITES('sell')}>Sell</button><a href="#/home-loans" ${WRITES('loans')}>Home Loans</a></nav><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Zillow" width="100" height="24"></a></header>
<nav aria-label="Sell" class="dropdown"><h3>Resources</h3><ul>${link('Explore your options', WRITES('options'))}${link("See your home's Zestimate", WRITES('zestimate'))}${link('Home values', WRITES('values'))}${link('Sellers guide', WRITES('guide'))}</ul><h3>Selling options</h3><ul>${link("Find a seller's agent", WRITES('agent'))}${v(link('Zillow Offers', DONE), '')}${link('Post For Sale by Owner', WRITES('fsbo'))}</ul></nav>
<main><h1>Homes for sale in Dover</h1>${v('', '<p class="notice">Zillow Offers is no longer making offers on homes.</p>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Zillow Offers', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The Minecraft Launcher dropped Mojang account sign-in once accounts had to move to Microsoft accounts (2022): only the Microsoft button is left.
  {
    id: 'd15-refuse-minecraft-mojang-login-removed',
    kind: 'refuse',
    ...both(
      (v) => `<main class="launcher-login"><img src="${GIF}" alt="Minecraft Launcher" width="200" height="40"><h1>Sign in</h1><button type="button" class="login-button microsoft" ${WRITES('microsoft')}>Microsoft Login</button>${v(`<button type="button" class="login-button mojang" ${DONE}>Mojang Login</button>`, `<p class="notice">Mojang accounts can no longer sign in. <a href="#/migration" ${WRITES('migration')}>Learn about moving to a Microsoft account</a></p>`)}
<a href="#/create" ${WRITES('create')}>Create a new Microsoft account</a><a href="#/help" ${WRITES('help')}>Help</a></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mojang Login' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account already follows the blog (fixture change): Tumblr's blog header shows "Unfollow" on the same button where "Follow" was; the recommended blogs keep their Follow buttons.
  {
    id: 'd15-refuse-tumblr-follow-to-unfollow',
    kind: 'refuse',
    ...both((v) => {
      const rec = (name: string, n: number) => `<li><a href="#/${name}" ${WRITES(`rec-${n}`)}>${name}</a><button type="button" aria-label="Follow ${name}" ${WRITES(`rec-follow-${n}`)}>Follow</button></li>`;
      return `<header class="blog-header"><img src="${GIF}" alt="tidepool avatar" width="64" height="64"><h1>tidepool</h1><p>Tide charts, harbour photos and gauges.</p><button type="button" class="follow-button" ${v(DONE, WRITES('unfollow'))}>${v('Follow', 'Unfollow')}</button><button type="button" aria-label="Send a message" ${WRITES('message')}>✉</button></header>
<main><article><h2>Spring tide at Dover</h2><p>6.9 m this morning.</p><button type="button" aria-label="Reblog" ${WRITES('reblog')}>⟲</button><button type="button" aria-label="Like" ${WRITES('like')}>♡</button></article>
<aside><h2>Check out these blogs</h2><ul>${rec('harbournotes', 1)}${rec('neapreport', 2)}</ul></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Follow', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded experience switched to paid access (fixture change): Roblox's experience page shows "Buy" for Robux on the same green button where "Play" was.
  {
    id: 'd15-refuse-roblox-play-to-buy',
    kind: 'refuse',
    ...both(
      (v) => `<header class="rbx-header"><a href="#/home" ${WRITES('home')}>Roblox</a><nav aria-label="Main"><a href="#/charts" ${WRITES('charts')}>Charts</a><a href="#/catalog" ${WRITES('marketplace')}>Marketplace</a><a href="#/create" ${WRITES('create')}>Create</a><a href="#/robux" ${WRITES('robux')}>Robux</a></nav></header>
<main class="game-details"><h1>Harbour Tycoon</h1><p>By Tidepool Studios</p><div class="game-buttons">${v('', '<p class="price">🪙 25</p>')}<button type="button" class="btn-common-play-game-lg" ${v(DONE, WRITES('buy'))}>${v('Play', 'Buy')}</button><button type="button" aria-label="Favorite" ${WRITES('favorite')}>☆</button><button type="button" aria-label="Follow" ${WRITES('follow')}>🔔</button></div>
<section><h2>Recommended</h2><ul><li><a href="#/games/2" ${WRITES('rec-1')}>Lighthouse Obby</a></li><li><a href="#/games/3" ${WRITES('rec-2')}>Tide Racers</a></li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Play', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Nothing is playing in the seeded room (fixture change): the Sonos web app's transport button is labelled "Play" where "Pause" was; the group menu keeps "Pause All".
  {
    id: 'd15-refuse-sonos-pause-to-play',
    kind: 'refuse',
    ...both(
      (v) => `<main class="now-playing"><h1>Kitchen</h1><p class="track">${v('Harbour Lights · Neap Tide', 'Harbour Lights · Neap Tide (paused)')}</p>
<div role="group" aria-label="Transport" class="transport"><button type="button" aria-label="Previous" ${WRITES('previous')}>⏮</button><button type="button" class="play-pause" aria-label="${v('Pause', 'Play')}" ${v(DONE, WRITES('play'))}>${v('⏸', '▶')}</button><button type="button" aria-label="Next" ${WRITES('next')}>⏭</button></div>
<input type="range" aria-label="Volume" value="24"><div role="menu" aria-label="Groups" class="groups"><button type="button" role="menuitem" ${WRITES('group')}>Group rooms</button><button type="button" role="menuitem" aria-label="Pause All" ${WRITES('pause-all')}>Pause All</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Costco raised its membership fees (September 1, 2024): Gold Star from $60 to $65 and Executive from $120 to $130; the fee the test checks must fail it.
  {
    id: 'd15-refuse-costco-membership-price',
    kind: 'refuse',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Costco Wholesale" width="120" height="32"><nav aria-label="Main"><a href="#/membership">Membership</a><a href="#/warehouses">Locations</a></nav></header>
<main><h1>Join Costco</h1><section class="membership-option"><h2>Gold Star Membership</h2><p class="fee">${v('$60 Annual Fee', '$65 Annual Fee')}</p><p>Includes a free Household Card</p><button type="button">Sign Up</button></section>
<section class="membership-option"><h2>Executive Membership</h2><p class="fee">${v('$120 Annual Fee', '$130 Annual Fee')}</p><p>2% Annual Reward, up to ${v('$1,000', '$1,250')}</p><button type="button">Sign Up</button></section>
<aside><p>Business Membership ${v('$60', '$65')} Annual Fee · Add affiliates for $60 each</p></aside></main>`,
    ),
    body: `await expect(page.getByText('$60 Annual Fee', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Node.js 22 entered LTS as 22.11.0 (October 29, 2024): the download page's recommended LTS button no longer reads 20.18.0; Node.js 20 stays listed as a previous release.
  {
    id: 'd15-refuse-nodejs-lts-version',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Node.js" width="100" height="30"></a><nav aria-label="Main"><a href="#/learn">Learn</a><a href="#/about">About</a><a href="#/download">Download</a><a href="#/blog">Blog</a><a href="#/docs">Docs</a></nav></header>
<main><h1>Run JavaScript Everywhere</h1><div class="home-downloadblock"><a href="#/dist/${v('v20.18.0', 'v22.11.0')}" class="home-downloadbutton">${v('20.18.0 LTS', '22.11.0 LTS')} <small>Recommended For Most Users</small></a><a href="#/dist/${v('v22.9.0', 'v23.1.0')}" class="home-downloadbutton">${v('22.9.0 Current', '23.1.0 Current')} <small>Latest Features</small></a></div>
<section><h2>Previous releases</h2><ul><li>${v('Node.js 18 · Maintenance LTS', 'Node.js 20 · Maintenance LTS')}</li><li>${v('Node.js 16 · End-of-life', 'Node.js 18 · Maintenance LTS')}</li></ul></section></main>`,
    ),
    body: `await expect(page.getByRole('link', { name: '20.18.0 LTS' })).toBeVisible();`,
    expect: 'refuse',
  },
  // A broken commit reached main (fixture change): Render's service page shows the latest deploy "Failed" where it showed "Live"; another service in the workspace is still Live.
  {
    id: 'd15-refuse-render-deploy-failed',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Workspace" class="sidebar"><a href="#/">Dashboard</a><ul><li>tide-api <span class="badge">${v('Live', 'Failed')}</span></li><li>tide-worker <span class="badge">Live</span></li></ul></nav>
<main><header class="service-header"><h1>tide-api</h1><p>Web Service · Node · Frankfurt</p><span class="status-badge">${v('Live', 'Failed deploy')}</span><button type="button">Manual Deploy ▾</button></header>
<section aria-label="Events"><h2>Events</h2><ul><li>${v('Deploy live for a41c9e2: Add Calais station', 'Deploy failed for 7be0d13: Bump harmonics to 3.0')}</li><li>Deploy live for 18f2b40: Tune spring tide model</li></ul></section></main>`,
    ),
    body: `await expect(\n    page\n      .locator('.service-header')\n      .getByText('Live', { exact: true }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded customer's earlier order was delivered and a new one placed (fixture change): DoorDash's Orders page shows a different restaurant under In Progress; the old one sits under Completed.
  {
    id: 'd15-refuse-doordash-order-different-restaurant',
    kind: 'refuse',
    ...both((v) => {
      const order = (store: string, detail: string, extra: string) => `<li class="order"><a href="#/orders/${slug(store)}" ${extra}>${store}</a><span>${detail}</span></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>DoorDash</a><input type="search" aria-label="Search DoorDash" placeholder="Search DoorDash"><a href="#/cart" ${WRITES('cart')}>Cart</a></header>
<main><h1>Orders</h1><section aria-label="In Progress"><h2>In Progress</h2><ul>${v(order('Harbour Fish Bar', '2 items · Arriving 19:40', DONE), order('Harbour Noodle Bar', '3 items · Arriving 20:05', WRITES('noodle-bar')))}</ul></section>
<section aria-label="Completed"><h2>Completed</h2><ul>${v('', order('Harbour Fish Bar', 'Delivered 19:38 · 2 items', WRITES('completed-fish-bar')))}${order('Cliff Top Pizza', 'Delivered Sat · 1 item', WRITES('pizza'))}</ul></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'In Progress' })\n    .getByRole('link', { name: 'Harbour Fish Bar' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Windows 11 (October 2021) trimmed File Explorer's context menu: "Send to" moved behind "Show more options" (the closed classic menu); the new menu's "Share" is another action (page object).
  {
    id: 'd15-refuse-po-windows11-send-to-behind-show-more-options',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string, more = '') => `<button type="button" role="menuitem" ${more} ${extra}>${label}</button>`;
      const menu = v(
        `${item('Open', WRITES('open'))}${item('Print', WRITES('print'))}${item('Open with', WRITES('open-with'), 'aria-haspopup="menu"')}${item('Share', WRITES('share'))}${item('Give access to', WRITES('give-access'), 'aria-haspopup="menu"')}${item('Send to', DONE, 'aria-haspopup="menu"')}${item('Cut', WRITES('cut'))}${item('Copy', WRITES('copy'))}${item('Create shortcut', WRITES('shortcut'))}${item('Delete', WRITES('delete'))}${item('Rename', WRITES('rename'))}${item('Properties', WRITES('properties'))}`,
        `<div role="group" aria-label="Quick actions">${item('Cut', WRITES('cut'))}${item('Copy', WRITES('copy'))}${item('Rename', WRITES('rename'))}${item('Share', WRITES('share'))}${item('Delete', WRITES('delete'))}</div>${item('Open', WRITES('open'))}${item('Open with', WRITES('open-with'), 'aria-haspopup="menu"')}${item('Compress to ZIP file', WRITES('zip'))}${item('Copy as path', WRITES('copy-path'))}${item('Properties', WRITES('properties'))}${item('Show more options', WRITES('more-options'), 'aria-haspopup="menu" aria-expanded="false"')}`,
      );
      const classic = v('', `<div role="menu" aria-label="More options" hidden>${item('Send to', WRITES('send-to-hidden'), 'aria-haspopup="menu"')}${item('Create shortcut', WRITES('shortcut-hidden'))}</div>`);
      return `<main class="explorer"><nav aria-label="Navigation pane"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/documents" ${WRITES('documents')}>Documents</a></nav><ul aria-label="Files"><li aria-selected="true">tide-table.pdf</li><li>gauge-readings.xlsx</li></ul></main>
<div role="menu" aria-label="Context menu" class="context-menu">${menu}</div>${classic}${OUT}`;
    }),
    imports: `import { ExplorerMenu } from './explorer-menu';`,
    files: {
      'explorer-menu.ts': `import type { Page } from '@playwright/test';

export class ExplorerMenu {
  constructor(readonly page: Page) {}

  async sendTo() {
    await this.page
      .getByRole('menu', { name: 'Context menu' })
      .getByRole('menuitem', { name: 'Send to' })
      .click();
  }

  async properties() {
    await this.page
      .getByRole('menu', { name: 'Context menu' })
      .getByRole('menuitem', { name: 'Properties' })
      .click();
  }
}
`,
    },
    body: `await new ExplorerMenu(page).sendTo();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Quizlet put Learn behind Quizlet Plus for free accounts (2022): the study set page offers an upgrade link where the "Learn" button was; Flashcards, Test and Match stay.
  {
    id: 'd15-refuse-quizlet-learn-behind-plus',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}>Quizlet</a><input type="search" aria-label="Search" placeholder="Study sets, textbooks, questions"><a href="#/upgrade" ${WRITES('upgrade-nav')}>Upgrade: free 7-day trial</a></header>
<main><h1>Tides and currents</h1><p>42 terms · by ada_lovelace</p><div class="study-modes"><button type="button" ${WRITES('flashcards')}>Flashcards</button>${v(`<button type="button" ${DONE}>Learn</button>`, `<a href="#/upgrade?source=learn" class="plus-upsell" ${WRITES('upsell')}>Unlock Learn with Quizlet Plus</a>`)}<button type="button" ${WRITES('test')}>Test</button><button type="button" ${WRITES('match')}>Match</button></div>
<section><h2>Terms in this set</h2><ul><li>Spring tide · the largest range</li><li>Neap tide · the smallest range</li><li>Learn the datum · chart datum</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Learn', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Waze shut down Waze Carpool (September 2022): the app menu lost "Carpool"; "Planned drives" and "Share drive" stay.
  {
    id: 'd15-refuse-waze-carpool-removed',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<div class="map" aria-label="Map"><input type="search" aria-label="Where to?" placeholder="Where to?"><button type="button" aria-label="Report" ${WRITES('report')}>⚠</button></div>
<div role="menu" aria-label="My Waze" class="side-menu"><p class="me">Ada · Waze Royalty</p>${item('Inbox', WRITES('inbox'))}${item('Planned drives', WRITES('planned'))}${v(item('Carpool', DONE), '')}${item('Share drive', WRITES('share-drive'))}${item('Audio player', WRITES('audio'))}${item('Settings', WRITES('settings'))}${item('Help &amp; feedback', WRITES('help'))}</div>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Carpool' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_15_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
