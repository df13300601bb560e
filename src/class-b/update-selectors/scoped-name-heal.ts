// Heals the name of a role, text, label, placeholder, alt-text or title query that searches inside a
// scope only the DOM snapshot can resolve: `locator('.product-card').filter({ hasText: 'Merino beanie' })
// .getByRole('button', { name: 'Choose options' })`. The ARIA snapshot cannot run the CSS steps, so it
// would look for the renamed button on the whole page, where every card has one; here the steps before
// the broken one are run on the DOM snapshot, and only the elements inside what they find compete.
// The step keeps its method and options with the winner's new value; the whole chain must then find
// exactly the wanted element(s) in the DOM snapshot, and every meaning rule applies. A `getByTitle`
// that drifted is healed here on the whole page: the ARIA snapshot shows no titles (an icon button
// titled "Dismiss" is `button "×"` there).
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import { DOM_MIN_SCORE, DOM_TIE_MARGIN, describe, inScope, run, type DomHealResult } from './dom-heal.js';
import { namedBy, rewritten, valueOf } from './lkg-heal.js';
import { renderChain, type LocatorStep } from './locator.js';
import { meaningChange } from './meaning.js';
import { nameSimilarity } from './similarity.js';

/**
 * A repair of the first step of `chain` that finds nothing, when the steps before it find elements in
 * the DOM snapshot and it names something by text; undefined when this healer cannot judge (the
 * scope is not known, the step is not a named query, no element inside the scope is close enough),
 * so the other healers decide.
 */
export function scopedNameHeal(dom: DomSnapshot, chain: LocatorStep[], ctx: { count: number }): DomHealResult | undefined {
  const { results } = run(dom, chain, undefined);
  const b = results.findIndex((r) => r !== 'unknown' && r.length === 0);
  const step = chain[b] as LocatorStep | undefined;
  // run() answers a first named step only when the ARIA snapshot cannot (a title); after it, a scope must find elements.
  if (!step || results.slice(0, b).some((r) => r === 'unknown' || r.length === 0)) return undefined;
  const scope = b > 0 ? (results[b - 1] as DomElement[]) : undefined;
  const named = namedBy(step);
  if (!named) return undefined;
  // Each distinct value inside the scope, with the elements that carry it.
  const byValue = new Map<string, DomElement[]>();
  for (const e of dom.elements) {
    // A `text=` step also matches the element it searches in (Playwright's text engine includes it).
    const here = inScope(dom, e, scope) || (named.textSelector !== undefined && !!scope?.includes(e));
    if (!e.visible || !here || (named.role !== undefined && e.role !== named.role)) continue;
    const v = valueOf(e, named.field);
    if (v === undefined) continue;
    const carriers = byValue.get(v);
    if (carriers) carriers.push(e);
    else byValue.set(v, [e]);
  }
  const ranked = [...byValue.keys()].map((v) => ({ v, s: nameSimilarity(named.value, v) })).sort((x, y) => y.s - x.s);
  const [best, second] = ranked;
  if (!best || best.s < DOM_MIN_SCORE) return undefined;
  const where = b > 0 ? `inside what ${renderChain(chain.slice(0, b))} finds, ` : 'on the page, ';
  if (second && best.s - second.s < DOM_TIE_MARGIN) {
    return { refused: `${where}"${best.v}" (${best.s.toFixed(2)}) and "${second.v}" (${second.s.toFixed(2)}) fit ${renderChain([step])} about equally well` };
  }
  const why = meaningChange(named.value, best.v);
  if (why) return { refused: `${where}the closest is "${best.v}": ${why}` };
  const newStep = rewritten(step, named, best.v, named.role);
  if (!newStep) return undefined;
  const fixed = [...chain.slice(0, b), newStep, ...chain.slice(b + 1)];
  const end = run(dom, fixed, undefined).results;
  const found = end.length === fixed.length ? end.at(-1) : undefined;
  // The whole chain, steps after the fixed one included, must end on elements that carry the new value.
  const wanted = byValue.get(best.v) as DomElement[];
  if (found === undefined || found === 'unknown' || found.length !== ctx.count || !found.every((e) => wanted.includes(e))) return undefined;
  return {
    repl: { from: b, to: b, steps: [newStep] },
    score: best.s,
    elements: found,
    why: `${renderChain([step])} finds nothing ${b > 0 ? `inside what ${renderChain(chain.slice(0, b))} finds` : 'on the page'} any more; there, ${describe(found[0] as DomElement)} now ${named.field === 'text' ? 'shows' : `has the ${named.field}`} "${best.v}" (similarity ${best.s.toFixed(2)}, the next value ${second ? second.s.toFixed(2) : 'none'}), and the chain with it finds ${ctx.count === 1 ? 'that element alone' : `those ${ctx.count} elements`} in the DOM snapshot.`,
  };
}
