import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStructuralRefusal, structuralRefusal, type StructuralRule } from '../../../src/class-b/verify/index.js';
import { SUITE_LIMITS, suiteScripts } from '../../../src/class-b/verify/structure/importers.js';
import { ALLOWED, HOSTILE, SPEC } from './hostile-proposals.js';
import { EXPECTED_ARGUMENT, LOCATOR_METHODS, LOCATOR_OPTION_KINDS, MATCH_ALL_SELECTORS, OBJECT_EXPECTED, PATH_METHODS, SELECTOR_FIRST_METHODS } from '../../../src/class-b/verify/structure/vocabulary.js';

function patched(find: string, replace: string): string {
  const at = SPEC.indexOf(find);
  assert.ok(at >= 0 && SPEC.indexOf(find, at + 1) < 0, `"${find}" must occur exactly once in the spec`);
  return SPEC.slice(0, at) + replace + SPEC.slice(at + find.length);
}

describe('structural edit check: hostile proposals', () => {
  test('the table has at least 60 proposals', () => assert.ok(HOSTILE.length >= 60, `${HOSTILE.length}`));
  test('the spec itself parses and is unchanged by a no-op', () => assert.equal(structuralRefusal('orders.spec.ts', SPEC, SPEC), undefined));
  for (const [name, find, replace, rule] of HOSTILE) {
    test(`refuses ${name}`, () => {
      const r = structuralRefusal('orders.spec.ts', SPEC, patched(find, replace));
      assert.ok(r, 'refused');
      if (typeof rule === 'string') assert.equal(r.rule, rule, r.reason);
      else assert.match(r.rule, rule, r.reason);
      assert.ok(r.reason.length > 20, r.reason);
    });
  }
});

describe('structural edit check: allowed edits', () => {
  for (const [name, find, replace] of ALLOWED) {
    test(`allows ${name}`, () => {
      const r = structuralRefusal('orders.spec.ts', SPEC, patched(find, replace));
      assert.equal(r, undefined, r && `${r.rule}: ${r.reason}`);
    });
  }
});

describe('structural edit check: page objects, JSON and file kinds', () => {
  const PAGE = `import type { Page } from '@playwright/test';
export class CartPage {
  private readonly checkout = '[data-test=checkout]';
  constructor(private readonly page: Page) {}
  async open() {
    await this.page.locator(this.checkout).click();
  }
}
`;
  test('a page-object selector field may change', () => {
    assert.equal(structuralRefusal('cart.page.ts', PAGE, PAGE.replace('[data-test=checkout]', '[data-test=checkout-button]')), undefined);
  });
  test('a page-object field used anywhere but a locator may not', () => {
    const leaky = PAGE.replace('  async open() {', '  async run() {\n    await this.page.evaluate(this.checkout);\n  }\n  async open() {');
    assert.equal(structuralRefusal('cart.page.ts', leaky, leaky.replace('[data-test=checkout]', 'fetch(1)'))?.rule, 'literal-position');
  });
  describe('a constant the file exports is followed into the files that import it', () => {
    const SEL = `export const SEL = {\n  body: '.tabulator-tableHolder',\n  empty: '.placeholder span',\n};\n`;
    const edit = (text: string) => text.replace('.tabulator-tableHolder', '.tabulator-tableholder');
    const spec = (imports: string, body: string) => ({ file: '/suite/tests/orders.spec.ts', text: `import { test, expect } from '@playwright/test';\n${imports}\ntest('t', async ({ page }) => {\n  ${body}\n});\n` });
    const check = (...files: { file: string; text: string }[]) => structuralRefusal('/suite/tests/orders-page.ts', SEL, edit(SEL), () => [{ file: '/suite/tests/orders-page.ts', text: SEL }, ...files]);
    test('used only as locators by the specs that import it (by name, renamed, with or without an extension): it may change', () => {
      assert.equal(check(spec("import { SEL } from './orders-page';", 'await expect(page.locator(SEL.body)).toHaveCount(5);\n  await page.locator(SEL.empty).click();')), undefined);
      assert.equal(check(spec("import { SEL as S } from './orders-page.js';", 'await page.locator(S.body).click();')), undefined);
      assert.equal(check({ file: '/suite/pages/other.ts', text: "import { SEL } from '../tests/orders-page';\nexport const go = (page) => page.locator(SEL.body);\n" }), undefined, 'a helper returning a locator');
    });
    test('a use anywhere but a literal position, or one that cannot be followed, keeps it code', () => {
      const refused = (f: { file: string; text: string }) => check(spec("import { SEL } from './orders-page';", 'await page.locator(SEL.body).click();'), f)?.rule;
      assert.equal(refused(spec("import { SEL } from './orders-page';", 'await page.evaluate(SEL.body);')), 'literal-position');
      assert.equal(refused(spec("import * as P from './orders-page';", 'await page.locator(P.SEL.body).click();')), 'literal-position', 'a namespace import');
      assert.equal(refused(spec("export { SEL } from './orders-page';", '')), 'literal-position', 'a re-export');
      assert.equal(refused(spec("const { SEL } = require('./orders-page');", 'await page.locator(SEL.body).click();')), 'literal-position', 'require');
      assert.equal(refused(spec("import { SEL } from '@pages/orders-page';", 'await page.evaluate(SEL.body);')), 'literal-position', 'an aliased path with the same name is followed');
    });
    test('without the suite (or with a suite too large to read), an exported constant no use in its own file reaches stays code', () => {
      assert.equal(structuralRefusal('/suite/tests/orders-page.ts', SEL, edit(SEL))?.rule, 'literal-position');
      assert.equal(structuralRefusal('/suite/tests/orders-page.ts', SEL, edit(SEL), () => undefined)?.rule, 'literal-position');
    });
    test('another module of the same folder that is not this one is not followed', () => {
      assert.equal(check(spec("import { SEL } from './orders-page';", 'await page.locator(SEL.body).click();'), spec("import { SEL } from './other-page';", 'await page.evaluate(SEL.body);')), undefined);
    });
  });
  test('JSON data values may change, keys and shape may not', () => {
    const json = '{\n  "user": { "email": "alice@example.com", "age": 30 },\n  "tags": ["a", "b"]\n}\n';
    assert.equal(structuralRefusal('data/users.json', json, json.replace('alice@example.com', 'alice@example.org')), undefined);
    assert.equal(structuralRefusal('data/users.json', json, json.replace('30', '31')), undefined);
    assert.equal(structuralRefusal('data/users.json', json, json.replace('"email"', '"mail"'))?.rule, 'json');
    assert.equal(structuralRefusal('data/users.json', json, json.replace('30', '"30"'))?.rule, 'json');
    assert.equal(structuralRefusal('data/users.json', json, json.replace('"alice@example.com"', '""'))?.rule, 'json');
    assert.equal(structuralRefusal('data/users.json', json, json.replace('["a", "b"]', '["a"]'))?.rule, 'json');
    assert.equal(structuralRefusal('data/users.json', json, json.slice(0, -3))?.rule, 'syntax');
  });
  test('other file kinds are refused', () => {
    assert.equal(structuralRefusal('.gitlab-ci.yml', 'a: 1\n', 'a: 2\n')?.rule, 'file-type');
    assert.equal(structuralRefusal('Makefile', 'all:\n', 'all: x\n')?.rule, 'file-type');
  });
  test('JavaScript and TSX files are checked the same way', () => {
    const js = `const { test, expect } = require('@playwright/test');\ntest('a', async ({ page }) => {\n  await page.getByText('Hi').click();\n});\n`;
    assert.equal(structuralRefusal('a.spec.cjs', js, js.replace(`'Hi'`, `'Hello'`)), undefined);
    assert.equal(structuralRefusal('a.spec.cjs', js, js.replace(`click()`, `click(), require('fs')`))?.rule, 'code');
    const tsx = `import { test, expect } from '@playwright/experimental-ct-react';\ntest('b', async ({ mount }) => {\n  const c = await mount(<Button label="Go" />);\n  await expect(c).toHaveText('Go');\n});\n`;
    assert.equal(structuralRefusal('b.spec.tsx', tsx, tsx.replace(`toHaveText('Go')`, `toHaveText('Start')`)), undefined);
    assert.equal(structuralRefusal('b.spec.tsx', tsx, tsx.replace(`label="Go"`, `label="Start"`))?.rule, 'literal-position');
  });
});

