// `healwright publish` on a run folder written by a REAL Playwright run without a GitHub token (the
// split CI's read-only heal job), against the OpenAPI-validating GitHub stand-in and a Slack-compatible
// webhook stand-in: --dry-run sends nothing; publish sends the alert first, then opens the verified PR
// and the issues once; a second publish comments instead of opening again; a malformed manifest or a
// missing folder exits 2 with nothing sent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import type { PublishManifest } from '../../src/artifacts/publish-manifest.js';
import { runCli } from '../../src/cli/main.js';
import { makeTempDir, runInlineTest, type InlineResult } from '../helpers/run-inline.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';
import { startHungHttp } from '../standins/hung.js';
import { timerOf } from '../helpers/timer.js';
import { startWebhookStandin, type WebhookStandin } from '../standins/webhook.js';

const TOKEN = 'ghs_publishStandinToken0123456789abcdef';
const REPO = 'acme/shop';
const PAGE = `'<main><h1>Orders</h1><button type="button">Place your order</button></main>'`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['shop'], cooldownBetweenFixes: 0, skipLlm: true }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop', testMatch: /orders/ }, { name: 'security', testMatch: /headers/ }],
});
`,
  'tests/orders.spec.ts': `import { test, expect } from '@playwright/test';
test('order button is shown', async ({ page }) => {
  await page.setContent(${PAGE});
  await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible({ timeout: 1000 });
});
test('ledger balances', () => { throw new Error('ledger is out of balance'); });
`,
  'tests/headers.spec.ts': `import { test, expect } from '@playwright/test';
