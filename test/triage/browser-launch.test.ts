// The warning for a run whose browser is not installed (the first run of a field trial,
// docs/field-trials.md): every test failed to launch Chromium and triage said `unknown`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserLaunchWarning } from '../../src/triage/browser-launch.js';

// Playwright 1.57's message, as the run recorded it (ANSI stripped).
const LAUNCH =
  "Error: browserType.launch: Executable doesn't exist at /root/.cache/ms-playwright/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell\n" +
  '╔═════════════════════════════════════════════════════════════════════════╗\n' +
  '║ Looks like Playwright Test or Playwright was just installed or updated. ║\n' +
  '║ Please run the following command to download new browsers:              ║\n' +
  '║                                                                         ║\n' +
  '║     npx playwright install                                              ║\n' +
  '╚═════════════════════════════════════════════════════════════════════════╝';

describe('browserLaunchWarning', () => {
  test('counts the failures that could not launch the browser and says what to do', () => {
    const w = browserLaunchWarning([
      { outcome: 'unexpected', message: LAUNCH },
      { outcome: 'unexpected', message: LAUNCH },
      { outcome: 'unexpected', message: "Error: expect(locator).toBeVisible() failed\n\nLocator: locator('#start')" },
    ]);
    assert.equal(
      w,
      "2 failure(s) are Playwright not finding its browser (\"Executable doesn't exist\"), not the app: run `npx playwright install chromium`, or point the project at a system Chromium with use: { launchOptions: { executablePath: '/usr/bin/chromium' } } (`npx healwright doctor` checks it)",
    );
  });

  test('nothing to say for other failures, or for a flaky launch that passed on a retry', () => {
    assert.equal(browserLaunchWarning([]), undefined);
    assert.equal(browserLaunchWarning([{ outcome: 'unexpected', message: 'Error: page.goto: net::ERR_CONNECTION_REFUSED' }]), undefined);
    assert.equal(browserLaunchWarning([{ outcome: 'flaky', message: LAUNCH }]), undefined);
  });
});
