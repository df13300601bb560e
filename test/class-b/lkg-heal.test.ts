// Role, text, label and placeholder locators healed from their last-known-good record: the element the
// locator found when the test last passed, found again by what did not change, keeps its locator's
// method and options under its new name. Look-alikes, changed meanings and values that find more than
// the element are left to the ARIA healer or refused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import type { HealerInput } from '../../src/class-b/types.js';
import type { DomSnapshot } from '../../src/triage/dom-snapshot.js';
import { lkgTextHeal, replacedIn } from '../../src/class-b/update-selectors/lkg-heal.js';
import { run } from '../../src/class-b/update-selectors/dom-heal.js';
import { parseLocatorText, renderChain } from '../../src/class-b/update-selectors/locator.js';
import type { Fingerprint, LkgEntry } from '../../src/last-known-good/types.js';
import { dom, proposal, refusal, tree, type DomEl } from './helpers.js';

const one = (...elements: Fingerprint[]) => ({ count: 1, elements });
const chain = (s: string) => parseLocatorText(s);
const healed = (page: DomSnapshot, loc: string, record: Pick<LkgEntry, 'count' | 'elements'>, count = 1) => {
  const r = lkgTextHeal(page, chain(loc), record, { count });
  assert.ok(r && 'repl' in r, `${loc}: ${JSON.stringify(r)}`);
  return renderChain(r.repl.steps);
};

