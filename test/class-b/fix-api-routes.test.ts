import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../../demo/src/api/openapi.js';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { alignCost, notFoundRequests, openApiRoutes } from '../../src/class-b/fix-api-routes.js';
import type { HealerInput, SourceEdit } from '../../src/class-b/types.js';
import { corpusInput, proposal, refusal, syntaxErrors, tree } from './helpers.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the corpus app serves (test/data/failures/suite/server/routes.ts), as an OpenAPI document. */
const CORPUS_API = {
  openapi: '3.0.3',
  servers: [{ url: 'http://127.0.0.1:3000/' }],
  paths: Object.fromEntries(
    ['/api/health', '/api/status', '/api/contacts', '/api/stats', '/api/orders', '/api/search', '/api/me', '/api/profile', '/api/export', '/api/admin/users', '/api/version'].map((p) => [p, { get: { responses: {} } }]),
  ),
};

describe('fix-api-routes on the real-output corpus', () => {
  const table: [string, { after?: string; refused?: RegExp }][] = [
    ['fix-api-routes/tobeok-on-404-json', { after: "  const res = await request.get('/api/contacts');" }],
    ['fix-api-routes/tobeok-on-404-json@1.45.3', { after: "  const res = await request.get('/api/contacts');" }],
    ['fix-api-routes/status-tobe-200-but-received-404', { after: "  const res = await request.get('/api/stats');" }],
    ['fix-api-routes/expect-poll-on-a-renamed-health-route', { after: "  await expect.poll(async () => (await request.get('/api/health')).status(), { timeout: 2000 }).toBe(200);" }],
    ['fix-api-routes/tobeok-on-post-to-a-removed-route', { refused: /no POST route at all/ }],
    ['fix-api-routes/tobeok-on-an-express-404-cannot-get', { refused: /no documented GET route is close to \/api\/legacy\/users/ }],
    ['fix-api-routes/page-shows-no-data-after-its-api-answered-404', { refused: /not written literally in the test source/ }],
  ];
  for (const [id, want] of table) {
    test(id, () => {
      const r = proposeClassBFix(corpusInput(id, { openapi: CORPUS_API }));
      if (want.refused) return assert.match(refusal(r), want.refused);
      const p = proposal(r);
      assert.equal(p.category, 'fix-api-routes');
      const edit = p.edits[0] as SourceEdit;
      assert.equal(readFileSync(edit.file, 'utf8').split('\n')[edit.line - 1], edit.before);
      assert.equal(edit.after, want.after);
    });
  }

  test('the 404 requests of a message and its evidence', () => {
    const input = corpusInput('fix-api-routes/tobeok-on-post-to-a-removed-route');
    assert.deepEqual(notFoundRequests(input), [{ method: 'POST', path: '/api/contact' }]);
    assert.deepEqual(notFoundRequests({ message: input.message }), [{ method: 'POST', path: '/api/contact' }], 'the call log alone is enough');
  });
});

