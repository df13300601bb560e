// Regenerates real-runs.json: failures of a small suite run by the real `playwright test` (1.65.1), with
// their messages, stacks and error-context attachments as Playwright wrote them. The run folder's path
// becomes `<ROOT>`. Run: `node --import tsx test/class-b/data/generate.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, runInlineTest } from '../../helpers/run-inline.js';
import { SPEC, TOOLBAR } from './real-suite.js';


const r = await runInlineTest(
  {
    'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({ testDir: '.', outputDir: 'test-results', workers: 2, reporter: [['json', { outputFile: 'report.json' }]], timeout: 10000, expect: { timeout: 1000 },
  use: { actionTimeout: 1000, launchOptions: (await import('${path.join(REPO_ROOT, 'src/browser/index.ts')}')).chromiumLaunchOptions() } });`,
    'a.spec.ts': SPEC,
    'toolbar.ts': TOOLBAR,
  },
  { timeoutMs: 300_000 },
);
interface Result {
  status: string;
  error?: { message: string; stack: string };
  attachments: { name: string; path?: string }[];
}
const report = JSON.parse(readFileSync(path.join(r.dir, 'report.json'), 'utf8')) as { suites: { specs: { title: string; tests: { results: Result[] }[] }[] }[] };
const out = [];
for (const spec of report.suites[0]?.specs ?? []) {
  const res = spec.tests[0]?.results.at(-1);
  if (!res?.error) throw new Error(`${spec.title} did not fail:\n${r.output}`);
  const ec = res.attachments.find((a) => a.name === 'error-context')?.path;
  if (!ec) throw new Error(`${spec.title} has no error-context`);
  const root = (s: string) => s.replaceAll(r.dir, '<ROOT>');
  out.push({ title: spec.title, message: root(res.error.message), stack: root(res.error.stack), errorContext: root(readFileSync(ec, 'utf8')), source: 'a.spec.ts' });
}
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'real-runs.json');
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${out.length} failures to ${target}`);
