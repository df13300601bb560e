import { request, type Dispatcher } from 'undici';
import { sleep as pause } from '../common/time.js';

export interface WaitForHealthyOptions {
  /** Total time to wait for a 2xx, in ms. Default 60 000. */
  timeoutMs?: number;
  /** Time between two attempts, in ms. Default 1 000. */
  intervalMs?: number;
  /** Time one attempt may take, in ms (capped by what is left, but at least 1 s). Default 5 000. */
  requestTimeoutMs?: number;
  /** Stops waiting early; the result then has ok=false and lastError "aborted". */
  signal?: AbortSignal;
  /** undici dispatcher. Default undici's global dispatcher. */
  dispatcher?: Dispatcher;
}

export interface HealthResult {
  ok: boolean;
  /** HTTP status of the last answer received, when there was one. */
  status?: number;
  attempts: number;
  durationMs: number;
  /** Why the last attempt failed (connection error, timeout, HTTP status). */
  lastError?: string;
}

/**
 * GETs `url` until it answers 2xx or `timeoutMs` passes. Never throws for a down or bad server:
 * the result says what happened.
 */
export async function waitForHealthy(url: string, options: WaitForHealthyOptions = {}): Promise<HealthResult> {
  const { timeoutMs = 60_000, intervalMs = 1_000, requestTimeoutMs = 5_000, signal, dispatcher } = options;
  const start = Date.now();
  let attempts = 0;
  let status: number | undefined;
  let lastError: string | undefined;
  const result = (ok: boolean): HealthResult => ({
    ok,
    attempts,
    durationMs: Date.now() - start,
    ...(status !== undefined ? { status } : {}),
    ...(lastError !== undefined ? { lastError } : {}),
  });

  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    lastError = `not an http(s) URL: ${url}`;
    return result(false);
  }

  for (;;) {
    if (signal?.aborted) {
      lastError = 'aborted';
      return result(false);
    }
    // The last attempt still gets up to a second, so it can report a status instead of a doomed timeout.
    const left = timeoutMs - (Date.now() - start);
    const attemptTimeout = AbortSignal.timeout(Math.min(requestTimeoutMs, Math.max(left, 1_000)));
    attempts++;
    try {
      const res = await request(url, {
        method: 'GET',
        signal: signal ? AbortSignal.any([signal, attemptTimeout]) : attemptTimeout,
        ...(dispatcher ? { dispatcher } : {}),
      });
      await res.body.dump();
      status = res.statusCode;
      if (res.statusCode >= 200 && res.statusCode < 300) {
        lastError = undefined;
        return result(true);
      }
      lastError = `HTTP ${res.statusCode}`;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      lastError = attemptTimeout.aborted
        ? 'request timed out'
        : typeof code === 'string'
          ? code
          : err instanceof Error
            ? err.message
            : String(err);
    }
    const remaining = timeoutMs - (Date.now() - start);
    if (remaining <= 0) return result(false);
    await pause(Math.min(intervalMs, remaining), signal);
  }
}
