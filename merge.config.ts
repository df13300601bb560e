import { defineConfig } from '@playwright/test';

/**
 * `npx playwright merge-reports --config merge.config.ts ./all-blob-reports` after a sharded run
 * (`--shard=i/n` with the blob reporter): healwright triages, runs the LLM, opens PRs and issues once,
 * here, for the whole suite. Keep it next to playwright.config.ts (same rootDir): verification re-runs
 * of Class B fixes use that config. In your own project: ['healwright/reporter', { ... }].
 */
export default defineConfig({
  testDir: 'e2e',
  reporter: [
    ['list'],
    ['./dist/src/reporter/index.js', { projects: ['health', 'contracts', 'modules'] }],
  ],
});
