// Every path a secret could leave by, in real Playwright runs: a distinct secret seeded in each place a
// user could put one (reporter options, process env, metadata, webServer.env, a failure message, a
// password typed with fill(), an input's value in the page's HTML, an attachment body, request and
// response headers, a session cookie, a connection string, a card number, page text, the page's
// console, a 409 body the evidence fixture keeps, the heal-dom snapshot, a secret across the summary's
// cut of a long failure message), through:
//   run 1: the reporter publishes itself (token set): a verified selector PR, Class C issues, a
//          security alert, LLM prompts to the Ollama stand-in;
//   run 2: the split-CI heal job (no token), then `healwright publish` of its folder: comments;
//   run 3: a mistyped token in the reporter options (a configuration error, so side effects are off);
//   then `healwright report` (dashboard) and `healwright metrics`.
// Every file healwright wrote anywhere in the project, the step summary, every run's stdout and stderr
// (the only reporter that prints is a silent one, so everything printed is healwright's or
// Playwright's own), the CLI's output and every request each stand-in received are grepped for each
// secret, raw, grouped (cards), URL-encoded, JSON-escaped and base64, and for any 11 characters of it
// (a secret cut before it was redacted keeps its head). Playwright's own test-results/ folder is not
// healwright's output and is left out (it holds the raw page and error text).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { makeTempDir, runInlineTest, type InlineResult } from '../helpers/run-inline.js';
import { filesUnder, findSeeds, findSeedsInFiles, requestText } from '../helpers/leak-scan.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';
import { startOllamaStandin, type OllamaStandin } from '../standins/ollama.js';
import { startWebhookStandin, type WebhookStandin } from '../standins/webhook.js';
import { config, FILES, REPO, SEEDS, TOKEN } from '../data/redact/every-path-suite.js';

/** Analysis the Ollama stand-in gives every cluster: low confidence, so the rules' category stands. */
const ANSWER = { rootCause: 'The page or the data changed.', category: 'unknown', confidence: 0.2, investigationSteps: ['Open the page and compare'] };

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, cwd);
  return { code, stdout, stderr };
}

