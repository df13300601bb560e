import type { HealConfigInput } from './schema.js';

/** Typed helper for `healing.config.ts`: `export default defineHealConfig({ maxFixesPerRun: 2 })`. */
export function defineHealConfig(config: HealConfigInput): HealConfigInput {
  return config;
}
