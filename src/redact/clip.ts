// Redact first, then cut. Cutting first can split a secret so that no rule recognises the head that is
// kept (a card number's first nine digits, a token's first half); this redacts a margin past the cut.
import { redactText } from './redact.js';

/** Characters redacted past the cut, so a secret that starts before it is seen whole (up to this long). */
export const REDACT_MARGIN = 512;

/** Cuts `text` to `width` characters, the last one an ellipsis. */
export function clipText(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}\u2026` : text;
}

/** `text` redacted, then cut to `width` characters (redacting only its first `width + REDACT_MARGIN`). */
export function redactClipped(text: string, width: number): string {
  return clipText(redactText(text.length > width + REDACT_MARGIN ? text.slice(0, width + REDACT_MARGIN) : text), width);
}
