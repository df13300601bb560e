// Later healing rounds may ask the LLM: a verification re-run's new failure that the deterministic
// healers refuse goes to the LLM stage's provider (the Ollama stand-in here), through the same prompt,
// redaction and budget; its edit is taken only as a one-line edit in the copy, for the same fix type.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLlmStage, type RoundAnalyst } from '../../src/heal/llm.js';
import { roundClusterInput, roundHealer } from '../../src/heal/round-llm.js';
import { prepareRerunFailure } from '../../src/class-b/round-healer.js';
import type { RoundHealRequest } from '../../src/class-b/verify/index.js';
import type { AnalysisOutcome } from '../../src/llm/analysis/index.js';
import type { Category } from '../../src/triage/types.js';
import { startOllamaStandin, type OllamaStandin } from '../standins/ollama.js';
import { SECRETS, THREE_CLUSTERS, VALID_ANSWER, bodyTexts, makeSummary, tempDir, testConfig } from './fixtures.js';

const SPEC = [
  "import { test, expect } from '@playwright/test';",
  "test('saves', async ({ page }) => {",
  "  await page.getByRole('button', { name: 'Save' }).click();",
  `  const password = '${SECRETS.password}';`,
  '});',
  '',
].join('\n');

/** A re-run failure in `copy` that triage reads as update-selectors and the rules cannot heal (no page snapshot). */
function request(copy: string): RoundHealRequest {
  const file = path.join(copy, 'tests', 'a.spec.ts');
  const message = "Error: locator.click: Timeout 5000ms exceeded.\nCall log:\n  - waiting for getByRole('button', { name: 'Save' })\n";
  return {
    copyDir: copy,
    key: 'chromium > tests/a.spec.ts > saves',
    project: 'chromium',
    failure: { message, stack: `${message}\n    at ${file}:3:55`, testFile: file, testLine: 2, attachments: [] },
    proposal: { category: 'update-test-data', testIds: ['t1'], fingerprint: 'fp-round', edits: [], reasoning: 'round 1', confidence: 0.8, source: 'rules' },
  };
}

const EDIT_ANSWER = { ...VALID_ANSWER, proposedEdit: { file: 'tests/a.spec.ts', line: 3, before: "name: 'Save'", after: "name: 'Store'" } };

/** An analyst that answers `answer` (an AnalysisOutcome) without a provider, and records what it was asked. */
function fakeAnalyst(answer: AnalysisOutcome | undefined): RoundAnalyst & { asked: number } {
  const a = {
    asked: 0,
    analyze: async () => {
      a.asked++;
      return answer;
    },
    usage: () => ({ provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0, note: '' }),
  };
  return a;
}

function okOutcome(edit: { file: string; line: number; before: string; after: string } | undefined, finalCategory: Category = 'update-selectors'): AnalysisOutcome {
  return {
    ok: true,
    provider: 'ollama',
    model: 'codellama:13b',
    attempts: 1,
    usage: { inputTokens: 10, outputTokens: 5 },
    costUsd: 0,
    analysis: { rootCause: 'renamed', category: finalCategory, confidence: 0.8, investigationSteps: [], ...(edit ? { proposedEdit: edit } : {}) },
    ruleCategory: 'update-selectors',
    llmCategory: finalCategory,
    finalCategory,
    categoryReason: 'test',
    latencyMs: 1,
  } as AnalysisOutcome;
}

