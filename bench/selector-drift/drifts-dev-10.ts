// Tenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a server tab and a user menu entry that gained a word, a sign-in label that says "account",
// a filter placeholder and a sidebar link that took a feature's new name, a product's logo alt after a
// rebrand, a toolbar tooltip, a sidebar deck title that lost two words, a plugin replaced under a new tab
// name, a studio tool, a header link and an admin heading) on role, label, placeholder, alt, title, text,
// menuitem and tab locators; Prettier-style multi-line chains in the test body and in page objects where
// the scope step, a filter or the last step drifts; component-library, framework and product upgrades
// (UIkit 3, Foundation 6, Bulma 0.4, the Vue rewrite of Nextcloud Files, Magento 2, Mattermost's new
// sign-in page) on class, attribute, test-id, XPath and id locators; and releases or fixture changes
// where any patch would be wrong (the same button or menu item now naming the opposite action, another
// merge style or another way into a call, a feature retired while a look-alike stays, a price rise, a
// status that went down, a different record, a control moved behind a closed menu, another action in
// the old one's place). Pages carry decoys that share words, classes or attributes with the target. Heal
// cases name the `target` the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // phpMyAdmin 4.5 (2015) renamed the server-level "Users" tab "User accounts" (it lists and edits MySQL accounts and their privileges).
  {
    id: 'd10-link-phpmyadmin-users-to-user-accounts',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (href: string, label: string, extra: string) => `<li><a href="#/${href}" class="tab" ${extra}>${label}</a></li>`;
      return `<div id="pma_navigation" class="navigation"><a href="#/index" ${WRITES('logo')}>phpMyAdmin</a><ul class="tree"><li><a href="#/db/tides" ${WRITES('db')}>tides</a><ul><li><a href="#/db/tides/readings" ${WRITES('readings')}>readings</a></li><li><a href="#/db/tides/stations" ${WRITES('stations')}>stations</a></li><li><a href="#/db/tides/users" ${WRITES('users-table')}>users</a></li></ul></li></ul></div>
<div id="topmenucontainer" class="menucontainer"><ul id="topmenu" class="resizable-menu">${tab('server_databases', 'Databases', WRITES('databases'))}${tab('server_sql', 'SQL', WRITES('sql'))}${tab('server_status', 'Status', WRITES('status'))}${tab('server_privileges', v('Users', 'User accounts'), DONE)}${tab('server_export', 'Export', WRITES('export'))}${tab('server_import', 'Import', WRITES('import'))}${tab('prefs_manage', 'Settings', WRITES('settings'))}${tab('server_replication', 'Replication', WRITES('replication'))}${tab('server_variables', 'Variables', WRITES('variables'))}</ul></div>
<main id="page_content"><h2>General settings</h2><a href="#/user_password" ${WRITES('password')}>Change password</a><label for="collation">Server connection collation</label><select id="collation"><option>utf8mb4_unicode_ci</option></select>
<h2>Database server</h2><ul><li>Server: localhost via UNIX socket</li><li>User: root@localhost</li></ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Users', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#topmenu a[href="#/server_privileges"]',
  },
  // Twitch (2020) renamed the user menu's "Dashboard" entry "Creator Dashboard" (with Stream Manager inside it).
  {
    id: 'd10-menuitem-twitch-dashboard-to-creator-dashboard',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<a href="#" role="menuitem" class="user-menu-item" ${extra}>${label}</a>`;
      return `<nav class="top-nav" aria-label="Primary"><a href="#/" ${WRITES('home')}>Twitch</a><a href="#/directory/following" ${WRITES('following')}>Following</a><a href="#/directory" ${WRITES('browse')}>Browse</a><input type="search" aria-label="Search" placeholder="Search"><button type="button" aria-label="Notifications" ${WRITES('notifications')}>🔔</button><button type="button" aria-label="Whispers" ${WRITES('whispers')}>✉</button><button type="button" aria-label="User menu" aria-expanded="true" ${WRITES('user-menu')}>ada_tides</button></nav>
<div role="menu" aria-label="User menu" class="user-menu">${item('Channel', WRITES('channel'))}${item(v('Dashboard', 'Creator Dashboard'), DONE)}${item('Subscriptions', WRITES('subscriptions'))}${item('Drops &amp; Rewards', WRITES('drops'))}${item('Wallet', WRITES('wallet'))}${item('Settings', WRITES('settings'))}${item('Log Out', WRITES('log-out'))}</div>
<main><h1>Following</h1><section><h2>Live channels</h2><a href="#/tideclub" ${WRITES('tideclub')}>tideclub · Watching the spring tide</a></section><aside><a href="#/analytics" ${WRITES('analytics')}>Channel analytics</a></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Dashboard', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.user-menu [role="menuitem"]:text-is("Creator Dashboard")',
  },
  // Nextcloud 29 (2024) calls users "accounts" in its interface: the sign-in label "Username or email" became "Account name or email".
  {
    id: 'd10-label-nextcloud-account-name-or-email',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="guest-header"><img src="${GIF}" alt="Nextcloud" width="96" height="48"></header>
<main class="guest-box login-box"><h1>Log in to Nextcloud</h1><form class="login-form"><label for="user">${v('Username or email', 'Account name or email')}</label><input id="user" name="user" type="text" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password"><button type="button">Log in</button></form>
<a href="#/lostpassword" class="lost-password">Forgot password?</a><a href="#/login/flow" class="alternative-login">Log in with a device</a>
<section class="signup"><p>Get your own free account: sign up at a provider.</p><label for="email-updates">Email for updates</label><input id="email-updates" type="email"></section></main>`,
    ),
    body: `await page.getByLabel('Username or email').fill('ada');\n  await expect(page.locator('#user')).toHaveValue('ada');`,
    expect: 'heal',
    target: '#user',
  },
  // Zulip 9.0 (July 2024) renamed streams "channels": the left sidebar's "Filter streams" box became "Filter channels".
  {
    id: 'd10-placeholder-zulip-filter-streams-to-channels',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="header"><a href="#/" class="brand"><img src="${GIF}" alt="Tidepool" width="24" height="24"></a><input id="search_query" type="text" aria-label="Search" placeholder="Search"><button type="button" aria-label="Main menu">☰</button></header>
<div id="left-sidebar"><ul id="global_filters"><li><a href="#/feed">Combined feed</a></li><li><a href="#/mentions">Mentions</a></li><li><a href="#/drafts">Drafts</a></li></ul>
<div id="streams_list"><div id="streams_header"><h4 class="sidebar-title">${v('STREAMS', 'CHANNELS')}</h4><input class="stream-list-filter" type="text" autocomplete="off" placeholder="${v('Filter streams', 'Filter channels')}"></div>
<ul id="stream_filters"><li>#announce</li><li>#tides</li><li>#surveys</li></ul></div></div>
<div id="right-sidebar"><h4>USERS</h4><input class="user-list-filter" type="text" placeholder="Filter users"><ul><li>Ada Lovelace</li><li>Grace Hopper</li></ul></div>
<main id="message_feed_container"><p>Browse ${v('streams', 'channels')} to find more conversations.</p></main>`,
    ),
    body: `await page.getByPlaceholder('Filter streams').fill('tide');\n  await expect(page.locator('#streams_header input')).toHaveValue('tide');`,
    expect: 'heal',
    target: 'input.stream-list-filter',
  },
  // Piwik renamed itself Matomo (January 2018, Piwik 3.3 -> Matomo 3.3): the logo in the reporting UI's header took the new name.
  {
    id: 'd10-alt-piwik-to-matomo',
    kind: 'renamed text',
    ...both(
      (v) => `<header id="header"><a href="#/index?module=CoreHome" id="logo" ${DONE}><img src="${GIF}" alt="${v('Piwik', 'Matomo')}" width="120" height="32"></a><nav id="topRightBar"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/all-websites" ${WRITES('all-websites')}>All Websites</a><a href="#/admin" ${WRITES('admin')}>Administration</a><a href="#/logout" ${WRITES('logout')}>Sign out</a></nav></header>
<main class="pageWrap"><h1>Dashboard</h1><section class="widget"><h2>${v('Piwik', 'Matomo')} news</h2>${v('', `<img src="${GIF}" alt="Matomo Marketplace" width="24" height="24" ${WRITES('marketplace')}>`)}<p>${v('Piwik', 'Matomo')} 3.3.0 is out: the same free, open analytics under a new name.</p><img src="${GIF}" alt="${v('Piwik Marketplace', 'Matomo plugins on the Marketplace')}" width="24" height="24" ${WRITES('plugins')}></section>
<section class="widget"><h2>Visits Overview</h2><p>1,204 visits, 3 min 12 s average visit duration</p></section></main>${OUT}`,
    ),
    body: `await page.getByAltText('Piwik', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#logo',
  },
  // Docker Desktop (late 2022, 4.x) renamed the header's gear button "Preferences" "Settings" on macOS, as on Windows.
  {
    id: 'd10-title-docker-desktop-preferences-to-settings',
    kind: 'renamed text',
    ...both((v) => {
      const btn = (title: string, icon: string, extra: string) => `<button type="button" class="header-button" title="${title}" ${extra}>${icon}</button>`;
      return `<header class="dd-header"><span class="brand">docker desktop</span><input type="search" aria-label="Search" placeholder="Search: images, containers, volumes, extensions and more"><div class="header-actions">${btn('Learning center', '🎓', WRITES('learn'))}${btn('Troubleshoot', '🐞', WRITES('troubleshoot'))}${btn(v('Preferences', 'Settings'), '⚙', DONE)}${btn('Notifications', '🔔', WRITES('notifications'))}${btn('Sign in', '👤', WRITES('sign-in'))}</div></header>
<nav class="dd-sidebar" aria-label="Docker Desktop"><a href="#/containers" ${WRITES('containers')}>Containers</a><a href="#/images" ${WRITES('images')}>Images</a><a href="#/volumes" ${WRITES('volumes')}>Volumes</a><a href="#/extensions" ${WRITES('extensions')}>Extensions</a></nav>
<main><h1>Containers</h1><p>Container CPU usage: 0.12% / 800% (8 cores available)</p><a href="#/docs/resources" title="Resource limits" ${WRITES('resources')}>Change the memory limit</a></main>${OUT}`;
    }),
    body: `await page.getByTitle('Preferences').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.header-actions [title="Settings"]',
  },
  // LibreOffice 6.0 (January 2018) renamed the sidebar's "Styles and Formatting" deck "Styles" (the F11 window and menu entry with it).
  {
    id: 'd10-text-libreoffice-styles-and-formatting-to-styles',
    kind: 'renamed text',
    ...both((v) => {
      const tabBtn = (title: string, icon: string) => `<button type="button" class="tabbar-button" title="${title}">${icon}</button>`;
      return `<div class="menubar" role="menubar"><span role="menuitem">File</span><span role="menuitem">Edit</span><span role="menuitem">View</span><span role="menuitem">Insert</span><span role="menuitem">Format</span><span role="menuitem">Table</span><span role="menuitem">Tools</span></div>
<div class="toolbar" role="toolbar" aria-label="Standard"><button type="button" title="Toggle Formatting Marks (Ctrl+F10)">¶</button><button type="button" title="Clone Formatting">🖌</button><select aria-label="Paragraph Style"><option>Default Paragraph Style</option><option>Heading 1</option></select></div>
<aside class="sidebar"><div class="deck"><div class="deck-title">${v('Styles and Formatting', 'Styles')}</div><div class="style-toolbar"><button type="button" title="Paragraph Styles">¶</button><button type="button" title="Character Styles">a</button><button type="button" title="New Style from Selection">✚</button></div>
<ul class="style-list"><li>Default Paragraph Style</li><li>Heading 1</li><li>Text Body</li><li>Quotations</li></ul></div>
<div class="tabbar">${tabBtn('Properties', '≡')}${tabBtn(v('Styles and Formatting', 'Styles'), 'A')}${tabBtn('Gallery', '🖼')}${tabBtn('Navigator', '🧭')}</div></aside>
<main class="document"><p>Spring tides this weekend: high water at 06:12.</p><p class="status">Page 1 of 1 · English (UK) · Default Page Style</p></main>`;
    }),
    body: `await expect(page.getByText('Styles and Formatting')).toBeVisible();`,
    expect: 'heal',
    target: '.deck .deck-title',
  },
  // Obsidian 1.2 (March 2023) replaced the Starred core plugin with Bookmarks: the sidebar's "Starred" tab became "Bookmarks".
  {
    id: 'd10-tab-obsidian-starred-to-bookmarks',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, icon: string, extra: string, selected = false) => `<div role="tab" aria-selected="${selected}" class="workspace-tab-header" aria-label="${label}" ${extra}><span class="workspace-tab-header-inner-icon">${icon}</span></div>`;
      return `<div class="workspace-ribbon"><button type="button" aria-label="Open quick switcher" ${WRITES('switcher')}>⌕</button><button type="button" aria-label="Open graph view" ${WRITES('graph')}>◎</button><button type="button" aria-label="Create new canvas" ${WRITES('canvas')}>▭</button></div>
<div class="workspace-split mod-left-split"><div role="tablist" class="workspace-tab-header-container">${tab('Files', '🗀', WRITES('files'), true)}${tab('Search', '⌕', WRITES('search'))}${tab(v('Starred', 'Bookmarks'), v('☆', '🔖'), DONE)}</div>
<div class="nav-files-container"><div class="tree-item">Tide log.md</div><div class="tree-item">Stations.md</div></div></div>
<main class="workspace-leaf"><h1>Tide log</h1><p>High water at 06:12. ${v('Star', 'Bookmark')} this note to find it again.</p><button type="button" class="clickable-icon" aria-label="More options" ${WRITES('more')}>⋮</button></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Starred' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.workspace-tab-header[aria-label="Bookmarks"]',
  },
  // Sanity Studio 3.20 (November 2023) renamed the Desk tool "Structure" (its route from /desk to /structure).
  {
    id: 'd10-link-sanity-desk-to-structure',
    kind: 'renamed text',
    ...both((v) => {
      const tool = (href: string, label: string, extra: string) => `<a href="#/${href}" class="tool-link" ${extra}>${label}</a>`;
      return `<header class="studio-navbar"><a href="#/" class="workspace" ${WRITES('workspace')}>Tidepool</a><nav aria-label="Tools">${tool(v('desk', 'structure'), v('Desk', 'Structure'), DONE)}${tool('vision', 'Vision', WRITES('vision'))}${tool('media', 'Media', WRITES('media'))}</nav><button type="button" aria-label="Create new document" ${WRITES('create')}>✚</button><input type="search" aria-label="Search" placeholder="Search"></header>
<main class="panes"><section class="pane"><h2>Content</h2><ul><li><a href="#/${v('desk', 'structure')}/station" ${WRITES('stations')}>Station</a></li><li><a href="#/${v('desk', 'structure')}/notice" ${WRITES('notices')}>Notice</a></li></ul></section>
<section class="pane"><h2>Notice</h2><ul><li><a href="#/${v('desk', 'structure')}/notice;front-desk" ${WRITES('front-desk')}>Front desk hours</a></li><li><a href="#/${v('desk', 'structure')}/notice;spring" ${WRITES('spring')}>Spring tides</a></li></ul></section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Desk', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Tools"] a[href="#/structure"]',
  },
  // Udemy (2020) renamed the header's "My courses" link "My learning".
  {
    id: 'd10-link-udemy-my-courses-to-my-learning',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="udlite-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Udemy" width="91" height="34"></a><button type="button" ${WRITES('categories')}>Categories</button><input type="search" aria-label="Search for anything" placeholder="Search for anything">
<a href="#/business" ${WRITES('business')}>Udemy Business</a><a href="#/teaching" ${WRITES('teach')}>Instructor</a><a href="#/home/my-courses/learning" ${DONE}>${v('My courses', 'My learning')}</a><a href="#/wishlist" aria-label="Wishlist" ${WRITES('wishlist')}>♡</a><a href="#/cart" aria-label="Cart" ${WRITES('cart')}>🛒</a></header>
<main><h1>Let's start learning, Ada</h1><section><h2>Because you viewed "Tides and Coasts"</h2><a href="#/course/oceanography" ${WRITES('oceanography')}>Oceanography basics</a><a href="#/course/sailing" ${WRITES('sailing')}>Coastal sailing</a></section>
<a href="#/settings/reminders" ${WRITES('reminders')}>Learning reminders</a><a href="#/courses/search" ${WRITES('browse')}>Browse all courses</a></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'My courses' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[href="#/home/my-courses/learning"]',
  },
  // Rocket.Chat 3.0 (2020) renamed Livechat "Omnichannel": the admin's settings page heading followed; the embedded widget keeps the name "Livechat".
  {
    id: 'd10-heading-rocketchat-livechat-to-omnichannel',
    kind: 'renamed text',
    ...both(
      (v) => `<aside class="sidebar"><a href="#/home">Home</a><a href="#/directory">Directory</a><h3>Administration</h3><a href="#/admin/info">Info</a><a href="#/admin/users">Users</a><a href="#/admin/rooms">Rooms</a><a href="#/admin/settings/${v('Livechat', 'Omnichannel')}">${v('Livechat', 'Omnichannel')}</a><a href="#/admin/apps">Apps</a></aside>
<main class="page-settings"><h1>${v('Livechat', 'Omnichannel')}</h1><button type="button">Save changes</button>
<section><h2>Livechat Widget</h2><label for="title">Title</label><input id="title" value="Tidepool support"><label for="color">Title bar color</label><input id="color" value="#C1272D"></section>
<section><h2>Routing</h2><label for="routing">${v('Livechat', 'Omnichannel')} routing method</label><select id="routing"><option>Auto Selection</option><option>Manual Selection</option></select></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Livechat', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'main.page-settings h1',
  },
  // Discourse's new sidebar (early 2023) renamed its "Everything" link "Topics".
  {
    id: 'd10-link-discourse-everything-to-topics',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" class="sidebar-section-link" ${extra}>${label}</a></li>`;
      return `<header class="d-header"><a href="#/" ${WRITES('home')}><img src="${GIF}" alt="Tide club forum" width="120" height="32"></a><button type="button" aria-label="Search" ${WRITES('search')}>⌕</button><button type="button" aria-label="Hamburger menu" ${WRITES('hamburger')}>☰</button></header>
<div class="sidebar-wrapper"><nav class="sidebar-sections" aria-label="Sidebar"><ul class="sidebar-section-content">${link('latest', v('Everything', 'Topics'), DONE)}${link('my/activity', 'My Posts', WRITES('my-posts'))}${link('review', 'Review', WRITES('review'))}${link('about', 'About', WRITES('about'))}</ul>
<h3>Categories</h3><ul>${link('c/tides', 'Tides', WRITES('cat-tides'))}${link('c/stations', 'Stations', WRITES('cat-stations'))}${link('categories', 'All categories', WRITES('all-categories'))}</ul></nav></div>
<main class="list-container"><ul class="nav-pills"><li><a href="#/latest" ${WRITES('pill-latest')}>Latest</a></li><li><a href="#/new" ${WRITES('pill-new')}>New</a></li><li><a href="#/top" ${WRITES('pill-top')}>Top</a></li></ul><table class="topic-list"><tr><th>Topic</th><th>Replies</th></tr><tr><td><a href="#/t/spring-tides" ${WRITES('topic')}>Spring tides this weekend</a></td><td>12</td></tr></table></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Everything' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar-sections a[href="#/latest"]',
  },
];

const chains: Drift[] = [
  // PostHog (2023) renamed "Recordings" "Session replay" in its navigation (the route /recordings became /replay); page object.
  {
    id: 'd10-chain-po-posthog-recordings-to-session-replay',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="top-bar"><a href="#/home" ${WRITES('logo')}>PostHog</a><input type="search" aria-label="Search" placeholder="Search or jump to…"><button type="button" ${WRITES('project')}>Tidepool (prod)</button></header>
<nav aria-label="Main" class="side-nav"><ul>${link('dashboard', 'Dashboards', WRITES('dashboards'))}${link('insights', v('Insights', 'Product analytics'), WRITES('insights'))}${link(v('recordings', 'replay/home'), v('Recordings', 'Session replay'), DONE)}${link('feature_flags', 'Feature flags', WRITES('flags'))}${link('experiments', 'Experiments', WRITES('experiments'))}${link('persons', 'People', WRITES('people'))}${link('data-management/events', 'Data management', WRITES('data-management'))}</ul></nav>
<main><h1>Home</h1><section><h2>Latest ${v('recordings', 'replays')}</h2><a href="#/${v('recordings', 'replay')}/playlists" ${WRITES('playlists')}>Saved playlists</a><a href="#/${v('recordings', 'replay')}/018f" ${WRITES('one-recording')}>ada@tidepool.example · 4 min</a></section><a href="#/settings/replay" ${WRITES('settings')}>Recording settings</a></main>${OUT}`;
    }),
    imports: `import { AppNav } from './app-nav';`,
    files: {
      'app-nav.ts': `import type { Page } from '@playwright/test';

export class AppNav {
  constructor(readonly page: Page) {}

  async openRecordings() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Recordings' })
      .click();
  }

  async openFeatureFlags() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Feature flags' })
      .click();
  }
}
`,
    },
    body: `await new AppNav(page).openRecordings();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/replay/home"]',
  },
  // Mattermost renamed its Incident Collaboration plugin "Playbooks" (2021); the team's main menu entry followed.
  {
    id: 'd10-chain-mattermost-incident-collaboration-to-playbooks',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (label: string, extra: string) => `<li role="menuitem" class="MenuItem" ${extra}>${label}</li>`;
      return `<div class="SidebarHeader"><button type="button" aria-label="Tide club main menu" aria-expanded="true" ${WRITES('team-menu')}>Tide club ▾</button></div>
<ul role="menu" aria-label="Main Menu" class="Menu dropdown-menu">${item('View Members', WRITES('members'))}${item('Team Settings', WRITES('team-settings'))}${item('Invite People', WRITES('invite'))}${item('Integrations', WRITES('integrations'))}${item('System Console', WRITES('console'))}${item(v('Incident Collaboration', 'Playbooks'), DONE)}${item('Marketplace', WRITES('marketplace'))}${item('Log Out', WRITES('log-out'))}</ul>
<nav class="SidebarChannelGroup" aria-label="Channels"><a href="#/tide-club/channels/town-square" ${WRITES('town-square')}>Town Square</a><a href="#/tide-club/channels/incidents" ${WRITES('incidents')}>incidents</a><a href="#/tide-club/channels/gauges" ${WRITES('gauges')}>gauges</a></nav>
<main class="post-list"><p>Grace: the Dover gauge went offline, I started an incident.</p><a href="#/${v('plug/com.mattermost.plugin-incident-management', 'playbooks')}/runs/4471" ${WRITES('run')}>Gauge offline at Dover (run)</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('menu', { name: 'Main Menu' })\n    .getByRole('menuitem', { name: 'Incident Collaboration' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"][aria-label="Main Menu"] [role="menuitem"]:text-is("Playbooks")',
  },
  // Rancher 2.6 (2021) replaced 2.5's Cluster Manager / Cluster Explorer switch with one global menu: "Cluster Manager" became "Cluster Management" (page object).
  {
    id: 'd10-chain-po-rancher26-cluster-manager-to-management',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" class="option" ${extra}>${label}</a>`;
      const row = (name: string, state: string) => `<tr><td>${state}</td><td>${name}</td><td><a href="#/c/${name}/explorer" class="btn role-secondary" ${WRITES(`explore-${name}`)}>Explore</a><a href="#/c/_/manager/${name}" ${WRITES(`manage-${name}`)}>Manage</a></td></tr>`;
      return `<nav aria-label="Global" class="side-menu">${link('home', 'Home', WRITES('home'))}${v(link('c/local/explorer', 'Cluster Explorer', WRITES('explorer')), '')}${link('c/_/manager/provisioning.cattle.io.cluster', v('Cluster Manager', 'Cluster Management'), DONE)}${link('c/local/fleet', 'Continuous Delivery', WRITES('fleet'))}${v('', link('c/_/auth/users', 'Users &amp; Authentication', WRITES('auth')))}${link('c/_/settings', 'Global Settings', WRITES('settings'))}</nav>
<main><h1>Welcome to Rancher</h1><table aria-label="Clusters"><tr><th>State</th><th>Name</th><th></th></tr>${row('local', 'Active')}${row('tides-prod', 'Active')}</table><a href="#/docs/cluster-management" ${WRITES('docs')}>Read about managing clusters</a></main>${OUT}`;
    }),
    imports: `import { GlobalMenu } from './global-menu';`,
    files: {
      'global-menu.ts': `import type { Page } from '@playwright/test';

export class GlobalMenu {
  constructor(readonly page: Page) {}

  async openClusterManager() {
    await this.page
      .getByRole('navigation', { name: 'Global' })
      .getByRole('link', { name: 'Cluster Manager' })
      .click();
  }

  async openGlobalSettings() {
    await this.page
      .getByRole('navigation', { name: 'Global' })
      .getByRole('link', { name: 'Global Settings' })
      .click();
  }
}
`,
    },
    body: `await new GlobalMenu(page).openClusterManager();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Global"] a[href="#/c/_/manager/provisioning.cattle.io.cluster"]',
  },
  // Apache Superset 0.23-0.25 (2018) renamed slices "charts": the navbar's "Slices" became "Charts" (/slicemodelview/list/ -> /chart/list/).
  {
    id: 'd10-chain-superset-slices-to-charts',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav class="navbar"><a href="#/superset/welcome" class="navbar-brand" ${WRITES('brand')}>Superset</a><ul class="nav navbar-nav"><li><button type="button" ${WRITES('security')}>Security ▾</button></li><li><button type="button" ${WRITES('manage')}>Manage ▾</button></li><li><button type="button" ${WRITES('sources')}>Sources ▾</button></li>
<li><a href="#/${v('slicemodelview', 'chart')}/list/" ${DONE}>${v('Slices', 'Charts')}</a></li><li><a href="#/dashboard/list/" ${WRITES('dashboards')}>Dashboards</a></li><li><button type="button" ${WRITES('sql-lab')}>SQL Lab ▾</button></li></ul></nav>
<main><h1>Welcome</h1><section><h2>Recently viewed</h2><a href="#/explore/?slice_id=12" ${WRITES('tide-levels')}>Tide levels by station</a><a href="#/superset/dashboard/3/" ${WRITES('survey-dashboard')}>Coastal survey</a></section>
<section><h2>Favorites</h2><a href="#/${v('slicemodelview', 'chart')}/list/?favorite=1" ${WRITES('favorite-charts')}>${v('Favorite slices', 'Favorite charts')}</a></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation')\n    .getByRole('link', { name: 'Slices' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.navbar a[href="#/chart/list/"]',
  },
  // Mantine 7 (September 2023) renamed the Modal's `modal` part `content`: `.mantine-Modal-modal` became `.mantine-Modal-content` (page object, the scope step drifts).
  {
    id: 'd10-chain-po-mantine7-modal-content',
    kind: 'multi-line chain',
    ...both((v) => {
      const btn = (label: string, variant: string, extra: string) => `<button type="button" class="mantine-UnstyledButton-root mantine-Button-root" data-variant="${variant}" ${extra}><span class="mantine-Button-inner"><span class="mantine-Button-label">${label}</span></span></button>`;
      const row = (name: string, extra: string) => `<tr><td>${name}</td><td>${btn('Edit', 'subtle', WRITES(`edit-${name}`))}${btn('Delete', 'subtle', extra)}</td></tr>`;
      return `<main class="mantine-AppShell-main"><h1 class="mantine-Title-root">Stations</h1><table class="mantine-Table-table" aria-label="Stations">${row('Dover', WRITES('row-delete-dover'))}${row('Calais', WRITES('row-delete-calais'))}</table></main>
<div class="mantine-Modal-root"><div class="mantine-Modal-overlay mantine-Overlay-root"></div><div class="mantine-Modal-inner">${v('<div class="mantine-Paper-root mantine-Modal-modal" role="dialog" aria-modal="true" aria-labelledby="modal-title">', '<section class="mantine-Paper-root mantine-Modal-content" role="dialog" aria-modal="true" aria-labelledby="modal-title">')}
<${v('div', 'header')} class="mantine-Modal-header"><h2 id="modal-title" class="mantine-Modal-title">Delete station Dover?</h2><button type="button" class="mantine-CloseButton-root mantine-Modal-close" ${WRITES('close')}>×</button></${v('div', 'header')}>
<div class="mantine-Modal-body"><p class="mantine-Text-root">Readings recorded at Dover stay in the archive.</p><div class="mantine-Group-root">${btn('Cancel', 'default', WRITES('cancel'))}${btn('Delete', 'filled', DONE)}</div></div>${v('</div>', '</section>')}</div></div>${OUT}`;
    }),
    imports: `import { DeleteStationModal } from './delete-station-modal';`,
    files: {
      'delete-station-modal.ts': `import type { Page } from '@playwright/test';

export class DeleteStationModal {
  constructor(readonly page: Page) {}

  async confirm() {
    await this.page
      .locator('.mantine-Modal-modal')
      .getByRole('button', { name: 'Delete' })
      .click();
  }

  async cancel() {
    await this.page
      .locator('.mantine-Modal-modal')
      .getByRole('button', { name: 'Cancel' })
      .click();
  }
}
`,
    },
    body: `await new DeleteStationModal(page).confirm();\n  ${CHECK}`,
    expect: 'heal',
    target: '.mantine-Modal-content button[data-variant="filled"]',
  },
  // DigitalOcean's control panel (2023) spelled out its storage products in the sidebar: "Spaces" became "Spaces Object Storage" and "Volumes" "Volumes Block Storage".
  {
    id: 'd10-chain-filter-digitalocean-spaces-object-storage',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<aside class="sidebar"><div class="sidebar-section"><h3>Projects</h3><ul>${link('projects/tidepool', 'Tidepool', WRITES('project'))}${link('projects/new', '+ New Project', WRITES('new-project'))}</ul></div>
<div class="sidebar-section"><h3>Manage</h3><ul>${link('apps', 'App Platform', WRITES('apps'))}${link('droplets', 'Droplets', WRITES('droplets'))}${link('functions', 'Functions', WRITES('functions'))}${link('kubernetes', 'Kubernetes', WRITES('kubernetes'))}${link('volumes', v('Volumes', 'Volumes Block Storage'), WRITES('volumes'))}${link('databases', 'Databases', WRITES('databases'))}${link('spaces', v('Spaces', 'Spaces Object Storage'), DONE)}${link('registry', 'Container Registry', WRITES('registry'))}${link('networking', 'Networking', WRITES('networking'))}${link('monitoring', 'Monitoring', WRITES('monitoring'))}</ul></div></aside>
<main><h1>Tidepool</h1><section class="resources"><h2>Resources</h2><a href="#/spaces/tide-archive" ${WRITES('bucket')}>tide-archive</a><p>Spaces CDN: enabled</p></section><a href="#/docs/spaces" ${WRITES('docs')}>Spaces</a></main>${OUT}`;
    }),
    body: `await page\n    .locator('.sidebar-section')\n    .filter({ hasText: 'Manage' })\n    .getByRole('link', { name: 'Spaces', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar-section a[href="#/spaces"]',
  },
  // Nextcloud Hub 7 (28, December 2023) renamed Circles "Teams": the Contacts app's navigation caption followed; a contact group of the same name stays (page object, the scope step drifts).
  {
    id: 'd10-chain-po-nextcloud-circles-to-teams',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li class="app-navigation-entry"><a href="#/contacts/${href}" ${extra}>${label}</a></li>`;
      return `<nav id="app-navigation-vue" class="app-navigation" aria-label="Contacts"><button type="button" ${WRITES('new-contact')}>New contact</button><ul>${link('all', 'All contacts', WRITES('all'))}${link('ungrouped', 'Not grouped', WRITES('ungrouped'))}${link('recent', 'Recently contacted', WRITES('recent'))}</ul>
<h2 id="groups-caption" class="app-navigation-caption">Groups</h2><ul aria-labelledby="groups-caption">${link('group/Tide%20club', 'Tide club', WRITES('group-tide-club'))}${link('group/Family', 'Family', WRITES('group-family'))}</ul>
<h2 id="${v('circles', 'teams')}-caption" class="app-navigation-caption">${v('Circles', 'Teams')}</h2><ul aria-labelledby="${v('circles', 'teams')}-caption">${link('circle/7f3a', 'Tide club', DONE)}${link('circle/91bc', 'Surveyors', WRITES('circle-surveyors'))}</ul><button type="button" ${WRITES('new-circle')}>${v('Create a new circle', 'Create a new team')}</button></nav>
<main class="app-content"><h1>All contacts</h1><ul><li>Ada Lovelace</li><li>Grace Hopper</li></ul></main>${OUT}`;
    }),
    imports: `import { ContactsNavigation } from './contacts-navigation';`,
    files: {
      'contacts-navigation.ts': `import type { Page } from '@playwright/test';

export class ContactsNavigation {
  constructor(readonly page: Page) {}

  async openTideClubCircle() {
    await this.page
      .getByRole('list', { name: 'Circles' })
      .getByRole('link', { name: 'Tide club' })
      .click();
  }

  async openTideClubGroup() {
    await this.page
      .getByRole('list', { name: 'Groups' })
      .getByRole('link', { name: 'Tide club' })
      .click();
  }
}
`,
    },
    body: `await new ContactsNavigation(page).openTideClubCircle();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[href="#/contacts/circle/7f3a"]',
  },
  // Matomo 4 (November 2020) renamed the Visitors menu's "Visitor Log" "Visits Log" (page object).
  {
    id: 'd10-chain-po-matomo4-visitor-log-to-visits-log',
    kind: 'multi-line chain',
    ...both((v) => {
      const sub = (href: string, label: string, extra: string) => `<li><a href="#/${href}" class="item" ${extra}>${label}</a></li>`;
      return `<header id="header"><a href="#/" id="logo" ${WRITES('logo')}>Matomo</a><a href="#/all-websites" ${WRITES('all-websites')}>All Websites</a><a href="#/admin" ${WRITES('admin')}>Administration</a></header>
