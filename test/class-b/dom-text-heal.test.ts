// getByText healed from the `heal-dom` snapshot when the element may be hidden (toBeAttached): the ARIA
// snapshot shows only what is visible, so a renamed heading on a slide not on screen was refused.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { domTextHeal, findByText } from '../../src/class-b/update-selectors/dom-text-heal.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { dom, proposal, refusal, selectorInput, tree } from './helpers.js';

const attached = (locator: string, not = false) =>
  [
    `Error: expect(locator).${not ? 'not.' : ''}toBeAttached() failed`,
    '',
    `Locator: ${locator}`,
    `Expected: ${not ? 'not attached' : 'attached'}`,
    'Timeout: 5000ms',
    'Error: element(s) not found',
    '',
    'Call log:',
    `  - Expect "${not ? 'not ' : ''}toBeAttached" with timeout 5000ms`,
    `  - waiting for ${locator}`,
  ].join('\n');

/** A deck: the title slide on screen, the markdown slide attached but hidden. */
const deck = (heading: string, more: Parameters<typeof dom>[0] = []) =>
  dom([
    {
      tag: 'div',
      classes: ['slides'],
      text: `Reveal.js The HTML Presentation Framework ${heading} Write content using Markdown`,
      kids: [
        { tag: 'section', classes: ['present'], text: 'Reveal.js The HTML Presentation Framework', kids: [{ tag: 'h1', role: 'heading', level: 1, ownText: 'Reveal.js' }, { tag: 'p', ownText: 'The HTML Presentation Framework' }] },
        { tag: 'section', visible: false, text: `${heading} Write content using Markdown`, kids: [{ tag: 'h2', role: 'heading', level: 2, ownText: heading, visible: false }, { tag: 'p', ownText: 'Write content using Markdown', visible: false }] },
        ...more,
      ],
    },
  ]);

describe('findByText: what getByText finds in the DOM snapshot', () => {
  const page = dom([{ tag: 'div', text: 'Save draft now', kids: [{ tag: 'button', ownText: 'Save draft' }, { tag: 'span', ownText: 'now' }] }, { tag: 'p', text: 'A long text that was cut…' }]);
  const tags = (value: string, exact: boolean) => findByText(page, value, exact, undefined).map((e) => e.tag);

  test('a substring, case-insensitive, innermost only', () => {
    assert.deepEqual(tags('save draft', false), ['button'], 'the div holds the text through its child');
    assert.deepEqual(tags('draft now', false), ['div']);
  });

  test('exact: the whole text, case-sensitive', () => {
    assert.deepEqual(tags('Save draft', true), ['button']);
    assert.deepEqual(tags('save draft', true), []);
    assert.deepEqual(tags('Save', true), []);
  });

  test('exact: a wrapper whose whole text is its child\'s is not found, the child is', () => {
    const wrapped = dom([{ tag: 'div', text: 'Pay now', kids: [{ tag: 'button', ownText: 'Pay now' }] }]);
    assert.deepEqual(findByText(wrapped, 'Pay now', true, undefined).map((e) => e.tag), ['button']);
  });

  test('a text the snapshot clipped never matches', () => {
    assert.deepEqual(tags('was cut', false), []);
  });
});

