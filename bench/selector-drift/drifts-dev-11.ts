// Eleventh development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (teams that became workspaces, a storage product's rebrand in its logo alt, an admin's home
// link, a sidebar icon's tooltip, a membership heading, a plugin's name that lost a letter, a sign-in
// label that took phone numbers, a search box that lost its old name, an issue action, a media menu
// entry, an OS type option for a new kernel line and an add-on panel replaced under a new tab name) on
// role, label, placeholder, alt, title, text, menuitem, tab and option locators; Prettier-style
// multi-line chains in the test body and in page objects where the scope step, a filter or the last step
// drifts; component-library, framework and product upgrades (PrimeReact 4, Materialize 1.0, Vaadin 10,
// Storybook 7, AdminLTE 3, Ghost's new publish flow) on class, attribute, XPath, id and test-id locators;
// and releases or fixture changes where any patch would be wrong (the same button now naming the opposite
// action, a feature retired while a look-alike stays, a price rise, a status that went red, a different
// record, a control moved behind a closed menu, another action in the old one's place). Pages carry
// decoys that share words, classes or attributes with the target. Heal cases name the `target` the
// drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Bitbucket Cloud turned teams into workspaces (2020): the navigation's "Teams" became "Workspaces" (where the link sits here is this page's choice).
  {
    id: 'd11-link-bitbucket-teams-to-workspaces',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="app-header"><a href="#/dashboard/overview" ${WRITES('logo')}><img src="${GIF}" alt="Bitbucket" width="24" height="24"></a><nav aria-label="Primary"><ul>${link('dashboard/overview', 'Your work', WRITES('your-work'))}${link('dashboard/repositories', 'Repositories', WRITES('repositories'))}${link('dashboard/projects', 'Projects', WRITES('projects'))}${link('dashboard/pullrequests', 'Pull requests', WRITES('pull-requests'))}${link(v('account/teams', 'account/workspaces'), v('Teams', 'Workspaces'), DONE)}</ul></nav>
<button type="button" ${WRITES('create')}>Create</button><input type="search" aria-label="Search" placeholder="Search"></header>
<main><h1>Your work</h1><section><h2>Recent repositories</h2><a href="#/tidepool/tide-api" ${WRITES('repo-api')}>tidepool / tide-api</a><a href="#/tidepool/gauges" ${WRITES('repo-gauges')}>tidepool / gauges</a></section>
<aside><a href="#/tidepool/${v('team', 'workspace')}-settings" ${WRITES('settings')}>${v('Team settings', 'Workspace settings')}</a><button type="button" ${WRITES('create-team')}>${v('Create team', 'Create workspace')}</button></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Teams', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Primary"] a[href="#/account/workspaces"]',
  },
  // FreeNAS became TrueNAS CORE with 12.0 (October 2020): the web UI's header logo took the new name (FreeNAS Mini hardware became TrueNAS Mini).
  {
    id: 'd11-alt-freenas-to-truenas-core',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="topbar"><a href="#/dashboard" id="logo" ${DONE}><img src="${GIF}" alt="${v('FreeNAS', 'TrueNAS CORE')}" width="140" height="32"></a><button type="button" aria-label="Toggle sidebar" ${WRITES('toggle')}>☰</button><a href="#/ixsystems" ${WRITES('ix')}><img src="${GIF}" alt="iXsystems" width="60" height="20"></a><button type="button" aria-label="Alerts" ${WRITES('alerts')}>🔔</button><button type="button" aria-label="Settings" ${WRITES('settings')}>⚙</button></header>
<nav class="sidenav" aria-label="Main"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/storage/pools" ${WRITES('storage')}>Storage</a><a href="#/sharing" ${WRITES('sharing')}>Sharing</a><a href="#/services" ${WRITES('services')}>Services</a></nav>
<main><h1>Dashboard</h1><section class="widget"><h2>System Information</h2><p>Version: ${v('FreeNAS-11.3-U5', 'TrueNAS-12.0-U8')}</p><p>Hostname: tidepool-nas</p><a href="#/hardware" ${WRITES('hardware')}><img src="${GIF}" alt="${v('FreeNAS Mini', 'TrueNAS Mini')}" width="48" height="48"></a></section>
<section class="widget"><h2>Pool: tank</h2><p>Healthy · 2.1 TiB free</p></section></main>${OUT}`,
    ),
    body: `await page.getByAltText('FreeNAS', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#logo',
  },
  // Joomla 4.0 (August 2021) rebuilt the administrator: Joomla 3's "Control Panel" link became the sidebar's "Home Dashboard".
  {
    id: 'd11-link-joomla4-control-panel-to-home-dashboard',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li class="item"><a href="#/administrator/${href}" ${extra}>${label}</a></li>`;
      return `<header class="header"><a href="#/administrator/" class="logo" ${WRITES('logo')}><img src="${GIF}" alt="Joomla!" width="32" height="32"></a><span class="page-title">${v('Control Panel', 'Home Dashboard')}</span><a href="#/" ${WRITES('site')}>Tidepool</a><button type="button" ${WRITES('user-menu')}>User Menu</button></header>
<nav id="sidebarmenu" aria-label="Main Menu"><ul>${link('index.php', v('Control Panel', 'Home Dashboard'), DONE)}${link('index.php?option=com_cpanel&amp;view=cpanel&amp;dashboard=content', 'Content', WRITES('content'))}${link('index.php?option=com_menus', 'Menus', WRITES('menus'))}${link('index.php?option=com_cpanel&amp;view=cpanel&amp;dashboard=components', 'Components', WRITES('components'))}${link('index.php?option=com_users', 'Users', WRITES('users'))}${link('index.php?option=com_cpanel&amp;view=cpanel&amp;dashboard=system', 'System', WRITES('system'))}</ul></nav>
<main id="content"><section class="module"><h2>Popular Articles</h2><a href="#/administrator/index.php?option=com_content&amp;task=article.edit&amp;id=7" ${WRITES('article')}>Spring tides this weekend</a></section>
<section class="module"><h2>Logged-in Users</h2><p>ada (Administrator)</p></section><a href="#/administrator/index.php?option=com_cpanel&amp;view=cpanel&amp;dashboard=help" ${WRITES('help-dashboard')}>Help Dashboard</a></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Control Panel' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#sidebarmenu a[href="#/administrator/index.php"]',
  },
  // ClickUp 3.0 (2023) replaced the sidebar's "Notifications" with "Inbox" (here the collapsed sidebar shows it as an icon with a tooltip).
  {
    id: 'd11-title-clickup3-notifications-to-inbox',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (title: string, glyph: string, extra: string) => `<a href="#/" class="sidebar-icon" title="${title}" ${extra}>${glyph}</a>`;
      return `<nav class="sidebar collapsed" aria-label="Sidebar">${icon('Home', '⌂', WRITES('home'))}${icon(v('Notifications', 'Inbox'), v('🔔', '📥'), DONE)}${icon('Docs', '📄', WRITES('docs'))}${icon('Dashboards', '▦', WRITES('dashboards'))}${icon('Whiteboards', '▭', WRITES('whiteboards'))}${icon('Goals', '◎', WRITES('goals'))}${icon('Timesheets', '⏱', WRITES('timesheets'))}</nav>
<header class="toolbar"><input type="search" aria-label="Search" placeholder="Search"><a href="#/settings/notifications" title="Notification settings" ${WRITES('notification-settings')}>⚙</a><button type="button" title="New task" ${WRITES('new-task')}>✚</button></header>
<main><h1>Tidepool · Surveys</h1><ul class="task-list"><li>Calibrate Dover gauge</li><li>Publish spring tide table</li></ul><a href="#/space/surveys" title="Open Space" ${WRITES('space')}>Surveys</a></main>${OUT}`;
    }),
    body: `await page.getByTitle('Notifications').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar [title="Inbox"]',
  },
  // Ghost 5.0 (May 2022) renamed membership "Products" "Tiers" (the settings page's heading with them; the exact release is my best recollection).
  {
    id: 'd11-heading-ghost-products-to-tiers',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="gh-nav" aria-label="Admin"><a href="#/dashboard">Dashboard</a><a href="#/posts">Posts</a><a href="#/pages">Pages</a><a href="#/tags">Tags</a><a href="#/members">Members</a><a href="#/offers">Offers</a><a href="#/settings">Settings</a></nav>
<main class="gh-canvas"><header class="gh-canvas-header"><h1 class="gh-canvas-title">${v('Products', 'Tiers')}</h1><button type="button" class="gh-btn gh-btn-primary">${v('New product', 'Add tier')}</button></header>
<section class="gh-main-section"><h2>Free</h2><p>Free preview of Tidepool: the weekly tide notes.</p><h2>Tide club</h2><p>$5/month · $50/year · Every tide table and the spring tide watch.</p></section>
<section class="gh-main-section"><h2>Portal settings</h2><p>Choose what ${v('products', 'tiers')} appear on the signup page.</p><label for="portal-name">Display name in Portal</label><input id="portal-name" type="checkbox" checked></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Products', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: 'h1.gh-canvas-title',
  },
  // Strapi v4 (November 2021) renamed the v3 plugin "Content-Types Builder" "Content-Type Builder" in the admin's menu.
  {
    id: 'd11-text-strapi4-content-types-builder',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string) => `<li><a href="#/${href}">${label}</a></li>`;
      return `<nav class="main-nav" aria-label="Main"><a href="#/" class="brand"><img src="${GIF}" alt="Strapi" width="24" height="24"> Tidepool</a>
