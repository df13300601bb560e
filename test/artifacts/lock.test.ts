// The cross-process lock with real processes: a killed or frozen holder loses the lock once its
// heartbeat stops (or its pid is gone), a live holder keeps it past staleMs, release() never removes
// another owner's lock, and 4 processes under the lock count exactly. Assertions are on outcomes and
// order, never on elapsed time.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LockTimeoutError, readOwner, releaseLock, takeLock, withLock } from '../../src/common/lock.js';
import { REPO_ROOT } from '../helpers/run-inline.js';

const LOCK_MODULE = JSON.stringify(path.join(REPO_ROOT, 'src/common/lock.ts'));
const tmp = () => mkdtempSync(path.join(tmpdir(), 'hw-lock-'));
const blockThread = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line that starts with `prefix`. */
  line(prefix: string): Promise<string>;
  exit: Promise<number | null>;
}

/** A node process running `body` (ESM, with the lock module imported as `lock`). */
function startChild(body: string): Child {
  const script = `import * as lock from ${LOCK_MODULE};\nconst say = (s) => process.stdout.write(s + '\\n');\n${body}`;
  const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: Array<{ prefix: string; resolve: (l: string) => void }> = [];
  let buf = '';
  proc.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const l = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(l);
      for (const w of waiters.filter((x) => l.startsWith(x.prefix))) w.resolve(l);
    }
  });
  const exit = new Promise<number | null>((resolve) => proc.on('close', resolve));
  return {
    proc,
    exit,
    line: (prefix) =>
      new Promise((resolve, reject) => {
        const hit = lines.find((l) => l.startsWith(prefix));
        if (hit !== undefined) return resolve(hit);
        waiters.push({ prefix, resolve });
        void exit.then((code) => reject(new Error(`child exited (${code}) before printing "${prefix}"; it printed: ${lines.join(' | ')}`)));
      }),
  };
}

