// engines.node is honest: every package a user installs with healwright (the lock file's non-dev
// entries) accepts the lowest Node healwright claims, so `npm install` on it prints no EBADENGINE.
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

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

test('the lowest Node of engines.node satisfies every runtime dependency in package-lock.json', () => {
  const lowest = lowestAllowed(pkg.engines.node);
  assert.ok(lowest, `engines.node ${pkg.engines.node} has no lower bound`);
  const runtime = Object.entries(lock.packages).filter(([name, p]) => name !== '' && !p.dev && !p.devOptional && !p.peer);
  assert.ok(runtime.some(([name]) => name.endsWith('node_modules/octokit')), 'octokit is a runtime dependency in the lock');
  const bad: string[] = [];
  for (const [name, p] of runtime) {
    const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
    if (!range) continue;
    const ok = satisfiesRange(lowest, range);
    if (ok !== true) bad.push(`${name}@${p.version}: engines.node ${range}${ok === undefined ? ' (range not understood)' : ''}`);
  }
  assert.deepEqual(bad, [], `Node ${lowest} (engines.node ${pkg.engines.node}) is refused by:\n${bad.join('\n')}\nRaise engines.node or pin a compatible version with overrides.`);
});

test('the content-type pin is the one @octokit/request loads', () => {
  assert.equal(lock.packages['node_modules/@octokit/request/node_modules/content-type']?.version, '2.1.0');
  assert.equal(lock.packages['node_modules/content-type'], undefined, 'no second content-type (3.x wants Node >= 22)');
});
