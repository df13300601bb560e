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
      ['Order confirmed', 'Order placed'],
      ["Don't save", "Don't save changes"],
      ['total', 'grand-total'],
    ]) {
      assert.equal(meaningChange(lost as string, found as string), undefined, `${lost} -> ${found}`);
    }
  });

  test('a state dropped or replaced is refused', () => {
    assert.match(meaningChange('status-active', 'status') ?? '', /names the state "active" and "status" drops it/);
    assert.match(meaningChange('badge-success', 'badge-danger') ?? '', /the state "success" and "badge-danger" the state "danger"/);
    assert.match(meaningChange('item--done', 'item--todo') ?? '', /state "done"/);
    assert.match(meaningChange('isDisabled', 'button') ?? '', /state "disabled"/);
    // Against a visible name a test id's state word may go unmatched, but not be replaced.
    assert.equal(meaningChange('row selected', 'Ada Lovelace', { dropState: false }), undefined);
    assert.match(meaningChange('row selected', 'Archived row', { dropState: false }) ?? '', /the state "archived"/);
  });

  test('a word under a meaning prefix is another word', () => {
    assert.match(meaningChange('subtotal', 'total') ?? '', /"subtotal" and "total" are two things \("sub-"/);
    assert.match(meaningChange('preview-pane', 'view-pane') ?? '', /"pre-"/);
    assert.match(meaningChange('total', 'subtotal') ?? '', /"sub-"/, 'either way round');
    assert.equal(meaningChange('subtotal', 'subtotal-row'), undefined, 'the same word kept is a rename');
    assert.equal(meaningChange('cart', 'recart-ish'.slice(0, 2)), undefined, 'short words are never prefixes of anything');
  });

  test('another action is refused; synonyms and an added action are not', () => {
    assert.match(meaningChange('Delete account', 'Deactivate account') ?? '', /two actions \("delete" \/ "deactivate"\)/);
    assert.match(meaningChange('Archive', 'Delete') ?? '', /two actions/);
    assert.match(meaningChange('approve-btn', 'reject-btn') ?? '', /two actions/);
    assert.equal(meaningChange('Save', 'Save and close'), undefined, 'the action is still there');
    assert.equal(meaningChange('Checkout', 'Proceed to checkout'), undefined);
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

  test('text=Delete account is not healed to "Deactivate account", but is to "Remove account"', () => {
    const root = tree({ 'a.spec.ts': "await page.locator('text=Delete account').click();\n" });
    assert.match(refusal(proposeClassBFix(input(root, ['- button "Deactivate account"', '- button "Cancel"']))), /the closest element, button "Deactivate account", is another thing than the locator named: .*two actions/);
    const p = proposal(proposeClassBFix(input(root, ['- button "Remove account"', '- button "Cancel"'])));
    assert.match(p.edits[0]?.after ?? '', /Remove account/);
  });
});
