// engines.node is honest: every package a user installs with healwright (the lock file's non-dev
// entries) accepts the lowest Node healwright claims, so `npm install` on it prints no EBADENGINE.
// The lock is what a user gets only while package.json has no `overrides`: npm applies those in the
// project being installed, never in its dependencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lowestAllowed, satisfiesRange } from '../../src/cli/version-range.js';
import { REPO_ROOT } from '../helpers/run-inline.js';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  overrides?: unknown;
  resolutions?: unknown;
};
const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

test('the lowest Node of engines.node satisfies every runtime dependency in package-lock.json', () => {
  const lowest = lowestAllowed(pkg.engines.node);
  assert.ok(lowest, `engines.node ${pkg.engines.node} has no lower bound`);
  const runtime = Object.entries(lock.packages).filter(([name, p]) => name !== '' && !p.dev && !p.devOptional && !p.peer);
  assert.ok(runtime.some(([name]) => name.endsWith('node_modules/@octokit/core')), '@octokit/core is a runtime dependency in the lock');
  const bad: string[] = [];
  for (const [name, p] of runtime) {
    const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
    if (!range) continue;
    const ok = satisfiesRange(lowest, range);
    if (ok !== true) bad.push(`${name}@${p.version}: engines.node ${range}${ok === undefined ? ' (range not understood)' : ''}`);
  }
  assert.deepEqual(bad, [], `Node ${lowest} (engines.node ${pkg.engines.node}) is refused by:\n${bad.join('\n')}\nRaise engines.node or pin a compatible version in dependencies (not overrides: users never get those).`);
});

test("no overrides or resolutions: the lock resolves as a user's install does", () => {
  assert.equal(pkg.overrides, undefined, 'package.json overrides apply to this repo only; pin in dependencies instead');
  assert.equal(pkg.resolutions, undefined);
});

test('@octokit/request stays below 10.0.15 (its content-type 3.x wants Node >= 22), one copy, pinned exactly', () => {
  const copies = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/@octokit/request'));
  assert.deepEqual(
    copies.map(([name, p]) => `${name}@${p.version}`),
    ['node_modules/@octokit/request@10.0.14'],
  );
  for (const name of ['@octokit/core', '@octokit/graphql', '@octokit/request']) {
    assert.match(pkg.dependencies[name] ?? '', /^\d+\.\d+\.\d+$/, `${name} is pinned to an exact version in dependencies`);
  }
  const contentTypes = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/content-type'));
  assert.deepEqual(contentTypes.map(([, p]) => p.version), ['2.1.0']);
});
