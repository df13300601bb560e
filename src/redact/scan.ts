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
 * - `ipv6`: a whole run of `[A-Za-z0-9:.]` of at most 50 characters holding `::` or six colons (an
 *   accepted IPv6 match is exactly such a run: its look-around refuses a longer one; and a valid IPv6
 *   address is compressed, or has eight groups, or six and an IPv4 tail).
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
 * lower case), plus the shape counters: one table step and one packed counter word per character,
 * read from one row of the byte table (counter mask, counter add and automaton column side by side).
 * The loop is kept free of data-dependent branches (letters, spaces and digits alternate at random
 * in real text, and a mispredicted branch costs more than the table step): the counters are reset
 * by masks, a counter's threshold sets a flag bit that one test reads for all of them, and states
 * are numbered so that those where a keyword ends come last (one compare tells them).
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
  /** Per UTF-8 byte: its column; 0 for the bytes of non-ASCII characters. */
  private readonly column = new Uint16Array(256);
  /** Per UTF-8 byte c: SHAPES' mask and add at [4c] and [4c + 1], its column at [4c + 2]. */
  private readonly byteTable: Int32Array;
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
    SCAN_CLASSES.forEach((c, i) => this.classIds.set(c, literals.length + i));
    this.triggerCount = literals.length + SCAN_CLASSES.length;
    this.byteTable = Int32Array.from(SHAPES);
    for (let c = 0; c < 256; c++) this.byteTable[4 * c + 2] = this.column[c] as number;
    const byLength = [...literals].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.regex = byLength.length ? new RegExp(byLength.map(escapeLiteral).join('|'), 'gi') : undefined;
  }

  /** One pass over `text`: line starts, and the lines of every literal (case-insensitive) and shape trigger. */
  scan(text: string): Scan {
    const hits: (number[] | undefined)[] = new Array<number[] | undefined>(this.triggerCount);
    // A typed array grown by doubling: a million pushes onto a plain array cost more than the scan.
    let lineStarts = new Int32Array(64);
    const { delta, outStart, outIds, byteTable, width, firstOut } = this;
    const base = this.triggerCount - SCAN_CLASSES.length;
    // Per trigger, the last line it was recorded on, plus one (0: none yet).
    const last = lastLines.length >= this.triggerCount ? lastLines.fill(0) : (lastLines = new Int32Array(this.triggerCount));
    const bytes = utf8Of(text);
    const n = bytes.length;
    let line = 0;
    let state = 0;
    // The shape counters, packed (see SHAPES): one mask and one add per character.
    let a = START;
    // Offset in `text` = offset in `bytes` - skew: each continuation byte adds one, a 4-byte
    // sequence (a surrogate pair in `text`) takes one back.
    let skew = 0;
    // Lines are recorded once per trigger: `hits[id]` ends with the current line when already marked.
    for (let i = 0; i < n; i++) {
      const c = bytes[i] as number;
      if (c >= 0x80) {
        if ((c & 0xc0) === 0x80) skew++;
        else if (c >= 0xf0) skew--;
      }
      const t = c << 2;
      // `| 0`: the base64 field's flag is the sign bit.
      a = ((a & (byteTable[t] as number)) + (byteTable[t + 1] as number)) | 0;
      // Rare: a counter reached its threshold. Its line is recorded and the field silenced (set to 0,
      // below its start): the run needs 2^(width-1) more steps to flag it again, and a newline or
      // any other reset puts the start back.
      if ((a & FLAGS) !== 0) {
        if ((a & PHONE_FLAG) !== 0) {
          record(hits, base, line);
          a &= ~PHONE_MASK;
        }
        if ((a & ID_FLAG) !== 0) {
          record(hits, base + 1, line);
          a &= ~ID_MASK;
        }
        if ((a & DOTS_FLAG) !== 0) {
          record(hits, base + 2, line);
          a &= ~DOTS_MASK;
        }
        if ((a & COLONS_FLAG) !== 0) {
          if (ipv6RunAt(bytes, i)) record(hits, base + 3, line);
          a &= ~COLONS_MASK;
        }
        if ((a & HEX_FLAG) !== 0) {
          record(hits, base + 4, line);
          a &= ~HEX_MASK;
        }
        if ((a & B64_FLAG) !== 0) {
          record(hits, base + 5, line);
          a &= ~B64_MASK;
        }
      }
      // No keyword holds a newline or a column-0 character: they take the automaton back to its root.
      state = delta[state + (byteTable[t + 2] as number)] as number;
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
    return { lineStarts: lineStarts.subarray(0, line + 1), hits };
  }
}

/**
 * The shape counters, packed into one 32-bit word so that one mask and one add update them all.
 * Each counter is a bit field that starts at 2^(w-1) - threshold: the field's top bit (its flag) is
 * set exactly when the counter reaches its threshold. A character either adds to a counter (a digit
 * to the digit counts), keeps it (a separator), or resets it (its mask clears the field and its add
 * puts the start value back). A flagged field is silenced to 0 in the rare path, so no field ever
 * carries into the next (a phone run of 24 digits would otherwise add one to the id count beside it),
 * and a long run takes the rare path once per 2^(w-1) characters, not on each.
 */
