// Fourth development set of selector drifts, written the way a test engineer meets them after a release:
// copy edits (rewording, capitalisation, en-GB/en-US locale, pluralisation, brand and terminology renames,
// count badges) on role, label, placeholder, alt, title and text locators; Prettier-style multi-line chains
// in the test body and in page objects where either the scope step or a later step drifts; a few
// component-library class, id, test-id and XPath drifts; and releases where any patch would be wrong
// (removed while a lookalike stays, moved behind a tab or disclosure, list emptied, two equal candidates,
// a state change, the opposite meaning). Pages carry decoys that share words, classes or attributes with
// the target. Heal cases name the `target` the drifted locator must now find; refuse cases have none.
import type { Drift } from './drifts.js';
import { both, CHECK, DONE, GIF, OUT, WRITES } from './page-kit.js';

const renamedText: Drift[] = [
  // WooCommerce Cart block replaced the classic cart shortcode: "Proceed to checkout" -> "Proceed to Checkout".
  {
    id: 'd4-role-woo-proceed-capitalised',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="site-title">Kettle &amp; Crumb</a><a href="#/cart" class="cart-contents" ${WRITES('mini-cart')}>Cart (2)</a></header>
<main class="${v('woocommerce-cart', 'wp-block-woocommerce-cart')}"><h1>Cart</h1>
<table class="shop_table cart"><thead><tr><th>Product</th><th>Price</th><th>Quantity</th><th>Subtotal</th></tr></thead><tbody>
<tr class="cart_item"><td>Enamel kettle</td><td>$48.00</td><td><input type="number" value="1" aria-label="Enamel kettle quantity"></td><td>$48.00</td></tr>
<tr class="cart_item"><td>Stoneware mugs (set of 2)</td><td>$26.00</td><td><input type="number" value="1" aria-label="Stoneware mugs quantity"></td><td>$26.00</td></tr></tbody></table>
<div class="coupon"><label for="coupon_code">Coupon:</label><input id="coupon_code" name="coupon_code" placeholder="Coupon code"><button type="button" ${WRITES('coupon')}>Apply coupon</button><button type="button" ${WRITES('update')}>Update cart</button></div>
<div class="cart-collaterals"><h2>Cart totals</h2><p>Subtotal $74.00</p><p>Total $74.00</p>
${v(`<a href="#/checkout" class="checkout-button button alt wc-forward" ${DONE}>Proceed to checkout</a>`, `<a href="#/checkout" class="wc-block-cart__submit-button wc-block-components-button" ${DONE}>Proceed to Checkout</a>`)}
<div class="express-checkout"><p>Express checkout</p><button type="button" class="paypal" ${WRITES('paypal')}>Checkout with PayPal</button></div></div>
<section class="cross-sells"><h2>You may be interested in…</h2><a href="#/p/tea-towel" ${WRITES('towel')}>Linen tea towel</a><button type="button" class="add_to_cart_button" ${WRITES('add-towel')}>Add to cart</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Proceed to checkout', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'a.wc-block-cart__submit-button',
  },
  // Shopify store switched its default locale from en-GB to en-US: the variant option "Colour" -> "Color".
  {
    id: 'd4-label-colour-to-color',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="product"><div class="product__media"><img src="${GIF}" alt="Fisherman rib beanie in navy" width="200" height="200"></div>
<div class="product__info"><h1>Fisherman rib beanie</h1><p class="price">${v('£24.00', '$29.00')}</p>
<div class="product-form__input"><label for="Option-1">${v('Colour', 'Color')}</label><select id="Option-1" name="options[1]"><option>Oatmeal</option><option>Navy</option><option>Rust</option></select>
<a href="#/pages/colour-guide" class="link" ${WRITES('guide')}>${v('Colour guide', 'Color guide')}</a></div>
<div class="product-form__input"><label for="Option-2">Size</label><select id="Option-2" name="options[2]"><option>One size</option><option>Kids</option></select></div>
<label class="swatch-toggle"><input type="checkbox" id="swatch-names" name="swatch_names"> ${v('Show colour names', 'Show color names')}</label>
<button type="button" class="product-form__submit" ${WRITES('add')}>Add to cart</button></div></main>
<section class="complementary"><h2>Pairs well with</h2><p>Lambswool scarf — ${v('3 colours', '3 colors')}</p></section>`,
    ),
    body: `await page.getByLabel('Colour', { exact: true }).selectOption('Navy');\n  await expect(page.locator('select[name="options[1]"]')).toHaveValue('Navy');`,
    expect: 'heal',
    target: '#Option-1',
  },
  // Admin console sidebar pluralised its section names for consistency ("Report" -> "Reports", "Invoice" -> "Invoices").
  {
    id: 'd4-link-report-pluralised',
    kind: 'renamed text',
    ...both(
      (v) => `<nav class="sidebar" aria-label="Sections"><a href="#/home" ${WRITES('home')}>Home</a><a href="#/invoices" ${WRITES('invoices')}>${v('Invoice', 'Invoices')}</a>
<a href="#/reports" ${DONE}>${v('Report', 'Reports')}</a><a href="#/reports/scheduled" ${WRITES('scheduled')}>Scheduled reports</a><a href="#/customers" ${WRITES('customers')}>${v('Customer', 'Customers')}</a></nav>
<main><h1>Home</h1><p>Revenue this month: $18,420</p><a href="#/reports/new" class="btn" ${WRITES('new-report')}>Create a report</a></main>
<footer><a href="#/support/report-a-problem" ${WRITES('problem')}>Report a problem</a><a href="#/status" ${WRITES('status')}>Status</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('link', { name: 'Report', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'nav.sidebar a[href="#/reports"]',
  },
  // Twitter rebranded to X (July 2023): social sign-in buttons went from "Sign in with Twitter" to "Sign in with X".
  {
    id: 'd4-role-twitter-to-x',
    kind: 'renamed text',
    ...both(
      (v) => `<main class="auth"><h1>Sign in to Pinboard Pro</h1>
<form class="password-form"><label for="email">Email</label><input id="email" type="email"><label for="pw">Password</label><input id="pw" type="password"><button type="button" class="btn-primary" ${WRITES('password')}>Sign in</button></form>
<p class="or">or</p><div class="social">
<button type="button" class="btn-social btn-google" ${WRITES('google')}>Sign in with Google</button>
<button type="button" class="btn-social btn-github" ${WRITES('github')}>Sign in with GitHub</button>
<button type="button" class="btn-social ${v('btn-twitter', 'btn-x')}" ${DONE}>${v('Sign in with Twitter', 'Sign in with X')}</button></div>
<p><a href="#/signup" ${WRITES('signup')}>Create an account</a></p></main>
<footer><a href="#/social" ${WRITES('follow')}>${v('Follow us on Twitter', 'Follow us on X')}</a><a href="#/privacy" ${WRITES('privacy')}>Privacy</a></footer>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Sign in with Twitter' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.btn-x',
  },
  // Jira renamed "issues" to "work items" (2025): the backlog's inline "Create issue" became "Create work item".
  {
    id: 'd4-role-jira-work-item',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="board-header"><h1>KAN board</h1><button type="button" ${WRITES('create-global')}>Create</button><button type="button" ${WRITES('sprint')}>Create sprint</button></header>
<section class="backlog" aria-label="Backlog"><h2>Backlog (3 ${v('issues', 'work items')})</h2><ul>
<li>KAN-12 Fix login redirect <button type="button" ${WRITES('link-12')}>${v('Link issue', 'Link work item')}</button></li>
<li>KAN-13 Update onboarding copy <button type="button" ${WRITES('link-13')}>${v('Link issue', 'Link work item')}</button></li>
<li>KAN-14 Flaky test on CI <button type="button" ${WRITES('link-14')}>${v('Link issue', 'Link work item')}</button></li></ul>
<button type="button" class="backlog-create" ${DONE}>${v('Create issue', 'Create work item')}</button></section>
<aside class="filters"><label><input type="checkbox" name="mine"> Only my ${v('issues', 'work items')}</label><label><input type="checkbox" name="recent"> Recently updated</label></aside>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Create issue' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.backlog-create',
  },
  // GitHub's 2023 header search: the placeholder "Search or jump to..." became "Type / to search".
  {
    id: 'd4-placeholder-github-search',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="AppHeader"><a href="#/" class="AppHeader-logo" aria-label="Homepage">◎</a>
<form class="search" role="search"><input type="text" name="q" placeholder="${v('Search or jump to...', 'Type / to search')}" autocomplete="off"></form>
<a href="#/pulls" ${WRITES('pulls')}>Pull requests</a><a href="#/issues" ${WRITES('issues')}>Issues</a></header>
<div class="layout"><aside class="dashboard-sidebar"><h2>Top repositories</h2><input type="text" name="repo-filter" placeholder="Find a repository…"><ul><li>ada/engine</li><li>ada/notes</li></ul></aside>
<main><h1>Home</h1><input type="text" name="feed-filter" placeholder="Filter activity"><p>grace starred ada/engine</p></main></div>`,
    ),
    body: `await page.getByPlaceholder('Search or jump to...').fill('healwright');\n  await expect(page.locator('header input[name="q"]')).toHaveValue('healwright');`,
    expect: 'heal',
    target: 'header input[name="q"]',
  },
  // GitHub-style avatars switched their alt from the display name to the handle ("Ada Lovelace" -> "@ada").
  {
    id: 'd4-alt-avatar-handle',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="AppHeader"><a href="#/" class="logo">Forge</a><a href="#/notifications" ${WRITES('notifications')}>Inbox</a>
<button type="button" class="avatar-button" aria-haspopup="menu" ${DONE}><img src="${GIF}" alt="${v('Ada Lovelace', '@ada')}" width="32" height="32"></button></header>
<main class="discussion"><h1>Crash on empty config #482</h1>
<div class="comment"><img src="${GIF}" alt="${v('Grace Hopper', '@grace')}" width="24" height="24" ${WRITES('grace')}><p>Repro attached. Happens with an empty .forgerc.</p></div>
<div class="comment"><img src="${GIF}" alt="${v('Linus Lovelace', '@linus')}" width="24" height="24" ${WRITES('linus')}><p>Fixed in #483, thanks Ada.</p></div>
<p class="assignee">Assigned to Ada Lovelace</p></main>${OUT}`,
    ),
    body: `await page.getByAltText('Ada Lovelace').click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header .avatar-button img',
  },
  // Primer's CopyToClipboard refresh shortened the code-block button title: "Copy to clipboard" -> "Copy".
  {
    id: 'd4-title-copy-clipboard',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="repo-header"><h1>ada/engine</h1><div class="clone-box"><input readonly value="git@forge.example:ada/engine.git" aria-label="Clone URL"><button type="button" class="clone-copy" title="${v('Copy url to clipboard', 'Copy URL')}" ${WRITES('clone')}>⧉</button></div></div>
<article class="markdown-body"><h2 id="install"><a href="#install" class="anchor" title="Copy link to this section" ${WRITES('anchor')}>#</a>Install</h2>
<p>Install the CLI globally:</p><div class="highlight"><pre>npm install -g engine-cli</pre><button type="button" class="copy-btn" title="${v('Copy to clipboard', 'Copy')}" ${DONE}>⧉</button></div>
<p>Then run <code>engine init</code>.</p></article>
<aside class="blob-actions"><button type="button" title="Copy permalink" ${WRITES('permalink')}>Permalink</button><button type="button" title="Copy path" ${WRITES('path')}>Path</button></aside>${OUT}`,
    ),
    body: `await page.getByTitle('Copy to clipboard').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.markdown-body .copy-btn',
  },
  // Algolia InstantSearch empty state reworded by the content team: "No results found" -> "No matches for “…”".
  {
    id: 'd4-text-empty-state',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="search-header"><input type="search" name="query" value="zzq" aria-label="Search docs"><span class="results-count">0 results</span></header>
<div class="layout"><aside class="facets"><h3>Category</h3><p class="facet-empty">No filters applied</p><h3>Results per page</h3><select aria-label="Results per page"><option>20</option><option>50</option></select></aside>
<main class="ais-Hits"><div class="empty-state"><p class="empty-state__title">${v('No results found', 'No matches for “zzq”')}</p><p class="empty-state__hint">Try a shorter query or check the spelling.</p><a href="#/search" class="clear">Clear search</a></div></main></div>
<footer><p>Search by Algolia</p></footer>`,
    ),
    body: `await expect(page.getByText('No results found')).toBeVisible();`,
    expect: 'heal',
    target: 'p.empty-state__title',
  },
  // Airbnb-style search bar: the "Filters" button now carries a count badge of active filters ("Filters" -> "Filters 2").
  {
    id: 'd4-role-filters-count-badge',
    kind: 'renamed text',
    ...both(
      (v) => `<div class="search-bar"><input aria-label="Where" value="Lisbon"><input aria-label="Check in" value="12 May"><input aria-label="Check out" value="15 May">
<button type="button" class="filter-toggle" ${DONE}>Filters${v('', ' <span class="badge">2</span>')}</button>
<button type="button" class="clear-filters" ${WRITES('clear')}>Clear filters</button><button type="button" ${WRITES('save')}>Save search</button></div>
<div class="chips"><button type="button" ${WRITES('pool')}>Pool</button><button type="button" ${WRITES('wifi')}>Wifi</button><button type="button" ${WRITES('pets')}>Allows pets</button></div>
<main><h1>Over 1,000 places in Lisbon</h1><ul><li>Loft in Alfama · €120 night</li><li>Flat near Bairro Alto · €95 night</li></ul></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Filters', exact: true }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'button.filter-toggle',
  },
  // App localised for the UK market (en-US -> en-GB): the "Favorites" tab became "Favourites".
  {
    id: 'd4-tab-favourites-en-gb',
    kind: 'renamed text',
    ...both((v) => {
      const fav = v('Add to favorites', 'Add to favourites');
      return `<main class="library"><h1>Your library</h1>
<div role="tablist" aria-label="Library"><button role="tab" aria-selected="true" ${WRITES('recent')}>Recent</button><button role="tab" aria-selected="false" ${DONE}>${v('Favorites', 'Favourites')}</button><button role="tab" aria-selected="false" ${WRITES('shared')}>Shared with me</button></div>
<ul class="files"><li>Budget 2024.xlsx <button type="button" ${WRITES('fav-budget')}>${fav}</button></li><li>Roadmap.pdf <button type="button" ${WRITES('fav-roadmap')}>${fav}</button></li><li>${v('Color', 'Colour')} palette.png <button type="button" ${WRITES('fav-palette')}>${fav}</button></li></ul></main>${OUT}`;
    }),
    body: `await page.getByRole('tab', { name: 'Favorites' }).click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="tab"]:text-is("Favourites")',
  },
  // Help-centre redesign shortened the section heading: "Frequently asked questions" -> "FAQs".
  {
    id: 'd4-heading-faq-abbreviated',
    kind: 'renamed text',
    ...both(
      (v) => `<header class="help-header"><a href="#/" class="logo">Parcelly Help</a><input type="search" aria-label="Search help articles" placeholder="Search help articles"></header>
<main><h1>How can we help?</h1>
<section class="topics"><h2>Popular topics</h2><ul><li><a href="#/t/tracking">Tracking a parcel</a></li><li><a href="#/t/returns">Returns and refunds</a></li></ul></section>
<section class="faq" aria-labelledby="faq-heading"><h2 id="faq-heading">${v('Frequently asked questions', 'FAQs')}</h2>
<details><summary>Where is my parcel?</summary><p>Use the tracking link in your email.</p></details>
<details><summary>How do I change my delivery address?</summary><p>Open the parcel and choose Change address.</p></details>
<h3>Questions about billing</h3><p>See our billing guide.</p></section>
<section class="contact"><h2>Still have questions?</h2><a href="#/contact">Contact us</a></section></main>`,
    ),
    body: `await expect(page.getByRole('heading', { name: 'Frequently asked questions' })).toBeVisible();`,
    expect: 'heal',
    target: '#faq-heading',
  },
];

const chains: Drift[] = [
  // en-GB localisation of the checkout review step: the "Shipping address" region became "Delivery address".
  {
    id: 'd4-chain-region-delivery-address',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="review"><h1>Review your order</h1>
<section aria-labelledby="ship-h" class="review-card"><h2 id="ship-h">${v('Shipping address', 'Delivery address')}</h2><p>Ada Lovelace, 12 St James's Square, London SW1Y 4JH</p><button type="button" ${DONE}>Edit</button></section>
<section aria-labelledby="bill-h" class="review-card"><h2 id="bill-h">Billing address</h2><p>Same as ${v('shipping', 'delivery')} address</p><button type="button" ${WRITES('bill')}>Edit</button></section>
<section aria-labelledby="pay-h" class="review-card"><h2 id="pay-h">Payment</h2><p>Visa ending 4242</p><button type="button" ${WRITES('pay')}>Edit</button></section>
<section aria-labelledby="method-h" class="review-card"><h2 id="method-h">${v('Shipping method', 'Delivery option')}</h2><p>Royal Mail Tracked 48</p><button type="button" ${WRITES('method')}>Change</button></section>
<button type="button" class="place-order" ${WRITES('place')}>Place order</button></main>${OUT}`,
    ),
    body: `await page\n    .getByRole('region', { name: 'Shipping address' })\n    .getByRole('button', { name: 'Edit' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: 'section[aria-labelledby="ship-h"] button',
  },
  // Pricing experiment shipped: the Team plan's "Get started" became "Start free trial"; the other plans keep theirs.
  {
    id: 'd4-chain-plan-card-cta',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (name: string, blurb: string, cta: string, extra: string) =>
        `<div class="plan-card"><h3>${name}</h3><p>${blurb}</p><a href="#/signup?plan=${name.toLowerCase()}" class="btn" ${extra}>${cta}</a></div>`;
      return `<h1>Pricing</h1><div class="billing-toggle"><button type="button" aria-pressed="true">Monthly</button><button type="button" aria-pressed="false">Yearly</button></div>
<div class="plans">${card('Starter', 'For individuals getting going.', 'Get started', WRITES('starter'))}${card('Team', 'Shared projects, roles and SSO.', v('Get started', 'Start free trial'), DONE)}${card('Enterprise', 'Audit logs and a dedicated manager.', 'Contact sales', WRITES('sales'))}</div>
<section class="faq"><h2>Questions</h2><p>Can I switch plans later? Yes, at any time.</p></section>${OUT}`;
    }),
    body: `await page\n    .locator('.plan-card')\n    .filter({ hasText: 'Team' })\n    .getByRole('link', { name: 'Get started' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.plan-card:has(h3:text-is("Team")) a',
  },
  // GitHub renamed the settings card "Billing and plans" to "Billing and licensing" (2024); the page object finds it by heading.
  {
    id: 'd4-chain-po-filter-has-heading',
    kind: 'multi-line chain',
    ...both((v) => {
      const card = (title: string, text: string, extra: string) => `<div class="settings-card"><h2>${title}</h2><p>${text}</p><a href="#/settings" ${extra}>Manage</a></div>`;
      return `<div class="layout"><nav class="settings-nav" aria-label="Settings"><a href="#/settings/profile" ${WRITES('nav-profile')}>Public profile</a><a href="#/settings/emails" ${WRITES('nav-emails')}>Emails</a><a href="#/settings/billing" ${WRITES('nav-billing')}>${v('Billing and plans', 'Billing and licensing')}</a><a href="#/settings/sessions" ${WRITES('nav-sessions')}>Sessions</a></nav>
<main><h1>Account overview</h1>
${card('Emails', 'Primary: ada@example.com', WRITES('emails'))}
${card(v('Billing and plans', 'Billing and licensing'), 'Pro · renews 1 June · Visa 4242', DONE)}
${card('Sessions', '3 active sessions', WRITES('sessions'))}</main></div>${OUT}`;
    }),
    imports: `import { SettingsPage } from './settings-page';`,
    files: {
      'settings-page.ts': `import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly manageBilling: Locator;

  constructor(readonly page: Page) {
    this.manageBilling = page
      .locator('.settings-card')
      .filter({ has: page.getByRole('heading', { name: 'Billing and plans' }) })
      .getByRole('link', { name: 'Manage' });
  }

  async openBilling() {
    await this.manageBilling.click();
  }
}
`,
    },
    body: `await new SettingsPage(page).openBilling();\n  ${CHECK}`,
    expect: 'heal',
    target: '.settings-card:has(h2:text-is("Billing and licensing")) a',
  },
  // Linear-style issue sidebar: the assignee picker's label "Assignees" became "Assign to"; the test picks the second option.
  {
    id: 'd4-chain-listbox-nth',
    kind: 'multi-line chain',
    ...both((v) => {
      const opt = (label: string, extra: string) => `<div role="option" aria-selected="false" ${extra}>${label}</div>`;
      return `<main class="issue"><h1>ENG-204 Crash on empty config</h1><p>Steps: run with an empty config file.</p></main>
<aside class="issue-sidebar"><h3>${v('Assignees', 'Assign to')}</h3><div role="listbox" aria-label="${v('Assignees', 'Assign to')}" class="picker">${opt('No assignee', WRITES('none'))}${opt('Ada Lovelace', DONE)}${opt('Grace Hopper', WRITES('grace'))}</div>
<h3>Labels</h3><div role="listbox" aria-label="Labels" class="picker">${opt('Bug', WRITES('bug'))}${opt('Feature', WRITES('feature'))}${opt('Assignee needed', WRITES('needs'))}</div>
<h3>Project</h3><div role="listbox" aria-label="Project" class="picker">${opt('No project', WRITES('no-project'))}${opt('Onboarding', WRITES('onboarding'))}</div></aside>${OUT}`;
    }),
    body: `await page\n    .getByRole('listbox', { name: 'Assignees' })\n    .getByRole('option')\n    .nth(1)\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[role="listbox"][aria-label="Assign to"] [role="option"]:nth-child(2)',
  },
  // Issue page moved to Primer's Timeline component: the comment class `.comment` became `.TimelineItem-body`.
  {
    id: 'd4-chain-last-timeline-class',
    kind: 'multi-line chain',
    ...both((v) => {
      const item = (author: string, text: string) => `<div class="${v('timeline-entry', 'TimelineItem')}"><span class="author">${author}</span><div class="${v('comment', 'TimelineItem-body')}">${text}</div></div>`;
      return `<main class="issue"><h1>Crash on empty config #482</h1>
<div class="pinned"><span class="author">maintainers</span><div class="comment">Pinned: please include your engine version.</div></div>
<div class="discussion-timeline">${item('grace', 'Repro attached. Happens with an empty .forgerc.')}${item('ada', 'Looking into it.')}${item('linus', 'Fixed in #482 and released in 4.2.1.')}</div>
<form class="new-comment"><label for="new-comment-field">Add a comment</label><textarea id="new-comment-field" class="comment-form-textarea"></textarea><button type="button">Comment</button></form></main>`;
    }),
    body: `await expect(\n    page\n      .locator('.discussion-timeline')\n      .locator('.comment')\n      .last(),\n  ).toContainText('Fixed in #482');`,
    expect: 'heal',
    target: '.discussion-timeline .TimelineItem:last-child .TimelineItem-body',
  },
  // Accessibility lint (a landmark's name shouldn't repeat its role): nav "Main navigation" -> "Primary" (page object).
  {
    id: 'd4-chain-po-nav-landmark-name',
    kind: 'multi-line chain',
    ...both(
      (v) => `<header class="site-header"><a href="#/" class="logo">Quarry</a><nav aria-label="${v('Main navigation', 'Primary')}"><a href="#/product" ${WRITES('product')}>Product</a><a href="#/docs" ${DONE}>Docs</a><a href="#/pricing" ${WRITES('pricing')}>Pricing</a><a href="#/blog" ${WRITES('blog')}>Blog</a></nav></header>
<nav aria-label="Breadcrumb" class="crumbs"><a href="#/" ${WRITES('crumb-home')}>Home</a> / <a href="#/docs" ${WRITES('crumb-docs')}>Docs</a> / <span>Install</span></nav>
<main><h1>Install Quarry</h1><p>Read the <a href="#/docs" ${WRITES('inline-docs')}>docs</a> for the full guide.</p></main>
<footer><nav aria-label="${v('Footer navigation', 'Footer')}"><a href="#/docs" ${WRITES('footer-docs')}>Docs</a><a href="#/status" ${WRITES('status')}>Status</a><a href="#/terms" ${WRITES('terms')}>Terms</a></nav></footer>${OUT}`,
    ),
    imports: `import { SiteHeader } from './site-header';`,
    files: {
      'site-header.ts': `import type { Locator, Page } from '@playwright/test';

export class SiteHeader {
  readonly docsLink: Locator;

  constructor(readonly page: Page) {
    this.docsLink = page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Docs' });
  }

  async openDocs() {
    await this.docsLink.click();
  }
}
`,
    },
    body: `await new SiteHeader(page).openDocs();\n  ${CHECK}`,
    expect: 'heal',
    target: 'header nav a[href="#/docs"]',
  },
  // Slack-style invite modal copy edit: the field label "Email addresses" became "Invite by email".
  {
    id: 'd4-chain-dialog-label',
    kind: 'multi-line chain',
    ...both(
      (v) => `<main class="workspace-settings"><h1>Workspace settings</h1><form class="profile"><label for="owner-email">Email address</label><input id="owner-email" type="email" value="ada@example.com"><button type="button">Save</button></form>
<button type="button">Invite people</button></main>
<div role="dialog" aria-modal="true" aria-labelledby="invite-title" class="modal"><h2 id="invite-title">Invite people to Northwind</h2>
<label for="invite-emails">${v('Email addresses', 'Invite by email')}</label><textarea id="invite-emails" name="emails"></textarea>
<label for="invite-channel">Add to channels</label><input id="invite-channel" value="#general">
<label><input type="checkbox" name="guest"> Invite as guests (people outside your domain)</label>
<div class="modal-footer"><button type="button">Copy invite link</button><button type="button">Send</button></div></div>`,
    ),
    body: `await page\n    .getByRole('dialog')\n    .filter({ hasText: 'Invite people' })\n    .getByLabel('Email addresses')\n    .fill('grace@example.com');\n  await expect(page.locator('textarea[name="emails"]')).toHaveValue('grace@example.com');`,
    expect: 'heal',
    target: '#invite-emails',
  },
  // Team settings table caption shortened: "Team members" -> "Members"; the page object scopes to the table by name.
  {
    id: 'd4-chain-po-table-caption',
    kind: 'multi-line chain',
    ...both((v) => {
      const row = (name: string, email: string, key: string, role: string) =>
        `<tr><td>${name}</td><td>${email}</td><td><select name="role-${key}" aria-label="Role"><option${role === 'Member' ? ' selected' : ''}>Member</option><option${role === 'Admin' ? ' selected' : ''}>Admin</option><option>Billing manager</option></select></td></tr>`;
      return `<main><h1>Team</h1>
<table class="members"><caption>${v('Team members', 'Members')}</caption><thead><tr><th>Name</th><th>Email</th><th>Role</th></tr></thead><tbody>${row('Ada Lovelace', 'ada@example.com', 'ada', 'Admin')}${row('Grace Hopper', 'grace@example.com', 'grace', 'Member')}${row('Linus Lee', 'linus@example.com', 'linus', 'Member')}</tbody></table>
<table class="members"><caption>Pending invitations</caption><thead><tr><th>Name</th><th>Email</th><th>Role</th></tr></thead><tbody>${row('—', 'grace.h@contractor.dev', 'invite-1', 'Member')}</tbody></table>
<p class="seats">3 of 5 ${v('team member', 'member')} seats used</p></main>`;
    }),
    imports: `import { MembersPage } from './members-page';`,
    files: {
      'members-page.ts': `import type { Locator, Page } from '@playwright/test';

export class MembersPage {
  constructor(readonly page: Page) {}

  roleSelect(email: string): Locator {
    return this.page
      .getByRole('table', { name: 'Team members' })
      .getByRole('row')
      .filter({ hasText: email })
      .getByRole('combobox', { name: 'Role' });
  }
}
`,
    },
    body: `await new MembersPage(page).roleSelect('grace@example.com').selectOption('Admin');\n  await expect(page.locator('select[name="role-grace"]')).toHaveValue('Admin');`,
    expect: 'heal',
    target: 'select[name="role-grace"]',
  },
  // MUI v4 -> v5: AccordionSummary's `.MuiAccordionSummary-expandIcon` became `.MuiAccordionSummary-expandIconWrapper` (page object).
  {
    id: 'd4-chain-po-mui5-expand-icon',
    kind: 'multi-line chain',
    ...both((v) => {
      const acc = (title: string, body: string, extra: string) =>
        `<div class="MuiPaper-root MuiAccordion-root"><div class="MuiButtonBase-root MuiAccordionSummary-root" role="button" aria-expanded="false"><div class="MuiAccordionSummary-content"><p class="MuiTypography-root">${title}</p></div>${v(
          `<div class="MuiButtonBase-root MuiIconButton-root MuiAccordionSummary-expandIcon MuiIconButton-edgeEnd" aria-hidden="true" ${extra}><span class="MuiIconButton-label">▾</span></div>`,
          `<div class="MuiAccordionSummary-expandIconWrapper" ${extra}><span class="MuiSvgIcon-root">▾</span></div>`,
        )}</div><div class="MuiCollapse-root MuiCollapse-hidden"><p>${body}</p></div></div>`;
      return `<main><h1>Help</h1>${acc('Returns', 'Return within 30 days for a refund.', WRITES('returns'))}${acc('Shipping &amp; delivery', 'Orders leave our warehouse within 2 days.', DONE)}${acc('Payments', 'We accept cards and bank transfers.', WRITES('payments'))}
<button type="button" class="MuiButtonBase-root MuiButton-root" ${WRITES('contact')}>Contact us</button></main>${OUT}`;
    }),
    imports: `import { HelpPage } from './help-page';`,
    files: {
      'help-page.ts': `import type { Locator, Page } from '@playwright/test';

export class HelpPage {
  readonly shippingExpand: Locator;

  constructor(readonly page: Page) {
    this.shippingExpand = page
      .locator('.MuiAccordion-root')
      .filter({ hasText: 'Shipping' })
      .locator('.MuiAccordionSummary-expandIcon');
  }
}
`,
    },
    body: `await new HelpPage(page).shippingExpand.click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.MuiAccordion-root:has-text("Shipping") .MuiAccordionSummary-expandIconWrapper',
  },
  // WordPress theme switch (Twenty Twenty -> Twenty Twenty-Four): the excerpt link "Read more" became "Continue reading".
  {
    id: 'd4-chain-first-article-more-link',
    kind: 'multi-line chain',
    ...both((v) => {
      const post = (id: number, title: string, excerpt: string, extra: string) =>
        `<article id="post-${id}" class="post"><h2 class="entry-title"><a href="#/p/${id}" ${WRITES(`title-${id}`)}>${title}</a></h2><p>${excerpt}</p><a href="#/p/${id}" class="more-link" ${extra}>${v('Read more', 'Continue reading')}<span class="screen-reader-text"> ${title}</span></a></article>`;
      return `<header class="site-header"><a href="#/" class="site-title">Field Notes</a></header>
<main class="site-main">${post(101, 'Spring planting', 'What went into the beds this year.', DONE)}${post(98, 'Compost, again', 'Turning the heap in March.', WRITES('more-98'))}${post(95, 'Seed swap', 'Notes from the village hall.', WRITES('more-95'))}</main>
<aside class="widget-area"><h2>Archives</h2><a href="#/archive" ${WRITES('archive')}>Read more posts</a></aside>${OUT}`;
    }),
    body: `await page\n    .getByRole('article')\n    .first()\n    .getByRole('link', { name: 'Read more' })\n    .click();\n  ${CHECK}`,
    expect: 'heal',
    target: '#post-101 a.more-link',
  },
];

const others: Drift[] = [
  // Tailwind CSS v4 renamed the shadow scale: `shadow-sm` -> `shadow-xs` and the bare `shadow` -> `shadow-sm`.
  {
    id: 'd4-css-tailwind4-shadow-scale',
    kind: 'css class',
    ...both((v) => {
      const xs = v('shadow-sm', 'shadow-xs');
      const sm = v('shadow', 'shadow-sm');
      const r = v('rounded', 'rounded-sm');
      return `<nav class="flex justify-between bg-white px-6 py-3"><a href="#/" class="font-bold">Ledger</a><button type="button" class="${r} bg-white px-3 py-1 ${xs}" ${WRITES('upgrade')}>Upgrade</button></nav>
<div role="dialog" aria-labelledby="t" class="rounded-lg bg-white p-6 shadow-xl"><h2 id="t" class="text-lg font-semibold">Rename project</h2>
<label for="name" class="block text-sm">Project name</label><input id="name" class="${r} border px-2 ${v('outline-none', 'outline-hidden')}" value="Q3 close">
<div class="dialog-actions mt-4 flex gap-2"><button type="button" class="${r} bg-white px-3 py-2 text-gray-900 ${sm}" ${WRITES('cancel')}>Cancel</button>
<button type="button" class="${r} bg-indigo-600 px-3 py-2 text-white ${xs}" ${DONE}>Rename</button></div></div>${OUT}`;
    }),
    body: `await page.locator('.dialog-actions button.shadow-sm').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.dialog-actions button.shadow-xs',
  },
  // Storefront CSS moved to BEM modifiers (`badge-new` -> `badge--new`, `badge-sale` -> `badge--sale`); the test uses `:has()`.
  {
    id: 'd4-css-has-bem-modifier',
    kind: 'css class',
    ...both((v) => {
      const tile = (name: string, badge: string, extra: string) =>
        `<li class="product-tile">${badge ? `<span class="badge ${v(`badge-${badge}`, `badge--${badge}`)}">${badge === 'new' ? 'New' : 'Sale'}</span>` : ''}<h3>${name}</h3><button type="button" class="quick-view" ${extra}>Quick view</button><button type="button" class="add" ${WRITES(`add-${name}`)}>Add</button></li>`;
      return `<h1>Knitwear</h1><p class="badge-legend">Badges: New arrivals and sale items are marked.</p>
<ul class="product-grid">${tile('Aran jumper', 'sale', WRITES('qv-aran'))}${tile('Mohair cardigan', 'new', DONE)}${tile('Cotton crew', '', WRITES('qv-crew'))}${tile('Merino polo', 'sale', WRITES('qv-polo'))}</ul>${OUT}`;
    }),
    body: `await page.locator('.product-tile:has(.badge-new) .quick-view').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.product-tile:has(.badge--new) .quick-view',
  },
  // Headless UI 1.7 moved to React 18 `useId`: `headlessui-menu-button-3` -> `headlessui-menu-button-:r2:`.
  {
    id: 'd4-id-headlessui-useid',
    kind: 'id',
    ...both((v) => {
      const hid = (kind: string, n: number) => `headlessui-${kind}-${v(String(n + 1), `:r${n}:`)}`;
      return `<header class="flex items-center justify-between"><a href="#/" class="logo">Tally</a>
<button type="button" id="${hid('popover-button', 0)}" aria-expanded="false" ${WRITES('solutions')}>Solutions</button>
<button type="button" id="${hid('menu-button', 2)}" aria-haspopup="menu" aria-expanded="false" ${DONE}>Options</button>
<button type="button" id="${hid('listbox-button', 4)}" aria-haspopup="listbox" aria-expanded="false" ${WRITES('sort')}>Sort: Newest</button></header>
<main><h1>Forms</h1><ul><li>Customer survey · 148 responses <button type="button" id="${hid('menu-button', 6)}" aria-haspopup="menu" ${WRITES('row-options')}>Options</button></li></ul></main>${OUT}`;
    }),
    body: `await page.locator('#headlessui-menu-button-3').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[id="headlessui-menu-button-:r2:"]',
  },
  // Django formset given an explicit prefix (`prefix="contacts"`): `#id_form-0-email` -> `#id_contacts-0-email`.
  {
    id: 'd4-id-django-formset-prefix',
    kind: 'id',
    ...both((v) => {
      const p = v('form', 'contacts');
      const row = (i: number, name: string) =>
        `<tr><td><input type="text" name="${p}-${i}-name" id="id_${p}-${i}-name" value="${name}"></td><td><input type="email" name="${p}-${i}-email" id="id_${p}-${i}-email"></td><td><input type="checkbox" name="${p}-${i}-DELETE" id="id_${p}-${i}-DELETE"></td></tr>`;
      return `<h1>Change company</h1><form method="post" id="company_form">
<label for="id_name">Name:</label><input type="text" name="name" id="id_name" value="Globex">
<label for="id_email">Billing email:</label><input type="email" name="email" id="id_email">
<h2>Contacts</h2><input type="hidden" name="${p}-TOTAL_FORMS" value="2" id="id_${p}-TOTAL_FORMS"><input type="hidden" name="${p}-INITIAL_FORMS" value="2" id="id_${p}-INITIAL_FORMS">
<table><thead><tr><th>Name</th><th>Email</th><th>Delete?</th></tr></thead><tbody>${row(0, 'Hank Scorpio')}${row(1, 'Frank Grimes')}</tbody></table>
<input type="submit" value="Save"></form>`;
    }),
    body: `await page.locator('#id_form-0-email').fill('hank@globex.example');\n  await expect(page.locator('input[name$="-0-email"]')).toHaveValue('hank@globex.example');`,
    expect: 'heal',
    target: '#id_contacts-0-email',
  },
  // Test ids namespaced by page (`add-to-cart` -> `pdp-add-to-cart`; carousel cards got `reco-`), in a `>>` chain of an older suite.
  {
    id: 'd4-testid-page-prefix',
    kind: 'test id',
    ...both((v) => {
      const reco = (name: string) => `<li class="reco-card"><span>${name}</span><button type="button" data-testid="${v('add-to-cart-mini', 'reco-add-to-cart')}" ${WRITES(`reco-${name}`)}>Add to cart</button></li>`;
      return `<header><a href="#/" class="logo">Trailhead</a><a href="#/cart" data-testid="${v('cart-link', 'header-cart-link')}" ${WRITES('cart')}>Cart</a></header>
<main class="pdp"><div class="product-info"><h1 data-testid="${v('product-title', 'pdp-product-title')}">Ridge 40L backpack</h1><p data-testid="${v('product-price', 'pdp-product-price')}">$189.00</p>
<button type="button" data-testid="${v('add-to-wishlist', 'pdp-add-to-wishlist')}" ${WRITES('wishlist')}>Save</button>
<button type="button" class="btn-primary" data-testid="${v('add-to-cart', 'pdp-add-to-cart')}" ${DONE}>Add to cart</button></div>
<section class="recommendations"><h2>Goes well with</h2><ul>${reco('Rain cover')}${reco('Hip belt pouch')}</ul></section></main>${OUT}`;
    }),
    body: `await page.locator('.product-info >> [data-testid="add-to-cart"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '[data-testid="pdp-add-to-cart"]',
  },
  // Bootstrap 4 -> 5 (RTL-aware names): `.dropdown-menu-right` -> `.dropdown-menu-end`, `.ml-auto` -> `.ms-auto`.
  {
    id: 'd4-xpath-bs5-dropdown-end',
    kind: 'xpath',
    ...both(
      (v) => `<nav class="navbar navbar-expand navbar-light bg-light"><a class="navbar-brand" href="#/">Crewboard</a>
<div class="dropdown"><button type="button" class="btn dropdown-toggle" ${v('data-toggle', 'data-bs-toggle')}="dropdown">Workspace</button><div class="dropdown-menu show"><a class="dropdown-item" href="#/switch" ${WRITES('switch')}>Switch workspace</a><a class="dropdown-item" href="#/leave" ${WRITES('leave')}>Leave workspace</a></div></div>
<div class="dropdown ${v('ml-auto', 'ms-auto')}"><button type="button" class="btn dropdown-toggle" ${v('data-toggle', 'data-bs-toggle')}="dropdown">Ada</button><div class="dropdown-menu ${v('dropdown-menu-right', 'dropdown-menu-end')} show"><a class="dropdown-item" href="#/profile" ${WRITES('profile')}>Profile</a><a class="dropdown-item" href="#/settings" ${WRITES('settings')}>Settings</a><div class="dropdown-divider"></div><a class="dropdown-item" href="#/logout" ${DONE}>Sign out</a></div></div></nav>
<main class="container"><h1>Security</h1><p>Signed in on 3 devices.</p><a href="#/logout-all" class="btn btn-outline-danger ${v('float-right', 'float-end')}" ${WRITES('all')}>Sign out everywhere</a></main>${OUT}`,
    ),
    body: `await page.locator('xpath=//div[contains(@class, "dropdown-menu-right")]//a[normalize-space()="Sign out"]').click();\n  ${CHECK}`,
    expect: 'heal',
    target: '.dropdown-menu-end a:text-is("Sign out")',
  },
];

const refuse: Drift[] = [
  // Stripe-hosted invoice page: "Download invoice" was removed (invoices now come from the billing portal); "Download receipt" stays.
  {
    id: 'd4-refuse-download-invoice-gone',
    kind: 'refuse',
    ...both(
      (v) => `<main class="hosted-invoice"><h1>Invoice from Northwind</h1><p class="amount">$240.00 paid on 3 May</p><p>Invoice number 8F2A-0041 · Receipt number 2290-1147</p>
<div class="actions">${v(`<button type="button" class="btn" ${DONE}>Download invoice</button>`, '')}<button type="button" class="btn" ${WRITES('receipt')}>Download receipt</button></div>
<p class="portal">Past invoices are in your <a href="#/portal" ${WRITES('portal')}>billing portal</a>.</p>
<table class="lines"><tr><td>Team plan (5 seats)</td><td>$240.00</td></tr></table></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Download invoice' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Pausing a membership was discontinued; "Cancel subscription" remains next to where "Pause subscription" was.
  {
    id: 'd4-refuse-pause-subscription-gone',
    kind: 'refuse',
    ...both(
      (v) => `<main class="membership"><h1>Membership</h1><section class="plan"><h2>Premium</h2><p>Next payment: £17.99 on 14 June</p>
<button type="button" ${WRITES('change')}>Change plan</button>
${v(`<button type="button" ${DONE}>Pause subscription</button>`, '')}
<button type="button" class="danger" ${WRITES('cancel')}>Cancel subscription</button></section>
<section class="payment"><h2>Payment details</h2><p>Visa •••• 4242</p><button type="button" ${WRITES('update')}>Update payment method</button></section></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Pause subscription' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Facebook Login dropped from the sign-up page; "Continue with Google" and "Continue with Apple" remain.
  {
    id: 'd4-refuse-facebook-login-removed',
    kind: 'refuse',
    ...both(
      (v) => `<main class="signup"><h1>Create your account</h1><div class="social">
<button type="button" class="btn-social" ${WRITES('google')}>Continue with Google</button>
<button type="button" class="btn-social" ${WRITES('apple')}>Continue with Apple</button>
${v(`<button type="button" class="btn-social" ${DONE}>Continue with Facebook</button>`, '')}</div>
<p class="or">or</p><label for="email">Email</label><input id="email" type="email"><button type="button" class="btn-primary" ${WRITES('email')}>Continue with email</button>
<p class="legal">By continuing you agree to our Terms.</p></main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Continue with Facebook' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The seeded account already follows the author after a fixture change: the button reads "Following" (clicking unfollows).
  {
    id: 'd4-refuse-follow-now-following',
    kind: 'refuse',
    ...both(
      (v) => `<article class="post"><header class="byline"><img src="${GIF}" alt="Grace Hopper" width="32" height="32"><span class="author">Grace Hopper</span>
${v(`<button type="button" class="follow" ${DONE}>Follow</button>`, `<button type="button" class="follow is-following" aria-pressed="true" ${WRITES('unfollowed')}>Following</button>`)}</header>
<h1>Nanoseconds, explained</h1><p>A piece of wire 11.8 inches long.</p>
<footer class="tags"><button type="button" ${WRITES('topic')}>Follow topic: Computing</button><button type="button" ${WRITES('pub')}>Follow publication</button></footer></article>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Follow', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Messages are now marked read when opened (Gmail-style): the toolbar offers "Mark as unread" instead of "Mark as read".
  {
    id: 'd4-refuse-mark-read-now-unread',
    kind: 'refuse',
    ...both(
      (v) => `<div class="mail-toolbar" role="toolbar" aria-label="Message actions"><button type="button" ${WRITES('archive')}>Archive</button><button type="button" ${WRITES('spam')}>Report spam</button>
${v(`<button type="button" ${DONE}>Mark as read</button>`, `<button type="button" ${WRITES('unread')}>Mark as unread</button>`)}<button type="button" ${WRITES('snooze')}>Snooze</button></div>
<div class="list-toolbar"><button type="button" ${WRITES('all-read')}>Mark all as read</button></div>
<article class="message"><h1>Your order has shipped</h1><p>From: orders@shop.example</p><p>Your parcel is on its way.</p></article>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Mark as read' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Settings split into tabs: API keys moved to the "Developers" tab, which must be opened first.
  {
    id: 'd4-refuse-api-keys-behind-tab',
    kind: 'refuse',
    ...both(
      (v) => `<main class="settings"><h1>Settings</h1>
${v(
  `<section><h2>General</h2><label for="org">Organisation name</label><input id="org" value="Northwind"><button type="button" ${WRITES('save')}>Save</button></section>
<section><h2>API keys</h2><p>Keys let scripts act on your behalf.</p><button type="button" ${DONE}>Create API key</button><button type="button" ${WRITES('webhook')}>Create webhook</button></section>`,
  `<div role="tablist" aria-label="Settings"><button role="tab" aria-selected="true" aria-controls="tab-general" ${WRITES('tab-general')}>General</button><button role="tab" aria-selected="false" aria-controls="tab-dev" ${WRITES('tab-dev')}>Developers</button></div>
<div role="tabpanel" id="tab-general"><label for="org">Organisation name</label><input id="org" value="Northwind"><button type="button" ${WRITES('save')}>Save</button><button type="button" ${WRITES('team')}>Create team</button></div>
<div role="tabpanel" id="tab-dev" hidden><h2>API keys</h2><p>Keys let scripts act on your behalf.</p><button type="button" ${DONE}>Create API key</button><button type="button" ${WRITES('webhook')}>Create webhook</button></div>`,
)}</main>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Create API key' }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Webhook form decluttered: the signing secret moved under a collapsed "Advanced" disclosure.
  {
    id: 'd4-refuse-secret-behind-disclosure',
    kind: 'refuse',
    ...both((v) => {
      const secret = `<label for="secret">Signing secret</label><input id="secret" name="secret"><button type="button">Rotate secret</button>`;
      return `<main><h1>Add webhook endpoint</h1><form class="webhook">
<label for="url">Endpoint URL</label><input id="url" name="url" value="https://hooks.example/orders">
<label for="events">Events to send</label><select id="events" name="events"><option>order.created</option><option>order.paid</option></select>
${v(secret, `<details class="advanced"><summary>Advanced</summary>${secret}<label for="timeout">Timeout (seconds)</label><input id="timeout" name="timeout" value="10"></details>`)}
<button type="button">Add endpoint</button></form></main>`;
    }),
    body: `await page.getByLabel('Signing secret').fill('whsec_123');\n  await expect(page.locator('input[name="secret"]')).toHaveValue('whsec_123');`,
    expect: 'refuse',
  },
  // Stored cards moved to the payment provider's vault: the saved-cards list is empty; saved addresses keep their Remove buttons.
  {
    id: 'd4-refuse-chain-saved-cards-emptied',
    kind: 'refuse',
    ...both(
      (v) => `<main class="wallet"><h1>Wallet</h1><section class="cards"><h2>Saved cards</h2>
${v(`<ul><li class="saved-card">Visa •••• 4242 · expires 04/27 <button type="button" ${DONE}>Remove</button></li><li class="saved-card">Mastercard •••• 5454 · expires 11/26 <button type="button" ${WRITES('remove-mc')}>Remove</button></li></ul>`, '<p class="empty">You have no saved cards. Cards are now stored by our payment provider at checkout.</p>')}
<button type="button" ${WRITES('add-card')}>Add card</button></section>
<section class="addresses"><h2>Saved addresses</h2><ul><li class="saved-address">12 St James's Square <button type="button" ${WRITES('remove-addr-1')}>Remove</button></li><li class="saved-address">4 Privet Drive <button type="button" ${WRITES('remove-addr-2')}>Remove</button></li></ul></section></main>${OUT}`,
    ),
    body: `await page\n    .locator('.saved-card')\n    .first()\n    .getByRole('button', { name: 'Remove' })\n    .click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // Chat header got huddles: the single "Call" button split into "Voice call" and "Video call" (two equal candidates).
  {
    id: 'd4-refuse-call-split',
    kind: 'refuse',
    ...both(
      (v) => `<header class="chat-header"><h1>Grace Hopper</h1><span class="presence">Active</span>
${v(`<button type="button" class="call" ${DONE}>Call</button>`, `<button type="button" class="call" ${WRITES('voice')}>Voice call</button><button type="button" class="call" ${WRITES('video')}>Video call</button>`)}
<button type="button" ${WRITES('search')}>Search in conversation</button></header>
<ul class="messages"><li>Grace: call me when you are free</li><li>Ada: on a call until 3</li></ul>
<form class="composer"><label for="msg">Message</label><input id="msg"><button type="button">Send</button></form>${OUT}`,
    ),
    body: `await page.getByRole('button', { name: 'Call', exact: true }).click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // PCI scope reduction: the "Save this card" checkbox (and its test id) is gone; "Save this address" keeps the same classes.
  {
    id: 'd4-refuse-testid-save-card-removed',
    kind: 'refuse',
    ...both(
      (v) => `<main class="checkout"><h1>Payment</h1><form class="pay">
<label for="card">Card number</label><input id="card" class="checkout-input" data-testid="card-number-input">
<label for="exp">Expiry</label><input id="exp" class="checkout-input" data-testid="card-expiry-input">
${v('<label class="checkout-checkbox"><input type="checkbox" name="save_card" data-testid="save-card-checkbox"> Save this card for future purchases</label>', '')}
<label class="checkout-checkbox"><input type="checkbox" name="save_address" data-testid="save-address-checkbox"> Save this address for future purchases</label>
<button type="button" data-testid="pay-button">Pay £74.00</button></form></main>`,
    ),
    body: `await page.getByTestId('save-card-checkbox').check();\n  await expect(page.locator('input[name="save_card"]')).toBeChecked();`,
    expect: 'refuse',
  },
  // Order 112-4471 was delivered: "Track package" gave way to "Return or replace items"; another order is still in transit.
  {
    id: 'd4-refuse-xpath-track-delivered',
    kind: 'refuse',
    ...both((v) => {
      const order = (num: string, status: string, actions: string) =>
        `<div class="order-card" data-order="${num}"><div class="order-header"><span>Order # ${num}</span><span class="status">${status}</span></div><div class="order-actions">${actions}</div></div>`;
      return `<main><h1>Your orders</h1>
${order('112-4471', v('Shipped', 'Delivered'), v(`<a href="#/track/4471" ${DONE}>Track package</a>`, `<a href="#/return/4471" ${WRITES('return')}>Return or replace items</a><a href="#/review/4471" ${WRITES('review')}>Write a product review</a>`))}
${order('112-5590', 'Shipped', `<a href="#/track/5590" ${WRITES('track-5590')}>Track package</a><a href="#/cancel/5590" ${WRITES('cancel-5590')}>Cancel items</a>`)}</main>${OUT}`;
    }),
    body: `await page.locator('//div[@data-order="112-4471"]//a[normalize-space()="Track package"]').click();\n  ${CHECK}`,
    expect: 'refuse',
  },
  // The Slack integration was retired; the page object's "Disconnect Slack" has no successor, GitHub and Drive keep theirs.
  {
    id: 'd4-refuse-po-disconnect-retired',
    kind: 'refuse',
    ...both((v) => {
      const row = (app: string, extra: string) => `<li class="integration"><span>${app}</span><span class="status">Connected</span><button type="button" aria-label="Disconnect ${app}" ${extra}>Disconnect</button></li>`;
      return `<main><h1>Integrations</h1><section aria-labelledby="conn-h"><h2 id="conn-h">Connected accounts</h2><ul>
${row('GitHub', WRITES('github'))}${v(row('Slack', DONE), '')}${row('Google Drive', WRITES('drive'))}</ul>
${v('', '<p class="notice">The Slack integration was retired on 1 March. Notifications now go by email.</p>')}</section>
<section aria-labelledby="avail-h"><h2 id="avail-h">Available</h2><ul><li class="integration"><span>Microsoft Teams</span><button type="button" ${WRITES('teams')}>Connect</button></li></ul></section></main>${OUT}`;
    }),
    imports: `import { IntegrationsPage } from './integrations-page';`,
    files: {
      'integrations-page.ts': `import type { Locator, Page } from '@playwright/test';

export class IntegrationsPage {
  readonly disconnectSlack: Locator;

  constructor(readonly page: Page) {
    this.disconnectSlack = page
      .getByRole('region', { name: 'Connected accounts' })
      .getByRole('button', { name: 'Disconnect Slack' });
  }
}
`,
    },
    body: `await new IntegrationsPage(page).disconnectSlack.click();\n  ${CHECK}`,
    expect: 'refuse',
  },
];

export const DEV_4_DRIFTS: Drift[] = [...renamedText, ...chains, ...others, ...refuse];
