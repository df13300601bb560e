// `init --fixtures` rewrites imports on the syntax tree: each case is the whole file before and after.
// Only top-level test/expect imports move; type imports and other names stay; look-alikes in strings,
// comments and nested code are never touched; what it cannot do safely is named, not guessed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteToFixtures } from '../../src/cli/init-fixtures.js';

const changed: { name: string; file?: string; before: string; after: string; moved: string[] }[] = [
  {
    name: 'the template import',
    before: "import { test, expect } from '@playwright/test';\n\ntest('x', async ({ page }) => {});\n",
    after: "import { test, expect } from 'healwright/fixtures';\n\ntest('x', async ({ page }) => {});\n",
    moved: ['test', 'expect'],
  },
  {
    name: 'double quotes and no semicolon are kept',
    before: 'import { test } from "@playwright/test"\ntest("x", () => {})\n',
    after: 'import { test } from "healwright/fixtures"\ntest("x", () => {})\n',
    moved: ['test'],
  },
  {
    name: 'an alias moves; other names and inline types stay with Playwright',
    before: "import { test as base, expect, devices, type Page } from '@playwright/test';\nexport const test = base.extend<{ p: Page }>({});\n",
    after: "import { test as base, expect } from 'healwright/fixtures';\nimport { devices, type Page } from '@playwright/test';\nexport const test = base.extend<{ p: Page }>({});\n",
    moved: ['base', 'expect'],
  },
  {
    name: 'an inline type named test stays',
    before: "import { type test as T, expect } from '@playwright/test';\n",
    after: "import { expect } from 'healwright/fixtures';\nimport { type test as T } from '@playwright/test';\n",
    moved: ['expect'],
  },
  {
    name: 'CommonJS destructuring, with an alias and another name',
    file: 'tests/a.spec.js',
    before: "'use strict';\nconst { test: base, devices } = require('@playwright/test');\nmodule.exports = base;\n",
    after: "'use strict';\nconst { test: base } = require('healwright/fixtures');\nconst { devices } = require('@playwright/test');\nmodule.exports = base;\n",
    moved: ['base'],
  },
  {
    name: 'let in CommonJS stays let',
    file: 'tests/a.spec.cjs',
    before: 'let { test, expect } = require("@playwright/test")\n',
    after: 'let { test, expect } = require("healwright/fixtures")\n',
    moved: ['test', 'expect'],
  },
  {
    name: 'two imports in one file, the second after code',
    before: "import { test } from '@playwright/test';\nconst a = 1;\nimport { expect, chromium } from '@playwright/test';\n",
    after: "import { test } from 'healwright/fixtures';\nconst a = 1;\nimport { expect } from 'healwright/fixtures';\nimport { chromium } from '@playwright/test';\n",
    moved: ['test', 'expect'],
  },
];

const unchanged: { name: string; file?: string; text: string; reason?: RegExp }[] = [
  { name: 'already on the fixtures', text: "import { test } from 'healwright/fixtures';\nimport { devices } from '@playwright/test';\n" },
  { name: 'a type-only import', text: "import type { Page, test } from '@playwright/test';\n" },
  { name: 'other names only', text: "import { defineConfig, devices } from '@playwright/test';\n" },
  { name: 'another package that looks alike', text: "import { test } from '@playwright/test-utils';\nimport { expect } from 'playwright/test';\n" },
  { name: 'the import in a comment', text: "// import { test, expect } from '@playwright/test';\n/* const { test } = require('@playwright/test') */\n" },
  { name: 'the import in a string', text: 'const s = "import { test } from \'@playwright/test\'";\nconst t = `${"x"} from \'@playwright/test\'`;\n' },
  { name: 'a require inside a function', file: 'x.js', text: "function f() {\n  const { test } = require('@playwright/test');\n  return test;\n}\n" },
  { name: 'a dynamic import', text: "const { test } = await import('@playwright/test');\n" },
  { name: 'a require of something else', file: 'x.js', text: "const { test } = require('./fixtures');\nconst { expect } = require(name);\n" },
  { name: 'a namespace import', text: "import * as pw from '@playwright/test';\npw.test('x', () => {});\n", reason: /^line 1 imports @playwright\/test as a whole \(default or namespace import\); change it by hand$/ },
  { name: 'a default import with names', text: "\nimport pw, { test } from '@playwright/test';\n", reason: /^line 2 imports @playwright\/test as a whole/ },
  { name: 'a whole require', file: 'x.js', text: "const pw = require('@playwright/test');\n", reason: /^line 1 requires @playwright\/test as a whole; change it by hand$/ },
  { name: 'a require with other declarations', file: 'x.js', text: "const a = 1, { test } = require('@playwright/test');\n", reason: /in a statement with other declarations/ },
  { name: 'a rest element', file: 'x.js', text: "const { test, ...rest } = require('@playwright/test');\n", reason: /with a rest or computed element/ },
];

describe('rewriteToFixtures', () => {
  for (const c of changed) {
    test(`changes: ${c.name}`, () => {
      const r = rewriteToFixtures(c.before, c.file ?? 'tests/a.spec.ts');
      assert.equal(r.kind, 'changed');
      if (r.kind !== 'changed') return;
      assert.equal(r.text, c.after);
      assert.deepEqual(r.moved, c.moved);
      assert.deepEqual(rewriteToFixtures(r.text, c.file ?? 'tests/a.spec.ts'), { kind: 'unchanged' }, 'a second run changes nothing');
    });
  }
  for (const c of unchanged) {
    test(`leaves alone: ${c.name}`, () => {
      const r = rewriteToFixtures(c.text, c.file ?? 'tests/a.spec.ts');
      assert.equal(r.kind, 'unchanged');
      if (c.reason) assert.match(r.kind === 'unchanged' ? (r.reason ?? '') : '', c.reason);
      else assert.deepEqual(r, { kind: 'unchanged' });
    });
  }
  test('a file with one movable import and one namespace import: the movable one moves', () => {
    const r = rewriteToFixtures("import { test } from '@playwright/test';\nimport * as pw from '@playwright/test';\n", 'a.spec.ts');
    assert.deepEqual(r, { kind: 'changed', text: "import { test } from 'healwright/fixtures';\nimport * as pw from '@playwright/test';\n", moved: ['test'] });
  });
});
