// Locators real suites write that the healer used to refuse: XPath (its text and attributes, reported
// by Playwright without `xpath=`), camelCase values, links renamed but still pointing at the same page,
// values only the asserted text points to, and selectors kept in constants in another file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { domHeal } from '../../src/class-b/update-selectors/dom-heal.js';
import { intentOf, urlName } from '../../src/class-b/update-selectors/intent.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { nameSimilarity } from '../../src/class-b/update-selectors/similarity.js';
import { dom, proposal, refusal, selectorInput, tree } from './helpers.js';

const timeout = (action: string, loc: string) => `TimeoutError: locator.${action}: Timeout 1000ms exceeded.\nCall log:\n  - waiting for ${loc}\n`;
const toHaveText = (loc: string, want: string) => `Error: expect(locator).toHaveText(expected) failed\n\nLocator: ${loc}\nExpected: "${want}"\nTimeout: 1000ms\nError: element(s) not found\n`;

const input = selectorInput;

describe('XPath', () => {
  test("an XPath's text and attributes are its intent", () => {
    const of = (s: string) => intentOf(parseLocatorText(s)[0] as never, { message: '', count: 1 });
    assert.deepEqual(of(`locator('//button[text()="Save"]')`), { count: 1, role: 'button', roleCertainty: 'hint', via: 'text', name: 'Save', exact: false });
    assert.deepEqual(of(`locator("//td/a[normalize-space()='Edit']")`)?.name, 'Edit');
    assert.deepEqual(of(`locator('//div[@id="x"]/input[@placeholder="Search"]')`)?.via, 'placeholder');
    assert.deepEqual(of(`locator('xpath=//input[@name="emailAddress"]')`)?.words, ['email', 'address']);
    // A `/` inside a predicate does not start a step.
    assert.deepEqual(of(`locator('//a[contains(@href, "/settings/")]')`)?.words, ['setting']);
    assert.equal(of(`locator('xpath=/html/body/main/section/p')`), undefined, 'tags alone say too little');
  });

  test('//button[text()="Save"] heals from the ARIA snapshot to the renamed button', () => {
    const root = tree({ 'a.spec.ts': `await page.locator('//button[text()="Save"]').click();\n` });
    const p = proposal(proposeClassBFix(input(root, 1, timeout('click', `locator('//button[text()="Save"]')`), { yaml: ['- button "Save changes"', '- button "Discard"'] })));
    assert.equal(p.edits[0]?.after, "await page.getByRole('button', { name: 'Save changes' }).click();");
  });

  test('xpath= written in the source, not in the message: found, healed, and the prefix kept', () => {
    assert.ok(nameSimilarity('email', 'emailAddress') >= 0.6, 'camelCase words count');
    const root = tree({ 'a.spec.ts': `await page.locator('xpath=//input[@name="email"]').fill('a@b.test');\n` });
    const page = dom([{ tag: 'input', role: 'textbox', nameAttr: 'emailAddress' }, { tag: 'input', role: 'textbox', nameAttr: 'phone' }]);
    const p = proposal(proposeClassBFix(input(root, 1, timeout('fill', `locator('//input[@name="email"]')`), { dom: page })));
    assert.equal(p.edits[0]?.after, `await page.locator('xpath=//input[@name="emailAddress"]').fill('a@b.test');`);
  });
});

