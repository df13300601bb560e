// Seventh development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (AI product renames, country-name changes, shorter tab and menu names, dated banners, wider
// checkbox copy, new placeholder and tooltip copy, a publish button renamed by a CMS upgrade) on role,
// label, placeholder, alt, title and text locators; Prettier-style multi-line chains in the test body and
// in page objects where either the scope step or a later step drifts; component-library and framework
// upgrades (Chakra UI 3, MUI X DataGrid 5, Polaris 12, Kendo UI's new rendering, Material Web 1.0, Jenkins
// tables-to-divs, Rails 7 Turbo), Stripe's Payment Element ids and Grafana's data-testid selectors; and
// releases where any patch would be wrong (removed while a lookalike stays, moved behind a closed menu,
// list emptied, two equal candidates, a state change that must fail the test, the opposite action, a
// destructive action in a safe one's place, a different record, a control now disabled).
// Pages carry decoys that share words, classes or attributes with the target. Heal cases name the `target`
// the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // Google renamed Bard to Gemini (February 2024): the app launcher's "Bard" tile became "Gemini", with a "Gemini Advanced" upsell next to it.
  {
    id: 'd7-link-bard-to-gemini',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="gb"><a href="#/" class="logo" ${WRITES('logo')}>Google</a><a href="#/mail" ${WRITES('gmail')}>Gmail</a><a href="#/images" ${WRITES('images')}>Images</a><button type="button" aria-label="Google apps" aria-expanded="true">⋮⋮⋮</button></header>
<div role="region" aria-label="Google apps" class="app-launcher"><ul>
<li><a href="#/account" ${WRITES('account')}>Account</a></li><li><a href="#/search" ${WRITES('search')}>Search</a></li><li><a href="#/maps" ${WRITES('maps')}>Maps</a></li><li><a href="#/youtube" ${WRITES('youtube')}>YouTube</a></li>
<li><a href="${v('#/bard', '#/gemini')}" ${DONE}>${v('Bard', 'Gemini')}</a></li><li><a href="#/drive" ${WRITES('drive')}>Drive</a></li><li><a href="#/calendar" ${WRITES('calendar')}>Calendar</a></li></ul>
<a href="#/more" ${WRITES('more')}>More from Google</a></div>
<main><form role="search"><input type="search" name="q" aria-label="Search"></form>${v('', `<p class="promo">Try <a href="#/gemini-advanced" ${WRITES('advanced')}>Gemini Advanced</a> with Google One AI Premium.</p>`)}</main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Bard' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.app-launcher a[href="#/gemini"]',
  },
  // Microsoft folded Bing Chat into Copilot (November 2023): Bing's header mark "Bing Chat" became "Copilot".
  {
    id: 'd7-alt-bing-chat-to-copilot',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="b_header"><a href="#/" class="b_logo"><img src="${GIF}" alt="Microsoft Bing" width="60" height="24"></a>
<nav aria-label="Search scopes" class="b_scopebar"><a href="#/search" ${WRITES('all')}>All</a><button type="button" class="b_chat" ${DONE}><img src="${GIF}" alt="${v('Bing Chat', 'Copilot')}" width="24" height="24"></button><a href="#/images" ${WRITES('images')}>Images</a><a href="#/videos" ${WRITES('videos')}>Videos</a><a href="#/news" ${WRITES('news')}>News</a></nav>
<button type="button" class="b_rewards" ${WRITES('rewards')}><img src="${GIF}" alt="Microsoft Rewards" width="24" height="24"></button></header>
<main><form role="search"><input type="search" name="q" value="tide tables dover" aria-label="Enter your search term"></form>
<aside class="b_ans"><img src="${GIF}" alt="${v('Chat mode', 'Microsoft Copilot for Microsoft 365')}" width="48" height="48" ${WRITES('promo')}><p>${v('Ask me anything in chat.', 'Copilot for work is here.')}</p></aside>
<ol class="b_results"><li>Dover tide times · tidetimes.example</li><li>Tide tables for 1,400 stations · tidepool.example</li></ol></main>${OUT}`,
    ),
    body: `await page.getByAltText('Bing Chat').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.b_scopebar img[alt="Copilot"]',
  },
  // ChatGPT's composer placeholder "Send a message" became "Message ChatGPT" (2024).
  {
    id: 'd7-placeholder-chatgpt-composer',
    kind: 'renamed text',
    ...both(
      (v) => `<nav aria-label="Chat history" class="sidebar"><button type="button">New chat</button><input type="search" name="chat-search" placeholder="Search chats"><ol><li>Tide tables in Python</li><li>Sourdough hydration</li></ol><a href="#/gpts">Explore GPTs</a></nav>
<main class="thread"><h1 class="sr-only">ChatGPT</h1><article><p>How do I read a tide table?</p></article><article><p>Each row gives a high or low water time and height.</p><textarea name="edit-message" placeholder="Edit message" hidden></textarea></article>
<form class="composer"><textarea id="prompt-textarea" name="prompt" placeholder="${v('Send a message', 'Message ChatGPT')}" rows="1"></textarea><button type="button" aria-label="Attach files">📎</button><button type="button" aria-label="Send prompt" data-testid="send-button">↑</button></form>
<p class="disclaimer">ChatGPT can make mistakes. Check important info.</p></main>`,
    ),
    body: `await page.getByPlaceholder('Send a message').fill('Is high water at Dover at 06:12?');\n  await expect(page.locator('#prompt-textarea')).toHaveValue('Is high water at Dover at 06:12?');`,
    expect: 'heal',
    target: '#prompt-textarea',
  },
  // Amazon's sign-in page: the label "Email (phone for mobile accounts)" became "Email or mobile phone number".
  {
    id: 'd7-label-amazon-email-or-mobile',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="a-section auth-container"><a href="#/" class="a-logo">amazon</a><form name="signIn" class="auth-validate-form"><h1 class="a-spacing-small">Sign in</h1>
<label for="ap_email" class="a-form-label">${v('Email (phone for mobile accounts)', 'Email or mobile phone number')}</label><input type="email" maxlength="128" id="ap_email" name="email" class="a-input-text">
<input type="button" id="continue" class="a-button-input" value="Continue">
<p class="a-size-small">By continuing, you agree to Amazon's Conditions of Use and Privacy Notice.</p>
<details><summary>Need help?</summary><a href="#/forgotpassword">Forgot your password?</a><a href="#/other-issues">Other issues with Sign-In</a></details></form>
<div class="a-divider"><h5>New to Amazon?</h5></div><a href="#/register" id="createAccountSubmit" class="a-button">Create your Amazon account</a></div>
<footer class="auth-footer"><label><input type="checkbox" name="email-deals"> Email me about deals on Kindle books</label><a href="#/help">Help</a></footer>`,
    ),
    body: `await page.getByLabel('Email (phone for mobile accounts)').fill('ada@example.com');\n  await expect(page.locator('#ap_email')).toHaveValue('ada@example.com');`,
    expect: 'heal',
    target: '#ap_email',
  },
  // Google Meet's 2023 Material 3 refresh: the call bar's "Present now" became "Share screen".
  {
    id: 'd7-title-meet-present-now-to-share-screen',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="meeting"><div class="tiles"><div class="tile">Ada Lovelace (You)</div><div class="tile">Grace Hopper</div><div class="tile">Linus Lee <span class="presenting">is presenting</span></div></div>
<div class="call-bar" role="toolbar" aria-label="Call controls"><span class="meeting-code">abc-defg-hij</span>
<button type="button" title="Turn off microphone (ctrl + d)" ${WRITES('mic')}>🎙</button><button type="button" title="Turn off camera (ctrl + e)" ${WRITES('cam')}>📷</button><button type="button" title="Turn on captions (c)" ${WRITES('cc')}>CC</button>
<button type="button" title="Raise hand (ctrl + alt + h)" ${WRITES('hand')}>✋</button><button type="button" title="${v('Present now', 'Share screen')}" ${DONE}>⬆</button><button type="button" title="More options" ${WRITES('more')}>⋮</button><button type="button" title="Leave call" ${WRITES('leave')}>📞</button></div>
<div class="side-buttons"><button type="button" title="Meeting details" ${WRITES('details')}>ⓘ</button><button type="button" title="Show everyone" ${WRITES('people')}>👥</button><button type="button" title="Chat with everyone" ${WRITES('chat')}>💬</button><button type="button" title="Activities" ${WRITES('activities')}>▦</button></div></main>${OUT}`,
    ),
    body: `await page.getByTitle('Present now').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.call-bar button[title="Share screen"]',
  },
  // Instagram's web feed sidebar: the heading "Suggestions For You" became "Suggested for you".
  {
    id: 'd7-heading-instagram-suggested-for-you',
    kind: 'renamed text',
    ...both((v) => {
      const person = (handle: string, why: string) => `<li><img src="${GIF}" alt="${handle}'s profile picture" width="32" height="32"><a href="#/${handle}">${handle}</a><span>${why}</span><button type="button">Follow</button></li>`;
      return `<nav aria-label="Main" class="ig-nav"><a href="#/">Home</a><a href="#/explore">Explore</a><a href="#/reels">Reels</a><a href="#/direct">Messages</a></nav>
