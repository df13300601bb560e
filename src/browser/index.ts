import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { processEnv } from '../config/process-env.js';
import { HealwrightError } from '../common/errors.js';

const require = createRequire(import.meta.url);

/** System Chromium builds we look for, in order, when Playwright's own browser is not installed. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export class BrowserNotFoundError extends HealwrightError {
  override name = 'BrowserNotFoundError';
}

function bundledChromiumPath(): string | undefined {
  try {
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where Chromium is: `undefined` when Playwright's own build is installed (let Playwright pick it),
 * else `CHROMIUM_PATH` or a system Chromium. Throws {@link BrowserNotFoundError} naming the install
 * commands when there is none.
 */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = processEnv()): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new BrowserNotFoundError(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`);
    }
    return fromEnv;
  }
  if (bundledChromiumPath()) return undefined;
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new BrowserNotFoundError(
    'No Chromium found. Install Playwright\'s own with `npx playwright install chromium`, or a system one ' +
      '(Debian/Ubuntu: `sudo apt-get install chromium`) and, if it is not in /usr/bin, set CHROMIUM_PATH.',
  );
}

/** `launchOptions` for a Playwright `use` block: the detected executable and the flags a sandboxed CI needs. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = processEnv()): { executablePath?: string; args?: string[] } {
  const executablePath = chromiumExecutablePath(env);
  if (!executablePath) return {};
  return {
    executablePath,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
