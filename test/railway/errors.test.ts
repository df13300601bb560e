import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, type Dispatcher } from 'undici';
import {
  RailwayAuthError,
  RailwayClient,
  RailwayConfigError,
  RailwayError,
  RailwayGraphQLError,
  RailwayNetworkError,
  RailwayRateLimitError,
  RailwayTimeoutError,
  parseRetryAfter,
} from '../../src/railway/index.js';
import { startRailwayStandIn } from '../standins/railway.js';
import { closedPortUrl, clientFor, startServer } from './helpers.js';

async function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
}

describe('RailwayClient errors', () => {
  test('HTTP 401 -> RailwayAuthError naming RAILWAY_TOKEN and the Project-Access-Token header', async (t) => {
    const standIn = await startRailwayStandIn({ authFailure: 'http401' });
    t.after(() => standIn.close());
    const err = await caught(clientFor(standIn, { projectToken: 'revoked' }).latestDeployment());
    assert.ok(err instanceof RailwayAuthError);
    assert.equal(err.status, 401);
    assert.equal(err.auth.envVar, 'RAILWAY_TOKEN');
    assert.match(err.message, /HTTP 401/);
    assert.match(err.message, /Project-Access-Token header/);
    assert.match(err.message, /Check RAILWAY_TOKEN/);
    assert.ok(!err.message.includes('revoked'), 'the token itself is never in the message');
  });

  test('GraphQL "Not Authorized" (HTTP 200) -> RailwayAuthError naming RAILWAY_API_TOKEN and Authorization', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const err = await caught(clientFor(standIn, { projectToken: undefined, apiToken: 'wrong' }).redeployService());
    assert.ok(err instanceof RailwayAuthError);
    assert.equal(err.status, 200);
    assert.match(err.message, /"Not Authorized"/);
    assert.match(err.message, /Authorization header/);
    assert.match(err.message, /Check RAILWAY_API_TOKEN/);
    assert.equal(standIn.state.redeploys.length, 0);
  });

  test('429 with Retry-After is retried after the wait it asks for, then succeeds', async (t) => {
    const standIn = await startRailwayStandIn({ rateLimit: { times: 2, retryAfter: '1' } });
    t.after(() => standIn.close());
    const waits: number[] = [];
    const lines: string[] = [];
    const client = clientFor(standIn, { sleep: async (ms) => void waits.push(ms), log: (l) => lines.push(l) });
    const latest = await client.latestDeployment();
    assert.equal(latest?.id, 'dep-initial');
    assert.deepEqual(waits, [1000, 1000]);
    assert.deepEqual(standIn.requests.map((r) => r.status), [429, 429, 200]);
    assert.equal(lines.filter((l) => /rate-limited \(HTTP 429\); retry \d of 3/.test(l)).length, 2);
  });

  test('429 waits are capped by maxRetryDelayMs; without Retry-After a short backoff is used', async (t) => {
    const standIn = await startRailwayStandIn({ rateLimit: { times: 2, retryAfter: null } });
    t.after(() => standIn.close());
    const waits: number[] = [];
    await clientFor(standIn, { maxRetryDelayMs: 7, sleep: async (ms) => void waits.push(ms) }).latestDeployment();
    assert.equal(waits.length, 2);
    for (const w of waits) assert.ok(w >= 0 && w <= 7, `wait ${w} capped at 7`);
  });

  test('429 forever -> RailwayRateLimitError after maxRetries, mentioning the small hourly limits', async (t) => {
    const standIn = await startRailwayStandIn({ rateLimit: { times: Infinity, retryAfter: '0' } });
    t.after(() => standIn.close());
    const err = await caught(clientFor(standIn, { maxRetries: 2, sleep: async () => {} }).redeployAndWait());
    assert.ok(err instanceof RailwayRateLimitError);
    assert.equal(err.status, 429);
    assert.equal(err.retryAfterMs, 0);
    assert.match(err.message, /3 times/);
    assert.match(err.message, /Hourly API request limits/);
    assert.match(err.message, /pollIntervalMs/);
    assert.equal(standIn.requests.length, 3);
  });

  test('GraphQL errors pass through with their messages', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const err = await caught(clientFor(standIn, { serviceId: 'svc-other' }).latestDeployment());
    assert.ok(err instanceof RailwayGraphQLError);
    assert.equal(err.status, 200);
    assert.equal(err.operation, 'serviceInstance');
    assert.deepEqual(err.messages, ['ServiceInstance not found']);
    assert.match(err.message, /serviceInstance failed: ServiceInstance not found/);

    const missing = await caught(clientFor(standIn).deploymentStatus('dep-nope'));
    assert.ok(missing instanceof RailwayGraphQLError);
    assert.deepEqual(missing.messages, ['Deployment not found']);
  });

  test('HTTP 400 with errors (Railway changed its schema) -> RailwayGraphQLError that says so', async (t) => {
    const drifted = await startServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Cannot query field "canRedeploy" on type "Deployment".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }));
    });
    t.after(() => drifted.close());
    const client = new RailwayClient({ apiUrl: `${drifted.url}/graphql/v2`, projectToken: 't', serviceId: 's', environmentId: 'e', env: {} });
    const err = await caught(client.latestDeployment());
    assert.ok(err instanceof RailwayGraphQLError);
    assert.equal(err.status, 400);
    assert.deepEqual(err.errors[0]?.extensions, { code: 'GRAPHQL_VALIDATION_FAILED' });
    assert.match(err.message, /schema may have changed/);
  });

  test('a non-JSON 502 -> RailwayError with the status and the start of the body', async (t) => {
    const gateway = await startServer((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'));
    t.after(() => gateway.close());
    const client = new RailwayClient({ apiUrl: gateway.url, projectToken: 't', serviceId: 's', environmentId: 'e', env: {} });
    const err = await caught(client.redeployService());
    assert.ok(err instanceof RailwayError);
    assert.equal(err.status, 502);
    assert.match(err.message, /HTTP 502 to serviceInstanceRedeploy: <html>Bad Gateway/);
  });

  test('network error (closed port) -> RailwayNetworkError naming the URL and RAILWAY_API_URL', async () => {
    const url = await closedPortUrl('/graphql/v2');
    const client = new RailwayClient({ apiUrl: url, projectToken: 't', serviceId: 's', environmentId: 'e', env: {} });
    const err = await caught(client.latestDeployment());
    assert.ok(err instanceof RailwayNetworkError);
    assert.equal(err.url, url);
    assert.match(err.message, /ECONNREFUSED/);
    assert.ok(err.message.includes(url));
    assert.match(err.message, /RAILWAY_API_URL/);
    assert.ok(err.cause);
  });

  test('a request slower than requestTimeoutMs -> RailwayTimeoutError', async (t) => {
    const standIn = await startRailwayStandIn({ delayMs: 300 });
    t.after(() => standIn.close());
    const err = await caught(clientFor(standIn, { requestTimeoutMs: 50 }).latestDeployment());
    assert.ok(err instanceof RailwayTimeoutError);
    assert.match(err.message, /no answer within 50 ms/);
    assert.match(err.message, /requestTimeoutMs/);
  });

  test('every error is a RailwayError', () => {
    for (const e of [new RailwayTimeoutError('x'), new RailwayRateLimitError(1, undefined), new RailwayNetworkError('u', new Error('x'))]) {
      assert.ok(e instanceof RailwayError);
    }
  });

  test('parseRetryAfter reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('0'), 0);
    assert.equal(parseRetryAfter('1'), 1000);
    assert.equal(parseRetryAfter('1.5'), 1500);
    assert.equal(parseRetryAfter(undefined), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now), 5000);
  });
});

