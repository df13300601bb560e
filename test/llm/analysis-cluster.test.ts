import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ANALYSIS_JSON_SCHEMA, LlmBudget, analyzeCluster, type ClusterInput } from '../../src/llm/analysis/index.js';
import { AnthropicProvider, LlmModelNotFoundError, OllamaProvider } from '../../src/llm/providers/index.js';
import { startOllamaStandin, type OllamaStandin } from '../standins/ollama.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';

// A stand-in for the real redaction module (src/redact), enough for the secrets seeded below.
const testRedact = (s: string) =>
  s
    .replace(/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, '[REDACTED:github-token]')
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[REDACTED:jwt]')
    .replace(/(password["']?\s*[:=]\s*["']?)[^\s"'&]+/gi, '$1[REDACTED]');

const GITHUB_TOKEN = 'ghp_Zq4Jt8LmN2pR7sV1xW3yB5cD6eF9gH0kA1bC';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const PASSWORD = 'hunter2-Sup3rS3cret';
const SECRETS = [GITHUB_TOKEN, JWT, PASSWORD];
const MARKER = 'contact-form-marker-7731';

const answer = {
  rootCause: 'The Save button was renamed to Submit.',
  category: 'update-selectors',
  confidence: 0.8,
  investigationSteps: ['Open the contact form', 'Compare the button label with the locator'],
};

const input = (over: Partial<ClusterInput> = {}): ClusterInput => ({
  fingerprint: 'fp-abc',
  category: 'update-selectors',
  class: 'B',
  confidence: 0.7,
  reasons: ['locator getByRole(button, { name: Save }) not found'],
  errorMessage: `Error: locator.click: Timeout 5000ms exceeded (${MARKER})`,
  tests: ['contacts > saves a contact'],
  ...over,
});

describe('analyzeCluster with Ollama', () => {
  let ollama: OllamaStandin;
  before(async () => {
    ollama = await startOllamaStandin({ models: ['codellama:13b'], reply: () => JSON.stringify(answer) });
  });
  after(() => ollama.close());
  const provider = () => new OllamaProvider({ host: ollama.url, model: 'codellama:13b', env: {}, retry: { baseDelayMs: 1 } });
  const chats = (from: number) => ollama.requests.slice(from).filter((r) => r.path === '/api/chat');

  test('valid answer: ok, categories recorded, schema sent as format', async () => {
    const from = ollama.requests.length;
    const out = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(out.ok, true);
    if (!out.ok) return;
    assert.deepEqual(
      { rule: out.ruleCategory, llm: out.llmCategory, final: out.finalCategory, attempts: out.attempts, cost: out.costUsd },
      { rule: 'update-selectors', llm: 'update-selectors', final: 'update-selectors', attempts: 1, cost: 0 },
    );
    assert.equal(out.analysis.rootCause, answer.rootCause);
    const body = JSON.parse(chats(from)[0]?.body ?? '{}');
    assert.deepEqual(body.format, ANALYSIS_JSON_SCHEMA);
    assert.match(body.messages[1].content, new RegExp(MARKER));
  });

  test('a confident rules verdict moves only on a quote that is in the failure sent', async () => {
    const confident = input({ category: 'restart-backend', class: 'A', confidence: 0.9, errorMessage: `Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/ (${MARKER})` });
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, confidence: 0.95 }) });
    const bare = await analyzeCluster(provider(), confident, { redact: testRedact });
    assert.ok(bare.ok);
    assert.equal(bare.finalCategory, 'restart-backend');
    assert.match(bare.categoryReason, /without quoting the failure.*rules kept/);

    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, confidence: 0.95, evidenceQuote: 'button "Submit" was renamed' }) });
    const invented = await analyzeCluster(provider(), confident, { redact: testRedact });
    assert.ok(invented.ok);
    assert.equal(invented.finalCategory, 'restart-backend');
    assert.deepEqual(invented.evidenceQuote, { text: 'button "Submit" was renamed', found: false });

    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'unknown', confidence: 0.95, evidenceQuote: `ERR_CONNECTION_REFUSED at http://localhost:3000/ (${MARKER})` }) });
    const quoted = await analyzeCluster(provider(), confident, { redact: testRedact });
    assert.ok(quoted.ok);
    assert.equal(quoted.finalCategory, 'unknown');
    assert.deepEqual(quoted.evidenceQuote?.found, true);
  });

  test('malformed JSON once: asked again with the reason, then ok', async () => {
    const from = ollama.requests.length;
    ollama.enqueueChat({ kind: 'answer', content: '{"rootCause": "The Save' });
    const out = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(out.ok, true);
    assert.equal(out.attempts, 2);
    const second = JSON.parse(chats(from)[1]?.body ?? '{}');
    assert.match(second.messages[1].content, /Your previous answer was rejected: The ollama answer is not valid JSON/);
  });

  test('malformed JSON twice: ok:false, never a third call', async () => {
    const from = ollama.requests.length;
    ollama.enqueueChat({ kind: 'answer', content: 'not json' }, { kind: 'answer', content: 'still not json' });
    const out = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(out.ok, false);
    assert.equal(out.attempts, 2);
    assert.match(out.ok ? '' : out.reason, /Invalid ollama answer 2 times; last problem: The ollama answer is not valid JSON/);
    assert.equal(chats(from).length, 2);
  });

  test('wrong schema twice: rejected, the invalid answer is never used', async () => {
    const bad = JSON.stringify({ ...answer, category: 'flaky', confidence: 7 });
    ollama.enqueueChat({ kind: 'answer', content: bad }, { kind: 'answer', content: bad });
    const out = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(out.ok, false);
    assert.equal('analysis' in out, false);
    assert.match(out.ok ? '' : out.reason, /does not match the schema:[\s\S]*category[\s\S]*confidence/);
  });

  test('LLM moves the failure to another class: only with confidence >= 0.85, and into class A only on a quote the rules read so', async () => {
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'restart-backend', confidence: 0.6 }) });
    const low = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(low.ok && low.finalCategory, 'update-selectors');
    assert.equal(low.ok && low.llmCategory, 'restart-backend');
    assert.equal(low.ok && low.analysis.category, 'update-selectors', 'the analysis carries the final category');

    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'unknown', confidence: 0.9 }) });
    const high = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(high.ok && high.finalCategory, 'unknown');

    // Into class A the confidence is not enough: a quote of the failure that the rules read as that category is.
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'restart-backend', confidence: 0.9 }) });
    const unquoted = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(unquoted.ok && unquoted.finalCategory, 'update-selectors');
    assert.match(unquoted.ok ? unquoted.categoryReason : '', /restart-backend without quoting the failure; a Class A fix acts before the retry/);
    const refused = input({ errorMessage: `Error: locator.click: Timeout 5000ms exceeded (${MARKER})\nbrowser console: net::ERR_CONNECTION_REFUSED at http://localhost:3000/api/contacts` });
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'restart-backend', confidence: 0.9, evidenceQuote: 'net::ERR_CONNECTION_REFUSED at http://localhost:3000/api/contacts' }) });
    const quoted = await analyzeCluster(provider(), refused, { redact: testRedact });
    assert.equal(quoted.ok && quoted.finalCategory, 'restart-backend');
    assert.deepEqual(quoted.ok && quoted.evidenceQuote, { text: 'net::ERR_CONNECTION_REFUSED at http://localhost:3000/api/contacts', found: true });

    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify({ ...answer, category: 'fix-api-routes', confidence: 0.3 }) });
    const same = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(same.ok && same.finalCategory, 'fix-api-routes', 'same class B: accepted');
  });

  test('model not pulled: ok:false with the typed error, not retried', async () => {
    const from = ollama.requests.length;
    const missing = new OllamaProvider({ host: ollama.url, model: 'codellama:34b', env: {} });
    const out = await analyzeCluster(missing, input(), { redact: testRedact });
    assert.equal(out.ok, false);
    assert.ok(!out.ok && out.error instanceof LlmModelNotFoundError);
    assert.match(out.ok ? '' : out.reason, /ollama pull codellama:34b/);
    assert.equal(chats(from).length, 1);
  });

  test('budget: the retry of an invalid answer is refused when calls run out', async () => {
    const from = ollama.requests.length;
    const budget = new LlmBudget({ maxCallsPerRun: 1 });
    ollama.enqueueChat({ kind: 'answer', content: 'nope' });
    const out = await analyzeCluster(provider(), input(), { redact: testRedact, budget });
    assert.equal(out.ok, false);
    assert.match(out.ok ? '' : out.reason, /^LLM budget: LLM call budget spent \(1 of maxCallsPerRun 1\)/);
    assert.equal(chats(from).length, 1);
    assert.equal(budget.snapshot().calls, 1);
  });
});

