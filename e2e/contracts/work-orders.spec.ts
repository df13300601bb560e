import { test, expect } from '../fixtures.js';
import { callApi, expectDocumented, loadOpenApi } from '../support/contract.js';

interface WorkOrder {
  id: string;
  status: string;
  technician: string | null;
  invoiceId: string | null;
}

test('GET /api/v1/work-orders returns a documented page of work orders', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const { body } = await callApi(request, 'get', '/api/v1/work-orders?status=scheduled');
  expectDocumented(doc, 'get', '/api/v1/work-orders', 200, body);
  const items = (body as { items: WorkOrder[] }).items;
  expect(items.length).toBeGreaterThan(0);
  expect(new Set(items.map((w) => w.status))).toEqual(new Set(['scheduled']));
});

test('a pumping job moves from scheduled to done and gets an invoice', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const created = await callApi(request, 'post', '/api/v1/work-orders', { customerId: 'cus_012', scheduledFor: '2026-04-03T09:00:00Z', tankSizeGallons: 1500 });
  expectDocumented(doc, 'post', '/api/v1/work-orders', 201, created.body);
  const id = (created.body as WorkOrder).id;
  const assigned = await callApi(request, 'post', `/api/v1/work-orders/${id}/assign`, { technician: 'Casey Contract' });
  expect((assigned.body as WorkOrder).technician).toBe('Casey Contract');
  await callApi(request, 'post', `/api/v1/work-orders/${id}/status`, { status: 'in_progress' });
  const done = await callApi(request, 'post', `/api/v1/work-orders/${id}/status`, { status: 'done' });
  expectDocumented(doc, 'post', '/api/v1/work-orders/{id}/status', 200, done.body);
  const invoice = await callApi(request, 'post', `/api/v1/work-orders/${id}/invoice`);
  expectDocumented(doc, 'post', '/api/v1/work-orders/{id}/invoice', 201, invoice.body);
  const invoiceId = (invoice.body as { id: string }).id;
  const fetched = await callApi(request, 'get', `/api/v1/invoices/${invoiceId}`);
  expectDocumented(doc, 'get', '/api/v1/invoices/{id}', 200, fetched.body);
  expect((fetched.body as { totalCents: number }).totalCents).toBe(53_500);
});

test('every documented list route answers with its documented schema', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const lists = Object.entries(doc.paths)
    .filter(([path, item]) => path.startsWith('/api/') && !path.includes('{') && item.get)
    .map(([path]) => path);
  expect(lists.length).toBeGreaterThanOrEqual(2);
  for (const path of lists) {
    const { body } = await callApi(request, 'get', path);
    expectDocumented(doc, 'get', path, 200, body);
  }
});
