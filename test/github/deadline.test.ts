// The pipeline deadline in the GitHub client and the alert webhook: once it fires, the request in flight
// is aborted, no retry starts (plugin-retry and the throttling plugin are both stopped), and the error
// names the deadline and the step; a call after it sends nothing at all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDeadline, DeadlineError } from '../../src/common/deadline.js';
import { GithubClient } from '../../src/github/index.js';
import { sendSecurityAlert } from '../../src/class-c/index.js';
import { startHungHttp, type HungService } from '../standins/hung.js';
import { primaryRateLimitHeaders } from '../standins/github.js';
import { REPO, startRig, TOKEN, type Rig } from './helpers.js';
import { timerOf } from '../helpers/timer.js';

describe('deadline: GitHub client and alert webhook', () => {
  let hung: HungService;
  before(async () => {
    hung = await startHungHttp();
  });
  after(async () => {
    await hung?.close();
  });

  test('a hung GitHub: aborted at the deadline, not retried, not asked again afterwards', async () => {
    // Long enough for the first request to leave (octokit's first call loads its plugins).
    const deadline = createDeadline(1500, 'test deadline');
    // Without the deadline this would wait 4 × 30 s (the per-attempt timeout, 3 retries).
    const client = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: hung.url, retries: 3, minRetryDelayMs: 1, signal: deadline.signal });
    const from = hung.received.length;
    const err = await client.createIssue({ title: 't', body: 'b', labels: [] }).then(
      () => assert.fail('no answer expected'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof DeadlineError, String(err));
    assert.equal(err.message, 'test deadline (1500 ms) reached before creating an issue');
    await sleep(300);
    assert.equal(hung.received.length - from, 1, 'one attempt, no retry after the deadline');
    await assert.rejects(client.commentOnIssue(1, 'x'), /test deadline \(1500 ms\) reached before commenting on #1/);
    assert.equal(hung.received.length - from, 1, 'nothing sent after the deadline');
  });

  test('a rate limit GitHub asks to wait out is not waited for past the deadline', async () => {
    const rig: Rig = await startRig({}, { rateLimitUnitMs: 1000, maxRateLimitWaitS: 60 });
    try {
      const deadline = createDeadline(500, 'test deadline');
      const client = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: rig.standin.url, rateLimitUnitMs: 1000, minWriteIntervalMs: 0, signal: deadline.signal });
      rig.standin.failNext('POST /repos/{owner}/{repo}/issues', { status: 403, headers: primaryRateLimitHeaders(30), count: Infinity });
      const rateLimit = timerOf(30_000);
      await assert.rejects(client.createIssue({ title: 't', body: 'b', labels: [] }), /test deadline \(500 ms\) reached before creating an issue/);
      assert.equal(rateLimit.fired(), false, 'did not wait out the 30 s rate limit');
      assert.ok(rig.standin.state.repo(REPO).issues.size === 0);
    } finally {
      await rig.close();
    }
  });

  test('a hung webhook: the attempt is aborted at the deadline and not retried', async () => {
    const deadline = createDeadline(300, 'test deadline');
    const from = hung.received.length;
    const r = await sendSecurityAlert(`${hung.url}/services/T0/B0/x`, { fingerprint: 'a1b2c3d4e5f6', title: 't', message: 'm', tests: [], runId: 'r', seenAt: '2026-01-01T00:00:00.000Z' }, { timeoutMs: 30_000, retryDelayMs: 10, signal: deadline.signal });
    assert.equal(r.status, 'failed');
    assert.equal(r.attempts, 1);
    assert.match(r.error ?? '', /test deadline \(300 ms\) reached before the webhook answered/);
    assert.doesNotMatch(r.error ?? '', /services\/T0/, 'the webhook URL is never shown');
    await sleep(100);
    assert.equal(hung.received.length - from, 1);
  });
});
