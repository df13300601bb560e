// Class C through real Playwright runs with the reporter, the real GitHub client, the OpenAPI-validating
// GitHub stand-in and a Slack-compatible webhook stand-in: a new cluster opens an issue (a security one
// also alerts), the same cluster in the next run gets a comment instead of a second issue (GitHub 5xx
// retried on the way), and a rate limit is reported without losing the run's artifacts or exit code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inlineConfig, makeTempDir, runInlineTest } from '../helpers/run-inline.js';
import { primaryRateLimitHeaders, startGithubStandin, type GithubStandin } from '../standins/github.js';
import { startWebhookStandin, type WebhookStandin } from '../standins/webhook.js';
import { timerOf } from '../helpers/timer.js';

const TOKEN = 'ghs_classCStandinToken0123456789abcdef';
const REPO = 'acme/crm';
const SECRET = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';

const FILES: Record<string, string> = {
  'playwright.config.ts': inlineConfig({
    reporterOptions: `{ projects: ['app'], skipLlm: true, github: { repository: '${REPO}' } }`,
    projects: `[{ name: 'app', testMatch: /app\\.spec/ }, { name: 'security', testMatch: /security\\.spec/ }]`,
  }),
  'app.spec.ts': `import { test } from '@playwright/test';
test('inventory stays consistent', () => {
  throw new Error('inventory service returned an inconsistent state (auth ${SECRET})');
});
test('inventory lists items', () => {});
`,
  'security.spec.ts': `import { test, expect } from '@playwright/test';
test('pages forbid framing', () => {
  const headers: Record<string, string> = { 'content-type': 'text/html' };
  expect(headers['x-frame-options'], 'X-Frame-Options header').toBe('DENY');
});
`,
};

describe('Class C issues and alerts in real runs', () => {
  let github: GithubStandin;
  let webhook: WebhookStandin;
  before(async () => {
    github = await startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'README.md': '# crm\n' } });
    webhook = await startWebhookStandin();
  });
  after(async () => {
    await github?.close();
    await webhook?.close();
  });

  test('new cluster -> issue (+ alert); next run -> comment; rate limit -> reported, artifacts kept', { timeout: 300_000 }, async () => {
    const dir = makeTempDir('class-c');
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, HEAL_ALERT_WEBHOOK: webhook.url };
    const repo = () => github.state.repo(REPO);
    const issues = () => [...repo().issues.values()].filter((i) => !i.pull);

    const first = await runInlineTest(FILES, { dir, env });
    assert.equal(first.exitCode, 1, first.output);
    const s1 = first.summary();
    assert.deepEqual(s1.issues.map((i) => `${i.category} ${i.status}`).sort(), ['security created', 'unknown created'], JSON.stringify(s1.issues));
    assert.equal(issues().length, 2);
    const security = issues().find((i) => i.labels.includes('security'));
    assert.ok(security, 'a security issue');
    assert.deepEqual([...security.labels].sort(), ['needs-investigation', 'security', 'self-heal']);
    const unknown = issues().find((i) => !i.labels.includes('security'));
    assert.deepEqual([...(unknown?.labels ?? [])].sort(), ['needs-investigation', 'self-heal']);
    assert.match(unknown?.body ?? '', /inventory stays consistent/);
    for (const i of issues()) assert.doesNotMatch(i.body ?? '', /ghp_0123456789/, 'issue bodies are redacted');
    assert.equal(webhook.received.length, 1, 'one alert, for the security cluster');
    assert.match(webhook.received[0]?.text ?? '', /security/i);
    assert.doesNotMatch(JSON.stringify(webhook.received), /ghp_0123456789/);
    assert.deepEqual(s1.alerts.map((a) => a.status), ['sent']);

    // Same clusters again; GitHub answers the first two comment requests with 500 (retried).
    github.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 500, count: 2 });
    const second = await runInlineTest(FILES, { dir, env });
    assert.equal(second.exitCode, 1);
    const s2 = second.summary();
    assert.deepEqual(s2.issues.map((i) => `${i.category} ${i.status}`).sort(), ['security commented', 'unknown commented'], JSON.stringify(s2.issues));
    assert.equal(issues().length, 2, 'no second issue for a recurring cluster');
    for (const i of issues()) assert.equal(i.comments.length, 1);
    assert.equal(github.requests.filter((r) => r.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' && r.status === 500).length, 2);
    assert.equal(webhook.received.length, 1, 'a recurring security cluster does not alert again');

    // A rate limit that resets in an hour: reported, not waited for; the run's artifacts are all there.
    github.failNext('GET /repos/{owner}/{repo}/issues', { status: 429, headers: { ...primaryRateLimitHeaders(3600), 'retry-after': '3600' }, count: Infinity });
    const hour = timerOf(600_000);
    const third = await runInlineTest(FILES, { dir, env });
    assert.equal(third.exitCode, 1, 'healwright never changes the exit code');
    const s3 = third.summary();
    assert.deepEqual(s3.issues.map((i) => i.status), ['failed', 'failed'], JSON.stringify(s3.issues));
    assert.match(s3.issues[0]?.reason ?? '', /rate limit/i);
    for (const f of ['healing-summary.json', 'summary.md', 'test-output.json', 'healing-output.log']) assert.ok(existsSync(path.join(third.runDir(), f)), f);
    assert.equal(hour.fired(), false, 'the hour-long rate limit was not waited for');
    assert.equal(issues().length, 2);
    assert.deepEqual(github.state.responseErrors, []);
  });
});
