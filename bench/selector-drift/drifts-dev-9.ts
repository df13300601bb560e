// Ninth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (product and feature renames in admin navs, logo alts and sign-in headings, a rewritten
// search placeholder, a new sign-in label, a browser tooltip that took a new feature name, renamed tabs,
// toolbar buttons and account-menu entries) on role, label, placeholder, alt, title and text locators;
// Prettier-style multi-line chains in the test body and in page objects where the scope step, a filter or
// the last step drifts; component-library and framework upgrades (Blueprint 5, TinyMCE 5, Select2 4,
// Spectrum CSS, Angular 20, the JDK 17 javadoc) on class, id, attribute and XPath locators; and releases
// where any patch would be wrong (the same button now naming another status, action or reply, a feature
// retired while lookalikes stay, a price rise, the opposite action, a destructive action in a safe one's
// place, a different record, a control disabled until a box is ticked, one plan split into two, moved
// behind a closed menu). Pages carry decoys that share words, classes or attributes with the target. Heal
// cases name the `target` the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Google Analytics 4 renamed conversions "key events" (March 2024): Admin > Data display's "Conversions" became "Key events"; Google Ads keeps "conversions".
  {
    id: 'd9-link-ga4-conversions-to-key-events',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="ga-header"><img src="${GIF}" alt="Analytics" width="24" height="24"><span class="property">Tidepool – GA4</span><input type="search" aria-label="Search" placeholder="Try searching &quot;how to set up Analytics&quot;"></header>
<nav aria-label="Admin" class="admin-nav"><h2>Data collection and modification</h2><a href="#/admin/streams" ${WRITES('streams')}>Data streams</a><a href="#/admin/filters" ${WRITES('filters')}>Data filters</a>
<h2>Data display</h2><a href="#/admin/events" ${WRITES('events')}>Events</a><a href="#/admin/${v('conversions', 'key-events')}" ${DONE}>${v('Conversions', 'Key events')}</a><a href="#/admin/audiences" ${WRITES('audiences')}>Audiences</a><a href="#/admin/custom-definitions" ${WRITES('custom')}>Custom definitions</a>
<h2>Product links</h2><a href="#/admin/google-ads" ${WRITES('ads-links')}>Google Ads links</a><a href="#/admin/bigquery" ${WRITES('bigquery')}>BigQuery links</a></nav>
<main><h1>Admin</h1><section class="card"><h2>Advertising</h2><a href="#/advertising/conversion-paths" ${WRITES('paths')}>Conversion paths</a><p>Import ${v('conversions', 'key events as conversions')} into Google Ads to bid on them.</p><a href="#/advertising/ads-conversions" ${WRITES('ads-conversions')}>Google Ads conversions</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Conversions', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.admin-nav a[href="#/admin/key-events"]',
  },
  // Google AdWords became Google Ads and DoubleClick for Publishers became Google Ad Manager (July 2018); the product switcher's logo alts followed.
  {
    id: 'd9-alt-adwords-to-google-ads',
    kind: 'renamed text',
    ...both((v) => {
      const tile = (href: string, alt: string, extra: string) => `<li><a href="#/${href}" class="app-tile" ${extra}><img src="${GIF}" alt="${alt}" width="32" height="32"></a></li>`;
      return `<header class="gb"><a href="#/" ${WRITES('home')}><img src="${GIF}" alt="Google" width="74" height="24"></a><button type="button" aria-label="Google apps" aria-expanded="true" ${WRITES('apps')}>⋮⋮⋮</button><img src="${GIF}" alt="Account: Ada Lovelace" width="32" height="32"></header>
<div role="dialog" aria-label="Google apps" class="app-switcher"><ul>${tile('analytics', 'Google Analytics', WRITES('analytics'))}${tile('adwords', v('Google AdWords', 'Google Ads'), DONE)}${tile('adsense', 'Google AdSense', WRITES('adsense'))}${tile('admanager', v('DoubleClick for Publishers', 'Google Ad Manager'), WRITES('ad-manager'))}${tile('merchants', 'Google Merchant Center', WRITES('merchant'))}${tile('tagmanager', 'Google Tag Manager', WRITES('gtm'))}</ul></div>
<main><h1>Grow your business online</h1><p>Reach customers with ${v('AdWords', 'Google Ads')} and measure what works with Analytics.</p><img src="${GIF}" alt="${v('AdWords', 'Google Ads')} campaign chart" width="120" height="60" ${WRITES('chart')}></main>${OUT}`;
    }),
    body: `await page.getByAltText('Google AdWords').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'img[alt="Google Ads"]',
  },
  // Pinterest replaced its "Pin it" button with "Save" (2016), on the pin close-up page and the browser button alike.
  {
    id: 'd9-button-pinterest-pin-it-to-save',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="pinterest-header"><a href="#/" ${WRITES('home')}>Home</a><a href="#/today" ${WRITES('today')}>Today</a><input type="search" aria-label="Search" placeholder="Search"><a href="#/ada" ${WRITES('profile')}>Ada</a></header>
<main class="closeup"><div class="closeup-image"><img src="${GIF}" alt="Tide pool at low water, Cornwall" width="200" height="300"></div>
<section class="closeup-body"><div class="closeup-actions"><button type="button" aria-label="Send" ${WRITES('send')}>⇪</button><button type="button" aria-label="More options" ${WRITES('more')}>…</button><button type="button" class="board-picker" ${WRITES('board')}>Tide club ▾</button><button type="button" class="pin-save-button" ${DONE}>${v('Pin it', 'Save')}</button></div>
<h1>Tide pools of Cornwall</h1><p>Saved from tidepool.example</p><p>Ada Lovelace ${v('pinned', 'saved')} to Tide club</p><button type="button" ${WRITES('follow')}>Follow</button>
<section class="comments"><h2>Comments</h2><input type="text" aria-label="Add a comment" placeholder="Add a comment"></section></section>
<aside class="profile-tabs"><a href="#/ada/_created" ${WRITES('created')}>Created</a><a href="#/ada/_saved" ${WRITES('saved')}>Saved</a></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pin it' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.closeup-actions .pin-save-button',
  },
  // DuckDuckGo shortened its home page search placeholder: "Search the web without being tracked" became "Search without being tracked".
  {
    id: 'd9-placeholder-duckduckgo-search-without-tracking',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="header"><a href="#/" class="logo"><img src="${GIF}" alt="DuckDuckGo" width="48" height="48"></a><button type="button" aria-label="Menu">☰</button></header>
<main class="content--home"><h1>Privacy, simplified.</h1><form id="search_form_homepage" role="search"><input id="search_form_input_homepage" name="q" type="text" autocomplete="off" placeholder="${v('Search the web without being tracked', 'Search without being tracked')}"><input type="button" id="search_button_homepage" value="S" aria-label="Search"></form>
<a href="#/add" class="badge-link">Add DuckDuckGo to Chrome</a><section class="newsletter"><h2>Get our privacy newsletter</h2><input type="email" name="email" placeholder="Email address"><button type="button">Subscribe</button></section>
<p>Tired of being tracked online? We can help.</p></main>`,
    ),
    body: `await page.getByPlaceholder('Search the web without being tracked').fill('spring tides');\n  await expect(page.locator('#search_form_input_homepage')).toHaveValue('spring tides');`,
    expect: 'heal',
    target: '#search_form_input_homepage',
  },
  // Steam's new sign-in page (2023, with QR sign-in): the label "Steam account name" became "Sign in with account name".
  {
    id: 'd9-label-steam-sign-in-with-account-name',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="global_header"><a href="#/store" ${WRITES('store')}>Store</a><a href="#/community" ${WRITES('community')}>Community</a><a href="#/about" ${WRITES('about')}>About</a><label for="store_search">Search the store</label><input id="store_search" type="text"></header>
<main class="login"><h1>Sign in</h1><form class="login-form"><label for="steamAccountName">${v('Steam account name', 'Sign in with account name')}</label><input id="steamAccountName" name="username" type="text">
<label for="steamPassword">Password</label><input id="steamPassword" name="password" type="password"><label><input type="checkbox" checked> Remember me</label><button type="button">Sign in</button><a href="#/help">Help, I can't sign in</a></form>
${v('', '<section class="qr"><h2>Or sign in with QR</h2><p>Use the Steam Mobile App to sign in via QR code</p></section>')}<section class="join"><h2>New to Steam?</h2><a href="#/join">Create an account</a><p>It's free and easy. Discover thousands of games to play with millions of new friends.</p></section>
<section class="recovery"><label for="recovery_name">Account name for recovery</label><input id="recovery_name" type="text"></section></main>`,
    ),
    body: `await page.getByLabel('Steam account name').fill('ada_tides');\n  await expect(page.locator('#steamAccountName')).toHaveValue('ada_tides');`,
    expect: 'heal',
    target: '#steamAccountName',
  },
  // Microsoft Edge (2020) renamed Reading view "Immersive Reader": the address bar button's tooltip "Enter Reading view" became "Enter Immersive Reader (F9)".
  {
    id: 'd9-title-edge-reading-view-to-immersive-reader',
    kind: 'renamed text',
    ...both((v) => {
      const btn = (title: string, icon: string, cls: string, extra: string) => `<button type="button" class="${cls}" title="${title}" ${extra}>${icon}</button>`;
      return `<div class="edge-toolbar" role="toolbar" aria-label="App bar">${btn('Back', '←', 'nav-button', WRITES('back'))}${btn('Refresh (Ctrl+R)', '↻', 'nav-button', WRITES('refresh'))}
<div class="address-bar"><input aria-label="Address and search bar" value="https://tidepool.example/articles/spring-tides">${btn(v('Enter Reading view', 'Enter Immersive Reader (F9)'), '📖', 'omnibox-button', DONE)}${btn('Read aloud this page (Ctrl+Shift+U)', '🔊', 'omnibox-button', WRITES('read-aloud'))}${btn('Add this page to favorites (Ctrl+D)', '☆', 'omnibox-button', WRITES('favorite'))}</div>
${btn('Favorites (Ctrl+Shift+O)', '★', 'toolbar-button', WRITES('favorites'))}${btn('Collections (Ctrl+Shift+Y)', '⧉', 'toolbar-button', WRITES('collections'))}${btn('Settings and more (Alt+F)', '…', 'toolbar-button', WRITES('menu'))}</div>
<main><h1>Spring tides, explained</h1><p>Reading the tide table takes a minute. ${v('Reading view', 'Immersive Reader')} hides the ads for you.</p><button type="button" title="Exit full screen (F11)" ${WRITES('fullscreen')}>⤢</button></main>${OUT}`;
    }),
    body: `await page.getByTitle('Enter Reading view').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[title="Enter Immersive Reader (F9)"]',
  },
  // Tableau renamed Tableau Online "Tableau Cloud" (October 2022); its sign-in page heading followed, Tableau Server kept its name.
  {
    id: 'd9-heading-tableau-online-to-cloud',
    kind: 'renamed text',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Tableau" width="96" height="24"></header>
<main class="signin"><h1>Sign in to ${v('Tableau Online', 'Tableau Cloud')}</h1><form><label for="email">Email</label><input id="email" type="email"><button type="button">Sign In</button></form><p>Forgot password?</p>
<section class="other"><h2>Looking for Tableau Server?</h2><p>Sign in to Tableau Server with your server's address.</p><a href="#/server">Sign in to Tableau Server</a></section>
<section class="trial"><h2>Try ${v('Tableau Online', 'Tableau Cloud')} free</h2><p>No credit card required.</p></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Sign in to Tableau Online' })).toBeVisible();`,
    expect: 'heal',
    target: 'main.signin h1',
  },
  // Basecamp 4 (2022) renamed a project's "Campfire" group chat "Chat" on the project home.
  {
    id: 'd9-link-basecamp4-campfire-to-chat',
    kind: 'renamed text',
    ...both((v) => {
      const tool = (href: string, label: string, extra: string) => `<li class="tool"><a href="#/projects/1/${href}" ${extra}>${label}</a></li>`;
      return `<nav class="nav" aria-label="Basecamp"><a href="#/" ${WRITES('home')}>Home</a><a href="#/lineup" ${WRITES('lineup')}>Lineup</a><a href="#/pings" ${WRITES('pings')}>Pings</a><a href="#/hey" ${WRITES('hey')}>Hey!</a><a href="#/activity" ${WRITES('activity')}>Activity</a><a href="#/my/stuff" ${WRITES('stuff')}>My Stuff</a></nav>
<main class="project"><h1>Tide club</h1><p>Coastal survey, season 3</p><ul class="tools">${tool('message_boards/3', 'Message Board', WRITES('messages'))}${tool('todosets/4', 'To-dos', WRITES('todos'))}${tool('vaults/5', 'Docs &amp; Files', WRITES('docs'))}${tool('chats/7', v('Campfire', 'Chat'), DONE)}${tool('schedules/8', 'Schedule', WRITES('schedule'))}${tool('questionnaires/9', 'Automatic Check-ins', WRITES('checkins'))}</ul>
<section class="activity"><h2>Project activity</h2><p>Grace posted in the ${v('Campfire', 'Chat')}: "Low water at 06:12"</p><a href="#/projects/1/chats/7/lines" ${WRITES('lines')}>See what was said</a></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Campfire' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[href="#/projects/1/chats/7"]',
  },
  // VS Code 1.8x (2023): the Accounts menu's "Turn on Settings Sync…" became "Backup and Sync Settings…".
  {
    id: 'd9-menuitem-vscode-backup-and-sync-settings',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<div role="menuitem" class="action-item" ${extra}>${label}</div>`;
      return `<div class="activitybar" role="toolbar" aria-label="Active View Switcher"><button type="button" aria-label="Explorer (Ctrl+Shift+E)" ${WRITES('explorer')}>📄</button><button type="button" aria-label="Source Control (Ctrl+Shift+G)" ${WRITES('scm')}>⑂</button><button type="button" aria-label="Extensions (Ctrl+Shift+X)" ${WRITES('extensions')}>⧉</button>
<button type="button" aria-label="Accounts" aria-expanded="true" ${WRITES('accounts')}>👤</button><button type="button" aria-label="Manage" ${WRITES('manage')}>⚙</button></div>
<div role="menu" aria-label="Accounts" class="monaco-menu">${item('ada-lovelace (GitHub)', WRITES('github'))}${item('Manage Trusted Extensions', WRITES('trusted'))}${item(v('Turn on Settings Sync…', 'Backup and Sync Settings…'), DONE)}${item('Sign Out', WRITES('sign-out'))}</div>
<main class="editor"><h1>Welcome</h1><p>Sync your settings, keybindings and extensions across machines.</p><a href="#/settings-sync-docs" ${WRITES('docs')}>Learn about Settings Sync</a><button type="button" ${WRITES('open-settings')}>Open Settings</button></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Turn on Settings Sync…' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"][aria-label="Accounts"] [role="menuitem"]:has-text("Backup and Sync Settings")',
  },
  // RealtimeBoard renamed itself Miro (January 2019); the dashboard's welcome line followed, with a banner announcing the new name.
  {
    id: 'd9-text-realtimeboard-to-miro',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="dashboard-header"><img src="${GIF}" alt="${v('RealtimeBoard', 'Miro')}" width="96" height="24"><input type="search" aria-label="Search boards" placeholder="Search boards"><button type="button">Upgrade</button></header>
${v('', '<div class="banner" role="status">RealtimeBoard is now Miro. Same product, new name. <a href="#/blog/miro">Read the story</a></div>')}<main><p class="welcome-title">Welcome to ${v('RealtimeBoard', 'Miro')}, Ada</p><p>Create a board or pick a template to get started.</p>
<section><h2>Recent boards</h2><ul><li>Tide club retro</li><li>Survey plan</li></ul><button type="button">New board</button></section>
<footer><p>Tips: press T for a sticky note. Welcome to the team space: 3 members.</p></footer></main>`,
    ),
    body: `await expect(page.getByText('Welcome to RealtimeBoard')).toBeVisible();`,
    expect: 'heal',
    target: '.welcome-title',
  },
  // Google Maps (2022) replaced the "Commute" tab with "Go" (pinned trips and routes) in its bottom navigation.
  {
    id: 'd9-tab-google-maps-commute-to-go',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" class="bottom-tab" ${extra}>${label}</button>`;
      return `<header class="searchbox"><input type="text" aria-label="Search here" placeholder="Search here"><button type="button" aria-label="Voice search" ${WRITES('voice')}>🎤</button></header>
<div class="chips"><button type="button" ${WRITES('restaurants')}>Restaurants</button><button type="button" ${WRITES('gas')}>Gas</button><button type="button" ${WRITES('coffee')}>Coffee</button></div>
<main role="tabpanel" aria-label="Explore"><h2>Explore Dover</h2><section class="card"><h3>Your commute</h3><p>Set your home and work to see traffic on the way.</p><button type="button" ${WRITES('setup-commute')}>Set up your commute</button></section><button type="button" ${WRITES('directions')}>Directions</button></main>
<div role="tablist" aria-label="Main" class="bottom-nav">${tab('Explore', WRITES('explore'), true)}${tab(v('Commute', 'Go'), DONE)}${tab('Saved', WRITES('saved'))}${tab('Contribute', WRITES('contribute'))}${tab('Updates', WRITES('updates'))}</div>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Commute' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.bottom-nav [role="tab"]:text-is("Go")',
  },
  // Thunderbird 115 "Supernova" (July 2023): the unified toolbar's "Write" button became "New Message".
  {
    id: 'd9-button-thunderbird115-write-to-new-message',
    kind: 'renamed text',
    ...both((v) => {
      const btn = (label: string, extra: string) => `<button type="button" class="unified-toolbar-button" ${extra}>${label}</button>`;
      return `<div class="unified-toolbar" role="toolbar" aria-label="Mail toolbar">${btn('Get Messages', WRITES('get'))}${btn(v('Write', 'New Message'), DONE)}${btn('Chat', WRITES('chat'))}${btn('Address Book', WRITES('address-book'))}${btn('Tag', WRITES('tag'))}${btn('Quick Filter', WRITES('quick-filter'))}<input type="search" aria-label="Search" placeholder="Search &lt;Ctrl+K&gt;"></div>
<aside class="folder-pane"><h2>ada@tidepool.example</h2><ul><li>Inbox (3)</li><li>Drafts</li><li>Sent</li><li>Archives</li></ul></aside>
<main class="account-central"><h1>ada@tidepool.example</h1><a href="#/read" ${WRITES('read')}>Read messages</a><a href="#/compose" ${WRITES('compose-link')}>Write a new message</a><a href="#/search" ${WRITES('search-messages')}>Search messages</a><button type="button" ${WRITES('new-folder')}>New Folder</button></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Write', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.unified-toolbar button:text-is("New Message")',
  },
];

