// Thirteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a VR store's rename in a mobile app's nav, a hosting brand's logo alt, a blogging platform's
// recommend button that became a clap, an image editor's tool tooltip, a remote-access client's download
// heading, a game launcher's subscription badge, a registry's sign-in label, a docs site's search
// placeholder, an IDE's app-menu entry, an API client's request tab, an analytics site's time-zone option and
// a streaming service's logo link) on role, label, placeholder, alt, title, text, menuitem, tab and option
// locators; Prettier-style multi-line chains in the test body and in page objects where the scope step, a
// filter or the last step drifts; library and framework upgrades (SweetAlert -> SweetAlert2, PhotoSwipe 5,
// Alpine.js 3, Docusaurus 2, Ext JS 4.2, Streamlit's st-prefixed test ids) on class, attribute, XPath, id
// and test-id locators; and releases or fixture changes where any patch would be wrong (the same control
// now naming the opposite action, another action in the old one's place, a product or feature retired
// while look-alikes stay, a feature moved behind a paywall, a price rise, a status that went amber, a
// different record, a control moved behind a closed menu). Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find; refuse cases
// have none.
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d13-placeholder-mdn-yari-search (MDN's placeholders before and after Yari), d13-label-docker-hub-docker-id
// (the new sign-in label), d13-button-medium-recommend-to-clap (the buttons' accessible names),
// d13-chain-po-bitly-bitlinks-to-links (the release date), d13-chain-po-mikrotik-wifiwave2-to-wifi (WebFig's
// menu labels), d13-chain-snowflake-compute-to-admin (Snowsight's group names),
// d13-chain-segment-personas-to-engage (the sidebar's layout), d13-testid-streamlit-st-prefix (the release
// that prefixed the ids), d13-refuse-po-jitsi-tile-view-behind-more-actions (which release moved the
// button into the overflow menu, and the new buttons' labels), d13-refuse-strava-leaderboard-paywalled (the
// upsell link's wording), d13-option-plausible-kiev-to-kyiv (which Plausible release picked up tzdata
// 2022b) and d13-chain-po-mixpanel-segmentation-to-insights (the year Insights replaced Segmentation).
// Every product here is one no earlier dev set used (their comments were grepped for each name first).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Meta renamed the Oculus Store the "Meta Quest Store" (2022), when the Oculus app became the Meta Quest app: the app's main nav link followed.
  {
    id: 'd13-link-oculus-store-to-meta-quest-store',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      const app = (name: string, price: string, n: number) => `<li class="app-tile"><a href="#/store/app/${n}" ${WRITES(`app-${n}`)}><img src="${GIF}" alt="${name}" width="80" height="45"></a><p>${name}</p><p class="price">${price}</p></li>`;
      return `<header class="app-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="${v('Oculus', 'Meta Quest')}" width="90" height="24"></a><nav aria-label="Main"><ul>${link('explore', 'Explore', WRITES('explore'))}${link('store', v('Oculus Store', 'Meta Quest Store'), DONE)}${link('library', 'Library', WRITES('library'))}${link('devices', 'Devices', WRITES('devices'))}</ul></nav><button type="button" aria-label="Notifications" ${WRITES('notifications')}>🔔</button><button type="button" aria-label="Menu" ${WRITES('menu')}>☰</button></header>
<main><h1>Explore</h1><section><h2>Featured in the ${v('Oculus Store', 'Meta Quest Store')}</h2><ul class="tiles">${app('Beat Saber', '$29.99', 1)}${app('Supernatural', 'Free trial', 2)}${app('Tide Pool VR', '$9.99', 3)}</ul><a href="#/store/featured" ${WRITES('see-all')}>See all</a></section>
<section><h2>Gift cards</h2><a href="#/store/gift-cards" ${WRITES('gift-cards')}>Buy a ${v('Oculus', 'Meta Quest')} gift card</a><a href="#/store/redeem" ${WRITES('redeem')}>Redeem code</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Oculus Store', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/store"]',
  },
  // OVH became OVHcloud (October 2019): the Control Panel's header logo took the new name (its universe names changed the next year).
  {
    id: 'd13-alt-ovh-to-ovhcloud',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="oui-navbar"><a href="#/" id="header-logo" ${DONE}><img src="${GIF}" alt="${v('OVH', 'OVHcloud')}" width="110" height="28"></a><nav aria-label="Universes"><a href="#/web" ${WRITES('web')}>Web</a><a href="#/dedicated" ${WRITES('dedicated')}>${v('Server', 'Bare Metal Cloud')}</a><a href="#/cloud" ${WRITES('cloud')}>${v('Cloud', 'Public Cloud')}</a><a href="#/telecom" ${WRITES('telecom')}>Telecom</a></nav><a href="#/marketplace" ${WRITES('marketplace')}><img src="${GIF}" alt="${v('OVH Marketplace', 'OVHcloud Marketplace')}" width="80" height="20"></a><button type="button" ${WRITES('account')}>ab12345-ovh ▾</button></header>
<main><h1>Dedicated servers</h1><table aria-label="Servers"><tr><th>Name</th><th>Datacentre</th><th>State</th></tr><tr><td><a href="#/server/ns3012345" ${WRITES('server')}>ns3012345.ip-51-77-1.eu</a></td><td>RBX8 (Roubaix)</td><td>OK</td></tr><tr><td><a href="#/server/ns3012346" ${WRITES('server-2')}>ns3012346.ip-51-77-1.eu</a></td><td>GRA11 (Gravelines)</td><td>OK</td></tr></table>
<aside><img src="${GIF}" alt="${v('OVH datacentre, Roubaix', 'OVHcloud datacentre, Roubaix')}" width="120" height="80"><p>Water-cooled since 2003.</p></aside></main>${OUT}`,
    ),
    body: `await page.getByAltText('OVH', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#header-logo',
  },
  // Medium replaced its heart "Recommend" with claps (August 2017): the story footer's recommend button became the clap button (the accessible names are from memory).
  {
    id: 'd13-button-medium-recommend-to-clap',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="metabar"><a href="#/" ${WRITES('logo')}>Medium</a><input type="search" aria-label="Search Medium" placeholder="Search Medium"><a href="#/new-story" ${WRITES('write')}>Write a story</a><button type="button" aria-label="Notifications" ${WRITES('notifications')}>🔔</button></header>
<article><h1>What the Dover gauge taught me about harmonics</h1><p class="byline">Ada Lovelace · 6 min read</p><p>Every tide is a sum of a few dozen sine waves, and the gauge at Dover has been writing them down since 1924...</p>
<footer class="post-actions"><button type="button" class="recommend-button" aria-label="${v('Recommend', 'Clap')}" ${DONE}>${v('♡', '👏')}</button><span class="count">${v('412', '1.2K')}</span><button type="button" aria-label="Respond" ${WRITES('respond')}>💬</button><span class="count">18</span><button type="button" aria-label="Bookmark" ${WRITES('bookmark')}>🔖</button><button type="button" aria-label="Share on Twitter" ${WRITES('share-twitter')}>t</button><button type="button" aria-label="Share on Facebook" ${WRITES('share-facebook')}>f</button></footer></article>
<section class="responses"><h2>Responses (18)</h2><article class="response"><p>Grace Hopper: Lovely write-up.</p><button type="button" aria-label="${v('Recommend response by Grace Hopper', 'Clap for response by Grace Hopper')}" ${WRITES('response-recommend')}>${v('♡', '👏')}</button></article></section>
<section><h2>${v('Recommended for you', 'More from Medium')}</h2><a href="#/p/neap-tides" ${WRITES('more')}>Neap tides, explained</a></section>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Recommend', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'footer.post-actions button.recommend-button',
  },
  // GIMP 2.10 (April 2018) renamed the Blend tool the Gradient tool: the toolbox button's tooltip followed (the Gradients dialog kept its name).
  {
    id: 'd13-title-gimp210-blend-to-gradient-tool',
    kind: 'renamed text',
    ...both((v) => {
      const tool = (title: string, glyph: string, extra: string) => `<button type="button" class="tool" title="${title}" ${extra}>${glyph}</button>`;
      return `<div role="menubar" aria-label="Image menu" class="menubar">${['File', 'Edit', 'Select', 'View', 'Image', 'Layer', 'Colors', 'Tools', 'Filters', 'Windows', 'Help'].map((m) => `<button type="button" role="menuitem" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div>
<aside class="toolbox" aria-label="Toolbox">${tool('Rectangle Select Tool', '▭', WRITES('rect-select'))}${tool('Free Select Tool', '✎', WRITES('free-select'))}${tool('Move Tool', '✥', WRITES('move'))}${tool('Crop Tool', '⌗', WRITES('crop'))}${tool('Bucket Fill Tool', '🪣', WRITES('bucket-fill'))}${tool(v('Blend Tool', 'Gradient Tool'), '▤', DONE)}${tool('Paintbrush Tool', '🖌', WRITES('paintbrush'))}${tool('Eraser Tool', '⌫', WRITES('eraser'))}${tool('Text Tool', 'A', WRITES('text'))}</aside>
<main class="canvas"><h1>dover-harbour.xcf-1.0 (RGB color 8-bit gamma integer, GIMP built-in sRGB, 1 layer) 1920x1080</h1></main>
<aside class="docks" aria-label="Docks"><div role="tablist" aria-label="Dockable dialogs"><button type="button" role="tab" aria-selected="true" title="Layers" ${WRITES('layers')}>Layers</button><button type="button" role="tab" aria-selected="false" title="Brushes" ${WRITES('brushes')}>Brushes</button><button type="button" role="tab" aria-selected="false" title="Gradients" ${WRITES('gradients')}>Gradients</button><button type="button" role="tab" aria-selected="false" title="Patterns" ${WRITES('patterns')}>Patterns</button></div></aside>${OUT}`;
    }),
    body: `await page.getByTitle('Blend Tool', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.toolbox [title="Gradient Tool"]',
  },
  // Citrix Receiver became the Citrix Workspace app (version 1808, August 2018): the downloads page's heading followed.
  {
    id: 'd13-heading-citrix-receiver-to-workspace-app',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Citrix" width="80" height="24"></a><nav aria-label="Downloads"><a href="#/downloads">Downloads</a><a href="#/downloads/workspace-app">${v('Citrix Receiver', 'Citrix Workspace app')}</a><a href="#/downloads/citrix-virtual-apps">Citrix Virtual Apps and Desktops</a></nav></header>
<main><h1>${v('Citrix Receiver', 'Citrix Workspace app')}</h1><p>${v('Receiver', 'Workspace app')} gives you instant access to your applications and desktops from any device.</p>
<section><h2>${v('Citrix Receiver for Windows', 'Citrix Workspace app for Windows')}</h2><p>Version ${v('4.12', '1808')}</p><a href="#/downloads/win">Download</a></section>
<section><h2>${v('Citrix Receiver for Mac', 'Citrix Workspace app for Mac')}</h2><p>Version ${v('12.9.1', '1808')}</p><a href="#/downloads/mac">Download</a></section>
<section><h2>Citrix Workspace Browser extensions</h2><p>Single sign-on for web and SaaS apps.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Citrix Receiver', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'main h1',
  },
  // Ubisoft Connect replaced Uplay (October 2020) and its subscription Uplay+ became Ubisoft+: the launcher's subscription badge took the new name.
  {
    id: 'd13-text-uplay-plus-to-ubisoft-plus',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="launcher-nav" aria-label="${v('Uplay', 'Ubisoft Connect')}"><a href="#/home">Home</a><a href="#/games">Games</a><a href="#/store">Store</a><a href="#/news">News</a><a href="#/subscription"><span class="subscription-badge">${v('Uplay+', 'Ubisoft+')}</span></a><button type="button">Friends (3)</button></nav>
<main><h1>Home</h1><section class="hero"><h2>Assassin's Creed Valhalla</h2><p>Included with ${v('Uplay+', 'Ubisoft+')}</p><button type="button">Play</button></section>
<section><h2>Your games</h2><ul><li>Anno 1800 · ${v('Uplay+ game', 'Ubisoft+ game')}</li><li>Trackmania · Owned</li><li>Rayman Legends · Owned</li></ul></section>
<aside><h2>Units</h2><p>${v('Uplay Units: 340', 'Ubisoft Connect Units: 340')}</p></aside></main>`,
    ),
    body: `await expect(page.getByText('Uplay+', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'nav .subscription-badge',
  },
];

const renamedTextMore: Drift[] = [
  // Docker moved Docker Hub's sign-in to a new identity page (2023): the field labelled "Docker ID" became "Username or email address" (its id stayed on this page).
  {
    id: 'd13-label-docker-hub-docker-id',
    kind: 'renamed text',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Docker" width="100" height="26"></header>
<main class="sign-in"><h1>${v('Sign in to Docker Hub', 'Sign in')}</h1><form><label for="username">${v('Docker ID', 'Username or email address')}</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password"><a href="#/reset-password">Forgot password?</a><button type="button">${v('Sign In', 'Continue')}</button></form>
${v('', '<p>or</p><button type="button">Continue with Google</button><button type="button">Continue with GitHub</button>')}<p>Don't have an account? <a href="#/signup">Sign up</a></p>
<aside><h2>Organization owners</h2><p>Single sign-on users sign in with their company email.</p><label for="sso-domain">Company domain</label><input id="sso-domain" name="sso-domain"></aside></main>`,
    ),
    body: `await page.getByLabel('Docker ID').fill('tidepool');\n  await expect(page.locator('#username')).toHaveValue('tidepool');`,
    expect: 'heal',
    target: '#username',
  },
  // MDN moved from Kuma to Yari (December 2020): the header search box's placeholder "Search MDN" became "Site search..." (both strings as I recall them).
  {
    id: 'd13-placeholder-mdn-yari-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="page-header"><a href="#/en-US/" class="logo" aria-label="MDN Web Docs"><img src="${GIF}" alt="" width="80" height="24"></a><nav aria-label="Main menu"><button type="button" aria-haspopup="menu">Technologies</button><button type="button" aria-haspopup="menu">References &amp; Guides</button><button type="button" aria-haspopup="menu">Feedback</button></nav>
<form class="search-form" role="search"><input type="search" name="q" class="search-input-field" aria-label="Search" placeholder="${v('Search MDN', 'Site search...')}" autocomplete="off"><button type="submit" aria-label="Search">🔍</button></form><a href="#/en-US/signin">Sign in</a></header>
<div class="document-page"><aside class="sidebar"><input type="search" name="sidebar-filter" aria-label="Filter sidebar" placeholder="Filter"><ul><li><a href="#/en-US/docs/Web/API/fetch">fetch()</a></li><li><a href="#/en-US/docs/Web/API/Request">Request</a></li><li><a href="#/en-US/docs/Web/API/Response">Response</a></li></ul></aside>
<main><h1>fetch()</h1><p>The global <code>fetch()</code> method starts the process of fetching a resource from the network.</p><h2>Syntax</h2><pre>fetch(resource, options)</pre></main></div>`,
    ),
    body: `await page.getByPlaceholder('Search MDN').fill('fetch');\n  await expect(page.locator('input[name="q"]')).toHaveValue('fetch');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Xcode 14 (September 2022), on macOS Ventura, renamed the app menu's "Preferences..." "Settings..." (the Settings window kept its tabs).
  {
    id: 'd13-menuitem-xcode14-preferences-to-settings',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const menus = ['Xcode', 'File', 'Edit', 'View', 'Find', 'Navigate', 'Editor', 'Product', 'Debug', 'Source Control', 'Window', 'Help'].map((m) => `<button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="${m === 'Xcode'}" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('');
      return `<div role="menubar" aria-label="Xcode" class="menubar">${menus}</div>
<div role="menu" aria-label="Xcode" class="dropdown">${item('About Xcode', WRITES('about'))}${item(v('Preferences...', 'Settings...'), DONE)}${item('Behaviors', WRITES('behaviors'))}${item('Open Developer Tool', WRITES('developer-tool'))}${item('Services', WRITES('services'))}${item('Hide Xcode', WRITES('hide'))}${item('Quit Xcode', WRITES('quit'))}</div>
<main class="workspace"><h1>TideClock — TideClock.xcodeproj</h1><nav aria-label="Project navigator"><ul><li>TideClock</li><li>ContentView.swift</li><li>TideModel.swift</li></ul></nav><pre>struct ContentView: View { var body: some View { Text("High water 06:12") } }</pre>
<div role="toolbar" aria-label="Editor"><button type="button" ${WRITES('editor-options')}>Editor Options</button><button type="button" ${WRITES('canvas')}>Canvas</button><button type="button" aria-label="Project settings" ${WRITES('project-settings')}>⚙</button></div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Preferences...' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:text-is("Settings...")',
  },
  // Postman v11 (2024) merged a request's "Pre-request Script" and "Tests" tabs into one "Scripts" tab (with Pre-request and Post-response editors).
  {
    id: 'd13-tab-postman11-tests-to-scripts',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<aside class="sidebar" aria-label="Workspace"><div role="tablist" aria-label="Sidebar"><button type="button" role="tab" aria-selected="true" ${WRITES('collections')}>Collections</button><button type="button" role="tab" aria-selected="false" ${WRITES('environments')}>Environments</button><button type="button" role="tab" aria-selected="false" ${WRITES('history')}>History</button></div><ul><li>Tide API</li><li>GET Readings</li><li>POST Alerts</li></ul></aside>
<main class="request"><h1>GET Readings</h1><input aria-label="Request URL" value="{{baseUrl}}/stations/dover/readings"><button type="button" ${WRITES('send')}>Send</button>
<div role="tablist" aria-label="Request">${tab('Params', WRITES('params'), true)}${tab('Authorization', WRITES('authorization'))}${tab('Headers (7)', WRITES('headers'))}${tab('Body', WRITES('body'))}${v(`${tab('Pre-request Script', WRITES('pre-request'))}${tab('Tests', DONE)}`, tab('Scripts', DONE))}${tab('Settings', WRITES('settings'))}</div>
<section class="response"><div role="tablist" aria-label="Response">${tab('Body', WRITES('response-body'), true)}${tab('Cookies', WRITES('cookies'))}${tab('Headers (9)', WRITES('response-headers'))}${tab('Test Results (3/3)', WRITES('test-results'))}</div><pre>{ "station": "dover", "height_m": 6.4 }</pre></section></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Tests', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"][aria-label="Request"] [role="tab"]:text-is("Scripts")',
  },
  // IANA tzdata 2022b (August 2022) renamed Europe/Kiev Europe/Kyiv; Plausible's site settings time-zone list, built from tzdata, followed in its next release.
  {
    id: 'd13-option-plausible-kiev-to-kyiv',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string, selected = false) => `<div role="option" aria-selected="${selected}" class="option" ${extra}>${label}</div>`;
      return `<nav aria-label="Site settings" class="settings-nav"><a href="#/tidepool.example/settings/general" ${WRITES('general')}>General</a><a href="#/tidepool.example/settings/people" ${WRITES('people')}>People</a><a href="#/tidepool.example/settings/visibility" ${WRITES('visibility')}>Visibility</a><a href="#/tidepool.example/settings/goals" ${WRITES('goals')}>Goals</a><a href="#/tidepool.example/settings/email-reports" ${WRITES('reports')}>Email Reports</a></nav>
<main><h1>General information</h1><label for="domain">Domain</label><input id="domain" value="tidepool.example" readonly>
<label for="timezone">Reporting Timezone</label><input id="timezone" role="combobox" aria-expanded="true" aria-controls="timezone-list" value="(GMT+00:00) Europe/London">
<div id="timezone-list" role="listbox" aria-label="Reporting Timezone">${opt('(GMT+00:00) Europe/London', WRITES('london'), true)}${opt('(GMT+01:00) Europe/Paris', WRITES('paris'))}${opt('(GMT+02:00) Europe/Kaliningrad', WRITES('kaliningrad'))}${opt(`(GMT+02:00) ${v('Europe/Kiev', 'Europe/Kyiv')}`, DONE)}${opt('(GMT+03:00) Europe/Kirov', WRITES('kirov'))}${opt('(GMT+03:00) Europe/Minsk', WRITES('minsk'))}</div>
<button type="button" ${WRITES('save')}>Save</button><section><h2>JavaScript snippet</h2><pre>&lt;script defer data-domain="tidepool.example" src="https://plausible.io/js/script.js"&gt;&lt;/script&gt;</pre></section></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Europe/Kiev' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#timezone-list [role="option"]:has-text("Europe/Kyiv")',
  },
  // HBO Max became Max (May 23, 2023): the app header's logo link took the new name; the HBO brand tile stays beside the other brands.
  {
    id: 'd13-link-hbo-max-to-max',
    kind: 'renamed text',
    ...both((v) => {
      const brand = (name: string, extra: string) => `<li><a href="#/brand/${name.toLowerCase().replace(/ /g, '-')}" ${extra}>${name}</a></li>`;
      return `<header class="app-header"><a href="#/home" class="logo" aria-label="${v('HBO Max', 'Max')}" ${DONE}><img src="${GIF}" alt="" width="90" height="24"></a><nav aria-label="Main"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/series" ${WRITES('series')}>Series</a><a href="#/movies" ${WRITES('movies')}>Movies</a><a href="#/my-stuff" ${WRITES('my-stuff')}>My Stuff</a></nav><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button><button type="button" aria-label="Profile" ${WRITES('profile')}>A</button></header>
<main><h1>Continue watching</h1><ul class="rail"><li><a href="#/series/the-tide-keepers" ${WRITES('tide-keepers')}>The Tide Keepers · S2 E4</a></li><li><a href="#/movies/low-water" ${WRITES('low-water')}>Low Water</a></li></ul>
<section><h2>Brands</h2><ul class="brands">${brand('HBO', WRITES('brand-hbo'))}${brand('DC', WRITES('brand-dc'))}${brand(v('Cartoon Network', 'Discovery'), WRITES('brand-3'))}${brand(v('Max Originals', 'Food Network'), WRITES('brand-4'))}${brand('Warner Bros.', WRITES('brand-wb'))}</ul></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'HBO Max', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.logo',
  },
];

