// The same-element check's parts: a bounded zip reader, the calls and target elements of a real
// Playwright trace (incremental snapshots, references into earlier snapshots, call stacks), and the
// judge that compares what a call acted on in the re-run with what the heal meant.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { judgeSameElement, mismatch, readTraceCalls, readZip, sameElementFromTraces, tracedCalls, ZipError, type TracedCall } from '../../../src/class-b/verify/trace/index.js';
import type { MeantElement } from '../../../src/class-b/types.js';

const FIXTURE = new URL('../../data/traces/pw-1.65.1-history.zip', import.meta.url);
const LIMITS = { maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 21 };

/** A zip of `files` (stored or deflated), as any zip writer lays it out. */
function zip(files: Record<string, string | Buffer>, method: 0 | 8 | 12 = 8): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = method === 8 ? deflateRawSync(data) : data;
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('readZip', () => {
  test('stored and deflated entries, only those asked for', () => {
    for (const method of [0, 8] as const) {
      const out = readZip(zip({ 'a.trace': 'one\ntwo', 'b.jpeg': 'x', 'c.stacks': '{}' }, method), (n) => !n.endsWith('.jpeg'), LIMITS);
      assert.deepEqual([...out.entries()].map(([k, v]) => [k, v.toString()]), [['a.trace', 'one\ntwo'], ['c.stacks', '{}']]);
    }
  });

  test('refuses what it cannot read safely, with the reason', () => {
    const good = zip({ 'a.trace': 'x'.repeat(100) });
    assert.throws(() => readZip(Buffer.from('not a zip at all, not even close'), () => true, LIMITS), (e: Error) => e instanceof ZipError && /no end of central directory/.test(e.message));
    assert.throws(() => readZip(good.subarray(20), () => true, LIMITS), ZipError);
    assert.throws(() => readZip(good, () => true, { maxEntryBytes: 99, maxTotalBytes: 1000 }), /a\.trace is 100 bytes uncompressed, more than 99/);
    assert.throws(() => readZip(zip({ a: 'x'.repeat(60), b: 'y'.repeat(60) }), () => true, { maxEntryBytes: 100, maxTotalBytes: 100 }), /exceed 100 bytes/);
    assert.throws(() => readZip(zip({ a: 'x' }, 12), () => true, LIMITS), /compression method 12/);
    const lying = zip({ a: 'abc' }, 0);
    lying.writeUInt32LE(5, lying.length - 22 - 46 - 1 + 24 + 1); // the central header's uncompressed size
    assert.throws(() => readZip(lying, () => true, LIMITS), ZipError);
    assert.equal(readZip(good, () => false, LIMITS).size, 0);
  });

  test('reads a real trace.zip', () => {
    const names = [...readZip(readFileSync(FIXTURE), () => true, { maxEntryBytes: 1 << 22, maxTotalBytes: 1 << 23 }).keys()].sort();
    assert.deepEqual(names.filter((n) => /trace|stacks/.test(n)), ['0-trace.network', '0-trace.stacks', '0-trace.trace', '1-trace.network', '1-trace.stacks', '1-trace.trace', 'test.trace']);
  });
});

