import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineConfig, runInlineTest } from '../helpers/run-inline.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';
import { startOllamaStandin, type OllamaStandin } from '../standins/ollama.js';
import { SECRETS, VALID_ANSWER, leakedSecrets } from './fixtures.js';

// A real Playwright run (real Chromium) whose failing tests put secrets in their error messages,
// call logs, assertion diffs and page content. The reporter's LLM stage must send the stand-ins
// prompts about these failures, and none of the secrets.
const CONFIG = inlineConfig({
  reporterOptions: '{ printSummary: false }',
  extra: `use: { launchOptions: (await import('${new URL('../../src/browser/index.ts', import.meta.url).pathname}')).chromiumLaunchOptions() },
  expect: { timeout: 500 },`,
});

const SPEC = `import { test, expect } from '@playwright/test';
const GITHUB_TOKEN = '${SECRETS.github}';
const JWT = '${SECRETS.jwt}';
const PASSWORD = '${SECRETS.password}';
const AWS_KEY = '${SECRETS.aws}';
const EMAIL = '${SECRETS.email}';

test('account page shows the save button', async ({ page }) => {
  await page.setContent(\`<h1>Account</h1><p>Signed in as \${EMAIL}</p><code>\${GITHUB_TOKEN}</code>
    <p>password=\${PASSWORD}</p><p>AWS access key: \${AWS_KEY}</p><button>Store</button>\`);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});

test('token refresh', async () => {
  throw new Error(\`token refresh failed for \${EMAIL}: Authorization: Bearer \${JWT}; password=\${PASSWORD}; deploy token \${GITHUB_TOKEN}; aws key \${AWS_KEY}\`);
});

test('profile line', async () => {
  expect(\`user=\${EMAIL} password=\${PASSWORD}\`).toBe('user=ops@acme-corp.io password=changeme');
});
`;

describe('secret scan through a real Playwright run and the reporter', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  before(async () => {
    [ollama, api] = await Promise.all([
      startOllamaStandin({ models: ['llama3.2:latest'], reply: () => JSON.stringify(VALID_ANSWER) }),
      startAnthropicStandin({ reply: () => ({ kind: 'tool', input: VALID_ANSWER }) }),
    ]);
  });
  after(() => Promise.all([ollama.close(), api.close()]));

  test('reporter LLM stage: Ollama, then Anthropic (LLM_FALLBACK_ONLY), get prompts and never a seeded secret', async () => {
    const files = { 'playwright.config.ts': CONFIG, 'secrets.spec.ts': SPEC };
    const env = { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'llama3.2', ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url, ANTHROPIC_MODEL: undefined, HEAL_SKIP_LLM: undefined };
    // Side by side: each run has its own folder, and LLM_FALLBACK_ONLY keeps their providers apart.
    const [local, cloud] = await Promise.all([
      runInlineTest(files, { env: { ...env, LLM_FALLBACK_ONLY: 'false' } }),
      runInlineTest(files, { env: { ...env, LLM_FALLBACK_ONLY: 'true' } }),
    ]);
    assert.equal(local.exitCode, 1, local.output);
    assert.equal(cloud.exitCode, 1, cloud.output);

    const first = local.summary();
    assert.equal(first.totals.failed, 3);
    assert.equal(first.llm.provider, 'ollama', first.llm.note);
    assert.equal(first.llm.calls, first.clusters.length);
    const second = cloud.summary();
    assert.equal(second.llm.provider, 'anthropic', second.llm.note);
    assert.equal(second.llm.calls, second.clusters.length);

    const chats = ollama.requests.filter((r) => r.path === '/api/chat');
    const messages = api.requests.filter((r) => r.path === '/v1/messages');
    assert.equal(chats.length, first.clusters.length);
    assert.equal(messages.length, second.clusters.length);
    const prompts = [...chats, ...messages].map((r) => r.body).join('\n');
    // The prompts are about these failures and carried the secrets' places, redacted.
    assert.match(prompts, /getByRole\('button', \{ name: 'Save' \}\)/);
    assert.match(prompts, /token refresh failed for \[REDACTED_EMAIL\]/);
    assert.match(prompts, /- button \\"Store\\"/, 'the page snapshot reached the prompt');
    for (const p of ['API_KEY', 'JWT', 'PASSWORD', 'AWS_KEY', 'EMAIL']) assert.match(prompts, new RegExp(`\\[REDACTED_${p}\\]`), p);

    assert.deepEqual(leakedSecrets([...ollama.requests, ...api.requests].flatMap((r) => [r.path, r.body])), [], 'no seeded secret reached a stand-in');
    const artifacts = [local, cloud].flatMap((r) => [r.file('healing-summary.json'), r.file('summary.md')]);
    assert.deepEqual(leakedSecrets(artifacts), [], 'nor the summary artifacts');
    assert.ok((first as unknown as { analyses?: unknown[] }).analyses?.length, 'healing-summary.json has analyses[]');
  });
});
