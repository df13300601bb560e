import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { runClassC, sendSecurityAlert, type SecurityAlert } from '../../src/class-c/index.js';
import { startWebhookStandin, type WebhookStandin } from '../standins/webhook.js';
import { FakeIssues, failure, summaryOf } from './fixtures.js';

const TOKEN = `ghp_${'Q7'.repeat(18)}`;
const ALERT: SecurityAlert = {
  fingerprint: 'a1b2c3d4e5f6',
  title: `X-Frame-Options missing, token ${TOKEN}`,
  message: `Expected: "DENY"\nReceived: undefined\nlogin with password=hunter2-Secret! <script>`,
  tests: ['security › e2e/security/headers.spec.ts › pages send CSP'],
  runId: 'run-20260302-060000-00000001',
  seenAt: '2026-03-02T06:00:00.000Z',
  runUrl: 'https://github.com/acme/app/actions/runs/42/attempts/1',
};
const FAST = { retryDelayMs: 10, timeoutMs: 2_000 };

const standins: WebhookStandin[] = [];
const dirs: string[] = [];
after(async () => {
  await Promise.all(standins.map((s) => s.close()));
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
async function standin(options: Parameters<typeof startWebhookStandin>[0] = {}) {
  const s = await startWebhookStandin(options);
  standins.push(s);
  return s;
}

describe('sendSecurityAlert', () => {
  test('posts a Slack payload the stand-in accepts, redacted', async () => {
    const hook = await standin();
    const result = await sendSecurityAlert(hook.url, ALERT, FAST);
    assert.deepEqual(result, { status: 'sent', attempts: 1, httpStatus: 200 });
    assert.equal(hook.received.length, 1);
    assert.equal(hook.requests[0]!.contentType, 'application/json');
    const payload = hook.received[0]!;
    assert.match(payload.text, /^healwright: security test failure: X-Frame-Options missing, token \[REDACTED_API_KEY\]$/);
    assert.deepEqual(payload.blocks.map((b) => b.type), ['header', 'section', 'section', 'context']);
    const all = JSON.stringify(payload);
    assert.ok(!all.includes(TOKEN) && !all.includes('hunter2'), 'secrets are redacted');
    assert.match(all, /password=\[REDACTED_PASSWORD\]/);
    assert.match(all, /&lt;script&gt;/, 'mrkdwn is escaped');
    assert.match(all, /<https:\/\/github\.com\/acme\/app\/actions\/runs\/42\/attempts\/1\|Open the run>/);
  });

  test('a 500 is retried once, then it is sent', async () => {
    const hook = await standin({ failFirst: [500] });
    const result = await sendSecurityAlert(hook.url, ALERT, FAST);
    assert.deepEqual(result, { status: 'sent', attempts: 2, httpStatus: 200 });
    assert.deepEqual(hook.requests.map((r) => r.status), [500, 200]);
    assert.equal(hook.received.length, 1);
  });

  test('only one retry: two 500s fail with the status', async () => {
    const hook = await standin({ failFirst: [503, 502, 500] });
    const result = await sendSecurityAlert(hook.url, ALERT, FAST);
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 2);
    assert.equal(result.httpStatus, 502);
    assert.match(result.error!, /^the webhook answered 502 \(internal_error\)$/);
    assert.equal(hook.requests.length, 2);
  });

  test('a 4xx is not retried and says what to check', async () => {
    const hook = await standin({ failFirst: [404] });
    const result = await sendSecurityAlert(hook.url, ALERT, FAST);
    assert.equal(result.attempts, 1);
    assert.match(result.error!, /answered 404 \(rejected\): check the webhook URL/);
  });

  test('unreachable: a result with the error, retried once, no throw, no URL in the message', async () => {
    const hook = await standin();
    const url = hook.url;
    await hook.close();
    const result = await sendSecurityAlert(url, ALERT, FAST);
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 2);
    assert.match(result.error!, /could not reach the alert webhook \(ECONNREFUSED: .*\); check the URL and the network/);
    assert.doesNotMatch(result.error!, /services\/T000/);
  });

  test('no answer in time: timed out, retried once', async () => {
    const hook = await standin({ delayMs: 1_000 });
    const result = await sendSecurityAlert(hook.url, ALERT, { retryDelayMs: 10, timeoutMs: 150 });
    assert.equal(result.status, 'failed');
    assert.equal(result.attempts, 2);
    assert.match(result.error!, /no answer within 150 ms/);
  });

  test('not a URL: refused without echoing it', async () => {
    const result = await sendSecurityAlert('hooks.example/secret-part', ALERT, FAST);
    assert.deepEqual(result, { status: 'failed', attempts: 0, error: 'the alert webhook is not an http(s) URL: set HEAL_ALERT_WEBHOOK (or alertWebhook) to the incoming-webhook URL' });
  });

  test('dry run writes the payload instead of sending', async () => {
    const hook = await standin();
    const outDir = mkdtempSync(path.join(tmpdir(), 'class-c-alert-'));
    dirs.push(outDir);
    const result = await sendSecurityAlert(hook.url, ALERT, { ...FAST, dryRun: true, outDir });
    assert.deepEqual(result, { status: 'written', attempts: 0, path: path.join(outDir, 'alerts', 'a1b2c3d4e5f6.json') });
    assert.equal(hook.requests.length, 0);
    const written = JSON.parse(readFileSync(result.path!, 'utf8'));
    assert.match(written.text, /\[REDACTED_API_KEY\]/);
  });
});