describe('domTextHeal', () => {
  const chain = (s: string) => parseLocatorText(s);

  test('a hidden heading renamed: the closest text, same options, hidden allowed', () => {
    const r = domTextHeal(deck('Markdown Support'), chain("getByText('Markdown support', { exact: true })"), { count: 1, hiddenOk: true });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    const step = r.repl.steps[0];
    assert.equal(step?.method, 'getByText');
    assert.deepEqual(step?.args.map((a) => (a.t === 'str' ? a.v : a.t === 'obj' ? a.entries.map((e) => `${e.key}=${e.value.t === 'bool' ? e.value.v : '?'}`).join() : a.t)), ['Markdown Support', 'exact=true']);
    assert.match(r.why, /attached, not visible/);
  });

  test('hidden elements do not count when the assertion needs a visible one; a container is not a candidate', () => {
    const r = domTextHeal(deck('Markdown Support'), chain("getByText('Markdown support', { exact: true })"), { count: 1, hiddenOk: false });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
  });

  test('the old text is still on the page: not a drift', () => {
    assert.equal(domTextHeal(deck('Markdown support'), chain("getByText('Markdown support', { exact: true })"), { count: 1, hiddenOk: true }), undefined);
  });

  test('a text that means something else is refused, with the reason', () => {
    const r = domTextHeal(deck('Total'), chain("getByText('Subtotal')"), { count: 1, hiddenOk: true });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"Total".*means something else/);
  });

  test('two texts that fit about as well, on different elements: refused', () => {
    const r = domTextHeal(deck('Markdown Supports', [{ tag: 'section', visible: false, text: 'Support Markdown', kids: [{ tag: 'h2', ownText: 'Support Markdown', visible: false }] }]), chain("getByText('Markdown support', { exact: true })"), {
      count: 1,
      hiddenOk: true,
    });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /several texts fit about equally well/);
  });

  test('the lost text re-cased beats a text that only matches without its punctuation (a code sample)', () => {
    const r = domTextHeal(deck('Markdown Support', [{ tag: 'pre', visible: false, text: '## Markdown Support', kids: [{ tag: 'span', ownText: '## Markdown Support', visible: false }] }]), chain("getByText('Markdown support', { exact: true })"), {
      count: 1,
      hiddenOk: true,
    });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.elements[0]?.tag, 'h2');
    // Without the re-cased text, the code sample's line ties with another close text: refused.
    const t = domTextHeal(deck('Markdown-Support', [{ tag: 'pre', visible: false, text: '## Markdown Support', kids: [{ tag: 'span', ownText: '## Markdown Support', visible: false }] }]), chain("getByText('Markdown support', { exact: true })"), {
      count: 1,
      hiddenOk: true,
    });
    assert.ok(t && 'refused' in t, JSON.stringify(t));
  });

  test('the new text on two elements, where the test wants one: refused', () => {
    const r = domTextHeal(deck('Markdown Support', [{ tag: 'section', visible: false, text: 'Markdown Support', kids: [{ tag: 'h3', ownText: 'Markdown Support', visible: false }] }]), chain("getByText('Markdown support', { exact: true })"), {
      count: 1,
      hiddenOk: true,
    });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
  });

  test('a regular expression, or another method, is not this healer\'s', () => {
    assert.equal(domTextHeal(deck('Markdown Support'), chain('getByText(/markdown support/)'), { count: 1, hiddenOk: true }), undefined);
    assert.equal(domTextHeal(deck('Markdown Support'), chain("getByRole('heading', { name: 'Markdown support' })"), { count: 1, hiddenOk: true }), undefined);
  });
});

describe('update-selectors: toBeAttached on a hidden renamed text', () => {
  const spec = ["import { test, expect } from '@playwright/test';", "test('md', async ({ page }) => {", "  await expect(page.getByText('Markdown support', { exact: true })).toBeAttached();", '});', ''].join('\n');

  test('healed from the DOM snapshot, the edit keeps the options', () => {
    const root = tree({ 'a.spec.ts': spec });
    const p = proposal(proposeClassBFix(selectorInput(root, 3, attached("getByText('Markdown support', { exact: true })"), { dom: deck('Markdown Support') })));
    assert.equal(p.edits[0]?.after, "  await expect(page.getByText('Markdown Support', { exact: true })).toBeAttached();");
    assert.equal(p.meant?.[0]?.tag, 'h2');
  });

  test('not.toBeAttached, or no DOM snapshot: not healed from the DOM', () => {
    const root = tree({ 'a.spec.ts': spec });
    refusal(proposeClassBFix(selectorInput(root, 3, attached("getByText('Markdown support', { exact: true })", true), { dom: deck('Markdown Support') })));
    refusal(proposeClassBFix(selectorInput(root, 3, attached("getByText('Markdown support', { exact: true })"))));
  });
});
