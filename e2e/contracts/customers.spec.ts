import { test, expect } from '../fixtures.js';
import { callApi, expectDocumented, loadOpenApi } from '../support/contract.js';

interface Customer {
  id: string;
  name: string;
  city: string;
}
interface Page<T> {
  items: T[];
  total: number;
  pageSize: number;
}

test('GET /api/v1/customers returns a documented page of customers', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const { body } = await callApi(request, 'get', '/api/v1/customers?page=1&pageSize=5');
  expectDocumented(doc, 'get', '/api/v1/customers', 200, body);
  const page = body as Page<Customer>;
  expect(page.items).toHaveLength(5);
  expect(page.total).toBeGreaterThanOrEqual(12);
});

test('GET /api/v1/customers finds customers by search text', async ({ request }) => {
  const { body } = await callApi(request, 'get', '/api/v1/customers?search=harbor');
  expect((body as Page<Customer>).items.map((c) => c.name)).toEqual(['Harbor View Inn']);
});

test('GET /api/v1/customers/{id} returns the seeded customer', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const { body } = await callApi(request, 'get', '/api/v1/customers/cus_001');
  expectDocumented(doc, 'get', '/api/v1/customers/{id}', 200, body);
  expect((body as Customer).name).toEqual('Alder Creek Farm');
  expect((body as Customer).city).toEqual('Brunswick');
});

test('POST /api/v1/customers creates a customer that matches the schema', async ({ request }) => {
  const doc = await loadOpenApi(request);
  const name = `Contract Test Camp ${Date.now()}`;
  const created = await callApi(request, 'post', '/api/v1/customers', { name, email: 'camp@example.test', address: '1 Lake Rd', city: 'Naples', tankSizeGallons: 1250 });
  expect(created.status).toBe(201);
  expectDocumented(doc, 'post', '/api/v1/customers', 201, created.body);
  const id = (created.body as Customer).id;
  const fetched = await callApi(request, 'get', `/api/v1/customers/${id}`);
  expect((fetched.body as Customer).name).toBe(name);
});