<nav id="secondNavBar" aria-label="Reporting menu"><ul class="navbar"><li class="menuTab"><span>Dashboard</span></li><li class="menuTab"><span>Visitors</span><ul>${sub('General_Visitors/General_Overview', 'Overview', WRITES('overview'))}${sub('General_Visitors/Live_VisitorLog', v('Visitor Log', 'Visits Log'), DONE)}${sub('General_Visitors/UserCountryMap_RealTimeMap', 'Real-time Map', WRITES('map'))}${sub('General_Visitors/UserCountry_SubmenuLocations', 'Locations', WRITES('locations'))}${sub('General_Visitors/DevicesDetection_Devices', 'Devices', WRITES('devices'))}${sub('General_Visitors/UserId_UserReportTitle', 'User IDs', WRITES('user-ids'))}</ul></li>
<li class="menuTab"><span>Behaviour</span><ul>${sub('General_Actions/General_Pages', 'Pages', WRITES('pages'))}${sub('General_Actions/Actions_SubmenuPagesEntry', 'Entry pages', WRITES('entry'))}</ul></li></ul></nav>
<main class="pageWrap"><h1>Visits Overview</h1><p>1,204 visits, 3 min 12 s average visit duration</p><a href="#/visitor-profile/4f2a" ${WRITES('profile')}>View visitor profile</a><a href="#/General_Visitors/Live_VisitorLog?segment=returning" ${WRITES('segment-log')}>Returning visitors</a></main>${OUT}`;
    }),
    imports: `import { ReportingMenu } from './reporting-menu';`,
    files: {
      'reporting-menu.ts': `import type { Page } from '@playwright/test';

