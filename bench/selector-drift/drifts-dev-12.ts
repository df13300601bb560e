// Twelfth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (mailboxes that became inboxes, a money-transfer rebrand in its logo alt, a notebook's fork
// button, a designer toolbar icon's tooltip, a product rename in a sign-in heading, a password vault's
// security entry, an object store's sign-in label, a docs search box's placeholder, a 3D suite's
// preferences entry, a media manager's availability option, a workflow UI's view tab and a network
// console's wireless settings link) on role, label, placeholder, alt, title, text, menuitem, tab and
// option locators; Prettier-style multi-line chains in the test body and in page objects where the scope
// step, a filter or the last step drifts; component-library, framework and product upgrades (CodeMirror 6,
// MapLibre GL JS 2, Livewire 3, CKEditor 5, OrangeHRM 5, TodoMVC's React rewrite) on class, attribute,
// XPath, id and test-id locators; and releases or fixture changes where any patch would be wrong (the same
// control now naming the opposite action, a feature retired while a look-alike stays, a price rise, a
// status that went red, a different record, a control moved behind a closed menu, another action in the
// old one's place). Pages carry decoys that share words, classes or attributes with the target. Heal cases
// name the `target` the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Help Scout (2023, as I recall) renamed mailboxes "Inboxes": the top bar's "Mailboxes" became "Inboxes" (its routes kept /mailbox/).
  {
    id: 'd12-link-helpscout-mailboxes-to-inboxes',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="c-top-bar"><a href="#/dashboard" ${WRITES('logo')}><img src="${GIF}" alt="Help Scout" width="24" height="24"></a><nav aria-label="Primary"><ul>${link('mailbox/all', v('Mailboxes', 'Inboxes'), DONE)}${link('docs', 'Docs', WRITES('docs'))}${link('reports', 'Reports', WRITES('reports'))}${link('customers', 'Customers', WRITES('customers'))}${link('settings', 'Manage', WRITES('manage'))}</ul></nav>
<input type="search" aria-label="Search conversations" placeholder="Search conversations"><button type="button" ${WRITES('new')}>New Conversation</button></header>
<aside class="c-sidebar"><h2>Tidepool Support</h2><a href="#/mailbox/12/unassigned" ${WRITES('unassigned')}>Unassigned 4</a><a href="#/mailbox/12/mine" ${WRITES('mine')}>Mine 2</a><a href="#/mailbox/12/closed" ${WRITES('closed')}>Closed</a><a href="#/settings/mailbox/12" ${WRITES('mailbox-settings')}>${v('Mailbox settings', 'Inbox settings')}</a></aside>
<main><h1>Unassigned</h1><ul class="conversations"><li>Dover gauge reading looks off · Grace Hopper</li><li>Invoice for the spring tide club · Linus Lee</li></ul></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Mailboxes', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Primary"] a[href="#/mailbox/all"]',
  },
  // TransferWise renamed itself Wise (February 2021): the logo in the web app's header took the new name (TransferWise for Business became Wise Business).
  {
    id: 'd12-alt-transferwise-to-wise',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="np-header"><a href="#/home" id="logo" ${DONE}><img src="${GIF}" alt="${v('TransferWise', 'Wise')}" width="120" height="24"></a><nav aria-label="Main"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/activity" ${WRITES('activity')}>Activity</a><a href="#/recipients" ${WRITES('recipients')}>Recipients</a><a href="#/cards" ${WRITES('cards')}>${v('Debit card', 'Card')}</a></nav><button type="button" ${WRITES('send')}>Send money</button><a href="#/business" ${WRITES('business')}><img src="${GIF}" alt="${v('TransferWise for Business', 'Wise Business')}" width="80" height="20"></a></header>
<main><h1>Balances</h1><section class="balance"><h2>GBP</h2><p>1,240.55 GBP</p></section><section class="balance"><h2>EUR</h2><p>310.00 EUR</p></section><a href="#/cards/order" ${WRITES('card')}><img src="${GIF}" alt="${v('TransferWise debit card', 'Wise card')}" width="60" height="38"></a></main>${OUT}`,
    ),
    body: `await page.getByAltText('TransferWise', { exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#logo',
  },
  // Kaggle (2019, as I recall) relabelled a notebook's "Fork" button "Copy and Edit" (the copies count stayed beside it).
  {
    id: 'd12-button-kaggle-fork-to-copy-and-edit',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="site-nav" aria-label="Kaggle"><a href="#/competitions" ${WRITES('competitions')}>Competitions</a><a href="#/datasets" ${WRITES('datasets')}>Datasets</a><a href="#/${v('kernels', 'notebooks')}" ${WRITES('notebooks')}>${v('Kernels', 'Notebooks')}</a><a href="#/discussion" ${WRITES('discussion')}>Discussion</a></nav>
<header class="kernel-header"><h1>Dover tide gauge EDA</h1><p>Ada Lovelace · Version 7 of 7 · Python</p><div role="toolbar" aria-label="Notebook actions" class="kernel-actions"><button type="button" aria-label="Upvote" ${WRITES('upvote')}>▲ 42</button><button type="button" class="fork-button" ${DONE}>${v('Fork', 'Copy and Edit')}</button><span class="count">118</span><button type="button" ${WRITES('download')}>Download code</button><button type="button" aria-label="More" ${WRITES('more')}>⋮</button></div></header>
<main><p>${v('Forked from', 'Copied from')} <a href="#/ada/tide-basics" ${WRITES('parent')}>tide-basics</a></p><div role="tablist" aria-label="Notebook"><button type="button" role="tab" aria-selected="true">Notebook</button><button type="button" role="tab" aria-selected="false">Input</button><button type="button" role="tab" aria-selected="false">Output</button><button type="button" role="tab" aria-selected="false">Logs</button><button type="button" role="tab" aria-selected="false">Comments (6)</button></div><pre>df = pd.read_csv("../input/dover-gauge/readings.csv")</pre><button type="button" ${WRITES('edit-tags')}>Edit tags</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Fork', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.kernel-actions button:text-is("Copy and Edit")',
  },
  // Webflow (2023) renamed Symbols "Components": the Designer's left toolbar icon titled "Symbols" became "Components".
  {
    id: 'd12-title-webflow-symbols-to-components',
    kind: 'renamed text',
    ...both((v) => {
      const icon = (title: string, glyph: string, extra: string) => `<button type="button" class="left-sidebar-icon" title="${title}" ${extra}>${glyph}</button>`;
      return `<aside class="left-toolbar" aria-label="Designer tools">${icon('Add Elements', '＋', WRITES('add'))}${icon('Navigator', '☰', WRITES('navigator'))}${icon('Pages', '▤', WRITES('pages'))}${icon(v('Symbols', 'Components'), '◇', DONE)}${icon('CMS', '⛁', WRITES('cms'))}${icon('Ecommerce', '🛒', WRITES('ecommerce'))}${icon('Assets', '🖼', WRITES('assets'))}${icon('Settings', '⚙', WRITES('settings'))}</aside>
<main class="canvas"><section class="hero"><h1>Tide tables for every harbour</h1><a href="#/tables" class="button">See today's tides</a></section></main>
<aside class="right-panel" aria-label="Style"><h2>Selector</h2><p>${v('Hero · Symbol instance', 'Hero · Component instance')}</p><button type="button" title="${v('Create symbol', 'Create component')}" ${WRITES('create')}>◈</button><button type="button" title="${v('Edit symbol', 'Edit component')}" ${WRITES('edit')}>✎</button><button type="button" title="Style manager" ${WRITES('style-manager')}>S</button></aside>${OUT}`;
    }),
    body: `await page.getByTitle('Symbols').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.left-toolbar [title="Components"]',
  },
  // HashiCorp renamed Terraform Cloud "HCP Terraform" (April 2024); the sign-in page's heading followed (its exact wording here is this page's).
  {
    id: 'd12-heading-terraform-cloud-to-hcp-terraform',
    kind: 'renamed text',
    ...both(
      (v) => `<header><img src="${GIF}" alt="HashiCorp" width="32" height="32"></header>
<main class="sign-in"><h1>${v('Sign in to Terraform Cloud', 'Sign in to HCP Terraform')}</h1><form><label for="username">Username or email</label><input id="username" name="user[login]"><label for="password">Password</label><input id="password" type="password" name="user[password]"><a href="#/account/password/forgot">Forgot password?</a><button type="button">Sign in</button></form>
<a href="#/sso/sign-in">Sign in with SSO</a><p>New to ${v('Terraform Cloud', 'HCP Terraform')}? <a href="#/account/new">Create an account</a></p>
<aside><h2>Looking for Terraform Enterprise?</h2><p>Sign in on your organization's own Terraform Enterprise host.</p></aside></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Sign in to Terraform Cloud' })).toBeVisible();`,
    expect: 'heal',
    target: 'main h1',
  },
  // LastPass (2021) replaced the vault's "Security Challenge" with the "Security Dashboard" (the sidebar entry and its score).
  {
    id: 'd12-text-lastpass-security-challenge-to-dashboard',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="vault-sidebar" aria-label="Vault"><a href="#/vault/all">All items</a><a href="#/vault/passwords">Passwords</a><a href="#/vault/notes">Notes</a><a href="#/vault/addresses">Addresses</a><a href="#/vault/cards">Payment cards</a><a href="#/vault/security">${v('Security Challenge', 'Security Dashboard')}</a><a href="#/vault/sharing">Sharing Center</a><a href="#/vault/emergency">Emergency Access</a><a href="#/vault/settings">Account Settings</a></nav>
<main><h1>All items</h1><section class="score-card"><h2>Security score</h2><p>72%</p><p>${v('3 weak passwords · 2 reused passwords', '3 at-risk passwords · Dark web monitoring is off')}</p></section><ul class="vault-items"><li>tidepool.example · ada@tidepool.example</li><li>Dover gauge admin · ada</li></ul></main>`,
    ),
    body: `await expect(page.getByText('Security Challenge')).toBeVisible();`,
    expect: 'heal',
    target: '.vault-sidebar a[href="#/vault/security"]',
  },
];

