/** The answer of {@link LoginRateLimiter.check}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts failed logins per client in a sliding window; past the limit, logins are refused until the oldest ages out. */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(client: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(client) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(client);
    else this.failures.set(client, kept);
    return kept;
  }

  check(client: string): RateDecision {
    const recent = this.recent(client);
    if (recent.length < this.limit) return { allowed: true };
    const oldest = recent[0] ?? this.now();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000)) };
  }

  recordFailure(client: string): void {
    this.failures.set(client, [...this.recent(client), this.now()]);
  }
}
