// The lock's parts one by one, in this process: who owns a lock folder, how old its heartbeat is, when a
// waiter may call it stale (each limit at its boundary), the heartbeat's timer (mocked), the timeout
// error, release by token, a breaker's leftover guard, and errors that are not "taken". The real
// processes are in lock.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acquireLock, LockTimeoutError, releaseLock, takeLock, takeLockSync, withLockSync } from '../../src/common/lock.js';
import { HOST, processAlive, readOwner, readState, startHeartbeat, staleReason, writeOwner } from '../../src/common/lock-owner.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'hw-lock-units-'));
/** A pid no process has (above Linux's default pid_max of 2^22). */
const DEAD_PID = 2 ** 22 + 4321;
const ownerFile = (lockDir: string) => path.join(lockDir, 'owner.json');
const setMtime = (p: string, epochMs: number) => utimesSync(p, new Date(epochMs), new Date(epochMs));

describe('processAlive', () => {
  test('only whole positive pids of running processes', () => {
    assert.equal(processAlive(process.pid), true);
    assert.equal(processAlive(process.ppid), true);
    for (const pid of [0, -1, -process.pid, 1.5, Number.NaN, DEAD_PID]) assert.equal(processAlive(pid), false, String(pid));
  });
});

describe('readOwner / writeOwner / readState', () => {
  test('owner.json round-trips; bad or partial files read as no owner; odd fields are dropped', () => {
    const dir = tmp();
    assert.equal(readOwner(dir), undefined, 'no file');
    writeOwner(dir, { pid: 12, since: 34, token: 'tok', host: 'h' });
    assert.deepEqual(readOwner(dir), { pid: 12, since: 34, token: 'tok', host: 'h' });
    assert.deepEqual(readdirSync(dir), ['owner.json'], 'the temporary file was renamed, not left behind');
    for (const bad of ['{', '[]', 'null', JSON.stringify({ pid: '12', since: 34 }), JSON.stringify({ pid: 12 }), JSON.stringify({ since: 34 })]) {
      writeFileSync(ownerFile(dir), bad);
      assert.equal(readOwner(dir), undefined, bad);
    }
    writeFileSync(ownerFile(dir), JSON.stringify({ pid: 12, since: 34, token: 56, host: ['h'] }));
    assert.deepEqual(readOwner(dir), { pid: 12, since: 34 });
  });

  test('the heartbeat age is owner.json\'s mtime when there is an owner, the folder\'s when there is not', () => {
    const dir = path.join(tmp(), 'l');
    mkdirSync(dir);
    const T = Date.parse('2026-06-01T00:00:00Z');
    setMtime(dir, T);
    assert.deepEqual(readState(dir, T + 7_000), { heartbeatAgeMs: 7_000 });
    writeOwner(dir, { pid: 1, since: T, token: 't' });
    setMtime(ownerFile(dir), T + 2_000);
    setMtime(dir, T);
    assert.deepEqual(readState(dir, T + 7_000), { owner: { pid: 1, since: T, token: 't' }, heartbeatAgeMs: 5_000 });
    assert.deepEqual(readState(path.join(dir, 'gone'), T), {}, 'no folder: nothing known');
  });
});