<main class="feed"><article><header><a href="#/fieldnotes">fieldnotes</a></header><img src="${GIF}" alt="Photo by Field Notes of a sourdough loaf" width="64" height="64"><p>Crumb shot from this morning.</p></article>
<h2 class="suggested-posts">Suggested posts</h2><article><header><a href="#/tidepool">tidepool</a></header><p>Spring tides this weekend.</p></article></main>
<aside class="ig-sidebar"><div class="me"><a href="#/ada">ada.lovelace</a><button type="button">Switch</button></div>
<div class="suggestions-header"><h2 id="suggestions-h">${v('Suggestions For You', 'Suggested for you')}</h2><a href="#/explore/people">See All</a></div>
<ul aria-labelledby="suggestions-h">${person('grace.hopper', 'Followed by linus.lee')}${person('linus.lee', 'Suggested for you')}${person('mary.somerville', 'New to Instagram')}</ul></aside>`;
    }),
    body: `await expect(page.getByRole('heading', { name: 'Suggestions For You' })).toBeVisible();`,
    expect: 'heal',
    target: '#suggestions-h',
  },
  // GitHub dated its archive banner (2022): "This repository has been archived by the owner. It is now read-only." -> "This repository was archived by the owner on <date>. It is now read-only."
  {
    id: 'd7-text-github-archived-banner-dated',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="repo-head"><nav aria-label="Breadcrumbs"><a href="#/ada">ada</a> / <strong><a href="#/ada/engine">engine</a></strong> <span class="Label">Public archive</span></nav>
<div class="pagehead-actions"><button type="button">Watch 12</button><button type="button">Fork 3</button><button type="button">Star 48</button></div></header>
<div class="flash flash-warn flash-full"><p class="archived-notice">${v('This repository has been archived by the owner. It is now read-only.', 'This repository was archived by the owner on Jan 8, 2024. It is now read-only.')}</p></div>
<main><article class="markdown-body"><h1>engine</h1><p>This project is no longer maintained. It is now developed as part of <a href="#/ada/engine-ng">engine-ng</a>.</p>
<p>Issues were archived by the owner and are read-only; open new ones on engine-ng.</p></article>
<aside class="about"><h2>About</h2><p>A small analytical engine.</p><p>Archived repositories are read-only. <a href="#/docs/archiving">Learn more about archiving</a>.</p></aside></main>`,
    ),
    body: `await expect(page.getByText('This repository has been archived by the owner. It is now read-only.')).toBeVisible();`,
    expect: 'heal',
    target: '.archived-notice',
  },
  // GitHub's pull request form (2021): "Allow edits from maintainers" became "Allow edits and access to secrets by maintainers".
  {
    id: 'd7-checkbox-github-allow-maintainer-edits',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="compare"><h1>Open a pull request</h1><p>Create a new pull request by comparing changes across two branches.</p>
<form class="new-pr-form"><label for="pull_request_title">Add a title</label><input id="pull_request_title" name="pull_request[title]" value="Add retry to webhook delivery">
<label for="pull_request_body">Add a description</label><textarea id="pull_request_body" name="pull_request[body]"></textarea>
<div class="form-actions"><label class="maintainer-edits"><input type="checkbox" name="pull_request[maintainer_can_modify]" id="pull_request_maintainer_can_modify"> ${v('Allow edits from maintainers', 'Allow edits and access to secrets by maintainers')}</label>
<label><input type="checkbox" name="pull_request[draft]"> Create as draft</label><button type="button" class="btn btn-primary">Create pull request</button></div></form>
<aside class="sidebar"><h2>Reviewers</h2><p>No reviews</p><h2>Maintainers</h2><label><input type="checkbox" name="notify_maintainers"> Notify maintainers of edits</label></aside></main>`,
    ),
    body: `await page.getByRole('checkbox', { name: 'Allow edits from maintainers' }).check();\n  await expect(page.locator('#pull_request_maintainer_can_modify')).toBeChecked();`,
    expect: 'heal',
    target: '#pull_request_maintainer_can_modify',
  },
  // X's profile tabs (2023): "Tweets & replies" became "Replies" ("Tweets" -> "Posts", with "Highlights" added).
  {
    id: 'd7-tab-x-tweets-and-replies',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="profile-header"><img src="${GIF}" alt="Opens profile photo" width="64" height="64"><h1>Field Notes</h1><p>@fieldnotes</p><a href="#/fieldnotes/following" ${WRITES('following')}>212 Following</a><a href="#/fieldnotes/followers" ${WRITES('followers')}>1,204 Followers</a><button type="button" ${WRITES('follow')}>Follow</button></header>
<div role="tablist" aria-label="Profile timelines" class="profile-tabs"><a role="tab" href="#/fieldnotes" aria-selected="true" ${WRITES('posts')}>${v('Tweets', 'Posts')}</a><a role="tab" href="#/fieldnotes/with_replies" aria-selected="false" ${DONE}>${v('Tweets &amp; replies', 'Replies')}</a>${v('', `<a role="tab" href="#/fieldnotes/highlights" aria-selected="false" ${WRITES('highlights')}>Highlights</a>`)}<a role="tab" href="#/fieldnotes/media" aria-selected="false" ${WRITES('media')}>Media</a><a role="tab" href="#/fieldnotes/likes" aria-selected="false" ${WRITES('likes')}>Likes</a></div>
<main><article class="post"><p>Spring tides this weekend.</p><div role="group" aria-label="3 replies, 12 reposts, 48 likes"><button type="button" ${WRITES('reply')}>Reply</button><button type="button" ${WRITES('repost')}>${v('Retweet', 'Repost')}</button><button type="button" ${WRITES('like')}>Like</button></div></article>
<p class="hint">Who can reply? <a href="#/settings/replies" ${WRITES('reply-settings')}>Everyone can reply</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('tab', { name: 'Tweets & replies' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"][href="#/fieldnotes/with_replies"]',
  },
  // Google Docs' File menu: "Download as" became "Download" (its submenu of formats stayed).
  {
    id: 'd7-menuitem-docs-download-as',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="docs-titlebar"><input aria-label="Rename" value="Q3 plan"><button type="button" ${WRITES('share')}>Share</button></div>
<div role="menubar" aria-label="Menu bar"><div role="menuitem" aria-expanded="true">File</div><div role="menuitem">Edit</div><div role="menuitem">View</div></div>
<div role="menu" aria-label="File" class="goog-menu"><div role="menuitem" ${WRITES('new')}>New</div><div role="menuitem" ${WRITES('open')}>Open</div><div role="menuitem" ${WRITES('copy')}>Make a copy</div><div role="separator"></div>
<div role="menuitem" ${WRITES('share-item')}>Share</div><div role="menuitem" ${WRITES('email')}>Email</div><div role="menuitem" aria-haspopup="true" ${DONE}>${v('Download as', 'Download')}</div><div role="separator"></div>
<div role="menuitem" ${WRITES('rename')}>Rename</div><div role="menuitem" ${WRITES('move')}>Move</div><div role="menuitem" ${WRITES('offline')}>Make available offline</div><div role="menuitem" ${WRITES('history')}>Version history</div></div>
<div role="menu" aria-label="${v('Download as', 'Download')}" hidden><div role="menuitem">Microsoft Word (.docx)</div><div role="menuitem">PDF Document (.pdf)</div><div role="menuitem">Plain Text (.txt)</div></div>
<main class="kix-page"><h1>Q3 plan</h1><p>Download the attachments before the review.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('menuitem', { name: 'Download as' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.goog-menu [role="menuitem"]:text-is("Download")',
  },
  // The UN registered "Türkiye" as the country's name (June 2022): country pickers replaced "Turkey".
  {
    id: 'd7-option-turkey-to-turkiye',
    kind: 'renamed text',
    ...both((v) => {
      const opt = (name: string, extra: string) => `<li role="option" aria-selected="false" ${extra}>${name}</li>`;
      return `<main class="checkout"><h1>Shipping address</h1><form class="address-form"><label for="city">City</label><input id="city" value="Istanbul">
<label for="country-input">Country/Region</label><input id="country-input" role="combobox" aria-expanded="true" aria-controls="country-list" aria-autocomplete="list" value="Tu">
<ul role="listbox" id="country-list" aria-label="Country/Region">${opt('Tunisia', WRITES('tunisia'))}${v(opt('Turkey', DONE), '')}${opt('Turkmenistan', WRITES('turkmenistan'))}${opt('Turks and Caicos Islands', WRITES('turks-caicos'))}${opt('Tuvalu', WRITES('tuvalu'))}${v('', opt('Türkiye', DONE))}</ul>
<label for="phone">Phone</label><input id="phone" type="tel" placeholder="+90"></form>
<aside class="saved"><h2>Saved addresses</h2><p>Ada Lovelace, Moda Cd. 12, Istanbul, ${v('Turkey', 'Türkiye')}</p></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('option', { name: 'Turkey' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="option"]:text-is("Türkiye")',
  },
  // WordPress 6.6 (July 2024): the block editor's "Update" button for published posts became "Save".
  {
    id: 'd7-role-wp66-update-to-save',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="editor-header" role="region" aria-label="Editor top bar"><div class="editor-document-tools" role="toolbar" aria-label="Document tools"><button type="button" aria-label="Toggle block inserter" ${WRITES('inserter')}>+</button><button type="button" aria-label="Undo" ${WRITES('undo')}>↶</button><button type="button" aria-label="Document Overview" ${WRITES('overview')}>☰</button></div>
<div class="editor-header__settings"><button type="button" class="components-button editor-post-switch-to-draft is-tertiary" ${WRITES('draft')}>Switch to draft</button><a href="#/preview" class="components-button editor-preview-dropdown__toggle" ${WRITES('preview')}>View</a>
<button type="button" class="components-button editor-post-publish-button is-primary" ${DONE}>${v('Update', 'Save')}</button><button type="button" aria-label="Settings" aria-pressed="true" ${WRITES('settings')}>⚙</button></div></div>
<main class="editor-styles-wrapper"><h1 class="editor-post-title" contenteditable="true">Spring planting</h1><p contenteditable="true">What went into the beds this year.</p></main>
<div class="interface-complementary-area" role="region" aria-label="Editor settings"><h2>Post</h2><p>Last edited 2 hours ago.</p><button type="button" ${WRITES('revisions')}>3 Revisions</button><button type="button" ${WRITES('trash')}>Move to trash</button></div>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Update' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.editor-post-publish-button',
  },
];

