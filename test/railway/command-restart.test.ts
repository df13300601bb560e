import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRestartProvider } from '../../src/restart/index.js';
import { timerOf } from '../helpers/timer.js';

/** Alive and not a zombie (a killed grandchild may wait for a reaper in containers). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('CommandRestartProvider', () => {
  test('exit 0 is ok; the detail keeps the last output lines and log gets every line', async () => {
    const lines: string[] = [];
    const provider = new CommandRestartProvider({ command: 'for i in 1 2 3 4 5; do echo line-$i; done; echo warn >&2', tailLines: 3 });
    const outcome = await provider.restart({ log: (l) => lines.push(l) });
    assert.equal(outcome.provider, 'command');
    assert.equal(outcome.ok, true);
    assert.match(outcome.detail, /^Restart command exited 0 in \d+ ms\./);
    const tail = outcome.detail.split('Last output:\n')[1]?.split('\n') ?? [];
    assert.equal(tail.length, 3);
    assert.ok(tail.includes('warn') && tail.includes('line-5') && !tail.includes('line-1'), tail.join('|'));
    assert.equal(lines.filter((l) => l.startsWith('command: line-')).length, 5);
    assert.equal(outcome.error, undefined);
  });

  test('a non-zero exit is a failure that names the code and shows the output', async () => {
    const outcome = await new CommandRestartProvider({ command: 'echo "backend refused to start" >&2; exit 3' }).restart();
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /exited with code 3/);
    assert.match(outcome.detail, /backend refused to start/);
    assert.ok(outcome.error instanceof Error);
  });

  test('runs in cwd with the given env', async (t) => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'heal-cmd-')));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const outcome = await new CommandRestartProvider({ command: 'echo "$PWD:$HEAL_PROBE"', cwd: dir, env: { PATH: process.env.PATH, HEAL_PROBE: 'probe-1' } }).restart();
    assert.equal(outcome.ok, true);
    assert.ok(outcome.detail.includes(`${dir}:probe-1`), outcome.detail);
  });

  test('timeout kills the whole process tree, grandchildren included', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'heal-cmd-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const pidFile = join(dir, 'pid');
    const provider = new CommandRestartProvider({ command: `sleep 30 & echo $! > "${pidFile}"; echo started; wait`, timeoutMs: 1_000 });
    const sleep = timerOf(30_000);
    const outcome = await provider.restart();
    assert.equal(sleep.fired(), false, 'returned at the timeout, not after the 30 s sleep');
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /timed out after 1000 ms; its process tree was killed/);
    assert.match(outcome.detail, /started/);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    assert.ok(pid > 0);
    assert.equal(await waitUntil(() => !isAlive(pid), 3_000), true, `grandchild ${pid} should be dead`);
  });

  test('an abort signal kills the command', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const ownTimeout = timerOf(10_000);
    const outcome = await new CommandRestartProvider({ command: 'sleep 30', timeoutMs: 10_000 }).restart({ signal: controller.signal });
    assert.equal(ownTimeout.fired(), false, 'ended by the abort, before its own 10 s timeout');
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /aborted/);
  });

  test('a missing cwd is a failure, not a throw', async () => {
    const outcome = await new CommandRestartProvider({ command: 'true', cwd: join(tmpdir(), 'heal-no-such-dir-4711') }).restart();
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /could not start/);
  });

  test('an empty command is refused up front', () => {
    assert.throws(() => new CommandRestartProvider({ command: '  ' }), /needs a command/);
  });
});
