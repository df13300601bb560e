import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createProviderChain, selectProvider, type LlmProvider } from '../../src/llm/providers/index.js';
import { startOllamaStandin, unusedLocalUrl, type OllamaStandin } from '../standins/ollama.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';

const names = (chain: LlmProvider[]) => chain.map((p) => `${p.name}:${p.model}`);

describe('createProviderChain', () => {
  test('default: Ollama only when no Anthropic key is set', () => {
    assert.deepEqual(names(createProviderChain({ env: {} })), ['ollama:llama3.2']);
  });
  test('Ollama first, then Anthropic when a key is set (env or option)', () => {
    assert.deepEqual(names(createProviderChain({ env: { ANTHROPIC_API_KEY: 'sk-ant-x' } })), ['ollama:llama3.2', 'anthropic:claude-sonnet-5']);
    assert.deepEqual(names(createProviderChain({ env: {}, anthropic: { apiKey: 'sk-ant-x' } })), ['ollama:llama3.2', 'anthropic:claude-sonnet-5']);
  });
  test('the GPU-sized model and env overrides reach the providers', () => {
    const chain = createProviderChain({
      env: { ANTHROPIC_API_KEY: 'k', ANTHROPIC_MODEL: 'claude-haiku-4-5' },
      ollama: { model: 'codellama:34b' },
    });
    assert.deepEqual(names(chain), ['ollama:codellama:34b', 'anthropic:claude-haiku-4-5']);
  });
  test('preferLocal: false puts Anthropic first', () => {
    assert.deepEqual(names(createProviderChain({ env: { ANTHROPIC_API_KEY: 'k' }, preferLocal: false })), ['anthropic:claude-sonnet-5', 'ollama:llama3.2']);
  });
  test('LLM_FALLBACK_ONLY=true skips Ollama', () => {
    assert.deepEqual(names(createProviderChain({ env: { LLM_FALLBACK_ONLY: 'true', ANTHROPIC_API_KEY: 'k' } })), ['anthropic:claude-sonnet-5']);
    assert.deepEqual(names(createProviderChain({ env: { LLM_FALLBACK_ONLY: 'true' } })), [], 'and without a key nothing is left');
    assert.deepEqual(names(createProviderChain({ env: { LLM_FALLBACK_ONLY: 'false' } })), ['ollama:llama3.2']);
  });
  test('skipLlm: empty chain, whatever else is set', () => {
    assert.deepEqual(createProviderChain({ skipLlm: true, env: { ANTHROPIC_API_KEY: 'k' } }), []);
  });
});

describe('selectProvider against the stand-ins', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  let downUrl: string;
  before(async () => {
    [ollama, api, downUrl] = await Promise.all([startOllamaStandin({ models: ['llama3.2:latest'] }), startAnthropicStandin(), unusedLocalUrl()]);
  });
  after(() => Promise.all([ollama.close(), api.close()]));

  test('Ollama up: Ollama is chosen and Anthropic is not even asked', async () => {
    const from = api.requests.length;
    const chain = createProviderChain({ env: {}, ollama: { host: ollama.url }, anthropic: { apiKey: api.apiKey, baseURL: api.url } });
    const sel = await selectProvider(chain);
    assert.equal(sel.provider?.name, 'ollama');
    assert.deepEqual(sel.skipped, []);
    assert.equal(api.requests.length, from);
  });

  test('Ollama down: Anthropic is chosen, and the skip says why', async () => {
    const chain = createProviderChain({ env: {}, ollama: { host: downUrl }, anthropic: { apiKey: api.apiKey, baseURL: api.url } });
    const sel = await selectProvider(chain);
    assert.equal(sel.provider?.name, 'anthropic');
    assert.equal(sel.skipped.length, 1);
    assert.equal(sel.skipped[0]?.provider, 'ollama');
    assert.match(sel.skipped[0]?.status.detail ?? '', /Ollama is not reachable/);
    assert.match(sel.skipped[0]?.status.hint ?? '', /ollama serve/);
  });

  test('Ollama without the model: skipped with `ollama pull`, Anthropic chosen', async () => {
    const chain = createProviderChain({ env: {}, ollama: { host: ollama.url, model: 'codellama:34b' }, anthropic: { apiKey: api.apiKey, baseURL: api.url } });
    const sel = await selectProvider(chain);
    assert.equal(sel.provider?.name, 'anthropic');
    assert.equal(sel.skipped[0]?.status.hint, 'ollama pull codellama:34b');
  });

  test('neither: null (rules only), every reason listed', async () => {
    const chain = createProviderChain({ env: {}, ollama: { host: downUrl }, anthropic: { apiKey: 'sk-ant-wrong', baseURL: api.url } });
    const sel = await selectProvider(chain);
    assert.equal(sel.provider, null);
    assert.deepEqual(sel.skipped.map((s) => s.provider), ['ollama', 'anthropic']);
    assert.match(sel.skipped[1]?.status.detail ?? '', /refused the credentials \(401/);
  });

  test('no key and Ollama down: null', async () => {
    const sel = await selectProvider(createProviderChain({ env: {}, ollama: { host: downUrl } }));
    assert.equal(sel.provider, null);
    assert.equal(sel.skipped.length, 1);
  });

  test('skipLlm: null without any request', async () => {
    const before = ollama.requests.length + api.requests.length;
    const sel = await selectProvider(createProviderChain({ skipLlm: true, ollama: { host: ollama.url } }));
    assert.deepEqual(sel, { provider: null, skipped: [] });
    assert.equal(ollama.requests.length + api.requests.length, before);
  });

  test('LLM_FALLBACK_ONLY: Ollama is never contacted even when it is up', async () => {
    const from = ollama.requests.length;
    const chain = createProviderChain({ env: { LLM_FALLBACK_ONLY: 'true' }, ollama: { host: ollama.url }, anthropic: { apiKey: api.apiKey, baseURL: api.url } });
    const sel = await selectProvider(chain);
    assert.equal(sel.provider?.name, 'anthropic');
    assert.equal(ollama.requests.length, from);
  });

  test('a provider whose check throws is skipped, not fatal', async () => {
    const broken: LlmProvider = {
      name: 'ollama',
      model: 'x',
      available: () => Promise.reject(new Error('boom')),
      complete: () => Promise.reject(new Error('unused')),
    };
    const sel = await selectProvider([broken]);
    assert.equal(sel.provider, null);
    assert.match(sel.skipped[0]?.status.detail ?? '', /availability check failed: boom/);
  });
});