describe('evidence other than the lost value', () => {
  test("a link's address names the page the renamed link still goes to", () => {
    assert.equal(urlName('#pricing'), 'pricing');
    assert.equal(urlName('/docs/pricing.html?x=1'), 'pricing');
    assert.equal(urlName('https://x.test/'), 'x');
    assert.equal(urlName('/'), undefined);
    const root = tree({ 'a.spec.ts': `await page.click('text=Pricing');\n` });
    const yaml = ['- link "Plans":', '  - /url: "#pricing"', '- link "Docs":', '  - /url: "#docs"'];
    const p = proposal(proposeClassBFix(input(root, 1, timeout('click', "locator('text=Pricing')"), { yaml })));
    assert.equal(p.edits[0]?.after, `await page.click('role=link[name="Plans"i]');`);
    // Without the address nothing says which link it was.
    assert.match(refusal(proposeClassBFix(input(root, 1, timeout('click', "locator('text=Pricing')"), { yaml: ['- link "Plans"', '- link "Docs"'] }))), /no element on the page is close enough/);
  });

  test('the one element showing exactly the asserted text offers its value; a wrapper is not a rival; two such elements tie', () => {
    const chain = parseLocatorText(`locator('//div[@class="price"]')`);
    const page = dom([{ tag: 'div', classes: ['card'], text: '$9', kids: [{ tag: 'div', classes: ['amount'], ownText: '$9' }] }, { tag: 'div', classes: ['qty'], ownText: '3' }]);
    const r = domHeal(page, chain, { count: 1, expectedText: '$9' });
    assert.ok(r && 'repl' in r, JSON.stringify(r));
    assert.equal(r.repl.steps[0]?.args[0]?.t === 'str' && r.repl.steps[0].args[0].v, '//div[@class="amount"]');
    // A substring of the text (toContainText) is not evidence enough.
    assert.ok(domHeal(page, chain, { count: 1, expectedText: '$9', containsText: true }) && 'refused' in (domHeal(page, chain, { count: 1, expectedText: '$9', containsText: true }) as object));
    const two = dom([{ tag: 'div', classes: ['amount'], ownText: '$9' }, { tag: 'div', classes: ['total'], ownText: '$9' }]);
    const t = domHeal(two, chain, { count: 1, expectedText: '$9' });
    assert.ok(t && 'refused' in t, JSON.stringify(t));
    assert.match(t.refused, /several values fit about equally well/);
  });

  test('toHaveText reaches the DOM healer through the full healer', () => {
    const root = tree({ 'a.spec.ts': `await expect(page.locator('//div[@class="price"]')).toHaveText('$9');\n` });
    const page = dom([{ tag: 'div', classes: ['amount'], ownText: '$9' }, { tag: 'div', classes: ['qty'], ownText: '3' }]);
    const p = proposal(proposeClassBFix(input(root, 1, toHaveText(`locator('//div[@class="price"]')`, '$9'), { dom: page })));
    assert.equal(p.edits[0]?.after, `await expect(page.locator('//div[@class="amount"]')).toHaveText('$9');`);
  });
});

describe('selectors kept in constants', () => {
  const page = dom([{ tag: 'a', testIds: { 'data-test': 'cart' }, ownText: 'Cart' }, { tag: 'button', role: 'button', id: 'checkout-button', ownText: 'Checkout' }]);

  test('a property of a constant object in an imported module is rewritten where it is written', () => {
    const root = tree({
      'selectors.ts': `export const SEL = {\n  cart: '[data-test="cart"]',\n  checkout: '#checkout',\n};\n`,
      'a.spec.ts': `import { SEL } from './selectors';\nawait page.locator(SEL.checkout).click();\n`,
    });
    const p = proposal(proposeClassBFix(input(root, 2, timeout('click', "locator('#checkout')"), { dom: page })));
    assert.deepEqual({ file: path.basename(p.edits[0]?.file ?? ''), line: p.edits[0]?.line, after: p.edits[0]?.after }, { file: 'selectors.ts', line: 3, after: "  checkout: '#checkout-button'," });
  });

  test('a constant in the same file; never a constant whose value is not what Playwright reported, nor one built by an expression', () => {
    const ok = tree({ 'a.spec.ts': `const CHECKOUT = "#checkout";\nawait page.locator(CHECKOUT).click();\n` });
    const p = proposal(proposeClassBFix(input(ok, 2, timeout('click', "locator('#checkout')"), { dom: page })));
    assert.deepEqual({ line: p.edits[0]?.line, after: p.edits[0]?.after }, { line: 1, after: 'const CHECKOUT = "#checkout-button";' });
    const other = tree({ 'a.spec.ts': `const CHECKOUT = '#pay';\nawait page.locator(CHECKOUT).click();\n` });
    assert.match(refusal(proposeClassBFix(input(other, 2, timeout('click', "locator('#checkout')"), { dom: page }))), /built from variables/);
    const built = tree({ 'a.spec.ts': `const CHECKOUT = '#checkout' + suffix;\nawait page.locator(CHECKOUT).click();\n` });
    assert.match(refusal(proposeClassBFix(input(built, 2, timeout('click', "locator('#checkout')"), { dom: page }))), /built from variables/);
  });
});
