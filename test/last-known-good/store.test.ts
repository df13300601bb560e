// The last-known-good store and its use: hostile records refused field by field, merge and pruning,
// an unreadable store set aside (never overwritten), the nearest-line lookup, the call site of a
// locator call, the likeness score, and the DOM healer with and without a record.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LKG_LIMITS, findEntry, freshKeys, loadStore, mergeRecords, parseFingerprint, parseRecord, recordsOfAttachments, saveRecords, LKG_FILE } from '../../src/last-known-good/store.js';
import { entrySimilarity, fingerprintSimilarity } from '../../src/last-known-good/match.js';
import { callSite } from '../../src/fixtures/last-known-good.js';
import { LKG_ATTACHMENT, type LkgEntry, type LkgRecord } from '../../src/last-known-good/types.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import type { DomElement } from '../../src/triage/dom-snapshot.js';
import { dom } from '../class-b/helpers.js';

const record = (over: Partial<LkgRecord> = {}): LkgRecord => ({
  file: 'e2e/save.spec.ts',
  line: 6,
  locator: "locator('.btn-save')",
  count: 1,
  elements: [{ tag: 'button', classes: ['btn-save'], role: 'button', name: 'Save', text: 'Save', ownText: 'Save', up: { tag: 'nav', classes: ['toolbar'] } }],
  ...over,
});
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'lkg-test-'));

describe('records from untrusted JSON', () => {
  test('only known fields of the right type and size are kept', () => {
    const fp = parseFingerprint({ tag: 'button', id: 7, classes: ['a', 3, 'b'.repeat(300)], testIds: { 'data-testid': 'save', 'bad key!': 'x', 'data-qa': 5 }, level: 12, onclick: 'alert(1)', up: { tag: 'NAV' }, name: 'n'.repeat(500) });
    assert.deepEqual(fp, { tag: 'button', classes: ['a', 'b'.repeat(100)], testIds: { 'data-testid': 'save' }, name: 'n'.repeat(200) });
    assert.equal(parseFingerprint({ tag: '<script>' }), undefined);
    assert.equal(parseFingerprint(['button']), undefined);
    // The look-alikes' names: strings only, each at most 100 characters, at most 12; an empty list is kept (none were there).
    const near = parseFingerprint({ tag: 'button', near: ['Delete', 4, '', 'x'.repeat(150), ...Array.from({ length: 20 }, (_, i) => `b${i}`)] });
    assert.deepEqual(near?.near, ['Delete', 'x'.repeat(100), ...Array.from({ length: 10 }, (_, i) => `b${i}`)]);
    assert.deepEqual(parseFingerprint({ tag: 'button', near: [] })?.near, []);
    assert.equal(parseFingerprint({ tag: 'button', near: 'Delete' })?.near, undefined);
    assert.equal(parseFingerprint({ tag: 'button', ctx: 'Eurowings Code: 4U-HARB-07 Edit' })?.ctx, 'Eurowings Code: 4U-HARB-07 Edit');
    assert.equal(parseFingerprint({ tag: 'button', ctx: 'x'.repeat(500) })?.ctx, 'x'.repeat(200));
    for (const ctx of [4, '', ['a'], { a: 1 }]) assert.equal(parseFingerprint({ tag: 'button', ctx })?.ctx, undefined);
  });

  test('a record needs a file, a line, a locator, a count and at least one element', () => {
    assert.deepEqual(parseRecord(record()), record());
    for (const bad of [{ line: 0 }, { line: 1.5 }, { count: 0 }, { file: '' }, { locator: 3 }, { elements: [] }, { elements: [{ tag: '1x' }] }]) {
      assert.equal(parseRecord({ ...record(), ...bad }), undefined, JSON.stringify(bad));
    }
    assert.equal(parseRecord({ ...record(), elements: Array.from({ length: 9 }, () => record().elements[0]) })?.elements.length, 3);
  });

  test('attachments: only healwright\'s, only JSON arrays, at most 60 records each', () => {
    const body = (v: unknown) => Buffer.from(JSON.stringify(v));
    const got = recordsOfAttachments([
      { name: LKG_ATTACHMENT, body: body([record(), { junk: true }, record({ line: 7 })]) },
      { name: 'other', body: body([record({ line: 8 })]) },
      { name: LKG_ATTACHMENT, body: Buffer.from('{not json') },
      { name: LKG_ATTACHMENT, body: body({ not: 'an array' }) },
      { name: LKG_ATTACHMENT },
    ]);
    assert.deepEqual(got.map((r) => r.line), [6, 7]);
    assert.equal(recordsOfAttachments([{ name: LKG_ATTACHMENT, body: body(Array.from({ length: 80 }, (_, i) => record({ line: i + 1 }))) }]).length, 60);
  });
});

