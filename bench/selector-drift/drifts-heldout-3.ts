// Third held-out set of selector drifts, written apart from the healer (its author never read src/ nor
// ran the bench) and only ever scored, in aggregate: copy edits on role, label, placeholder, alt, title
// and text locators; Prettier-style multi-line chains (test body and page objects) where the scope step or
// a later step drifts; class, id, test-id, data-attribute and XPath drifts; and releases where any patch
// would be wrong (removed with a lookalike left, moved behind a closed tab or accordion, a list emptied,
// two equal candidates, a state change the test must catch, the opposite meaning, a destructive action
// in place of a safe one, a different record). Pages carry decoys that share words, classes or
// attributes with the target. Heal cases name the `target` the drifted locator must now find.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const copyEdits: Drift[] = [
  // Mastodon 4.0 renamed the compose button "Toot!" to "Publish!".
  {
    id: 'h3-role-mastodon-toot-publish',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="columns-area"><div class="drawer"><div class="search"><input type="text" class="search__input" placeholder="Search or paste URL" aria-label="Search"></div>
<form class="compose-form"><div class="compose-form__autosuggest-wrapper"><textarea class="autosuggest-textarea__textarea" placeholder="What is on your mind?" aria-label="What is on your mind?"></textarea></div>
<div class="compose-form__buttons"><button type="button" class="icon-button" aria-label="Add images, a video or an audio file" ${WRITES('media')}>📎</button><button type="button" class="icon-button" aria-label="Add a poll" ${WRITES('poll')}>📊</button><button type="button" class="icon-button" aria-label="Change post privacy" ${WRITES('privacy')}>🌐</button><button type="button" class="text-icon-button" aria-label="Add content warning" ${WRITES('cw')}>CW</button></div>
<div class="compose-form__publish"><div class="compose-form__publish-button-wrapper"><button type="button" class="button button--block" ${DONE}>${v('Toot!', 'Publish!')}</button></div></div></form></div>
<div class="column"><h1 class="column-header">Home</h1><article class="status"><p><b>Eugen</b> Version 4.0 is out with a lot of changes.</p><div class="status__action-bar"><button type="button" aria-label="Reply" ${WRITES('reply')}>↩</button><button type="button" aria-label="Boost" ${WRITES('boost')}>🔁</button><button type="button" aria-label="Favourite" ${WRITES('fav')}>★</button><button type="button" aria-label="Bookmark" ${WRITES('bookmark')}>🔖</button></div></article>
<article class="status"><p><b>Claire</b> Trying out the new editor: edits show up for everyone who boosted.</p><div class="status__action-bar"><button type="button" aria-label="Reply" ${WRITES('reply-2')}>↩</button><button type="button" aria-label="Boost" ${WRITES('boost-2')}>🔁</button><button type="button" aria-label="Favourite" ${WRITES('fav-2')}>★</button></div></article></div></div>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Toot!' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.compose-form__publish button',
  },
  // X (formerly Twitter) composer placeholder: "What's happening?" -> "What is happening?!" (2023).
  {
    id: 'h3-placeholder-x-whats-happening',
    kind: 'renamed text',
    ...both(
      (v) => `<header role="banner"><nav aria-label="Primary"><a href="#/home">Home</a><a href="#/explore">Explore</a><a href="#/notifications">Notifications</a><a href="#/messages">Messages</a></nav><a href="#/compose/${v('tweet', 'post')}" class="compose-link">${v('Tweet', 'Post')}</a></header>
<main role="main"><h2>Home</h2><div class="tabs"><a href="#/home" aria-selected="true">For you</a><a href="#/following">Following</a></div>
<div class="composer"><textarea data-testid="tweetTextarea_0" placeholder="${v("What's happening?", 'What is happening?!')}" aria-label="${v('Tweet text', 'Post text')}"></textarea><button type="button" data-testid="tweetButtonInline">${v('Tweet', 'Post')}</button></div>
<article><p>@grace: shipped the new scheduler today. What's next?</p><textarea class="reply" placeholder="${v('Tweet your reply', 'Post your reply')}" aria-label="Reply"></textarea></article></main>
<aside><input type="search" placeholder="${v('Search Twitter', 'Search')}" aria-label="Search query"><section><h2>${v("What's happening", 'Trends for you')}</h2><ul><li>#WebDev</li><li>#Playwright</li></ul></section></aside>`,
    ),
    body: `await page.getByPlaceholder("What's happening?").fill('Shipping the release today');\n  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveValue('Shipping the release today');`,
    expect: 'heal',
    target: '[data-testid="tweetTextarea_0"]',
  },
  // Zoom web client "Join a meeting" page copy: "Meeting ID or Personal Link Name" -> "Meeting ID or personal link".
  {
    id: 'h3-placeholder-zoom-meeting-id',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="zm-header"><a href="#/" class="logo">zoom</a><a href="#/signin">Sign in</a><a href="#/signup" class="btn">Sign up, it's free</a></header>
<main class="join-page"><h1>Join Meeting</h1><form class="join-form">
<input id="join-confno" name="confno" type="text" placeholder="${v('Meeting ID or Personal Link Name', 'Meeting ID or personal link')}" autocomplete="off">
<input id="join-name" name="uname" type="text" placeholder="Your Name">
<input id="join-pwd" name="pwd" type="password" placeholder="Meeting Passcode">
<label><input type="checkbox" name="remember" checked> Remember my name for future meetings</label>
<button type="button" class="btn-join" disabled>Join</button></form>
<p class="hint">Join a meeting from an H.323 or SIP room system? <a href="#/h323">Learn more</a></p>
<p class="hint">Don't know your personal link name? Find it in your profile.</p></main>`,
    ),
    body: `await page.getByPlaceholder('Meeting ID or Personal Link Name').fill('845 1234 5678');\n  await expect(page.locator('input[name="confno"]')).toHaveValue('845 1234 5678');`,
    expect: 'heal',
    target: '#join-confno',
  },
  // Apple renamed "Apple ID" to "Apple Account" (iOS 18); the sign-in field's label "Apple ID" became "Email or Phone Number".
  {
    id: 'h3-label-apple-id-account',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="globalnav"><a href="#/" aria-label="Apple"></a><a href="#/store">Store</a><a href="#/support">Support</a></header>
<main class="signin"><h1>Sign in with ${v('Apple ID', 'Apple Account')}</h1><form class="signin-form">
<div class="form-textbox"><input type="text" id="account_name_text_field" autocomplete="username" class="form-textbox-input"><label for="account_name_text_field" class="form-textbox-label">${v('Apple ID', 'Email or Phone Number')}</label></div>
<div class="form-textbox"><input type="password" id="password_text_field" class="form-textbox-input"><label for="password_text_field" class="form-textbox-label">Password</label></div>
<label class="remember"><input type="checkbox" id="remember-me"> Keep me signed in</label>
<button type="button" id="sign-in" class="button">Continue</button></form>
<p><a href="#/iforgot">${v('Forgot Apple ID or password?', 'Forgot password?')}</a></p>
<p>Don't have an ${v('Apple ID', 'Apple Account')}? <a href="#/account">Create yours now.</a></p></main>`,
    ),
    body: `await page.getByLabel('Apple ID').fill('ada@icloud.test');\n  await expect(page.locator('input[autocomplete="username"]')).toHaveValue('ada@icloud.test');`,
    expect: 'heal',
    target: '#account_name_text_field',
  },
  // Facebook, Inc. became Meta Platforms: the newsroom's header logo alt "Facebook logo" -> "Meta logo".
  {
    id: 'h3-alt-facebook-meta-logo',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="brand"><img class="logo" src="${GIF}" alt="${v('Facebook logo', 'Meta logo')}" width="96" height="24"></a><nav><a href="#/news">News</a><a href="#/company">Company info</a><a href="#/media">Media gallery</a></nav></header>
<main><h1>${v('Connecting people', 'The metaverse is the next evolution of social connection')}</h1>
<article class="story"><img src="${GIF}" alt="Facebook app icon" width="48" height="48"><h2>Introducing Reels on Facebook</h2><p>Creators can now share short videos across the apps.</p></article>
<article class="story"><img src="${GIF}" alt="Instagram app icon" width="48" height="48"><h2>New tools for teens on Instagram</h2></article></main>
<footer><p>Follow us</p><a href="#/fb"><img src="${GIF}" alt="Facebook" width="16" height="16"></a><a href="#/ig"><img src="${GIF}" alt="Instagram" width="16" height="16"></a><a href="#/wa"><img src="${GIF}" alt="WhatsApp" width="16" height="16"></a></footer>`,
    ),
    body: `await expect(page.getByAltText('Facebook logo')).toBeVisible();`,
    expect: 'heal',
    target: 'header img.logo',
  },
  // VS Code 1.64 added a secondary side bar: "Toggle Side Bar" became "Toggle Primary Side Bar".
  {
    id: 'h3-title-vscode-primary-side-bar',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="monaco-workbench"><div class="part titlebar"><div class="menubar"><span>File</span><span>Edit</span><span>Selection</span><span>View</span></div><div class="window-title">index.ts — healwright</div>
<div class="layout-controls" role="toolbar" aria-label="Title actions">
<a class="action-label codicon" role="button" tabindex="0" title="${v('Toggle Side Bar (Ctrl+B)', 'Toggle Primary Side Bar (Ctrl+B)')}" ${DONE}>▤</a>
<a class="action-label codicon" role="button" tabindex="0" title="Toggle Panel (Ctrl+J)" ${WRITES('panel')}>▁</a>
${v('', `<a class="action-label codicon" role="button" tabindex="0" title="Toggle Secondary Side Bar (Ctrl+Alt+B)" ${WRITES('secondary')}>▥</a>`)}
<a class="action-label codicon" role="button" tabindex="0" title="Customize Layout..." ${WRITES('layout')}>⚙</a></div></div>
<div class="part activitybar"><a class="action-label" title="Explorer (Ctrl+Shift+E)" ${WRITES('explorer')}>E</a><a class="action-label" title="Search (Ctrl+Shift+F)" ${WRITES('search')}>S</a><a class="action-label" title="Source Control (Ctrl+Shift+G)" ${WRITES('scm')}>G</a></div>
<div class="part sidebar"><h3 class="title">Explorer</h3><ul><li>src</li><li>package.json</li></ul></div></div>${OUT}`,
    ),
    body: `await page.getByTitle('Toggle Side Bar').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[title^="Toggle Primary Side Bar"]',
  },
  // Amazon order confirmation copy: "Order placed, thanks!" -> "Order placed, thank you!".
  {
    id: 'h3-text-order-placed-thank-you',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="nav"><a href="#/" class="nav-logo">shop</a><a href="#/orders">Returns &amp; Orders</a><a href="#/cart">Cart</a></header>
<main class="thankyou"><div class="a-box a-alert-success"><h4 class="a-alert-heading">${v('Order placed, thanks!', 'Order placed, thank you!')}</h4>
<p>Confirmation will be sent to your email.</p><p><b>Shipping to Ada Lovelace</b>, 12 Marylebone Rd, London</p></div>
<div class="delivery"><p>Arriving Thursday, Oct 12</p><p>Order placed: Oct 9 · Order #114-3941689-8772232</p><a href="#/orders/114-3941689-8772232">Review or edit your recent orders</a></div>
<section class="recs"><h2>Customers who bought this also bought</h2><ul><li>USB-C cable (2-pack)</li><li>Laptop stand</li></ul></section></main>
<footer><p>Thanks for shopping with us.</p></footer>`,
    ),
    body: `await expect(page.getByText('Order placed, thanks!')).toBeVisible();`,
    expect: 'heal',
    target: 'h4.a-alert-heading',
  },
  // GitLab 16.0 navigation redesign: the "CI/CD" section became "Build" (pipelines, jobs, artifacts).
  {
    id: 'h3-link-gitlab-cicd-build',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top-bar"><a href="#/" class="tanuki">GitLab</a><nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="#/acme">Acme</a> / <a href="#/acme/api">api</a> / <span>Pipelines</span></nav></header>
<aside class="super-sidebar"><nav aria-label="Project navigation"><ul>
<li><a href="#/acme/api" ${WRITES('overview')}>Project overview</a></li><li><a href="#/acme/api/-/tree/main">${v('Repository', 'Code')}</a></li><li><a href="#/acme/api/-/issues">${v('Issues', 'Plan')}</a></li><li><a href="#/acme/api/-/merge_requests">Merge requests</a></li>
<li><a href="#/acme/api/-/pipelines">${v('CI/CD', 'Build')}</a></li><li><a href="#/acme/api/-/environments">${v('Deployments', 'Deploy')}</a></li><li><a href="#/acme/api/-/metrics">${v('Monitor', 'Operate')}</a></li><li><a href="#/acme/api/-/settings">Settings</a></li></ul></nav></aside>
<main><h1>Pipelines</h1><a href="#/acme/api/-/pipelines/new" class="btn btn-confirm">Run pipeline</a><a href="#/acme/api/-/ci/editor" class="btn">${v('CI lint', 'Pipeline editor')}</a>
<table><tr><td>#1042</td><td>passed</td><td>main</td></tr><tr><td>#1041</td><td>failed</td><td>feat/retry-ci</td></tr></table></main>`,
    ),
    body: `await page.getByRole('link', { name: 'CI/CD', exact: true }).click();\n  await expect(page).toHaveURL(/#\\/acme\\/api\\/-\\/pipelines$/);`,
    expect: 'heal',
    target: 'a[href="#/acme/api/-/pipelines"]',
  },
  // Airbnb search filters rework: "Type of place" options "Entire place / Private room / Shared room" -> "Any type / Room / Entire home".
  {
    id: 'h3-radio-airbnb-entire-home',
    kind: 'renamed text',
    ...both(
      (v) => `<div role="dialog" aria-label="Filters" class="filters"><h1>Filters</h1>
<fieldset class="type-of-place"><legend>Type of place</legend>
${v(
  '<label><input type="radio" name="room_type" value="entire_home"> Entire place</label><label><input type="radio" name="room_type" value="private_room"> Private room</label><label><input type="radio" name="room_type" value="shared_room"> Shared room</label>',
  '<label><input type="radio" name="room_type" value="any" checked> Any type</label><label><input type="radio" name="room_type" value="private_room"> Room</label><label><input type="radio" name="room_type" value="entire_home"> Entire home</label>',
)}</fieldset>
<fieldset class="price"><legend>Price range</legend><label>Minimum <input name="price_min" value="40"></label><label>Maximum <input name="price_max" value="400"></label></fieldset>
<fieldset class="amenities"><legend>Amenities</legend><label><input type="checkbox" name="wifi"> Wifi</label><label><input type="checkbox" name="kitchen"> Kitchen</label><label><input type="checkbox" name="free_parking"> Free parking on premises</label></fieldset>
<label><input type="checkbox" name="instant_book"> Instant Book (listings you can book without waiting for Host approval)</label>
<div class="footer"><button type="button">Clear all</button><button type="button">Show 312 places</button></div></div>`,
    ),
    body: `await page.getByRole('radio', { name: 'Entire place' }).check();\n  await expect(page.locator('input[value="entire_home"]')).toBeChecked();`,
    expect: 'heal',
    target: 'input[value="entire_home"]',
  },
  // Shopify admin product form: "Compare at price" -> "Compare-at price".
  {
    id: 'h3-label-shopify-compare-at-price',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="Polaris-Page"><h1 class="Polaris-Header-Title">Walnut serving board</h1>
<div class="Polaris-Card"><h2>Pricing</h2>
<div class="Polaris-FormLayout"><div class="Polaris-TextField"><label for="price">Price</label><input id="price" name="price" value="48.00"></div>
<div class="Polaris-TextField"><label for="compare-at">${v('Compare at price', 'Compare-at price')}</label><input id="compare-at" name="compareAtPrice" value=""></div></div>
<label><input type="checkbox" name="taxable" checked> Charge tax on this product</label>
<div class="Polaris-TextField"><label for="cost">Cost per item</label><input id="cost" name="costPerItem" value="19.00"><p class="help">Customers won't see this</p></div>
<p class="margin">Profit $29.00 · Margin 60.4%</p></div>
<div class="Polaris-Card"><h2>Inventory</h2><label for="sku">SKU (Stock Keeping Unit)</label><input id="sku" name="sku"><label for="barcode">Barcode (ISBN, UPC, GTIN, etc.)</label><input id="barcode" name="barcode"></div></div>`,
    ),
    body: `await page.getByLabel('Compare at price').fill('59.00');\n  await expect(page.locator('input[name="compareAtPrice"]')).toHaveValue('59.00');`,
    expect: 'heal',
    target: '#compare-at',
  },
  // YouTube title-cased its playlist names: the menu item "Save to Watch later" -> "Save to Watch Later".
  {
    id: 'h3-menuitem-youtube-watch-later',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="ytd-rich-grid"><div class="video"><a href="#/watch?v=1">Building a CSS grid layout in 10 minutes</a><button type="button" aria-label="Action menu" aria-expanded="true">⋮</button></div><div class="video"><a href="#/watch?v=2">Watch later: how queues work</a></div></div>
<div role="menu" class="ytd-menu-popup-renderer">
<div role="menuitem" tabindex="-1" ${WRITES('queue')}>Add to queue</div>
<div role="menuitem" tabindex="-1" ${DONE}>${v('Save to Watch later', 'Save to Watch Later')}</div>
<div role="menuitem" tabindex="-1" ${WRITES('playlist')}>Save to playlist</div>
<div role="menuitem" tabindex="-1" ${WRITES('download')}>Download</div>
<div role="menuitem" tabindex="-1" ${WRITES('share')}>Share</div>
<div role="menuitem" tabindex="-1" ${WRITES('not-interested')}>Not interested</div>
<div role="menuitem" tabindex="-1" ${WRITES('dont-recommend')}>Don't recommend channel</div></div>
<aside class="guide"><a href="#/playlist?list=WL">Watch ${v('later', 'Later')}</a><a href="#/feed/history">History</a></aside>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Save to Watch later', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="menuitem"]:text-is("Save to Watch Later")',
  },
  // Stack Overflow home page redesign: the "Top Questions" heading became "Interesting posts for you".
  {
    id: 'h3-heading-so-top-questions',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="s-topbar"><a href="#/" class="s-topbar--logo">Stack Overflow</a><input type="search" placeholder="Search…" aria-label="Search"></header>
<div class="container"><nav class="left-sidebar"><a href="#/">Home</a><a href="#/questions">Questions</a><a href="#/tags">Tags</a></nav>
<main id="mainbar"><div class="d-flex"><h1 class="fs-headline1">${v('Top Questions', 'Interesting posts for you')}</h1><a href="#/questions/ask" class="s-btn s-btn__primary">Ask Question</a></div>
<div class="s-btn-group"><a href="#/?tab=interesting">Interesting</a><a href="#/?tab=bounties">Bounties</a><a href="#/?tab=hot">Hot</a><a href="#/?tab=week">Week</a></div>
<div class="question-summary"><h3><a href="#/q/1">How do I wait for a network response in Playwright?</a></h3></div><div class="question-summary"><h3><a href="#/q/2">Why are my top-level await questions failing in Node?</a></h3></div></main>
<aside id="sidebar"><h2>The Overflow Blog</h2><ul><li>Developers want more, more, more</li></ul><h2>Hot Network Questions</h2><ul><li>Is it rude to ask top questions twice?</li></ul></aside></div>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Top Questions' })).toBeVisible();`,
    expect: 'heal',
    target: 'h1.fs-headline1',
  },
];

