import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AnthropicProvider,
  DEFAULT_ANTHROPIC_MODEL,
  LlmAuthError,
  LlmBadOutputError,
  LlmError,
  LlmModelNotFoundError,
  LlmRateLimitError,
  LlmTimeoutError,
  LlmUnavailableError,
  parseRetryAfter,
  type AnthropicProviderOptions,
} from '../../src/llm/providers/index.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';
import { timerOf } from '../helpers/timer.js';

const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
const request = { system: 'You answer with the tool.', prompt: 'Why did the test fail?', jsonSchema: schema, maxTokens: 400, temperature: 0 };

describe('AnthropicProvider against the stand-in', () => {
  let api: AnthropicStandin;
  before(async () => {
    api = await startAnthropicStandin({ reply: () => ({ kind: 'tool', input: { answer: 'selector drifted' } }) });
  });
  after(() => api.close());
  const provider = (extra: AnthropicProviderOptions = {}) =>
    new AnthropicProvider({ apiKey: api.apiKey, baseURL: api.url, env: {}, retry: { baseDelayMs: 1, maxRetries: 2 }, ...extra });
  const messageCalls = (from: number) => api.requests.slice(from).filter((r) => r.path === '/v1/messages');

  test('the default model is a current one, and ANTHROPIC_MODEL overrides it', () => {
    assert.equal(new AnthropicProvider({ env: {} }).model, DEFAULT_ANTHROPIC_MODEL);
    assert.notEqual(DEFAULT_ANTHROPIC_MODEL, 'claude-3-5-sonnet-20241022');
    assert.equal(new AnthropicProvider({ env: { ANTHROPIC_MODEL: 'claude-haiku-4-5' } }).model, 'claude-haiku-4-5');
  });

  test('complete(): forced tool call in the real shape; the tool input is the JSON', async () => {
    const from = api.requests.length;
    const res = await provider().complete(request);
    assert.deepEqual(res.json, { answer: 'selector drifted' });
    assert.equal(res.text, '{"answer":"selector drifted"}');
    assert.equal(res.provider, 'anthropic');
    assert.equal(res.model, 'claude-sonnet-5');
    assert.ok(res.usage.inputTokens > 0 && res.usage.outputTokens > 0);
    const [sent] = messageCalls(from);
    // SDK 1.x authenticates with a Bearer header and API version 2026-10-21 (not x-api-key / 2023-06-01).
    assert.equal(sent?.headers['authorization'], `Bearer ${api.apiKey}`);
    assert.equal(sent?.headers['anthropic-version'], '2026-10-21');
    const body = JSON.parse(sent?.body ?? '{}');
    assert.deepEqual(body, {
      model: 'claude-sonnet-5',
      max_tokens: 400,
      system: request.system,
      messages: [{ role: 'user', content: request.prompt }],
      tools: [{ name: 'report_analysis', description: body.tools[0].description, input_schema: schema }],
      tool_choice: { type: 'tool', name: 'report_analysis' },
    });
    assert.equal('temperature' in body, false, 'temperature is not sent by default');
  });

  test('sendTemperature: rejected by claude-sonnet-5 (400, not retried), accepted by claude-haiku-4-5', async () => {
    const from = api.requests.length;
    await assert.rejects(provider({ sendTemperature: true }).complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmError);
      assert.equal(err.status, 400);
      assert.equal(err.retryable, false);
      assert.match(err.message, /`temperature` is deprecated for this model/);
      return true;
    });
    assert.equal(messageCalls(from).length, 1);
    const res = await provider({ sendTemperature: true, model: 'claude-haiku-4-5' }).complete(request);
    assert.deepEqual(res.json, { answer: 'selector drifted' });
  });

  test('wrong key -> LlmAuthError naming ANTHROPIC_API_KEY; available() says why', async () => {
    const bad = provider({ apiKey: 'sk-ant-wrong' });
    await assert.rejects(bad.complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmAuthError);
      assert.equal(err.status, 401);
      assert.match(err.message, /authentication_error/);
      assert.match(err.message, /Check ANTHROPIC_API_KEY/);
      return true;
    });
    const s = await bad.available();
    assert.equal(s.ok, false);
    assert.match(s.hint ?? '', /ANTHROPIC_API_KEY/);
  });

  test('no key: unavailable with the export hint, complete() refuses without a request', async () => {
    const from = api.requests.length;
    const none = new AnthropicProvider({ baseURL: api.url, env: {} });
    assert.deepEqual(await none.available(), {
      ok: false,
      detail: 'No Anthropic API key: ANTHROPIC_API_KEY is not set.',
      hint: 'export ANTHROPIC_API_KEY=sk-ant-...',
    });
    await assert.rejects(none.complete(request), LlmAuthError);
    assert.equal(api.requests.length, from);
  });

  test('retired model -> LlmModelNotFoundError that says so, names GET /v1/models and ANTHROPIC_MODEL', async () => {
    const old = provider({ model: 'claude-3-5-sonnet-20241022' });
    await assert.rejects(old.complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmModelNotFoundError);
      assert.equal(err.status, 404);
      assert.equal(err.model, 'claude-3-5-sonnet-20241022');
      assert.match(err.message, /"claude-3-5-sonnet-20241022": the id is retired or misspelt \(404 not_found_error/);
      assert.match(err.message, /GET \/v1\/models lists the live model ids/);
      assert.match(err.message, /ANTHROPIC_MODEL/);
      return true;
    });
  });

  test('a 404 that is not about the model points at the base URL instead', async () => {
    await assert.rejects(provider({ baseURL: `${api.url}/v1` }).complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmError && !(err instanceof LlmModelNotFoundError));
      assert.equal(err.status, 404);
      assert.match(err.message, /Check ANTHROPIC_BASE_URL/);
      return true;
    });
  });

  test('available(): retired model -> not ok, hint lists the live ids', async () => {
    const s = await provider({ model: 'claude-3-5-sonnet-20241022' }).available();
    assert.equal(s.ok, false);
    assert.match(s.detail, /is retired/);
    assert.match(s.hint ?? '', /Live now: claude-sonnet-5, claude-haiku-4-5, claude-sonnet-4-5\./);
  });

  test('available(): unknown id -> 404 with live ids; a later complete() names them too', async () => {
    const typo = provider({ model: 'claude-sonet-5' });
    const s = await typo.available();
    assert.equal(s.ok, false);
    assert.match(s.detail, /does not know the model "claude-sonet-5"/);
    assert.match(s.hint ?? '', /Live now: claude-sonnet-5/);
    await assert.rejects(typo.complete(request), /Live now: claude-sonnet-5/);
  });

  test('available(): active ok; deprecated ok with a warning', async () => {
    const active = await provider().available();
    assert.deepEqual(active, { ok: true, detail: 'Anthropic: claude-sonnet-5 (Claude Sonnet 5) is available.' });
    const dep = await provider({ model: 'claude-sonnet-4-5' }).available();
    assert.equal(dep.ok, true);
    assert.match(dep.detail, /deprecated and retires 2026-11-30: switch ANTHROPIC_MODEL soon/);
  });

  test('429 with retry-after: 0 is retried, then succeeds', async () => {
    const from = api.requests.length;
    api.enqueue({ kind: 'error', status: 429, type: 'rate_limit_error', message: 'Number of requests has exceeded your rate limit', headers: { 'retry-after': '0' } });
    const res = await provider().complete(request);
    assert.deepEqual(res.json, { answer: 'selector drifted' });
    assert.equal(messageCalls(from).length, 2);
  });

  test('429 asking for an hour is not waited for (cap), the error carries the wait', async () => {
    const from = api.requests.length;
    api.enqueue({ kind: 'error', status: 429, type: 'rate_limit_error', message: 'rate limited', headers: { 'retry-after': '3600' } });
    const hour = timerOf(30_000);
    await assert.rejects(provider().complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmRateLimitError);
      assert.equal(err.retryAfterMs, 3_600_000);
      assert.match(err.message, /rate limit reached \(429 rate_limit_error/);
      return true;
    });
    assert.equal(hour.fired(), false, 'the hour-long Retry-After was not waited for');
    assert.equal(messageCalls(from).length, 1);
  });

  test('529 overloaded every time -> LlmUnavailableError after maxRetries', async () => {
    const from = api.requests.length;
    const overloaded = { kind: 'error', status: 529, type: 'overloaded_error', message: 'Overloaded', headers: { 'retry-after-ms': '1' } } as const;
    api.enqueue(overloaded, overloaded);
    await assert.rejects(provider({ retry: { baseDelayMs: 1, maxRetries: 1 } }).complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmUnavailableError);
      assert.equal(err.status, 529);
      assert.match(err.message, /Anthropic is overloaded \(overloaded_error: Overloaded\)/);
      return true;
    });
    assert.equal(messageCalls(from).length, 2);
  });

  test('500 is retried, then succeeds', async () => {
    const from = api.requests.length;
    api.enqueue({ kind: 'error', status: 500, type: 'api_error', message: 'Internal server error' });
    const res = await provider().complete(request);
    assert.deepEqual(res.json, { answer: 'selector drifted' });
    assert.equal(messageCalls(from).length, 2);
  });

  test('slow response -> LlmTimeoutError, not retried', async () => {
    const from = api.requests.length;
    api.enqueue({ kind: 'tool', input: { answer: 'late' }, delayMs: 3000 });
    const slowAnswer = timerOf(3000);
    await assert.rejects(provider({ timeoutMs: 300 }).complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmTimeoutError);
      assert.match(err.message, /did not answer within 300 ms/);
      return true;
    });
    assert.equal(slowAnswer.fired(), false, 'the timeout cut the wait short');
    assert.equal(messageCalls(from).length, 1);
  });

  test('a text answer instead of the tool: JSON is parsed, malformed JSON is LlmBadOutputError', async () => {
    api.enqueue({ kind: 'text', text: '{"answer":"as text"}' });
    assert.deepEqual((await provider().complete(request)).json, { answer: 'as text' });
    api.enqueue({ kind: 'text', text: 'I think the selector changed.' });
    await assert.rejects(provider().complete(request), (err: unknown) => {
      assert.ok(err instanceof LlmBadOutputError);
      assert.equal(err.excerpt, 'I think the selector changed.');
      return true;
    });
  });
});