describe('merging and pruning', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const entry = (over: Partial<LkgEntry> = {}): LkgEntry => ({ ...record(), lastSeen: '2026-12-01T10:00:00.000Z', seen: 4, ...over });

  test('a record replaces its call site\'s entry and counts one more passing run (once per run)', () => {
    const moved = record({ elements: [{ tag: 'button', text: 'Save now' }] });
    const out = mergeRecords([entry()], [moved, moved], now);
    assert.deepEqual(out, [{ ...moved, lastSeen: now.toISOString(), seen: 5 }]);
    assert.equal(mergeRecords([], [record()], now)[0]?.seen, 1);
  });

  test('entries older than the retention go; 0 keeps every age; the least recently seen go beyond the bound', () => {
    const old = entry({ line: 1, lastSeen: '2026-10-01T00:00:00.000Z' });
    const recent = entry({ line: 2, lastSeen: '2026-12-02T00:00:00.000Z' });
    assert.deepEqual(mergeRecords([old, recent], [], now, { maxEntries: 10, retentionDays: 30 }).map((e) => e.line), [2]);
    assert.deepEqual(mergeRecords([old, recent], [], now, { maxEntries: 10, retentionDays: 0 }).map((e) => e.line), [2, 1]);
    assert.deepEqual(mergeRecords([old, recent], [record({ line: 3 })], now, { maxEntries: 2, retentionDays: 0 }).map((e) => e.line), [3, 2]);
  });

  test('fresh keys: entries a passing run saw in the last day, in the workers\' form', () => {
    const entries = [entry({ line: 1, lastSeen: '2026-12-03T09:00:00.000Z' }), entry({ line: 2, lastSeen: '2026-12-02T09:59:00.000Z' }), entry({ line: 3, file: 'e2e/sub/x.spec.ts', lastSeen: '2026-12-02T10:00:00.000Z' })];
    assert.deepEqual(freshKeys(entries, '/repo', now), ["/repo/e2e/save.spec.ts:1 locator('.btn-save')", "/repo/e2e/sub/x.spec.ts:3 locator('.btn-save')"]);
    assert.deepEqual(freshKeys(entries, '/repo', now, 1.5), ["/repo/e2e/save.spec.ts:1 locator('.btn-save')"]);
  });

  test('the nearest line of the same file and locator; another locator or file is not the same call', () => {
    const entries = [entry({ line: 6 }), entry({ line: 40 }), entry({ line: 9, locator: "locator('.other')" }), entry({ line: 8, file: 'e2e/other.spec.ts' })];
    assert.equal(findEntry(entries, 'e2e/save.spec.ts', 9, "locator('.btn-save')")?.line, 6);
    assert.equal(findEntry(entries, 'e2e/save.spec.ts', 35, "locator('.btn-save')")?.line, 40);
    assert.equal(findEntry(entries, 'e2e/none.spec.ts', 6, "locator('.btn-save')"), undefined);
    assert.equal(findEntry(entries, 'e2e/save.spec.ts', 6, "locator('.btn')"), undefined);
  });
});

