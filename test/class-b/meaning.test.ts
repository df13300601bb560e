// A heal follows a rename, never a change of meaning: a state the locator named, a word under a meaning
// prefix, or another action. The rules in meaning.ts, and the DOM and ARIA healers refusing on them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import type { HealerInput } from '../../src/class-b/types.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { meaningChange } from '../../src/class-b/update-selectors/meaning.js';
import { dom, proposal, refusal, tree } from './helpers.js';

describe('meaningChange', () => {
  test('renames pass: synonyms, added or dropped words, case styles, states of one kind', () => {
    for (const [lost, found] of [
      ['btn-save', 'save-button'],
      ['Submit', 'Save'],
      ['Sign in', 'Log in'],
      ['New contact', 'Add contact'],
      ['Delete', 'Remove'],
      ['Export CSV', 'Download CSV'],
      ['inventory-item-price', 'item-price'],
      ['account-status', 'status'],
      ['errorMsg', 'error-message'],
      ['alert-error', 'alert-danger'],
      ['tab-active', 'tab--selected'],
      ["Don't save", "Don't save changes"],
      ['total', 'grand-total'],
      // Words that only say what kind of element it is never count: the meaningful word was swapped whole.
      ['todo-list', 'task-list'],
      ['close-btn', 'modal-close'],
      ['search-input', 'search-field'],
      ['card-title', 'card-heading'],
      ['cart-btn', 'cart-link'],
      // Abbreviations and typos of a kept word are that word.
      ['nav-profile', 'navigation-profile'],
      ['qty-input', 'quantity-input'],
      ['recieve-date', 'receive-date'],
    ]) {
      assert.equal(meaningChange(lost as string, found as string), undefined, `${lost} -> ${found}`);
    }
  });

  test('a state dropped or replaced is refused', () => {
    assert.match(meaningChange('status-active', 'status') ?? '', /names the state "active" and "status" drops it/);
    assert.match(meaningChange('badge-success', 'badge-danger') ?? '', /the state "success" and "badge-danger" the state "danger"/);
    assert.match(meaningChange('item--done', 'item--todo') ?? '', /state "done"/);
    assert.match(meaningChange('isDisabled', 'button') ?? '', /state "disabled"/);
    // A style variant is a state: the primary button is not the secondary one.
    assert.match(meaningChange('btn-primary', 'btn-secondary') ?? '', /names the state "primary" and "btn-secondary" the state "secondary"/);
    assert.equal(meaningChange('btn-primary', 'button--primary'), undefined);
    // Against a visible name a test id's state word may go unmatched, but not be replaced.
    assert.equal(meaningChange('row selected', 'Ada Lovelace', { dropState: false }), undefined);
    assert.match(meaningChange('row selected', 'Archived row', { dropState: false }) ?? '', /the state "archived"/);
    // Where a train stands: "On time" became a delay, not a rename of the status line.
    assert.match(meaningChange('On time', 'Expected 10:24 (12 min late)') ?? '', /names the state "late", which "On time" did not/);
    // A check's status as CI and monitoring badges say it.
    assert.match(meaningChange('Passing', 'Failing') ?? '', /names the state "passing" and "Failing" the state "failing"/);
    assert.match(meaningChange('Build passing', 'Build failed') ?? '', /names the state "passing" and "Build failed" the state "failed"/);
    assert.equal(meaningChange('Passing', 'Passed'), undefined);
    assert.equal(meaningChange('Delayed', 'Running late'), undefined, 'one state, two wordings');
    // Where a machine or a job stands (Fly.io's machines): another state, and a state word no header replaces.
    assert.match(meaningChange('started', 'stopped') ?? '', /names the state "started" and "stopped" the state "stopped"/);
    assert.match(meaningChange('Running', 'Stopped') ?? '', /names the state "running" and "Stopped" the state "stopped"/);
    assert.match(meaningChange('started', 'State') ?? '', /names the state "started" and "State" drops it/);
    assert.equal(meaningChange('Running', 'Started'), undefined, 'one state, two wordings');
    // "Get started" asks to begin; it names no state to keep.
    assert.equal(meaningChange('Get started', 'Get started free'), undefined);
    assert.doesNotMatch(meaningChange('Get started', 'Begin') ?? '', /names the state/);
  });

  test('a word under a meaning prefix is another word', () => {
    assert.match(meaningChange('subtotal', 'total') ?? '', /"subtotal" and "total" are two things \("sub-"/);
    assert.match(meaningChange('preview-pane', 'view-pane') ?? '', /"pre-"/);
    assert.match(meaningChange('total', 'subtotal') ?? '', /"sub-"/, 'either way round');
    assert.equal(meaningChange('subtotal', 'subtotal-row'), undefined, 'the same word kept is a rename');
    assert.equal(meaningChange('cart', 'recart-ish'.slice(0, 2)), undefined, 'short words are never prefixes of anything');
    // Written with a hyphen, the prefix is a word of its own (Hacker News's "favorite" / "un-favorite").
    assert.match(meaningChange('favorite', 'un-favorite') ?? '', /"un-favorite" puts a prefix on the word/);
    assert.match(meaningChange('Re-open issue', 'Open issue') ?? '', /"re-open"/, 'either way round');
    assert.equal(meaningChange('E-mail', 'Email'), undefined, 'a letter before a hyphen is no prefix');
    assert.equal(meaningChange('un-favorite', 'un-favorite link'), undefined, 'the same prefixed word kept is a rename');
  });

  test('only the first word of a longer name kept is the brand or family, not a rename (unless a record found the same element, or the word is an action)', () => {
    assert.match(meaningChange('Google Podcasts', 'Google') ?? '', /keeps only "google", the first word of "Google Podcasts"/);
    assert.match(meaningChange('Nordstrom Fashion Rewards', 'NORDSTROM') ?? '', /keeps only "nordstrom"/);
    assert.equal(meaningChange('Create issue', 'Create'), undefined, 'a verb kept is the same action');
    assert.equal(meaningChange("Dunkin' Donuts", "Dunkin'", { sameElement: true }), undefined, 'the record found the same element');
    assert.equal(meaningChange('Google Podcasts', 'Podcasts'), undefined, 'the last word kept is judged elsewhere');
    assert.equal(meaningChange('Acme', 'Acme'), undefined);
    assert.equal(meaningChange('Styles and Formatting', 'Styles'), undefined, 'a joining word after it: the first word is the head');
    assert.equal(meaningChange('Footer navigation', 'Footer'), undefined, 'the dropped word only names the widget');
    assert.equal(meaningChange('Search Twitter', 'Search'), undefined, 'a leading verb');
    // Reload, refresh and restart are actions: one put on a name that had none is another control; the two first are one action.
    assert.match(meaningChange('Internet Explorer', 'Reload in Internet Explorer mode') ?? '', /puts the action "reload"/);
    assert.equal(meaningChange('Refresh', 'Reload'), undefined);
  });

  test('a word kept and another swapped for an unrelated one is another thing', () => {
    assert.match(meaningChange('cart-count', 'cart-total') ?? '', /"cart-count" and "cart-total" share "cart" but "count" became "total": another thing/);
    assert.match(meaningChange('Search products', 'Search orders') ?? '', /share "search" but "product" became "order"/);
    assert.match(meaningChange('badge-new', 'badge-sale') ?? '', /share "badge" but "new" became "sale"/);
    // A confirmation and a placed order may be one message or two stages: not a rename the healer can prove.
    assert.match(meaningChange('Order confirmed', 'Order placed') ?? '', /share "order" but "confirmed" became "placed"/);
    assert.match(meaningChange('Billing details', 'Shipping details') ?? '', /share "detail" but "billing" became "shipping"/);
    // The shared word must mean something: a kind-of-element word alone shares nothing.
    assert.equal(meaningChange('todo-item', 'task-item'), undefined);
    // Hash-like parts of generated class names are not words (the last-known-good record decides those).
    assert.equal(meaningChange('bt_k3', 'bt_m2'), undefined);
    assert.equal(meaningChange('promo-a1b2c3', 'promo-x9y8z7'), undefined, 'a CSS-modules hash is no word');
    // A test id's words against a visible name share words by chance (dropState false): not this rule.
    assert.equal(meaningChange('submit-order', 'Place order', { dropState: false }), undefined);
    assert.match(meaningChange('submit-order', 'place-order') ?? '', /share "order" but "submit" became "place"/);
    // A word read as a phrase's meaning ("Tweet" is a post) is weighed like any other: a Fleet is not a Tweet.
    assert.match(meaningChange('New Fleet', 'New Tweet') ?? '', /share "new" but "fleet" became "post": another thing/);
    assert.equal(meaningChange('New Tweet', 'New post'), undefined);
  });

  test('a qualifier added to a kept name names a second field of that kind', () => {
    assert.match(meaningChange('Email', 'Email confirmation') ?? '', /"Email confirmation" adds "confirmation" to "Email": a second email/);
    assert.match(meaningChange('Password', 'Confirm password') ?? '', /adds "confirm"/);
    assert.match(meaningChange('address', 'billing-address') ?? '', /adds "billing"/);
    assert.equal(meaningChange('Email', 'Email address'), undefined, 'a word that is no qualifier is a rename');
    assert.equal(meaningChange('Submit', 'Confirm order'), undefined, 'confirm stands in for submit here, it qualifies nothing');
  });

  test("a facet added to a kept name (its settings, its hours) names another element", () => {
    assert.match(meaningChange('Notifications', 'Notification settings') ?? '', /adds "setting" to "Notifications": a facet of what it named/);
    assert.match(meaningChange('Desk', 'Front desk hours') ?? '', /adds "hour"/);
    assert.match(meaningChange('Shipping', 'Shipping options') ?? '', /adds "option"/);
    // Releases fold a log or a history into a renamed entry: no facet.
    assert.equal(meaningChange('Analytics', 'Analytics & Logs'), undefined);
    assert.equal(meaningChange('orders-table', 'order-history-table'), undefined);
    assert.equal(meaningChange('Spaces', 'Spaces Object Storage'), undefined);
  });

  test('"all" swapped for another scope, and a check mark, are changes of meaning', () => {
    assert.match(meaningChange('Reply All', 'Reply List') ?? '', /acts on all and "Reply List" on "list": another scope/);
    assert.match(meaningChange('Select all', 'Select page') ?? '', /another scope/);
    assert.equal(meaningChange('View all', 'View'), undefined, 'dropped with nothing in its place, it may be copy');
    assert.match(meaningChange('Add to your wishlist', '\u2713 On Wishlist', { sameElement: true }) ?? '', /shows a check mark: the state after an action/);
    assert.equal(meaningChange('\u2713 Saved', '\u2713 Saved to library'), undefined, 'both show the mark');
  });

  test('"all" put on an action is the bulk action; an action put on a name that had none is another control', () => {
    assert.match(meaningChange('Pause', 'Pause All') ?? '', /puts "all" on the action "pause": the bulk action/);
    assert.match(meaningChange('Mark as read', 'Mark all as read') ?? '', /bulk action/);
    assert.equal(meaningChange('Show', 'Show all'), undefined, 'going somewhere: may be copy');
    assert.equal(meaningChange('Notifications', 'All notifications'), undefined, 'no action');
    assert.match(meaningChange('Learn', 'Unlock Learn with Quizlet Plus') ?? '', /puts the action "unlock" on "Learn", which named no action/);
    assert.match(meaningChange('Profile', 'Edit profile') ?? '', /puts the action "edit"/);
    assert.equal(meaningChange('Settings', 'Open settings'), undefined, 'open only goes there');
    assert.equal(meaningChange('Volumes', 'Volumes Block Storage'), undefined, 'the word after the name is no action on it');
    assert.equal(meaningChange('woocommerce-cart', 'wp-block-woocommerce-cart'), undefined, 'a class has no verb');
  });

  test('another action is refused; synonyms and an added action are not', () => {
    assert.match(meaningChange('Delete account', 'Deactivate account') ?? '', /two actions \("delete" \/ "deactivate"\)/);
    assert.match(meaningChange('Archive', 'Delete') ?? '', /two actions/);
    assert.match(meaningChange('approve-btn', 'reject-btn') ?? '', /two actions/);
    assert.match(meaningChange('Export image', 'Insert image') ?? '', /two actions \("export" \/ "insert"\)/);
    assert.match(meaningChange('Capture', 'Issue a refund') ?? '', /two actions \("capture" \/ "refund"\)/);
    assert.equal(meaningChange('Insert row', 'Add row'), undefined, 'insert and add are one action');
    assert.match(meaningChange('Book', 'Cancel') ?? '', /"Cancel" takes back \("cancel"\) what "Book" did/, 'a class booked: its button now cancels');
    assert.match(meaningChange('RSVP', 'Cancel RSVP', { sameElement: true }) ?? '', /takes back/, 'on the element a record found again too');
    assert.match(meaningChange('Attend', 'Undo') ?? '', /takes back \("undo"\)/);
    for (const lost of ['No thanks', 'Maybe later', 'Not now', 'Go back']) assert.equal(meaningChange(lost, 'Cancel'), undefined, `${lost}: the same way out`);
    assert.equal(meaningChange('Undo send', 'Undo'), undefined, 'the action it already took');
    assert.equal(meaningChange('Book with Drivy', 'Book with Getaround', { sameElement: true, onPage: () => false }), undefined, 'no take-back leads it');
    assert.equal(meaningChange('Save', 'Save and close'), undefined, 'the action is still there');
    assert.equal(meaningChange('Checkout', 'Proceed to checkout'), undefined);
  });
  test('a size or layout variant replaced by another is another element of the same kind; the same variant renamed is not', () => {
    assert.match(meaningChange('btn-block', 'btn-sm') ?? '', /names the variant "block" and "btn-sm" the variant "sm"/);
    assert.match(meaningChange('input-lg', 'input-xs') ?? '', /variant "lg" .* variant "xs"/);
    for (const [lost, found] of [
      ['btn-lg', 'button--large'],
      ['btn-block', 'btn-full'],
      ['card-block', 'card-body'],
      ['btn-sm', 'btn-primary-sm'],
    ]) {
      assert.equal(meaningChange(lost as string, found as string), undefined, `${lost} -> ${found}`);
    }
  });
  test('a number a text said that the new text says otherwise is a value change; a number added, dropped or inside a name is not judged here', () => {
    assert.match(meaningChange('FREE Shipping on orders over $35', 'FREE Shipping on orders over $49 shipped by Amazon.') ?? '', /says 35 .* says 49: the number changed/);
    // A price written as one word is a text too, not a class name ("$4.99/month" -> "$6.99/month", Apple TV+).
    assert.match(meaningChange('$4.99/month', '$6.99/month') ?? '', /says 4\.99 .* says 6\.99: the number changed/);
    assert.match(meaningChange('£24.00', '$29.00') ?? '', /the number changed/);
    for (const [a, b] of [['col-md-6', 'col-md-4'], ['item_42', 'item_43']] as const) assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    assert.match(meaningChange('Step 1 of 3', 'Step 1 of 4') ?? '', /says 3 .* says 4/);
    assert.match(meaningChange('Python 3.11', 'Python 3.12') ?? '', /says 3\.11/);
    for (const [lost, found] of [
      ['Pay', 'Pay $24.00'],
      ['Top 10', 'Top 10 picks'],
      ['Pay $24.00 now', 'Pay $24.00'],
      ['SubscribeForm_submit__Xy7Qa', 'SubscribeForm-module__k9Lp2a__submit'],
      ['office365-connect', 'microsoft365-connect'],
      // Digits inside a word (a commit hash in a text) are no number of their own.
      ['Deploy build 7f3a2c', 'Deploy build 9e1b4d'],
    ]) {
      const why = meaningChange(lost as string, found as string);
      assert.ok(!why?.includes('the number changed'), `${lost} -> ${found}: ${why}`);
    }
  });
  test('function words name nothing; "on" and "off" are opposites', () => {
    assert.equal(meaningChange('This repository has been archived by the owner. It is now read-only.', 'This repository was archived by the owner on Jan 8, 2024. It is now read-only.'), undefined);
    assert.equal(meaningChange('This field is required', 'This field was required'), undefined);
    assert.match(meaningChange('Turn on notifications', 'Turn off notifications') ?? '', /says "on" and .* says "off": the opposite/);
    assert.match(meaningChange('Dark mode off', 'Dark mode on') ?? '', /the opposite/);
    assert.match(meaningChange('Download invoice', 'Download receipt') ?? '', /another thing/);
    assert.equal(meaningChange('Click on the item', 'Click the item'), undefined);
  });
});

describe('the DOM healer refuses a value that means something else', () => {
  const chain = (s: string) => parseLocatorText(s);

  test('a removed row is not healed to its neighbour with a shorter name (subtotal -> total)', () => {
    const page = dom([{ tag: 'span', testIds: { 'data-test': 'total' }, ownText: 'Total: $10.80' }]);
    const r = domHeal(page, chain(`locator('[data-test="subtotal"]')`), { count: 1, expectedText: '$10', containsText: true });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /the closest value on the page, "total", finds one visible element but means something else: "subtotal" and "total" are two things/);
  });

  test('a state class is not healed by dropping or replacing the state', () => {
    const page = dom([{ tag: 'span', classes: ['status', 'status-suspended'], ownText: 'Suspended' }, { tag: 'span', classes: ['plan'], ownText: 'Pro' }]);
    const r = domHeal(page, chain("locator('.status-active')"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /means something else: "status-active" names the state "active"/);
    // The same page with the state renamed inside its kind heals.
    const renamed = dom([{ tag: 'span', classes: ['status', 'status--current'], ownText: 'Active' }, { tag: 'span', classes: ['plan'], ownText: 'Pro' }]);
    const ok = domHeal(renamed, chain("locator('.status-active')"), { count: 1 });
    assert.ok(ok && 'repl' in ok, JSON.stringify(ok));
    assert.equal(ok.repl.steps[0]?.args[0]?.t === 'str' && ok.repl.steps[0].args[0].v, '.status--current');
  });

  test('a class cut short is refused when the element it finds carries the lost class\'s sibling', () => {
    const page = dom([{ tag: 'h2', ownText: 'Lamp' }, { tag: 'span', classes: ['badge', 'badge-sale'], ownText: 'Sale' }]);
    const r = domHeal(page, chain("locator('.badge-new')"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"badge", finds one visible element but means something else: the element it finds has class "badge-sale": "badge-new" and "badge-sale" share "badge"/);
    // A swap to a whole renamed class is not checked against the element's other classes: a state class
    // beside it (`menu-open`) says nothing about which menu it is.
    const open = domHeal(dom([{ tag: 'ul', classes: ['menu-preferences', 'menu-open'], ownText: 'Theme' }]), chain("locator('.menu-settings')"), { count: 1 });
    assert.ok(open && 'repl' in open, JSON.stringify(open));
    assert.equal(open.repl.steps[0]?.args[0]?.t === 'str' && open.repl.steps[0].args[0].v, '.menu-preferences');
    // Without a sibling class the same swap is a heal.
    const alone = domHeal(dom([{ tag: 'h2', ownText: 'Lamp' }, { tag: 'span', classes: ['badge'], ownText: 'New' }]), chain("locator('.badge-new')"), { count: 1 });
    assert.ok(alone && 'repl' in alone, JSON.stringify(alone));
    assert.equal(alone.repl.steps[0]?.args[0]?.t === 'str' && alone.repl.steps[0].args[0].v, '.badge');
  });

  test('a test id whose other word changed is refused (cart-count -> cart-total)', () => {
    const page = dom([{ tag: 'span', testIds: { 'data-testid': 'cart-total' }, ownText: '$30.00' }]);
    const r = domHeal(page, chain("getByTestId('cart-count')"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"cart-total", finds one visible element but means something else: .*"count" became "total"/);
  });

  test('a winner is refused when a value that means something else fits about as well on another element', () => {
    // `btn-publish` lost; `btn-unpublish` (another action) and `publish-button` both find one button.
    const page = dom([{ tag: 'button', role: 'button', classes: ['btn-unpublish'], ownText: 'Go' }, { tag: 'button', role: 'button', classes: ['publish-btn'], ownText: 'Go now' }]);
    const r = domHeal(page, chain("locator('.btn-publish')"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"publish-btn" fits, but "btn-unpublish" fits about as well and means something else/);
  });
});

describe('the ARIA healer refuses another action', () => {
  const input = (root: string, yaml: string[]): HealerInput => ({
    category: 'update-selectors',
    testId: 't1',
    fingerprint: 'fp',
    message: "TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for locator('text=Delete account')\n",
    stack: `Error\n    at ${path.join(root, 'a.spec.ts')}:1:12`,
    testFile: path.join(root, 'a.spec.ts'),
    testLine: 1,
    errorContext: `# Page snapshot\n\n\`\`\`yaml\n${yaml.join('\n')}\n\`\`\``,
    rootDir: root,
  });

  test('getByLabel and getByPlaceholder are not healed to a second field or another subject', () => {
    const root = tree({ 'a.spec.ts': "await page.getByLabel('Email', { exact: true }).fill('x');\n" });
    const label = { ...input(root, ['- textbox "Email confirmation"', '- textbox "Phone"']), message: "TimeoutError: locator.fill: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByLabel('Email', { exact: true })\n" };
    assert.match(refusal(proposeClassBFix(label)), /textbox "Email confirmation", is another thing than the locator named: "Email confirmation" adds "confirmation"/);
    const root2 = tree({ 'a.spec.ts': "await page.getByPlaceholder('Search products').fill('x');\n" });
    const search = { ...input(root2, ['- textbox "Search orders"', '- textbox "Zip code"']), message: "TimeoutError: locator.fill: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByPlaceholder('Search products')\n" };
    assert.match(refusal(proposeClassBFix(search)), /textbox "Search orders", is another thing .*"product" became "order"/);
    // A plain rename of the same field still heals.
    const root3 = tree({ 'a.spec.ts': "await page.getByPlaceholder('Search products').fill('x');\n" });
    const renamed = { ...input(root3, ['- textbox "Search for products"', '- textbox "Zip code"']), message: "TimeoutError: locator.fill: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByPlaceholder('Search products')\n" };
    assert.match(proposal(proposeClassBFix(renamed)).edits[0]?.after ?? '', /Search for products/);
  });

  test('text=Delete account is not healed to "Deactivate account", but is to "Remove account"', () => {
    const root = tree({ 'a.spec.ts': "await page.locator('text=Delete account').click();\n" });
    assert.match(refusal(proposeClassBFix(input(root, ['- button "Deactivate account"', '- button "Cancel"']))), /the closest element, button "Deactivate account", is another thing than the locator named: .*two actions/);
    const p = proposal(proposeClassBFix(input(root, ['- button "Remove account"', '- button "Cancel"'])));
    assert.match(p.edits[0]?.after ?? '', /Remove account/);
  });
});

describe('phrases UIs use for one another', () => {
  test('read as a synonym of their word (0.85), never as the word itself, and never as another action', async () => {
    const { nameSimilarity, words } = await import('../../src/class-b/update-selectors/similarity.js');
    for (const [a, b] of [['Sign up', 'Create account'], ['Sign up', 'Create an account'], ['Duplicate', 'Make a copy'], ['Postcode', 'ZIP code'], ['Remember me', 'Keep me signed in'], ['Forgot password?', 'Reset your password'], ['Shopping Cart', 'Your cart']] as const) {
      assert.equal(nameSimilarity(a, b), 0.85, `${a} / ${b}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    // Two phrases of one word meet as synonyms too, not as one text.
    assert.equal(nameSimilarity('ZIP code', 'Postal code'), 0.85);
    assert.ok(nameSimilarity('Check out', 'Checkout') >= 0.85);
    assert.equal(nameSimilarity('Zip', 'Zip'), 1);
    assert.deepEqual(words('Create an account to continue'), ['register~', 'to', 'continue']);
    // Not phrases: other subjects, other actions, words that only start like one.
    assert.match(meaningChange('Search products', 'Search orders') ?? '', /another thing/);
    assert.match(meaningChange('Sign up', 'Delete account') ?? '', /two actions/);
    assert.ok(nameSimilarity('Create account', 'Create project') < 0.85);
    assert.deepEqual(words('zipper code'), ['zipper', 'code']);
  });
});

describe('one letter more or less in front', () => {
  test('makes another word, not a spelling of it ("Uplay+" is not "Play"); spellings keep their first letter', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    assert.equal(nameSimilarity('Uplay+', 'Play'), 0, "Ubisoft's store badge is not the Play button");
    // A meaning prefix keeps the letters' likeness, so the word stands as a rival and the meaning rules say why not.
    assert.ok(nameSimilarity('Uninstall', 'Install') >= 0.75);
    assert.match(meaningChange('Install', 'Uninstall') ?? '', /two things/);
    // A compound whose first part the release dropped keeps its head: Pi-hole 6's "Adlists" are its "Lists".
    assert.ok(nameSimilarity('Adlists', 'Lists') >= 0.7);
    assert.ok(nameSimilarity('Bitlinks', 'Links') >= 0.6);
    assert.ok(nameSimilarity('Mailboxes', 'Inboxes') >= 0.6, "Help Scout's renamed mailboxes keep the head");
    assert.equal(nameSimilarity('Segmentation', 'Retention'), 0);
    assert.ok(nameSimilarity('Colour', 'Color') >= 0.75);
    assert.ok(nameSimilarity('Cancelled orders', 'Canceled orders') >= 0.75);
    assert.ok(nameSimilarity('Adress', 'Address') >= 0.75);
  });
});

describe('the state a social action leaves', () => {
  test('bid, pledge, donate and reserve are actions: "Buy It Now" -> "Place bid" on the same button (eBay) is another action', () => {
    for (const opts of [{}, { sameElement: true }]) assert.match(meaningChange('Buy It Now', 'Place bid', opts) ?? '', /two actions \("buy" \/ "bid"\)/);
    assert.match(meaningChange('Donate', 'Subscribe') ?? '', /two actions/);
    assert.match(meaningChange('Reserve', 'Cancel') ?? '', /two actions/);
    assert.match(meaningChange('Pledge', 'Donate') ?? '', /two actions \("pledge" \/ "donate"\)/);
    assert.equal(meaningChange('Bid', 'Place bid'), undefined);
  });

  test('is not the action renamed: "Upvote" -> "Upvoted" on the same button (Product Hunt), "Watch" -> "Watching"', () => {
    for (const [a, b] of [['Upvote', 'Upvoted'], ['Watch', 'Watching'], ['Connect', 'Connected'], ['Enroll', 'Enrolled'], ['Vote', 'Voted']] as const) {
      assert.match(meaningChange(a, b) ?? '', /the state it leaves/, `${a} / ${b}`);
    }
  });
});

describe('a verb joined to a particle by a hyphen', () => {
  test('"Add-ons", "Plug-ins", "Pop-ups" are nouns of their own, not the verb: "Add-ons" is not an "add" action', async () => {
    const { nameSimilarity, words } = await import('../../src/class-b/update-selectors/similarity.js');
    assert.deepEqual(words('Get add-ons'), ['get', 'addon']);
    assert.deepEqual(words('Plug-ins'), ['plugin']);
    assert.equal(nameSimilarity('Add-ons', 'Insert'), 0, 'Google Docs\' "Add-ons" menu is not its "Insert" menu');
    assert.equal(nameSimilarity('Add-ons', 'Addons'), 1);
    assert.equal(nameSimilarity('Sign-in', 'Sign in'), 1);
    // Other hyphens still part words: "un-favorite" keeps its prefix apart, and where the particle is the
    // meaning it stays a word of its own ("zoom-in" is not "zoom-out").
    assert.deepEqual(words('un-favorite'), ['un', 'favorite']);
    assert.deepEqual(words('Add-item'), ['add', 'item']);
    assert.deepEqual(words('zoom-in'), ['zoom', 'in']);
    assert.match(meaningChange('Opt-in', 'Opt-out') ?? '', /./);
  });
});

describe('products their vendors renamed', () => {
  test('the old name and the new read as one word; other products and other words stay apart', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    for (const [a, b] of [['Bard', 'Gemini'], ['Data Studio', 'Looker Studio'], ['G Suite', 'Google Workspace'], ['Sign in with Twitter', 'Sign in with X'], ['Tweet', 'Post'], ['Azure Active Directory', 'Microsoft Entra ID'], ['Office 365 admin', 'Microsoft 365 admin'], ['Google AdWords', 'Google Ads']] as const) {
      assert.ok(nameSimilarity(a, b) >= 0.85, `${a} / ${b}: ${nameSimilarity(a, b)}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    // More of them, camelCase and brand spellings as pages write them (each as its vendor announced it).
    const more = [['Play on XBMC', 'Play on Kodi'], ['Join with UberConference', 'Join with Dialpad Meetings'], ['LogDNA', 'Mezmo'], ['Nexmo API', 'Vonage API'], ['car2go member number', 'SHARE NOW member number'], ['Search stores on Ebates', 'Search stores on Rakuten'], ['Apple Pay Cash', 'Apple Cash'], ['Open Google Play Movies & TV', 'Open Google TV'], ['MessageBird', 'Bird'], ['Currys PC World', 'Currys'], ['TransferWise', 'Wise'], ['Square Cash', 'Cash App'], ['Wunderlist', 'Microsoft To Do'], ['Microsoft Flow', 'Power Automate'], ['Google Hangouts', 'Google Chat'], ['iTunes Connect', 'App Store Connect'], ['Xbox Live Gold', 'Game Pass Core'], ['Team Foundation Server', 'Azure DevOps Server'], ['Oculus Quest', 'Meta Quest'], ['HBO Max', 'Max']] as const;
    for (const [a, b] of more) {
      assert.ok(nameSimilarity(a, b) >= 0.85, `${a} / ${b}: ${nameSimilarity(a, b)}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    // A longer name is read before the shorter one it starts with: Google Play Movies is not Google Play.
    assert.ok(nameSimilarity('Google Play Movies', 'Google Play') < 0.85, `${nameSimilarity('Google Play Movies', 'Google Play')}`);
    assert.ok(nameSimilarity('Play on XBMC', 'Play on Chromecast') < 0.85);
    // "Azure Active Directory" is a name, not the state "active" dropped.
    assert.equal(meaningChange('Azure Active Directory', 'Microsoft Entra ID', { sameElement: true }), undefined);
    for (const [a, b] of [['Bard', 'Google Workspace'], ['Google Pay', 'Apple Pay'], ['Sign in with Twitter', 'Sign in with GitHub'], ['Close', 'X']] as const) assert.ok(nameSimilarity(a, b) < 0.85, `${a} / ${b}: ${nameSimilarity(a, b)}`);
  });
});

describe('a word swapped on the same element, with the lost word gone from the page', () => {
  test('a rename when a record found the element and the page shows the lost words nowhere; otherwise another thing', () => {
    const gone = () => false;
    const shown = (w: string) => w === 'meeting';
    assert.equal(meaningChange('Add RingCentral Meetings', 'Add RingCentral Video', { sameElement: true, onPage: gone }), undefined);
    assert.match(meaningChange('Add RingCentral Meetings', 'Add RingCentral Video', { sameElement: true, onPage: shown }) ?? '', /"meeting" became "video": another thing/);
    // Without a record the page's words are not asked.
    assert.match(meaningChange('Add RingCentral Meetings', 'Add RingCentral Video', { onPage: gone }) ?? '', /another thing/);
    assert.match(meaningChange('Add RingCentral Meetings', 'Add RingCentral Video', { sameElement: true }) ?? '', /another thing/);
    // Every other meaning rule still decides: two actions, a changed number, the opposite.
    assert.match(meaningChange('Add to Wantlist', 'Remove from Wantlist', { sameElement: true, onPage: gone }) ?? '', /two actions/);
    assert.match(meaningChange('Fedora 39 for x86_64', 'Fedora 40 for x86_64', { sameElement: true, onPage: gone }) ?? '', /the number changed/);
    assert.match(meaningChange('Payment received', 'Payment not received', { sameElement: true, onPage: gone }) ?? '', /the opposite/);
  });

  test("an action whose whole object was swapped acts on another thing, even with the lost word gone: it keeps no whole word but its action", () => {
    const gone = () => false;
    for (const [a, b] of [['Export CSV', 'Export PDF'], ['Connect GitHub', 'Connect GitLab'], ['Download invoice', 'Download receipt'], ['Schedule delivery', 'Schedule collection']] as const) {
      assert.match(meaningChange(a, b, { sameElement: true, onPage: gone }) ?? '', /another thing/, `${a} -> ${b}`);
    }
    // A kept word that names the thing (a brand's other word, the field's noun) still makes it a rename.
    assert.equal(meaningChange('Total Rewards number', 'Caesars Rewards number', { sameElement: true, onPage: gone }), undefined);
    assert.equal(meaningChange('BBVA checking account', 'PNC checking account', { sameElement: true, onPage: gone }), undefined);
    // A function word kept beside the action keeps nothing ("to", "for", "with"); "sign" is an action.
    for (const [a, b] of [['Publish to Xero', 'Publish to FreeAgent'], ['Apply for Bill Me Later', 'Apply for PayPal Credit'], ['Pay with Moneybookers', 'Pay with Skrill'], ['Sign in with Yahoo', 'Sign in with GitHub']] as const) {
      assert.match(meaningChange(a, b, { sameElement: true, onPage: gone }) ?? '', /another thing/, `${a} -> ${b}`);
    }
  });

  test('an action\'s object cut to its generic tail is another thing ("Connect Dropbox" -> "Connect Box")', () => {
    assert.match(meaningChange('Connect Dropbox', 'Connect Box', { sameElement: true, onPage: () => false }) ?? '', /"dropbox" became "box": another thing/);
    assert.match(meaningChange('Open Playlist', 'Open List') ?? '', /another thing/);
    // A name that keeps a word of its own may lose a compound's first part, as one-word names do.
    assert.equal(meaningChange('Domains on Adlists', 'Domains on Lists'), undefined);
    assert.equal(meaningChange('Adlists', 'Lists'), undefined);
    // Another kind-of-element word for a word it does not end ("topic-name" -> "topic-title"), dropped, or added
    // where nothing was lost: the other rules judge it.
    assert.equal(meaningChange('topic-name', 'topic-title'), undefined);
    assert.equal(meaningChange('Search box', 'Search'), undefined);
    assert.equal(meaningChange('Search', 'Search box'), undefined);
  });

  test('a particle dropped from a name that keeps a word is another state or direction; joined to a word it is the same', () => {
    assert.match(meaningChange('Your order is out for delivery', 'Your order was delivered at 19:42.', { sameElement: true, onPage: () => false }) ?? '', /says "out" and .* drops it/);
    assert.match(meaningChange('Turn off alerts', 'Turn alerts') ?? '', /says "off"/);
    assert.equal(meaningChange('Check out', 'Checkout'), undefined);
    assert.equal(meaningChange('Sign up now', 'Signup'), undefined);
    assert.equal(meaningChange('Drop down menu', 'Dropdown menu'), undefined);
    assert.equal(meaningChange('Set up billing', 'Setup billing'), undefined);
    // Nothing kept: no particle rule (other rules judge it).
    assert.doesNotMatch(meaningChange('Sold out', 'Available') ?? '', /drops it/);
  });

  test('a value replaced by a state it did not name, keeping none of its words, is another state, even on the element a record found again', () => {
    const same = { sameElement: true, onPage: () => false };
    assert.match(meaningChange('Your shopper is shopping', 'Delivered at 2:14 PM. Enjoy!', same) ?? '', /names the state "delivered", which .* did not/);
    assert.match(meaningChange('Track order', 'Delivered', same) ?? '', /names the state "delivered"/);
    // The statuses of an order or an invoice are states of their own: one swapped for another is another state.
    assert.match(meaningChange('Sent', 'Paid', same) ?? '', /names the state "sent" and "Paid" the state "paid"/);
    assert.match(meaningChange('Shipped', 'Delivered', same) ?? '', /the state "shipped" and .* the state "delivered"/);
    assert.match(meaningChange('Cancelled', 'Refunded', same) ?? '', /the state "cancelled"/);
    // Where an order stands on its tracker: preparing, packed, in transit, returned. Not "placed" and "confirmed":
    // a confirmation message reworded on the element the record found again is a copy edit (the dev split's txt-quoted-exact).
    assert.match(meaningChange('The restaurant is preparing your order', 'Your order is on its way', same) ?? '', /names the state "preparing" and .* drops it/);
    assert.match(meaningChange('In transit', 'Returned to sender', same) ?? '', /the state "transit"/);
    assert.equal(meaningChange('Order confirmed', 'Order placed', same), undefined);
    // A state put beside a word the value keeps, two spellings of one state, or a test id's words against a
    // visible name (dropState false): not this rule.
    assert.equal(meaningChange('Orders', 'Sent orders'), undefined);
    assert.equal(meaningChange('Canceled', 'Cancelled'), undefined);
    assert.equal(meaningChange('order-tracker', 'Delivered', { dropState: false }), undefined);
    // A button's emphasis is no state a renamed value came to show (`btn-save` -> `cta-primary`).
    assert.doesNotMatch(meaningChange('btn-save', 'cta-primary', same) ?? '', /names the state/);
  });

  test('a status sentence that keeps its subject and puts a new state after its verb is another state; the same state reworded is not', () => {
    const same = { sameElement: true, onPage: () => false };
    for (const opts of [{}, same]) {
      assert.match(meaningChange('Your parcel is on its way', 'Your parcel has been delivered', opts) ?? '', /now says "delivered", keeping nothing/);
      assert.match(meaningChange('The payment is being reviewed', 'The payment was refunded', opts) ?? '', /now says "refunded"/);
    }
    assert.equal(meaningChange('Your order is confirmed', 'Your order has been confirmed', same), undefined, 'the same state, reworded');
    assert.equal(meaningChange('Your parcel is on its way', 'Your parcel is on the way', same), undefined);
    assert.equal(meaningChange('Your file is ready', 'Your file is ready to download', same), undefined);
    // No verb in the old text: the subject is no sentence's (other rules judge it).
    assert.doesNotMatch(meaningChange('Parcel on its way', 'Parcel has been delivered', same) ?? '', /keeping nothing/);
    // A question opens with its verb: no subject, no status (a help link).
    assert.doesNotMatch(meaningChange('Is your parcel on its way?', 'Your parcel has been delivered', same) ?? '', /keeping nothing/);
  });

  test('two names that share no word, each led by a verb of its own, the old acting on something it names, are two actions, even on the record\'s element', () => {
    const same = { sameElement: true, onPage: () => false };
    for (const opts of [{}, same]) {
      assert.match(meaningChange('Get tickets', 'Join waitlist', opts) ?? '', /share no word and each is led by a verb of its own \("get" \/ "join"\)/);
      assert.match(meaningChange('Back this project', 'Manage your pledge', opts) ?? '', /\("back" \/ "manage"\)/);
    }
    // Synonyms, a call to action that names nothing (a state, a filler), one word, a word kept: not this rule.
    assert.equal(meaningChange('Log in now', 'Sign in here', same), undefined);
    assert.doesNotMatch(meaningChange('Get started', 'Try Team for 14 days', same) ?? '', /share no word/);
    assert.doesNotMatch(meaningChange('Learn more', 'Read the docs', same) ?? '', /share no word/);
    assert.doesNotMatch(meaningChange('Subscribe', 'Join', same) ?? '', /share no word/);
    assert.doesNotMatch(meaningChange('Get the app', 'Download the app', same) ?? '', /share no word/);
    assert.doesNotMatch(meaningChange('Tickets on sale', 'Join waitlist', same) ?? '', /share no word/, 'the old name is led by no verb');
    assert.match(meaningChange('Get tickets', 'Join', same) ?? '', /share no word/, 'a new name of one verb acts too');
    assert.doesNotMatch(meaningChange('get tickets', 'Join waitlist', { dropState: false }) ?? '', /share no word/, "a test id's words against a visible name");
    assert.doesNotMatch(meaningChange('Delete this photo', 'Remove your picture', same) ?? '', /share no word/, 'synonymous verbs are a word shared');
  });

  test('a name that keeps only the verb leading it acts on another thing, even on the record\'s element with the lost words gone from the page', () => {
    const same = { sameElement: true, onPage: () => false };
    assert.match(meaningChange('Read about The Whalebone Arch', 'Read about The Sunken Village of Kilnsea', same) ?? '', /share "read" but "whalebone" became "sunken"/);
    assert.match(meaningChange('Learn about pricing', 'Learn about plans', same) ?? '', /another thing/, '"about" is a function word: it keeps nothing');
    // A word of its own kept: the brand renamed on the same element; a verb that leads only one of the names is a noun there.
    assert.equal(meaningChange('Add RingCentral Meetings', 'Add RingCentral Video', same), undefined);
    assert.equal(meaningChange('Email addresses', 'Invite by email', same), undefined);
  });

  test('a negation put in a value that keeps none of the old words is another state', () => {
    const same = { sameElement: true, onPage: () => false };
    for (const opts of [{}, same]) {
      assert.match(meaningChange('Up to Date', 'Out of Sync', opts) ?? '', /"Out of Sync" says "out of" where "Up to Date" said no such thing/);
      assert.match(meaningChange('Available', 'Out of stock', opts) ?? '', /says "out of"/);
    }
    // A negation dropped, or kept words (the opposite rule): not this one.
    assert.doesNotMatch(meaningChange('Out of Sync', 'Up to Date', same) ?? '', /said no such thing/);
    assert.doesNotMatch(meaningChange('Synced', 'Not synced', same) ?? '', /said no such thing/);
    assert.doesNotMatch(meaningChange('Not synced', 'No connection', same) ?? '', /said no such thing/, 'both negative');
    assert.equal(meaningChange('decline offer', 'No thanks', { dropState: false }), undefined, "a test id's words against a visible name");
  });

  test("a record's code swapped for another of the same letter and digit pattern is another record; hashes of classes and test ids are not judged so", () => {
    const same = { sameElement: true, onPage: () => false };
    for (const opts of [{}, same]) {
      assert.match(meaningChange('Solve #K3vQx', 'Solve #r8TfN', opts) ?? '', /names one record by its code "K3vQx" and .* another \("r8TfN"\)/);
      assert.match(meaningChange('Booking ref XK4P9Q', 'Booking ref ZT7M2R', opts) ?? '', /its code "XK4P9Q"/);
    }
    // Another pattern, a number with a unit, a code kept, or no text at all (a class's hash): not this rule.
    assert.doesNotMatch(meaningChange('Solve #K3vQx', 'Solve #r8T2fN', same) ?? '', /its code/);
    assert.doesNotMatch(meaningChange('Play 1080p', 'Play 2160p') ?? '', /its code/);
    assert.doesNotMatch(meaningChange('Download 100MB', 'Download 250MB') ?? '', /its code/, 'a size with its unit');
    assert.equal(meaningChange('Order A12B3', 'Your order A12B3', same), undefined);
    assert.doesNotMatch(meaningChange('card-K3vQx', 'card-r8TfN') ?? '', /its code/);
  });

  test('without a record: a status sentence cut to a label, and a lone state put in a longer text, are other elements', () => {
    assert.match(meaningChange('Your shopper is shopping', 'Shopping') ?? '', /a sentence that says where something stands/);
    assert.match(meaningChange('Your order is out for delivery', 'Out for delivery') ?? '', /a sentence that says where something stands/);
    assert.match(meaningChange('Sent', 'Sent on 3 Dec') ?? '', /the state "sent" alone and "Sent on 3 Dec" a longer text/);
    // With a record that found the element again, neither rule: it is the same element.
    const same = { sameElement: true, onPage: () => false };
    assert.equal(meaningChange('Sent', 'Sent on 3 Dec', same), undefined);
    assert.doesNotMatch(meaningChange('Your shopper is shopping', 'Shopping', same) ?? '', /a sentence/);
    // A sentence that keeps its verb, a name with no verb cut short, a state renamed alone: not these rules.
    assert.equal(meaningChange('Your cart is empty', 'Your cart is empty now'), undefined);
    assert.doesNotMatch(meaningChange('Your order is on its way', 'Order is on the way') ?? '', /a sentence/);
    assert.equal(meaningChange('Save changes', 'Save'), undefined);
    assert.equal(meaningChange('Canceled', 'Cancelled'), undefined);
    // A sentence whose verb opens it, or a label that keeps none of it, is judged by the other rules.
    assert.doesNotMatch(meaningChange('Is it ready', 'Ready') ?? '', /a sentence/);
    assert.doesNotMatch(meaningChange('Your shopper is shopping', 'On the way') ?? '', /a sentence/);
  });

  test('"notify" is an action: "Add to cart" -> "Notify me" (sold out) is two actions', () => {
    assert.match(meaningChange('Add to cart', 'Notify me', { sameElement: true, onPage: () => false }) ?? '', /two actions \("add" \/ "notify"\)/);
  });
});

describe('a destructive action made final or total is a stronger action', () => {
  test('"Delete" -> "Permanently delete", "Clear" -> "Clear all", "Leave" -> "Leave and delete everything"; "Save" -> "Save all" is not judged here', () => {
    for (const [a, b] of [['Delete', 'Permanently delete'], ['Clear', 'Clear all'], ['Delete file', 'Delete file forever'], ['Remove', 'Remove everything']] as const) {
      assert.match(meaningChange(a, b, { sameElement: true }) ?? '', /makes the action final/, `${a} / ${b}`);
      assert.match(meaningChange(a, b) ?? '', /makes the action final/, `${a} / ${b}`);
    }
    assert.doesNotMatch(meaningChange('Save', 'Save all') ?? '', /makes the action final/);
    assert.equal(meaningChange('Delete permanently', 'Permanently delete'), undefined);
  });
});

describe('a negation, or an in/out or up/down swap, over a shared word is the opposite', () => {
  test('"Synced" -> "OutOfSync", "Payment received" -> "Payment not received", "Zoom in" -> "Zoom out"', () => {
    for (const [a, b] of [['Synced', 'OutOfSync'], ['Payment received', 'Payment not received'], ['No results', 'Results'], ['In stock', 'Out of stock'], ['Zoom in', 'Zoom out']] as const) {
      assert.match(meaningChange(a, b, { sameElement: true }) ?? '', /opposite/, `${a} / ${b}`);
    }
    // Up for down, alone or beside a shared word (a monitor's status, a scroll button), either way.
    for (const [a, b] of [['Up', 'Down'], ['Down', 'Up'], ['Scroll up', 'Scroll down'], ['Thumbs up', 'Thumbs down']] as const) {
      assert.match(meaningChange(a, b, { sameElement: true }) ?? '', /opposite/, `${a} / ${b}`);
    }
    assert.doesNotMatch(meaningChange('Sign up', 'Sign up for free') ?? '', /opposite/);
    assert.doesNotMatch(meaningChange('Shutdown', 'Shut down kernel') ?? '', /opposite/);
    // Both negated, or no shared word: not this rule.
    assert.doesNotMatch(meaningChange('No thanks', 'Not now') ?? '', /opposite/);
    assert.doesNotMatch(meaningChange('Not found', 'Page missing') ?? '', /opposite/);
  });
});

describe('an action that became the state it leaves, and a record named by its number', () => {
  test('"Follow" -> "Following" is the action taken, not a rename; a number is one record', () => {
    for (const [a, b] of [['Follow', 'Following'], ['Subscribe', 'Subscribed'], ['Save', 'Saved'], ['Add to cart', 'Added to cart'], ['Pin', 'Pinned'], ['Download', 'Downloading']] as const) {
      assert.match(meaningChange(a, b) ?? '', /is an action and .* the state it leaves/, `${a} / ${b}`);
    }
    for (const [a, b] of [['112-4471', '112-5590'], ['#4471', '#4472'], ['42', '43']] as const) assert.match(meaningChange(a, b) ?? '', /names one record by its number/, `${a} / ${b}`);
    // Still renames: a word added, a plural, a counter inside a generated name, a word that is no action.
    for (const [a, b] of [['Save', 'Save changes'], ['Upload', 'Uploads'], ['menu-button-3', 'menu-button-5'], ['Settings', 'Setting']] as const) assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
  });
});

describe('a name written as the initials of another', () => {
  test('reads as a synonym (0.85) either way, in capitals, with or without its little words and a plural s', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    for (const [a, b] of [['Frequently asked questions', 'FAQs'], ['Frequently Asked Questions', 'FAQ'], ['Terms of service', 'TOS'], ['Terms of service', 'TS'], ['Portable document format', 'PDF']] as const) {
      assert.equal(nameSimilarity(a, b), 0.85, `${a} / ${b}`);
      assert.equal(nameSimilarity(b, a), 0.85, `${b} / ${a}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    // Not initials: lower case or mixed case, one word, other letters, too long.
    for (const [a, b] of [['Frequently asked questions', 'faq'], ['Terms of service', 'ToS'], ['Questions', 'Q'], ['Frequently asked questions', 'FAB'], ['Frequently asked questions', 'FAQSX']] as const) {
      assert.ok(nameSimilarity(a, b) < 0.85, `${a} / ${b}: ${nameSimilarity(a, b)}`);
    }
  });
});

describe('a name that gained or lost a count badge', () => {
  test('scores as nearly the same name (0.95) either way; a name that held a number, or other words, does not', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    for (const [a, b] of [['Filters', 'Filters 2'], ['Inbox', 'Inbox (3)'], ['Cart', 'Cart 99+'], ['Messages', 'Messages [12]'], ['Notifications', '4 Notifications'], ['Pay', 'Pay $24.00'], ['Total', 'Total €5,50']] as const) {
      assert.equal(nameSimilarity(a, b), 0.95, `${a} / ${b}`);
      assert.equal(nameSimilarity(b, a), 0.95, `${b} / ${a}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    // A number that was already there names a step or a record; other words are other words; a badge is one number.
    for (const [a, b] of [['Step 1', 'Step 2'], ['Filters', 'Clear filters'], ['Filters', 'Filters 2 3'], ['Filters', 'Filters2'], ['Filters', 'Filters 123456']] as const) {
      assert.ok(nameSimilarity(a, b) < 0.95, `${a} / ${b}: ${nameSimilarity(a, b)}`);
    }
  });
});

describe('filler words of call-to-action copy, on an element a record found again', () => {
  test('"Get started" -> "Start free trial" and "Read more" -> "Continue reading" are renames of the same element; without the record, or with a filler kept, the words still count', () => {
    for (const [a, b] of [['Get started', 'Start free trial'], ['Read more', 'Continue reading'], ['Learn more', 'Learn about pricing'], ['Sign up now', 'Sign up for free']] as const) {
      assert.equal(meaningChange(a, b, { sameElement: true }), undefined, `${a} / ${b}`);
    }
    assert.match(meaningChange('Get started', 'Start free trial') ?? '', /"get" became "free": another thing/);
    assert.match(meaningChange('Read more', 'Continue reading') ?? '', /another thing/);
    // A filler both names keep is a shared word like any other; a word that names something is never a filler.
    assert.match(meaningChange('Get started', 'Get help', { sameElement: true }) ?? '', /"started" became "help": another thing/);
    assert.match(meaningChange('Search products', 'Search orders', { sameElement: true }) ?? '', /another thing/);
    assert.match(meaningChange('Email addresses', 'Invite by email', { sameElement: true }) ?? '', /another thing/);
  });
});

describe('a state that became the action leading to it', () => {
  test('an action taken again ("Close poll" -> "Reopen poll", "Send" -> "Resend") is another action, on the element a record found again too', () => {
    const same = { sameElement: true, onPage: () => false };
    assert.match(meaningChange('Close poll', 'Reopen poll', same) ?? '', /two actions \("close" \/ "reopen"\)/);
    assert.match(meaningChange('Archive', 'Reassign', same) ?? '', /two actions \("archive" \/ "reassign"\)/);
    assert.ok(meaningChange('Send invoice', 'Resend invoice', same));
    // A word that merely starts with "re" is no action taken again.
    assert.equal(meaningChange('Save', 'Save report', same), undefined);
  });

  test('"Canceled" -> "Cancel order" and "Following" -> "Follow" are refused; a respelling of the state is not', () => {
    assert.match(meaningChange('Canceled', 'Cancel order') ?? '', /"Canceled" is the state the action "Cancel order" leaves \("canceled" \/ "cancel"\)/);
    assert.match(meaningChange('Following', 'Follow') ?? '', /is the state the action "Follow" leaves/);
    assert.equal(meaningChange('Canceled', 'Cancelled'), undefined);
    assert.equal(meaningChange('Featured', 'Feature now'), undefined, 'not an action word');
    assert.equal(meaningChange('Get started', 'Start now', { sameElement: true }), undefined, 'after "get", an action');
  });
});

describe('a link that became a button acting on what it named', () => {
  test('"Spam" -> "Report spam" is another control; "Open settings", "View cart" and a link that named an action are not judged', async () => {
    const { actionOnPlace } = await import('../../src/class-b/update-selectors/meaning.js');
    assert.match(actionOnPlace('Spam', 'Report spam') ?? '', /the link "Spam" went to a place and the button "Report spam" acts on it \("report"\)/);
    assert.match(actionOnPlace('Starred', 'Remove from Starred') ?? '', /\("remove"\)/);
    for (const [a, b] of [['Settings', 'Open settings'], ['Cart', 'View cart'], ['Delete', 'Delete account'], ['Checkout', 'Proceed to checkout']] as const) assert.equal(actionOnPlace(a, b), undefined, `${a} / ${b}`);
  });
});

describe('a trailing ellipsis', () => {
  test('says a field waits for input: "Reply…" is contained in "Reply in thread…", "Search..." is "Search"', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    assert.equal(nameSimilarity('Search...', 'Search'), 1);
    assert.equal(nameSimilarity('Reply\u2026', 'Reply in thread\u2026').toFixed(2), '0.70');
    assert.ok(nameSimilarity('Reply\u2026', 'Reply in thread\u2026') > nameSimilarity('Reply\u2026', 'Replay in thread\u2026'));
  });
});

describe('"Move to trash"', () => {
  test('is a wording of delete and remove, as UI copy writes it ("Remove" -> "Move to trash", "Delete" -> "Move to bin")', async () => {
    const { nameSimilarity } = await import('../../src/class-b/update-selectors/similarity.js');
    for (const [a, b] of [['Remove', 'Move to trash'], ['Delete', 'Move to bin'], ['Discard', 'Move to the trash']] as const) {
      assert.equal(nameSimilarity(a, b), 0.85, `${a} / ${b}`);
      assert.equal(meaningChange(a, b), undefined, `${a} / ${b}`);
    }
    assert.ok(nameSimilarity('Move', 'Move to folder') < 0.85);
  });
});
