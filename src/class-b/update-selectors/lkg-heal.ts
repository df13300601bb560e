// Heals a role, text, label, placeholder, alt-text or title locator from its last-known-good record: the
// element the locator found when the test last passed is found again in the `heal-dom` snapshot by what
// did not change (tag, id, classes, test ids, attributes, parent), and the step keeps its method and
// options with that element's new name, text or label. Only when one element is clearly the remembered
// one, the new value finds it and nothing else, and the new value does not mean something else (a toggle
// that now says "Disable" is the same element, not the same action). A chain whose first step is a role
// query that finds nothing (`getByRole('list', { name: 'Notifications' }).getByRole('listitem').first()`)
// is healed the same way from the record of the element the chain ended on: see `lkgScopeHeal`.
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import { carriesIdentity, fingerprintSimilarity, fold, sameText } from '../../last-known-good/match.js';
import type { Fingerprint, LkgEntry } from '../../last-known-good/types.js';
import { canTake, describe, isDisabled, LKG_SAME_MIN, pageWords, QUERY_FIELD, run, within, type DomHealResult, type QueryField } from './dom-heal.js';
import { findByText } from './dom-text-heal.js';
import { literalOfRegex } from './intent.js';
import { norm, textMatches } from './evaluate.js';
import { lit, option, renderChain, type LocatorStep } from './locator.js';
import { meaningChange } from './meaning.js';
import { byContext, clipped, contextOf, goneFromCard } from './card-context.js';

/**
 * The remembered element must look at least this much like the record in everything but what the
 * locator named (a renamed button lost its text and its name by definition: they cannot tell it apart).
 */
export const LKG_TEXT_MIN = 0.7;
/** And this much more than any other element: a page of look-alike buttons says nothing. */
export const LKG_TEXT_MARGIN = 0.15;
/**
 * For meaningChange: whether the page still shows a word, when the remembered element is alike in
 * everything but its name (LKG_SAME_MIN) and the snapshot is whole; then a word of its name swapped for
 * another is a rename if the page shows the lost words nowhere. Undefined otherwise.
 */
function onPageOf(dom: DomSnapshot, likeness: number): ((word: string) => boolean) | undefined {
  return likeness >= LKG_SAME_MIN && !dom.truncated ? (w) => pageWords(dom).has(w) : undefined;
}

/** What each field's value also shows up as in a fingerprint (an accessible name comes from content, label, placeholder, alt or title). */
const NAMED_FEATURES: Readonly<Record<Field, readonly (keyof Fingerprint)[]>> = {
  name: ['name', 'text', 'ownText'],
  text: ['name', 'text', 'ownText'],
  label: ['name', 'label'],
  placeholder: ['name', 'placeholder'],
  alt: ['name', 'alt'],
  title: ['name', 'title'],
};

/** Where an accessible name may come from besides content: a role locator's renamed name changed these too. */
const NAME_SOURCES = ['label', 'placeholder', 'alt', 'title'] as const;

/** The record without what the locator named: what should not have changed. */
function unnamed(fp: Fingerprint, field: Field): Fingerprint {
  const rest: Fingerprint = { ...fp };
  for (const k of NAMED_FEATURES[field]) delete rest[k];
  // A name read from the label (or placeholder, alt, title) changed with it.
  if (field === 'name' && fp.name) for (const k of NAME_SOURCES) if (fold(fp[k]) === fold(fp.name)) delete rest[k];
  return rest;
}

/** Longer values are passages, not what a locator names. */
const MAX_VALUE = 200;

export type Field = QueryField;
const FIELD_OF: Readonly<Record<string, Field>> = QUERY_FIELD;

/** What the step names, where, and how it matches: undefined for a step this healer does not model. */
export interface Named {
  field: Field;
  value: string;
  exact: boolean;
  role?: string;
  /** A `text=` selector: `text="x"` (exact) or `text=x`. */
  textSelector?: 'quoted' | 'bare';
}

