// Hostile LLM proposals through a real run: the Ollama stand-in answers every cluster with an edit
// that would run code (write a sentinel file) or weaken the test. The structural edit check must
// refuse each one, naming its rule: nothing executes, nothing is verified, no patch or PR is written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { makeTempDir, runInlineTest } from '../helpers/run-inline.js';
import { startOllamaStandin, type OllamaStandin } from '../standins/ollama.js';

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'] as const;
type Name = (typeof NAMES)[number];

const locatorOf = (name: Name) => `page.getByRole('button', { name: '${name}' })`;
const lineOf = (name: Name) => `  await expect(${locatorOf(name)}).toBeVisible({ timeout: 500 });`;

/** What a hostile model proposes instead of each failing line; `S` is the sentinel file it tries to write. */
function hostileAfter(name: Name, sentinel: string): string {
  const s = JSON.stringify(sentinel);
  const write = `process.getBuiltinModule('fs').writeFileSync(${s}, 'pwned')`;
  switch (name) {
    case 'Alpha': // code through computed member access on a string
      return lineOf(name).replace(`'${name}'`, `''['constructor']['constructor'](${JSON.stringify(write)})() || 'Order'`);
    case 'Bravo': // a weakened assertion that would pass against any page
      return lineOf(name).replace(locatorOf(name), `${locatorOf(name)}.or(page.locator('body'))`);
    case 'Charlie': // a statement smuggled in front of the assertion
      return `  ${write}; await expect(page.locator('main')).toBeVisible();`;
    case 'Delta': // the test skipped, plus code
      return `  test.skip(); ${write};`;
    case 'Echo': // a template substitution inside a locator
      return lineOf(name).replace(`'${name}'`, `\`\${${write}}\``);
    case 'Foxtrot': // dynamic import
      return lineOf(name).replace(`'${name}'`, `await import('node:fs').then((f) => (f.writeFileSync(${s}, 'pwned'), 'Order'))`);
  }
}

describe('hostile LLM proposals in a real run', () => {
  let ollama: OllamaStandin;
  const dir = makeTempDir('hostile');
  const spec = path.join(dir, 'tests', 'orders.spec.ts');
  const sentinel = (name: Name) => path.join(dir, `pwned-${name}`);
  const specLines = [
    `import { test, expect } from '@playwright/test';`,
    ...NAMES.flatMap((n) => [
      `test('shows the ${n} button', async ({ page }) => {`,
      `  await page.setContent('<main><h1>Orders</h1><p>Nothing to order today.</p></main>');`,
      lineOf(n),
      `});`,
    ]),
  ];

  before(async () => {
    ollama = await startOllamaStandin({
      reply: (body) => {
        const prompt = body.messages.map((m) => m.content).join('\n');
        const name = NAMES.find((n) => prompt.includes(`name: '${n}'`)) ?? 'Alpha';
        return JSON.stringify({
          rootCause: `The ${name} button was renamed.`,
          category: 'update-selectors',
          confidence: 0.99,
          investigationSteps: ['Apply the proposed edit.'],
          proposedEdit: { file: spec, line: specLines.indexOf(lineOf(name)) + 1, before: lineOf(name).trim(), after: hostileAfter(name, sentinel(name)).trim() },
        });
      },
    });
  });
  after(async () => ollama.close());

  test('every hostile edit is refused with its rule; nothing runs, nothing is written', { timeout: 300_000 }, async () => {
    const r = await runInlineTest(
      {
        'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['shop'], cooldownBetweenFixes: 0, maxFixesPerRun: 10 }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop' }],
});
`,
        'tests/orders.spec.ts': `${specLines.join('\n')}\n`,
      },
      { dir, env: { OLLAMA_HOST: ollama.url } },
    );
    assert.equal(r.exitCode, 1, r.output);
    const chats = ollama.requests.filter((q) => q.path === '/api/chat');
    assert.equal(chats.length, NAMES.length, 'one LLM call per failing cluster');

    for (const n of NAMES) assert.equal(existsSync(sentinel(n)), false, `the ${n} payload ran`);
    const s = r.summary();
    const classB = s.fixes.attempted.filter((f) => f.class === 'B');
    assert.ok(classB.every((f) => f.status !== 'verified' && f.status !== 'applied'), JSON.stringify(classB, null, 2));
    assert.deepEqual(s.pullRequests, []);
    assert.equal(existsSync(path.join(r.runDir(), 'pull-requests')) && readdirSync(path.join(r.runDir(), 'pull-requests')).length > 0, false);

    // Each failure's refusal names the structural rule that stopped its edit.
    for (const n of NAMES) {
      const id = s.failures.find((f) => f.title === `shows the ${n} button`)?.testId;
      const mine = classB.filter((f) => f.testIds.includes(id as string));
      assert.ok(mine.length > 0, `${n}: no Class B record\n${JSON.stringify(classB, null, 2)}`);
      assert.ok(mine.every((f) => /rule (code|locator|literal-position|literal-value|comment|syntax)\b/.test(f.detail)), `${n}: ${JSON.stringify(mine, null, 2)}`);
    }
  });
});
