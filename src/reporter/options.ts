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

/** Set in nested `playwright test` runs started by healwright itself (verification re-runs). */
export const NESTED_RUN_ENV = 'HEALWRIGHT_NESTED';
/** The current run folder, exported to workers so fixtures can hand state across retries. */
export const RUN_DIR_ENV = 'HEAL_RUN_DIR';
