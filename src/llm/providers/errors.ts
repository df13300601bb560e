import type { ProviderName } from './types.js';
import { HealwrightError } from '../../common/errors.js';

export interface LlmErrorOptions {
  provider: ProviderName;
  status?: number;
  cause?: unknown;
  /** Worth trying the same request again later. */
  retryable?: boolean;
  /** The next step for a person. */
  hint?: string;
  /** How long the server asked us to wait before trying again (Retry-After), in ms. */
  retryAfterMs?: number;
}

/** Base of every error a provider throws; `instanceof` it to catch them all. */
export class LlmError extends HealwrightError {
  readonly provider: ProviderName;
  declare readonly status?: number;
  readonly retryable: boolean;
  readonly hint?: string;
  readonly retryAfterMs?: number;
  /** The message without the hint: what happened, for one-line status reports. */
  readonly detail: string;

  constructor(message: string, options: LlmErrorOptions) {
    super(options.hint ? `${message} ${options.hint}` : message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = new.target.name;
    this.detail = message;
    this.provider = options.provider;
    if (options.status !== undefined) this.status = options.status;
    this.retryable = options.retryable ?? false;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/** The server cannot be reached, or is overloaded/busy (Ollama 503, Anthropic 529, 5xx). */
export class LlmUnavailableError extends LlmError {}

/** The model id is unknown to the server: not pulled (Ollama) or retired/misspelt (Anthropic). */
export class LlmModelNotFoundError extends LlmError {
  readonly model: string;
  constructor(message: string, options: LlmErrorOptions & { model: string }) {
    super(message, { ...options, retryable: false });
    this.model = options.model;
  }
}

/** The credentials were refused (Anthropic 401/403). */
export class LlmAuthError extends LlmError {
  constructor(message: string, options: LlmErrorOptions) {
    super(message, { ...options, retryable: false });
  }
}

/** Too many requests (429); `retryAfterMs` is what the server asked for, when it said. */
export class LlmRateLimitError extends LlmError {
  constructor(message: string, options: LlmErrorOptions) {
    super(message, { ...options, retryable: true });
  }
}

/** No answer within the time limit. Not retried: a slow model stays slow, and the run has a budget. */
export class LlmTimeoutError extends LlmError {
  constructor(message: string, options: LlmErrorOptions) {
    super(message, { ...options, retryable: false });
  }
}

/** The answer was not the JSON that was asked for. */
export class LlmBadOutputError extends LlmError {
  /** The start of the offending text, for logs. */
  readonly excerpt: string;
  constructor(message: string, options: LlmErrorOptions & { text: string }) {
    super(message, { ...options, retryable: false });
    this.excerpt = options.text.slice(0, 200);
  }
}

/** True for errors after which the same provider would fail again for every other cluster (the LLM stage then stops asking it). */
export function providerIsGone(e: LlmError | undefined): boolean {
  return (
    e instanceof LlmModelNotFoundError ||
    e instanceof LlmAuthError ||
    e instanceof LlmUnavailableError ||
    e instanceof LlmTimeoutError ||
    e instanceof LlmRateLimitError ||
    /cancelled/.test(e?.message ?? '')
  );
}
