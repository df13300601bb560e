// addReporterEntry on the config shapes users have: the text around the edit must stay byte for byte,
// and the edited file must still load as a Playwright config whose reporter list holds healwright.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addReporterEntry, syntaxErrors } from '../../src/cli/init-config-edit.js';
import { findReporterOptions } from '../../src/cli/config-check.js';
import { TEMPLATE_TS } from '../helpers/playwright-template.js';


function changed(text: string, file: string): string {
  const r = addReporterEntry(text, file);
  assert.equal(r.kind, 'changed', JSON.stringify(r));
  return (r as { text: string }).text;
}

/** Evaluates a config text the way a CommonJS or ES module would export it (no imports needed). */
function evaluate(text: string): unknown {
  const body = text
    .replace(/^import .*$/gm, '')
    .replace(/^const \{ ?defineConfig(?:, devices)? ?\} = require\(.*$/gm, '')
    .replace(/export default /, 'module.exports = ')
    .replace(/ satisfies \w+/g, '');
  const module = { exports: {} as unknown };
  new Function('module', 'defineConfig', 'devices', 'process', body)(module, (c: unknown) => c, {}, { env: {} });
  return module.exports;
}

describe('addReporterEntry', () => {
  test("Playwright's template: reporter: 'html' becomes a list with healwright, nothing else moves", () => {
    const out = changed(TEMPLATE_TS, 'playwright.config.ts');
    assert.equal(out, TEMPLATE_TS.replace("reporter: 'html',", "reporter: [['html'], ['healwright/reporter', {}]],"));
    assert.deepEqual(findReporterOptions({ default: evaluate(out) }), {});
  });

  const cases: { name: string; file: string; before: string; after: string }[] = [
    {
      name: 'CommonJS .js with defineConfig and no reporter: list + healwright, double quotes kept, comment kept on its line',
      file: 'playwright.config.js',
      before: '// @ts-check\nconst { defineConfig } = require("@playwright/test");\nmodule.exports = defineConfig({\n  testDir: "./tests",\n  retries: 1 // one retry\n});\n',
      after: '// @ts-check\nconst { defineConfig } = require("@playwright/test");\nmodule.exports = defineConfig({\n  testDir: "./tests",\n  retries: 1, // one retry\n  reporter: [["list"], ["healwright/reporter", {}]],\n});\n',
    },
    {
      name: '.cjs plain object, one line, reporter array',
      file: 'playwright.config.cjs',
      before: "module.exports = { retries: 1, reporter: [['dot']] };\n",
      after: "module.exports = { retries: 1, reporter: [['dot'], ['healwright/reporter', {}]] };\n",
    },
    {
      name: '.mjs export default object, array with trailing comma on one line',
      file: 'playwright.config.mjs',
      before: "export default { reporter: [['list'], ['json', { outputFile: 'r.json' }],], retries: 2 };\n",
      after: "export default { reporter: [['list'], ['json', { outputFile: 'r.json' }], ['healwright/reporter', {}],], retries: 2 };\n",
    },
    {
      name: '.ts const config with satisfies, multi-line array: appended on its own line with the same indent',
      file: 'playwright.config.ts',
      before: "import type { PlaywrightTestConfig } from '@playwright/test';\nconst config = {\n  reporter: [\n    ['list'],\n    ['html', { open: 'never' }]\n  ],\n} satisfies PlaywrightTestConfig;\nexport default config;\n",
      after: "import type { PlaywrightTestConfig } from '@playwright/test';\nconst config = {\n  reporter: [\n    ['list'],\n    ['html', { open: 'never' }],\n    ['healwright/reporter', {}],\n  ],\n} satisfies PlaywrightTestConfig;\nexport default config;\n",
    },
    {
      name: '.mts typed const, no reporter, trailing comma and a commented-out block before the brace',
      file: 'playwright.config.mts',
      before: "import { defineConfig } from '@playwright/test';\nexport default defineConfig({\n  retries: 1,\n  // webServer: {\n  //   command: 'npm start',\n  // },\n});\n",
      after: "import { defineConfig } from '@playwright/test';\nexport default defineConfig({\n  retries: 1,\n  // webServer: {\n  //   command: 'npm start',\n  // },\n  reporter: [['list'], ['healwright/reporter', {}]],\n});\n",
    },
    {
      name: '.cts export =, empty object',
      file: 'playwright.config.cts',
      before: 'export = {};\n',
      after: "export = { reporter: [['list'], ['healwright/reporter', {}]] };\n",
    },
    {
      name: 'reporter chosen by CI: both branches get the entry',
      file: 'playwright.config.ts',
      before: "export default defineConfig({ reporter: process.env.CI ? 'github' : [['list']] });\n",
      after: "export default defineConfig({ reporter: process.env.CI ? [['github'], ['healwright/reporter', {}]] : [['list'], ['healwright/reporter', {}]] });\n",
    },
    {
      name: 'empty reporter array',
      file: 'playwright.config.ts',
      before: 'export default defineConfig({ reporter: [] });\n',
      after: "export default defineConfig({ reporter: [ ['healwright/reporter', {}] ] });\n",
    },
    {
      name: "quoted 'reporter' key and a tab-indented file",
      file: 'playwright.config.js',
      before: "module.exports = {\n\t'reporter': [\n\t\t['list'],\n\t],\n};\n",
      after: "module.exports = {\n\t'reporter': [\n\t\t['list'],\n\t\t['healwright/reporter', {}],\n\t],\n};\n",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const out = changed(c.before, c.file);
      assert.equal(out, c.after);
      assert.deepEqual(syntaxErrors(out, c.file), []);
      // The second run finds it and changes nothing.
      assert.equal(addReporterEntry(out, c.file).kind, 'unchanged');
    });
  }

  test('the edited CommonJS config still evaluates with healwright among its reporters', () => {
    const out = changed(cases[0]!.before, 'playwright.config.js');
    const cfg = evaluate(out) as { reporter: unknown; retries: number; testDir: string };
    assert.deepEqual(cfg.reporter, [['list'], ['healwright/reporter', {}]]);
    assert.equal(cfg.retries, 1);
    assert.equal(cfg.testDir, './tests');
  });

  test('already registered (package name, reporter export, options) is unchanged', () => {
    for (const text of [
      "export default defineConfig({ reporter: [['list'], ['healwright/reporter', { maxFixesPerRun: 2 }]] });",
      "module.exports = { reporter: [['healwright']] };",
      "export default { reporter: 'healwright/reporter' };",
    ]) {
      const r = addReporterEntry(text, 'playwright.config.ts');
      assert.deepEqual(r, { kind: 'unchanged', summary: 'the healwright reporter is already registered' }, text);
    }
  });

  const refusals: [name: string, text: string, reason: RegExp][] = [
    ['a syntax error, with its position', "export default defineConfig({ reporter: [ \n", /^it does not parse \(2:1 /],
    ['no export at all', "const config = { reporter: 'html' };\n", /no `export default`, `export =` or `module.exports =`/],
    ['an exported call that is not defineConfig', 'export default makeConfig();\n', /`makeConfig\(\)`, not an object literal or defineConfig/],
    ['an exported name with no declaration here', "import base from './base';\nexport default base;\n", /the exported config is `base`, and no top-level `const base = \.\.\.`/],
    ['defineConfig merging a config from elsewhere', 'export default defineConfig(base, { retries: 1 });\n', /merges a config from elsewhere, which may already set reporter/],
    ['a spread without a reporter key', 'export default { ...base, retries: 1 };\n', /spreads another object, which may already set reporter/],
    ['reporter computed by a function', 'export default { reporter: reporters() };\n', /reporter is set by `reporters\(\)`, which init cannot edit safely/],
    ['shorthand reporter', 'const reporter = [];\nexport default { reporter };\n', /reporter is written as `reporter`/],
  ];
  for (const [name, text, reason] of refusals) {
    test(`refuses: ${name}`, () => {
      const r = addReporterEntry(text, 'playwright.config.ts');
      assert.equal(r.kind, 'refused', JSON.stringify(r));
      assert.match((r as { reason: string }).reason, reason);
    });
  }
});
