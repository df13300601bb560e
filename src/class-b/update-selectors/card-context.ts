// What an element's card, row or list item says (the last-known-good record's `ctx`), and the tie it breaks:
// of elements that fit a record equally well, the one whose card still says what the recorded card said.
// Shared by the record heal of names (lkg-heal.ts) and the DOM heal of values (dom-heal.ts).
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import type { Fingerprint } from '../../last-known-good/types.js';
import { wholeWords } from './similarity.js';

/** A text the capture clipped ends in an ellipsis. */
export const clipped = (s: string) => s.endsWith('\u2026');

/** Of the record's words of context, this share at least must be in the picked element's context. */
export const CTX_MIN = 0.4;

/** Words of a text (letters or digits), lower case; a clipped text's last, cut word left out. */
function textWords(s: string | undefined): string[] {
  if (!s) return [];
  const ws = wholeWords(s);
  return clipped(s) ? ws.slice(0, -1) : ws;
}

/** The words of `ctx` that are not the element's own. */
function contextWords(ctx: string | undefined, own: string | undefined): Set<string> {
  const mine = new Set(textWords(own));
  return new Set(textWords(ctx).filter((w) => !mine.has(w)));
}

/**
 * What the element's card, row or list item says in the snapshot, as fixtures/lkg-read.ts records it (`ctx`):
 * the text of the nearest of its next three ancestors that shows a word the element does not.
 */
export function contextOf(dom: DomSnapshot, e: DomElement): string | undefined {
  // Words as the page script splits them (wholeWords).
  const own = new Set(wholeWords(e.text ?? ''));
  let a = e.parent >= 0 ? dom.elements[e.parent] : undefined;
  for (let d = 0; a && d < 3; d++, a = a.parent >= 0 ? dom.elements[a.parent] : undefined) if (a.text && wholeWords(a.text).some((w) => !own.has(w))) return a.text;
  return undefined;
}

/**
 * Of elements that fit the record equally well, the one whose card still says what the recorded card said
 * besides the element: it alone shares a word of that context with it that no other contender's card has (a
 * code, a number, a name that stayed), and shares at least CTX_MIN of the context's words. Undefined when the
 * record has no context, or no contender or several do (a card retired among look-alikes, boilerplate alone).
 */
export function byContext<T extends { e: DomElement; fp: Fingerprint }>(dom: DomSnapshot, contenders: T[]): T | undefined {
  const seen = contenders.map((c) => ({ c, words: contextWords(contextOf(dom, c.e), c.e.text ?? c.e.name) }));
  let winner: T | undefined;
  for (const { c, words } of seen) {
    const old = contextWords(c.fp.ctx, c.fp.text ?? c.fp.name);
    if (!old.size) return undefined;
    const shared = [...old].filter((w) => words.has(w));
    const own = shared.filter((w) => seen.every((o) => o.c === c || !o.words.has(w)));
    if (!own.length) continue;
    if (winner || shared.length < CTX_MIN * new Set([...old, ...words]).size) return undefined;
    winner = c;
  }
  return winner;
}
