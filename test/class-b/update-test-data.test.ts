import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { tokenize, type Token } from '../../src/class-b/source.js';
import type { HealerInput, SourceEdit } from '../../src/class-b/types.js';
import { arrayElementDrift, locateJsonValue, parsePrinted } from '../../src/class-b/update-test-data.js';
import { corpusInput, dom, proposal, refusal, syntaxErrors, tree } from './helpers.js';

/** Same tokens before and after except exactly one literal: same matcher, same polarity, nothing added. */
function assertValueOnly(edit: SourceEdit): void {
  const shape = (t: Token) => (t.kind === 'string' || t.kind === 'number' ? `<${t.kind}>` : t.kind === 'regex' ? `/${t.pattern}/` : t.value);
  const value = (t: Token | undefined) => (t?.kind === 'string' || t?.kind === 'number' ? t.value : undefined);
  const a = tokenize(edit.before);
  const b = tokenize(edit.after);
  assert.deepEqual(b.map(shape), a.map(shape), 'only literal values may change');
  assert.equal(a.filter((t, i) => value(t) !== value(b[i])).length, 1, 'exactly one literal changed');
  assert.doesNotMatch(edit.after, /\.(skip|fixme|fail)\(/);
  assert.equal(edit.after.includes('.not.'), edit.before.includes('.not.'), 'polarity kept');
}

describe('update-test-data on the real-output corpus', () => {
  const table: [string, { after?: string; refused?: RegExp }][] = [
    ['update-test-data/tohavetext-drift', { after: "  await expect(page.getByTestId('contact-count')).toHaveText('3 contacts');" }],
    ['update-test-data/tohavetext-drift@1.45.3', { after: "  await expect(page.getByTestId('contact-count')).toHaveText('3 contacts');" }],
    ['update-test-data/soft-assertions-drift', { after: "  await expect.soft(page.getByTestId('contact-count')).toHaveText('3 contacts');" }],
    ['update-test-data/tohavecount-non-zero-drift', { after: "  await expect(page.locator('li.contact')).toHaveCount(3);" }],
    ['update-test-data/tohavecount-non-zero-drift@1.45.3', { after: "  await expect(page.locator('li.contact')).toHaveCount(3);" }],
    ['update-test-data/tobe-number-drift', { after: '  expect(stats.total).toBe(41);' }],
    ['update-test-data/expect-poll-value-drift', { after: '  await expect.poll(async () => ((await (await request.get(\'/api/contacts\')).json()) as { total: number }).total, { timeout: 2000 }).toBe(3);' }],
    ['update-test-data/tohavelength-drift', { after: '  expect(body.data).toHaveLength(3);' }],
    ['update-test-data/tohavetitle-drift', { after: "  await expect(page).toHaveTitle('Acme CRM - Dashboard');" }],
    ['update-test-data/tohavevalue-drift', { after: "  await expect(page.getByLabel('Name')).toHaveValue('Ada Lovelace');" }],
    ['update-test-data/tohaveattribute-drift', { after: "  await expect(page.getByTestId('export-link')).toHaveAttribute('href', '/app/export');" }],
    ['update-test-data/tocontaintext-drift', { refused: /toContainText is not a value-equality matcher/ }],
    ['update-test-data/toequal-object-diff-on-api-json', { refused: /objects or arrays/ }],
    ['update-test-data/toequal-array-drift', { refused: /objects or arrays/ }],
    ['update-test-data/tomatchobject-drift', { refused: /toMatchObject is not a value-equality matcher/ }],
  ];
  for (const [id, want] of table) {
    test(id, () => {
      const r = proposeClassBFix(corpusInput(id));
      if (want.refused) return assert.match(refusal(r), want.refused);
      const p = proposal(r);
      assert.equal(p.category, 'update-test-data');
      const edit = p.edits[0] as SourceEdit;
      assert.equal(readFileSync(edit.file, 'utf8').split('\n')[edit.line - 1], edit.before);
      assert.equal(edit.after, want.after);
      assertValueOnly(edit);
    });
  }
});

describe('update-test-data in constants and JSON fixtures', () => {
  const input = (root: string, file: string, line: number, message: string): HealerInput => ({
    category: 'update-test-data',
    testId: 't',
    fingerprint: 'fp',
    message,
    stack: `Error\n    at ${path.join(root, file)}:${line}:40`,
    testFile: path.join(root, file),
    testLine: 1,
    rootDir: root,
  });
  const textDrift = (e: string, r: string) => `Error: expect(locator).toHaveText(expected) failed\n\nLocator:  getByTestId('x')\nExpected: ${e}\nReceived: ${r}\nTimeout:  1000ms\n`;
  const toBe = (e: string, r: string) => `Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${e}\nReceived: ${r}\n`;

  test('one empty state reworded as another is new data; a value that became one is refused', () => {
    const root = tree({ 'a.spec.ts': "test('t', async ({ page }) => {\n  await expect(page.getByTestId('x')).toHaveText('N/A');\n});\n" });
    assert.equal(proposal(proposeClassBFix(input(root, 'a.spec.ts', 2, textDrift('"N/A"', '"None"')))).edits[0]?.after, "  await expect(page.getByTestId('x')).toHaveText('None');");
  });

  test("an expected text still shown by an element of the same kind as the received one (an option moved) is a selector drift, never new data", () => {
    const root = tree({ 'a.spec.ts': "test('t', async ({ page }) => {\n  await expect(page.locator('#component-opt-3')).toHaveText('API');\n});\n" });
    const option = (id: string, text: string, extra: string[] = []) => ({ tag: 'div', role: 'option', id, classes: ['option', ...extra], ownText: text });
    const listbox = (kids: ReturnType<typeof option>[]) => dom([{ tag: 'div', role: 'listbox', classes: ['ts-dropdown-content'], kids }]);
    const moved = listbox([option('component-opt-1', 'Frontend'), option('component-opt-3', 'Toolbar', ['active']), option('component-opt-5', 'API')]);
    const r = refusal(proposeClassBFix({ ...input(root, 'a.spec.ts', 2, textDrift('"API"', '"Toolbar"')), domSnapshot: moved }));
    assert.match(r, /the page still shows "API" in a <div> of the same kind as the one that shows "Toolbar": the locator finds another element/);
    // The expected text gone from the page, or shown by another kind of element (a tag's remove button beside a clear button): new data.
    const gone = listbox([option('component-opt-3', 'Toolbar'), option('component-opt-5', 'Backend API')]);
    assert.equal(proposal(proposeClassBFix({ ...input(root, 'a.spec.ts', 2, textDrift('"API"', '"Toolbar"')), domSnapshot: gone })).edits[0]?.after, "  await expect(page.locator('#component-opt-3')).toHaveText('Toolbar');");
    const other = dom([{ tag: 'div', kids: [{ tag: 'a', classes: ['remove'], ownText: 'API' }, { tag: 'div', role: 'option', classes: ['option'], ownText: 'Toolbar' }] }]);
    assert.ok(proposal(proposeClassBFix({ ...input(root, 'a.spec.ts', 2, textDrift('"API"', '"Toolbar"')), domSnapshot: other })));
  });

  test('an expected text moved to another button of the same widget (a tour\'s Done moved from skip to next) is a selector drift, never new data', () => {
    const root = tree({ 'a.spec.ts': "test('t', async ({ page }) => {\n  await expect(page.locator('.tour-skip')).toHaveText('Done');\n});\n" });
    const button = (cls: string[], text: string) => ({ tag: 'a', role: 'button', classes: cls, ownText: text });
    const tooltip = (doneFar: boolean) =>
      dom([
        {
          tag: 'body',
          kids: [
            { tag: 'div', classes: ['tour-tooltip'], kids: [{ tag: 'div', classes: ['tour-header'], kids: [button(['tour-skip'], '×')] }, ...(doneFar ? [] : [{ tag: 'div', classes: ['tour-buttons'], kids: [button(['tour-btn', 'tour-next'], 'Done')] }])] },
            ...(doneFar ? [{ tag: 'main', kids: [{ tag: 'div', kids: [button(['cta'], 'Done')] }] }] : []),
          ],
        },
      ]);
    const r = refusal(proposeClassBFix({ ...input(root, 'a.spec.ts', 2, textDrift('"Done"', '"×"')), domSnapshot: tooltip(false) }));
    assert.match(r, /the page still shows "Done" in a <a> of the same kind as the one that shows "×"/);
    // A button of another part of the page (its grandparent the skip button's great-grandparent, no class in common) saying "Done": new data.
    assert.equal(proposal(proposeClassBFix({ ...input(root, 'a.spec.ts', 2, textDrift('"Done"', '"×"')), domSnapshot: tooltip(true) })).edits[0]?.after, "  await expect(page.locator('.tour-skip')).toHaveText('×');");
  });

  test('a text the test entered itself before asserting it is no new data: the step had no effect', () => {
    // Slim Select 2 stopped calling the page's onChange: the summary kept its first value after the test picked "Express".
    const spec = "test('t', async ({ page }) => {\n  await shipping.pick(shipping.speed, 'Express (1-2 days)');\n  await expect(page.getByTestId('x')).toHaveText('Express (1-2 days)');\n});\n";
    const root = tree({ 'a.spec.ts': spec });
    const r = refusal(proposeClassBFix(input(root, 'a.spec.ts', 3, textDrift('"Express (1-2 days)"', '"Standard (3-5 days)"'))));
    assert.match(r, /^the test entered "Express \(1-2 days\)" itself at a\.spec\.ts:2, before asserting it: the page showing "Standard \(3-5 days\)" instead means that step had no effect/);
    // The same text entered by an earlier test, above this one's declaration, or only named in a comment: new data.
    const two = tree({ 'a.spec.ts': "test('a', async ({ page }) => {\n  await page.fill('#s', 'Express');\n});\ntest('t', async ({ page }) => {\n  // Express\n  await expect(page.getByTestId('x')).toHaveText('Express');\n});\n" });
    assert.equal(proposal(proposeClassBFix({ ...input(two, 'a.spec.ts', 6, textDrift('"Express"', '"Express delivery"')), testLine: 4 })).edits[0]?.after, "  await expect(page.getByTestId('x')).toHaveText('Express delivery');");
  });

  test('ESM JSON import with { type: "json" }: the fixture key is edited, not the test', () => {
    const json = '{\n  "customer": {\n    "name": "Ada Lovelace",\n    "city": "London"\n  }\n}\n';
    const root = tree({
      'e2e/data/customer.json': json,
      'e2e/a.spec.ts': "import { test, expect } from '@playwright/test';\nimport data from './data/customer.json' with { type: 'json' };\ntest('t', async ({ page }) => {\n  await expect(page.getByTestId('x')).toHaveText(data.customer.name);\n});\n",
    });
    const edit = proposal(proposeClassBFix(input(root, 'e2e/a.spec.ts', 4, textDrift('"Ada Lovelace"', '"Grace \\"Amazing\\" Hopper"')))).edits[0] as SourceEdit;
    assert.equal(edit.file, path.join(root, 'e2e/data/customer.json'));
    assert.equal(edit.line, 3);
    assert.equal(edit.after, '    "name": "Grace \\"Amazing\\" Hopper",');
    const patched = json.split('\n');
    patched[edit.line - 1] = edit.after;
    assert.deepEqual(JSON.parse(patched.join('\n')), { customer: { name: 'Grace "Amazing" Hopper', city: 'London' } });
  });

  test('JSON.parse(readFileSync(path.join(__dirname, ...))) with an array index', () => {
    const root = tree({
      'fixtures/order.json': '{ "totals": [10, 42, 7] }\n',
      'a.spec.ts': "const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/order.json'), 'utf8'));\ntest('t', () => {\n  expect(total).toBe(fixture.totals[1]);\n});\n",
    });
    const edit = proposal(proposeClassBFix(input(root, 'a.spec.ts', 3, toBe('42', '41')))).edits[0] as SourceEdit;
    assert.equal(edit.after, '{ "totals": [10, 41, 7] }');
    assertValueOnly(edit);
  });

  test('readFileSync with a bare relative path reads from the repository root', () => {
    const root = tree({
      'test-data/users.json': '[\n  { "name": "Ada", "logins": 3 }\n]\n',
      'e2e/a.spec.ts': "const users = JSON.parse(readFileSync('test-data/users.json', 'utf8')) as User[];\ntest('t', () => {\n  expect(stats.logins).toBe(users[0].logins);\n});\n",
    });
    const edit = proposal(proposeClassBFix(input(root, 'e2e/a.spec.ts', 3, toBe('3', '4')))).edits[0] as SourceEdit;
    assert.equal(edit.file, path.join(root, 'test-data/users.json'));
    assert.equal(edit.after, '  { "name": "Ada", "logins": 4 }');
  });

  test('a constant declared once in the test file', () => {
    const root = tree({ 'a.spec.ts': "const TITLE = 'Acme';\ntest('t', async ({ page }) => {\n  await expect(page).toHaveTitle(TITLE);\n});\n" });
    const msg = 'Error: expect(page).toHaveTitle(expected) failed\n\nExpected: "Acme"\nReceived: "Acme CRM"\nTimeout:  1000ms\n';
    const edit = proposal(proposeClassBFix(input(root, 'a.spec.ts', 3, msg))).edits[0] as SourceEdit;
    assert.equal(edit.line, 1);
    assert.equal(edit.after, "const TITLE = 'Acme CRM';");
  });

  test('received text with quotes and backslashes becomes a valid literal in the source quote style', () => {
    const root = tree({ 'a.spec.ts': "await expect(page.getByTestId('x')).toHaveText('Open');\n" });
    const edit = proposal(proposeClassBFix(input(root, 'a.spec.ts', 1, textDrift('"Open"', '"It\'s \\"done\\" \\\\ now\');expect(true).toBe(true);//"')))).edits[0] as SourceEdit;
    assertValueOnly(edit);
    assert.deepEqual(syntaxErrors(edit.after), []);
    assert.equal(tokenize(edit.after).filter((t) => t.kind === 'string')[1]?.value, 'It\'s "done" \\ now\');expect(true).toBe(true);//');
  });

  test('locateJsonValue and parsePrinted', () => {
    assert.deepEqual(locateJsonValue('{"a": {"b": [1, {"c": null}]}}', ['a', 'b', 1, 'c']), { value: null, line: 1, start: 22, end: 26 });
    assert.equal(locateJsonValue('{"a": {"b": 1}}', ['a']), undefined, 'an object is not a single value');
    assert.equal(locateJsonValue('{"x": {"a": 2}, "a": 3}', ['a'])?.value, 3, 'a key of the same name deeper down is not it');
    assert.deepEqual(parsePrinted('"a \\"b\\""'), { value: 'a "b"' });
    assert.deepEqual(parsePrinted('/Open/i'), { regex: true });
    assert.equal(parsePrinted('Array [...]'), undefined);
  });
});

describe('update-test-data never weakens an assertion', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a bound (toBeGreaterThan)', 'expect(items.length).toBeGreaterThan(5);', 'Error: expect(received).toBeGreaterThan(expected)\n\nExpected: > 5\nReceived:   3\n', /not a value-equality matcher/],
    ['a regex expectation', "await expect(page.getByRole('status')).toHaveText(/Open/);", 'Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByRole(\'status\')\nExpected pattern: /Open/\nReceived string:  "Closed"\nTimeout: 1000ms\n', /regular expression/],
    ['a regex literal in the source', "await expect(page.getByRole('status')).toHaveText(/Open/);", 'Error: expect(locator).toHaveText(expected) failed\n\nExpected: "Open"\nReceived: "Closed"\n', /regular expression/],
    ['a negated expectation', 'expect(count).not.toBe(3);', 'Error: expect(received).not.toBe(expected) // Object.is equality\n\nExpected: not 3\n', /negated/],
    ['toHaveCount received 0', "await expect(page.locator('.row')).toHaveCount(3);", "Error: expect(locator).toHaveCount(expected) failed\n\nLocator:  locator('.row')\nExpected: 3\nReceived: 0\n", /selector problem/],
    ['an empty state (a click the page no longer hears)', "await expect(page.getByTestId('picked')).toHaveText('Order 1003');", 'Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByTestId(\'picked\')\nExpected: "Order 1003"\nReceived: "none"\n', /received "none", an empty state: the element shows that nothing is there/],
    ['a dash where a value was', "await expect(page.locator('#total')).toHaveText('$12.00');", 'Error: expect(locator).toHaveText(expected) failed\n\nLocator: locator(\'#total\')\nExpected: "$12.00"\nReceived: "\u2014"\n', /an empty state/],
    ['a type change', "expect(res.id).toBe('3');", 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: "3"\nReceived: 3\n', /differ in type/],
    ['a substring expectation', "await expect(page.getByRole('status')).toContainText('Trial');", 'Error: expect(locator).toContainText(expected) failed\n\nExpected substring: "Trial"\nReceived string:    "Status: Active"\n', /not a value-equality matcher/],
    ['a literal that is not the printed value', 'expect(total).toBe(42);', 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 40\nReceived: 41\n', /not the value Playwright expected/],
    ['a computed expectation', 'expect(total).toBe(base * 2);', 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 40\nReceived: 41\n', /computed/],
    ['a template with a substitution', 'await expect(page).toHaveTitle(`Acme ${env}`);', 'Error: expect(page).toHaveTitle(expected) failed\n\nExpected: "Acme prod"\nReceived: "Acme CRM"\n', /computed/],
  ];
  for (const [name, source, message, re] of cases) {
    test(`refuses ${name}`, () => {
      const root = tree({ 'a.spec.ts': `${source}\n` });
      const r = proposeClassBFix({ category: 'update-test-data', testId: 't', fingerprint: 'f', message, stack: `Error\n    at ${path.join(root, 'a.spec.ts')}:1:20`, testFile: path.join(root, 'a.spec.ts'), testLine: 1, rootDir: root });
      assert.match(refusal(r), re);
    });
  }
});

describe('update-test-data: one drifted element of an expected array', () => {
  const diff = (body: string) => `Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByRole('cell')\nTimeout: 5000ms\n- Expected  - 1\n+ Received  + 1\n\n  Array [\n${body}\n  ]\n\nCall log:\n  - waiting`;
  test('finds the element (the real toHaveText diff shape)', () => {
    assert.deepEqual(arrayElementDrift(diff('-   "3",\n+   "4",\n    "1",\n    "3",')), { index: 0, expected: '3', received: '4', length: 3 });
  });
  test('refuses two changed elements, a changed length and a type change', () => {
    assert.equal(arrayElementDrift(diff('-   "3",\n+   "4",\n-   "1",\n+   "2",\n    "3",')), undefined);
    assert.equal(arrayElementDrift(diff('    "3",\n    "1",\n+   "3",')), undefined);
    assert.equal(arrayElementDrift(diff('-   "3",\n+   3,\n    "1",')), undefined);
    assert.equal(arrayElementDrift(diff('-   Object {},\n+   Object {},')), undefined);
  });
  test('rewrites only that literal in the array at the failing line', () => {
    const root = tree({ 'w.spec.ts': "test('w', async ({ page }) => {\n  await expect(cells).toHaveText(['3', '1', '3']);\n});\n" });
    const input: HealerInput = {
      category: 'update-test-data',
      testId: 't',
      fingerprint: 'fp',
      message: diff('-   "3",\n+   "4",\n    "1",\n    "3",'),
      stack: `Error: x\n    at ${path.join(root, 'w.spec.ts')}:2:23`,
      testFile: path.join(root, 'w.spec.ts'),
      testLine: 1,
      rootDir: root,
    };
    const p = proposal(proposeClassBFix(input));
    assert.deepEqual(p.edits.map((e) => e.after), ["  await expect(cells).toHaveText(['4', '1', '3']);"]);
    const wrong = { ...input, message: diff('-   "9",\n+   "4",\n    "1",\n    "3",') };
    assert.match(refusal(proposeClassBFix(wrong)), /is not the literal "9"/);
  });
});
