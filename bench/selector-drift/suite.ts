// Writes the drift table out as a Playwright project: one folder per drift with a spec that runs the same
// test body against the old page (must pass) and the new page (must fail), plus its helper files.
import path from 'node:path';
import { REPO_ROOT } from '../../test/helpers/run-inline.js';
import type { Drift } from './drifts.js';

export const SPEC_NAME = 'drift.spec.ts';
/** Where the JSON reporter writes; `DRIFT_REPORT` names another file (the re-run keeps the first report). */
export const REPORT_FILE = 'report.json';
export const REPORT_ENV = 'DRIFT_REPORT';
/** Action and expect timeout, ms: short for the failing first run, long for the re-run that should pass. */
export const TIMEOUT_ENV = 'DRIFT_TIMEOUT';
/** Set: the new page loses the drift's labelled target before the body runs (the break-back run). */
export const BREAK_ENV = 'DRIFT_BREAK';
export const OLD_TITLE = 'old page';
export const NEW_TITLE = 'new page';

function spec(d: Drift): string {
  const breakLine = d.target ? `  if (process.env.${BREAK_ENV}) await page.locator(${JSON.stringify(d.target)}).evaluateAll((els) => els.forEach((e) => e.remove()));\n` : '';
  const test = (title: string, html: string, extra = '') => `test('${title}', async ({ page }) => {\n  await page.setContent(${html});\n${extra}  ${d.body}\n});\n`;
  return [
    // healwright's fixtures, as the README asks of suites with CSS, id and test-id locators: the DOM snapshot.
    `import { test, expect } from 'healwright/fixtures';`,
    ...(d.imports ? [d.imports] : []),
    '',
    `const OLD = ${JSON.stringify(d.oldHtml)};`,
    `const NEW = ${JSON.stringify(d.newHtml)};`,
    '',
    test(OLD_TITLE, 'OLD'),
    test(NEW_TITLE, 'NEW', breakLine),
  ].join('\n');
}

/** The project's files, relative to its root: config, and `<drift id>/drift.spec.ts` with helpers. */
export function driftSuite(drifts: Drift[], workers = 2): Record<string, string> {
  const files: Record<string, string> = {
    'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  retries: 0,
  workers: ${workers},
  timeout: 30000,
  expect: { timeout: Number(process.env.${TIMEOUT_ENV} ?? 2500) },
  reporter: [['json', { outputFile: process.env.${REPORT_ENV} ?? '${REPORT_FILE}' }]],
  // The passing run stands for a suite's history: every call site recorded (the default budget spreads
  // the first reads over runs; evidence.ts measures it).
  use: { healLastKnownGoodBudget: 1, actionTimeout: Number(process.env.${TIMEOUT_ENV} ?? 2500), launchOptions: (await import('${path.join(REPO_ROOT, 'src/browser/index.ts')}')).chromiumLaunchOptions() },
});
`,
  };
  for (const d of drifts) {
    files[`${d.id}/${SPEC_NAME}`] = spec(d);
    for (const [name, content] of Object.entries(d.files ?? {})) files[`${d.id}/${name}`] = content;
  }
  return files;
}
