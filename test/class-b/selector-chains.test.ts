// `>>` selector chains (`.card >> text=Buy`, `button >> nth=1`), as Playwright's codegen wrote them
// until 1.27 and many suites still do: parsed into one selector the DOM snapshot answers, and healed by
// swapping the value that drifted where it is written, the rest of the chain kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import type { HealerInput } from '../../src/class-b/types.js';
import type { DomSnapshot } from '../../src/triage/dom-snapshot.js';
import { matchSelector, parseSelector } from '../../src/class-b/update-selectors/dom-selector.js';
import { chainsInLine, parseLocatorText, renderChain } from '../../src/class-b/update-selectors/locator.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { rewriteLines, type Found } from '../../src/class-b/update-selectors/rewrite.js';
import { dom, proposal, refusal, tree } from './helpers.js';
import { expectedOfEmptyArray } from '../../src/class-b/printed-values.js';

const page = dom([
  { tag: 'ul', classes: ['todo-list'], role: 'list', text: 'Buy milk Walk the dog', kids: [
    { tag: 'li', role: 'listitem', text: 'Buy milk', kids: [{ tag: 'label', ownText: 'Buy milk' }] },
    { tag: 'li', role: 'listitem', text: 'Walk the dog', kids: [{ tag: 'label', ownText: 'Walk the dog' }] },
  ] },
  { tag: 'div', classes: ['toolbar'], text: 'Save Save Delete', kids: [
    { tag: 'button', role: 'button', classes: ['btn', 'btn-primary'], ownText: 'Save' },
    { tag: 'button', role: 'button', classes: ['btn', 'btn-primary'], ownText: 'Save' },
    { tag: 'button', role: 'button', classes: ['btn', 'btn-danger'], ownText: 'Delete' },
  ] },
]);

const found = (s: string, snapshot: DomSnapshot = page) => {
  const sel = parseSelector(s);
  assert.ok(sel, `${s} parses`);
  const got = matchSelector(snapshot, sel);
  return got === 'unknown' ? 'unknown' : got.map((e) => `${e.tag}:${e.ownText ?? ''}`);
};

describe('>> chains on the DOM snapshot', () => {
  test('each part searches inside the one before; text= finds the element that holds the text, not its ancestors', () => {
    assert.deepEqual(found('.todo-list >> text=Buy milk'), ['label:Buy milk']);
    assert.deepEqual(found('.todo-list >> text=buy MILK'), ['label:Buy milk'], 'unquoted: case-insensitive');
    assert.deepEqual(found('.todo-list >> text="buy milk"'), [], 'quoted: the whole text, case kept');
    assert.deepEqual(found('.todo-list >> text="Buy milk"'), ['label:Buy milk']);
    assert.deepEqual(found('.toolbar >> text=Buy milk'), [], 'not inside the first part');
    assert.deepEqual(found('css=.todo-list >> li >> label'), ['label:Buy milk', 'label:Walk the dog']);
  });

  test('nth=N picks from what the chain found, from 0, negative from the end; only as the last part', () => {
    assert.deepEqual(found('.toolbar >> button.btn-primary >> nth=1'), ['button:Save']);
    assert.equal((parseSelector('.toolbar >> button >> nth=1') as { nth?: number }).nth, 1);
    assert.deepEqual(found('.toolbar >> button >> nth=-1'), ['button:Delete']);
    assert.deepEqual(found('.toolbar >> button >> nth=5'), []);
    assert.equal(parseSelector('nth=1 >> button'), undefined);
    assert.equal(parseSelector('button >> nth=1 >> span'), undefined);
  });

  test('values keep their place in the whole string; other engines and broken chains stay unknown', () => {
    const s = '.todo-list >> li.done >> text="Buy milk"';
    const sel = parseSelector(s);
    assert.ok(sel);
    for (const t of sel.compounds.flatMap((c) => c.tokens)) assert.equal(s.slice(t.start, t.end), t.value);
    assert.equal(sel.compounds.length, 3);
    assert.equal(sel.compounds[1]?.combinator, ' ');
    const child = parseSelector('.todo-list >> li > label');
    assert.equal(child?.compounds[2]?.combinator, '>');
    assert.equal('.todo-list >> li > label'[child?.compounds[2]?.childAt ?? -1], '>');
    assert.equal(parseSelector('xpath=//ul >> text=Buy'), undefined);
    assert.equal(parseSelector('.a >> role=button'), undefined);
    assert.equal(parseSelector('.a >> text=/buy/i'), undefined);
    assert.equal(parseSelector('.a >> text="unterminated'), undefined);
    assert.equal(parseSelector('.a >> '), undefined);
    // `>>` inside a quoted text is not a cut: one part, read by the other engines as before.
    assert.equal(parseSelector('text="a >> b"'), undefined);
    assert.deepEqual(parseSelector('.a >> text="x >> y"')?.compounds[1]?.text, { value: 'x >> y', exact: true, smallest: true });
  });

  test('a clipped text leaves the answer open only where the element has text of its own', () => {
    const clipped = dom([{ tag: 'main', text: 'Lorem ipsum dolor\u2026', kids: [{ tag: 'p', ownText: 'Lorem ipsum dolor sit amet' }, { tag: 'button', ownText: 'Checkout' }] }]);
    assert.deepEqual(found('main >> text=Checkout', clipped), ['button:Checkout'], 'main is the scope, not a candidate');
    assert.deepEqual(found('text=Checkout >> nth=0', clipped), ['button:Checkout'], 'main has no text of its own: the button answers');
    const own = dom([{ tag: 'div', text: 'Intro text that goes on\u2026', ownText: 'Intro text that goes on\u2026', kids: [{ tag: 'span', ownText: 'x' }] }]);
    assert.equal(found('text=Checkout >> nth=0', own), 'unknown');
  });
});

