// Sixth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (product and brand renames, feature renames, shorter status copy, new placeholder copy,
// accessibility relabels of icon buttons, tooltips that name a new action) on role, label, placeholder,
// alt, title and text locators; Prettier-style multi-line chains in the test body and in page objects where
// either the scope step or a later step drifts; design-system upgrades (Bootstrap 5, SLDS BEM modifiers,
// Angular Material MDC, PatternFly 5, Element Plus), WebForms static ids, Stimulus 2 target attributes and
// MediaWiki skin markup; and releases where any patch would be wrong (removed while a lookalike stays, moved
// behind a closed menu or a collapsed nav section, list emptied, two equal candidates, a state change that
// must fail the test, the opposite action, a destructive action in a safe one's place, a different record).
// Pages carry decoys that share words, classes or attributes with the target. Heal cases name the `target`
// the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Twitter became X (2023): the composer's "Tweet" button became "Post" ("Retweet" -> "Repost" on the timeline).
  {
    id: 'd6-role-x-tweet-to-post',
    kind: 'renamed text',
    ...both(
      (v) => `<nav aria-label="Primary" class="sidebar"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/explore" ${WRITES('explore')}>Explore</a><a href="#/notifications" ${WRITES('notifications')}>Notifications</a><a href="#/compose/post" class="sidebar-compose" ${WRITES('sidebar-compose')}>${v('Tweet', 'Post')}</a></nav>
<main><h1>Home</h1><div role="tablist" aria-label="Timelines"><button role="tab" aria-selected="true">For you</button><button role="tab" aria-selected="false">Following</button></div>
<div class="composer"><textarea name="text" placeholder="${v('What’s happening?', 'What is happening?!')}"></textarea><button type="button" aria-label="Add photos or video" ${WRITES('media')}>🖼</button><button type="button" aria-label="Add poll" ${WRITES('poll')}>📊</button><button type="button" class="tweet-button" ${DONE}>${v('Tweet', 'Post')}</button></div>
<article class="post"><p>Grace Hopper: a nanosecond is 11.8 inches of wire.</p><div role="group" aria-label="Actions"><button type="button" ${WRITES('reply')}>Reply</button><button type="button" ${WRITES('repost')}>${v('Retweet', 'Repost')}</button><button type="button" ${WRITES('like')}>Like</button><button type="button" ${WRITES('share')}>Share</button></div></article></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Tweet', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.composer button.tweet-button',
  },
  // Spotify's web player search box: the placeholder "Artists, songs, or podcasts" became "What do you want to listen to?".
  {
    id: 'd6-placeholder-spotify-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="top-bar"><button type="button" aria-label="Go back">‹</button><a href="#/" class="logo">Spotify</a><form role="search" class="search-form"><input data-testid="search-input" type="search" placeholder="${v('Artists, songs, or podcasts', 'What do you want to listen to?')}" maxlength="800" autocomplete="off"></form><button type="button">Log in</button></header>
<div class="layout"><nav aria-label="Your Library" class="library"><h2>Your Library</h2><input type="search" name="library-filter" placeholder="Search in Your Library"><ul><li>Liked Songs · 412 songs</li><li>Discover Weekly</li><li>Podcasts you follow</li></ul></nav>
<main><h1>Focus</h1><section class="playlist-extender"><h2>Let’s find something for your playlist</h2><input type="search" name="playlist-search" placeholder="Search for songs or episodes"></section><p>Artists you like: Nils Frahm, Ólafur Arnalds</p></main></div>`,
    ),
    body: `await page.getByPlaceholder('Artists, songs, or podcasts').fill('Nils Frahm');\n  await expect(page.locator('header input[data-testid="search-input"]')).toHaveValue('Nils Frahm');`,
    expect: 'heal',
    target: 'header input[data-testid="search-input"]',
  },
  // Facebook renamed the News Feed to "Feed" (February 2022); a "Feeds" tab arrived later that year.
  {
    id: 'd6-heading-facebook-news-feed',
    kind: 'renamed text',
    ...both(
      (v) => `<nav aria-label="Shortcuts" class="left-rail"><a href="#/ada">Ada Lovelace</a><a href="#/">${v('News Feed', 'Feed')}</a>${v('', '<a href="#/feeds">Feeds</a>')}<a href="#/friends">Friends</a><a href="#/groups">Groups</a><a href="#/marketplace">Marketplace</a></nav>
<main><h2 class="stories-heading">Stories</h2><ul class="stories"><li>Grace</li><li>Linus</li></ul>
<div class="composer"><label for="status">What's on your mind, Ada?</label><textarea id="status"></textarea></div>
<h2 id="feed-h" class="sr-only">${v('News Feed', 'Feed')}</h2><div role="feed" aria-labelledby="feed-h"><article><h3>Grace Hopper</h3><p>Back from the conference. Slides are up.</p></article><article><h3>Sponsored</h3><p>Enamel kettles, 20% off.</p></article></div></main>
<aside class="right-rail"><h2>Contacts</h2><ul><li>Grace Hopper</li><li>Linus Lee</li></ul><h2>${v('News Feed preferences', 'Feed preferences')}</h2><a href="#/settings/feed">Manage</a></aside>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'News Feed', exact: true })).toBeVisible();`,
    expect: 'heal',
    target: '#feed-h',
  },
  // Google renamed Data Studio to Looker Studio (October 2022) and announced Looker Studio Pro next to it.
  {
    id: 'd6-link-data-studio-to-looker-studio',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="gmp-header"><a href="#/" class="logo">Google Marketing Platform</a><button type="button" aria-expanded="true">Products</button></header>
<div role="region" aria-label="Products" class="product-switcher"><h2>Analytics</h2><ul>
<li><a href="#/analytics" ${WRITES('ga')}>Google Analytics</a></li><li><a href="#/tagmanager" ${WRITES('gtm')}>Google Tag Manager</a></li>
<li><a href="${v('#/datastudio', '#/lookerstudio')}" ${DONE}>${v('Data Studio', 'Looker Studio')}</a></li>${v('', `<li><a href="#/lookerstudio-pro" ${WRITES('pro')}>Looker Studio Pro</a></li>`)}
<li><a href="#/surveys" ${WRITES('surveys')}>Google Surveys</a></li></ul>
<h2>Google Cloud</h2><ul><li><a href="#/looker" ${WRITES('looker')}>Looker</a></li><li><a href="#/bigquery" ${WRITES('bigquery')}>BigQuery</a></li></ul></div>
<main><h1>Reports</h1><p>Connect your data sources to build dashboards.</p><a href="#/connectors" ${WRITES('connectors')}>Browse data connectors</a></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Data Studio' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[href="#/lookerstudio"]',
  },
  // Android Pay and Google Wallet merged into Google Pay (January 2018): the express checkout button's mark followed.
  {
    id: 'd6-alt-android-pay-to-google-pay',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="checkout"><h1>Checkout</h1><section class="express-checkout"><h2>Express checkout</h2>
<button type="button" class="apple-pay-button" ${WRITES('apple')}><img src="${GIF}" alt="Apple Pay" width="60" height="24"></button>
<button type="button" class="gpay-button" ${DONE}><img src="${GIF}" alt="${v('Android Pay', 'Google Pay')}" width="60" height="24"></button>
<button type="button" class="paypal-button" ${WRITES('paypal')}><img src="${GIF}" alt="PayPal" width="60" height="24"></button></section>
<p class="or">Or pay with card</p><label for="card">Card number</label><input id="card"><button type="button" ${WRITES('pay')}>Pay $74.00</button></main>
<footer><p>We accept</p><img src="${GIF}" alt="Visa" width="30" height="20"><img src="${GIF}" alt="Mastercard" width="30" height="20"><img src="${GIF}" alt="American Express" width="30" height="20"></footer>${OUT}`,
    ),
    body: `await page.getByAltText('Android Pay').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.express-checkout img[alt="Google Pay"]',
  },
  // GitHub branch protection (2022): "Require pull request reviews before merging" became "Require a pull request before merging", with "Require approvals" nested under it.
  {
    id: 'd6-checkbox-github-require-pr',
    kind: 'renamed text',
    ...both((v) => {
      const rule = (name: string, label: string, nested = '') => `<div class="rule"><label><input type="checkbox" name="${name}"> ${label}</label>${nested}</div>`;
      return `<main class="settings"><h1>Branch protection rule</h1><label for="pattern">Branch name pattern</label><input id="pattern" value="main">
<h2>Protect matching branches</h2>
${rule('required_pull_request_reviews', v('Require pull request reviews before merging', 'Require a pull request before merging'), `<div class="nested">${v('', rule('required_approvals', 'Require approvals'))}${rule('dismiss_stale_reviews', 'Dismiss stale pull request approvals when new commits are pushed')}${rule('require_code_owner_reviews', 'Require review from Code Owners')}</div>`)}
${rule('required_status_checks', 'Require status checks to pass before merging')}${rule('required_conversation_resolution', 'Require conversation resolution before merging')}${rule('required_signatures', 'Require signed commits')}${rule('required_linear_history', 'Require linear history')}
<button type="button">Create</button></main>`;
    }),
    body: `await page.getByRole('checkbox', { name: 'Require pull request reviews before merging' }).check();\n  await expect(page.locator('input[name="required_pull_request_reviews"]')).toBeChecked();`,
    expect: 'heal',
    target: 'input[name="required_pull_request_reviews"]',
  },
  // Apple renamed Apple ID to Apple Account (2024): the sign-in field's label "Apple ID" became "Email or Phone Number".
  {
    id: 'd6-label-apple-id-to-email-or-phone',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="signin"><h1>${v('Sign in with Apple ID', 'Sign in with Apple Account')}</h1><form class="signin-form">
<label for="account_name_text_field">${v('Apple ID', 'Email or Phone Number')}</label><input type="text" id="account_name_text_field" autocomplete="username" autocapitalize="off">
<label><input type="checkbox" id="remember-me"> Keep me signed in</label>
<button type="button" id="sign-in" aria-label="Continue">→</button></form>
<p><a href="#/iforgot">${v('Forgot Apple ID or password?', 'Forgot password?')}</a></p><p>Don’t have an ${v('Apple ID', 'Apple Account')}? <a href="#/account">${v('Create yours now.', 'Create your Apple Account.')}</a></p></main>`,
    ),
    body: `await page.getByLabel('Apple ID').fill('ada@icloud.com');\n  await expect(page.locator('#account_name_text_field')).toHaveValue('ada@icloud.com');`,
    expect: 'heal',
    target: '#account_name_text_field',
  },
  // YouTube renamed the channel page's "Community" tab to "Posts" (2024).
  {
    id: 'd6-tab-youtube-community-to-posts',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="channel-header"><img src="${GIF}" alt="Field Notes channel avatar" width="64" height="64"><h1>Field Notes</h1><p>@fieldnotes · 12.4K subscribers · 214 videos</p><button type="button" ${WRITES('subscribe')}>Subscribe</button></header>
<div role="tablist" aria-label="Channel" class="channel-tabs"><button role="tab" aria-selected="true" ${WRITES('home')}>Home</button><button role="tab" aria-selected="false" ${WRITES('videos')}>Videos</button><button role="tab" aria-selected="false" ${WRITES('shorts')}>Shorts</button><button role="tab" aria-selected="false" ${WRITES('live')}>Live</button><button role="tab" aria-selected="false" ${WRITES('playlists')}>Playlists</button><button role="tab" aria-selected="false" ${DONE}>${v('Community', 'Posts')}</button><button type="button" aria-label="Search" ${WRITES('search')}>🔍</button></div>
<main><h2>For you</h2><ul><li>Building a sourdough starter</li><li>Shaping a batard</li></ul></main>
<footer><a href="#/guidelines" ${WRITES('guidelines')}>Community Guidelines</a><a href="#/policies" ${WRITES('policies')}>Policy &amp; Safety</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('tab', { name: 'Community' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Posts")',
  },
  // Slack added one-click reactions to the message hover bar; the emoji picker button's tooltip "Add reaction" became "Find another reaction".
  {
    id: 'd6-title-slack-find-another-reaction',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="channel"><h1>#launch</h1><ul class="messages">
<li class="message"><span class="sender">Linus Lee</span><p>Docs are merged.</p></li>
<li class="message is-hovered"><span class="sender">Ada Lovelace</span><p>Shipping at 3?</p><div class="message-actions" role="toolbar" aria-label="Message actions">
${v('', `<button type="button" title="Completed" ${WRITES('completed')}>✅</button><button type="button" title="Taking a look…" ${WRITES('eyes')}>👀</button><button type="button" title="Nicely done" ${WRITES('hands')}>🙌</button>`)}
<button type="button" title="${v('Add reaction', 'Find another reaction')}" ${DONE}>☺</button><button type="button" title="Reply in thread" ${WRITES('thread')}>💬</button><button type="button" title="Share message" ${WRITES('share')}>↪</button><button type="button" title="${v('Save', 'Save for later')}" ${WRITES('save')}>🔖</button><button type="button" title="More actions" ${WRITES('more')}>⋮</button></div></li></ul>
<form class="composer"><textarea name="message" placeholder="Message #launch"></textarea><button type="button" title="Emoji" ${WRITES('composer-emoji')}>☺</button><button type="button" title="Send now" ${WRITES('send')}>➤</button></form></main>${OUT}`,
    ),
    body: `await page.getByTitle('Add reaction').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.message-actions button[title="Find another reaction"]',
  },
  // Google Docs renamed the "Add-ons" menu to "Extensions" (2021); add-ons now sit in a submenu of it.
  {
    id: 'd6-menuitem-docs-addons-to-extensions',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="docs-titlebar"><input aria-label="Rename" value="Q3 plan"><button type="button" ${WRITES('share')}>Share</button></div>
<div role="menubar" aria-label="Menu bar" class="docs-menubar"><div role="menuitem" ${WRITES('file')}>File</div><div role="menuitem" ${WRITES('edit')}>Edit</div><div role="menuitem" ${WRITES('view')}>View</div><div role="menuitem" ${WRITES('insert')}>Insert</div><div role="menuitem" ${WRITES('format')}>Format</div><div role="menuitem" ${WRITES('tools')}>Tools</div>
<div role="menuitem" id="${v('docs-addons-menu', 'docs-extensions-menu')}" aria-haspopup="true" ${DONE}>${v('Add-ons', 'Extensions')}</div><div role="menuitem" ${WRITES('help')}>Help</div></div>
${v(
  `<div role="menu" aria-label="Add-ons" hidden><div role="menuitem">Get add-ons</div><div role="menuitem">Manage add-ons</div></div>`,
  `<div role="menu" aria-label="Extensions" hidden><div role="menuitem" aria-haspopup="true">Add-ons</div><div role="menuitem">Apps Script</div></div>`,
)}
<main class="kix-page"><h1>Q3 plan</h1><p>Draft the launch checklist and share it with the team.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Add-ons' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#docs-extensions-menu',
  },
  // WordPress 5.5's block editor relabelled the header inserter: "Add block" became "Toggle block inserter".
  {
    id: 'd6-role-gutenberg-toggle-inserter',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="edit-post-header" role="region" aria-label="Editor top bar"><div class="edit-post-header-toolbar" role="toolbar" aria-label="Document tools">
<button type="button" aria-label="${v('Add block', 'Toggle block inserter')}" class="components-button edit-post-header-toolbar__inserter-toggle is-primary has-icon" ${DONE}>+</button>
<button type="button" aria-label="Tools" class="components-button has-icon" ${WRITES('tools')}>✎</button><button type="button" aria-label="Undo" class="components-button has-icon" ${WRITES('undo')}>↶</button><button type="button" aria-label="Redo" class="components-button has-icon" ${WRITES('redo')}>↷</button>
<button type="button" aria-label="${v('Block navigation', 'List View')}" class="components-button has-icon" ${WRITES('list')}>☰</button></div>
<div class="edit-post-header__settings"><button type="button" class="components-button is-tertiary" ${WRITES('draft')}>Save draft</button><button type="button" class="components-button is-primary" ${WRITES('publish')}>Publish</button></div></div>
<main class="editor-styles-wrapper"><h1 class="editor-post-title" contenteditable="true">Spring planting</h1><p class="block-editor-rich-text__editable" contenteditable="true">What went into the beds this year.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Add block' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.edit-post-header-toolbar__inserter-toggle',
  },
  // GitHub's new pull request merge box (2024) shortened its status lines: "This branch has no conflicts with the base branch" -> "No conflicts with base branch".
  {
    id: 'd6-text-github-merge-box-conflicts',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="pull-request"><h1>Add retry to webhook delivery #4471</h1>
<div class="merge-box"><div class="merge-status"><h3 class="status-heading">Changes approved</h3><p>1 approving review by reviewers with write access.</p></div>
<div class="merge-status"><h3 class="status-heading">All checks have passed</h3><p>3 successful checks</p></div>
<div class="merge-status mergeability-details"><h3 class="status-heading conflicts-status">${v('This branch has no conflicts with the base branch', 'No conflicts with base branch')}</h3><p>Merging can be performed automatically.</p></div>
<button type="button" class="btn btn-primary">Squash and merge</button></div>
<p class="tip">${v('Tip: keep your branch up to date with the base branch to avoid conflicts.', 'Keep your branch up to date with the base branch to avoid conflicts.')}</p></main>`,
    ),
    body: `await expect(page.getByText('This branch has no conflicts with the base branch')).toBeVisible();`,
    expect: 'heal',
    target: '.conflicts-status',
  },
];

