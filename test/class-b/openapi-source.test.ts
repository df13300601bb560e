// The OpenAPI document for fix-api-routes: from a URL (a local server) or a file; every bad source is a
// reason that names what was wrong and what to set, never a throw.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApi, openApiLocation } from '../../src/class-b/openapi-source.js';
import { tree } from './helpers.js';

const DOC = { openapi: '3.1.0', paths: { '/api/v2/customers': { get: {} } } };

describe('loadOpenApi', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/openapi.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(DOC));
      if (req.url === '/html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>not json</html>');
      if (req.url === '/no-paths') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"openapi":"3.1.0"}');
      res.writeHead(404).end('{"error":"not found"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  test('option beats API_URL; API_URL gives <API_URL>/openapi.json; neither: none', () => {
    assert.equal(openApiLocation('spec/openapi.json', { API_URL: 'http://x' }), 'spec/openapi.json');
    assert.equal(openApiLocation(undefined, { API_URL: 'http://api.test/' }), 'http://api.test/openapi.json');
    assert.equal(openApiLocation(undefined, {}), undefined);
  });

  test('reads a document from a URL and from a file', async () => {
    const fromUrl = await loadOpenApi(undefined, { API_URL: base }, '/');
    assert.ok(fromUrl.ok);
    assert.deepEqual(fromUrl.doc, DOC);
    const dir = tree({ 'spec/openapi.json': JSON.stringify(DOC) });
    const fromFile = await loadOpenApi('spec/openapi.json', {}, dir);
    assert.ok(fromFile.ok && fromFile.from === 'spec/openapi.json');
  });

  test('bad sources: clear reasons, no throw', async () => {
    const dir = tree({ 'bad.json': '{ nope', 'list.json': '[1,2]' });
    const cases: [string | undefined, NodeJS.ProcessEnv, RegExp][] = [
      [undefined, {}, /no OpenAPI document: set the openapiUrl option \(or API_URL/],
      [`${base}/missing`, {}, /answered 404; check openapiUrl/],
      [`${base}/html`, {}, /is not JSON/],
      [`${base}/no-paths`, {}, /is JSON but not an OpenAPI document \(no "paths"\)/],
      ['bad.json', {}, /bad\.json is not JSON/],
      ['list.json', {}, /not an OpenAPI document/],
      ['absent.json', {}, /could not read the OpenAPI document at absent\.json/],
      ['http://127.0.0.1:9/openapi.json', {}, /could not read the OpenAPI document at http:\/\/127\.0\.0\.1:9/],
    ];
    for (const [option, env, why] of cases) {
      const r = await loadOpenApi(option, env, dir, 2000);
      assert.equal(r.ok, false, String(option));
      if (!r.ok) assert.match(r.reason, why);
    }
  });
});