const chains: Drift[] = [
  // Firebase console (2020) regrouped its sidebar: the "Develop" group became "Build" and "Quality" became "Release & Monitor".
  {
    id: 'd9-chain-firebase-develop-to-build',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      return `<nav class="console-nav" aria-label="Product navigation"><a href="#/overview" ${WRITES('overview')}>Project Overview</a>
<div class="nav-group"><h3>${v('Develop', 'Build')}</h3>${link('authentication', 'Authentication', WRITES('auth'))}${link('firestore', v('Cloud Firestore', 'Firestore Database'), WRITES('firestore'))}${link('database', 'Realtime Database', WRITES('rtdb'))}${link('storage', 'Storage', WRITES('storage'))}${link('hosting', 'Hosting', DONE)}${link('functions', 'Functions', WRITES('functions'))}</div>
<div class="nav-group"><h3>${v('Quality', 'Release &amp; Monitor')}</h3>${link('crashlytics', 'Crashlytics', WRITES('crashlytics'))}${link('performance', 'Performance', WRITES('performance'))}${link('testlab', 'Test Lab', WRITES('testlab'))}${v('', link('appdistribution', 'App Distribution', WRITES('app-distribution')))}</div>
<div class="nav-group"><h3>Analytics</h3>${link('analytics', 'Dashboard', WRITES('analytics'))}${link('events', 'Events', WRITES('events'))}</div></nav>
<main><h1>Tidepool</h1><section class="card"><h2>Get started by adding Firebase to your app</h2><a href="#/hosting/get-started" ${WRITES('hosting-card')}>Get started with Hosting</a><p>Develop and deploy web apps in minutes.</p></section></main>${OUT}`;
    }),
    body: `await page\n    .locator('.nav-group')\n    .filter({ hasText: 'Develop' })\n    .getByRole('link', { name: 'Hosting' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.nav-group a[href="#/hosting"]',
  },
  // AWS Single Sign-On became AWS IAM Identity Center (July 2022); the console's recently visited services followed (page object).
  {
    id: 'd9-chain-po-aws-sso-to-iam-identity-center',
    kind: 'multi-line chain',
    ...both((v) => {
      const svc = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="awsc-nav"><a href="#/console" ${WRITES('home')}>aws</a><button type="button" ${WRITES('services')}>Services</button><input type="search" aria-label="Search" placeholder="Search for services, features, blogs, docs, and more"><button type="button" ${WRITES('account')}>ada @ tidepool</button></header>
<main class="console-home"><h1>Console Home</h1><section aria-label="Recently visited" class="widget"><h2>Recently visited</h2><ul>${svc('iam', 'IAM', WRITES('iam'))}${svc('singlesignon', v('AWS Single Sign-On', 'IAM Identity Center'), DONE)}${svc('organizations', 'AWS Organizations', WRITES('organizations'))}${svc('s3', 'S3', WRITES('s3'))}</ul></section>
<section aria-label="Welcome to AWS" class="widget"><h2>Welcome to AWS</h2><a href="#/getting-started" ${WRITES('getting-started')}>Getting started with AWS</a><a href="#/sso-guide" ${WRITES('guide')}>Set up single sign-on for your workforce</a></section></main>${OUT}`;
    }),
    imports: `import { ConsoleHome } from './console-home';`,
    files: {
      'console-home.ts': `import type { Page } from '@playwright/test';

export class ConsoleHome {
  constructor(readonly page: Page) {}

  async openSingleSignOn() {
    await this.page
      .getByRole('region', { name: 'Recently visited' })
      .getByRole('link', { name: 'AWS Single Sign-On' })
      .click();
  }

  async openIam() {
    await this.page
      .getByRole('region', { name: 'Recently visited' })
      .getByRole('link', { name: 'IAM', exact: true })
      .click();
  }
}
`,
    },
    body: `await new ConsoleHome(page).openSingleSignOn();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Recently visited"] a[href="#/singlesignon"]',
  },
  // Google Cloud folded Stackdriver into Cloud Operations (2020): the console menu's "Stackdriver" section became "Operations".
  {
    id: 'd9-chain-gcp-stackdriver-to-operations',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      return `<nav aria-label="Product menu" class="cfc-nav"><section aria-labelledby="compute-h"><h2 id="compute-h">Compute</h2>${link('compute', 'Compute Engine', WRITES('gce'))}${link('kubernetes', 'Kubernetes Engine', WRITES('gke'))}${link('run', 'Cloud Run', WRITES('run'))}</section>
