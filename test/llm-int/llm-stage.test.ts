import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { ANTHROPIC_PRICES } from '../../src/llm/analysis/index.js';
import type { GpuInfo } from '../../src/llm/gpu/index.js';
import { renderAnalysesMarkdown, runLlmStage, type LlmStageInput } from '../../src/heal/llm.js';
import { startAnthropicStandin, type AnthropicStandin } from '../standins/anthropic.js';
import { startOllamaStandin, unusedLocalUrl, type OllamaStandin } from '../standins/ollama.js';
import { THREE_CLUSTERS, VALID_ANSWER, makeSummary, tempDir, testConfig } from './fixtures.js';
import { timerOf } from '../helpers/timer.js';

const H200: GpuInfo = {
  available: true,
  vendor: 'NVIDIA',
  gpus: [{ name: 'NVIDIA H200', memoryTotalMiB: 143771, memoryFreeMiB: 143156, driverVersion: '580.159.04' }],
  totalVramMiB: 143771,
  driverConfirmed: true,
  source: 'nvidia-smi',
  nvidiaSmiPath: '/usr/local/nvidia/bin/nvidia-smi',
  recommendedModel: 'codellama:34b',
  reason: 'NVIDIA H200 has 140.4 GiB VRAM (48 GiB class): codellama:34b.',
  errors: [],
};

