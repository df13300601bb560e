// Eighth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (browser menu and new-tab copy, rebrands written into alt text and footers, renamed tabs and
// app-bar entries, a button that became a switch, shorter create buttons, new sign-in labels, tooltips
// that gained keyboard hints) on role, label, placeholder, alt, title and text locators; Prettier-style
// multi-line chains in the test body and in page objects where either the scope step, a filter or a later
// step drifts; component-library and tool upgrades (Ant Design 4, daisyUI 3, Ionic 4, Fluent UI 9,
// Swagger UI 3, DataTables 2) and Kibana's Discover data grid test subject; and releases where any patch
// would be wrong (removed while a lookalike stays, a plan retired for a cheaper one, a state or price
// change that must fail the test, the opposite action, a destructive action in a safe one's place, a
// different record, one action split into two equal candidates, moved behind a closed menu).
// Pages carry decoys that share words, classes or attributes with the target. Heal cases name the `target`
// the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Firefox (2021) renamed "Options" to "Settings" in the application menu on Windows and Linux ("Add-ons" -> "Add-ons and themes" with it).
  {
    id: 'd8-menuitem-firefox-options-to-settings',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<div role="menuitem" class="subviewbutton" ${extra}>${label}</div>`;
      return `<nav class="toolbar" aria-label="Navigation"><button type="button" aria-label="Back" ${WRITES('back')}>←</button><button type="button" aria-label="Reload" ${WRITES('reload')}>↻</button><input id="urlbar-input" aria-label="Address bar" placeholder="Search or enter address"><button type="button" aria-label="Open application menu" aria-expanded="true" ${WRITES('hamburger')}>☰</button></nav>
<div role="menu" aria-label="Application menu" class="appMenu-popup">${item('New tab', WRITES('new-tab'))}${item('New window', WRITES('new-window'))}${item('New private window', WRITES('private'))}<hr>
${item('Bookmarks', WRITES('bookmarks'))}${item('History', WRITES('history'))}${item('Downloads', WRITES('downloads'))}${item(v('Logins and Passwords', 'Passwords'), WRITES('passwords'))}${item(v('Add-ons', 'Add-ons and themes'), WRITES('addons'))}<hr>
${item('Print…', WRITES('print'))}${item('Save page as…', WRITES('save'))}${item('Find in page…', WRITES('find'))}${item(v('Options', 'Settings'), DONE)}${item('More tools', WRITES('more-tools'))}${item('Help', WRITES('help'))}${item('Exit', WRITES('exit'))}</div>
<main class="newtab"><button type="button" class="personalize-button" aria-label="${v('Open new tab preferences', 'Personalize new tab')}" ${WRITES('newtab-prefs')}>⚙</button><h2>Top sites</h2><ul><li>Wikipedia</li><li>Tide tables</li></ul>
<p>Manage sync ${v('options', 'settings')} in your account: <a href="#/account" ${WRITES('account')}>Account ${v('options', 'settings')}</a></p></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Options' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.appMenu-popup [role="menuitem"]:text-is("Settings")',
  },
  // Firefox's new tab search box stopped searching in place and hands off to the address bar: its placeholder "Search the Web" became "Search with Google or enter address" (2019-20).
  {
    id: 'd8-placeholder-firefox-newtab-search',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="toolbar" aria-label="Navigation"><button type="button" aria-label="Back">←</button><input id="urlbar-input" aria-label="Address bar" placeholder="Search or enter address"><button type="button" aria-label="Open application menu">☰</button></nav>
<main class="activity-stream"><div class="search-wrapper"><img src="${GIF}" alt="" class="logo" width="64" height="64"><label for="newtab-search-text" class="search-label">Search</label><input id="newtab-search-text" name="q" maxlength="256" type="search" placeholder="${v('Search the Web', 'Search with Google or enter address')}"><button type="button" class="search-button" aria-label="Search" title="Search"></button></div>
<section class="top-sites"><h2>Top Sites</h2><ul><li><a href="#/wikipedia">wikipedia</a></li><li><a href="#/tidepool">tidepool</a></li></ul></section>
<section class="pocket"><h2>Recommended by Pocket</h2><form class="feed-search"><input type="search" name="topics" placeholder="Search topics"></form><p>Thought-provoking stories from across the web.</p></section>
<aside class="customize"><label><input type="checkbox" checked> Web Search</label><label><input type="checkbox" checked> Shortcuts</label></aside></main>`,
    ),
    body: `await page.getByPlaceholder('Search the Web').fill('tide tables dover');\n  await expect(page.locator('#newtab-search-text')).toHaveValue('tide tables dover');`,
    expect: 'heal',
    target: '#newtab-search-text',
  },
  // Proton rebranded (May 2022): ProtonMail became Proton Mail (ProtonCalendar, ProtonDrive and ProtonVPN with it); the app switcher's logo alts followed.
  {
    id: 'd8-alt-protonmail-to-proton-mail',
    kind: 'renamed text',
    ...both((v) => {
      const app = (href: string, alt: string, extra: string) => `<li><a href="#/${href}" class="apps-dropdown-link" ${extra}><img src="${GIF}" alt="${alt}" width="24" height="24"></a></li>`;
      return `<header class="header"><a href="#/inbox" class="logo-link" ${WRITES('home-logo')}><img src="${GIF}" alt="${v('ProtonMail home', 'Proton Mail home')}" width="96" height="24"></a><form role="search"><input type="search" aria-label="Search messages" placeholder="Search messages"></form><button type="button" ${WRITES('upgrade')}>Upgrade</button></header>
<div class="dropdown" role="dialog" aria-label="Proton applications"><ul class="apps-dropdown">${app('mail', v('ProtonMail', 'Proton Mail'), DONE)}${app('calendar', v('ProtonCalendar', 'Proton Calendar'), WRITES('calendar'))}${app('drive', v('ProtonDrive', 'Proton Drive'), WRITES('drive'))}${app('vpn', v('ProtonVPN', 'Proton VPN'), WRITES('vpn'))}${v('', app('pass', 'Proton Pass', WRITES('pass')))}</ul></div>
<main class="inbox"><h1>Inbox</h1><ul><li>Welcome to ${v('ProtonMail', 'Proton Mail')}</li><li>Get the ${v('ProtonMail', 'Proton Mail')} mobile app</li></ul><img src="${GIF}" alt="${v('ProtonMail Bridge', 'Proton Mail Bridge')} is available for your plan" width="24" height="24" ${WRITES('bridge')}></main>${OUT}`;
    }),
    body: `await page.getByAltText('ProtonMail', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.apps-dropdown img[alt="Proton Mail"]',
  },
  // Zoom Video Communications renamed itself Zoom Communications (November 2024); zoom.us's footer copyright line followed.
  {
    id: 'd8-text-zoom-communications-footer',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo">zoom</a><nav aria-label="Main"><a href="#/products">Products</a><a href="#/solutions">Solutions</a><a href="#/pricing">Pricing</a></nav><a href="#/join">Join</a><a href="#/host">Host</a><a href="#/signin">Sign In</a></header>
<main><h1>Find out what's possible when work connects</h1><p>Zoom Video Webinars, Zoom Rooms and Zoom Phone, together in ${v('Zoom One', 'Zoom Workplace')}.</p><p>Build with the Zoom Video SDK.</p></main>
<footer class="site-footer"><ul><li><a href="#/about">About</a></li><li><a href="#/ir">Investors</a></li><li><a href="#/careers">Careers</a></li></ul>
<p class="footer-copyright">Copyright ©2024 ${v('Zoom Video Communications, Inc.', 'Zoom Communications, Inc.')} All rights reserved.</p><p class="footer-legal"><a href="#/trust">Trust Center</a> · <a href="#/privacy">Privacy</a> · Zoom is a registered trademark of ${v('Zoom Video Communications', 'Zoom Communications')}.</p></footer>`,
    ),
    body: `await expect(page.getByText('Copyright ©2024 Zoom Video Communications, Inc. All rights reserved.')).toBeVisible();`,
    expect: 'heal',
    target: '.footer-copyright',
  },
  // Moodle 4.0 (April 2022): the course page's "Turn editing on" button became the navbar's "Edit mode" switch.
  {
    id: 'd8-role-moodle4-edit-mode-switch',
    kind: 'changed role',
    ...both(
      (v) => `<nav class="navbar" aria-label="Site navigation"><a href="#/" class="navbar-brand" ${WRITES('brand')}>Moodle</a><a href="#/my" ${WRITES('dashboard')}>Dashboard</a><a href="#/my/courses" ${WRITES('courses')}>My courses</a>
<button type="button" aria-label="Toggle messaging drawer" ${WRITES('messages')}>✉</button><button type="button" class="usermenu" ${WRITES('usermenu')}>AL</button>${v('', `<form class="editmode-switch-form"><div class="custom-control custom-switch"><input type="checkbox" name="setmode" class="custom-control-input" id="editmode-toggle" ${DONE}><label class="custom-control-label" for="editmode-toggle">Edit mode</label></div></form>`)}</nav>
<header class="page-header"><h1>Tides and coasts 101</h1>${v(`<div class="page-header-actions"><button type="submit" class="btn btn-primary" ${DONE}>Turn editing on</button></div>`, '')}</header>
<main class="course-content"><h2>General</h2><ul><li><a href="#/forum/1" ${WRITES('announcements')}>Announcements</a></li></ul><h2>Week 1 · Reading a tide table</h2><ul><li><a href="#/assign/4" ${WRITES('assignment')}>Tide table exercise</a></li></ul>
<aside class="block"><h3>Administration</h3><a href="#/course/edit" ${WRITES('edit-settings')}>Edit settings</a><a href="#/course/completion" ${WRITES('completion')}>Course completion</a><button type="button" ${WRITES('editing-prefs')}>Editing preferences</button></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Turn editing on' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'input[name="setmode"]',
  },
  // Apple Music (iOS 14 and the web player, 2020): the "For You" tab became "Listen Now"; "Made For You" mixes stayed.
  {
    id: 'd8-link-apple-music-for-you-to-listen-now',
    kind: 'renamed text',
    ...both(
      (v) => `<nav aria-label="Apple Music" class="navigation"><form role="search"><input type="search" aria-label="Search" placeholder="Search"></form>
<ul class="navigation-items"><li><a href="${v('#/for-you', '#/listen-now')}" ${DONE}>${v('For You', 'Listen Now')}</a></li><li><a href="#/browse" ${WRITES('browse')}>Browse</a></li><li><a href="#/radio" ${WRITES('radio')}>Radio</a></li></ul>
<h2>Library</h2><ul><li><a href="#/library/recently-added" ${WRITES('recent')}>Recently Added</a></li><li><a href="#/library/artists" ${WRITES('artists')}>Artists</a></li><li><a href="#/library/albums" ${WRITES('albums')}>Albums</a></li><li><a href="#/library/songs" ${WRITES('songs')}>Songs</a></li></ul></nav>
<main><h1>${v('For You', 'Listen Now')}</h1><section><h2>Made For You</h2><a href="#/playlist/favourites-mix" ${WRITES('favourites-mix')}>Favourites Mix</a><a href="#/playlist/chill-mix" ${WRITES('chill-mix')}>Chill Mix</a><a href="#/made-for-you" ${WRITES('made-for-you')}>Made For You</a></section>
<section><h2>Recently Played</h2><a href="#/album/tidal" ${WRITES('album')}>Tidal</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'For You', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.navigation a[href="#/listen-now"]',
  },
  // WhatsApp (2023): the "Status" tab became "Updates" (status and channels together) and moved before "Communities".
  {
    id: 'd8-tab-whatsapp-status-to-updates',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<header class="app-bar"><h1>WhatsApp</h1><button type="button" aria-label="Camera" ${WRITES('camera')}>📷</button><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button><button type="button" aria-label="More options" ${WRITES('menu')}>⋮</button></header>
<div role="tablist" aria-label="Home" class="home-tabs">${v(`${tab('Communities', WRITES('communities'))}${tab('Chats', WRITES('chats'), true)}${tab('Status', DONE)}`, `${tab('Chats', WRITES('chats'), true)}${tab('Updates', DONE)}${tab('Communities', WRITES('communities'))}`)}${tab('Calls', WRITES('calls'))}</div>
<main role="tabpanel" aria-label="Chats"><ul class="chat-list"><li>Grace Hopper · Status update tomorrow?</li><li>Tide club · Linus: spring tides this weekend</li></ul>
<button type="button" aria-label="My status" ${WRITES('my-status')}>＋</button><button type="button" aria-label="New chat" ${WRITES('new-chat')}>💬</button></main>
<p class="privacy">Your personal messages and status updates are end-to-end encrypted.</p>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Status' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Updates")',
  },
  // Reddit's new web header (2024): the icon-only "Create Post" link became a labelled "Create" link.
  {
    id: 'd8-link-reddit-create-post-to-create',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="reddit-header"><a href="#/" class="logo" ${WRITES('logo')}>reddit</a><form role="search"><input type="search" aria-label="Search Reddit" placeholder="Search Reddit"></form>
<a href="#/chat" aria-label="Open chat" ${WRITES('chat')}>💬</a><a href="#/submit" class="header-create" ${v('aria-label="Create Post"', '')} ${DONE}>＋${v('', ' Create')}</a><a href="#/notifications" aria-label="Open inbox" ${WRITES('inbox')}>🔔</a><button type="button" aria-label="Expand user menu" ${WRITES('user')}>u/ada</button></header>
<main class="subreddit"><h1>r/tides</h1><button type="button" ${WRITES('join')}>Join</button><div class="create-post-bar"><input type="text" aria-label="Create a post" placeholder="Create Post"></div>
<article><h2>Spring tides this weekend</h2><button type="button" ${WRITES('share')}>Share</button></article></main>
<aside class="community-sidebar"><h2>About Community</h2><p>Tide tables, coasts and the moon.</p><button type="button" class="sidebar-create" ${WRITES('sidebar-create')}>Create Post</button><a href="#/r/tides/wiki" ${WRITES('wiki')}>Community wiki</a></aside>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Create Post' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a[href="#/submit"]',
  },
  // Netflix's sign-in form: the label "Email or phone number" became "Email or mobile number".
  {
    id: 'd8-label-netflix-email-or-mobile-number',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/" class="logo">NETFLIX</a></header>
<main class="login-body"><form class="login-form"><h1>Sign In</h1>
<div class="nfInput"><label for="id_userLoginId" class="placeLabel">${v('Email or phone number', 'Email or mobile number')}</label><input type="text" id="id_userLoginId" name="userLoginId" autocomplete="email"></div>
<div class="nfInput"><label for="id_password" class="placeLabel">Password</label><input type="password" id="id_password" name="password"></div>
<button type="button" class="login-button">Sign In</button><p>OR</p><button type="button">Use a sign-in code</button><a href="#/loginhelp">Forgot password?</a>
<label><input type="checkbox" name="rememberMe" checked> Remember me</label></form>
<p class="signup">New to Netflix? <a href="#/signup">Sign up now</a>.</p><p class="recaptcha">This page is protected by Google reCAPTCHA to ensure you're not a bot.</p></main>
<footer><p>Questions? Call 1-844-505-2993</p><label for="lang">Language</label><select id="lang"><option>English</option><option>Español</option></select><label for="phone-updates">Mobile number for updates</label><input id="phone-updates" type="tel"></footer>`,
    ),
    body: `await page.getByLabel('Email or phone number').fill('ada@example.com');\n  await expect(page.locator('#id_userLoginId')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: '#id_userLoginId',
  },
  // Jupyter Notebook 7 (July 2023) rebuilt the notebook on JupyterLab: the toolbar's "run cell, select below" title became "Run this cell and advance (Shift+Enter)".
  {
    id: 'd8-title-jupyter7-run-cell-and-advance',
    kind: 'renamed text',
    ...both((v) => {
      const btn = (oldTitle: string, newTitle: string, icon: string, extra: string) => `<button type="button" class="toolbar-button" title="${v(oldTitle, newTitle)}" ${extra}>${icon}</button>`;
      return `<div id="header"><span class="filename">tides.ipynb</span><span class="checkpoint">Last Checkpoint: 2 minutes ago</span></div>
<div id="maintoolbar" role="toolbar" aria-label="Notebook actions">${btn('save and checkpoint', 'Save and create checkpoint (Ctrl+S)', '💾', WRITES('save'))}${btn('insert cell below', 'Insert a cell below (B)', '+', WRITES('insert'))}${btn('cut selected cells', 'Cut this cell (X)', '✂', WRITES('cut'))}${btn('copy selected cells', 'Copy this cell (C)', '⧉', WRITES('copy'))}${btn('paste cells below', 'Paste this cell from the clipboard (V)', '📋', WRITES('paste'))}
${btn('run cell, select below', 'Run this cell and advance (Shift+Enter)', '▶', DONE)}${btn('interrupt the kernel', 'Interrupt the kernel', '■', WRITES('interrupt'))}${btn('restart the kernel (with dialog)', 'Restart the kernel', '↻', WRITES('restart'))}${btn('restart the kernel, then re-run the whole notebook (with dialog)', 'Restart the kernel and run all cells', '⏩', WRITES('restart-run-all'))}
<select aria-label="Cell type"><option>Code</option><option>Markdown</option></select></div>
<main id="notebook"><div class="cell"><pre>import tides\ntides.high_water("Dover")</pre><button type="button" class="cell-run" title="Run cell" ${WRITES('cell-run')}>▷</button></div></main>${OUT}`;
    }),
    body: `await page.getByTitle('run cell, select below').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[title="Run this cell and advance (Shift+Enter)"]',
  },
  // The new Microsoft Teams (2023-24): the app bar's "Files" app became "OneDrive"; channels keep their "Files" tab.
  {
    id: 'd8-button-teams-files-to-onedrive',
    kind: 'renamed text',
    ...both((v) => {
      const app = (label: string, extra: string) => `<button type="button" class="app-bar-item" ${extra}>${label}</button>`;
      return `<nav aria-label="App bar" class="app-bar">${app('Activity', WRITES('activity'))}${app('Chat', WRITES('chat'))}${app('Teams', WRITES('teams'))}${app('Calendar', WRITES('calendar'))}${app('Calls', WRITES('calls'))}${app(v('Files', 'OneDrive'), DONE)}${app('Apps', WRITES('apps'))}</nav>
<main class="channel"><h1>Coastal survey · General</h1><div role="tablist" aria-label="Channel tabs"><button type="button" role="tab" aria-selected="true" ${WRITES('posts-tab')}>Posts</button><button type="button" role="tab" aria-selected="false" ${WRITES('files-tab')}>Files</button><button type="button" role="tab" aria-selected="false" ${WRITES('wiki-tab')}>${v('Wiki', 'Notes')}</button></div>
<article class="post"><p>Ada shared 2 files: tide-gauges.xlsx, survey-plan.docx</p><button type="button" ${WRITES('open-files')}>Open in ${v('Files', 'OneDrive')} app</button><button type="button" ${WRITES('reply')}>Reply</button></article></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Files', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.app-bar button:text-is("OneDrive")',
  },
  // Evernote 10 (2020): the sidebar's "New Note" button became "New" (with a menu for notes, tasks and templates).
  {
    id: 'd8-button-evernote10-new-note-to-new',
    kind: 'renamed text',
    ...both(
      (v) => `<aside class="sidebar"><div class="account">Ada Lovelace</div><form role="search"><input type="search" aria-label="Search" placeholder="Search"></form>
<button type="button" class="new-button" ${DONE}>${v('New Note', 'New')}</button>${v('', `<button type="button" aria-label="More new options" aria-haspopup="menu" ${WRITES('new-menu')}>▾</button>`)}
<nav aria-label="Sidebar"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/notes" ${WRITES('notes')}>Notes</a><a href="#/notebooks" ${WRITES('notebooks')}>Notebooks</a><a href="#/tags" ${WRITES('tags')}>Tags</a></nav></aside>
<main class="notebooks"><h1>Notebooks</h1><button type="button" ${WRITES('new-notebook')}>New Notebook</button><ul><li>Tide club <button type="button" ${WRITES('notebook-actions')}>Actions</button></li><li>Field notes <button type="button" ${WRITES('notebook-actions-2')}>Actions</button></li></ul>
<section><h2>Templates</h2><button type="button" ${WRITES('template')}>New from template</button><button type="button" ${WRITES('tag')}>New Tag</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'New Note', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar .new-button',
  },
];

const chains: Drift[] = [
  // Home Assistant 2022.5 renamed the sidebar's "Configuration" panel to "Settings".
  {
    id: 'd8-chain-home-assistant-configuration-to-settings',
    kind: 'multi-line chain',
    ...both(
      (v) => `<ha-sidebar><div class="menu"><span class="title">Home Assistant</span></div>
<a href="#/lovelace" ${WRITES('overview')}>Overview</a><a href="#/energy" ${WRITES('energy')}>Energy</a><a href="#/map" ${WRITES('map')}>Map</a><a href="#/logbook" ${WRITES('logbook')}>Logbook</a><a href="#/history" ${WRITES('history')}>History</a><a href="#/hassio" ${WRITES('supervisor')}>${v('Supervisor', 'Add-ons')}</a>
<a href="#/developer-tools" ${WRITES('devtools')}>Developer Tools</a><a href="#/config" ${DONE}>${v('Configuration', 'Settings')}</a><a href="#/profile" ${WRITES('profile')}>Ada</a></ha-sidebar>
<main class="dashboard"><h1>Home</h1><div class="card"><h2>Living room</h2><button type="button" ${WRITES('light')}>Ceiling light</button></div>
<div class="card"><h2>Repairs</h2><p>Check your configuration.yaml: the sun integration is now set up from the UI.</p><a href="#/config/repairs" ${WRITES('repairs')}>Show repairs</a></div>
<div class="card"><h2>Profile</h2><a href="#/profile/general" ${WRITES('profile-settings')}>User settings</a></div></main>${OUT}`,
    ),
    body: `await page\n    .locator('ha-sidebar')\n    .getByRole('link', { name: 'Configuration' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'ha-sidebar a[href="#/config"]',
  },
  // Kibana 7.10 renamed the Visualize app "Visualize Library" in the navigation (page object).
  {
    id: 'd8-chain-po-kibana-visualize-library',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="header"><a href="#/app/home" ${WRITES('home')}>elastic</a><button type="button" aria-label="Toggle primary navigation" aria-expanded="true" ${WRITES('toggle')}>☰</button><input type="search" aria-label="Search Elastic" placeholder="Search Elastic"></header>
<nav aria-label="Primary" class="euiCollapsibleNav"><h2>Analytics</h2><a href="#/app/home" ${WRITES('nav-home')}>Overview</a><a href="#/app/discover" ${WRITES('discover')}>Discover</a><a href="#/app/dashboards" ${WRITES('dashboard')}>Dashboard</a><a href="#/app/canvas" ${WRITES('canvas')}>Canvas</a><a href="#/app/maps" ${WRITES('maps')}>Maps</a>
<a href="#/app/visualize" ${DONE}>${v('Visualize', 'Visualize Library')}</a><a href="#/app/ml" ${WRITES('ml')}>Machine Learning</a><h2>Management</h2><a href="#/app/dev_tools" ${WRITES('devtools')}>Dev Tools</a><a href="#/app/management" ${WRITES('stack')}>Stack Management</a></nav>
<main><h1>Dashboard</h1><button type="button" ${WRITES('create-vis')}>Create visualization</button><button type="button" ${WRITES('add-from-library')}>Add from library</button><a href="#/app/lens" ${WRITES('lens')}>Visualize data with Lens</a></main>${OUT}`,
    ),
    imports: `import { KibanaNav } from './kibana-nav';`,
    files: {
      'kibana-nav.ts': `import type { Locator, Page } from '@playwright/test';

export class KibanaNav {
  readonly visualize: Locator;
  readonly discover: Locator;

  constructor(readonly page: Page) {
    this.visualize = page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Visualize', exact: true });
    this.discover = page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Discover', exact: true });
  }
}
`,
    },
    body: `await new KibanaNav(page).visualize.click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Primary"] a[href="#/app/visualize"]',
  },
  // Cloudflare's dashboard (2023) merged Workers and Pages into one "Workers & Pages" entry in the account sidebar.
  {
    id: 'd8-chain-cloudflare-workers-and-pages',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="cf-header"><a href="#/" ${WRITES('logo')}>Cloudflare</a><button type="button" ${WRITES('add')}>Add site</button><a href="#/support" ${WRITES('support')}>Support</a></header>
<nav aria-label="Account" class="sidebar"><a href="#/websites" ${WRITES('websites')}>Websites</a><a href="#/registrar" ${WRITES('registrar')}>Domain Registration</a><a href="#/analytics" ${WRITES('analytics')}>${v('Analytics', 'Analytics &amp; Logs')}</a>
<a href="#/workers" ${DONE}>${v('Workers', 'Workers &amp; Pages')}</a>${v(`<a href="#/pages" ${WRITES('pages')}>Pages</a>`, '')}<a href="#/r2" ${WRITES('r2')}>R2</a><a href="#/stream" ${WRITES('stream')}>Stream</a><a href="#/images" ${WRITES('images')}>Images</a></nav>
<main><h1>Account Home</h1><section class="card"><h2>Workers KV</h2><p>Global, low-latency key-value data storage.</p><a href="#/workers/kv" ${WRITES('kv')}>View KV namespaces</a></section>
<section class="card"><h2>Build an application</h2><a href="#/workers/create" ${WRITES('create-worker')}>Create a Worker</a><a href="#/workers/plans" ${WRITES('plans')}>Workers plans</a></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Account' })\n    .getByRole('link', { name: 'Workers', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.sidebar a[href="#/workers"]',
  },
  // Jupyter Notebook 7 (July 2023) took JupyterLab's menus: Kernel > "Restart & Clear Output" became "Restart Kernel and Clear Outputs of All Cells…" (page object).
  {
    id: 'd8-chain-po-jupyter7-restart-clear-outputs',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (oldLabel: string, newLabel: string, extra: string) => `<li role="menuitem" ${extra}>${v(oldLabel, newLabel)}</li>`;
      return `<div role="menubar" aria-label="Notebook menu"><div role="menuitem">File</div><div role="menuitem">Edit</div><div role="menuitem">View</div><div role="menuitem">Run</div><div role="menuitem" aria-expanded="true">Kernel</div><div role="menuitem">Help</div></div>
<ul role="menu" aria-label="Kernel" class="kernel-menu">${item('Interrupt', 'Interrupt Kernel', WRITES('interrupt'))}${item('Restart', 'Restart Kernel…', WRITES('restart'))}${item('Restart &amp; Clear Output', 'Restart Kernel and Clear Outputs of All Cells…', DONE)}${item('Restart &amp; Run All', 'Restart Kernel and Run All Cells…', WRITES('restart-run-all'))}
${item('Reconnect', 'Reconnect to Kernel', WRITES('reconnect'))}${item('Shutdown', 'Shut Down Kernel', WRITES('shutdown'))}${item('Change kernel', 'Change Kernel…', WRITES('change'))}</ul>
<ul role="menu" aria-label="Edit" class="edit-menu" hidden><li role="menuitem">${v('Clear Output', 'Clear Cell Output')}</li><li role="menuitem">${v('Clear All Output', 'Clear Outputs of All Cells')}</li></ul>
<main id="notebook"><div class="cell"><pre>import tides</pre><div class="output">Loaded 1,400 stations</div></div><button type="button" title="Clear all outputs" ${WRITES('clear-toolbar')}>⌫</button></main>${OUT}`;
    }),
    imports: `import { NotebookMenu } from './notebook-menu';`,
    files: {
      'notebook-menu.ts': `import type { Page } from '@playwright/test';

export class NotebookMenu {
  constructor(readonly page: Page) {}

  async restartAndClearOutput() {
    await this.page
      .getByRole('menu', { name: 'Kernel' })
      .getByRole('menuitem', { name: 'Restart & Clear Output' })
      .click();
  }
}
`,
    },
    body: `await new NotebookMenu(page).restartAndClearOutput();\n  ${CHECK}`,
    expect: 'heal',
    target: '.kernel-menu [role="menuitem"]:has-text("Clear Outputs of All Cells")',
  },
  // Trello (2021) renamed its Butler automation "Automation": the board header's "Butler" button followed.
  {
    id: 'd8-chain-trello-butler-to-automation',
    kind: 'multi-line chain',
    ...both(
      (v) => `<div class="board-header"><h1 class="board-name">Coastal survey</h1><button type="button" aria-label="Star or unstar board" ${WRITES('star')}>☆</button><button type="button" ${WRITES('visibility')}>Workspace visible</button>
<button type="button" ${WRITES('powerups')}>Power-Ups</button><button type="button" ${DONE}>${v('Butler', 'Automation')}</button><button type="button" ${WRITES('filter')}>Filter</button><button type="button" ${WRITES('share')}>Share</button><button type="button" aria-label="Show menu" ${WRITES('menu')}>…</button></div>
<div class="board-canvas"><section class="list"><h2>To Do</h2><ul><li>Automate the tide gauge export</li><li>${v('Ask Butler to archive done cards', 'Set up an automation rule for done cards')}</li></ul><button type="button" ${WRITES('add-card')}>Add a card</button></section>
<section class="list"><h2>Done</h2><ul><li>Order survey poles</li></ul><button type="button" ${WRITES('add-card-2')}>Add a card</button></section></div>
<aside class="board-menu" hidden><button type="button">Rules</button><button type="button">Buttons</button></aside>${OUT}`,
    ),
    body: `await page\n    .locator('.board-header')\n    .getByRole('button', { name: 'Butler' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.board-header button:text-is("Automation")',
  },
  // Fluent UI React v8 -> v9 (2022-23): the Dialog's `.ms-Dialog-main` became `.fui-DialogSurface` (page object, the scope step drifts).
  {
    id: 'd8-chain-po-fluent9-dialog-surface',
    kind: 'multi-line chain',
    ...both((v) => {
      const btn = (primary: boolean, text: string, extra: string) => `<button type="button" class="${v(`ms-Button ms-Button--${primary ? 'primary' : 'default'}`, `fui-Button${primary ? ' fui-Button--primary' : ''}`)}" ${extra}>${text}</button>`;
      return `<div class="${v('ms-CommandBar', 'fui-Toolbar')}" role="toolbar" aria-label="File commands">${btn(false, 'New', WRITES('new'))}${btn(false, 'Upload', WRITES('upload'))}${btn(false, 'Save', WRITES('toolbar-save'))}${btn(false, 'Share', WRITES('share'))}</div>
<main><h1>Documents</h1><ul><li>survey-plan.docx</li><li>tide-gauges.xlsx</li></ul></main>
${v(
  `<div class="ms-Layer"><div class="ms-Modal ms-Dialog" role="dialog" aria-modal="true" aria-labelledby="dlg-title"><div class="ms-Dialog-main"><div class="ms-Dialog-header"><div id="dlg-title" class="ms-Dialog-title">Rename file</div><button type="button" class="ms-Dialog-button ms-Dialog-button--close" aria-label="Close" ${WRITES('close')}>×</button></div>
<div class="ms-Dialog-inner"><div class="ms-Dialog-content"><label for="new-name">New name</label><input id="new-name" value="survey-plan.docx"></div><div class="ms-Dialog-actions"><div class="ms-Dialog-actionsRight"><span class="ms-Dialog-action">${btn(true, 'Save', DONE)}</span><span class="ms-Dialog-action">${btn(false, 'Cancel', WRITES('cancel'))}</span></div></div></div></div></div></div>`,
  `<div class="fui-DialogSurface" role="dialog" aria-modal="true" aria-labelledby="dlg-title"><div class="fui-DialogBody"><h2 id="dlg-title" class="fui-DialogTitle">Rename file</h2><button type="button" class="fui-Button" aria-label="Close" ${WRITES('close')}>×</button>
<div class="fui-DialogContent"><label for="new-name">New name</label><input id="new-name" value="survey-plan.docx"></div><div class="fui-DialogActions">${btn(false, 'Cancel', WRITES('cancel'))}${btn(true, 'Save', DONE)}</div></div></div>`,
)}${OUT}`;
    }),
    imports: `import { RenameDialog } from './rename-dialog';`,
    files: {
      'rename-dialog.ts': `import type { Locator, Page } from '@playwright/test';

export class RenameDialog {
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.save = page
      .locator('.ms-Dialog-main')
      .getByRole('button', { name: 'Save' });
    this.cancel = page
      .locator('.ms-Dialog-main')
      .getByRole('button', { name: 'Cancel' });
  }
}
`,
    },
    body: `await new RenameDialog(page).save.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.fui-DialogActions button:text-is("Save")',
  },
  // Asana moved its navigation to sentence case (2023): the sidebar's "My Tasks" became "My tasks".
  {
    id: 'd8-chain-asana-my-tasks-sentence-case',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Sidebar" class="sidebar"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/my-tasks" ${DONE}>${v('My Tasks', 'My tasks')}</a><a href="#/inbox" ${WRITES('inbox')}>Inbox</a>
<h2>Insights</h2><a href="#/reporting" ${WRITES('reporting')}>Reporting</a><a href="#/portfolios" ${WRITES('portfolios')}>Portfolios</a><a href="#/goals" ${WRITES('goals')}>Goals</a>
<h2>Projects</h2><a href="#/project/survey" ${WRITES('project')}>Coastal survey</a><a href="#/project/survey/tasks" ${WRITES('project-tasks')}>Coastal survey · Tasks</a></nav>
<main><h1>Home</h1><section class="widget"><h2>${v('My Tasks', 'My tasks')}</h2><ul><li>Draft tide report</li><li>Order survey poles</li></ul><a href="#/my-tasks" ${WRITES('widget-link')}>View all ${v('My Tasks', 'my tasks')}</a></section>
<section class="widget"><h2>Tasks I've assigned</h2><a href="#/assigned" ${WRITES('assigned')}>View all</a></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Sidebar' })\n    .getByRole('link', { name: 'My Tasks', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.sidebar a[href="#/my-tasks"]',
  },
  // Netlify's 2023 UI refresh renamed the site's "Site settings" tab "Site configuration" (page object).
  {
    id: 'd8-chain-po-netlify-site-configuration',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Team" class="team-nav"><a href="#/team/sites" ${WRITES('team-sites')}>Sites</a><a href="#/team/builds" ${WRITES('builds')}>Builds</a><a href="#/team/members" ${WRITES('members')}>Members</a><a href="#/team/settings" ${WRITES('team-settings')}>Team settings</a></nav>
<nav aria-label="Site" class="site-nav"><a href="#/overview" ${WRITES('overview')}>Site overview</a>${v('', `<a href="#/configuration" ${DONE}>Site configuration</a>`)}<a href="#/deploys" ${WRITES('deploys')}>Deploys</a>${v(`<a href="#/functions" ${WRITES('functions')}>Functions</a><a href="#/forms" ${WRITES('forms')}>Forms</a>`, `<a href="#/logs" ${WRITES('logs')}>Logs</a><a href="#/metrics" ${WRITES('metrics')}>Metrics</a>`)}<a href="#/domain" ${WRITES('domain')}>Domain management</a>${v(`<a href="#/settings" ${DONE}>Site settings</a>`, '')}</nav>
<main><h1>tidepool-docs</h1><p>Production deploys from main. Last published at 09:12.</p><a href="#/deploys/latest" ${WRITES('latest')}>Open production deploy</a><a href="#/settings/build" ${WRITES('build-settings')}>Build settings</a></main>${OUT}`,
    ),
    imports: `import { SiteNav } from './site-nav';`,
    files: {
      'site-nav.ts': `import type { Locator, Page } from '@playwright/test';

export class SiteNav {
  readonly deploys: Locator;
  readonly siteSettings: Locator;

  constructor(readonly page: Page) {
    this.deploys = page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Deploys' });
    this.siteSettings = page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Site settings' });
  }
}
`,
    },
    body: `await new SiteNav(page).siteSettings.click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.site-nav a[href="#/configuration"]',
  },
  // Zoom Workplace 6.0 (2024): the meeting toolbar's "Share Screen" became "Share".
  {
    id: 'd8-chain-zoom-share-screen-to-share',
    kind: 'multi-line chain',
    ...both((v) => {
      const btn = (label: string, extra: string) => `<button type="button" class="footer-button" ${extra}>${label}</button>`;
      return `<main class="meeting"><div class="gallery"><div class="tile">Ada Lovelace</div><div class="tile">Grace Hopper</div></div>
<div class="share-invite"><p>Meeting ID 845 2031 9982</p><button type="button" ${WRITES('copy-invite')}>Copy invite link</button><button type="button" ${WRITES('share-settings')}>Sharing settings</button></div></main>
<div role="toolbar" aria-label="Meeting controls" class="footer">${btn(v('Mute', 'Audio'), WRITES('audio'))}${btn(v('Stop Video', 'Video'), WRITES('video'))}${btn('Participants', WRITES('participants'))}${btn('Chat', WRITES('chat'))}${btn(v('Reactions', 'React'), WRITES('react'))}${btn(v('Share Screen', 'Share'), DONE)}${btn(v('Record', 'Host tools'), WRITES('record'))}${v('', btn('AI Companion', WRITES('ai')))}${btn('Apps', WRITES('apps'))}${btn('Leave', WRITES('leave'))}</div>${OUT}`;
    }),
    body: `await page\n    .getByRole('toolbar', { name: 'Meeting controls' })\n    .getByRole('button', { name: 'Share Screen' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="toolbar"] button:text-is("Share")',
  },
  // Visual Studio Team Services became Azure DevOps (September 2018): the "Build and release" hub group became "Pipelines" in the new navigation.
  {
    id: 'd8-chain-azure-devops-build-and-release-to-pipelines',
    kind: 'multi-line chain',
    ...both((v) => {
      const hub = (label: string, href: string, extra: string) => `<li class="nav-item"><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="project-header"><a href="#/" ${WRITES('org')}>northwind</a> / <a href="#/tidepool" ${WRITES('project')}>tidepool</a><input type="search" aria-label="Search" placeholder="Search"></header>
<ul class="navigation-container">${hub('Overview', 'overview', WRITES('overview'))}${hub(v('Work', 'Boards'), 'work', WRITES('boards'))}${hub(v('Code', 'Repos'), 'code', WRITES('repos'))}${hub(v('Build and release', 'Pipelines'), '_build', DONE)}${hub(v('Test', 'Test Plans'), 'test', WRITES('test'))}${v('', hub('Artifacts', 'artifacts', WRITES('artifacts')))}</ul>
<main><h1>Summary</h1><section class="widget"><h2>${v('Build and release', 'Pipelines')} status</h2><p>Last build #2041 succeeded</p><a href="#/_build/results?id=2041" ${WRITES('last-build')}>View build</a><a href="#/_release" ${WRITES('releases')}>Releases</a></section></main>${OUT}`;
    }),
    body: `await page\n    .locator('.navigation-container .nav-item')\n    .filter({ hasText: 'Build and release' })\n    .getByRole('link')\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.nav-item a[href="#/_build"]',
  },
];

const others: Drift[] = [
  // Ant Design 4 (2020) renamed the Form.Item validation classes: `.has-error` -> `.ant-form-item-has-error` and `.ant-form-explain` -> `.ant-form-item-explain`.
  {
    id: 'd8-css-antd4-form-item-has-error',
    kind: 'css class',
    ...both((v) => {
      const item = (label: string, input: string, state: '' | 'error' | 'warning', message: string) =>
        `<div class="ant-row ant-form-item${state ? v(` has-${state}`, ` ant-form-item-has-${state}`) : ''}"><div class="ant-form-item-label"><label>${label}</label></div><div class="ant-form-item-control">${input}${
          message ? v(`<div class="ant-form-explain">${message}</div>`, `<div class="ant-form-item-explain ant-form-item-explain-${state}"><div role="alert">${message}</div></div>`) : ''
        }</div></div>`;
      return `<main><h1>Create account</h1><form class="ant-form ant-form-horizontal">${item('Username', '<input class="ant-input" value="ada">', '', '')}${item('Email', '<input class="ant-input" value="ada@">', 'error', 'Please input a valid email!')}
${item('Password', '<input class="ant-input" type="password" value="tides">', 'warning', 'Your password is weak.')}${item('Phone', '<input class="ant-input">', '', '')}
<div class="ant-form-item"><button type="button" class="ant-btn ant-btn-primary">Register</button></div></form>
<div class="ant-alert ant-alert-error"><span class="ant-alert-message">Please fix the errors below.</span></div></main>`;
    }),
    body: `await expect(page.locator('.has-error .ant-form-explain')).toHaveText('Please input a valid email!');`,
    expect: 'heal',
    target: '.ant-form-item-has-error .ant-form-item-explain',
  },
  // daisyUI 3 (2023) replaced `btn-group` with `join`: grouped buttons became `join-item`s (and `input-group` went the same way).
  {
    id: 'd8-css-daisyui3-btn-group-to-join',
    kind: 'css class',
    ...both(
      (v) => `<div class="navbar bg-base-100"><a href="#/" class="btn btn-ghost text-xl" ${WRITES('brand')}>Tidepool</a><button type="button" class="btn btn-primary" ${WRITES('export')}>Export</button></div>
<main class="p-4"><h1>Tide chart</h1><div class="${v('input-group', 'join')}"><input type="text" class="input input-bordered${v('', ' join-item')}" aria-label="Station" value="Dover"><button type="button" class="btn${v('', ' join-item')}" ${WRITES('search')}>Search</button></div>
<div class="${v('btn-group', 'join')}" role="group" aria-label="Range"><button type="button" class="btn${v('', ' join-item')} btn-active" ${WRITES('day')}>Day</button><button type="button" class="btn${v('', ' join-item')}" ${DONE}>Week</button><button type="button" class="btn${v('', ' join-item')}" ${WRITES('month')}>Month</button></div>
<div class="card"><div class="card-body"><h2 class="card-title">High water</h2><p>06:12 · 6.4 m</p><div class="card-actions"><button type="button" class="btn btn-sm" ${WRITES('details')}>Details</button><button type="button" class="btn btn-sm" ${WRITES('week-ahead')}>Week ahead</button></div></div></div></main>${OUT}`,
    ),
    body: `await page.locator('.btn-group > .btn').nth(1).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.join[aria-label="Range"] .join-item:text-is("Week")',
  },
  // Ionic 4 (2019) made buttons web components: `<button ion-button block>` became `<ion-button expand="block">` (`clear` -> `fill="clear"`).
  {
    id: 'd8-attr-ionic4-ion-button-expand-block',
    kind: 'css class',
    ...both((v) => {
      const btn = (oldAttrs: string, newAttrs: string, text: string, extra: string) => v(`<button ion-button ${oldAttrs} ${extra}>${text}</button>`, `<ion-button ${newAttrs} ${extra}>${text}</ion-button>`);
      return `<ion-header><${v('ion-navbar', 'ion-toolbar')}><ion-title>Station alerts</ion-title>${btn('clear', 'fill="clear"', 'Help', WRITES('help'))}</${v('ion-navbar', 'ion-toolbar')}></ion-header>
<ion-content><ion-list><ion-item><ion-label>Dover</ion-label>${btn('clear small', 'fill="clear" size="small"', 'Edit', WRITES('edit-dover'))}</ion-item><ion-item><ion-label>Calais</ion-label>${btn('clear small', 'fill="clear" size="small"', 'Edit', WRITES('edit-calais'))}</ion-item></ion-list>
<p>Alerts are sent an hour before high water.</p>${btn('outline', 'fill="outline"', 'Add station', WRITES('add'))}</ion-content>
<ion-footer><div class="actions">${btn('block', 'expand="block"', 'Save alerts', DONE)}${btn('block clear color="danger"', 'expand="full" fill="clear" color="danger"', 'Delete all alerts', WRITES('delete'))}</div></ion-footer>${OUT}`;
    }),
    body: `await page.locator('button[ion-button][block]:not([clear])').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'ion-button[expand="block"]',
  },
  // Swagger UI 2 -> 3 (2017): the page's `#swagger-ui-container` became `#swagger-ui` (with the operations rendered as `.opblock`s).
  {
    id: 'd8-id-swagger-ui3-container',
    kind: 'id',
    ...both((v) => {
      const op = (method: string, path: string, summary: string) =>
        v(
          `<li class="${method} operation"><div class="heading"><h3><span class="http_method"><a href="#/pet">${method.toUpperCase()}</a></span><span class="path"><a href="#/pet">${path}</a></span></h3><ul class="options"><li>${summary}</li></ul></div></li>`,
          `<div class="opblock opblock-${method}"><div class="opblock-summary"><span class="opblock-summary-method">${method.toUpperCase()}</span><span class="opblock-summary-path">${path}</span><div class="opblock-summary-description">${summary}</div></div></div>`,
        );
      const ops = `${op('get', '/pet/findByStatus', 'Finds Pets by status')}${op('post', '/pet', 'Add a new pet to the store')}${op('delete', '/pet/{petId}', 'Deletes a pet')}`;
      return `<div id="header"><a id="logo" href="#/">swagger</a><form id="api_selector"><input id="input_baseUrl" name="baseUrl" aria-label="Explore" value="/v2/swagger.json"><button type="button" id="explore">Explore</button></form></div>
<div id="message-bar" class="swagger-ui-wrap">${v('Finished Loading Resource Information. Rendering Swagger UI...', '')}</div>
${v(`<div id="swagger-ui-container" class="swagger-ui-wrap"><div class="info" id="api_info"><div class="info_title">Swagger Petstore</div></div><ul id="resources"><li class="resource" id="resource_pet"><h2>pet : Everything about your Pets</h2><ul class="endpoints"><li class="endpoint"><ul class="operations">${ops}</ul></li></ul></li></ul></div>`, `<div id="swagger-ui"><section class="swagger-ui swagger-container"><div class="information-container"><h2 class="title">Swagger Petstore</h2></div><div class="opblock-tag-section"><h3 class="opblock-tag">pet Everything about your Pets</h3>${ops}</div></section></div>`)}
<div id="footer"><p>Finds Pets by status is deprecated in v3 of the API; see <a href="#/v3">the v3 docs</a>.</p></div>`;
    }),
    body: `await expect(page.locator('#swagger-ui-container')).toContainText('Finds Pets by status');`,
    expect: 'heal',
    target: '#swagger-ui',
  },
  // Kibana's Discover moved from the legacy doc table to the EUI data grid (7.11-8.0): the test subject `docTable` became `discoverDocTable`.
  {
    id: 'd8-testid-kibana-discover-doc-table',
    kind: 'test id',
    ...both((v) => {
      const doc = (ts: string, msg: string) =>
        v(`<tr class="kbnDocTable__row"><td data-test-subj="docTableExpandToggleColumn"><button type="button" aria-label="Toggle row details">▸</button></td><td>${ts}</td><td>${msg}</td></tr>`, `<div role="row" class="euiDataGridRow"><div role="gridcell"><button type="button" aria-label="Toggle dialog with details">⤢</button></div><div role="gridcell">${ts}</div><div role="gridcell">${msg}</div></div>`);
      const rows = `${doc('May 12, 2024 @ 09:00:01.120', 'GET /api/status 200')}${doc('May 12, 2024 @ 09:00:02.481', 'GET /api/stations 200')}${doc('May 12, 2024 @ 09:00:03.912', 'POST /api/alerts 500')}`;
      return `<div class="kbnTopNavMenu"><button type="button" data-test-subj="discoverNewButton">New</button><button type="button" data-test-subj="discoverOpenButton">Open</button><button type="button" data-test-subj="shareTopNavButton">Share</button></div>
<div class="euiFlexGroup"><input type="search" data-test-subj="queryInput" aria-label="Search" value="service:tidepool"><strong data-test-subj="discoverQueryHits">3</strong> hits</div>
<main class="dscWrapper"><div data-test-subj="discoverChart" class="dscChart"><svg width="120" height="30"></svg></div>
${v(`<table class="kbn-table table" data-test-subj="docTable"><thead><tr><th></th><th>Time</th><th>message</th></tr></thead><tbody>${rows}</tbody></table>`, `<div role="grid" class="euiDataGrid" data-test-subj="discoverDocTable"><div role="row" class="euiDataGridHeader"><div role="columnheader"></div><div role="columnheader">@timestamp</div><div role="columnheader">message</div></div>${rows}</div>`)}
<aside data-test-subj="docViewerFlyout" class="euiFlyout"><h2>Expanded document</h2><table data-test-subj="docViewerTable"><tbody><tr><td>message</td><td>GET /api/status 200</td></tr></tbody></table></aside></main>`;
    }),
    body: `await expect(page.locator('[data-test-subj="docTable"]')).toContainText('POST /api/alerts 500');`,
    expect: 'heal',
    target: '[data-test-subj="discoverDocTable"]',
  },
  // DataTables 2.0 (February 2024) rebuilt its controls: the `dataTables_paginate` links became `dt-paging` buttons ("Next" -> "›" with aria-label="Next").
  {
    id: 'd8-xpath-datatables2-paging-next',
    kind: 'xpath',
    ...both((v) => {
      const pager = v(
        `<div class="dataTables_paginate paging_simple_numbers" id="stations_paginate"><a class="paginate_button previous disabled" id="stations_previous" ${WRITES('previous')}>Previous</a><span><a class="paginate_button current" ${WRITES('page-1')}>1</a><a class="paginate_button" ${WRITES('page-2')}>2</a><a class="paginate_button" ${WRITES('page-3')}>3</a></span><a class="paginate_button next" id="stations_next" ${DONE}>Next</a></div>`,
        `<div class="dt-paging"><nav aria-label="pagination"><button type="button" class="dt-paging-button disabled first" aria-label="First" ${WRITES('first')}>«</button><button type="button" class="dt-paging-button disabled previous" aria-label="Previous" ${WRITES('previous')}>‹</button><button type="button" class="dt-paging-button current" ${WRITES('page-1')}>1</button><button type="button" class="dt-paging-button" ${WRITES('page-2')}>2</button><button type="button" class="dt-paging-button" ${WRITES('page-3')}>3</button><button type="button" class="dt-paging-button next" aria-label="Next" ${DONE}>›</button><button type="button" class="dt-paging-button last" aria-label="Last" ${WRITES('last')}>»</button></nav></div>`,
      );
      return `<main><h1>Stations</h1><div class="${v('dataTables_wrapper', 'dt-container')}" id="stations_wrapper"><div class="${v('dataTables_filter', 'dt-search')}"><label>Search:<input type="search" aria-controls="stations"></label></div>
<table id="stations" class="display dataTable"><thead><tr><th>Name</th><th>Country</th><th>Next high water</th></tr></thead><tbody><tr><td>Dover</td><td>UK</td><td>06:12</td></tr><tr><td>Calais</td><td>FR</td><td>06:31</td></tr></tbody></table>
<div class="${v('dataTables_info', 'dt-info')}" role="status">Showing 1 to 10 of 28 entries</div>${pager}</div>
<form class="wizard"><p>Step 1 of 2</p><button type="button" class="next" ${WRITES('wizard-next')}>Next step</button></form></main>${OUT}`;
    }),
    body: `await page\n    .locator('//div[contains(@class, "dataTables_paginate")]//a[normalize-space()="Next"]')\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.dt-paging .dt-paging-button.next',
  },
];

const refuse: Drift[] = [
  // Reddit retired Coins and Awards (September 2023): the post's "Award" button is gone; "Share" and "Save" stay, and the sidebar gained "Achievements".
  {
    id: 'd8-refuse-reddit-awards-retired',
    kind: 'refuse',
    ...both(
      (v) => `<main class="post-page"><article class="post"><h1>Spring tides this weekend</h1><p>Posted by u/fieldnotes · 5h</p><p>Highest of the year on Saturday morning.</p>
<div class="post-actions" role="group" aria-label="Post actions"><button type="button" aria-label="Upvote" ${WRITES('upvote')}>⬆</button><span>1.2k</span><button type="button" aria-label="Downvote" ${WRITES('downvote')}>⬇</button><a href="#/comments" ${WRITES('comments')}>87 Comments</a>
${v(`<button type="button" ${DONE}>Award</button>`, '')}<button type="button" ${WRITES('share')}>Share</button><button type="button" ${WRITES('save')}>Save</button></div>${v('<p class="awards">2 awards: Helpful, Wholesome</p>', '')}</article></main>
<aside class="sidebar"><h2>r/tides</h2><p>Tide tables, coasts and the moon.</p>${v('', `<a href="#/achievements" ${WRITES('achievements')}>Achievements</a>`)}<button type="button" ${WRITES('premium')}>Try Reddit Premium</button></aside>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Award' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Netflix phased out its Basic plan for new members (July 2023); "Standard with ads" is now the cheapest plan left in the picker.
  {
    id: 'd8-refuse-netflix-basic-plan-retired',
    kind: 'refuse',
    ...both((v) => {
      const plan = (value: string, name: string, price: string, quality: string) =>
        `<label class="plan-card"><input type="radio" name="plan" value="${value}" aria-label="${name}"><span class="plan-name">${name}</span><span class="plan-price">${price}</span><span class="plan-quality">${quality}</span></label>`;
      return `<main class="planform"><h1>Choose the plan that's right for you</h1><fieldset><legend>Plans</legend>
${v(plan('basic-ads', 'Basic with Ads', '$6.99', '720p'), plan('standard-ads', 'Standard with ads', '$6.99', '1080p'))}${v(plan('basic', 'Basic', '$9.99', '720p'), '')}${plan('standard', 'Standard', '$15.49', '1080p')}${plan('premium', 'Premium', '$22.99', '4K + HDR')}</fieldset>
<p class="fineprint">${v('Basic', 'Standard with ads')} plan availability varies by country.</p><button type="button">Next</button></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Basic', exact: true }).check();\n  await expect(page.locator('input[value="basic"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Discord stopped selling Nitro Classic (2022-23) and introduced Nitro Basic, a cheaper plan with fewer perks, in its slot on the plan page.
  {
    id: 'd8-refuse-discord-nitro-classic-to-basic',
    kind: 'refuse',
    ...both((v) => {
      const card = (name: string, price: string, perks: string, extra: string) => `<section class="tier-card"><h2>${name}</h2><p class="price">${price}/month</p><p>${perks}</p><button type="button" ${extra}>Subscribe to ${name}</button></section>`;
      return `<main class="nitro-page"><h1>Unleash more fun with Nitro</h1><div class="tiers">${v(card('Nitro Classic', '$4.99', 'Custom emoji anywhere, HD video streaming, bigger uploads (50MB)', DONE), card('Nitro Basic', '$2.99', 'Custom emoji anywhere, bigger uploads (50MB)', WRITES('basic')))}${card('Nitro', '$9.99', 'Everything in Nitro Basic, plus 2 Server Boosts and 500MB uploads', WRITES('nitro'))}</div>
<section class="gift"><h2>Gift Nitro</h2><button type="button" ${WRITES('gift')}>Gift Nitro</button></section><p class="fineprint">Nitro Classic subscribers keep their plan until they cancel.</p></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Subscribe to Nitro Classic' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Mozilla shut Pocket down (July 2025): Firefox's toolbar lost "Save to Pocket"; "Bookmark this page" and the menu's "Save page as…" stay.
  {
    id: 'd8-refuse-firefox-save-to-pocket-removed',
    kind: 'refuse',
    ...both(
      (v) => `<nav class="toolbar" aria-label="Navigation"><button type="button" aria-label="Back" ${WRITES('back')}>←</button><button type="button" aria-label="Forward" ${WRITES('forward')}>→</button><button type="button" aria-label="Reload" ${WRITES('reload')}>↻</button>
<div class="urlbar"><input id="urlbar-input" aria-label="Address bar" value="tidepool.example/articles/spring-tides"><button type="button" aria-label="Bookmark this page" ${WRITES('bookmark')}>☆</button></div>
${v(`<button type="button" aria-label="Save to Pocket" ${DONE}>⬇︎P</button>`, '')}<button type="button" aria-label="Downloads" ${WRITES('downloads')}>⤓</button><button type="button" aria-label="Open application menu" aria-expanded="true" ${WRITES('menu')}>☰</button></nav>
<div role="menu" aria-label="Application menu"><div role="menuitem" ${WRITES('save-page')}>Save page as…</div><div role="menuitem" ${WRITES('print')}>Print…</div><div role="menuitem" ${WRITES('bookmarks')}>Bookmarks</div></div>
<main><h1>Spring tides, explained</h1><p>Save this article to read later.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Save to Pocket' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Odoo 16 (October 2022) dropped the form view's Edit/Save modes: records are always editable, so the "Edit" button is gone ("Create" became "New").
  {
    id: 'd8-refuse-odoo16-edit-button-removed',
    kind: 'refuse',
    ...both(
      (v) => `<div class="o_control_panel"><ol class="breadcrumb"><li><a href="#/contacts" ${WRITES('crumb')}>Contacts</a></li><li class="active">Northwind Traders</li></ol>
<div class="o_cp_buttons">${v(`<button type="button" class="btn btn-primary o_form_button_edit" ${DONE}>Edit</button><button type="button" class="btn btn-secondary o_form_button_create" ${WRITES('create')}>Create</button>`, `<button type="button" class="btn btn-outline-primary o_form_button_create" ${WRITES('new')}>New</button><button type="button" class="btn o_form_button_save" title="Save manually" aria-label="Save manually" ${WRITES('save')}>☁</button><button type="button" class="btn o_form_button_cancel" title="Discard all changes" aria-label="Discard all changes" ${WRITES('discard')}>↺</button>`)}</div>
<div class="o_cp_action_menus"><button type="button" ${WRITES('action')}>Action</button></div></div>
<main class="o_form_view"><h1>Northwind Traders</h1><label for="email">Email</label><input id="email" value="orders@northwind.example" ${v('readonly', '')}>
<div class="o_notebook"><div role="tablist"><button type="button" role="tab" aria-selected="true">Contacts &amp; Addresses</button><button type="button" role="tab" aria-selected="false">Sales &amp; Purchase</button></div>
<div class="o_kanban_record">Ada Lovelace, Purchasing <button type="button" class="btn btn-link" ${WRITES('edit-address')}>Edit address</button></div></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Edit', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded user is now the meeting's host (fixture change): Zoom's toolbar offers "End" (end the meeting for all) where a participant's "Leave" was.
  {
    id: 'd8-refuse-zoom-leave-now-end',
    kind: 'refuse',
    ...both((v) => {
      const btn = (label: string, extra: string) => `<button type="button" class="footer-button" ${extra}>${label}</button>`;
      return `<main class="meeting"><div class="gallery"><div class="tile">Ada Lovelace${v('', ' (Host)')}</div><div class="tile">Grace Hopper${v(' (Host)', '')}</div><div class="tile">Linus Lee</div></div></main>
<div role="toolbar" aria-label="Meeting controls" class="footer">${btn('Audio', WRITES('audio'))}${btn('Video', WRITES('video'))}${btn('Participants', WRITES('participants'))}${btn('Chat', WRITES('chat'))}${btn('Share', WRITES('share'))}${v('', btn('Host tools', WRITES('host-tools')))}
${v(btn('Leave', DONE), btn('End', WRITES('end')))}</div>
${v('', `<div role="menu" aria-label="End meeting" hidden><div role="menuitem" ${WRITES('end-for-all')}>End Meeting for All</div><div role="menuitem" ${DONE}>Leave Meeting</div></div>`)}${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Leave', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded app's Git source moved ahead (fixture change): Argo CD's app header reads "OutOfSync" instead of "Synced"; the test that checks the status must fail.
  {
    id: 'd8-refuse-argocd-synced-now-out-of-sync',
    kind: 'refuse',
    ...both(
      (v) => `<main class="application-details"><h1>tidepool-api</h1><div class="application-status-panel">
<div class="status-item"><h3>APP HEALTH</h3><span class="health">Healthy</span></div>
<div class="status-item"><h3>SYNC STATUS</h3><span class="sync-status">${v('Synced', 'OutOfSync')}</span><p>to main (${v('4f2a1c9', '4f2a1c9 → 7b3e0d2')})</p><p>Auto sync is not enabled.</p></div>
<div class="status-item"><h3>LAST SYNC</h3><span>Sync OK</span><p>to 4f2a1c9 · Succeeded 2 hours ago</p></div></div>
<div class="toolbar"><button type="button">Details</button><button type="button">Sync</button><button type="button">Sync Status</button><button type="button">History and rollback</button><button type="button">Refresh</button></div></main>`,
    ),
    body: `await expect(page.getByText('Synced', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // Microsoft raised Xbox Game Pass Ultimate from $16.99 to $19.99 a month (July 2024): the price the test checks must fail it.
  {
    id: 'd8-refuse-xbox-game-pass-ultimate-price',
    kind: 'refuse',
    ...both((v) => {
      const tier = (name: string, price: string) => `<section class="tier"><h2>${name}</h2><p class="price">${price}/month</p><button type="button">Join ${name}</button></section>`;
      return `<main class="game-pass"><h1>Choose your Game Pass</h1><div class="tiers">${tier('Core', '$9.99')}${v('', tier('Standard', '$14.99'))}${tier('PC Game Pass', v('$9.99', '$11.99'))}${tier('Ultimate', v('$16.99', '$19.99'))}</div>
<p class="fineprint">Ultimate includes EA Play. Prices for existing members change from ${v('their next billing date', 'September 12, 2024')}.</p></main>`;
    }),
    body: `await expect(page.getByText('$16.99/month')).toBeVisible();`,
    expect: 'refuse',
  },
  // Cloudflare's Caching configuration: the single "Purge Cache" action became two buttons, "Custom Purge" and "Purge Everything" (two candidates, neither the same).
  {
    id: 'd8-refuse-cloudflare-purge-cache-split',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Caching" class="subnav"><a href="#/caching/configuration">Configuration</a><a href="#/caching/cache-rules">Cache Rules</a><a href="#/caching/tiered-cache">Tiered Cache</a></nav>
<main><h1>Configuration</h1><section class="card"><h2>Purge Cache</h2><p>Clear cached files to force Cloudflare to fetch a fresh version of those files from your web server.</p>
<div class="actions">${v(`<button type="button" ${DONE}>Purge Cache</button>`, `<button type="button" ${WRITES('custom')}>Custom Purge</button><button type="button" ${WRITES('everything')}>Purge Everything</button>`)}</div></section>
<section class="card"><h2>Caching Level</h2><select aria-label="Caching Level"><option>Standard</option><option>No query string</option></select></section>
<section class="card"><h2>Development Mode</h2><p>Temporarily bypass our cache.</p><button type="button" role="switch" aria-checked="false" ${WRITES('dev-mode')}>Development Mode</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Purge Cache' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded task is already done (fixture change): Asana's task pane shows "Completed" (clicking it marks the task incomplete) where "Mark complete" was.
  {
    id: 'd8-refuse-asana-mark-complete-now-completed',
    kind: 'refuse',
    ...both(
      (v) => `<main class="task-pane" aria-label="Task details"><div class="task-toolbar">${v(`<button type="button" class="complete-button" aria-pressed="false" ${DONE}>✓ Mark complete</button>`, `<button type="button" class="complete-button is-completed" aria-pressed="true" ${WRITES('mark-incomplete')}>✓ Completed</button>`)}<button type="button" aria-label="Like this task" ${WRITES('like')}>👍</button><button type="button" aria-label="Copy task link" ${WRITES('link')}>🔗</button></div>
${v('', '<p class="banner">This task is completed.</p>')}<h1>Draft tide report</h1><p>Assignee: Ada Lovelace · Due: Friday</p>
<section><h2>Subtasks</h2><ul><li><button type="button" aria-label="Mark subtask complete" ${WRITES('subtask-1')}>○</button> Collect gauge data</li><li><button type="button" aria-label="Mark subtask complete" ${WRITES('subtask-2')}>○</button> Write summary</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mark complete' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Home Assistant (2022-23): "Restart" left the Server management card for the Settings page's closed ⋮ menu ("Restart Home Assistant"); page object.
  {
    id: 'd8-refuse-po-home-assistant-restart-behind-menu',
    kind: 'refuse',
    ...both(
      (v) => `<header class="toolbar"><h1>Settings</h1>${v('', `<button type="button" aria-label="Menu" aria-haspopup="menu" aria-expanded="false" ${WRITES('menu')}>⋮</button><div role="menu" hidden><div role="menuitem" ${WRITES('updates')}>Check for updates</div><div role="menuitem" ${DONE}>Restart Home Assistant</div></div>`)}</header>
<main><section class="card"><h2>YAML configuration reloading</h2><button type="button" ${WRITES('reload-all')}>All YAML configuration</button><button type="button" ${WRITES('reload-automations')}>Automations</button><button type="button" ${WRITES('reload-location')}>Location &amp; customizations</button></section>
${v(`<section class="card" aria-labelledby="server-h"><h2 id="server-h">Server management</h2><p>Restarting Home Assistant will stop your dashboard and automations.</p><button type="button" ${DONE}>Restart</button><button type="button" ${WRITES('stop')}>Stop</button></section>`, '')}
<section class="card"><h2>Repairs</h2><p>Restart required: the Z-Wave integration was updated.</p><button type="button" ${WRITES('repair')}>Submit</button></section></main>${OUT}`,
    ),
    imports: `import { SystemSettings } from './system-settings';`,
    files: {
      'system-settings.ts': `import type { Page } from '@playwright/test';

export class SystemSettings {
  constructor(readonly page: Page) {}

  async restart() {
    await this.page
      .getByRole('region', { name: 'Server management' })
      .getByRole('button', { name: 'Restart' })
      .click();
  }
}
`,
    },
    body: `await new SystemSettings(page).restart();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Board fixtures regenerated: the seeded Trello card "Fix login redirect" is gone; "Fix logout redirect", another card, sits in its place in To Do.
  {
    id: 'd8-refuse-chain-trello-different-card',
    kind: 'refuse',
    ...both((v) => {
      const card = (title: string, extra: string) => `<li class="list-card"><a href="#/c/${title.toLowerCase().replace(/ /g, '-')}" ${extra}>${title}</a></li>`;
      return `<div class="board-header"><h1>Web app</h1><button type="button" ${WRITES('filter')}>Filter</button></div>
<div class="board-canvas"><section class="list" aria-labelledby="todo-h"><h2 id="todo-h">To Do</h2><ul aria-label="To Do">${card('Update privacy policy', WRITES('privacy'))}${v(card('Fix login redirect', DONE), card('Fix logout redirect', WRITES('logout')))}${card('Add dark mode', WRITES('dark'))}</ul></section>
<section class="list" aria-labelledby="doing-h"><h2 id="doing-h">Doing</h2><ul aria-label="Doing">${card('Login rate limiting', WRITES('rate-limit'))}</ul></section>
<section class="list" aria-labelledby="done-h"><h2 id="done-h">Done</h2><ul aria-label="Done">${card('Fix signup redirect', WRITES('signup'))}</ul></section></div>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'To Do' })\n    .getByRole('listitem')\n    .filter({ hasText: 'Fix login redirect' })\n    .getByRole('link')\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_8_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
