import type { RedactionPattern } from './types.js';

/**
 * The keyword prefilter (as gitleaks does it): every pattern may name lower-case literals, one of
 * which must occur in the text for it to match. One case-insensitive scan of the text finds every
 * literal that occurs, so a pattern whose literals are all absent costs nothing, and most text
 * never meets most regexes. Literals starting with `[redacted_` name placeholders that an earlier
 * pattern put in: those are checked on the current text instead.
 */

const SPECIAL = '\\^$.*+?()[]{}|/-';

function escapeLiteral(literal: string): string {
  let out = '';
  for (const ch of literal) out += SPECIAL.includes(ch) ? '\\' + ch : ch;
  return out;
}

const PLACEHOLDER_PREFIX = '[redacted_';

function fold(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

export class KeywordIndex {
  /**
   * The same literals as one regex alternation: not used to scan (the table below is several
   * times faster) but kept so the regex inventory can show what the prefilter looks for.
   */
  readonly regex: RegExp | undefined;
  private readonly literals: string[];
  private readonly singles: string[];
  /** For each pair of first characters (`a << 8 | b`, lower-case Latin-1): 1 + index into `buckets`, or 0. */
  private readonly table = new Uint16Array(65536);
  /** Literal ids per pair. */
  private readonly buckets: number[][] = [];

  constructor(patterns: readonly RedactionPattern[]) {
    const all = [...new Set(patterns.flatMap((p) => p.literals ?? []))].filter((l) => !l.startsWith(PLACEHOLDER_PREFIX));
    // One-character literals (`@`) are looked up with includes(), which is native and fast.
    this.singles = all.filter((l) => l.length === 1);
    const literals = all.filter((l) => l.length > 1);
    literals.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.literals = literals;
    literals.forEach((l, id) => {
      if (l.length < 2 || l !== l.toLowerCase() || l.charCodeAt(0) > 0xff || l.charCodeAt(1) > 0xff) {
        throw new Error(`keyword ${l}: needs two lower-case Latin-1 characters`);
      }
      const key = (l.charCodeAt(0) << 8) | l.charCodeAt(1);
      if (this.table[key] === 0) {
        this.buckets.push([]);
        this.table[key] = this.buckets.length;
      }
      (this.buckets[(this.table[key] as number) - 1] as number[]).push(id);
    });
    this.regex = all.length ? new RegExp(all.map(escapeLiteral).join('|'), 'gi') : undefined;
  }

  /** Every literal that occurs in `text` (matched case-insensitively), in one pass over it. */
  present(text: string): Set<string> {
    const literals = this.literals;
    const seen = new Uint8Array(literals.length);
    const found = new Set<string>();
    for (const c of this.singles) if (text.includes(c) || text.includes(c.toUpperCase())) found.add(c);
    const table = this.table;
    const n = text.length;
    let prev = fold(text.charCodeAt(0));
    for (let i = 0; i < n - 1; i++) {
      const next = fold(text.charCodeAt(i + 1));
      const slot = prev <= 0xff && next <= 0xff ? table[(prev << 8) | next] : 0;
      prev = next;
      if (slot === 0) continue;
      for (const id of this.buckets[(slot as number) - 1] as number[]) {
        if (seen[id] === 1) continue;
        const l = literals[id] as string;
        if (i + l.length > n) continue;
        let k = 2;
        while (k < l.length && fold(text.charCodeAt(i + k)) === l.charCodeAt(k)) k++;
        if (k === l.length) {
          seen[id] = 1;
          found.add(l);
        }
      }
    }
    return found;
  }
}

/** False when `pattern` names literals and none of them is in `present` (or, for placeholders, in `text`). */
export function passesGate(pattern: RedactionPattern, present: ReadonlySet<string>, text: string): boolean {
  const literals = pattern.literals;
  if (!literals || literals.length === 0) return true;
  for (const l of literals) {
    if (l.startsWith(PLACEHOLDER_PREFIX) ? text.includes(l.toUpperCase()) : present.has(l)) return true;
  }
  return false;
}
