// Adversarial text (issue 12): triage and the three Class B healers on 1 MB of newlines, spaces, quotes,
// ANSI escapes and repeated half Playwright phrases, in every untrusted field (message, after a real
// message head, stack, page snapshot, error-context). The max ms per shape must stay under 50: these run
// on the Playwright runner's main thread, and page text an attacker controls ends up in them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixApiRoutes, updateSelectors, updateTestData } from '../src/class-b/healers.js';
import type { HealerInput } from '../src/class-b/types.js';
import { triageFailure } from '../src/triage/triage.js';
import { printTable, type BenchRow } from './types.js';

const MB = 1024 * 1024;
const TARGET_MS = 50;
const RUNS = 3;

/** `unit` repeated to 1 MB. */
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

export const SHAPES: Record<string, string> = {
  newlines: fill('\n'),
  spaces: fill(' '),
  'a': fill('a'),
  quotes: fill('"\''),
  'waiting for locator(': fill('waiting for locator('),
  'Expected: ': fill('Expected: '),
  '- button "': fill('- button "'),
  'strict mode violation: ': fill('strict mode violation: '),
  '→ GET /': fill('→ GET /'),
  '```yaml + Locator: ': fill('```yaml\nLocator: '),
  'ANSI CSI': fill('\u001b[31m'),
  'ANSI OSC, unterminated': fill('\u001b]8;;'),
};

const SPEC = [
  "import { test, expect } from '@playwright/test';",
  "test('contacts', async ({ page, request }) => {",
  "  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();",
  "  await expect(page.getByTestId('count')).toHaveText('3 contacts');",
  "  expect((await request.get('/api/contcts/1')).status()).toBe(200);",
  '});',
].join('\n');

interface Case {
  name: string;
  run: (parts: { message: string; stack: string; pageSnapshot?: string; errorContext?: string }) => unknown;
  /** A real message head of the failure this healer handles, so the adversarial tail reaches its deep paths. */
  head: string;
  line: number;
}

function cases(dir: string): Case[] {
  const file = path.join(dir, 'tests', 'contacts.spec.ts');
  const base = (line: number): Omit<HealerInput, 'category' | 'message'> => ({ testId: 't1', fingerprint: 'fp', testFile: file, testLine: 2, rootDir: dir, stack: `Error\n    at ${file}:${line}:5` });
  const openapi = { openapi: '3.0.0', paths: { '/api/contacts/{id}': { get: {} } } };
  return [
    { name: 'triage', line: 3, head: "Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole('button', { name: 'Save' })\nExpected: visible\nReceived: <element(s) not found>\nTimeout: 5000ms\n\nCall log:\n  - waiting for getByRole('button', { name: 'Save' })\n", run: (p) => triageFailure({ project: 'e2e', status: 'failed', ...p }) },
    { name: 'update-selectors', line: 3, head: "Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole('button', { name: 'Save' })\nExpected: visible\nReceived: <element(s) not found>\n", run: (p) => updateSelectors({ ...base(3), category: 'update-selectors', ...p }) },
    { name: 'update-test-data', line: 4, head: "Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByTestId('count')\nExpected string: \"3 contacts\"\nReceived string: \"4 contacts\"\n", run: (p) => updateTestData({ ...base(4), category: 'update-test-data', ...p }) },
    { name: 'fix-api-routes', line: 5, head: 'Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 404\n  → GET http://localhost:3000/api/contcts/1\n  ← 404 Not Found\n', run: (p) => fixApiRoutes({ ...base(5), category: 'fix-api-routes', openapi, ...p }) },
  ];
}

/** The slowest of RUNS calls over every placement of the shape. */
function maxMs(c: Case, file: string, shape: string): number {
  const stack = `Error\n    at ${file}:${c.line}:5\n`;
  const placements = [
    { message: shape, stack },
    { message: c.head + shape, stack },
    { message: c.head, stack: stack + shape },
    { message: c.head, stack, pageSnapshot: shape },
    { message: c.head, stack, errorContext: `# Page snapshot\n\n\`\`\`yaml\n${shape}` },
  ];
  let max = 0;
  for (const p of placements) {
    c.run(p); // one untimed call: V8 compiles and tiers up the regexes once per process, not per input
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      c.run(p);
      max = Math.max(max, performance.now() - t0);
    }
  }
  return max;
}

export async function benchAdversarial(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'healwright-adversarial-'));
  mkdirSync(path.join(dir, 'tests'));
  const file = path.join(dir, 'tests', 'contacts.spec.ts');
  writeFileSync(file, SPEC);
  const rows: BenchRow[] = [];
  // Wall-clock figures: on a shared box they include time other processes took; say how busy it was.
  process.stderr.write(`adversarial: load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores\n`);
  for (const c of cases(dir)) {
    for (let i = 0; i < 20; i++) c.run({ message: c.head, stack: `Error\n    at ${file}:${c.line}:5` }); // warm-up
    for (const [shape, text] of Object.entries(SHAPES)) {
      const ms = maxMs(c, file, text);
      rows.push({ name: `adversarial 1 MB ${c.name}: ${JSON.stringify(shape)}`, value: ms, unit: 'ms max', target: `< ${TARGET_MS}`, pass: ms < TARGET_MS });
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchAdversarial();
  printTable(rows);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
