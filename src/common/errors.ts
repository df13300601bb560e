// The shape every typed healwright error shares (Anthropic SDK style): an optional HTTP `status` and
// the `cause` it wraps, so callers can `instanceof` a family and still read what went wrong.

export interface ErrorDetails {
  /** HTTP status of the response that caused it, when there was one. */
  status?: number;
  cause?: unknown;
}

/** Base of healwright's typed errors (Railway, GitHub, token refresh, locks, history, ...). */
export class HealwrightError extends Error {
  override name = 'HealwrightError';
  readonly status?: number;
  override readonly cause?: unknown;

  constructor(message: string, options: ErrorDetails = {}) {
    super(message);
    if (options.status !== undefined) this.status = options.status;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/**
 * What a thrown value says: an Error's message (its stack instead, for a log), the same of an
 * error-like object (a string `message` / `stack`), anything else (`throw undefined`, a string) as
 * text. Never throws, whatever was thrown.
 */
export function describeThrown(err: unknown, stack = false): string {
  if (err instanceof Error) return stack ? (err.stack ?? err.message) : err.message;
  try {
    if (typeof err === 'object' && err !== null) {
      const { message, stack: trace } = err as { message?: unknown; stack?: unknown };
      if (stack && typeof trace === 'string') return trace;
      if (typeof message === 'string') return message;
    }
    return String(err);
  } catch {
    // An object without a usable toString (Object.create(null), a throwing one).
    return `a thrown ${typeof err} that cannot be printed`;
  }
}
