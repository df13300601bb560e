import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newRunId, pruneRunDirs, runDirTime } from '../../src/artifacts/run-dir.js';
import { writeFileAtomic } from '../../src/artifacts/fs.js';

test('run ids are run-YYYYMMDD-HHMMSS-<8 hex> in UTC', () => {
  const id = newRunId(new Date('2026-11-27T08:05:09Z'), () => 'deadbeef');
  assert.equal(id, 'run-20261127-080509-deadbeef');
  assert.match(newRunId(), /^run-\d{8}-\d{6}-[0-9a-f]{8}$/);
  assert.equal(runDirTime(id)?.toISOString(), '2026-11-27T08:05:09.000Z');
  assert.equal(runDirTime('latest.json'), undefined);
});

test('pruning removes only run folders older than retentionDays, never the current one', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hw-prune-'));
  for (const n of ['run-20261101-000000-aaaaaaaa', 'run-20261119-235959-bbbbbbbb', 'run-20261126-000000-cccccccc', 'run-20261001-000000-dddddddd', 'notes', 'run-bogus']) mkdirSync(path.join(root, n));
  writeFileSync(path.join(root, 'latest.json'), '{}');
  const removed = pruneRunDirs(root, 7, new Date('2026-11-27T00:00:00Z'), 'run-20261001-000000-dddddddd');
  assert.deepEqual(removed.sort(), ['run-20261101-000000-aaaaaaaa', 'run-20261119-235959-bbbbbbbb']);
  assert.deepEqual(readdirSync(root).sort(), ['latest.json', 'notes', 'run-20261001-000000-dddddddd', 'run-20261126-000000-cccccccc', 'run-bogus']);
  assert.deepEqual(pruneRunDirs(root, 0, new Date('2030-01-01')), [], 'retentionDays 0 keeps everything');
});

test('writeFileAtomic leaves no temp files and replaces content', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hw-atomic-'));
  const f = path.join(dir, 'latest.json');
  writeFileAtomic(f, 'one');
  writeFileAtomic(f, 'two');
  assert.equal(readFileSync(f, 'utf8'), 'two');
  assert.deepEqual(readdirSync(dir), ['latest.json']);
});