export class ReportingMenu {
  constructor(readonly page: Page) {}

  async openVisitorLog() {
    await this.page
      .locator('#secondNavBar')
      .getByRole('link', { name: 'Visitor Log' })
      .click();
  }

  async openLocations() {
    await this.page
      .locator('#secondNavBar')
      .getByRole('link', { name: 'Locations' })
      .click();
  }
}
`,
    },
    body: `await new ReportingMenu(page).openVisitorLog();\n  ${CHECK}`,
    expect: 'heal',
    target: '#secondNavBar a[href="#/General_Visitors/Live_VisitorLog"]',
  },
  // Prometheus 3.0 (November 2024) shipped a new UI: the header's "Graph" page became "Query" (/graph -> /query); the result panel keeps its "Table" and "Graph" tabs.
  {
    id: 'd10-chain-prometheus3-graph-to-query',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="navbar"><a href="#/" class="brand" ${WRITES('brand')}>Prometheus</a>${v(`<a href="#/alerts" ${WRITES('alerts')}>Alerts</a><a href="#/graph" ${DONE}>Graph</a>`, `<a href="#/query" ${DONE}>Query</a><a href="#/alerts" ${WRITES('alerts')}>Alerts</a>`)}<button type="button" ${WRITES('status')}>Status ▾</button><a href="#/help" ${WRITES('help')}>Help</a></header>
<main class="panel"><label for="expr">Expression</label><textarea id="expr">rate(tide_gauge_readings_total[5m])</textarea><button type="button" ${WRITES('execute')}>Execute</button>
<div role="tablist" aria-label="Result"><button type="button" role="tab" aria-selected="true" ${WRITES('table-tab')}>Table</button><button type="button" role="tab" aria-selected="false" ${WRITES('graph-tab')}>Graph</button>${v('', `<button type="button" role="tab" aria-selected="false" ${WRITES('explain-tab')}>Explain</button>`)}</div>
<a href="#/${v('graph', 'query')}?g0.tab=1" ${WRITES('graph-link')}>Open in a new graph panel</a><button type="button" ${WRITES('add-panel')}>Add Panel</button></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('banner')\n    .getByRole('link', { name: 'Graph' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header.navbar a[href="#/query"]',
  },
  // Sendinblue renamed itself Brevo (May 2023); the card on a CRM's integrations page followed (the filter step drifts).
  {
    id: 'd10-chain-filter-sendinblue-to-brevo',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, text: string, extra: string) => `<div class="app-card"><img src="${GIF}" alt="" width="32" height="32"><h3>${name}</h3><p>${text}</p><button type="button" ${extra}>Connect</button></div>`;
      return `<header><h1>Integrations</h1><input type="search" aria-label="Search integrations" placeholder="Search integrations"></header>