describe('staleReason', () => {
  const other = { pid: process.ppid, since: 0, token: 't', host: HOST };
  test('an owner on this host whose pid is gone is stale at once, with or without a host field', () => {
    assert.equal(staleReason({ owner: { pid: DEAD_PID, since: 0, host: HOST }, heartbeatAgeMs: 0 }, 60_000), `its owner (pid ${DEAD_PID}) is no longer running`);
    assert.equal(staleReason({ owner: { pid: DEAD_PID, since: 0 } }, 60_000), `its owner (pid ${DEAD_PID}) is no longer running`);
  });
  test('another host\'s owner is judged by its heartbeat only, and without an age not at all', () => {
    const owner = { pid: DEAD_PID, since: 0, host: 'elsewhere' };
    assert.equal(staleReason({ owner, heartbeatAgeMs: 60_000 }, 60_000), undefined);
    assert.equal(staleReason({ owner, heartbeatAgeMs: 60_001 }, 60_000), 'no heartbeat for 60001 ms (staleMs 60000)');
    assert.equal(staleReason({ owner }, 1), undefined);
  });
  test('a live owner is stale only once its heartbeat is older than staleMs', () => {
    assert.equal(staleReason({ owner: other, heartbeatAgeMs: 120_000 }, 120_000), undefined);
    assert.equal(staleReason({ owner: other, heartbeatAgeMs: 120_000.4 }, 120_000), 'no heartbeat for 120000 ms (staleMs 120000)');
    assert.equal(staleReason({ owner: { ...other, pid: process.pid }, heartbeatAgeMs: 0 }, 120_000), undefined, 'this process, alive');
  });
  test('a folder with no owner file gets at most 5 s (its taker may be writing it), or staleMs when that is shorter', () => {
    assert.equal(staleReason({ heartbeatAgeMs: 5_000 }, 120_000), undefined);
    assert.equal(staleReason({ heartbeatAgeMs: 5_001 }, 120_000), 'no heartbeat for 5001 ms (staleMs 120000)');
    assert.equal(staleReason({ heartbeatAgeMs: 1_000 }, 1_000), undefined);
    assert.equal(staleReason({ heartbeatAgeMs: 1_001 }, 1_000), 'no heartbeat for 1001 ms (staleMs 1000)');
    assert.equal(staleReason({}, 1), undefined, 'no folder, no age: not stale');
  });
});

describe('startHeartbeat (mocked timers)', () => {
  test('beats every intervalMs (at least 5 ms), stops and reports once the token changed, and stop() ends it', (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    const dir = tmp();
    writeOwner(dir, { pid: process.pid, since: 0, token: 'mine' });
    setMtime(ownerFile(dir), 0);
    let lost = 0;
    const stop = startHeartbeat(dir, 'mine', 1, () => lost++);
    t.mock.timers.tick(4);
    assert.equal(readState(dir, 0).heartbeatAgeMs, 0, 'no beat before 5 ms');
    t.mock.timers.tick(1);
    assert.ok((readState(dir, 0).heartbeatAgeMs ?? 0) < -1e12, 'the beat set mtime to now');
    writeOwner(dir, { pid: process.pid, since: 0, token: 'theirs' });
    setMtime(ownerFile(dir), 0);
    t.mock.timers.tick(5);
    assert.equal(lost, 1);
    assert.equal(readState(dir, 0).heartbeatAgeMs, 0, 'the other owner\'s file is not touched');
    // (Node 20's mocked clearInterval does not stop an interval from inside its own callback, so that
    // the beats stop after a loss is checked with real timers below.)

    writeOwner(dir, { pid: process.pid, since: 0, token: 'again' });
    let lost2 = 0;
    const stop2 = startHeartbeat(dir, 'again', 20, () => lost2++);
    stop2();
    writeOwner(dir, { pid: process.pid, since: 0, token: 'someone' });
    t.mock.timers.tick(100);
    assert.equal(lost2, 0, 'stopped: no more beats');
    stop();
  });
});