<h3>${v('Collection Types', 'Content')}</h3><ul>${v(`${link('plugins/content-manager/collectionType/application::station.station', 'Stations')}${link('plugins/content-manager/collectionType/application::notice.notice', 'Notices')}`, link('content-manager', 'Content Manager'))}</ul>
<h3>Plugins</h3><ul>${link('plugins/content-type-builder', v('Content-Types Builder', 'Content-Type Builder'))}${link('plugins/upload', 'Media Library')}${v(link('plugins/users-permissions', 'Roles &amp; Permissions'), '')}</ul>
<h3>General</h3><ul>${link('list-plugins', 'Plugins')}${link('marketplace', 'Marketplace')}${link('settings', 'Settings')}</ul></nav>
<main><h1>Welcome 👋</h1><p>Build the content types your front end needs, then fill them in.</p><a href="#/plugins/content-type-builder/content-types/station">Edit the Station content type</a></main>`;
    }),
    body: `await expect(page.getByText('Content-Types Builder')).toBeVisible();`,
    expect: 'heal',
    target: 'nav.main-nav a[href="#/plugins/content-type-builder"]',
  },
];

const renamedTextMore: Drift[] = [
  // PayPal's log-in page (around 2017) asked for "Email or mobile number" where it asked for "Email" (sign-in by phone number).
  {
    id: 'd11-label-paypal-email-or-mobile-number',
    kind: 'renamed text',
    ...both(
      (v) => `<header><img src="${GIF}" alt="PayPal" width="100" height="28"></header>
<main class="login"><form class="proceed"><label for="email">${v('Email', 'Email or mobile number')}</label><input id="email" name="login_email" type="${v('email', 'text')}" autocomplete="username">
<label for="password">Password</label><input id="password" name="login_password" type="password" autocomplete="current-password"><a href="#/authflow/password-recovery">Forgot password?</a><button type="button">Log In</button></form>
<div class="separator">or</div><a href="#/signup" class="button secondary">Sign Up</a>
<section class="receipts"><label for="receipt-email">Email for receipts</label><input id="receipt-email" type="email"></section></main>`,
    ),
    body: `await page.getByLabel('Email', { exact: true }).fill('ada@tidepool.example');\n  await expect(page.locator('#email')).toHaveValue('ada@tidepool.example');`,
    expect: 'heal',
    target: '#email',
  },
  // Todoist's redesign (2023) replaced the top bar's "Quick Find" box with "Search" (here still a box in the sidebar; how the new one looks is this page's choice).
  {
    id: 'd11-placeholder-todoist-quick-find-to-search',
    kind: 'renamed text',
    ...both(
      (v) => `${v(`<header class="top_bar"><button type="button" aria-label="Open menu">☰</button><a href="#/app/today">Home</a><div id="quick_find"><input name="q" type="text" placeholder="Quick Find" autocomplete="off"></div><button type="button" aria-label="Quick Add">✚</button><button type="button" aria-label="Productivity">⟳</button></header>`, '')}
