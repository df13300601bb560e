export { OllamaProvider, DEFAULT_OLLAMA_HOST } from './ollama.js';
export type { OllamaProviderOptions } from './ollama.js';
export { AnthropicProvider, DEFAULT_ANTHROPIC_MODEL } from './anthropic.js';
export type { AnthropicProviderOptions } from './anthropic.js';
export { createProviderChain, selectProvider } from './chain.js';
export type { ProviderChainOptions, ProviderSelection } from './chain.js';
export {
  LlmError,
  LlmAuthError,
  LlmBadOutputError,
  LlmModelNotFoundError,
  LlmRateLimitError,
  LlmTimeoutError,
  LlmUnavailableError,
  providerIsGone,
} from './errors.js';
export type { LlmErrorOptions } from './errors.js';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry } from './retry.js';
export type { RetryPolicy } from './retry.js';
export { parseJsonAnswer } from './json-answer.js';
export type {
  CompletionRequest,
  CompletionResult,
  CompletionUsage,
  LlmProvider,
  ProviderName,
  ProviderStatus,
} from './types.js';