describe('>> chains healed end to end on source files', () => {
  const input = (root: string, message: string, snapshot: DomSnapshot): HealerInput => {
    const file = path.join(root, 'a.spec.ts');
    return { category: 'update-selectors', testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:1:9`, testFile: file, testLine: 1, domSnapshot: snapshot, rootDir: root };
  };
  const timeout = (loc: string) => `TimeoutError: locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for ${loc}\n`;

  test('a renamed class in the first part is swapped; the text= part and the quotes stay', () => {
    const root = tree({ 'a.spec.ts': "await page.locator('.todos-list >> text=Walk the dog').click();\n" });
    // Playwright prints the chain as steps: locator('.todos-list').locator('text=Walk the dog').
    const p = proposal(proposeClassBFix(input(root, timeout("locator('.todos-list').locator('text=Walk the dog')"), page)));
    assert.equal(p.edits[0]?.after, "await page.locator('.todo-list >> text=Walk the dog').click();");
  });

  test('a renamed class before nth= is swapped with the position kept', () => {
    const root = tree({ 'a.spec.ts': 'await page.locator(".toolbar >> button.btn-danger-outline >> nth=0").click();\n' });
    const p = proposal(proposeClassBFix(input(root, timeout("locator('.toolbar').locator('button.btn-danger-outline').first()"), page)));
    assert.equal(p.edits[0]?.after, 'await page.locator(".toolbar >> button.btn-danger >> nth=0").click();');
  });

  test('a text that is gone from a container that is there is not healed by a class swap', () => {
    const root = tree({ 'a.spec.ts': "await page.locator('.todo-list >> text=Feed the cat').click();\n" });
    refusal(proposeClassBFix(input(root, timeout("locator('.todo-list').locator('text=Feed the cat')"), page)));
  });

  test('a text= part that finds nothing is left to the other healers (no value to swap), never a crash', () => {
    const banner = dom([{ tag: 'div', classes: ['banner'], ownText: 'Free delivery over $50' }]);
    assert.equal(domHeal(banner, parseLocatorText("locator('.banner').locator('text=Free shipping')"), { count: 1 }), undefined);
  });

  test('a page action\'s selector string is split the same way and edited in place', () => {
    const root = tree({ 'a.spec.ts': 'await page.click(".todos-list >> text=Walk the dog");\n' });
    const p = proposal(proposeClassBFix(input(root, timeout("locator('.todos-list').locator('text=Walk the dog')"), page)));
    assert.equal(p.edits[0]?.after, 'await page.click(".todo-list >> text=Walk the dog");');
  });
});

describe('an array toHaveText whose locator found nothing', () => {
  // Tabulator 5 put the column headers in a new .tabulator-header-contents: the child step broke.
  const arrayMessage = (matcher: string, loc: string, texts: string[]) =>
    [`Error: expect(locator).${matcher}(expected) failed`, '', `Locator: ${loc}`, 'Timeout: 5000ms', `- Expected  - ${texts.length + 2}`, '+ Received  + 1', '', '- Array [', ...texts.map((t) => `-   ${JSON.stringify(t)},`), '- ]', '+ Array []', '', 'Call log:', `  - Expect "${matcher}" ${loc} with timeout 5000ms`, `  - waiting for ${loc}`, '    9 × locator resolved to 0 elements', ''].join('\n');
  const header = (titles: string[]) => dom([{ tag: 'div', classes: ['tab-header'], kids: [{ tag: 'div', classes: ['tab-header-contents'], kids: [{ tag: 'div', classes: ['tab-headers'], kids: titles.map((t) => ({ tag: 'div', classes: ['col'], kids: [{ tag: 'span', classes: ['col-title'], ownText: t }] })) }] }] }]);
  const input = (root: string, message: string, snapshot: DomSnapshot): HealerInput => {
    const file = path.join(root, 'a.spec.ts');
    return { category: 'update-selectors', testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:1:40`, testFile: file, testLine: 1, domSnapshot: snapshot, rootDir: root };
  };
  const line = "await expect(page.locator('.tab-header > .tab-headers .col-title')).toHaveText(['Order', 'Customer', 'Total']);\n";

  test('the expected texts are parsed from the diff Playwright prints; anything else is not', () => {
    const msg = arrayMessage('toHaveText', "locator('.a')", ['Order', 'Say "hi"']);
    assert.deepEqual(expectedOfEmptyArray(msg), ['Order', 'Say "hi"']);
    assert.equal(expectedOfEmptyArray(msg.replace('+ Array []', '+ Array [\n+   "Order",\n+ ]')), undefined, 'a received array is not an empty one');
    assert.equal(expectedOfEmptyArray(msg.replace('-   "Order",', '-   /Ord/,')), undefined, 'a pattern');
    assert.equal(expectedOfEmptyArray(msg.replace('-   "Order",', '-   3,')), undefined, 'a number');
  });

  test('the locator must find one element per expected text again (here under the new wrapper), and no more', () => {
    const root = tree({ 'a.spec.ts': line });
    const msg = arrayMessage('toHaveText', "locator('.tab-header > .tab-headers .col-title')", ['Order', 'Customer', 'Total']);
    const p = proposal(proposeClassBFix(input(root, msg, header(['Order', 'Customer', 'Total']))));
    // The wrapper's class fits the lost step best by its name (the loosened `.tab-header .tab-headers .col-title` finds the same three).
    assert.equal(p.edits[0]?.after, "await expect(page.locator('.tab-header-contents > .tab-headers .col-title')).toHaveText(['Order', 'Customer', 'Total']);");
    // A header with a column more: the loosened path finds four elements, not the three asserted.
    refusal(proposeClassBFix(input(root, msg, header(['Order', 'Customer', 'Status', 'Total']))));
  });

  test('a one-text array is the asserted text a loosened path needs as evidence; another text is not', () => {
    // <main><section><p>Free</p></section></main> became <main><div class="wrap"><section>...</section></div></main>.
    const page = dom([{ tag: 'main', kids: [{ tag: 'div', classes: ['wrap'], kids: [{ tag: 'section', kids: [{ tag: 'p', ownText: 'Free' }] }] }, { tag: 'p', ownText: 'Terms' }] }]);
    const heal = (texts: string[]) => domHeal(page, parseLocatorText("locator('main > section > p')"), { count: texts.length, expectedTexts: texts });
    const r = heal(['Free']);
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(renderChain(r.repl.steps), "locator('main section > p')");
    const other = heal(['Paid']);
    assert.ok(other && 'refused' in other, JSON.stringify(other));
  });
});