const chains: Drift[] = [
  // GitHub repository settings (January 2023): the sidebar's "Secrets" became "Secrets and variables".
  {
    id: 'd7-chain-github-secrets-and-variables',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Repository settings" class="settings-nav"><a href="#/settings" ${WRITES('general')}>General</a><a href="#/settings/access" ${WRITES('access')}>Collaborators</a><a href="#/settings/branches" ${WRITES('branches')}>Branches</a>
<h2>Security</h2><a href="#/settings/security_analysis" ${WRITES('analysis')}>Code security and analysis</a><a href="#/settings/keys" ${WRITES('keys')}>Deploy keys</a><a href="#/settings/secrets" ${DONE}>${v('Secrets', 'Secrets and variables')}</a>
<ul class="subnav"><li><a href="#/settings/secrets/actions" ${WRITES('actions')}>Actions</a></li><li><a href="#/settings/secrets/codespaces" ${WRITES('codespaces')}>Codespaces</a></li><li><a href="#/settings/secrets/dependabot" ${WRITES('dependabot')}>Dependabot</a></li></ul></nav>
<main><h1>${v('Actions secrets', 'Actions secrets and variables')}</h1><p>Secrets are encrypted and are used for sensitive data. <a href="#/docs/secrets" ${WRITES('docs')}>Learn more about encrypted secrets</a></p>
<button type="button" ${WRITES('new-secret')}>New repository secret</button><h2>Environment secrets</h2><p>There are no secrets for this repository's environments.</p></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Repository settings' })\n    .getByRole('link', { name: 'Secrets', exact: true })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav[aria-label="Repository settings"] a[href="#/settings/secrets"]',
  },
  // Chakra UI 3 replaced Modal with Dialog: `.chakra-modal__content` became `.chakra-dialog__content` (page object, the scope step drifts).
  {
    id: 'd7-chain-po-chakra3-dialog-content',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, key: string) => `<tr><td>${name}</td><td><button type="button" class="chakra-button" ${WRITES(`row-delete-${key}`)}>Delete</button></td></tr>`;
      const p = v('chakra-modal', 'chakra-dialog');
      return `<main><h1>Customers</h1><table class="chakra-table"><tbody>${row('Northwind Traders', 'northwind')}${row('Globex', 'globex')}</tbody></table></main>
<div class="${v('chakra-modal__overlay', 'chakra-dialog__backdrop')}"></div><div class="${v('chakra-modal__content-container', 'chakra-dialog__positioner')}">
<section class="${p}__content" role="dialog" aria-modal="true" aria-labelledby="dlg-h"><header class="${p}__header"><h2 id="dlg-h" class="${v('chakra-modal__header', 'chakra-dialog__title')}">Delete Northwind Traders?</h2></header>
<button type="button" class="${v('chakra-modal__close-btn', 'chakra-dialog__close-trigger')}" aria-label="Close" ${WRITES('close')}>×</button>
<div class="${p}__body"><p>Their 14 orders stay in the ledger.</p></div>
<footer class="${p}__footer"><button type="button" class="chakra-button" ${WRITES('cancel')}>Cancel</button><button type="button" class="chakra-button" data-variant="solid" ${DONE}>Delete</button></footer></section></div>${OUT}`;
    }),
    imports: `import { ConfirmDialog } from './confirm-dialog';`,
    files: {
      'confirm-dialog.ts': `import type { Locator, Page } from '@playwright/test';

export class ConfirmDialog {
  readonly confirm: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.confirm = page
      .locator('.chakra-modal__content')
      .getByRole('button', { name: 'Delete' });
    this.cancel = page
      .locator('.chakra-modal__content')
      .getByRole('button', { name: 'Cancel' });
  }
}
`,
    },
    body: `await new ConfirmDialog(page).confirm.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.chakra-dialog__footer button:text-is("Delete")',
  },
  // GitHub issues (2022): the sidebar's "Linked pull requests" section became "Development" (branches and pull requests).
  {
    id: 'd7-chain-github-linked-prs-to-development',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (heading: string, content: string) => `<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">${heading}</h3>${content}</div>`;
      return `<main class="issue"><h1>Crash on empty config #482</h1><div class="timeline"><div class="comment"><p>Repro attached.</p></div>
<div class="timeline-event">Ada linked a pull request that will close this issue: <a href="#/pull/4472" ${WRITES('timeline')}>Fix crash on empty config #4472</a></div></div></main>
<aside class="discussion-sidebar">${item('Assignees', '<p>Ada Lovelace</p>')}${item('Labels', '<span class="label">bug</span>')}${item('Projects', '<p>None yet</p>')}
${item(v('Linked pull requests', 'Development'), `${v('<p>Successfully merging a pull request may close this issue.</p>', `<button type="button" ${WRITES('create-branch')}>Create a branch</button><p>for this issue or link a pull request.</p>`)}<a href="#/pull/4472" ${DONE}>Fix crash on empty config</a>`)}
${item('Notifications', `<button type="button" ${WRITES('subscribe')}>Subscribe</button>`)}</aside>${OUT}`;
    }),
    body: `await page\n    .locator('.discussion-sidebar-item')\n    .filter({ has: page.getByRole('heading', { name: 'Linked pull requests' }) })\n    .getByRole('link', { name: 'Fix crash on empty config' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.discussion-sidebar-item a[href="#/pull/4472"]',
  },
  // MUI X DataGrid 5 virtualised rows differently: `.MuiDataGrid-window` became `.MuiDataGrid-virtualScroller` (page object, the scope step drifts).
  {
    id: 'd7-chain-po-mui-datagrid-virtual-scroller',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (i: number, name: string, email: string, extra: string) =>
        `<div role="row" class="MuiDataGrid-row" data-rowindex="${i}"><div role="cell" class="MuiDataGrid-cell">${name}</div><div role="cell" class="MuiDataGrid-cell">${email}</div><div role="cell" class="MuiDataGrid-cell MuiDataGrid-actionsCell"><button type="button" aria-label="Edit" class="MuiIconButton-root" ${extra}>✎</button><button type="button" aria-label="Delete" class="MuiIconButton-root" ${WRITES(`delete-${i}`)}>🗑</button></div></div>`;
      return `<main><h1>Users</h1><div class="MuiDataGrid-toolbarContainer"><button type="button" ${WRITES('columns')}>Columns</button><button type="button" ${WRITES('filters')}>Filters</button><button type="button" ${WRITES('export')}>Export</button></div>