describe('runLlmStage', () => {
  let ollama: OllamaStandin;
  let api: AnthropicStandin;
  let down: string;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    [ollama, api, down] = await Promise.all([
      startOllamaStandin({ models: ['codellama:13b', 'codellama:34b'], reply: () => JSON.stringify(VALID_ANSWER) }),
      startAnthropicStandin({ reply: () => ({ kind: 'tool', input: VALID_ANSWER }) }),
      unusedLocalUrl(),
    ]);
    dir = tempDir();
  });
  after(async () => {
    await Promise.all([ollama.close(), api.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const chats = (from: number) => ollama.requests.slice(from).filter((r) => r.path === '/api/chat');
  const messages = (from: number) => api.requests.slice(from).filter((r) => r.path === '/v1/messages');
  const run = (over: Partial<LlmStageInput> & { env: NodeJS.ProcessEnv }) =>
    runLlmStage({
      summary: makeSummary(dir, THREE_CLUSTERS),
      config: testConfig(),
      rootDir: dir,
      log: (level, msg) => logs.push(`${level} ${msg}`),
      detectGpu: async () => H200,
      ...over,
    });

  test('Ollama: 50 failures in 3 clusters -> exactly 3 calls, largest first, usage as the stand-in counted, cost 0', async () => {
    const from = ollama.requests.length;
    const counts = [
      { promptEvalCount: 1201, evalCount: 61 },
      { promptEvalCount: 1302, evalCount: 72 },
      { promptEvalCount: 1403, evalCount: 83 },
    ];
    ollama.enqueueChat(...counts.map((c) => ({ kind: 'answer' as const, content: JSON.stringify(VALID_ANSWER), delayMs: 40, ...c })));
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' } });

    assert.equal(chats(from).length, 3);
    assert.deepEqual(r.analyses.map((a) => [a.fingerprint, a.count, a.ok]), [['fp-large', 30, true], ['fp-mid', 15, true], ['fp-small', 5, true]]);
    assert.deepEqual(
      { provider: r.usage.provider, model: r.usage.model, calls: r.usage.calls, in: r.usage.inputTokens, out: r.usage.outputTokens, cost: r.usage.costUsd },
      { provider: 'ollama', model: 'codellama:13b', calls: 3, in: 1201 + 1302 + 1403, out: 61 + 72 + 83, cost: 0 },
    );
    assert.ok(r.usage.latencyMs >= 3 * 40, `latency ${r.usage.latencyMs} ms is the sum of three answers of at least 40 ms`);
    assert.match(r.usage.note, /^ollama codellama:13b: 3 of 3 clusters analysed/);

    const prompts = chats(from).map((c) => JSON.parse(c.body).messages[1].content as string);
    const [large, mid, small] = prompts;
    assert.match(large ?? '', /marker-large-30/);
    assert.match(mid ?? '', /marker-mid-15/);
    assert.match(small ?? '', /marker-small-5/);
    // Each part of the cluster's input reached the prompt.
    assert.match(large ?? '', /Call log:\n```\n {2}- Expect "toBeVisible"/);
    assert.match(large ?? '', /Page snapshot \(ARIA, excerpt\):[\s\S]*- button "Store"[\s\S]*snapshot-marker-4410/);
    assert.match(large ?? '', /Test source:\n```\ncustomers\.spec\.ts\n[\s\S]*> 8 \| {3}await expect\(page\.getByRole/);
    assert.match(large ?? '', /HTTP 500 POST http:\/\/127\.0\.0\.1:3000\/api\/login/);
    assert.match(large ?? '', /console error: evidence-marker-9920/);
    assert.match(large ?? '', /Rules' verdict: category update-selectors \(class B\), confidence 0\.70/);
    assert.match(large ?? '', /Failing tests \(30, cluster fp-large\)/);
    // The snapshot is cut near the locator: the far end of a long page is left out.
    assert.doesNotMatch(large ?? '', /row 79/);

    const a = r.analyses[0];
    assert.equal(a?.rootCause, VALID_ANSWER.rootCause);
    assert.deepEqual([a?.ruleCategory, a?.llmCategory, a?.finalCategory, a?.confidence], ['update-selectors', 'update-selectors', 'update-selectors', 0.82]);
    const mixed = r.analyses[1];
    assert.deepEqual([mixed?.ruleCategory, mixed?.llmCategory, mixed?.finalCategory], ['restart-backend', 'update-selectors', 'restart-backend'], 'class A -> B at 0.82 is below the cross-class bar: rules kept');
  });

  test('no OLLAMA_MODEL: the GPU sizes the model (H200 -> codellama:34b)', async () => {
    const from = ollama.requests.length;
    const r = await run({ env: { OLLAMA_HOST: ollama.url } });
    assert.equal(r.usage.model, 'codellama:34b');
    assert.ok(chats(from).every((c) => JSON.parse(c.body).model === 'codellama:34b'));
  });

  test('Ollama down, Anthropic key set: falls back to Anthropic, cost from the price table', async () => {
    const from = api.requests.length;
    const r = await run({ env: { OLLAMA_HOST: down, OLLAMA_MODEL: 'codellama:13b', ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url } });
    const sent = messages(from);
    assert.equal(sent.length, 3);
    assert.equal(r.usage.provider, 'anthropic');
    assert.equal(r.usage.model, 'claude-sonnet-5');
    assert.equal(r.usage.calls, 3);
    // The stand-in bills ceil(body/4) in and ceil(answer/4) out, like a tokenizer would roughly.
    const inTokens = sent.reduce((n, m) => n + Math.ceil(m.body.length / 4), 0);
    const outTokens = 3 * Math.ceil(JSON.stringify(VALID_ANSWER).length / 4);
    assert.equal(r.usage.inputTokens, inTokens);
    assert.equal(r.usage.outputTokens, outTokens);
    const price = ANTHROPIC_PRICES['claude-sonnet-5'];
    assert.ok(price);
    assert.ok(Math.abs(r.usage.costUsd - (inTokens * price.inputPerMTok + outTokens * price.outputPerMTok) / 1e6) < 1e-12);
    assert.ok(r.usage.costUsd > 0);
    assert.match(r.usage.note, new RegExp(`ollama not used: Ollama is not reachable at ${down.replace(/\./g, '\\.')}`));
    assert.ok(r.analyses.every((a) => a.ok && a.provider === 'anthropic' && a.costUsd > 0));
  });

  test('neither provider: rules only, 0 calls, the note says why for each', async () => {
    const from = { o: ollama.requests.length, a: api.requests.length };
    const r = await run({ env: { OLLAMA_HOST: down } });
    assert.equal(r.usage.provider, null);
    assert.equal(r.usage.calls, 0);
    assert.deepEqual(r.analyses, []);
    assert.match(r.usage.note, /^rules only: Ollama is not reachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\): Start it with `ollama serve`.*ANTHROPIC_API_KEY is not set/);
    assert.deepEqual([ollama.requests.length, api.requests.length], [from.o, from.a]);
  });

  test('skipLlm: nothing is asked, not even a probe', async () => {
    const from = { o: ollama.requests.length, a: api.requests.length };
    const r = await run({ config: testConfig({ skipLlm: true }), env: { OLLAMA_HOST: ollama.url, ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url } });
    assert.equal(r.usage.calls, 0);
    assert.equal(r.usage.note, 'LLM skipped (skipLlm): rules only');
    assert.deepEqual([ollama.requests.length, api.requests.length], [from.o, from.a]);
  });

  test('LLM_FALLBACK_ONLY=true: Ollama is never contacted', async () => {
    const from = ollama.requests.length;
    const r = await run({ env: { LLM_FALLBACK_ONLY: 'true', OLLAMA_HOST: ollama.url, ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url } });
    assert.equal(r.usage.provider, 'anthropic');
    assert.equal(ollama.requests.length, from);
  });

  test('budget maxCallsPerRun 1: one call, and a note about the two clusters left out', async () => {
    const from = ollama.requests.length;
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' }, budget: { maxCallsPerRun: 1 } });
    assert.equal(chats(from).length, 1);
    assert.equal(r.usage.calls, 1);
    assert.deepEqual(r.analyses.map((a) => a.ok), [true, false, false]);
    assert.match(r.analyses[1]?.reason ?? '', /LLM call budget spent \(1 of maxCallsPerRun 1\)/);
    assert.ok(r.notes.some((n) => /budget: 2 of 3 clusters not analysed \(LLM budget: LLM call budget spent/.test(n)), r.notes.join('\n'));
    assert.match(r.usage.note, /1 of 3 clusters analysed/);
  });

  test('answers of the wrong schema are rejected: asked once more, then the rules\' category stands', async () => {
    const from = ollama.requests.length;
    const wrong = JSON.stringify({ cause: 'the button', category: 'update-selectors', confidence: 2 });
    ollama.enqueueChat(...Array.from({ length: 6 }, () => ({ kind: 'answer' as const, content: wrong })));
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' } });
    assert.equal(chats(from).length, 6);
    for (const a of r.analyses) {
      assert.equal(a.ok, false);
      assert.equal(a.finalCategory, a.ruleCategory);
      assert.equal(a.rootCause, undefined);
      assert.match(a.reason ?? '', /Invalid ollama answer 2 times; last problem: it does not match the schema/);
    }
    assert.ok(r.notes.some((n) => /3 invalid answer\(s\) rejected/.test(n)));
  });

  test('model not pulled: rules only, the note names `ollama pull <model>`', async () => {
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'qwen2.5-coder:7b' } });
    assert.equal(r.usage.calls, 0);
    assert.match(r.usage.note, /has no model "qwen2\.5-coder:7b" \(pulled: codellama:13b, codellama:34b\): ollama pull qwen2\.5-coder:7b/);
  });

  test('model gone at call time (404): stops after one call, the note says how to fix it', async () => {
    const from = ollama.requests.length;
    ollama.enqueueChat({ kind: 'error', status: 404, error: "model 'codellama:13b' not found" });
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' } });
    assert.equal(chats(from).length, 1);
    assert.deepEqual(r.analyses.map((a) => a.ok), [false, false, false]);
    assert.match(r.analyses[1]?.reason ?? '', /not asked: ollama failed on an earlier cluster/);
    assert.ok(r.notes.some((n) => /Run `ollama pull codellama:13b` where Ollama runs, or set OLLAMA_MODEL/.test(n)), r.notes.join('\n'));
  });

  test('retired Anthropic model: rules only, the note says to set ANTHROPIC_MODEL to a live id', async () => {
    const r = await run({
      env: { LLM_FALLBACK_ONLY: 'true', ANTHROPIC_API_KEY: api.apiKey, ANTHROPIC_BASE_URL: api.url },
      config: testConfig({ llm: { anthropicModel: 'claude-3-5-sonnet-20241022' } }),
    });
    assert.equal(r.usage.calls, 0);
    assert.match(r.usage.note, /^rules only: Anthropic model claude-3-5-sonnet-20241022 is retired: GET \/v1\/models lists the live model ids; set ANTHROPIC_MODEL .* Live now: claude-sonnet-5/);
  });

  test('the signal stops the stage at once, mid-call', async () => {
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify(VALID_ANSWER), delayMs: 10_000 });
    const ac = new AbortController();
    // Aborted once the first chat request is in flight (a fixed delay lost the race to the probe on a loaded machine).
    const from = ollama.requests.length;
    const poll = setInterval(() => {
      if (chats(from).length > 0) {
        clearInterval(poll);
        ac.abort(new Error('maxRunDuration reached'));
      }
    }, 5);
    const slowAnswer = timerOf(10_000);
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' }, signal: ac.signal });
    clearInterval(poll);
    assert.equal(slowAnswer.fired(), false, 'returned before the slow answer');
    assert.deepEqual(r.analyses.map((a) => a.ok), [false, false, false]);
    // The cluster whose call was cut short says why too, not the client's generic "aborted".
    assert.deepEqual(r.analyses.map((a) => a.reason), ['stopped: maxRunDuration reached', 'stopped: maxRunDuration reached', 'stopped: maxRunDuration reached']);
    assert.ok(r.notes.some((n) => /3 cluster\(s\) not analysed: stopped: maxRunDuration reached/.test(n)), r.notes.join('\n'));
  });

  test('no clusters: no probe, no call', async () => {
    const from = ollama.requests.length;
    const r = await runLlmStage({ summary: { failures: [], clusters: [] }, config: testConfig(), env: { OLLAMA_HOST: ollama.url }, rootDir: dir, log: () => {} });
    assert.equal(r.usage.calls, 0);
    assert.equal(ollama.requests.length, from);
  });

  test('renderAnalysesMarkdown: a table row per cluster, steps for the analysed ones', async () => {
    const r = await run({ env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' }, budget: { maxCallsPerRun: 1 } });
    const md = renderAnalysesMarkdown(r.analyses);
    assert.match(md, /^### LLM analysis\n/);
    assert.match(md, /\| `fp-large` \| 30 \| ollama codellama:13b \| update-selectors \| 82% \| The Save button was renamed to Store\. \|/);
    assert.match(md, /\| `fp-mid` \| 15 \| ollama codellama:13b \| restart-backend \| - \| not analysed: LLM budget: LLM call budget spent/);
    assert.match(md, /1\. Open the customer form\n2\. Compare the button label with the locator/);
    assert.equal(renderAnalysesMarkdown([]), '');
  });
});
