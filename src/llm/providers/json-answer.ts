import { LlmBadOutputError } from './errors.js';
import type { ProviderName } from './types.js';
import { describeThrown } from '../../common/errors.js';

/**
 * The body of an answer wrapped in a Markdown fence (some models do that even when told not to):
 * ```json, blank space up to a line break, the body, ``` at the very end. A hand scan: the regex form
 * /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i backtracks quadratically on a long unclosed answer.
 */
function unfence(text: string): string | undefined {
  if (text.length < 6 || !text.startsWith('```') || !text.endsWith('```')) return undefined;
  let i = text.slice(3, 7).toLowerCase() === 'json' ? 7 : 3;
  let bodyStart = -1;
  for (; i < text.length && text[i]?.trim() === ''; i++) if (text[i] === '\n') bodyStart = i + 1;
  const end = text.length - 3;
  if (bodyStart < 0 || bodyStart > end) return undefined;
  const body = text.slice(bodyStart, end);
  return body.endsWith('\n') ? body.slice(0, -1) : body;
}

/** Parses a model's text answer as JSON; throws {@link LlmBadOutputError} when it is not JSON. */
export function parseJsonAnswer(text: string, provider: ProviderName): unknown {
  const trimmed = text.trim();
  const body = unfence(trimmed) ?? trimmed;
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new LlmBadOutputError(`The ${provider} answer is not valid JSON (${describeThrown(err)}).`, {
      provider,
      text,
      cause: err,
    });
  }
}