// A checkout form: the pay button was renamed, its classes, type and form kept; Back is another button.
const checkout = dom([
  { tag: 'form', id: 'cart', kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-cta'], type: 'submit', ownText: 'Proceed to payment', name: 'Proceed to payment' }, { tag: 'button', role: 'button', classes: ['btn'], type: 'button', ownText: 'Back', name: 'Back' }] },
]);
const payRecord = one({ tag: 'button', role: 'button', classes: ['btn', 'btn-cta'], type: 'submit', name: 'Checkout', ownText: 'Checkout', text: 'Checkout', up: { tag: 'form', id: 'cart' } });

describe('last-known-good heal of role, text and label locators', () => {
  test('a renamed button keeps getByRole and its options, under its new name', () => {
    assert.equal(healed(checkout, "getByRole('button', { name: 'Checkout' })", payRecord), "getByRole('button', { name: 'Proceed to payment' })");
    assert.equal(healed(checkout, "getByRole('button', { name: 'Checkout', exact: true })", payRecord), "getByRole('button', { name: 'Proceed to payment', exact: true })");
    const r = lkgTextHeal(checkout, chain("getByRole('button', { name: 'Checkout' })"), payRecord, { count: 1 });
    assert.ok(r && 'repl' in r);
    assert.equal(r.lkg !== undefined && Math.round(r.lkg * 100), 100);
    assert.match(r.why, /the element it found when the test last passed is still there \(100% like its last-known-good record in all but its name\): <button class="btn btn-cta"> "Proceed to payment", now with the name "Proceed to payment"/);
  });

  test('a regular-expression name or text that is only text is healed as that text, written as a string; a real pattern is not judged', () => {
    assert.equal(healed(checkout, "getByRole('button', { name: /Checkout/ })", payRecord), "getByRole('button', { name: 'Proceed to payment' })");
    assert.equal(healed(checkout, "getByRole('button', { name: /^Checkout$/ })", payRecord), "getByRole('button', { name: 'Proceed to payment' })");
    const page = dom([{ tag: 'p', classes: ['lead', 'promo'], ownText: 'Free delivery over $50' }, { tag: 'p', ownText: 'Shop now' }]);
    const banner = one({ tag: 'p', classes: ['lead', 'promo'], ownText: 'Delivery is free over $50', text: 'Delivery is free over $50' });
    assert.equal(healed(page, 'getByText(/Delivery is free/)', banner), "getByText('Free delivery over $50')");
    for (const loc of ["getByRole('button', { name: /Check(out)?/ })", "getByRole('button', { name: /checkout/, exact: true })", 'getByText(/Delivery.*free/)']) {
      assert.equal(lkgTextHeal(checkout, chain(loc), payRecord, { count: 1 }), undefined, loc);
    }
  });

  test('text, text= selectors, labels and placeholders keep their form', () => {
    const page = dom([
      { tag: 'div', classes: ['banner', 'promo'], ownText: 'Free delivery over $50', role: 'generic' },
      { tag: 'p', ownText: 'Shop now' },
      { tag: 'label', ownText: 'Email address', kids: [{ tag: 'input', id: 'email', role: 'textbox', type: 'email', nameAttr: 'email', label: 'Email address', placeholder: 'Enter your email address' }] },
      { tag: 'input', id: 'zip', role: 'textbox', type: 'text', nameAttr: 'zip', label: 'Zip', placeholder: 'Zip' },
    ]);
    const banner = one({ tag: 'div', classes: ['banner', 'promo'], ownText: 'Delivery is free over $50', text: 'Delivery is free over $50' });
    assert.equal(healed(page, "getByText('Delivery is free over $50')", banner), "getByText('Free delivery over $50')");
    assert.equal(healed(page, "locator('text=Delivery is free over $50')", banner), "locator('text=Free delivery over $50')");
    assert.equal(healed(page, `locator('text="Delivery is free over $50"')`, banner), `locator('text="Free delivery over $50"')`);
    // A word swapped for another is another thing while the page still shows the lost word elsewhere: the
    // same element may say something else now.
    const swapped = one({ tag: 'div', classes: ['banner', 'promo'], ownText: 'Free shipping over $50', text: 'Free shipping over $50' });
    const withWord = dom([{ tag: 'div', classes: ['banner', 'promo'], ownText: 'Free delivery over $50', role: 'generic' }, { tag: 'p', ownText: 'Shipping is calculated at checkout' }]);
    const r = lkgTextHeal(withWord, chain("getByText('Free shipping over $50')"), swapped, { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"shipping" became "delivery": another thing/);
    // Shown nowhere any more, on the element the record finds alike in everything else, it is the copy reworded.
    assert.equal(healed(page, "getByText('Free shipping over $50')", swapped), "getByText('Free delivery over $50')");
    const email = one({ tag: 'input', id: 'email', role: 'textbox', type: 'email', nameAttr: 'email', label: 'Email', placeholder: 'Your email', up: { tag: 'label' } });
    assert.equal(healed(page, "getByLabel('Email')", email), "getByLabel('Email address')");
    assert.equal(healed(page, "getByPlaceholder('Your email')", email), "getByPlaceholder('Enter your email address')");
  });

  test('a word swapped on the element its record finds alike in all else is a rename only when the page shows the lost word nowhere, nearly 100% alike, from a whole snapshot', () => {
    // RingCentral renamed Meetings to Video: the button is the same, "Meetings" is gone from the page.
    const page = (extra: DomEl[] = []) => dom([{ tag: 'div', classes: ['integrations'], kids: [{ tag: 'button', role: 'button', type: 'button', classes: ['btn', 'add-app'], ownText: 'Add RingCentral Video', name: 'Add RingCentral Video' }, { tag: 'a', role: 'link', classes: ['app-link'], ownText: 'Browse apps', name: 'Browse apps' }, ...extra] }]);
    const record = (classes: string[]) => one({ tag: 'button', role: 'button', type: 'button', classes, name: 'Add RingCentral Meetings', ownText: 'Add RingCentral Meetings', text: 'Add RingCentral Meetings', up: { tag: 'div', classes: ['integrations'] } });
    const loc = "getByRole('button', { name: 'Add RingCentral Meetings' })";
    assert.equal(healed(page(), loc, record(['btn', 'add-app'])), "getByRole('button', { name: 'Add RingCentral Video' })");
    const refused = (snapshot: DomSnapshot, classes: string[]) => {
      const r = lkgTextHeal(snapshot, chain(loc), record(classes), { count: 1 });
      assert.ok(r && 'refused' in r, JSON.stringify(r));
      assert.match(r.refused, /"meeting" became "video": another thing/);
    };
    // The lost word still on the page (a webinar product beside it): the same button may do something else now.
    refused(page([{ tag: 'p', ownText: 'Meetings are billed per host' }]), ['btn', 'add-app']);
    // Less alike than that in everything but its name (a class of the record missing): the meaning rules as before.
    refused(page(), ['btn', 'add-app', 'add-app--meetings', 'featured']);
    // A snapshot that kept only part of the page cannot say the word is gone.
    refused({ ...page(), truncated: true }, ['btn', 'add-app']);
  });

  test("a new name that one of the record's look-alikes had is refused: that element was there all along", () => {
    // The invoice button went; the receipt button beside it stayed (and looks just like it).
    // The page's heading still says "Invoice": a button that now says "Download receipt" may do something else.
    const actions = (first: string) =>
      dom([{ tag: 'h1', role: 'heading', ownText: 'Invoice 1042', name: 'Invoice 1042' }, { tag: 'div', classes: ['actions'], kids: [first, 'Print'].map((n, i) => ({ tag: 'button', role: 'button', type: 'button', ...(i === 0 ? { classes: ['btn'] } : {}), ownText: n, name: n })) }]);
    const record = (near: string[] | undefined) =>
      one({ tag: 'button', role: 'button', type: 'button', classes: ['btn'], name: 'Download invoice', ownText: 'Download invoice', text: 'Download invoice', up: { tag: 'div', classes: ['actions'] }, ...(near ? { near } : {}) });
    const loc = "getByRole('button', { name: 'Download invoice' })";
    const lookalike = lkgTextHeal(actions('Download receipt'), chain(loc), record(['Download receipt', 'Print']), { count: 1 });
    assert.ok(lookalike && 'refused' in lookalike, JSON.stringify(lookalike));
    assert.match(lookalike.refused, /"Download receipt" was there beside it when the test last passed: another element/);
    // A clipped look-alike name is compared by what was kept.
    const clippedName = lkgTextHeal(actions('Download receipt'), chain(loc), record(['Download rec\u2026']), { count: 1 });
    assert.ok(clippedName && 'refused' in clippedName && /was there beside it/.test(clippedName.refused), JSON.stringify(clippedName));
    // Without the list (an older record), or when no look-alike had the name, the meaning rules decide as before.
    for (const near of [undefined, ['Print']]) {
      const r = lkgTextHeal(actions('Download receipt'), chain(loc), record(near), { count: 1 });
      assert.ok(r && 'refused' in r, JSON.stringify(r));
      assert.match(r.refused, /"invoice" became "receipt": another thing/);
    }
    assert.equal(healed(actions('Download PDF invoice'), loc, record(['Print'])), "getByRole('button', { name: 'Download PDF invoice' })");
  });

  test("the record's look-alikes do not compete: a nav link renamed among links that look just like it", () => {
    const nav = (last: string) =>
      dom([{ tag: 'nav', kids: ['Your work', 'Repositories', 'Projects', last].map((n) => ({ tag: 'li', kids: [{ tag: 'a', role: 'link', classes: ['nav-link'], href: `#/${n.toLowerCase().replace(' ', '-')}`, ownText: n, name: n }] })) }]);
    const record = (near: string[] | undefined) =>
      one({ tag: 'a', role: 'link', classes: ['nav-link'], href: '#/teams', name: 'Teams', ownText: 'Teams', text: 'Teams', up: { tag: 'li' }, ...(near ? { near } : {}) });
    const loc = "getByRole('link', { name: 'Teams' })";
    assert.equal(healed(nav('Workspaces'), loc, record(['Your work', 'Repositories', 'Projects'])), "getByRole('link', { name: 'Workspaces' })");
    // Without the list (an older record) every link, with the same class, looks as much like the record: no element is clearly it.
    assert.equal(lkgTextHeal(nav('Workspaces'), chain(loc), record(undefined), { count: 1 }), undefined);
    // A look-alike that was beside it is still refused by name when nothing else is left.
    const gone = lkgTextHeal(nav('Projects'), chain(loc), record(['Your work', 'Repositories', 'Projects']), { count: 1 });
    assert.ok(gone === undefined || 'refused' in gone, JSON.stringify(gone));
    // Every meaning rule still applies to the one left.
    const flipped = lkgTextHeal(nav('Leave team'), chain("getByRole('link', { name: 'Join team' })"), one({ tag: 'a', role: 'link', classes: ['nav-link'], href: '#/join-team', name: 'Join team', ownText: 'Join team', text: 'Join team', up: { tag: 'li' }, near: ['Your work', 'Repositories', 'Projects'] }), { count: 1 });
    assert.ok(flipped && 'refused' in flipped, JSON.stringify(flipped));
  });

  test('a link that became a button keeps its name under its new role', () => {
    const page = dom([{ tag: 'nav', kids: [{ tag: 'button', role: 'button', id: 'export', classes: ['action'], ownText: 'Download CSV', name: 'Download CSV' }, { tag: 'a', role: 'link', classes: ['action'], href: '#help', ownText: 'Help', name: 'Help' }] }]);
    const record = one({ tag: 'a', role: 'link', id: 'export', classes: ['action'], href: '#export', name: 'Export CSV', ownText: 'Export CSV', up: { tag: 'nav' } });
    // Tag and role changed with the name: only id, classes and parent remain, under the bar.
    assert.equal(lkgTextHeal(page, chain("getByRole('link', { name: 'Export CSV' })"), record, { count: 1 }), undefined);
    const sameTag = one({ tag: 'button', role: 'link', id: 'export', classes: ['action'], name: 'Export CSV', ownText: 'Export CSV', up: { tag: 'nav' } });
    assert.equal(healed(page, "getByRole('link', { name: 'Export CSV' })", sameTag), "getByRole('button', { name: 'Download CSV' })");
  });

  test('the remembered element that now means something else is refused, not healed', () => {
    const page = dom([{ tag: 'section', id: 'settings', kids: [{ tag: 'button', role: 'button', id: 'notify-toggle', classes: ['toggle'], ownText: 'Disable notifications', name: 'Disable notifications' }, { tag: 'button', role: 'button', classes: ['link'], ownText: 'Help', name: 'Help' }] }]);
    const record = one({ tag: 'button', role: 'button', id: 'notify-toggle', classes: ['toggle'], name: 'Enable notifications', ownText: 'Enable notifications', up: { tag: 'section', id: 'settings' } });
    const r = lkgTextHeal(page, chain("getByRole('button', { name: 'Enable notifications' })"), record, { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /now says "Disable notifications": /);
    // Through the healer: the refusal stands, the ARIA healer does not get to guess.
    const root = tree({ 'a.spec.ts': "await page.getByRole('button', { name: 'Enable notifications' }).click();\n" });
    refusal(proposeClassBFix(input(root, "getByRole('button', { name: 'Enable notifications' })", page, [entry(root, "getByRole('button', { name: 'Enable notifications' })", record)])));
  });

  test('the remembered element that the action cannot take now (disabled) is refused', () => {
    const page = dom([{ tag: 'form', classes: ['product-form'], kids: [{ tag: 'button', role: 'button', classes: ['product-form__submit'], ownText: 'Sold out', name: 'Sold out', attrs: { disabled: '' } }] }]);
    const record = one({ tag: 'button', role: 'button', classes: ['product-form__submit'], name: 'Add to cart', ownText: 'Add to cart', text: 'Add to cart', up: { tag: 'form', classes: ['product-form'] } });
    const loc = "getByRole('button', { name: 'Add to cart' })";
    const r = lkgTextHeal(page, chain(loc), record, { count: 1, action: 'click' });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /now says "Sold out": it cannot take the test's click\(\) now \(it is disabled\)/);
    // An assertion on it (no action) is judged by the names as before.
    assert.equal(healed(page, loc, record), "getByRole('button', { name: 'Sold out' })");
  });

  test('look-alikes, a new value that finds more than the element, counts and multi-element records are not judged', () => {
    // Two plain buttons in plain divs: the record of a plain "Save" button tells neither apart.
    const plain = dom([{ tag: 'div', kids: [{ tag: 'button', role: 'button', ownText: 'Store', name: 'Store' }] }, { tag: 'div', kids: [{ tag: 'button', role: 'button', ownText: 'Keep', name: 'Keep' }] }]);
    assert.equal(lkgTextHeal(plain, chain("getByRole('button', { name: 'Save' })"), one({ tag: 'button', role: 'button', name: 'Save', ownText: 'Save', up: { tag: 'div' } }), { count: 1 }), undefined);
    // The remembered button is now "Save": getByRole's substring match also finds "Save draft".
    const two = dom([{ tag: 'form', id: 'f', kids: [{ tag: 'button', role: 'button', id: 'submit', classes: ['primary'], ownText: 'Save', name: 'Save' }, { tag: 'button', role: 'button', classes: ['secondary'], ownText: 'Save draft', name: 'Save draft' }] }]);
    const submit = one({ tag: 'button', role: 'button', id: 'submit', classes: ['primary'], name: 'Submit', ownText: 'Submit', up: { tag: 'form', id: 'f' } });
    assert.equal(lkgTextHeal(two, chain("getByRole('button', { name: 'Submit' })"), submit, { count: 1 }), undefined);
    assert.equal(healed(two, "getByRole('button', { name: 'Submit', exact: true })", submit), "getByRole('button', { name: 'Save', exact: true })");
    assert.equal(lkgTextHeal(checkout, chain("getByRole('button', { name: 'Checkout' })"), payRecord, { count: 2 }), undefined);
    assert.equal(lkgTextHeal(checkout, chain("getByRole('button', { name: 'Checkout' })"), { count: 2, elements: payRecord.elements }, { count: 1 }), undefined);
    assert.equal(lkgTextHeal(checkout, chain("getByRole('button', { name: /check(out)?/i })"), payRecord, { count: 1 }), undefined, 'a regular-expression name that is a real pattern');
    assert.equal(healed(checkout, "getByRole('button', { name: /checkout/i })", payRecord), "getByRole('button', { name: 'Proceed to payment' })", 'one that is only text');
    // A chain of two steps is judged inside its scope (see the next suites): the form still holds the button.
    assert.equal(healed(checkout, "locator('#cart').getByRole('button', { name: 'Checkout' })", payRecord), "getByRole('button', { name: 'Proceed to payment' })");
    assert.equal(lkgTextHeal(checkout, chain("getByRole('button', { name: 'Checkout' }).first()"), payRecord, { count: 1 }), undefined, 'a query narrowed by position');
  });

  test('only an element that still carries something of its own, clearly ahead of the rest, is the remembered one', () => {
    // The only button left on the page fits a record of tag, role and parent alone: nothing says it is the one.
    const lone = dom([{ tag: 'div', kids: [{ tag: 'button', role: 'button', ownText: 'Log out', name: 'Log out' }] }]);
    assert.equal(lkgTextHeal(lone, chain("getByRole('button', { name: 'Sign in' })"), one({ tag: 'button', role: 'button', name: 'Sign in', ownText: 'Sign in', up: { tag: 'div' } }), { count: 1 }), undefined);
    // An id alone is enough when it is the record's.
    const byId = dom([{ tag: 'div', kids: [{ tag: 'button', role: 'button', id: 'go', ownText: 'Start now', name: 'Start now' }, { tag: 'button', role: 'button', ownText: 'Help', name: 'Help' }] }]);
    assert.equal(healed(byId, "getByRole('button', { name: 'Begin' })", one({ tag: 'button', role: 'button', id: 'go', name: 'Begin', ownText: 'Begin', up: { tag: 'div' } })), "getByRole('button', { name: 'Start now' })");
    // Two buttons that share the record's class fit it equally: no margin, no heal.
    const shared = dom([{ tag: 'div', kids: [{ tag: 'button', role: 'button', classes: ['btn'], ownText: 'Store', name: 'Store' }, { tag: 'button', role: 'button', classes: ['btn'], ownText: 'Keep', name: 'Keep' }] }]);
    assert.equal(lkgTextHeal(shared, chain("getByRole('button', { name: 'Save' })"), one({ tag: 'button', role: 'button', classes: ['btn'], name: 'Save', ownText: 'Save', up: { tag: 'div' } }), { count: 1 }), undefined);
    // The record's id on an element of another tag, class, type and role: too little of the record is left.
    const moved = dom([{ tag: 'form', id: 'cart', kids: [{ tag: 'a', role: 'link', id: 'pay', href: '#pay', ownText: 'Pay now', name: 'Pay now' }] }]);
    assert.equal(lkgTextHeal(moved, chain("getByRole('button', { name: 'Checkout' })"), one({ tag: 'button', role: 'button', id: 'pay', classes: ['cta', 'big'], type: 'submit', name: 'Checkout', ownText: 'Checkout', up: { tag: 'form', id: 'cart' } }), { count: 1 }), undefined);
    // The remembered element still says what the locator names: not a rename (something else broke).
    assert.equal(lkgTextHeal(checkout, chain("getByRole('button', { name: 'Proceed to payment' })"), one({ ...payRecord.elements[0], name: 'Proceed to payment', ownText: 'Proceed to payment', text: 'Proceed to payment' } as Fingerprint), { count: 1 }), undefined);
  });
});

function entry(root: string, locator: string, record: Pick<LkgEntry, 'count' | 'elements'>): LkgEntry {
  void root;
  return { file: 'a.spec.ts', line: 1, locator, ...record, lastSeen: new Date().toISOString(), seen: 1 };
}

function input(root: string, locator: string, page: DomSnapshot, lastKnownGood?: LkgEntry[]): HealerInput {
  const file = path.join(root, 'a.spec.ts');
  const message = `TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for ${locator}\n`;
  return { category: 'update-selectors', testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:1:9`, testFile: file, testLine: 1, domSnapshot: page, rootDir: root, ...(lastKnownGood ? { lastKnownGood } : {}) };
}

describe('last-known-good heal of a chain whose first step is a named role query', () => {
  const item = (text: string): DomEl => ({ tag: 'li', role: 'listitem', ownText: text, name: text });
  /** A panel list (renamed `name`) beside a Messages list; the Notifications list's first item is the record. */
  const panel = (name: string, items: string[], extra: DomEl[] = []) =>
    dom([
      { tag: 'aside', classes: ['panel'], kids: [{ tag: 'h2', role: 'heading', ownText: name, name }, { tag: 'ul', role: 'list', name, label: name, kids: items.map(item) }, ...extra] },
      { tag: 'section', kids: [{ tag: 'ul', role: 'list', name: 'Messages', label: 'Messages', kids: [item('Ada: lunch on Friday?'), item('Margaret: build is green')] }] },
    ]);
  const ada = 'Ada mentioned you in Q3 roadmap';
  const record = one({ tag: 'li', role: 'listitem', name: ada, ownText: ada, text: ada, up: { tag: 'ul' } });
  const loc = "getByRole('list', { name: 'Notifications' }).getByRole('listitem').first()";

  test('the list the remembered item is in now has another name: the first step takes it, the rest is kept', () => {
    const page = panel('Activity', [ada, 'Grace assigned you Fix login redirect']);
    assert.equal(healed(page, loc, record), "getByRole('list', { name: 'Activity' })");
    const r = lkgTextHeal(page, chain(loc), record, { count: 1 });
    assert.ok(r && 'repl' in r);
    assert.deepEqual([r.repl.from, r.repl.to], [0, 0]);
    assert.match(r.why, /still there \(100% like its last-known-good record\): <li> "Ada mentioned you in Q3 roadmap", inside <ul>, now with the name "Activity", and with getByRole\(.list., \{ name: .Activity. \}\) the chain finds that element alone/);
  });

  test('a new name that means something else is refused', () => {
    const r = lkgTextHeal(panel('Archived projects', [ada]), chain("getByRole('list', { name: 'Active projects' }).getByRole('listitem').first()"), record, { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"Active projects" names the state "active" and "Archived projects" the state "archived"/);
  });

  test("a word of the list's name swapped is a rename when the page shows the lost word nowhere, and another list while it does", () => {
    const team = "getByRole('list', { name: 'Team notifications' }).getByRole('listitem').first()";
    assert.equal(healed(panel('Workspace notifications', [ada]), team, record), "getByRole('list', { name: 'Workspace notifications' })");
    const kept = lkgTextHeal(panel('Workspace notifications', [ada], [{ tag: 'p', ownText: 'Team settings moved' }]), chain(team), record, { count: 1 });
    assert.ok(kept && 'refused' in kept, JSON.stringify(kept));
    assert.match(kept.refused, /"team" became "workspace": another thing/);
  });

  test('not judged: the old name still finds the list, another item first, a name that finds two lists, no list around the item, a count', () => {
    // The item moved to the Activity list while a Notifications list is still on the page: the first step still finds a list.
    const moved = panel('Activity', [ada], [{ tag: 'ul', role: 'list', name: 'Notifications', label: 'Notifications', kids: [item('Linus closed a test')] }]);
    assert.equal(lkgTextHeal(moved, chain(loc), record, { count: 1 }), undefined, 'the first step is not what broke');
    assert.equal(lkgTextHeal(panel('Activity', ['Linus closed a test', ada]), chain(loc), record, { count: 1 }), undefined, 'the chain ends on another item');
    const twice = panel('Activity', [ada], [{ tag: 'ul', role: 'list', name: 'Activity', label: 'Activity', kids: [item('Older activity')] }]);
    assert.equal(lkgTextHeal(twice, chain(loc), record, { count: 1 }), undefined, 'the new name finds two lists');
    const loose = dom([{ tag: 'aside', kids: [{ tag: 'div', kids: [{ tag: 'li', role: 'listitem', ownText: ada, name: ada }] }] }]);
    assert.equal(lkgTextHeal(loose, chain(loc), record, { count: 1 }), undefined, 'no list above the item');
    assert.equal(lkgTextHeal(panel('Activity', [ada]), chain(loc), record, { count: 2 }), undefined, 'a count');
    assert.equal(lkgTextHeal(panel('Activity', [ada]), chain(loc), { count: 2, elements: record.elements }, { count: 1 }), undefined, 'a record of two elements');
  });
});

describe("look-alikes in other cards told apart by what the record's card said besides the element (ctx)", () => {
  const EDIT = 'Edit corporate code';
  const card = (name: string, code: string): DomEl => ({ tag: 'section', role: 'region', name, classes: ['carrier'], text: `${name} ${code} ${EDIT}`, kids: [{ tag: 'h2', role: 'heading', ownText: name, name }, { tag: 'p', ownText: code }, { tag: 'button', role: 'button', type: 'button', ownText: EDIT, name: EDIT }] });
  const page = (...cards: [string, string][]) => dom([{ tag: 'main', kids: cards.map(([n, c]) => card(n, c)) }]);
  const record = (ctx: string | undefined) => one({ tag: 'button', role: 'button', type: 'button', name: EDIT, ownText: EDIT, text: EDIT, up: { tag: 'section', classes: ['carrier'] }, near: [EDIT], ...(ctx ? { ctx } : {}) });
  const loc = `getByRole('region', { name: 'Germanwings' }).getByRole('button', { name: '${EDIT}' })`;
  const renamed = page(['Lufthansa', 'Code: LH-HARB-22'], ['Eurowings', 'Code: 4U-HARB-07'], ['Condor', 'No code']);

  test("the card whose other words only it still shares with the recorded card is the renamed one: the scope step takes its name", () => {
    assert.equal(healed(renamed, loc, record(`Germanwings Code: 4U-HARB-07 ${EDIT}`)), "getByRole('region', { name: 'Eurowings' })");
  });

  test('not judged: an older record without context, a context every card shares (boilerplate), two cards sharing its words, too little of it left', () => {
    assert.equal(lkgTextHeal(renamed, chain(loc), record(undefined), { count: 1 }), undefined, 'no ctx');
    const same = page(['Lufthansa', 'Not connected'], ['Eurowings', 'Not connected'], ['Condor', 'Not connected']);
    assert.equal(lkgTextHeal(same, chain(loc), record(`Germanwings Not connected ${EDIT}`), { count: 1 }), undefined, 'boilerplate only');
    const twice = page(['Lufthansa', 'Code: 4U-HARB-07'], ['Eurowings', 'Code: 4U-HARB-07'], ['Condor', 'No code']);
    assert.equal(lkgTextHeal(twice, chain(loc), record(`Germanwings Code: 4U-HARB-07 ${EDIT}`), { count: 1 }), undefined, 'two cards share the code');
    const thin = page(['Lufthansa', 'Code: LH-MAIN-22'], ['Eurowings', 'Code: 4U-OTHER-99 Business class lounge access'], ['Condor', 'No code']);
    assert.equal(lkgTextHeal(thin, chain(loc), record(`Germanwings Code: 4U-HARB-07 ${EDIT}`), { count: 1 }), undefined, 'one shared word of many');
  });
});

describe('last-known-good heal of a named step inside a scope that still finds its elements', () => {
  /** A pricing page: each plan's card holds its heading and one link; `team` is the Team plan's link. */
  const pricing = (team: string, extra: DomEl[] = []) =>
    dom(
      (
        [
          ['Starter', 'Get started', 'starter'],
          ['Team', team, 'team'],
          ['Enterprise', 'Contact sales', 'enterprise'],
        ] as const
      ).map(([plan, cta, slug]) => ({
        tag: 'div',
        classes: ['plan-card'],
        text: `${plan} ${cta}`,
        kids: [{ tag: 'h3', role: 'heading', ownText: plan, name: plan }, { tag: 'a', role: 'link', classes: ['btn'], href: `#/signup?plan=${slug}`, ownText: cta, name: cta }, ...(slug === 'team' ? extra : [])],
      })),
    );
  const record = one({ tag: 'a', role: 'link', classes: ['btn'], href: '#/signup?plan=team', name: 'Get started', ownText: 'Get started', text: 'Get started', up: { tag: 'div', classes: ['plan-card'] } });
  const loc = "locator('.plan-card').filter({ hasText: 'Team' }).getByRole('link', { name: 'Get started' })";

  test("the Team card's link has a new name: that step takes it, the scope is kept, picks after it too", () => {
    const page = pricing('Try Team for 14 days');
    const r = lkgTextHeal(page, chain(loc), record, { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.deepEqual([r.repl.from, r.repl.to], [2, 2]);
    assert.equal(renderChain(r.repl.steps), "getByRole('link', { name: 'Try Team for 14 days' })");
    assert.match(r.why, /matches nothing inside locator\('.plan-card'\).filter\(\{ hasText: 'Team' \}\) any more; .* \(100% like its last-known-good record in all but its name\): <a class="btn"> "Try Team for 14 days"/);
    const first = lkgTextHeal(page, chain(`${loc}.first()`), record, { count: 1 });
    assert.ok(first && 'repl' in first && first.repl.from === 2, JSON.stringify(first));
    // The other cards' links are just as like the record: only what is inside the scope competes.
    assert.equal(lkgTextHeal(page, chain("getByRole('link', { name: 'Get started for teams' })"), record, { count: 1 }), undefined);
  });

  test('a call to action reworded around its filler words is the same link by its record', () => {
    assert.equal(healed(pricing('Start free trial'), loc, record), "getByRole('link', { name: 'Start free trial' })");
  });

  test('a new name that means something else is refused', () => {
    const r = lkgTextHeal(pricing('Cancel plan'), chain("locator('.plan-card').filter({ hasText: 'Team' }).getByRole('link', { name: 'Upgrade plan' })"), record, { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /found when the test last passed .* now says "Cancel plan": /);
  });

  test('not judged: a query after the step, a scope that finds nothing, a look-alike in the scope, a name that finds two, the old name still there', () => {
    const page = pricing('Try Team for 14 days');
    assert.equal(lkgTextHeal(page, chain(`${loc}.locator('span')`), record, { count: 1 }), undefined, 'a query after the step');
    assert.equal(lkgTextHeal(page, chain("locator('.plan-tile').filter({ hasText: 'Team' }).getByRole('link', { name: 'Get started' })"), record, { count: 1 }), undefined, 'the scope finds nothing');
    const twin = pricing('Try Team for 14 days', [{ tag: 'a', role: 'link', classes: ['btn'], href: '#/signup?plan=team', ownText: 'Try Team yearly', name: 'Try Team yearly' }]);
    assert.equal(lkgTextHeal(twin, chain(loc), record, { count: 1 }), undefined, 'two links in the card are as like the record');
    const two = pricing('Try Team', [{ tag: 'a', role: 'link', classes: ['more'], href: '#/teams', ownText: 'Try Team demo', name: 'Try Team demo' }]);
    assert.equal(lkgTextHeal(two, chain(loc), record, { count: 1 }), undefined, 'the new name (not exact) finds two links in the card');
    assert.equal(lkgTextHeal(pricing('Get started'), chain(loc), record, { count: 1 }), undefined, 'nothing broke');
    assert.equal(lkgTextHeal(page, chain(loc), record, { count: 2 }), undefined, 'a count');
  });
});

describe("last-known-good heal of a filter step that now keeps nothing: the remembered element's card shows the new value", () => {
  // Bill pay: each payee's list item holds its name, its due line and a Pay button (textContent has no spaces between them).
  const payee = (name: string, due: string): DomEl => ({ tag: 'li', role: 'listitem', text: `${name}${due}Pay`, kids: [{ tag: 'strong', ownText: name }, { tag: 'span', ownText: due }, { tag: 'button', role: 'button', type: 'button', ownText: 'Pay', name: 'Pay' }] });
  const bills = (...items: [string, string][]) => dom([{ tag: 'ul', classes: ['payees'], kids: items.map(([n, d]) => payee(n, d)) }]);
  const payRecord = (ctx?: string) => one({ tag: 'button', role: 'button', type: 'button', name: 'Pay', ownText: 'Pay', text: 'Pay', up: { tag: 'li' }, near: ['Pay'], ...(ctx ? { ctx } : {}) });
  const loc = "getByRole('listitem').filter({ hasText: 'Comcast' }).getByRole('button', { name: 'Pay' })";
  const renamed = bills(['Harbour Electric', 'Due 21 June · $61.40'], ['Xfinity', 'Due 12 June · $89.95'], ['City Water', 'Due 30 June · $22.10']);

  test('replacedIn reads what stands between the recorded card text before and after the old text', () => {
    assert.equal(replacedIn('ComcastDue 12 June · $89.95Pay', 'XfinityDue 12 June · $89.95Pay', 'Comcast'), 'Xfinity');
    assert.equal(replacedIn('SalesDataset  Ada Lovelace', 'SalesSemantic model Ada Lovelace', 'dataset'), 'Semantic model');
    assert.equal(replacedIn('ComcastDue 12 June · $89.95Pay', 'XfinityDue 14 June · $89.95Pay', 'Comcast'), undefined, 'the rest changed too');
    assert.equal(replacedIn('ComcastDue 12 June…', 'XfinityDue 12 June…', 'Comcast'), undefined, 'clipped');
    assert.equal(replacedIn('ComcastDue 12 June', 'Due 12 June', 'Comcast'), undefined, 'nothing in its place');
    assert.equal(replacedIn('Due 12 June', 'XfinityDue 12 June', 'Comcast'), undefined, 'the old text is not in the record');
    assert.equal(replacedIn(undefined, 'XfinityDue 12 June', 'Comcast'), undefined, 'an older record without ctx');
  });

  test("a card that lost a word neither name holds shows another record in the element's place: refused", () => {
    // The daily puzzle's slot: another day, another puzzle (its side to move changed with it).
    const puzzle = (name: string, meta: string): DomSnapshot =>
      dom([{ tag: 'main', kids: [{ tag: 'section', classes: ['daily-puzzle'], text: `Daily Puzzle${name}${meta}Solve ${name}`, kids: [{ tag: 'h2', role: 'heading', ownText: 'Daily Puzzle', name: 'Daily Puzzle' }, { tag: 'h3', role: 'heading', ownText: name, name }, { tag: 'p', ownText: meta }, { tag: 'a', role: 'link', href: '#/puzzles/daily', ownText: `Solve ${name}`, name: `Solve ${name}` }] }] }]);
    const record = (ctx: string) => one({ tag: 'a', role: 'link', href: '#/puzzles/daily', name: 'Solve The Lighthouse Fork', ownText: 'Solve The Lighthouse Fork', text: 'Solve The Lighthouse Fork', up: { tag: 'section', classes: ['daily-puzzle'] }, ctx });
    // Recorded clipped, as the fixture records long card texts: the cut last word is left out.
    const clippedCtx = 'Daily PuzzleThe Lighthouse ForkWhite to move · 1,420 ratingSolve The Ligh\u2026';
    const r = lkgTextHeal(puzzle('A Quiet Rook Lift', 'Black to move · 1,610 rating'), chain("getByRole('link', { name: 'Solve The Lighthouse Fork' })"), record(clippedCtx), { count: 1 });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /its card no longer says "white", which neither name holds: another record in the element's place/);
    // The same puzzle renamed (its heading with it) and its rating moved: the names and the digits explain the card.
    const renamed = puzzle('The Lighthouse Skewer', 'White to move · 1,455 rating');
    assert.equal(healed(renamed, "getByRole('link', { name: 'Solve The Lighthouse Fork' })", record(clippedCtx)), "getByRole('link', { name: 'Solve The Lighthouse Skewer' })");
    // A new name whose words the card shows nowhere else carries no title: the card's other changes are not judged.
    const untitled = dom([{ tag: 'main', kids: [{ tag: 'section', classes: ['daily-puzzle'], text: 'Daily PuzzleBlack to move · 1,610 ratingSolve A Quiet Rook Lift', kids: [{ tag: 'h2', role: 'heading', ownText: 'Daily Puzzle', name: 'Daily Puzzle' }, { tag: 'p', ownText: 'Black to move · 1,610 rating' }, { tag: 'a', role: 'link', href: '#/puzzles/daily', ownText: 'Solve A Quiet Rook Lift', name: 'Solve A Quiet Rook Lift' }] }] }]);
    const u = lkgTextHeal(untitled, chain("getByRole('link', { name: 'Solve The Lighthouse Fork' })"), record(clippedCtx), { count: 1 });
    assert.ok(!u || !('refused' in u) || !/no longer says/.test(u.refused), JSON.stringify(u));
    // Nor does a sibling that repeats the words (tiles rebranded together: "VMware Tanzu ..." twice): only a heading titles the card.
    const tiles = dom([{ tag: 'main', kids: [{ tag: 'section', classes: ['daily-puzzle'], text: 'Daily PuzzleBlack to move · 1,610 ratingSolve A Quiet Rook LiftRate A Quiet Rook Lift', kids: [{ tag: 'h2', role: 'heading', ownText: 'Daily Puzzle', name: 'Daily Puzzle' }, { tag: 'p', ownText: 'Black to move · 1,610 rating' }, { tag: 'a', role: 'link', href: '#/puzzles/daily', ownText: 'Solve A Quiet Rook Lift', name: 'Solve A Quiet Rook Lift' }, { tag: 'a', role: 'link', href: '#/puzzles/rate', ownText: 'Rate A Quiet Rook Lift', name: 'Rate A Quiet Rook Lift' }] }] }]);
    const t = lkgTextHeal(tiles, chain("getByRole('link', { name: 'Solve The Lighthouse Fork' })"), record(clippedCtx), { count: 1 });
    assert.ok(!t || !('refused' in t) || !/no longer says/.test(t.refused), JSON.stringify(t));
    // A word gone from the card that the old name holds in another form (its plural) is explained by the rename.
    const plural = record('Daily PuzzleThe Lighthouse ForksWhite to move · 1,420 ratingSolve The Lighthouse Fork');
    assert.equal(healed(renamed, "getByRole('link', { name: 'Solve The Lighthouse Fork' })", plural), "getByRole('link', { name: 'Solve The Lighthouse Skewer' })");
    // A new name that only drops words brings no title of its own: the card's other changes are not judged.
    const dropped = lkgTextHeal(puzzle('Lighthouse Fork', 'Black to move · 1,610 rating'), chain("getByRole('link', { name: 'Solve The Lighthouse Fork' })"), record(clippedCtx), { count: 1 });
    assert.ok(!dropped || !('refused' in dropped) || !/no longer says/.test(dropped.refused), JSON.stringify(dropped));
    // A picture's alt text titles its card too: the picture of the day, another picture and another credit.
    const apod = (title: string, credit: string): DomSnapshot =>
      dom([{ tag: 'main', kids: [{ tag: 'section', classes: ['apod'], text: `Astronomy Picture of the Day${credit}Explain ${title}`, kids: [{ tag: 'h2', role: 'heading', ownText: 'Astronomy Picture of the Day', name: 'Astronomy Picture of the Day' }, { tag: 'img', role: 'img', alt: title, name: title }, { tag: 'p', ownText: credit }, { tag: 'a', role: 'link', href: '#/apod/today', ownText: `Explain ${title}`, name: `Explain ${title}` }] }] }]);
    const apodRecord = one({ tag: 'a', role: 'link', href: '#/apod/today', name: 'Explain The Horsehead Nebula', ownText: 'Explain The Horsehead Nebula', text: 'Explain The Horsehead Nebula', up: { tag: 'section', classes: ['apod'] }, ctx: 'Astronomy Picture of the DayImage credit: ESA/WebbExplain The Horsehead Nebula' });
    const pic = lkgTextHeal(apod('Noctilucent Clouds', 'Image credit: Ada Brook'), chain("getByRole('link', { name: 'Explain The Horsehead Nebula' })"), apodRecord, { count: 1 });
    assert.ok(pic && 'refused' in pic, JSON.stringify(pic));
    assert.match(pic.refused, /its card no longer says "esa"/);
    // Glued words are split where a capital follows a small letter ("ForkWhite"), on both texts alike.
    assert.equal(healed(renamed, "getByRole('link', { name: 'Solve The Lighthouse Fork' })", record('Daily PuzzleThe Lighthouse ForkWhite to move · 1,420 ratingSolve The Lighthouse Fork')), "getByRole('link', { name: 'Solve The Lighthouse Skewer' })");
  });

  test('a hasText filter takes the text that now stands in the old one\'s place in the remembered card', () => {
    const r = lkgTextHeal(renamed, chain(loc), payRecord('ComcastDue 12 June · $89.95Pay'), { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.deepEqual([r.repl.from, r.repl.to], [1, 1]);
    assert.equal(renderChain(r.repl.steps), "filter({ hasText: 'Xfinity' })");
    assert.match(r.why, /keeps none of what getByRole\('listitem'\) finds any more; .* in a li that now shows "Xfinity" where it showed "Comcast"/);
  });

  test('a has filter of one named query takes the name of the one element of its role in the remembered card', () => {
    const program = (name: string, text: string): DomEl => ({ tag: 'div', classes: ['program'], text: `${name}${text}Link account`, kids: [{ tag: 'h3', role: 'heading', ownText: name, name }, { tag: 'p', ownText: text }, { tag: 'button', role: 'button', type: 'button', ownText: 'Link account', name: 'Link account' }] });
    const page = dom([{ tag: 'main', kids: [program('Delta SkyMiles', 'Earn miles on every trip'), program('Southwest Rapid Rewards', 'Earn 6 points per dollar on fares'), program('JetBlue TrueBlue', 'Points never expire')] }]);
    const record = one({ tag: 'button', role: 'button', type: 'button', name: 'Link account', ownText: 'Link account', text: 'Link account', up: { tag: 'div', classes: ['program'] }, near: ['Link account'], ctx: 'AirTran A+ RewardsEarn 6 points per dollar on faresLink account' });
    const has = "locator('.program').filter({ has: page.getByRole('heading', { name: 'AirTran A+ Rewards' }) }).getByRole('button', { name: 'Link account' })";
    const r = lkgTextHeal(page, chain(has), record, { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(renderChain(r.repl.steps), "filter({ has: getByRole('heading', { name: 'Southwest Rapid Rewards' }) })");
    // Two headings in the card: which one the filter meant is not clear.
    const two = dom([{ tag: 'main', kids: [program('Delta SkyMiles', 'Earn miles on every trip'), { ...program('Southwest Rapid Rewards', 'Earn 6 points per dollar on fares'), kids: [{ tag: 'h3', role: 'heading', ownText: 'Southwest Rapid Rewards', name: 'Southwest Rapid Rewards' }, { tag: 'h4', role: 'heading', ownText: 'Earn 6 points per dollar on fares', name: 'Earn 6 points per dollar on fares' }, { tag: 'button', role: 'button', type: 'button', ownText: 'Link account', name: 'Link account' }] }] }]);
    assert.equal(lkgTextHeal(two, chain(has), record, { count: 1 }), undefined, 'two headings');
    // BA Miles became Avios and its rate line with it: the card that still shares a word of the old name ("Asia Miles",
    // "1 point = 1 mile") is a look-alike, and the recorded card's text read around the old name fits no card now.
    const partners = dom([{ tag: 'main', kids: [program('Asia Miles', '1 point = 1 mile'), program('Avios', '1 point = 1 Avios'), program('Flying Blue', '1 point = 1 mile')] }]);
    const ba = one({ ...(record.elements[0] as Fingerprint), ctx: 'BA Miles1 point = 1 BA MileLink account' });
    assert.equal(lkgTextHeal(partners, chain("locator('.program').filter({ has: page.getByRole('heading', { name: 'BA Miles' }) }).getByRole('button', { name: 'Link account' })"), ba, { count: 1 }), undefined, 'a look-alike card');
  });

  test('a has filter of getByText takes the text that now stands in the old one\'s place, when an element of the card shows it', () => {
    const vendor = (name: string, note: string): DomEl => ({ tag: 'li', classes: ['vendor'], text: `${name}${note}Open console`, kids: [{ tag: 'span', ownText: name }, { tag: 'small', ownText: note }, { tag: 'a', role: 'link', ownText: 'Open console', name: 'Open console' }] });
    const page = dom([{ tag: 'ul', kids: [vendor('CrowdStrike Falcon', 'Endpoint · 120 seats'), vendor('Trellix Endpoint Security', 'Endpoint · 80 seats'), vendor('Mandiant', 'Threat intel')] }]);
    const record = one({ tag: 'a', role: 'link', name: 'Open console', ownText: 'Open console', text: 'Open console', up: { tag: 'li', classes: ['vendor'] }, ctx: 'FireEye Endpoint SecurityEndpoint · 80 seatsOpen console' });
    const has = "locator('.vendor').filter({ has: page.getByText('FireEye Endpoint Security', { exact: true }) }).getByRole('link', { name: 'Open console' })";
    const r = lkgTextHeal(page, chain(has), record, { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(renderChain(r.repl.steps), "filter({ has: getByText('Trellix Endpoint Security', { exact: true }) })");
    // The new text read across two elements of the card (a name and its suffix in two spans): no element shows it,
    // so getByText would find nothing.
    const split = dom([{ tag: 'ul', kids: [vendor('CrowdStrike Falcon', 'Endpoint · 120 seats'), { ...vendor('Trellix Endpoint Security', 'Endpoint · 80 seats'), kids: [{ tag: 'span', ownText: 'Trellix' }, { tag: 'span', ownText: ' Endpoint Security' }, { tag: 'small', ownText: 'Endpoint · 80 seats' }, { tag: 'a', role: 'link', ownText: 'Open console', name: 'Open console' }] }] }]);
    assert.equal(lkgTextHeal(split, chain(has), record, { count: 1 }), undefined, 'no element shows the new text');
  });

  test('filter({ has: getByText }) runs on the DOM snapshot as the text engine does; a clipped text inside leaves it open', () => {
    const items = (second: string): DomEl[] => [{ tag: 'li', classes: ['vendor'], text: 'Mandiant', kids: [{ tag: 'span', ownText: 'Mandiant' }] }, { tag: 'li', classes: ['vendor'], text: second, kids: [{ tag: 'span', ownText: second }] }];
    const ends = (page: DomSnapshot, loc: string) => run(page, chain(loc), undefined, true).results.at(-1);
    const page = dom([{ tag: 'ul', kids: items('Trellix Endpoint Security') }]);
    assert.equal((ends(page, "locator('.vendor').filter({ has: page.getByText('Trellix Endpoint Security', { exact: true }) })") as unknown[]).length, 1);
    assert.equal((ends(page, "locator('.vendor').filter({ has: page.getByText('trellix') })") as unknown[]).length, 1, 'a substring, case aside');
    assert.deepEqual(ends(page, "locator('.vendor').filter({ has: page.getByText('Trellix', { exact: true }) })"), [], 'exact: the whole text');
    const clipped = dom([{ tag: 'ul', kids: items(`Trellix ${'x'.repeat(20)}\u2026`) }]);
    assert.equal(ends(clipped, "locator('.vendor').filter({ has: page.getByText('FireEye') })"), 'unknown');
  });

  test("an icon button's card is the nearest ancestor that shows a word the button does not (its row, not its cell of icons)", () => {
    const row = (name: string, type: string, owner: string): DomEl => ({ tag: 'tr', role: 'row', text: `${name} ${type} ${owner} ↻🕑`, kids: [{ tag: 'td', ownText: name }, { tag: 'td', ownText: type }, { tag: 'td', ownText: owner }, { tag: 'td', text: '↻🕑', kids: [{ tag: 'button', role: 'button', type: 'button', ownText: '↻', name: 'Refresh now' }, { tag: 'button', role: 'button', type: 'button', ownText: '🕑', name: 'Schedule refresh' }] }] });
    const page = dom([{ tag: 'table', kids: [row('Sales forecast', 'Semantic model', 'Ada Lovelace'), row('Churn model', 'Report', 'Grace Hopper')] }]);
    const record = one({ tag: 'button', role: 'button', type: 'button', name: 'Refresh now', ownText: '↻', text: '↻', up: { tag: 'td' }, ctx: 'Sales forecast Dataset Ada Lovelace ↻🕑' });
    assert.equal(healed(page, "getByRole('row').filter({ hasText: 'Dataset' }).getByRole('button', { name: 'Refresh now' })", record), "filter({ hasText: 'Semantic model' })");
  });

  test('a new value that means something else is refused; a value that keeps two cards, or no telling the cards apart, is not judged', () => {
    // The Checking account's row now says Savings while the page still shows a checking account elsewhere: another account.
    const accounts = bills(['Everyday Savings', 'Due 12 June · $89.95'], ['Checking Plus', 'Due 3 July · $12.00']);
    const swapped = lkgTextHeal(accounts, chain("getByRole('listitem').filter({ hasText: 'Everyday Checking' }).getByRole('button', { name: 'Pay' })"), payRecord('Everyday CheckingDue 12 June · $89.95Pay'), { count: 1 });
    assert.ok(swapped && 'refused' in swapped, JSON.stringify(swapped));
    assert.match(swapped.refused, /now shows "Everyday Savings" where it showed "Everyday Checking": .*another thing/);
    const decoy = bills(['Xfinity Mobile', 'Due 9 June · $45.00'], ['Xfinity', 'Due 12 June · $89.95']);
    assert.equal(lkgTextHeal(decoy, chain(loc), payRecord('ComcastDue 12 June · $89.95Pay'), { count: 1 }), undefined, 'the new text keeps two payees');
    assert.equal(lkgTextHeal(renamed, chain(loc), payRecord(), { count: 1 }), undefined, 'no ctx: the Pay buttons cannot be told apart');
    assert.equal(lkgTextHeal(renamed, chain("getByRole('listitem').filter({ hasText: 'Comcast', hasNotText: 'Paid' }).getByRole('button', { name: 'Pay' })"), payRecord('ComcastDue 12 June · $89.95Pay'), { count: 1 }), undefined, 'two options');
  });
});

describe('the selector healer reads the record of a role locator', () => {
  test('with the record it heals a rename the name alone cannot; without it, it does not guess', () => {
    const root = tree({ 'a.spec.ts': "await page.getByRole('button', { name: 'Checkout' }).click();\n" });
    const loc = "getByRole('button', { name: 'Checkout' })";
    assert.equal(proposal(proposeClassBFix(input(root, loc, checkout, [entry(root, loc, payRecord)]))).edits[0]?.after, "await page.getByRole('button', { name: 'Proceed to payment' }).click();");
    refusal(proposeClassBFix(input(root, loc, checkout)));
  });

  test("the ARIA healer's pick that the record lists among the look-alikes beside the lost element is refused", () => {
    // Odoo 16: the form's "Edit" button went; "Edit address" was beside it all along.
    const root = tree({ 'a.spec.ts': "await page.getByRole('button', { name: 'Edit', exact: true }).click();\n" });
    const loc = "getByRole('button', { name: 'Edit', exact: true })";
    const page = dom([{ tag: 'div', classes: ['o_form_buttons'], kids: [{ tag: 'button', role: 'button', classes: ['btn', 'btn-link'], ownText: 'Edit address', name: 'Edit address' }, { tag: 'button', role: 'button', classes: ['btn', 'btn-secondary'], ownText: 'Discard', name: 'Discard' }] }]);
    const withAria = (records?: LkgEntry[]): HealerInput => ({ ...input(root, loc, page, records), pageSnapshot: '- button "Edit address"\n- button "Discard"' });
    const record = (near?: string[]) => one({ tag: 'button', role: 'button', id: 'o_form_edit', classes: ['btn', 'btn-primary', 'o_form_button_edit'], name: 'Edit', ownText: 'Edit', text: 'Edit', up: { tag: 'div', classes: ['o_form_buttons'] }, ...(near ? { near } : {}) });
    // Without the look-alikes (no record, or one of an older version), the name alone decides.
    assert.match(proposal(proposeClassBFix(withAria())).edits[0]?.after ?? '', /Edit address/);
    assert.match(proposal(proposeClassBFix(withAria([entry(root, loc, record())]))).edits[0]?.after ?? '', /Edit address/);
    assert.match(refusal(proposeClassBFix(withAria([entry(root, loc, record(['Edit address', 'Discard']))]))), /"Edit address", was already on the page beside the one the locator found when the test last passed/);
    // A pick the record does not list is not refused for it.
    assert.match(proposal(proposeClassBFix(withAria([entry(root, loc, record(['Discard']))]))).edits[0]?.after ?? '', /Edit address/);
  });

  test('a chain with a computed value has no record to look up, and is judged without one (never an internal error)', () => {
    const root = tree({ 'a.spec.ts': "await page.locator('.drawer .item').filter({ has: page.locator('.item__title', { hasText: 'Reports' }) }).click();\n" });
    const loc = "locator('.drawer .item').filter({ has: locator('.item__title', { hasText: 'Reports' }) })";
    const r = proposeClassBFix(input(root, loc, checkout, [entry(root, "getByRole('button', { name: 'Checkout' })", payRecord)]));
    assert.ok('refused' in r, JSON.stringify(r));
    assert.doesNotMatch(r.refused, /healer failed on this input/);
  });
});

describe('a strict-mode violation told apart by the record', () => {
  // Choices.js 11 keeps the native <select>'s options: the role query now also finds the hidden <option>.
  const loc = "getByRole('option', { name: 'Opinion' })";
  const widget = '<div role="option" id="choices--category-item-choice-3" class="choices__item choices__item--choice choices__item--selectable" data-value="opinion">Opinion</div>';
  const strict = (a: string, akaA: string, b: string, akaB: string) =>
    `Error: locator.click: Error: strict mode violation: ${loc} resolved to 2 elements:\n    1) ${a} aka ${akaA}\n    2) ${b} aka ${akaB}\n\nCall log:\n  - waiting for ${loc}\n`;
  const message = strict('<option value="opinion">Opinion</option>', "getByLabel('Category').getByRole('option', { name: 'Opinion' })", widget, "locator('#choices--category-item-choice-3')");
  const record = one({ tag: 'div', role: 'option', id: 'choices--category-item-choice-3', classes: ['choices__item', 'choices__item--choice', 'choices__item--selectable'], name: 'Opinion', ownText: 'Opinion', text: 'Opinion' });
  const run = (msg: string, records?: LkgEntry[], line = `await page.${loc}.click();\n`) => {
    const root = tree({ 'a.spec.ts': line });
    const file = path.join(root, 'a.spec.ts');
    const rec = records?.map((r) => ({ ...r, locator: loc }));
    return proposeClassBFix({ category: 'update-selectors', testId: 't', fingerprint: 'fp', message: msg, stack: `${msg}\n    at ${file}:1:9`, testFile: file, testLine: 1, rootDir: root, ...(rec ? { lastKnownGood: rec } : {}) });
  };

  test('the element the locator found alone when the test last passed is the one meant: its aka is the fix', () => {
    const p = proposal(run(message, [entry('', loc, record)]));
    assert.equal(p.edits[0]?.after, "await page.locator('#choices--category-item-choice-3').click();");
    assert.match(p.reasoning, /matched 2 elements with the text "Opinion"; the one it found alone when the test last passed, <div id="choices--category-item-choice-3" class="choices__item choices__item--choice choices__item--selectable">, is the one Playwright names/);
  });

  test('without a record, or with one that matched several elements, both are still exactly "Opinion": refused', () => {
    assert.match(refusal(run(message)), /2 of the 2 matching elements have exactly the text "Opinion"/);
    assert.match(refusal(run(message, [entry('', loc, { count: 2, elements: record.elements })])), /2 of the 2 matching elements/);
  });

  test('a record that fits both, or neither, tells nothing', () => {
    const twin = widget.replace('choice-3', 'choice-9');
    const both = strict(widget.replace(' id="choices--category-item-choice-3"', ''), "locator('#a')", twin.replace(' id="choices--category-item-choice-9"', ''), "locator('#b')");
    const noId = one({ ...record.elements[0]!, id: undefined } as Fingerprint);
    assert.match(refusal(run(both, [entry('', loc, noId)])), /2 of the 2 matching elements/);
    const otherId = one({ ...record.elements[0]!, id: 'choices--category-item-choice-7' } as Fingerprint);
    assert.match(refusal(run(message, [entry('', loc, otherId)])), /2 of the 2 matching elements/);
    const span = one({ ...record.elements[0]!, tag: 'span' } as Fingerprint);
    assert.match(refusal(run(message, [entry('', loc, span)])), /2 of the 2 matching elements/);
    const otherClasses = one({ ...record.elements[0]!, id: undefined, classes: ['menu__entry', 'menu__entry--pick', 'is-active'] } as Fingerprint);
    assert.match(refusal(run(message, [entry('', loc, otherClasses)])), /2 of the 2 matching elements/);
  });

  test('an aka that adds a position the locator did not use is not taken', () => {
    const positional = strict('<option value="opinion">Opinion</option>', "locator('option').first()", widget, "getByRole('option', { name: 'Opinion' }).nth(1)");
    assert.match(refusal(run(positional, [entry('', loc, record)])), /2 of the 2 matching elements/);
  });
});