const renamedTextMore: Drift[] = [
  // MinIO's Console (mid-2021) replaced the embedded MinIO Browser: the sign-in form's "Access Key" became "Username" ("Secret Key" became "Password").
  {
    id: 'd12-label-minio-access-key-to-username',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="login"><img src="${GIF}" alt="MinIO" width="120" height="32"><form>
<label for="accessKey">${v('Access Key', 'Username')}</label><input id="accessKey" name="accessKey" type="text" autocomplete="username">
<label for="secretKey">${v('Secret Key', 'Password')}</label><input id="secretKey" name="secretKey" type="password" autocomplete="current-password">
<button type="button">${v('→', 'Login')}</button></form>${v('', '<details><summary>Other Authentication Methods</summary><button type="button">Use STS</button></details>')}
<footer><a href="#/docs">Documentation</a><a href="#/license">License: GNU AGPL v3</a></footer></main>`,
    ),
    body: `await page.getByLabel('Access Key').fill('tidepool-admin');\n  await expect(page.locator('#accessKey')).toHaveValue('tidepool-admin');`,
    expect: 'heal',
    target: '#accessKey',
  },
  // rustdoc (Rust 1.7x, 2023, as I recall) reworded its search box's placeholder: "Click or press ‘S’ to search, ‘?’ for more options…" became "Type ‘S’ or ‘/’ to search, ‘?’ for more options…".
  {
    id: 'd12-placeholder-rustdoc-search',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="sidebar"><a class="logo-container" href="#/std/index.html"><img src="${GIF}" alt="logo" width="32" height="32"></a><h2><a href="#/std/index.html">Crate std</a></h2><ul class="block"><li><a href="#/std/iter/index.html">iter</a></li><li><a href="#/std/vec/index.html">vec</a></li></ul></nav>
<main><nav class="sub"><form class="search-form"><input class="search-input" name="search" autocomplete="off" spellcheck="false" placeholder="${v('Click or press ‘S’ to search, ‘?’ for more options…', 'Type ‘S’ or ‘/’ to search, ‘?’ for more options…')}" type="search"><div id="help-button" title="help" tabindex="-1"><a href="#/help.html">?</a></div><div id="settings-menu" tabindex="-1"><a href="#/settings.html" title="settings">⚙</a></div></form></nav>
<section id="main-content" class="content"><h1>Trait <a href="#/std/iter/trait.Iterator.html">Iterator</a></h1><pre class="rust item-decl">pub trait Iterator { type Item; fn next(&amp;mut self) -&gt; Option&lt;Self::Item&gt;; }</pre><p>A trait for dealing with iterators.</p></section>
<section id="search" class="content hidden"><label for="crate-search">Results in</label><select id="crate-search"><option>all crates</option><option>std</option><option>core</option></select></section></main>`,
    ),
    body: `await page.getByPlaceholder('Click or press ‘S’ to search, ‘?’ for more options…').fill('Iterator');\n  await expect(page.locator('input[name="search"]')).toHaveValue('Iterator');`,
    expect: 'heal',
    target: 'input[name="search"]',
  },
  // Blender 2.80 (July 2019) moved "User Preferences..." out of the File menu into the Edit menu as "Preferences..." (here the menu it sits in is open).
  {
    id: 'd12-menuitem-blender280-user-preferences-to-preferences',
    kind: 'renamed text',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" class="menu-item" ${extra}>${label}</button>`;
      const file = `${item('New', WRITES('new'))}${item('Open...', WRITES('open'))}${item('Save', WRITES('save'))}${item('Save As...', WRITES('save-as'))}${item('User Preferences...', DONE)}${item('Save Startup File', WRITES('startup'))}${item('Load Factory Settings', WRITES('factory'))}${item('Quit', WRITES('quit'))}`;
      const edit = `${item('Undo', WRITES('undo'))}${item('Redo', WRITES('redo'))}${item('Undo History', WRITES('history'))}${item('Operator Search...', WRITES('search'))}${item('Lock Object Modes', WRITES('lock'))}${item('Preferences...', DONE)}`;
      const menus = ['File', 'Edit', 'Render', 'Window', 'Help'].map((m) => `<button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="${m === v('File', 'Edit')}" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('');
      return `<div class="topbar" role="menubar" aria-label="Blender">${menus}</div>
<div role="menu" aria-label="${v('File', 'Edit')}" class="dropdown">${v(file, edit)}</div>
<main class="viewport"><h1>${v('Blender 2.79', 'Blender 2.80')}</h1><p>Cube · Camera · Light</p>${v('', '<div role="tablist" aria-label="Workspaces"><button type="button" role="tab" aria-selected="true">Layout</button><button type="button" role="tab" aria-selected="false">Modeling</button><button type="button" role="tab" aria-selected="false">Shading</button></div>')}</main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'User Preferences...' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menu"] [role="menuitem"]:text-is("Preferences...")',
  },
  // Radarr v3 (2020) renamed the "Physical/Web" minimum availability "Released" (and dropped "PreDB") in the add-movie form.
  {
    id: 'd12-option-radarr3-physical-web-to-released',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (label: string, extra: string, selected = false) => `<div role="option" aria-selected="${selected}" class="option" ${extra}>${label}</div>`;
      return `<div role="dialog" aria-label="The Tide Table (2023)" class="modal"><h2>The Tide Table (2023)</h2><p>A harbour master keeps the last hand-written tide table.</p>
<label for="root">Root Folder</label><select id="root"><option>/movies</option><option>/movies-4k</option></select>
<label for="monitor">Monitor</label><select id="monitor"><option>${v('Yes', 'Movie Only')}</option><option>${v('No', 'None')}</option></select>
<label for="availability">Minimum Availability</label><input id="availability" role="combobox" aria-expanded="true" aria-controls="availability-list" value="Announced">
<div id="availability-list" role="listbox" aria-label="Minimum Availability">${opt('Announced', WRITES('announced'), true)}${opt('In Cinemas', WRITES('in-cinemas'))}${opt(v('Physical/Web', 'Released'), DONE)}${v(opt('PreDB', WRITES('predb')), '')}</div>
<label for="quality">Quality Profile</label><select id="quality"><option>HD-1080p</option><option>Ultra-HD</option><option>Any</option></select>
<button type="button" ${WRITES('search')}>Add and Search for movie</button><button type="button" ${WRITES('add')}>Add Movie</button></div>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Physical/Web' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#availability-list [role="option"]:text-is("Released")',
  },
  // Apache Airflow 2.3 (April 2022) replaced the DAG page's "Tree" view with the "Grid" view.
  {
    id: 'd12-tab-airflow23-tree-to-grid',
    kind: 'renamed text',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<a href="#/dags/tide_ingest/${label.toLowerCase().replace(/ /g, '-')}" role="tab" aria-selected="${selected}" ${extra}>${label}</a>`;
      return `<nav class="navbar" aria-label="Airflow"><a href="#/home" ${WRITES('dags')}>DAGs</a><a href="#/security" ${WRITES('security')}>Security</a><a href="#/browse" ${WRITES('browse')}>Browse</a><a href="#/admin" ${WRITES('admin')}>Admin</a><a href="#/docs" ${WRITES('docs')}>Docs</a></nav>
<main><h1>DAG: tide_ingest</h1><p>Hourly ingest of tide gauge readings · schedule: @hourly</p><div role="tablist" aria-label="DAG views">${tab(v('Tree', 'Grid'), DONE, true)}${tab('Graph', WRITES('graph'))}${tab('Calendar', WRITES('calendar'))}${tab('Task Duration', WRITES('duration'))}${tab('Task Tries', WRITES('tries'))}${tab('Landing Times', WRITES('landing'))}${tab('Gantt', WRITES('gantt'))}${tab('Details', WRITES('details'))}${tab('Code', WRITES('code'))}</div>
<section><button type="button" aria-label="Trigger DAG" ${WRITES('trigger')}>▶</button><button type="button" aria-label="Refresh" ${WRITES('refresh')}>↻</button><label for="base-date">Base date</label><input id="base-date" value="2022-05-01T00:00:00"><label for="num-runs">Number of runs</label><select id="num-runs"><option>25</option><option>50</option></select></section></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Tree' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tablist"] [role="tab"]:text-is("Grid")',
  },
  // UniFi Network 6 (2021, as I recall) renamed the settings' "Wireless Networks" "WiFi" in its new settings pages.
  {
    id: 'd12-link-unifi-wireless-networks-to-wifi',
    kind: 'renamed text',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/settings/${href}" ${extra}>${label}</a></li>`;
      return `<nav class="app-nav" aria-label="Applications"><a href="#/dashboard" ${WRITES('dashboard')}>Dashboard</a><a href="#/devices" ${WRITES('devices')}>UniFi Devices</a><a href="#/clients" ${WRITES('clients')}>Client Devices</a><a href="#/settings" ${WRITES('settings')}>Settings</a></nav>
<nav aria-label="Settings" class="settings-nav"><ul>${v(`${link('site', 'Site', WRITES('site'))}${link('wlans', 'Wireless Networks', DONE)}${link('networks', 'Networks', WRITES('networks'))}${link('routing', 'Routing &amp; Firewall', WRITES('routing'))}${link('ips', 'Threat Management', WRITES('threats'))}${link('services', 'Services', WRITES('services'))}`, `${link('internet', 'Internet', WRITES('internet'))}${link('wifi', 'WiFi', DONE)}${link('networks', 'Networks', WRITES('networks'))}${link('routing', 'Routing', WRITES('routing'))}${link('security', 'Security', WRITES('threats'))}${link('system', 'System', WRITES('site'))}`)}</ul></nav>
<main><h1>${v('Wireless Networks', 'WiFi')}</h1><table aria-label="${v('Wireless Networks', 'WiFi')}"><tr><th>Name</th><th>Security</th></tr><tr><td>tidepool</td><td>WPA2</td></tr><tr><td>tidepool-guest</td><td>Open</td></tr></table><button type="button" ${WRITES('create')}>${v('Create New Wireless Network', 'Create New WiFi')}</button></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Wireless Networks' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Settings"] a[href="#/settings/wifi"]',
  },
];

const chains: Drift[] = [
  // MongoDB Atlas (2021) renamed the project sidebar's "Clusters" entry "Database" (its list became "Database Deployments") (page object).
  {
    id: 'd12-chain-po-atlas-clusters-to-database',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/v2/5f3a/${href}" ${extra}>${label}</a></li>`;
      return `<header class="top-nav"><a href="#/" ${WRITES('logo')}><img src="${GIF}" alt="MongoDB Atlas" width="100" height="24"></a><button type="button" ${WRITES('org')}>Tidepool ▾</button><button type="button" ${WRITES('project')}>tide-prod ▾</button><a href="#/access" ${WRITES('access-manager')}>Access Manager</a><a href="#/billing" ${WRITES('billing')}>Billing</a></header>
<nav aria-label="Project" class="left-nav"><h3>DEPLOYMENT</h3><ul>${link('clusters', v('Clusters', 'Database'), DONE)}${link('dataLake', 'Data Lake', WRITES('data-lake'))}</ul><h3>${v('DATA SERVICES', 'SERVICES')}</h3><ul>${link('triggers', 'Triggers', WRITES('triggers'))}${link('dataAPI', 'Data API', WRITES('data-api'))}</ul><h3>SECURITY</h3><ul>${link('security/database/users', 'Database Access', WRITES('database-access'))}${link('security/network/accessList', 'Network Access', WRITES('network-access'))}${link('security/advanced', 'Advanced', WRITES('advanced'))}</ul></nav>
<main><h1>${v('Clusters', 'Database Deployments')}</h1><input type="search" aria-label="Find a ${v('cluster', 'database deployment')}" placeholder="Find a ${v('cluster', 'database deployment')}..."><button type="button" ${WRITES('build')}>${v('Build a New Cluster', 'Build a Database')}</button><section class="cluster-card"><h2>tide-cluster-0</h2><p>M10 · AWS / Ireland (eu-west-1) · 6.0</p><button type="button" ${WRITES('connect')}>Connect</button><a href="#/v2/5f3a/metrics/replicaSet/0" ${WRITES('metrics')}>View Monitoring</a><a href="#/v2/5f3a/collections" ${WRITES('collections')}>Browse Collections</a></section></main>${OUT}`;
    }),
    imports: `import { ProjectNav } from './project-nav';`,
    files: {
      'project-nav.ts': `import type { Page } from '@playwright/test';

export class ProjectNav {
  constructor(readonly page: Page) {}

  async openClusters() {
    await this.page
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: 'Clusters' })
      .click();
  }

  async openNetworkAccess() {
    await this.page
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: 'Network Access' })
      .click();
  }
}
`,
    },
    body: `await new ProjectNav(page).openClusters();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Project"] a[href="#/v2/5f3a/clusters"]',
  },
  // Sourcegraph 3.26 (March 2021) renamed Campaigns "Batch Changes": the global navigation's "Campaigns" became "Batch Changes" (/campaigns -> /batch-changes) (page object).
  {
    id: 'd12-chain-po-sourcegraph-campaigns-to-batch-changes',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Main" class="global-navbar"><a href="#/search" class="logo" ${WRITES('logo')}><img src="${GIF}" alt="Sourcegraph" width="24" height="24"></a><ul>${link('search', 'Search', WRITES('search'))}${link('code-monitoring', 'Code Monitoring', WRITES('monitoring'))}${link(v('campaigns', 'batch-changes'), v('Campaigns', 'Batch Changes'), DONE)}${link('insights', 'Insights', WRITES('insights'))}${link('extensions', 'Extensions', WRITES('extensions'))}</ul><button type="button" ${WRITES('user')}>ada ▾</button></nav>
<main><h1>Search</h1><input type="search" aria-label="Search query" placeholder="Search for code or files..."><section><h2>Recent changes</h2><p>${v('Campaign "bump-tide-lib" · 12 changesets', 'Batch change "bump-tide-lib" · 12 changesets')}</p><a href="#/users/ada/${v('campaigns', 'batch-changes')}/bump-tide-lib" ${WRITES('recent')}>bump-tide-lib</a><button type="button" ${WRITES('create')}>${v('Create campaign', 'Create batch change')}</button></section></main>${OUT}`;
    }),
    imports: `import { GlobalNav } from './global-nav';`,
    files: {
      'global-nav.ts': `import type { Page } from '@playwright/test';

export class GlobalNav {
  constructor(readonly page: Page) {}

  async openCampaigns() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Campaigns' })
      .click();
  }

  async openCodeMonitoring() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Code Monitoring' })
      .click();
  }
}
`,
    },
    body: `await new GlobalNav(page).openCampaigns();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/batch-changes"]',
  },
  // Swiper 7 (August 2021) renamed its container class: `.swiper-container` became `.swiper` (and `swiper-container-initialized` became `swiper-initialized`) (page object, the scope step drifts).
  {
    id: 'd12-chain-po-swiper7-swiper-container-to-swiper',
    kind: 'multi-line chain',
    ...both((v) => {
      const slide = (n: number, alt: string) => `<div class="swiper-slide${n === 1 ? ' swiper-slide-active' : ''}" role="group" aria-label="${n} / 3"><img src="${GIF}" alt="${alt}" width="300" height="160"></div>`;
      return `<main class="product"><h1>Tide clock</h1><p>$42.00</p>