const chains: Drift[] = [
  // X's composer placeholder "What's happening?" became "What is happening?!" (2023); the reply box moved from "Tweet your reply" to "Post your reply".
  {
    id: 'd6-chain-x-whats-happening',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="top"><form role="search"><input type="search" name="q" placeholder="${v('Search Twitter', 'Search')}"></form></header>
<main><h1>Home</h1><div class="composer"><textarea name="tweet_text" placeholder="${v('What’s happening?', 'What is happening?!')}"></textarea><button type="button">${v('Tweet', 'Post')}</button></div>
<article class="post"><p>Grace Hopper: slides from the talk are up.</p><textarea name="reply_text" placeholder="${v('Tweet your reply', 'Post your reply')}"></textarea><button type="button">Reply</button></article></main>
<aside aria-label="Trending"><h2>What’s happening</h2><ul><li>#LaunchDay</li><li>Tide tables</li></ul></aside>`,
    ),
    body: `await page\n    .getByRole('main')\n    .getByPlaceholder('What’s happening?')\n    .fill('Shipping at 3');\n  await expect(page.locator('textarea[name="tweet_text"]')).toHaveValue('Shipping at 3');`,
    expect: 'heal',
    target: 'textarea[name="tweet_text"]',
  },
  // Angular Material 15 moved dialogs to MDC: `.mat-dialog-actions` became `.mat-mdc-dialog-actions` (page object, the scope step drifts).
  {
    id: 'd6-chain-po-mat-mdc-dialog-actions',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, key: string) => `<tr class="mat-row"><td>${name}</td><td><button type="button" class="mat-icon-button" ${WRITES(`row-delete-${key}`)}>Delete</button></td></tr>`;
      return `<main><h1>Projects</h1><table class="mat-table"><tbody>${row('Tide tables', 'tide')}${row('Harbour notes', 'harbour')}</tbody></table></main>
<div class="cdk-overlay-container"><div class="cdk-overlay-pane"><mat-dialog-container class="${v('mat-dialog-container', 'mat-mdc-dialog-container mdc-dialog')}" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
<h2 id="dlg-title" class="${v('mat-dialog-title', 'mat-mdc-dialog-title mdc-dialog__title')}">Delete “Tide tables”?</h2>
<div class="${v('mat-dialog-content', 'mat-mdc-dialog-content mdc-dialog__content')}"><p>This removes its 1,400 stations.</p><label><input type="checkbox" name="keep-backups" checked> Keep backups for 30 days</label></div>
<div class="${v('mat-dialog-actions', 'mat-mdc-dialog-actions mdc-dialog__actions')}"><button type="button" class="${v('mat-button', 'mat-mdc-button')}" ${WRITES('cancel')}>Cancel</button><button type="button" class="${v('mat-flat-button', 'mat-mdc-unelevated-button')} mat-warn" ${DONE}>Delete</button></div></mat-dialog-container></div></div>${OUT}`;
    }),
    imports: `import { DeleteProjectDialog } from './delete-project-dialog';`,
    files: {
      'delete-project-dialog.ts': `import type { Locator, Page } from '@playwright/test';

export class DeleteProjectDialog {
  readonly confirm: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.confirm = page
      .locator('mat-dialog-container')
      .locator('.mat-dialog-actions')
      .getByRole('button', { name: 'Delete' });
    this.cancel = page
      .locator('mat-dialog-container')
      .getByRole('button', { name: 'Cancel' });
  }
}
`,
    },
    body: `await new DeleteProjectDialog(page).confirm.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.mat-mdc-dialog-actions .mat-warn',
  },
  // LinkedIn's profile sidebar card "People also viewed" became "More profiles for you".
  {
    id: 'd6-chain-linkedin-more-profiles',
    kind: 'multi-line chain',
    ...both((v) => {
      const person = (name: string, title: string, extra: string) => `<li><span class="name">${name}</span><span class="headline">${title}</span><button type="button" ${extra}>Connect</button></li>`;
      return `<main class="profile"><section class="top-card"><h1>Ada Lovelace</h1><p>Analyst · London</p><button type="button" ${WRITES('top-connect')}>Connect</button><button type="button" ${WRITES('message')}>Message</button></section>
