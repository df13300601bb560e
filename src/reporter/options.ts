import type { HealConfigInput } from '../config/schema.js';

/**
 * Options of `['healwright/reporter', { ... }]` in playwright.config.ts: every healwright setting
 * (see the README's configuration reference) plus where to find an optional healing.config file.
 */
export type HealReporterOptions = HealConfigInput & {
  /** Path of a healing.config.{ts,js,mjs,json}, relative to the Playwright config. Default: look next to it. */
  configFile?: string;
  /** Set by Playwright: the folder of playwright.config.ts. */
  configDir?: string;
};
