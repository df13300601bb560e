// Builds the Octokit instance with healwright's retry and rate-limit policy (octokit's retry and
// throttling plugins, configured as data) and a per-client spacing of write requests.
import { Octokit as Core } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * Octokit with the plugins healwright uses (REST methods, REST pagination, retry, throttling): what
 * the `octokit` bundle gives minus GitHub App, OAuth, webhooks and GraphQL pagination. It is built from the
 * parts so that the package pins `@octokit/core` and `@octokit/request` at the last versions that
 * install on Node 20 without an engine warning (see the README's troubleshooting).
 */
export const Octokit = Core.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof Octokit>;

type OctokitOptions = NonNullable<ConstructorParameters<typeof Octokit>[0]>;
type ThrottleOptions = Extract<NonNullable<OctokitOptions['throttle']>, { onRateLimit: unknown }>;
type LimiterGroup = NonNullable<ThrottleOptions['write']>;

export interface OctokitPolicy {
  token: string;
  apiUrl: string;
  userAgent: string;
  fetch?: typeof globalThis.fetch;
  /** Retries of a 5xx or a network failure, and of a rate limit within `maxRateLimitWaitS`. */
  retries: number;
  /** Wait before 5xx retry n is n² × this (octokit's plugin-retry policy). */
  retryBaseDelayMs: number;
  /** A rate limit that resets within this many seconds is waited out; a later one fails. */
  maxRateLimitWaitS: number;
  /** Milliseconds slept per second GitHub asks to wait (1000; tests use less). */
  rateLimitUnitMs: number;
  /** Least time between two write requests (GitHub asks for 1 s). */
  minWriteIntervalMs: number;
  /** Least time between two search requests (search allows 30 a minute). */
  minSearchIntervalMs: number;
  /** Time one HTTP request may take. */
  requestTimeoutMs: number;
  log: (line: string) => void;
  /** The pipeline's deadline: aborts the request in flight and stops every retry once it fires. */
  signal?: AbortSignal;
}

// What plugin-retry must leave alone: client errors, and 429s, which the throttling plugin owns.
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * A stand-in for the throttling plugin's Bottleneck group: it only has to space the calls it is
 * handed. The plugin's own groups are process-wide with a fixed 1 s (write) / 2 s (search) / 3 s
 * (notifying writes) spacing that cannot be configured.
 */
class IntervalLimiter {
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly minMs: number) {}

  key(): this {
    return this;
  }

  schedule(...args: unknown[]): Promise<unknown> {
    const [fn, ...fnArgs] = (typeof args[0] === 'function' ? args : args.slice(1)) as [(...a: unknown[]) => unknown, ...unknown[]];
    const turn = this.chain.then(async () => {
      const wait = this.next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.next = Date.now() + this.minMs;
    });
    this.chain = turn;
    return turn.then(() => fn(...fnArgs));
  }
}

function limiter(minMs: number): LimiterGroup {
  return new IntervalLimiter(minMs) as unknown as LimiterGroup;
}

export function createOctokit(p: OctokitPolicy): Octokit {
  const onLimit =
    (kind: 'primary' | 'secondary') =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const route = `${options.method ?? ''} ${options.url ?? ''}`;
      if (p.signal?.aborted) return false;
      if (retryAfter <= p.maxRateLimitWaitS && retryCount < p.retries) {
        p.log(`GitHub ${kind} rate limit on ${route}: retrying in ${retryAfter} s (${retryCount + 1}/${p.retries})`);
        return true;
      }
      p.log(`GitHub ${kind} rate limit on ${route}: resets in ${retryAfter} s, beyond the ${p.maxRateLimitWaitS} s healwright waits`);
      return false;
    };
  const writes = limiter(p.minWriteIntervalMs);
  const baseFetch = p.fetch ?? globalThis.fetch;
  // A fresh timeout per HTTP attempt (below the retry plugins): a hung connection fails and is retried.
  const fetchWithTimeout: typeof globalThis.fetch = async (input, init = {}) => {
    const signals = [AbortSignal.timeout(p.requestTimeoutMs), ...(init.signal ? [init.signal] : []), ...(p.signal ? [p.signal] : [])];
    try {
      return await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
    } catch (err) {
      // @octokit/request passes an AbortError through as is (no RequestError), so plugin-retry does not retry it.
      if (p.signal?.aborted) throw Object.assign(new Error(`aborted: ${(p.signal.reason as Error)?.message ?? 'deadline'}`), { name: 'AbortError' });
      throw err;
    }
  };
  return new Octokit({
    auth: p.token,
    baseUrl: p.apiUrl,
    userAgent: p.userAgent,
    request: { fetch: fetchWithTimeout },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => p.log(m), error: (m: string) => p.log(m) },
    retry: { retries: p.retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: p.retryBaseDelayMs },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: p.rateLimitUnitMs,
      write: writes,
      // Writes that notify people (issues, comments, PRs) share the write spacing.
      notifications: writes,
      search: limiter(p.minSearchIntervalMs),
    },
  });
}
