import { REDACTION_TYPES, type RedactionType } from './types.js';

// Built once: a placeholder is made for every replacement, tens of thousands on a large input.
const PLACEHOLDERS = new Map<string, string>(REDACTION_TYPES.map((t) => [t, `[REDACTED_${t}]`]));

/** The text that replaces a finding of `type`. */
export function placeholderFor(type: RedactionType): string {
  return PLACEHOLDERS.get(type) ?? `[REDACTED_${type}]`;
}

export const PLACEHOLDER_REGEX = /^\[REDACTED_[A-Z_]{2,12}\]$/;

/** True when `value` is already a placeholder: keeps redact(redact(x)) === redact(x). */
export function isPlaceholder(value: string): boolean {
  return value.length <= 26 && value.startsWith('[REDACTED_') && PLACEHOLDER_REGEX.test(value);
}