<main class="app-grid"><h2>Email marketing</h2>${card('Mailchimp', 'Sync contacts to audiences and tag them by deal stage.', WRITES('mailchimp'))}${card(v('Sendinblue', 'Brevo'), 'Email and SMS campaigns, transactional email and a shared inbox.', DONE)}${card('MailerLite', 'Add new customers to groups and automations.', WRITES('mailerlite'))}${card('Klaviyo', 'Send order events and build segments.', WRITES('klaviyo'))}</main>
<footer><p>Missing an app? <a href="#/request">Request an integration</a></p></footer>${OUT}`;
    }),
    body: `await page\n    .locator('.app-card')\n    .filter({ hasText: 'Sendinblue' })\n    .getByRole('button', { name: 'Connect' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.app-card:has(h3:text-is("Brevo")) button',
  },
];

const others: Drift[] = [
  // UIkit 3 (2017) replaced the boxed Panel with the Card component: `.uk-panel-box-primary` became `.uk-card-primary` (`.uk-panel-title` -> `.uk-card-title`).
  {
    id: 'd10-css-uikit3-panel-box-to-card',
    kind: 'css class',
    ...both((v) => {
      const box = (mod: '' | 'primary' | 'secondary', name: string, text: string, extra: string) =>
        `<div${v(' class="uk-width-medium-1-3"', '')}><div class="${v(`uk-panel uk-panel-box${mod ? ` uk-panel-box-${mod}` : ''}`, `uk-card uk-card-${mod || 'default'} uk-card-body`)}"><h3 class="${v('uk-panel-title', 'uk-card-title')}">${name}</h3><p>${text}</p><button type="button" class="uk-button${v('', ' uk-button-default')}" ${extra}>Details</button></div></div>`;
      return `<nav class="${v('uk-navbar', 'uk-navbar-container')}"><a href="#/" class="uk-navbar-brand" ${WRITES('brand')}>Tidepool</a><ul class="uk-navbar-nav"><li class="uk-active"><a href="#/stations" ${WRITES('stations')}>Stations</a></li><li><a href="#/alerts" ${WRITES('alerts')}>Alerts</a></li></ul></nav>
<main class="uk-container"><h1>Stations</h1><div class="${v('uk-grid', 'uk-child-width-1-3@m')}" ${v('data-uk-grid-margin', 'uk-grid')}>${box('', 'Calais', 'High water 06:31', WRITES('calais'))}${box('primary', 'Dover', 'High water 06:12 · your home station', DONE)}${box('secondary', 'Boulogne', 'High water 06:40', WRITES('boulogne'))}</div>
<div class="${v('uk-alert uk-alert-warning', 'uk-alert-warning')}" ${v('', 'uk-alert')}><p>Spring tide warning for Saturday.</p></div><button type="button" class="uk-button uk-button-primary" ${WRITES('add')}>Add station</button></main>${OUT}`;
    }),
    body: `await page.locator('.uk-panel-box-primary .uk-button').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.uk-card-primary .uk-button',
  },
  // Foundation 6 (November 2015) rewrote Reveal: a modal's trigger `data-reveal-id="…"` became `data-open="…"` (`.reveal-modal` -> `.reveal`).
  {
    id: 'd10-attr-foundation6-reveal-data-open',
    kind: 'css class',
    ...both((v) => {
      const trigger = (modal: string, cls: string, label: string, extra: string) =>
        v(`<a href="#" class="button ${cls} radius" data-reveal-id="${modal}" ${extra}>${label}</a>`, `<button type="button" class="button ${cls}" data-open="${modal}" ${extra}>${label}</button>`);
      const modal = (id: string, title: string, inner: string) =>
        v(`<div id="${id}" class="reveal-modal" data-reveal aria-hidden="true" role="dialog" style="display:none"><h2>${title}</h2>${inner}<a class="close-reveal-modal" aria-label="Close">&#215;</a></div>`, `<div class="reveal" id="${id}" data-reveal style="display:none"><h2>${title}</h2>${inner}<button class="close-button" data-close aria-label="Close modal" type="button">&#215;</button></div>`);
      return `<div class="top-bar"><div class="top-bar-left"><ul class="menu"><li class="menu-text">Tidepool</li><li><a href="#/tables" ${WRITES('tables')}>Tide tables</a></li></ul></div><div class="top-bar-right">${trigger('loginModal', 'secondary', 'Sign in', WRITES('sign-in'))}</div></div>
<main class="row"><div class="small-12 columns"><h1>Dover</h1><p>High water 06:12 · 6.4 m</p>${trigger('subscribeModal', '', 'Get tide alerts', DONE)}<a href="#/subscriptions" class="button hollow" ${WRITES('manage')}>Manage alerts</a></div></main>
${modal('subscribeModal', 'Get tide alerts', '<label>Email<input type="email"></label><button type="button" class="button">Subscribe</button>')}${modal('loginModal', 'Sign in', '<label>Email<input type="email"></label>')}${OUT}`;
    }),
    body: `await page.locator('[data-reveal-id="subscribeModal"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-open="subscribeModal"]',
  },
  // Bulma 0.4 (March 2017) replaced `.control.has-icon` / `.has-icon-right` with `.has-icons-left` / `.has-icons-right` (icons now `.is-left` / `.is-right`).
  {
    id: 'd10-css-bulma04-has-icons-right',
    kind: 'css class',
    ...both((v) => {
      const icon = (side: 'left' | 'right', name: string) => `<span class="icon is-small${v('', ` is-${side}`)}"><i class="fa fa-${name}"></i></span>`;
      return `<section class="section"><div class="container"><h1 class="title">Create your account</h1>
