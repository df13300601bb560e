/**
 * The per-test timeout of the verification re-runs: twice the largest test timeout of the healed
 * projects, and at least `heal.timeout`. A re-run is never stricter than the user's own config (a suite
 * with a 120 s timeout re-run at 30 s turns every right patch into a draft), and it runs in a fresh copy
 * on a machine that is often still busy, where a test close to its timeout (26 s of 30 s in the field
 * trials) times out. The run's deadline (maxRunDuration, onEndTimeout) still bounds every re-run.
 * A project without a timeout (Playwright's 0) gives 0: the re-run keeps the config's (none).
 */
export function rerunTestTimeout(healTimeout: number, projectTimeouts: readonly number[]): number {
  if (projectTimeouts.some((t) => t === 0)) return 0;
  return Math.max(healTimeout, 2 * Math.max(0, ...projectTimeouts));
}
