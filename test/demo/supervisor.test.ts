import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN, call, login, tempDataDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the process's exit code and output. */
function finished(child: ChildProcess): Promise<{ code: number | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

/** Starts `npm run demo`'s entry point and waits for the lines that name its two ports. */
async function startMain(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; controlUrl: string }> {
  const child = runNode(['demo/src/main.ts'], env);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start in time:\n${out}`)), 90_000);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const controlUrl = /control on (http:\/\/\S+)/.exec(out)?.[1];
      if (url && controlUrl) {
        clearTimeout(timer);
        resolve({ child, url, controlUrl });
      }
    });
    child.on('exit', (code) => reject(new Error(`demo exited with ${code}:\n${out}`)));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('demo supervisor and restart', { timeout: 240_000 }, () => {
  const dataDir = tempDataDir();
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('api-500 from DEMO_FAULTS is cleared by a restart through the control endpoint; persisted faults stay', async () => {
    const { child, url, controlUrl } = await startMain({ DEMO_PORT: '0', DEMO_DATA_DIR: dataDir, DEMO_ADMIN_TOKEN: ADMIN, DEMO_FAULTS: 'api-500,ui-renamed' });
    try {
      const token = (await login(url)).accessToken;
      const before = await call<{ instance: string; pid: number; faults: string[] }>(url, 'GET', '/health');
      assert.deepEqual(before.body.faults, ['api-500', 'ui-renamed']);
      assert.equal((await call(url, 'GET', '/api/v1/customers', { token })).status, 500);

      assert.equal((await fetch(`${controlUrl}/restart`, { method: 'POST' })).status, 401);
      assert.equal((await fetch(`${controlUrl}/restart`, { method: 'POST', headers: { 'x-admin-token': 'wrong' } })).status, 403);

      const port = new URL(url).port;
      const cli = await finished(runNode(['demo/src/restart.ts'], { DEMO_PORT: port, DEMO_CONTROL_PORT: new URL(controlUrl).port, DEMO_ADMIN_TOKEN: ADMIN }));
      assert.equal(cli.code, 0, cli.out);
      assert.match(cli.out, /backend restarted in \d+ ms: instance inst_\w+ -> inst_\w+/);

      const afterRestart = await call<{ instance: string; pid: number; faults: string[] }>(url, 'GET', '/health');
      assert.notEqual(afterRestart.body.instance, before.body.instance);
      assert.notEqual(afterRestart.body.pid, before.body.pid);
      assert.equal(alive(before.body.pid), false, 'the old backend process is gone');
      assert.deepEqual(afterRestart.body.faults, ['ui-renamed']);
      assert.equal((await call(url, 'GET', '/api/v1/customers', { token })).status, 200);

      // A second restart must not bring api-500 back from the original DEMO_FAULTS.
      const again = await fetch(`${controlUrl}/restart`, { method: 'POST', headers: { 'x-admin-token': ADMIN } });
      const body = (await again.json()) as { status: string; previousInstance: string; instance: string };
      assert.equal(again.status, 200);
      assert.deepEqual([body.status, body.previousInstance], ['restarted', afterRestart.body.instance]);
      assert.deepEqual((await call<{ faults: string[] }>(url, 'GET', '/health')).body.faults, ['ui-renamed']);

      const exit = finished(child);
      const backendPid = (await call<{ pid: number }>(url, 'GET', '/health')).body.pid;
      child.kill('SIGTERM');
      assert.equal((await exit).code, 0);
      assert.equal(alive(backendPid), false, 'stopping the supervisor stops its backend');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  test('demo:restart exits non-zero with a clear message when no demo is running', async () => {
    const cli = await finished(runNode(['demo/src/restart.ts'], { DEMO_PORT: '9', DEMO_CONTROL_PORT: '10' }));
    assert.equal(cli.code, 1);
    assert.match(cli.out, /cannot reach the control endpoint http:\/\/127\.0\.0\.1:10\/restart \(ECONNREFUSED\)\. Is the demo running/);
  });

  test('a bad setting stops the demo before it starts, naming the key', async () => {
    const res = await finished(runNode(['demo/src/main.ts'], { DEMO_PORT: '0', DEMO_DATA_DIR: dataDir, DEMO_FAULTS: 'api-500,meteor' }));
    assert.equal(res.code, 2);
    assert.match(res.out, /DEMO_FAULTS has unknown fault\(s\) meteor\. Known faults: api-500, sessions-invalid/);
  });
});
