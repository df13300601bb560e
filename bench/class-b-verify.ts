// Class B latency: from the end of the main run to a verified patch for one selector failure (the
// reporter's onEnd: healer, isolated copy, verification re-run, patch files), as a ratio to a plain
// re-run of that one test. Target <= 2.0.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '../src/browser/index.js';
import { REPO_ROOT } from '../test/helpers/run-inline.js';
import { noteOutput, runInlineTest } from './internal-errors.js';
import { printTable, type BenchRow } from './types.js';

const PLAYWRIGHT_CLI = path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const TITLE = 'checkout button is shown';

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: [['list'], ['healwright/reporter', { projects: ['shop'], cooldownBetweenFixes: 0, skipLlm: true, printSummary: false }]],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop' }],
});
`,
  'checkout.spec.ts': `import { test, expect } from '@playwright/test';
const PAGE = '<main><h1>Checkout</h1><button type="button">Proceed to payment</button></main>';
test('${TITLE}', async ({ page }) => {
  await page.setContent(PAGE);
  await expect(page.getByRole('button', { name: 'Proceed to checkout' })).toBeVisible({ timeout: 1000 });
});
test('heading is shown', async ({ page }) => {
  await page.setContent(PAGE);
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
});
`,
};

function timedRun(dir: string, args: string[]): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', CI: '1', HEALWRIGHT_NESTED: '1' };
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', ...args], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      const ms = performance.now() - t0;
      noteOutput(stderr);
      resolve(ms);
    });
  });
}

export async function benchClassBVerify(): Promise<BenchRow[]> {
  const r = await runInlineTest(FILES, { timeoutMs: 300_000 });
  const summary = r.summary();
  const verified = summary.fixes.verified.filter((f) => f.category === 'update-selectors');
  if (verified.length !== 1) throw new Error(`expected one verified selector fix, got: ${JSON.stringify(summary.fixes.attempted)}`);
  const log = readFileSync(path.join(r.runDir(), 'healing-output.log'), 'utf8');
  const m = /onEnd finished in ([\d.]+) ms/.exec(log);
  if (!m?.[1]) throw new Error('healing-output.log has no onEnd timing');
  const toVerified = Number(m[1]);
  // The plain re-run: the same failing test, nothing else (healwright inert, as in its own re-runs).
  const plain: number[] = [];
  for (let i = 0; i < 3; i++) plain.push(await timedRun(r.dir, ['checkout.spec.ts', '--grep', TITLE, '--reporter=line', '--output', 'plain-results']));
  plain.sort((a, b) => a - b);
  const median = plain[1] as number;
  const ratio = toVerified / median;
  return [
    { name: 'Class B: end of run -> verified selector patch', value: toVerified, unit: 'ms', target: 'info', pass: true },
    { name: 'Class B: plain re-run of the test (median of 3)', value: median, unit: 'ms', target: 'info', pass: true },
    { name: 'Class B: verified patch / plain re-run', value: ratio, unit: 'x', target: '<= 2.0', pass: ratio <= 2.0 },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchClassBVerify());
}