export function namedBy(step: LocatorStep): Named | undefined {
  const [first, second] = step.args;
  // A regular expression that is only text (`/Hermes 48/`, intent.ts) names that text; the heal writes a
  // string, matched as a substring (never exact: the check that it finds the element alone reads it so).
  if (first?.t === 're') {
    const field = step.method === 'getByRole' ? undefined : FIELD_OF[step.method];
    const text = field && step.args.length === 1 ? literalOfRegex(first) : undefined;
    return field && text ? { field, value: text.text, exact: false } : undefined;
  }
  if (first?.t !== 'str') return undefined;
  if (step.method === 'locator') {
    if (step.args.length !== 1 || !first.v.startsWith('text=')) return undefined;
    const body = first.v.slice('text='.length);
    const quoted = /^"[^"\\]+"$/.test(body);
    if (!quoted && (body.includes('"') || body.includes('>>') || body.startsWith('/'))) return undefined;
    return { field: 'text', value: quoted ? body.slice(1, -1) : body, exact: quoted, textSelector: quoted ? 'quoted' : 'bare' };
  }
  const field = FIELD_OF[step.method];
  if (!field) return undefined;
  const exactOpt = option(step, 'exact');
  if (exactOpt !== undefined && exactOpt.t !== 'bool') return undefined;
  const exact = exactOpt?.t === 'bool' && exactOpt.v;
  if (step.method !== 'getByRole') return step.args.length <= 2 ? { field, value: first.v, exact } : undefined;
  // getByRole(role, { name }): the name is what drifted; any other option (level, checked, ...) is kept as written.
  const name = option(step, 'name');
  if (second?.t !== 'obj' || step.args.length !== 2) return undefined;
  if (name?.t === 're') {
    const text = exactOpt === undefined ? literalOfRegex(name) : undefined;
    return text ? { field, value: text.text, exact: false, role: first.v } : undefined;
  }
  if (name?.t !== 'str') return undefined;
  return { field, value: name.v, exact, role: first.v };
}

/**
 * The element of the page the record is of: the visible main-frame element most like one of `prints`
 * (at least LKG_TEXT_MIN, LKG_TEXT_MARGIN ahead of any other) that still carries something of its own.
 * With `inside`, only the elements inside those compete (a card's link against the card's other elements,
 * not against the same link of every other card).
 */
function rememberedElement(dom: DomSnapshot, prints: Fingerprint[], inside?: DomElement[]): { e: DomElement; s: number; fp: Fingerprint } | undefined {
  // The look-alikes the record lists beside the element were other elements when the test passed: first
  // without them (a nav's other links look as much like the record as the renamed one), then, when that
  // finds none, with them, so that a look-alike that took the name is refused by name (renamedByRecord).
  return bestLike(dom, prints, inside, true) ?? bestLike(dom, prints, inside, false);
}

function bestLike(dom: DomSnapshot, prints: Fingerprint[], inside: DomElement[] | undefined, skipListed: boolean): { e: DomElement; s: number; fp: Fingerprint } | undefined {
  const parentOf = (e: DomElement) => (e.parent >= 0 ? dom.elements[e.parent] : undefined);
  const scored = dom.elements
    .filter((e) => e.visible && e.frame === 0 && (!inside || within(dom, e, inside)))
    .map((e) => {
      let s = -1;
      let fp = prints[0] as Fingerprint;
      for (const p of prints) {
        if (skipListed && listedBeside(e, p)) continue;
        const got = fingerprintSimilarity(e, parentOf(e), p);
        if (got > s) [s, fp] = [got, p];
      }
      return { e, s, fp };
    })
    .sort((a, b) => b.s - a.s);
  const [best, second] = scored;
  if (!best || best.s < LKG_TEXT_MIN) return undefined;
  // Look-alikes as alike as it (every card's "Edit" button): what else its card says may still tell.
  const picked = second && best.s - second.s < LKG_TEXT_MARGIN ? byContext(dom, scored.filter((x) => best.s - x.s < LKG_TEXT_MARGIN)) : best;
  return picked && picked.s >= LKG_TEXT_MIN && prints.some((fp) => carriesIdentity(picked.e, fp)) ? picked : undefined;
}

