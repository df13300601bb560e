// The Railway stand-in must reject what Railway would reject; otherwise the client tests prove nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { startRailwayStandIn } from '../standins/railway.js';

const AUTH = { 'project-access-token': 'project-token-standin' };

async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json', ...AUTH }) {
  const res = await request(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.statusCode, headers: res.headers, json: (await res.body.json()) as { data?: unknown; errors?: Array<{ message: string }> } };
}

const messages = (json: { errors?: Array<{ message: string }> }) => (json.errors ?? []).map((e) => e.message);

describe('Railway stand-in', () => {
  test('rejects non-POST, wrong path, non-JSON and bodies without a query', async (t) => {
    const s = await startRailwayStandIn();
    t.after(() => s.close());
    const get = await request(s.url, { method: 'GET' });
    assert.equal(get.statusCode, 405);
    assert.equal(get.headers.allow, 'POST');
    await get.body.dump();
    assert.equal((await post(s.url.replace('/graphql/v2', '/graphql'), { query: '{ x }' })).status, 404);
    assert.equal((await post(s.url, { query: '{ x }' }, { 'content-type': 'text/plain', ...AUTH })).status, 415);
    const broken = await post(s.url, '{not json');
    assert.equal(broken.status, 400);
    assert.deepEqual(messages(broken.json), ['Must provide query string.']);
    const badVars = await post(s.url, { query: 'query { deployment(id: "dep-initial") { id } }', variables: [1] });
    assert.equal(badVars.status, 400);
  });

  const invalid: Array<{ name: string; query: string; variables?: Record<string, unknown>; message: string }> = [
    {
      name: 'a missing required variable',
      query: 'query Q($environmentId: String!, $serviceId: String!) { serviceInstance(environmentId: $environmentId, serviceId: $serviceId) { id } }',
      variables: { environmentId: 'env-standin' },
      message: 'Variable "$serviceId" of required type "String!" was not provided.',
    },
    {
      name: 'a non-string id',
      query: 'query Q($id: String!) { deployment(id: $id) { status } }',
      variables: { id: 42 },
      message: 'Variable "$id" got invalid value 42; String cannot represent a non string value: 42',
    },
    {
      name: 'a missing required argument',
      query: 'mutation M($serviceId: String!) { serviceInstanceRedeploy(serviceId: $serviceId) }',
      variables: { serviceId: 'svc-standin' },
      message: 'Field "serviceInstanceRedeploy" argument "environmentId" of type "String!" is required, but it was not provided.',
    },
    {
      name: 'a nullable variable in a String! position',
      query: 'query Q($id: String) { deployment(id: $id) { status } }',
      variables: { id: 'dep-initial' },
      message: 'Variable "$id" of type "String" used in position expecting type "String!".',
    },
    {
      name: 'an unknown root field',
      query: 'mutation { deploymentRestartEverything(id: "x") }',
      message: 'Cannot query field "deploymentRestartEverything" on type "Mutation".',
    },
    {
      name: 'a mutation asked as a query',
      query: 'query { serviceInstanceRedeploy(environmentId: "env-standin", serviceId: "svc-standin") }',
      message: 'Cannot query field "serviceInstanceRedeploy" on type "Query".',
    },
    {
      name: 'a selection on a Boolean! mutation',
      query: 'mutation { serviceInstanceRedeploy(environmentId: "env-standin", serviceId: "svc-standin") { id } }',
      message: 'Field "serviceInstanceRedeploy" must not have a selection since type "Boolean!" has no subfields.',
    },
    {
      name: 'an object field without a selection',
      query: 'query { deployment(id: "dep-initial") }',
      message: 'Field "deployment" of type "Deployment!" must have a selection of subfields. Did you mean "deployment { ... }"?',
    },
    {
      name: 'an unknown sub-field',
      query: 'query { deployment(id: "dep-initial") { id health } }',
      message: 'Cannot query field "health" on type "Deployment".',
    },
    { name: 'broken syntax', query: 'query { deployment(id: "dep-initial") { id }', message: 'Syntax Error: Unexpected <EOF>.' },
  ];
  for (const c of invalid) {
    test(`rejects ${c.name} with HTTP 400 and graphql-js's message`, async (t) => {
      const s = await startRailwayStandIn();
      t.after(() => s.close());
      const res = await post(s.url, { query: c.query, variables: c.variables ?? {} });
      assert.equal(res.status, 400);
      assert.deepEqual(messages(res.json), [c.message]);
      assert.equal(s.state.redeploys.length, 0);
    });
  }

  test('answers a bad or missing token with HTTP 200 "Not Authorized" and changes nothing', async (t) => {
    const s = await startRailwayStandIn();
    t.after(() => s.close());
    const q = { query: 'mutation { serviceInstanceRedeploy(environmentId: "env-standin", serviceId: "svc-standin") }' };
    const attempts: Array<Record<string, string>> = [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', authorization: 'Bearer project-token-standin' }];
    for (const headers of attempts) {
      const res = await post(s.url, q, headers);
      assert.equal(res.status, 200);
      assert.deepEqual(res.json, { data: null, errors: [{ message: 'Not Authorized', path: ['serviceInstanceRedeploy'] }] });
    }
    assert.equal(s.state.redeploys.length, 0);
  });

  test('answers only the selected fields, under their aliases, and 429s with Retry-After while rate-limited', async (t) => {
    const s = await startRailwayStandIn({ rateLimit: { times: 1, retryAfter: '1' } });
    t.after(() => s.close());
    const q = { query: '# comment\nquery { d: deployment(id: "dep-initial") { status } }' };
    const limited = await post(s.url, q);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '1');
    const ok = await post(s.url, q);
    assert.deepEqual(ok.json, { data: { d: { status: 'SUCCESS' } } });
  });

  test('redeploy mutation returns true and starts a new deployment', async (t) => {
    const s = await startRailwayStandIn();
    t.after(() => s.close());
    const res = await post(s.url, {
      query: 'mutation R($e: String!, $s: String!) { serviceInstanceRedeploy(environmentId: $e, serviceId: $s) }',
      variables: { e: 'env-standin', s: 'svc-standin' },
    });
    assert.deepEqual(res.json, { data: { serviceInstanceRedeploy: true } });
    assert.equal(s.latest()?.id, 'dep-1');
    assert.equal(s.requests[0]?.field, 'serviceInstanceRedeploy');
  });
});
