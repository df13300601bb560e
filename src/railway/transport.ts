import { request } from 'undici';
import {
  RailwayAuthError,
  RailwayError,
  RailwayGraphQLError,
  RailwayNetworkError,
  RailwayRateLimitError,
  RailwayTimeoutError,
  type GraphQLErrorEntry,
} from './errors.js';
import { requireToken, type ResolvedRailwayOptions } from './options.js';
import type { Operation } from './queries.js';
import { retryAfterMs } from '../common/time.js';

/** Retry policy as data: only 429 is retried, because a mutation that got 429 was never run. */
export const RETRY_POLICY = {
  retryableStatuses: new Set([429]),
  /** First wait when the server sends no usable Retry-After; doubles per retry, with jitter. */
  baseDelayMs: 1_000,
} as const;

export interface CallOptions {
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  return retryAfterMs(value, now);
}

function backoff(retry: number): number {
  const exp = RETRY_POLICY.baseDelayMs * 2 ** retry;
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

function errorEntries(body: unknown): GraphQLErrorEntry[] | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors.map((e) => {
    const entry = e as Partial<GraphQLErrorEntry> | null;
    const out: GraphQLErrorEntry = { message: typeof entry?.message === 'string' ? entry.message : JSON.stringify(e) };
    if (Array.isArray(entry?.path)) out.path = entry.path;
    if (entry?.extensions && typeof entry.extensions === 'object') out.extensions = entry.extensions;
    return out;
  });
}

const NOT_AUTHORIZED = /not authori[sz]ed|unauthori[sz]ed|invalid token/i;

/** One HTTP exchange: returns status, headers and parsed JSON (or the raw text when not JSON). */
async function send(
  o: ResolvedRailwayOptions,
  token: ReturnType<typeof requireToken>,
  op: Operation,
  variables: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: unknown; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token.auth.header === 'Project-Access-Token') headers['project-access-token'] = token.value;
  else headers.authorization = `Bearer ${token.value}`;

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('request timeout')), o.requestTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  try {
    const res = await request(o.apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: op.query, variables }),
      signal: combined,
      ...(o.dispatcher ? { dispatcher: o.dispatcher } : {}),
    });
    const text = await res.body.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.statusCode, headers: res.headers, body, text };
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.signal.aborted) {
      throw new RailwayTimeoutError(
        `Railway ${op.field} got no answer within ${o.requestTimeoutMs} ms from ${o.apiUrl}. ` +
          'Raise requestTimeoutMs, or check the network and RAILWAY_API_URL.',
        { cause: err },
      );
    }
    throw new RailwayNetworkError(o.apiUrl, err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Posts one GraphQL operation and returns its `data`. Retries 429 (honouring `Retry-After`,
 * capped by maxRetryDelayMs) up to maxRetries times; maps every other failure to a typed error.
 */
export async function postGraphQL<T>(
  o: ResolvedRailwayOptions,
  op: Operation,
  variables: Record<string, unknown>,
  call: CallOptions = {},
): Promise<T> {
  const log = call.log ?? o.log;
  const token = requireToken(o);
  for (let attempt = 0; ; attempt++) {
    const res = await send(o, token, op, variables, call.signal);

    if (RETRY_POLICY.retryableStatuses.has(res.status)) {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
      if (attempt >= o.maxRetries) throw new RailwayRateLimitError(attempt + 1, retryAfterMs);
      const wait = Math.min(retryAfterMs ?? backoff(attempt), o.maxRetryDelayMs);
      log(`railway: ${op.field} rate-limited (HTTP 429); retry ${attempt + 1} of ${o.maxRetries} in ${wait} ms`);
      await o.sleep(wait, call.signal);
      continue;
    }

    const errors = errorEntries(res.body);
    if (res.status === 401 || res.status === 403) {
      throw new RailwayAuthError(`HTTP ${res.status}`, token.auth, { status: res.status });
    }
    if (errors?.some((e) => NOT_AUTHORIZED.test(e.message))) {
      throw new RailwayAuthError(`"${errors.map((e) => e.message).join('; ')}"`, token.auth, { status: res.status });
    }
    if (errors) throw new RailwayGraphQLError(op.field, errors, { status: res.status });
    if (res.status < 200 || res.status >= 300) {
      throw new RailwayError(
        `Railway API answered HTTP ${res.status} to ${op.field}: ${res.text.slice(0, 200) || '(empty body)'}. ` +
          'Retry later; if it persists, check RAILWAY_API_URL and Railway\'s status page.',
        { status: res.status },
      );
    }
    const data = (res.body as { data?: unknown } | undefined)?.data;
    if (data === undefined || data === null || typeof data !== 'object') {
      throw new RailwayError(
        `Railway API answered ${op.field} without a GraphQL data object (${res.text.slice(0, 200) || 'empty body'}). ` +
          'Check that RAILWAY_API_URL points at the GraphQL endpoint (…/graphql/v2).',
        { status: res.status },
      );
    }
    return data as T;
  }
}