describe('>> parts in source', () => {
  test('a source string splits into the steps Playwright prints, each pointing at its own characters', () => {
    const line = "await page.locator('css=.a  >>  text=\"Buy now\" >> nth=-1').click();";
    const [c] = chainsInLine(line);
    assert.equal(renderChain(c?.steps ?? []), 'locator(\'css=.a\').locator(\'text="Buy now"\').nth(-1)');
    for (const st of c?.steps ?? []) {
      const v = st.args[0];
      assert.equal(line.slice(st.start, st.end), v?.t === 'str' ? v.v : `nth=${v?.t === 'num' ? v.v : ''}`);
    }
    // An escape inside the string, a part left empty, or no `>>` outside quotes: one step, as before.
    for (const one of ["page.locator('.a\\t>> .b')", "page.locator('.a >> text=it\\'s')", "page.locator('.a >>  >> .b')", "page.locator('text=\"x >> y\"')"]) {
      assert.equal(chainsInLine(one)[0]?.steps.length, 1, one);
    }
  });

  test('a part is only edited in place, to something that fits in the string', () => {
    const found = (line: string): Found => ({ file: '/r/a.spec.ts', line: 1, text: line, steps: chainsInLine(line)[0]?.steps ?? [], offset: 0 });
    const f = found("await page.locator('.a >> .b').click();");
    const at = (v: string) => ({ from: 1, to: 1, steps: [{ method: 'locator', args: [{ t: 'str' as const, v, quote: "'" as const, start: 0, end: 0 }] }] });
    assert.deepEqual(rewriteLines(f, at('.c')), [{ file: '/r/a.spec.ts', line: 1, before: "await page.locator('.a >> .b').click();", after: "await page.locator('.a >> .c').click();" }]);
    for (const bad of ["it's", '.c >> .d', 'a\\b', '']) assert.ok('refused' in rewriteLines(f, at(bad)), bad);
    const role = { from: 1, to: 1, steps: [{ method: 'getByRole', args: [{ t: 'str' as const, v: 'button', quote: "'" as const, start: 0, end: 0 }] }] };
    assert.match((rewriteLines(f, role) as { refused: string }).refused, /one part of a `>>` selector string/);
    assert.ok('refused' in rewriteLines(f, { from: 0, to: 1, steps: at('.x').steps }), 'two parts at once');
  });
});