/** A heading's look-alikes are the headings of every level (as fixtures/lkg-read.ts lists them). */
const HEADING_TAG = /^h[1-6]$/;

/** Whether `e` is one of the look-alikes `p` lists beside the recorded element: of its tag, and by the name or placeholder the record keeps. */
function listedBeside(e: DomElement, p: Fingerprint): boolean {
  if (!p.near?.length) return false;
  if (e.tag !== p.tag && !(HEADING_TAG.test(e.tag) && HEADING_TAG.test(p.tag))) return false;
  const names = [e.name || e.text, e.placeholder];
  return p.near.some((n) => names.some((v) => v !== undefined && v !== '' && sameText(v, n)));
}

/** Why the remembered element cannot take the test's action now (a button that now says "Sold out" and is disabled). */
function cannotTake(action: string | undefined, e: DomElement): string | undefined {
  return canTake(action, e) ? undefined : `it cannot take the test's ${action}() now${isDisabled(e) ? ' (it is disabled)' : ''}: the page changed what the element does, not only its name`;
}

/**
 * The element the record is of (among the elements `inside` those, when given), with the role and value
 * the step should now name, or why that value is no heal; undefined when no element is clearly the
 * remembered one or its value did not change. `shown` is the locator as the reason prints it.
 */
function renamedByRecord(
  dom: DomSnapshot,
  lkg: Pick<LkgEntry, 'elements'>,
  named: Named,
  shown: string,
  action: string | undefined,
  inside?: DomElement[],
): { e: DomElement; likeness: number; role: string | undefined; value: string } | { refused: string } | undefined {
  const remembered = rememberedElement(dom, lkg.elements.map((fp) => unnamed(fp, named.field)), inside);
  if (!remembered) return undefined;
  const { e, s: likeness, fp } = remembered;
  // The role the element has now: a link that became a button keeps its name under its new role.
  const role = named.role !== undefined ? e.role : undefined;
  if (named.role !== undefined && !role) return undefined;
  const value = valueOf(e, named.field);
  if (!value || (norm(value) === norm(named.value) && role === named.role)) return undefined;
  // The record says the element is the same; it does not say the test means the same by it: a search box
  // that searched products and now searches orders keeps its id. Every meaning rule applies, and the
  // element must still take the test's action.
  // The new value was a look-alike's beside it when the test passed: that element, not a renamed one.
  const lookalike = lookalikeInRecord({ elements: [fp] }, value);
  if (lookalike !== undefined) {
    return { refused: `the element ${shown} found when the test last passed looks like what now says "${value}", but "${lookalike}" was there beside it when the test last passed: another element that was on the page all along, not the remembered one renamed` };
  }
  const gone = goneFromCard(dom, e, fp.ctx, named.value, value);
  if (gone !== undefined) {
    return { refused: `the element ${shown} found when the test last passed (${Math.round(likeness * 100)}% like its record in all but its ${named.field}) now says "${value}", but its card no longer says "${gone}", which neither name holds: another record in the element's place, not the element renamed` };
  }
  const why = meaningChange(named.value, value, { sameElement: true, onPage: onPageOf(dom, likeness) }) ?? cannotTake(action, e);
  if (why) return { refused: `the element ${shown} found when the test last passed (${Math.round(likeness * 100)}% like its record in all but its ${named.field}) now says "${value}": ${why}` };
  return { e, likeness, role, value };
}

/** Whether the chain, with step `at` replaced by `newStep`, runs through and ends on `e` alone in the snapshot. */
function endsOn(dom: DomSnapshot, chain: LocatorStep[], at: number, newStep: LocatorStep, e: DomElement): boolean {
  const end = run(dom, [...chain.slice(0, at), newStep, ...chain.slice(at + 1)], undefined, true).results;
  const last = end[end.length - 1];
  return end.length === chain.length && Array.isArray(last) && last.length === 1 && last[0] === e;
}

