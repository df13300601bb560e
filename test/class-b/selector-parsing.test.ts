import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFailureCorpus } from '../data/failures/corpus.js';
import { stripAnsi } from '../../src/triage/text.js';
import { allNodes, parseAriaSnapshot, snapshotFromErrorContext, textOf } from '../../src/class-b/update-selectors/aria-snapshot.js';
import { countMatches, evaluateChain } from '../../src/class-b/update-selectors/evaluate.js';
import { chainsInLine, locatorFromMessage, parseLocatorText, renderChain, stepsMatch } from '../../src/class-b/update-selectors/locator.js';
import { nameSimilarity } from '../../src/class-b/update-selectors/similarity.js';
import { parseStrictMatches } from '../../src/class-b/update-selectors/strict-mode.js';

describe('ARIA snapshot parsing', () => {
  test('roles, names, attributes, values, /url and nesting (Playwright 1.65.1 shapes)', () => {
    const yaml = [
      '- generic [active] [ref=e1]:',
      '  - heading "Hello" [level=1] [ref=e2]',
      '  - link "Work orders" [ref=e14] [cursor=pointer]:',
      '    - /url: /work-orders',
      '  - textbox "Name" [ref=e12]: Ada Lovelace',
      '  - paragraph [ref=e8]: "Status: Active"',
      '  - checkbox "Subscribe me" [checked] [ref=e16]',
      '  - \'button "Save: now" [ref=e3]\'',
      '  - button "It\'s \\"quoted\\" \\\\ back"',
      '  - listitem [ref=e19]:',
      '    - text: Ada',
      '    - button "Delete" [ref=e20]',
    ].join('\n');
    const nodes = allNodes(parseAriaSnapshot(yaml));
    const find = (role: string, name = '') => nodes.find((n) => n.role === role && n.name === name);
    assert.equal(find('heading', 'Hello')?.attrs.level, '1');
    assert.equal(find('link', 'Work orders')?.url, '/work-orders');
    assert.equal(find('textbox', 'Name')?.value, 'Ada Lovelace');
    assert.equal(textOf(find('textbox', 'Name') as never), '', 'a textbox value is not text');
    assert.equal(textOf(find('paragraph') as never), 'Status: Active');
    assert.equal(find('checkbox', 'Subscribe me')?.attrs.checked, 'true');
    assert.ok(find('button', 'Save: now'), 'a key YAML had to single-quote');
    assert.ok(find('button', 'It\'s "quoted" \\ back'), 'JSON escapes in a name');
    assert.equal(textOf(find('listitem') as never), 'Ada Delete');
    assert.equal(find('button', 'Delete')?.parent?.role, 'listitem');
    assert.equal(nodes[0]?.attrs.ref, undefined, 'refs are dropped');
  });

  test('the snapshot block of a real error-context, with and without the "# Page snapshot" heading', () => {
    const withHeading = '# Error details\n\n```\nError: x\n```\n\n# Page snapshot\n\n```yaml\n- button "Save" [ref=e2]\n```\n\n# Test source\n\n```ts\n> 1 | x\n```';
    assert.equal(snapshotFromErrorContext(withHeading), '- button "Save" [ref=e2]');
    const corpus = loadFailureCorpus().find((c) => c.id === 'update-selectors/tobevisible-on-a-renamed-button');
    assert.match(snapshotFromErrorContext(corpus?.errorContext) ?? '', /^- navigation "Main":/);
  });
});

