// Values as Playwright prints them in an assertion message (`Expected: "a"`, `Received: 3`, the
// `Array [` diff). Line scans and start-anchored regexes only: the message is untrusted page text.
import { matchLine, someLineStartsWith, splitLines } from '../triage/lines.js';

export type Primitive = string | number | boolean | null;

export const norm = (v: Primitive) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v);

/** Parses a value as Playwright prints it after `Expected:`; undefined for anything but a primitive. */
export function parsePrinted(text: string): { value: Primitive } | { regex: true } | undefined {
  const t = text.trim();
  if (/^\/.*\/[a-z]*$/.test(t)) return { regex: true };
  if (/^".*"$/s.test(t)) return { value: t.slice(1, -1).replace(/\\(["\\])/g, '$1') };
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (t === 'true' || t === 'false') return { value: t === 'true' };
  if (t === 'null') return { value: null };
  return undefined;
}

const PRINTED = {
  Expected: /^Expected(?: string| length| value| pattern)?:(.*)$/,
  Received: /^Received(?: string| length| value| pattern)?:(.*)$/,
};

/** What follows `Expected:` (or `Received:`) on the first line that has it, leading spaces dropped. */
export function printedLine(message: string, side: 'Expected' | 'Received'): string | undefined {
  return matchLine(message, PRINTED[side], side)?.[1]?.trimStart();
}

/** Whether the message prints an expected regular expression (`Expected pattern: /x/`). */
export const expectsPattern = (message: string) => someLineStartsWith(message, 'Expected pattern:');

/** The lines between `Array [` and its closing `]` (blank lines before the `]` dropped). */
function arrayDiffBlock(message: string): string[] | undefined {
  if (!message.includes('Array [')) return undefined;
  const lines = splitLines(message);
  const open = lines.findIndex((l) => l.trimStart() === 'Array [');
  if (open < 0) return undefined;
  const close = lines.findIndex((l, i) => i > open + 1 && l.trim() === ']');
  if (close < 0) return undefined;
  let last = close - 1;
  while (last > open && lines[last]?.trim() === '') last--;
  return last > open ? lines.slice(open + 1, last + 1) : undefined;
}

/** `-   "3",` / `+   "4",` / `    "1",`: the diff marker and the printed value (trailing comma dropped). */
function diffLine(raw: string): { mark: string; value: string } | undefined {
  const mark = raw[0];
  if ((mark !== '-' && mark !== '+' && mark !== ' ') || raw.length < 2 || (raw[1] as string).trim() !== '') return undefined;
  const rest = raw.slice(1).trimStart();
  return { mark, value: rest.endsWith(',') ? rest.slice(0, -1) : rest };
}

/**
 * A diff of two arrays of primitives that differ in exactly one element (`toHaveText(['3', '1', '3'])`
 * received `['4', '1', '3']`): that element's index and both values. Anything else: undefined.
 */
export function arrayElementDrift(message: string): { index: number; expected: Primitive; received: Primitive; length: number } | undefined {
  const block = arrayDiffBlock(message);
  if (!block) return undefined;
  const expected: Primitive[] = [];
  const received: Primitive[] = [];
  const changed: number[] = [];
  for (const raw of block) {
    const line = diffLine(raw);
    if (!line) return undefined;
    const v = parsePrinted(line.value);
    if (!v || 'regex' in v) return undefined;
    if (line.mark !== '+') expected.push(v.value);
    if (line.mark !== '-') received.push(v.value);
    if (line.mark === '-') changed.push(expected.length - 1);
  }
  if (expected.length !== received.length || changed.length !== 1) return undefined;
  const index = changed[0] as number;
  const e = expected[index] as Primitive;
  const r = received[index] as Primitive;
  if (typeof e !== typeof r || norm(e) === norm(r)) return undefined;
  if (expected.some((v, i) => i !== index && norm(v) !== norm(received[i] as Primitive))) return undefined;
  return { index, expected: e, received: r, length: expected.length };
}

/**
 * The expected texts of a `toHaveText([...])` / `toContainText([...])` whose locator found nothing: the diff
 * Playwright prints then removes the whole expected array and adds `Array []`. Strings only; anything else
 * (a pattern, a number, a partial match): undefined.
 */
export function expectedOfEmptyArray(message: string): string[] | undefined {
  if (!message.includes('+ Array []')) return undefined;
  const lines = splitLines(message).map((l) => l.trim());
  const open = lines.indexOf('- Array [');
  if (open < 0) return undefined;
  const texts: string[] = [];
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '- ]') return lines[i + 1] === '+ Array []' && texts.length ? texts : undefined;
    const item = /^-\s+(".*"),?$/.exec(line)?.[1];
    const v = item === undefined ? undefined : parsePrinted(item);
    if (!v || 'regex' in v || typeof v.value !== 'string') return undefined;
    texts.push(v.value);
  }
  return undefined;
}