/** Step `at` replaced by `newStep`, with which the chain finds `e`, the element the record is of (`likeness` to it). */
function byRecord(newStep: LocatorStep, e: DomElement, likeness: number, why: string, at = 0): DomHealResult {
  return { repl: { from: at, to: at, steps: [newStep] }, score: Math.min(1, 0.35 + 0.65 * likeness), elements: [e], lkg: likeness, why };
}

/**
 * A repair of a chain's named step after its scope (`locator('.plan-card').filter({ hasText: 'Team' })
 * .getByRole('link', { name: 'Get started' })` after the Team plan's link became "Start free trial"): the
 * steps before it still find their elements; the element the chain ended on when the test last passed is
 * found again, among the elements inside what those steps find, by its record in all but what the step
 * named (as a one-step heal finds its element on the page); its new name, text or label, written in the
 * step, makes the chain end on that element alone (so only steps that keep it, such as `first()`, may
 * follow). Every meaning rule applies.
 * Undefined when any of that does not hold, so the other healers decide.
 */
function lkgInnerHeal(dom: DomSnapshot, chain: LocatorStep[], lkg: Pick<LkgEntry, 'elements'>, action: string | undefined): DomHealResult | undefined {
  const results = run(dom, chain, undefined, true).results;
  const at = results.findIndex((r) => Array.isArray(r) && r.length === 0);
  if (at < 1) return undefined;
  const scope = results[at - 1];
  const step = chain[at] as LocatorStep;
  const named = namedBy(step);
  if (!named || !Array.isArray(scope) || !scope.length) return undefined;
  const shown = renderChain(chain.slice(0, at + 1));
  const got = renamedByRecord(dom, lkg, named, shown, action, scope);
  if (!got || 'refused' in got) return got;
  const { e, likeness, role, value } = got;
  const newStep = rewritten(step, named, value, role);
  if (!newStep) return undefined;
  if (!endsOn(dom, chain, at, newStep, e)) return undefined;
  return byRecord(
    newStep,
    e,
    likeness,
    `${renderChain([step])} matches nothing inside ${renderChain(chain.slice(0, at))} any more; the element ${shown} found when the test last passed is still there, inside it (${Math.round(likeness * 100)}% like its last-known-good record in all but its ${named.field}): ${describe(e)}, now ${named.field === 'text' ? 'showing' : `with the ${named.field}`} "${value}"${role !== named.role ? ` and the role ${role}` : ''}, and with ${renderChain([newStep])} the chain finds that element alone in the DOM snapshot.`,
    at,
  );
}

/**
 * A repair of a chain's first step, a role query with a name that finds nothing, from the record of the
 * element the chain ended on (`getByRole('list', { name: 'Notifications' }).getByRole('listitem').first()`
 * after the list became "Activity"): that element is still on the page, found by its whole record as a
 * one-step heal finds its element; the nearest element above it with the step's role has a new name, which
 * finds that element alone; and with it the chain ends on the remembered element alone. Every meaning rule
 * applies to the new name. Undefined when any of that does not hold, so the other healers decide.
 */
