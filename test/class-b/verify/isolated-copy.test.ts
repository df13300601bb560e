import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIsolatedCopy } from '../../../src/class-b/verify/index.js';
import { makeTempDir, REPO_ROOT } from '../../helpers/run-inline.js';

function write(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
}

const FILES = {
  'e2e/a.spec.ts': 'a\n',
  'e2e/data/users.json': '{}\n',
  'healing-results/run-1/x.json': '{}\n',
  'test-results/r.txt': 'r\n',
  'playwright-report/index.html': 'h\n',
  'blob-report/b.zip': 'b\n',
  '.tmp/t.txt': 't\n',
  'custom-out/o.txt': 'o\n',
  'ignored.log': 'i\n',
  'node_modules/pkg/index.js': 'module.exports = 1;\n',
  'e2e/node_modules/nested/index.js': 'n\n',
};

function listCopy(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, r));
      if (st.isDirectory()) visit(r);
      else out.push(st.isSymbolicLink() ? `${r} -> link` : r);
    }
  };
  visit('');
  return out.sort();
}

describe('createIsolatedCopy', () => {
  test('walks a plain folder, leaves out outputs, links node_modules and disposes cleanly', () => {
    const repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-copy-walk-')));
    write(repo, FILES);
    symlinkSync('a.spec.ts', path.join(repo, 'e2e', 'alias.spec.ts'));
    const copy = createIsolatedCopy(repo, { exclude: ['custom-out'] });
    try {
      assert.equal(copy.listedBy, 'walk');
      assert.ok(copy.dir.startsWith(realpathSync(tmpdir())));
      assert.ok(!copy.dir.startsWith(repo));
      assert.deepEqual(listCopy(copy.dir), ['e2e/a.spec.ts', 'e2e/alias.spec.ts -> link', 'e2e/data/users.json', 'ignored.log', 'node_modules -> link']);
      assert.equal(readlinkSync(path.join(copy.dir, 'e2e', 'alias.spec.ts')), 'a.spec.ts');
      assert.equal(realpathSync(path.join(copy.dir, 'node_modules')), path.join(repo, 'node_modules'));
      writeFileSync(path.join(copy.dir, 'e2e', 'a.spec.ts'), 'changed\n');
    } finally {
      copy.dispose();
    }
    assert.equal(existsSync(copy.dir), false);
    assert.equal(readFileSync(path.join(repo, 'e2e', 'a.spec.ts'), 'utf8'), 'a\n', 'the repo never sees the copy\'s writes');
    assert.equal(readFileSync(path.join(repo, 'node_modules', 'pkg', 'index.js'), 'utf8'), 'module.exports = 1;\n', 'dispose unlinks node_modules, never deletes through it');
  });

  test('uses git ls-files in a git work tree (respects .gitignore, includes untracked files); ignored top-level entries are linked', () => {
    const repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-copy-git-')));
    write(repo, { ...FILES, '.gitignore': 'ignored.log\nnode_modules/\ndist/\ncustom-out/\ne2e/.auth/\n', 'e2e/untracked.spec.ts': 'u\n', 'dist/reporter.js': 'r\n', 'custom-out/x.txt': 'x\n', 'e2e/.auth/user.json': '{}\n' });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', 'e2e/a.spec.ts', '.gitignore'], { cwd: repo });
    const copy = createIsolatedCopy(repo, { exclude: ['custom-out'] });
    try {
      assert.equal(copy.listedBy, 'git');
      // Build output a config may import (dist/) is linked, never copied; excluded and nested ignored paths stay out.
      assert.deepEqual(listCopy(copy.dir), ['.gitignore', 'dist -> link', 'e2e/a.spec.ts', 'e2e/data/users.json', 'e2e/untracked.spec.ts', 'ignored.log -> link', 'node_modules -> link']);
    } finally {
      copy.dispose();
    }
  });

  test('module resolution from the copy finds the packages the repo resolves, by realpath', () => {
    // makeTempDir has its own node_modules (healwright only); @playwright/test comes from an outer one.
    const repo = makeTempDir('copy-resolve');
    write(repo, { 'tests/x.spec.ts': 'x\n' });
    const copy = createIsolatedCopy(repo);
    try {
      const fromCopy = createRequire(path.join(copy.dir, 'tests', 'x.spec.ts'));
      assert.equal(realpathSync(fromCopy.resolve('@playwright/test')), realpathSync(createRequire(path.join(repo, 'x.js')).resolve('@playwright/test')));
      assert.equal(realpathSync(fromCopy.resolve('healwright/package.json')), path.join(REPO_ROOT, 'package.json'));
    } finally {
      copy.dispose();
    }
  });
});
