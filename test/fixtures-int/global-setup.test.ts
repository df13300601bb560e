// healwright/global-setup in real runs: preflight, redeploy before any test, GPU record, and the
// pending-folder handover (globalSetup runs before the reporter's onBegin in Playwright 1.65).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInlineTest } from '../helpers/run-inline.js';
import { startRailwayStandIn, type RailwayStandIn } from '../standins/railway.js';
import { collectGlobalSetupFix } from '../../src/reporter/class-a.js';
import type { GlobalSetupRecord } from '../../src/playbooks/index.js';
import { ADMIN_TOKEN, startAppServer, type AppServer } from './app-server.js';
import { healConfig } from './suite.js';
import { DEFAULT_OLLAMA_MODEL } from '../../src/llm/gpu/model-tier.js';

const ITEMS_SPEC = `import { test, expect } from 'healwright/fixtures';
test('items', async ({ request }) => {
  await expect(await request.get(process.env.API_URL + '/api/v1/items')).toBeOK();
});
`;

const opened: (AppServer | RailwayStandIn)[] = [];
after(async () => {
  for (const s of opened) await s.close();
});

test('API down before the run: globalSetup restarts it through HEAL_RESTART_COMMAND, the tests pass first time', async () => {
  const app = await startAppServer({ healthy: false, api500: true });
  opened.push(app);
  const command = `node -e "fetch(process.env.API_URL + '/__restart', { method: 'POST', headers: { 'x-admin-token': '${ADMIN_TOKEN}' } }).then((r) => process.exit(r.ok ? 0 : 1))"`;
  const r = await runInlineTest(
    { 'playwright.config.ts': healConfig({ extra: "globalSetup: 'healwright/global-setup'," }), 'a.spec.ts': ITEMS_SPEC },
    { env: { API_URL: app.url, HEAL_RESTART_COMMAND: command } },
  );
  assert.equal(r.exitCode, 0, r.output);
  assert.equal(app.state.restarts, 1);
  assert.deepEqual(r.summary().totals, { total: 1, passed: 1, failed: 0, flaky: 0, skipped: 0 });
  assert.match(r.stdout, new RegExp(`healwright: API health ${app.url}/health is down \\(HTTP 503\\): redeploying through command before any test starts`));

  const record = JSON.parse(r.file('global-setup.json')) as GlobalSetupRecord;
  assert.deepEqual(record.preflight, { ...record.preflight, url: `${app.url}/health`, ok: false, status: 503 });
  assert.equal(record.restart?.provider, 'command');
  assert.equal(record.restart?.status, 'applied');
  assert.equal(record.restart?.healthy, true);
  assert.match(record.restart?.detail ?? '', /redeployed through command and health answered 200/);
  assert.equal(record.gpu?.file, 'gpu.json');
  const gpu = JSON.parse(r.file('gpu.json')) as { available: boolean; recommendedModel: string; reason: string };
  // Without a GPU the probe picks the CPU-sized model; with one, a model tier and a reason naming the GPU.
  if (!gpu.available) assert.equal(gpu.recommendedModel, DEFAULT_OLLAMA_MODEL, JSON.stringify(gpu));
  else assert.notEqual(gpu.recommendedModel, '', JSON.stringify(gpu));
  assert.ok(gpu.reason.length > 0, JSON.stringify(gpu));
  assert.equal(existsSync(path.join(r.resultsDir, '.pending')), false, 'the pending folder was moved into the run folder');

  const fix = collectGlobalSetupFix(r.runDir());
  assert.equal(fix?.status, 'verified');
  assert.equal(fix?.category, 'restart-backend');
  assert.match(fix?.detail ?? '', /^before the tests \(globalSetup\): /);
});

test('composed with a user globalSetup, in dry run, with Railway from env: records the redeploy it would do', async () => {
  const app = await startAppServer({ healthy: false });
  const standIn = await startRailwayStandIn();
  opened.push(app, standIn);
  const r = await runInlineTest(
    {
      'playwright.config.ts': healConfig({ reporter: 'dryRun: true', extra: "globalSetup: './setup.ts'," }),
      'setup.ts': `import { writeFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';
import { createHealGlobalSetup } from 'healwright/global-setup';
export default async function setup(config: FullConfig) {
  writeFileSync('order.json', JSON.stringify({ runDirAtGlobalSetup: process.env.HEAL_RUN_DIR ?? null }));
  const healTeardown = await createHealGlobalSetup({ gpu: false, probeTimeoutMs: 300 })(config);
  process.env.MY_SETUP = 'done';
  return async () => { await healTeardown(); };
}
`,
      'a.spec.ts': `import { test, expect } from 'healwright/fixtures';
test('setup ran', () => { expect(process.env.MY_SETUP).toBe('done'); });
`,
    },
    {
      env: {
        API_URL: app.url,
        RAILWAY_API_URL: standIn.url,
        RAILWAY_TOKEN: standIn.state.projectToken,
        RAILWAY_SERVICE_ID: standIn.state.serviceId,
        RAILWAY_ENVIRONMENT_ID: standIn.state.environmentId,
      },
    },
  );
  assert.equal(r.exitCode, 0, r.output);
  assert.deepEqual(JSON.parse(readFileSync(path.join(r.dir, 'order.json'), 'utf8')), { runDirAtGlobalSetup: null }, 'globalSetup runs before onBegin');
  assert.equal(standIn.requests.length, 0, 'dry run: Railway was not called');
  assert.equal(app.state.restarts, 0);
  const record = JSON.parse(r.file('global-setup.json')) as GlobalSetupRecord;
  assert.equal(record.restart?.status, 'dry-run');
  assert.equal(record.restart?.provider, 'railway');
  assert.match(record.restart?.detail ?? '', /^dry run: API health .* is down \(HTTP 503\); would redeploy through the railway restart provider/);
  assert.deepEqual(record.gpu, { summary: 'GPU detection disabled (gpu: false)' });
  assert.equal(existsSync(path.join(r.runDir(), 'gpu.json')), false);
  assert.equal(collectGlobalSetupFix(r.runDir())?.status, 'dry-run');
});
