// Waiting: one sleep, one timeout race and one Retry-After reader for every client (GitHub, Railway,
// LLM providers, alert webhooks, locks), so they all honour the same rules.

/** Waits `ms`, or less when `signal` fires first (it never rejects). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Blocks the thread for `ms` (lock polling in synchronous code only). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * `promise`, or a rejection saying `<what> did not <verb> within <ms> ms` once `ms` has passed. The
 * timer never keeps the process alive.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, verb = 'finish'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not ${verb} within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A `Retry-After` header in ms: delay-seconds (`120`, `1.5`) or an HTTP date, never negative;
 * undefined when absent or unreadable. A header sent twice counts by its first value.
 */
export function retryAfterMs(value: string | readonly string[] | number | null | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw).trim();
  if (text === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