describe('the store file', () => {
  test('saved relative to the repository, redacted, records outside it dropped, merged with what was there', () => {
    const dir = tmp();
    const root = path.join(dir, 'repo');
    const secret = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    saveRecords(dir, root, [record({ file: path.join(root, 'e2e/a.spec.ts'), elements: [{ tag: 'span', text: `token ${secret}` }] }), record({ file: path.join(dir, 'elsewhere.ts') })], { now: new Date('2026-12-01T00:00:00Z') });
    const second = saveRecords(dir, root, [record({ file: path.join(root, 'e2e/b.spec.ts') })], { now: new Date('2026-12-02T00:00:00Z') });
    assert.deepEqual(second.entries.map((e) => e.file), ['e2e/b.spec.ts', 'e2e/a.spec.ts']);
    const text = readFileSync(path.join(dir, LKG_FILE), 'utf8');
    assert.ok(!text.includes(secret), text);
    assert.deepEqual(loadStore(dir).entries, second.entries);
  });

  test('a file that is not a store is set aside with a warning, never overwritten', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, LKG_FILE), '{"version": 2, "entries": []}');
    const r = saveRecords(dir, dir, [record({ file: path.join(dir, 'e2e/a.spec.ts') })]);
    assert.match(r.warning ?? '', /could not be read: it is not a version 1 store .* renamed last-known-good\.json\.unreadable and a new store was started/);
    assert.equal(readFileSync(path.join(dir, `${LKG_FILE}.unreadable`), 'utf8'), '{"version": 2, "entries": []}');
    assert.deepEqual(loadStore(dir).entries.map((e) => e.file), ['e2e/a.spec.ts']);
    writeFileSync(path.join(dir, LKG_FILE), 'not json');
    assert.match(loadStore(dir).warning ?? '', /it is not valid JSON/);
    assert.ok(!existsSync(path.join(dir, LKG_FILE)));
    assert.equal(DEFAULT_LKG_LIMITS.maxEntries, 5000);
  });
});

describe('the call site of a locator call', () => {
  test('the first frame outside node_modules and healwright itself', () => {
    const own = ['/repo/node_modules/healwright/dist', '/home/me/healwright/src'];
    const stack = [
      'Error',
      '    at Locator.click (/home/me/healwright/src/last-known-good/recorder.ts:150:7)',
      '    at /app/node_modules/playwright/lib/matchers/expect.js:20:5',
      '    at OrderPage.place (/app/e2e/pages/order-page.ts:5:31)',
      '    at /app/e2e/orders.spec.ts:6:3',
    ].join('\n');
    assert.deepEqual(callSite(stack, own), { file: '/app/e2e/pages/order-page.ts', line: 5 });
    assert.equal(callSite('Error\n    at /app/node_modules/x.js:1:1', own), undefined);
  });
});

const release = (saveClass: string, saveText = 'Save') =>
  dom([{ tag: 'nav', classes: ['toolbar'], kids: [{ tag: 'button', role: 'button', classes: ['btn-cancel'], ownText: 'Cancel', name: 'Cancel' }, { tag: 'button', role: 'button', classes: [saveClass], ownText: saveText, name: saveText }] }]);

describe('likeness to a record', () => {
  test('each remembered feature counts; the lost class alone does not hide the element', () => {
    const page = release('cta-primary');
    const parentOf = (e: DomElement) => page.elements[e.parent];
    const [nav, cancel, save] = page.elements as [DomElement, DomElement, DomElement];
    const fp = record().elements[0]!;
    // tag 2 + text 3 + role 1 + name 2 + parent 1 of 11 (the class is the one feature that changed).
    assert.equal(fingerprintSimilarity(save, nav, fp).toFixed(3), (9 / 11).toFixed(3));
    assert.equal(fingerprintSimilarity(cancel, nav, fp).toFixed(3), (4 / 11).toFixed(3));
    assert.equal(fingerprintSimilarity(nav, undefined, fp), 0);
    assert.equal(entrySimilarity([save], parentOf, { count: 1, elements: [fp] }).toFixed(3), (9 / 11).toFixed(3));
    assert.equal(entrySimilarity([save], parentOf, { count: 2, elements: [fp] }).toFixed(3), (4.5 / 11).toFixed(3), 'a count that changed halves the likeness');
    assert.equal(entrySimilarity([], parentOf, { count: 1, elements: [fp] }), 0);
  });
});