const chains: Drift[] = [
  // UK storefront copy pass: checkout section "Shipping address" -> "Delivery address" (page object scopes by region).
  {
    id: 'h3-chain-po-region-delivery-address',
    kind: 'multi-line chain',
    ...both((v) => {
      const field = (prefix: string, id: string, label: string) => `<label for="${prefix}-${id}">${label}</label><input id="${prefix}-${id}" name="${prefix}_${id}">`;
      const address = (prefix: string) => `${field(prefix, 'line1', 'Address line 1')}${field(prefix, 'city', 'Town or city')}${field(prefix, 'postcode', 'Postcode')}`;
      return `<main class="checkout"><h1>Checkout</h1>
<section aria-labelledby="contact-h"><h2 id="contact-h">Contact</h2><label for="email">Email</label><input id="email" type="email"></section>
<section aria-labelledby="ship-h"><h2 id="ship-h">${v('Shipping address', 'Delivery address')}</h2>${address('ship')}<label><input type="checkbox" checked> Use as billing address</label></section>
<section aria-labelledby="bill-h"><h2 id="bill-h">Billing address</h2>${address('bill')}</section>
<section aria-labelledby="method-h"><h2 id="method-h">${v('Shipping method', 'Delivery method')}</h2><label><input type="radio" name="m" checked> Standard (2-4 days)</label><label><input type="radio" name="m"> Next day</label></section>
<button type="button" class="btn-primary">Continue to payment</button></main>`;
    }),
    imports: `import { CheckoutPage } from './checkout-page';`,
    files: {
      'checkout-page.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class CheckoutPage {\n  readonly shippingPostcode: Locator;\n\n  constructor(readonly page: Page) {\n    this.shippingPostcode = page\n      .getByRole('region', { name: 'Shipping address' })\n      .getByLabel('Postcode');\n  }\n\n  async enterPostcode(postcode: string) {\n    await this.shippingPostcode.fill(postcode);\n  }\n}\n`,
    },
    body: `await new CheckoutPage(page).enterPostcode('SW1A 1AA');\n  await expect(page.locator('#ship-postcode')).toHaveValue('SW1A 1AA');`,
    expect: 'heal',
    target: '#ship-postcode',
  },
  // Notion renamed its "Team" plan to "Plus"; the pricing chain filters plan cards by the plan name.
  {
    id: 'h3-chain-filter-notion-plan-plus',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, price: string, blurb: string, cta: string, extra: string) =>
        `<div data-testid="plan-card" class="plan"><h3>${name}</h3><p class="price">${price}</p><p>${blurb}</p><button type="button" ${extra}>${cta}</button></div>`;
      return `<header><a href="#/" class="logo">Notion</a><a href="#/login">Log in</a></header><main><h1>One tool for your whole company</h1>
<div class="billing-toggle"><button type="button" aria-pressed="true">Pay yearly</button><button type="button" aria-pressed="false">Pay monthly</button></div>
<div class="plans">${card('Free', '$0', 'For individuals to organize personal projects and life.', 'Sign up', WRITES('free'))}${card(v('Team', 'Plus'), '$8 per seat/month', 'For small groups to plan and share work.', 'Upgrade', DONE)}${card('Business', '$15 per seat/month', 'For companies using Notion to connect several departments.', 'Upgrade', WRITES('business'))}${card('Enterprise', 'Custom', 'Advanced controls and support to run your entire organization.', 'Contact sales', WRITES('enterprise'))}</div></main>${OUT}`;
    }),
    body: `await page\n    .getByTestId('plan-card')\n    .filter({ hasText: 'Team' })\n    .getByRole('button', { name: 'Upgrade' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="plan-card"]:has(h3:text-is("Plus")) button',
  },
  // Jira Cloud project sidebar: "Issues and filters" became "Issues" (page object scopes the project navigation).
  {
    id: 'h3-chain-po-jira-issues-link',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><nav aria-label="Global"><a href="#/your-work" ${WRITES('your-work')}>Your work</a><a href="#/projects" ${WRITES('projects')}>Projects</a><a href="#/filters" ${WRITES('filters')}>Filters</a><a href="#/dashboards" ${WRITES('dashboards')}>Dashboards</a></nav></header>
<div class="layout"><nav aria-label="Project"><h2>Mobile App (MOB)</h2><ul>
<li><a href="#/mob/board" ${WRITES('board')}>Board</a></li><li><a href="#/mob/backlog" ${WRITES('backlog')}>Backlog</a></li><li><a href="#/mob/timeline" ${WRITES('timeline')}>Timeline</a></li>
<li><a href="#/mob/issues" ${DONE}>${v('Issues and filters', 'Issues')}</a></li><li><a href="#/mob/reports" ${WRITES('reports')}>Reports</a></li><li><a href="#/mob/settings" ${WRITES('settings')}>Project settings</a></li></ul></nav>
<main><h1>Board</h1><div class="column"><h3>To do</h3><p>MOB-12 Filter issues by label</p></div></main></div>${OUT}`,
    ),
    imports: `import { ProjectSidebar } from './project-sidebar';`,
    files: {
      'project-sidebar.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class ProjectSidebar {\n  readonly issuesLink: Locator;\n\n  constructor(readonly page: Page) {\n    this.issuesLink = page\n      .getByRole('navigation', { name: 'Project' })\n      .getByRole('link', { name: 'Issues and filters' });\n  }\n\n  async openIssues() {\n    await this.issuesLink.click();\n  }\n}\n`,
    },
    body: `await new ProjectSidebar(page).openIssues();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Project"] a[href="#/mob/issues"]',
  },
  // Billing dashboard switched UK accounts to en-GB spelling: subscription status "Canceled" -> "Cancelled".
  {
    id: 'h3-chain-filter-cancelled-spelling',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (id: string, customer: string, status: string, extra: string) =>
        `<tr><td>${id}</td><td>${customer}</td><td><span class="badge">${status}</span></td><td><button type="button" ${extra}>View</button><button type="button" ${WRITES(`more-${id}`)}>More</button></td></tr>`;
      return `<h1>Subscriptions</h1><div class="filters"><button type="button">All</button><button type="button">Active</button><button type="button">Past due</button><button type="button">${v('Canceled', 'Cancelled')}</button></div>
