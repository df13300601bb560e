import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ADMIN, type TestDemo, call, getPage, login, setFaults, startTestDemo, uiLogin } from './helpers.js';

describe('demo fault switchboard', () => {
  let demo: TestDemo;
  before(async () => {
    demo = await startTestDemo({ slowMs: 1_500 });
  });
  after(() => demo.stop());
  beforeEach(() => setFaults(demo.url, { disable: ['api-500', 'sessions-invalid', 'tokens-expired', 'ui-renamed', 'route-moved', 'data-changed', 'slow', 'security-header-missing', 'js-error'] }));

  test('/__faults needs the admin token: 401 without, 403 wrong, 400 for unknown faults', async () => {
    assert.equal((await call(demo.url, 'GET', '/__faults')).status, 401);
    assert.equal((await call(demo.url, 'POST', '/__faults', { body: { enable: ['slow'] } })).status, 401);
    assert.equal((await call(demo.url, 'GET', '/__faults', { headers: { 'x-admin-token': 'nope' } })).status, 403);
    const unknown = await call<{ details: { field: string; message: string }[] }>(demo.url, 'POST', '/__faults', { headers: { 'x-admin-token': ADMIN }, body: { enable: ['meteor'] } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.details[0]?.message ?? '', /unknown fault\(s\) meteor; known: api-500, /);
    const list = await call<{ faults: { name: string; enabled: boolean; persisted: boolean }[] }>(demo.url, 'GET', '/__faults', { headers: { 'x-admin-token': ADMIN } });
    assert.equal(list.body.faults.length, 9);
    assert.deepEqual(list.body.faults.find((f) => f.name === 'api-500'), { name: 'api-500', enabled: false, enabledAt: null, persisted: false });
  });

  test('api-500: customer and work-order API routes and their pages answer 500; health and login still work', async () => {
    const token = (await login(demo.url)).accessToken;
    const cookie = await uiLogin(demo.url);
    await setFaults(demo.url, { enable: ['api-500'] });
    for (const path of ['/api/v1/customers', '/api/v1/customers/cus_001', '/api/v1/work-orders', '/api/v1/work-orders/wo_001', '/api/v1/invoices/inv_001']) {
      const res = await call(demo.url, 'GET', path, { token });
      assert.deepEqual([res.status, res.body], [500, { error: 'Internal Server Error' }], path);
    }
    for (const path of ['/dashboard', '/customers', '/work-orders']) {
      const page = await getPage(demo.url, path, cookie);
      assert.equal(page.status, 500, path);
      assert.match(page.html, /<h1>500 Internal Server Error<\/h1>/);
    }
    assert.equal((await call(demo.url, 'GET', '/health')).status, 200);
    assert.equal((await getPage(demo.url, '/reports', cookie)).status, 200);
    await login(demo.url);
  });

  test('sessions-invalid: older UI sessions and refresh tokens are refused; a fresh sign-in works', async () => {
    const cookie = await uiLogin(demo.url);
    const tokens = await login(demo.url);
    await setFaults(demo.url, { enable: ['sessions-invalid'] });
    const stale = await getPage(demo.url, '/customers', cookie);
    assert.deepEqual([stale.status, stale.location], [303, '/login?next=%2Fcustomers']);
    assert.match(stale.headers.get('set-cookie') ?? '', /^demo_session=; .*Max-Age=0/);
    const refresh = await call(demo.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
    assert.equal(refresh.status, 401);
    assert.match(String(refresh.body.error), /invalid session/);
    assert.equal((await call(demo.url, 'GET', '/api/v1/customers', { token: tokens.accessToken })).status, 200, 'access tokens are not sessions');
    assert.equal((await getPage(demo.url, '/customers', await uiLogin(demo.url))).status, 200);
    const fresh = await login(demo.url);
    assert.equal((await call(demo.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: fresh.refreshToken } })).status, 200);
  });

  test('tokens-expired: older access tokens answer 401 "jwt expired"; refreshed and new ones work', async () => {
    const tokens = await login(demo.url);
    await setFaults(demo.url, { enable: ['tokens-expired'] });
    const old = await call(demo.url, 'GET', '/api/v1/work-orders', { token: tokens.accessToken });
    assert.deepEqual([old.status, old.body], [401, { error: 'jwt expired' }]);
    const refreshed = await call<{ accessToken: string }>(demo.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
    assert.equal(refreshed.status, 200);
    assert.equal((await call(demo.url, 'GET', '/api/v1/work-orders', { token: refreshed.body.accessToken })).status, 200);
    assert.equal((await call(demo.url, 'GET', '/api/v1/work-orders', { token: (await login(demo.url)).accessToken })).status, 200);
  });

  test('ui-renamed: "Add customer" / btn-add-customer become "New customer" / btn-create-customer', async () => {
    const cookie = await uiLogin(demo.url);
    const before = (await getPage(demo.url, '/customers', cookie)).html;
    assert.match(before, /class="btn btn-add-customer">Add customer<\/button>/);
    await setFaults(demo.url, { enable: ['ui-renamed'] });
    const after = (await getPage(demo.url, '/customers', cookie)).html;
    assert.match(after, /class="btn btn-create-customer">New customer<\/button>/);
    assert.doesNotMatch(after, /Add customer|btn-add-customer/);
  });

  test('route-moved: /api/v1/customers and sub-routes 404, /api/v2/customers serves them', async () => {
    const token = (await login(demo.url)).accessToken;
    await setFaults(demo.url, { enable: ['route-moved'] });
    for (const path of ['/api/v1/customers', '/api/v1/customers/cus_001']) {
      const res = await call(demo.url, 'GET', path, { token });
      assert.deepEqual([res.status, res.body], [404, { error: 'Not Found' }], path);
    }
    assert.equal((await call(demo.url, 'GET', '/api/v2/customers/cus_001', { token })).body.name, 'Alder Creek Farm');
    const created = await call(demo.url, 'POST', '/api/v2/customers', { token, body: { name: 'Moved Co', email: 'm@example.test', address: '1 A St', city: 'Bath' } });
    assert.equal(created.headers.get('location'), `/api/v2/customers/${String(created.body.id)}`);
    assert.equal((await call(demo.url, 'GET', '/api/v1/work-orders', { token })).status, 200);
  });

  test('data-changed: a seeded name and the scheduled count drift; switching it off puts them back', async () => {
    const token = (await login(demo.url)).accessToken;
    const cookie = await uiLogin(demo.url);
    const scheduled = async () => Number(/data-testid="stat-scheduled">(\d+)</.exec((await getPage(demo.url, '/dashboard', cookie)).html)?.[1]);
    const name = async () => (await call(demo.url, 'GET', '/api/v1/customers/cus_001', { token })).body.name;
    const baseline = await scheduled();
    assert.equal(await name(), 'Alder Creek Farm');
    await setFaults(demo.url, { enable: ['data-changed'] });
    assert.equal(await name(), 'Alder Creek Farms LLC');
    assert.equal(await scheduled(), baseline + 1);
    await setFaults(demo.url, { disable: ['data-changed'] });
    assert.equal(await name(), 'Alder Creek Farm');
    assert.equal(await scheduled(), baseline);
  });

  test('slow: /reports waits DEMO_SLOW_MS, other pages do not', async () => {
    const cookie = await uiLogin(demo.url);
    await setFaults(demo.url, { enable: ['slow'] });
    const timed = async (path: string) => {
      const t0 = Date.now();
      assert.equal((await getPage(demo.url, path, cookie)).status, 200);
      return Date.now() - t0;
    };
    assert.ok((await timed('/reports')) >= 1_500);
    assert.ok((await timed('/dashboard')) < 1_500);
  });

  test('security-header-missing: CSP and X-Frame-Options disappear, nosniff stays', async () => {
    const before = await getPage(demo.url, '/login');
    assert.match(before.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(before.headers.get('x-frame-options'), 'DENY');
    await setFaults(demo.url, { enable: ['security-header-missing'] });
    for (const path of ['/login', '/api/v1/customers']) {
      const res = await getPage(demo.url, path);
      assert.equal(res.headers.get('content-security-policy'), null, path);
      assert.equal(res.headers.get('x-frame-options'), null, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  test('js-error: the dashboard script throws an uncaught TypeError against the real dashboard markup', async () => {
    const cookie = await uiLogin(demo.url);
    const markup = (await getPage(demo.url, '/dashboard', cookie)).html;
    const max = /data-chart="workload" data-max="(\d+)"/.exec(markup)?.[1];
    assert.ok(max, 'the dashboard has the workload chart the script draws');
    const run = async () => {
      const source = (await getPage(demo.url, '/assets/app.js')).html;
      const bar = { dataset: { value: max }, style: { width: '' } };
      const chart = { dataset: { max }, querySelectorAll: () => [bar] };
      // Only what the markup really has: the chart with data-chart="workload".
      const document = { body: { dataset: { page: 'dashboard' } }, querySelector: (sel: string) => (sel === '[data-chart="workload"]' ? chart : null) };
      vm.runInNewContext(source, { document, Number, Math });
      return bar.style.width;
    };
    assert.equal(await run(), '100%');
    await setFaults(demo.url, { enable: ['js-error'] });
    await assert.rejects(run(), (err: Error) => err.name === 'TypeError' && /Cannot read properties of null/.test(err.message));
  });

  test('faults other than api-500 persist in the data dir; api-500 lives in memory only', async () => {
    await setFaults(demo.url, { enable: ['api-500', 'ui-renamed', 'slow'] });
    const saved = JSON.parse(readFileSync(join(demo.dataDir, 'faults.json'), 'utf8')) as { enabled: Record<string, unknown> };
    assert.deepEqual(Object.keys(saved.enabled).sort(), ['slow', 'ui-renamed']);
  });
});

describe('demo faults across restarts (in-process)', () => {
  test('persisted switches come back after a restart; api-500 from the startup list does not', async () => {
    const first = await startTestDemo({ startupFaults: ['api-500', 'route-moved'] });
    const token = (await login(first.url)).accessToken;
    assert.equal((await call(first.url, 'GET', '/api/v1/work-orders', { token })).status, 500);
    await first.stop(true);
    const second = await startTestDemo({ dataDir: first.dataDir });
    try {
      const health = await call<{ faults: string[] }>(second.url, 'GET', '/health');
      assert.deepEqual(health.body.faults, ['route-moved']);
      assert.equal((await call(second.url, 'GET', '/api/v1/work-orders', { token })).status, 200);
    } finally {
      await second.stop();
    }
  });
});
