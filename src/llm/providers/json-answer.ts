import { LlmBadOutputError } from './errors.js';
import type { ProviderName } from './types.js';

// Some models wrap JSON in a Markdown fence even when told not to.
const FENCE = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i;

/** Parses a model's text answer as JSON; throws {@link LlmBadOutputError} when it is not JSON. */
export function parseJsonAnswer(text: string, provider: ProviderName): unknown {
  const trimmed = text.trim();
  const body = FENCE.exec(trimmed)?.[1] ?? trimmed;
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new LlmBadOutputError(`The ${provider} answer is not valid JSON (${(err as Error).message}).`, {
      provider,
      text,
      cause: err,
    });
  }
}