describe('locators in messages and source', () => {
  const corpus = loadFailureCorpus().filter((c) => c.expected === 'update-selectors' && c.source === 'playwright-1.65.1');
  const table: [string, string | undefined][] = [
    ['update-selectors/tobevisible-on-a-renamed-button', "getByRole('button', { name: 'Submit' })"],
    ['update-selectors/click-timeout-on-a-missing-button', "getByRole('button', { name: 'New contact' })"],
    ['update-selectors/fill-on-a-renamed-field', "getByLabel('Full name')"],
    ['update-selectors/locator-waitfor-timeout', "locator('table.contacts')"],
    ['update-selectors/page-click-with-a-text-selector', "locator('text=Download CSV')"],
    ['update-selectors/strict-mode-violation-on-tobevisible', "locator('li')"],
    ['update-selectors/tohavecount-received-0', "locator('.contact-row')"],
    ['update-selectors/click-test-timeout-on-a-missing-button', undefined],
  ];
  for (const [id, want] of table) {
    test(`reads the locator of ${id}`, () => {
      const c = corpus.find((x) => x.id === id);
      assert.ok(c, id);
      const chain = locatorFromMessage(stripAnsi(c.message));
      assert.equal(chain ? renderChain(chain) : undefined, want);
    });
  }

  test('chains with options, regex names, filters and positions', () => {
    const chain = parseLocatorText("locator('form').getByRole('button', { name: /Sav/ }).filter({ hasText: 'It\\'s' }).nth(2)");
    assert.deepEqual(chain.map((s) => s.method), ['locator', 'getByRole', 'filter', 'nth']);
    assert.equal(renderChain(chain), "locator('form').getByRole('button', { name: /Sav/ }).filter({ hasText: 'It\\'s' }).nth(2)");
  });

  test('source chains: page actions with selector strings, nth(0) equals first(), exact: false equals no exact', () => {
    const [a] = chainsInLine("  await page.click('text=Download CSV');");
    assert.equal(a?.steps[0]?.selectorArg, true);
    const [b] = chainsInLine("await page.getByRole('link', { name: 'Work order' , exact: true}).nth(0).click();");
    const msg = parseLocatorText("getByRole('link', { name: 'Work order', exact: true }).first()");
    assert.ok(b && b.steps.length === 2 && b.steps.every((s, i) => stepsMatch(s, msg[i] as never)));
    const [c] = chainsInLine('page.getByText("Save", { exact: false })');
    assert.ok(c && stepsMatch(c.steps[0] as never, parseLocatorText("getByText('Save')")[0] as never));
    assert.equal(chainsInLine("const s = 'page.getByRole(\"x\")'; // page.getByText('y')").length, 0, 'strings and comments are not code');
  });

  test('strict-mode element lists (real 1.65.1 message)', () => {
    const c = loadFailureCorpus().find((x) => x.id === 'update-selectors/strict-mode-violation-on-click');
    const matches = parseStrictMatches(stripAnsi(c?.message ?? ''));
    assert.equal(matches.length, 3);
    assert.equal(matches[0]?.text, 'Delete');
    assert.equal(renderChain(matches[1]?.aka ?? []), "getByRole('listitem').filter({ hasText: 'Grace Hopper Delete' }).getByRole('button')");
  });
});

describe('evaluating locators on a snapshot', () => {
  const roots = parseAriaSnapshot(loadFailureCorpus().find((c) => c.id === 'update-selectors/check-on-a-missing-checkbox')?.pageSnapshot ?? '');
  const table: [string, number | undefined][] = [
    ["getByRole('button', { name: 'Save' })", 1],
    ["getByRole('button', { name: 'Delete' })", 3],
    ["getByRole('button', { name: 'save', exact: true })", 0],
    ["getByRole('heading', { level: 1 })", 1],
    ["getByRole('listitem').filter({ hasText: 'Grace' }).getByRole('button')", 1],
    ["getByText('Ada Lovelace')", 1],
    ["getByText('Status: Active', { exact: true })", 1],
    ["getByLabel('Email')", 1],
    ["getByRole('list', { name: 'Contacts' }).getByRole('listitem')", 3],
    ["getByRole('button').nth(4)", 1],
    ["getByRole('button').nth(5)", 0],
    ["getByTestId('contacts-total')", undefined],
    ["locator('.contact-row')", undefined],
    ["locator('li')", 3],
    ["locator('text=Export CSV')", 1],
  ];
  for (const [loc, want] of table) {
    test(`${loc} -> ${want ?? 'unknown'}`, () => {
      assert.equal(countMatches(roots, parseLocatorText(loc)), want);
    });
  }

  test('a scope the snapshot cannot see leaves the next step to search the whole page', () => {
    const results = evaluateChain(roots, parseLocatorText("getByTestId('x').getByRole('button', { name: 'Save' })"));
    assert.equal(results[0], 'unknown');
    assert.equal(Array.isArray(results[1]) && results[1].length, 1);
  });
});

describe('name similarity', () => {
  const table: [string, string, number, number][] = [
    ['Save', 'Save', 1, 1],
    ['Submit', 'Save', 0.8, 0.9],
    ['New contact', 'Add contact', 0.85, 1],
    ['Full name', 'Name', 0.6, 0.85],
    ['Download CSV', 'Export CSV', 0.85, 1],
    ['Sign in', 'Log in', 0.8, 0.9],
    ['Archive', 'Delete', 0, 0.4],
    ['Submit', 'Subscribe me', 0, 0.5],
    ['city', 'town', 0.8, 0.9],
    ['City', 'Country', 0, 0.5],
    // "E-mail" is spelled "Email": a copy edit that adds a word scores as "Email" -> "Email address" does.
    ['E-mail', 'Email address', 0.7, 0.75],
    ['e-mail-input', 'email-input', 1, 1],
    ['E-Mail', 'Email', 1, 1],
    ['re-mail', 'email', 0, 0.9],
  ];
  for (const [a, b, lo, hi] of table) {
    test(`${a} ~ ${b}`, () => {
      const s = nameSimilarity(a, b);
      assert.ok(s >= lo && s <= hi, `${s} not in [${lo}, ${hi}]`);
    });
  }
});
