// A filter whose `has` locator stopped finding anything (`getByRole('listitem').filter({ has:
// page.getByRole('heading', { name: 'Pro Unlimited' }) }).getByRole('link', ...)`): the drift is inside
// the `has` value, so that inner locator is what gets healed, among what the filtered elements hold.
import type { JsValue } from '../source.js';
import type { AriaNode } from './aria-snapshot.js';
import { describeNode, pickCandidate, rankCandidates } from './candidates.js';
import { evaluateChain, holds } from './evaluate.js';
import { intentOf } from './intent.js';
import { QUERY_METHODS, renderChain, type LocatorStep } from './locator.js';
import type { Replacement } from './rewrite.js';

type ChainValue = Extract<JsValue, { t: 'dyn' }> & { chain: NonNullable<Extract<JsValue, { t: 'dyn' }>['chain']> };

/**
 * The `has` value of a filter step that is one query step and finds nothing inside any of the elements
 * the filter runs on (`set`), as far as the snapshot can tell. Undefined otherwise.
 */
export function lostHas(roots: AriaNode[], step: LocatorStep, set: AriaNode[]): ChainValue | undefined {
  const opts = step.method === 'filter' ? step.args[0] : undefined;
  if (opts?.t !== 'obj' || set.length === 0) return undefined;
  for (const { key, value } of opts.entries) {
    if (key !== 'has' || value.t !== 'dyn' || value.chain?.length !== 1) continue;
    if (!QUERY_METHODS.has((value.chain[0] as LocatorStep).method)) continue;
    if (set.every((n) => holds(roots, n, value) === false)) return value as ChainValue;
  }
  return undefined;
}

export type HasHeal = { repl: Replacement; why: string; score: number; end: AriaNode | undefined } | { refused: string };

/**
 * The filter step `chain[at]` with its lost `has` locator healed: the inner locator's intent is looked
 * for among the descendants of the elements the filter runs on (`scope`), and the new inner locator must
 * keep exactly one of them, the one that holds the pick, with the rest of the chain finding `count`
 * elements.
 */
export function healHas(roots: AriaNode[], chain: LocatorStep[], at: number, scope: AriaNode[], has: ChainValue, count: number): HasHeal {
  const step = chain[at] as LocatorStep;
  const inner = has.chain[0] as LocatorStep;
  const intent = intentOf(inner, { message: '', count: 1 });
  const what = `${renderChain([inner])}, the filter's has locator,`;
  if (!intent) return { refused: `${what} says too little to find its element again (a regular-expression name, or no name or text at all)` };
  const picked = pickCandidate(rankCandidates({ roots, intent, prefix: [], suffix: [], scope }, inner.method));
  if ('refused' in picked) return { refused: `${what} finds nothing inside any of the ${scope.length} elements it filters: ${picked.refused}` };
  const { node, score, steps } = picked.pick;
  const [form] = steps;
  if (steps.length !== 1 || !form) return { refused: `${what} finds nothing inside the elements it filters, and ${describeNode(node)} has no one-step locator to put in its place` };
  const opts = step.args[0] as Extract<JsValue, { t: 'obj' }>;
  const value: ChainValue = { ...has, chain: [{ ...form, start: inner.start, end: inner.end }] };
  const fixed: LocatorStep = { ...step, args: [{ ...opts, entries: opts.entries.map((e) => (e.value === has ? { key: e.key, value } : e)) }] };
  const results = evaluateChain(roots, [...chain.slice(0, at), fixed, ...chain.slice(at + 1)]);
  const kept = results[at];
  const end = results[results.length - 1];
  // The pick is the only element on the page its form finds (rankCandidates), so an element kept holds it.
  if (!Array.isArray(kept) || kept.length !== 1 || !Array.isArray(end) || end.length !== count) {
    return { refused: `${what} finds nothing inside the elements it filters; with ${describeNode(node)} in its place the chain does not keep exactly the one element that holds it` };
  }
  const why = `${renderChain([inner])} (the has locator of ${renderChain(chain.slice(0, at + 1))}) matches nothing on the page any more; ${describeNode(node)} (similarity ${score.toFixed(2)}) holds its place inside one of them, and the chain resolves uniquely with it in the snapshot.`;
  return { repl: { from: at, to: at, steps: [fixed] }, why, score, end: count === 1 ? end[0] : undefined };
}
