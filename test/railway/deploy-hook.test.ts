import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeployHookRestartProvider, describeHookUrl } from '../../src/restart/index.js';
import { closedPortUrl, startServer } from './helpers.js';

const SECRET_PATH = '/deploy/srv-123';
const SECRET_KEY = 'hook-secret-789';

/** A deploy-hook endpoint like Render's: POST only, the key must match, answers the deploy id. */
async function hookServer(answer: { status: number; body: string } = { status: 200, body: '{"deploy":{"id":"dep-hook-1"}}' }) {
  const seen: Array<{ method: string; url: string; length: string | undefined }> = [];
  const server = await startServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', length: req.headers['content-length'] });
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (url.pathname !== SECRET_PATH || url.searchParams.get('key') !== SECRET_KEY) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  return { ...server, seen, hookUrl: `${server.url}${SECRET_PATH}?key=${SECRET_KEY}` };
}

describe('DeployHookRestartProvider', () => {
  test('a 2xx answer is ok; the deployment id is read; the secret never shows', async (t) => {
    const hook = await hookServer();
    t.after(() => hook.close());
    const lines: string[] = [];
    const outcome = await new DeployHookRestartProvider({ url: hook.hookUrl }).restart({ log: (l) => lines.push(l) });
    assert.equal(outcome.provider, 'deploy-hook');
    assert.equal(outcome.ok, true, outcome.detail);
    assert.equal(outcome.deploymentId, 'dep-hook-1');
    assert.deepEqual(hook.seen, [{ method: 'POST', url: `${SECRET_PATH}?key=${SECRET_KEY}`, length: '0' }]);
    const shown = [outcome.detail, ...lines].join('\n');
    assert.ok(!shown.includes(SECRET_KEY) && !shown.includes('srv-123'), shown);
    assert.ok(shown.includes(hook.url));
  });

  test("Vercel's {job:{id}} answer is understood too", async (t) => {
    const hook = await hookServer({ status: 201, body: '{"job":{"id":"job-9","state":"PENDING"}}' });
    t.after(() => hook.close());
    const outcome = await new DeployHookRestartProvider({ url: hook.hookUrl }).restart();
    assert.equal(outcome.ok, true);
    assert.equal(outcome.deploymentId, 'job-9');
  });

  test('a non-2xx answer (wrong key) is a failure naming the status', async (t) => {
    const hook = await hookServer();
    t.after(() => hook.close());
    const outcome = await new DeployHookRestartProvider({ url: `${hook.url}${SECRET_PATH}?key=old` }).restart();
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /answered HTTP 404/);
    assert.match(outcome.detail, /Check the hook URL/);
    assert.ok(!outcome.detail.includes('key=old'));
  });

  test('a closed port is a failure, not a throw', async () => {
    const outcome = await new DeployHookRestartProvider({ url: await closedPortUrl('/deploy/x') }).restart();
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /Could not reach the deploy hook .*ECONNREFUSED/);
  });

  test('a hook slower than timeoutMs is a failure', async (t) => {
    const slow = await startServer((_req, res) => {
      setTimeout(() => res.end('{}'), 500);
    });
    t.after(() => slow.close());
    const outcome = await new DeployHookRestartProvider({ url: `${slow.url}/hook`, timeoutMs: 50 }).restart();
    assert.equal(outcome.ok, false);
    assert.match(outcome.detail, /did not answer within 50 ms/);
  });

  test('an invalid URL is refused up front; describeHookUrl keeps only the origin', () => {
    assert.throws(() => new DeployHookRestartProvider({ url: 'ftp://x/y' }), /needs an http\(s\) url/);
    assert.equal(describeHookUrl('https://api.example.com/v1/deploy/prj_1/abc?x=1'), 'https://api.example.com/…');
  });
});
