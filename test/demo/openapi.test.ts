import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { API_ROUTES, activeApiRoutes, buildOpenApiDocument } from '../../demo/src/index.js';
import { type OpenApiDocument, responseSchema, schemaErrors } from '../../e2e/support/openapi-schema.js';
import { type TestDemo, call, login, setFaults, startTestDemo } from './helpers.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function documented(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((k) => METHODS.includes(k)).map((m) => `${m.toUpperCase()} ${path}`));
}

function assertSameRoutes(doc: OpenApiDocument, routes: readonly { method: string; path: string }[]): void {
  const served = routes.map((r) => `${r.method} ${r.path}`);
  const docs = documented(doc);
  assert.deepEqual(served.filter((r) => !docs.includes(r)), [], 'routes the router serves but the document does not list');
  assert.deepEqual(docs.filter((d) => !served.includes(d)), [], 'operations the document lists but the router does not serve');
  assert.equal(new Set(served).size, served.length, 'the router has duplicate routes');
}

describe('demo OpenAPI document', () => {
  let demo: TestDemo;
  before(async () => {
    demo = await startTestDemo();
  });
  after(() => demo.stop());

  test('lists exactly the routes the router serves, with their methods', () => {
    assert.ok(API_ROUTES.length >= 18);
    assertSameRoutes(buildOpenApiDocument(false) as unknown as OpenApiDocument, activeApiRoutes(false));
  });

  test('with route-moved the document and the router both move the customer routes to /api/v2', () => {
    const doc = buildOpenApiDocument(true) as unknown as OpenApiDocument;
    assertSameRoutes(doc, activeApiRoutes(true));
    assert.ok(doc.paths['/api/v2/customers'] && doc.paths['/api/v2/customers/{id}']);
    assert.equal(doc.paths['/api/v1/customers'], undefined);
  });

  test('every operation is secured as its route is, and every $ref resolves', () => {
    const doc = buildOpenApiDocument(false) as unknown as OpenApiDocument & { paths: Record<string, Record<string, { security?: unknown[] }>> };
    for (const route of API_ROUTES) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      const expected = route.auth === 'public' ? [] : route.auth === 'admin' ? [{ adminToken: [] }] : [{ bearerAuth: [] }];
      assert.deepEqual(op?.security, expected, `${route.method} ${route.path}`);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const name of refs) assert.ok(doc.components?.schemas?.[name ?? ''], `schema ${name}`);
  });

  test('GET /openapi.json serves the document for the current switches', async () => {
    const served = await call<OpenApiDocument>(demo.url, 'GET', '/openapi.json');
    assert.equal(served.status, 200);
    assert.deepEqual(served.body, buildOpenApiDocument(false));
    await setFaults(demo.url, { enable: ['route-moved'] });
    try {
      const moved = await call<OpenApiDocument>(demo.url, 'GET', '/openapi.json');
      assert.ok(moved.body.paths['/api/v2/customers']);
      assert.equal(moved.body.paths['/api/v1/customers'], undefined);
    } finally {
      await setFaults(demo.url, { disable: ['route-moved'] });
    }
  });

  test('real answers match the documented response schemas', async () => {
    const doc = buildOpenApiDocument(false) as unknown as OpenApiDocument;
    const token = (await login(demo.url)).accessToken;
    const checks: [string, string, number][] = [
      ['/health', '/health', 200],
      ['/api/v1/customers', '/api/v1/customers', 200],
      ['/api/v1/customers/cus_001', '/api/v1/customers/{id}', 200],
      ['/api/v1/work-orders?pageSize=100', '/api/v1/work-orders', 200],
      ['/api/v1/work-orders/wo_003', '/api/v1/work-orders/{id}', 200],
      ['/api/v1/invoices/inv_001', '/api/v1/invoices/{id}', 200],
      ['/api/v1/customers/cus_404', '/api/v1/customers/{id}', 404],
    ];
    for (const [url, path, status] of checks) {
      const res = await call(demo.url, 'GET', url, { token });
      assert.equal(res.status, status, url);
      assert.deepEqual(schemaErrors(doc, responseSchema(doc, path, 'get', status), res.body), [], url);
    }
  });

  test('the schema checker catches drift (so the contract tests can fail)', () => {
    const doc = buildOpenApiDocument(false) as unknown as OpenApiDocument;
    const schema = responseSchema(doc, '/api/v1/customers/{id}', 'get', 200);
    const errors = schemaErrors(doc, schema, { id: 'customer-1', name: 7, extra: true });
    assert.ok(errors.includes('$.id: "customer-1" does not match /^cus_\\d{3,}$/'), errors.join('\n'));
    assert.ok(errors.includes('$.name: expected string, got integer'));
    assert.ok(errors.includes('$: property "extra" is not in the schema'));
    assert.ok(errors.includes('$: missing required property "email"'));
    assert.throws(() => responseSchema(doc, '/api/v1/customers', 'delete', 200), /no DELETE \/api\/v1\/customers/);
  });
});
