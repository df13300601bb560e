// restart-backend before a retry, through the Railway stand-in whose redeploy really restarts the app.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runInlineTest } from '../helpers/run-inline.js';
import { startRailwayStandIn, type RailwayStandIn, type RailwayStandInOptions } from '../standins/railway.js';
import { collectClassAFixes } from '../../src/reporter/class-a.js';
import { startAppServer, type AppServer } from './app-server.js';
import { fixRecords, healConfig, outcomesOf } from './suite.js';

const spec = (n: number) => `import { test, expect } from 'healwright/fixtures';
${Array.from({ length: n }, (_, i) => `test('items ${i + 1}', async ({ request }) => {
  const response = await request.get(process.env.APP_URL + '/api/v1/items');
  await expect(response).toBeOK();
});`).join('\n')}
`;

function railwayUse(standIn: RailwayStandIn, token = standIn.state.projectToken): string {
  return `healRestart: { type: 'railway', apiUrl: '${standIn.url}', projectToken: '${token}', serviceId: '${standIn.state.serviceId}', environmentId: '${standIn.state.environmentId}', pollIntervalMs: 20, deadlineMs: 5000, maxRetries: 1, maxRetryDelayMs: 10 },
    healApiHealthUrl: process.env.APP_URL + '/health', healHealthTimeout: 5000,`;
}

interface Setup {
  app: AppServer;
  standIn: RailwayStandIn;
}

/**
 * A broken app (health down, API answering 500) and a Railway stand-in whose redeploy restarts it,
 * unless the deployment is scripted to fail.
 */
async function setup(standInOptions: RailwayStandInOptions = {}): Promise<Setup> {
  const app = await startAppServer({ healthy: false, api500: true });
  const fails = standInOptions.lifecycle?.some((st) => st !== 'SUCCESS' && /FAILED|CRASHED|REMOVED|SKIPPED/.test(st)) ?? false;
  const standIn = await startRailwayStandIn({ ...standInOptions, onRedeploy: () => (fails ? undefined : app.restart()) });
  return { app, standIn };
}

