// A tiny Playwright project for the verification tests: tests that need no browser, so each real
// re-run costs only Playwright's start-up.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../helpers/run-inline.js';
import type { ClassBCategory, PatchProposal } from '../../../src/class-b/types.js';
import { testKey, type TestStatus } from '../../../src/class-b/verify/index.js';

export const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 1,
  retries: 2,
  reporter: [['list']],
  projects: [{ name: 'unit' }],
});
`,
  'tests/data.spec.ts': `import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const GREETING = 'Sign in';
const LABEL = 'Log in';
test('sum', () => {
  expect(2 + 2).toBe(5);
});
test('label', () => {
  expect(GREETING).toBe(LABEL);
});
test('stable', ({}, testInfo) => {
  if (process.env.PROBE_FILE) writeFileSync(process.env.PROBE_FILE, JSON.stringify({ nested: process.env.HEALWRIGHT_NESTED, runDir: process.env.HEAL_RUN_DIR ?? null, cwd: process.cwd(), retries: testInfo.project.retries, outputDir: testInfo.project.outputDir }));
  expect(['Log', 'in'].join(' ')).toBe(LABEL);
});
`,
  'tests/names.spec.ts': `import { test, expect } from '@playwright/test';
test('greets', () => {
  expect('hi alpha').toBe('hi beta');
});
`,
  'test-results/keep.txt': 'the original run artifacts\n',
};

/** Final statuses of the original run (what the reporter would pass as `before`). */
export const BEFORE = new Map<string, TestStatus>([
  [testKey('unit', 'tests/data.spec.ts', ['sum']), 'failed'],
  [testKey('unit', 'tests/data.spec.ts', ['label']), 'failed'],
  [testKey('unit', 'tests/data.spec.ts', ['stable']), 'passed'],
  [testKey('unit', 'tests/names.spec.ts', ['greets']), 'failed'],
]);

export function makeProject(): string {
  const dir = makeTempDir('classb-verify');
  const past = new Date(Date.now() - 60_000);
  for (const [name, content] of Object.entries(FILES)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    utimesSync(p, past, past);
  }
  return dir;
}

export function proposal(dir: string, category: ClassBCategory, file: string, line: number, after: string, fingerprint: string): PatchProposal {
  const abs = path.join(dir, file);
  const before = readFileSync(abs, 'utf8').split('\n')[line - 1] as string;
  return { category, testIds: [fingerprint], fingerprint, edits: [{ file: abs, line, before, after }], reasoning: 'test', confidence: 0.9, source: 'rules' };
}

/** sha256 of every file under `dir` (symlinks by target, never followed), for byte-identity checks. */
export function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, r));
      if (st.isSymbolicLink()) out.set(r, 'link');
      else if (st.isDirectory()) visit(r);
      else out.set(r, `${createHash('sha256').update(readFileSync(path.join(dir, r))).digest('hex')}:${st.mtimeMs}`);
    }
  };
  visit('');
  return out;
}
