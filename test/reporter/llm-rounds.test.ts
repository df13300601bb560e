// A later healing round asks the LLM when the rules cannot heal it, through a real Playwright run with
// the reporter and the Ollama stand-in: round 1 (the rules) heals a renamed button, which gets the test
// to a CSS id that names nothing the rules can find again (no DOM snapshot, no words to go on); round 2's edit comes from the LLM, passes
// pre-flight and the re-run, and one verified patch holds both. The round's call counts in the usage.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { runInlineTest } from '../helpers/run-inline.js';
import { startOllamaStandin, type OllamaChatBody, type OllamaStandin } from '../standins/ollama.js';

const PAGE = `'<main><h1>Orders</h1><button type="button" onclick="document.getElementById(\\'number\\').hidden = false">Place your order</button><p id="number" hidden>Order #A-17</p></main>'`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['shop'], cooldownBetweenFixes: 0, maxHealRounds: 3 }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop' }],
});
`,
  'tests/orders.spec.ts': `import { test, expect } from '@playwright/test';
test('placing an order shows its number', async ({ page }) => {
  await page.setContent(${PAGE});
  await page.getByRole('button', { name: 'Place order' }).click({ timeout: 3000 });
  await expect(page.locator('#ref-7731')).toBeVisible({ timeout: 2000 });
});
`,
};

/** The answer for round 2's failure (the id the rules cannot heal); the run's own cluster gets no edit. */
function reply(body: OllamaChatBody): string {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const round2 = /Error message:\n```\nError: expect\(locator\)\.toBeVisible/.test(user);
  return JSON.stringify({
    rootCause: round2 ? 'The order number element is now #number.' : 'The button was renamed.',
    category: 'update-selectors',
    confidence: 0.9,
    investigationSteps: ['Compare the locator with the page'],
    ...(round2 ? { proposedEdit: { file: 'tests/orders.spec.ts', line: 5, before: "'#ref-7731'", after: "'#number'" } } : {}),
  });
}

describe('healing rounds ask the LLM when the rules refuse', () => {
  let ollama: OllamaStandin;
  before(async () => {
    ollama = await startOllamaStandin({ models: ['codellama:13b'], reply });
  });
  after(() => ollama.close());

  test('round 1 by the rules, round 2 by the LLM, one verified patch; the round call is in the usage', { timeout: 600_000 }, async () => {
    const r = await runInlineTest(FILES, { timeoutMs: 500_000, env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'codellama:13b' } });
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    const fixes = s.fixes.attempted.filter((f) => f.class === 'B');
    assert.deepEqual(fixes.map((f) => `${f.category} ${f.status} ${f.rounds}`), ['update-selectors verified 2'], JSON.stringify(fixes, null, 2));
    const chats = ollama.requests.filter((q) => q.path === '/api/chat');
    assert.equal(chats.length, 2, `one call for the run's cluster, one for round 2: ${JSON.stringify(fixes, null, 2)}`);
    assert.equal(s.llm.calls, 2);
    assert.match(s.llm.note, /1 analysis call\(s\) for later healing rounds/);
    const patch = readFileSync(path.join(r.runDir(), 'pull-requests', 'update-selectors.patch'), 'utf8');
    assert.match(patch, /^\+ {2}await page\.getByRole\('button', \{ name: 'Place your order' \}\)\.click\(\{ timeout: 3000 \}\);$/m);
    assert.match(patch, /^\+ {2}await expect\(page\.locator\('#number'\)\)\.toBeVisible\(\{ timeout: 2000 \}\);$/m);
    const body = readFileSync(path.join(r.runDir(), 'pull-requests', 'update-selectors.md'), 'utf8');
    assert.match(body, /Round 2 \(update-selectors\): Proposed by the LLM/);
    // The user's file is never changed.
    assert.match(readFileSync(path.join(r.dir, 'tests', 'orders.spec.ts'), 'utf8'), /name: 'Place order'/);
  });
});