describe('no seeded secret leaves by any path', () => {
  let github: GithubStandin;
  let webhook: WebhookStandin;
  let ollama: OllamaStandin;
  before(async () => {
    [github, webhook, ollama] = await Promise.all([
      startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'README.md': '# shop\n' } }),
      startWebhookStandin(),
      startOllamaStandin({ models: ['llama3.2:latest'], reply: () => JSON.stringify(ANSWER) }),
    ]);
  });
  after(async () => {
    await Promise.all([github?.close(), webhook?.close(), ollama?.close()]);
  });

  test('three real runs, publish, report and metrics: artifacts, output and every stand-in request are clean', { timeout: 900_000 }, async () => {
    const dir = makeTempDir('every-path');
    const stepSummary = path.join(dir, 'github-step-summary.md');
    const base = { GITHUB_STEP_SUMMARY: stepSummary, SMTP_PASS: SEEDS.processEnv, OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'llama3.2', HEAL_SKIP_LLM: undefined };
    const publishEnv = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url, HEAL_ALERT_WEBHOOK: webhook.url };
    const outputs: Array<[string, string]> = [];
    const record = (name: string, r: InlineResult | CliResult) => outputs.push([`${name} stdout`, r.stdout], [`${name} stderr`, r.stderr]);

    // Run 1: the reporter publishes itself.
    const first = await runInlineTest(FILES, { dir, env: { ...base, ...publishEnv }, timeoutMs: 420_000 });
    record('run 1', first);
    assert.equal(first.exitCode, 1, first.output);
    const s1 = first.summary();
    assert.deepEqual(s1.pullRequests.map((p) => `${p.category} ${p.status}`), ['update-selectors opened'], JSON.stringify(s1.fixes, null, 2).slice(0, 4000));
    assert.ok(s1.issues.some((i) => i.category === 'security' && i.status === 'created'), JSON.stringify(s1.issues));
    assert.ok(s1.issues.filter((i) => i.status === 'created').length >= 3, JSON.stringify(s1.issues));
    assert.deepEqual(s1.alerts.map((a) => a.status), ['sent'], JSON.stringify(s1.alerts));
    assert.equal(s1.llm.provider, 'ollama', s1.llm.note);
    const run1Dir = first.runDir();
    assert.ok(ollama.requests.some((r) => r.path === '/api/chat'), 'the LLM stand-in got prompts');
    // The run really saw the seeds: Playwright's own error context (not healwright's) holds the page's.
    const own = filesUnder(path.join(dir, 'test-results')).map((f) => readFileSync(f, 'latin1')).join('\n');
    assert.ok(own.includes(SEEDS.pageEmail) && own.includes(SEEDS.domText), 'the page text reached the run');

    // Run 2: the heal job without a token, then `healwright publish` of its folder: comments, not new issues.
    const second = await runInlineTest(FILES, { dir, env: base, timeoutMs: 420_000 });
    record('run 2', second);
    assert.equal(second.exitCode, 1, second.output);
    const issuesBefore = [...github.state.repo(REPO).issues.values()].filter((i) => !i.pull).length;
    const published = await cli(['publish', second.runDir(), '--repo', dir], { ...process.env, ...publishEnv }, dir);
    record('healwright publish', published);
    assert.equal(published.code, 0, published.stdout + published.stderr);
    assert.match(published.stdout, /^commented\s+issue/m);
    const issues = [...github.state.repo(REPO).issues.values()].filter((i) => !i.pull);
    assert.equal(issues.length, issuesBefore, 'recurring clusters get comments');
    assert.ok(issues.some((i) => i.comments.length > 0), 'a comment was made');

    // Run 3: a token in a mistyped reporter option (a configuration error: printed, summarised, stored).
    const third = await runInlineTest({ 'playwright.config.ts': config(`{ projects: ['shop'], github: { tokn: '${SEEDS.configIssue}' } }`) }, { dir, env: base, args: ['--grep', 'database is reachable'], timeoutMs: 420_000 });
    record('run 3', third);
    assert.equal(third.exitCode, 1, third.output);
    assert.match(third.stderr, /healwright: configuration error/);
    assert.ok(third.summary().config.issues.length > 0);

    // The dashboard and the metrics table over the three runs.
    const report = await cli(['report', '--dir', path.join(dir, 'healing-results')], process.env, dir);
    record('healwright report', report);
    assert.equal(report.code, 0, report.stderr);
    assert.ok(existsSync(path.join(dir, 'healing-results', 'index.html')));
    const metrics = await cli(['metrics', '--dir', path.join(dir, 'healing-results')], process.env, dir);
    record('healwright metrics', metrics);
    assert.equal(metrics.code, 0, metrics.stderr);
    const metricsJson = await cli(['metrics', '--json', '--dir', path.join(dir, 'healing-results')], process.env, dir);
    record('healwright metrics --json', metricsJson);

    // The seeds reached healwright: their places are in what it wrote, redacted.
    const runReport = readFileSync(path.join(run1Dir, 'test-output.json'), 'utf8');
    for (const key of ['deployToken', 'DB_PASSWORD', 'api-response', 'heal-dom', 'heal-evidence']) assert.ok(runReport.includes(key), `${key} in test-output.json`);
    const bodies = issues.map((i) => i.body ?? '').join('\n');
    assert.match(bodies, /\[REDACTED_[A-Z_]+\]/, 'issue bodies carry redacted secrets');
    const prompts = ollama.requests.filter((r) => r.path === '/api/chat').map((r) => r.body).join('\n');
    assert.match(prompts, /\[REDACTED_[A-Z_]+\]/, 'prompts carry redacted secrets');

    // Everything healwright could have written: the whole project folder but the inputs and
    // Playwright's own output folder (error-context.md and traces are Playwright's, not ours).
    const inputs = new Set([...Object.keys(FILES), 'playwright.config.ts'].map((f) => path.join(dir, f)));
    const written = filesUnder(dir, ['node_modules', 'test-results']).filter((f) => !inputs.has(f));
    assert.ok(written.includes(stepSummary), 'GITHUB_STEP_SUMMARY written');
    const names = written.map((f) => path.relative(dir, f));
    for (const expected of ['latest.json', 'history.jsonl', 'index.html', 'publish.json', 'summary.md', 'healing-output.log', 'test-rerun-output.json']) {
      assert.ok(names.some((n) => n.endsWith(expected)), `${expected} missing: ${names.join(', ')}`);
    }
    const leaks = [
      ...findSeedsInFiles(written, SEEDS, dir),
      ...outputs.flatMap(([where, text]) => findSeeds(text, SEEDS, where)),
      ...github.requests.flatMap((r) => findSeeds(requestText(r), SEEDS, `GitHub ${r.method} ${r.path}`)),
      ...webhook.requests.flatMap((r) => findSeeds(requestText(r), SEEDS, `webhook ${r.method} ${r.path}`)),
      ...ollama.requests.flatMap((r) => findSeeds(requestText(r), SEEDS, `Ollama ${r.method} ${r.path}`)),
    ];
    assert.deepEqual([...new Set(leaks)], [], `leaked:\n${[...new Set(leaks)].join('\n')}\nfiles: ${names.join(', ')}`);
    assert.ok(github.requests.length > 10 && webhook.requests.length > 0, 'the stand-ins were used');
  });
});
