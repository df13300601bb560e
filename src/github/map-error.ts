// Turns octokit's RequestError (and anything else a call throws) into the client's typed errors.
import {
  GithubAuthError,
  GithubError,
  GithubNetworkError,
  GithubNotFoundError,
  GithubRateLimitError,
  GithubValidationError,
} from './errors.js';
import { retryAfterMs } from '../common/time.js';
import { describeThrown } from '../common/errors.js';

export interface ErrorContext {
  /** What was being done, e.g. `creating the pull request`. */
  what: string;
  /** owner/repo, for 404 hints. */
  repository: string;
  apiUrl: string;
  /** Scrubbed from every message. */
  token: string;
  /** Longest rate-limit wait the client accepts, for the message. */
  maxWaitS: number;
}

/** The parts of octokit's RequestError this module reads. */
interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

interface GithubErrorBody {
  message?: string;
  errors?: ({ message?: string; field?: string; code?: string; resource?: string } | string)[];
}

function isRequestError(err: unknown): err is RequestErrorLike {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number' && 'request' in err;
}

/** Method and path, without the query (which may carry search terms) or the host. */
function endpoint(err: RequestErrorLike): string {
  try {
    return `${err.request?.method ?? '?'} ${new URL(err.request?.url ?? '', 'http://x').pathname}`;
  } catch {
    return err.request?.method ?? '?';
  }
}

/** When a rate limit ends: `retry-after` (seconds) wins over `x-ratelimit-reset` (epoch seconds). */
export function rateLimitReset(headers: Record<string, string | number | undefined>, now = Date.now()): Date | undefined {
  const retryAfter = retryAfterMs(headers['retry-after'], now);
  if (retryAfter !== undefined) return new Date(now + retryAfter);
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) return new Date(reset * 1000);
  return undefined;
}

function fieldErrors(body: GithubErrorBody): { top: string; errors: string[] } {
  const message = body.message ?? 'Unprocessable Entity';
  // Schema failures come as "Invalid request.\n\n<reason>\n<reason>" without an errors array.
  const [top = message, ...rest] = message.split('\n').filter((l) => l.trim());
  const errors = (body.errors ?? []).map((e) =>
    typeof e === 'string' ? e : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' ')),
  );
  return { top, errors: [...rest, ...errors] };
}

function scrub(err: GithubError, token: string): GithubError {
  if (token && err.message.includes(token)) err.message = err.message.split(token).join('[REDACTED]');
  return err;
}

/** The typed error for `err`, thrown while doing `ctx.what`. GithubErrors pass through unchanged. */
export function toGithubError(err: unknown, ctx: ErrorContext): GithubError {
  if (err instanceof GithubError) return scrub(err, ctx.token);
  if (!isRequestError(err)) {
    const detail = describeThrown(err);
    return scrub(new GithubError(`GitHub client failed while ${ctx.what}: ${detail}`, { cause: err }), ctx.token);
  }
  const what = `${ctx.what} (${endpoint(err)})`;
  const cause = err;
  if (!err.response) {
    const code = (err as { cause?: { code?: unknown; cause?: { code?: unknown } } }).cause;
    const detail = [code?.cause?.code, code?.code, err.message].find((v) => typeof v === 'string') as string;
    return scrub(new GithubNetworkError(what, ctx.apiUrl, detail, { cause }), ctx.token);
  }
  const status = err.status;
  const headers = err.response.headers ?? {};
  const body = (typeof err.response.data === 'object' && err.response.data !== null ? err.response.data : {}) as GithubErrorBody;
  const githubMessage = body.message ?? (typeof err.response.data === 'string' && err.response.data ? err.response.data.slice(0, 200) : `HTTP ${status}`);
  let mapped: GithubError;
  const limited = headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(githubMessage);
  if ((status === 403 || status === 429) && limited) {
    mapped = new GithubRateLimitError(what, rateLimitReset(headers), {
      status,
      cause,
      secondary: /secondary rate limit/i.test(githubMessage) || headers['x-ratelimit-remaining'] !== '0',
      maxWaitS: ctx.maxWaitS,
    });
  } else if (status === 401 || status === 403) {
    mapped = new GithubAuthError(what, githubMessage, { status, cause });
  } else if (status === 404) {
    mapped = new GithubNotFoundError(what, ctx.repository, { cause });
  } else if (status === 422) {
    const { top, errors } = fieldErrors(body);
    mapped = new GithubValidationError(what, top, errors, { cause });
  } else {
    const next = status >= 500 ? ' GitHub had a problem and retries did not help: try again later.' : '';
    mapped = new GithubError(`GitHub failed ${what} with HTTP ${status}: ${githubMessage}.${next}`, { status, cause });
  }
  return scrub(mapped, ctx.token);
}
