import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LlmBadOutputError,
  LlmError,
  LlmModelNotFoundError,
  LlmTimeoutError,
  LlmUnavailableError,
  OllamaProvider,
} from '../../src/llm/providers/index.js';
import { startOllamaStandin, unusedLocalUrl, type OllamaStandin } from '../standins/ollama.js';
import { timerOf } from '../helpers/timer.js';

const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
const request = { system: 'You answer in JSON.', prompt: 'Why did the test fail?', jsonSchema: schema, maxTokens: 300, temperature: 0.1 };
const fastRetry = { baseDelayMs: 1, maxRetries: 2 };

describe('OllamaProvider against the stand-in', () => {
  let ollama: OllamaStandin;
  before(async () => {
    ollama = await startOllamaStandin({
      models: ['llama3.2:latest', 'codellama:13b', 'codellama:34b', 'codellama:7b'],
      running: [
        { name: 'codellama:34b', size: 21_000_000_000, size_vram: 21_000_000_000 },
        { name: 'codellama:7b', size: 5_000_000_000, size_vram: 0 },
        { name: 'codellama:13b', size: 9_000_000_000, size_vram: 6_000_000_000 },
      ],
      reply: () => JSON.stringify({ answer: 'the backend returned 500' }),
    });
  });
  after(() => ollama.close());
  const provider = (model: string, extra: ConstructorParameters<typeof OllamaProvider>[0] = {}) =>
    new OllamaProvider({ host: ollama.url, model, env: {}, retry: fastRetry, ...extra });

  test('available(): model loaded in GPU memory', async () => {
    const s = await provider('codellama:34b').available();
    assert.deepEqual({ ok: s.ok, onGpu: s.onGpu }, { ok: true, onGpu: true });
    assert.match(s.detail, /Ollama 0\.12\.6 at http:\/\/127\.0\.0\.1:\d+: codellama:34b loaded in GPU memory/);
  });

  test('available(): on the CPU, partly offloaded, not loaded yet', async () => {
    const cpu = await provider('codellama:7b').available();
    assert.equal(cpu.onGpu, false);
    assert.match(cpu.detail, /on the CPU only/);
    const partial = await provider('codellama:13b').available();
    assert.equal(partial.onGpu, false);
    assert.match(partial.detail, /67% in GPU memory/);
    const cold = await provider('llama3.2').available();
    assert.deepEqual({ ok: cold.ok, onGpu: cold.onGpu }, { ok: true, onGpu: null }, 'llama3.2 matches llama3.2:latest');
  });

  test('available(): model not pulled -> hint `ollama pull`', async () => {
    const s = await provider('qwen2.5-coder:32b').available();
    assert.equal(s.ok, false);
    assert.equal(s.hint, 'ollama pull qwen2.5-coder:32b');
    assert.match(s.detail, /has no model "qwen2\.5-coder:32b" \(pulled: llama3\.2:latest, codellama:13b/);
  });

  test('available(): server down -> not reachable, hint `ollama serve`', async () => {
    const down = new OllamaProvider({ host: await unusedLocalUrl(), model: 'llama3.2', env: {} });
    const s = await down.available();
    assert.equal(s.ok, false);
    assert.match(s.detail, /Ollama is not reachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    assert.match(s.hint ?? '', /ollama serve/);
  });

  test('host comes from OLLAMA_HOST when no option is given; model from OLLAMA_MODEL', async () => {
    const p = new OllamaProvider({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:34b' } });
    assert.equal(p.host, ollama.url);
    assert.equal(p.model, 'codellama:34b');
    assert.equal((await p.available()).ok, true);
    assert.equal(new OllamaProvider({ env: {} }).host, 'http://localhost:11434');
  });

  test('complete(): sends the chat request in the real shape and parses the JSON answer', async () => {
    const before = ollama.requests.length;
    const res = await provider('codellama:34b').complete(request);
    assert.deepEqual(res.json, { answer: 'the backend returned 500' });
    assert.equal(res.provider, 'ollama');
    assert.equal(res.model, 'codellama:34b');
    assert.ok(res.usage.inputTokens > 0 && res.usage.outputTokens > 0);
    const sent = ollama.requests.slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.path, '/api/chat');
    assert.deepEqual(JSON.parse(sent[0]?.body ?? '{}'), {
      model: 'codellama:34b',
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.prompt },
      ],
      stream: false,
      format: schema,
      options: { num_ctx: 4096, num_predict: 300, temperature: 0.1 },
    });
  });

  test('complete(): usage comes from prompt_eval_count / eval_count', async () => {
    ollama.enqueueChat({ kind: 'answer', content: '{"answer":"x"}', promptEvalCount: 812, evalCount: 57 });
    const res = await provider('codellama:34b').complete(request);
    assert.deepEqual(res.usage, { inputTokens: 812, outputTokens: 57 });
  });

  test('complete(): unknown model -> LlmModelNotFoundError with `ollama pull`', async () => {
    await assert.rejects(provider('mistral:7b').complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmModelNotFoundError);
      assert.equal(err.status, 404);
      assert.equal(err.model, 'mistral:7b');
      assert.match(err.message, /model 'mistral:7b' not found/);
      assert.match(err.message, /`ollama pull mistral:7b`/);
      return true;
    });
  });

  test('a host that is not the Ollama root: 404 without "model" -> says to check OLLAMA_HOST', async () => {
    const s = await provider('codellama:34b', { host: `${ollama.url}/ollama` }).available();
    assert.equal(s.ok, false);
    assert.match(s.detail, /No Ollama API at http:\/\/127\.0\.0\.1:\d+\/ollama \(404/);
    assert.match(s.hint ?? '', /Check OLLAMA_HOST/);
  });

  test('complete(): 503 busy is retried, then succeeds', async () => {
    const before = ollama.requests.length;
    ollama.enqueueChat({ kind: 'error', status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' });
    const res = await provider('codellama:34b').complete(request);
    assert.deepEqual(res.json, { answer: 'the backend returned 500' });
    assert.equal(ollama.requests.slice(before).filter((r) => r.path === '/api/chat').length, 2);
  });

  test('complete(): 503 every time -> LlmUnavailableError after the retries', async () => {
    const before = ollama.requests.length;
    const busy = { kind: 'error', status: 503, error: 'server busy' } as const;
    ollama.enqueueChat(busy, busy, busy);
    await assert.rejects(provider('codellama:34b').complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmUnavailableError);
      assert.equal(err.status, 503);
      assert.equal(err.retryable, true);
      return true;
    });
    assert.equal(ollama.requests.length - before, 3);
  });

  test('complete(): 500 (e.g. out of memory) is not retried', async () => {
    const before = ollama.requests.length;
    ollama.enqueueChat({ kind: 'error', status: 500, error: 'model requires more system memory (21.0 GiB) than is available (8.0 GiB)' });
    await assert.rejects(provider('codellama:34b').complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmError && !(err instanceof LlmUnavailableError));
      assert.equal(err.status, 500);
      assert.match(err.message, /more system memory/);
      return true;
    });
    assert.equal(ollama.requests.length - before, 1);
  });

  test('complete(): slow answer -> LlmTimeoutError', async () => {
    ollama.enqueueChat({ kind: 'answer', content: '{"answer":"late"}', delayMs: 3000 });
    const slowAnswer = timerOf(3000);
    await assert.rejects(provider('codellama:34b', { timeoutMs: 200 }).complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmTimeoutError);
      assert.match(err.message, /did not answer within 200 ms/);
      return true;
    });
    assert.equal(slowAnswer.fired(), false, 'the timeout cut the wait short');
  });

  test('complete(): the caller can cancel', async () => {
    ollama.enqueueChat({ kind: 'answer', content: '{"answer":"late"}', delayMs: 3000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    await assert.rejects(provider('codellama:34b').complete({ ...request, signal: ac.signal }), (err: unknown) => {
      assert.ok(err instanceof LlmError);
      assert.match(err.message, /cancelled/);
      return true;
    });
  });

  test('complete(): malformed JSON content -> LlmBadOutputError; fenced JSON is accepted', async () => {
    ollama.enqueueChat({ kind: 'answer', content: '{"answer": "unterminated' });
    await assert.rejects(provider('codellama:34b').complete(request), LlmBadOutputError);
    ollama.enqueueChat({ kind: 'answer', content: '```json\n{"answer":"fenced"}\n```' });
    assert.deepEqual((await provider('codellama:34b').complete(request)).json, { answer: 'fenced' });
  });
});