<section aria-labelledby="ops-h"><h2 id="ops-h">${v('Stackdriver', 'Operations')}</h2>${link('monitoring', 'Monitoring', WRITES('monitoring'))}${link('debug', 'Debugger', WRITES('debugger'))}${link('traces', 'Trace', WRITES('trace'))}${link('logs', 'Logging', DONE)}${link('errors', 'Error Reporting', WRITES('errors'))}${link('profiler', 'Profiler', WRITES('profiler'))}</section>
<section aria-labelledby="tools-h"><h2 id="tools-h">Tools</h2>${link('cloud-build', 'Cloud Build', WRITES('build'))}${link('source', 'Source Repositories', WRITES('source'))}</section></nav>
<main><h1>Dashboard</h1><section class="card"><h2>Resources</h2><a href="#/logs/audit" ${WRITES('audit-logs')}>Logging</a><p>Go to the ${v('Stackdriver', 'Cloud Operations')} dashboard</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Product menu' })\n    .getByRole('region', { name: 'Stackdriver' })\n    .getByRole('link', { name: 'Logging' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-labelledby="ops-h"] a[href="#/logs"]',
  },
  // Confluence Cloud (2022) renamed the space sidebar's "Space tools" to "Space settings" (page object).
  {
    id: 'd9-chain-po-confluence-space-tools-to-settings',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="top-nav"><a href="#/" ${WRITES('home')}>Confluence</a><a href="#/spaces" ${WRITES('spaces')}>Spaces</a><a href="#/people" ${WRITES('people')}>People</a><button type="button" ${WRITES('create')}>Create</button><a href="#/settings/personal" ${WRITES('personal-settings')}>Personal settings</a><a href="#/admin" ${WRITES('admin')}>Settings</a></header>
<nav aria-label="Space" class="space-sidebar"><h2>Tide club</h2><a href="#/spaces/TIDE/overview" ${WRITES('overview')}>Overview</a><a href="#/spaces/TIDE/pages" ${WRITES('pages')}>Pages</a><a href="#/spaces/TIDE/blog" ${WRITES('blog')}>Blog</a><a href="#/spaces/TIDE/calendars" ${WRITES('calendars')}>Calendars</a><a href="#/spaces/TIDE/archived" ${WRITES('archived')}>Archived pages</a>
<a href="#/spaces/TIDE/${v('tools', 'settings')}" ${DONE}>${v('Space tools', 'Space settings')}</a></nav>
<main><h1>Tide club</h1><p>Coastal survey notes and meeting minutes.</p><a href="#/spaces/TIDE/permissions" ${WRITES('permissions')}>Space permissions</a><a href="#/spaces/TIDE/look-and-feel" ${WRITES('look')}>Look and feel</a></main>${OUT}`,
    ),
    imports: `import { SpaceSidebar } from './space-sidebar';`,
    files: {
      'space-sidebar.ts': `import type { Page } from '@playwright/test';

export class SpaceSidebar {
  constructor(readonly page: Page) {}

  async openSpaceTools() {
    await this.page
      .getByRole('navigation', { name: 'Space' })
      .getByRole('link', { name: 'Space tools' })
      .click();
  }

  async openPages() {
    await this.page
      .getByRole('navigation', { name: 'Space' })
      .getByRole('link', { name: 'Pages', exact: true })
      .click();
  }
}
`,
    },
    body: `await new SpaceSidebar(page).openSpaceTools();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Space"] a[href="#/spaces/TIDE/settings"]',
  },
  // Metabase 50 (2024) renamed the Admin "Data Model" tab "Table Metadata" (the route stayed /admin/datamodel).
  {
    id: 'd9-chain-metabase-data-model-to-table-metadata',
    kind: 'multi-line chain',
    ...both((v) => {
      const tab = (href: string, label: string, extra: string) => `<a href="#/admin/${href}" class="admin-nav-item" ${extra}>${label}</a>`;
      return `<nav aria-label="Admin" class="admin-nav">${tab('settings', 'Settings', WRITES('settings'))}${tab('databases', 'Databases', WRITES('databases'))}${tab('datamodel', v('Data Model', 'Table Metadata'), DONE)}${tab('people', 'People', WRITES('people'))}${tab('permissions', 'Permissions', WRITES('permissions'))}${tab('performance', 'Performance', WRITES('performance'))}${tab('tools', 'Tools', WRITES('tools'))}${tab('troubleshooting', 'Troubleshooting', WRITES('troubleshooting'))}<a href="#/" ${WRITES('exit')}>Exit admin</a></nav>
<main><h1>Databases</h1><ul><li>Tide gauges (PostgreSQL) <a href="#/admin/databases/2" ${WRITES('db')}>Edit</a></li></ul>
<section class="help"><h2>Models</h2><p>Curate your data with models in the data browser.</p><a href="#/browse/models" ${WRITES('models')}>Browse models</a><a href="#/reference/data-model" ${WRITES('reference')}>Learn about the data model</a></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Admin' })\n    .getByRole('link', { name: 'Data Model' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Admin"] a[href="#/admin/datamodel"]',
  },
  // Airtable renamed base "Apps" (formerly Blocks) "Extensions" (2022): the base toolbar's button followed (page object).
  {
    id: 'd9-chain-po-airtable-apps-to-extensions',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="base-header"><button type="button" aria-label="Open app launcher" ${WRITES('launcher')}>▦</button><h1>Tide survey</h1><nav aria-label="Base"><a href="#/data" ${WRITES('data')}>Data</a><a href="#/automations" ${WRITES('automations')}>Automations</a><a href="#/interfaces" ${WRITES('interfaces')}>Interfaces</a></nav><button type="button" ${WRITES('share')}>Share</button></header>
<div class="base-toolbar" role="toolbar" aria-label="View toolbar"><button type="button" ${WRITES('hide')}>Hide fields</button><button type="button" ${WRITES('filter')}>Filter</button><button type="button" ${WRITES('group')}>Group</button><button type="button" ${WRITES('sort')}>Sort</button><button type="button" ${DONE}>${v('Apps', 'Extensions')}</button></div>
<main><table aria-label="Readings"><tr><th>Station</th><th>High water</th></tr><tr><td>Dover</td><td>06:12</td></tr></table><aside><a href="#/marketplace" ${WRITES('marketplace')}>Browse apps in the Marketplace</a><button type="button" ${WRITES('add-app')}>Add an app</button></aside></main>${OUT}`,
    ),
    imports: `import { BaseView } from './base-view';`,
    files: {
      'base-view.ts': `import type { Page } from '@playwright/test';

export class BaseView {
  constructor(readonly page: Page) {}

  async openApps() {
    await this.page
      .locator('.base-toolbar')
      .getByRole('button', { name: 'Apps' })
      .click();
  }
}
`,
    },
    body: `await new BaseView(page).openApps();\n  ${CHECK}`,
    expect: 'heal',
    target: '.base-toolbar button:text-is("Extensions")',
  },
  // Microsoft renamed Flow "Power Automate" (November 2019); the Office app launcher's tile followed.
  {
    id: 'd9-chain-office-flow-to-power-automate',
    kind: 'multi-line chain',
    ...both((v) => {
      const app = (href: string, label: string, extra: string) => `<li><a href="#/${href}" class="app-tile" ${extra}>${label}</a></li>`;
      return `<header class="o365-header"><button type="button" aria-label="App launcher" aria-expanded="true" ${WRITES('waffle')}>⋮⋮⋮</button><span>Office 365</span><input type="search" aria-label="Search" placeholder="Search"></header>
<div role="dialog" aria-label="App launcher" class="app-launcher"><h2>Apps</h2><ul>${app('outlook', 'Outlook', WRITES('outlook'))}${app('onedrive', 'OneDrive', WRITES('onedrive'))}${app('word', 'Word', WRITES('word'))}${app('excel', 'Excel', WRITES('excel'))}${app('sharepoint', 'SharePoint', WRITES('sharepoint'))}${app('flow', v('Flow', 'Power Automate'), DONE)}${app('powerapps', 'PowerApps', WRITES('powerapps'))}${app('forms', 'Forms', WRITES('forms'))}</ul><a href="#/all-apps" ${WRITES('all')}>All apps →</a></div>
<main><h1>Good afternoon, Ada</h1><section><h2>Recommended</h2><a href="#/doc/workflow" ${WRITES('workflow-doc')}>Approval workflow.docx</a><a href="#/doc/overflow" ${WRITES('overflow-doc')}>Tide overflow readings.xlsx</a></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('dialog', { name: 'App launcher' })\n    .getByRole('link', { name: 'Flow', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.app-launcher a[href="#/flow"]',
  },
  // Microsoft renamed Yammer "Viva Engage" (February 2023); the Viva app cards followed.
  {
    id: 'd9-chain-filter-yammer-to-viva-engage',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (app: string, name: string, text: string, extra: string) => `<div class="app-card" data-app="${app}"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Open</button></div>`;
      return `<header><h1>Microsoft Viva</h1><input type="search" aria-label="Search apps" placeholder="Search apps"></header>
<main class="app-grid">${card('connections', 'Viva Connections', 'News, resources and conversations in one place.', WRITES('connections'))}${card('insights', 'Viva Insights', 'Take breaks and protect focus time.', WRITES('insights'))}${card('engage', v('Yammer', 'Viva Engage'), 'Communities and storylines across the organization.', DONE)}${card('learning', 'Viva Learning', 'Courses from your organization and LinkedIn Learning.', WRITES('learning'))}${card('goals', 'Viva Goals', 'Align teams on the outcomes that matter.', WRITES('goals'))}</main>
<footer><p>Need help? Ask in the IT community.</p></footer>${OUT}`;
    }),
    body: `await page\n    .locator('.app-card')\n    .filter({ hasText: 'Yammer' })\n    .getByRole('button', { name: 'Open' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.app-card[data-app="engage"] button',
  },
  // Duolingo renamed its subscription Duolingo Plus "Super Duolingo" (August 2022); the upsell regions followed (page object).
  {
    id: 'd9-chain-po-duolingo-plus-to-super',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Main" class="sidebar"><a href="#/learn" ${WRITES('learn')}>Learn</a><a href="#/leaderboard" ${WRITES('leaderboard')}>Leaderboards</a><a href="#/shop" ${WRITES('shop')}>Shop</a><a href="#/profile" ${WRITES('profile')}>Profile</a></nav>
<main class="shop"><h1>Shop</h1><section aria-labelledby="sub-h" class="plus-card"><h2 id="sub-h">${v('Duolingo Plus', 'Super Duolingo')}</h2><p>No ads, unlimited hearts, personalized practice.</p><button type="button" ${DONE}>Try 2 weeks free</button></section>
<section aria-labelledby="family-h" class="plus-card"><h2 id="family-h">${v('Duolingo Plus Family', 'Super Duolingo Family')}</h2><p>Share ${v('Plus', 'Super')} with up to 5 people.</p><button type="button" ${WRITES('family')}>Try 2 weeks free</button></section>
<section aria-labelledby="gems-h"><h2 id="gems-h">Power-ups</h2><button type="button" ${WRITES('streak-freeze')}>Streak Freeze</button><button type="button" ${WRITES('double-or-nothing')}>Double or Nothing</button></section></main>${OUT}`,
    ),
    imports: `import { ShopPage } from './shop-page';`,
    files: {
      'shop-page.ts': `import type { Page } from '@playwright/test';

export class ShopPage {
  constructor(readonly page: Page) {}

  async startTrial() {
    await this.page
      .getByRole('region', { name: 'Duolingo Plus', exact: true })
      .getByRole('button', { name: 'Try 2 weeks free' })
      .click();
  }
}
`,
    },
    body: `await new ShopPage(page).startTrial();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-labelledby="sub-h"] button',
  },
  // Amazon Elasticsearch Service became Amazon OpenSearch Service (September 2021); the console's services menu followed.
  {
    id: 'd9-chain-aws-elasticsearch-to-opensearch',
    kind: 'multi-line chain',
    ...both((v) => {
      const svc = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="awsc-nav"><button type="button" aria-expanded="true" ${WRITES('services')}>Services</button><input type="search" aria-label="Search" placeholder="Search for services"></header>
<div id="services-menu" role="dialog" aria-label="Services"><section><h2>Compute</h2><ul>${svc('ec2', 'EC2', WRITES('ec2'))}${svc('elasticbeanstalk', 'Elastic Beanstalk', WRITES('beanstalk'))}${svc('lambda', 'Lambda', WRITES('lambda'))}</ul></section>
<section><h2>Analytics</h2><ul>${svc('athena', 'Athena', WRITES('athena'))}${svc('cloudsearch', 'CloudSearch', WRITES('cloudsearch'))}${svc('emr', 'EMR', WRITES('emr'))}${svc('aos', v('Elasticsearch Service', 'Amazon OpenSearch Service'), DONE)}${svc('kinesis', 'Kinesis', WRITES('kinesis'))}${svc('quicksight', 'QuickSight', WRITES('quicksight'))}</ul></section></div>
<main><h1>Console Home</h1><a href="#/blog/search" ${WRITES('blog')}>What's new in search and analytics</a></main>${OUT}`;
    }),
    body: `await page\n    .locator('#services-menu')\n    .getByRole('link', { name: 'Elasticsearch Service' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#services-menu a[href="#/aos"]',
  },
];

const others: Drift[] = [
  // Blueprint 5 (2023) moved its CSS namespace from `bp4-` to `bp5-` (`.bp4-button.bp4-intent-primary` -> `.bp5-button.bp5-intent-primary`).
  {
    id: 'd9-css-blueprint5-namespace',
    kind: 'css class',
    ...both((v) => {
      const ns = (cls: string) => cls.replace(/bp4-/g, v('bp4-', 'bp5-'));
      return `<nav class="${ns('bp4-navbar bp4-dark')}"><div class="${ns('bp4-navbar-heading')}">Tide console</div><button type="button" class="${ns('bp4-button bp4-minimal')}" ${WRITES('home')}>Home</button><button type="button" class="${ns('bp4-button bp4-minimal')}" ${WRITES('files')}>Files</button></nav>
<main><h1>Query</h1><div class="${ns('bp4-input-group')}"><input class="${ns('bp4-input')}" aria-label="Query" value="select * from readings where station = 'Dover'"></div>
<div class="${ns('bp4-button-group')}"><button type="button" class="${ns('bp4-button')}" ${WRITES('format')}>Format</button><button type="button" class="${ns('bp4-button bp4-intent-primary')}" ${DONE}>Run query</button><button type="button" class="${ns('bp4-button bp4-intent-danger')}" ${WRITES('clear')}>Clear</button></div>
<span class="${ns('bp4-tag bp4-intent-primary')}">Beta</span><div class="${ns('bp4-callout bp4-intent-primary')}"><h4 class="${ns('bp4-heading')}">Tip</h4>Press Ctrl+Enter to run the query.</div></main>${OUT}`;
    }),
    body: `await page.locator('button.bp4-button.bp4-intent-primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.bp5-button.bp5-intent-primary',
  },
  // TinyMCE 5 (2019) replaced the modern theme with Silver: `mce-` classes became `tox-` (`.mce-btn` -> `.tox-tbtn`).
  {
    id: 'd9-css-tinymce5-tox-toolbar-button',
    kind: 'css class',
    ...both((v) => {
      const btn = (label: string, icon: string, extra: string) =>
        v(`<div class="mce-widget mce-btn" role="button" tabindex="-1" aria-label="${label}" ${extra}><button type="button" tabindex="-1">${icon}</button></div>`, `<button type="button" class="tox-tbtn" tabindex="-1" aria-label="${label}" ${extra}><span class="tox-icon">${icon}</span></button>`);
      const group = (inner: string) => v(`<div class="mce-container mce-btn-group">${inner}</div>`, `<div class="tox-toolbar__group">${inner}</div>`);
      return `<form><label for="post-title">Title</label><input id="post-title" value="Spring tides">
<div class="${v('mce-tinymce mce-container mce-panel', 'tox tox-tinymce')}" role="application"><div class="${v('mce-menubar mce-toolbar', 'tox-menubar')}" role="menubar"><span role="menuitem">File</span><span role="menuitem">Edit</span><span role="menuitem">Format</span></div>
<div class="${v('mce-toolbar-grp', 'tox-toolbar')}" role="toolbar">${group(`${btn('Undo', '↶', WRITES('undo'))}${btn('Redo', '↷', WRITES('redo'))}`)}${group(`${btn('Bold', 'B', DONE)}${btn('Italic', 'I', WRITES('italic'))}${btn('Underline', 'U', WRITES('underline'))}`)}${group(`${btn('Bullet list', '•', WRITES('bullets'))}${btn('Insert/edit link', '🔗', WRITES('link'))}`)}</div>
<iframe title="Rich Text Area" srcdoc="<p>High water at 06:12.</p>"></iframe><div class="${v('mce-statusbar', 'tox-statusbar')}">p » strong</div></div><button type="button" class="button-primary" ${WRITES('publish')}>Publish</button></form>${OUT}`;
    }),
    body: `await page.locator('.mce-btn[aria-label="Bold"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.tox-tbtn[aria-label="Bold"]',
  },
  // Select2 4.0 (2015) rewrote its markup: `#s2id_<id> .select2-chosen` became `#select2-<id>-container` (`.select2-selection__rendered`).
  {
    id: 'd9-id-select2-4-rendered-container',
    kind: 'id',
    ...both((v) => {
      const s2 = (id: string, value: string) =>
        v(
          `<div class="select2-container" id="s2id_${id}"><a href="javascript:void(0)" class="select2-choice" tabindex="-1"><span class="select2-chosen" id="select2-chosen-${id}">${value}</span><abbr class="select2-search-choice-close"></abbr><span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a></div>`,
          `<span class="select2 select2-container select2-container--default" dir="ltr"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-${id}-container"><span class="select2-selection__rendered" id="select2-${id}-container" title="${value}">${value}</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span></span>`,
        );
      return `<form class="shipping"><h1>Shipping address</h1><label for="city">City</label><input id="city" value="Porto">
<label for="country">Country</label>${s2('country', 'Portugal')}<select id="country" tabindex="-1" style="display:none"><option>Spain</option><option selected>Portugal</option></select>
<label for="currency">Currency</label>${s2('currency', 'EUR')}<select id="currency" tabindex="-1" style="display:none"><option selected>EUR</option><option>GBP</option></select>
<p class="note">Ships from Portugal in 2 days.</p></form>`;
    }),
    body: `await expect(page.locator('#s2id_country .select2-chosen')).toHaveText('Portugal');`,
    expect: 'heal',
    target: '#select2-country-container',
  },
  // Spectrum CSS (2022) renamed the call-to-action button variant "accent": `spectrum-Button--cta` -> `spectrum-Button--accent` (with `--fill` and size classes).
  {
    id: 'd9-css-spectrum-cta-to-accent',
    kind: 'css class',
    ...both((v) => {
      const btn = (oldCls: string, newCls: string, label: string, extra: string) => `<button type="button" class="spectrum-Button ${v(oldCls, newCls)}" ${extra}><span class="spectrum-Button-label">${label}</span></button>`;
      return `<div class="spectrum spectrum--light spectrum--medium"><header class="spectrum-Toolbar"><h1 class="spectrum-Heading spectrum-Heading--sizeM">Tide report</h1>${btn('spectrum-Button--secondary spectrum-Button--quiet', 'spectrum-Button--outline spectrum-Button--secondary spectrum-Button--sizeM', 'Share', WRITES('share'))}</header>
<main><p class="spectrum-Body">Your export is ready to configure.</p><div class="spectrum-ButtonGroup">${btn('spectrum-Button--secondary', 'spectrum-Button--outline spectrum-Button--secondary spectrum-Button--sizeM', 'Cancel', WRITES('cancel'))}${btn('spectrum-Button--primary', 'spectrum-Button--outline spectrum-Button--primary spectrum-Button--sizeM', 'Preview', WRITES('preview'))}${btn('spectrum-Button--cta', 'spectrum-Button--fill spectrum-Button--accent spectrum-Button--sizeM', 'Export', DONE)}</div>
<div class="spectrum-ButtonGroup">${btn('spectrum-Button--warning', 'spectrum-Button--fill spectrum-Button--negative spectrum-Button--sizeM', 'Delete report', WRITES('delete'))}</div><a class="spectrum-Link spectrum-Link--${v('cta', 'accent')}" href="#/help" ${WRITES('help')}>Learn about exports</a></main></div>${OUT}`;
    }),
    body: `await page.locator('button.spectrum-Button--cta').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.spectrum-Button--accent',
  },
  // Angular 20 (May 2025) stopped emitting `ng-reflect-*` attributes in development builds: a recorded `[ng-reflect-router-link]` locator found nothing.
  {
    id: 'd9-attr-angular20-ng-reflect-router-link',
    kind: 'css class',
    ...both((v) => {
      const link = (path: string, label: string, extra: string) => `<a _ngcontent-ng-c2041 class="nav-link" ${v(`ng-reflect-router-link="${path}" ng-reflect-router-link-active="active"`, '')} href="#${path}" ${extra}>${label}</a>`;
      return `<app-root _nghost-ng-c2041 ng-version="${v('19.2.0', '20.0.0')}"><nav _ngcontent-ng-c2041 class="navbar">${link('/dashboard', 'Dashboard', WRITES('dashboard'))}${link('/billing', 'Billing', DONE)}${link('/billing/invoices', 'Invoices', WRITES('invoices'))}${link('/settings', 'Settings', WRITES('settings'))}</nav>
<main _ngcontent-ng-c2041><h1>Dashboard</h1><app-plan-card _ngcontent-ng-c2041 ${v('ng-reflect-plan="pro"', '')}><p>Plan: Pro · renews 1 May</p><a class="btn btn-link" ${v('ng-reflect-router-link="/billing/plan"', '')} href="#/billing/plan" ${WRITES('change-plan')}>Change plan</a></app-plan-card></main></app-root>${OUT}`;
    }),
    body: `await page.locator('a[ng-reflect-router-link="/billing"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[href="#/billing"]',
  },
  // JDK 16/17 javadoc replaced the member summary tables with CSS-grid divs (`table.memberSummary` / `span.memberNameLink` -> `div.summary-table` / `a.member-name-link`).
  {
    id: 'd9-xpath-javadoc17-summary-table',
    kind: 'xpath',
    ...both((v) => {
      const methods: [string, string, string, string][] = [
        ['void', 'ensureCapacity', '(int minCapacity)', 'Increases the capacity of this ArrayList instance, if necessary.'],
        ['int', 'size', '()', 'Returns the number of elements in this list.'],
        ['void', 'trimToSize', '()', "Trims the capacity of this ArrayList instance to be the list's current size."],
      ];
      const extra = (name: string) => (name === 'trimToSize' ? DONE : WRITES(name));
      const rows = methods
        .map(([type, name, params, desc], i) =>
          v(
            `<tr class="${i % 2 ? 'rowColor' : 'altColor'}"><td class="colFirst"><code>${type}</code></td><th class="colSecond" scope="row"><code><span class="memberNameLink"><a href="#${name}${params}" ${extra(name)}>${name}</a></span>${params}</code></th><td class="colLast"><div class="block">${desc}</div></td></tr>`,
            `<div class="col-first ${i % 2 ? 'odd' : 'even'}-row-color"><code>${type}</code></div><div class="col-second ${i % 2 ? 'odd' : 'even'}-row-color"><code><a href="#${name}${params}" class="member-name-link" ${extra(name)}>${name}</a>${params}</code></div><div class="col-last ${i % 2 ? 'odd' : 'even'}-row-color"><div class="block">${desc}</div></div>`,
          ),
        )
        .join('');
      return `<header class="flex-header"><nav class="top-nav"><a href="#/overview">Overview</a><a href="#/package">Package</a><span class="nav-bar-cell1-rev">Class</span><a href="#/tree">Tree</a><a href="#/index">Index</a></nav></header>
<main><h1 class="title">Class ArrayList&lt;E&gt;</h1><section class="${v('methodSummary', 'method-summary')}"><h2>Method Summary</h2>${v(`<table class="memberSummary"><caption><span>All Methods</span></caption><tr><th class="colFirst" scope="col">Modifier and Type</th><th class="colSecond" scope="col">Method</th><th class="colLast" scope="col">Description</th></tr>${rows}</table>`, `<div class="summary-table three-column-summary"><div class="table-header col-first">Modifier and Type</div><div class="table-header col-second">Method</div><div class="table-header col-last">Description</div>${rows}</div>`)}
<h3>Methods declared in class java.util.AbstractList</h3><code><a href="#/AbstractList/equals" ${WRITES('equals')}>equals</a>, <a href="#/AbstractList/hashCode" ${WRITES('hashCode')}>hashCode</a></code></section>
<section class="details"><h3>trimToSize</h3><div class="member-signature">public void trimToSize()</div></section></main>${OUT}`;
    }),
    body: `await page.locator('//table[@class="memberSummary"]//span[@class="memberNameLink"]/a[text()="trimToSize"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.summary-table a.member-name-link:text-is("trimToSize")',
  },
];

const refuse: Drift[] = [
  // The seeded ticket is Pending now (fixture change): Zendesk's submit button, which names the status it saves, reads "Submit as Pending" where "Submit as Open" was.
  {
    id: 'd9-refuse-same-button-zendesk-submit-as-pending',
    kind: 'refuse',
    ...both(
      (v) => `<header class="ticket-header"><h1>#4471 Tide gauge offline at Dover</h1><span class="status-badge">${v('Open', 'Pending')}</span></header>
<aside class="ticket-fields"><label for="assignee">Assignee</label><select id="assignee"><option>Ada Lovelace</option></select><label for="status">Status</label><select id="status"><option ${v('selected', '')}>Open</option><option ${v('', 'selected')}>Pending</option><option>On-hold</option><option>Solved</option></select></aside>
<main class="conversation"><div role="tablist"><button type="button" role="tab" aria-selected="true">Public reply</button><button type="button" role="tab" aria-selected="false">Internal note</button></div><textarea aria-label="Public reply">We have reset the gauge.</textarea></main>
<footer class="ticket-footer"><button type="button" class="macro-button" ${WRITES('macro')}>Apply macro</button><label><input type="checkbox"> Close tab</label><div class="submit-group"><button type="button" class="submit-button" data-garden-id="buttons.button" ${v(DONE, WRITES('pending'))}>Submit as ${v('Open', 'Pending')}</button><button type="button" class="submit-menu-toggle" aria-label="Submit options" ${WRITES('options')}>▴</button></div></footer>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Submit as Open' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded customer now has an open invoice (fixture change): QuickBooks Online's customer list action for the row reads "Receive payment" where "Create invoice" was.
  {
    id: 'd9-refuse-same-button-quickbooks-receive-payment',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, balance: string, action: string, extra: string) => `<tr><td><a href="#/customers/${name.toLowerCase().replace(/ /g, '-')}">${name}</a></td><td>${balance}</td><td class="action-col"><button type="button" class="action-button" ${extra}>${action}</button><button type="button" class="action-menu" aria-label="More actions for ${name}">▾</button></td></tr>`;
      return `<main class="customers"><h1>Customers</h1><button type="button" ${WRITES('new-customer')}>New customer</button>
<table aria-label="Customers"><tr><th>Customer / Company</th><th>Open balance</th><th>Action</th></tr>${row('Harbor Books', '$0.00', 'Create invoice', WRITES('harbor'))}${v(row('Northwind Traders', '$0.00', 'Create invoice', DONE), row('Northwind Traders', '$1,250.00', 'Receive payment', WRITES('receive')))}${row('Gull Marine', '$310.00', 'Receive payment', WRITES('gull'))}</table></main>${OUT}`;
    }),
    body: `await page.getByRole('row', { name: /Northwind Traders/ }).getByRole('button', { name: 'Create invoice' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded message now comes through a mailing list (fixture change): Thunderbird's header reply button reads "Reply List" where "Reply All" was.
  {
    id: 'd9-refuse-same-button-thunderbird-reply-list',
    kind: 'refuse',
    ...both((v) => {
      const btn = (label: string, extra: string) => `<button type="button" class="toolbarbutton-1 message-header-view-button" ${extra}>${label}</button>`;
      return `<div class="message-header"><div class="header-row">From: Grace Hopper &lt;grace@tidepool.example&gt;</div><div class="header-row">To: ${v('Ada Lovelace &lt;ada@tidepool.example&gt;, Linus Lee &lt;linus@tidepool.example&gt;', 'Tide club &lt;tide-club@lists.tidepool.example&gt;')}</div><div class="header-row">Subject: Spring tides this weekend</div>
<div class="header-buttons" role="toolbar" aria-label="Message actions">${btn('Reply', WRITES('reply'))}${btn(v('Reply All', 'Reply List'), v(DONE, WRITES('reply-list')))}${btn('Forward', WRITES('forward'))}${btn('Archive', WRITES('archive'))}${btn('Junk', WRITES('junk'))}${btn('Delete', WRITES('delete'))}${btn('More', WRITES('more'))}</div></div>
<main class="message-body"><p>Low water at 06:12 on Saturday. Reply to all if you can make it.</p></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Reply All' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded device already has the app (fixture change): the Play Store's green button reads "Open" where "Install" was, with "Uninstall" below it.
  {
    id: 'd9-refuse-same-button-google-play-install-now-open',
    kind: 'refuse',
    ...both(
      (v) => `<header class="play-header"><a href="#/store/apps" ${WRITES('apps')}>Apps</a><a href="#/store/games" ${WRITES('games')}>Games</a><input type="search" aria-label="Search Google Play" placeholder="Search for apps &amp; games"></header>
<main class="details"><img src="${GIF}" alt="Icon image" width="64" height="64"><h1>Tide Tables UK</h1><a href="#/dev/tidepool">Tidepool Labs</a><p>Contains ads · In-app purchases</p>
<div class="install-actions"><button type="button" class="install-button VfPpkd-LgbsSe" ${v(DONE, WRITES('open'))}>${v('Install', 'Open')}</button><button type="button" aria-label="Add to wishlist" ${WRITES('wishlist')}>＋</button><button type="button" aria-label="Share" ${WRITES('share')}>⇪</button></div>${v('', `<div class="uninstall-actions"><button type="button" class="uninstall-button" ${WRITES('uninstall')}>Uninstall</button></div>`)}
<section><h2>About this app</h2><p>Install the widget to see tonight's high water at a glance.</p></section><section><h2>You might also like</h2><a href="#/app/surf" ${WRITES('surf')}>Surf Forecast</a> <button type="button" class="install-button-small" ${WRITES('surf-install')}>Install Surf Forecast</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Install', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Stack Overflow retired Jobs (March 2022): the left nav's "Jobs" link is gone; "Companies" stays, and questions about cron jobs stay in the sidebar.
  {
    id: 'd9-refuse-stack-overflow-jobs-retired',
    kind: 'refuse',
    ...both(
      (v) => `<header class="s-topbar"><a href="#/" ${WRITES('logo')}>stack overflow</a><a href="#/products" ${WRITES('products')}>Products</a><input type="search" aria-label="Search" placeholder="Search…"><a href="#/users/login" ${WRITES('login')}>Log in</a></header>
<nav aria-label="Primary" class="left-sidebar"><a href="#/" ${WRITES('home')}>Home</a><h2>Public</h2><a href="#/questions" ${WRITES('questions')}>Questions</a><a href="#/tags" ${WRITES('tags')}>Tags</a><a href="#/users" ${WRITES('users')}>Users</a><a href="#/jobs/companies" ${WRITES('companies')}>Companies</a>${v(`<a href="#/jobs" ${DONE}>Jobs</a>`, '')}<h2>Collectives</h2><a href="#/collectives" ${WRITES('collectives')}>Explore Collectives</a></nav>
<main><h1>Top Questions</h1><ul><li><a href="#/q/1" ${WRITES('q1')}>How do I schedule cron jobs in a container?</a></li><li><a href="#/q/2" ${WRITES('q2')}>Cancel queued jobs in a pipeline</a></li></ul></main>
<aside class="sidebar"><h2>Hot Network Questions</h2><a href="#/q/3" ${WRITES('q3')}>Why do tides come twice a day?</a></aside><footer><a href="#/talent" ${WRITES('talent')}>Talent</a><a href="#/advertising" ${WRITES('advertising')}>Advertising</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Jobs', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Peacock raised Premium from $4.99 to $5.99 a month and Premium Plus from $9.99 to $11.99 (August 2023): the price the test checks must fail it.
  {
    id: 'd9-refuse-peacock-premium-price',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, monthly: string, yearly: string) => `<section class="plan-card"><h2>${name}</h2><p class="price">${monthly}/mo</p><p class="annual">or ${yearly}/yr</p><button type="button">Select ${name}</button></section>`;
      return `<main class="plans"><h1>Choose your plan</h1><div class="plan-grid">${plan('Premium', v('$4.99', '$5.99'), v('$49.99', '$59.99'))}${plan('Premium Plus', v('$9.99', '$11.99'), v('$99.99', '$119.99'))}</div>
<p class="fineprint">Premium includes ads. Cancel anytime.</p></main>`;
    }),
    body: `await expect(page.getByText('$4.99/mo')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded game is already on the seeded account's wishlist (fixture change): Steam shows "On Wishlist" (clicking removes it) where "Add to your wishlist" was.
  {
    id: 'd9-refuse-steam-on-wishlist',
    kind: 'refuse',
    ...both(
      (v) => `<main class="game_page"><h1 class="apphub_AppName">Tidewater</h1><img src="${GIF}" alt="Tidewater header image" width="184" height="69">
<div class="queue_actions_ctn">${v(`<div id="add_to_wishlist_area"><a class="btnv6_blue_hoverfade btn_medium" href="#" ${DONE}><span>Add to your wishlist</span></a></div>`, `<div id="add_to_wishlist_area_success"><a class="btnv6_blue_hoverfade btn_medium queue_btn_active" href="#" ${WRITES('remove-from-wishlist')}><span>✓ On Wishlist</span></a></div>`)}<a class="btnv6_blue_hoverfade btn_medium" href="#" ${WRITES('follow')}><span>Follow</span></a><a class="btnv6_blue_hoverfade btn_medium" href="#" ${WRITES('ignore')}><span>Ignore</span></a><a class="btnv6_blue_hoverfade btn_medium" href="#" ${WRITES('queue')}><span>View Your Queue</span></a></div>
<div class="game_area_purchase_game"><h2>Buy Tidewater</h2><div class="game_purchase_price">$19.99</div><a class="btn_green_steamui btn_medium" href="#" ${WRITES('cart')}><span>Add to Cart</span></a></div>
<p class="wishlist-hint">Add games to your wishlist to hear when they go on sale.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Add to your wishlist' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded login is already in the trash (fixture change): Bitwarden's item menu offers "Permanently delete" (and "Restore") where "Delete" (move to trash) was.
  {
    id: 'd9-refuse-bitwarden-permanently-delete',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Vault filters" class="vault-filters"><a href="#/vault" ${WRITES('all')}>All items</a><a href="#/vault/favorites" ${WRITES('favorites')}>Favorites</a><a href="#/vault/trash" ${WRITES('trash')}>Trash</a></nav>
<main><h1>${v('All vaults', 'Trash')}</h1>${v('', '<p class="banner">Items that have been in trash more than 30 days will be automatically deleted.</p>')}<table aria-label="Items"><tr><td>tidepool.example</td><td>ada@tidepool.example</td><td><button type="button" aria-label="Options" aria-expanded="true" ${WRITES('options')}>⋮</button></td></tr></table>
<div role="menu" aria-label="Item options" class="item-menu">${v(`<div role="menuitem" ${WRITES('copy-username')}>Copy username</div><div role="menuitem" ${WRITES('copy-password')}>Copy password</div><div role="menuitem" ${WRITES('clone')}>Clone</div><div role="menuitem" ${DONE}>Delete</div>`, `<div role="menuitem" ${WRITES('restore')}>Restore</div><div role="menuitem" ${WRITES('permanently-delete')}>Permanently delete</div>`)}</div></main>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Delete', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // CRM fixtures regenerated: HubSpot's seeded contact "Jon Smith" is gone; "Jon Smyth", another contact at another company, has a row.
  {
    id: 'd9-refuse-chain-hubspot-different-contact',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, email: string, company: string, extra: string) => `<tr><td><a href="#/contacts/${email}">${name}</a></td><td>${email}</td><td>${company}</td><td><button type="button" ${extra}>Preview</button></td></tr>`;
      return `<main class="crm"><h1>Contacts</h1><input type="search" aria-label="Search name, phone, email" placeholder="Search name, phone, email"><button type="button" ${WRITES('create')}>Create contact</button>
<table aria-label="Contacts"><tr><th>Name</th><th>Email</th><th>Company</th><th></th></tr>${row('Ada Lovelace', 'ada@tidepool.example', 'Tidepool', WRITES('ada'))}${v(row('Jon Smith', 'jon.smith@harbor.example', 'Harbor Books', DONE), row('Jon Smyth', 'jon@gullmarine.example', 'Gull Marine', WRITES('smyth')))}${row('Grace Hopper', 'grace@tidepool.example', 'Tidepool', WRITES('grace'))}${row('Joan Smith', 'joan.smith@harbor.example', 'Harbor Books', WRITES('joan'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('table', { name: 'Contacts' })\n    .getByRole('row')\n    .filter({ hasText: 'Jon Smith' })\n    .getByRole('button', { name: 'Preview' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Coursera's graded assignments require the Honor Code box ("I, <name>, understand that submitting work that isn't my own…"): "Submit" stays disabled until it is ticked.
  {
    id: 'd9-refuse-coursera-submit-disabled',
    kind: 'refuse',
    ...both(
      (v) => `<header class="assignment-header"><a href="#/learn/tides/home" ${WRITES('back')}>Back</a><h1>Quiz: Reading a tide table</h1><span>Due May 2, 11:59 PM</span></header>
<main><fieldset><legend>1. When is high water at Dover on Saturday?</legend><label><input type="radio" name="q1" checked> 06:12</label><label><input type="radio" name="q1"> 12:30</label></fieldset>
${v('', `<div class="honor-code"><label><input type="checkbox" name="honor"> I, Ada Lovelace, understand that submitting work that isn't my own may result in permanent failure of this course or deactivation of my Coursera account.</label><a href="#/honor-code">Learn more about Coursera's Honor Code</a></div>`)}
<div class="actions"><button type="button" class="submit" ${v('', 'disabled')} ${DONE}>Submit</button><button type="button" class="save-draft" ${WRITES('draft')}>Save draft</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Submit', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Disney+ launched Basic with ads at the old $7.99 and moved the ad-free plan to Premium at $10.99 (December 2022): one "Subscribe" became two, one keeping the price, the other the product.
  {
    id: 'd9-refuse-disney-plus-subscribe-split',
    kind: 'refuse',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Disney+" width="80" height="40"><a href="#/login" ${WRITES('login')}>Log in</a></header>
<main class="plan-selector"><h1>${v('Start streaming today', 'Choose your plan')}</h1>${v(`<section class="plan"><h2>Disney+</h2><p>$7.99/month · No ads</p><button type="button" ${DONE}>Subscribe to Disney+</button></section>`, `<section class="plan"><h2>Disney+ Basic</h2><p>$7.99/month · With ads</p><button type="button" ${WRITES('basic')}>Subscribe to Disney+ Basic</button></section><section class="plan"><h2>Disney+ Premium</h2><p>$10.99/month · No ads</p><button type="button" ${WRITES('premium')}>Subscribe to Disney+ Premium</button></section>`)}
<section class="bundle"><h2>The Disney Bundle</h2><p>Disney+, Hulu and ESPN+</p><button type="button" ${WRITES('bundle')}>Get the Disney Bundle</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Subscribe to Disney+', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Canva's editor moved "Download" off the top bar into the closed "Share" menu (page object).
  {
    id: 'd9-refuse-po-canva-download-behind-share',
    kind: 'refuse',
    ...both(
      (v) => `<header class="editor-header"><a href="#/" ${WRITES('home')}>Home</a><button type="button" ${WRITES('file')}>File</button><button type="button" ${WRITES('resize')}>Resize</button><span class="title">Tide club poster</span><button type="button" ${WRITES('present')}>Present</button>
${v(`<button type="button" ${WRITES('share')}>Share</button><button type="button" aria-label="Download" ${DONE}>⤓</button>`, `<button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('share')}>Share</button><div role="menu" aria-label="Share" hidden><div role="menuitem" ${DONE}>Download</div><div role="menuitem" ${WRITES('print')}>Print with Canva</div><div role="menuitem" ${WRITES('view-link')}>Public view link</div></div>`)}</header>
<main class="editor"><aside><button type="button" ${WRITES('uploads')}>Uploads</button><button type="button" ${WRITES('templates')}>Templates</button></aside><div class="canvas">Spring tides this weekend</div><a href="#/apps/download" ${WRITES('app')}>Download the Canva app</a></main>${OUT}`,
    ),
    imports: `import { DesignEditor } from './design-editor';`,
    files: {
      'design-editor.ts': `import type { Page } from '@playwright/test';

export class DesignEditor {
  constructor(readonly page: Page) {}

  async download() {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: 'Download' })
      .click();
  }
}
`,
    },
    body: `await new DesignEditor(page).download();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_9_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
