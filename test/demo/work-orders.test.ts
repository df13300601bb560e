import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { type TestDemo, call, login, startTestDemo } from './helpers.js';

interface WorkOrder {
  id: string;
  status: string;
  technician: string | null;
  invoiceId: string | null;
  completedAt: string | null;
  tankSizeGallons: number;
}
interface Invoice {
  id: string;
  workOrderId: string;
  totalCents: number;
  lines: { description: string; quantity: number; unitPriceCents: number }[];
}

describe('demo work orders and invoices', () => {
  let demo: TestDemo;
  let token: string;
  const post = <T>(path: string, body?: unknown) => call<T>(demo.url, 'POST', path, { token, body });
  before(async () => {
    demo = await startTestDemo();
    token = (await login(demo.url)).accessToken;
  });
  after(() => demo.stop());

  test('a job goes scheduled -> in_progress -> done, and only that way (409 with the reason otherwise)', async () => {
    const created = await post<WorkOrder>('/api/v1/work-orders', { customerId: 'cus_003', scheduledFor: '2026-04-01T08:00:00Z' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), `/api/v1/work-orders/${created.body.id}`);
    assert.deepEqual([created.body.status, created.body.technician, created.body.tankSizeGallons], ['scheduled', null, 2000]);
    const id = created.body.id;

    const skip = await post<{ error: string }>(`/api/v1/work-orders/${id}/status`, { status: 'done' });
    assert.equal(skip.status, 409);
    assert.equal(skip.body.error, `invalid status transition: work order ${id} cannot go from scheduled to done; the only order is scheduled -> in_progress -> done`);

    const noTech = await post<{ error: string }>(`/api/v1/work-orders/${id}/status`, { status: 'in_progress' });
    assert.equal(noTech.status, 409);
    assert.match(noTech.body.error, /has no technician/);

    assert.equal((await post<WorkOrder>(`/api/v1/work-orders/${id}/assign`, { technician: 'Luis Ortega' })).body.technician, 'Luis Ortega');
    assert.equal((await post<WorkOrder>(`/api/v1/work-orders/${id}/status`, { status: 'in_progress' })).body.status, 'in_progress');
    const done = await post<WorkOrder>(`/api/v1/work-orders/${id}/status`, { status: 'done' });
    assert.equal(done.body.status, 'done');
    assert.ok(done.body.completedAt);

    const back = await post<{ error: string }>(`/api/v1/work-orders/${id}/status`, { status: 'scheduled' });
    assert.equal(back.status, 409);
    assert.match(back.body.error, /cannot go from done to scheduled/);
    const reassign = await post(`/api/v1/work-orders/${id}/assign`, { technician: 'Priya Raman' });
    assert.equal(reassign.status, 409);
  });

  test('invoices: only for done orders, priced from the price list, one per order', async () => {
    const scheduled = await post<{ error: string }>('/api/v1/work-orders/wo_001/invoice');
    assert.deepEqual([scheduled.status, scheduled.body.error], [409, 'work order wo_001 is scheduled: invoices are only issued for done work orders']);

    // wo_019 is a seeded done pumping job for Rosa Delgado's 1000 gal tank, not yet invoiced.
    const created = await post<Invoice>('/api/v1/work-orders/wo_019/invoice');
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.lines, [
      { description: 'Septic pumping (1000 gal tank)', quantity: 1, unitPriceCents: 32_500 },
      { description: 'Disposal fee (per gallon)', quantity: 1000, unitPriceCents: 8 },
    ]);
    assert.equal(created.body.totalCents, 40_500);
    const again = await post<{ error: string }>('/api/v1/work-orders/wo_019/invoice');
    assert.deepEqual([again.status, again.body.error], [409, `work order wo_019 already has invoice ${created.body.id}`]);

    const fetched = await call<Invoice>(demo.url, 'GET', `/api/v1/invoices/${created.body.id}`, { token });
    assert.deepEqual(fetched.body, created.body);
    const wo = await call<WorkOrder>(demo.url, 'GET', '/api/v1/work-orders/wo_019', { token });
    assert.equal(wo.body.invoiceId, created.body.id);
    assert.equal((await call(demo.url, 'GET', '/api/v1/invoices/inv_999', { token })).status, 404);
    assert.equal((await post('/api/v1/work-orders/wo_999/invoice')).status, 404);
  });

  test('lists filter by status and customer, ordered by date', async () => {
    const res = await call<{ items: WorkOrder[]; total: number }>(demo.url, 'GET', '/api/v1/work-orders?status=in_progress&pageSize=100', { token });
    assert.equal(res.body.total, 5);
    assert.ok(res.body.items.every((w) => w.status === 'in_progress'));
    const forCustomer = await call<{ items: { customerId: string }[] }>(demo.url, 'GET', '/api/v1/work-orders?customerId=cus_001', { token });
    assert.deepEqual(forCustomer.body.items.map((w) => w.customerId), ['cus_001', 'cus_001']);
  });
});