interface Field {
  shift: number;
  width: number;
  threshold: number;
  /** Per class bits of a character: 1 adds one, 0 keeps, -1 resets. */
  step: (bits: number) => 1 | 0 | -1;
}
const FIELDS: readonly Field[] = [
  // phone-digits: 8 digits in a run of digits and ` .-()+`.
  { shift: 0, width: 5, threshold: 8, step: (bits) => ((bits & DIGIT) !== 0 ? 1 : (bits & PHONE_SEPARATOR) !== 0 ? 0 : -1) },
  // id-digits: 9 digits in a run of digits, spaces and dashes.
  { shift: 5, width: 5, threshold: 9, step: (bits) => ((bits & DIGIT) !== 0 ? 1 : (bits & ID_SEPARATOR) !== 0 ? 0 : -1) },
  // ipv4: three dots in a run of digits and dots.
  { shift: 10, width: 4, threshold: 3, step: (bits) => ((bits & DOT) !== 0 ? 1 : (bits & DIGIT) !== 0 ? 0 : -1) },
  // ipv6: two colons in a run of address characters (the run's length is checked when it flags).
  { shift: 14, width: 4, threshold: 2, step: (bits) => ((bits & COLON) !== 0 ? 1 : (bits & ADDRESS) !== 0 ? 0 : -1) },
  // hex32: 32 lower-case hex digits in a run.
  { shift: 18, width: 7, threshold: 32, step: (bits) => ((bits & LOWER_HEX) !== 0 ? 1 : -1) },
  // base64-40: 40 base64 characters in a run (its flag is bit 31, the sign).
  { shift: 25, width: 7, threshold: 40, step: (bits) => ((bits & BASE64) !== 0 ? 1 : -1) },
];
const maskOf = (f: Field) => ((1 << f.width) - 1) << f.shift;
const flagOf = (f: Field) => 1 << (f.shift + f.width - 1);
const startOf = (f: Field) => ((1 << (f.width - 1)) - f.threshold) << f.shift;
const [PHONE, ID, DOTS, COLONS, HEX, B64] = FIELDS as [Field, Field, Field, Field, Field, Field];
const PHONE_MASK = maskOf(PHONE);
const PHONE_FLAG = flagOf(PHONE);
const ID_MASK = maskOf(ID);
const ID_FLAG = flagOf(ID);
const DOTS_MASK = maskOf(DOTS);
const DOTS_FLAG = flagOf(DOTS);
const COLONS_MASK = maskOf(COLONS);
const COLONS_FLAG = flagOf(COLONS);
const HEX_MASK = maskOf(HEX);
const HEX_FLAG = flagOf(HEX);
const B64_MASK = maskOf(B64);
const B64_FLAG = flagOf(B64);
const FLAGS = PHONE_FLAG | ID_FLAG | DOTS_FLAG | COLONS_FLAG | HEX_FLAG | B64_FLAG;
const START = FIELDS.reduce((w, f) => w | startOf(f), 0);
/** Per byte: 1 when it is an address character (`[A-Za-z0-9:.]`). */
const IS_ADDRESS = Uint8Array.from({ length: 256 }, (_, c) => (c < ASCII && (classBits(c) & ADDRESS) !== 0 ? 1 : 0));

/** Colons an IPv6 address without `::` holds at least (six groups and an IPv4 tail; eight groups hold seven). */
const IPV6_MIN_COLONS = 6;
const COLON_BYTE = 0x3a;

/**
 * Whether the run of address characters around `bytes[at]` can be an IPv6 address: at most
 * IPV6_MAX_RUN long, and holding `::` or IPV6_MIN_COLONS colons (a time such as `12:34:56` holds
 * neither). It reads at most IPV6_MAX_RUN + 1 bytes; the scan asks at the second colon of a run and
 * every eighth after.
 */
function ipv6RunAt(bytes: Uint8Array, at: number): boolean {
  let start = at;
  while (start > 0 && IS_ADDRESS[bytes[start - 1] as number] === 1) {
    if (at - --start >= IPV6_MAX_RUN) return false;
  }
  let end = at + 1;
  while (end < bytes.length && IS_ADDRESS[bytes[end] as number] === 1) {
    if (++end - start > IPV6_MAX_RUN) return false;
  }
  let colons = 0;
  for (let i = start; i < end; i++) {
    if (bytes[i] !== COLON_BYTE) continue;
    if (bytes[i + 1] === COLON_BYTE || ++colons >= IPV6_MIN_COLONS) return true;
  }
  return false;
}

/** Per byte c: SHAPES[4c] and [4c + 1] are the counter word's mask and add (the scanner puts its column at [4c + 2]). */
const SHAPES = (() => {
  const table = new Int32Array(4 * 256);
  const word = (bits: number): [number, number] => {
    let mask = -1;
    let add = 0;
    for (const f of FIELDS) {
      const step = f.step(bits);
      if (step === 1) add += 1 << f.shift;
      else if (step === -1) {
        mask &= ~maskOf(f);
        add += startOf(f);
      }
    }
    return [mask, add];
  };
  for (let c = 0; c < 256; c++) {
    // Non-ASCII bytes have no class: every counter resets.
    const bits = c < ASCII ? classBits(c) : 0;
    // The Int32Array store wraps the sum of the fields' starts into the word's 32 bits.
    [table[4 * c], table[4 * c + 1]] = word(bits);
  }
  return table;
})();

let lastLines = new Int32Array(0);
const encoder = new TextEncoder();
/** Reused between scans; inputs of a few MB are scanned in 8K pieces (chunks.ts), so it stays small. */
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
