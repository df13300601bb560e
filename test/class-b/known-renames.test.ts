// Class renames that CSS frameworks and icon sets published in their migration guides: healed though no
// similarity of the names links them, and never read as a change of meaning.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { knownRename, knownRenamesOf } from '../../src/class-b/update-selectors/known-renames.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { dom } from './helpers.js';

const healed = (r: ReturnType<typeof domHeal>) => {
  assert.ok(r && 'repl' in r, JSON.stringify(r));
  const a = r.repl.steps[0]?.args[0];
  return a?.t === 'str' ? a.v : '';
};

describe('known renames', () => {
  test('the tables and the family rules', () => {
    assert.equal(knownRename('panel', 'card'), 'Bootstrap 4');
    assert.equal(knownRename('btn-default', 'btn-secondary'), 'Bootstrap 4');
    assert.equal(knownRename('badge-danger', 'bg-danger'), 'Bootstrap 5');
    assert.equal(knownRename('fa-trash-alt', 'fa-trash-can'), 'Font Awesome 6');
    assert.equal(knownRename('ml-md-3', 'ms-md-3'), 'Bootstrap 5');
    assert.equal(knownRename('pr-auto', 'pe-auto'), 'Bootstrap 5');
    assert.equal(knownRename('float-lg-right', 'float-lg-end'), 'Bootstrap 5');
    assert.equal(knownRename('mat-form-field', 'mat-mdc-form-field'), 'Angular Material 15 (MDC)');
    assert.equal(knownRename('v-list-item__title', 'v-list-item-title'), 'Vuetify 3');
    // Not renames: the other direction, a wrong target, a generic word, an already migrated name, a spacing out of the scale.
    assert.equal(knownRename('card', 'panel'), undefined);
    assert.equal(knownRename('fa-trash-alt', 'fa-dumpster'), undefined);
    assert.equal(knownRename('label', 'badge'), undefined);
    assert.equal(knownRename('mat-mdc-button', 'mat-mdc-mdc-button'), undefined);
    assert.equal(knownRename('ml-6', 'ms-6'), undefined);
    assert.equal(knownRename('ml-3', 'me-3'), undefined);
    assert.deepEqual(knownRenamesOf('fa-cog'), ['fa-gear']);
    assert.deepEqual(knownRenamesOf('fa-gear'), ['fa-cog']);
    assert.deepEqual(knownRenamesOf('history-item'), []);
  });
});