describe('fix-api-routes against the demo app (route-moved fault)', () => {
  const doc = buildOpenApiDocument(true);
  const spec = readFileSync(path.join(REPO, 'e2e/contracts/customers.spec.ts'), 'utf8');
  const contract = readFileSync(path.join(REPO, 'e2e/support/contract.ts'), 'utf8');
  const root = tree({ 'e2e/contracts/customers.spec.ts': spec, 'e2e/support/contract.ts': contract });
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const helperLine = lineOf(contract, 'await expect(response).toBeOK();\n  return');
  const input = (needle: string, method: string, urlPath: string): HealerInput => ({
    category: 'fix-api-routes',
    testId: 't',
    fingerprint: 'fp',
    message: `Error: expect(response).toBeOK() failed\n\nCall log:\n→ ${method} http://127.0.0.1:3000${urlPath}\n  accept: */*\n← 404 Not Found\n`,
    stack: `Error: x\n    at callApi (${path.join(root, 'e2e/support/contract.ts')}:${helperLine || 20}:3)\n    at ${path.join(root, 'e2e/contracts/customers.spec.ts')}:${lineOf(spec, needle)}:28`,
    testFile: path.join(root, 'e2e/contracts/customers.spec.ts'),
    testLine: 1,
    evidence: { responses: [{ method, url: `http://127.0.0.1:3000${urlPath}`, status: 404 }] },
    rootDir: root,
    openapi: doc,
  });

  test('the helper frame has no literal; the test line does, query string kept', () => {
    const p = proposal(proposeClassBFix(input("'/api/v1/customers?page=1&pageSize=5'", 'GET', '/api/v1/customers?page=1&pageSize=5')));
    const edit = p.edits[0] as SourceEdit;
    assert.equal(path.basename(edit.file), 'customers.spec.ts');
    assert.equal(edit.after, edit.before.replace("'/api/v1/customers?page=1&pageSize=5'", "'/api/v2/customers?page=1&pageSize=5'"));
    assert.match(p.reasoning, /GET \/api\/v2\/customers/);
  });

  test('a path parameter stays as written: a literal id and a template substitution', () => {
    const literal = proposal(proposeClassBFix(input("'/api/v1/customers/cus_001'", 'GET', '/api/v1/customers/cus_001'))).edits[0] as SourceEdit;
    assert.equal(literal.after, literal.before.replace("'/api/v1/customers/cus_001'", "'/api/v2/customers/cus_001'"));
    const template = proposal(proposeClassBFix(input('`/api/v1/customers/${id}`', 'GET', '/api/v1/customers/cus_013'))).edits[0] as SourceEdit;
    assert.equal(template.after, template.before.replace('`/api/v1/customers/${id}`', '`/api/v2/customers/${id}`'));
    assert.deepEqual(syntaxErrors(template.after), []);
  });

  test('POST keeps its method', () => {
    const p = proposal(proposeClassBFix(input("callApi(request, 'post', '/api/v1/customers'", 'POST', '/api/v1/customers')));
    assert.match((p.edits[0] as SourceEdit).after, /callApi\(request, 'post', '\/api\/v2\/customers', \{/);
  });

  test('the other lines of the same test that name the moved route follow (documented path, later calls)', () => {
    const needle = "callApi(request, 'post', '/api/v1/customers'";
    const testLine = lineOf(spec, "test('POST /api/v1/customers creates");
    const p = proposal(proposeClassBFix({ ...input(needle, 'POST', '/api/v1/customers'), testLine }));
    const changed = p.edits.map((e) => [e.line - testLine, e.after.trim()]);
    assert.deepEqual(
      changed.map(([, after]) => after),
      [
        "const created = await callApi(request, 'post', '/api/v2/customers', { name, email: 'camp@example.test', address: '1 Lake Rd', city: 'Naples', tankSizeGallons: 1250 });",
        "expectDocumented(doc, 'post', '/api/v2/customers', 201, created.body);",
        'const fetched = await callApi(request, \'get\', `/api/v2/customers/${id}`);',
      ],
    );
    // Only lines of this test: the GET tests above and the lines outside any test are untouched.
    for (const e of p.edits) assert.ok(e.line > testLine, `line ${e.line} is outside the POST test`);
    for (const e of p.edits) assert.deepEqual(syntaxErrors(e.after), []);
  });

  test('a documented route template in the same test follows the literal id path', () => {
    const testLine = lineOf(spec, "test('GET /api/v1/customers/{id} returns");
    const p = proposal(proposeClassBFix({ ...input("'/api/v1/customers/cus_001'", 'GET', '/api/v1/customers/cus_001'), testLine }));
    assert.deepEqual(p.edits.map((e) => e.after.trim()), ["const { body } = await callApi(request, 'get', '/api/v2/customers/cus_001');", "expectDocumented(doc, 'get', '/api/v2/customers/{id}', 200, body);"]);
  });

  test('a 404 on a documented route is about the resource, not the route', () => {
    assert.match(refusal(proposeClassBFix(input("'/api/v1/customers/cus_001'", 'GET', '/api/v2/customers/cus_999'))), /is a documented route .*the resource/);
  });
});

describe('fix-api-routes choices and refusals', () => {
  const api = (paths: Record<string, string[]>, servers?: { url: string }[]) => ({ openapi: '3.1.0', ...(servers ? { servers } : {}), paths: Object.fromEntries(Object.entries(paths).map(([p, ms]) => [p, Object.fromEntries(ms.map((m) => [m, {}]))])) });
  const run = (source: string, method: string, urlPath: string, openapi: unknown) => {
    const root = tree({ 'a.spec.ts': `${source}\n` });
    return proposeClassBFix({
      category: 'fix-api-routes',
      testId: 't',
      fingerprint: 'fp',
      message: `Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 404\n    at ${path.join(root, 'a.spec.ts')}:1:10`,
      testFile: path.join(root, 'a.spec.ts'),
      testLine: 1,
      evidence: { responses: [{ method, url: `http://localhost:8080${urlPath}`, status: 404 }] },
      rootDir: root,
      openapi,
    });
  };

  test('the spec example: /api/customers/42 -> /api/v2/customers/{id} keeps 42', () => {
    const r = run("const res = await request.get('/api/customers/42');", 'GET', '/api/customers/42', api({ '/api/v2/customers/{id}': ['get', 'put'], '/api/v2/customers': ['get'], '/api/v2/orders/{id}': ['get'] }));
    assert.equal((proposal(r).edits[0] as SourceEdit).after, "const res = await request.get('/api/v2/customers/42');");
  });

  test('a full URL keeps its origin; a server base path is part of the route', () => {
    const r = run('await request.get("http://localhost:8080/api/user/7");', 'GET', '/api/user/7', api({ '/users/{userId}': ['get'] }, [{ url: 'https://example.invalid/api' }]));
    assert.equal((proposal(r).edits[0] as SourceEdit).after, 'await request.get("http://localhost:8080/api/users/7");');
  });

  test('a route constant elsewhere in the file is found when the failing line only names it', () => {
    const root = tree({ 'a.spec.ts': "const ROUTE = '/api/v1/orders';\ntest('x', async ({ request }) => {\n  expect((await request.get(ROUTE)).status()).toBe(200);\n});\n" });
    const r = proposeClassBFix({ category: 'fix-api-routes', testId: 't', fingerprint: 'f', message: 'Error: x', stack: `Error: x\n    at ${path.join(root, 'a.spec.ts')}:3:50`, testFile: path.join(root, 'a.spec.ts'), testLine: 2, evidence: { responses: [{ method: 'GET', url: 'http://h/api/v1/orders', status: 404 }] }, rootDir: root, openapi: api({ '/api/v2/orders': ['get'] }) });
    const edit = proposal(r).edits[0] as SourceEdit;
    assert.equal(edit.line, 1);
    assert.equal(edit.after, "const ROUTE = '/api/v2/orders';");
  });

  const refusals: [string, string, string, string, unknown, RegExp][] = [
    ['two routes equally close', "await request.get('/api/v1/items');", 'GET', '/api/v1/items', api({ '/api/v2/items': ['get'], '/api/v3/items': ['get'] }), /as close to \/api\/v2\/items as to \/api\/v3\/items/],
    ['no route keeps the method', "await request.delete('/api/v1/items/3');", 'DELETE', '/api/v1/items/3', api({ '/api/v2/items/{id}': ['get'] }), /no DELETE route/],
    ['a parameter would be lost', "await request.get('/api/v1/items/3');", 'GET', '/api/v1/items/3', api({ '/api/v2/items': ['get'] }), /no documented GET route is close/],
    ['the path is built from variables', 'await request.get(base + path);', 'GET', '/api/v1/items', api({ '/api/v2/items': ['get'] }), /not written literally/],
    ['no OpenAPI document', "await request.get('/api/v1/items');", 'GET', '/api/v1/items', undefined, /no OpenAPI document/],
  ];
  for (const [name, source, method, urlPath, doc, re] of refusals) test(`refuses: ${name}`, () => assert.match(refusal(run(source, method, urlPath, doc)), re));

  test('alignment cost: version prefixes are cheap, ids never become literals', () => {
    assert.equal(alignCost(['api', 'v1', 'x'], ['api', 'v2', 'x']).cost, 0.3);
    assert.equal(alignCost(['api', 'x', '42'], ['api', 'x']).cost, Infinity);
    assert.ok(alignCost(['api', 'x'], ['api', 'x', '{id}']).cost > 1, 'a parameter the request does not fill is too far');
    assert.deepEqual([...alignCost(['api', 'x', '42'], ['api', 'v2', 'x', '{id}']).params], [[3, 2]]);
    assert.deepEqual(openApiRoutes(api({ '/a/{id}': ['get', 'delete'] }, [{ url: '/base/' }])).map((r) => `${r.method} ${r.template}`), ['GET /base/a/{id}', 'DELETE /base/a/{id}']);
  });
});
