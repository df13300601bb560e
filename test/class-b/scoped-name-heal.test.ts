// A named query inside a scope that only the DOM snapshot can resolve (a CSS step, a filter): the
// renamed element is looked for inside what the steps before it find, not on the whole page, where
// every card has one. Ties, changed meanings and chains that would not find the element alone refuse
// or stand aside.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scopedNameHeal } from '../../src/class-b/update-selectors/scoped-name-heal.js';
import { containerVersusControl, scoreNode } from '../../src/class-b/update-selectors/intent.js';
import { MIN_SCORE } from '../../src/class-b/update-selectors/candidates.js';
import { parseLocatorText, renderChain } from '../../src/class-b/update-selectors/locator.js';
import type { AriaNode } from '../../src/class-b/update-selectors/aria-snapshot.js';
import { dom, type DomEl } from './helpers.js';

const chain = (s: string) => parseLocatorText(s);
const button = (name: string): DomEl => ({ tag: 'button', role: 'button', ownText: name, name });
const card = (title: string, action: string, extra: DomEl[] = []): DomEl => ({ tag: 'li', classes: ['product-card'], text: `${title} ${action}`, kids: [{ tag: 'h3', ownText: title }, button(action), ...extra] });

// Four cards, three of them with the renamed action: on the whole page that is a three-way tie.
const grid = dom([
  { tag: 'ul', classes: ['grid'], kids: [card('Merino beanie', 'Select options', [button('Add to wishlist')]), card('Cashmere scarf', 'Select options'), card('Leather gloves', 'Add to cart'), card('Merino socks', 'Select options')] },
]);
const CARD = "locator('.product-card').filter({ hasText: 'Merino beanie' })";

