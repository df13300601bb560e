import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** Whether Playwright's own ffmpeg (needed to record video) is installed next to its browsers. */
function playwrightFfmpegInstalled(): boolean {
  try {
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    // <browsers dir>/chromium-NNNN/chrome-linux64/chrome -> <browsers dir>
    const browsersDir = dirname(dirname(dirname(chromium.executablePath())));
    return existsSync(browsersDir) && readdirSync(browsersDir).some((name) => name.startsWith('ffmpeg-'));
  } catch {
    return false;
  }
}

/**
 * `retain-on-failure` when video can be recorded, else `off`: without Playwright's ffmpeg every page
 * would fail to open (`npx playwright install ffmpeg` enables video). E2E_VIDEO=off|on overrides.
 */
export function videoMode(env: NodeJS.ProcessEnv = process.env): 'retain-on-failure' | 'off' {
  if (env.E2E_VIDEO === 'off') return 'off';
  if (env.E2E_VIDEO === 'on') return 'retain-on-failure';
  return playwrightFfmpegInstalled() ? 'retain-on-failure' : 'off';
}
