// Text helpers shared by triage, fingerprints and the failure formatter. Every scan here is linear in
// the text: single-line regexes on split lines, or bounded hand scans (see test/regex-safety).
import { splitLines } from './lines.js';

// CSI / OSC escape sequences (what Playwright's colours and hyperlinks use), read by hand below: the
// hand form of /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,2048}(?:\u0007|\u001b\\)|\u009b[0-9;?]{0,32}[@-~]/g.
// Each part's character sets are disjoint, so the regex never backtracked: a forward scan is the same.
const isParam = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x3b || c === 0x3f;

/** Length of the escape sequence starting at `at` (0 when none starts there). */
function escapeLength(text: string, at: number): number {
  const c0 = text.charCodeAt(at);
  let i = at + 1;
  if (c0 === 0x1b && text.charCodeAt(i) === 0x5b) {
    // ESC [ params{0,32} intermediates{0,4} final
    i++;
    const p0 = i;
    while (i < text.length && i - p0 < 32 && isParam(text.charCodeAt(i))) i++;
    const m0 = i;
    while (i < text.length && i - m0 < 4 && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f) i++;
    const f = text.charCodeAt(i);
    return f >= 0x40 && f <= 0x7e ? i + 1 - at : 0;
  }
  if (c0 === 0x1b && text.charCodeAt(i) === 0x5d) {
    // ESC ] body{0,2048} (BEL | ESC \)
    i++;
    const b0 = i;
    while (i < text.length && i - b0 < 2048) {
      const c = text.charCodeAt(i);
      if (c === 0x07 || c === 0x1b) break;
      i++;
    }
    if (text.charCodeAt(i) === 0x07) return i + 1 - at;
    return text.charCodeAt(i) === 0x1b && text.charCodeAt(i + 1) === 0x5c ? i + 2 - at : 0;
  }
  if (c0 === 0x9b) {
    const p0 = i;
    while (i < text.length && i - p0 < 32 && isParam(text.charCodeAt(i))) i++;
    const f = text.charCodeAt(i);
    return f >= 0x40 && f <= 0x7e ? i + 1 - at : 0;
  }
  return 0;
}

/** The next ESC or CSI character at or after `from` (-1 when none). */
function nextEscape(text: string, from: number, csi: boolean): number {
  const e = text.indexOf('\u001b', from);
  if (!csi) return e;
  const c = text.indexOf('\u009b', from);
  return e < 0 ? c : c < 0 ? e : Math.min(e, c);
}

/**
 * True when every escape sequence of `raw` is read the same whatever text follows it: no OSC sequence
 * (one reads up to 2,048 characters on), and every ESC or CSI character in the last `reach` characters
 * starts a sequence that ends inside `raw` (one left open there would read on into what follows).
 * Earlier ones read at most `reach` characters, all inside. Then stripAnsi(raw + more) is
 * stripAnsi(raw) + stripAnsi(more).
 */
export function escapesEndWithin(raw: string, reach: number): boolean {
  if (raw.includes('\u001b]')) return false;
  const csi = raw.includes('\u009b');
  for (let at = nextEscape(raw, Math.max(0, raw.length - reach), csi); at >= 0; at = nextEscape(raw, at + 1, csi)) {
    if (escapeLength(raw, at) === 0) return false;
  }
  return true;
}

/** What a scan of a text's escapes saw (see {@link stripAnsiNoting}). */
export interface EscapeNote {
  /** The text holds an OSC sequence's start (`ESC ]`), complete or not. */
  osc: boolean;
  /** escapesEndWithin(text, reach) holds. */
  closed: boolean;
}

/** Removes ANSI colour and control sequences. */
export function stripAnsi(text: string): string {
  return strip(text, 0, undefined);
}

/**
 * stripAnsi, noting what {@link escapesEndWithin}(text, reach) and `text.includes('\u001b]')` would say
 * from the same scan (each of those reads the whole text again). The scan visits every ESC and CSI
 * character that no sequence it removed holds: a CSI sequence's body holds neither, and an OSC sequence's
 * only ESC is its end's (`ESC \`), never followed by `]`, so every `ESC ]` and every character that
 * starts no sequence is visited.
 */
