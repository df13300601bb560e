// Heals a `getByText` locator from the `heal-dom` snapshot, for the texts the ARIA snapshot cannot show:
// an element that is attached but hidden (a slide not on screen, a collapsed panel) when the assertion
// only asks for it to be attached, and, when the ARIA healer found no heal, a visible text inside a line
// the ARIA snapshot shows as one (an order's status `<span>` among the row's other texts). The lost text
// is swapped for the closest text an element has now ("Markdown support" -> "Markdown Support"), under
// the same options, and the new locator must find
// exactly the elements the test expects in the snapshot; a runner-up that fits about as well and finds
// other elements, or a text that means something else, refuses.
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import { describe, DOM_MIN_SCORE, DOM_TIE_MARGIN, matching, run, sameElements, textsOf, type DomHealResult } from './dom-heal.js';
import { norm } from './evaluate.js';
import { option, renderChain, type LocatorStep } from './locator.js';
import { meaningChange } from './meaning.js';
import { nameSimilarity } from './similarity.js';

// findByText lives beside run() (a filter's `has: getByText` runs it); its callers import it from here too.
export { findByText } from './dom-heal.js';

/** Texts longer than this are passages, not what a getByText names. */
const MAX_TEXT = 200;
/** Below this a text is not worth trying. */
const MIN_LIKE = 0.35;
/** The most a text other than the lost one re-cased scores: more than the tie margin below 1. */
const NOT_RECASED_MAX = 0.89;

export interface DomTextContext {
  /** Elements the fixed locator should resolve to (toHaveCount N), else 1. */
  count: number;
  /** The assertion does not need the element to be visible (toBeAttached): hidden elements count. */
  hiddenOk: boolean;
  /** The steps before the text query may start with a role or label query, read from the DOM's roles and names. */
  userFirst?: boolean;
}

interface Pick {
  value: string;
  elements: DomElement[];
  score: number;
}

/**
 * A repair of a `getByText` step that finds nothing, from the DOM snapshot; undefined when this chain is
 * not one it models (another broken step, a regular expression, steps after the text query, a prefix
 * the snapshot cannot resolve).
 */
export function domTextHeal(dom: DomSnapshot, chain: LocatorStep[], ctx: DomTextContext): (DomHealResult & { tie?: true }) | undefined {
  const b = chain.length - 1;
  const step = chain[b];
  const first = step?.args[0];
  if (!step || step.method !== 'getByText' || first?.t !== 'str') return undefined;
  const exactOpt = option(step, 'exact');
  if (exactOpt !== undefined && exactOpt.t !== 'bool') return undefined;
  const exact = exactOpt?.t === 'bool' && exactOpt.v;
  let scope: DomElement[] | undefined;
  if (b > 0) {
    const { results } = run(dom, chain.slice(0, b), undefined, !!ctx.userFirst);
    const last = results[results.length - 1];
    if (results.length !== b || last === undefined || last === 'unknown' || last.length === 0) return undefined;
    scope = last;
  }
  const lost = first.v;
  const texts = textsOf(dom, scope);
  if (matching(dom, texts, lost, exact).length > 0) return undefined;
  const lostRecased = norm(lost).toLowerCase();
  const picks: Pick[] = [];
  const changed: (Pick & { why: string })[] = [];
  const seen = new Set<string>();
  for (const [i, e] of dom.elements.entries()) {
    // An element that shows text of its own: a container whose text is all its children's is not
    // what a getByText names (its children are the candidates).
    const value = texts[i];
    if (value === undefined || !e.ownText?.trim()) continue;
    if (!value || value.length > MAX_TEXT || seen.has(value)) continue;
    seen.add(value);
    // The lost text re-cased is the closest a text can be; any other (punctuation, a word more) scores
    // below it by more than the tie margin ("Markdown Support" beats a code sample's "## Markdown Support").
    const recased = value.toLowerCase() === lostRecased;
    const score = recased ? 1 : Math.min(NOT_RECASED_MAX, nameSimilarity(lost, value));
    if (score < MIN_LIKE) continue;
    const elements = matching(dom, texts, value, exact);
    if (elements.length !== ctx.count || (!ctx.hiddenOk && !elements.every((x) => x.visible))) continue;
    const why = meaningChange(lost, value);
    if (why) changed.push({ value, elements, score, why });
    else picks.push({ value, elements, score });
  }
  picks.sort((x, y) => y.score - x.score);
  const [best, second] = picks;
  const want = ctx.count === 1 ? 'one element' : `${ctx.count} elements`;
  if (!best || best.score < DOM_MIN_SCORE) {
    const c = [...changed].sort((x, y) => y.score - x.score)[0];
    if (c && (!best || c.score > best.score)) return { refused: `the closest text in the page's DOM, "${c.value}", finds ${want} but means something else: ${c.why}` };
    const near = best ? ` (closest: "${best.value}", score ${best.score.toFixed(2)})` : '';
    return { refused: `no text in the page's DOM is close enough to "${lost}" and finds ${want}${near}` };
  }
  const rival = changed.find((c) => c.score >= best.score - DOM_TIE_MARGIN && !sameElements(c.elements, best.elements));
  if (rival) return { refused: `"${best.value}" fits, but "${rival.value}" fits about as well and means something else (${rival.why})`, tie: true };
  if (second && best.score - second.score < DOM_TIE_MARGIN && !sameElements(best.elements, second.elements)) {
    return { refused: `several texts fit about equally well: "${best.value}" (${best.score.toFixed(2)}) and "${second.value}" (${second.score.toFixed(2)})`, tie: true };
  }
  const newStep: LocatorStep = { ...step, args: [{ ...first, v: best.value }, ...step.args.slice(1)] };
  const hidden = best.elements.some((e) => !e.visible) ? ' (attached, not visible, as the assertion allows)' : '';
  const what = ctx.count === 1 ? describe(best.elements[0] as DomElement) : `${ctx.count} elements like ${describe(best.elements[0] as DomElement)}`;
  return {
    repl: { from: b, to: b, steps: [newStep] },
    score: best.score,
    elements: best.elements,
    why: `${renderChain([step])} matches nothing on the page any more; the page's DOM has ${what}${hidden} with the text "${best.value}" (similarity ${best.score.toFixed(2)}), and ${renderChain([newStep])} finds exactly ${ctx.count === 1 ? 'that element' : 'those elements'} in the DOM snapshot.`,
  };
}
