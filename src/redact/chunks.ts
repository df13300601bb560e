import { FILL_LOG_LOOKBACK_CHARS } from './patterns/assignments.js';
import { PEM_MAX_SPAN, privateKeyPattern } from './patterns/credentials.js';

/**
 * Inputs longer than this are redacted in pieces of about CHUNK_TARGET characters. Each replacing
 * pattern copies its whole input, and the more text a piece holds, the more patterns find something
 * in it: in 32K pieces of realistic logs, the copies cost more than the matching (one 10 MB string
 * redacted about a fifth slower than the same text in 2 KB calls; in 8K pieces, about 5%). Small
 * pieces also keep those copies out of V8's large-object space (a fresh mapping per copy, slow in
 * sandboxed CI).
 */
export const CHUNK_THRESHOLD = 16 * 1024;
const CHUNK_TARGET = CHUNK_THRESHOLD / 2;

/**
 * The patterns that judge a value by the lines above it, and how far they look: the call-log fill
 * (FILL_LOG_LOOKBACK_LINES, the field it waited for, `type="password"`), the source fill (the
 * Prettier chain above its `.fill(`), a step title (`Fill "x"` under the step that named the
 * field), and a toHaveValue failure's Expected/Received value (its Locator line, and the
 * `toHaveValue` its gate needs). None reads more than 4 lines above its own.
 */
const CONTEXT_LINES = 5;
/** A value one of those patterns may take, on a line: a cut less than CONTEXT_LINES above it is refused. */
const CONTEXT_VALUE = /fill\(|type\(|presssequentially\(|(?:fill|type|press sequentially|insert text) "|expected|received/i;

/** The first CONTEXT_LINES lines from `at` (at most FILL_LOG_LOOKBACK_CHARS characters). */
function linesFrom(text: string, at: number): string {
  const window = text.slice(at, at + FILL_LOG_LOOKBACK_CHARS);
  let end = -1;
  for (let i = 0; i < CONTEXT_LINES; i++) {
    end = window.indexOf('\n', end + 1);
    if (end === -1) return window;
  }
  return window.slice(0, end);
}

/** The PEM detector, sticky: it answers for one position and never scans ahead. */
export const PEM_AT = new RegExp(privateKeyPattern.regex.source, 'y');

/**
 * Where the text's `-----BEGIN ` markers are, found once: the cuts tried move forward, one line at a
 * time where values come close together, and a look-back per try would read the same 16K again.
 */
class PemStarts {
  private readonly at: number[] = [];
  private next = 0;
  constructor(text: string) {
    for (let i = text.indexOf('-----BEGIN '); i !== -1; i = text.indexOf('-----BEGIN ', i + 1)) this.at.push(i);
  }
  /** The last marker before `cut` (-1: none); `cut` never goes back between calls. */
  lastBefore(cut: number): number {
    while (this.next < this.at.length && (this.at[this.next] as number) < cut) this.next++;
    return this.next > 0 ? (this.at[this.next - 1] as number) : -1;
  }
}

/**
 * Whether a cut at `cut` (just after a newline) would change what redaction finds, and if so where
 * to look for the next cut. The built-in patterns never match across a newline except PEM blocks,
 * and only the few above CONTEXT_LINES read the lines above a value; everything else is decided
 * within its line. (The AWS secret-key detector is gated on `aws` anywhere in its piece: that
 * reach is the piece, by design.)
 */
function nextTry(text: string, from: number, cut: number, begins: PemStarts): number {
  // A block that crosses this cut starts in this piece: no earlier cut split one.
  const begin = begins.lastBefore(cut);
  if (begin >= Math.max(from, cut - PEM_MAX_SPAN)) {
    PEM_AT.lastIndex = begin;
    const block = PEM_AT.exec(text);
    if (block && begin + block[0].length >= cut) return begin + block[0].length;
  }
  // A value in the lines just below would lose the lines above it that say what it is. Where such
  // values come every few lines (a call log filling a long form) for more than a piece, cut right
  // after one: the next value's context (the field its steps waited for) comes after the last value.
  if (CONTEXT_VALUE.test(linesFrom(text, cut))) {
    const dense = cut - from > CHUNK_TARGET * 2;
    if (!(dense && CONTEXT_VALUE.test(text.slice(text.lastIndexOf('\n', cut - 2) + 1, cut)))) return cut + 1;
  }
  return 0;
}

/**
 * Cuts `text` after newlines into pieces of about CHUNK_TARGET characters that redact exactly as the whole
 * would (see nextTry). A piece grows past its target while a cut would split a PEM block or fall
 * less than CONTEXT_LINES above a value whose pattern reads the lines above it (past twice its
 * target, a cut right after such a value is taken).
 */
export function chunkForRedaction(text: string): string[] {
  const pieces: string[] = [];
  const begins = new PemStarts(text);
  let from = 0;
  while (from < text.length) {
    let target = from + CHUNK_TARGET;
    let cut = text.length;
    while (target < text.length) {
      const newline = text.indexOf('\n', target);
      if (newline === -1) break;
      const next = nextTry(text, from, newline + 1, begins);
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