describe('takeLock and release', () => {
  test('the timeout error names the folder, the holder and what to do', async () => {
    const lockDir = path.join(tmp(), 'l');
    mkdirSync(lockDir);
    const since = Date.parse('2026-03-04T05:06:07.000Z');
    writeOwner(lockDir, { pid: process.ppid, since, token: 'x', host: 'ci-box' });
    const err = await takeLock(lockDir, { timeoutMs: 0, staleMs: 60_000 }).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof LockTimeoutError);
    assert.equal(err.name, 'LockTimeoutError');
    assert.equal(err.lockDir, lockDir);
    assert.equal(
      err.message,
      `healwright could not take the lock ${lockDir} within 0 ms (held by pid ${process.ppid} since 2026-03-04T05:06:07.000Z on ci-box). Another worker is still applying a fix; if no healwright run is active, delete that folder.`,
    );
    writeOwner(lockDir, { pid: process.ppid, since, token: 'x' });
    const err2 = await takeLock(lockDir, { timeoutMs: 0, staleMs: 60_000 }).then(() => undefined, (e: unknown) => e);
    assert.ok(err2 instanceof LockTimeoutError);
    assert.match(err2.message, new RegExp(`held by pid ${process.ppid} since 2026-03-04T05:06:07.000Z\\)\\. Another`), 'no host: no "on"');
  });

  test('a held lock is not lost, releases once, and only with its own token', async () => {
    const lockDir = path.join(tmp(), 'l');
    const held = await takeLock(lockDir);
    assert.equal(held.lost(), false);
    assert.equal(readOwner(lockDir)?.token, held.token);
    assert.equal(readOwner(lockDir)?.pid, process.pid);
    assert.equal(readOwner(lockDir)?.host, HOST);
    assert.equal(releaseLock(lockDir, 'not-the-token'), false);
    assert.ok(existsSync(lockDir));
    assert.equal(held.release(), true);
    assert.equal(existsSync(lockDir), false);
    assert.deepEqual(readdirSync(path.dirname(lockDir)), [], 'nothing renamed aside is left');
    assert.equal(held.release(), false, 'a second release does nothing');
    assert.equal(releaseLock(lockDir, held.token), false, 'gone already');
  });

  test('a holder whose lock was taken over sees lost() and its release leaves the new owner\'s lock', async () => {
    const lockDir = path.join(tmp(), 'l');
    const held = takeLockSync(lockDir, { staleMs: 40 });
    writeOwner(lockDir, { pid: process.pid, since: Date.now(), token: 'new-owner' });
    for (let i = 0; i < 500 && !held.lost(); i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(held.lost(), true);
    const newOwnerFile = ownerFile(lockDir);
    setMtime(newOwnerFile, 1_000_000);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(readState(lockDir, 1_000_000).heartbeatAgeMs, 0, 'the lost holder beats no more (10 beats would have passed)');
    assert.equal(held.release(), false);
    assert.equal(readOwner(lockDir)?.token, 'new-owner');
  });

  test('withLockSync and acquireLock release however the work ends', async () => {
    const lockDir = path.join(tmp(), 'l');
    assert.equal(withLockSync(lockDir, () => existsSync(lockDir)), true);
    assert.equal(existsSync(lockDir), false);
    assert.throws(() => withLockSync(lockDir, () => {
      throw new Error('work failed');
    }), /work failed/);
    assert.equal(existsSync(lockDir), false);
    const release = await acquireLock(lockDir);
    assert.ok(existsSync(lockDir));
    assert.throws(() => takeLockSync(lockDir, { timeoutMs: 30, pollMs: 5 }), LockTimeoutError);
    assert.equal(release(), true);
    assert.equal(release(), false);
    assert.equal(existsSync(lockDir), false);
  });

  test('a stale lock whose breaker died: a fresh guard blocks breaking, a guard older than 5 s is cleared', async () => {
    const lockDir = path.join(tmp(), 'l');
    mkdirSync(lockDir);
    writeOwner(lockDir, { pid: DEAD_PID, since: 0, token: 'dead' });
    const guard = `${lockDir}.breaking`;
    mkdirSync(guard);
    await assert.rejects(takeLock(lockDir, { timeoutMs: 100, pollMs: 5 }), LockTimeoutError);
    assert.equal(readOwner(lockDir)?.token, 'dead', 'not broken while another breaker may be at work');
    setMtime(guard, Date.now() - 6_000);
    const held = await takeLock(lockDir, { timeoutMs: 5_000, pollMs: 5 });
    assert.equal(readOwner(lockDir)?.token, held.token);
    assert.equal(existsSync(guard), false);
    held.release();
    assert.deepEqual(readdirSync(path.dirname(lockDir)), [], 'the broken lock was removed, not left aside');
  });

  test('an error other than "taken" is thrown at once, not waited out', async () => {
    const lockDir = path.join(tmp(), 'x'.repeat(300));
    await assert.rejects(takeLock(lockDir, { timeoutMs: 60_000 }), (err: NodeJS.ErrnoException) => err.code === 'ENAMETOOLONG' && !(err instanceof LockTimeoutError));
    assert.throws(() => takeLockSync(lockDir, { timeoutMs: 60_000 }), (err: NodeJS.ErrnoException) => err.code === 'ENAMETOOLONG');
  });
});