<div class="${v('swiper-container gallery swiper-container-initialized swiper-container-horizontal', 'swiper gallery swiper-initialized swiper-horizontal')}"><div class="swiper-wrapper">${slide(1, 'Tide clock, front')}${slide(2, 'Tide clock, side')}${slide(3, 'Tide clock, on a wall')}</div><div class="swiper-button-prev swiper-button-disabled" tabindex="-1" role="button" aria-label="Previous slide" aria-disabled="true" ${WRITES('gallery-prev')}>‹</div><div class="swiper-button-next" tabindex="0" role="button" aria-label="Next slide" aria-disabled="false" ${DONE}>›</div><div class="swiper-pagination swiper-pagination-bullets"><span class="swiper-pagination-bullet swiper-pagination-bullet-active" role="button" aria-label="Go to slide 1" ${WRITES('bullet-1')}>•</span><span class="swiper-pagination-bullet" role="button" aria-label="Go to slide 2" ${WRITES('bullet-2')}>•</span><span class="swiper-pagination-bullet" role="button" aria-label="Go to slide 3" ${WRITES('bullet-3')}>•</span></div></div>
<button type="button" ${WRITES('add')}>Add to cart</button>
<section class="reviews"><h2>Reviews</h2><div class="splide" aria-label="Reviews"><ul class="splide__list"><li class="splide__slide">“Keeps perfect time with the Dover tides.”</li></ul><button type="button" class="splide__arrow splide__arrow--prev" aria-label="Previous slide" ${WRITES('reviews-prev')}>‹</button><button type="button" class="splide__arrow splide__arrow--next" aria-label="Next slide" ${WRITES('reviews-next')}>›</button></div></section></main>${OUT}`;
    }),
    imports: `import { ProductGallery } from './product-gallery';`,
    files: {
      'product-gallery.ts': `import type { Page } from '@playwright/test';

export class ProductGallery {
  constructor(readonly page: Page) {}

  async next() {
    await this.page
      .locator('.swiper-container')
      .getByRole('button', { name: 'Next slide' })
      .click();
  }