<div role="grid" class="MuiDataGrid-root" aria-rowcount="4"><div class="MuiDataGrid-main"><div class="${v('MuiDataGrid-columnsContainer', 'MuiDataGrid-columnHeaders')}"><div role="row" class="${v('MuiDataGrid-headerRow', 'MuiDataGrid-columnHeadersInner')}"><div role="columnheader">Name</div><div role="columnheader">Email</div><div role="columnheader">Actions</div></div></div>
<div class="${v('MuiDataGrid-window', 'MuiDataGrid-virtualScroller')}"><div class="${v('MuiDataGrid-dataContainer', 'MuiDataGrid-virtualScrollerContent')}"><div class="${v('MuiDataGrid-renderingZone', 'MuiDataGrid-virtualScrollerRenderZone')}" role="rowgroup">
${row(0, 'Ada Lovelace', 'ada@example.com', WRITES('edit-ada'))}${row(1, 'Grace Hopper', 'grace@example.com', DONE)}${row(2, 'Linus Lee', 'linus@example.com', WRITES('edit-linus'))}</div></div></div></div>
<div class="MuiDataGrid-footerContainer"><span>1–3 of 3</span></div></div>
<aside class="recent"><h2>Recently edited</h2><div role="row"><span>Grace Hopper</span><button type="button" aria-label="Edit" ${WRITES('recent-edit')}>✎</button></div></aside></main>${OUT}`;
    }),
    imports: `import { UsersGrid } from './users-grid';`,
    files: {
      'users-grid.ts': `import type { Page } from '@playwright/test';

export class UsersGrid {
  constructor(readonly page: Page) {}

  async edit(name: string) {
    await this.page
      .locator('.MuiDataGrid-window')
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Edit' })
      .click();
  }
}
`,
    },
    body: `await new UsersGrid(page).edit('Grace Hopper');\n  ${CHECK}`,
    expect: 'heal',
    target: '.MuiDataGrid-virtualScroller [role="row"]:has-text("Grace Hopper") button[aria-label="Edit"]',
  },
  // Google Search Console (2022): the Index "Coverage" report became "Pages" (page indexing), with "Video pages" beside it.
  {
    id: 'd7-chain-search-console-coverage-to-pages',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Search Console" class="gsc-nav"><a href="#/overview" ${WRITES('overview')}>Overview</a><a href="#/performance" ${WRITES('performance')}>Performance</a><a href="#/inspect" ${WRITES('inspect')}>URL inspection</a>
<h2>Index</h2><a href="${v('#/index-coverage', '#/index')}" ${DONE}>${v('Coverage', 'Pages')}</a>${v('', `<a href="#/video-index" ${WRITES('video')}>Video pages</a>`)}<a href="#/sitemaps" ${WRITES('sitemaps')}>Sitemaps</a><a href="#/removals" ${WRITES('removals')}>Removals</a>
<h2>Experience</h2><a href="#/page-experience" ${WRITES('page-experience')}>Page Experience</a><a href="#/core-web-vitals" ${WRITES('cwv')}>Core Web Vitals</a><a href="#/mobile-usability" ${WRITES('mobile')}>Mobile Usability</a></nav>
<main><h1>Overview</h1><section class="card"><h2>${v('Coverage', 'Indexing')}</h2><p>1,204 ${v('valid pages', 'indexed pages')}</p><a href="${v('#/index-coverage', '#/index')}" ${WRITES('card-report')}>Full report</a></section>
<section class="card"><h2>Performance</h2><p>3.1K total web search clicks</p><a href="#/performance" ${WRITES('card-performance')}>Full report</a></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('navigation', { name: 'Search Console' })\n    .getByRole('link', { name: 'Coverage' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.gsc-nav a:text-is("Pages")',
  },
  // Chrome's settings (2024): "Clear browsing data" became "Delete browsing data" ("Clear history, cookies, cache, and more" -> "Delete history, ...").
  {
    id: 'd7-chain-chrome-delete-browsing-data',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (title: string, sub: string, extra: string) => `<button type="button" class="settings-row" ${extra}><span class="title">${title}</span><span class="secondary">${sub}</span></button>`;
      return `<nav aria-label="Settings" class="settings-menu"><a href="#/people" ${WRITES('nav-people')}>You and Google</a><a href="#/autofill" ${WRITES('nav-autofill')}>Autofill and passwords</a><a href="#/privacy" ${WRITES('nav-privacy')}>Privacy and security</a><a href="#/performance" ${WRITES('nav-performance')}>Performance</a><a href="#/reset" ${WRITES('nav-reset')}>Reset settings</a></nav>
