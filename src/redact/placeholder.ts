import type { RedactionType } from './types.js';

/** The text that replaces a finding of `type`. */
export function placeholderFor(type: RedactionType): string {
  return `[REDACTED_${type}]`;
}

export const PLACEHOLDER_REGEX = /^\[REDACTED_[A-Z_]{2,12}\]$/;

/** True when `value` is already a placeholder: keeps redact(redact(x)) === redact(x). */
export function isPlaceholder(value: string): boolean {
  return value.length <= 26 && value.startsWith('[REDACTED_') && PLACEHOLDER_REGEX.test(value);
}