function lkgScopeHeal(dom: DomSnapshot, chain: LocatorStep[], lkg: Pick<LkgEntry, 'elements'>): DomHealResult | undefined {
  const step = chain[0] as LocatorStep;
  const named = namedBy(step);
  if (!named?.role || finds(dom, named, named.value, named.role).length > 0) return undefined;
  const remembered = rememberedElement(dom, lkg.elements);
  if (!remembered) return undefined;
  const { e, s } = remembered;
  let scope: DomElement | undefined;
  for (let a = e.parent >= 0 ? dom.elements[e.parent] : undefined; a && !scope; a = a.parent >= 0 ? dom.elements[a.parent] : undefined) if (a.role === named.role) scope = a;
  const value = scope && valueOf(scope, named.field);
  if (!scope || !value || norm(value) === norm(named.value)) return undefined;
  const why = meaningChange(named.value, value, { sameElement: true, onPage: onPageOf(dom, s) });
  if (why) return { refused: `the element ${renderChain(chain)} found when the test last passed (${Math.round(s * 100)}% like its record) is now inside ${describe(scope)}: ${why}` };
  const found = finds(dom, named, value, named.role);
  if (found.length !== 1 || found[0] !== scope) return undefined;
  const end = run(dom, chain.slice(1), [scope]).results;
  const last = end[end.length - 1];
  if (!Array.isArray(last) || end.some((r) => r === 'unknown') || last.length !== 1 || last[0] !== e) return undefined;
  const newStep = rewritten(step, named, value, named.role);
  if (!newStep) return undefined;
  return byRecord(newStep, e, s, `${renderChain([step])} matches nothing on the page any more; the element ${renderChain(chain)} found when the test last passed is still there (${Math.round(s * 100)}% like its last-known-good record): ${describe(e)}, inside ${describe(scope)}, now with the ${named.field} "${value}", and with ${renderChain([newStep])} the chain finds that element alone in the DOM snapshot.`);
}

/** The longest new text a filter heal writes: a name, not a passage. */
const MAX_FILTER_TEXT = 80;

/**
 * What took the place of `old` in a card's text: the record's card text (`ctx`) read around `old` (the
 * first place it occurs, case aside) is what stayed before and after it; the card's text now must start
 * and end with those, and what is between them is the new text. Undefined when the record has no card
 * text, either text is clipped, `old` is not in it, or nothing (or a passage) is between.
 */
export function replacedIn(recorded: string | undefined, now: string | undefined, old: string): string | undefined {
  if (!recorded || !now || clipped(recorded) || clipped(now)) return undefined;
  const before = norm(recorded);
  const after = norm(now);
  const at = before.toLowerCase().indexOf(norm(old).toLowerCase());
  if (at < 0 || !old.trim()) return undefined;
  const head = before.slice(0, at);
  const tail = before.slice(at + norm(old).length);
  if (after.length <= head.length + tail.length || !after.startsWith(head) || !after.endsWith(tail)) return undefined;
  const value = after.slice(head.length, after.length - tail.length).trim();
  return value && value.length <= MAX_FILTER_TEXT ? value : undefined;
}

/** The deepest of `scope` that holds `e`. */
function holderOf(dom: DomSnapshot, e: DomElement, scope: DomElement[]): DomElement | undefined {
  for (let p = e.parent; p >= 0; p = (dom.elements[p] as DomElement).parent) {
    const a = dom.elements[p] as DomElement;
    if (scope.includes(a)) return a;
  }
  return undefined;
}

/**
 * A repair of a chain's filter step that now keeps nothing (`getByRole('listitem').filter({ hasText:
 * 'Comcast' }).getByRole('button', { name: 'Pay' })` after the payee became "Xfinity", or `.filter({ has:
 * page.getByRole('heading', { name: 'BA Miles' }) })` after the heading became "Avios"): the steps before it
 * still find their elements; the element the chain ended on when the test last passed is found again among
 * what they hold, by its whole record (its card's text telling look-alike cards apart); the filter's new
 * value is what that element's card now shows in the old one's place: for `hasText`, what stands between
 * the recorded card text's words before and after the old text; for a `has` locator of one named query
 * step, the name of the one element of its role (or the one label, placeholder, alt or title) in the card.
 * With it the chain must end on that element alone, and every meaning rule applies. Undefined when any of
 * that does not hold, so the other healers decide.
 */
