import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { type TestDemo, call, login } from './helpers.js';
import { startTestDemo } from './helpers.js';

interface Invalid {
  error: string;
  details: { field: string; message: string }[];
}

describe('demo input validation', () => {
  let demo: TestDemo;
  let token: string;
  before(async () => {
    demo = await startTestDemo();
    token = (await login(demo.url)).accessToken;
  });
  after(() => demo.stop());

  const fields = (body: Invalid) => body.details.map((d) => d.field).sort();

  test('POST /api/v1/customers lists every missing or malformed field', async () => {
    const res = await call<Invalid>(demo.url, 'POST', '/api/v1/customers', { token, body: { email: 'not-an-email', tankSizeGallons: 12, phone: 'call me' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'validation failed');
    assert.deepEqual(fields(res.body), ['address', 'city', 'email', 'name', 'phone', 'tankSizeGallons']);
    assert.match(res.body.details.find((d) => d.field === 'tankSizeGallons')?.message ?? '', /between 250 and 10000/);
  });

  test('wrong JSON types are named, not coerced', async () => {
    const res = await call<Invalid>(demo.url, 'POST', '/api/v1/customers', { token, body: { name: 42, email: 'a@b.test', address: 'x', city: 'y', tankSizeGallons: '1000' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.details, [
      { field: 'name', message: 'must be a string' },
      { field: 'tankSizeGallons', message: 'must be a whole number' },
    ]);
  });

  test('a body that is not a JSON object is a 400 with a clear message', async () => {
    const broken = await call(demo.url, 'POST', '/api/v1/customers', { token, rawBody: '{"name":' });
    assert.equal(broken.status, 400);
    assert.match(String(broken.body.error), /invalid JSON body/);
    const array = await call(demo.url, 'POST', '/api/v1/customers', { token, rawBody: '[1,2]' });
    assert.deepEqual([array.status, array.body], [400, { error: 'request body must be a JSON object' }]);
  });

  test('PUT /api/v1/customers/{id} needs at least one valid field; unknown ids are 404', async () => {
    const empty = await call<Invalid>(demo.url, 'PUT', '/api/v1/customers/cus_002', { token, body: {} });
    assert.equal(empty.status, 400);
    assert.deepEqual(fields(empty.body), ['body']);
    const ok = await call(demo.url, 'PUT', '/api/v1/customers/cus_002', { token, body: { notes: 'Call ahead.' } });
    assert.deepEqual([ok.status, ok.body.notes, ok.body.name], [200, 'Call ahead.', 'Birchwood Cottages']);
    const missing = await call(demo.url, 'PUT', '/api/v1/customers/cus_999', { token, body: { notes: 'x' } });
    assert.deepEqual([missing.status, missing.body], [404, { error: 'customer cus_999 not found' }]);
  });

  test('paging parameters must be small positive whole numbers', async () => {
    const res = await call<Invalid>(demo.url, 'GET', '/api/v1/customers?page=0&pageSize=500', { token });
    assert.equal(res.status, 400);
    assert.deepEqual(fields(res.body), ['page', 'pageSize']);
    const page2 = await call<{ items: unknown[]; total: number; page: number; pageSize: number }>(demo.url, 'GET', '/api/v1/customers?page=2&pageSize=5', { token });
    assert.deepEqual([page2.body.items.length, page2.body.total, page2.body.page, page2.body.pageSize], [5, 12, 2, 5]);
  });

  test('POST /api/v1/work-orders checks the customer, the date and the service type', async () => {
    const res = await call<Invalid>(demo.url, 'POST', '/api/v1/work-orders', { token, body: { customerId: 'cus_404', scheduledFor: 'next tuesday', serviceType: 'plumbing' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.details, [
      { field: 'scheduledFor', message: 'must be an ISO 8601 date-time such as 2026-03-20T09:00:00Z' },
      { field: 'serviceType', message: 'must be one of: pumping, inspection' },
      { field: 'customerId', message: 'no customer with id cus_404' },
    ]);
    const filter = await call<Invalid>(demo.url, 'GET', '/api/v1/work-orders?status=lost', { token });
    assert.deepEqual(fields(filter.body), ['status']);
  });

  test('unknown API paths are 404 {"error":"Not Found"}; a wrong method is 405 with Allow', async () => {
    const missing = await call(demo.url, 'GET', '/api/v1/nothing-here', { token });
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Not Found' }]);
    const wrong = await call(demo.url, 'PUT', '/api/v1/work-orders', { token, body: {} });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET, POST');
  });
});
