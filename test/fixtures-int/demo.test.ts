// The three Class A faults of the demo CRM (demo/), healed before the retry in real Playwright runs:
// api-500 through the demo's own restart command (`npm run demo:restart`), sessions-invalid through a form
// login, tokens-expired through the default token refresh.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT, makeTempDir, runInlineTest } from '../helpers/run-inline.js';
import { collectClassAFixes } from '../../src/reporter/class-a.js';
import { fixRecords, healConfig, outcomesOf } from './suite.js';

const ADMIN = 'demo-test-admin';
const USER = { email: 'dispatcher@demo.test', password: 'demo-password' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Demo {
  url: string;
  env: Record<string, string>;
  process: ChildProcess;
  health(): Promise<{ instance: string }>;
  faults(enable: string[], disable?: string[]): Promise<void>;
}

async function startDemo(): Promise<Demo> {
  const [port, controlPort] = [await freePort(), await freePort()];
  const env = { DEMO_PORT: String(port), DEMO_CONTROL_PORT: String(controlPort), DEMO_ADMIN_TOKEN: ADMIN, DEMO_HOST: '127.0.0.1', DEMO_DATA_DIR: mkdtempSync(path.join(REPO_ROOT, '.tmp', 'demo-data-')) };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'demo/src/main.ts'), '--reset'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d;
      if (/demo: control on/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the demo exited (${code}):\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env,
    process: child,
    health: async () => (await (await fetch(`${url}/health`)).json()) as { instance: string },
    faults: async (enable, disable = []) => {
      const res = await fetch(`${url}/__faults`, { method: 'POST', headers: { 'x-admin-token': ADMIN, 'content-type': 'application/json' }, body: JSON.stringify({ enable, disable }) });
      assert.equal(res.status, 200, await res.text());
    },
  };
}

const SETUP_SPEC = `import { writeFileSync } from 'node:fs';
import { test, expect } from 'healwright/fixtures';
test('sign in', async ({ page, request }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('${USER.email}');
  await page.getByLabel('Password').fill('${USER.password}');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/dashboard$/);
  await page.context().storageState({ path: 'state.json' });
  const login = await request.post('/api/v1/auth/login', { data: ${JSON.stringify(USER)} });
  await expect(login).toBeOK();
  writeFileSync('tokens.json', JSON.stringify(await login.json()));
  const faults = await request.post('/__faults', { headers: { 'x-admin-token': '${ADMIN}' }, data: { enable: [process.env.FAULT_AFTER_SETUP] } });
  await expect(faults).toBeOK();
});
`;

const CUSTOMERS_SPEC = `import { readFileSync } from 'node:fs';
import { test, expect } from 'healwright/fixtures';
const bearer = () => ({ authorization: 'Bearer ' + JSON.parse(readFileSync('tokens.json', 'utf8')).accessToken });
test('customers API', async ({ request }) => {
  const response = await request.get('/api/v1/customers', { headers: bearer() });
  await expect(response).toBeOK();
});
`;

/** A project `setup` that signs in and then switches the fault on, and the healed project `api`. */
function setupConfig(demo: Demo, use: string): string {
  return healConfig({ browser: true, use: `baseURL: '${demo.url}', ${use}` })
    .replace("projects: [{ name: 'api', use: {", `projects: [{ name: 'setup', testMatch: /setup\\.spec/, use: { baseURL: '${demo.url}', launchOptions: (await import('${path.join(REPO_ROOT, 'src/browser/index.ts')}')).chromiumLaunchOptions() } }, { name: 'api', dependencies: ['setup'], testIgnore: /setup\\.spec/, use: {`);
}