<nav id="left_menu" aria-label="Sidebar"><div class="profile"><button type="button">Ada ▾</button></div>${v('', '<div id="quick_find"><input name="q" type="text" placeholder="Search" autocomplete="off"></div><button type="button">Add task</button>')}<ul><li><a href="#/app/inbox">Inbox</a></li><li><a href="#/app/today">Today</a></li><li><a href="#/app/upcoming">Upcoming</a></li><li><a href="#/app/filters-labels">Filters &amp; Labels</a></li></ul>
<h2>Projects</h2><ul><li><a href="#/app/project/tides">Tides</a></li><li><a href="#/app/project/surveys">Surveys</a></li></ul></nav>
<main><h1>Today</h1><ul class="task_list"><li>Calibrate Dover gauge</li><li>Publish spring tide table</li></ul><form class="quick_add"><input name="content" type="text" placeholder="Task name"><input name="description" type="text" placeholder="Description"></form></main>`,
    ),
    body: `await page.getByPlaceholder('Quick Find').fill('tide');\n  await expect(page.locator('input[name="q"]')).toHaveValue('tide');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Sentry (2023) replaced "Ignore" with "Archive" on issues (archive until escalating, for a while, or forever).
  {
    id: 'd11-button-sentry-ignore-to-archive',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="issue-header"><h1>TypeError: Cannot read properties of undefined (reading 'height')</h1><p>tide-web · /stations/[id] · 1.2k events · 84 users</p></header>
<div class="group-actions" role="toolbar" aria-label="Issue actions"><button type="button" ${WRITES('resolve')}>Resolve</button><button type="button" aria-label="More resolve options" ${WRITES('resolve-options')}>▾</button><button type="button" ${DONE}>${v('Ignore', 'Archive')}</button><button type="button" aria-label="${v('Ignore', 'Archive')} options" ${WRITES('archive-options')}>▾</button><button type="button" aria-label="Bookmark" ${WRITES('bookmark')}>☆</button><button type="button" aria-label="Subscribe" ${WRITES('subscribe')}>🔔</button><button type="button" aria-label="More Actions" ${WRITES('more')}>…</button></div>
<main><div role="tablist" aria-label="Issue"><a role="tab" href="#/details" aria-selected="true">Details</a><a role="tab" href="#/activity" aria-selected="false">Activity</a><a role="tab" href="#/events" aria-selected="false">All Events</a></div>
<section><h2>Stack Trace</h2><pre>at stationHeight (app/stations.ts:42)</pre></section><aside><h3>Assigned To</h3><button type="button" ${WRITES('assign')}>Unassigned</button></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Ignore', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.group-actions button:text-is("Archive")',
  },
  // Plex's web app says "Mark as Played" where it said "Mark as Watched" in an item's "…" menu (wording and year from memory: around 2022).
  {
    id: 'd11-menuitem-plex-mark-as-watched-to-played',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" class="menu-item" ${extra}>${label}</button>`;
      return `<nav class="sidebar" aria-label="Libraries"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/watchlist" ${WRITES('watchlist')}>Watchlist</a><a href="#/library/movies" ${WRITES('movies')}>Movies</a><a href="#/library/tv" ${WRITES('tv')}>TV Shows</a><a href="#/library/music" ${WRITES('music')}>Music</a></nav>
<main class="pre-play"><h1>The Tide Table</h1><p>2023 · 1 hr 42 min · PG</p><button type="button" class="play" ${WRITES('play')}>Play</button><button type="button" aria-label="More" aria-expanded="true" ${WRITES('more')}>…</button>
<div role="menu" aria-label="More actions" class="menu">${item('Play Trailer', WRITES('trailer'))}${item(v('Mark as Watched', 'Mark as Played'), DONE)}${item('Add to Watchlist', WRITES('add-watchlist'))}${item('Add to Playlist', WRITES('add-playlist'))}${item('Add to Collection', WRITES('add-collection'))}${item('Get Info', WRITES('info'))}${item('Delete', WRITES('delete'))}</div>
<section><h2>Cast</h2><p>Ada Lovelace · Grace Hopper</p></section></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Mark as Watched' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"]:text-is("Mark as Played")',
  },
  // Proxmox VE's "Create: Virtual Machine" wizard (2023, for Linux 6 kernels) lists the Linux guest OS version "6.x - 2.6 Kernel" where "5.x - 2.6 Kernel" was.
  {
    id: 'd11-option-proxmox-linux-5x-to-6x-kernel',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string, selected = false) => `<div role="option" aria-selected="${selected}" class="x-boundlist-item" ${extra}>${label}</div>`;
      return `<div role="dialog" aria-label="Create: Virtual Machine" class="x-window"><div role="tablist" aria-label="Wizard"><span role="tab" aria-selected="false">General</span><span role="tab" aria-selected="true">OS</span><span role="tab" aria-selected="false">System</span><span role="tab" aria-selected="false">Disks</span></div>
<fieldset><legend>Guest OS</legend><label for="ostype">Type</label><select id="ostype"><option selected>Linux</option><option>Microsoft Windows</option><option>Solaris Kernel</option><option>Other</option></select>
<label for="osversion">Version</label><input id="osversion" role="combobox" aria-expanded="true" aria-controls="osversion-list" value="${v('5.x - 2.6 Kernel', '6.x - 2.6 Kernel')}">
<div id="osversion-list" role="listbox" aria-label="Version">${opt(v('5.x - 2.6 Kernel', '6.x - 2.6 Kernel'), DONE, true)}${opt('2.4 Kernel', WRITES('kernel-24'))}</div></fieldset>
<label for="iso">ISO image</label><select id="iso"><option>debian-12.5.0-amd64-netinst.iso</option></select><button type="button" ${WRITES('back')}>Back</button><button type="button" ${WRITES('next')}>Next</button></div>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: '5.x - 2.6 Kernel' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#osversion-list [role="option"]:text-is("6.x - 2.6 Kernel")',
  },
  // Storybook 6.0 (August 2020) replaced the Knobs add-on with Controls: the add-on panel's "Knobs" tab became "Controls".
  {
    id: 'd11-tab-storybook6-knobs-to-controls',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" class="tabbutton" ${extra}>${label}</button>`;
      return `<nav class="sidebar" aria-label="Stories"><input type="search" aria-label="Find components" placeholder="Find components"><ul><li><a href="#/story/tide-chart--default" ${WRITES('story-default')}>Tide chart / Default</a></li><li><a href="#/story/tide-chart--spring-tide" ${WRITES('story-spring')}>Tide chart / Spring tide</a></li><li><a href="#/story/button--primary" ${WRITES('story-button')}>Button / Primary</a></li></ul></nav>
<main class="preview"><div class="tide-chart">High water 06:12 · 6.4 m</div></main>
<section class="addon-panel"><div role="tablist" aria-label="Addons">${tab(v('Knobs', 'Controls'), DONE, true)}${tab('Actions', WRITES('actions'))}${tab('Accessibility', WRITES('a11y'))}</div><div role="tabpanel"><label for="station">station</label><input id="station" value="Dover"><label for="height">height</label><input id="height" value="6.4"></div>
<a href="#/docs/essentials/${v('knobs', 'controls')}" ${WRITES('docs')}>${v('Knobs', 'Controls')} documentation</a></section>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Knobs' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Controls")',
  },
];

const chains: Drift[] = [
  // Portainer 2.9 (September 2021) renamed endpoints "environments": the sidebar's "Endpoints" became "Environments" (page object).
  {
    id: 'd11-chain-po-portainer29-endpoints-to-environments',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string, sub = false) => `<li class="sidebar-list${sub ? ' sidebar-sublist' : ''}"><a href="#!/${href}" ${extra}>${label}</a></li>`;
      return `<div id="sidebar-wrapper"><div class="sidebar-header"><a href="#!/home" ${WRITES('logo')}><img src="${GIF}" alt="Portainer" width="120" height="24"></a></div><ul class="sidebar"><li class="sidebar-list"><a href="#!/home" ${WRITES('home')}>Home</a></li>
<li class="sidebar-title"><span>local</span></li>${link('1/docker/dashboard', 'Dashboard', WRITES('dashboard'))}${link('1/docker/containers', 'Containers', WRITES('containers'))}${link('1/docker/images', 'Images', WRITES('images'))}${link('1/docker/volumes', 'Volumes', WRITES('volumes'))}
<li class="sidebar-title"><span>Settings</span></li>${link('users', 'Users', WRITES('users'))}${link('endpoints', v('Endpoints', 'Environments'), DONE)}${link('groups', 'Groups', WRITES('groups'), true)}${link('tags', 'Tags', WRITES('tags'), true)}${link('registries', 'Registries', WRITES('registries'))}${link('auth-logs', 'Authentication logs', WRITES('auth-logs'))}${link('settings', 'Settings', WRITES('settings'))}</ul></div>
<main id="page-wrapper"><h1>Home</h1><h2>${v('Endpoints', 'Environments')}</h2><input type="search" aria-label="Search" placeholder="Search by name, group, tag, status, URL..."><ul class="blocklist"><li><a href="#!/1/docker/dashboard" ${WRITES('env-local')}>local · up · Docker 24.0.7</a></li><li><a href="#!/2/docker/dashboard" ${WRITES('env-prod')}>tides-prod · up · Docker 24.0.7</a></li></ul><a href="#!/endpoints/new" ${WRITES('add')}>${v('Add endpoint', 'Add environment')}</a></main>${OUT}`;
    }),
    imports: `import { PortainerSidebar } from './portainer-sidebar';`,
    files: {
      'portainer-sidebar.ts': `import type { Page } from '@playwright/test';

export class PortainerSidebar {
  constructor(readonly page: Page) {}

  async openEndpoints() {
    await this.page
      .locator('#sidebar-wrapper')
      .getByRole('link', { name: 'Endpoints' })
      .click();
  }

  async openRegistries() {
    await this.page
      .locator('#sidebar-wrapper')
      .getByRole('link', { name: 'Registries' })
      .click();
  }
}
`,
    },
    body: `await new PortainerSidebar(page).openEndpoints();\n  ${CHECK}`,
    expect: 'heal',
    target: '#sidebar-wrapper a[href="#!/endpoints"]',
  },
  // Zabbix 6.4 (March 2023) reorganised the main menu: "Configuration" became "Data collection" (with Hosts), and actions moved to a new "Alerts" menu (the filter step drifts).
  {
    id: 'd11-chain-filter-zabbix64-configuration-to-data-collection',
    kind: 'multi-line chain',
    ...both((v) => {
      const sub = (action: string, label: string, extra: string) => `<li><a href="#/zabbix.php?action=${action}" ${extra}>${label}</a></li>`;
      const menu = (label: string, items: string) => `<li class="has-submenu"><a href="#" class="menu-toggle">${label}</a><ul class="submenu">${items}</ul></li>`;
      return `<aside class="sidebar"><a href="#/zabbix.php?action=dashboard.view" class="logo" ${WRITES('logo')}>ZABBIX</a><input type="search" aria-label="Search" placeholder="Search"><nav class="menu-main" aria-label="Main"><ul>
${menu('Dashboards', sub('dashboard.view', 'Dashboards', WRITES('dashboards')))}${menu('Monitoring', `${sub('problem.view', 'Problems', WRITES('problems'))}${sub('host.view', 'Hosts', WRITES('monitoring-hosts'))}${sub('latest.view', 'Latest data', WRITES('latest'))}${sub('map.view', 'Maps', WRITES('maps'))}`)}${menu('Inventory', `${sub('inventory.overview', 'Overview', WRITES('inventory-overview'))}${sub('inventory.hosts', 'Hosts', WRITES('inventory-hosts'))}`)}${menu('Reports', sub('report.status', 'System information', WRITES('sysinfo')))}
${menu(v('Configuration', 'Data collection'), `${sub('templategroup.list', 'Template groups', WRITES('template-groups'))}${sub('hostgroup.list', 'Host groups', WRITES('host-groups'))}${sub('template.list', 'Templates', WRITES('templates'))}${sub('host.list', 'Hosts', DONE)}${sub('maintenance.list', 'Maintenance', WRITES('maintenance'))}${v(sub('action.list', 'Actions', WRITES('actions')), '')}${sub('discovery.list', 'Discovery', WRITES('discovery'))}`)}${v('', menu('Alerts', `${sub('action.list', 'Actions', WRITES('actions'))}${sub('mediatype.list', 'Media types', WRITES('media-types'))}`))}${menu('Administration', `${sub('gui.edit', 'General', WRITES('general'))}${sub('proxy.list', 'Proxies', WRITES('proxies'))}${sub('user.list', 'Users', WRITES('users'))}`)}</ul></nav></aside>
<main><h1>Global view</h1><p>Problems by severity: 2 average, 1 warning.</p><a href="#/zabbix.php?action=host.view&amp;filter_host=dover-gauge" ${WRITES('dover')}>dover-gauge</a></main>${OUT}`;
    }),
    body: `await page\n    .locator('li.has-submenu')\n    .filter({ hasText: 'Configuration' })\n    .getByRole('link', { name: 'Hosts', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.has-submenu a[href="#/zabbix.php?action=host.list"]',
  },
  // Calendly's redesign (2024, as I recall it) moved the home page's tabs into a sidebar: "Scheduled Events" became "Meetings" (page object).
  {
    id: 'd11-chain-po-calendly-scheduled-events-to-meetings',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/app/${href}" ${extra}>${label}</a></li>`;
      return `<header class="app-header"><a href="#/app/home" ${WRITES('logo')}><img src="${GIF}" alt="Calendly" width="100" height="24"></a><button type="button" ${WRITES('account')}>Ada ▾</button></header>
<nav aria-label="Main" class="${v('home-tabs', 'sidebar')}"><ul>${v(`${link('event_types/user/me', 'Event Types', WRITES('event-types'))}${link('scheduled_events/user/me', 'Scheduled Events', DONE)}${link('workflows', 'Workflows', WRITES('workflows'))}${link('routing', 'Routing', WRITES('routing'))}`, `${link('scheduling/meeting_types/user/me', 'Scheduling', WRITES('scheduling'))}${link('scheduled_events/user/me', 'Meetings', DONE)}${link('availability', 'Availability', WRITES('availability'))}${link('contacts', 'Contacts', WRITES('contacts'))}${link('workflows', 'Workflows', WRITES('workflows'))}${link('integrations', 'Integrations &amp; apps', WRITES('integrations'))}${link('routing', 'Routing', WRITES('routing'))}`)}</ul></nav>
<main><h1>${v('My Calendly', 'Scheduling')}</h1><section class="event-type-card"><h2>Tide walk · 30 min</h2><a href="#/ada/tide-walk" ${WRITES('booking-page')}>View booking page</a><button type="button" ${WRITES('copy-link')}>Copy link</button></section>
<section><h2>Upcoming</h2><a href="#/app/scheduled_events/user/me?period=upcoming" ${WRITES('upcoming')}>View all scheduled events</a></section></main>${OUT}`;
    }),
    imports: `import { HomeNav } from './home-nav';`,
    files: {
      'home-nav.ts': `import type { Page } from '@playwright/test';

export class HomeNav {
  constructor(readonly page: Page) {}

  async openScheduledEvents() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Scheduled Events' })
      .click();
  }

  async openWorkflows() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workflows' })
      .click();
  }
}
`,
    },
    body: `await new HomeNav(page).openScheduledEvents();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/app/scheduled_events/user/me"]',
  },
  // Proxmox VE (8.x, 2023; the exact release is my best recollection) calls the Datacenter's Permissions > "Authentication" panel "Realms" (page object).
  {
    id: 'd11-chain-po-proxmox-authentication-to-realms',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string, sub = false) => `<li${sub ? ' class="sub"' : ''}><a href="#/datacenter/${href}" ${extra}>${label}</a></li>`;
      return `<header class="pve-header"><span class="brand">PROXMOX Virtual Environment</span><input type="search" aria-label="Search" placeholder="Search"><a href="#/docs" ${WRITES('docs')}>Documentation</a><button type="button" ${WRITES('create-vm')}>Create VM</button><button type="button" ${WRITES('create-ct')}>Create CT</button><button type="button" ${WRITES('user')}>root@pam ▾</button></header>
<div class="resource-tree"><a href="#/datacenter" ${WRITES('tree-datacenter')}>Datacenter</a><a href="#/node/tide1" ${WRITES('tree-node')}>tide1</a></div>
<nav aria-label="Datacenter" class="config-menu"><ul>${link('summary', 'Summary', WRITES('summary'))}${link('options', 'Options', WRITES('options'))}${link('storage', 'Storage', WRITES('storage'))}${link('backup', 'Backup', WRITES('backup'))}${link('permissions', 'Permissions', WRITES('permissions'))}${link('users', 'Users', WRITES('users'), true)}${link('tokens', 'API Tokens', WRITES('tokens'), true)}${link('tfa', 'Two Factor', WRITES('tfa'), true)}${link('groups', 'Groups', WRITES('groups'), true)}${link('pools', 'Pools', WRITES('pools'), true)}${link('roles', 'Roles', WRITES('roles'), true)}${link('domains', v('Authentication', 'Realms'), DONE, true)}${link('ha', 'HA', WRITES('ha'))}${link('firewall', 'Firewall', WRITES('firewall'))}</ul></nav>
<main><h1>Datacenter · Permissions</h1><table aria-label="Permissions"><tr><th>Path</th><th>User/Group/API Token</th><th>Role</th></tr><tr><td>/</td><td>ada@pve</td><td>PVEAdmin</td></tr></table><button type="button" ${WRITES('add')}>Add</button><p>Users sign in through the pam, pve or an LDAP realm.</p></main>${OUT}`;
    }),
    imports: `import { DatacenterMenu } from './datacenter-menu';`,
    files: {
      'datacenter-menu.ts': `import type { Page } from '@playwright/test';

export class DatacenterMenu {
  constructor(readonly page: Page) {}

  async openAuthentication() {
    await this.page
      .getByRole('navigation', { name: 'Datacenter' })
      .getByRole('link', { name: 'Authentication' })
      .click();
  }

  async openRoles() {
    await this.page
      .getByRole('navigation', { name: 'Datacenter' })
      .getByRole('link', { name: 'Roles' })
      .click();
  }
}
`,
    },
    body: `await new DatacenterMenu(page).openAuthentication();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Datacenter"] a[href="#/datacenter/domains"]',
  },
  // Quasar 1.0 (July 2019) renamed QLayoutHeader QHeader: the header's `.q-layout-header` became `.q-header` (page object, the scope step drifts).
  {
    id: 'd11-chain-po-quasar1-q-layout-header-to-q-header',
    kind: 'multi-line chain',
    ...both((v) => {
      const btn = (label: string, icon: string, extra: string) => `<button type="button" class="q-btn q-btn-item non-selectable ${v('q-btn-flat q-btn-round', 'q-btn--flat q-btn--round')}" aria-label="${label}" ${extra}><span class="q-btn__content">${icon}</span></button>`;
      return `<div class="q-layout">${v('<header class="q-layout-header fixed-top">', '<header class="q-header q-layout__section--marginal fixed-top bg-primary text-white">')}<div class="q-toolbar row no-wrap items-center">${btn('Menu', '☰', DONE)}<div class="q-toolbar-title">Tidepool</div>${btn('Notifications', '🔔', WRITES('notifications'))}${btn('Account', '👤', WRITES('account'))}</div></header>
<aside class="${v('q-layout-drawer q-layout-drawer-left', 'q-drawer q-drawer--left')}"><div class="q-list"><a href="#/" class="q-item" ${WRITES('home')}>Home</a><a href="#/stations" class="q-item" ${WRITES('stations')}>Stations</a></div></aside>
<main class="${v('q-layout-page', 'q-page')}"><h1>Stations</h1><p>Dover · high water 06:12</p></main>
${v('<footer class="q-layout-footer">', '<footer class="q-footer q-layout__section--marginal">')}<div class="q-toolbar row no-wrap items-center">${btn('Menu', '⋯', WRITES('footer-menu'))}<span>Tidepool 2.4.0</span></div></footer></div>${OUT}`;
    }),
    imports: `import { AppHeader } from './app-header';`,
    files: {
      'app-header.ts': `import type { Page } from '@playwright/test';

export class AppHeader {
  constructor(readonly page: Page) {}

  async openMenu() {
    await this.page
      .locator('.q-layout-header')
      .getByRole('button', { name: 'Menu' })
      .click();
  }

  async openAccount() {
    await this.page
      .locator('.q-layout-header')
      .getByRole('button', { name: 'Account' })
      .click();
  }
}
`,
    },
    body: `await new AppHeader(page).openMenu();\n  ${CHECK}`,
    expect: 'heal',
    target: '.q-header button[aria-label="Menu"]',
  },
];

