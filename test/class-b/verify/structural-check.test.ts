import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { structuralRefusal } from '../../../src/class-b/verify/index.js';
import { ALLOWED, HOSTILE, SPEC } from './hostile-proposals.js';

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
