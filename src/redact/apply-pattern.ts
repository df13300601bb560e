import type { Allowlist } from './allowlist.js';
import { MatchGroups } from './groups.js';
import { isPlaceholder, placeholderFor } from './placeholder.js';
import type { PatternMatch, RedactionFindings, RedactionPattern, RedactionType } from './types.js';
import { splitQuotes } from './value-checks.js';
import type { EditLog } from './windows.js';

/** Replacements per joined block of a pattern's output (see applyPattern). */
const BLOCK_EDITS = 256;

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/**
 * How much of the text every applyPattern call since the last {@link resetUnchanged} left as it was:
 * `head` characters from the start and `tail` from the end (each replacement narrows them; an edit
 * leaves everything before its start and after its end as it was, so the smallest over all edits
 * holds for the final text). redact.ts keeps those of a large input's pieces as slices of the input.
 * redact() is synchronous, so nothing else writes it between a reset and the read.
 */
export const UNCHANGED = { head: 0, tail: 0 };

/** Starts a new count for a text of `length` characters: all of it unchanged. */
export function resetUnchanged(length: number): void {
  UNCHANGED.head = length;
  UNCHANGED.tail = length;
}

/** Running totals of one redact() call. */
export interface Tally {
  findings: RedactionFindings;
  count: number;
}

/** The replacement for one match, or undefined to keep it as it is. */
function replacement(
  pattern: RedactionPattern,
  match: string,
  groups: Readonly<Record<string, string | undefined>>,
  input: string,
  start: number,
  allowlist: Allowlist,
  tally: Tally,
): string | undefined {
  if (pattern.rewrite) return rewritten(pattern, match, groups, input, start, allowlist, tally);
  const parts = pattern.split?.(match, groups);
  let pre = parts ? parts.pre : (groups.pre ?? '');
  let post = parts ? parts.post : (groups.post ?? '');
  let secret = parts ? parts.secret : match.slice(pre.length, match.length - post.length);
  if (pattern.trimEnd) {
    let cut = secret.length;
    while (cut > 0 && pattern.trimEnd.includes(secret[cut - 1] as string)) cut--;
    post = secret.slice(cut) + post;
    secret = secret.slice(0, cut);
  }
  // Most values are bare: skip the split (and its object) unless one starts with a quote.
  const first = secret.charCodeAt(0);
  if (pattern.unquote && (first === 0x22 || first === 0x27 || first === 0x60 || first === 0x5c)) {
    const q = splitQuotes(secret);
    pre += q.open;
    post = q.close + post;
    secret = q.inner;
  }
  if (secret.length === 0 || isPlaceholder(secret)) return undefined;
  const m: PatternMatch = { secret, groups, input, start, end: start + match.length - post.length };
  if (pattern.accept && !pattern.accept(m)) return undefined;
  const type = typeof pattern.type === 'function' ? pattern.type(m) : pattern.type;
  if (allowlist.allows(type, secret)) return undefined;
  tally.findings[type] = (tally.findings[type] ?? 0) + 1;
  tally.count++;
  return pre + placeholderFor(type) + post;
}

function rewritten(
  pattern: RedactionPattern,
  match: string,
  groups: Readonly<Record<string, string | undefined>>,
  input: string,
  start: number,
  allowlist: Allowlist,
  tally: Tally,
): string | undefined {
  let changed = false;
  const put = (type: RedactionType, secret: string): string => {
    if (secret.length === 0 || isPlaceholder(secret) || allowlist.allows(type, secret)) return secret;
    tally.findings[type] = (tally.findings[type] ?? 0) + 1;
    tally.count++;
    changed = true;
    return placeholderFor(type);
  };
  const m: PatternMatch = { secret: match, groups, input, start, end: start + match.length };
  const out = (pattern.rewrite as NonNullable<RedactionPattern['rewrite']>)(m, put);
  return changed ? out : undefined;
}

/**
 * Runs one pattern over `text`, or over its `windows` only (flat `start, end` pairs, ascending,
 * whole lines: see scan.ts), and records each replacement in `edits` (`start, end, newLength`). A
 * new string is built only when something is replaced: on a large input, copying it for every
 * pattern would cost more than the matching. Hooks always see the whole text.
 *
 * The output is joined in blocks of BLOCK_EDITS replacements: one `+=` per replacement would keep
 * a rope of two string objects per replacement alive until the next pattern reads it, and with
 * tens of thousands of replacements (1 MB of `password: x `) the young-generation collector then
 * spends more time copying that rope than the pattern spends matching.
 */
export function applyPattern(
  pattern: RedactionPattern,
  text: string,
  allowlist: Allowlist,
  tally: Tally,
  windows?: readonly number[],
  edits?: EditLog,
): string {
  const regex = pattern.regex;
  const groupAt = pattern.groupAt;
  // Finished blocks of the output, and the pieces of the block being built.
  let blocks: string[] | undefined;
  let pieces: string[] | undefined;
  let copied = 0;
  const count = windows ? windows.length : 2;
  for (let w = 0; w < count; w += 2) {
    const from = windows ? (windows[w] as number) : 0;
    const to = windows ? (windows[w + 1] as number) : text.length;
    const scope = from === 0 && to === text.length ? text : text.slice(from, to);
    regex.lastIndex = 0;
    for (let m = regex.exec(scope); m !== null; m = regex.exec(scope)) {
      // A caller's pattern that can match nothing must still move on.
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const at = from + m.index;
      const start = pattern.extendBack ? pattern.extendBack(text, at, copied) : at;
      if (start < 0) continue;
      const end = at + m[0].length;
      const match = start === at ? m[0] : text.slice(start, end);
      const groups = groupAt ? new MatchGroups(m, groupAt) : (m.groups ?? NO_GROUPS);
      const next = replacement(pattern, match, groups, text, start, allowlist, tally);
      if (next === undefined) continue;
      if (pieces === undefined) {
        pieces = [];
        if (start < UNCHANGED.head) UNCHANGED.head = start;
      }
      pieces.push(text.slice(copied, start), next);
      if (pieces.length === 2 * BLOCK_EDITS) {
        (blocks ??= []).push(pieces.join(''));
        pieces.length = 0;
      }
      edits?.add(start, end, next.length);
      copied = end;
    }
  }
  if (pieces === undefined) return text;
  if (text.length - copied < UNCHANGED.tail) UNCHANGED.tail = text.length - copied;
  pieces.push(text.slice(copied));
  if (blocks === undefined) return pieces.join('');
  blocks.push(pieces.join(''));
  return blocks.join('');
}