export function stripAnsiNoting(text: string, reach: number, note: EscapeNote): string {
  return strip(text, reach, note);
}

function strip(text: string, reach: number, note: EscapeNote | undefined): string {
  if (note) {
    note.osc = false;
    note.closed = true;
  }
  let at = text.indexOf('\u001b');
  const csi = text.includes('\u009b');
  if (at < 0 && !csi) return text;
  if (csi) at = nextEscape(text, 0, true);
  const tail = text.length - reach;
  let out = '';
  let kept = 0;
  while (at >= 0) {
    const n = escapeLength(text, at);
    if (note) {
      if (text.charCodeAt(at) === 0x1b && text.charCodeAt(at + 1) === 0x5d) note.osc = true;
      if (note.osc || (n === 0 && at >= tail)) note.closed = false;
    }
    if (n > 0) {
      out += text.slice(kept, at);
      kept = at + n;
      at = nextEscape(text, kept, csi);
    } else {
      at = nextEscape(text, at + 1, csi);
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** What \s matches in a JavaScript regex, which is also what `trim` drops (line breaks included). */
export const isRegexSpace = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
const isSpace = (c: string | undefined) => c !== undefined && c.trim() === '';

/** The first line break at or after `from` (text.length when none). */
function nextBreak(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** The first `)` at or after `from` (with `spaceAfter`: followed by whitespace or the end); text.length when none. */
function nextClose(text: string, from: number, spaceAfter: boolean): number {
  for (let p = text.indexOf(')', from); p >= 0; p = text.indexOf(')', p + 1)) {
    if (!spaceAfter || p + 1 >= text.length || isSpace(text[p + 1])) return p;
  }
  return text.length;
}

/**
 * The first call `head(...)` right after a `marker`: up to the first `)` 1..400 characters after the `(`,
 * on the same line (with `spaceAfter`, followed by whitespace or the line's end): the hand form of
 * /marker((head\(.{1,400}?\))(?:\s|$)/m. Markers are visited in order and the `)` and line-break
 * searches only ever move forward, so a text full of markers is still read once.
 */
function callAfter(text: string, marker: string, head: RegExp, spaceAfter: boolean): string | undefined {
  let close = -1;
  let brk = -1;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const from = at + marker.length;
    head.lastIndex = from;
    const h = head.exec(text);
    if (!h) continue;
    const open = from + h[0].length; // just after '('
    if (close < open + 1) close = nextClose(text, open + 1, spaceAfter);
    if (brk < open) brk = nextBreak(text, open);
    if (close < text.length && close <= open + 400 && close < brk) return text.slice(from, close + 1);
  }
  return undefined;
}

const WAITING_HEAD = /(?:getBy\w{2,20}|locator|frameLocator)\(/y;
const OLDER_HEAD = /(?:expect\()?(?:getBy\w{2,20}|locator)\(/y;
const RESOLVED_COUNT = /\d+ elements/y;
const RESOLVED = ' resolved to ';

/** The first ` resolved to N elements` at or after `from` (text.length when none). */
function nextResolved(text: string, from: number): number {
  for (let p = text.indexOf(RESOLVED, from); p >= 0; p = text.indexOf(RESOLVED, p + 1)) {
    RESOLVED_COUNT.lastIndex = p + RESOLVED.length;
    if (RESOLVED_COUNT.test(text)) return p;
  }
  return text.length;
}

/** `strict mode violation: X resolved to N elements`: X (1..400 characters, on one line); forward-only searches as above. */
function strictSubject(text: string): string | undefined {
  const marker = 'strict mode violation: ';
  let res = -1;
  let brk = -1;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const from = at + marker.length;
    if (res < from + 1) res = nextResolved(text, from + 1);
    if (brk < from) brk = nextBreak(text, from);
    if (res < text.length && res <= from + 400 && res < brk) return text.slice(from, res);
  }
  return undefined;
}

/** The locator an error talks about: `Locator: getByRole(...)`, `waiting for locator('x')`, strict-mode lines. */
export function extractLocator(text: string): string | undefined {
  for (const line of text.includes('Locator:') ? splitLines(text) : []) {
    const t = line.trimStart();
    if (!t.startsWith('Locator:')) continue;
    const rest = t.slice('Locator:'.length);
    if (rest.trim() && rest.trimStart().length <= 400) return rest.trim();
  }
  const waiting = callAfter(text, 'waiting for ', WAITING_HEAD, true);
  if (waiting) return waiting.trim();
  const strict = strictSubject(text);
  if (strict) return strict.trim();
  const older = callAfter(text, 'waiting for ', OLDER_HEAD, false);
  return older?.replace(/^expect\(/, '').trim();
}

const STATUS_WORD = /status|server response/i;

/** HTTP statuses quoted in call logs (`← 500 Internal Server Error`) and toBeOK messages. */
export function extractHttpStatuses(text: string): number[] {
  const out: number[] = [];
  // Every match has an arrow, the word "status" or "server response": most messages have none of them.
  if (!text.includes('←') && !text.includes('<-') && !STATUS_WORD.test(text)) return out;
  // `Unexpected server response: 404` is the WebSocket client's (ws) wording of an HTTP answer to its upgrade.
  const re = /(?:←|<-)\s{0,4}(\d{3})\b|Response status:\s{0,4}(\d{3})\b|status(?: code)?[=: ]{1,3}(\d{3})\b|unexpected server response:\s{0,4}(\d{3})\b/gi;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (n >= 100 && n <= 599) out.push(n);
  }
  return out;
}

/** URLs requested in call logs (`→ GET http://...`). */
export function extractRequests(text: string): { method: string; url: string }[] {
  const out: { method: string; url: string }[] = [];
  for (const m of text.matchAll(/(?:→|->)\s{0,4}([A-Z]{3,7})\s{1,4}(\S{1,2048})/g)) {
    if (m[1] && m[2]) out.push({ method: m[1], url: m[2] });
  }
  return out;
}

/** An expected or received value without the quotes around it (`"Save"` -> `Save`). */
export const unquote = (v: string) => v.replace(/^\s*["'`]|["'`]\s*$/g, '').trim();

/** `Expected: x` / `Received: y` (and the `- Expected / + Received` diff form) when the error has them. */
export function extractExpectedReceived(text: string): { expected?: string; received?: string } {
  const expected = printedSide(text, EXPECTED_LINE, 'Expected');
  const received = printedSide(text, RECEIVED_LINE, 'Received');
  if (expected !== undefined || received !== undefined) return { expected, received };
  if (/^- Expected\b/m.test(text) && /^\+ Received\b/m.test(text)) return { expected: '(diff)', received: '(diff)' };
  return {};
}

const EXPECTED_LINE = /^Expected(?: [a-z]{1,12}){0,2}:/;
const RECEIVED_LINE = /^Received(?: [a-z]{1,12}){0,2}:/;

/**
 * The value printed after `Expected:` on the first line that has one (at most 8 + 400 characters on).
 * Only lines that begin with `word` after their leading whitespace can match, so each occurrence of the
 * word is looked at (forward only), not every line.
 */
function printedSide(text: string, label: RegExp, word: string): string | undefined {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!startsLine(text, at)) continue;
    const t = text.slice(at, nextBreak(text, at));
    const m = label.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length);
    const pad = Math.min(8, rest.length - rest.trimStart().length);
    if (rest.length - pad <= 400) return rest.trim();
  }
  return undefined;
}

/** Whether only whitespace (what `trimStart` drops) stands between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return true;
    if (!isRegexSpace(c)) return false;
  }
  return true;
}

/** `expect(...).not.toBe(` / `expect.soft(...).toHaveText(`: [1] is `not.` when negated, [2] the matcher. */
export const EXPECT_CALL = /expect(?:\.soft|\.poll)?\([^)\n]{0,40}\)\.(not\.)?(to[A-Z]\w{1,40})\(/;

/** The matcher name in `expect(...).toHaveText() failed` or `expect(received).toBe(expected)`. */
export function extractMatcher(text: string): string | undefined {
  return EXPECT_CALL.exec(text)?.[2];
}
