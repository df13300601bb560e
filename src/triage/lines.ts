// Line-by-line scanning, the linear stand-in for multiline regexes of the form /^\s*Word.../m. Under
// the m flag `^\s*` restarts at every line and can run over the blank lines below it, which is
// quadratic on a text of many newlines; here every line is looked at once.

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

let memoText: string | undefined;
let memoLines: string[] = [];

/** The lines of `text`, split where `$` ends a line under the m flag. The last split is reused. */
export function splitLines(text: string): string[] {
  if (text !== memoText) {
    memoLines = text.split(LINE_BREAK);
    memoText = text;
  }
  return memoLines;
}

/**
 * The first line that, without its leading whitespace, `re` matches (anchor `re` with ^, no m flag).
 * `hint`, a literal every match contains, skips the line split when the text lacks it (the usual case).
 */
export function matchLine(text: string, re: RegExp, hint?: string): RegExpExecArray | undefined {
  if (hint !== undefined && !text.includes(hint)) return undefined;
  for (const line of splitLines(text)) {
    const m = re.exec(line.trimStart());
    if (m) return m;
  }
  return undefined;
}

/** Whether some line starts with `prefix` after its leading whitespace. */
export function someLineStartsWith(text: string, prefix: string, ignoreCase = false): boolean {
  const want = ignoreCase ? prefix.toLowerCase() : prefix;
  if (!ignoreCase && !text.includes(prefix)) return false;
  return splitLines(text).some((line) => {
    const head = line.trimStart().slice(0, want.length);
    return (ignoreCase ? head.toLowerCase() : head) === want;
  });
}

/** Each line of `text` with the offset where it starts (the same breaks as {@link splitLines}). */
export function* linesAt(text: string): Generator<{ line: string; at: number }> {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== -1 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    yield { line: text.slice(start, i), at: start };
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
}

export interface FenceOptions {
  /** The opening fence must start a line. */
  lineStart?: boolean;
  /** Accept `\r\n` after the fence and before the closing one. */
  crlf?: boolean;
  /** A longer body does not count (the search goes on at the next opening fence). */
  maxBody?: number;
}

/**
 * The body of the first block opened by `open` (say "```yaml") and closed by the next "\n```": the hand
 * form of /```yaml\r?\n([\s\S]*?)\r?\n```/, linear where the regex retried at every opening fence.
 */
export function fencedBlock(text: string, open: string, opts: FenceOptions = {}): string | undefined {
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
    if (opts.lineStart && at > 0 && text[at - 1] !== '\n') continue;
    let start = at + open.length;
    if (opts.crlf && text[start] === '\r') start++;
    if (text[start] !== '\n') continue;
    start++;
    const close = text.indexOf('\n```', start);
    if (close < 0) return undefined;
    const body = text.slice(start, opts.crlf && text[close - 1] === '\r' && close > start ? close - 1 : close);
    if (opts.maxBody === undefined || body.length <= opts.maxBody) return body;
    at = close; // an opening fence inside the too-long body would end at the same close: skip them
  }
  return undefined;
}
