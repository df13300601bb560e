// The process environment. Every other file gets it from here (eslint forbids `process.env` outside
// src/config/), so one place shows what healwright reads, and tests can see every name below.

/** The run folder, set by the reporter in onBegin and inherited by workers (fixtures hand state across retries). */
export const RUN_DIR_ENV = 'HEAL_RUN_DIR';
/** The pending folder of this runner process's globalSetup records. */
export const PENDING_DIR_ENV = 'HEAL_PENDING_DIR';
/** Set to `1` in the `playwright test` runs healwright starts itself (verification re-runs): the reporter, fixtures and globalSetup stay inert there. */
export const NESTED_ENV = 'HEALWRIGHT_NESTED';

/** This process's environment (the live object: writes reach child processes). */
export function processEnv(): NodeJS.ProcessEnv {
  return process.env;
}

/** True inside a run healwright started itself. */
export function isNestedRun(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[NESTED_ENV] === '1';
}