const chains: Drift[] = [
  // Databricks (2023) renamed the workspace sidebar's "Data" entry "Catalog" (Data Explorer became Catalog Explorer) (page object).
  {
    id: 'd13-chain-po-databricks-data-to-catalog',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Sidebar" class="side-nav"><button type="button" ${WRITES('new')}>＋ New</button><ul>${link('workspace', 'Workspace', WRITES('workspace'))}${link('recents', 'Recents', WRITES('recents'))}${link('explore/data', v('Data', 'Catalog'), DONE)}${link('jobs', 'Workflows', WRITES('workflows'))}${link('compute', 'Compute', WRITES('compute'))}</ul>
<h3>${v('Machine Learning', 'SQL')}</h3><ul>${link('sql/editor', 'SQL Editor', WRITES('sql-editor'))}${link('sql/dashboards', 'Dashboards', WRITES('dashboards'))}</ul>${v('', `<h3>Data Engineering</h3><ul>${link('ingestion', 'Data Ingestion', WRITES('ingestion'))}${link('pipelines', 'Delta Live Tables', WRITES('dlt'))}</ul>`)}</nav>
<main><h1>${v('Data Explorer', 'Catalog Explorer')}</h1><input type="search" aria-label="Type to filter" placeholder="Type to filter"><ul class="catalogs"><li><a href="#/explore/data/hive_metastore" ${WRITES('hive')}>hive_metastore</a></li><li><a href="#/explore/data/tides" ${WRITES('tides')}>tides</a></li><li><a href="#/explore/data/samples" ${WRITES('samples')}>samples</a></li></ul><button type="button" ${WRITES('add-data')}>Add data</button></main>${OUT}`;
    }),
    imports: `import { WorkspaceSidebar } from './workspace-sidebar';`,
    files: {
      'workspace-sidebar.ts': `import type { Page } from '@playwright/test';

export class WorkspaceSidebar {
  constructor(readonly page: Page) {}

  async openDataExplorer() {
    await this.page
      .getByRole('navigation', { name: 'Sidebar' })
      .getByRole('link', { name: 'Data', exact: true })
      .click();
  }

  async openCompute() {
    await this.page
      .getByRole('navigation', { name: 'Sidebar' })
      .getByRole('link', { name: 'Compute' })
      .click();
  }
}
`,
    },
    body: `await new WorkspaceSidebar(page).openDataExplorer();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Sidebar"] a[href="#/explore/data"]',
  },
  // Mixpanel (2019-20) replaced its Segmentation report with Insights: the Analysis menu's "Segmentation" became "Insights" (page object).
  {
    id: 'd13-chain-po-mixpanel-segmentation-to-insights',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (href: string, label: string, extra: string) => `<a role="menuitem" href="#/report/4242/${href}" ${extra}>${label}</a>`;
      return `<header class="top-nav"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Mixpanel" width="90" height="22"></a><button type="button" ${WRITES('project')}>Tide App (Production) ▾</button><button type="button" aria-haspopup="menu" aria-expanded="true" ${WRITES('analysis')}>Analysis ▾</button><button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('data')}>Data ▾</button><button type="button" ${WRITES('boards')}>Boards</button></header>
<div role="menu" aria-label="Analysis" class="dropdown">${item(v('segmentation', 'insights'), v('Segmentation', 'Insights'), DONE)}${item('funnels', 'Funnels', WRITES('funnels'))}${item('flows', 'Flows', WRITES('flows'))}${item('retention', 'Retention', WRITES('retention'))}${v(item('signal', 'Signal', WRITES('signal')), item('impact', 'Impact', WRITES('impact')))}</div>
<main><h1>Tide alerts board</h1><section class="card"><h2>Alerts sent, last 30 days</h2><p>12,480</p><a href="#/report/4242/${v('segmentation', 'insights')}#saved/88" ${WRITES('open-report')}>Open in ${v('Segmentation', 'Insights')}</a></section><section class="card"><h2>Sign-up funnel</h2><p>38.2% converted</p></section></main>${OUT}`;
    }),
    imports: `import { AnalysisMenu } from './analysis-menu';`,
    files: {
      'analysis-menu.ts': `import type { Page } from '@playwright/test';

export class AnalysisMenu {
  constructor(readonly page: Page) {}

  async openSegmentation() {
    await this.page
      .getByRole('menu', { name: 'Analysis' })
      .getByRole('menuitem', { name: 'Segmentation' })
      .click();
  }

  async openFunnels() {
    await this.page
      .getByRole('menu', { name: 'Analysis' })
      .getByRole('menuitem', { name: 'Funnels' })
      .click();
  }
}
`,
    },
    body: `await new AnalysisMenu(page).openSegmentation();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"][aria-label="Analysis"] [role="menuitem"]:text-is("Insights")',
  },
  // RouterOS 7.13 (December 2023) renamed the wifiwave2 package and its menu "WiFi": WebFig's "WiFiWave2" entry became "WiFi", beside the legacy "Wireless" (page object; WebFig's labels as I recall them).
  {
    id: 'd13-chain-po-mikrotik-wifiwave2-to-wifi',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="WebFig" class="menu"><ul>${link('quickset', 'Quick Set', WRITES('quickset'))}${link('capsman', 'CAPsMAN', WRITES('capsman'))}${link(v('interface/wifiwave2', 'interface/wifi'), v('WiFiWave2', 'WiFi'), DONE)}${link('interface', 'Interfaces', WRITES('interfaces'))}${link('interface/wireless', 'Wireless', WRITES('wireless'))}${link('interface/bridge', 'Bridge', WRITES('bridge'))}${link('ip', 'IP', WRITES('ip'))}${link('ipv6', 'IPv6', WRITES('ipv6'))}${link('routing', 'Routing', WRITES('routing'))}${link('system', 'System', WRITES('system'))}${link('tools', 'Tools', WRITES('tools'))}</ul></nav>
<main><h1>hAP ax³ · RouterOS ${v('7.12.1', '7.13')}</h1><table aria-label="Interfaces"><tr><th>Name</th><th>Type</th><th>Actual MTU</th></tr><tr><td>ether1</td><td>Ethernet</td><td>1500</td></tr><tr><td>wifi1</td><td>${v('WiFiWave2', 'WiFi')}</td><td>1500</td></tr><tr><td>wifi2</td><td>${v('WiFiWave2', 'WiFi')}</td><td>1500</td></tr></table><button type="button" ${WRITES('terminal')}>Terminal</button></main>${OUT}`;
    }),
    imports: `import { WebFigMenu } from './webfig-menu';`,
    files: {
      'webfig-menu.ts': `import type { Page } from '@playwright/test';

export class WebFigMenu {
  constructor(readonly page: Page) {}

  async openWifi() {
    await this.page
      .getByRole('navigation', { name: 'WebFig' })
      .getByRole('link', { name: 'WiFiWave2' })
      .click();
  }

  async openBridge() {
    await this.page
      .getByRole('navigation', { name: 'WebFig' })
      .getByRole('link', { name: 'Bridge' })
      .click();
  }
}
`,
    },
    body: `await new WebFigMenu(page).openWifi();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="WebFig"] a[href="#/interface/wifi"]',
  },
  // Adobe Spark became Adobe Creative Cloud Express (December 2021), then Adobe Express (2022): the Creative Cloud desktop app's apps list followed (page object, the filter step drifts).
  {
    id: 'd13-chain-po-creative-cloud-spark-to-express',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (name: string, status: string, extra: string) => `<li class="app-row"><img src="${GIF}" alt="" width="24" height="24"><span class="app-name">${name}</span><span class="app-status">${status}</span><button type="button" ${extra}>Open</button><button type="button" aria-label="More actions for ${name}" ${WRITES(`more-${name}`)}>⋯</button></li>`;
      return `<nav aria-label="Creative Cloud" class="tabs"><a href="#/apps" ${WRITES('apps')}>Apps</a><a href="#/files" ${WRITES('files')}>Files</a><a href="#/discover" ${WRITES('discover')}>Discover</a><a href="#/stock" ${WRITES('stock')}>Stock &amp; Marketplace</a></nav>