<table class="subscriptions"><thead><tr><th>ID</th><th>Customer</th><th>Status</th><th></th></tr></thead><tbody>
${row('sub_1Pa', 'Hooli', 'Active', WRITES('view-pa'))}${row('sub_1Pb', 'Initech', v('Canceled', 'Cancelled'), DONE)}${row('sub_1Pc', 'Globex', 'Past due', WRITES('view-pc'))}${row('sub_1Pd', 'Umbrella', 'Trialing', WRITES('view-pd'))}
</tbody></table>${OUT}`;
    }),
    body: `await page\n    .locator('table.subscriptions tbody tr')\n    .filter({ hasText: 'Canceled' })\n    .getByRole('button', { name: 'View' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'tr:has-text("Cancelled") button:text-is("View")',
  },
  // Shopify checkout order summary: the "Estimated tax" row is now labelled "Taxes"; shipping costs the same.
  {
    id: 'h3-chain-expect-taxes-row',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (label: string, amount: string) => `<div class="order-summary__row"><span class="order-summary__label">${label}</span><span class="order-summary__amount">${amount}</span></div>`;
      return `<aside class="order-summary" aria-label="Order summary"><h2>Order summary</h2><ul class="items"><li>Canvas tote × 2 <span>$42.00</span></li></ul>
<div class="discount"><label for="code">Discount code or gift card</label><input id="code"><button type="button">Apply</button></div>
${row('Subtotal', '$42.00')}${row('Shipping', '$4.20')}${row(v('Estimated tax', 'Taxes'), '$4.20')}<div class="order-summary__row order-summary__row--total"><span class="order-summary__label">Total</span><span class="order-summary__amount">$50.40</span></div>
<p class="note">Including $4.20 in ${v('estimated ', '')}taxes</p></aside>`;
    }),
    body: `await expect(\n    page\n      .locator('.order-summary__row')\n      .filter({ hasText: 'Estimated tax' })\n      .locator('.order-summary__amount'),\n  ).toHaveText('$4.20');`,
    expect: 'heal',
    target: '.order-summary__row:has-text("Taxes") .order-summary__amount',
  },
  // Chakra UI v3: Modal became Dialog, so .chakra-modal__content -> .chakra-dialog__content (page object).
  {
    id: 'h3-chain-po-chakra-v3-dialog',
    kind: 'multi-line chain',
    ...both((v) => {
      const c = (part: string) => v(`chakra-modal__${part}`, `chakra-dialog__${part}`);
      return `<main class="chakra-container"><h1 class="chakra-heading">Team members</h1>
<div class="chakra-card"><p>Invitation from Grace Hopper to join <b>Platform</b></p><button type="button" class="chakra-button" ${WRITES('invite')}>Confirm</button><button type="button" class="chakra-button" ${WRITES('decline')}>Decline</button></div>
<ul class="members"><li>Ada Lovelace · Owner</li><li>Linus Torvalds · Member <button type="button" class="chakra-button" ${WRITES('remove-row')}>Remove</button></li></ul></main>
<div class="${v('chakra-modal__overlay', 'chakra-dialog__backdrop')}"></div><div class="${c('content-container')}"><section role="dialog" aria-modal="true" aria-labelledby="dlg-h" class="${c('content')}">
<header id="dlg-h" class="${c('header')}">Remove member</header><button type="button" class="${v('chakra-modal__close-btn', 'chakra-dialog__close-trigger')}" aria-label="Close" ${WRITES('close')}>×</button>
<div class="${c('body')}">Linus Torvalds will lose access to all projects.</div>
<footer class="${c('footer')}"><button type="button" class="chakra-button" ${WRITES('cancel')}>Cancel</button><button type="button" class="chakra-button" ${DONE}>Confirm</button></footer></section></div>${OUT}`;
    }),
    imports: `import { RemoveMemberDialog } from './remove-member-dialog';`,
    files: {
      'remove-member-dialog.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class RemoveMemberDialog {\n  readonly confirmButton: Locator;\n\n  constructor(readonly page: Page) {\n    this.confirmButton = page\n      .locator('.chakra-modal__content')\n      .getByRole('button', { name: 'Confirm', exact: true });\n  }\n\n  async confirm() {\n    await this.confirmButton.click();\n  }\n}\n`,
    },
    body: `await new RemoveMemberDialog(page).confirm();\n  ${CHECK}`,
    expect: 'heal',
    target: '.chakra-dialog__content button:text-is("Confirm")',
  },
  // Element Plus 2.2 deprecated type="text" buttons for the link prop: .el-button--text -> .el-button.is-link.
  {
    id: 'h3-chain-element-plus-is-link',
    kind: 'multi-line chain',
    ...both((v) => {
      const btn = (type: string, label: string, extra: string) => `<button type="button" class="${v('el-button el-button--text', `el-button el-button--${type} is-link`)}" ${extra}><span>${label}</span></button>`;
      const row = (name: string, email: string, edit: string) =>
        `<tr class="el-table__row"><td class="el-table__cell">${name}</td><td class="el-table__cell">${email}</td><td class="el-table__cell">${btn('primary', 'Edit', edit)}${btn('danger', 'Delete', WRITES(`delete-${name}`))}</td></tr>`;
      return `<div class="el-card"><div class="toolbar"><button type="button" class="el-button el-button--primary" ${WRITES('add')}><span>Add user</span></button><button type="button" class="el-button ${v('el-button--text', 'is-text')}" ${WRITES('export')}><span>Export</span></button></div>
<table class="el-table__body"><tbody>${row('Ada', 'ada@example.com', WRITES('edit-ada'))}${row('Grace', 'grace@example.com', DONE)}${row('Linus', 'linus@example.com', WRITES('edit-linus'))}</tbody></table>
<div class="el-pagination"><button type="button" class="btn-prev">‹</button><span>1</span><button type="button" class="btn-next">›</button></div></div>${OUT}`;
    }),
    body: `await page\n    .locator('.el-table__row')\n    .nth(1)\n    .locator('.el-button--text')\n    .first()\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.el-table__row:has-text("Grace") button:has-text("Edit")',
  },
  // Windows-style time zone names adopted: "(GMT-05:00) Eastern Time" -> "(UTC-05:00) Eastern Time (US & Canada)" (page object).
  {
    id: 'h3-chain-po-timezone-option',
    kind: 'multi-line chain',
    ...both((v) => {
      const opt = (gmt: string, utc: string, extra: string) => `<li role="option" aria-selected="false" ${extra}>${v(gmt, utc)}</li>`;
      return `<main class="settings"><h1>Regional settings</h1><label for="lang">Language</label><select id="lang"><option>English (US)</option><option>English (UK)</option></select>
<p id="tz-label">Time zone</p><ul role="listbox" aria-labelledby="tz-label" class="tz-list">
${opt('(GMT-08:00) Pacific Time', '(UTC-08:00) Pacific Time (US & Canada)', WRITES('pacific'))}${opt('(GMT-06:00) Central Time', '(UTC-06:00) Central Time (US & Canada)', WRITES('central'))}${opt('(GMT-05:00) Bogota, Lima, Quito', '(UTC-05:00) Bogota, Lima, Quito, Rio Branco', WRITES('bogota'))}${opt('(GMT-05:00) Eastern Time', '(UTC-05:00) Eastern Time (US & Canada)', DONE)}${opt('(GMT-05:00) Indiana (East)', '(UTC-05:00) Indiana (East)', WRITES('indiana'))}${opt('(GMT+00:00) London', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', WRITES('london'))}
</ul><label><input type="checkbox" checked> Set time zone automatically</label></main>${OUT}`;
    }),
    imports: `import { RegionalSettings } from './regional-settings';`,
    files: {
      'regional-settings.ts': `import type { Page } from '@playwright/test';\n\nexport class RegionalSettings {\n  constructor(readonly page: Page) {}\n\n  async chooseEasternTime() {\n    await this.page\n      .getByRole('listbox', { name: 'Time zone' })\n      .getByRole('option', { name: '(GMT-05:00) Eastern Time' })\n      .click();\n  }\n}\n`,
    },
    body: `await new RegionalSettings(page).chooseEasternTime();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"]:has-text("Eastern Time (US & Canada)")',
  },
  // Shopify checkout marks optional fields: "Apartment, suite, etc." -> "Apartment, suite, etc. (optional)".
  {
    id: 'h3-chain-group-apartment-optional',
    kind: 'multi-line chain',
    ...both((v) => {
      const address = (prefix: string, legend: string) =>
        `<fieldset><legend>${legend}</legend><label for="${prefix}-address1">Address</label><input id="${prefix}-address1"><label for="${prefix}-address2">${v('Apartment, suite, etc.', 'Apartment, suite, etc. (optional)')}</label><input id="${prefix}-address2"><label for="${prefix}-city">City</label><input id="${prefix}-city"><label for="${prefix}-zip">ZIP code</label><input id="${prefix}-zip"></fieldset>`;
      return `<main class="checkout"><h1>Checkout</h1>${address('shipping', 'Shipping address')}
<label><input type="checkbox" id="same-as-shipping"> Use shipping address as billing address</label>
${address('billing', 'Billing address')}<button type="button">Pay now</button></main>`;
    }),
    body: `await page\n    .getByRole('group', { name: 'Billing address' })\n    .getByLabel('Apartment, suite, etc.', { exact: true })\n    .fill('Unit 4');\n  await expect(page.locator('#billing-address2')).toHaveValue('Unit 4');`,
    expect: 'heal',
    target: '#billing-address2',
  },
  // Atlassian design system landmarks: the top navigation's aria-label "Main" became "Primary" (page object).
  {
    id: 'h3-chain-po-nav-main-primary',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header><nav aria-label="${v('Main', 'Primary')}"><a href="#/" ${WRITES('home')}>Home</a><a href="#/projects" ${DONE}>Projects</a><a href="#/people" ${WRITES('people')}>People</a><a href="#/apps" ${WRITES('apps')}>Apps</a></nav></header>
<nav aria-label="Breadcrumbs"><a href="#/projects" ${WRITES('crumb')}>Projects</a> / <a href="#/projects/mob" ${WRITES('crumb-mob')}>Mobile App</a></nav>
<main><h1>Mobile App</h1><p>Recently viewed projects appear here.</p></main>
<footer><nav aria-label="Footer"><a href="#/projects" ${WRITES('footer')}>Projects</a><a href="#/privacy" ${WRITES('privacy')}>Privacy policy</a></nav></footer>${OUT}`,
    ),
    imports: `import { TopNav } from './top-nav';`,
    files: {
      'top-nav.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class TopNav {\n  readonly projectsLink: Locator;\n\n  constructor(readonly page: Page) {\n    this.projectsLink = page\n      .locator('nav[aria-label="Main"]')\n      .getByRole('link', { name: 'Projects' });\n  }\n\n  async goToProjects() {\n    await this.projectsLink.click();\n  }\n}\n`,
    },
    body: `await new TopNav(page).goToProjects();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Primary"] a:text-is("Projects")',
  },
];

const others: Drift[] = [
  // Tailwind CSS v3 renamed utilities: overflow-ellipsis -> text-ellipsis, flex-grow -> grow.
  {
    id: 'h3-css-tailwind3-text-ellipsis',
    kind: 'css class',
    ...both(
      (v) => `<div class="flex h-screen"><aside class="w-64 flex-shrink-0 border-r"><a href="#/" class="block px-4 py-2">Files</a><a href="#/shared" class="block px-4 py-2">Shared</a></aside>
<main class="${v('flex-grow', 'grow')} p-6"><div class="flex items-center gap-2"><h2 class="truncate ${v('overflow-ellipsis', 'text-ellipsis')} whitespace-nowrap text-lg font-semibold">Quarterly revenue report — final draft v7</h2><span class="rounded bg-gray-100 px-2 text-xs">PDF</span></div>
<ul class="mt-4 divide-y"><li class="flex py-2"><span class="truncate">Quarterly revenue report — draft v6</span></li><li class="flex py-2"><span class="truncate">Board deck — October</span></li></ul>
<h2 class="text-sm text-gray-500">Comments</h2><p class="whitespace-nowrap">Grace: numbers look right.</p></main></div>`,
    ),
    body: `await expect(page.locator('h2.overflow-ellipsis')).toHaveText('Quarterly revenue report — final draft v7');`,
    expect: 'heal',
    target: 'h2.text-ellipsis',
  },
  // Drupal 10 Claro node form: the action buttons moved into the actions wrapper and their ids changed.
  {
    id: 'h3-id-drupal-claro-save',
    kind: 'id',
    ...both(
      (v) => `<div class="layout-container"><h1 class="page-title">Edit Article <em>Release notes 10.1</em></h1>
<form class="node-form" id="node-article-edit-form"><div class="form-item"><label for="edit-title-0-value">Title</label><input id="edit-title-0-value" value="Release notes 10.1"></div>
<div class="form-item"><label for="edit-body-0-value">Body</label><textarea id="edit-body-0-value">What changed.</textarea></div>
<div class="form-item"><label><input type="checkbox" id="edit-status-value" checked> Published</label></div>
<div class="form-actions" id="edit-actions"><button type="button" id="${v('edit-submit', 'edit-actions-submit')}" class="button button--primary" ${DONE}>Save</button>
<button type="button" id="${v('edit-preview', 'edit-actions-preview')}" class="button" ${WRITES('preview')}>Preview</button>
<a href="#/node/12/delete" id="edit-delete" class="button button--danger" ${WRITES('delete')}>Delete</a></div></form>
<form id="search-block-form"><input id="edit-keys" placeholder="Search"><button type="button" id="edit-submit--2" ${WRITES('search')}>Search</button></form></div>${OUT}`,
    ),
    body: `await page.locator('#edit-submit').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#edit-actions-submit',
  },
  // Grafana 9 e2e selectors moved from aria-label to data-testid ("data-testid Panel header <title>").
  {
    id: 'h3-testid-grafana-panel-header',
    kind: 'test id',
    ...both((v) => {
      const panel = (title: string, value: string) =>
        `<div class="react-grid-item"><div class="panel-container"><div class="panel-header" ${v(`aria-label="Panel header ${title}"`, `data-testid="data-testid Panel header ${title}"`)}><h2 class="panel-title">${title}</h2><button type="button" aria-label="Menu for panel with title ${title}">⋮</button></div><div class="panel-content"><span class="singlestat">${value}</span></div></div></div>`;
      return `<header class="navbar"><nav aria-label="Breadcrumbs"><a href="#/dashboards">Dashboards</a> / <span>Node exporter</span></nav><button type="button" aria-label="Time range">Last 6 hours</button></header>
<div class="dashboard-container">${panel('CPU usage', '42%')}${panel('Memory usage', '68%')}${panel('CPU usage (steal)', '0.2%')}${panel('Disk I/O', '12 MB/s')}</div>`;
    }),
    body: `await expect(page.locator('[aria-label="Panel header CPU usage"]')).toContainText('CPU usage');`,
    expect: 'heal',
    target: '[data-testid="data-testid Panel header CPU usage"]',
  },
  // WooCommerce classic cart -> Cart block: the checkout button's classes changed (XPath on @class).
  {
    id: 'h3-xpath-woo-cart-block-checkout',
    kind: 'xpath',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="site-title">Hearth Goods</a><div class="wc-block-mini-cart"><a href="#/cart" class="wc-block-mini-cart__footer-cart" ${WRITES('mini-cart')}>View my cart</a><a href="#/checkout" class="wc-block-mini-cart__footer-checkout" ${WRITES('mini-checkout')}>Go to checkout</a></div></header>
<main><h1>Cart</h1>
${v(
  `<form class="woocommerce-cart-form"><table class="shop_table cart"><tr class="cart_item"><td>Linen apron</td><td><input type="number" value="1" class="qty"></td><td>£32.00</td></tr></table><div class="coupon"><input placeholder="Coupon code"><button type="button" class="button" ${WRITES('coupon')}>Apply coupon</button></div><button type="button" class="button" name="update_cart" ${WRITES('update')}>Update cart</button></form>
<div class="cart_totals"><h2>Cart totals</h2><p>Total £32.00</p><div class="wc-proceed-to-checkout"><a href="#/checkout" class="checkout-button button alt wc-forward" ${DONE}>Proceed to checkout</a></div></div>`,
  `<div class="wp-block-woocommerce-cart"><div class="wc-block-cart-items"><div class="wc-block-cart-item">Linen apron <input type="number" value="1" class="wc-block-components-quantity-selector__input"> £32.00</div></div>
<div class="wc-block-components-totals-coupon"><button type="button" class="wc-block-components-panel__button" ${WRITES('coupon')}>Add a coupon</button></div>
<div class="wc-block-cart__totals"><h2>Cart totals</h2><p>Estimated total £32.00</p><div class="wc-block-cart__submit-container"><a href="#/checkout" class="wc-block-components-button wp-element-button wc-block-cart__submit-button contained" ${DONE}>Proceed to Checkout</a></div></div></div>`,
)}</main>${OUT}`,
    ),
    body: `await page.locator('//a[contains(@class, "checkout-button")]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.wc-block-cart__submit-button',
  },
  // Stimulus 2.0 changed target attributes: data-target="clipboard.source" -> data-clipboard-target="source".
  {
    id: 'h3-data-stimulus2-target',
    kind: 'css class',
    ...both((v) => {
      const t = (controller: string, name: string) => v(`data-target="${controller}.${name}"`, `data-${controller}-target="${name}"`);
      return `<main class="settings"><h1>Invite link</h1>
<div data-controller="clipboard" class="copy-field"><label for="invite-url">Share this link with your team</label><input id="invite-url" type="text" readonly value="https://app.example.test/join/8f2c1a" ${t('clipboard', 'source')}><button type="button" data-action="clipboard#copy" ${t('clipboard', 'button')}>Copy</button></div>
<div data-controller="reveal" class="api-key"><label for="api-key">API key</label><input id="api-key" type="password" readonly value="sk_live_51Hb" ${t('reveal', 'source')}><button type="button" data-action="reveal#toggle" ${t('reveal', 'button')}>Show</button></div>
<div data-controller="clipboard" class="copy-field"><p ${t('clipboard', 'feedback')}>Copied!</p></div></main>`;
    }),
    body: `await expect(page.locator('[data-target="clipboard.source"]')).toHaveValue('https://app.example.test/join/8f2c1a');`,
    expect: 'heal',
    target: '[data-clipboard-target="source"]',
  },
  // Rails model rename User -> Account: form params moved from user[...] to account[...].
  {
    id: 'h3-css-rails-param-rename',
    kind: 'css class',
    ...both(
      (v) => `<main class="container"><h1>Sign up</h1><form action="${v('/users', '/accounts')}" method="post" class="${v('new_user', 'new_account')}" id="${v('new_user', 'new_account')}">
<div class="field"><label for="${v('user_name', 'account_name')}">Name</label><input type="text" name="${v('user[name]', 'account[name]')}" id="${v('user_name', 'account_name')}"></div>
<div class="field"><label for="${v('user_email', 'account_email')}">Email</label><input type="email" name="${v('user[email]', 'account[email]')}" id="${v('user_email', 'account_email')}" autocomplete="email"></div>
<div class="field"><label for="${v('user_email_confirmation', 'account_email_confirmation')}">Confirm email</label><input type="email" name="${v('user[email_confirmation]', 'account[email_confirmation]')}" id="${v('user_email_confirmation', 'account_email_confirmation')}" autocomplete="off"></div>
<div class="field"><label for="${v('user_password', 'account_password')}">Password</label><input type="password" name="${v('user[password]', 'account[password]')}" id="${v('user_password', 'account_password')}"></div>
<input type="submit" name="commit" value="Create account"></form>
<footer><form class="newsletter"><label for="newsletter_email">Newsletter</label><input type="email" name="newsletter[email]" id="newsletter_email"></form></footer></main>`,
    ),
    body: `await page.locator('input[name="user[email]"]').fill('ada@example.com');\n  await expect(page.locator('input[autocomplete="email"]')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: 'input[name="account[email]"]',
  },
];

const refuse: Drift[] = [
  // Instagram retired IGTV (2022): the profile's IGTV tab is gone; Reels, a lookalike video tab, stays.
  {
    id: 'h3-refuse-instagram-igtv-gone',
    kind: 'refuse',
    ...both(
      (v) => `<header class="profile"><img src="${GIF}" alt="natgeo's profile picture" width="80" height="80"><h2>natgeo</h2><button type="button" ${WRITES('follow')}>Follow</button><button type="button" ${WRITES('message')}>Message</button></header>
<div role="tablist" aria-label="Profile content"><a role="tab" href="#/natgeo/" aria-selected="true" ${WRITES('posts')}>Posts</a><a role="tab" href="#/natgeo/reels/" ${WRITES('reels')}>Reels</a>
${v(`<a role="tab" href="#/natgeo/channel/" ${DONE}>IGTV</a>`, '')}<a role="tab" href="#/natgeo/tagged/" ${WRITES('tagged')}>Tagged</a></div>
<div class="grid"><a href="#/p/1">Video: glaciers in 4K</a><a href="#/p/2">Long-form video: the deep sea</a></div>${OUT}`,
    ),
    body: `await page.getByRole('tab', { name: 'IGTV' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // GitLab settings rework: "Delete project" moved into the collapsed "Advanced" section (open it first).
  {
    id: 'h3-refuse-delete-behind-accordion',
    kind: 'refuse',
    ...both(
      (v) => `<main class="settings"><h1>General settings</h1>
<section><h2>Naming, topics, avatar</h2><label for="pname">Project name</label><input id="pname" value="api"><button type="button" ${WRITES('save')}>Save changes</button></section>
<section><h2>Visibility, project features, permissions</h2><button type="button" ${WRITES('expand')}>Expand</button></section>
${v(
  `<section class="danger"><h2>Delete project</h2><p>This action deletes the project and all its issues.</p><button type="button" class="btn-danger" ${DONE}>Delete project</button></section>`,
  `<details class="settings-section"><summary>Advanced</summary><p>Housekeeping, export, archive, change path, transfer, remove, and delete.</p><button type="button" ${WRITES('archive')}>Archive project</button><button type="button" class="btn-danger" ${DONE}>Delete project</button></details>`,
)}
<section><h2>Pipeline schedules</h2><button type="button" class="btn-danger" ${WRITES('delete-schedules')}>Delete schedules</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Delete project' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Project settings split into tabs: the webhook field now lives in the "Integrations" tab, which is closed.
  {
    id: 'h3-refuse-webhook-behind-tab',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Project settings</h1>
${v(
  `<form class="general"><label for="site">Website URL</label><input id="site" name="website_url"><label for="hook">Webhook URL</label><input id="hook" name="webhook_url"><button type="button">Save</button></form>`,
  `<div role="tablist" aria-label="Settings sections"><button role="tab" aria-selected="true" aria-controls="p-general" id="t-general">General</button><button role="tab" aria-selected="false" aria-controls="p-int" id="t-int">Integrations</button></div>
<div role="tabpanel" id="p-general" aria-labelledby="t-general"><label for="site">Website URL</label><input id="site" name="website_url"><button type="button">Save</button></div>
<div role="tabpanel" id="p-int" aria-labelledby="t-int" hidden><label for="hook">Webhook URL</label><input id="hook" name="webhook_url"><button type="button">Save</button></div>`,
)}</main>`,
    ),
    body: `await page.getByLabel('Webhook URL').fill('https://hooks.example.test/ci');\n  await expect(page.locator('input[name="webhook_url"]')).toHaveValue('https://hooks.example.test/ci');`,
    expect: 'refuse',
  },
  // Notifications were marked read by the seed change: the list is empty; the announcements list has 3 items.
  {
    id: 'h3-refuse-notifications-emptied',
    kind: 'refuse',
    ...both(
      (v) => `<main class="inbox"><h1>Notifications</h1><ul class="notification-list">
${v('<li class="notification-item">Grace commented on “Fix login redirect”</li><li class="notification-item">Linus approved your merge request</li><li class="notification-item">CI failed on main</li>', '<li class="empty-state">You’re all caught up</li>')}</ul>
<section class="announcements"><h2>Announcements</h2><ul><li class="announcement-item">New: notification digests</li><li class="announcement-item">Maintenance on Sunday</li><li class="announcement-item">Dark mode is here</li></ul></section></main>`,
    ),
    body: `await expect(page.locator('.notification-item')).toHaveCount(3);`,
    expect: 'refuse',
  },
  // Stripe Checkout added Link: one "Pay now" button became "Pay with card" and "Pay with Link".
  {
    id: 'h3-refuse-pay-split-two-buttons',
    kind: 'refuse',
    ...both(
      (v) => `<main class="checkout"><div class="summary"><h2>Pay Ledgerly</h2><p class="amount">$24.00</p><p>Team plan, billed monthly</p></div>
<form class="payment"><label for="email">Email</label><input id="email" type="email"><label for="card">Card information</label><input id="card" placeholder="1234 1234 1234 1234">
${v(`<button type="button" class="SubmitButton" ${DONE}>Pay now</button>`, `<button type="button" class="SubmitButton" ${WRITES('card')}>Pay with card</button><button type="button" class="SubmitButton SubmitButton--link" ${WRITES('link')}>Pay with Link</button>`)}
<button type="button" class="text" ${WRITES('later')}>Pay later</button></form>
<footer>Powered by Stripe · <a href="#/terms">Terms</a></footer></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pay now' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Status page during an incident: "All Systems Operational" became "Partial System Outage"; the test must fail.
  {
    id: 'h3-refuse-status-outage',
    kind: 'refuse',
    ...both(
      (v) => `<div class="statuspage"><header><a href="#/" class="logo">Railyard Status</a><button type="button">Subscribe to updates</button></header>
<div class="page-status ${v('status-none', 'status-minor')}"><span class="status">${v('All Systems Operational', 'Partial System Outage')}</span></div>
<div class="components"><div class="component">API <span class="component-status">${v('Operational', 'Degraded Performance')}</span></div><div class="component">Dashboard <span class="component-status">Operational</span></div><div class="component">Webhooks <span class="component-status">${v('Operational', 'Partial Outage')}</span></div></div>
<p class="legend">Uptime over the past 90 days. All systems are monitored every minute.</p></div>`,
    ),
    body: `await expect(page.getByText('All Systems Operational')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded message is pinned already: the message menu reads "Un-pin from channel" (the opposite action).
  {
    id: 'h3-refuse-pin-now-unpin',
    kind: 'refuse',
    ...both(
      (v) => `<div class="message"><b>Grace</b> Deploy freeze starts Friday 5pm.${v('', ' <span class="pinned">📌 Pinned by Ada</span>')}</div>
<div role="menu" aria-label="Message actions">
<div role="menuitem" ${WRITES('unread')}>Mark unread</div><div role="menuitem" ${WRITES('remind')}>Remind me about this</div><div role="menuitem" ${WRITES('copy')}>Copy link</div>
${v(`<div role="menuitem" ${DONE}>Pin to channel</div>`, `<div role="menuitem" ${WRITES('unpinned')}>Un-pin from channel</div>`)}<div role="menuitem" ${WRITES('later')}>Save for later</div><div role="menuitem" ${WRITES('edit')}>Edit message</div></div>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Pin to channel' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Streaming service dropped subscription pausing: the account page offers "Cancel subscription" in its place.
  {
    id: 'h3-refuse-pause-now-cancel',
    kind: 'refuse',
    ...both(
      (v) => `<main class="account"><h1>Your plan</h1><div class="plan-card"><h2>Premium Family</h2><p>Next payment £17.99 on 1 November</p>
<button type="button" ${WRITES('change')}>Change plan</button><button type="button" ${WRITES('payment')}>Update payment method</button>
${v(`<button type="button" class="secondary" ${DONE}>Pause subscription</button>`, `<button type="button" class="secondary" ${WRITES('cancelled')}>Cancel subscription</button>`)}</div>
<section><h2>Family members</h2><p>5 of 6 accounts used</p><button type="button" ${WRITES('invite')}>Invite member</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause subscription' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // CRM seed data cleanup deleted the customer "Acme Corp"; the lookalike "Acme Labs" row remains.
  {
    id: 'h3-refuse-chain-row-other-customer',
    kind: 'refuse',
    ...both((v) => {
      const row = (name: string, owner: string, extra: string) => `<tr><td>${name}</td><td>${owner}</td><td><button type="button" ${extra}>Edit</button><button type="button" ${WRITES(`merge-${owner}`)}>Merge</button></td></tr>`;
      return `<h1>Accounts</h1><input type="search" placeholder="Search accounts" aria-label="Search accounts">
<table class="accounts"><thead><tr><th>Name</th><th>Owner</th><th></th></tr></thead><tbody>
${v(row('Acme Corp', 'Ada', DONE), '')}${row('Acme Labs', 'Grace', WRITES('edit-labs'))}${row('Globex', 'Linus', WRITES('edit-globex'))}</tbody></table>${OUT}`;
    }),
    body: `await page\n    .getByRole('row')\n    .filter({ hasText: 'Acme Corp' })\n    .getByRole('button', { name: 'Edit' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Apple Pay dropped from the web checkout (merchant agreement lapsed); Google Pay keeps the same classes.
  {
    id: 'h3-refuse-xpath-apple-pay-gone',
    kind: 'refuse',
    ...both(
      (v) => `<main class="checkout"><h1>Payment</h1><div class="express-checkout">
${v(`<button type="button" id="apple-pay-button" class="express-btn wallet-btn" aria-label="Buy with Apple Pay" ${DONE}>Apple Pay</button>`, '')}
<button type="button" id="google-pay-button" class="express-btn wallet-btn" aria-label="Buy with Google Pay" ${WRITES('gpay')}>Google Pay</button>
<button type="button" id="paypal-button" class="express-btn" ${WRITES('paypal')}>PayPal</button></div>
<p class="or">Or pay with card</p><label for="cc">Card number</label><input id="cc"><button type="button" class="pay" ${WRITES('card')}>Pay $64.00</button></main>${OUT}`,
    ),
    body: `await page.locator('//button[@id="apple-pay-button"]').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Gift cards discontinued at checkout; only the "Discount code" field remains.
  {
    id: 'h3-refuse-gift-card-field-gone',
    kind: 'refuse',
    ...both(
      (v) => `<aside class="order-summary"><h2>Order summary</h2><p>Subtotal $84.00</p>
<div class="codes"><input name="discount_code" placeholder="Discount code"><button type="button">Apply</button>
${v('<input name="gift_card" placeholder="Gift card number"><input name="gift_card_pin" placeholder="PIN"><button type="button">Redeem</button>', '')}</div>
<p class="note">Gift wrapping and a card message can be added on the next step.</p><p>Total $84.00</p></aside>`,
    ),
    body: `await page.getByPlaceholder('Gift card number').fill('6006 4912 3456 7890');\n  await expect(page.locator('input[name="gift_card"]')).toHaveValue('6006 4912 3456 7890');`,
    expect: 'refuse',
  },
  // Profile form simplified: "Middle name" dropped; "Preferred name" is a different field (page object).
  {
    id: 'h3-refuse-po-middle-name-gone',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Personal details</h1><form class="profile">
<label for="first">First name</label><input id="first" name="first_name" value="Ada">
${v('<label for="middle">Middle name</label><input id="middle" name="middle_name">', '')}
<label for="last">Last name</label><input id="last" name="last_name" value="Lovelace">
<label for="preferred">Preferred name</label><input id="preferred" name="preferred_name">
<button type="button">Save</button></form></main>`,
    ),
    imports: `import { ProfileForm } from './profile-form';`,
    files: {
      'profile-form.ts': `import type { Locator, Page } from '@playwright/test';\n\nexport class ProfileForm {\n  readonly middleName: Locator;\n\n  constructor(readonly page: Page) {\n    this.middleName = page\n      .locator('form.profile')\n      .getByLabel('Middle name');\n  }\n}\n`,
    },
    body: `await new ProfileForm(page).middleName.fill('Augusta');\n  await expect(page.locator('form.profile input').nth(1)).toHaveValue('Augusta');`,
    expect: 'refuse',
  },
];

export const HELD_OUT_3_DRIFTS: Drift[] = [...copyEdits, ...chains, ...others, ...refuse];
