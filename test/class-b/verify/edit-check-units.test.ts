// The structural edit check, one rule per case with its whole reason: a locator swapped for another
// (replacement.ts), the plain-words hints of a refused code change (hints.ts) and of a refused timeout.
// Each expected reason was read and judged when the case was written; '' means the edit is allowed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { structuralRefusal } from '../../../src/class-b/verify/index.js';

const verdict = (file: string, before: string, after: string) => {
  assert.notEqual(after, before, 'the edit must change the file');
  const r = structuralRefusal(file, before, after);
  return r ? `${r.rule}: ${r.reason}` : '';
};

const swapSpec = (locator: string) => `import { test, expect } from '@playwright/test';\ntest('saves', async ({ page }) => {\n  await ${locator}.click();\n});\n`;

// [locator before, locator after, verdict]
const SWAPS: [string, string, string][] = [
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save' })", ""],
  ["page.locator('#save')", "page.getByRole('button')", "locator: getByRole('button') without a name matches every button, not the element the test meant (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('Button', { name: 'Save' })", "locator: getByRole() needs an ARIA role name as a string (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole(`button`, { name: 'Save' })", "locator: getByRole() needs an ARIA role name as a string (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { exact: true })", "locator: getByRole('button') without a name matches every button, not the element the test meant (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', level: 2 })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', level: '2' })", "locator: the option \"level\" must be a number (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', checked: 1 })", "locator: the option \"checked\" must be true or false (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', checked: true })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', hasText: 'x' })", "locator: the option \"hasText\" is not one this locator takes from a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save', bogus: 1 })", "locator: the option \"bogus\" is not one this locator takes from a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { 'name': 'Save' })", ""],
  ["page.locator('#save')", "page.getByRole('button', { ['name']: 'Save' })", "locator: the options may only be plain `key: value` pairs (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name })", "locator: the options may only be plain `key: value` pairs (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { ...o })", "locator: the options may only be plain `key: value` pairs (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', opts)", "locator: the options must be an object literal, not Identifier (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: '' })", "locator: the option \"name\" is empty, which matches anything (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: '\\u0053ave' })", "locator: the option \"name\" spells characters with escape sequences (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: '\\x53ave' })", "locator: the option \"name\" spells characters with escape sequences (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: '\\123ave' })", "syntax: the patched file does not parse; a patch may only change literals and locators"],
  ["page.locator('#save')", "page.getByRole('button', { name: '\\8ave' })", "syntax: the patched file does not parse; a patch may only change literals and locators"],
  ["page.locator('#save')", "page.getByRole('button', { name: '\\'Save' })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: /Save/ })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: /^Save$/ })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: /^$/ })", "locator: the option \"name\" /^$/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: /Sa.e/ })", "locator: the option \"name\" /Sa.e/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: /Sa\\de/ })", "locator: the option \"name\" /Sa\\de/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: /Sa\\.e/ })", "locator: the option \"name\" /Sa\\.e/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: /Sa\\-e/ })", ""],
  ["page.locator('#save')", "page.getByRole('button', { name: /a|b/ })", "locator: the option \"name\" /a|b/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: /S(a)/ })", "locator: the option \"name\" /S(a)/ is more than plain text (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: x })", "locator: the option \"name\" must be a literal, not Identifier (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole('button', { name: 'Save' }, 3)", "locator: getByRole() takes one or two arguments in a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRole()", "locator: getByRole() takes one or two arguments in a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('Save')", ""],
  ["page.locator('#save')", "page.getByText('Save', { exact: true })", ""],
  ["page.locator('#save')", "page.getByText('Save', { exact: 'yes' })", "locator: the option \"exact\" must be true or false (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('Save', { name: 'x' })", "locator: the option \"name\" is not one this locator takes from a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('')", "locator: the getByText() text is empty, which matches anything (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('  ')", "locator: the getByText() text is empty, which matches anything (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText(/Save/i)", ""],
  ["page.locator('#save')", "page.getByLabel('Save')", ""],
  ["page.locator('#save')", "page.getByPlaceholder('Save')", ""],
  ["page.locator('#save')", "page.getByAltText('Save')", ""],
  ["page.locator('#save')", "page.getByTitle('Save')", ""],
  ["page.locator('#save')", "page.getByTestId('save')", ""],
  ["page.locator('#save')", "page.locator('#save-button')", ""],
  ["page.locator('#save')", "page.locator(`#save-button`)", ""],
  ["page.locator('#save')", "page.locator(/#save/)", "locator: locator() needs a selector string (was page.locator('#save'))"],
  ["page.locator('#save')", "page.locator('body')", "literal-value: the selector \"body\" matches the whole page, not an element"],
  ["page.locator('#save')", "page.locator(' HTML ')", "literal-value: the selector \" HTML \" matches the whole page, not an element"],
  ["page.locator('#save')", "page.locator('button')", "literal-value: the selector \"button\" is a bare tag name, which matches any such element"],
  ["page.locator('#save')", "page.locator('my-button2')", "literal-value: the selector \"my-button2\" is a bare tag name, which matches any such element"],
  ["page.locator('#save')", "page.locator('Button')", "literal-value: the selector \"Button\" is a bare tag name, which matches any such element"],
  ["page.locator('#save')", "page.locator('2button')", ""],
  ["page.locator('#save')", "page.locator('button.save')", ""],
  ["page.locator('#save')", "page.locator('#save', { hasText: 'Save' })", ""],
  ["page.locator('#save')", "page.locator('#save', { hasText: '' })", "locator: the option \"hasText\" is empty, which matches anything (was page.locator('#save'))"],
  ["page.locator('#save')", "page.locator('#save', { has: x })", "locator: the option \"has\" is not one this locator takes from a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.locator('#save', { exact: true })", "locator: the option \"exact\" is not one this locator takes from a patch (was page.locator('#save'))"],
  ["page.locator('#save')", "page.frameLocator('#f')", ""],
  ["page.locator('#save')", "page.frameLocator('iframe')", "locator: the selector \"iframe\" is a bare tag name, which matches any such element (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByRoles('button', { name: 'Save' })", "code: the edit changes code: \"locator\" became \"getByRoles\"; a patch may only change literals and locators"],
  ["page.locator('#save')", "page.click('#save')", "code: the edit changes code: \"locator\" became \"click\"; a patch may only change literals and locators"],
  ["page.locator('#save')", "page?.locator('#save2')", "locator: the new locator call must be a plain `.method(...)` call"],
  ["page.locator('#save')", "page.locator<any>('#save2')", "locator: the new locator call must be a plain `.method(...)` call"],
  ["page.locator('#save')", "page.locator?.('#save2')", "locator: the new locator call must be a plain `.method(...)` call"],
  ["page.locator('#save')", "page.locator(/* x */ '#save2')", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators"],
  ["page.locator('#save')", "page.locator('#save2' /* x */)", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators"],
  ["page.locator('#save')", "page.getByRole('button', /* x */ { name: 'Save' })", "locator: the new locator carries a comment"],
  ["page.locator('#save')", "/* x */ page.locator('#save2')", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators"],
  ["page.getByText('Save', { 'exact': true })", "page.getByText('Save')", "locator: the edit drops `exact: true`, loosening the locator"],
  ["page.getByText('Save', { exact: true })", "page.getByText('Save')", "locator: the edit drops `exact: true`, loosening the locator"],
  ["page.getByText('Save', { exact: true })", "page.getByLabel('Save', { 'exact': true })", ""],
  ["page.getByText('Save', { exact: true })", "page.getByLabel('Save', { exact: false })", "locator: the edit drops `exact: true`, loosening the locator"],
  ["page.getByText('Save', { exact: false })", "page.getByLabel('Save')", ""],
  ["page.getByText('Save', { exact: true })", "page.locator('#save')", ""],
  ["page.getByText('Save', { exact: true })", "page.frameLocator('#f')", ""],
  ["page.getByRole('button', { name: 'Save', exact: true })", "page.getByRole('button', { name: 'Save' })", "locator: the edit drops `exact: true`, loosening the locator"],
  ["page.getByRole('button', { name: 'Save', exact: true })", "page.getByRole('link', { name: 'Save', exact: true })", ""],
  ["page.locator('#save')", "page.getByText('Sa\\\nve')", "locator: the getByText() text spells characters with escape sequences (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('Sa\\0ve')", "locator: the getByText() text spells characters with escape sequences (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('Sa\\\r\nve')", "locator: the getByText() text spells characters with escape sequences (was page.locator('#save'))"],
  ["page.locator('#save')", "page.getByText('Sa\\tve')", ""],
];

describe('structural edit check: a locator swapped for another', () => {
  for (const [before, after, want] of SWAPS) {
    test(`${before} -> ${JSON.stringify(after)}`, () => assert.equal(verdict('a.spec.ts', swapSpec(before), swapSpec(after)), want));
  }
});

const HINT_SPEC = [
  "import { test, expect } from '@playwright/test';",
  "test('saves', async ({ page }) => {",
  "  await page.locator('#save').click();",
  "  await expect(page.getByText('Saved')).toBeVisible();",
  "  await expect(page.getByText('Error')).not.toBeVisible();",
  "  await expect(page.getByText('Total')).toHaveText('3 items', { timeout: 5000 });",
  "  await page.waitForTimeout(100);",
  "  await page.waitForTimeout(((200)));",
  "  await page.waitForTimeout((((300))));",
  "  await page.waitForTimeout(400 * 2);",
  "  const status = await page.evaluate(() => 1);",
  "  const flag = await page.evaluate(() => true);",
  "  await page.goto('/orders');",
  "  expect(await items.count()).toBe(2);",
  "  const options = { retries: { timeout: 700 } };",
  "});",
].join('\n') + '\n';

/** `spec` with its one occurrence of `find` replaced. */
function edited(spec: string, find: string, replace: string): string {
  const at = spec.indexOf(find);
  assert.ok(at >= 0 && spec.indexOf(find, at + 1) < 0, `"${find}" must occur exactly once in the spec`);
  return spec.slice(0, at) + replace + spec.slice(at + find.length);
}

// [text in the spec, what the edit writes instead, verdict]: the plain-words hint of each refusal.
const HINTS: [string, string, string][] = [
  ["test('saves',", "test.skip('saves',", "code: the edit changes code: Identifier \"test\" became PropertyAccessExpression \"test.skip\" (it adds .skip, which would stop the test from proving anything); a patch may only change literals and locators"],
  ["test('saves',", "test.fixme('saves',", "code: the edit changes code: Identifier \"test\" became PropertyAccessExpression \"test.fixme\" (it adds .fixme, which would stop the test from proving anything); a patch may only change literals and locators"],
  ["test('saves',", "test.only('saves',", "code: the edit changes code: Identifier \"test\" became PropertyAccessExpression \"test.only\" (it adds .only, which would stop the test from proving anything); a patch may only change literals and locators"],
  ["test('saves',", "test.fail('saves',", "code: the edit changes code: Identifier \"test\" became PropertyAccessExpression \"test.fail\" (it adds .fail, which would stop the test from proving anything); a patch may only change literals and locators"],
  ["test('saves',", "test.slow('saves',", "code: the edit changes code: Identifier \"test\" became PropertyAccessExpression \"test.slow\" (it adds .slow, which would stop the test from proving anything); a patch may only change literals and locators"],
  ["expect(page.getByText('Saved')).toBeVisible()", "expect(page.getByText('Saved')).not.toBeVisible()", "code: the edit changes code: CallExpression \"expect(page.getByText('Saved'))\" became PropertyAccessExpression \"expect(page.getByText('Saved')).not\" (it adds .not, inverting an assertion); a patch may only change literals and locators"],
  ["expect(page.getByText('Error')).not.toBeVisible()", "expect(page.getByText('Error')).toBeVisible()", "code: the edit changes code: PropertyAccessExpression \"expect(page.getByText('Error')).not\" became CallExpression \"expect(page.getByText('Error'))\" (it removes .not, inverting an assertion); a patch may only change literals and locators"],
  ["expect(page.getByText('Saved')).toBeVisible()", "expect(page.getByText('Saved')).toBeHidden()", "code: the edit changes code: \"toBeVisible\" became \"toBeHidden\" (it changes the assertion matcher to toBeHidden); a patch may only change literals and locators"],
  ["toBe(2)", "toBeGreaterThan(2)", "code: the edit changes code: \"toBe\" became \"toBeGreaterThan\" (it changes the assertion matcher to toBeGreaterThan); a patch may only change literals and locators"],
  ["expect(await items.count()).toBe(2)", "expect(await items.count()).not.toBe(3)", "code: the edit changes code: CallExpression \"expect(await items.count())\" became PropertyAccessExpression \"expect(await items.count()).not\" (it adds .not, inverting an assertion); a patch may only change literals and locators"],
  ["await page.locator('#save').click();", "await page.locator('#save').click(); eval('x');", "code: the edit changes the structure of \"await page.locator('#save').click(); await expect(page.ge...\" (now \"await page.locator('#save').click(); eval('x'); await exp...\") (it introduces eval); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => process.env.X)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"process.env.X\" (it introduces process); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => globalThis.x)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"globalThis.x\" (it introduces globalThis); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => require('child_process'))", "code: the edit changes code: FirstLiteralToken \"1\" became CallExpression \"require('child_process')\" (it introduces require); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x['child_process'])", "code: the edit changes code: FirstLiteralToken \"1\" became ElementAccessExpression \"x['child_process']\" (it introduces child_process); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => import('x'))", "code: the edit changes code: FirstLiteralToken \"1\" became CallExpression \"import('x')\" (it introduces import); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => new Function('x'))", "code: the edit changes code: FirstLiteralToken \"1\" became NewExpression \"new Function('x')\" (it introduces Function); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => (1).constructor)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"(1).constructor\" (it introduces constructor); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x['constructor'])", "code: the edit changes code: FirstLiteralToken \"1\" became ElementAccessExpression \"x['constructor']\" (it introduces constructor); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x[`constructor`])", "code: the edit changes code: FirstLiteralToken \"1\" became ElementAccessExpression \"x[`constructor`]\" (it introduces constructor); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.#constructor)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.#constructor\"; a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.addInitScript(() => 1)", "code: the edit changes code: \"evaluate\" became \"addInitScript\" (it introduces addInitScript); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.route(() => 1)", "code: the edit changes code: \"evaluate\" became \"route\" (it introduces route); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => page.evaluate(() => 1))", "code: the edit changes code: FirstLiteralToken \"1\" became CallExpression \"page.evaluate(() => 1)\" (it introduces evaluate); a patch may only change literals and locators"],
  ["page.evaluate(() => true)", "page.evaluate(() => false)", "code: the edit changes code: TrueKeyword \"true\" became FalseKeyword \"false\"; a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluateHandle(() => 1)", "code: the edit changes code: \"evaluate\" became \"evaluateHandle\"; a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.not)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.not\" (it adds .not, inverting an assertion); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.toggle)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.toggle\"; a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.Timeout)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.Timeout\" (it changes a timeout; timeouts are not test data); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.myTIMEOUTms)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.myTIMEOUTms\" (it changes a timeout; timeouts are not test data); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => /x/)", "code: the edit changes code: FirstLiteralToken \"1\" became RegularExpressionLiteral \"/x/\" (a regular expression would accept more than the exact value); a patch may only change literals and locators"],
  ["toHaveText('3 items',", "toHaveText(/3 items/,", "code: the edit changes code: StringLiteral \"'3 items'\" became RegularExpressionLiteral \"/3 items/\" (a regular expression would accept more than the exact value); a patch may only change literals and locators"],
  ["page.waitForTimeout(100)", "page.waitForTimeout(t)", "code: the edit changes code: FirstLiteralToken \"100\" became Identifier \"t\"; a patch may only change literals and locators"],
  ["page.waitForTimeout(100)", "page.setDefaultTimeout(100)", "code: the edit changes code: \"waitForTimeout\" became \"setDefaultTimeout\" (it changes a timeout; timeouts are not test data); a patch may only change literals and locators"],
  ["{ timeout: 5000 }", "{ timeout: 60000 }", "literal-position: the edit changes the literal \"5000\" to \"60000\" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)"],
  ["{ timeout: 5000 }", "{ timeout: 5000, x: 1 }", "code: the edit changes the structure of \"timeout: 5000\" (now \"timeout: 5000, x: 1\"); a patch may only change literals and locators"],
  ["page.waitForTimeout(100)", "page.waitForTimeout(5000)", "literal-position: the edit changes the literal \"100\" to \"5000\" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)"],
  ["page.waitForTimeout(((200)))", "page.waitForTimeout(((250)))", "literal-position: the edit changes the literal \"200\" to \"250\" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)"],
  ["page.waitForTimeout((((300))))", "page.waitForTimeout((((350))))", "literal-position: the edit changes the literal \"300\" to \"350\" outside a locator, an assertion's expected value, an API path or a constant only those use"],
  ["page.waitForTimeout(400 * 2)", "page.waitForTimeout(450 * 2)", "literal-position: the edit changes the literal \"400\" to \"450\" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)"],
  ["{ timeout: 700 }", "{ timeout: 750 }", "literal-position: the edit changes the literal \"700\" to \"750\" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)"],
  ["page.goto('/orders')", "page.goto('/orders', { timeout: 1 })", "code: the edit changes the structure of \"'/orders'\" (now \"'/orders', { timeout: 1 }\") (it changes a timeout; timeouts are not test data); a patch may only change literals and locators"],
  ["page.evaluate(() => 1)", "page.evaluate(() => x.autoSave)", "code: the edit changes code: FirstLiteralToken \"1\" became PropertyAccessExpression \"x.autoSave\"; a patch may only change literals and locators"],
];

describe('structural edit check: what a refused change would have done, in words', () => {
  for (const [find, replace, want] of HINTS) {
    test(`${find} -> ${replace}`, () => assert.equal(verdict('a.spec.ts', HINT_SPEC, edited(HINT_SPEC, find, replace)), want));
  }
});

const VALUE_SPEC = [
  "import { test, expect } from '@playwright/test';",
  "test('orders', async ({ page, request }) => {",
  "  await page.getByText('Saved').click();",
  "  await page.getByRole('button', { name: 'Save order' }).click();",
  "  await page.locator('#total', { hasText: 'Total' }).click();",
  "  await page.locator('#save').click();",
  "  await page.locator('BUTTON').click();",
  "  await page.click('#submit');",
  "  await page.frameLocator('#frame').locator('#inner').click();",
  "  await page.locator('li').nth(2).click();",
  "  await expect(page.locator('.row')).toHaveCount(2);",
  "  await expect(page.locator('.tag')).toHaveLength(3);",
  "  expect(total).toBe(5);",
  "  expect(await page.locator('.item').count()).toBe(4);",
  "  const rows = await page.locator('.line').count();",
  "  expect(rows).toEqual(6);",
  "  expect(page.locator('.x')).toHaveText('3 items');",
  "  expect(message).toMatch('Order 12 saved');",
  "  await expect(page).toHaveURL('/orders/12');",
  "  await expect(page).toHaveURL('/orders/*');",
  "  await page.waitForURL('/done');",
  "  await request.get('/api/v1/orders');",
  "  await request.post('https://api.example.com/v1/orders');",
  "  await page.goto('/orders/new');",
  "  await expect(page.getByLabel('Password field for the administrator of the store')).toHaveValue('hunter2');",
  "  expect('a literal string written in the test itself').toBe('fixed');",
  "  expect(-1).toBe(-1);",
  "  expect(page.locator('.price')).toHaveText(/^Total: 12$/);",
  "  expect(page.locator('.price')).toHaveText(/Total/i);",
  "});",
].join('\n') + '\n';

// [literal in the spec, what the edit writes instead, verdict]: where a literal may change and to what.
const VALUES: [string, string, string][] = [
  ["getByText('Saved')", "getByText('body')", ""],
  ["getByText('Saved')", "getByText('button')", ""],
  ["getByText('Saved')", "getByText('   ')", "literal-value: the new value of a getByText() argument is empty, which would match anything"],
  ["getByText('Saved')", "getByText('Sa\\u0077ed')", "literal-value: the new value spells characters with escape sequences (\\u, \\x, octal or line continuations), which page text never needs"],
  ["getByText('Saved')", "getByText('Sa\\x77ed')", "literal-value: the new value spells characters with escape sequences (\\u, \\x, octal or line continuations), which page text never needs"],
  ["getByText('Saved')", "getByText('Sa\\166ed')", "syntax: the patched file does not parse; a patch may only change literals and locators"],
  ["getByText('Saved')", "getByText(`Saved!`)", ""],
  ["{ name: 'Save order' }", "{ name: 'html' }", ""],
  ["{ name: 'Save order' }", "{ name: 'Place order' }", ""],
  ["{ hasText: 'Total' }", "{ hasText: 'body' }", ""],
  ["locator('#save')", "locator('button')", "literal-value: the selector \"button\" is a bare tag name, which matches any such element"],
  ["locator('#save')", "locator(' BODY ')", "literal-value: the selector \" BODY \" matches the whole page, not an element"],
  ["locator('#save')", "locator('button.save')", ""],
  ["locator('#save')", "locator('my-button2')", "literal-value: the selector \"my-button2\" is a bare tag name, which matches any such element"],
  ["locator('#save')", "locator('2fa')", ""],
  ["locator('#save')", "locator('*:visible')", "literal-value: the selector \"*:visible\" matches the whole page, not an element"],
  ["locator('#save')", "locator('xpath=//body')", "literal-value: the selector \"xpath=//body\" matches the whole page, not an element"],
  ["locator('BUTTON')", "locator('button')", ""],
  ["locator('BUTTON')", "locator(' Button ')", ""],
  ["locator('BUTTON')", "locator('a')", "literal-value: the selector \"a\" is a bare tag name, which matches any such element"],
  ["click('#submit')", "click('form')", "literal-value: the selector \"form\" is a bare tag name, which matches any such element"],
  ["click('#submit')", "click('#send')", ""],
  ["frameLocator('#frame')", "frameLocator('iframe')", "literal-value: the selector \"iframe\" is a bare tag name, which matches any such element"],
  ["locator('#inner')", "locator('html')", "literal-value: the selector \"html\" matches the whole page, not an element"],
  ["nth(2)", "nth(3)", "literal-position: the edit changes the literal \"2\" to \"3\" outside a locator, an assertion's expected value, an API path or a constant only those use"],
  ["nth(2)", "nth(0)", "literal-position: the edit changes the literal \"2\" to \"0\" outside a locator, an assertion's expected value, an API path or a constant only those use"],
  ["toHaveCount(2)", "toHaveCount(0)", "literal-value: an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)"],
  ["toHaveCount(2)", "toHaveCount(3)", ""],
  ["toHaveCount(2)", "toHaveCount(0.0)", "literal-value: an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)"],
  ["toHaveLength(3)", "toHaveLength(0)", "literal-value: an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)"],
  ["toHaveLength(3)", "toHaveLength(1)", ""],
  ["toBe(5)", "toBe(0)", ""],
  ["toBe(5)", "toBe(7)", ""],
  ["toBe(4)", "toBe(0)", "literal-value: an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)"],
  ["toBe(4)", "toBe(1)", ""],
  ["toEqual(6)", "toEqual(0)", "literal-value: an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)"],
  ["toEqual(6)", "toEqual(8)", ""],
  ["toHaveText('3 items')", "toHaveText('0 items')", ""],
  ["toHaveText('3 items')", "toHaveText('')", "literal-value: the new value of the expected value of toHaveText() is empty, which would match anything"],
  ["toMatch('Order 12 saved')", "toMatch('Order 13 saved')", ""],
  ["toMatch('Order 12 saved')", "toMatch('Order .* saved')", "literal-value: toMatch reads the string \"Order .* saved\" as a regular expression, which would match more than the value"],
  ["toMatch('Order 12 saved')", "toMatch('Order 1? saved')", "literal-value: toMatch reads the string \"Order 1? saved\" as a regular expression, which would match more than the value"],
  ["toHaveURL('/orders/12')", "toHaveURL('/orders/13')", ""],
  ["toHaveURL('/orders/12')", "toHaveURL('/orders/*')", "literal-value: toHaveURL reads * in \"/orders/*\" as a wildcard, which would match more URLs"],
  ["toHaveURL('/orders/*')", "toHaveURL('/order/*')", ""],
  ["toHaveURL('/orders/*')", "toHaveURL('/orders/**')", "literal-value: toHaveURL reads * in \"/orders/**\" as a wildcard, which would match more URLs"],
  ["waitForURL('/done')", "waitForURL('/finished')", ""],
  ["waitForURL('/done')", "waitForURL('/*')", "literal-value: waitForURL reads * as a wildcard"],
  ["get('/api/v1/orders')", "get('/api/v2/orders')", ""],
  ["get('/api/v1/orders')", "get('api/v2/orders')", "literal-value: \"api/v2/orders\" is not a URL path like the one it replaces"],
  ["get('/api/v1/orders')", "get('https://evil.example/api/v1/orders')", "literal-value: \"https://evil.example/api/v1/orders\" points at another host than \"/api/v1/orders\""],
  ["post('https://api.example.com/v1/orders')", "post('https://api.example.com/v2/orders')", ""],
  ["post('https://api.example.com/v1/orders')", "post('https://API.example.com/v2/orders')", ""],
  ["post('https://api.example.com/v1/orders')", "post('https://api.example.org/v1/orders')", "literal-value: \"https://api.example.org/v1/orders\" points at another host than \"https://api.example.com/v1/orders\""],
  ["post('https://api.example.com/v1/orders')", "post('http://api.example.com/v1/orders')", "literal-value: \"http://api.example.com/v1/orders\" points at another host than \"https://api.example.com/v1/orders\""],
  ["post('https://api.example.com/v1/orders')", "post('https://api.example.com:8443/v1/orders')", "literal-value: \"https://api.example.com:8443/v1/orders\" points at another host than \"https://api.example.com/v1/orders\""],
  ["post('https://api.example.com/v1/orders')", "post('/v1/orders')", "literal-value: \"/v1/orders\" points at another host than \"https://api.example.com/v1/orders\""],
  ["goto('/orders/new')", "goto('/orders/create')", ""],
  ["goto('/orders/new')", "goto('javascript:alert(1)')", "literal-value: \"javascript:alert(1)\" is not a URL path like the one it replaces"],
  ["toHaveValue('hunter2')", "toHaveValue('hunter3')", "literal-value: the assertion reads a secret field (page.getByLabel('Password field for the administrator of the): a patch never writes what such a field holds"],
  ["toBe('fixed')", "toBe('changed')", "literal-value: expect() checks a literal written in the test ('a literal string written in the test it), not a value from the app: changing the expected value would only make the test agree with itself"],
  ["expect(-1).toBe(-1)", "expect(-1).toBe(-2)", "literal-value: expect() checks a literal written in the test (-1), not a value from the app: changing the expected value would only make the test agree with itself"],
  ["/^Total: 12$/", "/^Total: 13$/", ""],
  ["/^Total: 12$/", "/Total: 13$/", "literal-value: the new regular expression /Total: 13$/ is more than plain text; it could match more than what the test checked"],
  ["/^Total: 12$/", "/^Total: 1\\d$/", "literal-value: the new regular expression /^Total: 1\\d$/ is more than plain text; it could match more than what the test checked"],
  ["/^Total: 12$/", "/^Total: 12$/i", "literal-value: the edit changes the flags of a regular expression (/ -> /i)"],
  ["/^Total: 12$/", "/^Total: 12\\$/", "literal-value: the new regular expression /^Total: 12\\$/ is more than plain text; it could match more than what the test checked"],
  ["/Total/i", "/Sum/i", ""],
  ["/Total/i", "/Sum/", "literal-value: the edit changes the flags of a regular expression (/i -> /)"],
  ["/Total/i", "/S.m/i", "literal-value: the new regular expression /S.m/ is more than plain text; it could match more than what the test checked"],
  ["/Total/i", "/Su\\.m/i", ""],
  ["/Total/i", "/Su\\-m/i", ""],
  ["/Total/i", "/^Sum/i", "literal-value: the new regular expression /^Sum/ is more than plain text; it could match more than what the test checked"],
  ["/Total/i", "/(?:)/i", "literal-value: the new regular expression /(?:)/ is more than plain text; it could match more than what the test checked"],
  ["toBe(5)", "toBe('5')", "code: the edit changes code: FirstLiteralToken \"5\" became StringLiteral \"'5'\"; a patch may only change literals and locators"],
  ["toHaveText('3 items')", "toHaveText(3)", "code: the edit changes code: StringLiteral \"'3 items'\" became FirstLiteralToken \"3\"; a patch may only change literals and locators"],
  ["getByText('Saved')", "getByText('Sa\\u0076ed')", ""],
];

describe('structural edit check: what a literal may become, where', () => {
  for (const [find, replace, want] of VALUES) {
    test(`${find} -> ${replace}`, () => assert.equal(verdict('a.spec.ts', VALUE_SPEC, edited(VALUE_SPEC, find, replace)), want));
  }
});

const TREE_SPEC = [
  "import { test, expect } from '@playwright/test';",
  "/** The save button. */",
  "const SAVE = '#save';",
  "/** @type {string} The heading. */",
  "const HEADING = 'Orders';",
  "test('orders', async ({ page }) => {",
  "  // open the page",
  "  await page.locator(SAVE).click();",
  "  await expect(page.getByRole('heading', { name: HEADING })).toBeVisible();",
  "  await page.request.get(`/api/v1/orders/${id}/items`);",
  "  await page.request.get(`/api/v1/orders/${id}`);",
  "  await page.request.get(`/api/${version}/orders`);",
  "  const label = `Order ${id} saved`;",
  "  await page.getByText('Cancel').click();",
  "  await page.getByText('Delete', { exact: true }).click();",
  "  await page.locator('#a').first().click();",
  "  await page?.locator('#b').click();",
  "  await page.locator('.c').filter({ hasText: 'Open' }).click();",
  "  await doSomething(1, 2);",
  "});",
].join('\n') + '\n';

// [text in the spec, what the edit writes instead, verdict, line of the refusal (0: allowed)]:
// comments and JSDoc, template parts of URL paths, locator chains, optional calls, arity.
const TREE: [string, string, string, number][] = [
  ["/** The save button. */", "/** The submit button. */", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators", 3],
  ["/** @type {string} The heading. */", "/** @type {number} The heading. */", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators", 5],
  ["'#save'", "'#submit'", "", 0],
  ["'Orders'", "'Invoices'", "", 0],
  ["// open the page", "// open the orders page", "comment: the edit adds, removes or changes a comment; a patch may only change literals and locators", 8],
  ["`/api/v1/orders/${id}/items`", "`/api/v2/orders/${id}/items`", "", 0],
  ["`/api/v1/orders/${id}/items`", "`/api/v1/orders/${id}/lines`", "", 0],
  ["`/api/v1/orders/${id}/items`", "`/api/v1/orders/${id}/it ems`", "literal-position: the edit changes the template text \"}/items`\" to \"}/it ems`\"; only the URL path of a request may change inside a template", 10],
  ["`/api/v1/orders/${id}/items`", "`/api/v1/orders/${id}/it'ems`", "literal-position: the edit changes the template text \"}/items`\" to \"}/it'ems`\"; only the URL path of a request may change inside a template", 10],
  ["`/api/v1/orders/${id}`", "`/api/v2/orders/${id}`", "", 0],
  ["`/api/${version}/orders`", "`/api/${version}/invoices`", "", 0],
  ["`/api/${version}/orders`", "`/v2/${version}/orders`", "", 0],
  ["`Order ${id} saved`", "`Order ${id} stored`", "literal-position: the edit changes the template text \"} saved`\" to \"} stored`\"; only the URL path of a request may change inside a template", 13],
  ["getByText('Cancel')", "getByText('Abort')", "", 0],
  ["getByText('Cancel')", "getByText('Cancel', { exact: true })", "", 0],
  ["getByText('Delete', { exact: true })", "getByText('Remove', { exact: true })", "", 0],
  ["getByText('Delete', { exact: true })", "getByText('Delete', { exact: false })", "locator: the edit drops `exact: true`, loosening the locator", 15],
  ["getByText('Delete', { exact: true })", "getByText('Delete')", "locator: the edit drops `exact: true`, loosening the locator", 15],
  ["locator('#a').first()", "locator('#a').last()", "code: the edit changes code: \"first\" became \"last\"; a patch may only change literals and locators", 16],
  ["locator('#a').first()", "locator('#z').first()", "", 0],
  ["page.locator('#a')", "page.getByRole('link', { name: 'A' })", "", 0],
  ["page?.locator('#b')", "page?.locator('#bb')", "", 0],
  ["page?.locator('#b')", "page.locator('#bb')", "", 0],
  ["page?.locator('#b')", "page?.getByText('B')", "locator: the new locator call must be a plain `.method(...)` call", 17],
  ["filter({ hasText: 'Open' })", "filter({ hasText: 'Closed' })", "", 0],
  ["filter({ hasText: 'Open' })", "filter({ hasText: '' })", "literal-value: the new value of a filter() argument is empty, which would match anything", 18],
  ["doSomething(1, 2)", "doSomething(1, 3)", "literal-position: the edit changes the literal \"2\" to \"3\" outside a locator, an assertion's expected value, an API path or a constant only those use", 19],
  ["doSomething(1, 2)", "doSomething(1)", "code: the edit changes the structure of \"1, 2\" (now \"1\"); a patch may only change literals and locators", 19],
  ["page.locator(SAVE)", "page.getByTestId('save')", "", 0],
  ["page.locator(SAVE)", "page.locator(SAVE, { hasText: 'Save' })", "locator: locator() needs a selector string (was page.locator(SAVE))", 8],
  ["page.locator(SAVE)", "page.locator(OTHER)", "locator: locator() needs a selector string (was page.locator(SAVE))", 8],
];

describe('structural edit check: comments, templates, chains, and the line a refusal names', () => {
  for (const [find, replace, want, line] of TREE) {
    test(`${find} -> ${replace}`, () => {
      const r = structuralRefusal('a.spec.ts', TREE_SPEC, edited(TREE_SPEC, find, replace));
      assert.equal(r ? `${r.rule}: ${r.reason}` : '', want);
      assert.equal(r?.line ?? 0, line);
    });
  }
});