<div class="field"><label class="label" for="username">Username</label><p class="control ${v('has-icon', 'has-icons-left')}"><input class="input" id="username" type="text" value="ada_tides">${icon('left', 'user')}</p></div>
<div class="field"><label class="label" for="email">Email</label><p class="control ${v('has-icon has-icon-right', 'has-icons-left has-icons-right')}"><input class="input is-danger" id="email" type="email">${v('', icon('left', 'envelope'))}${icon('right', 'warning')}</p><p class="help is-danger">This email is invalid</p></div>
<div class="field"><label class="label" for="password">Password</label><p class="control ${v('has-icon', 'has-icons-left')}"><input class="input" id="password" type="password">${icon('left', 'lock')}</p></div>
<div class="field is-grouped"><p class="control"><button type="button" class="button is-primary">Sign up</button></p><p class="control"><button type="button" class="button is-link">Cancel</button></p></div></div></section>`;
    }),
    body: `await page.locator('.control.has-icon-right input').fill('ada@tidepool.example');\n  await expect(page.locator('#email')).toHaveValue('ada@tidepool.example');`,
    expect: 'heal',
    target: '.control.has-icons-right input',
  },
  // Nextcloud 28 (December 2023) finished the Files app's Vue rewrite: the navigation's `#app-navigation li[data-id="favorites"]` became `[data-cy-files-navigation-item="favorites"]` inside `#app-navigation-vue`.
  {
    id: 'd10-testid-nextcloud28-files-navigation-item',
    kind: 'test id',
    ...both((v) => {
      const item = (id: string, label: string, extra: string) =>
        v(
          `<li data-id="${id}" class="nav-${id}"><a href="#" class="nav-icon-${id} svg" ${extra}>${label}</a></li>`,
          `<li data-cy-files-navigation-item="${id}" class="app-navigation-entry-wrapper"><div class="app-navigation-entry"><a href="#/${id}" class="app-navigation-entry-link" title="${label}" ${extra}><span class="app-navigation-entry-icon"></span><span class="app-navigation-entry__name">${label}</span></a></div></li>`,
        );
      const items = `${item('files', 'All files', WRITES('all'))}${item('recent', 'Recent', WRITES('recent'))}${item('favorites', 'Favorites', DONE)}${item('shareoverview', 'Shares', WRITES('shares'))}${item('trashbin', 'Deleted files', WRITES('trash'))}`;
      return `<header id="header"><a href="#/" id="nextcloud" ${WRITES('logo')}>Nextcloud</a><nav class="app-menu" aria-label="Applications menu"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/files" ${WRITES('files-app')}>Files</a><a href="#/photos" ${WRITES('photos')}>Photos</a></nav></header>
${v(`<div id="app-navigation" role="navigation"><div class="app-navigation-new"><button type="button">New</button></div><ul class="with-icon">${items}</ul></div>`, `<nav id="app-navigation-vue" class="app-navigation" aria-label="Files"><ul class="app-navigation__list">${items}</ul></nav>`)}
<main id="app-content"><h1>All files</h1><table class="files-list"><tr><td>Tide log.md</td><td><button type="button" aria-label="Add to favorites" ${WRITES('add-favorite')}>☆</button></td></tr><tr><td>Stations.ods</td><td><button type="button" aria-label="Add to favorites" ${WRITES('add-favorite-2')}>☆</button></td></tr></table></main>${OUT}`;
    }),
    body: `await page.locator('#app-navigation li[data-id="favorites"] a').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-cy-files-navigation-item="favorites"] a',
  },
  // Magento 2 (2015) replaced Magento 1's RWD product page: the `add-to-cart-buttons` div's `button.btn-cart` became `#product-addtocart-button.action.primary.tocart`; related products keep small "Add to Cart" buttons.
  {
    id: 'd10-xpath-magento2-add-to-cart-button',
    kind: 'xpath',
    ...both((v) => {
      const related = (name: string, price: string, extra: string) =>
        v(
          `<li class="item"><p class="product-name">${name}</p><span class="price">${price}</span><button type="button" title="Add to Cart" class="button btn-cart" ${extra}><span><span>Add to Cart</span></span></button></li>`,
          `<li class="item product product-item"><strong class="product-item-name">${name}</strong><span class="price">${price}</span><button type="button" title="Add to Cart" class="action tocart primary" ${extra}><span>Add to Cart</span></button></li>`,
        );
      const main = v(
        `<div class="product-shop"><div class="product-name"><span class="h1">Tide clock</span></div><div class="price-box"><span class="regular-price"><span class="price">$39.00</span></span></div>
<div class="add-to-cart-wrapper"><div class="add-to-box"><div class="add-to-cart"><div class="qty-wrapper"><label for="qty">Qty:</label><input type="text" name="qty" id="qty" value="1" class="input-text qty"></div><div class="add-to-cart-buttons"><button type="button" title="Add to Cart" class="button btn-cart" ${DONE}><span><span>Add to Cart</span></span></button></div></div>
<ul class="add-to-links"><li><a href="#/wishlist" class="link-wishlist" ${WRITES('wishlist')}>Add to Wishlist</a></li><li><a href="#/compare" class="link-compare" ${WRITES('compare')}>Add to Compare</a></li></ul></div></div></div>`,
        `<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base">Tide clock</span></h1></div><div class="price-box"><span class="price">$39.00</span></div>
<div class="product-add-form"><div class="box-tocart"><div class="fieldset"><div class="field qty"><label class="label" for="qty"><span>Qty</span></label><div class="control"><input type="number" name="qty" id="qty" value="1" class="input-text qty"></div></div><div class="actions"><button type="submit" title="Add to Cart" class="action primary tocart" id="product-addtocart-button" ${DONE}><span>Add to Cart</span></button></div></div></div></div>
<div class="product-social-links"><div class="product-addto-links"><a href="#/wishlist" class="action towishlist" ${WRITES('wishlist')}>Add to Wish List</a><a href="#/compare" class="action tocompare" ${WRITES('compare')}>Add to Compare</a></div></div></div>`,
      );
      return `<header class="page-header"><a href="#/" class="logo" ${WRITES('logo')}>Tidepool Shop</a><a href="#/cart" class="${v('skip-cart', 'action showcart')}" ${WRITES('cart')}>Cart (0)</a></header>
<main class="${v('main-container col1-layout', 'page-main')}">${main}
<div class="${v('box-collateral box-related', 'block related')}"><h2>Related Products</h2><ol>${related('Barometer', '$59.00', WRITES('barometer'))}${related('Tide table 2025', '$9.00', WRITES('table'))}</ol></div></main>${OUT}`;
    }),
    body: `await page.locator('//div[@class="add-to-cart-buttons"]/button[contains(@class, "btn-cart")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#product-addtocart-button',
  },
  // Mattermost 7 (2022) rebuilt its sign-in page: the login field's id `loginId` became `input_loginId` (the password's `loginPassword` became `input_password-input`).
  {
    id: 'd10-id-mattermost7-input-login-id',
    kind: 'id',
    ...both(
      (v) => `<div class="${v('signup-header', 'hfroute-header')}"><img src="${GIF}" alt="Mattermost" width="120" height="24"><a href="#/signup_user_complete" ${WRITES('signup')}>Don't have an account?</a></div>
<main class="${v('signup__content', 'login-body')}"><h1>${v('Tidepool', 'Log in to your account')}</h1>
${v(
  '<form class="signup__email-container"><div class="form-group"><input id="loginId" class="form-control" name="loginId" type="text" placeholder="Email or Username" autocomplete="username"></div><div class="form-group"><input id="loginPassword" class="form-control" name="password-input" type="password" placeholder="Password"></div><button id="loginButton" type="button" class="btn btn-primary">Sign in</button></form>',
  '<form class="login-body-card-form"><div class="Input_container"><fieldset class="Input_fieldset"><legend class="Input_legend">Email or Username</legend><div class="Input_wrapper"><input id="input_loginId" class="Input form-control" name="loginId" type="text" placeholder="Email or Username" autocomplete="username"></div></fieldset></div><div class="Input_container"><fieldset class="Input_fieldset"><legend class="Input_legend">Password</legend><div class="Input_wrapper"><input id="input_password-input" class="Input form-control" name="password-input" type="password" placeholder="Password"></div></fieldset></div><button type="button" class="btn btn-primary login-body-card-form-button-submit">Log in</button></form>',
)}
<a href="#/reset_password" ${WRITES('forgot')}>Forgot your password?</a><div class="external-login"><a href="#/oauth/gitlab" ${WRITES('gitlab')}>GitLab</a></div></main>${OUT}`,
    ),
    body: `await page.locator('#loginId').fill('ada@tidepool.example');\n  await expect(page.locator('input[name="loginId"]')).toHaveValue('ada@tidepool.example');`,
    expect: 'heal',
    target: '#input_loginId',
  },
];

const refuse: Drift[] = [
  // The seeded user is already subscribed to #tides (fixture change): Zulip's channel settings pane shows "Unsubscribe" on the same button where "Subscribe" was.
  {
    id: 'd10-refuse-same-button-zulip-unsubscribe',
    kind: 'refuse',
    ...both(
      (v) => `<div class="subscriptions overlay" role="dialog" aria-label="Channel settings"><div class="left"><div role="tablist"><button type="button" role="tab" aria-selected="${v('false', 'true')}" ${WRITES('subscribed-tab')}>Subscribed</button><button type="button" role="tab" aria-selected="${v('true', 'false')}" ${WRITES('all-tab')}>All channels</button></div>
<ul class="streams-list"><li class="stream-row active">#tides</li><li class="stream-row">#surveys</li><li class="stream-row">#announce</li></ul><button type="button" class="create_stream_button" ${WRITES('create')}>Create channel</button></div>
<div class="right"><div class="stream-header"><span class="stream-name-title">#tides</span><button type="button" class="button small rounded subscribe-button" ${v(DONE, WRITES('unsubscribe'))}>${v('Subscribe', 'Unsubscribe')}</button><a href="#/narrow/channel/tides" ${WRITES('view')}>View channel</a></div>
<p class="stream-description">Tide tables, gauges and the spring tide watch.</p><p>${v('Not subscribed', 'Subscribed')} · 41 subscribers</p><button type="button" ${WRITES('preview')}>Preview</button></div></div>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Subscribe', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded repository's default merge style is now squash (fixture change): Gitea's pull request merge button, which names the style it uses, reads "Create squash commit" where "Create merge commit" was.
  {
    id: 'd10-refuse-same-button-gitea-squash-commit',
    kind: 'refuse',
    ...both((v) => {
      const style = (label: string) => `<div role="menuitem" class="item">${label}</div>`;
      return `<div class="repository view issue pull"><h1>Update Dover gauge offsets #42</h1><span class="ui green label">Open</span><p>ada wants to merge 3 commits into <code>main</code> from <code>dover-offsets</code></p>
<div class="merge-section"><h3>This branch has no conflicts with the base branch</h3><p>All checks were successful</p>
<div class="ui buttons merge-button"><button type="button" class="ui button primary" ${v(DONE, WRITES('squash'))}>${v('Create merge commit', 'Create squash commit')}</button><button type="button" class="ui dropdown icon button" aria-label="Merge style" aria-expanded="false" ${WRITES('merge-style')}>▾</button></div>
<div role="menu" class="menu" hidden>${style('Create merge commit')}${style('Rebase then fast-forward')}${style('Rebase then create merge commit (--no-ff)')}${style('Create squash commit')}</div>
<button type="button" class="ui button" ${WRITES('close')}>Close Pull Request</button></div></div>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Create merge commit' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded room now has unread messages (fixture change): Element's room context menu offers "Mark as read" where "Mark as unread" (Element Web, 2024) was, on the same item.
  {
    id: 'd10-refuse-same-menuitem-element-mark-as-read',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<div role="menuitem" class="mx_IconizedContextMenu_item" ${extra}>${label}</div>`;
      return `<nav class="mx_LeftPanel" aria-label="Room list"><div class="mx_RoomTile" aria-label="Tide club">Tide club${v('', '<span class="mx_NotificationBadge" aria-label="3 unread messages">3</span>')}</div><div class="mx_RoomTile" aria-label="Surveyors">Surveyors</div><div class="mx_RoomTile" aria-label="Grace Hopper">Grace Hopper</div></nav>
<div role="menu" aria-label="Room options" class="mx_RoomGeneralContextMenu">${item(v('Mark as unread', 'Mark as read'), v(DONE, WRITES('mark-read')))}${item('Favourite', WRITES('favourite'))}${item('Low priority', WRITES('low-priority'))}${item('Copy room link', WRITES('copy-link'))}${item('Settings', WRITES('settings'))}${item('Leave', WRITES('leave'))}</div>
<main class="mx_RoomView"><h1>Tide club</h1><p>Grace: low water at 06:12 on Saturday.</p><button type="button" ${WRITES('jump')}>Jump to first unread message</button></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Mark as unread' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded container is already running (fixture change): Docker Desktop's containers list shows "Stop" on the same action button where "Start" was.
  {
    id: 'd10-refuse-same-button-docker-desktop-start-now-stop',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, image: string, status: string, toggle: string, extra: string) =>
        `<tr><td>${name}</td><td>${image}</td><td>${status}</td><td><button type="button" class="action-button" aria-label="${toggle}" ${extra}>${toggle === 'Start' ? '▶' : '■'}</button><button type="button" aria-label="Show container actions" ${WRITES(`actions-${name}`)}>⋮</button><button type="button" aria-label="Delete" ${WRITES(`delete-${name}`)}>🗑</button></td></tr>`;
      return `<main class="containers"><h1>Containers</h1><input type="search" aria-label="Search" placeholder="Search"><label><input type="checkbox"> Only show running containers</label>
<table aria-label="Containers"><tr><th>Name</th><th>Image</th><th>Status</th><th>Actions</th></tr>${v(row('tide-api', 'tidepool/api:1.4', 'Exited', 'Start', DONE), row('tide-api', 'tidepool/api:1.4', 'Running', 'Stop', WRITES('stop')))}${row('tide-db', 'postgres:16', 'Running', 'Stop', WRITES('stop-db'))}</table></main>${OUT}`;
    }),
    body: `await page.getByRole('row', { name: /tide-api/ }).getByRole('button', { name: 'Start', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded course is free now (fixture change): Udemy's course page offers "Enroll now" where "Add to cart" and "Buy now" were.
  {
    id: 'd10-refuse-udemy-add-to-cart-now-enroll',
    kind: 'refuse',
    ...both(
      (v) => `<main class="course-landing"><h1>Tides and Coasts: a Field Guide</h1><p>Read a tide table, plan a survey and stay safe on the shore.</p><p>Created by Ada Lovelace · Last updated 4/2025</p>
<aside class="sidebar-container"><img src="${GIF}" alt="Course preview" width="240" height="135"><div class="price-text">${v('$19.99', 'Free')}</div>
<div class="buy-box">${v(`<button type="button" class="btn-brand" ${DONE}>Add to cart</button><button type="button" aria-label="Add to wishlist" ${WRITES('wishlist')}>♡</button><button type="button" class="btn-secondary" ${WRITES('buy-now')}>Buy now</button><p>30-Day Money-Back Guarantee</p>`, `<button type="button" class="btn-brand" ${WRITES('enroll')}>Enroll now</button>`)}</div>
<a href="#/share" ${WRITES('share')}>Share</a><a href="#/gift" ${WRITES('gift')}>Gift this course</a><button type="button" ${WRITES('coupon')}>Apply Coupon</button></aside>
<section><h2>What you'll learn</h2><ul><li>Read tide tables</li><li>Plan a coastal survey</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add to cart' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A call is already running in the seeded conversation (fixture change): Nextcloud Talk's top bar button reads "Join call" where "Start call" was.
  {
    id: 'd10-refuse-same-button-nextcloud-talk-join-call',
    kind: 'refuse',
    ...both(
      (v) => `<nav class="app-navigation" aria-label="Conversations"><input type="search" aria-label="Search conversations or users" placeholder="Search conversations or users"><ul><li>Tide club${v('', ' · Call in progress')}</li><li>Grace Hopper</li><li>Surveyors</li></ul></nav>
<div class="top-bar"><h2 class="conversation-header">Tide club</h2>${v('', '<span class="call-indicator">Call in progress · 00:04:12 · Grace Hopper, Linus Lee</span>')}<button type="button" class="top-bar__button" ${v(DONE, WRITES('join'))}>${v('Start call', 'Join call')}</button><button type="button" aria-label="Conversation settings" ${WRITES('settings')}>⚙</button><button type="button" aria-label="Open sidebar" ${WRITES('sidebar')}>☰</button></div>
<main class="message-list"><p>Grace: starting the tide call in 5.</p><label for="new-message">Write a message</label><textarea id="new-message"></textarea><button type="button" ${WRITES('send')}>Send message</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Start call' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Prometheus 3.0 (November 2024) moved the query page's "Use local time" checkbox (with "Enable query history", autocomplete and highlighting) into the header's closed settings menu (page object).
  {
    id: 'd10-refuse-po-prometheus3-local-time-behind-settings',
    kind: 'refuse',
    ...both((v) => {
      const opt = (id: string, label: string, extra: string) => `<div class="form-check"><input type="checkbox" id="${id}" class="form-check-input" ${extra}><label class="form-check-label" for="${id}">${label}</label></div>`;
      const opts = `${opt('use-local-time-checkbox', 'Use local time', DONE)}${opt('query-history-checkbox', 'Enable query history', WRITES('history'))}${opt('autocomplete-checkbox', 'Enable autocomplete', WRITES('autocomplete'))}${opt('highlighting-checkbox', 'Enable highlighting', WRITES('highlighting'))}`;
      return `<header class="navbar"><a href="#/" ${WRITES('brand')}>Prometheus</a><a href="#/${v('graph', 'query')}" ${WRITES('query')}>${v('Graph', 'Query')}</a><a href="#/alerts" ${WRITES('alerts')}>Alerts</a>${v('', `<button type="button" aria-label="Settings" aria-haspopup="dialog" aria-expanded="false" ${WRITES('settings')}>⚙</button><div role="dialog" aria-label="Settings" hidden>${opts}</div>`)}</header>
<main class="panel">${v(`<div class="query-options">${opts}</div>`, '')}<label for="expr">Expression</label><textarea id="expr">tide_gauge_level_meters</textarea><button type="button" ${WRITES('execute')}>Execute</button><p class="eval-time">Evaluation time: 2025-05-02 06:12:00</p></main>${OUT}`;
    }),
    imports: `import { QueryPage } from './query-page';`,
    files: {
      'query-page.ts': `import type { Page } from '@playwright/test';

export class QueryPage {
  constructor(readonly page: Page) {}

  async useLocalTime() {
    await this.page
      .getByRole('checkbox', { name: 'Use local time' })
      .check();
  }
}
`,
    },
    body: `await new QueryPage(page).useLocalTime();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Figma raised Professional from $12 to $15 per editor a month, billed annually (announced December 2022, from March 2023): the price the test checks must fail it.
  {
    id: 'd10-refuse-figma-professional-price',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, price: string, blurb: string) => `<section class="plan-card"><h2>${name}</h2><p class="price">${price}</p><p>${blurb}</p><button type="button">Choose ${name}</button></section>`;
      return `<main class="pricing"><h1>Choose a plan that's right for you</h1><div class="plans">${plan('Starter', 'Free', 'For individuals and small teams getting started.')}${plan('Professional', `${v('$12', '$15')} per editor/month`, 'Unlimited files, team libraries and shared projects.')}${plan('Organization', '$45 per editor/month', 'Org-wide libraries, design system analytics and SSO.')}</div>
<p class="fineprint">Prices billed annually. FigJam is priced separately.</p></main>`;
    }),
    body: `await expect(page.getByText('$12 per editor/month')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded endpoint now fails its health check (fixture change): Uptime Kuma's monitor page shows "Down" where "Up" was; the test that checks the status must fail.
  {
    id: 'd10-refuse-uptime-kuma-up-now-down',
    kind: 'refuse',
    ...both(
      (v) => `<nav class="monitor-list" aria-label="Monitors"><input type="search" aria-label="Search" placeholder="Search..."><a href="#/dashboard/1" class="item active"><span class="badge">${v('100%', '97.9%')}</span> Tide API</a><a href="#/dashboard/2" class="item"><span class="badge">100%</span> Tide DB</a></nav>
<main class="monitor-detail"><h1>Tide API</h1><p class="url">https://api.tidepool.example/health</p><div class="functions"><button type="button">Pause</button><button type="button">Edit</button><button type="button">Clone</button><button type="button">Delete</button></div>
<div class="shadow-box"><span class="badge rounded-pill ${v('bg-primary', 'bg-danger')}">${v('Up', 'Down')}</span><p>Check every 60 seconds.</p></div>
<div class="stats"><div><h4>Response</h4><p>(Current) ${v('182 ms', '—')}</p></div><div><h4>Uptime</h4><p>(24-hour) ${v('100%', '97.9%')}</p></div><div><h4>Cert Exp.</h4><p>2025-08-01 (91 days)</p></div></div></main>`,
    ),
    body: `await expect(page.getByText('Up', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // Apache Superset 3.0 (August 2023) removed the legacy Filter Box chart (native dashboard filters replace it): the chart gallery's "Filter box" tile is gone, "Box Plot" stays beside where it was.
  {
    id: 'd10-refuse-superset3-filter-box-removed',
    kind: 'refuse',
    ...both((v) => {
      const tile = (name: string, extra: string) => `<div role="button" tabindex="0" class="viz-type-gallery-item" ${extra}><img src="${GIF}" alt="" width="48" height="48"><div class="viz-type-label">${name}</div></div>`;
      return `<main class="chart-creation"><h1>Create a new chart</h1><section><h2>Choose a dataset</h2><input type="text" aria-label="Dataset" value="tide_readings"></section>
<section><h2>Choose chart type</h2><input type="search" aria-label="Search all charts" placeholder="Search all charts"><div class="viz-gallery">${tile('Table', WRITES('table'))}${tile('Big Number', WRITES('big-number'))}${tile('Bar Chart', WRITES('bar'))}${tile('Box Plot', WRITES('box-plot'))}${v(tile('Filter box', DONE), '')}${tile('Line Chart', WRITES('line'))}${tile('Pie Chart', WRITES('pie'))}</div></section>
<button type="button" ${WRITES('create')}>Create new chart</button></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Filter box' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Issue fixtures regenerated: Redmine's seeded issue #42 "Tide gauge offline at Dover" is gone (closed, filtered out); #57 "Tide gauge offline at Deal", another issue, has a row.
  {
    id: 'd10-refuse-chain-redmine-different-issue',
    kind: 'refuse',
    ...both((v) => {
      const row = (id: number, tracker: string, subject: string, extra: string) => `<tr class="issue"><td class="id"><a href="#/issues/${id}">${id}</a></td><td class="tracker">${tracker}</td><td class="status">New</td><td class="subject"><a href="#/issues/${id}">${subject}</a></td><td class="buttons"><a href="#" title="Actions" class="icon-only icon-actions js-contextmenu" ${extra}>Actions</a></td></tr>`;
      return `<div id="main-menu"><a href="#/projects/tides" ${WRITES('overview')}>Overview</a><a href="#/projects/tides/issues" ${WRITES('issues')}>Issues</a><a href="#/projects/tides/issues/new" ${WRITES('new')}>New issue</a></div>
<main id="content"><h2>Issues</h2><fieldset><legend>Filters</legend><label><input type="checkbox" checked> Status: open</label></fieldset>
<table class="list issues"><tr><th>#</th><th>Tracker</th><th>Status</th><th>Subject</th><th></th></tr>${row(41, 'Bug', 'Gauge battery low at Calais', WRITES('issue-41'))}${v(row(42, 'Bug', 'Tide gauge offline at Dover', DONE), row(57, 'Bug', 'Tide gauge offline at Deal', WRITES('issue-57')))}${row(44, 'Feature', 'Tide table import for Dover harbour', WRITES('issue-44'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .locator('table.issues')\n    .getByRole('row')\n    .filter({ hasText: 'Tide gauge offline at Dover' })\n    .getByRole('link', { name: 'Actions' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Mattermost 9.0 (September 2023) stopped shipping Boards (it became a community plugin): the product switcher's "Boards" is gone; "Channels" and "Playbooks" stay.
  {
    id: 'd10-refuse-mattermost9-boards-removed',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<li role="menuitem" class="product-switcher-item" ${extra}>${label}</li>`;
      return `<header class="global-header"><button type="button" aria-label="Product switch menu" aria-expanded="true" ${WRITES('switcher')}>▦</button><span class="product-name">Channels</span><input type="search" aria-label="Search" placeholder="Search"></header>
<ul role="menu" aria-label="Product switcher" class="product-switcher-menu">${item('Channels', WRITES('channels'))}${v(item('Boards', DONE), '')}${item('Playbooks', WRITES('playbooks'))}<li role="separator"></li>${item('Integrations', WRITES('integrations'))}${item('System Console', WRITES('console'))}${item('App Marketplace', WRITES('marketplace'))}</ul>
<nav class="SidebarChannelGroup" aria-label="Channels"><a href="#/tide-club/channels/town-square" ${WRITES('town-square')}>Town Square</a><a href="#/tide-club/channels/boards-feedback" ${WRITES('boards-feedback')}>boards-feedback</a><a href="#/tide-club/channels/dashboards" ${WRITES('dashboards')}>dashboards</a></nav>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Boards' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_10_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