  async previous() {
    await this.page
      .locator('.swiper-container')
      .getByRole('button', { name: 'Previous slide' })
      .click();
  }
}
`,
    },
    body: `await new ProductGallery(page).next();\n  ${CHECK}`,
    expect: 'heal',
    target: '.swiper .swiper-button-next',
  },
  // Vault 1.15 (September 2023) moved the UI's top navigation into a sidebar: "Secrets" became "Secrets Engines" (page object; the wording is my best recollection of the release).
  {
    id: 'd12-chain-po-vault115-secrets-to-secrets-engines',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/vault/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Main" class="${v('navbar', 'sidebar')}"><a href="#/vault" class="logo" ${WRITES('logo')}>Vault</a><ul>${v('', link('dashboard', 'Dashboard', WRITES('dashboard')))}${link('secrets', v('Secrets', 'Secrets Engines'), DONE)}${link('access', 'Access', WRITES('access'))}${link('policies/acl', 'Policies', WRITES('policies'))}${link('tools/wrap', 'Tools', WRITES('tools'))}${v('', link('clients/counts/overview', 'Client Count', WRITES('client-count')))}${link('settings/seal', 'Seal Vault', WRITES('seal'))}</ul><button type="button" ${WRITES('user')}>ada ▾</button></nav>
<main><h1>Secrets Engines</h1><a href="#/vault/settings/mount-secret-backend" ${WRITES('enable')}>Enable new engine +</a><ul class="list"><li><a href="#/vault/secrets/secret/list" ${WRITES('kv')}>secret/ · kv · v2</a></li><li><a href="#/vault/secrets/tide-db/list" ${WRITES('db')}>tide-db/ · database</a></li><li><a href="#/vault/secrets/cubbyhole/list" ${WRITES('cubbyhole')}>cubbyhole/ · per-token private secret storage</a></li></ul></main>${OUT}`;
    }),
    imports: `import { VaultNav } from './vault-nav';`,
    files: {
      'vault-nav.ts': `import type { Page } from '@playwright/test';

export class VaultNav {
  constructor(readonly page: Page) {}

  async openSecrets() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Secrets', exact: true })
      .click();
  }

  async openPolicies() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Policies' })
      .click();
  }
}
`,
    },
    body: `await new VaultNav(page).openSecrets();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Main"] a[href="#/vault/secrets"]',
  },
  // Synology DSM 7.0 (June 2021) merged Control Panel's "User" and "Group" applets into one "User & Group" (page object).
  {
    id: 'd12-chain-po-synology-dsm7-user-to-user-and-group',
    kind: 'multi-line chain',
    ...both((v) => {
      const applet = (href: string, label: string, extra: string) => `<li><a href="#/control-panel/${href}" class="applet" ${extra}>${label}</a></li>`;
      return `<header class="taskbar"><button type="button" aria-label="Main Menu" ${WRITES('main-menu')}>▦</button><span>Control Panel</span><button type="button" aria-label="Notifications" ${WRITES('notifications')}>🔔</button></header>
<main class="control-panel"><h1>Control Panel</h1>
<section aria-label="File Sharing"><h2>File Sharing</h2><ul>${applet('shared-folder', 'Shared Folder', WRITES('shared-folder'))}${applet('file-services', 'File Services', WRITES('file-services'))}${applet('user', v('User', 'User &amp; Group'), DONE)}${v(applet('group', 'Group', WRITES('group')), '')}${applet('domain-ldap', 'Domain/LDAP', WRITES('ldap'))}</ul></section>
<section aria-label="Connectivity"><h2>Connectivity</h2><ul>${applet('external-access', 'External Access', WRITES('external'))}${applet('network', 'Network', WRITES('network'))}${applet('security', 'Security', WRITES('security'))}</ul></section>
<section aria-label="System"><h2>System</h2><ul>${applet('info-center', 'Info Center', WRITES('info'))}${applet('login-portal', 'Login Portal', WRITES('portal'))}${applet('regional-options', 'Regional Options', WRITES('regional'))}${applet('update-restore', 'Update &amp; Restore', WRITES('update'))}</ul></section></main>${OUT}`;
    }),
    imports: `import { ControlPanel } from './control-panel';`,
    files: {
      'control-panel.ts': `import type { Page } from '@playwright/test';

export class ControlPanel {
  constructor(readonly page: Page) {}

  async openUsers() {
    await this.page
      .getByRole('region', { name: 'File Sharing' })
      .getByRole('link', { name: 'User', exact: true })
      .click();
  }

  async openSharedFolders() {
    await this.page
      .getByRole('region', { name: 'File Sharing' })
      .getByRole('link', { name: 'Shared Folder' })
      .click();
  }
}
`,
    },
    body: `await new ControlPanel(page).openUsers();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-label="File Sharing"] a[href="#/control-panel/user"]',
  },
];