describe('Class A fixes against the demo CRM', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    if (!demo) return;
    const exited = new Promise((resolve) => demo.process.once('exit', resolve));
    demo.process.kill('SIGTERM');
    await exited;
    rmSync(demo.env.DEMO_DATA_DIR as string, { recursive: true, force: true });
  });

  test('api-500: the demo restart command runs once, the retries pass, the fix is verified', async () => {
    await demo.faults(['api-500']);
    const before = await demo.health();
    const r = await runInlineTest(
      {
        'playwright.config.ts': healConfig({
          workers: 2,
          extra: 'fullyParallel: true,',
          use: `baseURL: '${demo.url}', healRestart: { type: 'command', command: 'npm run demo:restart', cwd: '${REPO_ROOT}' }, healHealthTimeout: 30000,`,
        }),
        'a.spec.ts': `import { test, expect } from 'healwright/fixtures';
for (const n of [1, 2]) {
  test('customers ' + n, async ({ request }) => {
    const login = await request.post('/api/v1/auth/login', { data: ${JSON.stringify(USER)} });
    const response = await request.get('/api/v1/customers', { headers: { authorization: 'Bearer ' + (await login.json()).accessToken } });
    await expect(response).toBeOK();
  });
}
`,
      },
      { env: demo.env },
    ).finally(() => demo.faults([], ['api-500']));
    assert.equal(r.exitCode, 0, r.output);
    assert.notEqual((await demo.health()).instance, before.instance, 'the backend process was replaced');
    const s = r.summary();
    assert.equal(s.totals.flaky, 2);
    assert.ok(s.failures.every((f) => f.triage.category === 'restart-backend'));
    const fixes = fixRecords(r);
    assert.equal(fixes.filter((f) => f.performed).length, 1, 'one restart for both tests');
    assert.match(fixes.find((f) => f.performed)?.detail ?? '', /redeployed through command in \d+ ms .*health http:\/\/127\.0\.0\.1:\d+\/health answered 200/);
    const collected = collectClassAFixes(r.runDir(), outcomesOf(r));
    assert.deepEqual(collected.map((f) => [f.category, f.status, f.testIds.length]), [['restart-backend', 'verified', 2]]);
  });

  test('sessions-invalid: clear-session signs in again through the login form', async () => {
    const dir = makeTempDir();
    const r = await runInlineTest(
      {
        'playwright.config.ts': setupConfig(demo, `storageState: 'state.json', healLoginForm: { url: '/login', fields: { Email: '${USER.email}', Password: '${USER.password}' } },`),
        'setup.spec.ts': SETUP_SPEC,
        'ui.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('dashboard', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
`,
      },
      { dir, env: { ...demo.env, FAULT_AFTER_SETUP: 'sessions-invalid' } },
    ).finally(() => demo.faults([], ['sessions-invalid']));
    assert.equal(r.exitCode, 0, r.output);
    const s = r.summary();
    assert.equal(s.totals.flaky, 1);
    assert.equal(s.failures[0]?.triage.category, 'clear-session');
    assert.deepEqual(collectClassAFixes(r.runDir(), outcomesOf(r)).map((f) => [f.category, f.status]), [['clear-session', 'verified']]);
  });

  test('tokens-expired: refresh-tokens POSTs the refresh token and rewrites tokens.json', async () => {
    const dir = makeTempDir();
    try {
      const r = await runInlineTest(
        { 'playwright.config.ts': setupConfig(demo, `healTokensFile: 'tokens.json',`), 'setup.spec.ts': SETUP_SPEC, 'api.spec.ts': CUSTOMERS_SPEC },
        { dir, env: { ...demo.env, FAULT_AFTER_SETUP: 'tokens-expired' } },
      );
      assert.equal(r.exitCode, 0, r.output);
      assert.equal(r.summary().failures[0]?.triage.category, 'refresh-tokens');
      const tokens = JSON.parse(readFileSync(path.join(dir, 'tokens.json'), 'utf8')) as { tokenType: string; accessToken: string };
      assert.equal(tokens.tokenType, 'Bearer', 'the other keys are kept');
      const customers = await fetch(`${demo.url}/api/v1/customers`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
      assert.equal(customers.status, 200, 'the rewritten access token works while tokens-expired is on');
      const [fix] = fixRecords(r);
      assert.match(fix?.detail ?? '', /refreshed the tokens through POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/auth\/refresh: .*answered 200; rewrote tokens\.json/);
      assert.deepEqual(collectClassAFixes(r.runDir(), outcomesOf(r)).map((f) => [f.category, f.status]), [['refresh-tokens', 'verified']]);
    } finally {
      await demo.faults([], ['tokens-expired']);
    }
  });
});
