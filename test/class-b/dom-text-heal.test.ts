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
    const r = domTextHeal(deck('Payment not received'), chain("getByText('Payment received')"), { count: 1, hiddenOk: true });
    assert.ok(r && 'refused' in r, JSON.stringify(r));
    assert.match(r.refused, /"Payment not received".*means something else/);
    const total = domTextHeal(deck('Total'), chain("getByText('Subtotal')"), { count: 1, hiddenOk: true });
    assert.ok(total && 'refused' in total, JSON.stringify(total));
    assert.match(total.refused, /"Total".*means something else/);
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

describe('update-selectors: a visible text the ARIA snapshot shows inside a longer line', () => {
  const visible = (locator: string) => attached(locator).replace(/toBeAttached/g, 'toBeVisible').replace('Expected: attached', 'Expected: visible');
  const spec = ["import { test, expect } from '@playwright/test';", "test('orders', async ({ page }) => {", "  await expect(page.getByText('Canceled', { exact: true })).toBeVisible();", '});', ''].join('\n');
  /** An order list: each status a span of its own in the DOM, one line with the order number in the ARIA snapshot. */
  const orders = (status: string) =>
    dom([
      { tag: 'ul', role: 'list', kids: [
        { tag: 'li', role: 'listitem', text: `Order #2209 ${status}`, kids: [{ tag: 'span', ownText: 'Order #2209' }, { tag: 'span', classes: ['status'], ownText: status }] },
        { tag: 'li', role: 'listitem', text: 'Order #2198 Shipped Cancel order', kids: [{ tag: 'span', ownText: 'Order #2198' }, { tag: 'span', classes: ['status'], ownText: 'Shipped' }, { tag: 'button', role: 'button', ownText: 'Cancel order', name: 'Cancel order' }] },
      ] },
    ]);
  const yaml = (status: string) => ['- list:', `  - listitem: Order #2209 ${status}`, '  - listitem:', '    - text: Order #2198 Shipped', '    - button "Cancel order"'];

  test('when the ARIA healer finds no heal, the DOM element with the closest text of its own is the heal', () => {
    const root = tree({ 'a.spec.ts': spec });
    const input = selectorInput(root, 3, visible("getByText('Canceled', { exact: true })"), { dom: orders('Cancelled'), yaml: yaml('Cancelled') });
    const p = proposal(proposeClassBFix(input));
    assert.equal(p.edits[0]?.after, "  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();");
    assert.equal(p.meant?.[0]?.tag, 'span');
    // Without the DOM snapshot the ARIA healer alone refuses ("Cancel order" is the action that leads to the state).
    const r = refusal(proposeClassBFix(selectorInput(root, 3, visible("getByText('Canceled', { exact: true })"), { yaml: yaml('Cancelled') })));
    assert.match(r, /"Canceled" is the state the action "Cancel order" leaves/);
  });

  test('the DOM has no close text either: both reasons are given', () => {
    const root = tree({ 'a.spec.ts': spec });
    const r = refusal(proposeClassBFix(selectorInput(root, 3, visible("getByText('Canceled', { exact: true })"), { dom: orders('Refunded'), yaml: yaml('Refunded') })));
    assert.match(r, /; from the DOM snapshot: /);
  });
});

describe('update-selectors: the ARIA heal of a getByText checked against the DOM snapshot\'s texts', () => {
  const visible = (locator: string) => attached(locator).replace(/toBeAttached/g, 'toBeVisible').replace('Expected: attached', 'Expected: visible');
  const spec = ["import { test, expect } from '@playwright/test';", "test('taxes', async ({ page }) => {", "  await expect(page.getByRole('complementary', { name: 'Order summary' }).getByText('Taxes', { exact: true })).toBeVisible();", '});', ''].join('\n');
  /** An order summary: the tax row's label a span of its own, a note under it; the ARIA snapshot shows the row as one line. */
  const summary = (row: string) =>
    dom([
      { tag: 'aside', role: 'complementary', name: 'Order summary', kids: [
        { tag: 'div', classes: ['row'], text: `${row} $3.84`, kids: [{ tag: 'span', ownText: row }, { tag: 'span', ownText: '$3.84' }] },
        { tag: 'p', role: 'paragraph', ownText: 'Including $3.84 in taxes' },
      ] },
    ]);
  const yaml = (row: string) => ['- complementary "Order summary":', `  - text: ${row} $3.84`, '  - paragraph: Including $3.84 in taxes'];

  test('two DOM texts fit about as well: the ARIA pick is no heal', () => {
    const root = tree({ 'a.spec.ts': spec });
    const loc = "getByRole('complementary', { name: 'Order summary' }).getByText('Taxes', { exact: true })";
    const r = refusal(proposeClassBFix(selectorInput(root, 3, visible(loc), { dom: summary('Estimated taxes'), yaml: yaml('Estimated taxes') })));
    assert.match(r, /not clear in the DOM snapshot: several texts fit about equally well: "Estimated taxes" \(0\.70\) and "Including \$3\.84 in taxes" \(0\.66\)/);
    // Without the DOM snapshot the ARIA healer's pick stands (the check needs the DOM's texts).
    assert.ok('proposal' in proposeClassBFix(selectorInput(root, 3, visible(loc), { yaml: yaml('Estimated taxes') })));
  });
});