const chainsMore: Drift[] = [
  // Directus 9 (2021) replaced Directus 8's "Collections" module with the module bar's "Content" (route /collections -> /content) (page object).
  {
    id: 'd11-chain-po-directus9-collections-to-content',
    kind: 'multi-line chain',
    ...both((v) => {
      const mod = (href: string, label: string, icon: string, extra: string) => `<a href="#/admin/${href}" class="module-bar-link" aria-label="${label}" ${extra}>${icon}</a>`;
      return `<nav aria-label="Modules" class="module-bar"><a href="#/admin" class="logo" aria-label="Directus" ${WRITES('logo')}>🐰</a>${mod(v('collections', 'content'), v('Collections', 'Content'), '▤', DONE)}${mod('users', 'User Directory', '👥', WRITES('users'))}${mod('files', 'File Library', '🗀', WRITES('files'))}${v('', mod('insights', 'Insights', '📈', WRITES('insights')))}${mod('settings', 'Settings', '⚙', WRITES('settings'))}</nav>
<nav aria-label="${v('Collections', 'Content')}" class="module-nav"><h2>${v('Collections', 'Content')}</h2><a href="#/admin/${v('collections', 'content')}/stations" ${WRITES('stations')}>Stations</a><a href="#/admin/${v('collections', 'content')}/readings" ${WRITES('readings')}>Readings</a><a href="#/admin/${v('collections', 'content')}/notices" ${WRITES('notices')}>Notices</a></nav>
<main><h1>Stations</h1><button type="button" ${WRITES('create')}>Create Item</button><p>Manage the collections themselves under Settings &gt; Data Model.</p><a href="#/admin/settings/data-model" ${WRITES('data-model')}>Data Model</a></main>${OUT}`;
    }),
    imports: `import { ModuleBar } from './module-bar';`,
    files: {
      'module-bar.ts': `import type { Page } from '@playwright/test';

export class ModuleBar {
  constructor(readonly page: Page) {}

  async openCollections() {
    await this.page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Collections' })
      .click();
  }

  async openFileLibrary() {
    await this.page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'File Library' })
      .click();
  }
}
`,
    },
    body: `await new ModuleBar(page).openCollections();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Modules"] a[href="#/admin/content"]',
  },
  // pfSense 2.7.0 / Plus 23.05 (2023) renamed the System menu's "Cert. Manager" "Certificates" (my recollection of the release; page object).
  {
    id: 'd11-chain-po-pfsense-cert-manager-to-certificates',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav class="navbar" aria-label="Main"><a href="#/" class="navbar-brand" ${WRITES('brand')}>pfSense</a><ul class="nav navbar-nav"><li class="dropdown open"><a href="#" class="dropdown-toggle" ${WRITES('system-toggle')}>System</a><ul class="dropdown-menu" aria-label="System">${item('system_advanced_admin.php', 'Advanced', WRITES('advanced'))}${item(v('system_camanager.php', 'system_certmanager.php'), v('Cert. Manager', 'Certificates'), DONE)}${item('system.php', 'General Setup', WRITES('general'))}${item('system_hasync.php', 'High Avail. Sync', WRITES('ha'))}${item('pkg_mgr_installed.php', 'Package Manager', WRITES('packages'))}${item('system_usermanager.php', 'User Manager', WRITES('users'))}${item('system_update_settings.php', 'Update', WRITES('update'))}</ul></li>
<li><a href="#" ${WRITES('interfaces')}>Interfaces</a></li><li><a href="#" ${WRITES('firewall')}>Firewall</a></li><li><a href="#" ${WRITES('services')}>Services</a></li><li><a href="#" ${WRITES('vpn')}>VPN</a></li></ul></nav>
<main><h1>Status / Dashboard</h1><section class="panel"><h2>System Information</h2><p>Version ${v('2.6.0-RELEASE', '2.7.0-RELEASE')}</p><a href="#/system_certmanager.php?act=edit&amp;id=0" ${WRITES('webgui-cert')}>webConfigurator default certificate</a></section><section class="panel"><h2>Certificates</h2><p>1 certificate expires in 30 days.</p></section></main>${OUT}`;
    }),
    imports: `import { SystemMenu } from './system-menu';`,
    files: {
      'system-menu.ts': `import type { Page } from '@playwright/test';

export class SystemMenu {
  constructor(readonly page: Page) {}

  async openCertManager() {
    await this.page
      .getByRole('list', { name: 'System' })
      .getByRole('link', { name: 'Cert. Manager' })
      .click();
  }

  async openUserManager() {
    await this.page
      .getByRole('list', { name: 'System' })
      .getByRole('link', { name: 'User Manager' })
      .click();
  }
}
`,
    },
    body: `await new SystemMenu(page).openCertManager();\n  ${CHECK}`,
    expect: 'heal',
    target: 'ul[aria-label="System"] a[href="#/system_certmanager.php"]',
  },
  // SonarQube (8.x, around 2020, as I recall) renamed the project navigation's "Administration" menu "Project Settings"; the global "Administration" stays.
  {
    id: 'd11-chain-sonarqube-administration-to-project-settings',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      return `<nav aria-label="Global" class="global-navbar">${link('projects', 'Projects', WRITES('projects'))}${link('issues', 'Issues', WRITES('issues'))}${link('coding_rules', 'Rules', WRITES('rules'))}${link('profiles', 'Quality Profiles', WRITES('profiles'))}${link('quality_gates', 'Quality Gates', WRITES('gates'))}${link('admin/settings', 'Administration', WRITES('global-admin'))}<input type="search" aria-label="Search" placeholder="Search for projects..."></nav>
<nav aria-label="Project" class="navbar-context"><h1>tide-api</h1><div class="navbar-context-tabs">${link('dashboard?id=tide-api', 'Overview', WRITES('overview'))}${link('project/issues?id=tide-api', 'Issues', WRITES('project-issues'))}${link('security_hotspots?id=tide-api', 'Security Hotspots', WRITES('hotspots'))}${link('component_measures?id=tide-api', 'Measures', WRITES('measures'))}${link('code?id=tide-api', 'Code', WRITES('code'))}${link('project/activity?id=tide-api', 'Activity', WRITES('activity'))}</div>
<div class="navbar-context-meta"><button type="button" aria-haspopup="menu" ${DONE}>${v('Administration', 'Project Settings')} ▾</button>${v('', `<button type="button" ${WRITES('project-info')}>Project Information</button>`)}</div></nav>
<main><h2>Quality Gate Status</h2><p>Passed</p><a href="#/project/settings?id=tide-api" ${WRITES('settings-link')}>Set a new code definition</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Project' })\n    .getByRole('button', { name: 'Administration' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Project"] button[aria-haspopup="menu"]',
  },
  // Integromat renamed itself Make (February 2022); the card on ClickUp's integrations page followed (the filter step drifts).
  {
    id: 'd11-chain-filter-clickup-integromat-to-make',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, blurb: string, installed: boolean, extra: string) => `<article class="integration-card"><img src="${GIF}" alt="" width="40" height="40"><h3>${name}</h3><p>${blurb}</p>${installed ? `<span class="badge">Installed</span><a href="#/integrations/${name.toLowerCase()}/settings" ${WRITES(`manage-${name.toLowerCase()}`)}>Manage</a>` : `<a href="#/integrations/${name.toLowerCase()}" ${extra}>Learn more</a>`}</article>`;
      return `<header><h1>Integrations</h1><input type="search" aria-label="Search apps" placeholder="Search apps"><div role="tablist" aria-label="Categories"><button type="button" role="tab" aria-selected="true">All</button><button type="button" role="tab" aria-selected="false">Automation</button></div></header>
<main class="integration-grid">${card('Zapier', 'Connect ClickUp to thousands of apps without code.', true, '')}${card(v('Integromat', 'Make'), 'Build visual scenarios that move tasks between ClickUp and other tools.', false, DONE)}${card('Automate.io', 'Sync tasks with your CRM and spreadsheets.', false, WRITES('automate'))}${card('Unito', 'Two-way sync with Jira, Asana and GitHub.', false, WRITES('unito'))}</main>
<footer><a href="#/api" ${WRITES('api')}>Build your own with the ClickUp API</a></footer>${OUT}`;
    }),
    body: `await page\n    .locator('.integration-card')\n    .filter({ hasText: 'Integromat' })\n    .getByRole('link', { name: 'Learn more' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.integration-card:has(h3:text-is("Make")) a',
  },
  // Pi-hole v6 (February 2025) renamed Group Management's "Adlists" "Lists" (lists can now allow as well as block; page /groups-adlists.php -> /groups/lists).
  {
    id: 'd11-chain-pihole6-adlists-to-lists',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/admin/${href}" ${extra}>${label}</a></li>`;
      return `<header class="main-header"><a href="#/admin/" class="logo" ${WRITES('logo')}>Pi-hole</a><span class="status">Active · Load 0.12</span></header>
<aside class="main-sidebar"><ul class="sidebar-menu" data-widget="tree"><li class="header">MAIN</li>${link('', 'Dashboard', WRITES('dashboard'))}${link('queries', 'Query Log', WRITES('queries'))}
<li class="treeview menu-open"><a href="#" ${WRITES('group-toggle')}>Group Management</a><ul class="treeview-menu">${link(v('groups.php', 'groups'), 'Groups', WRITES('groups'))}${link(v('groups-clients.php', 'groups/clients'), 'Clients', WRITES('clients'))}${link(v('groups-domains.php', 'groups/domains'), 'Domains', WRITES('domains'))}${link(v('groups-adlists.php', 'groups/lists'), v('Adlists', 'Lists'), DONE)}</ul></li>
${link('gravity', 'Update Gravity', WRITES('gravity'))}${link('settings', 'Settings', WRITES('settings'))}</ul></aside>
<main class="content-wrapper"><h1>Dashboard</h1><div class="small-box"><h3>12,481</h3><p>Domains on ${v('Adlists', 'Lists')}</p><a href="#/admin/${v('groups-adlists.php', 'groups/lists')}" ${WRITES('box-link')}>More info</a></div></main>${OUT}`;
    }),
    body: `await page\n    .locator('.sidebar-menu')\n    .getByRole('link', { name: 'Adlists' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar-menu a[href="#/admin/groups/lists"]',
  },
];

const others: Drift[] = [
  // PrimeReact 4 (2020), following PrimeNG 9, moved its classes from the `ui-` prefix to `p-`: `.ui-dialog-footer .ui-button-danger` became `.p-dialog-footer .p-button-danger`.
  {
    id: 'd11-css-primereact4-ui-to-p-prefix',
    kind: 'css class',
    ...both((v) => {
      const p = (cls: string) => cls.split(' ').map((c) => v(`ui-${c}`, `p-${c}`)).join(' ');
      const btn = (label: string, mod: string, extra: string) => `<button type="button" class="${p(`button component${mod ? ` button-${mod}` : ''}`)}" ${extra}><span class="${p('button-text')}">${label}</span></button>`;
      return `<div class="${p('toolbar component')}"><div class="${p('toolbar-group-left')}">${btn('New station', '', WRITES('new'))}${btn('Delete selected', 'danger', WRITES('toolbar-delete'))}</div></div>
<div class="${p('datatable component')}"><table><thead><tr><th>Station</th><th>High water</th></tr></thead><tbody><tr class="${p('highlight')}"><td>Dover</td><td>06:12</td></tr><tr><td>Calais</td><td>06:31</td></tr></tbody></table></div>
<div class="${p('dialog component')}" role="dialog" aria-labelledby="dlg-title"><div class="${p('dialog-titlebar')}"><span id="dlg-title" class="${p('dialog-title')}">Delete station</span><button type="button" class="${p('dialog-titlebar-icon dialog-titlebar-close')}" aria-label="Close" ${WRITES('close')}>×</button></div>
<div class="${p('dialog-content')}"><p>Delete Dover and its 12,481 readings?</p></div><div class="${p('dialog-footer')}">${btn('Cancel', 'secondary', WRITES('cancel'))}${btn('Delete', 'danger', DONE)}</div></div>${OUT}`;
    }),
    body: `await page.locator('.ui-dialog-footer .ui-button-danger').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.p-dialog-footer .p-button-danger',
  },
  // Materialize 1.0 (September 2018) renamed Side Nav: the trigger's `.button-collapse[data-activates="…"]` became `.sidenav-trigger[data-target="…"]` (dropdown triggers took `data-target` too).
  {
    id: 'd11-attr-materialize1-data-activates-to-data-target',
    kind: 'css class',
    ...both((v) => {
      const trigger = (cls: string, target: string, label: string, extra: string) => `<a href="#" class="${cls}" ${v('data-activates', 'data-target')}="${target}" ${extra}>${label}</a>`;
      return `<nav class="teal"><div class="nav-wrapper"><a href="#/" class="brand-logo" ${WRITES('brand')}>Tidepool</a>${trigger(v('button-collapse', 'sidenav-trigger'), 'slide-out', '☰', DONE)}<ul class="right hide-on-med-and-down"><li><a href="#/stations" ${WRITES('stations')}>Stations</a></li><li>${trigger(v('dropdown-button', 'dropdown-trigger'), 'account-menu', 'Ada ▾', WRITES('account'))}</li></ul></div></nav>
<ul id="account-menu" class="dropdown-content"><li><a href="#/profile">Profile</a></li><li><a href="#/logout">Log out</a></li></ul>
<ul id="slide-out" class="${v('side-nav', 'sidenav')}"><li><a href="#/stations">Stations</a></li><li><a href="#/alerts">Alerts</a></li></ul>
<main class="container"><h1>Dover</h1><div class="card"><div class="card-content"><span class="card-title">High water 06:12</span></div><div class="card-action"><a href="#share-modal" class="modal-trigger" ${WRITES('share')}>Share</a></div></div></main>${OUT}`;
    }),
    body: `await page.locator('[data-activates="slide-out"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-target="slide-out"]',
  },
  // Vaadin 10 (June 2018) replaced Vaadin 8's GWT widgets with web components: a primary `div.v-button.v-button-primary` became `<vaadin-button theme="primary">`.
  {
    id: 'd11-xpath-vaadin10-v-button-to-vaadin-button',
    kind: 'xpath',
    ...both((v) => {
      const btn = (label: string, style: string, extra: string) =>
        v(
          `<div tabindex="0" role="button" class="v-button v-widget${style ? ` ${style} v-button-${style}` : ''}" ${extra}><span class="v-button-wrap"><span class="v-button-caption">${label}</span></span></div>`,
          `<vaadin-button tabindex="0" role="button"${style ? ` theme="${style}"` : ''} ${extra}>${label}</vaadin-button>`,
        );
      return `<div class="${v('v-app v-verticallayout', 'app-layout')}"><header><span>Tidepool</span>${btn('Sign out', 'tertiary', WRITES('sign-out'))}</header>
<div class="${v('v-formlayout', 'form-layout')}"><h2>Edit station</h2><label for="name">Name</label><input id="name" value="Dover"><label for="offset">Chart datum offset (m)</label><input id="offset" value="3.67">
<div class="buttons">${btn('Save', 'primary', DONE)}${btn('Cancel', '', WRITES('cancel'))}${btn('Delete', 'danger', WRITES('delete'))}</div></div>
<div class="${v('v-grid', 'grid')}"><table><tr><th>Station</th><th></th></tr><tr><td>Calais</td><td>${btn('Edit', 'small', WRITES('edit-calais'))}</td></tr></table></div></div>${OUT}`;
    }),
    body: `await page.locator('//div[contains(@class, "v-button-primary")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'vaadin-button[theme="primary"]',
  },
  // Storybook 7 (March 2023) renamed the preview's root elements: a story renders into `#storybook-root` instead of `#root` (docs into `#storybook-docs` instead of `#docs-root`).
  {
    id: 'd11-id-storybook7-root-to-storybook-root',
    kind: 'id',
    ...both((v) => {
      const button = (label: string, extra: string) => `<button type="button" class="storybook-button storybook-button--primary storybook-button--medium" ${extra}>${label}</button>`;
      return `<nav class="sidebar" aria-label="Stories"><a href="#/story/example-button--primary" ${WRITES('nav-primary')}>Button / Primary</a><a href="#/story/example-button--secondary" ${WRITES('nav-secondary')}>Button / Secondary</a><a href="#/docs/example-button--docs" ${WRITES('nav-docs')}>Button / Docs</a></nav>
<div class="sb-show-main sb-main-padded"><div id="${v('root', 'storybook-root')}">${button('Subscribe to tide alerts', DONE)}</div>
<div id="${v('docs-root', 'storybook-docs')}"><h1>Button</h1><p>Primary UI component for user interaction</p><div class="docs-story">${button('Subscribe to tide alerts', WRITES('docs-button'))}</div></div></div>
<div id="root-portal"><button type="button" class="storybook-button storybook-button--secondary" ${WRITES('portal')}>Dismiss</button></div>${OUT}`;
    }),
    body: `await page.locator('#root .storybook-button--primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#storybook-root .storybook-button--primary',
  },
  // AdminLTE 3 (2019, on Bootstrap 4) renamed the sidebar: `ul.sidebar-menu` / `.treeview-menu` became `ul.nav-sidebar` / `.nav-treeview`, and the active entry is `a.nav-link.active` instead of `li.active`.
  {
    id: 'd11-css-adminlte3-treeview-menu-to-nav-treeview',
    kind: 'css class',
    ...both((v) => {
      const sub = (label: string, active: boolean, extra: string) => v(`<li${active ? ' class="active"' : ''}><a href="#/" ${extra}><i class="fa fa-circle-o"></i> ${label}</a></li>`, `<li class="nav-item"><a href="#/" class="nav-link${active ? ' active' : ''}" ${extra}><i class="far fa-circle nav-icon"></i><p>${label}</p></a></li>`);
      const tree = (label: string, open: boolean, items: string) => v(`<li class="treeview${open ? ' active menu-open' : ''}"><a href="#"><i class="fa fa-folder"></i> <span>${label}</span></a><ul class="treeview-menu">${items}</ul></li>`, `<li class="nav-item has-treeview${open ? ' menu-open' : ''}"><a href="#" class="nav-link${open ? ' active' : ''}"><i class="nav-icon fas fa-folder"></i><p>${label}</p></a><ul class="nav nav-treeview">${items}</ul></li>`);
      return `<aside class="main-sidebar"><a href="#/" class="${v('logo', 'brand-link')}" ${WRITES('brand')}>Tidepool Admin</a><ul class="${v('sidebar-menu', 'nav nav-pills nav-sidebar flex-column')}" ${v('data-widget="tree"', 'data-widget="treeview" role="menu"')}><li class="${v('header', 'nav-header')}">MAIN NAVIGATION</li>
${tree('Stations', true, `${sub('All stations', false, WRITES('all'))}${sub('Tide readings', true, DONE)}${sub('Calibration', false, WRITES('calibration'))}`)}${tree('Reports', false, `${sub('Monthly', false, WRITES('monthly'))}${sub('Spring tides', false, WRITES('spring'))}`)}</ul></aside>
<div class="content-wrapper"><section class="content-header"><h1>Tide readings</h1></section><section class="content"><div class="${v('box', 'card')}"><p>12,481 readings this month.</p><a href="#/" class="btn btn-primary active" ${WRITES('export')}>Export</a></div></section></div>${OUT}`;
    }),
    body: `await page.locator('.sidebar-menu .treeview-menu li.active a').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.nav-sidebar .nav-treeview a.nav-link.active',
  },
  // Ghost 5 (2022) replaced the editor's publish menu with a publish flow: the trigger's `data-test-publishmenu-trigger` became `data-test-button="publish-flow"` (test attributes as I recall them from Ghost's admin tests).
  {
    id: 'd11-testid-ghost5-publish-flow-button',
    kind: 'test id',
    ...both(
      (v) => `<header class="gh-editor-header"><a href="#/posts" class="gh-editor-back-button" ${WRITES('back')}>Posts</a><span class="gh-editor-post-status">Draft</span>
<section class="gh-editor-publish-buttons">${v(`<div class="gh-publishmenu-trigger" role="button" tabindex="0" data-test-publishmenu-trigger ${DONE}>Publish <span>▾</span></div><button type="button" class="gh-btn gh-editor-preview-trigger" data-test-button="preview" ${WRITES('preview')}>Preview</button>`, `<button type="button" class="gh-btn gh-editor-preview-trigger" data-test-button="publish-preview" ${WRITES('preview')}>Preview</button><button type="button" class="gh-btn gh-btn-editor darkgrey gh-publish-trigger" data-test-button="publish-flow" ${DONE}>Publish</button>`)}<button type="button" class="settings-menu-toggle" aria-label="Settings" data-test-psm-trigger ${WRITES('settings')}>⚙</button></section></header>
<main class="gh-koenig-editor"><h1 class="gh-editor-title">Spring tides this weekend</h1><p>High water at Dover is 06:12 on Saturday.</p></main>${OUT}`,
    ),
    body: `await page.locator('[data-test-publishmenu-trigger]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-test-button="publish-flow"]',
  },
];

const refuse: Drift[] = [
  // The seeded movie has been watched to the end (fixture change): Jellyfin's details page shows "Mark unplayed" on the same play-state button where "Mark played" was.
  {
    id: 'd11-refuse-same-button-jellyfin-mark-unplayed',
    kind: 'refuse',
    ...both(
      (v) => `<div class="skinHeader"><button type="button" title="Back" ${WRITES('back')}>←</button><a href="#/home.html" ${WRITES('home')}>Home</a><button type="button" title="Search" ${WRITES('search')}>⌕</button><button type="button" title="Play on another device" ${WRITES('cast')}>📺</button></div>
<main class="itemDetailPage"><h1>The Tide Table</h1><p>2023 · 1h 42m · ${v('', 'Watched · ')}PG</p>
<div class="mainDetailButtons"><button type="button" class="button-flat btnPlay detailButton" title="${v('Play', 'Play again')}" ${WRITES('play')}>▶</button><button type="button" class="button-flat btnPlaystate detailButton${v('', ' playstatebutton-played')}" title="${v('Mark played', 'Mark unplayed')}" ${v(DONE, WRITES('mark-unplayed'))}>✓</button><button type="button" class="button-flat btnUserRating detailButton" title="Add to favorites" ${WRITES('favorite')}>♡</button><button type="button" class="button-flat btnMoreCommands detailButton" title="More" ${WRITES('more')}>⋮</button></div>
<section><h2>Next up</h2><a href="#/details?id=42" title="The Tide Table II" ${WRITES('next')}>The Tide Table II</a></section></main>${OUT}`,
    ),
    body: `await page.getByTitle('Mark played').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded user already approved the pull request (fixture change): Bitbucket's approve button reads "Unapprove" where "Approve" was.
  {
    id: 'd11-refuse-same-button-bitbucket-unapprove',
    kind: 'refuse',
    ...both(
      (v) => `<header class="pr-header"><h1>Update Dover gauge offsets</h1><p><span class="lozenge">OPEN</span> dover-offsets → main</p>
<div class="pr-actions"><button type="button" class="approve-button${v('', ' approved')}" ${v(DONE, WRITES('unapprove'))}>${v('Approve', 'Unapprove')}</button><button type="button" ${WRITES('request-changes')}>Request changes</button><button type="button" class="primary" ${WRITES('merge')}>Merge</button><button type="button" aria-label="More actions" ${WRITES('more')}>…</button></div></header>
<aside class="pr-sidebar"><h2>Reviewers</h2><ul><li>Grace Hopper${v('', ' · approved')}</li><li>Linus Lee · approved</li></ul><p>${v('1 approval', '2 approvals')}</p></aside>
<main><div role="tablist" aria-label="Pull request"><a role="tab" href="#/overview" aria-selected="true">Overview</a><a role="tab" href="#/commits" aria-selected="false">Commits</a></div><p>3 commits · 2 files changed</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Approve', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded issue is already resolved (fixture change): Sentry's issue header shows a "Resolved" button labelled "Unresolve" where "Resolve" was.
  {
    id: 'd11-refuse-same-button-sentry-unresolve',
    kind: 'refuse',
    ...both(
      (v) => `<header class="issue-header"><h1>TypeError: Cannot read properties of undefined (reading 'height')</h1><p>tide-web · ${v('Unresolved', 'Resolved in 2.4.1')}</p>
<div class="group-actions" role="toolbar" aria-label="Issue actions">${v(`<button type="button" ${DONE}>Resolve</button><button type="button" aria-label="More resolve options" ${WRITES('resolve-options')}>▾</button>`, `<button type="button" aria-label="Unresolve" class="resolved" ${WRITES('unresolve')}>✓ Resolved</button>`)}<button type="button" ${WRITES('archive')}>Archive</button><button type="button" aria-label="Bookmark" ${WRITES('bookmark')}>☆</button><button type="button" aria-label="More Actions" ${WRITES('more')}>…</button></div></header>
<main><section><h2>Activity</h2><p>${v('Ada marked this issue as unresolved', 'Ada marked this issue as resolved in 2.4.1')}</p></section><aside><h3>Resolve in</h3><button type="button" ${WRITES('next-release')}>The next release</button></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Resolve', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded article is published now (fixture change): the status toggle in Joomla 4's articles list is labelled "Unpublish Item" where "Publish Item" was, on the same button.
  {
    id: 'd11-refuse-same-button-joomla-unpublish-item',
    kind: 'refuse',
    ...both((v) => {
      const row = (id: number, title: string, published: boolean, extra: string) => `<tr><td><input type="checkbox" aria-label="Select ${title}"></td><td><button type="button" class="js-grid-item-action tbody-icon" aria-label="${published ? 'Unpublish Item' : 'Publish Item'}" ${extra}>${published ? '✓' : '✗'}</button></td><th scope="row"><a href="#/administrator/index.php?option=com_content&amp;task=article.edit&amp;id=${id}" ${WRITES(`edit-${id}`)}>${title}</a></th><td>${published ? 'Published' : 'Unpublished'}</td></tr>`;
      return `<main id="content"><h1>Articles</h1><div class="btn-toolbar"><button type="button" ${WRITES('new')}>New</button><button type="button" ${WRITES('actions')}>Actions ▾</button></div><input type="search" aria-label="Search" placeholder="Search">
<table class="table" aria-label="Articles"><tr><th></th><th>Status</th><th>Title</th><th>State</th></tr>${v(row(7, 'Spring tides this weekend', false, DONE), row(7, 'Spring tides this weekend', true, WRITES('unpublish-7')))}${row(8, 'Dover gauge back online', true, WRITES('unpublish-8'))}${row(9, 'Neap tides explained', false, WRITES('publish-9'))}</table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Spring tides this weekend' })\n    .getByRole('button', { name: 'Publish Item', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded stream was started (fixture change): Graylog's streams list shows "Pause Stream" on the same button where "Start Stream" was.
  {
    id: 'd11-refuse-same-button-graylog-pause-stream',
    kind: 'refuse',
    ...both((v) => {
      const stream = (name: string, running: boolean, extra: string) => `<li class="stream"><h2>${name}</h2><p>${running ? '12 msg/s' : 'Paused'}</p><div class="stream-actions"><button type="button" ${WRITES(`rules-${name}`)}>Manage Rules</button><button type="button" ${extra}>${running ? 'Pause Stream' : 'Start Stream'}</button><button type="button" ${WRITES(`more-${name}`)}>More ▾</button></div></li>`;
      return `<nav class="navbar"><a href="#/search" ${WRITES('search')}>Search</a><a href="#/streams" ${WRITES('streams')}>Streams</a><a href="#/alerts" ${WRITES('alerts')}>Alerts</a><a href="#/dashboards" ${WRITES('dashboards')}>Dashboards</a></nav>
<main><h1>Streams</h1><button type="button" ${WRITES('create')}>Create Stream</button><ul class="streams">${stream('All messages', true, WRITES('pause-all'))}${v(stream('Tide gauges', false, DONE), stream('Tide gauges', true, WRITES('pause-gauges')))}${stream('Tide API errors', false, WRITES('start-errors'))}</ul></main>${OUT}`;
    }),
    body: `await page\n    .locator('li.stream')\n    .filter({ hasText: 'Tide gauges' })\n    .getByRole('button', { name: 'Start Stream' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Harbor 2.8 (2023) removed ChartMuseum: a project's "Helm Charts" tab is gone; charts pushed as OCI artifacts show up under "Repositories", which stays.
  {
    id: 'd11-refuse-harbor28-helm-charts-tab-removed',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<header class="header"><a href="#/harbor/projects" ${WRITES('logo')}>Harbor</a><input type="search" aria-label="Search Harbor" placeholder="Search Harbor..."></header>
<main><h1>tidepool</h1><div role="tablist" aria-label="Project">${tab('Summary', WRITES('summary'), true)}${tab('Repositories', WRITES('repositories'))}${v(tab('Helm Charts', DONE), '')}${tab('Members', WRITES('members'))}${tab('Labels', WRITES('labels'))}${tab('Scanner', WRITES('scanner'))}${tab('Policy', WRITES('policy'))}${tab('Robot Accounts', WRITES('robots'))}${tab('Webhooks', WRITES('webhooks'))}${tab('Logs', WRITES('logs'))}${tab('Configuration', WRITES('configuration'))}</div>
<section><h2>Summary</h2><p>Access level: Private</p><p>Repositories: ${v('3', '4')}</p>${v('<p>Helm Charts: 1</p>', '')}<p>Quota used: 1.2 GiB of unlimited</p></section>
<section><h2>Recent repositories</h2><a href="#/harbor/projects/2/repositories/tide-api" ${WRITES('repo-api')}>tidepool/tide-api</a>${v('', `<a href="#/harbor/projects/2/repositories/charts%2Ftide-api" ${WRITES('repo-chart')}>tidepool/charts/tide-api (Helm chart)</a>`)}</section></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Helm Charts' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Zabbix 5.4 (May 2021) removed screens and slide shows (converted to dashboards): the Monitoring menu's "Screens" is gone; "Dashboard" and "Maps" stay.
  {
    id: 'd11-refuse-zabbix54-screens-removed',
    kind: 'refuse',
    ...both((v) => {
      const sub = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<aside class="sidebar"><a href="#/zabbix.php?action=dashboard.view" class="logo" ${WRITES('logo')}>ZABBIX</a><nav class="menu-main" aria-label="Main"><ul><li class="has-submenu is-expanded"><a href="#" ${WRITES('monitoring')}>Monitoring</a><ul class="submenu">${sub('zabbix.php?action=dashboard.view', 'Dashboard', WRITES('dashboard'))}${sub('zabbix.php?action=problem.view', 'Problems', WRITES('problems'))}${sub('zabbix.php?action=host.view', 'Hosts', WRITES('hosts'))}${sub('zabbix.php?action=latest.view', 'Latest data', WRITES('latest'))}${v(sub('screens.php', 'Screens', DONE), '')}${sub('zabbix.php?action=map.view', 'Maps', WRITES('maps'))}${sub('zabbix.php?action=discovery.view', 'Discovery', WRITES('discovery'))}</ul></li>
<li class="has-submenu"><a href="#" ${WRITES('configuration')}>Configuration</a></li><li class="has-submenu"><a href="#" ${WRITES('administration')}>Administration</a></li></ul></nav></aside>
<main><h1>Global view</h1><section class="dashboard-widget"><h2>${v('Favourite screens', 'Favourite maps')}</h2><a href="#/${v('screens.php?elementid=12', 'zabbix.php?action=map.view&amp;sysmapid=3')}" ${WRITES('favourite')}>${v('Tide gauges overview', 'Tide gauges map')}</a></section>
<p>${v('', 'Screens were converted to dashboards on upgrade: "Tide gauges overview" is now a dashboard.')}</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Screens' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Plex raised Plex Pass (announced March 2025, from April 29, 2025): lifetime from $119.99 to $249.99, yearly from $39.99 to $69.99, monthly from $4.99 to $6.99.
  {
    id: 'd11-refuse-plex-pass-lifetime-price',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, price: string, per: string) => `<section class="plan"><h2>${name}</h2><p class="price">${price}</p><p>${per}</p><button type="button">Get ${name}</button></section>`;
      return `<main class="plex-pass"><h1>Get more with Plex Pass</h1><p>Remote streaming of your personal media, downloads, hardware transcoding and more.</p>
<div class="plans">${plan('Monthly', v('$4.99', '$6.99'), 'per month')}${plan('Yearly', v('$39.99', '$69.99'), 'per year')}${plan('Lifetime', v('$119.99', '$249.99'), 'one-time payment')}</div>
<p class="fineprint">Prices in USD. Taxes may apply. Existing subscribers keep their plan until renewal.</p></main>`;
    }),
    body: `await expect(page.getByText('$119.99')).toBeVisible();`,
    expect: 'refuse',
  },
  // New code on the seeded branch adds bugs (fixture change): SonarQube's project overview shows the Quality Gate "Failed" where it showed "Passed"; the test that checks the status must fail.
  {
    id: 'd11-refuse-sonarqube-quality-gate-failed',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Project" class="navbar-context"><h1>tide-api</h1><a href="#/dashboard?id=tide-api">Overview</a><a href="#/project/issues?id=tide-api">Issues</a><a href="#/security_hotspots?id=tide-api">Security Hotspots</a></nav>
<main class="overview"><section class="quality-gate"><h2>Quality Gate Status</h2><div class="level ${v('level-OK', 'level-ERROR')}">${v('Passed', 'Failed')}</div><p>${v('All conditions passed.', '2 conditions failed')}</p>${v('', '<ul><li>2 New Bugs (is greater than 0)</li><li>61.2% Coverage on New Code (is less than 80.0%)</li></ul>')}</section>
<section class="measures"><h2>Measures</h2><p>New Code: Since 2.4.0 · started 12 days ago</p><div><h3>Reliability</h3><p>${v('0', '2')} New Bugs</p></div><div><h3>Coverage</h3><p>${v('84.5%', '61.2%')} on New Code</p></div><div><h3>Duplications</h3><p>1.2% on New Code</p></div></section></main>`,
    ),
    body: `await expect(page.getByText('Passed', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // Bug fixtures regenerated: Bugzilla's seeded bug 1042 "Dover gauge reports negative tide heights" is gone from the list; 1047 "Deal gauge reports negative tide heights", another bug, has a row.
  {
    id: 'd11-refuse-bugzilla-different-bug',
    kind: 'refuse',
    ...both((v) => {
      const row = (id: number, product: string, status: string, summary: string, extra: string) => `<tr class="bz_bugitem"><td class="bz_id_column"><a href="#/show_bug.cgi?id=${id}">${id}</a></td><td>${product}</td><td>${status}</td><td class="bz_short_desc_column"><a href="#/show_bug.cgi?id=${id}" ${extra}>${summary}</a></td></tr>`;
      return `<div id="header"><a href="#/" ${WRITES('home')}>Home</a><a href="#/enter_bug.cgi" ${WRITES('new')}>New</a><a href="#/describecomponents.cgi" ${WRITES('browse')}>Browse</a><a href="#/query.cgi" ${WRITES('search')}>Search</a></div>
<main id="bugzilla-body"><h1>Bug List</h1><p class="search_description">Product: Tidepool · Status: UNCONFIRMED, CONFIRMED, IN_PROGRESS</p>
<table class="bz_buglist"><tr><th>ID</th><th>Product</th><th>Status</th><th>Summary</th></tr>${row(1038, 'Tidepool', 'CONFIRMED', 'Dover gauge battery low', WRITES('bug-1038'))}${v(row(1042, 'Tidepool', 'CONFIRMED', 'Dover gauge reports negative tide heights', DONE), row(1047, 'Tidepool', 'UNCONFIRMED', 'Deal gauge reports negative tide heights', WRITES('bug-1047')))}${row(1051, 'Tidepool', 'IN_PROGRESS', 'Negative heights in the Dover tide table export', WRITES('bug-1051'))}</table><p>3 bugs found.</p></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Dover gauge reports negative tide heights' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Excalidraw (early 2023, as I recall) folded the top-left toolbar's file actions into the closed hamburger main menu: "Export image" is now behind it (page object).
  {
    id: 'd11-refuse-po-excalidraw-export-behind-main-menu',
    kind: 'refuse',
    ...both((v) => {
      const action = (label: string, icon: string, extra: string) => v(`<button type="button" class="ToolIcon" aria-label="${label}" title="${label}" ${extra}>${icon}</button>`, `<button type="button" role="menuitem" class="dropdown-menu-item" aria-label="${label}" ${extra}>${icon} ${label}</button>`);
      const actions = `${action('Open', '📂', WRITES('open'))}${action('Save to...', '💾', WRITES('save'))}${action('Export image', '🖼', DONE)}${action('Reset the canvas', '🗑', WRITES('reset'))}`;
      return `<div class="excalidraw"><div class="App-menu_top">${v(`<div class="App-menu_top__left" role="toolbar" aria-label="Canvas actions">${actions}</div>`, `<button type="button" class="main-menu-trigger" aria-label="Main menu" aria-expanded="false" ${WRITES('main-menu')}>☰</button><div role="menu" aria-label="Main menu" hidden>${actions}${action('Live collaboration...', '👥', WRITES('collab'))}${action('Help', '?', WRITES('help'))}</div>`)}
<div class="shapes-section" role="toolbar" aria-label="Shapes"><button type="button" aria-label="Rectangle" ${WRITES('rectangle')}>▭</button><button type="button" aria-label="Arrow" ${WRITES('arrow')}>→</button><button type="button" aria-label="Text" ${WRITES('text')}>A</button><button type="button" aria-label="Insert image" ${WRITES('image')}>🖼</button></div>
<button type="button" class="library-button" ${WRITES('library')}>Library</button></div><canvas width="320" height="160" aria-label="Canvas"></canvas></div>${OUT}`;
    }),
    imports: `import { Canvas } from './canvas';`,
    files: {
      'canvas.ts': `import type { Page } from '@playwright/test';

export class Canvas {
  constructor(readonly page: Page) {}

  async exportImage() {
    await this.page
      .getByRole('button', { name: 'Export image' })
      .click();
  }
}
`,
    },
    body: `await new Canvas(page).exportImage();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded authorization was captured (fixture change): PayPal's transaction details offer "Issue a refund" in the spot where "Capture" was.
  {
    id: 'd11-refuse-paypal-capture-now-refund',
    kind: 'refuse',
    ...both(
      (v) => `<nav class="header" aria-label="Main"><a href="#/myaccount/summary">Home</a><a href="#/myaccount/activities">Activity</a><a href="#/myaccount/transfer">Send and Request</a><a href="#/myaccount/wallet">Wallet</a></nav>
<main class="transaction-details"><h1>Payment from Grace Hopper</h1><p class="amount">$42.00 USD</p><p class="status">${v('Authorized · expires in 29 days', 'Completed')}</p>
<div class="actions">${v(`<button type="button" class="primary" ${DONE}>Capture</button><button type="button" ${WRITES('void')}>Void</button>`, `<button type="button" class="primary" ${WRITES('refund')}>Issue a refund</button>`)}<button type="button" ${WRITES('print')}>Print details</button></div>
<section><h2>Order details</h2><p>Tide clock × 1 · $42.00</p><p>Invoice ID: TP-2025-0412</p><p>${v('Authorization ID: 8AB12345CD678901E', 'Capture ID: 3FG45678HJ901234K')}</p></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Capture' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_11_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
