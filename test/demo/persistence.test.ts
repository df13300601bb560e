import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSeedDatabase } from '../../demo/src/index.js';
import { ADMIN, call, login, startTestDemo, tempDataDir } from './helpers.js';

describe('demo store', () => {
  test('the seed is deterministic: 12 customers, 20 work orders, 3 invoices, one user', () => {
    const a = createSeedDatabase();
    assert.deepEqual(a, createSeedDatabase());
    assert.deepEqual([a.customers.length, a.workOrders.length, a.invoices.length, a.users.length], [12, 20, 3, 1]);
    assert.equal(a.users[0]?.email, 'dispatcher@demo.test');
    assert.deepEqual(
      ['scheduled', 'in_progress', 'done'].map((s) => a.workOrders.filter((w) => w.status === s).length),
      [8, 5, 7],
    );
  });

  test('changes survive a restart on the same data dir, and writes leave no temp files behind', async () => {
    const dataDir = tempDataDir();
    const first = await startTestDemo({ dataDir });
    const token = (await login(first.url)).accessToken;
    const created = await call(first.url, 'POST', '/api/v1/customers', { token, body: { name: 'Lakeside Camp', email: 'camp@example.test', address: '1 Lake Rd', city: 'Naples' } });
    assert.equal(created.status, 201);
    const firstInstance = (await call(first.url, 'GET', '/health')).body.instance;
    await first.stop(true);

    assert.deepEqual(readdirSync(dataDir).sort(), ['db.json', 'secret.key']);
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'db.json'), 'utf8')) as { customers: { name: string }[] };
    assert.equal(onDisk.customers.at(-1)?.name, 'Lakeside Camp');

    const second = await startTestDemo({ dataDir });
    try {
      const health = await call<{ instance: string; store: { customers: number } }>(second.url, 'GET', '/health');
      assert.notEqual(health.body.instance, firstInstance);
      assert.equal(health.body.store.customers, 13);
      // The signing key is kept too, so a token from before the restart still works.
      const again = await call(second.url, 'GET', `/api/v1/customers/${String(created.body.id)}`, { token });
      assert.equal(again.body.name, 'Lakeside Camp');
    } finally {
      await second.stop();
    }
  });

  test('/health answers 503 "degraded" when the store file cannot be read', async () => {
    const demo = await startTestDemo();
    try {
      assert.equal((await call(demo.url, 'GET', '/health')).status, 200);
      writeFileSync(join(demo.dataDir, 'db.json'), '{"version":1,"customers":[');
      const res = await call<{ status: string; store: { ok: boolean; error: string } }>(demo.url, 'GET', '/health');
      assert.equal(res.status, 503);
      assert.equal(res.body.status, 'degraded');
      assert.equal(res.body.store.ok, false);
      assert.match(res.body.store.error, /cannot be read.*npm run demo:reset/);
    } finally {
      await demo.stop();
    }
  });

  test('POST /__reset puts the seed back (admin token required); --reset wipes the data dir at start', async () => {
    const dataDir = tempDataDir();
    const demo = await startTestDemo({ dataDir });
    const token = (await login(demo.url)).accessToken;
    await call(demo.url, 'PUT', '/api/v1/customers/cus_001', { token, body: { name: 'Renamed' } });
    assert.equal((await call(demo.url, 'POST', '/__reset')).status, 401);
    const reset = await call<{ status: string; store: { customers: number } }>(demo.url, 'POST', '/__reset', { headers: { 'x-admin-token': ADMIN } });
    assert.deepEqual([reset.status, reset.body.status, reset.body.store.customers], [200, 'reset', 12]);
    assert.equal((await call(demo.url, 'GET', '/api/v1/customers/cus_001', { token })).body.name, 'Alder Creek Farm');
    await call(demo.url, 'PUT', '/api/v1/customers/cus_001', { token, body: { name: 'Renamed again' } });
    await demo.stop(true);

    const fresh = await startTestDemo({ dataDir, reset: true });
    try {
      const token2 = (await login(fresh.url)).accessToken;
      assert.equal((await call(fresh.url, 'GET', '/api/v1/customers/cus_001', { token: token2 })).body.name, 'Alder Creek Farm');
      // A reset also replaces the signing key: old tokens stop working.
      assert.equal((await call(fresh.url, 'GET', '/api/v1/customers', { token })).status, 401);
    } finally {
      await fresh.stop();
    }
  });
});
