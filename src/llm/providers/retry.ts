import { LlmError } from './errors.js';
import { retryAfterMs, sleep } from '../../common/time.js';

/** How a provider retries transient failures (429, 503, 529, 5xx). Data, so callers can tune it. */
export interface RetryPolicy {
  /** Attempts after the first. Default 2. */
  maxRetries: number;
  /** First backoff when the server names no wait; doubles each retry, minus up to 25% jitter. Default 500 ms. */
  baseDelayMs: number;
  /** Cap on one backoff. Default 8000 ms. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error is thrown at once. Default 20000 ms. */
  maxRetryAfterMs: number;
  /** Cap on all waiting for one request. Default 30000 ms. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 20_000,
  maxTotalWaitMs: 30_000,
};

/** Parses `retry-after-ms` or `retry-after` (seconds or an HTTP date) into ms; undefined if absent or invalid. */
export function parseRetryAfter(get: (name: string) => string | null | undefined, now = Date.now()): number | undefined {
  const ms = get('retry-after-ms');
  if (ms != null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  return retryAfterMs(get('retry-after'), now);
}

/** Waits `ms`; rejects with the signal's reason when it fires first. */
async function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, signal);
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}

/**
 * Runs `attempt` and retries it while it throws a retryable {@link LlmError}, honouring the
 * server's Retry-After up to `maxRetryAfterMs` and never waiting more than `maxTotalWaitMs` in all.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  options: { signal?: AbortSignal; random?: () => number } = {},
): Promise<T> {
  const random = options.random ?? Math.random;
  let waited = 0;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (!(err instanceof LlmError) || !err.retryable || n >= policy.maxRetries) throw err;
      let delay: number;
      if (err.retryAfterMs !== undefined) {
        if (err.retryAfterMs > policy.maxRetryAfterMs) throw err;
        delay = err.retryAfterMs;
      } else {
        delay = Math.min(policy.baseDelayMs * 2 ** n, policy.maxDelayMs) * (1 - random() * 0.25);
      }
      if (waited + delay > policy.maxTotalWaitMs) throw err;
      waited += delay;
      await sleepUnlessAborted(delay, options.signal);
    }
  }
}