<section class="about"><h2>About</h2><p>Notes on the Analytical Engine.</p></section></main>
<aside><section aria-labelledby="pav-h" class="card"><h2 id="pav-h">${v('People also viewed', 'More profiles for you')}</h2><ul>${person('Grace Hopper', 'Rear Admiral, US Navy', DONE)}${person('Linus Lee', 'Engineer at Northwind', WRITES('pav-linus'))}</ul></section>
<section aria-labelledby="pymk-h" class="card"><h2 id="pymk-h">People you may know</h2><ul>${person('Charles Babbage', 'Inventor', WRITES('pymk-charles'))}${person('Mary Somerville', 'Author', WRITES('pymk-mary'))}</ul></section></aside>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'People also viewed' })\n    .getByRole('listitem')\n    .first()\n    .getByRole('button', { name: 'Connect' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-labelledby="pav-h"] li:first-child button',
  },
  // Shopify Dawn 10 (quantity rules): the product form's label "Quantity" now says how many are in the cart, "Quantity (1 in cart)" (page object).
  {
    id: 'd6-chain-po-dawn-quantity-in-cart',
    kind: 'multi-line chain',
    ...both(
      (v) => `<product-info id="ProductInfo-template--main" class="product__info-container"><h1>Enamel kettle</h1><p class="price">$48.00</p>
<div class="product-form__input"><label for="Option-1">Colour</label><select id="Option-1"><option>Cream</option><option>Sage</option></select></div>
<div class="product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity${v('', ' <span class="quantity__rules-cart"><span>(1 in cart)</span></span>')}</label>
<quantity-input class="quantity"><button type="button" class="quantity__button" name="minus"><span class="visually-hidden">Decrease quantity for Enamel kettle</span>−</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" min="1" value="1"><button type="button" class="quantity__button" name="plus"><span class="visually-hidden">Increase quantity for Enamel kettle</span>+</button></quantity-input></div>
<button type="button" class="product-form__submit button">Add to cart</button></product-info>
<cart-drawer class="drawer"><h2>Your cart</h2><ul><li>Enamel kettle <input type="number" aria-label="Quantity for Enamel kettle" value="1"></li></ul><button type="button">Check out</button></cart-drawer>`,
    ),
    imports: `import { ProductPage } from './product-page';`,
    files: {
      'product-page.ts': `import type { Page } from '@playwright/test';

export class ProductPage {
  constructor(readonly page: Page) {}

  async setQuantity(quantity: number) {
    await this.page
      .locator('product-info')
      .getByLabel('Quantity', { exact: true })
      .fill(String(quantity));
  }
}
`,
    },
    body: `await new ProductPage(page).setQuantity(2);\n  await expect(page.locator('#Quantity-template--main')).toHaveValue('2');`,
    expect: 'heal',
    target: '#Quantity-template--main',
  },
  // Google Drive's share dialog was retitled: "Share with people and groups" became "Share “<file name>”".
  {
    id: 'd6-chain-drive-share-dialog-title',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="drive"><h1>My Drive</h1><table><tbody>
<tr><td>Q3 budget.xlsx</td><td><button type="button" ${WRITES('row-share')}>Share</button><button type="button" ${WRITES('row-copy-link')}>Copy link</button></td></tr>
<tr><td>Roadmap.pdf</td><td><button type="button" ${WRITES('row-share-2')}>Share</button><button type="button" ${WRITES('row-copy-link-2')}>Copy link</button></td></tr></tbody></table></main>
<div role="dialog" aria-modal="true" aria-label="${v('Share with people and groups', 'Share “Q3 budget.xlsx”')}" class="share-dialog"><h2>${v('Share with people and groups', 'Share “Q3 budget.xlsx”')}</h2>
<input aria-label="Add people and groups" placeholder="Add people and groups"><ul><li>Ada Lovelace (you) · Owner</li><li>Grace Hopper · Editor</li></ul>
<h3>General access</h3><select aria-label="General access"><option>Restricted</option><option>Anyone with the link</option></select>
<div class="dialog-footer"><button type="button" ${DONE}>Copy link</button><button type="button" ${WRITES('done-btn')}>Done</button></div></div>${OUT}`,
    ),
    body: `await page\n    .getByRole('dialog', { name: 'Share with people and groups' })\n    .getByRole('button', { name: 'Copy link' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.share-dialog button:text-is("Copy link")',
  },
  // Bootstrap 5.3 colour modes: `.navbar-dark` was deprecated for `data-bs-theme="dark"` (and `.bg-light` gave way to `.bg-body-tertiary`).
  {
    id: 'd6-chain-bs53-navbar-dark',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav class="navbar navbar-expand-lg ${v('navbar-dark bg-dark', 'bg-dark')}"${v('', ' data-bs-theme="dark"')}><div class="container-fluid"><a class="navbar-brand" href="#/" ${WRITES('brand')}>Ledgerly</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="#/features" ${WRITES('features')}>Features</a></li><li class="nav-item"><a class="nav-link" href="#/pricing" ${DONE}>Pricing</a></li><li class="nav-item"><a class="nav-link" href="#/docs" ${WRITES('docs')}>Docs</a></li></ul></div></nav>
<nav class="navbar navbar-expand ${v('navbar-light bg-light', 'bg-body-tertiary')}" aria-label="Section"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="#/pricing/faq" ${WRITES('sub-pricing')}>Pricing</a></li><li class="nav-item"><a class="nav-link" href="#/pricing/compare" ${WRITES('compare')}>Compare plans</a></li></ul></nav>
<main class="container"><h1>Simple books for small teams</h1><a href="#/pricing" class="btn btn-primary" ${WRITES('hero')}>See pricing</a></main>
<footer class="${v('bg-dark text-white', 'bg-dark text-body-secondary')}"><a href="#/pricing" ${WRITES('footer-pricing')}>Pricing</a><a href="#/terms" ${WRITES('terms')}>Terms</a></footer>${OUT}`,
    ),
    body: `await page\n    .locator('.navbar-dark')\n    .getByRole('link', { name: 'Pricing' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[data-bs-theme="dark"] a:text-is("Pricing")',
  },
  // Element UI -> Element Plus 2.2 (Vue 3): `type="text"` buttons became link buttons (`el-button--text` -> `is-link`) (page object).
  {
    id: 'd6-chain-po-element-plus-link-button',
    kind: 'multi-line chain',
    ...both((v) => {
      const textBtn = (type: string) => v('el-button el-button--text el-button--small', `el-button el-button--${type} el-button--small is-link`);
      const row = (name: string, email: string, key: string, edit: string) =>
        `<tr class="el-table__row"><td class="el-table__cell"><div class="cell">${name}</div></td><td class="el-table__cell"><div class="cell">${email}</div></td><td class="el-table__cell"><div class="cell"><button type="button" class="${textBtn('primary')}" ${edit}><span>Edit</span></button><button type="button" class="${textBtn('danger')}" ${WRITES(`delete-${key}`)}><span>Delete</span></button></div></td></tr>`;
      return `<main><h1>Users</h1><div class="toolbar"><button type="button" class="el-button el-button--primary" ${WRITES('add')}><span>Add user</span></button><button type="button" class="${textBtn('primary')}" ${WRITES('edit-columns')}><span>Edit columns</span></button></div>
<div class="el-table"><table class="el-table__body"><tbody>${row('Ada Lovelace', 'ada@example.com', 'ada', WRITES('edit-ada'))}${row('Grace Hopper', 'grace@example.com', 'grace', DONE)}${row('Linus Lee', 'linus@example.com', 'linus', WRITES('edit-linus'))}</tbody></table></div></main>${OUT}`;
    }),
    imports: `import { UsersTable } from './users-table';`,
    files: {
      'users-table.ts': `import type { Page } from '@playwright/test';

export class UsersTable {
  constructor(readonly page: Page) {}

  async edit(name: string) {
    await this.page
      .locator('.el-table__row')
      .filter({ hasText: name })
      .locator('.el-button--text', { hasText: 'Edit' })
      .click();
  }
}
`,
    },
    body: `await new UsersTable(page).edit('Grace Hopper');\n  ${CHECK}`,
    expect: 'heal',
    target: '.el-table__row:has-text("Grace Hopper") .el-button--primary.is-link',
  },
  // The new Outlook for the web: the ribbon's "New message" became "New mail".
  {
    id: 'd6-chain-outlook-new-mail',
    kind: 'multi-line chain',
    ...both(
      (v) => `<div role="toolbar" aria-label="Ribbon" class="ribbon"><button type="button" class="primary" ${DONE}>${v('New message', 'New mail')}</button><button type="button" ${WRITES('delete')}>Delete</button><button type="button" ${WRITES('archive')}>Archive</button><button type="button" ${WRITES('report')}>Report</button><button type="button" ${WRITES('move')}>Move to</button><button type="button" ${WRITES('reply')}>Reply</button><button type="button" ${WRITES('reply-all')}>Reply all</button><button type="button" ${WRITES('forward')}>Forward</button><button type="button" ${WRITES('read')}>Read / Unread</button></div>
<nav aria-label="Folders" class="folder-pane"><a href="#/inbox" ${WRITES('inbox')}>Inbox</a><a href="#/sent" ${WRITES('sent')}>Sent Items</a><a href="#/drafts" ${WRITES('drafts')}>Drafts</a><button type="button" ${WRITES('new-folder')}>Create new folder</button></nav>
<main><div role="tablist" aria-label="Inbox views"><button role="tab" aria-selected="true">Focused</button><button role="tab" aria-selected="false">Other</button></div><ul class="messages"><li>Northwind · Invoice #4471</li><li>Grace Hopper · Slides</li></ul>
<div class="reading-pane"><h2>Slides</h2><p>Here are the slides from the talk.</p><button type="button" ${WRITES('pane-reply')}>Reply</button></div></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('toolbar', { name: 'Ribbon' })\n    .getByRole('button', { name: 'New message' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.ribbon button.primary',
  },
  // Keycloak's admin console moved from PatternFly 4 to 5: component classes gained the `pf-v5-` prefix (`pf-c-modal-box` -> `pf-v5-c-modal-box`) (page object).
  {
    id: 'd6-chain-po-patternfly5-modal',
    kind: 'multi-line chain',
    ...both((v) => {
      const p = v('pf-c-', 'pf-v5-c-');
      return `<header class="${p}masthead"><a href="#/" class="${p}masthead__brand">Keycloak</a><button type="button" class="${p}button pf-m-plain" ${WRITES('help')}>Help</button></header>
<main class="${p}page__main"><section class="${p}page__main-section"><h1 class="${p}title">Realm settings</h1><p>Realm: northwind</p>
<div class="${p}tabs"><button type="button" class="${p}tabs__link" ${WRITES('tab-general')}>General</button><button type="button" class="${p}tabs__link" ${WRITES('tab-login')}>Login</button><button type="button" class="${p}tabs__link" ${WRITES('tab-keys')}>Keys</button></div>
<button type="button" class="${p}button pf-m-secondary" ${WRITES('revert')}>Revert</button><button type="button" class="${p}button pf-m-danger" ${WRITES('page-delete')}>Delete</button></section></main>
<div class="${p}backdrop"><div class="${p}modal-box pf-m-sm" role="dialog" aria-modal="true" aria-labelledby="modal-title"><header class="${p}modal-box__header"><h1 id="modal-title" class="${p}modal-box__title">Delete realm?</h1></header>
<div class="${p}modal-box__body">If you delete this realm, all associated data will be removed.</div>
<footer class="${p}modal-box__footer"><button type="button" class="${p}button pf-m-danger" ${DONE}>Delete</button><button type="button" class="${p}button pf-m-link" ${WRITES('cancel')}>Cancel</button></footer></div></div>${OUT}`;
    }),
    imports: `import { ConfirmModal } from './confirm-modal';`,
    files: {
      'confirm-modal.ts': `import type { Locator, Page } from '@playwright/test';

export class ConfirmModal {
  readonly confirm: Locator;

  constructor(readonly page: Page) {
    this.confirm = page
      .locator('.pf-c-modal-box')
      .getByRole('button', { name: 'Delete' });
  }
}
`,
    },
    body: `await new ConfirmModal(page).confirm.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.pf-v5-c-modal-box .pf-m-danger',
  },
  // Jira team-managed projects: the "Story Points" field is "Story point estimate"; the test fills it in the issue's details panel.
  {
    id: 'd6-chain-jira-story-point-estimate',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="issue-view"><h1>KAN-12 Fix login redirect</h1><p class="description">After sign-in the user lands on a 404.</p>
<label for="comment">Add a comment…</label><textarea id="comment" name="comment"></textarea></main>
<aside aria-label="Details" class="issue-details"><h2>Details</h2>
<label for="assignee">Assignee</label><input id="assignee" name="assignee" value="Ada Lovelace">
<label for="sprint">Sprint</label><input id="sprint" name="sprint" value="KAN Sprint 4">
<label for="story-points">${v('Story Points', 'Story point estimate')}</label><input id="story-points" name="story_points" type="number">
<label for="original-estimate">${v('Original Estimate', 'Original estimate')}</label><input id="original-estimate" name="original_estimate" placeholder="0m"></aside>
<aside aria-label="More fields" class="more-fields"><label for="points-total">Sprint story points (total)</label><input id="points-total" name="points_total" value="34" readonly></aside>`,
    ),
    body: `await page\n    .getByRole('complementary', { name: 'Details' })\n    .getByLabel('Story Points')\n    .fill('5');\n  await expect(page.locator('input[name="story_points"]')).toHaveValue('5');`,
    expect: 'heal',
    target: 'input[name="story_points"]',
  },
];

const others: Drift[] = [
  // Bootstrap 4 -> 5 dropped `.btn-block`: full-width buttons now sit in a `.d-grid` wrapper (and `.form-group` gave way to `.mb-3`).
  {
    id: 'd6-css-bs5-btn-block-removed',
    kind: 'css class',
    ...both((v) => {
      const group = v('form-group', 'mb-3');
      const block = v(' btn-block', '');
      return `<main class="container"><div class="card"><div class="card-body"><h1 class="card-title">Sign in to Ledgerly</h1><form>
<div class="${group}"><label for="email">Email address</label><input type="email" class="form-control" id="email"></div>
<div class="${group}"><label for="password">Password</label><input type="password" class="form-control" id="password"></div>
<div class="${group} form-check"><input type="checkbox" class="form-check-input" id="remember"><label class="form-check-label" for="remember">Remember me</label></div>
${v('', '<div class="d-grid gap-2">')}<button type="button" class="btn btn-primary${block}" ${DONE}>Sign in</button><a href="#/sso" class="btn btn-outline-secondary${block}" ${WRITES('sso')}>Sign in with SSO</a>${v('', '</div>')}</form></div>
<div class="card-footer"><a href="#/signup" class="btn btn-link" ${WRITES('signup')}>Create an account</a><button type="button" class="btn btn-sm btn-primary" ${WRITES('magic')}>Email me a sign-in link</button></div></div></main>${OUT}`;
    }),
    body: `await page.locator('button.btn-block').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.d-grid button.btn-primary',
  },
  // Salesforce Lightning Design System 2.x moved BEM modifiers from `--` to `_` (`slds-button--brand` -> `slds-button_brand`).
  {
    id: 'd6-css-slds-modifier-underscore',
    kind: 'css class',
    ...both((v) => {
      const m = (block: string, mod: string) => v(`${block}--${mod}`, `${block}_${mod}`);
      return `<div class="slds-page-header"><h1 class="${m('slds-text-heading', 'small')}">Contacts</h1><button type="button" class="slds-button ${m('slds-button', 'brand')}" ${WRITES('header-new')}>New</button><button type="button" class="slds-button ${m('slds-button', 'neutral')}" ${WRITES('import')}>Import</button></div>
<section role="dialog" aria-modal="true" aria-labelledby="modal-heading" class="slds-modal slds-fade-in-open"><div class="slds-modal__container">
<header class="slds-modal__header"><button type="button" class="slds-button ${m('slds-button', 'icon-inverse')} slds-modal__close" title="Close" ${WRITES('close')}>×</button><h2 id="modal-heading" class="${m('slds-text-heading', 'medium')}">New Contact</h2></header>
<div class="slds-modal__content ${m('slds-p-around', 'medium')}"><label class="slds-form-element__label" for="last-name">Last Name</label><input id="last-name" class="slds-input" value="Hopper"></div>
<footer class="slds-modal__footer"><button type="button" class="slds-button ${m('slds-button', 'neutral')}" ${WRITES('cancel')}>Cancel</button><button type="button" class="slds-button ${m('slds-button', 'neutral')}" ${WRITES('save-new')}>Save &amp; New</button><button type="button" class="slds-button ${m('slds-button', 'brand')}" ${DONE}>Save</button></footer></div></section>${OUT}`;
    }),
    body: `await page.locator('.slds-modal__footer .slds-button--brand').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.slds-modal__footer .slds-button_brand',
  },
  // ASP.NET Web Forms site switched to ClientIDMode="Static": `ctl00_MainContent_btnSave` -> `btnSave` (the `name` attributes keep the `ctl00$MainContent$` form).
  {
    id: 'd6-id-webforms-static-client-id',
    kind: 'id',
    ...both((v) => {
      const id = (container: string, name: string) => v(`ctl00_${container}_${name}`, name);
      const input = (container: string, name: string, extra: string) => `name="ctl00$${container}$${name}" id="${id(container, name)}" ${extra}`;
      return `<form method="post" id="form1"><div id="${id('Header', 'pnlSearch')}" class="header"><input type="text" ${input('Header', 'txtSearch', 'aria-label="Search customers"')}><input type="button" value="Search" ${input('Header', 'btnSearch', WRITES('search'))}></div>
<main><h1>Edit customer</h1><label for="${id('MainContent', 'txtCompany')}">Company name</label><input type="text" ${input('MainContent', 'txtCompany', 'value="Northwind Traders"')}>
<label for="${id('MainContent', 'txtContact')}">Contact name</label><input type="text" ${input('MainContent', 'txtContact', 'value="Maria Anders"')}>
<div class="actions"><input type="button" value="Save" ${input('MainContent', 'btnSave', DONE)}><input type="button" value="Save and new" ${input('MainContent', 'btnSaveAndNew', WRITES('save-new'))}><input type="button" value="Cancel" ${input('MainContent', 'btnCancel', WRITES('cancel'))}></div></main></form>${OUT}`;
    }),
    body: `await page.locator('#ctl00_MainContent_btnSave').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#btnSave',
  },
  // Microsoft renamed Office 365 to Microsoft 365 (April 2020); the integrations page's test ids followed the product name.
  {
    id: 'd6-testid-office365-to-microsoft365',
    kind: 'test id',
    ...both((v) => {
      const card = (key: string, name: string, extra: string) =>
        `<li class="integration-card" data-testid="${key}-card"><img src="${GIF}" alt="${name}" width="32" height="32"><h3>${name}</h3><button type="button" data-testid="${key}-connect" ${extra}>Connect</button><a href="#/help/${key}" data-testid="${key}-learn-more" ${WRITES(`learn-${key}`)}>Learn more</a></li>`;
      return `<main><h1>Integrations</h1><p>Sync users, calendars and files.</p><ul class="integrations">
${card('google-workspace', 'Google Workspace', WRITES('google'))}${card(v('office365', 'microsoft365'), v('Office 365', 'Microsoft 365'), DONE)}${card('slack', 'Slack', WRITES('slack'))}${card('zoom', 'Zoom', WRITES('zoom'))}</ul>
<p class="hint">Using Exchange on-premises? <a href="#/help/exchange" data-testid="exchange-help" ${WRITES('exchange')}>Read the setup guide</a></p></main>${OUT}`;
    }),
    body: `await page.getByTestId('office365-connect').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="microsoft365-connect"]',
  },
  // Stimulus 2.0 namespaced targets by controller: `data-target="search.input"` -> `data-search-target="input"`.
  {
    id: 'd6-attr-stimulus2-target',
    kind: 'css class',
    ...both((v) => {
      const target = (controller: string, name: string) => v(`data-target="${controller}.${name}"`, `data-${controller}-target="${name}"`);
      return `<nav class="navbar"><a href="#/" class="brand">Tidepool</a><button type="button" data-bs-toggle="collapse" data-bs-target="#nav-links" aria-label="Toggle navigation">☰</button><div id="nav-links"><a href="#/stations">Stations</a><a href="#/charts">Charts</a></div></nav>
<main><h1>Stations</h1><div data-controller="search"><input type="search" aria-label="Filter stations" ${target('search', 'input')} data-action="input->search#filter"><p ${target('search', 'count')}>1,400 stations</p>
<ul ${target('search', 'results')}><li>Aberdeen</li><li>Dover</li><li>Plymouth</li></ul></div>
<div data-controller="clipboard"><input type="text" readonly value="https://tidepool.example/embed/dover" aria-label="Embed URL" ${target('clipboard', 'source')}><button type="button" data-action="clipboard#copy">Copy</button></div></main>
<footer data-controller="newsletter"><label for="nl">Newsletter</label><input id="nl" type="email" ${target('newsletter', 'input')}><button type="button" data-action="newsletter#subscribe">Subscribe</button></footer>`;
    }),
    body: `await page.locator('[data-target="search.input"]').fill('Dover');\n  await expect(page.locator('input[type="search"]')).toHaveValue('Dover');`,
    expect: 'heal',
    target: '[data-search-target="input"]',
  },
  // Wikipedia's Vector 2022 skin: the personal tools moved out of `#p-personal` into the user links (`#pt-login-2`); `#p-personal` now sits in a closed dropdown.
  {
    id: 'd6-xpath-vector-2022-login',
    kind: 'xpath',
    ...both(
      (v) => `<header class="${v('mw-header', 'vector-header mw-header')}"><a href="#/" class="mw-logo">Wikipedia</a><form id="searchform"><input type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"></form>
${v(
  `<div id="p-personal" class="vector-menu" role="navigation" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Personal tools</h3><ul class="vector-menu-content-list"><li id="pt-anonuserpage">Not logged in</li><li id="pt-anontalk"><a href="#/talk" ${WRITES('talk')}>Talk</a></li><li id="pt-anoncontribs"><a href="#/contribs" ${WRITES('contribs')}>Contributions</a></li><li id="pt-createaccount"><a href="#/create" ${WRITES('create')}>Create account</a></li><li id="pt-login"><a href="#/login" ${DONE}>Log in</a></li></ul></div>`,
  `<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="#/create" ${WRITES('create')}><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="#/login" ${DONE}><span>Log in</span></a></li></ul></div>
<div id="vector-user-links-dropdown" class="vector-dropdown"><input type="checkbox" id="vector-user-links-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Personal tools"><div class="vector-dropdown-content" hidden><div id="p-personal" class="vector-menu"><ul class="vector-menu-content-list"><li id="pt-createaccount"><a href="#/create" ${WRITES('dd-create')}>Create account</a></li><li id="pt-login"><a href="#/login" ${DONE}>Log in</a></li><li id="pt-anoncontribs"><a href="#/contribs" ${WRITES('dd-contribs')}>Contributions</a></li></ul></div></div></div></nav>`,
)}</header>
<main><h1>Tide</h1><p>Tides are the rise and fall of sea levels.</p><p><a href="#/login" ${WRITES('inline-login')}>Log in</a> to add this page to your watchlist.</p></main>${OUT}`,
    ),
    body: `await page.locator('//div[@id="p-personal"]//a[normalize-space()="Log in"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#pt-login-2 a',
  },
];

const refuse: Drift[] = [
  // Google Search dropped the "Cached" link from results (2024); "About this result" is what's left in its place.
  {
    id: 'd6-refuse-google-cached-link-gone',
    kind: 'refuse',
    ...both((v) => {
      const result = (key: string, title: string, cite: string, snippet: string, cached: string) =>
        `<div class="g"><a href="#/r/${key}" ${WRITES(`result-${key}`)}><h3>${title}</h3></a><cite>${cite}</cite>${v(`<a href="#/cache/${key}" ${cached}>Cached</a><a href="#/similar/${key}" ${WRITES(`similar-${key}`)}>Similar</a>`, `<button type="button" aria-label="About this result" ${WRITES(`about-${key}`)}>⋮</button>`)}<p>${snippet}</p></div>`;
      return `<form role="search"><input type="search" name="q" value="clear browser cache" aria-label="Search"></form>
<main id="rso">${result('1', 'How to clear your browser cache', 'support.example.com › kb › clear-cache', 'Cached images and files make pages load faster.', DONE)}${result('2', 'Cache (computing) - Wikipedia', 'en.wikipedia.org › wiki › Cache', 'A cache stores data so that future requests are served faster.', WRITES('cached-2'))}</main>${OUT}`;
    }),
    body: `await page.locator('.g').first().getByRole('link', { name: 'Cached', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // GitHub's new code view (2023): "Delete this file" moved off the file header into the closed "More file actions" menu (as "Delete file").
  {
    id: 'd6-refuse-delete-file-behind-menu',
    kind: 'refuse',
    ...both(
      (v) => `<main class="repo"><nav aria-label="Breadcrumbs"><a href="#/ada/engine">engine</a> / <span>README.md</span></nav>
<div class="file-header"><span class="file-info">42 lines · 1.2 KB</span><div class="file-actions"><a href="#/raw/README.md" ${WRITES('raw')}>Raw</a>
<button type="button" aria-label="${v('Copy raw contents', 'Copy raw file')}" ${WRITES('copy')}>⧉</button><button type="button" aria-label="${v('Download raw content', 'Download raw file')}" ${WRITES('download')}>⤓</button><button type="button" aria-label="Edit this file" ${WRITES('edit')}>✎</button>
${v(`<button type="button" aria-label="Delete this file" ${DONE}>🗑</button>`, `<button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="More file actions" ${WRITES('more')}>⋯</button><div role="menu" hidden><div role="menuitem" ${WRITES('find')}>Find in file</div><div role="menuitem" ${WRITES('permalink')}>Copy permalink</div><div role="menuitem" ${DONE}>Delete file</div></div>`)}</div></div>
<article class="markdown-body"><h1>engine</h1><p>Delete the generated files with <code>engine clean</code>.</p></article></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Delete this file' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Dependencies bumped in the seeded repository: the Dependabot alerts list is empty; code scanning alerts keep their "Dismiss alert" buttons.
  {
    id: 'd6-refuse-chain-dependabot-emptied',
    kind: 'refuse',
    ...both(
      (v) => `<main class="security"><h1>Security</h1>
<section aria-labelledby="dep-h"><h2 id="dep-h">Dependabot alerts</h2><ul aria-label="Dependabot alerts">${v(`<li>lodash · Prototype pollution · high <button type="button" ${DONE}>Dismiss alert</button></li><li>minimist · Prototype pollution · moderate <button type="button" ${WRITES('dismiss-minimist')}>Dismiss alert</button></li>`, '')}</ul>${v('', '<p class="blankslate">No open alerts. Dependabot will open a pull request when it finds a vulnerable dependency.</p>')}</section>
<section aria-labelledby="cs-h"><h2 id="cs-h">Code scanning alerts</h2><ul aria-label="Code scanning alerts"><li>Incomplete URL sanitization · src/redirect.ts <button type="button" ${WRITES('dismiss-cs-1')}>Dismiss alert</button></li><li>Missing rate limiting · src/api.ts <button type="button" ${WRITES('dismiss-cs-2')}>Dismiss alert</button></li></ul></section>
<section aria-labelledby="ss-h"><h2 id="ss-h">Secret scanning alerts</h2><ul aria-label="Secret scanning alerts"><li>AWS access key · config/dev.env <button type="button" ${WRITES('close-secret')}>Close as revoked</button></li></ul></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('list', { name: 'Dependabot alerts' })\n    .getByRole('listitem')\n    .first()\n    .getByRole('button', { name: 'Dismiss alert' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // File storage toolbar reworked like Dropbox's: the single "Upload" button split into "Upload files" and "Upload folder" (two equal candidates).
  {
    id: 'd6-refuse-upload-split',
    kind: 'refuse',
    ...both(
      (v) => `<main class="files"><h1>All files</h1><div class="toolbar">${v(`<button type="button" ${DONE}>Upload</button>`, `<button type="button" ${WRITES('upload-files')}>Upload files</button><button type="button" ${WRITES('upload-folder')}>Upload folder</button>`)}<button type="button" ${WRITES('create')}>Create</button><button type="button" ${WRITES('transfer')}>Get files</button></div>
<table><tbody><tr><td>Invoices</td><td>Folder</td></tr><tr><td>Q3 budget.xlsx</td><td>14 KB</td></tr></tbody></table>
<aside class="activity"><h2>Activity</h2><p>Grace uploaded 3 files to Invoices.</p></aside></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Upload', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A dependency bump broke the main branch: the README's CI badge reads "build: failing"; the test that checks the badge must fail.
  {
    id: 'd6-refuse-alt-build-failing',
    kind: 'refuse',
    ...both(
      (v) => `<article class="markdown-body"><h1>engine</h1><p class="badges"><img src="${GIF}" alt="${v('build: passing', 'build: failing')}" width="90" height="20"> <img src="${GIF}" alt="coverage: 94%" width="90" height="20"> <img src="${GIF}" alt="npm: v4.2.1" width="90" height="20"> <img src="${GIF}" alt="license: MIT" width="90" height="20"></p>
<p>A small analytical engine. Build it with <code>npm run build</code>; the build passes on Node 20 and 22.</p><h2>Install</h2><pre>npm install engine</pre></article>`,
    ),
    body: `await expect(page.getByAltText('build: passing')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded issue is locked after a fixture change: the sidebar offers "Unlock conversation" where "Lock conversation" was (page object).
  {
    id: 'd6-refuse-po-lock-now-unlock',
    kind: 'refuse',
    ...both(
      (v) => `<main class="issue"><h1>Crash on empty config #482</h1>${v('', '<p class="locked-note">This conversation has been locked and limited to collaborators.</p>')}<div class="comment"><p>Repro attached.</p></div></main>
<aside aria-label="Issue actions" class="sidebar"><h2>Notifications</h2><button type="button" ${WRITES('subscribe')}>Subscribe</button>
${v(`<button type="button" ${DONE}>Lock conversation</button>`, `<button type="button" ${WRITES('unlock')}>Unlock conversation</button>`)}<button type="button" ${WRITES('pin')}>Pin issue</button><button type="button" ${WRITES('transfer')}>Transfer issue</button><button type="button" ${WRITES('delete')}>Delete issue</button></aside>${OUT}`,
    ),
    imports: `import { IssuePage } from './issue-page';`,
    files: {
      'issue-page.ts': `import type { Page } from '@playwright/test';

export class IssuePage {
  constructor(readonly page: Page) {}

  async lockConversation() {
    await this.page
      .getByRole('complementary', { name: 'Issue actions' })
      .getByRole('button', { name: 'Lock conversation' })
      .click();
  }
}
`,
    },
    body: `await new IssuePage(page).lockConversation();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded user was made the workspace owner (fixture change): Notion-style settings show "Delete entire workspace" where a member's "Leave workspace" was.
  {
    id: 'd6-refuse-leave-now-delete-workspace',
    kind: 'refuse',
    ...both(
      (v) => `<main class="settings"><h1>Workspace settings</h1><label for="ws-name">Name</label><input id="ws-name" value="Northwind"><button type="button" ${WRITES('update')}>Update</button>
<section class="danger-zone"><h2>Danger zone</h2>${v(`<button type="button" class="danger" ${DONE}>Leave workspace</button>`, `<button type="button" class="danger" ${WRITES('delete-workspace')}>Delete entire workspace</button>`)}<p>Learn about <a href="#/help/workspaces" ${WRITES('help')}>leaving and deleting workspaces</a>.</p></section>
<section><h2>Teamspaces</h2><ul><li>Engineering <button type="button" ${WRITES('leave-team')}>Leave teamspace</button></li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Leave workspace' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Billing fixtures regenerated: invoice INV-0042 is no longer seeded; INV-0043, another customer's invoice, sits in its row.
  {
    id: 'd6-refuse-invoice-different-record',
    kind: 'refuse',
    ...both((v) => {
      const row = (num: string, customer: string, total: string, extra: string) => `<tr><td><a href="#/invoices/${num}" ${extra}>${num}</a></td><td>${customer}</td><td>${total}</td><td>Paid</td></tr>`;
      return `<main><h1>Invoices</h1><table><thead><tr><th>Number</th><th>Customer</th><th>Total</th><th>Status</th></tr></thead><tbody>
${row('INV-0041', 'Globex', '$1,200.00', WRITES('inv-41'))}${v(row('INV-0042', 'Northwind Traders', '$240.00', DONE), row('INV-0043', 'Initech', '$240.00', WRITES('inv-43')))}${row('INV-0044', 'Umbrella', '$75.00', WRITES('inv-44'))}</tbody></table></main>${OUT}`;
    }),
    body: `await page.getByRole('link', { name: 'INV-0042' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // GitLab 16's new navigation: "Environments" moved from the open "Deployments" menu into the collapsed "Operate" section.
  {
    id: 'd6-refuse-gitlab-environments-collapsed',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Project navigation" class="sidebar">${v(
        `<ul><li><a href="#/-/issues" ${WRITES('issues')}>Issues</a></li><li><a href="#/-/merge_requests" ${WRITES('mrs')}>Merge requests</a></li><li><a href="#/-/pipelines" ${WRITES('cicd')}>CI/CD</a></li>
<li><span>Deployments</span><ul><li><a href="#/-/environments" ${DONE}>Environments</a></li><li><a href="#/-/feature_flags" ${WRITES('flags')}>Feature Flags</a></li><li><a href="#/-/releases" ${WRITES('releases')}>Releases</a></li></ul></li></ul>`,
        `<h2>Pinned</h2><ul><li><a href="#/-/issues" ${WRITES('issues')}>Issues</a></li><li><a href="#/-/merge_requests" ${WRITES('mrs')}>Merge requests</a></li></ul>
<button type="button" aria-expanded="false" aria-controls="menu-build" ${WRITES('build')}>Build</button><ul id="menu-build" hidden><li><a href="#/-/pipelines">Pipelines</a></li></ul>
<button type="button" aria-expanded="false" aria-controls="menu-deploy" ${WRITES('deploy')}>Deploy</button><ul id="menu-deploy" hidden><li><a href="#/-/releases">Releases</a></li><li><a href="#/-/feature_flags">Feature flags</a></li></ul>
<button type="button" aria-expanded="false" aria-controls="menu-operate" ${WRITES('operate')}>Operate</button><ul id="menu-operate" hidden><li><a href="#/-/environments" ${DONE}>Environments</a></li><li><a href="#/-/clusters">Kubernetes clusters</a></li><li><a href="#/-/terraform">Terraform states</a></li></ul>`,
      )}</nav>
<main><h1>engine</h1><p>Deploy to staging from the pipeline page.</p><a href="#/-/settings/ci_cd" ${WRITES('variables')}>CI/CD variables</a></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Environments' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Gmail retired its basic HTML view (January 2024): the footer's "basic HTML" link is gone; other HTML and view options remain.
  {
    id: 'd6-refuse-gmail-basic-html-gone',
    kind: 'refuse',
    ...both(
      (v) => `<main class="inbox"><h1>Inbox</h1><ul class="threads"><li>Northwind · Invoice #4471</li><li>Grace Hopper · Slides</li></ul>
<div class="compose-options" role="menu" aria-label="More options"><div role="menuitemcheckbox" aria-checked="false" ${WRITES('plain')}>Plain text mode</div><div role="menuitem" ${WRITES('print')}>Print</div></div></main>
<footer class="inbox-footer"><p>0.2 GB of 15 GB used</p><p><a href="#/terms" ${WRITES('terms')}>Terms</a> · <a href="#/privacy" ${WRITES('privacy')}>Privacy</a></p>
${v(`<p>Gmail view: <a href="#/standard" ${WRITES('standard')}>standard</a> | <a href="#/h/" ${DONE}>basic HTML</a></p>`, '')}<p>Last account activity: 2 minutes ago <a href="#/details" ${WRITES('details')}>Details</a></p>
<a href="#/settings" ${WRITES('settings')}>See all settings</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'basic HTML', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Contact form modernised: the "Fax" field was dropped; "Phone" and "Mobile phone" stay.
  {
    id: 'd6-refuse-fax-field-removed',
    kind: 'refuse',
    ...both(
      (v) => `<main><h1>Request a quote</h1><form class="quote-form">
<label for="company">Company</label><input id="company" name="company">
<label for="email">Work email</label><input id="email" name="email" type="email">
<label for="phone">Phone</label><input id="phone" name="phone" type="tel">
<label for="mobile">Mobile phone</label><input id="mobile" name="mobile" type="tel">
${v('<label for="fax">Fax</label><input id="fax" name="fax" type="tel">', '')}
<label for="notes">Anything else we should know?</label><textarea id="notes" name="notes"></textarea>
<button type="button">Send request</button></form></main>`,
    ),
    body: `await page.getByLabel('Fax').fill('+44 20 7946 0018');\n  await expect(page.locator('input[name="fax"]')).toHaveValue('+44 20 7946 0018');`,
    expect: 'refuse',
  },
  // A buy-one-get-one promotion now auto-adds a free gift line: the cart holds 3 items, so the count check must fail.
  {
    id: 'd6-refuse-css-cart-count-gift',
    kind: 'refuse',
    ...both((v) => {
      const item = (name: string, price: string) => `<li class="cart-item"><span class="cart-item__name">${name}</span><span class="cart-item__price">${price}</span><button type="button" class="cart-item__remove">Remove</button></li>`;
      return `<main class="cart"><h1>Your cart</h1><ul class="cart-items">${item('Enamel kettle', '$48.00')}${item('Stoneware mugs (set of 2)', '$26.00')}${v('', item('Tea towel (free gift)', '$0.00'))}</ul>
<p class="subtotal">Subtotal: $74.00</p><button type="button">Check out</button>
<section class="saved"><h2>Saved for later</h2><ul><li class="saved-item">Linen apron</li><li class="saved-item">Kettle descaler</li></ul></section></main>`;
    }),
    body: `await expect(page.locator('.cart-item')).toHaveCount(2);`,
    expect: 'refuse',
  },
];

export const DEV_6_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
