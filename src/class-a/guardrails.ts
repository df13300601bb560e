// Guardrails that hold across workers: the counters live in <runDir>/guardrails.json and every change is
// made under one lock, so four workers asking at once still get at most maxFixesPerRun fixes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../artifacts/fs.js';
import { withLock } from '../common/lock.js';

/** The limits, as the reporter wrote them to run-settings.json (times in ms). */
export interface GuardrailSettings {
  startedAt: string;
  maxFixAttemptsPerFailure: number;
  maxFixesPerRun: number;
  cooldownBetweenFixes: number;
  maxRunDuration: number;
}

export interface GuardrailState {
  /** Fixes performed (or, in dry run, that would have been) in this run. */
  fixes: number;
  /** When the latest fix was allowed to start (epoch ms). */
  lastFixAt: number | null;
  /** Fix attempts per failing test (run or reused). */
  attempts: Record<string, number>;
}

export type Reservation = { granted: true; waitMs: number } | { granted: false; reason: string };

export interface ReserveRequest {
  /** The failure the fix is for (the test id). */
  key: string;
  /**
   * `attempt`: a failing test asks for a fix before its retry (maxRunDuration, maxFixAttemptsPerFailure);
   * `fix`: this worker is about to run a fix itself (maxRunDuration, maxFixesPerRun, cooldownBetweenFixes).
   * A test that reuses a fix another worker ran only takes an `attempt`.
   */
  kind: 'attempt' | 'fix';
  /** Dry run: count as usual, but never wait for the cooldown. */
  dryRun?: boolean;
  now?: () => number;
}

export function guardrailsPath(runDir: string): string {
  return path.join(runDir, 'guardrails.json');
}

export function readGuardrailState(runDir: string): GuardrailState {
  try {
    const v = JSON.parse(readFileSync(guardrailsPath(runDir), 'utf8')) as Partial<GuardrailState>;
    return { fixes: v.fixes ?? 0, lastFixAt: v.lastFixAt ?? null, attempts: v.attempts ?? {} };
  } catch {
    return { fixes: 0, lastFixAt: null, attempts: {} };
  }
}

/** Milliseconds left before maxRunDuration; negative once it has passed. */
export function runTimeLeft(settings: GuardrailSettings, now = Date.now()): number {
  const started = Date.parse(settings.startedAt);
  return Number.isFinite(started) ? started + settings.maxRunDuration - now : settings.maxRunDuration;
}

/** Pure decision: the new state, or why the fix may not run. */
export function decide(state: GuardrailState, settings: GuardrailSettings, req: ReserveRequest, now: number): { state: GuardrailState; reservation: Reservation } {
  const refuse = (reason: string) => ({ state, reservation: { granted: false, reason } as Reservation });
  const left = runTimeLeft(settings, now);
  if (left <= 0) {
    return refuse(`maxRunDuration (${settings.maxRunDuration} ms) is used up: healwright applies no more fixes in this run. Raise maxRunDuration to allow longer healing.`);
  }
  if (req.kind === 'attempt') {
    const attempts = state.attempts[req.key] ?? 0;
    if (attempts >= settings.maxFixAttemptsPerFailure) {
      return refuse(`maxFixAttemptsPerFailure (${settings.maxFixAttemptsPerFailure}) reached for this test: it already had ${attempts} fix attempt(s). Raise maxFixAttemptsPerFailure to try again.`);
    }
    return { state: { ...state, attempts: { ...state.attempts, [req.key]: attempts + 1 } }, reservation: { granted: true, waitMs: 0 } };
  }
  if (state.fixes >= settings.maxFixesPerRun) {
    return refuse(`maxFixesPerRun (${settings.maxFixesPerRun}) reached: ${state.fixes} fix(es) already ran in this run. Raise maxFixesPerRun (or HEAL_MAX_FIXES) to allow more.`);
  }
  const slot = state.lastFixAt === null || req.dryRun ? now : Math.max(now, state.lastFixAt + settings.cooldownBetweenFixes);
  if (slot - now >= left) {
    return refuse(`cooldownBetweenFixes (${settings.cooldownBetweenFixes} ms) would end after maxRunDuration: no time left for another fix in this run.`);
  }
  return { state: { ...state, fixes: state.fixes + 1, lastFixAt: slot }, reservation: { granted: true, waitMs: slot - now } };
}

/**
 * Asks the run's guardrails. A granted `fix` takes a slot of maxFixesPerRun and of the cooldown: the
 * caller waits `waitMs` before it starts.
 */
export async function reserveFix(runDir: string, settings: GuardrailSettings, req: ReserveRequest): Promise<Reservation> {
  const now = req.now ?? Date.now;
  return withLock(path.join(runDir, 'locks', 'guardrails'), () => {
    const { state, reservation } = decide(readGuardrailState(runDir), settings, req, now());
    if (reservation.granted) writeFileAtomic(guardrailsPath(runDir), JSON.stringify(state, null, 2) + '\n');
    return reservation;
  });
}