function lkgFilterHeal(dom: DomSnapshot, chain: LocatorStep[], lkg: Pick<LkgEntry, 'elements'>, action: string | undefined): DomHealResult | undefined {
  const results = run(dom, chain, undefined, true).results;
  const at = results.findIndex((r) => Array.isArray(r) && r.length === 0);
  const step = chain[at];
  const scope = results[at - 1];
  const opts = step?.method === 'filter' && step.args.length === 1 ? step.args[0] : undefined;
  if (at < 1 || !step || opts?.t !== 'obj' || opts.entries.length !== 1 || !Array.isArray(scope) || !scope.length) return undefined;
  const entry = opts.entries[0] as { key: string; value: LocatorStep['args'][number] };
  const remembered = rememberedElement(dom, lkg.elements, scope);
  const card = remembered && holderOf(dom, remembered.e, scope);
  if (!remembered || !card) return undefined;
  const { e, s: likeness, fp } = remembered;
  // What the card shows now, read once for the new value and the card check.
  const cardNow = contextOf(dom, e);
  let old: string;
  let value: string | undefined;
  let fixed: LocatorStep['args'][number];
  if (entry.key === 'hasText' && entry.value.t === 'str') {
    old = entry.value.v;
    value = replacedIn(fp.ctx, cardNow, old);
    if (!value) return undefined;
    fixed = { ...entry.value, v: value };
  } else if (entry.key === 'has' && entry.value.t === 'dyn' && entry.value.chain?.length === 1) {
    const inner = entry.value.chain[0] as LocatorStep;
    const named = namedBy(inner);
    if (!named || named.textSelector) return undefined;
    if (named.field === 'text') {
      // `has: getByText(...)`: the card's text names the new value as for hasText (the chain must then end on
      // the element alone, below: a text read only across the card's children finds nothing).
      value = replacedIn(fp.ctx, cardNow, named.value);
    } else {
      const held = dom.elements.filter((x) => x.visible && within(dom, x, [card]) && (named.role === undefined || x.role === named.role) && valueOf(x, named.field) !== undefined);
      const only = held.length === 1 ? held[0] : undefined;
      value = only && valueOf(only, named.field);
    }
    const newInner = value ? rewritten(inner, named, value, named.role) : undefined;
    if (!value || !newInner) return undefined;
    old = named.value;
    // A card whose recorded text showed the old value must now show the new one in its place and be otherwise
    // as it was (a look-alike card that shares a word of the old name, "Asia Miles" for "BA Miles", is not it).
    if (fp.ctx && norm(fp.ctx).toLowerCase().includes(norm(old).toLowerCase()) && norm(replacedIn(fp.ctx, cardNow, old) ?? '') !== norm(value)) return undefined;
    fixed = { ...entry.value, chain: [{ ...newInner, start: inner.start, end: inner.end }] };
  } else {
    return undefined;
  }
  if (norm(value) === norm(old)) return undefined;
  const shown = renderChain(chain);
  const why = meaningChange(old, value, { sameElement: true, onPage: onPageOf(dom, likeness) }) ?? cannotTake(action, e);
  if (why) return { refused: `the element ${shown} found when the test last passed (${Math.round(likeness * 100)}% like its record) is still there, in a ${card.tag} that now shows "${value}" where it showed "${old}": ${why}` };
  const newStep: LocatorStep = { ...step, args: [{ ...opts, entries: [{ key: entry.key, value: fixed }] }] };
  if (!endsOn(dom, chain, at, newStep, e)) return undefined;
  return byRecord(
    newStep,
    e,
    likeness,
    `${renderChain([step])} keeps none of what ${renderChain(chain.slice(0, at))} finds any more; the element ${shown} found when the test last passed is still there (${Math.round(likeness * 100)}% like its last-known-good record): ${describe(e)}, in a ${card.tag} that now shows "${value}" where it showed "${old}", and with ${renderChain([newStep])} the chain finds that element alone in the DOM snapshot.`,
    at,
  );
}

/** The element's value of `field` as the locator reads it, or undefined when it has none the snapshot can vouch for. */
export function valueOf(e: DomElement, field: Field): string | undefined {
  const v = field === 'text' ? e.text : e[field];
  if (!v) return undefined;
  const n = norm(v);
  return n && n.length <= MAX_VALUE && !clipped(n) ? n : undefined;
}