<main><h1>All apps</h1><section aria-label="Installed"><h2>Installed</h2><ul>${app('Photoshop', 'Up to date', WRITES('open-photoshop'))}${app('Illustrator', 'Up to date', WRITES('open-illustrator'))}${app(v('Adobe Spark', 'Adobe Express'), 'Web app', DONE)}${app('Adobe XD', 'Update available', WRITES('open-xd'))}${app('Acrobat', 'Up to date', WRITES('open-acrobat'))}</ul></section>
<section aria-label="Available in your plan"><h2>Available in your plan</h2><ul><li>InDesign <button type="button" ${WRITES('install-indesign')}>Install</button></li><li>Premiere Pro <button type="button" ${WRITES('install-premiere')}>Install</button></li></ul></section></main>${OUT}`;
    }),
    imports: `import { AppsPage } from './apps-page';`,
    files: {
      'apps-page.ts': `import type { Page } from '@playwright/test';

export class AppsPage {
  constructor(readonly page: Page) {}

  async openApp(name: string) {
    await this.page
      .getByRole('region', { name: 'Installed' })
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Open' })
      .click();
  }

  async openSpark() {
    await this.page
      .getByRole('region', { name: 'Installed' })
      .getByRole('listitem')
      .filter({ hasText: 'Adobe Spark' })
      .getByRole('button', { name: 'Open' })
      .click();
  }
}
`,
    },
    body: `await new AppsPage(page).openSpark();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.app-row:has-text("Adobe Express") button:text-is("Open")',
  },
  // Bitly (2023, as I recall) renamed "Bitlinks" "Links" in its dashboard's left navigation (page object).
  {
    id: 'd13-chain-po-bitly-bitlinks-to-links',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Main" class="side-nav"><button type="button" ${WRITES('create')}>Create new</button><ul>${link('home', 'Home', WRITES('home'))}${link(v('bitlinks', 'links'), v('Bitlinks', 'Links'), DONE)}${link('qrcodes', 'QR Codes', WRITES('qr'))}${link('pages', v('Link-in-bio', 'Pages'), WRITES('pages'))}${link('analytics', 'Analytics', WRITES('analytics'))}${link('campaigns', 'Campaigns', WRITES('campaigns'))}${link('custom-links', v('Custom links', 'Custom domains'), WRITES('custom'))}${link('settings', 'Settings', WRITES('settings'))}</ul></nav>
<main><h1>${v('Bitlinks', 'Links')}</h1><ul class="link-list"><li><a href="#/details/tide.ly/dover" ${WRITES('dover')}>tide.ly/dover</a> · 1,204 engagements</li><li><a href="#/details/tide.ly/spring" ${WRITES('spring')}>tide.ly/spring</a> · 318 engagements</li></ul><button type="button" ${WRITES('export')}>Export</button></main>${OUT}`;
    }),
    imports: `import { BitlyNav } from './bitly-nav';`,
    files: {
      'bitly-nav.ts': `import type { Page } from '@playwright/test';

export class BitlyNav {
  constructor(readonly page: Page) {}

  async openBitlinks() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bitlinks' })
      .click();
  }

  async openCampaigns() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Campaigns' })
      .click();
  }
}
`,
    },
    body: `await new BitlyNav(page).openBitlinks();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/links"]',
  },
];

