// The onEnd deadline in real Playwright runs: with the LLM, GitHub and the alert webhook all accepting
// connections and never answering, onEnd ends soon after onEndTimeout, every step it did not get to is
// in the summary's `skipped` with the reason, the artifacts are written and the exit code stands. With
// GitHub down, the security alert still goes out, and before any GitHub request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { inlineConfig, runInlineTest } from '../helpers/run-inline.js';
import { startHungHttp, startHungTcp, type HungService } from '../standins/hung.js';
import { startWebhookStandin, type WebhookStandin } from '../standins/webhook.js';

const TOKEN = 'ghs_deadlineStandinToken0123456789abcdef';
const REPO = 'acme/crm';
const ON_END_TIMEOUT = 3000;

/** Three clusters (two unknown, one security), as in the measured 457 s run. */
function files(reporterOptions: string): Record<string, string> {
  return {
    'playwright.config.ts': inlineConfig({
      reporterOptions,
      projects: `[{ name: 'app', testMatch: /app\\.spec/ }, { name: 'security', testMatch: /security\\.spec/ }]`,
    }),
    'app.spec.ts': `import { test } from '@playwright/test';
test('inventory stays consistent', () => { throw new Error('inventory service returned an inconsistent state'); });
test('billing totals add up', () => { throw new Error('billing ledger is out of balance by 3 cents'); });
test('inventory lists items', () => {});
`,
    'security.spec.ts': `import { test, expect } from '@playwright/test';
test('pages forbid framing', () => {
  const headers: Record<string, string> = { 'content-type': 'text/html' };
  expect(headers['x-frame-options'], 'X-Frame-Options header').toBe('DENY');
});
`,
  };
}

/** A port nothing listens on (connections are refused). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** "onEnd finished in N ms" from the run's log. */
function onEndMs(runDir: string): number {
  const m = /onEnd finished in ([\d.]+) ms/.exec(readFileSync(path.join(runDir, 'healing-output.log'), 'utf8'));
  assert.ok(m, 'the log says how long onEnd took');
  return Number(m[1]);
}