describe('restart-backend before a retry (Railway stand-in)', () => {
  const open: Setup[] = [];
  const start = async (o: RailwayStandInOptions = {}) => {
    const s = await setup(o);
    open.push(s);
    return s;
  };
  after(async () => {
    for (const s of open) {
      await s.app.close();
      await s.standIn.close();
    }
  });

  test('a 5xx fails the first attempt, one redeploy, the retry passes: flaky, fix verified', async () => {
    const { app, standIn } = await start();
    const r = await runInlineTest(
      { 'playwright.config.ts': healConfig({ use: railwayUse(standIn) }), 'a.spec.ts': spec(1) },
      { env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 0, r.output);
    assert.equal(standIn.state.redeploys.length, 1, 'exactly one redeploy');
    assert.equal(app.state.restarts, 1);
    const s = r.summary();
    assert.equal(s.totals.flaky, 1);
    assert.equal(s.failures[0]?.triage.category, 'restart-backend');

    const [fix, ...rest] = fixRecords(r);
    assert.equal(rest.length, 0);
    assert.equal(fix?.category, 'restart-backend');
    assert.equal(fix?.status, 'applied');
    assert.equal(fix?.performed, true);
    assert.equal(fix?.provider, 'railway');
    assert.match(fix?.detail ?? '', /redeployed through railway \(deployment dep-1\).*health .* answered 200/);

    const collected = collectClassAFixes(r.runDir(), outcomesOf(r));
    assert.equal(collected.length, 1);
    assert.equal(collected[0]?.status, 'verified');
    assert.deepEqual(collected[0]?.testIds, [fix?.testId]);
    assert.match(collected[0]?.detail ?? '', /the retry passed$/);

    const report = JSON.parse(r.file('test-output.json'));
    const annotations = report.suites[0].specs[0].tests[0].results[1].annotations as { type: string; description: string }[];
    assert.ok(annotations.some((a) => a.type === 'heal:fix' && /^restart-backend applied: /.test(a.description)), JSON.stringify(annotations));
  });

  test('the same fault on 4 workers triggers exactly one redeploy; the others wait for it', async () => {
    // Slow answers keep the redeploy going while the other workers' retries arrive.
    const { app, standIn } = await start({ delayMs: 150 });
    const r = await runInlineTest(
      { 'playwright.config.ts': healConfig({ use: railwayUse(standIn), workers: 4, extra: 'fullyParallel: true,' }), 'a.spec.ts': spec(4) },
      { env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 0, r.output);
    assert.equal(standIn.state.redeploys.length, 1, 'exactly one redeploy across 4 workers');
    const mutations = standIn.requests.filter((q) => q.field === 'serviceInstanceRedeploy');
    assert.equal(mutations.length, 1);
    assert.equal(app.state.restarts, 1);
    const s = r.summary();
    assert.equal(s.totals.failed, 0);
    assert.equal(s.totals.passed + s.totals.flaky, 4);

    const fixes = fixRecords(r);
    assert.equal(fixes.length, s.totals.flaky, 'one record per retried test');
    assert.ok(fixes.length >= 2, `expected several retried tests, got ${fixes.length}: ${r.output}`);
    assert.equal(fixes.filter((f) => f.performed).length, 1, 'one worker performed the redeploy');
    for (const f of fixes) {
      assert.equal(f.status, 'applied', f.detail);
      assert.equal(f.actionId, fixes[0]?.actionId);
    }
    for (const f of fixes.filter((x) => !x.performed)) assert.match(f.detail, /^reused another worker's redeploy/);

    const collected = collectClassAFixes(r.runDir(), outcomesOf(r));
    assert.equal(collected.length, 1, 'one shared redeploy is one fix');
    assert.equal(collected[0]?.status, 'verified');
    assert.equal(collected[0]?.testIds.length, fixes.length);
    if (fixes.length > 1) assert.match(collected[0]?.detail ?? '', new RegExp(`one fix shared by ${fixes.length} tests`));
    else assert.doesNotMatch(collected[0]?.detail ?? '', /shared/);
  });

  test('dry run records what it would do and redeploys nothing', async () => {
    const { app, standIn } = await start();
    const r = await runInlineTest(
      { 'playwright.config.ts': healConfig({ use: railwayUse(standIn), reporter: 'dryRun: true' }), 'a.spec.ts': spec(1) },
      { env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 1, r.output);
    assert.equal(standIn.requests.length, 0, 'no request reached Railway');
    assert.equal(app.state.restarts, 0);
    const [fix] = fixRecords(r);
    assert.equal(fix?.status, 'dry-run');
    assert.match(fix?.detail ?? '', /dry run: would redeploy the backend through the railway restart provider/);
    assert.equal(collectClassAFixes(r.runDir(), outcomesOf(r))[0]?.status, 'dry-run');
  });

  const railwayFailures: { name: string; options: RailwayStandInOptions; token?: string; detail: RegExp }[] = [
    { name: 'HTTP 401', options: { authFailure: 'http401' }, token: 'wrong-token', detail: /Railway rejected the project token .*Check RAILWAY_TOKEN/ },
    { name: 'HTTP 429', options: { rateLimit: { times: Infinity, retryAfter: '0' } }, detail: /rate-limited the request \(HTTP 429\) 2 times/ },
    { name: 'a FAILED deployment', options: { lifecycle: ['QUEUED', 'BUILDING', 'FAILED'] }, detail: /deployment dep-1 ended FAILED/ },
  ];
  for (const c of railwayFailures) {
    test(`Railway ${c.name}: the tests still run and the fix record explains the failure`, async () => {
      const { app, standIn } = await start(c.options);
      assert.equal(app.state.restarts, 0);
      const r = await runInlineTest(
        { 'playwright.config.ts': healConfig({ use: railwayUse(standIn, c.token) }), 'a.spec.ts': spec(2) },
        { env: { APP_URL: app.url } },
      );
      assert.equal(r.exitCode, 1, r.output);
      assert.equal(app.state.restarts, 0);
      const s = r.summary();
      assert.equal(s.totals.failed, 2, 'both tests ran both attempts and failed');
      assert.equal(s.failures.every((f) => f.attempts === 2), true);
      const fixes = fixRecords(r);
      assert.equal(fixes.length, 2);
      for (const f of fixes) {
        assert.equal(f.status, 'failed');
        assert.match(f.detail, c.detail);
      }
      const collected = collectClassAFixes(r.runDir(), outcomesOf(r));
      assert.equal(collected.length, 1);
      assert.equal(collected[0]?.status, 'failed');
      assert.match(collected[0]?.detail ?? '', c.detail);
    });
  }
});
