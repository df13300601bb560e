import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineConfig, makeTempDir, REPO_ROOT, runInlineTest } from '../helpers/run-inline.js';
import type { JSONReport } from '@playwright/test/reporter';
import { triageReport } from '../../src/cli/triage-report.js';
import { DOM_PAGE_REASON } from '../../src/triage/dom-aria.js';

const BIN = path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_') && !(opts.env && k in opts.env)) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? makeTempDir('cli'), env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('healwright config --check', () => {
  test('prints the resolved config with sources', () => {
    const r = cli(['config', '--check'], { env: { HEAL_MAX_FIXES: '4' } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /healwright config: OK/);
    assert.match(r.stdout, /maxFixesPerRun +4 +\(env\)/);
    assert.match(r.stdout, /projects +every project +\(default\)/);
  });

  test('rejects a bad HEAL_MAX_FIXES with a clear message and exit 1', () => {
    const r = cli(['config', '--check'], { env: { HEAL_MAX_FIXES: 'ten' } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'healwright config: 1 error\n  ✗ HEAL_MAX_FIXES: expected a whole number >= 0; got ten. Example: HEAL_MAX_FIXES=3\n');
  });

  test('reads reporter options from playwright.config.ts and healing.config.ts', () => {
    const dir = makeTempDir('cli');
    writeFileSync(path.join(dir, 'playwright.config.ts'), inlineConfig({ reporterOptions: "{ maxFixesPerRun: 2, llm: { maxTokens: 'many' } }" }));
    writeFileSync(path.join(dir, 'healing.config.ts'), "export default { retries: 2, dryRun: 'yes' };\n");
    const r = cli(['config', '--check', '--json'], { cwd: dir });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.ok, false);
    assert.equal(out.errors.length, 2);
    assert.match(out.errors[0], /^healing\.config\.ts: dryRun: .*got "yes"\. Example: dryRun: true$/);
    assert.match(out.errors[1], /^reporter option llm\.maxTokens: .*got "many"\. Example: llm: \{ maxTokens: 4096 \}$/);
    assert.equal(out.config, null);
  });

  test('CommonJS projects: export default in a .ts config, module.exports in a .js and a .cjs config', () => {
    const configs: [file: string, text: string][] = [
      ['playwright.config.ts', "import { defineConfig } from '@playwright/test';\nexport default defineConfig({ reporter: [['list'], ['healwright/reporter', { maxFixesPerRun: 7 }]] });\n"],
      ['playwright.config.js', "const { defineConfig } = require('@playwright/test');\nmodule.exports = defineConfig({ reporter: [['list'], ['healwright/reporter', { maxFixesPerRun: 7 }]] });\n"],
      ['playwright.config.cjs', "module.exports = { reporter: [['healwright/reporter', { maxFixesPerRun: 7 }]] };\n"],
    ];
    for (const [file, text] of configs) {
      const dir = makeTempDir('cli-cjs');
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cjs-suite', private: true }));
      writeFileSync(path.join(dir, file), text);
      const r = cli(['config', '--check', '--json'], { cwd: dir });
      assert.equal(r.code, 0, `${file}: ${r.stdout}${r.stderr}`);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.notes, [`reporter options from ${file}`], file);
      assert.equal(out.config.maxFixesPerRun, 7, file);
    }
  });

  test('masks secret-looking values', () => {
    const dir = makeTempDir('cli');
    writeFileSync(path.join(dir, 'healing.config.json'), JSON.stringify({ retries: 2 }));
    const r = cli(['config', '--check', '--json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).config.retries, 2);
  });

  test('usage errors exit 2', () => {
    assert.equal(cli(['config']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    assert.match(cli(['frobnicate']).stderr, /unknown command 'frobnicate'/);
    assert.equal(cli(['config', '--check', '--config', 'nope.config.ts']).code, 1);
  });
});

describe('healwright triage <report.json>', () => {
  test('classifies a real Playwright JSON report offline (table and --json)', async () => {
    const run = await runInlineTest(
      {
        'playwright.config.ts': inlineConfig({ reporters: "[['json', { outputFile: 'report.json' }]]" }),
        'a.spec.ts': `import { test, expect } from '@playwright/test';
test('drift', () => { expect(12).toBe(13); });
test('fine', () => {});
test('odd', () => { throw new Error('boom'); });
`,
      },
    );
    assert.equal(run.exitCode, 1);
    const report = path.join(run.dir, 'report.json');
    const table = cli(['triage', report]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^TEST +PROJECT +STATUS +CLASS +CATEGORY +CONF +RULE$/m);
    assert.match(table.stdout, /a\.spec\.ts › drift +failed +B +update-test-data +80% +value-drift/);
    assert.match(table.stdout, /2 failures triaged\./);
    const json = JSON.parse(cli(['triage', report, '--json']).stdout);
    assert.deepEqual(json.map((r: { test: string; triage: { category: string } }) => [r.test, r.triage.category]), [['a.spec.ts › drift', 'update-test-data'], ['a.spec.ts › odd', 'unknown']]);
  });

  test('passes the title path: a sign-in test on the login form is its own flow, another test a lost session', () => {
    const message = 'Error: expect(page).toHaveURL(expected) failed\n\nExpected pattern: /\\/dashboard/\nReceived string:  "http://localhost:3000/login"\n';
    // The page at hand, as Playwright attaches it: a login URL alone is no evidence without it.
    const snapshot = '# Page snapshot\n\n```yaml\n- heading "Sign in" [level=1]\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"\n```\n';
    const errorContext = { name: 'error-context', contentType: 'text/markdown', body: Buffer.from(snapshot).toString('base64') };
    const suite = (file: string, title: string) => ({
      title: file,
      file,
      line: 0,
      column: 0,
      specs: [{ title, file, line: 3, column: 1, ok: false, tags: [], id: file, tests: [{ projectName: 'chromium', projectId: 'chromium', expectedStatus: 'passed', status: 'unexpected', timeout: 30000, annotations: [], results: [{ status: 'failed', retry: 0, duration: 5, errors: [{ message }], attachments: [errorContext] }] }] }],
      suites: [],
    });
    const rows = triageReport({ suites: [suite('auth.spec.ts', 'logs in an existing user'), suite('orders.spec.ts', 'lists orders')] } as unknown as JSONReport);
    assert.deepEqual(rows.map((r) => [r.test, r.triage.rule, r.triage.category]), [
      ['auth.spec.ts › logs in an existing user', 'own-login-test', 'unknown'],
      ['orders.spec.ts › lists orders', 'login-page', 'clear-session'],
    ]);
  });

  test('a failure without a page snapshot is read from its heal-dom attachment', () => {
    const message = "locator.click: Timeout 1000ms exceeded.\nCall log:\n  - waiting for getByRole('link', { name: 'Dashboard' })\n";
    const dom = { version: 1, frames: [{ url: 'http://app.test/' }], testIdAttribute: 'data-testid', truncated: false, elements: [
      { tag: 'h1', parent: -1, frame: 0, visible: true, role: 'heading', name: 'Sign in', level: 1 },
      { tag: 'input', parent: -1, frame: 0, visible: true, role: 'textbox', name: 'Password' },
      { tag: 'button', parent: -1, frame: 0, visible: true, role: 'button', name: 'Sign in' },
    ] };
    const healDom = { name: 'heal-dom', contentType: 'application/json', body: Buffer.from(JSON.stringify(dom)).toString('base64') };
    const suite = (file: string, attachments: unknown[]) => ({
      title: file,
      file,
      line: 0,
      column: 0,
      specs: [{ title: 'lists orders', file, line: 3, column: 1, ok: false, tags: [], id: file, tests: [{ projectName: 'chromium', projectId: 'chromium', expectedStatus: 'passed', status: 'unexpected', timeout: 30000, annotations: [], results: [{ status: 'failed', retry: 0, duration: 5, errors: [{ message }], attachments }] }] }],
      suites: [],
    });
    const rows = triageReport({ suites: [suite('with-dom.spec.ts', [healDom]), suite('without.spec.ts', [])] } as unknown as JSONReport);
    assert.deepEqual(rows.map((r) => [r.test, r.triage.category, r.triage.reasons.includes(DOM_PAGE_REASON)]), [
      ['with-dom.spec.ts › lists orders', 'clear-session', true],
      ['without.spec.ts › lists orders', 'update-selectors', false],
    ]);
  });

  test('bad input: missing file, not JSON, not a report', () => {
    const dir = makeTempDir('cli');
    const missing = cli(['triage', path.join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json does not exist\. Produce one with `npx playwright test --reporter=json/);
    writeFileSync(path.join(dir, 'cut.json'), '{"suites": [');
    const cut = cli(['triage', path.join(dir, 'cut.json')]);
    assert.equal(cut.code, 2);
    assert.match(cut.stderr, /cut\.json is not valid JSON/);
    writeFileSync(path.join(dir, 'other.json'), '{"hello": 1}');
    const other = cli(['triage', path.join(dir, 'other.json')]);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /is not a Playwright JSON report/);
  });
});

describe('healwright redact', () => {
  test('filters stdin and reports what it found by type, without values', () => {
    const input = 'Authorization: Bearer ghp_abcdefghijklmnopqrstuvwxyz0123456789\nuser=ann@acme.io status 500 at e2e/a.spec.ts:12:5\n';
    const r = spawnSync(process.execPath, [BIN, 'redact'], { input, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /ghp_abcdefghij|ann@acme\.io/);
    assert.match(r.stdout, /\[REDACTED_EMAIL\]/);
    assert.match(r.stdout, /status 500 at e2e\/a\.spec\.ts:12:5/);
    assert.match(r.stderr, /^healwright redact: \d+ values? redacted \(.*EMAIL 1.*\)\n$/);
    assert.doesNotMatch(r.stderr, /ann@acme/);
  });

  test('reads a file; a missing file is a usage error', () => {
    const dir = makeTempDir('cli');
    const f = path.join(dir, 'log.txt');
    writeFileSync(f, 'DB_PASSWORD=hunter2hunter2\n');
    const ok = cli(['redact', f, '--quiet']);
    assert.equal(ok.code, 0);
    assert.equal(ok.stderr, '');
    assert.doesNotMatch(ok.stdout, /hunter2/);
    const missing = cli(['redact', path.join(dir, 'nope.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt does not exist/);
  });
});
