// What an element's card, row or list item says (the last-known-good record's `ctx`), and the tie it breaks:
// of elements that fit a record equally well, the one whose card still says what the recorded card said.
// Shared by the record heal of names (lkg-heal.ts) and the DOM heal of values (dom-heal.ts).
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import type { Fingerprint } from '../../last-known-good/types.js';
import { stem, wholeWords } from './similarity.js';

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
  return cardOf(dom, e)?.text;
}

/** The element whose text contextOf reads: the nearest of the element's next three ancestors that shows a word it does not. */
function cardOf(dom: DomSnapshot, e: DomElement): DomElement | undefined {
  // Words as the page script splits them (wholeWords).
  const own = new Set(wholeWords(e.text ?? ''));
  let a = e.parent >= 0 ? dom.elements[e.parent] : undefined;
  for (let d = 0; a && d < 3; d++, a = a.parent >= 0 ? dom.elements[a.parent] : undefined) if (a.text && wholeWords(a.text).some((w) => !own.has(w))) return a;
  return undefined;
}

/**
 * The texts `pick` reads from the elements other than `e` that sit at most four levels below one of `holders`
 * (indices into the snapshot): the headings of a card or of the sections around an element.
 */
export function textsBelow(dom: DomSnapshot, e: DomElement, holders: ReadonlySet<number>, pick: (x: DomElement) => string | undefined): string[] {
  const out: string[] = [];
  for (const h of dom.elements) {
    const text = h === e || h.frame !== e.frame ? undefined : pick(h);
    if (!text) continue;
    for (let i = h.parent, d = 0; i >= 0 && d < 4; d++, i = (dom.elements[i] as DomElement).parent) {
      if (holders.has(i)) {
        out.push(text);
        break;
      }
    }
  }
  return out;
}

/** What titles a card: a heading's text, or an image's alt text (a picture's caption). */
const titleOf = (x: DomElement) => (x.role === 'heading' ? x.text : x.tag === 'img' ? x.alt : undefined);

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

/**
 * A word the element's card said when the test last passed (the record's `ctx`) that the card no longer says and
 * that neither the old nor the new name holds (as a word or its plural), when the new name carries the title of
 * the card (cardOf; each of its own words of three letters or more is in one heading of the card, or in one
 * image's alt text): the card now shows another record in the element's slot (the daily puzzle's "Solve The Lighthouse
 * Fork" -> "Solve A Quiet Rook Lift" under the heading "A Quiet Rook Lift", its "White to move" now "Black to
 * move"), not the element renamed. A form's field relabelled while its country changed ("Postcode" -> "ZIP
 * code") names no title, nor does a list of tiles rebranded together (no heading names the tile). Words with
 * digits are left out (a count, price or time moves on a card whose element stayed). Undefined when either text
 * is missing, the name carries no title, or no such word is gone.
 */
export function goneFromCard(dom: DomSnapshot, e: DomElement, recorded: string | undefined, oldName: string, newName: string): string | undefined {
  const card = cardOf(dom, e);
  if (!recorded || !card?.text) return undefined;
  const before = cardWords(oldName).map(stem);
  const titled = cardWords(newName).filter((w) => w.length >= 3 && !before.includes(stem(w)) && !/\p{N}/u.test(w));
  if (!titled.length) return undefined;
  const titles = textsBelow(dom, e, new Set([dom.elements.indexOf(card)]), titleOf);
  if (!titles.some((h) => titled.every((w) => cardWords(h).includes(w)))) return undefined;
  const kept = new Set(cardWords(card.text).map(stem));
  const named = new Set([...before, ...cardWords(newName).map(stem)]);
  return cardWords(recorded).find((w) => !kept.has(stem(w)) && !named.has(stem(w)) && !/\p{N}/u.test(w));
}

/**
 * A card text's words (textWords), with words glued at an element's edge split where a capital follows a small
 * letter: the recorded text joins its elements' texts as they are ("Daily PuzzleThe Lighthouse Fork").
 */
const cardWords = (s: string) => textWords(s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
