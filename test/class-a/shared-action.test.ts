// The cross-process guarantees: one redeploy per run across worker processes, a stale lock of a dead
// process is broken, a busy lock times out with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, LockTimeoutError, runOncePerRun, runUnlessFresh, withLock } from '../../src/class-a/index.js';

const SHARED = fileURLToPath(new URL('../../src/class-a/shared-action.ts', import.meta.url));

function worker(runDir: string, counter: string): Promise<string> {
  const script = `
import { appendFileSync } from 'node:fs';
const { runOncePerRun } = await import(${JSON.stringify(SHARED)});
const r = await runOncePerRun(${JSON.stringify(runDir)}, 'restart-backend', async () => {
  appendFileSync(${JSON.stringify(counter)}, process.pid + '\\n');
  await new Promise((res) => setTimeout(res, 400));
  return { status: 'applied', detail: 'redeployed by ' + process.pid };
}, { waitTimeoutMs: 30000, pollMs: 20 });
process.stdout.write(JSON.stringify(r));
`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

test('runOncePerRun: four processes at once, one runs the action, three reuse its outcome', async () => {
  const runDir = mkdtempSync(path.join(tmpdir(), 'heal-once-'));
  const counter = path.join(runDir, 'count.txt');
  writeFileSync(counter, '');
  const results = (await Promise.all([1, 2, 3, 4].map(() => worker(runDir, counter)))).map((o) => JSON.parse(o) as { role: string; outcome: { detail: string }; actionId: string });
  assert.equal(readFileSync(counter, 'utf8').trim().split('\n').length, 1, 'performed exactly once');
  assert.equal(results.filter((r) => r.role === 'performed').length, 1);
  assert.equal(results.filter((r) => r.role === 'joined').length, 3);
  assert.equal(new Set(results.map((r) => r.outcome.detail)).size, 1, 'everyone sees the same outcome');
  assert.equal(new Set(results.map((r) => r.actionId)).size, 1);

  const later = await runOncePerRun(runDir, 'restart-backend', async () => ({ status: 'applied', detail: 'again' }), { waitTimeoutMs: 1000 });
  assert.equal(later.role, 'joined');
  assert.equal(later.alreadyDone, true);
  assert.notEqual(later.outcome.detail, 'again');
});

test('runOncePerRun: a claim left by a dead process fails the waiters instead of hanging them', async () => {
  const runDir = mkdtempSync(path.join(tmpdir(), 'heal-once-'));
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  mkdirSync(path.join(runDir, 'actions'));
  writeFileSync(path.join(runDir, 'actions', 'restart-backend.json'), JSON.stringify({ state: 'running', pid: Number(dead), startedAt: new Date().toISOString() }));
  const r = await runOncePerRun(runDir, 'restart-backend', async () => ({ status: 'applied', detail: 'no' }), { waitTimeoutMs: 5_000, pollMs: 10 });
  assert.equal(r.outcome.status, 'failed');
  assert.match(r.outcome.detail, new RegExp(`the worker \\(pid ${dead}\\) running restart-backend exited before it finished`));
});

test('runUnlessFresh: reuses an action finished after the failure, runs again for an older one', async () => {
  const runDir = mkdtempSync(path.join(tmpdir(), 'heal-fresh-'));
  let runs = 0;
  const perform = async () => {
    runs++;
    return { status: 'applied' as const, detail: `login ${runs}` };
  };
  const failedAt = new Date(Date.now() - 1_000).toISOString();
  const first = await runUnlessFresh(runDir, 'clear-session-x', failedAt, perform, { lockTimeoutMs: 1_000 });
  const second = await runUnlessFresh(runDir, 'clear-session-x', failedAt, perform, { lockTimeoutMs: 1_000 });
  assert.deepEqual([first.role, second.role, runs], ['performed', 'joined', 1]);
  assert.equal(second.outcome.detail, 'login 1');
  const third = await runUnlessFresh(runDir, 'clear-session-x', new Date(Date.now() + 1_000).toISOString(), perform, { lockTimeoutMs: 1_000 });
  assert.deepEqual([third.role, runs], ['performed', 2]);
});

test('locks: a dead owner\'s lock is broken, a live one times out with a message', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heal-lock-'));
  const lock = path.join(dir, 'l');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  mkdirSync(lock);
  writeFileSync(path.join(lock, 'owner.json'), JSON.stringify({ pid: Number(dead), since: Date.now() }));
  assert.equal(await withLock(lock, () => 'taken', { timeoutMs: 500 }), 'taken');

  const release = await acquireLock(lock);
  await assert.rejects(acquireLock(lock, { timeoutMs: 100, pollMs: 10 }), (err: unknown) => {
    assert.ok(err instanceof LockTimeoutError);
    assert.match(err.message, new RegExp(`could not take the lock .* within 100 ms \\(held by pid ${process.pid} since`));
    return true;
  });
  release();
  assert.equal(await withLock(lock, () => 'again', { timeoutMs: 500 }), 'again');
});
