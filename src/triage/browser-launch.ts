// Tests that never started because Playwright found no browser to launch. Every test fails the same
// way and triage can only call it `unknown`; the run says what it is and what to do instead.

/** Playwright's message when the browser binary is not installed (1.51 to 1.65). */
const NOT_INSTALLED = "browserType.launch: Executable doesn't exist";

/** True when the failure is Playwright not finding its browser binary: this machine's setup, not the app. */
export function isBrowserNotInstalled(message: string): boolean {
  return message.includes(NOT_INSTALLED);
}

/** A warning when failures are Playwright not finding its browser, else undefined. */
export function browserLaunchWarning(failures: readonly { outcome: string; message: string }[]): string | undefined {
  const n = failures.filter((f) => f.outcome === 'unexpected' && isBrowserNotInstalled(f.message)).length;
  if (n === 0) return undefined;
  return (
    `${n} failure(s) are Playwright not finding its browser ("Executable doesn't exist"), not the app: ` +
    "run `npx playwright install chromium`, or point the project at a system Chromium with use: { launchOptions: { executablePath: '/usr/bin/chromium' } } (`npx healwright doctor` checks it)"
  );
}