describe('structural edit check: a refusal says what the change would have done', () => {
  const reasons: [string, string, string, StructuralRule, string][] = [
    ['.skip', "test('saves an order'", "test.skip('saves an order'", 'code', 'the edit changes code: Identifier "test" became PropertyAccessExpression "test.skip" (it adds .skip, which would stop the test from proving anything); a patch may only change literals and locators'],
    ['.only', "test('saves an order'", "test.only('saves an order'", 'code', 'the edit changes code: Identifier "test" became PropertyAccessExpression "test.only" (it adds .only, which would stop the test from proving anything); a patch may only change literals and locators'],
    ['.not', "await expect(page.getByText('Saved')).toBeVisible();", "await expect(page.getByText('Saved')).not.toBeVisible();", 'code', `the edit changes code: CallExpression "expect(page.getByText('Saved'))" became PropertyAccessExpression "expect(page.getByText('Saved')).not" (it adds .not, inverting an assertion); a patch may only change literals and locators`],
    ['eval', 'expect(count).toBe(3);', "expect(count).toBe(eval('3'));", 'code', `the edit changes code: FirstLiteralToken "3" became CallExpression "eval('3')" (it introduces eval); a patch may only change literals and locators`],
    ['another matcher', 'toHaveCount(2)', 'toBeTruthy()', 'code', 'the edit changes code: "toHaveCount" became "toBeTruthy" (it changes the assertion matcher to toBeTruthy); a patch may only change literals and locators'],
    ['a regular expression for a constant', 'toHaveText(EXPECTED_TOTAL)', 'toHaveText(/.*/)', 'code', 'the edit changes code: Identifier "EXPECTED_TOTAL" became RegularExpressionLiteral "/.*/" (a regular expression would accept more than the exact value); a patch may only change literals and locators'],
    ['an option timeout', 'toBeVisible({ timeout: 5000 })', 'toBeVisible({ timeout: 1 })', 'literal-position', `the edit changes the literal "5000" to "1" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)`],
    ['a call timeout', 'test.setTimeout(30000)', 'test.setTimeout(1)', 'literal-position', `the edit changes the literal "30000" to "1" outside a locator, an assertion's expected value, an API path or a constant only those use (it changes a timeout; timeouts are not test data)`],
    ['an added argument', "await expect(page.getByText('Saved')).toBeVisible();", "await expect(page.getByText('Saved')).toBeVisible({ timeout: 1 });", 'code', 'the edit changes "" into "{ timeout: 1 }"; a patch may only change literals and locators'],
    ['a computed script', 'await page.evaluate(SCRIPT);', "await page.evaluate(SCRIPT + 'x');", 'code', `the edit changes code: Identifier "SCRIPT" became BinaryExpression "SCRIPT + 'x'"; a patch may only change literals and locators`],
  ];
  const values: [string, string, string, StructuralRule, string][] = [
    ['a number turned string', 'toHaveCount(2)', "toHaveCount('2')", 'code', `the edit changes code: FirstLiteralToken "2" became StringLiteral "'2'"; a patch may only change literals and locators`],
    ['an empty locator text', "getByText('Saved')", "getByText('  ')", 'literal-value', 'the new value of a getByText() argument is empty, which would match anything'],
    ['an empty expected text', "toContainText('Order placed')", "toContainText('')", 'literal-value', 'the new value of the expected value of toContainText() is empty, which would match anything'],
    ['an empty constant', "const EXPECTED_TOTAL = '42.00';", "const EXPECTED_TOTAL = '';", 'literal-value', 'the new value of the constant EXPECTED_TOTAL is empty, which would match anything'],
    ['regular-expression flags', 'toHaveURL(/\\/orders$/i)', 'toHaveURL(/\\/orders$/)', 'literal-value', 'the edit changes the flags of a regular expression (/i -> /)'],
    ['a wider regular expression', 'toHaveURL(/\\/orders$/i)', 'toHaveURL(/.*orders/i)', 'literal-value', 'the new regular expression /.*orders/ is more than plain text; it could match more than what the test checked'],
    ['another host', "request.get('/api/v1/orders')", "request.get('https://evil.example/api')", 'literal-value', '"https://evil.example/api" points at another host than "/api/v1/orders"'],
    ['a count of 0', 'toHaveCount(2)', 'toHaveCount(0)', 'literal-value', 'an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)'],
    ['the whole page', "page.locator('#save').click()", "page.locator('body').click()", 'literal-value', 'the selector "body" matches the whole page, not an element'],
    ['an escape sequence', "toContainText('Order placed')", "toContainText('Order\\x20received')", 'literal-value', 'the new value spells characters with escape sequences (\\u, \\x, octal or line continuations), which page text never needs'],
  ];
  for (const [name, find, replace, rule, reason] of [...reasons, ...values]) {
    test(`names ${name}`, () => {
      const r = structuralRefusal('orders.spec.ts', SPEC, patched(find, replace));
      assert.deepEqual(r && { rule: r.rule, reason: r.reason }, { rule, reason });
    });
  }
  test('a refusal as one line names its rule', () => {
    const r = structuralRefusal('orders.spec.ts', SPEC, patched('toHaveCount(2)', 'toBeTruthy()'));
    assert.ok(r);
    assert.equal(formatStructuralRefusal(r), `rule code: ${r.reason}`);
    assert.equal(r.line, 18);
  });
});

