import { FILL_LOG_LOOKBACK_CHARS } from './patterns/assignments.js';
import { PEM_MAX_SPAN, privateKeyPattern } from './patterns/credentials.js';

/**
 * Inputs longer than this are redacted in pieces of about CHUNK_TARGET characters. Each replacing
 * pattern copies its whole input, and the more text a piece holds, the more patterns find something
 * in it: in 32K pieces of realistic logs, the copies cost more than the matching (one 10 MB string
 * redacted 12% slower than the same text in 2 KB calls; in 8K pieces it is within 10%). Small
 * pieces also keep those copies out of V8's large-object space (a fresh mapping per copy, slow in
 * sandboxed CI).
 */
export const CHUNK_THRESHOLD = 16 * 1024;
const CHUNK_TARGET = CHUNK_THRESHOLD / 2;

/** How far the expected-field-value pattern looks back for its Locator line (see patterns/contexts.ts). */
const EXPECTED_LOOKBACK_CHARS = 1000;
const TO_HAVE_VALUE = /tohavevalue/i;
const EXPECTED_LINE = /(?:Expected|Received)(?: string| value)?:/;

/** How far after a cut a chain's fill call is looked for. */
const CHAIN_LOOKAHEAD_CHARS = 1000;
const FILL_CALL = /\.(?:fill|type|pressSequentially)\(/;

/**
 * Whether the line at `at` continues a method chain: its first character after the indentation (and
 * after a code frame's `> 14 |` gutter) is a `.` followed by a letter. A hand scanner, bounded by the line.
 */
function continuesChain(text: string, at: number): boolean {
  let i = at;
  const skip = (chars: string) => {
    while (i < text.length && chars.includes(text[i] as string)) i++;
  };
  skip(' \t>');
  skip('0123456789');
  skip(' \t');
  if (text[i] === '|') i++;
  skip(' \t');
  return text[i] === '.' && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** The PEM detector, sticky: it answers for one position and never scans ahead. */
export const PEM_AT = new RegExp(privateKeyPattern.regex.source, 'y');

/**
 * Whether a cut at `cut` (just after a newline) would change what redaction finds, and if so where
 * to look for the next cut. The built-in patterns never match across a newline except PEM blocks;
 * the call-log fill pattern looks at earlier lines (for `type="password"`), the source fill pattern
 * at the chain it ends (`.getByLabel('Password')` on the line above its `.fill(`), and a toHaveValue
 * failure's Expected/Received value at the Locator line above it (gated on `toHaveValue`);
 * everything else is decided within its line.
 */
function nextTry(text: string, from: number, cut: number): number {
  // A block that crosses this cut starts in this piece: no earlier cut split one.
  const pemWindowStart = Math.max(from, cut - PEM_MAX_SPAN);
  const inWindow = text.slice(pemWindowStart, cut).lastIndexOf('-----BEGIN ');
  if (inWindow !== -1) {
    const begin = pemWindowStart + inWindow;
    PEM_AT.lastIndex = begin;
    const block = PEM_AT.exec(text);
    if (block && begin + block[0].length >= cut) return begin + block[0].length;
  }
  const before = text.slice(Math.max(from, cut - FILL_LOG_LOOKBACK_CHARS), cut);
  if (before.includes('type="password"')) {
    const after = text.slice(cut, cut + FILL_LOG_LOOKBACK_CHARS);
    if (after.includes('fill("') || after.includes('type("')) return cut + FILL_LOG_LOOKBACK_CHARS;
  }
  // A Prettier-style chain (`.getByLabel('Password')` on one line, `.fill('...')` on the next) is one
  // call to the fill pattern: never cut before a line that continues a chain toward a fill.
  if (continuesChain(text, cut) && FILL_CALL.test(text.slice(cut, cut + CHAIN_LOOKAHEAD_CHARS))) return cut + 1;
  // A toHaveValue failure's Expected/Received value is judged by the Locator line above it, and the
  // pattern is gated on `toHaveValue`: keep the error's head and its values in one piece.
  const head = text.slice(Math.max(from, cut - EXPECTED_LOOKBACK_CHARS), cut);
  if (TO_HAVE_VALUE.test(head) && EXPECTED_LINE.test(text.slice(cut, cut + EXPECTED_LOOKBACK_CHARS))) return cut + EXPECTED_LOOKBACK_CHARS;
  return 0;
}

/**
 * Cuts `text` after newlines into pieces of about CHUNK_TARGET characters that redact exactly as the whole
 * would (see nextTry). A piece grows past its target while a cut would split a PEM block or
 * separate a password fill from the input it typed into.
 */
export function chunkForRedaction(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (from < text.length) {
    let target = from + CHUNK_TARGET;
    let cut = text.length;
    while (target < text.length) {
      const newline = text.indexOf('\n', target);
      if (newline === -1) break;
      const next = nextTry(text, from, newline + 1);
      if (next === 0) {
        cut = newline + 1;
        break;
      }
      target = next;
    }
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  return pieces;
}