describe('healing rounds with the LLM', () => {
  let ollama: OllamaStandin;
  let copy: string;
  let dir: string;

  before(async () => {
    ollama = await startOllamaStandin({ models: ['codellama:13b'], reply: () => JSON.stringify(VALID_ANSWER) });
    copy = mkdtempSync(path.join(tmpdir(), 'hw-round-llm-'));
    mkdirSync(path.join(copy, 'tests'));
    writeFileSync(path.join(copy, 'tests', 'a.spec.ts'), SPEC);
    dir = tempDir();
  });
  after(async () => {
    await ollama.close();
    rmSync(copy, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  const stage = (budget?: { maxCallsPerRun: number }) =>
    runLlmStage({
      summary: makeSummary(dir, THREE_CLUSTERS),
      config: testConfig(),
      env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' },
      rootDir: dir,
      log: () => undefined,
      ...(budget ? { budget } : {}),
    });

  test("the rules refuse, the stage's provider is asked with the copy's source, redacted, and its one-line edit lands in the copy", async () => {
    const s = await stage();
    assert.ok(s.rounds, 'a provider answered: the rounds get it');
    const from = ollama.requests.length;
    ollama.enqueueChat({ kind: 'answer', content: JSON.stringify(EDIT_ANSWER), promptEvalCount: 900, evalCount: 40 });
    const r = await roundHealer({ analyst: s.rounds })(request(copy));
    assert.ok('proposal' in r, JSON.stringify(r));
    assert.equal(r.proposal.source, 'llm');
    assert.equal(r.proposal.category, 'update-selectors');
    assert.deepEqual(r.proposal.testIds, ['t1']);
    assert.deepEqual(r.proposal.edits, [{ file: path.join(copy, 'tests', 'a.spec.ts'), line: 3, before: "  await page.getByRole('button', { name: 'Save' }).click();", after: "  await page.getByRole('button', { name: 'Store' }).click();" }]);
    const chats = ollama.requests.slice(from).filter((q) => q.path === '/api/chat');
    assert.equal(chats.length, 1);
    const prompt = bodyTexts(chats[0]?.body ?? '').join('\n');
    assert.match(prompt, /tests\/a\.spec\.ts/);
    assert.match(prompt, />\s+3 \| {3}await page\.getByRole\('button', \{ name: 'Save' \}\)\.click\(\);/);
    assert.ok(!prompt.includes(SECRETS.password), 'the source is redacted before it is sent');
    // The round's call counts in the run's usage.
    const usage = s.rounds.usage();
    assert.equal(usage.calls, s.usage.calls + 1);
    assert.equal(usage.inputTokens, s.usage.inputTokens + 900);
    assert.match(usage.note, /1 analysis call\(s\) for later healing rounds/);
  });

  test('the same budget: with every call spent on the clusters, the round is not asked', async () => {
    const s = await stage({ maxCallsPerRun: 3 });
    assert.ok(s.rounds);
    const from = ollama.requests.length;
    const r = await roundHealer({ analyst: s.rounds })(request(copy));
    assert.ok('refused' in r, JSON.stringify(r));
    assert.match(r.refused, /^update-selectors: .*; LLM: no usable answer: LLM budget/);
    assert.equal(ollama.requests.slice(from).filter((q) => q.path === '/api/chat').length, 0);
    assert.equal(s.rounds.usage().calls, 3);
    assert.doesNotMatch(s.rounds.usage().note, /healing rounds/, 'a call the budget refused is not counted as made');
  });

  test('a provider that failed in a round is not asked again in the next', async () => {
    const s = await stage();
    assert.ok(s.rounds);
    const from = ollama.requests.length;
    ollama.enqueueChat({ kind: 'error', status: 404, error: "model 'codellama:13b' not found" });
    const first = await roundHealer({ analyst: s.rounds })(request(copy));
    assert.ok('refused' in first && /LLM: no usable answer/.test(first.refused), JSON.stringify(first));
    const second = await roundHealer({ analyst: s.rounds })(request(copy));
    assert.ok('refused' in second && /LLM: not asked/.test(second.refused), JSON.stringify(second));
    assert.equal(ollama.requests.slice(from).filter((q) => q.path === '/api/chat').length, 1);
  });

  test('an answer that reads the failure as another fix type is not taken', async () => {
    const r = await roundHealer({ analyst: fakeAnalyst(okOutcome(EDIT_ANSWER.proposedEdit, 'update-test-data')) })(request(copy));
    assert.ok('refused' in r);
    assert.match(r.refused, /LLM: it reads the failure as update-test-data, not update-selectors/);
  });

  test('edits the first round would refuse are refused here too: several lines, outside the copy, a before text not on the line', async () => {
    const cases: [{ file: string; line: number; before: string; after: string }, RegExp][] = [
      [{ file: 'tests/a.spec.ts', line: 3, before: "name: 'Save'", after: "name: 'Store' });\n  await page.evaluate(() => fetch('/x'));" }, /multi-line edit/],
      [{ file: '../outside.ts', line: 1, before: 'a', after: 'b' }, /outside the repository/],
      [{ file: 'tests/a.spec.ts', line: 2, before: "name: 'Save'", after: "name: 'Store'" }, /"before" text is not on tests\/a\.spec\.ts:2/],
    ];
    for (const [edit, why] of cases) {
      const r = await roundHealer({ analyst: fakeAnalyst(okOutcome(edit)) })(request(copy));
      assert.ok('refused' in r, JSON.stringify(edit));
      assert.match(r.refused, why);
    }
  });

  test('no analyst, no answer, no edit: the rules refusal stands, with the reason', async () => {
    const none = await roundHealer({})(request(copy));
    assert.ok('refused' in none);
    assert.match(none.refused, /^update-selectors: /);
    assert.doesNotMatch(none.refused, /LLM/);
    const notAsked = fakeAnalyst(undefined);
    const r = await roundHealer({ analyst: notAsked })(request(copy));
    assert.ok('refused' in r && /LLM: not asked/.test(r.refused), JSON.stringify(r));
    assert.equal(notAsked.asked, 1);
    const noEdit = await roundHealer({ analyst: fakeAnalyst(okOutcome(undefined)) })(request(copy));
    assert.ok('refused' in noEdit && /LLM: it proposed no edit/.test(noEdit.refused), JSON.stringify(noEdit));
  });

  test('a failure the rules heal never reaches the LLM; one that is not Class B is refused before it', async () => {
    const asked = fakeAnalyst(okOutcome(EDIT_ANSWER.proposedEdit));
    const withPage = request(copy);
    const yaml = '- heading "New customer" [level=1]\n- textbox "Name"\n- button "Submit"\n- button "Cancel"';
    withPage.failure = { ...withPage.failure, attachments: [{ name: 'error-context', contentType: 'text/markdown', body: Buffer.from(`# Page snapshot\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`) }] };
    const healed = await roundHealer({ analyst: asked })(withPage);
    assert.ok('proposal' in healed, JSON.stringify(healed));
    assert.equal(healed.proposal.source, 'rules');
    assert.match(healed.proposal.edits[0]?.after ?? '', /name: 'Submit'/);
    assert.equal(asked.asked, 0);
    const down = { ...request(copy) };
    down.failure = { ...down.failure, message: 'Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/', stack: `Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/\n    at ${path.join(copy, 'tests', 'a.spec.ts')}:3:5` };
    const r = await roundHealer({ analyst: asked })(down);
    assert.ok('refused' in r && /triage reads the new failure as restart-backend/.test(r.refused), JSON.stringify(r));
    assert.equal(asked.asked, 0);
  });

  test('a re-run failure without a page snapshot is triaged from its heal-dom: on a login form it is no Class B failure', () => {
    const login = { version: 1, frames: [{ url: 'http://localhost:3000/' }], testIdAttribute: 'data-testid', truncated: false, elements: [
      { tag: 'h1', parent: -1, frame: 0, visible: true, role: 'heading', name: 'Sign in', level: 1 },
      { tag: 'input', parent: -1, frame: 0, visible: true, role: 'textbox', name: 'Password' },
      { tag: 'button', parent: -1, frame: 0, visible: true, role: 'button', name: 'Sign in' },
    ] };
    const req = request(copy);
    req.failure = { ...req.failure, attachments: [{ name: 'heal-dom', contentType: 'application/json', body: Buffer.from(JSON.stringify(login)) }] };
    const prepared = prepareRerunFailure(req);
    assert.ok('refused' in prepared && /triage reads the new failure as clear-session/.test(prepared.refused), JSON.stringify(prepared));
    assert.ok(!('refused' in prepareRerunFailure(request(copy))), 'without the page, the same failure is a locator that matches nothing');
  });

  test('what the LLM is told: the failing line of the innermost frame in the copy, the error without its call log, the rules verdict', () => {
    const req = request(copy);
    const prepared = prepareRerunFailure(req);
    assert.ok(!('refused' in prepared));
    const ci = roundClusterInput(req, prepared);
    assert.equal(ci.category, 'update-selectors');
    assert.equal(ci.fingerprint, 'fp-round');
    assert.deepEqual(ci.tests, ['chromium > tests/a.spec.ts > saves']);
    assert.equal(ci.errorMessage, 'Error: locator.click: Timeout 5000ms exceeded.');
    assert.match(ci.callLog ?? '', /waiting for getByRole/);
    assert.match(ci.testSource ?? '', /^tests\/a\.spec\.ts\n/);
    assert.match(ci.testSource ?? '', /^> 3 \| {3}await page/m);
  });
});