test('pages forbid framing', () => {
  const headers: Record<string, string> = {};
  expect(headers['x-frame-options'], 'X-Frame-Options header').toBe('DENY');
});
`,
};

async function cli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, cwd);
  return { code, stdout, stderr };
}

describe('healwright publish', () => {
  let github: GithubStandin;
  let webhook: WebhookStandin;
  let run: InlineResult;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    github = await startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'README.md': '# shop\n' } });
    webhook = await startWebhookStandin();
    env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url, HEAL_ALERT_WEBHOOK: webhook.url };
    // The heal job: no token, no webhook; it writes files only.
    run = await runInlineTest(FILES, { timeoutMs: 240_000 });
  });
  after(async () => {
    await github?.close();
    await webhook?.close();
  });

  test('the no-token run writes publish.json: the verified patch, the issues, the alert payload', () => {
    assert.equal(run.exitCode, 1, run.output);
    const m = JSON.parse(run.file('publish.json')) as PublishManifest;
    assert.deepEqual(m.pullRequests.map((p) => `${p.category} ${p.runStatus} ${p.verified}`), ['update-selectors written true'], run.output);
    assert.deepEqual(m.issues.map((i) => `${i.category} ${i.runStatus}`).sort(), ['security written', 'unknown written']);
    assert.deepEqual(m.alerts.map((a) => `${a.file} ${a.runStatus}`), [`alerts/${m.alerts[0]?.fingerprint}.json skipped`]);
  });

  test('--dry-run: every item listed, nothing sent', async () => {
    const r = await cli(['publish', run.runDir(), '--dry-run', '--repo', run.dir], env, run.dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^dry-run\s+alert/m);
    assert.match(r.stdout, /^dry-run\s+pull-request update-selectors: would open "healwright: update 1 selector \(update-selectors\)" changing tests\/orders\.spec\.ts$/m);
    assert.equal((r.stdout.match(/^dry-run\s+issue/gm) ?? []).length, 2, r.stdout);
    assert.equal(github.requests.length, 0, 'no GitHub request in a dry run');
    assert.equal(webhook.requests.length, 0, 'no alert in a dry run');
  });

  test('publish: alert first, then one PR and two issues; a second publish comments, opens nothing new', { timeout: 120_000 }, async () => {
    const first = await cli(['publish', run.runDir(), '--repo', run.dir], env, run.dir);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(webhook.received.length, 1);
    assert.ok(github.requests.length > 0 && github.requests.every((g) => g.at >= (webhook.requests[0]?.at ?? Infinity)), 'the alert went out before any GitHub request');
    const repo = github.state.repo(REPO);
    const pulls = repo.pulls();
    assert.equal(pulls.length, 1, first.stdout);
    assert.ok(pulls[0]?.labels.includes('self-heal'));
    const files = repo.git.filesAt(repo.git.refs.get(`refs/heads/${pulls[0]?.pull?.head}`) as string);
    assert.match(files['tests/orders.spec.ts'] ?? '', /getByRole\('button', \{ name: 'Place your order' \}\)/);
    const issues = () => [...repo.issues.values()].filter((i) => !i.pull);
    assert.equal(issues().length, 2);
    assert.match(first.stdout, /^published\s+pull-request update-selectors: opened #\d+/m);
    assert.equal(github.state.responseErrors.length, 0, github.state.responseErrors.join('\n'));

    const second = await cli(['publish', run.runDir(), '--repo', run.dir], env, run.dir);
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(repo.pulls().length, 1, 'no second PR');
    assert.equal(repo.pulls()[0]?.comments.length, 1, 'a comment on the open PR instead');
    assert.match(second.stdout, /^commented\s+pull-request update-selectors/m);
    assert.equal(issues().length, 2, 'no second issue');
  });

  test('GitHub hung: the alert still goes out, the PR and issues are stopped at --timeout and reported, exit 1', { timeout: 60_000 }, async () => {
    const hung = await startHungHttp();
    try {
      const sent = webhook.received.length;
      // The hung server never answers: without the deadline publish would wait for the test's timeout.
      const hangs = timerOf(30_000);
      const r = await cli(['publish', run.runDir(), '--repo', run.dir, '--timeout', '2000'], { ...env, GITHUB_API_URL: hung.url }, run.dir);
      assert.equal(hangs.fired(), false, 'publish ended at its --timeout, not with the hung server');
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(webhook.received.length, sent + 1, 'the alert does not wait on GitHub');
      assert.match(r.stdout, /^skipped\s+pull-request update-selectors: publish deadline \(2000 ms\) reached before /m);
      assert.equal((r.stdout.match(/^skipped\s+issue\s+[0-9a-f]+: publish deadline \(2000 ms\) reached before /gm) ?? []).length, 2, r.stdout);
      assert.match(r.stdout, /3 stopped by the deadline/);
    } finally {
      await hung.close();
    }
  });

  test('a malformed manifest: exit 2, the file and the problem named, nothing sent', async () => {
    const dir = makeTempDir('publish-bad');
    cpSync(run.runDir(), dir, { recursive: true });
    const m = JSON.parse(readFileSync(path.join(dir, 'publish.json'), 'utf8')) as Record<string, unknown> & { pullRequests: Record<string, unknown>[] };
    (m.pullRequests[0] as Record<string, unknown>).verified = false;
    writeFileSync(path.join(dir, 'publish.json'), JSON.stringify(m));
    const sent = github.requests.length + webhook.requests.length;
    const r = await cli(['publish', dir, '--repo', run.dir], env, run.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /publish\.json is malformed at pullRequests\.0\.verified: .*nothing was published/);
    writeFileSync(path.join(dir, 'publish.json'), '{ not json');
    const r2 = await cli(['publish', dir], env, run.dir);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /publish\.json is not valid JSON/);
    const r3 = await cli(['publish', path.join(dir, 'nope')], env, run.dir);
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /is not a folder\. Pass the run folder/);
    const r4 = await cli(['publish', dir, '--timeout', 'soon'], env, run.dir);
    assert.equal(r4.code, 2);
    assert.match(r4.stderr, /--timeout is "soon": expected a whole number of milliseconds/);
    const r5 = await cli(['publish', run.runDir(), '--repo', path.join(dir, 'no-checkout')], env, run.dir);
    assert.equal(r5.code, 2);
    assert.match(r5.stderr, /--repo .*no-checkout is not a folder: pass the checkout/);
    const r6 = await cli(['publish', run.runDir()], { ...env, HEAL_ON_END_TIMEOUT: '-5' }, run.dir);
    assert.equal(r6.code, 2);
    assert.match(r6.stderr, /HEAL_ON_END_TIMEOUT is "-5"/);
    assert.equal(github.requests.length + webhook.requests.length, sent, 'nothing sent');
  });
});