describe('the Ollama stand-in rejects malformed requests', () => {
  let ollama: OllamaStandin;
  before(async () => {
    ollama = await startOllamaStandin();
  });
  after(() => ollama.close());

  const chat = (body: unknown, contentType = 'application/json') =>
    fetch(`${ollama.url}/api/chat`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });
  const good = { model: 'llama3.2', messages: [{ role: 'user', content: 'hi' }], stream: false, format: { type: 'object', properties: {} } };

  const cases: [string, unknown][] = [
    ['no model', { ...good, model: undefined }],
    ['messages not an array', { ...good, messages: 'hi' }],
    ['message without content', { ...good, messages: [{ role: 'user' }] }],
    ['unknown role', { ...good, messages: [{ role: 'robot', content: 'x' }] }],
    ['stream missing', { ...good, stream: undefined }],
    ['format as a string', { ...good, format: 'json' }],
    ['num_ctx not an integer', { ...good, options: { num_ctx: 'big' } }],
  ];
  for (const [name, body] of cases) {
    test(name, async () => {
      const res = await chat(body);
      assert.equal(res.status, 400);
      assert.equal(typeof ((await res.json()) as { error: unknown }).error, 'string');
    });
  }
  test('not JSON', async () => {
    const res = await fetch(`${ollama.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    assert.equal(res.status, 400);
  });
  test('the well-formed request passes', async () => {
    const res = await chat(good);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { done: boolean }).done, true);
  });
});
