// Retries, rate limits and typed errors of the GitHub client, driven by the stand-in's failNext.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import {
  GithubAuthError,
  GithubClient,
  GithubError,
  GithubNetworkError,
  GithubNotFoundError,
  GithubRateLimitError,
} from '../../src/github/index.js';
import { primaryRateLimitHeaders, secondaryRateLimitHeaders } from '../standins/github.js';
import { FAST, REPO, TOKEN, startRig } from './helpers.js';

const GET_REPO = 'GET /repos/{owner}/{repo}';
const CREATE_ISSUE = 'POST /repos/{owner}/{repo}/issues';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('GithubClient failures', () => {
  test('5xx twice then success is retried; 5xx forever fails after `retries` retries', async () => {
    const rig = await startRig();
    try {
      rig.standin.failNext(GET_REPO, { status: 502, count: 2 });
      assert.equal(await rig.client.getDefaultBranch(), 'main');
      assert.deepEqual(rig.standin.requests.map((r) => r.status), [502, 502, 200]);

      rig.standin.failNext(CREATE_ISSUE, { status: 500, count: Infinity });
      const err = await rig.client.createIssue({ title: 't', body: 'b', labels: [] }).catch((e: unknown) => e);
      assert.ok(err instanceof GithubError, String(err));
      assert.equal(err.status, 500);
      assert.match(err.message, /creating an issue \(POST \/repos\/acme\/web\/issues\) with HTTP 500: Server Error/);
      assert.match(err.message, /try again later/);
      const posts = rig.standin.requests.filter((r) => r.route === CREATE_ISSUE);
      assert.equal(posts.length, 4, '1 attempt + 3 retries');
      assert.equal(rig.standin.state.repo(REPO).issues.size, 0);
    } finally {
      await rig.close();
    }
  });

  test('a primary rate limit that resets in 1 s is waited out and retried', async () => {
    const rig = await startRig();
    try {
      rig.standin.failNext(CREATE_ISSUE, { status: 403, headers: primaryRateLimitHeaders(1) });
      const issue = await rig.client.createIssue({ title: 't', body: 'b', labels: ['x'] });
      assert.equal(issue.number, 1);
      assert.deepEqual(rig.standin.requests.map((r) => r.status), [403, 201]);
      // The reset is a whole epoch second: built just before a second turns, it is under 1 s away when read, and the
      // throttling plugin waits 1 s; else 2 or 3.
      assert.ok(rig.logs.some((l) => /GitHub primary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues: retrying in [123] s/.test(l)), rig.logs.join('\n'));

      rig.standin.failNext(CREATE_ISSUE, { status: 429, headers: secondaryRateLimitHeaders(2) });
      assert.equal((await rig.client.createIssue({ title: 't2', body: 'b', labels: [] })).number, 2);
      assert.ok(rig.logs.some((l) => /secondary rate limit .*retrying in 2 s/.test(l)));
    } finally {
      await rig.close();
    }
  });

  test('a rate limit beyond the bound throws GithubRateLimitError with the reset time at once', async () => {
    const rig = await startRig();
    try {
      rig.standin.failNext(CREATE_ISSUE, { status: 429, headers: secondaryRateLimitHeaders(120), count: Infinity });
      const started = Date.now();
      const err = await rig.client.createIssue({ title: 't', body: 'b', labels: [] }).catch((e: unknown) => e);
      assert.ok(err instanceof GithubRateLimitError, String(err));
      assert.equal(err.status, 429);
      assert.ok(err.resetAt && Math.abs(err.resetAt.getTime() - (started + 120_000)) < 5_000, String(err.resetAt));
      assert.match(err.message, /secondary rate limit/);
      assert.match(err.message, new RegExp(`resets at ${err.resetAt?.toISOString().slice(0, 16)}`));
      assert.match(err.message, /later than the 60 s healwright waits/);
      assert.equal(rig.standin.requests.length, 1, 'not retried');

      rig.standin.failNext(GET_REPO, { status: 403, headers: primaryRateLimitHeaders(3600) });
      const primary = await rig.client.getDefaultBranch().catch((e: unknown) => e);
      assert.ok(primary instanceof GithubRateLimitError);
      assert.match(primary.message, /API rate limit is exhausted \(HTTP 403\)/);

      // Within the bound but never lifting: waited out `retries` times, then the typed error.
      const before = rig.standin.requests.length;
      rig.standin.failNext(GET_REPO, { status: 403, headers: primaryRateLimitHeaders(1), count: Infinity });
      const stuck = await rig.client.getDefaultBranch().catch((e: unknown) => e);
      assert.ok(stuck instanceof GithubRateLimitError, String(stuck));
      assert.match(stuck.message, /still exhausted after the retries/);
      assert.equal(rig.standin.requests.length - before, 4, '1 attempt + 3 retries');
    } finally {
      await rig.close();
    }
  });

  test('wrong token, missing permission, unknown repository and an unreachable API map to typed errors', async () => {
    const rig = await startRig();
    try {
      const wrong = new GithubClient({ token: 'ghp_wrongTokenValue123', owner: 'acme', repo: 'web', apiUrl: rig.standin.url, ...FAST });
      const auth = await wrong.getDefaultBranch().catch((e: unknown) => e);
      assert.ok(auth instanceof GithubAuthError, String(auth));
      assert.equal(auth.status, 401);
      assert.match(auth.message, /Bad credentials/);
      assert.match(auth.message, /GITHUB_TOKEN/);
      assert.ok(!auth.message.includes('ghp_wrongTokenValue123'));
      assert.ok(!JSON.stringify(auth).includes('ghp_wrongTokenValue123'));

      rig.standin.failNext(CREATE_ISSUE, { status: 403 });
      const perm = await rig.client.createIssue({ title: 't', body: 'b', labels: [] }).catch((e: unknown) => e);
      assert.ok(perm instanceof GithubAuthError);
      assert.match(perm.message, /Resource not accessible by integration/);
      assert.match(perm.message, /contents\/pull-requests\/issues write/);

      const other = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'nope', apiUrl: rig.standin.url, ...FAST });
      const missing = await other.getDefaultBranch().catch((e: unknown) => e);
      assert.ok(missing instanceof GithubNotFoundError);
      assert.match(missing.message, /acme\/nope/);

      const base = await rig.client
        .createPullRequest({ base: 'develop', branch: 'heal/x', title: 't', body: 'b', commitMessage: 'c', files: [{ path: 'a', content: 'a' }], labels: [], reviewers: [] })
        .catch((e: unknown) => e);
      assert.ok(base instanceof GithubNotFoundError);
      assert.match(base.message, /reading branch develop/);

      const port = await freePort();
      const offline = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: `http://127.0.0.1:${port}`, ...FAST, retries: 1 });
      const net = await offline.getDefaultBranch().catch((e: unknown) => e);
      assert.ok(net instanceof GithubNetworkError, String(net));
      assert.match(net.message, /ECONNREFUSED/);
      assert.match(net.message, /GITHUB_API_URL/);
    } finally {
      await rig.close();
    }
  });

  test('write requests are spaced by minWriteIntervalMs', async () => {
    const rig = await startRig({}, { minWriteIntervalMs: 120 });
    try {
      await rig.client.createIssue({ title: 'a', body: 'b', labels: [] });
      await rig.client.commentOnIssue(1, 'one');
      await rig.client.commentOnIssue(1, 'two');
      const at = rig.standin.requests.map((r) => r.at);
      assert.equal(at.length, 3);
      for (let i = 1; i < at.length; i++) assert.ok((at[i] ?? 0) - (at[i - 1] ?? 0) >= 110, `gap ${i}: ${(at[i] ?? 0) - (at[i - 1] ?? 0)} ms`);
    } finally {
      await rig.close();
    }
  });
});
