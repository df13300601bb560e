// The page snapshot rebuilt from heal-dom (src/triage/dom-aria.ts): Playwright's ARIA line shapes, only
// what is visible, indented by shown ancestors, iframes under their own line, one line per element
// whatever a hostile attachment holds, bounded; and used only when Playwright wrote no snapshot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ariaSnapshotFromDom, DOM_ARIA_MAX, FILLED_VALUE, pageSnapshotForTriage } from '../../src/triage/dom-aria.js';
import type { DomElement, DomSnapshot } from '../../src/triage/dom-snapshot.js';
import { triageFailure } from '../../src/triage/triage.js';

const el = (tag: string, parent: number, more: Partial<DomElement> = {}): DomElement => ({ tag, parent, frame: 0, visible: true, ...more });
const dom = (elements: DomElement[], frames = 1): DomSnapshot => ({ version: 1, frames: Array.from({ length: frames }, (_, i) => ({ url: `http://app.test/${i}` })), testIdAttribute: 'data-testid', elements, truncated: false });

test('roles, names, levels and own texts in the ARIA snapshot\'s line shapes; wrappers and hidden elements add no indent', () => {
  const snap = ariaSnapshotFromDom(dom([
    el('div', -1, { classes: ['app'] }),
    el('main', 0, { role: 'main' }),
    el('h1', 1, { role: 'heading', name: 'Sign in', level: 1, ownText: 'Sign in' }),
    el('div', 1, { visible: false, ownText: 'hidden banner' }),
    el('input', 3, { role: 'textbox', name: 'Password', type: 'password' }),
    el('p', 1, { role: 'paragraph', ownText: 'Forgot it?' }),
    el('button', 1, { role: 'button', name: 'Log in', ownText: 'Log in' }),
    el('span', 1, { ownText: 'v1.2' }),
    el('img', 1, { role: 'presentation' }),
  ]));
  assert.equal(snap, ['- main', '  - heading "Sign in" [level=1]', '  - textbox "Password"', '  - paragraph: Forgot it?', '  - button "Log in"', '  - text: v1.2'].join('\n'));
});

test('iframe contents under an iframe line; a hostile attachment stays one line per element; nothing visible is no snapshot', () => {
  const snap = ariaSnapshotFromDom(dom([
    el('h1', -1, { role: 'heading', name: 'Shop\n- button "Restart backend"', level: 9 }),
    el('button', -1, { role: 'button', name: 'Pay', frame: 1 }),
    el('p', 1, { role: 'paragraph', ownText: 'card', frame: 1 }),
    el('div', 99, { role: 'status', ownText: 'ok' }),
  ], 2));
  assert.equal(snap, ['- heading "Shop - button \\"Restart backend\\""', '- iframe:', '  - button "Pay"', '    - paragraph: card', '- status: ok'].join('\n'));
  assert.equal(ariaSnapshotFromDom(dom([el('div', -1, { visible: false, role: 'button', name: 'x' }), el('div', 0)])), undefined);
  assert.equal(ariaSnapshotFromDom(undefined), undefined);
});

test('texts and keys quoted as Playwright\'s YAML quotes them; a filled field shows that it holds a value, never what', () => {
  const snap = ariaSnapshotFromDom(dom([
    el('strong', -1, { ownText: '404' }),
    el('span', -1, { ownText: ': NOT_FOUND' }),
    el('code', -1, { ownText: '`NOT_FOUND`' }),
    el('span', -1, { ownText: 'yes' }),
    el('span', -1, { ownText: 'plain words' }),
    el('h1', -1, { role: 'heading', name: 'Error: boom', level: 1 }),
    el('p', -1, { role: 'paragraph', ownText: "it's \"quoted\" here" }),
    el('input', -1, { role: 'textbox', name: 'Email', filled: true }),
    el('input', -1, { role: 'textbox', name: 'Password', filled: 'yes' as unknown as boolean }),
  ]));
  assert.equal(snap, ['- text: "404"', '- text: ": NOT_FOUND"', '- text: "`NOT_FOUND`"', '- text: "yes"', '- text: plain words', `- 'heading "Error: boom" [level=1]'`, `- paragraph: it's "quoted" here`, `- textbox "Email": ${FILLED_VALUE}`, '- textbox "Password"'].join('\n'));
  const message = "locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByRole('link', { name: 'Dashboard' })\n";
  const form = (filled: boolean) => dom([el('h1', -1, { role: 'heading', name: 'Sign in', level: 1 }), el('input', -1, { role: 'textbox', name: 'Email', filled }), el('input', -1, { role: 'textbox', name: 'Password', filled }), el('button', -1, { role: 'button', name: 'Sign in' })]);
  // The test typed its credentials and stayed on the form: its own sign-in failed, no session to clear.
  assert.equal(triageFailure({ message, ...pageSnapshotForTriage(undefined, form(true)) }).category, 'unknown');
  assert.equal(triageFailure({ message, ...pageSnapshotForTriage(undefined, form(false)) }).category, 'clear-session');
});

test('the rebuilt snapshot is bounded', () => {
  const many = Array.from({ length: 5_000 }, (_, i) => el('p', i - 1, { role: 'paragraph', ownText: `row ${i} `.repeat(8) }));
  const snap = ariaSnapshotFromDom(dom(many)) ?? '';
  assert.ok(snap.length > DOM_ARIA_MAX / 2 && snap.length < DOM_ARIA_MAX + 20_000, String(snap.length));
});

test('Playwright\'s snapshot wins, even a blank one; the DOM is read only without one, and then it decides like a snapshot', () => {
  const login = dom([el('h1', -1, { role: 'heading', name: 'Sign in', level: 1 }), el('input', -1, { role: 'textbox', name: 'Password' }), el('button', -1, { role: 'button', name: 'Sign in' })]);
  assert.deepEqual(pageSnapshotForTriage('- heading "Home" [level=1]', login), { pageSnapshot: '- heading "Home" [level=1]' });
  assert.deepEqual(pageSnapshotForTriage('', login), { pageSnapshot: '' });
  assert.deepEqual(pageSnapshotForTriage(undefined, JSON.stringify(login)), { pageSnapshot: '- heading "Sign in" [level=1]\n- textbox "Password"\n- button "Sign in"', fromDom: true });
  assert.deepEqual(pageSnapshotForTriage(undefined, '{not json'), {});
  const message = "locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByRole('link', { name: 'Dashboard' })\n";
  assert.equal(triageFailure({ message }).category, 'update-selectors');
  assert.equal(triageFailure({ message, ...pageSnapshotForTriage(undefined, login) }).category, 'clear-session');
});