describe('known renames in the DOM healer', () => {
  test('a renamed icon class is healed where the meaning rule alone refuses it (Font Awesome 6)', () => {
    const page = dom([{ tag: 'div', classes: ['toolbar'], kids: [
      { tag: 'button', role: 'button', name: 'Delete', kids: [{ tag: 'i', classes: ['fa-solid', 'fa-trash-can'] }] },
      { tag: 'button', role: 'button', name: 'Empty', kids: [{ tag: 'i', classes: ['fa-solid', 'fa-dumpster'] }] },
    ] }]);
    assert.equal(healed(domHeal(page, parseLocatorText("locator('.toolbar .fa-trash-alt')"), { count: 1 })), '.toolbar .fa-trash-can');
    // A name no similarity links: the rename is the only evidence, and it is enough.
    const close = dom([{ tag: 'button', role: 'button', name: 'Close', kids: [{ tag: 'i', classes: ['fa-solid', 'fa-xmark'] }] }, { tag: 'i', classes: ['fa-solid', 'fa-check'] }]);
    assert.equal(healed(domHeal(close, parseLocatorText("locator('i.fa-times')"), { count: 1 })), 'i.fa-xmark');
  });

  test('two classes one release renamed in one selector are swapped together (Bootstrap 3 -> 4)', () => {
    const page = dom([
      { tag: 'div', classes: ['card'], kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-secondary'], ownText: 'Edit' }] },
      { tag: 'div', classes: ['sidebar'], kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-primary'], ownText: 'New' }] },
    ]);
    assert.equal(healed(domHeal(page, parseLocatorText("locator('.panel .btn-default')"), { count: 1 })), '.card .btn-secondary');
  });

  test('a published rename still has to find one visible element, and a real rival still ties', () => {
    const two = dom([
      { tag: 'button', role: 'button', classes: ['btn-close'], name: 'Close dialog' },
      { tag: 'button', role: 'button', classes: ['btn-close'], name: 'Close toast' },
    ]);
    const r = domHeal(two, parseLocatorText("locator('button.close')"), { count: 1 });
    assert.ok(!r || 'refused' in r, JSON.stringify(r));
    const hidden = dom([{ tag: 'i', classes: ['fa-xmark'], visible: false }]);
    const h = domHeal(hidden, parseLocatorText("locator('.fa-times')"), { count: 1 });
    assert.ok(!h || 'refused' in h, JSON.stringify(h));
  });
});

describe('a value renamed in each of two chain steps', () => {
  const page = dom([
    { tag: 'div', classes: ['card'], kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-secondary'], ownText: 'Edit' }, { tag: 'button', role: 'button', classes: ['btn', 'btn-archive'], ownText: 'Archive' }] },
    { tag: 'div', classes: ['sidebar'], kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-primary'], ownText: 'New' }] },
  ]);
  const heal = (s: string) => domHeal(page, parseLocatorText(s), { count: 1 });

  test('both steps are swapped, each a rename of its own (Bootstrap 3 -> 4 across two locator() calls)', () => {
    const r = heal("locator('.panel').locator('.btn-default')");
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.deepEqual([r.repl.from, r.repl.to], [0, 1]);
    assert.deepEqual(r.repl.steps.map((st) => (st.args[0]?.t === 'str' ? st.args[0].v : '')), ['.card', '.btn-secondary']);
    assert.match(r.why, /a later step/);
  });

  test('a later step with no rename of its own is not healed, however good the first swap', () => {
    const r = heal("locator('.panel').locator('.btn-delete')");
    assert.ok(!r || 'refused' in r, JSON.stringify(r));
  });

  test('end to end: both steps of one line are edited in place', async () => {
    const { proposeClassBFix } = await import('../../src/class-b/healers.js');
    const { tree, proposal } = await import('./helpers.js');
    const path = await import('node:path');
    const root = tree({ 'a.spec.ts': 'await page.locator(".panel").locator(`.btn-default`).click();\n' });
    const file = path.join(root, 'a.spec.ts');
    const message = "TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for locator('.panel').locator('.btn-default')\n";
    const p = proposal(proposeClassBFix({ category: 'update-selectors', testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:1:9`, testFile: file, testLine: 1, domSnapshot: page, rootDir: root }));
    assert.equal(p.edits[0]?.after, 'await page.locator(".card").locator(`.btn-secondary`).click();', 'each string in place, its quotes kept');
  });
});

describe('two steps of a Prettier chain', () => {
  test('each changed line is its own edit; a line the steps do not hold is never touched', async () => {
    const { proposeClassBFix } = await import('../../src/class-b/healers.js');
    const { tree, proposal } = await import('./helpers.js');
    const path = await import('node:path');
    const page = dom([
      { tag: 'div', classes: ['card'], text: 'Billing address Edit', kids: [{ tag: 'h3', ownText: 'Billing address' }, { tag: 'button', role: 'button', classes: ['btn', 'btn-secondary'], ownText: 'Edit' }] },
      { tag: 'div', classes: ['card'], text: 'Shipping address Edit', kids: [{ tag: 'h3', ownText: 'Shipping address' }, { tag: 'button', role: 'button', classes: ['btn', 'btn-secondary'], ownText: 'Edit' }] },
    ]);
    const spec = "test('t', async ({ page }) => {\n  await page\n    .locator('.panel')\n    .filter({ hasText: 'Billing address' })\n    .locator('.btn-default')\n    .click();\n});\n";
    const root = tree({ 'a.spec.ts': spec });
    const file = path.join(root, 'a.spec.ts');
    const message = "TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for locator('.panel').filter({ hasText: 'Billing address' }).locator('.btn-default')\n";
    const p = proposal(proposeClassBFix({ category: 'update-selectors', testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:6:6`, testFile: file, testLine: 1, domSnapshot: page, rootDir: root }));
    assert.deepEqual(p.edits.map((e) => [e.line, e.after]), [[3, "    .locator('.card')"], [5, "    .locator('.btn-secondary')"]]);
  });
});
