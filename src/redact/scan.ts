import type { RedactionPattern, ScanClass } from './types.js';

/**
 * The keyword prefilter (as gitleaks does it), in one pass over the text: which of the patterns'
 * lower-case literals occur, on which lines, and which lines hold the character shapes that the
 * keyword-less detectors need (digits for cards and phones, `d.d.d.d`, a short run with colons for
 * IPv6, long hex and base64 runs). A pattern whose literals are all absent never runs; a pattern
 * that declares a `window` runs only over the lines holding one of its triggers, so most text never
 * meets most regexes. Literals starting with `[redacted_` name placeholders that an earlier pattern
 * put in: those are looked up in the current text instead (see gate.ts).
 */

export const PLACEHOLDER_PREFIX = '[redacted_';

const SPECIAL = '\\^$.*+?()[]{}|/-';

/** `literal` escaped for use in a regex. */
export function escapeLiteral(literal: string): string {
  let out = '';
  for (const ch of literal) out += SPECIAL.includes(ch) ? '\\' + ch : ch;
  return out;
}

// Character classes of the shape triggers, as bits (ASCII only: every other character has none).
const DIGIT = 1;
const LOWER_HEX = 2;
const BASE64 = 4;
const ADDRESS = 8;
const ID_SEPARATOR = 16;
const PHONE_SEPARATOR = 32;
const DOT = 64;
const COLON = 128;
function classBits(c: number): number {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (ch >= '0' && ch <= '9') bits |= DIGIT | LOWER_HEX | BASE64 | ADDRESS;
  if (ch >= 'a' && ch <= 'f') bits |= LOWER_HEX;
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) bits |= BASE64 | ADDRESS;
  if (ch === '+' || ch === '/') bits |= BASE64;
  if (ch === ':' || ch === '.') bits |= ADDRESS;
  if (ch === ' ' || ch === '-') bits |= ID_SEPARATOR;
  if (' .-()+'.includes(ch)) bits |= PHONE_SEPARATOR;
  if (ch === '.') bits |= DOT;
  if (ch === ':') bits |= COLON;
  return bits;
}

/**
 * The shape triggers. Each is a necessary condition, on one line, for its detector to accept a
 * match there (the detectors never match across a newline):
 * - `phone-digits`: 8 digits in a run of digits and ` .-()+` (E.164 and international numbers
 *   need 8, US ones 10).
 * - `id-digits`: 9 digits in a run of digits, spaces and dashes (US SSNs; cards need 13).
 * - `ipv4`: a run of digits and dots holding three dots.
 * - `ipv6`: a whole run of `[A-Za-z0-9:.]` of at most 50 characters with two colons or more (an
 *   accepted IPv6 match is exactly such a run: its look-around refuses a longer one).
 * - `hex32`: a run of 32 lower-case hex digits (Twilio SIDs).
 * - `base64-40`: a run of 40 base64 characters (AWS secret access keys).
 */
export const SCAN_CLASSES: readonly ScanClass[] = ['phone-digits', 'id-digits', 'ipv4', 'ipv6', 'hex32', 'base64-40'];
const IPV6_MAX_RUN = 50;
/** Keywords are ASCII; the automaton has a column per character they use (case folded), column 0 for any other. */
const ASCII = 128;

/** What one scan found: where lines start and, per trigger id, the lines it occurs on. */
export interface Scan {
  /** Start offset of each line (line i ends before lineStarts[i + 1] - 1, its `\n`). */
  lineStarts: Int32Array;
  /** Per trigger id (keyword ids, then SCAN_CLASSES), the ascending lines it occurs on; undefined when absent. */
  hits: (number[] | undefined)[];
}

/**
 * An Aho-Corasick automaton over the keywords, as a full transition table (upper case folded into
 * lower case), plus the shape counters: one table step and a few counters per character. The loop
 * is kept free of data-dependent branches (letters, spaces and digits alternate at random in real
 * text, and a mispredicted branch costs more than the table step): counters are reset by masks,
 * and states are numbered so that those where a keyword ends come last (one compare tells them).
 */