describe('lock ownership across processes', () => {
  test('(a) a holder killed with SIGKILL: the next taker gets the lock from the dead pid, long before the old 120 s age rule', async () => {
    const lockDir = path.join(tmp(), 'l');
    const holder = startChild(`await lock.takeLock(${JSON.stringify(lockDir)}, { staleMs: 120000 }); say('taken'); setInterval(() => {}, 1000);`);
    await holder.line('taken');
    const pid = holder.proc.pid as number;
    assert.equal(readOwner(lockDir)?.pid, pid);
    holder.proc.kill('SIGKILL');
    await holder.exit;
    // staleMs 120 s: only the dead pid can free it within the 30 s we wait.
    const held = await takeLock(lockDir, { staleMs: 120_000, timeoutMs: 30_000 });
    assert.notEqual(readOwner(lockDir)?.pid, pid);
    assert.equal(readOwner(lockDir)?.token, held.token);
    assert.equal(held.release(), true);
  });

  test('(a) a frozen holder (SIGSTOP: pid alive, heartbeat stopped) loses the lock once the heartbeat is staleMs old', { skip: process.platform === 'win32' }, async () => {
    const lockDir = path.join(tmp(), 'l');
    const holder = startChild(`await lock.takeLock(${JSON.stringify(lockDir)}, { staleMs: 300 }); say('taken'); setInterval(() => {}, 1000);`);
    await holder.line('taken');
    holder.proc.kill('SIGSTOP');
    try {
      const held = await takeLock(lockDir, { staleMs: 300, timeoutMs: 30_000 });
      assert.equal(readOwner(lockDir)?.token, held.token);
      held.release();
    } finally {
      holder.proc.kill('SIGKILL');
      await holder.exit;
    }
  });

  test('(b) a live holder that heartbeats keeps the lock past staleMs; the waiter gets it only after the release', async () => {
    const dir = tmp();
    const lockDir = path.join(dir, 'l');
    const releasedMark = path.join(dir, 'released');
    const holder = startChild(`
      const held = await lock.takeLock(${JSON.stringify(lockDir)}, { staleMs: 300 });
      say('taken');
      await new Promise((r) => setTimeout(r, 1600));
      (await import('node:fs')).writeFileSync(${JSON.stringify(releasedMark)}, 'x');
      say('released ' + held.release());`);
    await holder.line('taken');
    // Holding 1.6 s with staleMs 300: a waiter giving up after 800 ms must not have broken the lock.
    await assert.rejects(takeLock(lockDir, { staleMs: 300, timeoutMs: 800, pollMs: 20 }), (err: unknown) => err instanceof LockTimeoutError);
    const held = await takeLock(lockDir, { staleMs: 300, timeoutMs: 30_000, pollMs: 20 });
    assert.ok(existsSync(releasedMark), 'the waiter got the lock before the holder released it');
    assert.equal(await holder.line('released'), 'released true', 'the holder still owned its lock when it released it');
    assert.equal(await holder.exit, 0);
    held.release();
  });

  test('(c) release by a non-owner leaves the other owner\'s lock in place', async () => {
    const lockDir = path.join(tmp(), 'l');
    const a = await takeLock(lockDir, { staleMs: 200 });
    assert.equal(releaseLock(lockDir, 'not-the-token'), false);
    assert.equal(readOwner(lockDir)?.token, a.token, 'a wrong token removes nothing');

    // B waits in another process; A freezes (no heartbeat) past staleMs, B breaks the lock and takes it.
    const b = startChild(`
      say('waiting');
      const held = await lock.takeLock(${JSON.stringify(lockDir)}, { staleMs: 200, timeoutMs: 30000, pollMs: 10 });
      say('taken ' + held.token);
      await new Promise((r) => setTimeout(r, 1500));
      say('released ' + held.release());`);
    await b.line('waiting');
    let bToken = '';
    for (let i = 0; i < 75 && !bToken; i++) {
      blockThread(400);
      const now = readOwner(lockDir)?.token;
      bToken = now && now !== a.token ? now : '';
    }
    assert.ok(bToken, 'B never took the lock of the frozen holder');
    // A wakes up and releases: the lock is B's now, so nothing is removed.
    assert.equal(a.release(), false);
    assert.equal(readOwner(lockDir)?.token, bToken, "B's lock is still there");
    assert.equal(await b.line('taken'), `taken ${bToken}`);
    assert.equal(await b.line('released'), 'released true');
    assert.equal(await b.exit, 0);
    assert.equal(existsSync(lockDir), false);
  });

  test('(d) 4 processes incrementing one counter under the lock count exactly', async () => {
    const dir = tmp();
    const lockDir = path.join(dir, 'l');
    const counter = path.join(dir, 'counter');
    writeFileSync(counter, '0');
    const perProcess = 25;
    const body = `
      const fs = await import('node:fs');
      for (let i = 0; i < ${perProcess}; i++) {
        await lock.withLock(${JSON.stringify(lockDir)}, async () => {
          const n = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8'));
          // Yield between the read and the write: without the lock, increments would get lost.
          await new Promise((r) => setTimeout(r, 2));
          fs.writeFileSync(${JSON.stringify(counter)}, String(n + 1));
        }, { staleMs: 60000, timeoutMs: 120000, pollMs: 5 });
      }
      say('done');`;
    const children = [0, 1, 2, 3].map(() => startChild(body));
    assert.deepEqual(await Promise.all(children.map((c) => c.exit)), [0, 0, 0, 0]);
    assert.equal(readFileSync(counter, 'utf8'), String(4 * perProcess));
  });
});

describe('lock basics', () => {
  test('a legacy owner file of a dead pid (no token, no heartbeat) is broken', async () => {
    const lockDir = path.join(tmp(), 'l');
    mkdirSync(lockDir);
    writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 4321, since: Date.now() }));
    assert.equal(await withLock(lockDir, () => 'taken', { timeoutMs: 5_000 }), 'taken');
  });
  test('another host\'s lock is judged by its heartbeat only', async () => {
    const lockDir = path.join(tmp(), 'l');
    mkdirSync(lockDir);
    writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 4321, since: Date.now(), token: 't', host: 'some-other-host' }));
    await assert.rejects(takeLock(lockDir, { staleMs: 60_000, timeoutMs: 200 }), (err: unknown) => err instanceof LockTimeoutError && /held by pid \d+ since .* on some-other-host/.test(err.message));
    assert.equal(await withLock(lockDir, () => 'taken', { staleMs: 50, timeoutMs: 5_000 }), 'taken');
  });
});
