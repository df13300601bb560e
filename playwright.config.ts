import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/browser/index.js';
import type { HealFixtureOptions } from './src/fixtures/index.js';
import { API_TOKENS, API_URL, BASE_URL, DEMO_PORT, E2E_DATA_DIR, E2E_USER, USER_STATE, USES_LOCAL_DEMO } from './e2e/support/env.js';
import { videoMode } from './e2e/support/video.js';

/**
 * This repo's own suite, run against the demo CRM (demo/) or, with BASE_URL / API_URL set, a real
 * deployment. Projects: `setup` signs in (UI session -> e2e/.auth/user.json, API tokens ->
 * e2e/.auth/api-tokens.json); `health`, `contracts`, `modules` and `security` depend on it.
 */
export default defineConfig<HealFixtureOptions>({
  testDir: 'e2e',
  outputDir: 'test-results',
  retries: 1,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,

  // healwright itself, from this repo's build (`npm run heal` builds it first). In your own project:
  // ['healwright/reporter', { ... }].
  reporter: [
    ['list'],
    // Sharded runs (.github/workflows/healing-sharded.yml): a blob report for merge-reports. healwright
    // sees a shard with a blob report and leaves triage, PRs and issues to merge-reports.
    ...(process.env.PLAYWRIGHT_BLOB_OUTPUT_DIR ? [['blob'] as ['blob']] : []),
    [
      './dist/src/reporter/index.js',
      {
        projects: ['health', 'contracts', 'modules'],
        timeout: 30_000,
        retries: 1,
        // fix-api-routes compares a 404's path with the app's documented routes.
        openapiUrl: `${API_URL}/openapi.json`,
        cooldownBetweenFixes: 0,
        // Verification re-runs see no secrets and only allowlisted variables; these are the demo's and
        // the suite's own settings they need (DEMO_FAULTS: the re-run's demo must break the same way).
        verifyEnv: ['DEMO_PORT', 'DEMO_FAULTS', 'DEMO_SLOW_MS', 'DEMO_ACCESS_TTL', 'DEMO_SESSION_TTL', 'DEMO_REFRESH_TTL', 'E2E_FAULTS_AFTER_SETUP', 'E2E_AUTH_DIR', 'E2E_DATA_DIR', 'E2E_USER_EMAIL'],
      },
    ],
  ],

  use: {
    baseURL: BASE_URL,
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    // retain-on-failure, or off where Playwright's ffmpeg is not installed (see e2e/support/video.ts).
    video: videoMode(),
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    // healwright's Class A fixes before a retry (healwright/fixtures options):
    // restart-backend restarts the local demo's backend through its own restart command,
    healRestart: USES_LOCAL_DEMO ? { type: 'command', command: 'npm run demo:restart', timeoutMs: 60_000 } : undefined,
    healApiHealthUrl: `${API_URL}/health`,
    // clear-session signs in again through the login form, refresh-tokens refreshes e2e/.auth/api-tokens.json.
    healLoginForm: { url: '/login', fields: { Email: E2E_USER.email, Password: E2E_USER.password } },
    healTokensFile: API_TOKENS,
  },

  projects: [
    { name: 'setup', testMatch: /setup\/.*\.setup\.ts$/ },
    { name: 'health', testMatch: /health\/.*\.spec\.ts$/, dependencies: ['setup'], use: { storageState: USER_STATE } },
    { name: 'contracts', testMatch: /contracts\/.*\.spec\.ts$/, dependencies: ['setup'] },
    { name: 'modules', testMatch: /modules\/.*\.spec\.ts$/, dependencies: ['setup'], use: { storageState: USER_STATE } },
    { name: 'security', testMatch: /security\/.*\.spec\.ts$/, dependencies: ['setup'] },
  ],

  // The local demo, on a throw-away data dir that is reset on every start. DEMO_FAULTS and the other
  // DEMO_* variables pass through, e.g. `DEMO_FAULTS=route-moved npx playwright test`.
  webServer: USES_LOCAL_DEMO
    ? {
        command: 'npm run demo -- --reset',
        url: `${BASE_URL}/health`,
        env: { DEMO_PORT: String(DEMO_PORT), DEMO_DATA_DIR: E2E_DATA_DIR },
        // Never reuse: a demo left on the port may carry another run's faults. To test a demo you
        // started yourself, set BASE_URL instead.
        reuseExistingServer: false,
        timeout: 60_000,
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      }
    : undefined,
});
