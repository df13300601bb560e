// Guardrails of one verification pass: verified fixes per run (one per failure cluster, however many
// tests' lines it edits), attempts per failure, the cooldown between re-runs and the run's deadline.

/** Limits for verifyPatches (times in ms). */
export interface VerifyGuardrails {
  /** Most verified fixes in this run; the fixes of one failure cluster (fingerprint) count once. */
  maxFixesPerRun: number;
  /** Most verification re-runs that include a fix for one failure (a cluster's failing tests). */
  maxFixAttemptsPerFailure: number;
  /** Pause between two verification re-runs. */
  cooldownBetweenFixes: number;
  /** Epoch ms at which maxRunDuration ends: no re-run starts after it, a running one is stopped. */
  deadline: number;
  /** What a proposal stopped by the deadline is reported with. Default {@link DEADLINE_REASON}. */
  deadlineReason?: string;
}

export const DEADLINE_REASON = 'maxRunDuration reached';

export class VerifyBudget {
  private readonly verified = new Set<string>();
  private readonly attempts: Map<string, number>;
  private lastRerunEnd: number | undefined;

  constructor(
    readonly limits: VerifyGuardrails,
    prior: ReadonlyMap<string, number> = new Map(),
    private readonly now: () => number = Date.now,
  ) {
    this.attempts = new Map(prior);
  }

  /** Why no more fixes may be verified, or undefined. */
  fixesExhausted(): string | undefined {
    return this.verified.size >= this.limits.maxFixesPerRun ? `maxFixesPerRun (${this.limits.maxFixesPerRun}) reached: ${this.verified.size} fix(es) already verified in this run` : undefined;
  }

  /** Why a fix for this cluster may not be verified: none when the cluster already counts or there is room. */
  fixesExhaustedFor(fingerprint: string): string | undefined {
    return this.verified.has(fingerprint) ? undefined : this.fixesExhausted();
  }

  /** True when one more fix of this cluster fits: the cluster is counted already, or there is room. */
  fits(fingerprint: string, taken: ReadonlySet<string>): boolean {
    return this.verified.has(fingerprint) || taken.has(fingerprint) || taken.size + this.verified.size < this.limits.maxFixesPerRun;
  }

  /** Why this failure gets no more attempts, or undefined. `failure` is a {@link failureKey}. */
  attemptsExhausted(failure: string): string | undefined {
    const used = this.attempts.get(failure) ?? 0;
    return used >= this.limits.maxFixAttemptsPerFailure ? `maxFixAttemptsPerFailure (${this.limits.maxFixAttemptsPerFailure}) reached for failure ${failure.split('|')[0]}` : undefined;
  }

  /** Milliseconds to wait before the next re-run, or undefined when it could not start before the deadline. */
  waitBeforeRerun(): number | undefined {
    const now = this.now();
    const wait = this.lastRerunEnd === undefined ? 0 : Math.max(0, this.lastRerunEnd + this.limits.cooldownBetweenFixes - now);
    return now + wait >= this.limits.deadline ? undefined : wait;
  }

  /** Why a proposal was stopped at the deadline. */
  get deadlineReason(): string {
    return this.limits.deadlineReason ?? DEADLINE_REASON;
  }

  /** Time left before the deadline (ms). */
  timeLeft(): number {
    return this.limits.deadline - this.now();
  }

  startAttempt(failures: Iterable<string>): void {
    for (const f of new Set(failures)) this.attempts.set(f, (this.attempts.get(f) ?? 0) + 1);
  }

  endRerun(): void {
    this.lastRerunEnd = this.now();
  }

  countVerified(fingerprints: Iterable<string>): void {
    for (const fp of fingerprints) this.verified.add(fp);
  }

  /** Attempts per failure so far (the caller may carry them into the next run). */
  attemptsSnapshot(): Record<string, number> {
    return Object.fromEntries(this.attempts);
  }
}

/**
 * One failure: a cluster's fingerprint and the tests a proposal is for. Proposals for the same tests are
 * alternatives; proposals for other tests of the same cluster (the same locator written in two tests)
 * are fixes of their own.
 */
export function failureKey(p: { fingerprint: string; testIds: readonly string[] }): string {
  return `${p.fingerprint}|${[...p.testIds].sort().join(',')}`;
}