describe('scoped name heal', () => {
  test('the renamed button inside the one card the scope finds: the step keeps its method and options', () => {
    for (const [step, fixed] of [
      ["getByRole('button', { name: 'Choose options' })", "getByRole('button', { name: 'Select options' })"],
      ["getByRole('button', { name: 'Choose options', exact: true })", "getByRole('button', { name: 'Select options', exact: true })"],
    ] as const) {
      const r = scopedNameHeal(grid, chain(`${CARD}.${step}`), { count: 1 });
      assert.ok(r && 'repl' in r, JSON.stringify(r));
      assert.deepEqual([r.repl.from, r.repl.to], [2, 2]);
      assert.equal(renderChain(r.repl.steps), fixed);
      assert.equal(r.elements.length, 1);
      assert.match(r.why, /inside what locator\('\.product-card'\)\.filter\(\{ hasText: 'Merino beanie' \}\) finds any more; there, <button> "Select options" now has the name "Select options"/);
    }
  });

  test('only what is inside the scope competes: a closer name in another card is not the element', () => {
    const page = dom([{ tag: 'ul', kids: [card('Merino beanie', 'Select options'), card('Leather gloves', 'Choose option')] }]);
    const r = scopedNameHeal(page, chain(`${CARD}.getByRole('button', { name: 'Choose options' })`), { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(renderChain(r.repl.steps), "getByRole('button', { name: 'Select options' })");
  });

  test('a title the ARIA snapshot cannot show: healed on the whole page, hidden elements not taken', () => {
    const icon = (title: string, text: string, visible = true): DomEl => ({ tag: 'button', role: 'button', ownText: text, name: text, title, visible });
    const page = dom([{ tag: 'div', classes: ['toolbar'], kids: [icon('Mark all as read', '✓'), icon('Notification settings', '⚙')] }, { tag: 'div', classes: ['toast'], kids: [icon('Close notification', '×'), icon('Dismiss all', '×', false)] }]);
    const r = scopedNameHeal(page, chain("getByTitle('Dismiss', { exact: true })"), { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(renderChain(r.repl.steps), "getByTitle('Close notification', { exact: true })");
    assert.match(r.why, /finds nothing on the page any more; there, <button> "×" now has the title "Close notification"/);
    // Not exact: the hidden "Dismiss all" still matches, so the locator did not drift.
    assert.equal(scopedNameHeal(page, chain("getByTitle('Dismiss')"), { count: 1 }), undefined);
    // Other first steps stay the ARIA healer's.
    assert.equal(scopedNameHeal(page, chain("getByRole('button', { name: 'Dismiss' })"), { count: 1 }), undefined);
  });

  test('a scope that finds several elements: the fixed chain must still find one element, or it stands aside', () => {
    const r = scopedNameHeal(grid, chain("locator('.product-card').getByRole('button', { name: 'Choose options' })"), { count: 1 });
    assert.equal(r, undefined);
    // toHaveCount(3): the three renamed buttons are what the test counted.
    const three = scopedNameHeal(grid, chain("locator('.product-card').getByRole('button', { name: 'Choose options' })"), { count: 3 });
    assert.ok(three && 'repl' in three, JSON.stringify(three));
    assert.equal(three.elements.length, 3);
  });

  test('two values inside the scope fit about equally: refused, naming both', () => {
    const page = dom([{ tag: 'div', classes: ['row'], kids: [button('Contact sales'), button('Contact support')] }]);
    const r = scopedNameHeal(page, chain("locator('.row').getByRole('button', { name: 'Contact us' })"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"Contact sales" \(\d\.\d\d\) and "Contact support" \(\d\.\d\d\) fit getByRole\('button', \{ name: 'Contact us' \}\) about equally well/);
  });

  test('the closest value means something else: refused by the meaning rules', () => {
    const page = dom([{ tag: 'div', classes: ['toolbar'], kids: [button('Disable notifications'), button('Help')] }]);
    const r = scopedNameHeal(page, chain("locator('.toolbar').getByRole('button', { name: 'Enable notifications' })"), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /the closest is "Disable notifications"/);
  });

  test('stands aside: nothing close inside the scope, a role that differs, an unknown scope, a step after it that queries', () => {
    const none = scopedNameHeal(grid, chain(`${CARD}.getByRole('button', { name: 'Refund' })`), { count: 1 });
    assert.equal(none, undefined);
    // Only buttons compete for a button query: a link with the name is another element.
    const link = dom([{ tag: 'div', classes: ['card'], kids: [{ tag: 'a', role: 'link', ownText: 'Select options', name: 'Select options' }] }]);
    assert.equal(scopedNameHeal(link, chain("locator('.card').getByRole('button', { name: 'Choose options' })"), { count: 1 }), undefined);
    // A first step the snapshot cannot run: no scope to search in.
    assert.equal(scopedNameHeal(grid, chain("locator('.product-card:nth-child(1)').getByRole('button', { name: 'Choose options' })"), { count: 1 }), undefined);
    // A chain that starts with the named query is the ARIA healer's (no scope before it).
    assert.equal(scopedNameHeal(grid, chain("getByRole('button', { name: 'Choose options' })"), { count: 1 }), undefined);
    // A query after the broken step would end the chain on another element.
    assert.equal(scopedNameHeal(grid, chain(`${CARD}.getByRole('button', { name: 'Choose options' }).locator('span')`), { count: 1 }), undefined);
    // A scope that finds nothing is not this healer's: the drift is in the scope.
    assert.equal(scopedNameHeal(grid, chain("locator('.product-tile').getByRole('button', { name: 'Choose options' })"), { count: 1 }), undefined);
  });
});

describe('a container is never the control that opens it', () => {
  const node = (role: string, name: string): AriaNode => ({ role, name, attrs: {}, content: [], line: 1 });
  test('getByRole(dialog) scores the button of the same name below the renamed dialog', () => {
    const intent = { via: 'role' as const, role: 'dialog', roleCertainty: 'explicit' as const, name: 'Edit profile', exact: false, count: 1 };
    const openButton = scoreNode(intent, node('button', 'Edit profile'));
    const dialog = scoreNode(intent, node('dialog', 'Edit your profile'));
    assert.ok(dialog - openButton >= 0.1, `dialog ${dialog}, button ${openButton}`);
    assert.equal(containerVersusControl('dialog', 'button'), true);
    assert.equal(containerVersusControl('listitem', 'list'), true);
    assert.equal(containerVersusControl('button', 'link'), false);
    assert.equal(containerVersusControl('heading', 'dialog'), false);
  });
});

describe('a landmark name that repeated its role', () => {
  const node = (role: string, name: string): AriaNode => ({ role, name, attrs: {}, content: [], line: 1 });
  test('"Main navigation" -> "Primary" reads as "Main" -> "Primary" between two navigations; other roles keep the word', () => {
    const intent = { via: 'role' as const, role: 'navigation', roleCertainty: 'explicit' as const, name: 'Main navigation', exact: false, count: 1 };
    assert.equal(scoreNode(intent, node('navigation', 'Primary')), 0.85);
    assert.ok(scoreNode(intent, node('navigation', 'Footer')) < 0.3, 'another navigation');
    assert.ok(scoreNode(intent, node('navigation', 'Breadcrumb')) < 0.3, 'another navigation');
    assert.equal(scoreNode({ ...intent, name: 'Footer navigation' }, node('navigation', 'Footer nav')), 1);
    // A heading or button is no landmark: its words all count.
    assert.ok(scoreNode({ ...intent, role: 'heading', name: 'Main navigation' }, node('heading', 'Primary')) < 0.6);
    // A name that is only the role word stays as it is.
    assert.equal(scoreNode({ ...intent, name: 'Navigation' }, node('navigation', 'Navigation')), 1);
  });
});

describe('a button the test clicked is not a link in the navigation', () => {
  test('the folder list\'s "Archive" link scores under the bar for getByRole(button, Archive); a link elsewhere still fits', () => {
    const nav: AriaNode = { role: 'navigation', name: '', attrs: {}, content: [], line: 0 };
    const inNav: AriaNode = { role: 'link', name: 'Archive', attrs: {}, content: [], line: 1, parent: nav };
    const inToolbar: AriaNode = { role: 'link', name: 'Archive', attrs: {}, content: [], line: 2 };
    const intent = { via: 'role' as const, role: 'button', roleCertainty: 'explicit' as const, name: 'Archive', exact: false, count: 1 };
    assert.ok(scoreNode(intent, inNav) < MIN_SCORE, String(scoreNode(intent, inNav)));
    assert.ok(scoreNode(intent, inToolbar) >= 0.8, String(scoreNode(intent, inToolbar)));
  });
});
