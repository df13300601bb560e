// Fourteenth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (a broadcaster's streaming rebrand in its logo alt, a game-engine launcher's add-project
// button, an automation platform's product name in its About dialog, a diagram editor's logo tooltip, a
// project tracker's search placeholder, a game client's friend-request label, a fitness membership's
// name, a mobile IDE's device menu entry, a photo app's bottom tab, a notebook service's accelerator
// option, an API client's logo link and a grocery app's membership link) on role, label, placeholder,
// alt, title, text, menuitem, tab and option locators; Prettier-style multi-line chains in the test body
// and in page objects where the scope step, a filter or the last step drifts; library and framework
// upgrades (Tippy.js 6, FullCalendar 5, htmx 2, Shoelace -> Web Awesome, the Furo Sphinx theme, JSF 2
// Facelets) on class, attribute, XPath and id locators; and releases or fixture changes where any patch
// would be wrong (the same control now naming the opposite action, another action in the old one's
// place, a feature or plan retired while look-alikes stay, a feature moved behind a paywall, a price rise,
// a status that went red, a different record, a control moved behind a closed menu). Pages carry decoys
// that share words, classes or attributes with the target. Heal cases name the `target` the drifted
// locator must now find; refuse cases have none.
//
// The real-world wording I am least sure of (the release is real, the exact strings are my recollection):
// d14-button-unity-hub3-add-to-open (Hub 2's capitalised "ADD" and Hub 3's "Open" split button),
// d14-heading-ansible-tower-to-automation-controller (the About dialog's heading),
// d14-title-drawio-to-diagrams-net (which element carries the tooltip),
// d14-placeholder-clubhouse-to-shortcut (the search box's placeholder),
// d14-label-league-summoner-name-to-riot-id (the Add Friend dialog's labels),
// d14-text-peloton-digital-to-peloton-app (the month of the rename), d14-option-colab-gpu-to-t4-gpu (the
// 2023 runtime dialog's option names), d14-chain-po-kicad6-eeschema-to-schematic-editor (KiCad 5's
// launcher tooltips), d14-chain-po-okta-multifactor-to-authenticators (the Admin Console's Security
// entries), d14-chain-play-console-all-applications-to-all-apps (the old console's side menu),
// d14-chain-po-app-store-connect-users-and-access (the old section's tab names),
// d14-attr-shoelace-to-web-awesome (the release year and the brand variant), d14-xpath-pip-docs-furo (the
// year pip's docs moved to Furo), d14-refuse-substack-upgrade-to-paid (the button's wording) and
// d14-refuse-po-safari15-share-behind-page-menu (which Safari 15 layout hid Share, and the menu's name).
// Every product here is one no earlier dev set used (their comments were grepped for each name first).
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // ITV replaced ITV Hub with ITVX (December 8, 2022): the streaming site's header logo took the new name; the channel logos stayed.
  {
    id: 'd14-alt-itv-hub-to-itvx',
    kind: 'renamed text',
    ...both((v) => {
      const channel = (name: string, n: number) => `<li><a href="#/watch/${name.toLowerCase()}" ${WRITES(`channel-${n}`)}><img src="${GIF}" alt="${name}" width="48" height="24"></a></li>`;
      return `<header class="site-header"><a href="#/" class="logo" ${DONE}><img src="${GIF}" alt="${v('ITV Hub', 'ITVX')}" width="90" height="28"></a><nav aria-label="Main"><a href="#/categories" ${WRITES('categories')}>Categories</a><a href="#/${v('hub/tv-guide', 'tv-guide')}" ${WRITES('guide')}>TV Guide</a><a href="#/${v('hub/live', 'live')}" ${WRITES('live')}>Live</a></nav><a href="#/${v('hub-plus', 'premium')}" ${WRITES('premium')}><img src="${GIF}" alt="${v('ITV Hub+', 'ITVX Premium')}" width="70" height="20"></a><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button><button type="button" ${WRITES('account')}>Sign in</button></header>
<main><section><h2>Live channels</h2><ul class="channels">${channel('ITV1', 1)}${channel('ITV2', 2)}${channel('ITVBe', 3)}${channel('ITV4', 4)}</ul></section>
<section><h2>${v('Popular on ITV Hub', 'Popular on ITVX')}</h2><ul><li><a href="#/watch/the-tide-keepers" ${WRITES('show-1')}>The Tide Keepers</a></li><li><a href="#/watch/harbour-nights" ${WRITES('show-2')}>Harbour Nights</a></li></ul></section></main>${OUT}`;
    }),
    body: `await page.getByAltText('ITV Hub', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.logo img',
  },
  // Unity Hub 3.0 (2022) rebuilt the Projects page: Hub 2's "ADD" button (add a project from disk) became the "Open" split button ("NEW" became "New project").
  {
    id: 'd14-button-unity-hub3-add-to-open',
    kind: 'renamed text',
    ...both((v) => {
      const project = (name: string, version: string, n: number) => `<tr><td><a href="#/projects/${n}" ${WRITES(`project-${n}`)}>${name}</a></td><td>${version}</td><td><button type="button" aria-label="More options for ${name}" ${WRITES(`more-${n}`)}>⋯</button></td></tr>`;
      const actions = v(
        `<button type="button" class="add-project" ${DONE}>ADD</button><button type="button" class="new-project" ${WRITES('new')}>NEW</button>`,
        `<button type="button" class="add-project" ${DONE}>Open</button><button type="button" aria-label="Open options" aria-haspopup="menu" ${WRITES('open-options')}>▾</button><button type="button" class="new-project" ${WRITES('new')}>New project</button>`,
      );
      return `<nav aria-label="Hub" class="sidebar"><a href="#/projects" ${WRITES('projects')}>Projects</a><a href="#/installs" ${WRITES('installs')}>Installs</a><a href="#/learn" ${WRITES('learn')}>Learn</a><a href="#/community" ${WRITES('community')}>Community</a></nav>
<main><header class="page-header"><h1>Projects</h1><div class="actions">${actions}</div></header><input type="search" aria-label="Search" placeholder="Search"><table aria-label="Projects"><tr><th>Name</th><th>Editor version</th><th></th></tr>${project('TidePool', '2021.3.4f1', 1)}${project('HarbourSim', '2020.3.30f1', 2)}</table>
<section><h2>Installs</h2><p>2 editors installed</p><button type="button" ${WRITES('add-editor')}>${v('Add Unity Editor', 'Install Editor')}</button></section></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'ADD', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.add-project',
  },
  // Red Hat renamed Ansible Tower "automation controller" in Ansible Automation Platform 2.0 (2021): the web UI's About dialog took the new product name.
  {
    id: 'd14-heading-ansible-tower-to-automation-controller',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="masthead"><a href="#/home"><img src="${GIF}" alt="${v('Ansible Tower', 'Red Hat Ansible Automation Platform')}" width="120" height="28"></a><button type="button" aria-label="Info">?</button><button type="button">admin ▾</button></header>
<nav aria-label="Navigation" class="sidebar"><h3>Views</h3><a href="#/home">Dashboard</a><a href="#/jobs">Jobs</a><a href="#/schedules">Schedules</a><h3>Resources</h3><a href="#/templates">Templates</a><a href="#/inventories">Inventories</a><a href="#/projects">Projects</a><h3>Administration</h3><a href="#/instance_groups">Instance Groups</a>${v('', '<a href="#/execution_environments">Execution Environments</a>')}</nav>
<main><h2>Dashboard</h2><p>Hosts 42 · Failed hosts 0 · Inventories 3 · Projects 4</p></main>
<div role="dialog" aria-modal="true" aria-label="About" class="about-modal"><h1>${v('Ansible Tower', 'Automation Controller')}</h1><dl><dt>${v('Tower Version', 'Controller Version')}</dt><dd>${v('3.8.6', '4.1.0')}</dd><dt>Ansible Version</dt><dd>${v('2.9.27', 'core 2.12.2')}</dd></dl><p>${v('Ansible Tower', 'Red Hat Ansible Automation Platform')} is a registered trademark of Red Hat, Inc.</p><button type="button">Close</button></div>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Ansible Tower', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '[role="dialog"] h1',
  },
  // draw.io became diagrams.net (February 2020; the name draw.io came back in 2024): the editor's top-left logo link took the new name in its tooltip.
  {
    id: 'd14-title-drawio-to-diagrams-net',
    kind: 'renamed text',
    ...both((v) => {
      const tool = (title: string, glyph: string, extra: string) => `<button type="button" title="${title}" ${extra}>${glyph}</button>`;
      return `<header class="menubar"><a href="#/" class="app-logo" title="${v('draw.io', 'diagrams.net')}" ${DONE}><img src="${GIF}" alt="" width="32" height="32"></a><h1 class="file-title">dover-harbour.drawio</h1><div role="menubar" aria-label="Diagram menu">${['File', 'Edit', 'View', 'Arrange', 'Extras', 'Help'].map((m) => `<button type="button" role="menuitem" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div></header>
<div role="toolbar" aria-label="Diagram" class="toolbar">${tool('Undo (Ctrl+Z)', '↶', WRITES('undo'))}${tool('Redo (Ctrl+Shift+Z)', '↷', WRITES('redo'))}${tool('Delete (Delete)', '🗑', WRITES('delete'))}${tool('Fill Color...', '🪣', WRITES('fill'))}${tool('Line Color...', '✎', WRITES('line'))}${tool('Insert', '＋', WRITES('insert'))}${tool('Format (Ctrl+Shift+P)', '▤', WRITES('format'))}</div>
<aside class="sidebar" aria-label="Shapes"><input type="search" aria-label="Search shapes" placeholder="Search Shapes"><h2>General</h2><ul><li title="Rectangle">▭</li><li title="Ellipse">◯</li><li title="Text">T</li></ul></aside>
<footer><a href="#/desktop" title="${v('draw.io Desktop', 'diagrams.net Desktop')}" ${WRITES('desktop')}>Desktop app</a></footer>${OUT}`;
    }),
    body: `await page.getByTitle('draw.io', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.app-logo',
  },
  // Clubhouse (the project tracker) renamed itself Shortcut (September 2021): the app header's search box placeholder followed.
  {
    id: 'd14-placeholder-clubhouse-to-shortcut',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="app-header"><a href="#/tidepool/dashboard"><img src="${GIF}" alt="${v('Clubhouse', 'Shortcut')}" width="90" height="24"></a><form role="search" class="global-search"><input type="search" name="q" placeholder="${v('Search Clubhouse', 'Search Shortcut')}" aria-label="Search" autocomplete="off"></form><button type="button">Create Story</button></header>
<nav aria-label="Workspace" class="sidebar"><a href="#/tidepool/stories">Stories</a><a href="#/tidepool/epics">Epics</a><a href="#/tidepool/iterations">Iterations</a><a href="#/tidepool/${v('milestones', 'objectives')}">${v('Milestones', 'Objectives')}</a></nav>
<main><h1>Stories</h1><input type="search" name="story-filter" aria-label="Filter stories" placeholder="Filter stories by name"><ul class="story-list"><li>Dover gauge drops readings at spring tide</li><li>Add Calais to the station list</li></ul>
<aside><h2>Integrations</h2><label for="gh-search">Search GitHub repositories</label><input id="gh-search" name="gh-search" placeholder="Search repositories"></aside></main>`,
    ),
    body: `await page.getByPlaceholder('Search Clubhouse').fill('tide');\n  await expect(page.locator('input[name="q"]')).toHaveValue('tide');`,
    expect: 'heal',
    target: 'input[name="q"]',
  },
  // Riot Games replaced League of Legends summoner names with Riot IDs (November 2023): the client's Add Friend dialog asks for a Riot ID (name plus tagline) where it asked for a summoner name.
  {
    id: 'd14-label-league-summoner-name-to-riot-id',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="client-nav"><button type="button">PLAY</button><a href="#/home">Home</a><a href="#/tft">TFT</a><a href="#/clash">Clash</a><a href="#/profile">Profile</a><a href="#/collection">Collection</a><a href="#/store">Store</a></header>
<aside class="social"><h2>Social</h2><p class="me">${v('TideRunner', 'TideRunner #EUW')}</p><p>Summoner Level 212</p><ul><li>GraceHopper · In Lobby</li><li>LinusLee · Away</li></ul></aside>
<div role="dialog" aria-label="Add Friend" class="add-friend"><h2>Add Friend</h2><form><label for="add-friend-name">${v('Summoner Name', 'Riot ID')}</label><input id="add-friend-name" name="name" placeholder="${v('Summoner Name', 'Name')}">${v('', '<label for="add-friend-tag">Tagline</label><input id="add-friend-tag" name="tag" placeholder="#EUW">')}
<label for="add-friend-note">Note (optional)</label><input id="add-friend-note" name="note"><button type="button">Send</button><button type="button">Cancel</button></form></div>`,
    ),
    body: `await page.getByLabel('Summoner Name').fill('Tide Runner');\n  await expect(page.locator('#add-friend-name')).toHaveValue('Tide Runner');`,
    expect: 'heal',
    target: '#add-friend-name',
  },
];

const renamedTextMore: Drift[] = [
  // Peloton renamed its Digital membership "App membership" (2021): the account's membership card shows "Peloton App" where it showed "Peloton Digital".
  {
    id: 'd14-text-peloton-digital-to-peloton-app',
    kind: 'renamed text',
    ...both(
      (v) => `<header><a href="#/"><img src="${GIF}" alt="Peloton" width="90" height="24"></a><nav aria-label="Main"><a href="#/classes">Classes</a><a href="#/programs">Programs</a><a href="#/challenges">Challenges</a><a href="#/profile">Profile</a></nav></header>
<main><h1>Memberships</h1><section class="membership-card"><h2>Your membership</h2><p class="membership-type">${v('Peloton Digital', 'Peloton App')}</p><p>$12.99/mo · Renews Jan 14</p><a href="#/memberships/digital/manage">Manage</a></section>
<section class="membership-card"><h2>Add equipment</h2><p>All-Access Membership needs a Peloton Bike, Tread or Row.</p><a href="#/shop">Shop equipment</a></section>
<section><h2>Gift cards</h2><p>${v('Give Peloton Digital', 'Give the Peloton App')}</p></section></main>`,
    ),
    body: `await expect(page.getByText('Peloton Digital', { exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '.membership-type',
  },
  // Android Studio Bumblebee (2021.1.1, January 2022) replaced the AVD Manager with the Device Manager: the Tools menu's "AVD Manager" became "Device Manager".
  {
    id: 'd14-menuitem-android-studio-avd-manager-to-device-manager',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const menus = ['File', 'Edit', 'View', 'Navigate', 'Code', 'Refactor', 'Build', 'Run', 'Tools', 'VCS', 'Window', 'Help'].map((m) => `<button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="${m === 'Tools'}" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('');
      return `<div role="menubar" aria-label="Main menu" class="menubar">${menus}</div>
<div role="menu" aria-label="Tools" class="dropdown">${item('Tasks &amp; Contexts', WRITES('tasks'))}${item(v('AVD Manager', 'Device Manager'), DONE)}${item('SDK Manager', WRITES('sdk-manager'))}${item('Resource Manager', WRITES('resource-manager'))}${item('Layout Inspector', WRITES('layout-inspector'))}${item('App Links Assistant', WRITES('app-links'))}${item('Firebase', WRITES('firebase'))}</div>
<main class="ide"><h1>TideClock – MainActivity.kt [TideClock.app]</h1><nav aria-label="Project"><ul><li>app</li><li>manifests</li><li>java</li></ul></nav><pre>class MainActivity : AppCompatActivity() { /* next high water */ }</pre>
<div role="toolbar" aria-label="Run"><button type="button" aria-label="Available devices" ${WRITES('device-picker')}>Pixel 4 API 30 ▾</button><button type="button" aria-label="Run 'app'" ${WRITES('run')}>▶</button><button type="button" aria-label="${v('AVD Manager', 'Device Manager')} tool window" ${WRITES('device-manager-window')}>📱</button></div></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'AVD Manager' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"][aria-label="Tools"] [role="menuitem"]:text-is("Device Manager")',
  },
  // Google Photos (2024) renamed its "Library" tab "Collections" (albums, people, places and the utilities moved there).
  {
    id: 'd14-tab-google-photos-library-to-collections',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<header class="top-bar"><img src="${GIF}" alt="Google Photos" width="90" height="24"><input type="search" aria-label="Search your photos" placeholder="Search your photos"><button type="button" aria-label="Upload" ${WRITES('upload')}>⤒</button></header>
<main><h1>Photos</h1><section><h2>Today</h2><ul class="grid"><li><img src="${GIF}" alt="Photo - Landscape - 14 Jan 2024" width="80" height="60"></li><li><img src="${GIF}" alt="Photo - Portrait - 14 Jan 2024" width="45" height="60"></li></ul></section>
<section><h2>${v('Albums in your library', 'Albums')}</h2><a href="#/albums/harbour" ${WRITES('album')}>Harbour</a><a href="#/${v('library', 'collections')}/utilities" ${WRITES('utilities')}>Utilities</a><a href="#/archive" ${WRITES('archive')}>Archive</a></section></main>
<nav aria-label="Google Photos"><div role="tablist" aria-label="Sections" class="bottom-tabs">${tab('Photos', WRITES('photos'), true)}${v(`${tab('Search', WRITES('search'))}${tab('Sharing', WRITES('sharing'))}${tab('Library', DONE)}`, `${tab('Collections', DONE)}${tab('Search', WRITES('search'))}`)}</div></nav>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Library' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Collections")',
  },
  // Google Colab (2023) named its accelerators by chip: the runtime dialog's "GPU" became "T4 GPU" (the free tier's), beside the paid "A100 GPU" and "V100 GPU".
  {
    id: 'd14-option-colab-gpu-to-t4-gpu',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string, selected = false, disabled = false) => `<div role="option" aria-selected="${selected}"${disabled ? ' aria-disabled="true"' : ''} class="option" ${extra}>${label}</div>`;
      const options = v(
        `${opt('None', WRITES('none'), true)}${opt('GPU', DONE)}${opt('TPU', WRITES('tpu'))}`,
        `${opt('CPU', WRITES('none'), true)}${opt('T4 GPU', DONE)}${opt('A100 GPU', WRITES('a100'), false, true)}${opt('V100 GPU', WRITES('v100'), false, true)}${opt('TPU v2', WRITES('tpu'), false, true)}`,
      );
      return `<header class="colab-header"><h1>tide_harmonics.ipynb</h1><div role="menubar" aria-label="Notebook">${['File', 'Edit', 'View', 'Insert', 'Runtime', 'Tools', 'Help'].map((m) => `<button type="button" role="menuitem" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div><button type="button" ${WRITES('connect')}>Connect</button></header>
<div role="dialog" aria-label="Change runtime type" class="dialog"><h2>Change runtime type</h2><label for="runtime">Runtime type</label><select id="runtime"><option>Python 3</option><option>R</option></select>
<p id="accel-label">Hardware accelerator</p><div role="listbox" aria-labelledby="accel-label">${options}</div>${v('', `<p class="note">Want access to premium GPUs? <a href="#/signup" ${WRITES('upgrade')}>Purchase additional compute units</a></p>`)}
<button type="button" ${WRITES('cancel')}>Cancel</button><button type="button" ${WRITES('save')}>Save</button></div>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'GPU', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="listbox"] [role="option"]:text-is("T4 GPU")',
  },
  // Postwoman, the open-source API client, renamed itself Hoppscotch (August 2020): the app header's logo link took the new name.
  {
    id: 'd14-link-postwoman-to-hoppscotch',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="app-header"><a href="#/" class="logo" ${DONE}>${v('Postwoman', 'Hoppscotch')}</a><nav aria-label="Tools"><a href="#/" ${WRITES('rest')}>REST</a><a href="#/graphql" ${WRITES('graphql')}>GraphQL</a><a href="#/realtime" ${WRITES('realtime')}>Realtime</a><a href="#/doc" ${WRITES('docs')}>Documentation</a><a href="#/settings" ${WRITES('settings')}>Settings</a></nav><a href="#/github" ${WRITES('github')}>${v('Postwoman', 'Hoppscotch')} on GitHub</a></header>
<main><h1>REST</h1><label for="method">Method</label><select id="method"><option>GET</option><option>POST</option></select><label for="url">URL</label><input id="url" value="https://tides.example/api/stations/dover"><button type="button" ${WRITES('send')}>Send</button>
<section><h2>Import</h2><a href="#/import/postman" ${WRITES('import-postman')}>Import from Postman</a><a href="#/import/openapi" ${WRITES('import-openapi')}>Import from OpenAPI</a></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Postwoman', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.logo',
  },
  // Instacart renamed its Instacart Express membership "Instacart+" (2022): the account menu's membership link followed.
  {
    id: 'd14-link-instacart-express-to-instacart-plus',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/store/account/${href}" ${extra}>${label}</a></li>`;
      return `<header class="store-header"><a href="#/store" ${WRITES('logo')}><img src="${GIF}" alt="Instacart" width="90" height="24"></a><input type="search" aria-label="Search products and stores" placeholder="Search products and stores"><button type="button" aria-expanded="true" ${WRITES('account')}>Ada ▾</button></header>
<nav aria-label="Account" class="account-menu"><ul>${link('orders', 'Your orders', WRITES('orders'))}${link('lists', 'Your lists', WRITES('lists'))}${link('membership', v('Instacart Express', 'Instacart+'), DONE)}${link('business', 'Instacart Business', WRITES('business'))}${link('gift-cards', 'Gift cards', WRITES('gift-cards'))}${link('credits', 'Credits and promos', WRITES('credits'))}</ul></nav>
<main><h1>Dover Harbour Market</h1><p>${v('Free delivery on orders over $35 with Instacart Express', 'Free delivery on orders over $35 with Instacart+')}</p><a href="#/store/dover-harbour/storefront" ${WRITES('store')}>Shop now</a></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Instacart Express', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Account"] a[href="#/store/account/membership"]',
  },
];

const chains: Drift[] = [
  // iTunes Connect became App Store Connect (June 2018): its "Users and Roles" section became "Users and Access", where the Sandbox Testers tab still sits (page object, the scope step drifts).
  {
    id: 'd14-chain-po-app-store-connect-users-and-access',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      const tabs = v(
        `${tab('iTunes Connect Users', WRITES('users'), true)}${tab('TestFlight Beta Testers', WRITES('beta-testers'))}${tab('Sandbox Testers', DONE)}`,
        `${tab('People', WRITES('users'), true)}${tab('Sandbox Testers', DONE)}${tab('Keys', WRITES('keys'))}${tab('Shared Secret', WRITES('shared-secret'))}`,
      );
      return `<header class="global-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="${v('iTunes Connect', 'App Store Connect')}" width="140" height="24"></a><nav aria-label="Main">${link('apps', v('My Apps', 'Apps'), WRITES('apps'))}${link('analytics', 'App Analytics', WRITES('analytics'))}${link('trends', 'Sales and Trends', WRITES('trends'))}${link('payments', 'Payments and Financial Reports', WRITES('payments'))}${link('access/users', v('Users and Roles', 'Users and Access'), WRITES('nav-users'))}${link('agreements', 'Agreements, Tax, and Banking', WRITES('agreements'))}</nav></header>
<main><section aria-label="${v('Users and Roles', 'Users and Access')}"><h1>${v('Users and Roles', 'Users and Access')}</h1><div role="tablist" aria-label="${v('Users and Roles', 'Users and Access')}">${tabs}</div><table aria-label="Users"><tr><th>Name</th><th>Role</th></tr><tr><td>Ada Lovelace</td><td>Admin</td></tr><tr><td>Grace Hopper</td><td>Developer</td></tr></table></section>
<section aria-label="TestFlight"><h2>TestFlight</h2><div role="tablist" aria-label="TestFlight">${tab('Internal Testing', WRITES('internal'), true)}${tab('External Testers', WRITES('external'))}</div></section></main>${OUT}`;
    }),
    imports: `import { UsersPage } from './users-page';`,
    files: {
      'users-page.ts': `import type { Page } from '@playwright/test';

export class UsersPage {
  constructor(readonly page: Page) {}

  async openSandboxTesters() {
    await this.page
      .getByRole('region', { name: 'Users and Roles' })
      .getByRole('tab', { name: 'Sandbox Testers' })
      .click();
  }

  async openTestFlightExternal() {
    await this.page
      .getByRole('region', { name: 'TestFlight' })
      .getByRole('tab', { name: 'External Testers' })
      .click();
  }
}
`,
    },
    body: `await new UsersPage(page).openSandboxTesters();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Users and Access"] [role="tab"]:text-is("Sandbox Testers")',
  },
  // AWS renamed Amazon Kinesis Data Analytics "Amazon Managed Service for Apache Flink" (August 2023): the console's Analytics services list followed; Data Streams and Video Streams kept the Kinesis name (page object, the filter step drifts).
  {
    id: 'd14-chain-po-kinesis-analytics-to-managed-flink',
    kind: 'multi-line chain',
    ...both((v) => {
      const service = (name: string, description: string, extra: string) => `<li class="service"><a href="#/${name.toLowerCase().replace(/[^a-z]+/g, '-')}/home">${name}</a><p>${description}</p><button type="button" aria-label="Add to favorites" ${extra}>☆</button></li>`;
      return `<header class="console-nav"><a href="#/console/home" ${WRITES('logo')}><img src="${GIF}" alt="AWS" width="40" height="24"></a><button type="button" aria-expanded="true" ${WRITES('services')}>Services</button><input type="search" aria-label="Search" placeholder="Search for services, features, blogs, docs, and more"><button type="button" ${WRITES('region')}>Europe (London) ▾</button></header>
<div role="group" aria-label="Analytics" class="services-menu"><h2>Analytics</h2><ul>${service('Athena', 'Serverless interactive analytics service', WRITES('fav-athena'))}${service('Kinesis', 'Work with real-time streaming data', WRITES('fav-kinesis'))}${service(v('Kinesis Data Analytics', 'Managed Apache Flink'), v('Analyze streaming data with SQL or Apache Flink', 'Real-time stream processing with Apache Flink'), DONE)}${service(v('Kinesis Data Firehose', 'Amazon Data Firehose'), 'Load streaming data into data lakes and warehouses', WRITES('fav-firehose'))}${service('Kinesis Video Streams', 'Capture, process and store video streams', WRITES('fav-video'))}${service('Managed Streaming for Apache Kafka', 'Fully managed Apache Kafka', WRITES('fav-msk'))}</ul></div>
<main><h1>Console Home</h1><section><h2>Recently visited</h2><ul><li><a href="#/kinesis/home" ${WRITES('recent-kinesis')}>Kinesis</a></li><li><a href="#/s3/home" ${WRITES('recent-s3')}>S3</a></li></ul></section></main>${OUT}`;
    }),
    imports: `import { ServicesMenu } from './services-menu';`,
    files: {
      'services-menu.ts': `import type { Page } from '@playwright/test';

export class ServicesMenu {
  constructor(readonly page: Page) {}

  async favorite(service: string) {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: service })
      .getByRole('button', { name: 'Add to favorites' })
      .click();
  }

  async favoriteStreamingAnalytics() {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: 'Kinesis Data Analytics' })
      .getByRole('button', { name: 'Add to favorites' })
      .click();
  }
}
`,
    },
    body: `await new ServicesMenu(page).favoriteStreamingAnalytics();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.service:has-text("Managed Apache Flink") button[aria-label="Add to favorites"]',
  },
  // vSphere 7 (April 2020) replaced vSphere Update Manager with vSphere Lifecycle Manager: the vSphere Client's main menu entry "Update Manager" became "Lifecycle Manager" (page object).
  {
    id: 'd14-chain-po-vsphere7-update-manager-to-lifecycle-manager',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<header class="vsphere-header"><button type="button" aria-haspopup="menu" aria-expanded="true" ${WRITES('menu')}>Menu ▾</button><span class="brand">vSphere Client</span><input type="search" aria-label="Search in all environments" placeholder="Search in all environments"><button type="button" ${WRITES('user')}>administrator@vsphere.local ▾</button></header>
<div role="menu" aria-label="Menu" class="main-menu">${item('Home', WRITES('home'))}${item('Shortcuts', WRITES('shortcuts'))}${item('Hosts and Clusters', WRITES('hosts'))}${item('VMs and Templates', WRITES('vms'))}${item('Storage', WRITES('storage'))}${item('Networking', WRITES('networking'))}${item('Content Libraries', WRITES('content'))}${v('', item('Workload Management', WRITES('workload')))}${item('Policies and Profiles', WRITES('policies'))}${item('Auto Deploy', WRITES('auto-deploy'))}${item(v('Update Manager', 'Lifecycle Manager'), DONE)}${item('Administration', WRITES('administration'))}${item('Tasks', WRITES('tasks'))}${item('Events', WRITES('events'))}</div>
<main><h1>dover-cluster</h1><div role="tablist" aria-label="Cluster"><button type="button" role="tab" aria-selected="true" ${WRITES('summary')}>Summary</button><button type="button" role="tab" aria-selected="false" ${WRITES('monitor')}>Monitor</button><button type="button" role="tab" aria-selected="false" ${WRITES('configure')}>Configure</button><button type="button" role="tab" aria-selected="false" ${WRITES('updates')}>Updates</button></div><p>Hosts: 3 · Virtual machines: 24</p><button type="button" ${WRITES('check-updates')}>Check for updates</button></main>${OUT}`;
    }),
    imports: `import { VsphereMenu } from './vsphere-menu';`,
    files: {
      'vsphere-menu.ts': `import type { Page } from '@playwright/test';

export class VsphereMenu {
  constructor(readonly page: Page) {}

  async openUpdateManager() {
    await this.page
      .getByRole('menu', { name: 'Menu' })
      .getByRole('menuitem', { name: 'Update Manager' })
      .click();
  }

  async openHostsAndClusters() {
    await this.page
      .getByRole('menu', { name: 'Menu' })
      .getByRole('menuitem', { name: 'Hosts and Clusters' })
      .click();
  }
}
`,
    },
    body: `await new VsphereMenu(page).openUpdateManager();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:text-is("Lifecycle Manager")',
  },
  // KiCad 6.0 (December 2021) named its tools by what they do: the project manager's "Eeschema" launcher became "Schematic Editor" and "Pcbnew" became "PCB Editor" (page object; KiCad 5's tooltips as I recall them).
  {
    id: 'd14-chain-po-kicad6-eeschema-to-schematic-editor',
    kind: 'multi-line chain',
    ...both((v) => {
      const tool = (label: string, glyph: string, extra: string) => `<button type="button" aria-label="${label}" title="${label}" ${extra}>${glyph}</button>`;
      return `<div role="menubar" aria-label="KiCad" class="menubar">${['File', 'View', 'Tools', 'Preferences', 'Help'].map((m) => `<button type="button" role="menuitem" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div>
<aside aria-label="Project files" class="tree"><h2>tide-clock</h2><ul><li>tide-clock.${v('pro', 'kicad_pro')}</li><li>tide-clock.${v('sch', 'kicad_sch')}</li><li>tide-clock.kicad_pcb</li></ul></aside>
<div role="toolbar" aria-label="Launcher" class="launcher">${tool(v('Eeschema', 'Schematic Editor'), '⏚', DONE)}${tool(v('Symbol Library Editor', 'Symbol Editor'), '▷', WRITES('symbol-editor'))}${tool(v('Pcbnew', 'PCB Editor'), '▦', WRITES('pcb-editor'))}${tool('Footprint Editor', '⬚', WRITES('footprint-editor'))}${tool(v('GerbView', 'Gerber Viewer'), 'G', WRITES('gerbview'))}${tool(v('Bitmap2Component', 'Image Converter'), '🖼', WRITES('bitmap'))}${tool(v('PCB Calculator', 'Calculator Tools'), '∑', WRITES('calculator'))}${tool(v('Page Layout Editor', 'Drawing Sheet Editor'), '▭', WRITES('sheet-editor'))}</div>
<main><h1>KiCad ${v('5.1.12', '6.0.0')}</h1><p>Project: /home/ada/tide-clock</p></main>${OUT}`;
    }),
    imports: `import { ProjectManager } from './project-manager';`,
    files: {
      'project-manager.ts': `import type { Page } from '@playwright/test';

export class ProjectManager {
  constructor(readonly page: Page) {}

  async openSchematic() {
    await this.page
      .getByRole('toolbar', { name: 'Launcher' })
      .getByRole('button', { name: 'Eeschema' })
      .click();
  }

  async openFootprints() {
    await this.page
      .getByRole('toolbar', { name: 'Launcher' })
      .getByRole('button', { name: 'Footprint Editor' })
      .click();
  }
}
`,
    },
    body: `await new ProjectManager(page).openSchematic();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="toolbar"] button[aria-label="Schematic Editor"]',
  },
  // Okta Identity Engine (2021) replaced the Admin Console's Security > "Multifactor" page with "Authenticators" (page object; the Security entries as I recall them).
  {
    id: 'd14-chain-po-okta-multifactor-to-authenticators',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/admin/${href}" ${extra}>${label}</a></li>`;
      const group = (name: string, links: string) => `<div role="group" aria-label="${name}" class="nav-group"><h3>${name}</h3><ul>${links}</ul></div>`;
      const security = v(
        `${link('access/general', 'General', WRITES('general'))}${link('access/multifactor', 'Multifactor', DONE)}${link('access/authentication', 'Authentication', WRITES('authentication'))}${link('access/identity-providers', 'Identity Providers', WRITES('idps'))}${link('access/networks', 'Networks', WRITES('networks'))}${link('access/api', 'API', WRITES('api'))}`,
        `${link('access/general', 'General', WRITES('general'))}${link('access/authenticators', 'Authenticators', DONE)}${link('authentication-policies', 'Authentication Policies', WRITES('authentication'))}${link('access/policies', 'Global Session Policy', WRITES('session'))}${link('access/identity-providers', 'Identity Providers', WRITES('idps'))}${link('access/networks', 'Networks', WRITES('networks'))}${link('access/api', 'API', WRITES('api'))}`,
      );
      return `<nav aria-label="Admin" class="sidenav">${group('Directory', `${link('users', 'People', WRITES('people'))}${link('groups', 'Groups', WRITES('groups'))}${link('devices', 'Devices', WRITES('devices'))}`)}${group('Applications', `${link('apps/active', 'Applications', WRITES('apps'))}${link('apps/self-service', 'Self Service', WRITES('self-service'))}`)}${group('Security', security)}${group('Reports', `${link('reports', 'Reports', WRITES('reports'))}${link('reports/system-log', 'System Log', WRITES('system-log'))}`)}</nav>
<main><h1>Dashboard</h1><section><h2>Tasks</h2><p>3 users are locked out</p></section><section><h2>${v('Multifactor enrollment', 'Authenticator enrollment')}</h2><p>82% of users enrolled</p><a href="#/admin/reports/mfa" ${WRITES('mfa-report')}>View report</a></section></main>${OUT}`;
    }),
    imports: `import { AdminNav } from './admin-nav';`,
    files: {
      'admin-nav.ts': `import type { Page } from '@playwright/test';

export class AdminNav {
  constructor(readonly page: Page) {}

  async openMultifactor() {
    await this.page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('group', { name: 'Security' })
      .getByRole('link', { name: 'Multifactor' })
      .click();
  }

  async openSystemLog() {
    await this.page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('group', { name: 'Reports' })
      .getByRole('link', { name: 'System Log' })
      .click();
  }
}
`,
    },
    body: `await new AdminNav(page).openMultifactor();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav [role="group"] a[href="#/admin/access/authenticators"]',
  },
];

const chainsMore: Drift[] = [
  // Microsoft renamed the Microsoft Endpoint Manager admin center the "Microsoft Intune admin center" (2023): the portal banner's home link followed; the left nav keeps "Endpoint security".
  {
    id: 'd14-chain-intune-endpoint-manager-to-intune-admin-center',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="portal-banner"><button type="button" aria-label="App launcher" ${WRITES('launcher')}>▦</button><a href="#/home" class="brand" ${DONE}>${v('Microsoft Endpoint Manager admin center', 'Microsoft Intune admin center')}</a><input type="search" aria-label="Search resources, services, and docs" placeholder="Search resources, services, and docs"><button type="button" aria-label="Settings" ${WRITES('settings')}>⚙</button><button type="button" ${WRITES('account')}>ada@tidepool.example</button></header>
<nav aria-label="Portal" class="left-nav"><ul>${link('home', 'Home', WRITES('home'))}${link('dashboard', 'Dashboard', WRITES('dashboard'))}${link('services', 'All services', WRITES('all-services'))}${link('devices', 'Devices', WRITES('devices'))}${link('apps', 'Apps', WRITES('apps'))}${link('security', 'Endpoint security', WRITES('endpoint-security'))}${link('reports', 'Reports', WRITES('reports'))}${link('users', 'Users', WRITES('users'))}${link('admin', 'Tenant administration', WRITES('tenant'))}</ul></nav>
<main><h1>Home</h1><p>Tenant: Tidepool · ${v('Microsoft Endpoint Manager', 'Microsoft Intune')}</p><section><h2>Status</h2><p>Service health: Healthy</p><a href="#/admin/connectors" ${WRITES('connectors')}>Connector status</a></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('banner')\n    .getByRole('link', { name: 'Microsoft Endpoint Manager admin center' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header a.brand',
  },
  // Unreal Engine 5.0 (April 2022) renamed the "World Outliner" panel "Outliner"; the Content Browser beside it lists an asset of the same name (the scope step drifts).
  {
    id: 'd14-chain-unreal5-world-outliner-to-outliner',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (name: string, level: number, extra: string) => `<div role="treeitem" aria-level="${level}" aria-selected="false" class="tree-row" ${extra}>${name}</div>`;
      return `<div role="menubar" aria-label="Main menu" class="menubar">${['File', 'Edit', 'Window', 'Tools', 'Help'].map((m) => `<button type="button" role="menuitem" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div>
<section aria-label="${v('World Outliner', 'Outliner')}" class="panel"><h2>${v('World Outliner', 'Outliner')}</h2><input type="search" aria-label="Search" placeholder="Search..."><div role="tree" aria-label="Actors">${item('Harbour (Editor)', 1, WRITES('world'))}${item('BP_Boat', 2, DONE)}${item('DirectionalLight', 2, WRITES('light'))}${item('SkyAtmosphere', 2, WRITES('sky'))}${item('Water_Ocean', 2, WRITES('ocean'))}</div><p>5 actors</p></section>
<section aria-label="Details" class="panel"><h2>Details</h2><p>Select an object to view details.</p></section>
<section aria-label="${v('Content Browser', 'Content Browser 1')}" class="panel"><h2>${v('Content Browser', 'Content Browser 1')}</h2><div role="tree" aria-label="Folders">${item('Content', 1, WRITES('content'))}${item('Blueprints', 2, WRITES('blueprints'))}${item('BP_Boat', 3, WRITES('asset-boat'))}${item('Maps', 2, WRITES('maps'))}</div></section>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'World Outliner' })\n    .getByRole('treeitem', { name: 'BP_Boat' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="Outliner"] [role="treeitem"]:text-is("BP_Boat")',
  },
  // Uber folded Uber Pass and Eats Pass into one membership, Uber One (November 2021): the account's memberships list shows "Uber One" where it showed "Uber Pass" (the filter step drifts).
  {
    id: 'd14-chain-filter-uber-pass-to-uber-one',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, detail: string, extra: string) => `<li class="membership-row"><h3>${name}</h3><p>${detail}</p><button type="button" ${extra}>Manage</button></li>`;
      const rows = v(
        `${row('Uber Pass', '$24.99/mo · 15% off rides', DONE)}${row('Eats Pass', '$9.99/mo · $0 delivery fee', WRITES('eats-pass'))}${row('Uber for Business', 'Tidepool Ltd · 2 seats', WRITES('business'))}`,
        `${row('Uber One', '$9.99/mo · $0 delivery fee, 5% off rides', DONE)}${row('Uber for Business', 'Tidepool Ltd · 2 seats', WRITES('business'))}${row('Uber Cash', '£12.40 balance', WRITES('cash'))}`,
      );
      return `<header><a href="#/" ${WRITES('logo')}>Uber</a><nav aria-label="Main"><a href="#/ride" ${WRITES('ride')}>Ride</a><a href="#/eats" ${WRITES('eats')}>Eats</a><a href="#/account" ${WRITES('account')}>Account</a></nav></header>
<main><h1>Memberships</h1><ul class="memberships">${rows}</ul><section><h2>Offers</h2><p>${v('Try Uber Pass free for 1 month', 'Try Uber One free for 1 month')}</p><a href="#/offers" ${WRITES('offers')}>See offers</a></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('listitem')\n    .filter({ hasText: 'Uber Pass' })\n    .getByRole('button', { name: 'Manage' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'li.membership-row:has-text("Uber One") button:text-is("Manage")',
  },
  // EA merged EA Access and Origin Access into EA Play (August 18, 2020): the Origin client's left nav "Origin Access" became "EA Play" (and Origin Access Premier "EA Play Pro").
  {
    id: 'd14-chain-origin-access-to-ea-play',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/store/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Origin" class="left-nav"><button type="button" ${WRITES('profile')}>TideRunner ▾</button><input type="search" aria-label="Search games and more" placeholder="Search games and more"><ul>${link('home', 'Home', WRITES('home'))}${link('browse', 'Browse Games', WRITES('browse'))}${link('deals', 'Deals', WRITES('deals'))}${link(v('origin-access', 'ea-play'), v('Origin Access', 'EA Play'), DONE)}${link(v('origin-access-premier', 'ea-play-pro'), v('Origin Access Premier', 'EA Play Pro'), WRITES('premier'))}${link('library', 'My Game Library', WRITES('library'))}</ul></nav>
<main><h1>Home</h1><section class="hero"><h2>${v('Join Origin Access Basic', 'Join EA Play')}</h2><p>Play a collection of EA's best games.</p><a href="#/store/${v('origin-access', 'ea-play')}/join" ${WRITES('join')}>Join now</a></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Origin' })\n    .getByRole('link', { name: 'Origin Access', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a:text-is("EA Play")',
  },
  // Google launched the new Play Console (2020): the side menu's "All applications" became "All apps" (the old console's menu as I recall it).
  {
    id: 'd14-chain-play-console-all-applications-to-all-apps',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/console/${href}" ${extra}>${label}</a></li>`;
      const menu = v(
        `${link('apps', 'All applications', DONE)}${link('game-services', 'Game services', WRITES('games'))}${link('orders', 'Order management', WRITES('orders'))}${link('reports', 'Download reports', WRITES('reports'))}${link('alerts', 'Alerts', WRITES('alerts'))}${link('settings', 'Settings', WRITES('settings'))}`,
        `${link('apps', 'All apps', DONE)}${link('inbox', 'Inbox', WRITES('inbox'))}${link('policy', 'Policy status', WRITES('policy'))}${link('users', 'Users and permissions', WRITES('users'))}${link('orders', 'Order management', WRITES('orders'))}${link('reports', 'Download reports', WRITES('reports'))}${link('settings', 'Settings', WRITES('settings'))}`,
      );
      return `<nav aria-label="Play Console" class="side-menu"><img src="${GIF}" alt="Google Play Console" width="120" height="24"><ul>${menu}</ul></nav>
<main><h1>${v('All applications', 'All apps')}</h1><button type="button" ${WRITES('create')}>${v('Create application', 'Create app')}</button><table aria-label="Apps"><tr><th>App</th><th>Installs</th><th>Status</th></tr><tr><td><a href="#/console/app/tideclock" ${WRITES('app')}>TideClock</a></td><td>12,480</td><td>Published</td></tr></table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Play Console' })\n    .getByRole('link', { name: 'All applications' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav a:text-is("All apps")',
  },
];

const others: Drift[] = [
  // Tippy.js 6 (2020) rewrote its markup: v5's `.tippy-popper > .tippy-tooltip` became `[data-tippy-root] > .tippy-box`; an interactive "Copied" tooltip's Undo button now sits in `.tippy-box`.
  {
    id: 'd14-css-tippy6-tooltip-to-box',
    kind: 'css class',
    ...both((v) => {
      const tip = v(
        `<div id="tippy-3" class="tippy-popper" role="tooltip" x-placement="top" style="position: absolute; left: 40px; top: 60px;"><div class="tippy-tooltip light-theme" data-size="regular" data-animation="shift-away" data-state="visible" data-interactive=""><div class="tippy-arrow"></div><div class="tippy-content" data-state="visible">Link copied <button type="button" class="tippy-action" ${DONE}>Undo</button></div></div></div>`,
        `<div data-tippy-root="" id="tippy-3" style="position: absolute; left: 40px; top: 60px;"><div class="tippy-box" data-state="visible" tabindex="-1" data-theme="light" data-animation="shift-away" role="tooltip" data-placement="top"><div class="tippy-content" data-state="visible">Link copied <button type="button" class="tippy-action" ${DONE}>Undo</button></div><div class="tippy-arrow"></div></div></div>`,
      );
      return `<main style="position: relative;"><h1>Share Dover gauge</h1><p><input aria-label="Share link" value="https://tides.example/s/dover" readonly><button type="button" class="copy-button" data-tippy-content="Copy link" ${WRITES('copy')}>Copy</button></p>
<div class="toast" role="status"><span>Gauge archived.</span><button type="button" class="toast-action" ${WRITES('toast-undo')}>Undo</button></div>
<span class="tooltip-hint" title="Readings are kept for 14 years">ⓘ</span><button type="button" class="btn" data-tippy-content="Delete gauge" ${WRITES('delete')}>Delete</button></main>
${tip}${OUT}`;
    }),
    body: `await page.locator('.tippy-tooltip').getByRole('button', { name: 'Undo' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.tippy-box button',
  },
  // FullCalendar 5 (2020) renamed its month-view classes: v4's `.fc-day-grid-event` became `.fc-daygrid-event` (with `.fc-daygrid-block-event` or `.fc-daygrid-dot-event`).
  {
    id: 'd14-css-fullcalendar5-daygrid-event',
    kind: 'css class',
    ...both((v) => {
      const event = (time: string, title: string, extra: string) =>
        v(
          `<a class="fc-day-grid-event fc-h-event fc-event fc-start fc-end" ${extra}><div class="fc-content"><span class="fc-time">${time}</span> <span class="fc-title">${title}</span></div></a>`,
          `<a class="fc-daygrid-event fc-daygrid-block-event fc-h-event fc-event fc-event-start fc-event-end" ${extra}><div class="fc-event-main"><div class="fc-event-main-frame"><div class="fc-event-time">${time}</div><div class="fc-event-title-container"><div class="fc-event-title fc-sticky">${title}</div></div></div></div></a>`,
        );
      const day = (n: number, events: string) => v(`<td class="fc-day-top" data-date="2026-03-${n}"><span class="fc-day-number">${n}</span>${events}</td>`, `<td class="fc-daygrid-day" data-date="2026-03-${n}"><div class="fc-daygrid-day-frame"><div class="fc-daygrid-day-top"><a class="fc-daygrid-day-number">${n}</a></div><div class="fc-daygrid-day-events">${events}</div></div></td>`);
      return `<div class="fc fc-ltr"><div class="${v('fc-toolbar fc-header-toolbar', 'fc-header-toolbar fc-toolbar fc-toolbar-ltr')}"><h2 class="${v('', 'fc-toolbar-title')}">March 2026</h2><button type="button" class="fc-prev-button fc-button" aria-label="prev" ${WRITES('prev')}>‹</button><button type="button" class="fc-next-button fc-button" aria-label="next" ${WRITES('next')}>›</button><button type="button" class="fc-today-button fc-button" ${WRITES('today')}>today</button></div>
<table class="${v('fc-day-grid', 'fc-scrollgrid fc-daygrid-body')}"><tr>${day(12, event('6a', 'Neap tide', WRITES('neap')))}${day(13, '')}${day(14, `${event('6a', 'Spring tide', DONE)}${event('2p', 'Gauge calibration', WRITES('calibration'))}`)}${day(15, event('9a', 'Spring equinox', WRITES('equinox')))}</tr></table></div>
<aside class="legend"><h2>Legend</h2><span class="fc-event-dot legend-dot"></span> Tide events</aside>${OUT}`;
    }),
    body: `await page.locator('.fc-day-grid-event').filter({ hasText: 'Spring tide' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.fc-daygrid-event:has-text("Spring tide")',
  },
  // htmx 2.0 (June 2024) dropped the single `hx-on="event: code"` attribute for one attribute per event: `hx-on="htmx:afterRequest: ..."` became `hx-on::after-request="..."`.
  {
    id: 'd14-attr-htmx2-hx-on',
    kind: 'css class',
    ...both((v) => {
      const on = (event1: string, event2: string, code: string) => v(`hx-on="${event1}: ${code}"`, `hx-on::${event2}="${code}"`);
      return `<main><h1>Gauges</h1><form hx-post="/gauges" hx-target="#gauge-list" ${on('htmx:beforeRequest', 'before-request', 'this.reset()')}><label for="name">Name</label><input id="name" name="name"><button type="button" ${WRITES('add')}>Add gauge</button></form>
<ul id="gauge-list"><li>Dover gauge <button type="button" hx-post="/gauges/7/archive" hx-swap="outerHTML" ${on('htmx:afterRequest', 'after-request', 'this.parentElement.remove()')} ${DONE}>Archive</button> <button type="button" hx-delete="/gauges/7" hx-confirm="Delete Dover gauge?" ${on('htmx:beforeRequest', 'before-request', 'this.disabled = true')} ${WRITES('delete')}>Delete</button></li>
<li>Deal gauge <button type="button" hx-post="/gauges/8/archive" hx-swap="outerHTML" ${WRITES('archive-deal')}>Archive</button></li></ul>
<div hx-get="/alerts" hx-trigger="every 60s" ${on('htmx:afterSwap', 'after-swap', 'this.scrollIntoView()')}>No alerts.</div></main>${OUT}`;
    }),
    body: `await page.locator('button[hx-on^="htmx:afterRequest"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button[hx-on\\:\\:after-request]',
  },
];

const othersMore: Drift[] = [
  // Shoelace's successor Web Awesome (3.0, 2025) renamed the components' prefix and the button variants: `<sl-button variant="primary">` became `<wa-button variant="brand">`.
  {
    id: 'd14-attr-shoelace-to-web-awesome',
    kind: 'css class',
    ...both((v) => {
      const t = (name: string) => v(`sl-${name}`, `wa-${name}`);
      const variant = (primary: boolean) => (primary ? v('primary', 'brand') : v('default', 'neutral'));
      return `<main><h1>Edit gauge</h1><${t('card')} class="gauge-card"><div slot="header">Dover gauge</div><${t('input')} label="Name" value="Dover gauge"></${t('input')}><${t('select')} label="Datum" value="cd"><${t('option')} value="cd">Chart datum</${t('option')}><${t('option')} value="od">Ordnance datum</${t('option')}></${t('select')}>
<div slot="footer"><${t('button')} variant="${variant(false)}" ${WRITES('cancel')}>Cancel</${t('button')}><${t('button')} variant="${variant(true)}" ${DONE}>Save gauge</${t('button')}><${t('button')} variant="danger" ${v('outline', 'appearance="outlined"')} ${WRITES('delete')}>Delete</${t('button')}></div></${t('card')}>
<${t('dialog')} label="Archive gauge?"><p>Archived gauges stop collecting readings.</p><${t('button')} slot="footer" variant="${variant(false)}" ${WRITES('archive')}>Archive</${t('button')}></${t('dialog')}>
<${t('icon-button')} name="gear" label="Settings" ${WRITES('settings')}>⚙</${t('icon-button')}></main>${OUT}`;
    }),
    body: `await page.locator('sl-button[variant="primary"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'wa-button[variant="brand"]',
  },
  // pip's documentation moved from the Read the Docs Sphinx theme to Furo (2021): the sidebar's `div.wy-menu-vertical` became Furo's `div.sidebar-tree`, so an XPath through the old sidebar finds nothing.
  {
    id: 'd14-xpath-pip-docs-furo',
    kind: 'xpath',
    ...both((v) => {
      const toc = (extra: (label: string) => string) => ['Getting Started', 'Installation', 'User Guide', 'Topic Guides', 'Reference'].map((label) => `<li class="toctree-l1"><a class="reference internal" href="#/${label.toLowerCase().replace(/ /g, '-')}/" ${extra(label)}>${label}</a></li>`).join('');
      const nav = (label: string) => (label === 'User Guide' ? DONE : WRITES(`nav-${label.toLowerCase().replace(/ /g, '-')}`));
      const sidebar = v(
        `<nav class="wy-nav-side" data-toggle="wy-nav-shift"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="#/" class="icon icon-home">pip</a><div role="search"><form id="rtd-search-form" class="wy-form"><input type="text" name="q" placeholder="Search docs"></form></div></div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="main navigation"><ul>${toc(nav)}</ul></div></div></nav>`,
        `<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="#/"><span class="sidebar-brand-text">pip documentation v21.1</span></a><form class="sidebar-search-container" method="get" action="#/search" role="search"><input class="sidebar-search" placeholder="Search" name="q" aria-label="Search"></form><div class="sidebar-scroll"><div class="sidebar-tree"><ul>${toc(nav)}</ul></div></div></div></div></aside>`,
      );
      return `${sidebar}<main class="${v('wy-nav-content', 'main')}"><div class="${v('rst-content', 'content')}"><h1>pip</h1><p>pip is the package installer for Python.</p><div class="toctree-wrapper compound"><ul>${toc((label) => WRITES(`content-${label.toLowerCase().replace(/ /g, '-')}`))}</ul></div>
<div class="${v('rst-footer-buttons', 'related-pages')}"><a class="${v('btn btn-neutral float-right', 'next-page')}" href="#/getting-started/" ${WRITES('next')}>Next: Getting Started</a></div></div></main>${OUT}`;
    }),
    body: `await page.locator('//div[contains(@class, "wy-menu-vertical")]//a[text()="User Guide"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.sidebar-tree a:text-is("User Guide")',
  },
  // A JSF application moved from JSF 1.2 on JSP to JSF 2 Facelets (Mojarra 2, 2009-10): the generated client ids `j_id_jsp_<hash>_<n>` became `j_idt<n>`, so `#gaugeForm:j_id_jsp_...` finds nothing.
  {
    id: 'd14-id-jsf2-facelets-generated-ids',
    kind: 'id',
    ...both((v) => {
      const id = (jsp: number, facelets: number) => v(`gaugeForm:j_id_jsp_1573423049_${jsp}`, `gaugeForm:j_idt${facelets}`);
      return `<form id="gaugeForm" name="gaugeForm" method="post" action="#/gauges/edit.${v('jsf', 'xhtml')}" enctype="application/x-www-form-urlencoded"><input type="hidden" name="gaugeForm" value="gaugeForm">
<h1>Edit gauge</h1><table class="form-grid"><tr><td><label for="gaugeForm:name">Name</label></td><td><input id="gaugeForm:name" type="text" name="gaugeForm:name" value="Dover gauge"></td></tr><tr><td><label for="gaugeForm:offset">Datum offset (m)</label></td><td><input id="gaugeForm:offset" type="text" name="gaugeForm:offset" value="3.67"></td></tr></table>
<input id="${id(7, 14)}" type="submit" name="${id(7, 14)}" value="Save" onclick="document.getElementById('out').textContent='done'; return false;"><input id="${id(9, 15)}" type="submit" name="${id(9, 15)}" value="Save and close" onclick="document.getElementById('out').textContent='save-close'; return false;"><input id="${id(11, 16)}" type="submit" name="${id(11, 16)}" value="Cancel" onclick="document.getElementById('out').textContent='cancel'; return false;">
<input type="hidden" name="javax.faces.ViewState" id="${v('javax.faces.ViewState', 'j_id1:javax.faces.ViewState:0')}" value="-4823148391928390112:8394392011933492011"></form>${OUT}`;
    }),
    body: `await page.locator('#gaugeForm\\\\:j_id_jsp_1573423049_7').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#gaugeForm\\:j_idt14',
  },
];

const refuse: Drift[] = [
  // The seeded member has already logged the film (fixture change): Letterboxd's film page shows "Watched" on the same action where "Watch" was; clicking it now removes the film from their watched films.
  {
    id: 'd14-refuse-same-button-letterboxd-watched',
    kind: 'refuse',
    ...both(
      (v) => `<header class="site-header"><a href="#/" ${WRITES('logo')}>Letterboxd</a><nav aria-label="Main"><a href="#/films" ${WRITES('films')}>Films</a><a href="#/lists" ${WRITES('lists')}>Lists</a><a href="#/members" ${WRITES('members')}>Members</a><a href="#/journal" ${WRITES('journal')}>Journal</a></nav><input type="search" aria-label="Search" placeholder="Search"></header>
<main class="film"><h1>Low Water</h1><p>2024 · Directed by Grace Hopper</p><aside class="actions-panel" aria-label="Actions"><button type="button" class="action-watch${v('', ' -on')}" ${v(DONE, WRITES('unwatch'))}>${v('Watch', 'Watched')}</button><button type="button" class="action-like" ${WRITES('like')}>Like</button><button type="button" class="action-watchlist" ${WRITES('watchlist')}>Watchlist</button><button type="button" ${WRITES('rate')}>Rate</button><button type="button" ${WRITES('review')}>Review or log…</button><button type="button" ${WRITES('add-to-lists')}>Add to lists…</button></aside>
<section><h2>Popular reviews</h2><article><p>Linus Lee watched it twice.</p><button type="button" aria-label="Like review" ${WRITES('like-review')}>♡ 12</button></article></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Watch', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded chat is already muted (fixture change): Signal Desktop's conversation menu offers "Unmute notifications" on the same item where "Mute notifications" was.
  {
    id: 'd14-refuse-same-menuitem-signal-unmute',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<aside class="left-pane" aria-label="Chats"><input type="search" aria-label="Search" placeholder="Search"><ul><li>Tide Club ${v('', '🔕')}</li><li>Grace Hopper</li><li>Note to Self</li></ul></aside>
<main class="conversation"><header class="conversation-header"><h1>Tide Club</h1><button type="button" aria-label="Start video call" ${WRITES('video')}>📹</button><button type="button" aria-label="Start voice call" ${WRITES('voice')}>📞</button><button type="button" aria-label="More actions" aria-expanded="true" ${WRITES('more')}>⋯</button></header>
<div role="menu" aria-label="More actions">${item('Disappearing messages', WRITES('disappearing'))}${item(v('Mute notifications', 'Unmute notifications'), v(DONE, WRITES('unmute')))}${item('Group settings', WRITES('group-settings'))}${item('All media', WRITES('media'))}${item('Mark as unread', WRITES('unread'))}${item('Archive', WRITES('archive'))}${item('Delete', WRITES('delete'))}</div>
<ol class="timeline"><li>Grace Hopper: Spring tide on Saturday.</li><li>Linus Lee: 06:12 at Dover.</li></ol><textarea aria-label="Message" placeholder="Message"></textarea></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Mute notifications', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded listing was relisted as an auction (fixture change): eBay's item page offers "Place bid" where "Buy It Now" was; "Buy It Now" still labels other listings under Similar items.
  {
    id: 'd14-refuse-ebay-buy-it-now-to-place-bid',
    kind: 'refuse',
    ...both((v) => {
      const similar = (title: string, price: string, n: number) => `<li><a href="#/itm/${n}" ${WRITES(`similar-${n}`)}>${title}</a><span>${price}</span><span class="format">Buy It Now</span></li>`;
      return `<header class="gh"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="eBay Home" width="80" height="32"></a><input type="search" aria-label="Search for anything" placeholder="Search for anything"><button type="button" ${WRITES('search')}>Search</button><a href="#/watchlist" ${WRITES('watchlist-nav')}>Watchlist</a></header>
<main class="item"><h1>Brass tide clock, 1950s, working</h1><p class="condition">Condition: Used</p>
<div class="price-box">${v(`<p class="price">£85.00</p><button type="button" class="btn-primary" ${DONE}>Buy It Now</button><button type="button" ${WRITES('basket')}>Add to basket</button>`, `<p class="price">Current bid: £42.00</p><p>7 bids · 2d 4h left</p><label for="bid">Your max bid</label><input id="bid" name="bid"><button type="button" class="btn-primary" ${WRITES('bid')}>Place bid</button>`)}<button type="button" ${WRITES('watch')}>Add to Watchlist</button></div>
<section><h2>Similar items</h2><ul>${similar('Brass ship clock, 1960s', '£95.00', 2)}${similar('Tide clock, oak case', '£64.00', 3)}</ul></section></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Buy It Now' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded reader is already a free subscriber (fixture change): a Substack publication's header offers "Upgrade to paid" where "Subscribe" was; the recommendations keep their own Subscribe buttons.
  {
    id: 'd14-refuse-substack-upgrade-to-paid',
    kind: 'refuse',
    ...both(
      (v) => `<header class="publication-header"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Tide Tables Weekly" width="40" height="40"></a><h1>Tide Tables Weekly</h1><nav aria-label="Publication"><a href="#/archive" ${WRITES('archive')}>Archive</a><a href="#/about" ${WRITES('about')}>About</a></nav>${v(`<button type="button" class="subscribe-btn" ${DONE}>Subscribe</button><a href="#/sign-in" ${WRITES('sign-in')}>Sign in</a>`, `<button type="button" class="subscribe-btn" ${WRITES('upgrade')}>Upgrade to paid</button><button type="button" aria-label="Account" ${WRITES('account')}>A</button>`)}</header>
<main><article><h2>Why Dover's tides run early</h2><p>Harmonics, shallow water and a stubborn gauge.</p></article>
<aside class="recommendations"><h2>Recommendations</h2><ul><li>Harbour Notes <button type="button" aria-label="Subscribe to Harbour Notes" ${WRITES('recommend-1')}>Subscribe</button></li><li>The Neap Report <button type="button" aria-label="Subscribe to The Neap Report" ${WRITES('recommend-2')}>Subscribe</button></li></ul></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Subscribe', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Google shut Google Optimize and Optimize 360 down (September 30, 2023): the Google Marketing Platform home's product list lost them; Analytics, Tag Manager and the 360 suite stay.
  {
    id: 'd14-refuse-google-optimize-sunset',
    kind: 'refuse',
    ...both((v) => {
      const product = (name: string, extra: string) => `<li><a href="#/products/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" ${extra}><img src="${GIF}" alt="" width="32" height="32"><span>${name}</span></a></li>`;
      return `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="Google Marketing Platform" width="160" height="24"></a><nav aria-label="Main"><a href="#/about" ${WRITES('about')}>About</a><a href="#/solutions" ${WRITES('solutions')}>Solutions</a><a href="#/partners" ${WRITES('partners')}>Partners</a></nav><button type="button" ${WRITES('sign-in')}>Sign in</button></header>
<main><h1>Your products</h1><ul class="products">${product('Analytics', WRITES('analytics'))}${product('Tag Manager', WRITES('tag-manager'))}${v(product('Optimize', DONE), '')}${product('Looker Studio', WRITES('looker'))}${product('Campaign Manager 360', WRITES('cm360'))}${product('Display &amp; Video 360', WRITES('dv360'))}${product('Search Ads 360', WRITES('sa360'))}</ul>
<section><h2>Resources</h2><a href="#/articles/optimize-your-campaigns" ${WRITES('article')}>How to optimize your campaigns with first-party data</a>${v('', `<a href="#/support/optimize-sunset" ${WRITES('sunset')}>Optimize and Optimize 360 are no longer available</a>`)}</section></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Optimize', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Telegram removed People Nearby (September 2024): the main menu lost the entry; Contacts, Calls and Saved Messages stay.
  {
    id: 'd14-refuse-telegram-people-nearby-removed',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<div class="app"><button type="button" aria-label="Open menu" aria-expanded="true" ${WRITES('hamburger')}>☰</button><div role="menu" aria-label="Main menu" class="side-menu"><p class="me">Ada Lovelace · +44 7700 900123</p>${item('My Profile', WRITES('profile'))}${item('New Group', WRITES('new-group'))}${item('New Channel', WRITES('new-channel'))}${item('Contacts', WRITES('contacts'))}${item('Calls', WRITES('calls'))}${v(item('People Nearby', DONE), '')}${item('Saved Messages', WRITES('saved'))}${item('Settings', WRITES('settings'))}${item('Night Mode', WRITES('night'))}</div>
<aside aria-label="Chats"><input type="search" aria-label="Search" placeholder="Search"><ul><li>Tide Club · Spring tide on Saturday</li><li>Harbour Notes · channel</li></ul></aside><main><p>Select a chat to start messaging</p></main></div>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'People Nearby' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // MyFitnessPal moved its barcode scanner to Premium (October 2022): a free member's food diary offers "Go Premium to scan barcodes" where "Scan a Barcode" was.
  {
    id: 'd14-refuse-myfitnesspal-barcode-premium',
    kind: 'refuse',
    ...both(
      (v) => `<header><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="MyFitnessPal" width="110" height="24"></a><nav aria-label="Main"><a href="#/food/diary" ${WRITES('diary')}>Food</a><a href="#/exercise/diary" ${WRITES('exercise')}>Exercise</a><a href="#/reports" ${WRITES('reports')}>Reports</a><a href="#/premium" ${WRITES('premium-nav')}>Premium</a></nav></header>
<main><h1>Add Food to Breakfast</h1><label for="food-search">Search our food database by name</label><input id="food-search" type="search" placeholder="Search for a food"><button type="button" ${WRITES('search')}>Search</button>
<div class="quick-tools">${v(`<button type="button" ${DONE}>Scan a Barcode</button>`, `<a href="#/premium?source=barcode" class="premium-upsell" ${WRITES('upsell')}>Go Premium to scan barcodes</a>`)}<button type="button" ${WRITES('quick-add')}>Quick Add</button><button type="button" ${WRITES('meals')}>My Meals</button></div>
<section><h2>Recent foods</h2><ul><li>Porridge, 1 bowl · 220 cal</li><li>Black coffee · 2 cal</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Scan a Barcode' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // PlanetScale retired its free Hobby plan (April 8, 2024): the new-database form's plan picker lost "Hobby"; the paid Scaler Pro sizes stay.
  {
    id: 'd14-refuse-planetscale-hobby-plan-retired',
    kind: 'refuse',
    ...both((v) => {
      const plan = (id: string, name: string, price: string, extra: string, checked = false) => `<div class="plan"><input type="radio" name="plan" id="plan-${id}" value="${id}"${checked ? ' checked' : ''} ${extra}><label for="plan-${id}">${name}</label><span class="plan-price">${price}</span></div>`;
      const plans = v(
        `${plan('hobby', 'Hobby', '$0 / month', DONE)}${plan('scaler', 'Scaler', '$29 / month', WRITES('scaler'))}${plan('ps-10', 'Scaler Pro PS-10', '$39 / month', WRITES('ps-10'))}`,
        `${plan('ps-10', 'Scaler Pro PS-10', '$39 / month', WRITES('ps-10'), true)}${plan('ps-20', 'Scaler Pro PS-20', '$59 / month', WRITES('ps-20'))}${plan('ps-40', 'Scaler Pro PS-40', '$99 / month', WRITES('ps-40'))}`,
      );
      return `<header><a href="#/tidepool" ${WRITES('logo')}><img src="${GIF}" alt="PlanetScale" width="32" height="32"></a><nav aria-label="Organization"><a href="#/tidepool" ${WRITES('overview')}>Databases</a><a href="#/tidepool/settings/billing" ${WRITES('billing')}>Billing</a><a href="#/tidepool/settings" ${WRITES('settings')}>Settings</a></nav></header>
<main><h1>Create a new database</h1><label for="db-name">Name</label><input id="db-name" value="tide-readings"><label for="db-region">Region</label><select id="db-region"><option>AWS eu-west-2 (London)</option><option>AWS us-east-1 (N. Virginia)</option></select>
<fieldset><legend>Plan</legend>${plans}</fieldset>${v('', `<p class="notice">The Hobby plan is no longer available. <a href="#/blog/hobby-plan-deprecation" ${WRITES('faq')}>Read more</a></p>`)}<button type="button" ${WRITES('create')}>Create database</button></main>${OUT}`;
    }),
    body: `await page.getByRole('radio', { name: 'Hobby' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Apple raised Apple TV+ from $4.99 to $6.99 a month (October 24, 2022): the price the test checks must fail it.
  {
    id: 'd14-refuse-apple-tv-plus-price',
    kind: 'refuse',
    ...both(
      (v) => `<header><img src="${GIF}" alt="Apple TV+" width="80" height="24"><nav aria-label="Apple TV+"><a href="#/originals">Originals</a><a href="#/watch">Watch Now</a></nav><a href="#/sign-in">Sign In</a></header>
<main><h1>Get Apple TV+</h1><section class="offer"><p class="price">${v('$4.99/month', '$6.99/month')}</p><p>7-day free trial. Cancel anytime.</p><button type="button">Start Free Trial</button></section>
<section class="offer"><h2>Get 3 months free</h2><p>When you buy an eligible Apple device. Then ${v('$4.99/month', '$6.99/month')}.</p><p>Family Sharing: up to five people.</p></section>
<section><h2>Now streaming</h2><ul><li>The Tide Keepers</li><li>Low Water</li></ul></section></main>`,
    ),
    body: `await expect(page.getByText('$4.99/month', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // A dependency bump on main breaks the tests (fixture change): Buildkite's pipeline page shows main's latest build "Failed" where it showed "Passed"; the check must fail, not move to another branch's passing build.
  {
    id: 'd14-refuse-buildkite-build-failed',
    kind: 'refuse',
    ...both((v) => {
      const build = (n: string, branch: string, message: string, state: string) => `<div class="build" data-branch="${branch}"><a href="#/tidepool/tide-api/builds/${n}">#${n}</a><span class="branch">${branch}</span><span class="message">${message}</span><span class="build-state">${state}</span></div>`;
      return `<header><a href="#/">Buildkite</a><nav aria-label="Main"><a href="#/tidepool">Pipelines</a><a href="#/tidepool/test-suites">Test Suites</a><a href="#/tidepool/agents">Agents</a></nav></header>
<main><h1>tide-api</h1><button type="button">New Build</button><section aria-label="Builds">${build(v('812', '813'), 'main', v('Add Calais station', 'Bump harmonics to 3.0'), v('Passed', 'Failed'))}${build('811', 'spring-tides', 'Tune the spring tide model', 'Passed')}${build('810', 'calais-station', 'Add Calais station', 'Passed')}</section></main>`;
    }),
    body: `await expect(\n    page\n      .locator('.build')\n      .filter({ hasText: 'main' })\n      .getByText('Passed', { exact: true }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
];

const refuseLast: Drift[] = [
  // The seeded reader finished the book and started another (fixture change): Goodreads' Currently Reading shelf on the home page shows a different book; the old one sits under Read.
  {
    id: 'd14-refuse-goodreads-currently-reading-different-book',
    kind: 'refuse',
    ...both((v) => {
      const book = (title: string, author: string, extra: string) => `<li class="book"><a href="#/book/show/${title.toLowerCase().replace(/[^a-z]+/g, '-')}" ${extra}>${title}</a><span class="author">by ${author}</span></li>`;
      return `<header class="site-header"><a href="#/" ${WRITES('logo')}>goodreads</a><nav aria-label="Main"><a href="#/" ${WRITES('home')}>Home</a><a href="#/review/list" ${WRITES('my-books')}>My Books</a><a href="#/genres" ${WRITES('browse')}>Browse ▾</a><a href="#/group" ${WRITES('community')}>Community ▾</a></nav><input type="search" aria-label="Search books" placeholder="Search books"></header>
<main class="home"><section aria-label="Currently Reading" class="shelf"><h2>Currently Reading</h2><ul>${v(book('The Tide Tables', 'Ada Lovelace', DONE), book('Harbour Lights', 'Linus Lee', WRITES('harbour-lights')))}</ul><button type="button" ${WRITES('update-progress')}>Update progress</button></section>
<section aria-label="Want to Read" class="shelf"><h2>Want to Read</h2><ul>${book('Neap Tides', 'Grace Hopper', WRITES('neap'))}${book('The Lighthouse Keeper', 'Ada Lovelace', WRITES('lighthouse'))}</ul></section>
<section aria-label="Read" class="shelf"><h2>Read</h2><ul>${v('', book('The Tide Tables', 'Ada Lovelace', WRITES('read-tide-tables')))}${book('Spring Water', 'Grace Hopper', WRITES('spring-water'))}</ul></section>
<section aria-label="Updates"><h2>Updates</h2><p>${v('Ada is 62% done with The Tide Tables', 'Ada rated The Tide Tables 5 stars')}</p></section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'Currently Reading' })\n    .getByRole('link', { name: 'The Tide Tables' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Safari 15's compact tab layout (2021, as I recall) moved the toolbar's Share button into the tab's closed "…" page menu; the web page's own Share button stays (page object).
  {
    id: 'd14-refuse-po-safari15-share-behind-page-menu',
    kind: 'refuse',
    ...both((v) => {
      const btn = (label: string, glyph: string, extra: string) => `<button type="button" aria-label="${label}" ${extra}>${glyph}</button>`;
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const bar = v(
        `${btn('Show Sidebar', '▥', WRITES('sidebar'))}${btn('Back', '‹', WRITES('back'))}${btn('Forward', '›', WRITES('forward'))}<input aria-label="Smart Search field" value="tides.example/dover">${btn('Reload this page', '↻', WRITES('reload'))}${btn('Share', '⤴', DONE)}${btn('New Tab', '＋', WRITES('new-tab'))}${btn('Show Tab Overview', '⧉', WRITES('tabs'))}`,
        `${btn('Show Sidebar', '▥', WRITES('sidebar'))}${btn('Back', '‹', WRITES('back'))}${btn('Forward', '›', WRITES('forward'))}<div class="compact-tab"><input aria-label="Smart Search field" value="tides.example/dover">${btn('Page Menu', '…', WRITES('page-menu'))}</div>${btn('New Tab', '＋', WRITES('new-tab'))}`,
      );
      const menu = v('', `<div role="menu" aria-label="Page Menu" hidden>${item('Reload Page', WRITES('reload'))}${item('Share…', WRITES('share-hidden'))}${item('Copy Link', WRITES('copy-link'))}${item('Add to Reading List', WRITES('reading-list'))}</div>`);
      return `<div role="toolbar" aria-label="Safari" class="safari-toolbar">${bar}</div>${menu}
<main class="web-page"><h1>Dover tide times</h1><p>High water 06:12 · 18:31</p><button type="button" aria-label="Share this page" ${WRITES('page-share')}>Share</button><button type="button" ${WRITES('print')}>Print</button></main>${OUT}`;
    }),
    imports: `import { BrowserToolbar } from './browser-toolbar';`,
    files: {
      'browser-toolbar.ts': `import type { Page } from '@playwright/test';

export class BrowserToolbar {
  constructor(readonly page: Page) {}

  async share() {
    await this.page
      .getByRole('toolbar', { name: 'Safari' })
      .getByRole('button', { name: 'Share' })
      .click();
  }

  async newTab() {
    await this.page
      .getByRole('toolbar', { name: 'Safari' })
      .getByRole('button', { name: 'New Tab' })
      .click();
  }
}
`,
    },
    body: `await new BrowserToolbar(page).share();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_14_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...othersMore, ...refuse, ...refuseMore, ...refuseLast];