const chainsMore: Drift[] = [
  // Hasura's console (v2, 2021, as I recall) renamed the top bar's "GraphiQL" tab "API" (the GraphiQL explorer now sits inside it, beside REST) (page object).
  {
    id: 'd12-chain-po-hasura-graphiql-to-api',
    kind: 'multi-line chain',
    ...both((v) => {
      const tab = (href: string, label: string, extra: string) => `<li><a href="#/console/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Console" class="main-nav"><a href="#/console" class="logo" ${WRITES('logo')}><img src="${GIF}" alt="Hasura" width="80" height="24"></a><ul>${tab(v('api-explorer', 'api/api-explorer'), v('GraphiQL', 'API'), DONE)}${tab('data/schema/public', 'Data', WRITES('data'))}${tab('actions/manage/actions', 'Actions', WRITES('actions'))}${tab('remote-schemas/manage/schemas', 'Remote Schemas', WRITES('remote-schemas'))}${tab('events/data/manage', 'Events', WRITES('events'))}</ul><a href="#/console/settings" ${WRITES('settings')}>⚙ Settings</a></nav>
<main><h1>${v('GraphiQL', 'API Explorer')}</h1>${v('', `<div role="tablist" aria-label="API"><a role="tab" aria-selected="true" href="#/console/api/api-explorer" ${WRITES('graphiql-tab')}>GraphiQL</a><a role="tab" aria-selected="false" href="#/console/api/rest/list" ${WRITES('rest-tab')}>REST</a></div>`)}<label for="endpoint">GraphQL Endpoint</label><input id="endpoint" value="https://tide-api.hasura.app/v1/graphql"><button type="button" aria-label="Execute Query" ${WRITES('run')}>▶</button><button type="button" ${WRITES('explorer')}>Explorer</button><button type="button" ${WRITES('voyager')}>Voyager</button></main>${OUT}`;
    }),
    imports: `import { ConsoleNav } from './console-nav';`,
    files: {
      'console-nav.ts': `import type { Page } from '@playwright/test';

export class ConsoleNav {
  constructor(readonly page: Page) {}

  async openGraphiql() {
    await this.page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'GraphiQL' })
      .click();
  }

  async openData() {
    await this.page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: 'Data' })
      .click();
  }
}
`,
    },
    body: `await new ConsoleNav(page).openGraphiql();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Console"] a[href="#/console/api/api-explorer"]',
  },
  // Checkmk 2.0 (March 2021) retired the WATO name: the sidebar's "WATO · Configuration" snap-in gave way to "Setup", where "Hosts" now sits (the filter step drifts).
  {
    id: 'd12-chain-filter-checkmk2-wato-to-setup',
    kind: 'multi-line chain',
    ...both((v) => {
      const snapin = (title: string, body: string) => `<div class="snapin"><h3 class="snapin-title">${title}</h3>${body}</div>`;
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<aside id="side_content" aria-label="Sidebar">${snapin('Overview', '<p>Hosts 14 · Problems 2 · Unhandled 1</p>')}${snapin('Views', `<ul>${link('view.py?view_name=allhosts', 'All hosts', WRITES('all-hosts'))}${link('view.py?view_name=hostproblems', 'Host problems', WRITES('host-problems'))}${link('view.py?view_name=svcproblems', 'Service problems', WRITES('svc-problems'))}</ul>`)}
${snapin(v('WATO · Configuration', 'Setup'), `<ul>${link('wato.php?mode=folder', 'Hosts', DONE)}${link('wato.php?mode=rulesets', v('Host &amp; Service Parameters', 'Service monitoring rules'), WRITES('rules'))}${link('wato.php?mode=users', 'Users', WRITES('users'))}${link('wato.php?mode=changelog', 'Activate changes', WRITES('activate'))}</ul>`)}</aside>
<main><h1>Main dashboard</h1><p>Host statistics: 13 up, 1 down.</p><a href="#/view.py?view_name=host&amp;host=dover-gauge" ${WRITES('dover')}>dover-gauge</a></main>${OUT}`;
    }),
    body: `await page\n    .locator('.snapin')\n    .filter({ hasText: 'WATO · Configuration' })\n    .getByRole('link', { name: 'Hosts', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.snapin a[href="#/wato.php?mode=folder"]',
  },
  // IFTTT renamed Recipes "Applets" and Channels "Services" (November 2016): the header's "My Recipes" became "My Applets".
  {
    id: 'd12-chain-ifttt-my-recipes-to-my-applets',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<a href="#/${href}" ${extra}>${label}</a>`;
      return `<header class="site-header"><a href="#/" class="logo" ${WRITES('logo')}>IFTTT</a><nav aria-label="Account">${link(v('myrecipes/personal', 'my_applets'), v('My Recipes', 'My Applets'), DONE)}${link(v('channels', 'search/services'), v('Channels', 'Services'), WRITES('services'))}${link(v('recipes', 'discover'), v('Browse', 'Discover'), WRITES('discover'))}${link('create', 'Create', WRITES('create'))}${link('settings', 'ada ▾', WRITES('account'))}</nav></header>
<main><h1>${v('Recommended Recipes', 'Recommended Applets')}</h1><ul class="cards"><li class="card"><h2>Tweet the Dover high tide every morning</h2><button type="button" ${WRITES('turn-on-1')}>${v('Add', 'Turn on')}</button></li><li class="card"><h2>Log each tide alert to a spreadsheet</h2><button type="button" ${WRITES('turn-on-2')}>${v('Add', 'Turn on')}</button></li></ul><a href="#/${v('myrecipes/personal', 'my_applets')}" ${WRITES('see-all')}>${v('See all your Recipes', 'See all your Applets')}</a></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('navigation', { name: 'Account' })\n    .getByRole('link', { name: 'My Recipes' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Account"] a[href="#/my_applets"]',
  },
  // AdGuard Home (v0.103, 2020, as I recall) renamed the Filters menu's "DNS blacklists" "DNS blocklists" ("DNS whitelists" became "DNS allowlists").
  {
    id: 'd12-chain-adguardhome-blacklists-to-blocklists',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<header class="header"><a href="#/" class="logo" ${WRITES('logo')}>AdGuard Home</a><nav aria-label="Main" class="nav"><a href="#/" ${WRITES('dashboard')}>Dashboard</a><a href="#/settings" ${WRITES('settings')}>Settings ▾</a>
<div class="dropdown open"><button type="button" aria-expanded="true" ${WRITES('filters-toggle')}>Filters ▾</button><ul class="dropdown-menu" aria-label="Filters">${item('filters', v('DNS blacklists', 'DNS blocklists'), DONE)}${item(v('dns_whitelists', 'dns_allowlists'), v('DNS whitelists', 'DNS allowlists'), WRITES('allowlists'))}${item('dns_rewrites', 'DNS rewrites', WRITES('rewrites'))}${item('blocked_services', 'Blocked services', WRITES('blocked-services'))}${item('custom_rules', 'Custom filtering rules', WRITES('custom-rules'))}</ul></div>
<a href="#/logs" ${WRITES('logs')}>Query Log</a><a href="#/guide" ${WRITES('guide')}>Setup Guide</a></nav></header>
<main><h1>Dashboard</h1><section class="card"><h2>Blocked by Filters</h2><p>1,204</p><a href="#/logs?response_status=filtered" ${WRITES('blocked-link')}>View in Query Log</a></section><button type="button" ${WRITES('disable')}>Disable protection</button></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('list', { name: 'Filters' })\n    .getByRole('link', { name: 'DNS blacklists' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'ul[aria-label="Filters"] a[href="#/filters"]',
  },
  // Auth0's dashboard (2020-21, as I recall) renamed the sidebar's "Users & Roles" section "User Management" (the scope step drifts).
  {
    id: 'd12-chain-auth0-users-and-roles-to-user-management',
    kind: 'multi-line chain',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/dashboard/us/tidepool/${href}" ${extra}>${label}</a></li>`;
      const group = (name: string, links: string) => `<div role="group" aria-label="${name}" class="sidebar-section"><h3>${name}</h3><ul>${links}</ul></div>`;
      return `<nav aria-label="Dashboard" class="sidebar"><ul>${link('', 'Getting Started', WRITES('getting-started'))}${link('activity', 'Activity', WRITES('activity'))}</ul>
${group('Applications', `${link('applications', 'Applications', WRITES('applications'))}${link('apis', 'APIs', WRITES('apis'))}`)}${group('Authentication', `${link('connections/database', 'Database', WRITES('database'))}${link('connections/social', 'Social', WRITES('social'))}${link('connections/passwordless', 'Passwordless', WRITES('passwordless'))}`)}
${group(v('Users &amp; Roles', 'User Management'), `${link('users', 'Users', DONE)}${link('roles', 'Roles', WRITES('roles'))}`)}${v('', group('Branding', `${link('login_page', 'Universal Login', WRITES('universal-login'))}${link('custom_domains', 'Custom Domains', WRITES('custom-domains'))}`))}${group('Auth Pipeline', `${link('rules', 'Rules', WRITES('rules'))}${link('hooks', 'Hooks', WRITES('hooks'))}`)}</nav>
<main><h1>Users</h1><button type="button" ${WRITES('create')}>+ Create User</button><input type="search" aria-label="Search for users" placeholder="Search for users by email"><table aria-label="Users"><tr><th>Name</th><th>Connection</th></tr><tr><td><a href="#/dashboard/us/tidepool/users/auth0%7C4242" ${WRITES('user-row')}>ada@tidepool.example</a></td><td>Username-Password-Authentication</td></tr></table></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('group', { name: 'Users & Roles' })\n    .getByRole('link', { name: 'Users' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="group"] a[href="#/dashboard/us/tidepool/users"]',
  },
];

const others: Drift[] = [
  // CodeMirror 6 (June 2022) replaced CodeMirror 5's DOM: `.CodeMirror` and its `pre.CodeMirror-line` rows became `.cm-editor` and `div.cm-line`.
  {
    id: 'd12-css-codemirror6-line-class',
    kind: 'css class',
    ...both((v) => {
      const lines = ['station = "dover"', 'high_water = "06:12"', 'height_m = 6.4'];
      const editor = v(
        `<div class="CodeMirror cm-s-default"><div class="CodeMirror-scroll"><div class="CodeMirror-gutters"><div class="CodeMirror-gutter CodeMirror-linenumbers"></div></div><div class="CodeMirror-sizer"><div class="CodeMirror-lines" role="presentation">${lines.map((l, i) => `<div class="CodeMirror-gutter-wrapper"><div class="CodeMirror-linenumber CodeMirror-gutter-elt">${i + 1}</div></div><pre class="CodeMirror-line" role="presentation"><span role="presentation">${l}</span></pre>`).join('')}</div></div></div></div>`,
        `<div class="cm-editor"><div class="cm-scroller"><div class="cm-gutters" aria-hidden="true"><div class="cm-gutter cm-lineNumbers"><div class="cm-gutterElement" style="visibility: hidden">9</div>${lines.map((_l, i) => `<div class="cm-gutterElement${i === 0 ? ' cm-activeLineGutter' : ''}">${i + 1}</div>`).join('')}</div></div><div class="cm-content" contenteditable="true" role="textbox" aria-multiline="true">${lines.map((l, i) => `<div class="cm-line${i === 0 ? ' cm-activeLine' : ''}">${l}</div>`).join('')}</div></div></div>`,
      );
      return `<header><h1>tide.toml</h1><button type="button">Save</button></header><main class="split"><section aria-label="Editor">${editor}</section><section aria-label="Preview" class="preview"><h2>Preview</h2><div class="line">station: dover</div><div class="line">high water: 06:12</div></section></main>`;
    }),
    body: `await expect(page.locator('.CodeMirror-line')).toHaveCount(3);`,
    expect: 'heal',
    target: '.cm-line',
  },
  // MapLibre GL JS 2.0 (2021), the open fork of Mapbox GL JS, renamed its CSS prefix: `.mapboxgl-ctrl-zoom-in` became `.maplibregl-ctrl-zoom-in` (with every other `mapboxgl-` class).
  {
    id: 'd12-css-maplibre2-mapboxgl-prefix',
    kind: 'css class',
    ...both((v) => {
      const p = (cls: string) => cls.split(' ').map((c) => `${v('mapboxgl', 'maplibregl')}-${c}`).join(' ');
      const ctrl = (cls: string, label: string, glyph: string, extra: string) => `<button class="${p(`ctrl-${cls}`)}" type="button" title="${label}" aria-label="${label}" ${extra}><span class="${p('ctrl-icon')}" aria-hidden="true">${glyph}</span></button>`;
      return `<header><h1>Tide stations</h1><label for="q">Find a station</label><input id="q" placeholder="Dover, Calais..."></header>