export class TextScanner {
  /**
   * The same literals as one regex alternation: not used to scan (the automaton is several times
   * faster) but kept so the regex inventory can show what the prefilter looks for.
   */
  readonly regex: RegExp | undefined;
  /** Trigger id of each literal (placeholder literals are not scanned for). */
  readonly ids = new Map<string, number>();
  readonly classIds = new Map<ScanClass, number>();
  readonly triggerCount: number;
  /** Next state, premultiplied by the width: delta[state + column[char]], with state = index * width. */
  private readonly delta: Int32Array;
  /** Per UTF-8 byte: its column (low byte) and its class bits (high byte); 0 for the bytes of non-ASCII characters. */
  private readonly column = new Uint16Array(256);
  private readonly width: number;
  /** The first premultiplied state where a keyword ends: all states from it on have outputs. */
  private readonly firstOut: number;
  /** Keyword ids ending in state index s: outIds[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;

  constructor(patterns: readonly RedactionPattern[]) {
    const all = new Set<string>();
    for (const p of patterns) {
      for (const l of [...(p.literals ?? []), ...(typeof p.window === 'object' ? (p.window.keywords ?? []) : [])]) {
        if (!l.startsWith(PLACEHOLDER_PREFIX)) all.add(l);
      }
    }
    const literals = [...all].sort();
    let width = 1;
    for (const l of literals) {
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (c >= ASCII) throw new Error(`keyword ${JSON.stringify(l)}: needs ASCII characters`);
        if (this.column[c] === 0) this.column[c] = width++;
      }
    }
    for (let c = 0x41; c <= 0x5a; c++) this.column[c] = this.column[c | 0x20] as number;
    this.width = width;
    // The trie: children per state, then failure links breadth-first into a full table.
    const children: number[][] = [[]];
    const ends: number[][] = [[]];
    literals.forEach((l, id) => {
      if (l.length === 0 || l !== l.toLowerCase() || l.includes('\n')) throw new Error(`keyword ${JSON.stringify(l)}: needs lower-case characters and no newline`);
      this.ids.set(l, id);
      let s = 0;
      for (let i = 0; i < l.length; i++) {
        const c = this.column[l.charCodeAt(i)] as number;
        const node = children[s] as number[];
        if (node[c] === undefined) {
          node[c] = children.length;
          children.push([]);
          ends.push([]);
        }
        s = node[c] as number;
      }
      (ends[s] as number[]).push(id);
    });
    const states = children.length;
    if (states > 0xffff || width > 0xff) throw new Error('too many keyword characters for the prefilter');
    const delta = new Uint16Array(states * width);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < width; c++) {
      const child = (children[0] as number[])[c];
      if (child !== undefined) {
        delta[c] = child;
        queue.push(child);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      (ends[s] as number[]).push(...(ends[fail[s] as number] as number[]));
      for (let c = 0; c < width; c++) {
        const child = (children[s] as number[])[c];
        if (child !== undefined) {
          fail[child] = delta[(fail[s] as number) * width + c] as number;
          delta[s * width + c] = child;
          queue.push(child);
        } else delta[s * width + c] = delta[(fail[s] as number) * width + c] as number;
      }
    }
    // Renumber: states without outputs first (the root stays 0), then those with outputs.
    const order: number[] = [];
    for (let st = 0; st < states; st++) if ((ends[st] as number[]).length === 0) order.push(st);
    const firstOut = order.length;
    for (let st = 0; st < states; st++) if ((ends[st] as number[]).length !== 0) order.push(st);
    const index = new Int32Array(states);
    order.forEach((st, i) => (index[st] = i));
    this.delta = new Int32Array(states * width);
    for (let i = 0; i < states; i++) {
      const st = order[i] as number;
      for (let c = 0; c < width; c++) this.delta[i * width + c] = (index[delta[st * width + c] as number] as number) * width;
    }
    this.firstOut = firstOut * width;
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let i = 0; i < states; i++) {
      this.outStart[i] = flat.length;
      flat.push(...(ends[order[i] as number] as number[]));
    }
    this.outStart[states] = flat.length;
    this.outIds = Int32Array.from(flat);
    for (let c = 0; c < ASCII; c++) this.column[c] = (this.column[c] as number) | (classBits(c) << 8);
    SCAN_CLASSES.forEach((c, i) => this.classIds.set(c, literals.length + i));
    this.triggerCount = literals.length + SCAN_CLASSES.length;
    const byLength = [...literals].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.regex = byLength.length ? new RegExp(byLength.map(escapeLiteral).join('|'), 'gi') : undefined;
  }

  /** One pass over `text`: line starts, and the lines of every literal (case-insensitive) and shape trigger. */
  scan(text: string): Scan {
    const hits: (number[] | undefined)[] = new Array<number[] | undefined>(this.triggerCount);
    // A typed array grown by doubling: a million pushes onto a plain array cost more than the scan.
    let lineStarts = new Int32Array(64);
    const { delta, outStart, outIds, column, width, firstOut } = this;
    const base = this.triggerCount - SCAN_CLASSES.length;
    // Per trigger, the last line it was recorded on, plus one (0: none yet).
    const last = lastLines.length >= this.triggerCount ? lastLines.fill(0) : (lastLines = new Int32Array(this.triggerCount));
    const bytes = utf8Of(text);
    const n = bytes.length;
    let line = 0;
    let state = 0;
    let idDigits = 0;
    let phoneDigits = 0;
    let dots = 0;
    let hexRun = 0;
    let b64Run = 0;
    let addrRun = 0;
    let addrColons = 0;
    // Offset in `text` = offset in `bytes` - skew: each continuation byte adds one, a 4-byte
    // sequence (a surrogate pair in `text`) takes one back.
    let skew = 0;
    // Lines are recorded once per trigger: `hits[id]` ends with the current line when already marked.
    // Each counter is reset by a mask (-1 keeps it, 0 resets it) and records when it reaches its
    // threshold by an increment; the newline (no class) resets them all.
    for (let i = 0; i < n; i++) {
      const c = bytes[i] as number;
      if (c >= 0x80) {
        if ((c & 0xc0) === 0x80) skew++;
        else if (c >= 0xf0) skew--;
      }
      const entry = column[c] as number;
      const bits = entry >> 8;
      const digit = bits & DIGIT;
      const address = (bits >> 3) & 1;
      // The run of address characters ends here: was it an IPv6 shape?
      if (addrColons >= 2 && address === 0 && addrRun <= IPV6_MAX_RUN) record(hits, base + 3, line);
      addrRun = (addrRun + 1) & -address;
      addrColons = (addrColons + (bits >> 7)) & -address;
      idDigits = (idDigits + digit) & -((digit | (bits >> 4)) & 1);
      if (idDigits === 9 && digit !== 0) record(hits, base + 1, line);
      phoneDigits = (phoneDigits + digit) & -((digit | (bits >> 5)) & 1);
      if (phoneDigits === 8 && digit !== 0) record(hits, base, line);
      const dot = (bits >> 6) & 1;
      dots = (dots + dot) & -((digit | dot) & 1);
      if (dots === 3 && dot !== 0) record(hits, base + 2, line);
      b64Run = (b64Run + 1) & -((bits >> 2) & 1);
      if (b64Run === 40) record(hits, base + 5, line);
      hexRun = (hexRun + 1) & -((bits >> 1) & 1);
      if (hexRun === 32) record(hits, base + 4, line);
      // No keyword holds a newline or a column-0 character: they take the automaton back to its root.
      state = delta[state + (entry & 0xff)] as number;
      if (state >= firstOut) {
        const s = (state / width) | 0;
        const to = outStart[s + 1] as number;
        for (let k = outStart[s] as number; k < to; k++) {
          const id = outIds[k] as number;
          if (last[id] !== line + 1) {
            last[id] = line + 1;
            const at = hits[id];
            if (at === undefined) hits[id] = [line];
            else at.push(line);
          }
        }
      }
      if (c === 10) {
        if (++line === lineStarts.length) {
          const grown = new Int32Array(line * 2);
          grown.set(lineStarts);
          lineStarts = grown;
        }
        lineStarts[line] = i + 1 - skew;
      }
    }
    if (addrColons >= 2 && addrRun <= IPV6_MAX_RUN) record(hits, base + 3, line);
    return { lineStarts: lineStarts.subarray(0, line + 1), hits };
  }
}

let lastLines = new Int32Array(0);
const encoder = new TextEncoder();
/** Reused between scans; inputs of a few MB are scanned in 32K pieces (chunks.ts), so it stays small. */
let scratch = new Uint8Array(3 * 64 * 1024);
const SCRATCH_KEPT = 3 * 1024 * 1024;

/**
 * `text` as UTF-8, in a reused buffer: the scan then reads one kind of array, where `charCodeAt`
 * slows down on inputs that mix one-byte, two-byte, sliced and concatenated strings (as a
 * caller's messages do). Non-ASCII characters only ever end a run or a keyword, in any encoding.
 */
function utf8Of(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit.
  const size = 3 * text.length;
  let into = scratch;
  if (into.length < size) {
    into = new Uint8Array(size);
    if (size <= SCRATCH_KEPT) scratch = into;
  }
  return into.subarray(0, encoder.encodeInto(text, into).written);
}

function record(hits: (number[] | undefined)[], id: number, line: number): void {
  const at = hits[id];
  if (at === undefined) hits[id] = [line];
  else if (at[at.length - 1] !== line) at.push(line);
}