describe('onEnd deadline', () => {
  let ollama: HungService;
  let anthropic: HungService;
  let github: HungService;
  let hungWebhook: HungService;
  let webhook: WebhookStandin;
  before(async () => {
    [ollama, anthropic, github, hungWebhook, webhook] = await Promise.all([startHungTcp(), startHungHttp(), startHungHttp(), startHungHttp(), startWebhookStandin()]);
  });
  after(async () => {
    await Promise.all([ollama, anthropic, github, hungWebhook, webhook].map((s) => s?.close()));
  });

  test('LLM, GitHub and webhook hung: onEnd ends within onEndTimeout + 5 s, skipped steps listed, artifacts kept', { timeout: 180_000 }, async () => {
    const r = await runInlineTest(files(`{ projects: ['app'], onEndTimeout: ${ON_END_TIMEOUT}, github: { repository: '${REPO}' } }`), {
      env: {
        OLLAMA_HOST: ollama.url,
        OLLAMA_MODEL: 'llama3.2',
        ANTHROPIC_API_KEY: 'sk-ant-api03-standin',
        ANTHROPIC_BASE_URL: anthropic.url,
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: github.url,
        HEAL_ALERT_WEBHOOK: `${hungWebhook.url}/services/T000/B000/hung`,
      },
      timeoutMs: 120_000,
    });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const took = onEndMs(r.runDir());
    assert.ok(took < ON_END_TIMEOUT + 5000, `onEnd took ${took} ms, more than onEndTimeout + 5 s`);

    const skipped = s.skipped ?? [];
    for (const k of skipped) assert.match(k.reason, /^onEnd deadline \(3000 ms\) reached before /, JSON.stringify(k));
    const steps = skipped.map((k) => k.step).join('\n');
    assert.match(steps, /LLM analysis/, JSON.stringify(skipped, null, 2));
    assert.match(steps, /^unknown issue [0-9a-f]+$/m, JSON.stringify(skipped, null, 2));
    // The alert was attempted first and cut off by the deadline, not by GitHub.
    assert.equal(hungWebhook.received.length, 1, 'one alert attempt, stopped at the deadline');
    assert.deepEqual(s.alerts.map((a) => a.status), ['failed']);
    assert.match(s.alerts[0]?.reason ?? '', /onEnd deadline \(3000 ms\) reached before/);
    assert.ok(github.received.every((g) => g.at >= (hungWebhook.received[0]?.at ?? Infinity)), 'no GitHub request before the alert');

    // Nothing recorded is lost: the issues it could not send are files, every artifact is written.
    assert.deepEqual(s.issues.map((i) => i.status), ['skipped', 'skipped', 'skipped']);
    for (const i of s.issues) assert.ok(i.file && existsSync(i.file), `issue file for ${i.fingerprint}`);
    for (const name of ['healing-summary.json', 'summary.md', 'test-output.json']) assert.ok(existsSync(path.join(r.runDir(), name)), name);
    assert.equal(r.latest().runId, s.runId);
    assert.match(r.file('summary.md'), /### Skipped \(not run\)/);
  });

  test('a Class B verification re-run that outlives the deadline is killed and reported', { timeout: 180_000 }, async () => {
    // The fixed locator passes, then the test waits 60 s: only the re-run with the fix hangs.
    const r = await runInlineTest(
      {
        'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests', outputDir: 'test-results', retries: 0, workers: 1, timeout: 120000,
  reporter: [['list'], ['healwright/reporter', { projects: ['shop'], cooldownBetweenFixes: 0, skipLlm: true, onEndTimeout: 8000 }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop' }],
});
`,
        'tests/orders.spec.ts': `import { test, expect } from '@playwright/test';
test('order button is shown', async ({ page }) => {
  await page.setContent('<main><button type="button">Place your order</button></main>');
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible({ timeout: 1000 });
  await new Promise((resolve) => setTimeout(resolve, 60000));
});
`,
      },
      { timeoutMs: 150_000 },
    );
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const fix = s.fixes.attempted.find((f) => f.class === 'B');
    assert.equal(fix?.status, 'skipped', JSON.stringify(s.fixes.attempted, null, 2));
    assert.match(fix?.detail ?? '', /onEnd deadline \(8000 ms\) reached before verifying this patch/);
    assert.ok((s.skipped ?? []).some((k) => /update-selectors fix verification/.test(k.step)), JSON.stringify(s.skipped));
    const rerun = JSON.parse(r.file('test-rerun-output.json')) as { reruns: { timedOut: boolean; durationMs: number; command: string[] }[] };
    assert.equal(rerun.reruns[0]?.timedOut, true, 'the re-run was killed');
    // The re-run's test timeout: twice the project's 120 s, never heal.timeout's 30 s below the config's.
    assert.deepEqual(rerun.reruns[0]?.command.filter((a) => a.startsWith('--timeout')), ['--timeout=240000']);
    // Killed at the deadline, long before the test's own 60 s wait ends.
    assert.ok((rerun.reruns[0]?.durationMs ?? Infinity) < 8000 + 2000, `re-run ran ${rerun.reruns[0]?.durationMs} ms`);
    assert.ok(onEndMs(r.runDir()) < 8000 + 5000);
    assert.deepEqual(s.pullRequests, [], 'an unverified patch is never published');
  });

  test('GitHub refusing connections: the security alert is still sent, before any GitHub request', { timeout: 180_000 }, async () => {
    const refused = await closedPort();
    const r = await runInlineTest(files(`{ projects: ['app'], skipLlm: true, onEndTimeout: 8000, github: { repository: '${REPO}' } }`), {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `http://127.0.0.1:${refused}`, HEAL_ALERT_WEBHOOK: webhook.url },
      timeoutMs: 120_000,
    });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    assert.equal(webhook.received.length, 1, 'the alert went out although GitHub is down');
    assert.deepEqual(s.alerts.map((a) => a.status), ['sent']);
    // Refused connections are retried with backoff until the deadline: failed or skipped, never sent.
    assert.equal(s.issues.length, 3);
    assert.ok(s.issues.every((i) => i.status === 'failed' || i.status === 'skipped'), JSON.stringify(s.issues));
  });

  test('GitHub hung: the alert arrives before the first GitHub request, and onEnd still ends', { timeout: 180_000 }, async () => {
    const before = webhook.requests.length;
    const r = await runInlineTest(files(`{ projects: ['app'], skipLlm: true, onEndTimeout: ${ON_END_TIMEOUT}, github: { repository: '${REPO}' } }`), {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, HEAL_ALERT_WEBHOOK: webhook.url },
      timeoutMs: 120_000,
    });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    assert.equal(webhook.requests.length, before + 1);
    const alertAt = webhook.requests[before]?.at ?? Infinity;
    const firstGithub = github.received.filter((g) => g.at >= alertAt - 60_000);
    assert.ok(firstGithub.length > 0, 'GitHub was asked (and hung)');
    assert.ok(firstGithub.every((g) => g.at >= alertAt), `alert at ${alertAt}, GitHub at ${firstGithub.map((g) => g.at).join(', ')}`);
    assert.deepEqual(s.alerts.map((a) => a.status), ['sent']);
    assert.ok((s.skipped ?? []).some((k) => /issue/.test(k.step)), JSON.stringify(s.skipped));
    assert.ok(onEndMs(r.runDir()) < ON_END_TIMEOUT + 5000);
  });
});