<div id="map" class="${p('map')}"><canvas class="${p('canvas')}" width="320" height="200" aria-label="Map"></canvas><div class="${p('control-container')}"><div class="${p('ctrl-top-right')}"><div class="${p('ctrl ctrl-group')}">${ctrl('zoom-in', 'Zoom in', '+', DONE)}${ctrl('zoom-out', 'Zoom out', '−', WRITES('zoom-out'))}${ctrl('compass', 'Reset bearing to north', '⇧', WRITES('compass'))}</div><div class="${p('ctrl ctrl-group')}">${ctrl('fullscreen', 'Enter fullscreen', '⛶', WRITES('fullscreen'))}</div></div><div class="${p('ctrl-bottom-right')}"><div class="${p('ctrl ctrl-attrib')}"><a href="#/copyright" ${WRITES('attrib')}>© OpenStreetMap contributors</a></div></div></div></div>
<section class="chart"><h2>Dover, next 24 h</h2><div class="chart-toolbar"><button type="button" class="chart-zoom-in" aria-label="Zoom in" ${WRITES('chart-zoom-in')}>+</button><button type="button" class="chart-zoom-out" aria-label="Zoom out" ${WRITES('chart-zoom-out')}>−</button></div></section>${OUT}`;
    }),
    body: `await page.locator('.mapboxgl-ctrl-zoom-in').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.maplibregl-ctrl-zoom-in',
  },
  // Livewire 3 (July 2023) made `wire:model` deferred by default and dropped the `.defer` modifier: `wire:model.defer="email"` became `wire:model="email"` (live updates now say `.live`, and `.lazy` became `.blur`).
  {
    id: 'd12-attr-livewire3-wire-model-defer',
    kind: 'css class',
    ...both(
      (v) => `<main><h1>Tide alerts</h1><form wire:submit${v('.prevent', '')}="subscribe"><label for="name">Name</label><input id="name" type="text" wire:model${v('.defer', '')}="name">
<label for="email">Email</label><input id="email" type="email" wire:model${v('.defer', '')}="email"><label for="station">Station</label><select id="station" wire:model${v('.defer', '')}="station"><option>Dover</option><option>Calais</option></select>
<button type="button">Subscribe</button></form>
<aside><label for="search">Search stations</label><input id="search" type="search" wire:model${v('', '.live')}="search"><label for="confirm">Confirm email</label><input id="confirm" type="email" wire:model${v('.lazy', '.blur')}="email_confirmation"></aside></main>`,
    ),
    body: `await page.locator('input[wire\\\\:model\\\\.defer="email"]').fill('ada@tidepool.example');\n  await expect(page.locator('#email')).toHaveValue('ada@tidepool.example');`,
    expect: 'heal',
    target: '#email',
  },
  // CKEditor 5 replaced CKEditor 4's toolbar links (`a.cke_button.cke_button__bold`) with `button.ck-button` elements labelled by a `ck-button__label` span (CKEditor 4's open-source line ended in June 2023).
  {
    id: 'd12-xpath-ckeditor5-bold-button',
    kind: 'xpath',
    ...both((v) => {
      const btn = (name: string, label: string, key: string, extra: string) => {
        const tip = key ? `${label} (${key})` : label;
        return v(
          `<a class="cke_button cke_button__${name} cke_button_off" role="button" title="${tip}" aria-label="${tip}" tabindex="-1" ${extra}><span class="cke_button_icon cke_button__${name}_icon">${label[0]}</span><span class="cke_button_label cke_button__${name}_label" aria-hidden="false">${label}</span></a>`,
          `<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-labelledby="ck-label-${name}" aria-pressed="false" data-cke-tooltip-text="${tip}" ${extra}><span class="ck ck-icon ck-button__icon" aria-hidden="true">${label[0]}</span><span class="ck ck-button__label" id="ck-label-${name}">${label}</span></button>`,
        );
      };
      return `<div class="${v('cke cke_reset cke_chrome', 'ck ck-reset ck-editor ck-rounded-corners')}" role="application" aria-label="Rich Text Editor"><div class="${v('cke_top', 'ck ck-editor__top')}"><div class="${v('cke_toolbar', 'ck ck-toolbar')}" role="toolbar" aria-label="Editor toolbar">${btn('bold', 'Bold', 'Ctrl+B', DONE)}${btn('italic', 'Italic', 'Ctrl+I', WRITES('italic'))}${btn('underline', 'Underline', 'Ctrl+U', WRITES('underline'))}${btn('link', 'Link', 'Ctrl+K', WRITES('link'))}${btn('bulletedlist', v('Insert/Remove Bulleted List', 'Bulleted List'), '', WRITES('list'))}</div></div>
<div class="${v('cke_contents', 'ck ck-editor__main')}"><div class="${v('cke_editable', 'ck ck-content ck-editor__editable')}" contenteditable="true" role="textbox" aria-label="Notice body"><p><strong>Spring tides</strong> this weekend: high water at Dover is 06:12 on Saturday.</p></div></div></div>
<button type="button" ${WRITES('publish')}>Publish notice</button>${OUT}`;
    }),
    body: `await page.locator('//a[contains(@class, "cke_button__bold")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.ck-button[data-cke-tooltip-text="Bold (Ctrl+B)"]',
  },
  // OrangeHRM 5 (2022) rewrote the UI in Vue: the login page's `#txtUsername`, `#txtPassword` and `#btnLogin` became `input[name="username"]`, `input[name="password"]` and `button.orangehrm-login-button`, none with an id.
  {
    id: 'd12-id-orangehrm5-txtusername',
    kind: 'id',
    ...both(
      (v) => `<div class="${v('login-wrapper', 'orangehrm-login-layout')}"><img src="${GIF}" alt="${v('OrangeHRM', 'company-branding')}" width="120" height="40"><h1>${v('LOGIN Panel', 'Login')}</h1>
${v(
  '<form id="frmLogin" name="frmLogin" method="post"><input type="hidden" name="_csrf_token" value="4f2a"><div id="divUsername" class="textInputContainer"><input name="txtUsername" id="txtUsername" type="text" placeholder="Username"></div><div id="divPassword" class="textInputContainer"><input name="txtPassword" id="txtPassword" type="password" autocomplete="off" placeholder="Password"></div><div id="divLoginButton"><input type="button" name="Submit" class="button" id="btnLogin" value="LOGIN"></div><div id="forgotPasswordLink"><a href="#/auth/requestPasswordResetCode">Forgot your password?</a></div></form>',
  '<form class="oxd-form" method="post"><input type="hidden" name="_token" value="4f2a"><div class="oxd-input-group"><label class="oxd-label">Username</label><input class="oxd-input oxd-input--active" name="username" placeholder="Username" autofocus></div><div class="oxd-input-group"><label class="oxd-label">Password</label><input class="oxd-input oxd-input--active" type="password" name="password" placeholder="Password"></div><button type="button" class="oxd-button oxd-button--medium oxd-button--main orangehrm-login-button">Login</button><div class="orangehrm-login-forgot"><p class="oxd-text oxd-text--p orangehrm-login-forgot-header">Forgot your password?</p></div></form>',
)}
<div class="${v('demo-credentials', 'orangehrm-demo-credentials')}"><p>Username : Admin</p><p>Password : admin123</p></div></div>`,
    ),
    body: `await page.locator('#txtUsername').fill('Admin');\n  await expect(page.locator('form input:not([type="hidden"])').first()).toHaveValue('Admin');`,
    expect: 'heal',
    target: 'input[name="username"]',
  },
  // TodoMVC's 2023 rewrite of its React example gave the markup test ids of its own: the label Playwright's demo app marks `todo-title` is `todo-item-label` there (test ids as I recall them).
  {
    id: 'd12-testid-todomvc-todo-title-to-item-label',
    kind: 'test id',
    ...both((v) => {
      const todos = ['Check the Dover gauge', 'Publish the spring tide table', 'Order tide clock batteries'];
      const item = (t: string, i: number) =>
        v(
          `<li data-testid="todo-item"${i === 0 ? ' class="completed"' : ''}><div class="view"><input class="toggle" type="checkbox"${i === 0 ? ' checked' : ''} aria-label="Toggle Todo"><label data-testid="todo-title">${t}</label><button class="destroy" aria-label="Delete"></button></div></li>`,
          `<li class="${i === 0 ? 'completed' : ''}" data-testid="todo-item"><div class="view"><input class="toggle" type="checkbox" data-testid="todo-item-toggle"${i === 0 ? ' checked' : ''}><label data-testid="todo-item-label">${t}</label><button class="destroy" data-testid="todo-item-button"></button></div></li>`,
        );
      return `<section class="todoapp"><header class="header"${v('', ' data-testid="header"')}><h1>todos</h1><input class="new-todo" ${v('', 'id="todo-input" type="text" data-testid="text-input" ')}placeholder="What needs to be done?" autofocus></header>
<main class="main"${v('', ' data-testid="main"')}><div class="toggle-all-container"><input class="toggle-all" type="checkbox" id="toggle-all"${v('', ' data-testid="toggle-all"')}><label class="toggle-all-label" for="toggle-all">Mark all as complete</label></div><ul class="todo-list"${v('', ' data-testid="todo-list"')}>${todos.map(item).join('')}</ul></main>
<footer class="footer"${v('', ' data-testid="footer"')}><span class="todo-count"${v(' data-testid="todo-count"', '')}>2 items left</span><ul class="filters"${v('', ' data-testid="footer-navigation"')}><li><a class="selected" href="#/">All</a></li><li><a href="#/active">Active</a></li><li><a href="#/completed">Completed</a></li></ul><button class="clear-completed">Clear completed</button></footer></section>`;
    }),
    body: `await expect(page.getByTestId('todo-title')).toHaveCount(3);`,
    expect: 'heal',
    target: '[data-testid="todo-item-label"]',
  },
];