const chainsMore: Drift[] = [
  // Power BI renamed datasets "semantic models" (November 2023): a workspace's content list shows the type "Semantic model" where it showed "Dataset" (the filter step drifts).
  {
    id: 'd13-chain-filter-powerbi-dataset-to-semantic-model',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, type: string, actions: string) => `<tr><td><a href="#/groups/tides/${type.toLowerCase().replace(/ /g, '-')}/${name.toLowerCase().replace(/ /g, '-')}">${name}</a></td><td>${type}</td><td>Ada Lovelace</td><td>${actions}</td></tr>`;
      const refresh = (extra: string) => `<button type="button" aria-label="Refresh now" ${extra}>↻</button><button type="button" aria-label="Schedule refresh" ${WRITES('schedule')}>🕑</button>`;
      return `<nav aria-label="Navigation pane" class="nav-pane"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/create" ${WRITES('create')}>Create</a><a href="#/browse" ${WRITES('browse')}>Browse</a><a href="#/${v('datahub', 'onelake')}" ${WRITES('hub')}>${v('Data hub', 'OneLake data hub')}</a><a href="#/groups" ${WRITES('workspaces')}>Workspaces</a></nav>
<main><h1>Tides</h1><button type="button" ${WRITES('new')}>＋ New</button><button type="button" ${WRITES('upload')}>Upload</button><input type="search" aria-label="Filter by keyword" placeholder="Filter by keyword">
<table aria-label="Workspace content"><tr><th>Name</th><th>Type</th><th>Owner</th><th>Actions</th></tr>${row('Tide readings', 'Report', `<button type="button" aria-label="Share" ${WRITES('share')}>⤴</button>`)}${row('Tide readings', v('Dataset', 'Semantic model'), refresh(DONE))}${row('Gauge ingest', 'Dataflow', refresh(WRITES('dataflow-refresh')))}${row('Harbour overview', 'Dashboard', `<button type="button" aria-label="Share" ${WRITES('share-dashboard')}>⤴</button>`)}</table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Dataset' })\n    .getByRole('button', { name: 'Refresh now' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has-text("Semantic model") button[aria-label="Refresh now"]',
  },
  // Twilio's Console renamed "Programmable SMS" "Messaging" (2020, with Programmable Messaging): the sidebar group holding "Services" took the new name; Verify keeps its own "Services" (the scope step drifts).
  {
    id: 'd13-chain-twilio-programmable-sms-to-messaging',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/console/${href}" ${extra}>${label}</a></li>`;
      const group = (name: string, links: string) => `<div role="group" aria-label="${name}" class="nav-group"><h3>${name}</h3><ul>${links}</ul></div>`;
      return `<nav aria-label="Console" class="sidebar">${group('Phone Numbers', `${link('phone-numbers/incoming', 'Manage', WRITES('numbers'))}${link('phone-numbers/search', 'Buy a number', WRITES('buy'))}`)}
${group(v('Programmable SMS', 'Messaging'), `${link('sms/dashboard', v('SMS Dashboard', 'Overview'), WRITES('sms-overview'))}${link('sms/services', 'Services', DONE)}${link('sms/logs', v('Message Logs', 'Logs'), WRITES('sms-logs'))}`)}
${group(v('Programmable Voice', 'Voice'), `${link('voice/dashboard', 'Overview', WRITES('voice-overview'))}${link('voice/twiml/apps', 'TwiML Apps', WRITES('twiml'))}`)}${group('Verify', `${link('verify/services', 'Services', WRITES('verify-services'))}${link('verify/logs', 'Logs', WRITES('verify-logs'))}`)}</nav>
<main><h1>Tidepool Alerts</h1><p>Account SID AC4242… · Balance $18.40</p><button type="button" ${WRITES('upgrade')}>Upgrade</button></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('group', { name: 'Programmable SMS' })\n    .getByRole('link', { name: 'Services' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="group"] a[href="#/console/sms/services"]',
  },
  // Godot 4.0 (March 2023) renamed its 3D nodes: "Spatial" became "Node3D" (KinematicBody became CharacterBody3D); the Create New Node dialog's tree followed.
  {
    id: 'd13-chain-godot4-spatial-to-node3d',
    kind: 'multi-line chain',
    ...both((v) => {
      const node = (name: string, level: number, extra: string) => `<div role="treeitem" aria-level="${level}" aria-selected="false" class="tree-item" ${extra}>${name}</div>`;
      const tree = v(
        `${node('Node', 1, WRITES('node'))}${node('AnimationPlayer', 2, WRITES('animation-player'))}${node('CanvasItem', 2, WRITES('canvas-item'))}${node('Node2D', 3, WRITES('node2d'))}${node('KinematicBody2D', 4, WRITES('kinematic2d'))}${node('Spatial', 2, DONE)}${node('KinematicBody', 3, WRITES('kinematic'))}${node('MeshInstance', 3, WRITES('mesh'))}${node('SpatialMaterial', 2, WRITES('spatial-material'))}${node('Timer', 2, WRITES('timer'))}`,
        `${node('Node', 1, WRITES('node'))}${node('AnimationPlayer', 2, WRITES('animation-player'))}${node('CanvasItem', 2, WRITES('canvas-item'))}${node('Node2D', 3, WRITES('node2d'))}${node('CharacterBody2D', 4, WRITES('kinematic2d'))}${node('Node3D', 2, DONE)}${node('CharacterBody3D', 3, WRITES('kinematic'))}${node('MeshInstance3D', 3, WRITES('mesh'))}${node('Timer', 2, WRITES('timer'))}`,
      );
      return `<div class="editor"><div role="toolbar" aria-label="Workspaces"><button type="button" ${WRITES('2d')}>2D</button><button type="button" ${WRITES('3d')}>3D</button><button type="button" ${WRITES('script')}>Script</button><button type="button" ${WRITES('assetlib')}>AssetLib</button></div>
<div role="dialog" aria-label="Create New Node" class="popup"><h2>Create New Node</h2><label for="node-search">Search</label><input id="node-search" type="search"><div role="tree" aria-label="Nodes">${tree}</div><p class="description">Most basic 3D game object, parent of all 3D-related nodes.</p><button type="button" ${WRITES('create')}>Create</button><button type="button" ${WRITES('cancel')}>Cancel</button></div>
<aside aria-label="Scene"><h3>Scene</h3><ul><li>Harbour (${v('Spatial', 'Node3D')})</li><li>Boat (${v('KinematicBody', 'CharacterBody3D')})</li></ul></aside></div>${OUT}`;
    }),
    body: `await page\n    .getByRole('dialog', { name: 'Create New Node' })\n    .getByRole('treeitem', { name: 'Spatial', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="dialog"] [role="treeitem"]:text-is("Node3D")',
  },
  // Twilio Segment renamed Personas "Engage" (2022): the workspace sidebar's "Personas" section became "Engage", where "Audiences" still sits (the filter on the section drifts; the sidebar's layout is my recollection).
  {
    id: 'd13-chain-segment-personas-to-engage',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/tidepool/${href}" ${extra}>${label}</a></li>`;
      const section = (title: string, links: string) => `<div class="sidebar-section"><h3>${title}</h3><ul>${links}</ul></div>`;
      return `<nav aria-label="Workspace" class="sidebar">${section('Connections', `${link('overview', 'Overview', WRITES('overview'))}${link('sources', 'Sources', WRITES('sources'))}${link('destinations', 'Destinations', WRITES('destinations'))}`)}${section('Protocols', `${link('protocols/tracking-plans', 'Tracking Plans', WRITES('tracking-plans'))}`)}
${v(section('Personas', `${link('personas/audiences', 'Audiences', DONE)}${link('personas/computed-traits', 'Computed Traits', WRITES('computed-traits'))}${link('personas/explorer', 'Explorer', WRITES('explorer'))}`), `${section('Unify', `${link('unify/profiles', 'Profile explorer', WRITES('explorer'))}${link('unify/traits', 'Traits', WRITES('computed-traits'))}`)}${section('Engage', `${link('engage/audiences', 'Audiences', DONE)}${link('engage/journeys', 'Journeys', WRITES('journeys'))}`)}`)}
${section('Privacy', `${link('privacy/portal', 'Privacy Portal', WRITES('privacy'))}`)}</nav>
<main><h1>Overview</h1><section><h2>Sources</h2><p>tide-web · tide-ios · tide-api</p></section><section><h2>Audiences</h2><p>Spring tide subscribers · 1,204 profiles</p><a href="#/tidepool/${v('personas', 'engage')}/audiences/spring" ${WRITES('audience')}>Spring tide subscribers</a></section></main>${OUT}`;
    }),
    body: `await page\n    .locator('.sidebar-section')\n    .filter({ hasText: 'Personas' })\n    .getByRole('link', { name: 'Audiences' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar-section a[href="#/tidepool/engage/audiences"]',
  },
  // Snowsight (2023) regrouped its left navigation: "Warehouses" left the "Compute" group for "Admin" (the group names are my recollection; the scope's heading drifts).
  {
    id: 'd13-chain-snowflake-compute-to-admin',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/us-east-1/tide42/${href}" ${extra}>${label}</a></li>`;
      const section = (title: string, links: string) => `<section class="nav-section"><h3>${title}</h3><ul>${links}</ul></section>`;
      return `<nav aria-label="Main" class="left-nav">${section(v('Worksheets', 'Projects'), `${link('worksheets', 'Worksheets', WRITES('worksheets'))}${link('dashboards', 'Dashboards', WRITES('dashboards'))}`)}${section('Data', `${link('data/databases', 'Databases', WRITES('databases'))}${link('data/shared', v('Private Sharing', 'Shared Data'), WRITES('shared'))}`)}
${v(section('Compute', `${link('compute/history', 'Query History', WRITES('history'))}${link('compute/warehouses', 'Warehouses', DONE)}${link('compute/resource-monitors', 'Resource Monitors', WRITES('monitors'))}`), `${section('Monitoring', `${link('compute/history', 'Query History', WRITES('history'))}${link('monitoring/copy', 'Copy History', WRITES('copy'))}`)}${section('Admin', `${link('compute/warehouses', 'Warehouses', DONE)}${link('account/usage', 'Cost Management', WRITES('cost'))}${link('account/roles', 'Users &amp; Roles', WRITES('roles'))}`)}`)}
${v(section('Account', `${link('account/roles', 'Roles', WRITES('roles'))}${link('account/usage', 'Usage', WRITES('cost'))}`), '')}</nav>
<main><h1>Worksheets</h1><ul><li><a href="#/us-east-1/tide42/worksheets/1" ${WRITES('ws-1')}>Dover readings by hour</a></li><li><a href="#/us-east-1/tide42/worksheets/2" ${WRITES('ws-2')}>Warehouse credit usage</a></li></ul></main>${OUT}`;
    }),
    body: `await page\n    .locator('nav section')\n    .filter({ has: page.getByRole('heading', { name: 'Compute' }) })\n    .getByRole('link', { name: 'Warehouses' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav section a[href="#/us-east-1/tide42/compute/warehouses"]',
  },
];

const others: Drift[] = [
  // A dashboard moved from SweetAlert (t4t5's 2.x) to SweetAlert2 (SweetAlert's successor): the confirm button's `.swal-button--confirm` became `.swal2-confirm`.
  {
    id: 'd13-css-sweetalert2-confirm-class',
    kind: 'css class',
    ...both((v) => {
      const row = (name: string, n: number) => `<tr><td>${name}</td><td>Active</td><td><button type="button" class="btn btn-sm btn-outline-danger" ${WRITES(`delete-row-${n}`)}>Delete</button></td></tr>`;
      const modal = v(
        `<div class="swal-overlay swal-overlay--show-modal" tabindex="-1"><div class="swal-modal" role="dialog" aria-modal="true"><div class="swal-icon swal-icon--warning"><span class="swal-icon--warning__body"><span class="swal-icon--warning__dot"></span></span></div><div class="swal-title">Delete Dover gauge?</div><div class="swal-text">Its 14 years of readings go with it.</div><div class="swal-footer"><div class="swal-button-container"><button class="swal-button swal-button--cancel" ${WRITES('cancel')}>Cancel</button></div><div class="swal-button-container"><button class="swal-button swal-button--confirm swal-button--danger" ${DONE}>Delete</button></div></div></div></div>`,
        `<div class="swal2-container swal2-center swal2-backdrop-show"><div class="swal2-popup swal2-modal swal2-icon-warning swal2-show" role="dialog" aria-modal="true" aria-labelledby="swal2-title" aria-describedby="swal2-html-container"><div class="swal2-icon swal2-warning swal2-icon-show"><div class="swal2-icon-content">!</div></div><h2 class="swal2-title" id="swal2-title">Delete Dover gauge?</h2><div class="swal2-html-container" id="swal2-html-container">Its 14 years of readings go with it.</div><div class="swal2-actions"><button type="button" class="swal2-confirm swal2-styled" ${DONE}>Delete</button><button type="button" class="swal2-deny swal2-styled" style="display: none;" ${WRITES('deny')}>No</button><button type="button" class="swal2-cancel swal2-styled" ${WRITES('cancel')}>Cancel</button></div></div></div>`,
      );
      return `<main class="container"><h1>Tide gauges</h1><button type="button" class="btn btn-primary" ${WRITES('add')}>Add gauge</button><table class="table" aria-label="Gauges"><tr><th>Name</th><th>Status</th><th></th></tr>${row('Dover gauge', 1)}${row('Deal gauge', 2)}${row('Calais gauge', 3)}</table></main>