describe('a text= step searches its scope element too', () => {
  test('as Playwright\'s text engine does (CSS does not), and a drifted text there is healed in its part', async () => {
    const { run } = await import('../../src/class-b/update-selectors/dom-heal.js');
    const { scopedNameHeal } = await import('../../src/class-b/update-selectors/scoped-name-heal.js');
    const banner = dom([{ tag: 'div', classes: ['banner'], ownText: 'Free shipping over $50' }, { tag: 'p', ownText: 'Free shipping on returns' }]);
    const len = (s: string) => run(banner, parseLocatorText(s), undefined).results.map((r) => (r === 'unknown' ? r : r.length));
    assert.deepEqual(len("locator('.banner').locator('text=Free shipping')"), [1, 1]);
    assert.deepEqual(len("locator('.banner').locator('.banner')"), [1, 0]);
    const renamed = dom([{ tag: 'div', classes: ['banner'], ownText: 'Free shipping on all orders over $50' }, { tag: 'p', ownText: 'Shop' }]);
    const r = scopedNameHeal(renamed, parseLocatorText("locator('.banner').locator('text=\"Free shipping over $50\"')"), { count: 1 });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, 'text="Free shipping on all orders over $50"');
    // A word swapped for another stays another thing (the meaning rules), in a scope as on the page.
    const swapped = dom([{ tag: 'div', classes: ['banner'], ownText: 'Free delivery over $50' }]);
    const s = scopedNameHeal(swapped, parseLocatorText("locator('.banner').locator('text=Free shipping over $50')"), { count: 1 });
    assert.ok(s && 'refused' in s, JSON.stringify(s));
  });
});