describe('the Anthropic stand-in rejects malformed requests', () => {
  let api: AnthropicStandin;
  before(async () => {
    api = await startAnthropicStandin();
  });
  after(() => api.close());
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': api.apiKey, 'anthropic-version': '2023-06-01', ...headers },
      body: JSON.stringify(body),
    });
  const tool = { name: 'report_analysis', input_schema: { type: 'object', properties: {} } };
  const good = { model: 'claude-sonnet-5', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }], tools: [tool], tool_choice: { type: 'tool', name: 'report_analysis' } };

  const cases: [string, unknown, number, string][] = [
    ['max_tokens not an integer', { ...good, max_tokens: 1.5 }, 400, 'invalid_request_error'],
    ['no messages', { ...good, messages: [] }, 400, 'invalid_request_error'],
    ['message without role', { ...good, messages: [{ content: 'hi' }] }, 400, 'invalid_request_error'],
    ['first message from the assistant', { ...good, messages: [{ role: 'assistant', content: 'hi' }] }, 400, 'invalid_request_error'],
    ['tool_choice names a missing tool', { ...good, tool_choice: { type: 'tool', name: 'other' } }, 400, 'invalid_request_error'],
    ['input_schema not an object schema', { ...good, tools: [{ name: 'x', input_schema: { type: 'string' } }], tool_choice: { type: 'auto' } }, 400, 'invalid_request_error'],
    ['unknown top-level field', { ...good, format: { type: 'json' } }, 400, 'invalid_request_error'],
    ['retired model', { ...good, model: 'claude-3-5-sonnet-20241022' }, 404, 'not_found_error'],
  ];
  for (const [name, body, status, type] of cases) {
    test(name, async () => {
      const res = await post(body);
      assert.equal(res.status, status);
      const json = (await res.json()) as { type: string; error: { type: string; message: string } };
      assert.equal(json.type, 'error');
      assert.equal(json.error.type, type);
    });
  }
  test('wrong key (either header) -> 401 authentication_error', async () => {
    const wrong: Record<string, string>[] = [{ 'x-api-key': 'nope' }, { 'x-api-key': '', authorization: 'Bearer nope' }];
    for (const headers of wrong) {
      const res = await post(good, headers);
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { type: string } }).error.type, 'authentication_error');
    }
  });
  test('anthropic-version missing or unknown -> 400; both known versions pass', async () => {
    const bare = await fetch(`${api.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': api.apiKey },
      body: JSON.stringify(good),
    });
    assert.equal(bare.status, 400);
    assert.equal((await post(good, { 'anthropic-version': '2020-01-01' })).status, 400);
    assert.equal((await post(good, { 'anthropic-version': '2026-10-21' })).status, 200);
    assert.equal((await post(good, { 'x-api-key': '', authorization: `Bearer ${api.apiKey}` })).status, 200);
  });
  test('the well-formed request passes and answers in the real shape', async () => {
    const res = await post(good);
    assert.equal(res.status, 200);
    const msg = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(msg).sort(), ['content', 'id', 'model', 'role', 'stop_reason', 'stop_sequence', 'type', 'usage']);
    assert.equal(msg['stop_reason'], 'tool_use');
  });
  test('GET /v1/models lists ids', async () => {
    const res = await fetch(`${api.url}/v1/models`, { headers: { 'x-api-key': api.apiKey, 'anthropic-version': '2023-06-01' } });
    const list = (await res.json()) as { data: { id: string }[] };
    assert.deepEqual(list.data.map((m) => m.id), ['claude-sonnet-5', 'claude-haiku-4-5', 'claude-sonnet-4-5', 'claude-3-5-sonnet-20241022']);
  });
});

describe('parseRetryAfter', () => {
  const h = (headers: Record<string, string>) => (name: string) => headers[name];
  test('retry-after-ms wins, seconds, HTTP date, absent, junk', () => {
    assert.equal(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' })), 250);
    assert.equal(parseRetryAfter(h({ 'retry-after': '2' })), 2000);
    const now = Date.parse('2026-11-27T18:00:00Z');
    assert.equal(parseRetryAfter(h({ 'retry-after': 'Fri, 27 Nov 2026 18:00:30 GMT' }), now), 30_000);
    assert.equal(parseRetryAfter(h({})), undefined);
    assert.equal(parseRetryAfter(h({ 'retry-after': 'soon' })), undefined);
  });
});