${modal}${OUT}`;
    }),
    body: `await page.locator('.swal-button--confirm').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.swal2-confirm',
  },
  // PhotoSwipe 5 (2022) rewrote its UI: the v4 arrow `.pswp__button--arrow--right` became `.pswp__button--arrow--next` (and `--left` became `--prev`).
  {
    id: 'd13-css-photoswipe5-arrow-next',
    kind: 'css class',
    ...both((v) => {
      const ui = v(
        `<div class="pswp pswp--open pswp--animated-in pswp--visible" tabindex="-1" role="dialog" aria-hidden="false"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"><img class="pswp__img" src="${GIF}" alt="" width="300" height="200"></div></div><div class="pswp__ui"><div class="pswp__top-bar"><div class="pswp__counter">1 / 4</div><button class="pswp__button pswp__button--close" title="Close (Esc)" ${WRITES('close')}>✕</button><button class="pswp__button pswp__button--share" title="Share" ${WRITES('share')}>⤴</button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen" ${WRITES('fullscreen')}>⛶</button><button class="pswp__button pswp__button--zoom" title="Zoom in/out" ${WRITES('zoom')}>＋</button></div><button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)" ${WRITES('prev')}>‹</button><button class="pswp__button pswp__button--arrow--right" title="Next (arrow right)" ${DONE}>›</button><div class="pswp__caption"><div class="pswp__caption__center">Dover harbour at high water</div></div></div></div></div>`,
        `<div class="pswp pswp--open pswp--ui-visible pswp--has_mouse pswp--one-slide pswp--zoom-allowed" tabindex="-1" role="dialog" aria-roledescription="carousel"><div class="pswp__bg"></div><div class="pswp__scroll-wrap" aria-live="off"><div class="pswp__container"><div class="pswp__item" aria-roledescription="slide" aria-label="1 of 4"><img class="pswp__img" src="${GIF}" alt="" width="300" height="200"></div></div><div class="pswp__top-bar pswp__hide-on-close"><div class="pswp__counter">1 / 4</div><button class="pswp__button pswp__button--zoom" title="Zoom" aria-label="Zoom" ${WRITES('zoom')}>＋</button><button class="pswp__button pswp__button--close" title="Close" aria-label="Close" ${WRITES('close')}>✕</button></div><button class="pswp__button pswp__button--arrow pswp__button--arrow--prev pswp__hide-on-close" title="Previous" aria-label="Previous" ${WRITES('prev')}>‹</button><button class="pswp__button pswp__button--arrow pswp__button--arrow--next pswp__hide-on-close" title="Next" aria-label="Next" ${DONE}>›</button></div></div>`,
      );
      return `<main class="gallery-page"><h1>Harbour photos</h1><div class="gallery">${[1, 2, 3, 4].map((n) => `<a href="#/photos/${n}.jpg" data-pswp-width="1600" data-pswp-height="1067"><img src="${GIF}" alt="Harbour photo ${n}" width="80" height="60"></a>`).join('')}</div>
<section class="related"><h2>Related albums</h2><div class="carousel"><button type="button" class="carousel-arrow carousel-arrow--right" aria-label="Next" ${WRITES('carousel-next')}>›</button></div></section></main>
${ui}${OUT}`;
    }),
    body: `await page.locator('.pswp__button--arrow--right').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.pswp__button--arrow--next',
  },
  // Alpine.js 3 (June 2021) renamed the `.away` modifier `.outside`: the account dropdown's `x-on:click.away` became `x-on:click.outside` (the notifications panel changed the same way).
  {
    id: 'd13-attr-alpine3-click-away-to-outside',
    kind: 'css class',
    ...both((v) => {
      const mod = v('away', 'outside');
      return `<header class="flex justify-between" x-data="{ open: true, notifications: true }"><a href="#/" ${WRITES('logo')}>Tidepool</a><nav aria-label="Main"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/stations" ${WRITES('stations')}>Stations</a><a href="#/alerts" ${WRITES('alerts')}>Alerts</a></nav>
<div class="relative"><button type="button" x-on:click="notifications = !notifications" aria-label="Notifications" ${WRITES('bell')}>🔔</button><div x-show="notifications" x-on:click.${mod}="notifications = false" class="dropdown" role="menu" aria-label="Notifications"><a role="menuitem" href="#/alerts/12" ${WRITES('alert')}>Spring tide warning for Dover</a><a role="menuitem" href="#/settings/notifications" ${WRITES('notification-settings')}>Settings</a></div></div>
<div class="relative"><button type="button" x-on:click="open = !open" ${WRITES('account')}>Ada ▾</button><div x-show="open" x-on:click.${mod}="open = false" class="dropdown" role="menu" aria-label="Account"><a role="menuitem" href="#/profile" ${WRITES('profile')}>Your profile</a><a role="menuitem" href="#/settings" ${DONE}>Settings</a><a role="menuitem" href="#/logout" ${WRITES('logout')}>Sign out</a></div></div></header>
<main><h1>Dashboard</h1><p>High water at Dover: 06:12</p></main>${OUT}`;
    }),
    body: `await page.locator('[x-on\\\\:click\\\\.away="open = false"]').getByRole('menuitem', { name: 'Settings' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[x-on\\:click\\.outside="open = false"] a[href="#/settings"]',
  },
  // Docusaurus 2 (2022) replaced v1's header: `nav.slidingNav` and its `ul.nav-site` links became the Infima navbar's `a.navbar__link` items.
  {
    id: 'd13-xpath-docusaurus2-sliding-nav',
    kind: 'xpath',
    ...both((v) => {
      const header = v(
        `<div class="fixedHeaderContainer"><div class="headerWrapper wrapper"><header><a href="#/"><img class="logo" src="${GIF}" alt="Tidepool" width="32" height="32"><h2 class="headerTitleWithLogo">Tidepool</h2></a><div class="navigationWrapper navigationSlider"><nav class="slidingNav"><ul class="nav-site nav-site-internal"><li class=""><a href="#/docs/intro" target="_self" ${DONE}>Docs</a></li><li class=""><a href="#/docs/api" target="_self" ${WRITES('api')}>API</a></li><li class=""><a href="#/help" target="_self" ${WRITES('help')}>Help</a></li><li class=""><a href="#/blog" target="_self" ${WRITES('blog')}>Blog</a></li></ul></nav></div></header></div></div>`,
        `<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="#/"><div class="navbar__logo"><img src="${GIF}" alt="Tidepool Logo" width="32" height="32"></div><b class="navbar__title text--truncate">Tidepool</b></a><a class="navbar__item navbar__link" href="#/docs/intro" ${DONE}>Docs</a><a class="navbar__item navbar__link" href="#/docs/api" ${WRITES('api')}>API</a><a class="navbar__item navbar__link" href="#/blog" ${WRITES('blog')}>Blog</a></div><div class="navbar__items navbar__items--right"><a href="#/github" class="navbar__item navbar__link" ${WRITES('github')}>GitHub</a><div class="navbarSearchContainer"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search" ${WRITES('search')}>Search</button></div></div></div></nav>`,
      );
      const footer = v(
        `<footer class="nav-footer" id="footer"><section class="sitemap"><div><h5>Docs</h5><a href="#/docs/intro" ${WRITES('footer-docs')}>Getting Started</a><a href="#/docs/api" ${WRITES('footer-api')}>API Reference</a></div><div><h5>Community</h5><a href="#/users" ${WRITES('users')}>User Showcase</a></div></section></footer>`,
        `<footer class="footer footer--dark"><div class="container"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items"><li class="footer__item"><a class="footer__link-item" href="#/docs/intro" ${WRITES('footer-docs')}>Docs</a></li><li class="footer__item"><a class="footer__link-item" href="#/docs/api" ${WRITES('footer-api')}>API Reference</a></li></ul></div></div></div></footer>`,
      );
      return `${header}<main class="docMainWrapper"><h1>Introduction</h1><p>Tidepool predicts tides from harmonic constituents.</p><a href="#/docs/install" ${WRITES('next')}>Next: Installation →</a></main>${footer}${OUT}`;
    }),
    body: `await page.locator('//nav[@class="slidingNav"]//a[text()="Docs"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.navbar a.navbar__link:text-is("Docs")',
  },
  // Ext JS 4.2 (2013) rendered buttons anew: Ext JS 3's `<table id="ext-comp-1012">` with its inner `button#ext-gen47` became `a#button-1023` with `-btnWrap`, `-btnEl` and `-btnInnerEl` spans, so the generated ids changed.
  {
    id: 'd13-id-extjs42-button-ids',
    kind: 'id',
    ...both((v) => {
      const btn = (label: string, n3: number, g3: number, n4: number, extra: string) =>
        v(
          `<table id="ext-comp-${n3}" cellspacing="0" class="x-btn x-btn-noicon" style="width: auto;"><tbody class="x-btn-small x-btn-icon-small-left"><tr><td class="x-btn-ml"><i>&nbsp;</i></td><td class="x-btn-mc"><em class="" unselectable="on"><button type="button" id="ext-gen${g3}" class="x-btn-text" ${extra}>${label}</button></em></td><td class="x-btn-mr"><i>&nbsp;</i></td></tr></tbody></table>`,
          `<a id="button-${n4}" class="x-btn x-unselectable x-btn-default-small x-noicon x-btn-noicon x-btn-default-small-noicon" role="button" hidefocus="on" unselectable="on" tabindex="0" ${extra}><span id="button-${n4}-btnWrap" class="x-btn-wrap" unselectable="on"><span id="button-${n4}-btnEl" class="x-btn-button"><span id="button-${n4}-btnInnerEl" class="x-btn-inner x-btn-inner-center" unselectable="on">${label}</span></span></span></a>`,
        );
      return `<div class="x-panel" id="${v('ext-comp-1004', 'panel-1010')}"><div class="x-panel-header"><span class="x-panel-header-text">Edit gauge · Dover</span></div><div class="x-panel-body"><form class="x-form"><label for="${v('ext-comp-1006', 'textfield-1014-inputEl')}">Name:</label><input id="${v('ext-comp-1006', 'textfield-1014-inputEl')}" class="x-form-text x-form-field" value="Dover gauge"><label for="${v('ext-comp-1008', 'numberfield-1016-inputEl')}">Datum offset (m):</label><input id="${v('ext-comp-1008', 'numberfield-1016-inputEl')}" class="x-form-text x-form-field x-form-num-field" value="3.67"></form></div>
<div class="x-toolbar x-panel-fbar" role="toolbar">${btn('Save', 1012, 47, 1023, DONE)}${btn('Save and close', 1013, 49, 1024, WRITES('save-close'))}${btn('Cancel', 1014, 51, 1025, WRITES('cancel'))}</div></div>${OUT}`;
    }),
    body: `await page.locator('#ext-gen47').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#button-1023',
  },
  // Streamlit (1.3x, 2024, as I recall) prefixed its data-testid values with "st": the primary button's `baseButton-primary` became `stBaseButton-primary`.
  {
    id: 'd13-testid-streamlit-st-prefix',
    kind: 'test id',
    ...both((v) => {
      const p = (id: string) => v(id, `st${id.charAt(0).toUpperCase()}${id.slice(1)}`);
      return `<div class="stApp" data-testid="stApp"><header data-testid="stHeader"><button type="button" data-testid="${p('baseButton-header')}" ${WRITES('deploy')}>Deploy</button><button type="button" aria-label="Main menu" data-testid="${p('baseButton-headerNoPadding')}" ${WRITES('main-menu')}>⋮</button></header>
<section data-testid="stSidebar" aria-label="Sidebar"><h2>Station</h2><label for="station">Choose a station</label><select id="station"><option>Dover</option><option>Calais</option></select><div class="stButton" data-testid="stButton"><button type="button" kind="secondary" data-testid="${p('baseButton-secondary')}" ${WRITES('reset')}>Reset filters</button></div></section>
<main data-testid="stMain"><h1>Tide forecast</h1><div data-testid="stMarkdownContainer"><p>Harmonic prediction for the next 48 hours.</p></div>
<div class="stButton" data-testid="stButton"><button type="button" kind="primary" data-testid="${p('baseButton-primary')}" ${DONE}>Run forecast</button></div>
<form data-testid="stForm"><label for="email">Email me the chart</label><input id="email" type="email"><div data-testid="stFormSubmitButton"><button type="button" kind="secondaryFormSubmit" data-testid="${p('baseButton-secondaryFormSubmit')}" ${WRITES('submit')}>Send</button></div></form></main></div>${OUT}`;
    }),
    body: `await page.getByTestId('baseButton-primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="stBaseButton-primary"]',
  },
];

const refuse: Drift[] = [
  // The seeded user already upvoted the launch (fixture change): Product Hunt's product page shows "Upvoted" on the same button where "Upvote" was; clicking it now takes the vote back.
  {
    id: 'd13-refuse-same-button-producthunt-upvoted',
    kind: 'refuse',
    ...both(
      (v) => `<header class="header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Product Hunt" width="32" height="32"></a><input type="search" aria-label="Search" placeholder="Search ( ⌘ + k )"><nav aria-label="Main"><a href="#/launches" ${WRITES('launches')}>Launches</a><a href="#/products" ${WRITES('products')}>Products</a><a href="#/news" ${WRITES('news')}>News</a><a href="#/community" ${WRITES('community')}>Community</a></nav><button type="button" ${WRITES('submit')}>Submit</button></header>
<main><section class="product-header"><img src="${GIF}" alt="Tidepool" width="64" height="64"><h1>Tidepool</h1><p>Tide predictions for every harbour, in your calendar</p>
<div class="actions"><a href="#/r/tidepool" ${WRITES('visit')}>Visit website</a><button type="button" class="vote-button${v('', ' vote-button--upvoted')}" ${v(DONE, WRITES('unvote'))}>${v('Upvote', 'Upvoted')}</button><span class="vote-count">${v('412', '413')}</span><button type="button" aria-label="Follow Tidepool" ${WRITES('follow')}>Follow</button></div></section>
<section class="discussion"><h2>Discussion</h2><article><p>Grace Hopper: Finally, tides in my calendar.</p><button type="button" aria-label="Upvote comment by Grace Hopper" ${WRITES('comment-upvote')}>▲ 12</button><button type="button" ${WRITES('reply')}>Reply</button></article></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Upvote', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded machine already has key expiry disabled (fixture change): Tailscale's Machines page menu offers "Enable key expiry" on the same item where "Disable key expiry" was.
  {
    id: 'd13-refuse-same-menuitem-tailscale-enable-key-expiry',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const row = (name: string, ip: string, expiry: string, menu: string) => `<tr><td><a href="#/admin/machines/${ip}">${name}</a></td><td>${ip}</td><td>${expiry}</td><td><button type="button" aria-label="Machine settings for ${name}" aria-expanded="${menu ? 'true' : 'false'}">⋯</button>${menu}</td></tr>`;
      const menu = `<div role="menu" aria-label="Machine settings for dover-gauge">${item('Edit machine name…', WRITES('rename'))}${item('Share…', WRITES('share'))}${item('Edit ACL tags…', WRITES('tags'))}${item('Edit route settings…', WRITES('routes'))}${item(v('Disable key expiry', 'Enable key expiry'), v(DONE, WRITES('enable-expiry')))}${item('Remove…', WRITES('remove'))}</div>`;
      return `<nav aria-label="Admin" class="tabs"><a href="#/admin/machines" ${WRITES('machines')}>Machines</a><a href="#/admin/users" ${WRITES('users')}>Users</a><a href="#/admin/acls" ${WRITES('acls')}>Access controls</a><a href="#/admin/logs" ${WRITES('logs')}>Logs</a><a href="#/admin/dns" ${WRITES('dns')}>DNS</a><a href="#/admin/settings" ${WRITES('settings')}>Settings</a></nav>
<main><h1>Machines</h1><input type="search" aria-label="Search by name, owner, tag, version…" placeholder="Search by name, owner, tag, version…"><table aria-label="Machines"><tr><th>Machine</th><th>Addresses</th><th>Key expiry</th><th></th></tr>${row('dover-gauge', '100.101.7.12', v('Expires in 3 months', 'Expiry disabled'), menu)}${row('tide-api-1', '100.101.7.13', 'Expiry disabled', '')}${row('ada-laptop', '100.101.7.20', 'Expires in 5 months', '')}</table></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Disable key expiry' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded fan already follows the artist (fixture change): Bandcamp's artist page shows "Following" on the same button where "Follow" was; clicking it unfollows.
  {
    id: 'd13-refuse-same-button-bandcamp-following',
    kind: 'refuse',
    ...both(
      (v) => `<header class="menubar"><a href="#/" ${WRITES('logo')}>bandcamp</a><input type="search" aria-label="Search and discover music" placeholder="Search and discover music"><a href="#/feed" ${WRITES('feed')}>feed</a><a href="#/collection" ${WRITES('collection')}>collection</a><button type="button" ${WRITES('account')}>ada ▾</button></header>
<main class="band"><section class="band-name-location"><h1>The Neap Tides</h1><p>Dover, UK</p><button type="button" class="follow-unfollow${v('', ' following')}" ${v(DONE, WRITES('unfollow'))}>${v('Follow', 'Following')}</button><a href="#/contact" ${WRITES('contact')}>Contact The Neap Tides</a></section>
<section><h2>Discography</h2><ul><li><a href="#/album/low-water" ${WRITES('album')}>Low Water</a> · <button type="button" ${WRITES('buy')}>Buy Digital Album £7 GBP or more</button><button type="button" ${WRITES('wishlist')}>Wishlist</button></li><li><a href="#/track/spring-tide" ${WRITES('track')}>Spring Tide</a></li></ul></section>
<aside><h2>Fans also follow</h2><ul><li>Harbour Lights <button type="button" aria-label="Follow Harbour Lights" ${WRITES('follow-other')}>Follow</button></li></ul></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Follow', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded user already backed the project (fixture change): Kickstarter's campaign page offers "Manage your pledge" in the place of "Back this project".
  {
    id: 'd13-refuse-kickstarter-manage-pledge',
    kind: 'refuse',
    ...both(
      (v) => `<header class="site-nav"><a href="#/discover" ${WRITES('discover')}>Discover</a><a href="#/learn" ${WRITES('start')}>Start a project</a><a href="#/" ${WRITES('logo')}>KICKSTARTER</a><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button></header>
<main class="project"><h1>Tide Clock: a clock that knows the sea</h1><p>A brass wall clock that shows the next high water for your harbour.</p><div class="stats"><p>£48,210 pledged of £20,000 goal</p><p>${v('1,204', '1,205')} backers</p><p>12 days to go</p></div>
${v(`<button type="button" class="primary" ${DONE}>Back this project</button>`, `<p class="backer-badge">You're a backer</p><button type="button" class="primary" ${WRITES('manage')}>Manage your pledge</button>`)}<button type="button" ${WRITES('remind')}>Remind me</button><button type="button" aria-label="Share on Facebook" ${WRITES('share')}>f</button>
<section class="rewards"><h2>Support</h2><article><h3>Pledge £35 or more</h3><p>Early bird Tide Clock</p><button type="button" ${WRITES('reward-1')}>Pledge £35</button></article><article><h3>Pledge £60 or more</h3><p>Tide Clock, engraved</p><button type="button" ${WRITES('reward-2')}>Pledge £60</button></article></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Back this project' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Stadia down (January 18, 2023): the Google apps launcher lost its Stadia tile; Play, YouTube and the other apps stay.
  {
    id: 'd13-refuse-stadia-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const app = (name: string, extra: string) => `<li><a href="#/apps/${name.toLowerCase()}" ${extra}><img src="${GIF}" alt="" width="40" height="40"><span>${name}</span></a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}>Google</a><a href="#/gmail" ${WRITES('gmail-top')}>Gmail</a><a href="#/images" ${WRITES('images')}>Images</a><button type="button" aria-label="Google apps" aria-expanded="true" ${WRITES('launcher')}>▦</button><button type="button" aria-label="Google Account: Ada Lovelace" ${WRITES('account')}>A</button></header>
<div role="region" aria-label="Google apps" class="app-launcher"><ul>${app('Account', WRITES('account-app'))}${app('Search', WRITES('search'))}${app('Maps', WRITES('maps'))}${app('YouTube', WRITES('youtube'))}${app('Play', WRITES('play'))}${app('News', WRITES('news'))}${app('Gmail', WRITES('gmail'))}${app('Drive', WRITES('drive'))}${app('Calendar', WRITES('calendar'))}${app('Photos', WRITES('photos'))}${v(app('Stadia', DONE), '')}${app('Podcasts', WRITES('podcasts'))}</ul><a href="#/about/products" ${WRITES('more')}>More from Google</a></div>
<main><input type="search" aria-label="Search" title="Search"><button type="button" ${WRITES('search-button')}>Google Search</button><button type="button" ${WRITES('lucky')}>I'm Feeling Lucky</button></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Stadia' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Yahoo shut Yahoo Answers down (May 4, 2021): the home page's "Answers" link is gone (a notice links to the shutdown FAQ); Mail, News, Finance and Sports stay.
  {
    id: 'd13-refuse-yahoo-answers-shut-down',
    kind: 'refuse',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Yahoo" width="90" height="26"></a><input type="search" aria-label="Search the web" placeholder="Search the web"><a href="#/mail" ${WRITES('mail-top')}>Mail</a></header>
<nav aria-label="Yahoo properties" class="side-nav"><ul>${link('mail', 'Mail', WRITES('mail'))}${link('news', 'News', WRITES('news'))}${link('finance', 'Finance', WRITES('finance'))}${link('sports', 'Sports', WRITES('sports'))}${link('entertainment', 'Entertainment', WRITES('entertainment'))}${link('lifestyle', 'Lifestyle', WRITES('lifestyle'))}${v(link('answers', 'Answers', DONE), '')}${link('groups', v('Groups', 'Weather'), WRITES('groups'))}${link('more', 'More', WRITES('more'))}</ul></nav>
<main><h1>Trending now</h1><ol><li>Spring tides</li><li>Dover harbour</li></ol>${v('', `<aside class="notice"><p>Yahoo Answers has shut down.</p><a href="#/help/answers-shutdown" ${WRITES('faq')}>Yahoo Answers shutdown FAQ</a></aside>`)}</main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Answers', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Strava (May 2020) kept full segment leaderboards for subscribers: a free athlete's segment page shows the top 10 and "Subscribe to see the full leaderboard" where "View full leaderboard" was.
  {
    id: 'd13-refuse-strava-leaderboard-paywalled',
    kind: 'refuse',
    ...both((v) => {
      const row = (rank: number, name: string, time: string) => `<tr><td>${rank}</td><td><a href="#/athletes/${rank}">${name}</a></td><td>${time}</td></tr>`;
      return `<header class="global-nav"><a href="#/dashboard" ${WRITES('logo')}>STRAVA</a><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/training" ${WRITES('training')}>Training</a><a href="#/maps" ${WRITES('maps')}>Maps</a><a href="#/subscribe" ${WRITES('subscribe-top')}>${v('Upgrade', 'Subscribe')}</a></header>
<main><h1>Shakespeare Cliff climb</h1><p>Ride · 1.4 km · 6.2% · Dover, England</p><div role="tablist" aria-label="Leaderboards"><button type="button" role="tab" aria-selected="true" ${WRITES('overall')}>Overall</button><button type="button" role="tab" aria-selected="false" ${WRITES('women')}>Women</button><button type="button" role="tab" aria-selected="false" ${WRITES('following')}>Following</button><button type="button" role="tab" aria-selected="false" ${WRITES('my-results')}>My Results</button></div>
<table aria-label="Leaderboard"><tr><th>Rank</th><th>Name</th><th>Time</th></tr>${row(1, 'Grace Hopper', '3:41')}${row(2, 'Linus Lee', '3:52')}${row(3, 'Ada Lovelace', '4:05')}</table>
${v(`<a href="#/segments/4242/leaderboard" ${DONE}>View full leaderboard</a>`, `<a href="#/subscribe?origin=segment_leaderboard" ${WRITES('subscribe')}>Subscribe to see the full leaderboard</a>`)}<a href="#/segments/4242/my-efforts" ${WRITES('my-efforts')}>View all my efforts</a></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'View full leaderboard' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Paramount+ raised its prices (June 27, 2023): Essential from $4.99 to $5.99 a month, Premium (now Paramount+ with Showtime) from $9.99 to $11.99.
  {
    id: 'd13-refuse-paramount-plus-price',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, price: string, perks: string) => `<section class="plan"><h2>${name}</h2><p class="price">${price}</p><p>${perks}</p><button type="button">Select</button></section>`;
      return `<header><img src="${GIF}" alt="Paramount+" width="100" height="30"><a href="#/account/signin">Sign in</a></header>
<main><h1>Pick your plan</h1><div role="tablist" aria-label="Billing"><button type="button" role="tab" aria-selected="true">Monthly</button><button type="button" role="tab" aria-selected="false">Annual</button></div>
<div class="plans">${plan('Paramount+ Essential', v('$4.99/mo', '$5.99/mo'), 'Limited ads · live news · NFL on CBS')}${plan(v('Paramount+ Premium', 'Paramount+ with SHOWTIME'), v('$9.99/mo', '$11.99/mo'), 'No ads except live TV · your local CBS station · downloads')}</div>
<p class="fineprint">Free trial for new subscribers only. Cancel anytime. Taxes may apply.</p></main>`;
    }),
    body: `await expect(page.getByText('$4.99/mo', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // An incident was opened on the seeded page (fixture change): the Statuspage status page shows the "API" component as "Degraded Performance" where it showed "Operational"; the check must fail.
  {
    id: 'd13-refuse-statuspage-degraded-performance',
    kind: 'refuse',
    ...both((v) => {
      const component = (name: string, status: string) => `<div class="component-container"><span class="name">${name}</span><span class="component-status">${status}</span></div>`;
      return `<header class="masthead"><img src="${GIF}" alt="Tidepool" width="100" height="30"><button type="button">Subscribe to updates</button></header>
<main><div class="page-status ${v('status-none', 'status-minor')}"><h1>${v('All Systems Operational', 'Partially Degraded Service')}</h1></div>${v('', '<section class="unresolved-incident"><h2>Elevated API latency</h2><p>Investigating - We are investigating slow responses from the tide readings API.</p></section>')}
<section class="components-section"><p>Uptime over the past 90 days.</p>${component('Website', 'Operational')}${component('API', v('Operational', 'Degraded Performance'))}${component('Tide gauge ingest', 'Operational')}${component('Email notifications', 'Operational')}</section>
<section><h2>Past Incidents</h2><p>Dec 5, 2026 · No incidents reported.</p></section></main>`;
    }),
    body: `await expect(\n    page\n      .locator('.component-container')\n      .filter({ hasText: 'API' })\n      .getByText('Operational', { exact: true }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // The weekly free game rotated (the fixture's date moved past Thursday): the Epic Games Store's "Free Now" card is a different game; the old one now sits, paid, under "Top Sellers".
  {
    id: 'd13-refuse-epic-free-game-rotated',
    kind: 'refuse',
    ...both((v) => {
      const free = (title: string, when: string, extra: string) => `<div class="free-game"><span class="badge">${when}</span><a href="#/p/${title.toLowerCase().replace(/[^a-z]+/g, '-')}" class="free-title" ${extra}>${title}</a></div>`;
      return `<header><a href="#/" ${WRITES('logo')}>Epic Games Store</a><input type="search" aria-label="Search store" placeholder="Search store"><nav aria-label="Store"><a href="#/discover" ${WRITES('discover')}>Discover</a><a href="#/browse" ${WRITES('browse')}>Browse</a><a href="#/news" ${WRITES('news')}>News</a></nav></header>
<main><section aria-label="Free Games"><h2>Free Games</h2>${v(free('Tide Runner', 'Free Now', DONE), free('Harbour Master Deluxe', 'Free Now', WRITES('harbour')))}${v(free('Harbour Master Deluxe', 'Coming Soon', WRITES('harbour-soon')), free('Lighthouse Keeper', 'Coming Soon', WRITES('lighthouse')))}</section>
<section aria-label="Top Sellers"><h2>Top Sellers</h2><ul><li><a href="#/p/${v('tide-runner-soundtrack', 'tide-runner')}" ${WRITES('top-1')}>${v('Tide Runner Soundtrack', 'Tide Runner')}</a> · ${v('£4.99', '£15.99')}</li><li><a href="#/p/neap-racer" ${WRITES('top-2')}>Neap Racer</a> · £24.99</li></ul></section></main>${OUT}`;
    }),
    body: `await page.locator('.free-game').filter({ hasText: 'Free Now' }).getByText('Tide Runner', { exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Jitsi Meet's toolbar (2021-22, as I recall) moved "Toggle tile view" into the closed "More actions" overflow menu; the page object's toolbar button is gone from the bar.
  {
    id: 'd13-refuse-po-jitsi-tile-view-behind-more-actions',
    kind: 'refuse',
    ...both((v) => {
      const btn = (label: string, glyph: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${glyph}</button>`;
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const bar = v(
        `${btn('Toggle mute audio', '🎙', WRITES('mute'))}${btn('Toggle mute video', '📷', WRITES('video'))}${btn('Toggle screenshare', '🖥', WRITES('screenshare'))}${btn('Toggle chat window', '💬', WRITES('chat'))}${btn('Raise / Lower your hand', '✋', WRITES('hand'))}${btn('Toggle tile view', '▦', DONE)}${btn('Invite people', '👤', WRITES('invite'))}${btn('Toggle more actions menu', '⋯', WRITES('more'))}${btn('Leave the meeting', '📞', WRITES('leave'))}`,
        `${btn('Mute', '🎙', WRITES('mute'))}${btn('Stop camera', '📷', WRITES('video'))}${btn('Start sharing your screen', '🖥', WRITES('screenshare'))}${btn('Open chat', '💬', WRITES('chat'))}${btn('Raise your hand', '✋', WRITES('hand'))}<button type="button" aria-label="More actions" aria-haspopup="menu" aria-expanded="false" ${WRITES('more')}>⋯</button>${btn('Leave the meeting', '📞', WRITES('leave'))}`,
      );
      const overflow = v('', `<div role="menu" aria-label="More actions" hidden>${item('Toggle tile view', WRITES('tile-view-hidden'))}${item('Invite people', WRITES('invite'))}${item('Start recording', WRITES('record'))}${item('Settings', WRITES('settings'))}</div>`);
      return `<div class="meeting"><header><h1>TideClubWeekly</h1><span class="timer">12:04</span></header><div class="filmstrip" aria-label="Participants"><div class="video-tile">Ada Lovelace (me)</div><div class="video-tile">Grace Hopper</div><div class="video-tile">Linus Lee</div></div>
<div role="toolbar" aria-label="Toolbar" class="toolbox">${bar}</div>${overflow}
<aside class="participants-pane" aria-label="Participants pane"><h2>Meeting participants (3)</h2><button type="button" ${WRITES('mute-all')}>Mute all</button></aside></div>${OUT}`;
    }),
    imports: `import { MeetingToolbar } from './meeting-toolbar';`,
    files: {
      'meeting-toolbar.ts': `import type { Page } from '@playwright/test';

export class MeetingToolbar {
  constructor(readonly page: Page) {}

  async toggleTileView() {
    await this.page
      .getByRole('toolbar', { name: 'Toolbar' })
      .getByRole('button', { name: 'Toggle tile view' })
      .click();
  }

  async leave() {
    await this.page
      .getByRole('toolbar', { name: 'Toolbar' })
      .getByRole('button', { name: 'Leave the meeting' })
      .click();
  }
}
`,
    },
    body: `await new MeetingToolbar(page).toggleTileView();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded member has no credits left (fixture change): Audible's title page offers "Buy for $24.95" in the place of "Buy with 1 Credit".
  {
    id: 'd13-refuse-audible-no-credits',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="audible, an amazon company" width="110" height="30"></a><nav aria-label="Main"><a href="#/library" ${WRITES('library')}>Library</a><a href="#/wishlist" ${WRITES('wishlist-nav')}>Wish List</a><a href="#/browse" ${WRITES('browse')}>Browse</a></nav><p class="credits">${v('1 Credit', '0 Credits')}</p><input type="search" aria-label="Search for a great book" placeholder="Search for a great book"></header>
<main class="product"><img src="${GIF}" alt="Cover art for The Tide Tables" width="120" height="120"><h1>The Tide Tables</h1><p>By: Ada Lovelace · Narrated by: Grace Hopper · Length: 9 hrs and 12 mins</p><p>Regular price: $24.95</p>
<div class="buy-box">${v(`<button type="button" class="primary" ${DONE}>Buy with 1 Credit</button>`, `<button type="button" class="primary" ${WRITES('buy-cash')}>Buy for $24.95</button><a href="#/credits/buy" ${WRITES('buy-credits')}>Buy more credits</a>`)}<button type="button" ${WRITES('wishlist')}>Add to Wish List</button><button type="button" ${WRITES('sample')}>Play sample</button></div>
<section><h2>Listeners also enjoyed</h2><a href="#/pd/neap-tides" ${WRITES('also')}>Neap Tides</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Buy with 1 Credit' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_13_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