describe('analyzeCluster with Anthropic', () => {
  let api: AnthropicStandin;
  before(async () => {
    api = await startAnthropicStandin({ reply: () => ({ kind: 'tool', input: answer }) });
  });
  after(() => api.close());
  const provider = () => new AnthropicProvider({ apiKey: api.apiKey, baseURL: api.url, env: {}, retry: { baseDelayMs: 1 } });

  test('valid tool answer: ok, cost counted in the budget', async () => {
    const budget = new LlmBudget();
    const out = await analyzeCluster(provider(), input(), { redact: testRedact, budget });
    assert.equal(out.ok, true);
    assert.ok(out.costUsd > 0);
    assert.equal(budget.snapshot().costUsd, out.costUsd);
    assert.equal(budget.snapshot().calls, 1);
  });

  test('wrong-schema tool input once, then valid: ok after 2 calls', async () => {
    api.enqueue({ kind: 'tool', input: { ...answer, investigationSteps: [] } });
    const out = await analyzeCluster(provider(), input(), { redact: testRedact });
    assert.equal(out.ok, true);
    assert.equal(out.attempts, 2);
  });

  test('a budget too small for the worst case stops the call before any request', async () => {
    const from = api.requests.length;
    const out = await analyzeCluster(provider(), input(), { redact: testRedact, budget: new LlmBudget({ maxCostUsd: 0.001 }) });
    assert.equal(out.ok, false);
    assert.match(out.ok ? '' : out.reason, /maxCostUsd/);
    assert.equal(api.requests.length, from);
  });
});