describe('RailwayClient configuration', () => {
  const cases: Array<{ name: string; options: ConstructorParameters<typeof RailwayClient>[0]; envVar: string; option: string; text: RegExp }> = [
    { name: 'no token', options: { serviceId: 's', environmentId: 'e', env: {} }, envVar: 'RAILWAY_TOKEN', option: 'projectToken', text: /RAILWAY_TOKEN.*RAILWAY_API_TOKEN/ },
    { name: 'no service id', options: { projectToken: 't', environmentId: 'e', env: {} }, envVar: 'RAILWAY_SERVICE_ID', option: 'serviceId', text: /RAILWAY_SERVICE_ID \(or the serviceId option\)/ },
    { name: 'no environment id', options: { projectToken: 't', serviceId: 's', env: {} }, envVar: 'RAILWAY_ENVIRONMENT_ID', option: 'environmentId', text: /RAILWAY_ENVIRONMENT_ID \(or the environmentId option\)/ },
    { name: 'blank env vars count as unset', options: { env: { RAILWAY_TOKEN: ' ', RAILWAY_SERVICE_ID: 's', RAILWAY_ENVIRONMENT_ID: 'e' } }, envVar: 'RAILWAY_TOKEN', option: 'projectToken', text: /No Railway token/ },
  ];
  for (const c of cases) {
    test(`${c.name} -> RailwayConfigError naming ${c.envVar}, before any request`, async () => {
      const url = await closedPortUrl('/graphql/v2');
      const err = await caught(new RailwayClient({ apiUrl: url, ...c.options }).redeployAndWait());
      assert.ok(err instanceof RailwayConfigError, String(err));
      assert.equal(err.envVar, c.envVar);
      assert.equal(err.option, c.option);
      assert.match(err.message, c.text);
    });
  }

  test('an invalid API URL or number fails in the constructor', () => {
    assert.throws(() => new RailwayClient({ env: { RAILWAY_API_URL: 'backboard' } }), (e: unknown) => e instanceof RailwayConfigError && e.envVar === 'RAILWAY_API_URL' && /backboard/.test(e.message));
    assert.throws(() => new RailwayClient({ pollIntervalMs: -1, env: {} }), /pollIntervalMs must be a number >= 0, got -1/);
  });

  test('env supplies URL, token and ids when options do not', async (t) => {
    const standIn = await startRailwayStandIn({ serviceId: 'svc-env', environmentId: 'env-env' });
    t.after(() => standIn.close());
    const env = { RAILWAY_API_URL: standIn.url, RAILWAY_TOKEN: 'project-token-standin', RAILWAY_SERVICE_ID: 'svc-env', RAILWAY_ENVIRONMENT_ID: 'env-env' };
    await new RailwayClient({ env }).latestDeployment();
    const [req] = standIn.requests;
    assert.equal(req?.headers['project-access-token'], 'project-token-standin');
    assert.deepEqual((req?.body as { variables: unknown }).variables, { environmentId: 'env-env', serviceId: 'svc-env' });
  });

  test('options beat env: ids, URL and token (even an option apiToken over env RAILWAY_TOKEN)', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const env = {
      RAILWAY_API_URL: await closedPortUrl('/graphql/v2'),
      RAILWAY_TOKEN: 'env-project-token',
      RAILWAY_API_TOKEN: 'env-api-token',
      RAILWAY_SERVICE_ID: 'svc-env',
      RAILWAY_ENVIRONMENT_ID: 'env-env',
    };
    const latest = await new RailwayClient({
      env,
      apiUrl: standIn.url,
      apiToken: 'api-token-standin',
      serviceId: 'svc-standin',
      environmentId: 'env-standin',
    }).latestDeployment();
    assert.equal(latest?.id, 'dep-initial');
    const [req] = standIn.requests;
    assert.equal(req?.headers.authorization, 'Bearer api-token-standin');
    assert.equal(req?.headers['project-access-token'], undefined);
  });

  test('requests go through the injected undici dispatcher', async (t) => {
    const standIn = await startRailwayStandIn();
    const agent = new Agent();
    t.after(async () => {
      await agent.close();
      await standIn.close();
    });
    const seen: string[] = [];
    const dispatcher = agent.compose((dispatch) => (opts: Dispatcher.DispatchOptions, handler) => {
      seen.push(`${opts.method} ${opts.path}`);
      return dispatch(opts, handler);
    });
    await clientFor(standIn, { dispatcher }).latestDeployment();
    assert.deepEqual(seen, ['POST /graphql/v2']);
    assert.equal(standIn.requests.length, 1);
  });

  test('with both env tokens, the project token (RAILWAY_TOKEN) is used, as the Railway CLI does', async (t) => {
    const standIn = await startRailwayStandIn();
    t.after(() => standIn.close());
    const env = { RAILWAY_TOKEN: 'project-token-standin', RAILWAY_API_TOKEN: 'api-token-standin' };
    await clientFor(standIn, { projectToken: undefined, env }).latestDeployment();
    assert.equal(standIn.requests[0]?.headers['project-access-token'], 'project-token-standin');
    assert.equal(standIn.requests[0]?.headers.authorization, undefined);
  });
});