describe('webhook stand-in', () => {
  async function post(url: string, contentType: string, body: string) {
    const res = await request(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.statusCode, text: await res.body.text() };
  }

  test('rejects what Slack rejects', async () => {
    const hook = await standin();
    assert.deepEqual(await post(hook.url, 'text/plain', '{"text":"x"}'), { status: 400, text: 'invalid_payload' });
    assert.deepEqual(await post(hook.url, 'application/json', '{"text":'), { status: 400, text: 'invalid_payload' });
    assert.deepEqual(await post(hook.url, 'application/json', '{"blocks":[]}'), { status: 400, text: 'no_text' });
    assert.deepEqual(await post(hook.url, 'application/json', '{"text":"x","blocks":[{"text":"no type"}]}'), { status: 400, text: 'invalid_blocks' });
    assert.deepEqual(await post(hook.url, 'application/json', '{"text":"x","blocks":{}}'), { status: 400, text: 'invalid_blocks' });
    assert.deepEqual(await post(hook.url.replace('/standin', '/other'), 'application/json', '{"text":"x"}'), { status: 404, text: 'no_service' });
    assert.deepEqual(await post(hook.url, 'application/json; charset=utf-8', '{"text":"x","blocks":[{"type":"divider"}]}'), { status: 200, text: 'ok' });
    assert.equal(hook.received.length, 1);
  });
});

describe('runClassC security alerts', () => {
  test('a new security cluster: issue, then an alert linking to it; a recurrence does not alert again', async () => {
    const hook = await standin();
    const api = new FakeIssues();
    const sec = failure({ fp: 'a1b2c3d4e5f6', category: 'security', project: 'security', file: 'e2e/security/headers.spec.ts', title: 'pages send CSP', message: `leaked ${TOKEN}` });
    const base = { api, dryRun: false, closeResolved: false, alertWebhook: hook.url, alertOptions: FAST, outDir: tmpdir() };
    const first = await runClassC({ ...base, summary: summaryOf('run-1', '2026-03-01T06:00:00.000Z', [sec]) });
    assert.deepEqual(first.map((r) => r.action), ['created', 'alerted']);
    assert.match(first[1]!.detail, /security alert sent \(HTTP 200, 1 attempt\(s\)\)/);
    assert.match(JSON.stringify(hook.received[0]), /<https:\/\/github\.com\/acme\/app\/issues\/1\|Open the issue>/);
    assert.doesNotMatch(JSON.stringify(hook.received[0]), /ghp_/);

    const second = await runClassC({ ...base, summary: summaryOf('run-2', '2026-03-02T06:00:00.000Z', [sec]) });
    assert.deepEqual(second.map((r) => r.action), ['commented']);
    assert.equal(hook.received.length, 1);
  });

  test('a failed alert is a record, not an exception', async () => {
    const api = new FakeIssues();
    const sec = failure({ fp: 'a1b2c3d4e5f6', category: 'security', project: 'security', file: 'e2e/security/headers.spec.ts', title: 'pages send CSP', message: 'x' });
    const records = await runClassC({ api, dryRun: false, closeResolved: false, alertWebhook: 'http://127.0.0.1:1/services/x', alertOptions: FAST, outDir: tmpdir(), summary: summaryOf('run-1', '2026-03-01T06:00:00.000Z', [sec]) });
    assert.deepEqual(records.map((r) => r.action), ['created', 'alert-failed']);
    assert.match(records[1]!.detail, /security alert not sent: could not reach the alert webhook/);
  });
});