describe('the DOM healer with a record', () => {
  const chain = parseLocatorText("locator('.btn-save')");
  const lastKnownGood = { count: 1, elements: record().elements };

  test('a class renamed to nothing like it is healed to the element the record describes', () => {
    const r = domHeal(release('cta-primary'), chain, { count: 1, lastKnownGood });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, '.cta-primary');
    assert.match(r.why, /82% like what it found when the test last passed/);
    // Without the record the same page is refused: "btn-cancel" is close in name and finds the wrong button.
    const without = domHeal(release('cta-primary'), chain, { count: 1 });
    assert.ok(without && 'refused' in without, JSON.stringify(without));
  });

  test('a value close in name that finds an element unlike the record is never the heal', () => {
    // The save button is gone; "btn-cancel" would be the closest name, but it is "Cancel", not "Save".
    const page = dom([{ tag: 'nav', classes: ['toolbar'], kids: [{ tag: 'button', role: 'button', classes: ['btn-cancel'], ownText: 'Cancel', name: 'Cancel' }] }]);
    const r = domHeal(page, chain, { count: 1, lastKnownGood });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /no class on the page is close enough to "btn-save"/);
  });

  test('with a record, an id that became a class keeps its element, CSS staying CSS (reveal.js 4: #searchinput -> input.searchinput)', () => {
    const page = dom([{ tag: 'div', classes: ['searchbox'], kids: [{ tag: 'input', role: 'textbox', classes: ['searchinput'], placeholder: 'Search...', type: 'search' }, { tag: 'input', role: 'textbox', classes: ['other'], type: 'text' }] }]);
    const searchRecord = { count: 1, elements: [{ tag: 'input', id: 'searchinput', role: 'textbox', placeholder: 'Search...', type: 'search', up: { tag: 'div', classes: ['searchbox'] } }] };
    for (const [before, after] of [["locator('#searchinput')", '.searchinput'], ["locator('input#searchinput')", 'input.searchinput']] as const) {
      const r = domHeal(page, parseLocatorText(before), { count: 1, lastKnownGood: searchRecord });
      assert.ok(r && 'repl' in r, JSON.stringify(r));
      assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, after);
      assert.match(r.why, /with class "searchinput" in place of id "searchinput"/);
    }
    // Without the record there is nothing to tell which input the id was on.
    const without = domHeal(page, parseLocatorText("locator('#searchinput')"), { count: 1 });
    assert.ok(without && 'refused' in without, JSON.stringify(without));
    // A compound selector is not rewritten across kinds.
    const compound = domHeal(page, parseLocatorText("locator('.searchbox #searchinput')"), { count: 1, lastKnownGood: searchRecord });
    assert.ok(!compound || 'refused' in compound, JSON.stringify(compound));
  });

  test('a record of tag, role and parent alone says nothing: the only input left is not the lost one', () => {
    // The coupon field is gone; the email field is an input under the same parent, 67% like the coupon's record.
    const page = dom([{ tag: 'form', kids: [{ tag: 'input', role: 'textbox', id: 'email', type: 'text' }] }]);
    const coupon = { count: 1, elements: [{ tag: 'input', role: 'textbox', id: 'coupon-code', type: 'text', up: { tag: 'form' } }] };
    const r = domHeal(page, parseLocatorText("locator('#coupon-code')"), { count: 1, lastKnownGood: coupon });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    // A value close in name but short of a heal (code-input, 0.50) is not lifted by such a likeness.
    const zip = dom([{ tag: 'form', kids: [{ tag: 'input', role: 'textbox', id: 'code-input', type: 'text' }] }]);
    const z = domHeal(zip, parseLocatorText("locator('#coupon-code')"), { count: 1, lastKnownGood: coupon });
    assert.ok(z && 'refused' in z, JSON.stringify(z));
    // Nor is an input that only looks like the record offered under its class (the id-to-class swap).
    const field = dom([{ tag: 'form', kids: [{ tag: 'input', role: 'textbox', classes: ['email-field'], type: 'text' }] }]);
    const f = domHeal(field, parseLocatorText("locator('#coupon-code')"), { count: 1, lastKnownGood: coupon });
    assert.ok(f && 'refused' in f, JSON.stringify(f));
  });

  test("a text other elements show too is not the element's own: the lost list's Remove button is not another list's", () => {
    // The saved cards are gone; the saved addresses keep their Remove buttons, each as like the record.
    const removeIn = (cls: string) => ({ tag: 'li', classes: [cls], text: 'Remove', kids: [{ tag: 'button', role: 'button', ownText: 'Remove', name: 'Remove' }] });
    const page = dom([{ tag: 'section', kids: [{ tag: 'ul', kids: [removeIn('saved-address'), removeIn('saved-address')] }] }]);
    const remove = { count: 1, elements: [{ tag: 'button', role: 'button', ownText: 'Remove', text: 'Remove', name: 'Remove', up: { tag: 'li', classes: ['saved-card'] } }] };
    const r = domHeal(page, parseLocatorText("locator('.saved-card').first().getByRole('button', { name: 'Remove' })"), { count: 1, lastKnownGood: remove });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    // One Remove button left on the page: its text is its own, and the record lifts the swap.
    const one = dom([{ tag: 'section', kids: [{ tag: 'ul', kids: [removeIn('saved-address')] }] }]);
    const o = domHeal(one, parseLocatorText("locator('.saved-card').first().getByRole('button', { name: 'Remove' })"), { count: 1, lastKnownGood: remove });
    assert.ok(o && 'repl' in o, JSON.stringify(o));
  });

  test('when the record is as like two elements, the names decide, as without a record', () => {
    // <input name="email"> became name="emailAddress"; the phone input is as like the record (tag, role, parent).
    const page = dom([{ tag: 'form', kids: [{ tag: 'input', role: 'textbox', nameAttr: 'emailAddress' }, { tag: 'input', role: 'textbox', nameAttr: 'phone' }] }]);
    const email = { count: 1, elements: [{ tag: 'input', role: 'textbox', nameAttr: 'email', up: { tag: 'form' } }] };
    const r = domHeal(page, parseLocatorText(`locator('input[name="email"]')`), { count: 1, lastKnownGood: email });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, 'input[name="emailAddress"]');
    // Two selects whose options read alike (case aside) both carry the record's text: the id's name decides.
    const selects = dom([{ tag: 'select', role: 'combobox', id: 'country-select', text: 'FR ES' }, { tag: 'select', role: 'combobox', id: 'lang', text: 'fr es' }]);
    const country = { count: 1, elements: [{ tag: 'select', role: 'combobox', id: 'country', text: 'FR ES' }] };
    const s = domHeal(selects, parseLocatorText("locator('select#country')"), { count: 1, lastKnownGood: country });
    assert.ok(s && 'repl' in s, JSON.stringify(s));
    assert.equal(s.repl.steps[0]?.args[0]?.t === 'str' && s.repl.steps[0].args[0].v, 'select#country-select');
  });

  test('two values the names cannot tell apart: the one whose element is far more like the record is the heal', () => {
    // A form re-created under a new number (`#wpforms-submit-118` -> `-342`) beside another form's button (`-97`).
    const form = (n: string, text: string) => ({ tag: 'form', classes: ['wpforms-form'], kids: [{ tag: 'div', classes: ['wpforms-submit-container'], kids: [{ tag: 'button', role: 'button', type: 'button', id: `wpforms-submit-${n}`, classes: ['wpforms-submit'], ownText: text, name: text }] }] });
    const page = dom([{ tag: 'main', kids: [form('342', 'Send message'), form('97', 'Subscribe')] }]);
    const up = { tag: 'div', classes: ['wpforms-submit-container'] };
    const submit = { tag: 'button', type: 'button', id: 'wpforms-submit-118', classes: ['wpforms-submit'], role: 'button', text: 'Send message', name: 'Send message', up };
    const byId = parseLocatorText("locator('#wpforms-submit-118')");
    const r = domHeal(page, byId, { count: 1, lastKnownGood: { count: 1, elements: [submit] } });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, '#wpforms-submit-342');
    // A record that both buttons match as well (no text, no name) breaks no tie.
    const vague = { tag: 'button', type: 'button', id: 'wpforms-submit-118', classes: ['wpforms-submit'], role: 'button', up };
    const t = domHeal(page, byId, { count: 1, lastKnownGood: { count: 1, elements: [vague] } });
    assert.ok(t && 'refused' in t, JSON.stringify(t));
    assert.match(t.refused, /several values fit about equally well/);
  });

  test('two elements equally like the record are a tie, refused', () => {
    const page = dom([{ tag: 'nav', classes: ['toolbar'], kids: [{ tag: 'button', role: 'button', classes: ['cta-a'], ownText: 'Save', name: 'Save' }, { tag: 'button', role: 'button', classes: ['cta-b'], ownText: 'Save', name: 'Save' }] }]);
    const r = domHeal(page, chain, { count: 1, lastKnownGood });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /several values fit about equally well/);
  });
});