<main><section aria-labelledby="safety-h"><h2 id="safety-h">Safety Check</h2>${row('Go to Safety Check', 'Chrome regularly checks to make sure your browser has the safest settings', WRITES('safety'))}</section>
<section aria-labelledby="privacy-h"><h2 id="privacy-h">Privacy and security</h2>
${row(v('Clear browsing data', 'Delete browsing data'), v('Clear history, cookies, cache, and more', 'Delete history, cookies, cache, and more'), DONE)}${row('Privacy Guide', 'Review key privacy and security controls', WRITES('guide'))}${row('Third-party cookies', 'Third-party cookies are blocked in Incognito mode', WRITES('cookies'))}${row('Ad privacy', 'Customize the info used by sites to show you ads', WRITES('ads'))}${row('Site settings', 'Controls what information sites can use and show', WRITES('site'))}</section>
<section aria-labelledby="autofill-h"><h2 id="autofill-h">Autofill and passwords</h2>${row('Google Password Manager', 'Delete saved passwords and passkeys', WRITES('passwords'))}${row('Payment methods', 'Cards and other payment methods', WRITES('payments'))}</section>
<section aria-labelledby="reset-h"><h2 id="reset-h">Reset settings</h2>${row('Restore settings to their original defaults', 'Clears temporary data such as cookies', WRITES('reset'))}</section></main>${OUT}`;
    }),
    body: `await page\n    .getByRole('region', { name: 'Privacy and security' })\n    .getByRole('button', { name: 'Clear browsing data' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-labelledby="privacy-h"] button:has-text("Delete browsing data")',
  },
  // GitLab 16: "Merge when pipeline succeeds" became "Set to auto-merge" in the merge request widget.
  {
    id: 'd7-chain-gitlab-set-to-auto-merge',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="merge-request"><h1>Add retry to webhook delivery</h1><div class="ci-widget" data-testid="pipeline-mini-graph"><p>Pipeline #8812 running for 3f2a1c9</p><button type="button" class="btn" ${WRITES('cancel-pipeline')}>Cancel pipeline</button></div>
<div class="mr-widget-body" data-testid="ready-to-merge-state"><div class="mr-widget-section"><label><input type="checkbox" checked> Delete source branch</label><label><input type="checkbox"> Squash commits</label><label><input type="checkbox"> Edit commit message</label></div>
<div class="btn-group"><button type="button" class="btn btn-confirm accept-merge-request" ${DONE}>${v('Merge when pipeline succeeds', 'Set to auto-merge')}</button><button type="button" class="btn btn-confirm dropdown-toggle" aria-label="Select merge moment" ${WRITES('merge-moment')}>▾</button></div>
<ul class="dropdown-menu" hidden><li><button type="button">Merge immediately</button></li></ul>${v('', '<p class="gl-text-secondary">Merge when all merge checks pass.</p>')}</div>
<div class="mr-widget-section" data-testid="merge-checks"><p>${v('Merge blocked: pipeline must succeed.', 'Merge blocked: 1 check failed.')}</p><button type="button" class="btn" ${WRITES('expand-checks')}>Expand merge checks</button></div></main>${OUT}`,
    ),
    body: `await page\n    .getByTestId('ready-to-merge-state')\n    .getByRole('button', { name: 'Merge when pipeline succeeds' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.accept-merge-request',
  },
  // WordPress's block editor settings sidebar: the "Document" tab took the post type's name ("Post", "Page").
  {
    id: 'd7-chain-wp-document-tab-to-post',
    kind: 'multi-line chain',
    ...both(
      (v) => `<div class="edit-post-header" role="region" aria-label="Editor top bar"><button type="button" aria-label="Toggle block inserter" ${WRITES('inserter')}>+</button><button type="button" aria-label="${v('Document outline', 'Document Overview')}" ${WRITES('outline')}>☰</button><button type="button" ${WRITES('publish')}>Publish</button></div>
<main class="editor-styles-wrapper"><h1 class="editor-post-title" contenteditable="true">Post a letter to the council</h1><p contenteditable="true">Draft for the planting committee.</p></main>
<div class="interface-complementary-area edit-post-sidebar" role="region" aria-label="Editor settings"><div role="tablist" aria-orientation="horizontal" class="edit-post-sidebar__panel-tabs">
<button type="button" role="tab" aria-selected="false" class="edit-post-sidebar__panel-tab" ${DONE}>${v('Document', 'Post')}</button><button type="button" role="tab" aria-selected="true" class="edit-post-sidebar__panel-tab is-active" ${WRITES('block-tab')}>Block</button></div>
<div class="components-panel"><h2>Paragraph</h2><p>Start with the basic building block of all narrative.</p><button type="button" ${WRITES('typography')}>Typography options</button></div></div>${OUT}`,
    ),
    body: `await page\n    .getByRole('region', { name: 'Editor settings' })\n    .getByRole('tab', { name: 'Document' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.edit-post-sidebar [role="tab"]:text-is("Post")',
  },
  // YouTube's guide (2023-24): the "Library" entry became "You" (history, playlists and your videos under it); page object.
  {
    id: 'd7-chain-po-youtube-library-to-you',
    kind: 'multi-line chain',
    ...both(
      (v) => `<nav aria-label="Guide" class="guide"><a href="#/" ${WRITES('home')}>Home</a><a href="#/shorts" ${WRITES('shorts')}>Shorts</a><a href="#/feed/subscriptions" ${WRITES('subs')}>Subscriptions</a><hr>
<a href="${v('#/feed/library', '#/feed/you')}" ${DONE}>${v('Library', 'You')}</a><a href="#/feed/history" ${WRITES('history')}>History</a>${v('', `<a href="#/feed/playlists" ${WRITES('playlists')}>Playlists</a>`)}<a href="#/channel/videos" ${WRITES('your-videos')}>Your videos</a><a href="#/playlist?list=WL" ${WRITES('watch-later')}>Watch later</a><a href="#/playlist?list=LL" ${WRITES('liked')}>Liked videos</a></nav>
<nav aria-label="Mini guide" class="mini-guide"><a href="#/" ${WRITES('mini-home')}>Home</a><a href="#/feed/subscriptions" ${WRITES('mini-subs')}>Subscriptions</a><a href="${v('#/feed/library', '#/feed/you')}" ${WRITES('mini-you')}>${v('Library', 'You')}</a></nav>
<main><h1>Recommended</h1><ul><li>Building a sourdough starter</li><li>Shaping a batard</li></ul></main>${OUT}`,
    ),
    imports: `import { Guide } from './guide';`,
    files: {
      'guide.ts': `import type { Locator, Page } from '@playwright/test';

export class Guide {
  readonly library: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.library = page
      .getByRole('navigation', { name: 'Guide', exact: true })
      .getByRole('link', { name: 'Library' });
    this.history = page
      .getByRole('navigation', { name: 'Guide', exact: true })
      .getByRole('link', { name: 'History' });
  }
}
`,
    },
    body: `await new Guide(page).library.click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.guide a[href="#/feed/you"]',
  },
  // Shopify Polaris 12 replaced boolean button props with variants and tones (`Polaris-Button--primary` -> `Polaris-Button--variantPrimary`); page object.
  {
    id: 'd7-chain-po-polaris12-variant-primary',
    kind: 'multi-line chain',
    ...both((v) => {
      const primary = v('Polaris-Button--primary', 'Polaris-Button--variantPrimary');
      return `<div class="Polaris-Frame"><div class="Polaris-Frame-ContextualSaveBar"><h2>Unsaved changes</h2><button type="button" class="Polaris-Button" ${WRITES('bar-discard')}>Discard</button><button type="button" class="Polaris-Button ${primary}" ${WRITES('bar-save')}>Save</button></div>
<main class="Polaris-Page"><div class="Polaris-Page-Header"><h1 class="Polaris-Header-Title">Enamel kettle</h1><button type="button" class="Polaris-Button${v('', ' Polaris-Button--variantTertiary')}" ${WRITES('duplicate')}>Duplicate</button><button type="button" class="Polaris-Button${v('', ' Polaris-Button--variantTertiary')}" ${WRITES('preview')}>Preview</button></div>
<div class="Polaris-Card"><label for="title">Title</label><input id="title" class="Polaris-TextField__Input" value="Enamel kettle"><label for="price">Price</label><input id="price" class="Polaris-TextField__Input" value="48.00"></div>
<div class="Polaris-PageActions"><button type="button" class="Polaris-Button ${v('Polaris-Button--destructive Polaris-Button--outline', 'Polaris-Button--variantSecondary Polaris-Button--toneCritical')}" ${WRITES('delete')}>Delete product</button><button type="button" class="Polaris-Button ${primary}" ${DONE}>Save</button></div></main></div>${OUT}`;
    }),
    imports: `import { ProductPage } from './product-page';`,
    files: {
      'product-page.ts': `import type { Page } from '@playwright/test';

export class ProductPage {
  constructor(readonly page: Page) {}

  async save() {
    await this.page
      .locator('.Polaris-PageActions')
      .locator('.Polaris-Button--primary')
      .click();
  }
}
`,
    },
    body: `await new ProductPage(page).save();\n  ${CHECK}`,
    expect: 'heal',
    target: '.Polaris-PageActions .Polaris-Button--variantPrimary',
  },
];