describe('structural edit check: JSON refusals name the path and the change', () => {
  const json = '{\n  "user": { "email": "alice@example.com", "age": 30, "admin": false, "team": null },\n  "tags": ["a", "b"]\n}\n';
  const cases: [string, string, string, number][] = [
    ['"alice@example.com"', '"  "', '$.user.email becomes an empty string, which would match anything', 2],
    ['30', '"30"', '$.user.age changes from a number to a string', 2],
    ['false', 'true', '$.user.admin changes a boolean; only strings and numbers are test data', 2],
    ['null', '"x"', '$.user.team changes from a null to a string', 2],
    ['["a", "b"]', '["a"]', '$.tags changes length (2 -> 1); a patch may only change values', 3],
    ['["a", "b"]', '["a", 2]', '$.tags[1] changes from a string to a number', 3],
    ['"email"', '"mail"', '$.user changes its keys; a patch may only change values', 2],
  ];
  for (const [find, replace, reason, line] of cases) {
    test(`${find} -> ${replace}`, () => {
      assert.deepEqual(structuralRefusal('data/users.json', json, json.replace(find, replace)), { rule: 'json', line, reason });
    });
  }
  test('unparseable files say which side does not parse', () => {
    assert.deepEqual(structuralRefusal('data/users.json', json, json.slice(0, -3)), { rule: 'syntax', line: 1, reason: 'the patched JSON file does not parse' });
    assert.deepEqual(structuralRefusal('data/users.json', '{', json), { rule: 'syntax', line: 1, reason: 'the JSON file does not parse as it is; the edit cannot be checked' });
    assert.equal(structuralRefusal('data/users.json', json, json.replace('"b"', '"c"')), undefined, 'a string value may change');
  });
  test('source files: unparseable sides and other file kinds are named', () => {
    const ts = "import { test } from '@playwright/test';\ntest('a', async ({ page }) => {\n  await page.getByText('Hi').click();\n});\n";
    assert.deepEqual(structuralRefusal('a.spec.ts', ts, ts + '}'), { rule: 'syntax', line: 1, reason: 'the patched file does not parse; a patch may only change literals and locators' });
    assert.deepEqual(structuralRefusal('a.spec.ts', ts + '}', ts), { rule: 'syntax', line: 1, reason: 'a.spec.ts does not parse as it is; the edit cannot be checked' });
    assert.deepEqual(structuralRefusal('ci/deploy.yml', 'a: 1\n', 'a: 2\n'), { rule: 'file-type', line: 1, reason: 'deploy.yml is neither TypeScript/JavaScript nor JSON; a patch may only change test sources and JSON test data' });
    for (const ext of ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']) assert.equal(structuralRefusal(`a.spec${ext}`, ts, ts.replace("'Hi'", "'Hello'")), undefined, ext);
  });
});

describe('structural edit check: a locator swapped for another pins one element down, in literals only', () => {
  const was = " (was page.locator('#save'))";
  const swap = (to: string) => structuralRefusal('orders.spec.ts', SPEC, patched("page.locator('#save').click()", `${to}.click()`));
  const refused: [string, string][] = [
    ["page.getByText('')", 'the getByText() text is empty, which matches anything'],
    ["page.getByText('\\x53ave')", 'the getByText() text spells characters with escape sequences'],
    ['page.getByText(/.*/)', 'the getByText() text /.*/ is more than plain text'],
    ['page.getByText(SAVE)', 'the getByText() text must be a literal, not Identifier'],
    ["page.getByRole('button', SAVE)", 'the options must be an object literal, not Identifier'],
    ["page.getByRole('button', { ...x })", 'the options may only be plain `key: value` pairs'],
    ["page.getByRole('button', { name: 'Save', exact: 1 })", 'the option "exact" must be true or false'],
    ["page.getByRole('button', { name: 'Save', level: 'x' })", 'the option "level" must be a number'],
    ["page.getByRole('button', { name: 'Save', foo: true })", 'the option "foo" is not one this locator takes from a patch'],
    ["page.getByRole('button', { name: '' })", 'the option "name" is empty, which matches anything'],
    ["page.getByRole('button')", "getByRole('button') without a name matches every button, not the element the test meant"],
    ["page.getByText('Save', { exact: true }, 1)", 'getByText() takes one or two arguments in a patch'],
  ];
  for (const [to, reason] of refused) {
    test(`refuses ${to}`, () => assert.deepEqual(swap(to), { rule: 'locator', line: 15, reason: reason + was }));
  }
  test('allows a plain anchored text, a heading level, a test id and a frame', () => {
    for (const to of ['page.getByText(/^Save$/)', "page.getByRole('heading', { name: 'Save', level: 2 })", "page.getByTestId('save')", "page.frameLocator('#f')"]) assert.equal(swap(to), undefined, to);
  });
});

describe('structural edit check: every name it knows, one by one', () => {
  const wrap = (body: string) => `import { test, expect } from '@playwright/test';\ntest('t', async ({ page, request }) => {\n  ${body}\n});\n`;
  const check = (before: string, after: string) => structuralRefusal('a.spec.ts', wrap(before), wrap(after));
  const TWO_ARGS = new Set(['fill', 'press', 'type', 'selectOption', 'setInputFiles', 'getAttribute']);
  test('a literal that describes an element, a request path or an expected value may change', () => {
    const allowed: [string, string][] = [];
    for (const m of LOCATOR_METHODS) allowed.push(m === 'locator' || m === 'frameLocator' ? [`await page.${m}('#alpha').click();`, `await page.${m}('#beta').click();`] : [`await page.${m}('alpha').click();`, `await page.${m}('beta').click();`]);
    for (const m of SELECTOR_FIRST_METHODS) allowed.push([`await page.${m}('#alpha'${TWO_ARGS.has(m) ? ", 'v'" : ''});`, `await page.${m}('#beta'${TWO_ARGS.has(m) ? ", 'v'" : ''});`]);
    for (const m of PATH_METHODS) allowed.push([`await request.${m}('/api/alpha');`, `await request.${m}('/api/beta');`]);
    for (const [m, i] of EXPECTED_ARGUMENT) allowed.push([`expect(x).${m}(${i === 0 ? "'alpha'" : "'k', 'alpha'"});`, `expect(x).${m}(${i === 0 ? "'beta'" : "'k', 'beta'"});`]);
    for (const m of OBJECT_EXPECTED) allowed.push([`expect(x).${m}(${m === 'toHaveProperty' ? "'k', " : ''}{ a: 'alpha' });`, `expect(x).${m}(${m === 'toHaveProperty' ? "'k', " : ''}{ a: 'beta' });`]);
    for (const [k, kind] of LOCATOR_OPTION_KINDS) {
      if (k === 'hasText' || k === 'hasNotText') allowed.push([`await page.locator('li').filter({ ${k}: 'alpha' }).click();`, `await page.locator('li').filter({ ${k}: 'beta' }).click();`]);
      else allowed.push(["await page.locator('#save').click();", `await page.getByRole('button', { name: 'Save'${k === 'name' ? '' : `, ${k}: ${kind === 'number' ? '2' : 'true'}`} }).click();`]);
    }
    assert.equal(allowed.length, 84, "every name in the lists, once");
    for (const [before, after] of allowed) assert.equal(check(before, after), undefined, after);
  });
  test('a selector that matches the whole page is never a heal', () => {
    for (const s of MATCH_ALL_SELECTORS) assert.deepEqual(check("await page.locator('#save').click();", `await page.locator('${s}').click();`), { rule: 'literal-value', line: 3, reason: `the selector "${s}" matches the whole page, not an element` }, s);
  });
  test('counts, patterns, globs and ordering bounds keep what they check', () => {
    assert.deepEqual(check('expect(x).toHaveLength(2);', 'expect(x).toHaveLength(0);')?.reason, 'an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)');
    assert.deepEqual(check("expect(x).toMatch('alpha');", "expect(x).toMatch('al.*');")?.reason, 'toMatch reads the string "al.*" as a regular expression, which would match more than the value');
    assert.deepEqual(check("await expect(page).toHaveURL('/alpha');", "await expect(page).toHaveURL('/**');")?.reason, 'toHaveURL reads * in "/**" as a wildcard, which would match more URLs');
    assert.deepEqual(check("await page.waitForURL('/alpha');", "await page.waitForURL('**');")?.reason, 'waitForURL reads * as a wildcard');
    assert.equal(check('expect(x).toBeGreaterThan(2);', 'expect(x).toBeGreaterThan(1);')?.rule, 'literal-position', 'an ordering bound is not test data');
  });
});

describe('structural edit check: a path passed to code, a module, a file or a process is never test data', () => {
  // The calls whose string argument is code, a module, a file, a process or the browser's state, one by one:
  // a plain path there may not change, while the same path passed to a call the check does not know is a request path.
  const NEVER_PATH = ['require', 'import', 'eval', 'Function', 'evaluate', 'evaluateHandle', '$eval', '$$eval', 'addInitScript', 'addScriptTag',
    'addStyleTag', 'exposeFunction', 'exposeBinding', 'setContent', 'route', 'routeFromHAR', 'unroute', 'spawn', 'spawnSync',
    'exec', 'execSync', 'execFile', 'execFileSync', 'fork', 'readFile', 'readFileSync', 'writeFile', 'writeFileSync',
    'appendFile', 'appendFileSync', 'unlink', 'unlinkSync', 'rm', 'rmSync', 'mkdir', 'mkdirSync', 'copyFile', 'copyFileSync',
    'rename', 'renameSync', 'open', 'openSync', 'createReadStream', 'createWriteStream', 'setInputFiles', 'storageState',
    'resolve', 'join', 'setTimeout', 'setInterval', 'setExtraHTTPHeaders', 'addCookies', 'setItem', 'attach', 'outputPath'];
  const wrap = (body: string) => `import { test, expect } from '@playwright/test';\ntest('t', async ({ page, request }) => {\n  ${body}\n});\n`;
  const check = (call: string) => structuralRefusal('a.spec.ts', wrap(`await x.${call}('/api/alpha');`), wrap(`await x.${call}('/api/beta');`));
  for (const call of NEVER_PATH) test(`${call}()`, () => assert.equal(check(call)?.rule, 'literal-position'));
  test('the same path passed to a call the check does not know is a request path', () => assert.equal(check('somethingElse'), undefined));
});

/** A spec whose one test has `body` as its body (the one-line case tables below). */
const mini = (body: string) => `import { test, expect } from '@playwright/test';\n\ntest('t', async ({ page, request }) => {\n  ${body}\n});\n`;

describe('structural edit check: each value rule, case by case', () => {
  // One-line tests: `before` and `after` are the body of one test; undefined means the edit is allowed.
  const ESCAPES = 'the new value spells characters with escape sequences (\\u, \\x, octal or line continuations), which page text never needs';
  const wider = (re: string) => `the new regular expression ${re} is more than plain text; it could match more than what the test checked`;
  const TAG = (sel: string) => `the selector ${JSON.stringify(sel)} is a bare tag name, which matches any such element`;
  const ZERO = 'an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)';
  const notPath = (url: string) => `${JSON.stringify(url)} is not a URL path like the one it replaces`;
  const otherHost = (url: string, was: string) => `${JSON.stringify(url)} points at another host than ${JSON.stringify(was)}`;
  const text = (v: string) => `await expect(page.getByText(${v})).toBeVisible();`;
  const get = (v: string) => `await request.get('${v}');`;
  const cases: [name: string, before: string, after: string, reason: string | undefined][] = [
    // Escapes that spell a character by number (or continue a line) are refused; ordinary escapes are not.
    ['\\0', text("'Order placed'"), text("'Order placed\\0'"), ESCAPES],
    ['\\u', text("'Order placed'"), text("'Order \\u0070laced!'"), ESCAPES],
    ['\\x', text("'Order placed'"), text("'Order \\x70laced!'"), ESCAPES],
    ['\\u in a template', text('`Order placed`'), text('`Order \\u0070laced!`'), ESCAPES],
    ['a line continuation (LF)', text("'Order placed'"), text("'Order \\\nplaced!'"), ESCAPES],
    ['a line continuation (CR)', text("'Order placed'"), text("'Order \\\rplaced!'"), ESCAPES],
    ['a line continuation (U+2028)', text("'Order placed'"), text("'Order \\\u2028placed!'"), ESCAPES],
    ['a line continuation (U+2029)', text("'Order placed'"), text("'Order \\\u2029placed!'"), ESCAPES],
    ['\\n', text("'Order placed'"), text("'Order\\nplaced'"), undefined],
    ["an escaped quote", text("'Order placed'"), text("'Don\\'t place'"), undefined],
    ['an octal escape in a pattern (\\1)', text('/Total/'), text('/Sum\\1/'), ESCAPES],
    ['an octal escape in a pattern (\\7)', text('/Total/'), text('/Sum\\7/'), ESCAPES],
    ['\\0 in a pattern', text('/Total/'), text('/Sum\\0/'), ESCAPES],
    ['\\8 in a pattern (not octal: a class-like escape)', text('/Total/'), text('/Sum\\8/'), wider('/Sum\\8/')],
    // A pattern stays plain text: escaped punctuation yes, classes, metacharacters and inner anchors no.
    ['an inner ^', text('/Total/'), text('/To^tal/'), wider('/To^tal/')],
    ['an inner $', text('/Total/'), text('/To$tal/'), wider('/To$tal/')],
    ['an escaped dot', text('/Total/'), text('/Sum\\.total/'), undefined],
    ['\\d', text('/Total/'), text('/Sum\\dtotal/'), wider('/Sum\\dtotal/')],
    ['a bare dot', text('/Total/'), text('/Sum.total/'), wider('/Sum.total/')],
    ['an alternation', text('/Total/'), text('/Sum|total/'), wider('/Sum|total/')],
    ['an empty pattern', text('/Total/'), text('/^/'), wider('/^/')],
    ['plain text with a space', text('/Total/'), text('/Sum total/'), undefined],
    ['both anchors kept', text('/^Total$/'), text('/^Sum$/'), undefined],
    ['the start anchor dropped', text('/^Total$/'), text('/Sum$/'), wider('/Sum$/')],
    ['the end anchor dropped', text('/^Total$/'), text('/^Sum/'), wider('/^Sum/')],
    ['the end anchor escaped', text('/^Total$/'), text('/^Sum\\$/'), wider('/^Sum\\$/')],
    ['an escaped $ kept', text('/Total\\$/'), text('/Sum\\$/'), undefined],
    ['a flag added (the message names both sets)', 'await expect(page).toHaveURL(/orders/);', 'await expect(page).toHaveURL(/orders/g);', 'the edit changes the flags of a regular expression (/ -> /g)'],
    // toMatch reads a string as a pattern; URL matchers read * as a wildcard.
    ['toMatch: a new |', "expect(await page.title()).toMatch('Orders');", "expect(await page.title()).toMatch('Orders|Shop');", 'toMatch reads the string "Orders|Shop" as a regular expression, which would match more than the value'],
    ['toMatch: a new ^', "expect(await page.title()).toMatch('Orders');", "expect(await page.title()).toMatch('Shop^');", 'toMatch reads the string "Shop^" as a regular expression, which would match more than the value'],
    ['toMatch: a new $', "expect(await page.title()).toMatch('Orders');", "expect(await page.title()).toMatch('Shop$');", 'toMatch reads the string "Shop$" as a regular expression, which would match more than the value'],
    ['toMatch: as many metacharacters', "expect(await page.title()).toMatch('Or.ders');", "expect(await page.title()).toMatch('Sh.op');", undefined],
    ['toHaveTitle reads | as text', "await expect(page).toHaveTitle('Orders');", "await expect(page).toHaveTitle('Orders | Shop');", undefined],
    ['toHaveURL: one more *', "await expect(page).toHaveURL('**/orders');", "await expect(page).toHaveURL('**/orders/*');", 'toHaveURL reads * in "**/orders/*" as a wildcard, which would match more URLs'],
    ['toHaveURL: as many *', "await expect(page).toHaveURL('**/orders');", "await expect(page).toHaveURL('**/list');", undefined],
    ['waitForURL: more *', "await page.waitForURL('**/orders');", "await page.waitForURL('**/orders/**');", 'waitForURL reads * as a wildcard'],
    ['waitForURL: as many *', "await page.waitForURL('**/orders');", "await page.waitForURL('**/list');", undefined],
    // A count of 0 on anything that counts, directly or through the variable it was stored in.
    ['0 for a stored count()', "const n = await page.locator('.row').count();\n  expect(n).toBe(3);", "const n = await page.locator('.row').count();\n  expect(n).toBe(0);", ZERO],
    ['0 for a .length', "const rows = await page.locator('.row').all();\n  expect(rows.length).toBe(3);", "const rows = await page.locator('.row').all();\n  expect(rows.length).toBe(0);", ZERO],
    ['0 with toEqual', "expect(await page.locator('.row').count()).toEqual(3);", "expect(await page.locator('.row').count()).toEqual(0);", ZERO],
    ['0 written 0.0', "expect(await page.locator('.row').count()).toBe(3);", "expect(await page.locator('.row').count()).toBe(0.0);", ZERO],
    ['0 written 0x0 in toHaveCount', "await expect(page.locator('.row')).toHaveCount(3);", "await expect(page.locator('.row')).toHaveCount(0x0);", ZERO],
    ['the text "0" is a value, not a count', "expect(await page.locator('.row').textContent()).toBe('3');", "expect(await page.locator('.row').textContent()).toBe('0');", undefined],
    ['0 for a number that counts nothing', "const price = await page.locator('.price').innerText();\n  expect(Number(price)).toBe(3);", "const price = await page.locator('.price').innerText();\n  expect(Number(price)).toBe(0);", undefined],
    // expect() of a value written in the test only agrees with itself.
    ['an array subject', 'expect([1, 2]).toEqual([1, 2]);', 'expect([1, 2]).toEqual([1, 3]);', 'expect() checks a literal written in the test ([1, 2]), not a value from the app: changing the expected value would only make the test agree with itself'],
    ['an object subject', 'expect({ a: 1 }).toEqual({ a: 1 });', 'expect({ a: 1 }).toEqual({ a: 2 });', 'expect() checks a literal written in the test ({ a: 1 }), not a value from the app: changing the expected value would only make the test agree with itself'],
    ['a negative subject', 'expect(-1).toBe(-1);', 'expect(-1).toBe(-2);', 'expect() checks a literal written in the test (-1), not a value from the app: changing the expected value would only make the test agree with itself'],
    ['a parenthesised subject', 'expect((1)).toBe(1);', 'expect((1)).toBe(2);', 'expect() checks a literal written in the test ((1)), not a value from the app: changing the expected value would only make the test agree with itself'],
    ['an object subject with a spread (not only literals)', 'expect({ a: 1, ...x }).toEqual({ a: 1 });', 'expect({ a: 1, ...x }).toEqual({ a: 2 });', undefined],
    // Selector arguments: never the whole page or a bare tag; options and getBy* texts are not selectors.
    ['a bare tag', "await page.locator('#save').click();", "await page.locator('button').click();", TAG('button')],
    ['the same tag in another case', "await page.locator('button').click();", "await page.locator('BUTTON ').click();", undefined],
    ['a custom element name', "await page.locator('#save').click();", "await page.locator('my-button2').click();", TAG('my-button2')],
    ['a name that is no tag', "await page.locator('#save').click();", "await page.locator('2fa').click();", undefined],
    ['page.click(html)', "await page.click('#save');", "await page.click('html');", 'the selector "html" matches the whole page, not an element'],
    ['page.click(tag)', "await page.click('#save');", "await page.click('span');", TAG('span')],
    ['a role name that reads like a tag', "await page.getByRole('button', { name: 'Save' }).click();", "await page.getByRole('button', { name: 'body' }).click();", undefined],
    ['a getByText text that reads like a tag', "await page.getByText('Save').click();", "await page.getByText('button').click();", undefined],
    ['a hasText option that reads like a tag', "await page.locator('#save', { hasText: 'Save' }).click();", "await page.locator('#save', { hasText: 'button' }).click();", undefined],
    // URLs: still a path, on the same host.
    ['another path', get('/api/orders'), get('/api/v2/orders'), undefined],
    ['a relative path for an absolute one', get('/api/orders'), get('api/v2/orders'), notPath('api/v2/orders')],
    ['a space in the path', get('/api/orders'), get('/api/v2 /orders'), notPath('/api/v2 /orders')],
    ['a space after the host', get('http://localhost:3000/api/orders'), get('http://localhost:3000 /api'), notPath('http://localhost:3000 /api')],
    ['another path on the same http host', get('http://localhost:3000/api/orders'), get('http://localhost:3000/api/v2/orders'), undefined],
    ['the host in another case', get('http://LOCALHOST:3000/api/orders'), get('http://localhost:3000/api/v2/orders'), undefined],
    ['another scheme', get('/api/orders'), get('ftp://shop.test/api/orders'), notPath('ftp://shop.test/api/orders')],
    ['a host added', get('/api/orders'), get('https://shop.test/api/orders'), otherHost('https://shop.test/api/orders', '/api/orders')],
    ['the host dropped', get('https://shop.test/api/orders'), get('/api/v2/orders'), otherHost('/api/v2/orders', 'https://shop.test/api/orders')],
    ['another host', get('https://shop.test/api/orders'), get('https://evil.test/api/orders'), otherHost('https://evil.test/api/orders', 'https://shop.test/api/orders')],
    ['a host with the same first letters', get('https://shop.test/api/orders'), get('https://shopping.example/api/orders'), otherHost('https://shopping.example/api/orders', 'https://shop.test/api/orders')],
    ['a URL in the query of a path', get('/api/orders'), get('/login?next=https://shop.test/orders'), undefined],
    // A constant is judged by every place that uses it, and the reason says which.
    ['an empty constant', "const TOTAL = '42.00';\n  await expect(page.getByTestId('total')).toHaveText(TOTAL);", "const TOTAL = '';\n  await expect(page.getByTestId('total')).toHaveText(TOTAL);", 'the new value of the constant TOTAL is empty, which would match anything'],
    ['a constant selector', "const SEL = '#total';\n  await page.locator(SEL).click();", "const SEL = 'body';\n  await page.locator(SEL).click();", 'the constant SEL is used as a locator() argument, and the selector "body" matches the whole page, not an element'],
    ['a constant count', "const N = 3;\n  await expect(page.locator('.row')).toHaveCount(N);", "const N = 0;\n  await expect(page.locator('.row')).toHaveCount(N);", `the constant N is used as the expected value of toHaveCount(), and ${ZERO}`],
    ['a constant URL', "const U = '/api/orders';\n  await request.get(U);", "const U = 'https://evil.test/api/orders';\n  await request.get(U);", `the constant U is used as the URL of get(), and ${otherHost('https://evil.test/api/orders', '/api/orders')}`],
  ];
  for (const [name, before, after, reason] of cases) {
    test(`${reason ? 'refuses' : 'allows'} ${name}`, () => {
      const r = structuralRefusal('t.spec.ts', mini(before), mini(after));
      assert.equal(r?.reason, reason, r && `${r.rule}: ${r.reason}`);
      if (reason) assert.equal(r?.rule, 'literal-value');
    });
  }
});

describe('structural edit check: where a literal may change, case by case', () => {
  // [name, before, after, refused]: a refusal here is always "literal-position" (the place is code, not data).
  const cases: [string, string, string, boolean][] = [
    ["a negative expected number", "expect(Number(await page.locator('.t').innerText())).toBe(-3);", "expect(Number(await page.locator('.t').innerText())).toBe(-4);", false],
    ["a positive-signed expected number", "expect(Number(await page.locator('.t').innerText())).toBe(+3);", "expect(Number(await page.locator('.t').innerText())).toBe(+4);", false],
    ["a number under ~ (code, not a value)", "expect(Number(await page.locator('.t').innerText())).toBe(~3);", "expect(Number(await page.locator('.t').innerText())).toBe(~4);", true],
    ["a parenthesised expected number", "expect(Number(await page.locator('.t').innerText())).toBe((3));", "expect(Number(await page.locator('.t').innerText())).toBe((4));", false],
    ["a value under `as`", "await expect(page.locator('.t')).toHaveText('a' as string);", "await expect(page.locator('.t')).toHaveText('b' as string);", false],
    ["a value under `satisfies`", "await expect(page.locator('.t')).toHaveText('a' satisfies string);", "await expect(page.locator('.t')).toHaveText('b' satisfies string);", false],
    ["an element of an expected array", "await expect(page.locator('.t')).toHaveText(['a', 'b']);", "await expect(page.locator('.t')).toHaveText(['a', 'c']);", false],
    ["a path inside an array passed to a helper", "await callApi(request, ['/api/a']);", "await callApi(request, ['/api/b']);", true],
    ["a path passed to a helper", "await callApi(request, '/api/a');", "await callApi(request, '/api/b');", false],
    ["a path passed to a method helper", "await api.call('/api/a');", "await api.call('/api/b');", false],
    ["a path inside an array passed to a method helper", "await api.call(['/api/a']);", "await api.call(['/api/b']);", true],
    ["a matcher on something that is not expect()", "myAssert(await page.title()).toBe('Orders');", "myAssert(await page.title()).toBe('Shop');", true],
    ["expect.soft", "expect.soft(await page.title()).toBe('Orders');", "expect.soft(await page.title()).toBe('Shop');", false],
    ["expect.poll", "await expect.poll(() => page.title()).toBe('Orders');", "await expect.poll(() => page.title()).toBe('Shop');", false],
    ["a matcher after foo.soft()", "foo.soft(await page.title()).toBe('Orders');", "foo.soft(await page.title()).toBe('Shop');", true],
    ["a matcher after expect.other()", "expect.other(await page.title()).toBe('Orders');", "expect.other(await page.title()).toBe('Shop');", true],
    [".not", "expect(await page.title()).not.toBe('Orders');", "expect(await page.title()).not.toBe('Shop');", false],
    [".resolves", "await expect(page.title()).resolves.toBe('Orders');", "await expect(page.title()).resolves.toBe('Shop');", false],
    [".rejects", "await expect(page.title()).rejects.toBe('Orders');", "await expect(page.title()).rejects.toBe('Shop');", false],
    ["an unknown modifier", "await expect(page.title()).others.toBe('Orders');", "await expect(page.title()).others.toBe('Shop');", true],
    ["a role name option", "await page.getByRole('button', { name: 'Save' }).click();", "await page.getByRole('button', { name: 'Send' }).click();", false],
    ["an unknown getByRole option", "await page.getByRole('button', { note: 'Save' }).click();", "await page.getByRole('button', { note: 'Send' }).click();", true],
    ["a selector inside an array", "await page.locator(['#a']).click();", "await page.locator(['#b']).click();", true],
    ["a filter hasText option", "await page.locator('li').filter({ hasText: 'Save' }).click();", "await page.locator('li').filter({ hasText: 'Send' }).click();", false],
    ["an unknown filter option", "await page.locator('li').filter({ note: 'Save' }).click();", "await page.locator('li').filter({ note: 'Send' }).click();", true],
    ["a filter option inside an array", "await page.locator('li').filter({ hasText: ['Save'] }).click();", "await page.locator('li').filter({ hasText: ['Send'] }).click();", true],
    ["a filter argument that is no option", "await page.locator('li').filter('Save').click();", "await page.locator('li').filter('Send').click();", true],
    ["page.fill's selector", "await page.fill('#a', 'x');", "await page.fill('#b', 'x');", false],
    ["page.fill's selector with no value argument", "await page.fill('#a');", "await page.fill('#b');", true],
    ["page.click's selector", "await page.click('#a');", "await page.click('#b');", false],
    ["page.click's selector in an array", "await page.click(['#a']);", "await page.click(['#b']);", true],
    ["page.click's selector in an object", "await page.click({ s: '#a' });", "await page.click({ s: '#b' });", true],
    ["the value page.fill types", "await page.fill('#a', 'x');", "await page.fill('#a', 'y');", true],
    ["an object toEqual expects", "expect(await page.evaluate(() => 1)).toEqual({ a: 'x' });", "expect(await page.evaluate(() => 1)).toEqual({ a: 'y' });", false],
    ["an object toHaveText does not take", "await expect(page.locator('.t')).toHaveText({ a: 'x' });", "await expect(page.locator('.t')).toHaveText({ a: 'y' });", true],
    ["a let (not a constant)", "let SEL = '#a';\n  await page.locator(SEL).click();", "let SEL = '#b';\n  await page.locator(SEL).click();", true],
    ["a const used by a locator", "const SEL = '#a';\n  await page.locator(SEL).click();", "const SEL = '#b';\n  await page.locator(SEL).click();", false],
    ["a property of a constant object used by a locator", "const S = { save: '#save' };\n  await page.locator(S.save).click();", "const S = { save: '#send' };\n  await page.locator(S.save).click();", false],
    ["a property of a constant object also used elsewhere", "const S = { save: '#save' };\n  await page.locator(S.save).click();\n  S.save.length;", "const S = { save: '#send' };\n  await page.locator(S.save).click();\n  S.save.length;", true],
    ["a constant nobody uses", "const UNUSED = '#a';", "const UNUSED = '#b';", true],
    ["a constant computed by a call", "const X = fn('#a');\n  await page.locator(X).click();", "const X = fn('#b');\n  await page.locator(X).click();", true],
    ["a mutable class field", "class P { private sel = '#a'; async go() { await page.locator(this.sel).click(); } }", "class P { private sel = '#b'; async go() { await page.locator(this.sel).click(); } }", true],
    ["a readonly class field", "class P { private readonly sel = '#a'; async go() { await page.locator(this.sel).click(); } }", "class P { private readonly sel = '#b'; async go() { await page.locator(this.sel).click(); } }", false],
  ];
  for (const [name, before, after, refused] of cases) {
    test(`${refused ? 'refuses' : 'allows'} ${name}`, () => {
      const r = structuralRefusal('t.spec.ts', mini(before), mini(after));
      assert.equal(r?.rule, refused ? 'literal-position' : undefined, r && `${r.rule}: ${r.reason}`);
    });
  }
  // Each character toMatch reads as pattern syntax, one by one.
  for (const c of ['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '\\', '^', '$']) {
    test(`toMatch: a new ${c} is refused`, () => {
      const r = structuralRefusal('t.spec.ts', mini(`expect(await page.title()).toMatch('Orders');`), mini(`expect(await page.title()).toMatch('Sh${c === '\\' ? '\\\\' : c}op');`));
      assert.equal(r?.reason, `toMatch reads the string ${JSON.stringify(`Sh${c}op`)} as a regular expression, which would match more than the value`);
    });
  }
  // And each one in a pattern written as a regular expression (those that parse alone).
  for (const c of ['.', '*', '+', '?', ']', '{', '}', '|']) {
    test(`a regular expression: a new ${c} is refused`, () => {
      const r = structuralRefusal('t.spec.ts', mini(`await expect(page).toHaveTitle(/Orders/);`), mini(`await expect(page).toHaveTitle(/Sh${c}op/);`));
      assert.equal(r?.reason, `the new regular expression /Sh${c}op/ is more than plain text; it could match more than what the test checked`);
    });
  }
});

describe('the suite walk that exported constants are followed through', () => {
  const tree: Record<string, Record<string, string>> = { '/s': { 'a.spec.ts': 'x'.repeat(10), pages: '', node_modules: '', '.git': '', 'notes.md': 'x' }, '/s/pages': { 'p.ts': 'y'.repeat(20), 'types.d.ts': 'z' }, '/s/node_modules': { 'dep.ts': 'q' } };
  const io = {
    readdir: (dir: string) => Object.keys(tree[dir] ?? {}).map((name) => ({ name, dir: `${dir}/${name}` in tree || name === '.git' })),
    size: (file: string) => (tree[file.slice(0, file.lastIndexOf('/'))]?.[file.slice(file.lastIndexOf('/') + 1)] ?? '').length,
    read: (file: string) => tree[file.slice(0, file.lastIndexOf('/'))]?.[file.slice(file.lastIndexOf('/') + 1)] ?? '',
  };
  test('reads the scripts outside dependency and VCS folders', () => {
    assert.deepEqual(suiteScripts('/s', io)?.map((f) => f.file).sort(), ['/s/a.spec.ts', '/s/pages/p.ts']);
  });
  test('gives up (nothing is followed) past its file count, a file size or its total size', () => {
    assert.equal(suiteScripts('/s', io, { ...SUITE_LIMITS, scripts: 1 }), undefined);
    assert.equal(suiteScripts('/s', io, { ...SUITE_LIMITS, scriptBytes: 15 }), undefined);
    assert.equal(suiteScripts('/s', io, { ...SUITE_LIMITS, totalBytes: 25 }), undefined);
    assert.equal(suiteScripts('/s', io, { ...SUITE_LIMITS, totalBytes: 30 })?.length, 2);
  });
});