/** The visible main-frame elements the new value finds, as Playwright's engine would on the page. */
function finds(dom: DomSnapshot, named: Named, value: string, role: string | undefined): DomElement[] {
  if (named.field === 'text') return findByText(dom, value, named.exact, undefined).filter((e) => e.visible);
  return dom.elements.filter((e) => {
    if (!e.visible || e.frame !== 0 || (role !== undefined && e.role !== role)) return false;
    const v = e[named.field];
    return typeof v === 'string' && textMatches(v, lit.str(value), named.exact) === true;
  });
}

/** The step with the new value written where the old one was, every other argument as written. */
export function rewritten(step: LocatorStep, named: Named, value: string, role: string | undefined): LocatorStep | undefined {
  if (named.textSelector) {
    if (named.textSelector === 'quoted' ? value.includes('"') || value.includes('\\') : value.includes('"') || value.includes('>>')) return undefined;
    return { ...step, args: [lit.str(named.textSelector === 'quoted' ? `text="${value}"` : `text=${value}`)] };
  }
  if (step.method !== 'getByRole') return { ...step, args: [lit.str(value), ...step.args.slice(1)] };
  const opts = step.args[1] as Extract<LocatorStep['args'][number], { t: 'obj' }>;
  const entries = opts.entries.map((en) => (en.key === 'name' ? { ...en, value: lit.str(value) } : en));
  return { ...step, args: [lit.str(role ?? named.role ?? ''), { ...opts, entries }] };
}

/**
 * A repair of a one-step role, text, label, placeholder, alt-text or title locator from its record (or of
 * a longer chain's first step, `lkgScopeHeal`); undefined when this healer cannot judge it (another kind
 * of chain, a count, a record of several elements, no element clearly the remembered one), so the ARIA
 * healer decides.
 */
export function lkgTextHeal(dom: DomSnapshot, chain: LocatorStep[], lkg: Pick<LkgEntry, 'count' | 'elements'>, ctx: { count: number; action?: string }): DomHealResult | undefined {
  const step = chain[0];
  if (!step || ctx.count !== 1 || lkg.count !== 1 || !lkg.elements.length) return undefined;
  if (chain.length > 1) return lkgInnerHeal(dom, chain, lkg, ctx.action) ?? lkgFilterHeal(dom, chain, lkg, ctx.action) ?? lkgScopeHeal(dom, chain, lkg);
  const named = namedBy(step);
  if (!named) return undefined;
  const got = renamedByRecord(dom, lkg, named, renderChain([step]), ctx.action);
  if (!got || 'refused' in got) return got;
  const { e, likeness, role, value } = got;
  const found = finds(dom, named, value, role);
  if (found.length !== 1 || found[0] !== e) return undefined;
  const newStep = rewritten(step, named, value, role);
  if (!newStep) return undefined;
  return byRecord(
    newStep,
    e,
    likeness,
    `${renderChain([step])} matches nothing on the page any more; the element it found when the test last passed is still there (${Math.round(likeness * 100)}% like its last-known-good record in all but its ${named.field}): ${describe(e)}, now ${named.field === 'text' ? 'showing' : `with the ${named.field}`} "${value}"${role !== named.role ? ` and the role ${role}` : ''}, and ${renderChain([newStep])} finds that element alone in the DOM snapshot.`,
  );
}

/**
 * The name, among those the record lists beside the elements the locator found when the test last
 * passed (`near`), that `name` is: the element a heal would now pick was a look-alike on the page all
 * along, not the lost one renamed. Undefined when the record lists none such (or no look-alikes at all).
 */
export function lookalikeInRecord(lkg: Pick<LkgEntry, 'elements'>, name: string): string | undefined {
  for (const fp of lkg.elements) {
    // A listed name may be clipped (`…`): the record's text comparison reads it as a prefix.
    const hit = fp.near?.find((n) => sameText(name, n));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