describe('secret scan: no seeded secret reaches either LLM', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  before(async () => {
    [ollama, api] = await Promise.all([
      startOllamaStandin({ models: ['llama3.2:latest'], reply: () => JSON.stringify(answer) }),
      startAnthropicStandin({ reply: () => ({ kind: 'tool', input: answer }) }),
    ]);
  });
  after(() => Promise.all([ollama.close(), api.close()]));

  const seeded = input({
    errorMessage: `Error: expect(received).toBe(expected) ${MARKER}\nAuthorization failed for ${JWT}\npassword=${PASSWORD}`,
    reasons: [`token ${GITHUB_TOKEN} rejected`],
    callLog: `- navigating to "https://app.test/login?password=${PASSWORD}"\n- header x-token: ${GITHUB_TOKEN}`,
    pageSnapshotExcerpt: `- textbox "Password": ${PASSWORD}\n- text: ${JWT}`,
    testSource: `const token = '${GITHUB_TOKEN}';\nawait page.fill('#password', 'password: ${PASSWORD}');`,
    evidence: {
      responses: [{ method: 'POST', url: `https://api.test/session?jwt=${JWT}`, status: 401, bodySnippet: `{"password":"${PASSWORD}"}` }],
      consoleErrors: [`Failed with ${GITHUB_TOKEN}`],
    },
    tests: [`login with ${GITHUB_TOKEN}`],
  });
  const allBodies = () => [...ollama.requests, ...api.requests].map((r) => r.body).join('\n');

  test('first answers, retries and both providers: every request body is clean', async () => {
    const llama = new OllamaProvider({ host: ollama.url, model: 'llama3.2', env: {} });
    const claude = new AnthropicProvider({ apiKey: api.apiKey, baseURL: api.url, env: {}, retry: { baseDelayMs: 1 } });
    // A malformed first answer makes each provider get a second (retry) prompt too.
    ollama.enqueueChat({ kind: 'answer', content: `{"rootCause": "${GITHUB_TOKEN}` });
    api.enqueue({ kind: 'text', text: `password=${PASSWORD} is not JSON` });
    const [a, b] = [await analyzeCluster(llama, seeded, { redact: testRedact }), await analyzeCluster(claude, seeded, { redact: testRedact })];
    assert.equal(a.ok && b.ok, true);
    assert.equal(a.attempts + b.attempts, 4);

    const bodies = allBodies();
    assert.ok(ollama.requests.some((r) => r.path === '/api/chat') && api.requests.some((r) => r.path === '/v1/messages'));
    assert.ok(bodies.includes(MARKER), 'the failure text did reach the LLMs (the scan looks at the right bodies)');
    assert.ok(bodies.includes('[REDACTED:jwt]') && bodies.includes('[REDACTED:github-token]'));
    for (const secret of SECRETS) assert.equal(bodies.includes(secret), false, `leaked: ${secret.slice(0, 12)}...`);
  });

  test('control: without redaction the same scan finds every secret', async () => {
    const from = ollama.requests.length;
    await analyzeCluster(new OllamaProvider({ host: ollama.url, model: 'llama3.2', env: {} }), seeded, { redact: (s) => s });
    const bodies = ollama.requests.slice(from).map((r) => r.body).join('\n');
    for (const secret of SECRETS) assert.equal(bodies.includes(secret), true);
  });
});
