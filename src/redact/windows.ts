// Line windows for the prefilter: which stretches of the text a windowed pattern scans, and keeping
// the scan's line starts true while patterns replace text (replacements change lengths, not lines).

/** Lines closer than this many characters are scanned as one window: one regex call instead of two. */
const MERGE_GAP = 16;

/** Where line `line` ends (before its `\n`, or at the end of the text). */
function lineEnd(lineStarts: Int32Array, line: number, length: number): number {
  return line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) - 1 : length;
}

/**
 * The windows (flat `start, end` pairs, ascending) covering `lines` (ascending, distinct), whole
 * lines each, neighbours merged.
 */
export function windowsOf(lines: readonly number[], lineStarts: Int32Array, length: number): number[] {
  const out: number[] = [];
  for (const line of lines) {
    const start = lineStarts[line] as number;
    const end = lineEnd(lineStarts, line, length);
    const last = out.length - 1;
    if (last > 0 && start - (out[last] as number) <= MERGE_GAP) out[last] = end;
    else out.push(start, end);
  }
  return out;
}

/** The ascending, distinct union of several ascending line lists. */
export function unionOf(lists: readonly (readonly number[])[], mark: Uint8Array): number[] {
  if (lists.length === 1) return lists[0] as number[];
  let max = 0;
  for (const l of lists) {
    for (const line of l) {
      mark[line] = 1;
      if (line > max) max = line;
    }
  }
  const out: number[] = [];
  for (let i = 0; i <= max; i++) {
    if (mark[i] === 1) {
      out.push(i);
      mark[i] = 0;
    }
  }
  return out;
}

/** The line of offset `at`: the last line starting at or before it. */
export function lineAt(lineStarts: Int32Array, at: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The replacements of one pattern: flat `start, end, newLength` triples, ascending, in the old
 * text. A typed buffer that clear() keeps: a plain array emptied by `length = 0` gives its store
 * back, and regrowing it to 150,000 entries for every pattern of a 1 MB input with that many
 * replacements cost more than the replacements.
 */
const KEPT_EDITS = 3 * 256 * 1024;

export class EditLog {
  buf = new Int32Array(3 * 256);
  length = 0;

  /** Empties the log; a buffer grown past KEPT_EDITS entries (a multi-megabyte input) is let go. */
  clear(): void {
    this.length = 0;
    if (this.buf.length > KEPT_EDITS) this.buf = new Int32Array(3 * 256);
  }

  add(start: number, end: number, newLength: number): void {
    if (this.length + 3 > this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length] = start;
    this.buf[this.length + 1] = end;
    this.buf[this.length + 2] = newLength;
    this.length += 3;
  }
}

/**
 * Moves `lineStarts` past `edits`. False when an edit replaced a newline: the lines themselves
 * changed, so scan again.
 */
export function shiftLineStarts(lineStarts: Int32Array, edits: EditLog): boolean {
  const { buf, length } = edits;
  let e = 0;
  let delta = 0;
  for (let i = 1; i < lineStarts.length; i++) {
    const s = lineStarts[i] as number;
    while (e < length && (buf[e + 1] as number) < s) {
      delta += (buf[e + 2] as number) - ((buf[e + 1] as number) - (buf[e] as number));
      e += 3;
    }
    if (e < length && (buf[e] as number) < s) return false;
    lineStarts[i] = s + delta;
  }
  return true;
}