const others: Drift[] = [
  // Kendo UI themes v5 moved to the new button rendering: `k-primary` became `k-button-solid-primary` (with size and rounding classes).
  {
    id: 'd7-css-kendo-solid-primary',
    kind: 'css class',
    ...both((v) => {
      const btn = (primary: boolean) => v(`k-button${primary ? ' k-primary' : ''}`, `k-button k-button-md k-rounded-md k-button-solid k-button-solid-${primary ? 'primary' : 'base'}`);
      return `<div class="k-grid"><div class="k-toolbar k-grid-toolbar"><button type="button" class="${btn(true)} k-grid-add" ${WRITES('add')}>Add new record</button><button type="button" class="${btn(false)} k-grid-excel" ${WRITES('excel')}>Export to Excel</button></div>
<table class="k-grid-table"><tbody><tr class="k-master-row"><td>Chai</td><td>18.00</td><td><button type="button" class="${btn(false)} k-grid-edit-command" ${WRITES('edit')}>Edit</button><button type="button" class="${btn(false)} k-grid-remove-command" ${WRITES('remove')}>Delete</button></td></tr></tbody></table></div>
<div class="k-widget k-window k-dialog" role="dialog" aria-labelledby="dlg-title"><div class="k-window-titlebar k-dialog-titlebar"><span id="dlg-title" class="k-window-title">Please confirm</span></div>
<div class="k-window-content k-dialog-content"><p>Are you sure you want to delete Chai?</p></div>
<div class="k-dialog-buttongroup k-actions"><button type="button" class="${btn(false)}" ${WRITES('no')}>No</button><button type="button" class="${btn(true)}" ${DONE}>Yes</button></div></div>${OUT}`;
    }),
    body: `await page.locator('.k-dialog .k-primary').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.k-dialog .k-button-solid-primary',
  },
  // Material Web 1.0 (2023) replaced `mwc-button` and its attributes with one element per variant (`mwc-button[unelevated]` -> `md-filled-button`).
  {
    id: 'd7-css-material-web-filled-button',
    kind: 'css class',
    ...both((v) => {
      const el = (old: string, attr: string, now: string, text: string, extra: string) => v(`<${old}${attr} ${extra}>${text}</${old}>`, `<${now} ${extra}>${text}</${now}>`);
      return `<header class="top-app-bar"><span class="title">Tidepool</span>${el('mwc-button', ' outlined', 'md-outlined-button', 'Sign out', WRITES('signout'))}</header>
<main><h1>Station alerts</h1><form class="settings-form"><label for="station">Station</label><input id="station" value="Dover"><label><input type="checkbox" checked> Email me before spring tides</label>
<div class="actions">${el('mwc-button', '', 'md-text-button', 'Cancel', WRITES('cancel'))}${el('mwc-button', ' unelevated', 'md-filled-button', 'Save', DONE)}</div></form>
<section class="danger"><h2>Delete alerts</h2>${el('mwc-button', ' outlined', 'md-filled-tonal-button', 'Delete all alerts', WRITES('delete'))}</section></main>
<footer><form class="newsletter"><input type="email" aria-label="Newsletter email">${el('mwc-button', ' raised', 'md-elevated-button', 'Subscribe', WRITES('subscribe'))}</form></footer>${OUT}`;
    }),
    body: `await page.locator('mwc-button[unelevated]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.settings-form md-filled-button',
  },
  // Stripe's Card Element -> Payment Element migration: the sample's `#card-errors` became `#payment-message` (and `#card-element` -> `#payment-element`).
  {
    id: 'd7-id-stripe-payment-element-message',
    kind: 'id',
    ...both(
      (v) => `<main class="checkout"><h1>Pay Northwind Coffee</h1><form id="payment-form"><label for="email">Email</label><input id="email" type="email" value="ada@example.com"><div id="email-errors" role="alert"></div>
<div id="${v('card-element', 'payment-element')}" class="StripeElement StripeElement--invalid"><input aria-label="Card number" value="4242 4242"></div>
<button type="button" id="submit"><span id="button-text">Pay now</span></button>
<div id="${v('card-errors', 'payment-message')}" role="alert">Your card number is incomplete.</div></form>
<p class="hint">Test card: 4242 4242 4242 4242, any future date, any CVC.</p><div id="address-errors" role="alert"></div></main>`,
    ),
    body: `await expect(page.locator('#card-errors')).toHaveText('Your card number is incomplete.');`,
    expect: 'heal',
    target: '#payment-message',
  },
  // Grafana moved its e2e selectors from aria-label to data-testid, prefixing the values (`aria-label="Panel header CPU usage"` -> `data-testid="data-testid Panel header CPU usage"`).
  {
    id: 'd7-testid-grafana-panel-header',
    kind: 'test id',
    ...both((v) => {
      const sel = (name: string) => v(`aria-label="${name}"`, `data-testid="data-testid ${name}"`);
      const panel = (title: string, extra: string) =>
        `<div class="react-grid-item"><section class="panel-container"><div class="panel-header" ${sel(`Panel header ${title}`)} ${extra}><h2 class="panel-title">${title}</h2></div><div class="panel-content"><svg width="120" height="40"></svg></div></section></div>`;
      return `<nav ${sel('Dashboard navigation')} class="dashnav"><a href="#/dashboards" ${WRITES('dashboards')}>Dashboards</a> / <span>Node exporter</span><button type="button" ${WRITES('refresh')}>Refresh</button></nav>
<main class="dashboard"><div class="submenu"><label for="var-host">host</label><select id="var-host"><option>web-1</option><option>web-2</option></select></div>
<div class="react-grid-layout">${panel('CPU usage', DONE)}${panel('CPU usage by mode', WRITES('cpu-mode'))}${panel('Memory usage', WRITES('memory'))}${panel('Disk I/O', WRITES('disk'))}</div></main>${OUT}`;
    }),
    body: `await page.locator('[aria-label="Panel header CPU usage"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="data-testid Panel header CPU usage"]',
  },
  // Jenkins 2.264 moved job configuration forms from tables to divs ("tables to divs"): `td.setting-name` became `div.setting-name`.
  {
    id: 'd7-xpath-jenkins-tables-to-divs',
    kind: 'xpath',
    ...both((v) => {
      const row = (name: string, main: string) =>
        v(`<tr><td class="setting-leftspace"></td><td class="setting-name">${name}</td><td class="setting-main">${main}</td></tr>`, `<div class="tr"><div class="setting-leftspace"></div><div class="setting-name">${name}</div><div class="setting-main">${main}</div></div>`);
      return `<header id="page-header"><a href="#/" id="jenkins-home-link">Jenkins</a></header><div id="breadcrumbBar"><a href="#/job/engine">engine</a> › Configuration</div>
<main id="main-panel"><form name="config">${v('<table class="config-table" id="main-table"><tbody>', '<div class="config-table" id="main-table">')}
${row('Description', '<textarea name="description" rows="5"></textarea>')}${row('Display Name', '<input name="_.displayNameOrNull" type="text">')}
${row('', '<label><input type="checkbox" name="logrotate"> Discard old builds</label>')}${row('Execute shell › Command', '<textarea name="command" rows="5">npm ci\nnpm test</textarea>')}
${v('</tbody></table>', '</div>')}<div class="bottom-sticker"><input type="button" value="Save"><input type="button" value="Apply"></div></form></main>`;
    }),
    body: `await page\n    .locator('//td[@class="setting-name" and normalize-space()="Description"]/following-sibling::td[@class="setting-main"]//textarea')\n    .fill('A small analytical engine.');\n  await expect(page.locator('textarea[name="description"]')).toHaveValue('A small analytical engine.');`,
    expect: 'heal',
    target: 'textarea[name="description"]',
  },
  // Rails 7 replaced rails-ujs with Turbo: `link_to ..., method: :delete` now renders `data-turbo-method="delete"` instead of `data-method="delete"`.
  {
    id: 'd7-attr-rails7-turbo-method',
    kind: 'css class',
    ...both((v) => {
      const method = (m: string) => v(`data-method="${m}" rel="nofollow"`, `data-turbo-method="${m}"`);
      const confirm = (text: string) => v(`data-confirm="${text}"`, `data-turbo-confirm="${text}"`);
      return `<nav class="navbar"><a href="#/" class="brand" ${WRITES('brand')}>Ledgerly</a><a href="#/invoices" ${WRITES('invoices')}>Invoices</a>
<a href="#/notifications/read_all" ${method('patch')} ${WRITES('read-all')}>Mark all as read</a><a href="#/account" ${WRITES('account')}>Account</a><a href="#/session" ${method('delete')} ${DONE}>Sign out</a></nav>
<main><h1>Invoices</h1><table><tbody><tr><td>INV-0042</td><td>Northwind Traders</td><td><a href="#/invoices/42/edit" ${WRITES('edit')}>Edit</a> <a href="#/invoices/42/send" ${method('post')} ${WRITES('send')}>Send</a></td></tr></tbody></table>
<form class="button_to" method="post" action="#/account"><input type="hidden" name="_method" value="delete"><button type="button" ${confirm('Delete your account?')} ${WRITES('delete-account')}>Delete account</button></form></main>${OUT}`;
    }),
    body: `await page.locator('a[data-method="delete"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a[data-turbo-method="delete"]',
  },
];

const refuse: Drift[] = [
  // YouTube hid public dislike counts (November 2021): the dislike button lost its count; the like button keeps "along with N other people".
  {
    id: 'd7-refuse-youtube-dislike-count-hidden',
    kind: 'refuse',
    ...both(
      (v) => `<main class="watch"><div class="player" style="width:320px;height:180px;background:#000"></div><h1>Building a sourdough starter</h1>
<div id="top-level-buttons" class="actions"><button type="button" aria-label="like this video along with 1,204 other people" aria-pressed="false">👍 1.2K</button>
<button type="button" aria-label="${v('dislike this video along with 87 other people', 'Dislike this video')}" aria-pressed="false">👎${v(' 87', '')}</button>
<button type="button" aria-label="Share">Share</button><button type="button" aria-label="Save to playlist">Save</button></div>
<section class="comments"><h2>312 Comments</h2><div class="comment"><p>Mine took 9 days to get going.</p><button type="button" aria-label="Like this comment along with 87 other people">👍 87</button><button type="button" aria-label="Dislike this comment">👎</button></div></section></main>`,
    ),
    body: `await expect(page.getByLabel('dislike this video along with 87 other people')).toBeVisible();`,
    expect: 'refuse',
  },
  // Amazon raised the free-shipping minimum for non-Prime orders from $35 to $49 (February 2017): the banner that states it must fail the test.
  {
    id: 'd7-refuse-text-free-shipping-threshold',
    kind: 'refuse',
    ...both(
      (v) => `<div class="nav-belt"><a href="#/" class="nav-logo">amazon</a><form role="search"><input type="search" aria-label="Search Amazon"></form><a href="#/cart">Cart</a></div>
<div class="banner" role="region" aria-label="Promotions"><p>FREE Shipping on orders over ${v('$35', '$49')} shipped by Amazon. <a href="#/free-shipping">Details</a></p></div>
<main class="product"><h1>Enamel kettle, 1.7 L</h1><p class="price">$48.00</p><p class="delivery">Or fastest delivery Tomorrow. Order within 3 hrs 12 mins.</p>
<p class="prime">FREE delivery with Prime. <a href="#/prime">Try Prime free for 30 days</a></p><button type="button">Add to Cart</button></main>`,
    ),
    body: `await expect(page.getByText('FREE Shipping on orders over $35')).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded post's scheduled date now lies in the past (the fixture's dates were never moved): it was published, so the Scheduled list is empty; drafts keep their Edit buttons.
  {
    id: 'd7-refuse-chain-scheduled-emptied',
    kind: 'refuse',
    ...both(
      (v) => `<main class="publishing"><h1>Posts</h1>
<section aria-labelledby="sched-h"><h2 id="sched-h">Scheduled</h2><ul aria-label="Scheduled posts">${v(`<li>Spring tides this weekend · Sat 09:00 <button type="button" ${DONE}>Edit</button><button type="button" ${WRITES('unschedule')}>Unschedule</button></li>`, '')}</ul>${v('', '<p class="empty">Nothing scheduled. Posts you schedule will show up here.</p>')}</section>
<section aria-labelledby="drafts-h"><h2 id="drafts-h">Drafts</h2><ul aria-label="Drafts"><li>Neap tides, explained <button type="button" ${WRITES('edit-draft-1')}>Edit</button></li><li>Reading a tide table <button type="button" ${WRITES('edit-draft-2')}>Edit</button></li></ul></section>
<section aria-labelledby="pub-h"><h2 id="pub-h">Published</h2><ul aria-label="Published posts">${v('', `<li>Spring tides this weekend · published Sat 09:00 <button type="button" ${WRITES('edit-published')}>Edit</button></li>`)}<li>Tide tables for 1,400 stations <button type="button" ${WRITES('edit-published-2')}>Edit</button></li></ul></section></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('list', { name: 'Scheduled posts' })\n    .getByRole('listitem')\n    .first()\n    .getByRole('button', { name: 'Edit' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The shop turned on carrier-calculated rates: the single "Standard" rate became one per carrier, "Standard (UPS Ground)" and "Standard (USPS Priority Mail)" (two equal candidates).
  {
    id: 'd7-refuse-standard-rate-per-carrier',
    kind: 'refuse',
    ...both((v) => {
      const rate = (value: string, label: string, price: string) => `<label class="rate"><input type="radio" name="shipping" value="${value}"> ${label} <span class="price">${price}</span></label>`;
      return `<main class="checkout"><h1>Shipping method</h1><fieldset><legend>Choose a shipping method</legend>
${v(rate('standard', 'Standard · 3–5 business days', '$6.90'), `${rate('ups-ground', 'Standard (UPS Ground) · 3–5 business days', '$6.90')}${rate('usps-priority', 'Standard (USPS Priority Mail) · 2–3 business days', '$6.90')}`)}${rate('express', 'Express · 1–2 business days', '$14.90')}</fieldset>
<button type="button">Continue to payment</button><p class="note">Standard shipping is free on orders over $100.</p></main>`;
    }),
    body: `await page.getByRole('radio', { name: 'Standard' }).check();\n  await expect(page.locator('input[value="standard"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // The domain's DNS record was changed by the seeded project (fixture change): Vercel's domain card reads "Invalid Configuration"; the test that checks it must fail.
  {
    id: 'd7-refuse-text-vercel-invalid-configuration',
    kind: 'refuse',
    ...both(
      (v) => `<main class="project-domains"><h1>Domains</h1><input type="text" aria-label="Domain" placeholder="mywebsite.com"><button type="button">Add</button>
<section class="domain-card"><h2><a href="#/northwind.dev">northwind.dev</a></h2><p class="status ${v('valid', 'invalid')}">${v('Valid Configuration', 'Invalid Configuration')}</p><p>Production</p>${v('', '<p>Set the following record on your DNS provider to continue: A @ 76.76.21.21</p>')}<button type="button">Edit</button></section>
<section class="domain-card"><h2><a href="#/www.northwind.dev">www.northwind.dev</a></h2><p class="status">Redirects to northwind.dev</p><button type="button">Edit</button></section></main>`,
    ),
    body: `await expect(page.getByText('Valid Configuration', { exact: true })).toBeVisible();`,
    expect: 'refuse',
  },
  // The seeded subscription's payment collection is paused after a fixture change: Stripe's subscription page offers "Resume payment collection" where "Pause payment collection" was.
  {
    id: 'd7-refuse-stripe-pause-now-resume',
    kind: 'refuse',
    ...both(
      (v) => `<main class="subscription"><h1>Northwind Coffee · Monthly beans</h1><p class="status">${v('Active', 'Active · Payment collection paused')}</p>
<div class="actions"><button type="button" ${WRITES('update')}>Update subscription</button>${v(`<button type="button" ${DONE}>Pause payment collection</button>`, `<button type="button" ${WRITES('resume')}>Resume payment collection</button>`)}<button type="button" ${WRITES('cancel')}>Cancel subscription</button></div>
<section><h2>Upcoming invoice</h2><p>$24.00 on 1 June</p>${v('', '<p>Invoices will be marked uncollectible while collection is paused.</p>')}</section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause payment collection' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Campaign page redesign like Mailchimp's: "Send test email" moved into the closed "Preview" menu, and "Send now" (to the whole audience) took its slot.
  {
    id: 'd7-refuse-send-test-now-send-now',
    kind: 'refuse',
    ...both(
      (v) => `<main class="campaign"><h1>Spring newsletter</h1><p>To: All subscribers (12,408 contacts) · From: Field Notes</p>
<div class="campaign-actions">${v(
        `<button type="button" ${DONE}>Send test email</button><button type="button" ${WRITES('preview')}>Preview</button>`,
        `<button type="button" ${WRITES('send-now')}>Send now</button><button type="button" aria-haspopup="menu" aria-expanded="false" ${WRITES('preview')}>Preview</button><div role="menu" hidden><div role="menuitem" ${WRITES('desktop')}>Desktop preview</div><div role="menuitem" ${DONE}>Send test email</div></div>`,
      )}<button type="button" ${WRITES('schedule')}>Schedule</button>${v(`<button type="button" ${WRITES('send')}>Send</button>`, '')}</div>
<section class="checklist"><h2>Checklist</h2><ul><li>Subject line · Spring tides ahead</li><li>Content · 3 blocks</li><li>Test emails sent · 0</li></ul></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Send test email' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Calendar fixtures regenerated: the seeded "Sprint planning" event is gone; "Sprint review", another event, sits in its 10:00 slot.
  {
    id: 'd7-refuse-calendar-different-event',
    kind: 'refuse',
    ...both((v) => {
      const event = (time: string, title: string, extra: string) => `<div class="event"><button type="button" ${extra}><span class="time">${time}</span> <span class="title">${title}</span></button></div>`;
      return `<main class="calendar"><h1>Tuesday, 12 May</h1><div class="day-grid">${event('09:00', 'Standup', WRITES('standup'))}${v(event('10:00', 'Sprint planning', DONE), event('10:00', 'Sprint review', WRITES('review')))}${event('13:00', '1:1 Grace', WRITES('one-on-one'))}${event('15:00', 'Sprint retro prep', WRITES('retro'))}</div>
<aside class="mini-calendar"><h2>May</h2><button type="button" ${WRITES('today')}>Today</button></aside></main>${OUT}`;
    }),
    body: `await page.getByRole('button', { name: 'Sprint planning' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // A required status check now fails on the seeded pull request: GitHub disables "Merge pull request" ("Merging is blocked"); an admin-only bypass checkbox appears.
  {
    id: 'd7-refuse-github-merge-disabled',
    kind: 'refuse',
    ...both(
      (v) => `<main class="pull-request"><h1>Add retry to webhook delivery #4471</h1><div class="merge-box">
<div class="merge-status"><h3>${v('All checks have passed', 'Some checks were not successful')}</h3><p>${v('3 successful checks', '1 failing and 2 successful checks')}</p></div>
<div class="merge-status"><h3>${v('This branch has no conflicts with the base branch', 'Merging is blocked')}</h3><p>${v('Merging can be performed automatically.', 'Required statuses must pass before merging.')}</p></div>
${v('', '<label><input type="checkbox" name="bypass"> Merge without waiting for requirements to be met (bypass branch protections)</label>')}
<button type="button" class="btn btn-primary merge-button" ${v(DONE, `disabled ${DONE}`)}>Merge pull request</button><button type="button" class="btn" ${WRITES('update-branch')}>Update branch</button></div></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Merge pull request' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Instagram removed the Activity feed's "Following" tab (October 2019); only "You" is left, and suggested accounts keep their "Following" buttons.
  {
    id: 'd7-refuse-instagram-following-tab-removed',
    kind: 'refuse',
    ...both(
      (v) => `<main class="activity"><h1>Activity</h1>${v(
        `<div role="tablist" aria-label="Activity"><button type="button" role="tab" aria-selected="false" ${DONE}>Following</button><button type="button" role="tab" aria-selected="true" ${WRITES('you-tab')}>You</button></div>`,
        '',
      )}
<ul class="notifications"><li>grace.hopper liked your photo. 2h</li><li>linus.lee started following you. 1d</li></ul>
<section class="suggested"><h2>Suggested for you</h2><ul><li>mary.somerville <button type="button" ${WRITES('following-mary')}>Following</button></li><li>charles.babbage <button type="button" ${WRITES('follow-charles')}>Follow</button></li></ul></section>
<p><a href="#/ada/following" ${WRITES('following-link')}>212 following</a></p></main>${OUT}`,
    ),
    body: `await page.getByRole('tab', { name: 'Following' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // YouTube retired its Trending page (July 2025) for category charts ("Trending Music Videos", "Trending Movie Trailers"); the guide's "Trending" entry is gone.
  {
    id: 'd7-refuse-youtube-trending-retired',
    kind: 'refuse',
    ...both(
      (v) => `<nav aria-label="Guide" class="guide"><a href="#/" ${WRITES('home')}>Home</a><a href="#/shorts" ${WRITES('shorts')}>Shorts</a><a href="#/feed/subscriptions" ${WRITES('subs')}>Subscriptions</a>
<h2>Explore</h2>${v(`<a href="#/feed/trending" ${DONE}>Trending</a>`, '')}<a href="#/feed/shopping" ${WRITES('shopping')}>Shopping</a><a href="#/channel/music" ${WRITES('music')}>Music</a><a href="#/feed/gaming" ${WRITES('gaming')}>Gaming</a><a href="#/channel/news" ${WRITES('news')}>News</a><a href="#/channel/sports" ${WRITES('sports')}>Sports</a></nav>
<main><h1>${v('Home', 'Explore')}</h1>${v('', `<section class="charts"><h2>Charts</h2><a href="#/charts/music-videos" ${WRITES('chart-music')}>Trending Music Videos</a><a href="#/charts/podcasts" ${WRITES('chart-podcasts')}>Weekly Top Podcast Shows</a><a href="#/charts/trailers" ${WRITES('chart-trailers')}>Trending Movie Trailers</a></section>`)}
<ul><li>Building a sourdough starter</li><li>Shaping a batard</li></ul></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Trending', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Jira's issue view redesign: "Log work" moved off the action bar into the closed "More actions" (•••) menu (page object).
  {
    id: 'd7-refuse-po-jira-log-work-behind-menu',
    kind: 'refuse',
    ...both(
      (v) => `<main class="issue-view"><h1>KAN-12 Fix login redirect</h1>
<div role="toolbar" aria-label="Issue actions" class="issue-actions"><button type="button" ${WRITES('attach')}>Attach</button><button type="button" ${WRITES('child')}>Add a child issue</button><button type="button" ${WRITES('link')}>Link issue</button>
${v(`<button type="button" ${DONE}>Log work</button>`, `<button type="button" aria-label="More actions" aria-haspopup="menu" aria-expanded="false" ${WRITES('more')}>•••</button><div role="menu" hidden><div role="menuitem" ${DONE}>Log work</div><div role="menuitem" ${WRITES('clone')}>Clone</div><div role="menuitem" ${WRITES('move')}>Move</div><div role="menuitem" ${WRITES('delete')}>Delete</div></div>`)}</div>
<p class="description">After sign-in the user lands on a 404.</p></main>
<aside aria-label="Details" class="issue-details"><h2>Details</h2><p>Assignee: Ada Lovelace</p><h3>Time tracking</h3><p>No time logged</p><button type="button" ${WRITES('time-tracking')}>Time tracking</button></aside>${OUT}`,
    ),
    imports: `import { IssueView } from './issue-view';`,
    files: {
      'issue-view.ts': `import type { Page } from '@playwright/test';

export class IssueView {
  constructor(readonly page: Page) {}

  async logWork() {
    await this.page
      .getByRole('toolbar', { name: 'Issue actions' })
      .getByRole('button', { name: 'Log work' })
      .click();
  }
}
`,
    },
    body: `await new IssueView(page).logWork();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_7_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
