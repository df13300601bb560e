import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import {
  LlmAuthError,
  LlmError,
  LlmModelNotFoundError,
  LlmRateLimitError,
  LlmTimeoutError,
  LlmUnavailableError,
} from './errors.js';
import { parseRetryAfter } from './retry.js';
import { describeThrown } from '../../common/errors.js';

export interface AnthropicErrorContext {
  model: string;
  timeoutMs: number;
  /** Live model ids, when known, to suggest on a 404. */
  liveModels?: string[];
}

const provider = 'anthropic' as const;

/** What `GET /v1/models` would show and where to change the model, for any unknown-model message. */
export function modelHint(liveModels?: string[]): string {
  const ids = liveModels && liveModels.length > 0 ? ` Live now: ${liveModels.slice(0, 6).join(', ')}.` : '';
  return `GET /v1/models lists the live model ids; set ANTHROPIC_MODEL (or the Anthropic provider's \`model\` option) to one of them.${ids}`;
}

/** Turns what `@anthropic-ai/sdk` throws into an {@link LlmError}, each with the next step. */
export function toAnthropicError(err: unknown, ctx: AnthropicErrorContext): LlmError {
  if (err instanceof LlmError) return err;
  if (err instanceof APIUserAbortError) return new LlmError('The Anthropic request was cancelled.', { provider, cause: err });
  if (err instanceof APIConnectionTimeoutError) {
    return new LlmTimeoutError(`Anthropic did not answer within ${ctx.timeoutMs} ms (model ${ctx.model}).`, {
      provider,
      cause: err,
      hint: 'Raise the Anthropic timeout or lower maxTokens.',
    });
  }
  if (err instanceof APIConnectionError) {
    return new LlmUnavailableError(`Anthropic is not reachable (${err.message}).`, {
      provider,
      cause: err,
      hint: 'Check the network, a proxy, or ANTHROPIC_BASE_URL.',
    });
  }
  if (!(err instanceof APIError) || err.status === undefined) {
    return new LlmError(`Anthropic call failed: ${describeThrown(err)}`, { provider, cause: err });
  }
  const status: number = err.status;
  const type = err.type ?? 'error';
  const said = err.apiMessage ?? err.message;
  const retryAfterMs = err.headers ? parseRetryAfter((name) => err.headers?.get(name)) : undefined;
  const base = { provider, status, cause: err, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };

  if (status === 401 || status === 403) {
    return new LlmAuthError(`Anthropic refused the credentials (${status} ${type}: ${said}).`, {
      ...base,
      hint: 'Check ANTHROPIC_API_KEY (a Console key, sk-ant-...), or unset it to run without Anthropic.',
    });
  }
  if (status === 404 && !/model/i.test(said)) {
    return new LlmError(`Anthropic answered 404 for a path it does not serve (${type}: ${said}).`, {
      ...base,
      hint: 'Check ANTHROPIC_BASE_URL or the baseURL option: it should not end in /v1.',
    });
  }
  if (status === 404) {
    return new LlmModelNotFoundError(
      `Anthropic does not know the model "${ctx.model}": the id is retired or misspelt (404 ${type}: ${said}).`,
      { ...base, model: ctx.model, hint: modelHint(ctx.liveModels) },
    );
  }
  if (status === 429) {
    return new LlmRateLimitError(`Anthropic rate limit reached (429 ${type}: ${said}).`, {
      ...base,
      hint: 'Lower the LLM calls per run or wait; healing goes on with the rules alone.',
    });
  }
  if (status === 529 || status === 408 || status === 409 || status >= 500) {
    const what = status === 529 ? 'is overloaded' : `answered ${status}`;
    return new LlmUnavailableError(`Anthropic ${what} (${type}: ${said}).`, { ...base, retryable: true });
  }
  return new LlmError(`Anthropic rejected the request (${status} ${type}: ${said}).`, { ...base, retryable: false });
}
