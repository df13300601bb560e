// Allowed paths when testDir is the repository root (Playwright's default: the config folder): only the
// healed projects' test files and test data may change; CI, build, hook, container, manifest and secret
// files never, even listed in allowedPaths.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPatchPaths, testDirHoldsApp, testFileMatcher, type PatchPathOptions } from '../../../src/class-b/verify/index.js';

/** Every denied kind with the hard-deny rule its reason must name. */
const HARD_DENIED: Array<[string, string]> = [
  ['.github/workflows/ci.yml', 'ci'],
  ['.github/CODEOWNERS', 'ci'],
  ['.gitlab-ci.yml', 'ci'],
  ['.circleci/config.yml', 'ci'],
  ['azure-pipelines.yml', 'ci'],
  ['Jenkinsfile', 'ci'],
  ['.buildkite/pipeline.yml', 'ci'],
  ['Makefile', 'build'],
  ['build/rules.mk', 'build'],
  ['vite.config.ts', 'build'],
  ['webpack.config.js', 'build'],
  ['rollup.config.mjs', 'build'],
  ['tsconfig.json', 'build'],
  ['tsconfig.build.json', 'build'],
  ['babel.config.js', 'build'],
  ['.babelrc', 'build'],
  ['next.config.js', 'build'],
  ['nuxt.config.ts', 'build'],
  ['svelte.config.js', 'build'],
  ['astro.config.mjs', 'build'],
  ['playwright.config.ts', 'build'],
  ['vitest.config.ts', 'build'],
  ['jest.config.js', 'build'],
  ['tests/site.config.ts', 'build'],
  ['.husky/pre-commit', 'hooks'],
  ['.git/hooks/pre-commit', 'git'],
  ['lefthook.yml', 'hooks'],
  ['.pre-commit-config.yaml', 'hooks'],
  ['Dockerfile', 'container'],
  ['Dockerfile.prod', 'container'],
  ['docker-compose.yml', 'container'],
  ['docker-compose.override.yaml', 'container'],
  ['compose.yaml', 'container'],
  ['.dockerignore', 'container'],
  ['CODEOWNERS', 'codeowners'],
  ['docs/CODEOWNERS', 'codeowners'],
  ['package.json', 'manifest'],
  ['tests/package.json', 'manifest'],
  ['package-lock.json', 'lockfile'],
  ['yarn.lock', 'lockfile'],
  ['pnpm-lock.yaml', 'lockfile'],
  ['.env', 'env'],
  ['.env.production', 'env'],
  ['tests/.env.local', 'env'],
  ['.npmrc', 'package-manager'],
  ['node_modules/left-pad/index.js', 'node_modules'],
];

/** Not hard-denied, but not test code either: refused by default, allowed when allowedPaths lists them. */
const NOT_TEST_CODE = ['src/app.ts', 'src/data/products.json', 'app/page.tsx', 'server.js', 'scripts/deploy.sh', 'README.md', 'app.json', 'tests/pages/login-page.ts', 'src/components/button.test.tsx'];

/** Test files (default testMatch) and test data. */
const ALLOWED = ['smoke.spec.ts', 'tests/login.spec.ts', 'tests/deep/cart.test.js', 'tests/orders.spec.mts', 'tests/admin.test.tsx', 'tests/data/users.json', 'tests/fixtures/cart.json', 'test-data/plans.json', 'tests/expected.json'];

function makeRepo(): string {
  const repo = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-root-paths-'))), 'repo');
  for (const rel of [...HARD_DENIED.map(([f]) => f), ...NOT_TEST_CODE, ...ALLOWED, 'e2e/login.spec.ts', 'e2e/pages/login.ts', 'e2e/run.sh', 'e2e/legacy/old-helper.ts']) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), 'x\n');
  }
  return repo;
}