const refuse: Drift[] = [
  // The seeded card was frozen (fixture change): Revolut's card page shows "Unfreeze card" on the same button where "Freeze card" was.
  {
    id: 'd12-refuse-same-button-revolut-unfreeze-card',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Main" class="sidebar"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/payments" ${WRITES('payments')}>Payments</a><a href="#/cards" ${WRITES('cards')}>Cards</a><a href="#/hub" ${WRITES('hub')}>Hub</a></nav>
<main class="card-page"><h1>Cards</h1><section class="card${v('', ' card--frozen')}"><img src="${GIF}" alt="Virtual card ending 4821" width="160" height="100"><p>Virtual · •••• 4821 · ${v('Active', 'Frozen')}</p>
<div class="card-actions"><button type="button" ${WRITES('details')}>Show card details</button><button type="button" class="freeze-toggle" ${v(DONE, WRITES('unfreeze'))}>${v('Freeze card', 'Unfreeze card')}</button><button type="button" ${WRITES('settings')}>Card settings</button><button type="button" ${WRITES('terminate')}>Terminate card</button></div></section>
<button type="button" ${WRITES('new-card')}>Get a new card</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Freeze card', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account already favorited the story (fixture change): Hacker News' item page shows "un-favorite" in the subline where "favorite" was.
  {
    id: 'd12-refuse-same-link-hackernews-un-favorite',
    kind: 'refuse',
    ...both(
      (v) => `<table id="hnmain"><tr><td class="pagetop"><b class="hnname"><a href="#/news" ${WRITES('news')}>Hacker News</a></b> <a href="#/newest" ${WRITES('new')}>new</a> | <a href="#/front" ${WRITES('front')}>past</a> | <a href="#/newcomments" ${WRITES('newcomments')}>comments</a> | <a href="#/ask" ${WRITES('ask')}>ask</a> | <a href="#/show" ${WRITES('show')}>show</a> | <a href="#/jobs" ${WRITES('jobs')}>jobs</a> | <a href="#/submit" ${WRITES('submit')}>submit</a></td><td class="pagetop"><a href="#/user?id=ada" ${WRITES('user')}>ada</a> (42) | <a href="#/logout" ${WRITES('logout')}>logout</a></td></tr>
<tr><td><span class="titleline"><a href="#/item?id=4242" ${WRITES('title')}>Tide prediction with harmonic analysis (2019)</a></span></td></tr>
<tr><td class="subtext"><span class="score">128 points</span> by <a href="#/user?id=grace" ${WRITES('grace')}>grace</a> <span class="age">3 hours ago</span> | <a href="#/flag?id=4242" ${WRITES('flag')}>flag</a> | <a href="#/hide?id=4242" ${WRITES('hide')}>hide</a> | <a href="#/past?id=4242" ${WRITES('past')}>past</a> | <a href="#/fave?id=4242${v('', '&amp;un=t')}" ${v(DONE, WRITES('un-favorite'))}>${v('favorite', 'un-favorite')}</a> | <a href="#/item?id=4242" ${WRITES('comments')}>45&nbsp;comments</a></td></tr>
<tr><td><form><textarea name="text" aria-label="Comment" rows="4"></textarea><button type="button" ${WRITES('add-comment')}>add comment</button></form></td></tr></table>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'favorite', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded meeting now starts everyone muted (fixture change): Webex's meeting controls show "Unmute" on the same microphone button where "Mute" was.
  {
    id: 'd12-refuse-same-button-webex-unmute',
    kind: 'refuse',
    ...both(
      (v) => `<main class="meeting"><h1>Tide club weekly</h1><p>Ada Lovelace (Host, me) · Grace Hopper · Linus Lee</p>
<div class="controls" role="toolbar" aria-label="Meeting controls"><button type="button" class="mute-button${v('', ' is-muted')}" ${v(DONE, WRITES('unmute'))}>${v('Mute', 'Unmute')}</button><button type="button" ${WRITES('video')}>Stop video</button><button type="button" ${WRITES('share')}>Share</button><button type="button" ${WRITES('record')}>Record</button><button type="button" ${WRITES('reactions')}>Reactions</button><button type="button" aria-label="More options" ${WRITES('more')}>…</button><button type="button" class="leave" ${WRITES('leave')}>Leave meeting</button></div>
<aside class="participants" aria-label="Participants"><h2>Participants (3)</h2><button type="button" ${WRITES('mute-all')}>Mute all</button><button type="button" ${WRITES('unmute-all')}>Unmute all</button><ul><li>Grace Hopper ${v('🎙', '🔇')}</li><li>Linus Lee ${v('🎙', '🔇')}</li></ul></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mute', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded Linode was shut down (fixture change): Cloud Manager's action menu offers "Power On" on the same item where "Power Off" was.
  {
    id: 'd12-refuse-same-menuitem-linode-power-on',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      return `<nav aria-label="Main" class="side-menu"><a href="#/linodes" ${WRITES('linodes')}>Linodes</a><a href="#/volumes" ${WRITES('volumes')}>Volumes</a><a href="#/nodebalancers" ${WRITES('nodebalancers')}>NodeBalancers</a><a href="#/domains" ${WRITES('domains')}>Domains</a></nav>
<main><h1>Linodes</h1><table aria-label="Linodes"><tr><th>Label</th><th>Status</th><th>Plan</th><th>Region</th><th></th></tr><tr><td><a href="#/linodes/4242" ${WRITES('label')}>tide-api-1</a></td><td>${v('Running', 'Offline')}</td><td>Linode 4 GB</td><td>London, UK</td><td><button type="button" aria-label="Action menu for Linode tide-api-1" aria-expanded="true" ${WRITES('menu')}>⋯</button>
<div role="menu" aria-label="Action menu for Linode tide-api-1">${item(v('Power Off', 'Power On'), v(DONE, WRITES('power-on')))}${item('Reboot', WRITES('reboot'))}${item('Launch LISH Console', WRITES('lish'))}${item('Clone', WRITES('clone'))}${item('Resize', WRITES('resize'))}${item('Rebuild', WRITES('rebuild'))}${item('Rescue', WRITES('rescue'))}${item('Migrate', WRITES('migrate'))}${item('Delete', WRITES('delete'))}</div></td></tr>
<tr><td><a href="#/linodes/4243" ${WRITES('label-2')}>tide-db-1</a></td><td>Running</td><td>Linode 8 GB</td><td>London, UK</td><td><button type="button" aria-label="Action menu for Linode tide-db-1" aria-expanded="false" ${WRITES('menu-2')}>⋯</button></td></tr></table></main>${OUT}`;
    }),
    body: `await page.getByRole('menuitem', { name: 'Power Off' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // AWX 18 (March 2021) removed custom inventory scripts: the Resources menu's "Inventory Scripts" is gone; "Inventories" stays (inventory sources from a project replace the scripts).
  {
    id: 'd12-refuse-awx18-inventory-scripts-removed',
    kind: 'refuse',
    ...both((v) => {
      const link = (href: string, label: string, extra: string) => `<li><a href="#/${href}" ${extra}>${label}</a></li>`;
      return `<nav aria-label="Navigation" class="sidebar"><h3>Views</h3><ul>${link('home', 'Dashboard', WRITES('dashboard'))}${link('jobs', 'Jobs', WRITES('jobs'))}${link('schedules', 'Schedules', WRITES('schedules'))}${link('activity_stream', 'Activity Stream', WRITES('activity'))}</ul>
<h3>Resources</h3><ul>${link('templates', 'Templates', WRITES('templates'))}${link('credentials', 'Credentials', WRITES('credentials'))}${link('projects', 'Projects', WRITES('projects'))}${link('inventories', 'Inventories', WRITES('inventories'))}${link('hosts', 'Hosts', WRITES('hosts'))}${v(link('inventory_scripts', 'Inventory Scripts', DONE), '')}</ul>
<h3>Administration</h3><ul>${link('credential_types', 'Credential Types', WRITES('credential-types'))}${link('notification_templates', 'Notifications', WRITES('notifications'))}${link('instance_groups', 'Instance Groups', WRITES('instance-groups'))}${v('', link('execution_environments', 'Execution Environments', WRITES('execution-environments')))}</ul></nav>
<main><h1>Inventories</h1><table aria-label="Inventories"><tr><th>Name</th><th>Type</th></tr><tr><td><a href="#/inventories/inventory/3" ${WRITES('tide-hosts')}>Tide gauges</a></td><td>Inventory</td></tr><tr><td><a href="#/inventories/inventory/4" ${WRITES('tide-dynamic')}>Tide gauges (${v('script', 'project')} source)</a></td><td>Inventory</td></tr></table></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'Inventory Scripts' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Venmo removed its public ("global") feed (2021): the feed's "Public" tab is gone; "Friends" and "Mine" stay (the tab names are from memory).
  {
    id: 'd12-refuse-venmo-public-feed-removed',
    kind: 'refuse',
    ...both((v) => {
      const tab = (label: string, extra: string, selected = false) => `<button type="button" role="tab" aria-selected="${selected}" ${extra}>${label}</button>`;
      return `<nav aria-label="Main"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/pay" ${WRITES('pay')}>Pay or Request</a><a href="#/wallet" ${WRITES('wallet')}>Wallet</a></nav>
<main><h1>Feed</h1><div role="tablist" aria-label="Feed">${v(tab('Public', DONE), '')}${tab('Friends', WRITES('friends'), true)}${tab('Mine', WRITES('mine'))}</div><ul class="stories"><li>Grace paid Ada · 🌊 tide club dues</li><li>Linus paid Ada · 🍩</li></ul>
<section class="privacy"><h2>Default privacy</h2><label><input type="radio" name="privacy" value="public" ${WRITES('privacy-public')}> Public</label><label><input type="radio" name="privacy" value="friends" checked ${WRITES('privacy-friends')}> Friends</label><label><input type="radio" name="privacy" value="private" ${WRITES('privacy-private')}> Private</label></section></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Public' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

const refuseMore: Drift[] = [
  // Sonarr v4 (2023) removed release profiles' "Preferred" words (custom formats score releases now): the Edit Release Profile dialog lost the field; "Must Contain" and "Must Not Contain" stay.
  {
    id: 'd12-refuse-sonarr4-preferred-words-removed',
    kind: 'refuse',
    ...both(
      (v) => `<div role="dialog" aria-label="Edit Release Profile" class="modal"><h2>Edit Release Profile</h2><form>
<label for="name">Name</label><input id="name" value="Tide docs">
<label><input type="checkbox" checked> Enable Profile</label>
<label for="required">Must Contain</label><input id="required" placeholder="Add new restriction">
<label for="ignored">Must Not Contain</label><input id="ignored" placeholder="Add new restriction">
${v('<label for="preferred">Preferred</label><input id="preferred" placeholder="Add new preferred term"><label><input type="checkbox" checked> Include Preferred when Renaming</label>', '')}
<label for="indexer">Indexer</label><select id="indexer"><option>Any</option><option>NZBgeek</option></select><label for="tags">Tags</label><input id="tags" value="tides"></form>
<button type="button">Cancel</button><button type="button">Save</button></div>`,
    ),
    body: `await page.getByLabel('Preferred', { exact: true }).fill('x265');\n  await expect(page.locator('#preferred')).toHaveValue('x265');`,
    expect: 'refuse',
  },
  // Sony raised PlayStation Plus 12-month prices (September 6, 2023): Essential from $59.99 to $79.99, Extra from $99.99 to $134.99, Premium from $119.99 to $159.99.
  {
    id: 'd12-refuse-playstation-plus-price',
    kind: 'refuse',
    ...both((v) => {
      const plan = (name: string, price: string, perks: string) => `<section class="tier"><h2>PlayStation Plus ${name}</h2><p class="price">${price}</p><p>12 months</p><p>${perks}</p><button type="button">Subscribe</button></section>`;
      return `<main><h1>Choose your PlayStation Plus membership</h1><div role="tablist" aria-label="Duration"><button type="button" role="tab" aria-selected="false">1 month</button><button type="button" role="tab" aria-selected="false">3 months</button><button type="button" role="tab" aria-selected="true">12 months</button></div>
<div class="tiers">${plan('Essential', v('$59.99', '$79.99'), 'Online multiplayer, monthly games, cloud storage')}${plan('Extra', v('$99.99', '$134.99'), 'Everything in Essential, plus hundreds of PS4 and PS5 games')}${plan('Premium', v('$119.99', '$159.99'), 'Everything in Extra, plus classics and game trials')}</div>
<p class="fineprint">Prices in USD. Membership continues to be charged at the then-current price until cancelled.</p></main>`;
    }),
    body: `await expect(page.getByText('$59.99', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // A dependency bump on the seeded branch breaks its tests (fixture change): CircleCI's pipelines page shows the branch's workflow "Failed" where it showed "Success"; the test that checks the status must fail.
  {
    id: 'd12-refuse-circleci-pipeline-failed',
    kind: 'refuse',
    ...both((v) => {
      const row = (branch: string, status: string, commit: string) => `<tr><td><span class="status status-${status.toLowerCase()}">${status}</span></td><td>tide-api</td><td>${branch}</td><td>build-and-test</td><td>${commit}</td><td><button type="button" aria-label="Rerun workflow for ${branch}">↻</button></td></tr>`;
      return `<nav aria-label="Main"><a href="#/dashboard">Dashboard</a><a href="#/projects">Projects</a><a href="#/insights">Insights</a><a href="#/settings/organization">Organization Settings</a></nav>
<main><h1>All Pipelines</h1><label for="branch">Branch</label><select id="branch"><option>All branches</option><option>main</option><option>dover-offsets</option></select>
<table aria-label="Pipelines"><tr><th>Status</th><th>Project</th><th>Branch</th><th>Workflow</th><th>Commit</th><th></th></tr>${row('main', 'Success', 'Update tide tables')}${row('dover-offsets', v('Success', 'Failed'), v('Fix Dover offsets', 'Bump tide-lib to 3.0'))}${row('gh-pages', 'Failed', 'Publish docs')}</table></main>`;
    }),
    body: `await expect(\n    page\n      .getByRole('row')\n      .filter({ hasText: 'dover-offsets' })\n      .getByText('Success', { exact: true }),\n  ).toBeVisible();`,
    expect: 'refuse',
  },
  // Library fixtures regenerated: the Zotero web library's seeded item "Tidal Prediction at Dover" is gone; "Tidal Prediction at Deal", another item by the same author, has a row.
  {
    id: 'd12-refuse-zotero-different-item',
    kind: 'refuse',
    ...both((v) => {
      const row = (title: string, creator: string, year: string, extra: string) => `<tr><td><span class="item-title" ${extra}>${title}</span></td><td>${creator}</td><td>${year}</td></tr>`;
      return `<nav aria-label="Collections" class="collection-tree"><a href="#/mylibrary">My Library</a><a href="#/collections/tides">Tides</a><a href="#/collections/gauges">Gauges</a><a href="#/trash">Trash</a></nav>
<main><h1>Tides</h1><input type="search" aria-label="Title, Creator, Year" placeholder="Title, Creator, Year"><table aria-label="Items"><tr><th>Title</th><th>Creator</th><th>Date</th></tr>${row('Dover Tide Tables 1999', 'Admiralty', '1998', WRITES('tables'))}${v(row('Tidal Prediction at Dover', 'Lovelace', '1998', DONE), row('Tidal Prediction at Deal', 'Lovelace', '1998', WRITES('deal')))}${row('Prediction of Spring Tides at Dover Harbour', 'Hopper', '2001', WRITES('spring'))}</table></main>${OUT}`;
    }),
    body: `await page.getByText('Tidal Prediction at Dover', { exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // IntelliJ IDEA's new UI (the default from 2023.2) hides the menu bar on Windows and Linux behind a closed "Main Menu" (☰) button: File > "Settings..." is now behind it (page object).
  {
    id: 'd12-refuse-po-intellij-settings-behind-main-menu',
    kind: 'refuse',
    ...both((v) => {
      const item = (label: string, extra: string) => `<button type="button" role="menuitem" ${extra}>${label}</button>`;
      const file = (hidden: boolean) => `<div role="menu" aria-label="File" class="popup"${hidden ? ' hidden' : ''}>${item('New', WRITES('new'))}${item('Open...', WRITES('open'))}${item('Recent Projects', WRITES('recent'))}${item('Close Project', WRITES('close'))}${item('Settings...', DONE)}${item('Project Structure...', WRITES('structure'))}${item('Exit', WRITES('exit'))}</div>`;
      const menubar = `<div role="menubar" aria-label="Main menu">${['File', 'Edit', 'View', 'Navigate', 'Code', 'Refactor', 'Build', 'Run', 'Tools', 'VCS', 'Window', 'Help'].map((m) => `<button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="${m === 'File'}" ${WRITES(`menu-${m.toLowerCase()}`)}>${m}</button>`).join('')}</div>${file(false)}`;
      const toolbar = `<header class="main-toolbar"><button type="button" aria-label="Main Menu" aria-haspopup="menu" aria-expanded="false" ${WRITES('main-menu')}>☰</button><div role="menu" aria-label="Main Menu" hidden>${item('File', WRITES('menu-file'))}${file(true)}</div><button type="button" ${WRITES('project')}>tide-api ▾</button><button type="button" ${WRITES('branch')}>main ▾</button><button type="button" aria-label="Run 'TideApp'" ${WRITES('run')}>▶</button><button type="button" aria-label="IDE and Project Settings" aria-haspopup="menu" aria-expanded="false" ${WRITES('ide-settings')}>⚙</button></header>`;
      return `<div class="ide">${v(menubar, toolbar)}
<main class="editor"><div role="tablist" aria-label="Editor tabs"><button type="button" role="tab" aria-selected="true">TideApp.kt</button><button type="button" role="tab" aria-selected="false">build.gradle.kts</button></div><pre>fun main() = println("High water at Dover: 06:12")</pre></main>
<aside class="tool-window"><button type="button" ${WRITES('project-view')}>Project</button><button type="button" ${WRITES('commit')}>Commit</button><button type="button" ${WRITES('settings-sync')}>Settings Sync</button></aside></div>${OUT}`;
    }),
    imports: `import { MainMenu } from './main-menu';`,
    files: {
      'main-menu.ts': `import type { Page } from '@playwright/test';

export class MainMenu {
  constructor(readonly page: Page) {}

  async openSettings() {
    await this.page
      .getByRole('menu', { name: 'File' })
      .getByRole('menuitem', { name: 'Settings...' })
      .click();
  }
}
`,
    },
    body: `await new MainMenu(page).openSettings();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded event sold out (fixture change): Eventbrite's event page offers "Join waitlist" in the spot where "Get tickets" was.
  {
    id: 'd12-refuse-eventbrite-sold-out-waitlist',
    kind: 'refuse',
    ...both(
      (v) => `<header class="global-header"><a href="#/" ${WRITES('logo')}>eventbrite</a><input type="search" aria-label="Search events" placeholder="Search events"><a href="#/organizations/events" ${WRITES('create')}>Create Events</a><a href="#/mytickets" ${WRITES('tickets')}>Tickets</a></header>
<main class="event"><h1>Spring tide walk at Dover</h1><p>Saturday, 12 April · 06:00 - 08:30 BST</p><p>Dover Harbour, Dover</p><section class="organizer"><p>By Tidepool Walks · 1.2k followers</p><button type="button" ${WRITES('follow')}>Follow</button><button type="button" ${WRITES('contact')}>Contact</button></section>
<aside class="conversion-bar"><p>${v('Free', 'Sold out')}</p>${v(`<button type="button" class="eds-btn--fill" ${DONE}>Get tickets</button>`, `<button type="button" class="eds-btn--fill" ${WRITES('waitlist')}>Join waitlist</button>`)}</aside>
<section><h2>More events from this organizer</h2><a href="#/e/neap-tide-talk" ${WRITES('more-event')}>Neap tide talk · Sun, 27 April</a></section><button type="button" aria-label="Share this event" ${WRITES('share')}>⤴</button></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Get tickets' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_12_DRIFTS: Drift[] = [...renamedText, ...renamedTextMore, ...chains, ...chainsMore, ...others, ...refuse, ...refuseMore];
