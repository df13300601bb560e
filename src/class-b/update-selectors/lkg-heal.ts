// Heals a role, text, label, placeholder, alt-text or title locator from its last-known-good record: the
// element the locator found when the test last passed is found again in the `heal-dom` snapshot by what
// did not change (tag, id, classes, test ids, attributes, parent), and the step keeps its method and
// options with that element's new name, text or label. Only when one element is clearly the remembered
// one, the new value finds it and nothing else, and the new value does not mean something else (a toggle
// that now says "Disable" is the same element, not the same action).
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import { carriesIdentity, fingerprintSimilarity } from '../../last-known-good/match.js';
import type { Fingerprint, LkgEntry } from '../../last-known-good/types.js';
import { describe, QUERY_FIELD, type DomHealResult, type QueryField } from './dom-heal.js';
import { findByText } from './dom-text-heal.js';
import { norm, textMatches } from './evaluate.js';
import { lit, option, renderChain, type LocatorStep } from './locator.js';
import { meaningChange } from './meaning.js';

/**
 * The remembered element must look at least this much like the record in everything but what the
 * locator named (a renamed button lost its text and its name by definition: they cannot tell it apart).
 */
export const LKG_TEXT_MIN = 0.7;
/** And this much more than any other element: a page of look-alike buttons says nothing. */
export const LKG_TEXT_MARGIN = 0.15;

/** What each field's value also shows up as in a fingerprint (an accessible name comes from content, label, placeholder, alt or title). */
const NAMED_FEATURES: Readonly<Record<Field, readonly (keyof Fingerprint)[]>> = {
  name: ['name', 'text', 'ownText'],
  text: ['name', 'text', 'ownText'],
  label: ['name', 'label'],
  placeholder: ['name', 'placeholder'],
  alt: ['name', 'alt'],
  title: ['name', 'title'],
};

/** The record without what the locator named: what should not have changed. */
function unnamed(fp: Fingerprint, field: Field): Fingerprint {
  const rest: Fingerprint = { ...fp };
  for (const k of NAMED_FEATURES[field]) delete rest[k];
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
  if (second?.t !== 'obj' || name?.t !== 'str' || step.args.length !== 2) return undefined;
  return { field, value: name.v, exact, role: first.v };
}

const clipped = (s: string) => s.endsWith('\u2026');

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
 * A repair of a one-step role, text, label, placeholder, alt-text or title locator from its record;
 * undefined when this healer cannot judge it (another kind of chain, a count, a record of several
 * elements, no element clearly the remembered one), so the ARIA healer decides.
 */
export function lkgTextHeal(dom: DomSnapshot, chain: LocatorStep[], lkg: Pick<LkgEntry, 'count' | 'elements'>, ctx: { count: number }): DomHealResult | undefined {
  const step = chain[0];
  if (chain.length !== 1 || !step || ctx.count !== 1 || lkg.count !== 1 || !lkg.elements.length) return undefined;
  const named = namedBy(step);
  if (!named) return undefined;
  const parentOf = (e: DomElement) => (e.parent >= 0 ? dom.elements[e.parent] : undefined);
  const rest = lkg.elements.map((fp) => unnamed(fp, named.field));
  const scored = dom.elements
    .filter((e) => e.visible && e.frame === 0)
    .map((e) => ({ e, s: Math.max(...rest.map((fp) => fingerprintSimilarity(e, parentOf(e), fp))) }))
    .sort((a, b) => b.s - a.s);
  const [best, second] = scored;
  if (!best || best.s < LKG_TEXT_MIN || (second && best.s - second.s < LKG_TEXT_MARGIN)) return undefined;
  const e = best.e;
  if (!rest.some((fp) => carriesIdentity(e, fp))) return undefined;
  // The role the element has now: a link that became a button keeps its name under its new role.
  const role = named.role !== undefined ? e.role : undefined;
  if (named.role !== undefined && !role) return undefined;
  const value = valueOf(e, named.field);
  if (!value || (norm(value) === norm(named.value) && role === named.role)) return undefined;
  // The record says the element is the same; it does not say the test means the same by it: a search box
  // that searched products and now searches orders keeps its id. Every meaning rule applies.
  const why = meaningChange(named.value, value);
  if (why) return { refused: `the element ${renderChain([step])} found when the test last passed (${Math.round(best.s * 100)}% like its record in all but its ${named.field}) now says "${value}": ${why}` };
  const found = finds(dom, named, value, role);
  if (found.length !== 1 || found[0] !== e) return undefined;
  const newStep = rewritten(step, named, value, role);
  if (!newStep) return undefined;
  return {
    repl: { from: 0, to: 0, steps: [newStep] },
    score: Math.min(1, 0.35 + 0.65 * best.s),
    elements: [e],
    lkg: best.s,
    why: `${renderChain([step])} matches nothing on the page any more; the element it found when the test last passed is still there (${Math.round(best.s * 100)}% like its last-known-good record in all but its ${named.field}): ${describe(e)}, now ${named.field === 'text' ? 'showing' : `with the ${named.field}`} "${value}"${role !== named.role ? ` and the role ${role}` : ''}, and ${renderChain([newStep])} finds that element alone in the DOM snapshot.`,
  };
}
