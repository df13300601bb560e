// What an `expect(...)` on one source line asserts about: a value read from the page through a locator
// (`await items.count()`, `(await rows.all()).length`, `await list.allTextContents()`) or something else.
// When such a read comes back as "nothing" (0, '', [], null), the locator stopped matching: a selector
// drift. Writing that nothing into the test bakes the broken state in, and the patched test then fails
// when the feature is fixed and passes while it stays broken.
import { matchingClose, tokenize, type Token } from './source.js';

/** Locator (and page) methods that read the DOM through a selector and come back empty when it matches nothing. */
const LOCATOR_READS = new Set([
  'count', 'all', 'allTextContents', 'allInnerTexts', 'evaluateAll', '$$', '$$eval', 'textContent', 'innerText', 'innerHTML',
  'inputValue', 'getAttribute', 'isVisible', 'isChecked', 'isEnabled', 'boundingBox', 'elementHandles',
]);

/** A value that a locator matching nothing produces. */
export function isNothing(v: unknown): boolean {
  return v === 0 || v === '' || v === null || (Array.isArray(v) && v.length === 0);
}

const isPunct = (t: Token | undefined, v: string) => t?.kind === 'punct' && t.value === v;

export interface ExpectSubject {
  /** The tokens of `expect`'s first argument. */
  tokens: Token[];
  /** Source text of the argument. */
  text: string;
}

/** The argument of the `expect(...)` whose matcher call starts nearest `column` (1-based) on `line`. */
export function expectSubject(line: string, column: number): ExpectSubject | undefined {
  const tokens = tokenize(line);
  let best: { subject: ExpectSubject; dist: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'ident' || (t.value !== 'expect' && t.value !== 'soft') || !isPunct(tokens[i + 1], '(')) continue;
    const close = matchingClose(tokens, i + 1);
    if (close < 0) continue;
    const inner = tokens.slice(i + 2, close);
    if (!inner.length) continue;
    const text = line.slice((inner[0] as Token).start, (inner[inner.length - 1] as Token).end);
    const dist = Math.abs((tokens[close] as Token).end + 1 - column);
    if (!best || dist < best.dist) best = { subject: { tokens: inner, text }, dist };
  }
  return best?.subject;
}

/** The locator read inside an expect subject (`count` of `await items.count()`), or undefined. */
export function locatorRead(subject: ExpectSubject): string | undefined {
  const { tokens } = subject;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'ident' && LOCATOR_READS.has(t.value) && (isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], '?.')) && isPunct(tokens[i + 1], '(')) return t.value;
  }
  return undefined;
}

/** The receiver written before `.count()` etc.: an identifier (`items`, `this.rows`) or a chain's source text. */
export function readReceiver(line: string, subject: ExpectSubject): string | undefined {
  const { tokens } = subject;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!(t.kind === 'ident' && LOCATOR_READS.has(t.value) && isPunct(tokens[i - 1], '.') && isPunct(tokens[i + 1], '('))) continue;
    // Walk back over `a.b.c(...)...` to where the receiver starts (after `await`, `(` or the start).
    let j = i - 2;
    while (j >= 0) {
      const k = tokens[j] as Token;
      if (isPunct(k, ')') || isPunct(k, ']')) {
        let depth = 0;
        for (; j >= 0; j--) {
          const x = tokens[j] as Token;
          if (isPunct(x, ')') || isPunct(x, ']')) depth++;
          else if (isPunct(x, '(') || isPunct(x, '[')) depth--;
          if (depth === 0) break;
        }
        j--;
        continue;
      }
      if (k.kind === 'ident' && k.value !== 'await') {
        if (isPunct(tokens[j - 1], '.') || isPunct(tokens[j - 1], '?.')) {
          j -= 2;
          continue;
        }
        break;
      }
      return undefined;
    }
    const from = tokens[Math.max(0, j)] as Token;
    const to = tokens[i - 2] as Token;
    return line.slice(from.start, to.end);
  }
  return undefined;
}
