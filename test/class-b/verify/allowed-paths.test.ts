import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPatchPaths, hardDenyReason, matchesGlob } from '../../../src/class-b/verify/index.js';

describe('matchesGlob', () => {
  const cases: [string, string, boolean][] = [
    ['e2e/a.spec.ts', 'e2e/**', true],
    ['e2e/deep/er/a.spec.ts', 'e2e/**', true],
    ['e2e', 'e2e/**', false],
    ['src/e2e/a.ts', 'e2e/**', false],
    ['e2e/data/users.json', 'e2e/data/*.json', true],
    ['e2e/data/sub/users.json', 'e2e/data/*.json', false],
    ['e2e/data/sub/users.json', 'e2e/**/*.json', true],
    ['e2e/users.json', 'e2e/**/*.json', true],
    ['e2e/users.jsonx', 'e2e/**/*.json', false],
    ['e2e/a.spec.ts', 'e2e/?.spec.ts', true],
    ['e2e/ab.spec.ts', 'e2e/?.spec.ts', false],
    ['e2e/a.spec.ts', 'e2e/*.{ts,js}', true],
    ['e2e/a.spec.js', 'e2e/*.{ts,js}', true],
    ['e2e/a.spec.mjs', 'e2e/*.{ts,js}', false],
    ['e2eXa.ts', 'e2e.a.ts', false],
    ['e2e/a.ts', 'e2e', true],
    ['e2e/sub/a.ts', 'e2e/', true],
    ['e2e-other/a.ts', 'e2e', false],
    ['tests/x/fixtures/a.ts', '**/fixtures/*.ts', true],
    ['fixtures/a.ts', '**/fixtures/*.ts', true],
  ];
  for (const [file, glob, expected] of cases) {
    test(`${glob} ${expected ? 'matches' : 'does not match'} ${file}`, () => assert.equal(matchesGlob(file, glob), expected));
  }
  test('an unbalanced brace is an error that says how to fix it', () => {
    assert.throws(() => matchesGlob('a', 'a/{b,c'), /Unbalanced "\{" in glob "a\/\{b,c": close every/);
  });
});

describe('hardDenyReason', () => {
  const denied: [string, RegExp][] = [
    ['.github/workflows/ci.yml', /inside \.github\//],
    ['e2e/.github/x.ts', /inside \.github\//],
    ['package.json', /declares dependencies/],
    ['e2e/package.json', /declares dependencies/],
    ['package-lock.json', /lockfile/],
    ['yarn.lock', /lockfile/],
    ['pnpm-lock.yaml', /lockfile/],
    ['npm-shrinkwrap.json', /lockfile/],
    ['.env', /secrets/],
    ['e2e/.env.local', /secrets/],
    ['node_modules/x/index.js', /inside node_modules\//],
    ['e2e/node_modules/x.ts', /inside node_modules\//],
    ['.git/config', /inside \.git\//],
    ['playwright.config.ts', /configuration file/],
    ['e2e/playwright.ci.config.mjs', /configuration file/],
    ['healing.config.json', /configuration file/],
    ['tsconfig.json', /configuration file/],
    ['.npmrc', /package manager/],
  ];
  for (const [rel, reason] of denied) test(`denies ${rel}`, () => assert.match(hardDenyReason(rel) ?? '', reason));
  for (const rel of ['e2e/login.spec.ts', 'e2e/data/users.json', 'e2e/fixtures/env.ts', 'e2e/config.json']) {
    test(`allows ${rel}`, () => assert.equal(hardDenyReason(rel), undefined));
  }
});

describe('checkPatchPaths', () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-paths-')));
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  for (const d of ['e2e/data', 'e2e/.github', 'src', 'config']) mkdirSync(path.join(repo, d), { recursive: true });
  mkdirSync(outside);
  for (const f of ['e2e/a.spec.ts', 'e2e/data/users.json', 'e2e/package.json', 'src/app.ts', 'e2e/.github/x.ts']) writeFileSync(path.join(repo, f), 'x\n');
  writeFileSync(path.join(outside, 'secret.ts'), 'x\n');
  symlinkSync(path.join(outside, 'secret.ts'), path.join(repo, 'e2e', 'escape.spec.ts'));
  symlinkSync(outside, path.join(repo, 'e2e', 'linked-dir'));
  const defaults = { repoRoot: repo, configDir: repo, testDirs: [path.join(repo, 'e2e')], allowedPaths: [] as string[] };

  test('files under the testDir are allowed by default', () => {
    assert.deepEqual(checkPatchPaths([path.join(repo, 'e2e/a.spec.ts'), 'e2e/data/users.json'], defaults), { ok: true });
  });
  test('testDirs relative to configDir work', () => {
    assert.deepEqual(checkPatchPaths(['e2e/a.spec.ts'], { ...defaults, testDirs: ['e2e'] }), { ok: true });
  });
  const refused: [string, string, RegExp][] = [
    ['outside the testDir', 'src/app.ts', /src\/app\.ts is not under a Playwright testDir; list it in allowedPaths/],
    ['outside the repo (..)', '../outside/secret.ts', /is outside the repository/],
    ['an absolute path outside the repo', path.join(outside, 'secret.ts'), /is outside the repository/],
    ['a symlinked file escaping the repo', 'e2e/escape.spec.ts', /e2e\/escape\.spec\.ts resolves \(through a symlink\) to .*outside\/secret\.ts, outside the repository/],
    ['a file under a symlinked folder escaping the repo', 'e2e/linked-dir/secret.ts', /resolves \(through a symlink\).*outside the repository/],
    ['package.json even under the testDir', 'e2e/package.json', /declares dependencies/],
    ['.github even under the testDir', 'e2e/.github/x.ts', /inside \.github\//],
  ];
  for (const [name, file, reason] of refused) {
    test(`refuses ${name}`, () => {
      const res = checkPatchPaths(['e2e/a.spec.ts', file], defaults);
      assert.equal(res.ok, false);
      assert.match(res.ok ? '' : res.reason, reason);
    });
  }
  test('allowedPaths (relative to configDir) replace the testDir default', () => {
    const opts = { ...defaults, configDir: path.join(repo, 'config'), allowedPaths: ['../e2e/data/*.json', '../src/**'] };
    assert.deepEqual(checkPatchPaths(['e2e/data/users.json', 'src/app.ts'], opts), { ok: true });
    const res = checkPatchPaths(['e2e/a.spec.ts'], opts);
    assert.equal(res.ok, false);
    assert.match(res.ok ? '' : res.reason, /e2e\/a\.spec\.ts matches none of allowedPaths \(\.\.\/e2e\/data\/\*\.json, \.\.\/src\/\*\*\)/);
  });
  test('the hard deny list wins over allowedPaths', () => {
    const res = checkPatchPaths(['e2e/package.json'], { ...defaults, allowedPaths: ['**'] });
    assert.equal(res.ok, false);
    const env = checkPatchPaths(['.env'], { ...defaults, allowedPaths: ['*'] });
    assert.equal(env.ok, false);
  });
  test('a glob pointing outside the repo allows nothing', () => {
    const res = checkPatchPaths([path.join(outside, 'secret.ts')], { ...defaults, allowedPaths: ['../outside/**'] });
    assert.equal(res.ok, false);
  });
});