describe('checkPatchPaths with testDir = the repository root', () => {
  const repo = makeRepo();
  // testIgnore keeps the app's own unit tests (src/**) out of the project.
  const opts: PatchPathOptions = { repoRoot: repo, configDir: repo, testScopes: [{ name: 'e2e', testDir: repo, testIgnore: '**/src/**' }], allowedPaths: [] };
  const reason = (file: string, o: PatchPathOptions = opts) => {
    const r = checkPatchPaths([file], o);
    return r.ok ? 'ok' : r.reason;
  };

  for (const [file, rule] of HARD_DENIED) {
    test(`refuses ${file} (rule ${rule}), by default and even when allowedPaths lists it`, () => {
      const expected = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is .*\\(hard-deny rule "${rule}"\\); healwright never patches it, even when allowedPaths lists it$`);
      assert.match(reason(file), expected);
      assert.match(reason(file, { ...opts, allowedPaths: ['**', file] }), expected);
    });
  }

  for (const file of NOT_TEST_CODE) {
    test(`refuses ${file}: not test code in a testDir that holds the app; allowedPaths can allow it`, () => {
      assert.match(reason(file), /is not a test file \(testMatch of project e2e\), test data, or a helper that only its tests import \(outside src\/, app\/, lib\/ \.\.\.\); its testDir also holds the app .*list it in allowedPaths/);
      assert.equal(reason(file, { ...opts, allowedPaths: [file] }), 'ok');
    });
  }

  for (const file of ALLOWED) {
    test(`allows ${file}`, () => assert.equal(reason(file), 'ok'));
  }

  test('a custom testMatch (RegExp, as Playwright hands it to the reporter) replaces the default', () => {
    const o: PatchPathOptions = { ...opts, testScopes: [{ name: 'health', testDir: repo, testMatch: /tests\/deep\/.*\.test\.js$/ }] };
    assert.equal(reason('tests/deep/cart.test.js', o), 'ok');
    assert.match(reason('tests/login.spec.ts', o), /not a test file \(testMatch of project health\)/);
  });

  test('a glob testMatch list; a file of any healed project is allowed', () => {
    const o: PatchPathOptions = { ...opts, testScopes: [{ name: 'a', testDir: repo, testMatch: ['smoke.spec.ts'] }, { name: 'b', testDir: path.join(repo, 'tests'), testMatch: '**/*.test.tsx' }] };
    assert.equal(reason('smoke.spec.ts', o), 'ok');
    assert.equal(reason('tests/admin.test.tsx', o), 'ok');
    assert.match(reason('tests/login.spec.ts', o), /not a test file/);
  });

  test('one denied file sinks the whole patch', () => {
    const r = checkPatchPaths(['tests/login.spec.ts', 'tests/data/users.json', 'Makefile'], opts);
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /^Makefile is .*hard-deny rule "build"/);
  });
});

describe('checkPatchPaths with a dedicated test folder', () => {
  const repo = makeRepo();
  const opts: PatchPathOptions = { repoRoot: repo, configDir: repo, testScopes: [{ name: 'e2e', testDir: 'e2e', testIgnore: '**/legacy/**' }], allowedPaths: [] };
  test('page objects and helpers (.ts/.js) under it are allowed, other kinds and testIgnore\'d files are not', () => {
    assert.deepEqual(checkPatchPaths(['e2e/login.spec.ts', 'e2e/pages/login.ts'], opts), { ok: true });
    const sh = checkPatchPaths(['e2e/run.sh'], opts);
    assert.match(sh.ok ? '' : sh.reason, /e2e\/run\.sh is not a test file \(testMatch of project e2e\), test data, or a \.ts\/\.js helper under its testDir/);
    assert.equal(checkPatchPaths(['e2e/legacy/old-helper.ts'], opts).ok, false);
    assert.match((checkPatchPaths(['src/app.ts'], opts) as { reason: string }).reason, /not under a Playwright testDir/);
  });
  test('a test folder with its own package.json counts as holding an app: helpers need allowedPaths', () => {
    const o: PatchPathOptions = { ...opts, testScopes: [{ name: 'tests', testDir: 'tests' }] };
    assert.equal(checkPatchPaths(['tests/login.spec.ts'], o).ok, true);
    assert.match((checkPatchPaths(['tests/pages/login-page.ts'], o) as { reason: string }).reason, /its testDir also holds the app/);
  });
  test('what makes a testDir hold an app: the repo root, package.json, src/ or app/, build, CI, hook or container files', () => {
    const holds = (files: string[]) => {
      const d = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-holds-'))), 'repo');
      for (const f of ['t/a.spec.ts', ...files.map((f) => `t/${f}`)]) {
        mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
        writeFileSync(path.join(d, f), 'x\n');
      }
      return [testDirHoldsApp(path.join(d, 't'), d), testDirHoldsApp(d, d)];
    };
    assert.deepEqual(holds([]), [false, true]);
    assert.deepEqual(holds(['pages/login.ts', 'data/u.json']), [false, true]);
    for (const f of ['package.json', 'src/main.ts', 'app/page.tsx', 'Dockerfile', 'vite.config.ts', '.husky/pre-commit', '.github/workflows/x.yml', 'Makefile']) {
      assert.deepEqual(holds([f]), [true, true], f);
    }
  });
});

describe('checkPatchPaths: page objects and helpers only the tests import, in a testDir that holds the app', () => {
  const write = (repo: string, files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      writeFileSync(path.join(repo, rel), text);
    }
  };
  const repo = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-owned-'))), 'repo');
  write(repo, {
    'package.json': '{}',
    'tests/deck.spec.ts': "import { DeckPage } from '../pages/deck-page';\nimport { LABELS } from '../shared/labels.js';\nimport { Button } from '../src/components/button';\nimport cfg from '../site.config';\nconst old = require('./legacy/old-page');\n",
    'pages/deck-page.ts': "import { BasePage } from './base-page';\nexport class DeckPage extends BasePage {}\n",
    'pages/base-page.ts': 'export class BasePage {}\n',
    'pages/unused-page.ts': 'export class UnusedPage {}\n',
    'shared/labels.ts': 'export const LABELS = {};\n',
    'server.js': "const { LABELS } = require('./shared/labels');\n",
    'src/components/button.ts': 'export const Button = 1;\n',
    'site.config.ts': 'export default {};\n',
    'tests/legacy/old-page.ts': 'module.exports = {};\n',
  });
  const scopes = [{ name: 'e2e', testDir: repo, testIgnore: '**/legacy/**' }];
  const opts: PatchPathOptions = { repoRoot: repo, configDir: repo, testScopes: scopes, allowedPaths: [] };
  const reason = (file: string) => {
    const r = checkPatchPaths([file], opts);
    return r.ok ? 'ok' : r.reason;
  };

  test('a page object a test imports, and the one it imports in turn, may be patched', () => {
    assert.equal(reason('pages/deck-page.ts'), 'ok');
    assert.equal(reason('pages/base-page.ts'), 'ok');
  });
  test('refused: not imported by a test, imported by the app too, under src/, a config file, testIgnore\'d', () => {
    for (const file of ['pages/unused-page.ts', 'shared/labels.ts', 'src/components/button.ts', 'tests/legacy/old-page.ts']) {
      assert.match(reason(file), /or a helper that only its tests import .*its testDir also holds the app/, file);
    }
    assert.match(reason('site.config.ts'), /hard-deny rule "build"/);
  });
  test('past 5,000 script files the walk gives up and no helper is allowed', () => {
    const big = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-owned-big-'))), 'repo');
    const many: Record<string, string> = { 'package.json': '{}', 'a.spec.ts': "import './pages/p';\n", 'pages/p.ts': '\n' };
    for (let i = 0; i < 5_000; i++) many[`gen/m${i}.js`] = '';
    write(big, many);
    const o: PatchPathOptions = { repoRoot: big, configDir: big, testScopes: [{ testDir: big }], allowedPaths: [] };
    assert.equal(checkPatchPaths(['pages/p.ts'], o).ok, false);
    rmSync(path.join(big, 'gen'), { recursive: true });
    assert.equal(checkPatchPaths(['pages/p.ts'], { ...o, testScopes: [{ testDir: big }] }).ok, true);
  });
});

describe('testFileMatcher (Playwright semantics)', () => {
  const m = testFileMatcher('**/*.@(spec|test).?(c|m)[jt]s?(x)');
  const cases: Array<[string, boolean]> = [
    ['/r/a.spec.ts', true],
    ['/r/x/a.test.js', true],
    ['/r/a.spec.mjs', true],
    ['/r/a.test.cts', true],
    ['/r/a.spec.tsx', true],
    ['/r/A.SPEC.TS', true],
    ['/r/a.spec.json', false],
    ['/r/a.ts', false],
    ['/r/a.specs.ts', false],
    ['/r/a.spec.ts.bak', false],
  ];
  for (const [file, expected] of cases) test(`default testMatch ${expected ? 'matches' : 'does not match'} ${file}`, () => assert.equal(m(file), expected));
  test('a glob without **/ is matched anywhere, like Playwright; an unreadable glob matches nothing', () => {
    assert.equal(testFileMatcher('tests/*.spec.ts')('/r/tests/a.spec.ts'), true);
    assert.equal(testFileMatcher('!(x).spec.ts')('/r/a.spec.ts'), false);
  });
});

describe('testFileMatcher with patterns from another process', () => {
  test('a serialized RegExp ({ source, flags }) still matches; anything else matches nothing', () => {
    const m = testFileMatcher([{ source: 'checks/.*\\.check\\.ts$', flags: '' } as unknown as RegExp, 42 as unknown as string]);
    assert.equal(m('/r/checks/a.check.ts'), true);
    assert.equal(m('/r/a.spec.ts'), false);
  });
});
