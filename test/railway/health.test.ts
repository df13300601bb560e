import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForHealthy } from '../../src/restart/index.js';
import { closedPortUrl, startServer } from './helpers.js';
import { timerOf } from '../helpers/timer.js';

describe('waitForHealthy', () => {
  test('polls until the server turns healthy after N requests', async (t) => {
    let hits = 0;
    const server = await startServer((req, res) => {
      hits++;
      assert.equal(req.method, 'GET');
      res.writeHead(hits <= 3 ? 503 : 200, { 'content-type': 'application/json' }).end(hits <= 3 ? '{"status":"starting"}' : '{"status":"ok"}');
    });
    t.after(() => server.close());
    const result = await waitForHealthy(`${server.url}/api/health`, { timeoutMs: 5_000, intervalMs: 5 });
    assert.equal(result.ok, true);
    assert.equal(result.status, 200);
    assert.equal(result.attempts, 4);
    assert.equal(result.lastError, undefined);
    assert.equal(hits, 4);
  });

  test('a server that never turns healthy: ok false with its last status, within the timeout', async (t) => {
    let hits = 0;
    const server = await startServer((_req, res) => {
      hits++;
      res.writeHead(500).end('boom');
    });
    t.after(() => server.close());
    const pollingOn = timerOf(10_000);
    const result = await waitForHealthy(`${server.url}/api/health`, { timeoutMs: 400, intervalMs: 10 });
    assert.equal(pollingOn.fired(), false, 'stopped at its 400 ms timeout, not polling on');
    assert.equal(result.ok, false);
    assert.equal(result.status, 500);
    assert.equal(result.lastError, 'HTTP 500');
    assert.equal(result.attempts, hits);
    assert.ok(result.attempts >= 2, `attempts ${result.attempts}`);
    assert.ok(result.durationMs >= 400, `waited the whole timeout: durationMs ${result.durationMs}`);
  });

  test('a down server never throws: the connection error is reported', async () => {
    const result = await waitForHealthy(await closedPortUrl('/api/health'), { timeoutMs: 300, intervalMs: 10 });
    assert.equal(result.ok, false);
    assert.equal(result.status, undefined);
    assert.equal(result.lastError, 'ECONNREFUSED');
    assert.ok(result.attempts >= 2);
  });

  test('a hanging server counts as a timed-out attempt', async (t) => {
    const server = await startServer(() => {});
    t.after(() => server.close());
    const result = await waitForHealthy(`${server.url}/`, { timeoutMs: 150, intervalMs: 10, requestTimeoutMs: 40 });
    assert.equal(result.ok, false);
    assert.equal(result.lastError, 'request timed out');
  });

  test('an abort signal ends the wait early; an invalid URL is reported, not thrown', async (t) => {
    const server = await startServer((_req, res) => res.writeHead(503).end());
    t.after(() => server.close());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const ownTimeout = timerOf(10_000);
    const aborted = await waitForHealthy(server.url, { timeoutMs: 10_000, intervalMs: 5, signal: controller.signal });
    assert.equal(ownTimeout.fired(), false, 'ended by the abort, before its own 10 s timeout');
    assert.equal(aborted.ok, false);
    assert.equal(aborted.lastError, 'aborted');

    const invalid = await waitForHealthy('localhost:3000/health');
    assert.equal(invalid.ok, false);
    assert.equal(invalid.attempts, 0);
    assert.match(invalid.lastError ?? '', /not an http\(s\) URL/);
  });
});
