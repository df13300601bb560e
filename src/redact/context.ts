// Look-behind helpers for `accept` hooks. Every scan is bounded: an unbounded look back per match
// would turn a 1 MB input with many matches quadratic.

/** The text before `index` on its line, at most `maxChars` of it. */
export function lineBefore(input: string, index: number, maxChars: number): string {
  const window = input.slice(Math.max(0, index - maxChars), index);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** The last `lines` lines before `index` (the current one included), at most `maxChars` in all. */
export function linesBefore(input: string, index: number, lines: number, maxChars: number): string {
  const window = input.slice(Math.max(0, index - maxChars), index);
  let from = window.length;
  for (let i = 0; i < lines && from > 0; i++) from = window.lastIndexOf('\n', from - 1);
  return window.slice(Math.max(from, 0));
}

function isNameChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** Where the identifier-like name (`[A-Za-z0-9_.-]`) that ends at or contains `index` starts. */
export function nameStart(input: string, index: number, maxChars = 64): number {
  let start = index;
  const limit = Math.max(0, index - maxChars);
  while (start > limit && isNameChar(input.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Scans back from `at` over characters accepted by `isPart`, at most `max` of them and never below
 * `limit`. Returns where the run starts, or -1 when it is empty or longer than `max` (a prefix too
 * long to be one, as a regex with a bounded prefix and a boundary look-behind would refuse).
 */
export function runBefore(input: string, at: number, max: number, limit: number, isPart: (c: number) => boolean): number {
  let start = at;
  const floor = Math.max(limit, at - max);
  while (start > floor && isPart(input.charCodeAt(start - 1))) start--;
  if (start === at) return -1;
  if (start > limit && isPart(input.charCodeAt(start - 1))) return -1;
  return start;
}