describe('tracedCalls', () => {
  test("a real trace: each call's line and the element it acted on, texts read through references", () => {
    const calls = readTraceCalls(FIXTURE.pathname).filter((c) => c.frames.length);
    assert.deepEqual(
      calls.map((c) => [c.method, c.frames.map((f) => `${path.basename(f.file)}:${f.line}`).join(' '), c.targets]),
      [
        ['setContent', 'a.spec.ts:3', []],
        ['expect', 'a.spec.ts:4', [{ tag: 'div', attrs: { class: 'history-entry' }, text: '5 + 3 = 8' }]],
        ['click', 'a.spec.ts:5', [{ tag: 'button', attrs: { id: 'go' }, text: 'Place your order' }]],
        ['queryCount', 'a.spec.ts:6', []],
        ['expect', 'a.spec.ts:7', [{ tag: 'div', attrs: { class: 'history-entry' }, text: '5 + 3 = 8' }]],
      ],
    );
    assert.equal(calls[2]?.selector, 'internal:role=button[name="Place your order"i]');
  });

  const entries = (lines: unknown[], stacks: unknown = { files: ['/r/a.spec.ts'], stacks: [['c1', [[0, 9, 3, '']]]] }) =>
    new Map([
      ['1-trace.trace', Buffer.from(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'))],
      ['1-trace.stacks', Buffer.from(JSON.stringify(stacks))],
    ]);
  const snap = (callId: string, html: unknown, frameId = 'f1') => ({ type: 'frame-snapshot', snapshot: { callId, phase: 'after', frameId, html } });

  test('references resolve per frame, post-order, through several snapshots; other frames do not count', () => {
    const calls = tracedCalls(
      entries([
        { type: 'before', callId: 'c0', method: 'goto', params: {} },
        snap('c0', ['HTML', {}, ['BODY', {}, ['P', {}, 'Total: ', ['B', {}, '42']], ['SCRIPT', {}, 'var x']]]),
        snap('c0', ['HTML', {}, ['BODY', {}, 'other frame']], 'f2'),
        { type: 'before', callId: 'c1', method: 'click', params: { selector: 'p' } },
        // Nodes of snapshot 0, post-order: 'Total: ' 0, '42' 1, B 2, P 3, 'var x' 4, SCRIPT 5, BODY 6, HTML 7.
        snap('c1', ['HTML', {}, ['BODY', {}, ['DIV', { __playwright_target__: '', Class: 'card' }, [[1, 3]], [[1, 5]]]]]),
        'not json',
        { type: 'before', callId: 'c2', method: 'click' },
        snap('c2', ['HTML', {}, ['MAIN', { __playwright_target__: 'c2' }, [[2, 2]]], ['ASIDE', { __playwright_target__: '' }, [[1, 0]]]]),
        snap('missing', ['DIV', { __playwright_target__: '' }]),
      ]),
    );
    const byId = new Map(calls.map((c) => [c.callId, c]));
    assert.deepEqual(byId.get('c1')?.targets, [{ tag: 'div', attrs: { class: 'card' }, text: 'Total: 42' }]);
    assert.deepEqual(byId.get('c1')?.frames, [{ file: '/r/a.spec.ts', line: 9 }]);
    // Two snapshots back from the third snapshot of f1 is the first: its node 2 is <b>42</b>.
    // From c1's snapshot (one back), node 0 is its <div> (references are not numbered), itself references.
    assert.deepEqual(byId.get('c2')?.targets, [{ tag: 'main', attrs: {}, text: '42' }, { tag: 'aside', attrs: {}, text: 'Total: 42' }]);
    assert.deepEqual(byId.get('c2')?.frames, []);
    assert.equal(byId.has('missing'), false);
  });

  test('bad references and malformed stacks are skipped, never thrown', () => {
    const calls = tracedCalls(
      entries(
        [
          { type: 'before', callId: 'c1', method: 'click', params: { selector: 3 } },
          snap('c1', ['DIV', { __playwright_target__: '' }, [[5, 0]], [[0, 99]], [[-1, 0]], [['x', 0]], 'ok']),
        ],
        { files: ['/r/a.spec.ts'], stacks: [['c1', [[7, 1, 1, ''], 'x', [0, 'y'], [0, 4, 2, 'f']]], 'bad', ['c9']] },
      ),
    );
    assert.deepEqual(calls, [{ callId: 'c1', method: 'click', frames: [{ file: '/r/a.spec.ts', line: 4 }], targets: [{ tag: 'div', attrs: {}, text: 'ok' }] }]);
    assert.deepEqual(tracedCalls(new Map([['1-trace.stacks', Buffer.from('{')]])), []);
  });
});

describe('the same-element judge', () => {
  const el = (tag: string, text: string, attrs: Record<string, string> = {}) => ({ tag, attrs, text });
  const call = (line: number, ...targets: ReturnType<typeof el>[]): TracedCall => ({ callId: `c${line}`, method: 'click', frames: [{ file: '/copy/e2e/a.spec.ts', line }], targets });
  const meant = (m: Partial<MeantElement>): MeantElement => ({ file: '/repo/e2e/a.spec.ts', line: 5, ...m });
  const rel = (f: string) => f.replace(/^\/(copy|repo)\//, '');

  test('tag, role and text or name, each with the reason it does not fit', () => {
    assert.equal(mismatch(meant({ tag: 'div', text: '5 + 3 = 8' }), el('div', '5 + 3 = 8'), true), undefined);
    assert.equal(mismatch(meant({ tag: 'div' }), el('span', 'x'), true), 'a <span>, not a <div>');
    assert.match(mismatch(meant({ tag: 'div', text: '5 + 3 = 8' }), el('div', 'Historique'), true) ?? '', /reads "Historique", not "5 \+ 3 = 8"/);
    assert.equal(mismatch(meant({ tag: 'div', text: '5 + 3 = 8' }), el('div', 'Historique'), false), undefined, 'several targets: texts differ by item');
    assert.equal(mismatch(meant({ text: 'a long text clipped at the snapshot limit somewhere' }), el('div', 'A long text clipped at the snapshot limit somewhere in the middle'), true), undefined);
    assert.equal(mismatch(meant({ text: 'Order [REDACTED_EMAIL] placed' }), el('div', 'Order ada@example.com placed'), true), undefined);
    assert.equal(mismatch(meant({ text: 'Saved' }), el('div', ''), true), undefined, 'no text in the trace: not judged');
    assert.match(mismatch(meant({ text: '5 + 3 = 8' }), el('div', '8'), true) ?? '', /reads "8"/);
    assert.equal(mismatch(meant({ role: 'button', name: 'Place your order' }), el('button', 'Place your order'), true), undefined);
    assert.equal(mismatch(meant({ role: 'button', name: 'Place your order' }), el('input', '', { type: 'submit', value: 'Place your order' }), true), undefined);
    assert.equal(mismatch(meant({ role: 'button', name: 'Close' }), el('div', '×', { role: 'button', 'aria-label': 'Close' }), true), undefined);
    assert.match(mismatch(meant({ role: 'button', name: 'Save' }), el('a', 'Save', { href: '/' }), true) ?? '', /a <a>, not a button/);
    assert.match(mismatch(meant({ role: 'button' }), el('div', 'x', { role: 'link' }), true) ?? '', /with role link, not a button/);
    assert.match(mismatch(meant({ role: 'button', name: 'Save' }), el('button', 'Cancel'), true) ?? '', /name reads "Cancel", not "Save"/);
    assert.equal(mismatch(meant({ role: 'treeitem', name: 'Docs' }), el('div', 'Docs'), true), undefined, 'a role without a known tag is not judged by tag');
  });

  test('verdicts: proven lines, lines no call marked, and the first mismatch', () => {
    const m = [meant({ role: 'button', name: 'Save' }), meant({ line: 9, role: 'button' })];
    assert.deepEqual(judgeSameElement(m, [call(5, el('button', 'Save')), call(9)], rel), { ok: true, note: 'same element as the heal meant on a.spec.ts:5; not traced on a.spec.ts:9' });
    assert.deepEqual(judgeSameElement(m, [call(5, el('button', 'Save')), call(9, el('button', 'Other'))], rel), { ok: true, note: 'same element as the heal meant on a.spec.ts:5, a.spec.ts:9' });
    const bad = judgeSameElement(m, [call(5, el('button', 'Save')), call(5, el('span', 'Save', { id: 'x' }))], rel);
    assert.equal(bad.ok, false);
    assert.match(!bad.ok ? bad.reason : '', /^same-element check failed on a\.spec\.ts:5: in the re-run the new locator found <span id="x"> "Save", a <span>, not a button: the heal meant button "Save"$/);
    assert.deepEqual(judgeSameElement(m, [{ ...call(5, el('span', 'x')), frames: [{ file: '/copy/e2e/b.spec.ts', line: 5 }] }], rel), { ok: true, note: 'not traced on a.spec.ts:5, a.spec.ts:9' });
  });

  test('with a last-known-good record, what the re-run found must be at least 50% like it', () => {
    // The record: a save button with a CSS-module class, when the test last passed.
    const record = { count: 1, elements: [{ tag: 'button', classes: ['bt_k3'], text: 'Save', role: 'button', name: 'Save', up: { tag: 'div', classes: ['toolbar'] } }] };
    const m = [meant({ tag: 'button', record })];
    // Re-hashed class, same tag and text: 5 of 7 (the class is new; role, name and parent are not compared).
    const good = judgeSameElement(m, [call(5, el('button', 'Save', { class: 'bt_m2' }))], rel);
    assert.deepEqual(good, { ok: true, note: 'same element as the heal meant on a.spec.ts:5 (71% like when the test last passed)' });
    // Another button: the tag alone, 2 of 7.
    const bad = judgeSameElement(m, [call(5, el('button', 'Cancel', { class: 'bt_m9' }))], rel);
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok ? bad.reason : '', 'same-element check failed on a.spec.ts:5: in the re-run the new locator found <button class="bt_m9"> "Cancel", only 29% like what the old locator found when the test last passed (<button class="bt_k3"> "Save"); a heal needs 50%');
    // A clipped remembered text matches the start of the element's text.
    const long = 'x'.repeat(80);
    const clipped = { count: 1, elements: [{ tag: 'p', text: `${long}\u2026` }] };
    assert.equal(judgeSameElement([meant({ record: clipped })], [call(5, el('p', `${long} and more`))], rel).ok, true);
    assert.equal(judgeSameElement([meant({ record: clipped })], [call(5, el('p', 'y'.repeat(90)))], rel).ok, false);
    // Several found elements: the first ones against their best fingerprints, averaged, as the heal scored them.
    const items = { count: 3, elements: ['a', 'b', 'c'].map((t) => ({ tag: 'li', text: t, testIds: { 'data-test': 'item' } })) };
    const list = (...ts: string[]) => call(5, ...ts.map((t) => el('li', t, { 'data-test': 'row' })));
    assert.equal(judgeSameElement([meant({ record: items })], [list('a', 'b', 'c', 'd')], rel).ok, true);
    assert.equal(judgeSameElement([meant({ record: items })], [list('x', 'y', 'z')], rel).ok, false);
  });

  test('a trace that cannot be read leaves its lines unproven and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hw-trace-'));
    const broken = path.join(dir, 't1', 'trace.zip');
    const v = sameElementFromTraces([meant({ tag: 'div' })], [broken, FIXTURE.pathname], rel);
    assert.equal(v.ok, true);
    assert.match(v.ok ? v.note : '', /^not traced on a\.spec\.ts:5; trace not read: t1\/trace\.zip \(ENOENT/);
    const junk = path.join(dir, 'trace.zip');
    writeFileSync(junk, 'junk');
    const w = sameElementFromTraces([meant({ file: '/tmp/tr/tests/a.spec.ts', line: 4, tag: 'span' })], [junk, FIXTURE.pathname], (f) => f);
    assert.equal(w.ok, false, 'the readable trace still judges');
  });
});
