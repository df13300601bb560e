import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runLlmStage, type LlmStageInput } from '../../src/heal/llm.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';
import { startOllamaStandin, unusedLocalUrl, type OllamaStandin } from '../standins/ollama.js';
import { SECRETS, SECRET_VALUES, THREE_CLUSTERS, VALID_ANSWER, leakedSecrets, makeSummary, tempDir, testConfig } from './fixtures.js';

// A model that echoes a secret (it never saw one, but a compromised or confused model might make
// one up): what the stage records must be redacted too.
const ECHOING_ANSWER = { ...VALID_ANSWER, rootCause: `Login of ${SECRETS.email} fails`, investigationSteps: [`Rotate ${SECRETS.github}`] };

describe('secret scan: runLlmStage on failures full of secrets', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  let down: string;
  let dir: string;
  before(async () => {
    [ollama, api, down] = await Promise.all([
      startOllamaStandin({ models: ['llama3.2:latest'], reply: () => JSON.stringify(ECHOING_ANSWER) }),
      startAnthropicStandin({ reply: () => ({ kind: 'tool', input: ECHOING_ANSWER }) }),
      unusedLocalUrl(),
    ]);
    dir = tempDir();
  });
  after(async () => {
    await Promise.all([ollama.close(), api.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const input = (env: NodeJS.ProcessEnv): LlmStageInput => ({
    summary: makeSummary(dir, THREE_CLUSTERS, { secrets: true }),
    config: testConfig(),
    env,
    rootDir: dir,
    log: () => {},
  });

  test('the seeded files really carry every secret (so the scan below cannot pass vacuously)', () => {
    const summary = makeSummary(dir, THREE_CLUSTERS, { secrets: true });
    const first = summary.failures[0];
    assert.ok(first);
    const files = [path.join(dir, first.file), ...first.artifacts.map((a) => a.path ?? '')].map((f) => readFileSync(f, 'utf8'));
    assert.deepEqual(leakedSecrets([first.message, ...files]), SECRET_VALUES);
    assert.deepEqual(leakedSecrets([JSON.stringify({ messages: [{ content: `x ${SECRETS.aws} y` }] })]), [SECRETS.aws], 'the scanner finds a leak');
  });

  test('Ollama and Anthropic receive prompts, and no seeded secret in any request body', async () => {
    const viaOllama = await runLlmStage(input({ OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'llama3.2' }));
    const viaAnthropic = await runLlmStage(input({ OLLAMA_HOST: down, ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url }));
    assert.equal(viaOllama.usage.provider, 'ollama');
    assert.equal(viaAnthropic.usage.provider, 'anthropic');

    const chats = ollama.requests.filter((r) => r.path === '/api/chat');
    const messages = api.requests.filter((r) => r.path === '/v1/messages');
    assert.equal(chats.length, 3);
    assert.equal(messages.length, 3);
    for (const body of [...chats, ...messages].map((r) => r.body)) {
      // Every part reached the prompt, with its secrets replaced by typed placeholders.
      assert.match(body, /marker-(large|mid|small)/);
      assert.match(body, /source-marker-7731/);
      assert.match(body, /snapshot-marker-4410/);
      assert.match(body, /evidence-marker-9920/);
      for (const p of ['API_KEY', 'JWT', 'PASSWORD', 'AWS_KEY', 'EMAIL']) assert.match(body, new RegExp(`\\[REDACTED_${p}\\]`), p);
    }
    const all = [...ollama.requests, ...api.requests].flatMap((r) => [r.path, r.body]);
    assert.deepEqual(leakedSecrets(all), []);
    assert.deepEqual(leakedSecrets([JSON.stringify(viaOllama), JSON.stringify(viaAnthropic)]), [], 'records, notes and usage are redacted');
    assert.match(viaOllama.analyses[0]?.rootCause ?? '', /Login of \[REDACTED_EMAIL\] fails/);
  });
});
