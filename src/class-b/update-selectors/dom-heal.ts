// Heals CSS, XPath and test-id locators from the `heal-dom` snapshot: the value that drifted (a class,
// an id, a test id, an attribute) is swapped for the closest value the page has now, and the new
// locator must resolve, with the rest of the chain, to exactly the elements the test expects (one
// visible element, or the N of a count). Two swaps that fit about as well and find different elements
// are a tie: refused. Only that value changes, so the file's style stays (CSS stays CSS, getByTestId
// stays getByTestId, XPath stays XPath) and no position (nth) is ever added.
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';
import { knownRename, knownRenamesOf } from './known-renames.js';
import { matchSelector, attrOf, isFieldAttr, isTestIdAttr, parseSelector, parseTextStep, type ParsedSelector, type SelectorToken } from './dom-selector.js';
import { ROLE_WORDS } from './intent.js';
import { lit, option, renderChain, searchedIn, type LocatorStep } from './locator.js';
import type { Replacement } from './rewrite.js';
import type { JsValue, NestedStep } from '../source.js';
import { authoredPart, identifierSimilarity, nameSimilarity, normalizeName, wordOverlap, words } from './similarity.js';
import { norm, textMatches } from './evaluate.js';
import { meaningChange, sameAfterFirst } from './meaning.js';
import { byContext, textsBelow } from './card-context.js';
import { carriesIdentity, entrySimilarity, fingerprintSimilarity, fold, MIN_LIKENESS } from '../../last-known-good/match.js';
import type { Fingerprint, LkgEntry } from '../../last-known-good/types.js';

/** Below this a swap is not close enough to propose. */
export const DOM_MIN_SCORE = 0.55;
/** A runner-up this close, finding other elements, makes the choice a coin toss. */
export const DOM_TIE_MARGIN = 0.1;

/**
 * Whether a class swapped beside an id keeps a word of the lost class that not every class of the element
 * has (`noUi-connect` -> `noUi-target` keeps only the library's prefix, which all its classes carry).
 */
function keepsOwnWord(lost: string, found: string, element: DomElement): boolean {
  const classes = element.classes ?? [];
  const everywhere = new Set(classes.length ? words(classes[0] as string) : []);
  for (const c of classes.slice(1)) {
    const ws = new Set(words(c));
    for (const w of everywhere) if (!ws.has(w)) everywhere.delete(w);
  }
  const own = words(lost).filter((w) => !everywhere.has(w));
  return words(found).some((w) => own.includes(w));
}

/** Whether `found` holds all of `lost` between word boundaries, and more (`similar-add-to-cart-button` holds `add-to-cart-button`). */
function containsWhole(lost: string, found: string): boolean {
  const at = found.toLowerCase().indexOf(lost.toLowerCase());
  if (lost.length < 3 || found.length <= lost.length || at < 0) return false;
  const before = found[at - 1];
  const after = found[at + lost.length];
  const boundary = (c: string | undefined) => c === undefined || !/[A-Za-z0-9]/.test(c);
  return boundary(before) && boundary(after);
}
/** Values of one kind the page may offer (classes of a big page); the closest are tried. */
const MAX_VALUES = 400;
/** The score of a class a library's migration guide says the lost one was renamed to (see known-renames.ts). */
const KNOWN_RENAME = 0.9;
/** With a last-known-good record, a swap must find elements at least this much like it. */
export const LKG_MIN_SIMILARITY = MIN_LIKENESS;
/** A swap that finds the one element showing exactly the asserted text scores at least this. */
const TEXT_EVIDENCE = 0.6;
/**
 * A swap of the element type alone, every class, id and attribute of the compound kept as written: they
 * still name the element, which a similar-looking class swapped in does not: it scores above most renames.
 */
const TAG_SWAP = 0.9;
/**
 * A path loosened by one step, every value kept: below a tag swap (the element type is what the path
 * names at each step) and above most renames, but not above the asserted text or a record.
 */
const PATH_LOOSENED = 0.8;

/** `source` with the child combinator at `at` (XPath `/`, CSS `>` with its spaces) made a descendant one. */
function loosened(source: string, at: number, engine: 'css' | 'xpath' | 'testid'): string {
  if (engine === 'xpath') return `${source.slice(0, at)}//${source.slice(at + 1)}`;
  let start = at;
  let end = at + 1;
  while (start > 0 && source[start - 1] === ' ') start--;
  while (end < source.length && source[end] === ' ') end++;
  return `${source.slice(0, start)} ${source.slice(end)}`;
}

/** A value of a two-value swap must be at least this close a rename of its own. */
const PAIR_MIN_EACH = 0.45;
/** The closest values of each token a two-value swap tries. */
const PAIR_VALUES = 6;

/** The short words (a library's namespace: `mdc`, `mat`) that a rename put in: `mat-tab-label` -> `mat-mdc-tab` adds `mdc`. */
function addedWords(lost: string, found: string): Set<string> {
  const before = words(lost);
  const after = words(found);
  const added = new Set(after.filter((w) => w.length <= 4 && !before.includes(w)));
  // A longer leading word swapped with the rest kept (`mapboxgl-ctrl-zoom-in` -> `maplibregl-ctrl-zoom-in`) is a namespace too.
  if (sameAfterFirst(before, after)) added.add(after[0] as string);
  return added;
}

/** A tag or attribute name that can be written in a CSS selector or an XPath step as it is. */
const TAG = /^[a-z][a-z0-9-]*$/;
/** Elements this much like the last-known-good record offer their values even when unlike the lost one. */
const LKG_CANDIDATE = 0.6;

export interface DomContext {
  /** Elements the fixed locator should resolve to (toHaveCount N), else 1. */
  count: number;
  expectedText?: string;
  /** The texts of `toHaveText([...])`, one per element in order (then `count` is their number). */
  expectedTexts?: string[];
  containsText?: boolean;
  /** What the locator found the last time a test that used it passed (see last-known-good/). */
  lastKnownGood?: Pick<LkgEntry, 'count' | 'elements'>;
  /** The locator method that failed (`fill`, `check`, ...): the new elements must be able to take it. */
  action?: string;
}

const TEXT_INPUT_TYPES = new Set(['text', 'email', 'password', 'search', 'tel', 'url', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/** Actions Playwright performs only on an enabled element (it waits for one until the timeout). */
const NEEDS_ENABLED = new Set(['click', 'dblclick', 'tap', 'fill', 'clear', 'pressSequentially', 'type', 'check', 'uncheck', 'setChecked', 'selectOption', 'setInputFiles']);

/** Whether the snapshot shows `e` disabled (its `disabled` attribute, or `aria-disabled="true"`). */
export const isDisabled = (e: DomElement): boolean => e.attrs?.disabled !== undefined || e.attrs?.['aria-disabled'] === 'true';

/**
 * Whether `e` can take `action` as Playwright performs it: `fill` needs a text field (an `<input>` of a
 * text type, a `<textarea>`, an editable role), `check` a checkbox or radio, `selectOption` a `<select>`
 * or listbox, `setInputFiles` a file input, and each of these and a click an enabled element. Other
 * actions (hover, focus, ...) take any element.
 */
export function canTake(action: string | undefined, e: DomElement): boolean {
  if (action !== undefined && NEEDS_ENABLED.has(action) && isDisabled(e)) return false;
  const type = (e.type ?? 'text').toLowerCase();
  switch (action) {
    case 'fill':
    case 'clear':
    case 'pressSequentially':
      return e.tag === 'textarea' || (e.tag === 'input' && TEXT_INPUT_TYPES.has(type)) || (e.tag !== 'input' && (e.role === 'textbox' || e.role === 'searchbox' || e.role === 'spinbutton'));
    case 'check':
    case 'uncheck':
    case 'setChecked':
      return e.tag === 'input' ? type === 'checkbox' || type === 'radio' : e.role === 'checkbox' || e.role === 'radio' || e.role === 'switch';
    case 'selectOption':
      return e.tag === 'select' || e.role === 'listbox' || e.role === 'combobox';
    case 'setInputFiles':
      return e.tag === 'input' && type === 'file';
    default:
      return true;
  }
}

/** `lkg`: the winner's likeness to the last-known-good record, when the heal used one; `tie` on a refusal: two or more values fit about equally well (the page holds more than one candidate). */
export type DomHealResult = { repl: Replacement; why: string; score: number; elements: DomElement[]; lkg?: number } | { refused: string; tie?: true };

/** `withScope`: the scope's own elements compete too (the `text=` engine matches the element it searches in, CSS does not). */
type Query = { sel: ParsedSelector; source: string; testId?: false; withScope?: true } | { testId: true; value: string };

/** The snapshot's view of one query step, or undefined when the snapshot cannot answer it. */
function queryOf(step: LocatorStep): Query | undefined {
  const first = step.args[0];
  if (first?.t !== 'str' || step.args.length !== 1) return undefined;
  if (step.method === 'getByTestId') return { testId: true, value: first.v };
  if (step.method !== 'locator') return undefined;
  const sel = parseSelector(first.v);
  return sel ? { sel, source: first.v } : undefined;
}

function textQueryOf(step: LocatorStep): Query | undefined {
  const first = step.args[0];
  const sel = step.method === 'locator' && first?.t === 'str' && step.args.length === 1 ? parseTextStep(first.v) : undefined;
  return sel && first?.t === 'str' ? { sel, source: first.v, withScope: true } : undefined;
}

function resolveQuery(dom: DomSnapshot, q: Query, scope: DomElement[] | undefined): DomElement[] | 'unknown' {
  if (q.testId) {
    return dom.elements.filter((e) => inScope(dom, e, scope) && attrOf(e, dom.testIdAttribute, dom) === q.value);
  }
  return matchSelector(dom, q.sel, scope, q.withScope);
}

export function within(dom: DomSnapshot, e: DomElement, scope: DomElement[]): boolean {
  for (let p = e.parent; p >= 0; p = (dom.elements[p] as DomElement).parent) if (scope.includes(dom.elements[p] as DomElement)) return true;
  return false;
}

/** Whether `e` is inside `scope`, or, without one, in the main frame. */
export function inScope(dom: DomSnapshot, e: DomElement, scope: DomElement[] | undefined): boolean {
  return scope ? within(dom, e, scope) : e.frame === 0;
}

/** The element's nearest captured ancestor. */
function parentIn(dom: DomSnapshot, e: DomElement): DomElement | undefined {
  return e.parent >= 0 ? dom.elements[e.parent] : undefined;
}

function narrow(dom: DomSnapshot, set: DomElement[], step: LocatorStep): DomElement[] | 'unknown' {
  if (step.method === 'first') return set.slice(0, 1);
  if (step.method === 'last') return set.slice(-1);
  if (step.method === 'nth') {
    const n = step.args[0];
    if (n?.t !== 'num') return 'unknown';
    const el = n.v < 0 ? set[set.length + n.v] : set[n.v];
    return el ? [el] : [];
  }
  if (step.method === 'filter') return filterBy(dom, set, step);
  return 'unknown';
}

/**
 * `filter({ hasText })` / `filter({ hasNotText })` with string values, on the snapshot's texts (case-
 * insensitive substring, as Playwright matches a string), and `filter({ has })` / `filter({ hasNot })`
 * with a locator written out, run inside each element; unknown for other options, or when a text the
 * snapshot clipped leaves the answer open.
 */
function filterBy(dom: DomSnapshot, set: DomElement[], step: LocatorStep): DomElement[] | 'unknown' {
  const opts = step.args[0];
  if (opts?.t !== 'obj' || step.args.length !== 1) return 'unknown';
  let out = set;
  for (const { key, value } of opts.entries) {
    if ((key === 'has' || key === 'hasNot') && value.t === 'dyn' && value.chain) {
      const keep: DomElement[] = [];
      const text = getByTextOf(value.chain);
      for (const e of out) {
        // run stops at the first unknown step, so the last result answers for the whole locator.
        const end = text ? textInside(dom, e, text) : run(dom, value.chain, [e]).results.at(-1);
        if (end === undefined || end === 'unknown') return 'unknown';
        if ((end.length > 0) === (key === 'has')) keep.push(e);
      }
      out = keep;
      continue;
    }
    if ((key !== 'hasText' && key !== 'hasNotText') || value.t !== 'str') return 'unknown';
    const keep: DomElement[] = [];
    for (const e of out) {
      const text = e.text ?? '';
      const hit = textMatches(text, value, false) === true;
      if (!hit && text.endsWith('\u2026')) return 'unknown';
      if (hit === (key === 'hasText')) keep.push(e);
    }
    out = keep;
  }
  return out;
}

/** A text the snapshot cut (it ends with an ellipsis): what it says past the cut is unknown. */
const clipped = (e: DomElement) => (e.text ?? '').endsWith('\u2026');

/** Each element's text as getByText reads it (whitespace collapsed); undefined where none can match: no text, clipped, out of scope. */
export function textsOf(dom: DomSnapshot, scope: DomElement[] | undefined): (string | undefined)[] {
  return dom.elements.map((e) => (e.text && !clipped(e) && inScope(dom, e, scope) ? norm(e.text) : undefined));
}

/** findByText over texts already read (see textsOf). */
export function matching(dom: DomSnapshot, texts: readonly (string | undefined)[], value: string, exact: boolean): DomElement[] {
  const want = exact ? norm(value) : norm(value).toLowerCase();
  if (!want) return [];
  const hits = dom.elements.filter((_, i) => {
    const text = texts[i];
    return text !== undefined && (exact ? text === want : text.toLowerCase().includes(want));
  });
  return hits.filter((e) => !hits.some((o) => o !== e && within(dom, o, [e])));
}

/**
 * The elements `getByText(value, { exact })` finds in the snapshot, as Playwright's internal text engine
 * does: exact, the whole text equal (case-sensitive, whitespace collapsed); otherwise a case-insensitive
 * substring; either way only elements none of whose children match too (a wrapper whose text is its
 * child's is not found). Clipped texts never match.
 */
export function findByText(dom: DomSnapshot, value: string, exact: boolean, scope: DomElement[] | undefined): DomElement[] {
  return matching(dom, textsOf(dom, scope), value, exact);
}

/** A locator of one `getByText(string[, { exact }])` step: what it looks for. */
function getByTextOf(chain: LocatorStep[]): { value: string; exact: boolean } | undefined {
  const step = chain.length === 1 ? chain[0] : undefined;
  const first = step?.args[0];
  if (step?.method !== 'getByText' || first?.t !== 'str' || step.args.length > 2) return undefined;
  const exact = option(step, 'exact');
  const opts = step.args[1];
  if (opts && (opts.t !== 'obj' || opts.entries.some((en) => en.key !== 'exact') || exact?.t !== 'bool')) return undefined;
  return { value: first.v, exact: exact?.t === 'bool' && exact.v };
}

/** What `getByText` finds inside `e` (visible), as Playwright's text engine does; unknown when it finds nothing and a text inside was clipped. */
function textInside(dom: DomSnapshot, e: DomElement, q: { value: string; exact: boolean }): DomElement[] | 'unknown' {
  const found = findByText(dom, q.value, q.exact, [e]).filter((x) => x.visible && x !== e);
  if (found.length === 0 && dom.elements.some((x) => x !== e && within(dom, x, [e]) && clipped(x))) return 'unknown';
  return found;
}

/** Options of a user-facing query the snapshot can answer. */
const USER_QUERY_OPTIONS = new Set(['name', 'exact', 'level']);

/** The element field each user-facing query matches its text against. */
export const QUERY_FIELD = {
  getByRole: 'name',
  getByText: 'text',
  getByLabel: 'label',
  getByPlaceholder: 'placeholder',
  getByAltText: 'alt',
  getByTitle: 'title',
} as const satisfies Record<string, keyof DomElement>;
export type QueryField = (typeof QUERY_FIELD)[keyof typeof QUERY_FIELD];

/**
 * `getByRole`, `getByLabel`, `getByPlaceholder`, `getByTitle` and `getByAltText` after a CSS step
 * (`locator('[role=menu]').getByRole('menuitem', { name })`), on the snapshot's roles, accessible names,
 * labels, placeholders, titles and alt texts: visible elements only for the first three, as Playwright's
 * role and label engines skip hidden ones. Unknown for other options, a regular expression that does not
 * compile, or a text the snapshot clipped that leaves the answer open.
 */
function userQuery(dom: DomSnapshot, step: LocatorStep, scope: DomElement[] | undefined): DomElement[] | 'unknown' {
  const first = step.args[0];
  if (first?.t !== 'str' && (first?.t !== 're' || step.method === 'getByRole')) return 'unknown';
  const opts = step.args[1];
  if (step.args.length > 2 || (opts && (opts.t !== 'obj' || opts.entries.some((e) => !USER_QUERY_OPTIONS.has(e.key))))) return 'unknown';
  const exact = option(step, 'exact');
  const isExact = exact?.t === 'bool' && exact.v;
  const level = option(step, 'level');
  if (level && (level.t !== 'num' || step.method !== 'getByRole')) return 'unknown';
  const name = step.method === 'getByRole' ? option(step, 'name') : first;
  // Titles and alt texts are attributes Playwright matches on hidden elements too.
  const byAttribute = step.method === 'getByTitle' || step.method === 'getByAltText';
  const out: DomElement[] = [];
  for (const e of dom.elements) {
    if ((!e.visible && !byAttribute) || !inScope(dom, e, scope)) continue;
    let text: string | undefined;
    if (step.method === 'getByRole') {
      if (e.role !== (first as { v: string }).v || (level && e.level !== (level as { v: number }).v)) continue;
      text = e.name ?? '';
    } else text = e[QUERY_FIELD[step.method as UserQuery]];
    if (text === undefined) continue;
    if (name) {
      const m = textMatches(text, name, isExact);
      if (m === undefined) return 'unknown';
      if (!m && text.endsWith('\u2026')) return 'unknown';
      if (!m) continue;
    }
    out.push(e);
  }
  return out;
}

/** The queries userQuery answers: getByText reads texts the DOM text healer handles. */
type UserQuery = Exclude<keyof typeof QUERY_FIELD, 'getByText'>;
const USER_QUERIES = new Set<string>(Object.keys(QUERY_FIELD).filter((m) => m !== 'getByText'));
/** Queries the ARIA snapshot cannot answer (it shows no titles): the DOM snapshot runs them as a first step too. */
const DOM_FIRST_QUERIES = new Set(['getByTitle']);

/**
 * Runs `steps` from `scope`; `unknown` when a step is beyond the snapshot. A chain that starts with a role,
 * text or label query is the ARIA healer's, so that step reads `unknown` unless `userFirst` says the caller
 * reads the DOM's roles and names for it too.
 */
export function run(dom: DomSnapshot, steps: LocatorStep[], scope: DomElement[] | undefined, userFirst = false): { results: (DomElement[] | 'unknown')[] } {
  const results: (DomElement[] | 'unknown')[] = [];
  let current: DomElement[] | undefined = scope;
  for (const [i, step] of steps.entries()) {
    let got: DomElement[] | 'unknown';
    if (step.method === 'locator' || step.method === 'getByTestId') {
      // `locator('text=Buy')` after another step: a `>> text=` part, as Playwright prints it.
      const q = queryOf(step) ?? (current ? textQueryOf(step) : undefined);
      got = q ? resolveQuery(dom, q, current) : 'unknown';
    } else if (USER_QUERIES.has(step.method)) {
      // Only inside a scope (a CSS or test-id step, an element a filter runs in): a chain that starts with one is the ARIA healer's.
      got = i > 0 || current || userFirst || DOM_FIRST_QUERIES.has(step.method) ? userQuery(dom, step, current) : 'unknown';
    } else got = current ? narrow(dom, current, step) : 'unknown';
    results.push(got);
    if (got === 'unknown') break;
    current = got;
  }
  return { results };
}

const CSS_IDENT = /^-?[A-Za-z_][\w-]*$/;

/** Every value of the token's kind on the page (main frame or scope), with how many elements carry it. */
function pageValues(dom: DomSnapshot, token: SelectorToken, scope: DomElement[] | undefined, like: readonly DomElement[]): string[] {
  const valuesOf = (e: DomElement): string[] => {
    if (token.kind === 'id') return e.id ? [e.id] : [];
    // XPath's `@class="a"` compares the whole attribute (`class="a b"` fails it): its values are whole class lists.
    if (token.kind === 'class') return token.op === '=' ? (e.classes?.length ? [e.classes.join(' ')] : []) : (e.classes ?? []);
    const v = attrOf(e, token.attr as string, dom);
    return typeof v === 'string' && v !== 'unknown' ? [v] : [];
  };
  const seen = new Set<string>();
  for (const e of dom.elements) {
    if (!inScope(dom, e, scope)) continue;
    for (const v of valuesOf(e)) seen.add(v);
  }
  seen.delete(token.value);
  const ranked = [...seen].map((v) => ({ v, s: Math.max(valueSimilarity(token, v, dom), token.kind === 'class' || token.kind === 'id' ? authoredScore(token.value, v) : 0) })).filter((x) => x.s >= 0.35);
  const out = ranked.sort((a, b) => b.s - a.s).slice(0, MAX_VALUES).map((x) => x.v);
  // A library's published rename of the class, however unlike its old name (`panel` -> `card`).
  if (token.kind === 'class') for (const v of knownRenamesOf(token.value)) if (seen.has(v) && !out.includes(v)) out.push(v);
  // And the same class under the prefix the release moved it to, however unlike (`CodeMirror-line` -> `cm-line`).
  if (token.kind === 'class') for (const v of seen) if (!out.includes(v) && movedPrefix(dom, token.value, v)) out.push(v);
  // The values of the elements that look like the last-known-good one, however unlike the lost value.
  for (const e of like) for (const v of valuesOf(e)) if (v !== token.value && !out.includes(v)) out.push(v);
  return out;
}

/** The elements in scope that look like the last-known-good record and still carry something of its own (at most 20, best first). */
function lookAlikes(dom: DomSnapshot, scope: DomElement[] | undefined, lkg: DomContext['lastKnownGood']): DomElement[] {
  if (!lkg) return [];
  const scored: { e: DomElement; s: number }[] = [];
  for (const e of dom.elements) {
    if (!inScope(dom, e, scope) || !lkg.elements.some((fp) => carriesIdentity(e, fp))) continue;
    const s = Math.max(...lkg.elements.map((fp) => fingerprintSimilarity(e, parentIn(dom, e), fp)));
    if (s >= LKG_CANDIDATE) scored.push({ e, s });
  }
  return scored.sort((a, b) => b.s - a.s).slice(0, 20).map((x) => x.e);
}

/** The last segment of a link's path or hash route (`#/account/orders` -> `orders`), lower-cased. */
function lastSegment(href: string): string {
  const parts = href.toLowerCase().split(/[/#?]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/**
 * A route that moved under another parent keeps its last segment (`#/account/orders` -> `#/orders`,
 * `/settings/profile` -> `/account/profile`): that scores as a close rename, which character
 * similarity alone does not see through the shared `#/` and the dropped segment.
 */
function sameRoute(lost: string, found: string): number {
  const a = lastSegment(lost);
  return a.length >= 3 && a === lastSegment(found) && lost !== found ? 0.8 : 0;
}

/** Whether a library's migration guide renamed the token's class to `value` (see known-renames.ts), or the page shows its prefix moved (see movedPrefix). */
function publishedRename(token: SelectorToken, value: string, dom: DomSnapshot): boolean {
  return token.kind === 'class' && (knownRename(token.value, value) !== undefined || movedPrefix(dom, token.value, value));
}

/** The first `-`/`_`-separated segment of each class on the page, counted once per class (cached per snapshot). */
const CLASS_PREFIXES = new WeakMap<DomSnapshot, Map<string, number>>();
function classPrefixes(dom: DomSnapshot): Map<string, number> {
  let counts = CLASS_PREFIXES.get(dom);
  if (counts) return counts;
  counts = new Map();
  const seen = new Set<string>();
  for (const e of dom.elements) {
    for (const c of e.classes ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const cut = c.search(/[-_]/);
      if (cut > 0) counts.set(c.slice(0, cut), (counts.get(c.slice(0, cut)) ?? 0) + 1);
    }
  }
  CLASS_PREFIXES.set(dom, counts);
  return counts;
}

/** Classes of another prefix a release must show before its prefix counts as moved. */
const MOVED_PREFIX_MIN = 3;

/**
 * A release that moved a library's class prefix (MapLibre's `mapboxgl-` -> `maplibregl-`, CodeMirror 6's
 * `CodeMirror-` -> `cm-`): `value` is `lost` with another first segment and the rest kept, no class on the
 * page has the old prefix any more, and at least three other classes have the new one.
 */
function movedPrefix(dom: DomSnapshot, lost: string, value: string): boolean {
  const a = /^([A-Za-z][A-Za-z0-9]*)([-_].+)$/.exec(lost);
  const b = /^([A-Za-z][A-Za-z0-9]*)([-_].+)$/.exec(value);
  if (!a || !b || a[1] === b[1] || a[2] !== b[2] || (a[2] as string).length < 3) return false;
  const prefixes = classPrefixes(dom);
  return !prefixes.has(a[1] as string) && (prefixes.get(b[1] as string) ?? 0) >= MOVED_PREFIX_MIN;
}

/** A class or id swap whose value differs from the token's in generated parts alone: the same authored name after a rebuild. */
function rebuilt(sw: Swap): boolean {
  if ((sw.token.kind !== 'class' && sw.token.kind !== 'id') || sw.kind !== undefined || sw.also) return false;
  const authored = authoredPart(sw.token.value);
  return authored !== sw.token.value && authored !== '' && authored === authoredPart(sw.value) && sw.value !== sw.token.value;
}

/** How alike two classes or ids are once their generated parts are out: 0 when neither had one, or nothing else is left. */
function authoredScore(lost: string, found: string): number {
  const a = authoredPart(lost);
  const b = authoredPart(found);
  return a === lost && b === found ? 0 : a && b ? nameSimilarity(a, b) : 0;
}

/**
 * The same value with other digits (`ember412` / `ember398`, `mui-17` / `mui-21`, `col-3` / `col-4`): an
 * auto-numbered id, or another instance of one kind. The digits say nothing about which element it was, so
 * every value of the family is as like the lost one as any other: alike to {@link NUMBERED}, and two of
 * them on the page tie (a last-known-good record tells them apart).
 */
const renumbered = (lost: string, value: string) => lost !== value && /\d/.test(lost) && lost.replace(/\d+/g, '0') === value.replace(/\d+/g, '0');
const NUMBERED = 0.8;

/**
 * XPath's whole-attribute `@class="button1"` against an element whose class list kept every class it named and
 * gained more (`class="button1 default-submit-action"`): the same element, given a class; as strong as a tag swap.
 */
const CLASSES_KEPT = TAG_SWAP;
function keptClasses(token: SelectorToken, value: string): boolean {
  if (token.kind !== 'class' || token.op !== '=') return false;
  const had = token.value.split(' ').filter(Boolean);
  const has = new Set(value.split(' '));
  return had.length > 0 && has.size > had.length && had.every((c) => has.has(c));
}

/** How likely `value` is the token's value renamed: by the names, a class's authored part, or a library's published rename of a class. */
function renameScore(token: SelectorToken, value: string, dom: DomSnapshot): number {
  if (renumbered(token.value, value)) return NUMBERED;
  if (keptClasses(token, value)) return CLASSES_KEPT;
  const authored = token.kind === 'class' || token.kind === 'id' ? authoredScore(token.value, value) : 0;
  return Math.max(valueSimilarity(token, value, dom), authored, publishedRename(token, value, dom) ? KNOWN_RENAME : 0);
}

/** How alike the token's value and `value` are: as test ids for a test-id attribute (see identifierSimilarity), as names otherwise. */
function valueSimilarity(token: SelectorToken, value: string, dom: DomSnapshot): number {
  const testId = token.kind === 'attr' && token.attr !== undefined && isTestIdAttr(token.attr, dom);
  return testId ? identifierSimilarity(token.value, value) : nameSimilarity(token.value, value);
}

/** Whether `value` can stand where the token is written without changing the selector's shape. */
function fits(token: SelectorToken, value: string, source: string, engine: 'css' | 'xpath' | 'testid'): boolean {
  if (!value || value.length > 200) return false;
  if (engine === 'testid') return true;
  const quote = source[token.start - 1];
  const quoted = quote === '"' || quote === "'";
  if (quoted) return !value.includes(quote as string) && !value.includes('\\');
  return engine === 'css' ? CSS_IDENT.test(value) : false;
}

/** The role a drifted value's words name (`history-item` -> listitem), if any. */
function roleHint(value: string): string | undefined {
  for (const w of words(value)) if (ROLE_WORDS[w]) return ROLE_WORDS[w];
  return undefined;
}

function textAgrees(ctx: DomContext, elements: DomElement[]): boolean {
  const many = ctx.expectedTexts;
  if (many) return many.length === elements.length && many.every((t, i) => textAgrees({ count: 1, expectedText: t, ...(ctx.containsText ? { containsText: true } : {}) }, [elements[i] as DomElement]));
  if (ctx.expectedText === undefined || elements.length !== 1) return false;
  const want = normalizeName(ctx.expectedText);
  const text = normalizeName((elements[0] as DomElement).text ?? '');
  return want !== '' && (ctx.containsText ? text.includes(want) : text === want);
}

/** The element's visible names: what a value's words may name. */
const namesOf = (e: DomElement) => [e.name, e.ownText, e.label, e.placeholder].filter((n): n is string => !!n);
/** A drifted value's own words: its words less role words (`order-button` -> order). */
const ownWords = (value: string) => words(value).filter((w) => !ROLE_WORDS[w]);

/**
 * The drifted value's words (less role words) name the element's text or name: `order-total` on "Total: $42".
 * `literal`: by the same words or spellings only (`submit` does not name "Apply", its synonym).
 */
function namesAgree(value: string, e: DomElement, literal = false): boolean {
  const own = ownWords(value);
  // A name's little words ("Go to checkout") say nothing a value could have named.
  return own.length > 0 && namesOf(e).some((n) => wordOverlap(own, words(n).filter((w) => !LITTLE_WORDS.has(w)), literal) >= 0.5);
}

/** Every word of the drifted value (less role words) is in one of the element's names, among more words: `order-button` on "Click to order". */
function namedAmong(value: string, e: DomElement): boolean {
  const own = ownWords(value);
  return own.length > 0 && namesOf(e).some((n) => {
    const ws = words(n);
    return own.every((w) => ws.includes(w));
  });
}

/** Articles, prepositions and pronouns: a visible name has them, a class or test id does not. */
const LITTLE_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'your', 'my', 'our', 'this', 'that', 'is', 'are']);

interface Swap {
  token: SelectorToken;
  value: string;
  source: string;
  elements: DomElement[];
  score: number;
  /** Likeness to the last-known-good record, when there is one. */
  lkg?: number;
  /** The score from the values' names and the page alone, without the record (what breaks a tie the record cannot). */
  named: number;
  /** The kind of the new value when it is not the token's (an id that became a class, another tag, an attribute's name, a loosened path). */
  kind?: 'id' | 'class' | 'tag' | 'attribute' | 'path';
  /** The test-id attribute the value is in now, when the test ids moved to another one (`data-cy` -> `data-testid`). */
  newAttr?: string;
  /** A second value swapped with the first, when a release renamed two values of the selector at once. */
  also?: { token: SelectorToken; value: string };
  /** The heal of a later step of the chain that drifted too, once this swap makes this step find elements. */
  then?: Extract<DomHealResult, { repl: unknown }>;
  /** A test id or id whose words changed, taken as a rename because the record finds its element again alike in all else. */
  onRecord?: boolean;
}

/**
 * Whether `sw` swaps a lost class such as `history-item` (or BEM's `history__item`) for the block it was
 * named after (`history`: its words, a strict prefix of the lost value's) while another swap of the same
 * token finds elements inside that block: the lost name was the element's, not its container's.
 */
function namesTheBlock(dom: DomSnapshot, sw: Swap, swaps: readonly Swap[]): boolean {
  const lost = words(sw.token.value);
  const mine = words(sw.value);
  if (mine.length === 0 || mine.length >= lost.length || !mine.every((w, i) => w === lost[i])) return false;
  return swaps.some((other) => other !== sw && other.token === sw.token && other.elements.length > 0 && other.elements.every((e) => !sw.elements.includes(e) && within(dom, e, sw.elements)));
}

/**
 * The element the lost value named, when the swap finds another: the lost value's own words (`save` of
 * `btn-save`) name a visible element of the same role that the swap does not find, while the element it
 * finds is not named by them (`btn-cancel` on "Cancel"). Without a last-known-good record that is the
 * only evidence of intent, and it says the swap found a neighbour.
 */
function namedElsewhere(dom: DomSnapshot, sw: Swap, scope: DomElement[] | undefined, own?: DomElement[]): DomElement | undefined {
  const found = own?.length === 1 ? own : sw.elements;
  // The element found names the value's words too (among more words): it is not the neighbour of another one named by them.
  if (found.length !== 1 || namesAgree(sw.token.value, found[0] as DomElement) || namedAmong(sw.token.value, found[0] as DomElement)) return undefined;
  const role = (found[0] as DomElement).role;
  // Named by the same words: a synonym (`submit` and "Apply") is no name of the element.
  return dom.elements.find(
    (e) => e.visible && !found.includes(e) && inScope(dom, e, scope) && (e.role === role || e.tag === (found[0] as DomElement).tag) && namesAgree(sw.token.value, e, true),
  );
}

/** Alike to its record in everything but what the locator named: then a word of its name may be swapped (see pageWords). */
export const LKG_SAME_MIN = 0.95;

const PAGE_WORDS = new WeakMap<DomSnapshot, ReadonlySet<string>>();
/** Every word (stemmed, as meaning.ts compares them) the page shows or names anywhere: texts, names, labels, placeholders, titles, alt texts. */
export function pageWords(dom: DomSnapshot): ReadonlySet<string> {
  let set = PAGE_WORDS.get(dom);
  if (!set) {
    const out = new Set<string>();
    for (const e of dom.elements) for (const v of [e.name, e.ownText, e.text, e.label, e.placeholder, e.title, e.alt]) if (v) for (const w of words(v)) out.add(w);
    set = out;
    PAGE_WORDS.set(dom, set);
  }
  return set;
}

const VALUE_WORDS = new WeakMap<DomSnapshot, ReadonlySet<string>>();
/** Every word of the ids and test ids on the page (their authored parts, stemmed as meaning.ts compares them), with {@link pageWords}. */
function valueWords(dom: DomSnapshot): ReadonlySet<string> {
  let set = VALUE_WORDS.get(dom);
  if (!set) {
    const out = new Set(pageWords(dom));
    for (const e of dom.elements) for (const v of [e.id, ...Object.values(e.testIds ?? {})]) if (v) for (const w of words(authoredPart(v))) out.add(w);
    set = out;
    VALUE_WORDS.set(dom, set);
  }
  return set;
}

/** How far ahead on names a swap must be to break a tie the record cannot: a letter in common is not a lead. */
const NAME_LEAD = 2 * DOM_TIE_MARGIN;

/** How like the record the element of a tied value must be, and by how much more than the others', to break the tie alone. */
const RECORD_MIN = 0.75;
const RECORD_LEAD = 0.25;
/** Two elements this close in likeness to the record are as like it: the record tells them apart no more. */
const RECORD_ALIKE = 0.05;
/** How much more like the record another candidate must be to make a winner by name a guess (a name that only adds words around the lost value: RECORD_ALIKE). */
const RECORD_CLEARLY_BETTER = 0.2;

/**
 * The swaps in the order the choice reads them. A tie among the leaders (within the tie margin, finding
 * other elements) is broken, in this order, by: the one value whose rebuild changed only a generated hash;
 * the one element whose card still says what the recorded card said (see card-context.ts);
 * the one whose element is far more like the last-known-good record (RECORD_LEAD ahead of every other, at
 * least RECORD_MIN like it); the names, when the leaders are about as like the record (5 points) and one
 * leads the rest by twice the margin on the values' names and the page alone (the score it would have
 * without a record). The chosen one comes first and the rest of the tie drop below the margin. Two inputs
 * of a form are equally like the record of one of them; `emailAddress` still names `email` and `phone`
 * does not. Otherwise the order is the scores'.
 */
function tieByName(sorted: Swap[], dom: DomSnapshot, lkg: DomContext['lastKnownGood']): Swap[] {
  const [best] = sorted;
  if (!best) return sorted;
  const close = sorted.filter((sw) => best.score - sw.score < DOM_TIE_MARGIN && (sw === best || !sameElements(sw.elements, best.elements)));
  /** `chosen` first, the rest of the tie dropped below the margin. */
  const first = (chosen: Swap) => [chosen, ...sorted.filter((sw) => !close.includes(sw))];
  // A build that only regenerated a class's or id's hash (`Checkout_payButton__3xK9a` -> `Checkout_payButton__Qm81z`)
  // beside a look-alike whose authored name differs (`Checkout_payLaterButton__Lp04d`): the rebuilt value is it,
  // unless a record says the other element is more like the one the test found.
  const rebuilds = close.filter(rebuilt);
  const only = rebuilds.length === 1 ? (rebuilds[0] as Swap) : undefined;
  if (close.length >= 2 && only && close.every((sw) => sw.lkg === undefined || (only.lkg ?? 0) >= sw.lkg - RECORD_ALIKE)) return first(only);
  // One element each, and a record of one element: the one whose card still says what the recorded card said
  // (every route's "GO" button renamed alike; only one sits in the route the test clicked), as lkg-heal breaks
  // the same tie for names.
  const fp = soleRecord(lkg);
  if (fp && close.length >= 2 && close.every((sw) => sw.elements.length === 1 && sw.lkg !== undefined)) {
    const card = byContext(dom, close.map((sw) => ({ sw, e: sw.elements[0] as DomElement, fp })));
    if (card) return first(card.sw);
  }
  if (close.length < 2 || close.some((sw) => sw.lkg === undefined)) return sorted;
  // Values the names cannot tell apart (`wpforms-submit-342` and `wpforms-submit-97` for a form re-created
  // under a new number): the one whose element is far more like the record is the element the test found.
  const [closest, runnerUp] = [...close].sort((x, y) => (y.lkg as number) - (x.lkg as number)) as [Swap, Swap];
  if ((closest.lkg as number) >= RECORD_MIN && (closest.lkg as number) - (runnerUp.lkg as number) >= RECORD_LEAD) return first(closest);
  const [lead, next] = [...close].sort((x, y) => y.named - x.named) as [Swap, Swap];
  const recordAgrees = close.every((sw) => (lead.lkg as number) >= (sw.lkg as number) - RECORD_ALIKE);
  if (lead.named - next.named < NAME_LEAD || lead.named < DOM_MIN_SCORE || !recordAgrees) return sorted;
  return first(lead);
}

/** Two words alike: the same, or sharing their first five letters (`insurance` and `insured`). */
const alikeWord = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/**
 * The words a value's added words may echo: the element's own names and text, and the headings of the
 * sections it sits in below the page's main region (a row's "Add to cart" under "Similar wines").
 */
function saysOf(dom: DomSnapshot, e: DomElement): string[] {
  return [...namesOf(e), e.text ?? '', ...sectionHeadings(dom, e)].flatMap((t) => words(t));
}

/** Tags whose text is the whole page's, not a section's. */
const PAGE_TAGS = new Set(['main', 'body', 'html']);

/** The texts of the headings (and legends) inside the element's next three ancestors, up to the page's main region. */
function sectionHeadings(dom: DomSnapshot, e: DomElement): string[] {
  const ancestors = new Set<number>();
  for (let i = e.parent, d = 0; i >= 0 && d < 3; d++) {
    const a = dom.elements[i] as DomElement;
    if (PAGE_TAGS.has(a.tag)) break;
    ancestors.add(i);
    i = a.parent;
  }
  return ancestors.size ? textsBelow(dom, e, ancestors, (h) => (h.role === 'heading' || h.tag === 'legend' ? h.text : undefined)) : [];
}

/** The value's words put in among the lost value's, when it keeps every lost word in order (else undefined). */
function qualifiers(sw: Swap): string[] | undefined {
  const lost = words(sw.token.value);
  const mine = words(sw.value);
  let i = 0;
  for (const w of mine) if (w === lost[i]) i++;
  if (i < lost.length || mine.length <= lost.length) return undefined;
  return mine.filter((w) => w.length >= 3 && !lost.includes(w));
}

/**
 * Whether `sw` puts in a value that keeps every word of the lost one, in order, and adds a word its one element also says
 * (`searchSailingsButton-freight` on "Search freight sailings", `book-seats-imax-button` on "Book IMAX
 * seats", `similar-add-to-cart-button` under "Similar wines"): a variant of the lost element for that
 * qualifier, which stands beside the element, not its rename.
 */
function variantOfLost(dom: DomSnapshot, sw: Swap): boolean {
  if (sw.also || sw.kind) return false;
  const added = qualifiers(sw);
  if (!added) return false;
  const says = saysOf(dom, sw.elements[0] as DomElement);
  return added.some((w) => says.some((x) => alikeWord(w, x)));
}

/** The words of an element's names and `name` attribute, less little words. */
const nameWords = (e: DomElement) => [...namesOf(e), e.nameAttr ?? ''].flatMap((t) => words(t)).filter((w) => !LITTLE_WORDS.has(w));

/**
 * Whether the page shows the unqualified counterpart of the variant `sw`: another visible element of the same tag
 * and type whose names say what the variant's say less its qualifier ("Your offer" and `name="offer"` beside
 * "Bundle offer"; `name="species"` beside "Insured species"; "Registration number" beside "Registration for
 * tyre fitting"), whatever its value (`vrm-input` keeps no word of `vehicleReg`).
 */
function counterpartShown(dom: DomSnapshot, sw: Swap, variants: readonly Swap[]): boolean {
  const v = sw.elements[0] as DomElement;
  const added = qualifiers(sw) ?? [];
  const rest = nameWords(v).filter((w) => w.length >= 3 && !added.some((a) => alikeWord(a, w)));
  if (!rest.length) return false;
  // Another variant is no counterpart: "Apply for this job" and "Apply filters" each qualify `apply-button`.
  const qualified = new Set(variants.flatMap((x) => x.elements));
  return dom.elements.some((e) => !qualified.has(e) && e.visible && e.tag === v.tag && e.type === v.type && nameWords(e).some((w) => rest.some((x) => alikeWord(w, x))));
}

/**
 * The swaps with variants of the lost element (variantOfLost) set aside when another swap keeps two of the
 * lost value's words in another order or form (`sailing-search-submit` for `searchSailingsButton`), or the page
 * shows the variant's unqualified counterpart (counterpartShown): that one is the renamed element, the variant
 * stood beside it all along; when no swap left is a heal of its own (judged another thing, or too far from the
 * lost value), nothing is. With neither the order stays (`order-button` -> `send-order-button` on "Send order"
 * is a rename that put in the button's verb). A record still judges what is left (a record of the plain button
 * heals to its rename; of the freight button, the record heal finds that one first), and a variant it likes
 * better than every other value stays.
 */
function withoutVariants(dom: DomSnapshot, sorted: Swap[], changed: readonly Swap[]): Swap[] {
  const qualified = sorted.filter((sw) => variantOfLost(dom, sw));
  if (!qualified.length) return sorted;
  const unqualified = [...sorted, ...changed].filter((sw) => !qualified.includes(sw));
  // A variant the record likes better than every other value is the element the test found (the card's button).
  const variants = qualified.filter((sw) => sw.lkg === undefined || unqualified.some((o) => o.lkg === undefined || o.lkg > (sw.lkg as number) - RECORD_ALIKE));
  if (!variants.length) return sorted;
  const rest = sorted.filter((sw) => !variants.includes(sw));
  // The renamed element need not be a heal itself (a swap judged another thing still shows it is there).
  const renamed =
    [...rest, ...changed].some((sw) => {
      const mine = words(sw.value);
      return words(sw.token.value).filter((w) => mine.some((m) => alikeWord(w, m))).length >= 2;
    }) || variants.some((v) => counterpartShown(dom, v, variants));
  return renamed ? rest : sorted;
}

/** The record's element when the locator found exactly one when the test last passed (else undefined). */
const soleRecord = (lkg: DomContext['lastKnownGood']): Fingerprint | undefined => (lkg?.elements.length === 1 ? lkg.elements[0] : undefined);

/** The same elements, in the same order. */
export const sameElements = (a: readonly DomElement[], c: readonly DomElement[]) => a.length === c.length && a.every((e, i) => e === c[i]);

export const describe = (e: DomElement) => `<${e.tag}${e.id ? ` id="${e.id}"` : ''}${e.classes?.length ? ` class="${e.classes.join(' ')}"` : ''}>${e.ownText ? ` "${e.ownText}"` : ''}`;

/**
 * A class swap that keeps only part of the lost class (`badge-new` -> `badge`) finds an element that may
 * carry the lost class's sibling instead (`badge badge-sale`): that element is another variant of the
 * same thing, and the swap only stopped saying which one. Why, or undefined when no class of the found
 * elements says so.
 */
function siblingMeaning(sw: Swap): string | undefined {
  if (sw.token.kind !== 'class' || (sw.kind !== undefined && sw.kind !== 'class')) return undefined;
  const lost = words(sw.token.value);
  const kept = words(sw.value);
  if (kept.length >= lost.length || !kept.every((w) => lost.includes(w))) return undefined;
  for (const e of sw.elements) {
    for (const c of e.classes ?? []) {
      const cw = words(c);
      // Classes made of the lost class's words only (the swapped value itself among them) name no sibling.
      if (!cw.some((w) => lost.includes(w)) || cw.every((w) => lost.includes(w))) continue;
      const why = meaningChange(sw.token.value, c);
      if (why) return `the element it finds has class "${c}": ${why}`;
    }
  }
  return undefined;
}

/**
 * The id of a container a CSS or XPath step searches in (`#live-chat button`, `//div[@id="live-chat"]//button`)
 * when no element of the page has it or an id close to it: the container is gone, and what it held most
 * likely with it, so nothing elsewhere on the page is a heal by its text alone. Undefined when the
 * snapshot is cut (it may lie beyond) or every scope id is still there or close.
 */
export function goneScope(dom: DomSnapshot, chain: LocatorStep[]): string | undefined {
  if (dom.truncated) return undefined;
  const ids = new Set<string>();
  for (const e of dom.elements) if (e.id) ids.add(e.id);
  for (const step of chain) {
    const q = step.method === 'locator' ? queryOf(step) : undefined;
    if (!q || q.testId) continue;
    for (const c of q.sel.compounds.slice(0, -1)) {
      for (const t of c.tokens) {
        if (t.kind !== 'id' || !t.value || ids.has(t.value)) continue;
        if (![...ids].some((id) => nameSimilarity(t.value, id) >= DOM_MIN_SCORE)) return t.value;
      }
    }
  }
  return undefined;
}

/**
 * The elements a locator's container still finds when the locator does not: for the first step that
 * finds nothing, what its parts but the last find when it is a CSS or XPath selector of several parts
 * (`//div[@data-order="112-4471"]//a[...]`, `.order-card .track`), else what the steps before it find
 * (`locator('.discussion-timeline').locator('.comment')`).
 * The element the test meant was inside them, so one found elsewhere on the page is another
 * container's. Undefined when there is no such step, or the snapshot cannot tell.
 */
export function heldScope(dom: DomSnapshot, chain: LocatorStep[]): DomElement[] | undefined {
  if (dom.truncated) return undefined;
  const { results } = run(dom, chain, undefined);
  const b = results.findIndex((r) => r === 'unknown' || r.length === 0);
  const step = chain[b];
  if (!step || results[b] === 'unknown') return undefined;
  const before = b > 0 ? (results[b - 1] as DomElement[]) : undefined;
  const q = queryOf(step);
  const own = q && !q.testId && q.sel.compounds.length > 1 && q.sel.nth === undefined ? matchSelector(dom, { ...q.sel, compounds: q.sel.compounds.slice(0, -1) }, before) : undefined;
  const held = own ?? before;
  return held === undefined || held === 'unknown' || !held.some((e) => e.visible) ? undefined : held;
}

type ChainValue = Extract<JsValue, { t: 'dyn' }> & { chain: NestedStep[] };

/**
 * The `has` locator of a filter step when its first step is a CSS or test-id query that finds nothing
 * inside any of the elements the filter runs on (`set`): the drift is in it. Undefined otherwise.
 */
function lostHas(dom: DomSnapshot, step: LocatorStep, set: DomElement[]): ChainValue | undefined {
  const opts = step.method === 'filter' ? step.args[0] : undefined;
  if (opts?.t !== 'obj' || !set.length) return undefined;
  for (const { key, value } of opts.entries) {
    if (key !== 'has' || value.t !== 'dyn' || !value.chain) continue;
    const first = value.chain[0] as LocatorStep;
    if (first.method !== 'locator' && first.method !== 'getByTestId') continue;
    const q = queryOf(first);
    const inside = q ? resolveQuery(dom, q, set) : 'unknown';
    if (Array.isArray(inside) && inside.length === 0) return value as ChainValue;
  }
  return undefined;
}

/** The filter step with `source` as the selector of its `has` locator's first step. */
function withHasSelector(step: LocatorStep, has: ChainValue, source: string): LocatorStep {
  const opts = step.args[0] as Extract<JsValue, { t: 'obj' }>;
  const [first, ...rest] = has.chain as [NestedStep, ...NestedStep[]];
  const chain = [{ ...first, args: [{ ...(first.args[0] as Extract<JsValue, { t: 'str' }>), v: source }, ...first.args.slice(1)] }, ...rest];
  return { ...step, args: [{ ...opts, entries: opts.entries.map((e) => (e.value === has ? { key: e.key, value: { ...has, chain } } : e)) }] };
}

/**
 * A repair of the first step that finds nothing, from the DOM snapshot; undefined when the snapshot
 * cannot judge this chain (an engine or step it does not model, or no step that finds nothing).
 */
export function domHeal(dom: DomSnapshot, chain: LocatorStep[], ctx: DomContext): DomHealResult | undefined {
  return healFirstBroken(dom, chain, ctx, true);
}

/** Candidates of the first broken step that may open a second heal (see `laterStep`): the closest few. */
const TWO_STEP_TRIES = 5;

/**
 * domHeal of the first step that finds nothing. With `twoSteps`, a value that makes that step find
 * elements again, while a later CSS or test-id step of the chain still finds nothing in them, is
 * followed by a heal of that later step (one level: a release that renamed a value in each of two
 * steps, Bootstrap 3 -> 4's `.panel` and `.btn-default`). Each must be a rename of its own.
 */
function healFirstBroken(dom: DomSnapshot, chain: LocatorStep[], ctx: DomContext, twoSteps: boolean): DomHealResult | undefined {
  const { results } = run(dom, chain, undefined);
  if (results.some((r) => r === 'unknown')) return undefined;
  // The first step that finds nothing: a CSS or test-id query, or a filter whose `has` locator finds
  // nothing in any of the elements it filters (its first step is then the one that drifted).
  const b = results.findIndex(
    (r, i) => Array.isArray(r) && r.length === 0 && (chain[i]?.method === 'locator' || chain[i]?.method === 'getByTestId' || (i > 0 && lostHas(dom, chain[i] as LocatorStep, results[i - 1] as DomElement[]) !== undefined)),
  );
  if (b < 0) return undefined;
  const step = chain[b] as LocatorStep;
  const scope = b > 0 ? (results[b - 1] as DomElement[]) : undefined;
  const nested = step.method === 'filter' ? lostHas(dom, step, scope as DomElement[]) : undefined;
  // A `text=` part that finds nothing has no value to swap: not this healer's.
  const q = queryOf(nested ? (nested.chain[0] as LocatorStep) : step);
  if (!q) return undefined;
  /** The step with `source` in place of the drifted selector (in the `has` locator of a filter). */
  const stepFor = (source: string): LocatorStep => (nested ? withHasSelector(step, nested, source) : { ...step, args: [{ ...(step.args[0] as Extract<LocatorStep['args'][number], { t: 'str' }>), v: source }] });
  const source = q.testId ? q.value : q.source;
  const engine = q.testId ? 'testid' : q.sel.engine;
  const tokens: SelectorToken[] = q.testId ? [{ kind: 'attr', attr: dom.testIdAttribute, op: '=', value: q.value, start: 0, end: q.value.length }] : q.sel.compounds.flatMap((c) => c.tokens).filter((t) => t.value);
  const childSteps = q.testId ? [] : q.sel.compounds.filter((c) => c.combinator === '>' && c.childAt !== undefined);
  if (!tokens.length && !childSteps.length) return undefined;
  /** Whether `token` is a class in a compound that also names an id (the id names the element, the class checks it). */
  const besideId = (token: SelectorToken): boolean => token.kind === 'class' && !q.testId && q.sel.compounds.some((c) => c.tokens.includes(token) && c.tokens.some((t) => t !== token && t.kind === 'id'));
  const swaps: Swap[] = [];
  /** Swaps that would find elements but change what the value means (a state, a prefix, an action). */
  const changed: (Swap & { why: string })[] = [];
  /** A swap that follows a rename is a candidate; one that changes what the value means is set aside. */
  const offer = (sw: Swap) => {
    const also = sw.also;
    // A class the element already carried beside the lost one when the test last passed is no rename of it:
    // the test checked the element for the lost class (`#rooms.noUi-connect`), and the swap would drop that check.
    const carried = (token: SelectorToken, value: string) => token.kind === 'class' && ctx.lastKnownGood?.elements.some((fp) => fp.classes?.includes(token.value) && fp.classes.includes(value));
    const beside = carried(sw.token, sw.value) ? sw : also && carried(also.token, also.value) ? also : undefined;
    if (beside) {
      changed.push({ ...sw, why: `the element already carried "${beside.value}" beside "${beside.token.value}" when the test last passed: the test checked it for "${beside.token.value}", and "${beside.value}" would drop that check` });
      return;
    }
    // A library's published rename keeps the meaning by definition (`fa-trash-alt` -> `fa-trash-can`).
    const why = also
      ? ((publishedRename(sw.token, sw.value, dom) ? undefined : meaningChange(sw.token.value, sw.value, { namespaces: addedWords(also.token.value, also.value) })) ??
        (publishedRename(also.token, also.value, dom) ? undefined : meaningChange(also.token.value, also.value, { namespaces: addedWords(sw.token.value, sw.value) })))
      : publishedRename(sw.token, sw.value, dom) ? undefined : (meaningChange(sw.token.value, sw.value) ?? siblingMeaning(sw));
    if (!why) swaps.push(sw);
    else if (also === undefined && renamedOnRecord(sw)) swaps.push({ ...sw, onRecord: true });
    else changed.push({ ...sw, why });
  };
  /**
   * A test id or id renamed on the element the record finds again (`listing__buy-button` ->
   * `product__buy-button` when a rebuild renamed its hooks): the one element found still shows the recorded
   * text (or, without text, has the recorded accessible name), which none of its look-alikes said when the
   * test passed (the record's `near`); it is alike to the record in everything but that value
   * (LKG_SAME_MIN); and the page names the words the value lost nowhere, in its text or in any id or test
   * id. Then words swapped are the same element's new name, as for accessible names (lkg-heal); the rules
   * on states, actions and numbers still apply.
   */
  const renamedOnRecord = (sw: Swap): boolean => {
    const fp = soleRecord(ctx.lastKnownGood);
    const e = sw.elements.length === 1 ? sw.elements[0] : undefined;
    const attr = sw.token.kind === 'attr' && isTestIdAttr(sw.token.attr, dom) ? sw.token.attr : undefined;
    if (!fp || !e || dom.truncated || (attr === undefined && sw.token.kind !== 'id')) return false;
    // What it says is what shows it is the same control: its text, else its accessible name (an icon button's label).
    const text = fold(fp.ownText || fp.text || fp.name);
    if (text === '' || fold(e.ownText || e.text || e.name) !== text) return false;
    // And it told the element from its look-alikes when the test passed: none of them said it too (a "Set up"
    // beside another "Set up" names neither). A record without the list (too many look-alikes) cannot say.
    if (!fp.near || fp.near.some((n) => fold(n) === text)) return false;
    const rest: Fingerprint = { ...fp };
    if (attr === undefined) delete rest.id;
    else {
      const testIds = Object.entries(fp.testIds ?? {}).filter(([k]) => k !== attr);
      if (testIds.length) rest.testIds = Object.fromEntries(testIds);
      else delete rest.testIds;
    }
    if (fingerprintSimilarity(e, parentIn(dom, e), rest) < LKG_SAME_MIN) return false;
    return meaningChange(sw.token.value, sw.value, { sameElement: true, onPage: (w) => valueWords(dom).has(w), keptText: true }) === undefined;
  };
  const lkg = ctx.lastKnownGood;
  // The visible elements that show exactly the text the assertion expects offer their values too,
  // however unlike the lost one (`//div[@class="price"]` with toHaveText('$9') -> the "$9" div's class).
  const showing = ctx.count === 1 && ctx.expectedText !== undefined && !ctx.containsText ? dom.elements.filter((e) => e.visible && inScope(dom, e, scope) && textAgrees(ctx, [e])) : [];
  // The innermost only: a wrapper whose text is its child's is not another candidate.
  const shows = showing.length <= 20 ? showing.filter((e) => !showing.some((o) => o !== e && within(dom, o, [e]))) : [];
  const like = [...lookAlikes(dom, scope, lkg), ...(shows.length <= 3 ? shows : [])];
  const parentOf = (e: DomElement) => parentIn(dom, e);
  /** Whether the first found elements (as many as the record keeps) each still carry something of a remembered one's own. */
  const identifies = (end: readonly DomElement[]) => !!lkg && end.slice(0, lkg.elements.length).every((e) => lkg.elements.some((fp) => carriesIdentity(e, fp, scopeStep ? textShared : undefined)));
  /**
   * For a broken scope step (later query steps search in what it finds), the record is of the element the
   * chain ends on, and it tells one container from another only by what that element carries of its own:
   * not a text that more visible elements show than the locator is to find (the "Remove" button of every
   * row, left in another list after the lost one's rows went).
   */
  const scopeStep = searchedIn(chain, b);
  const textShared = (e: DomElement): boolean => {
    const text = fold(e.ownText ?? e.text);
    if (text === '') return false;
    const showing = dom.elements.filter((o) => o.visible && o.frame === 0 && fold(o.ownText ?? o.text) === text);
    // A wrapper whose text is its child's shows it once, with the child.
    return showing.filter((o) => !showing.some((c) => c !== o && within(dom, c, [o]))).length > ctx.count;
  };
  /**
   * A swap's scores with the record: none when what it finds is under 50% like what the locator found
   * then; otherwise `named`, the score from the names and the page alone, and `score`, lifted to the
   * likeness when the elements still carry something of the record's own (not tag and parent alone).
   */
  const withRecord = (end: readonly DomElement[], score: number, released = false): Pick<Swap, 'score' | 'named' | 'lkg'> | undefined => {
    const likeness = lkg ? entrySimilarity(end, parentOf, lkg) : undefined;
    // A release's own rename of the library's classes renamed the record's classes too: then the record's
    // likeness says nothing either way, and the rename is judged as without one.
    if (likeness !== undefined && likeness < LKG_MIN_SIMILARITY) return released ? { score: Math.min(1, score), named: Math.min(1, score) } : undefined;
    const lifted = likeness !== undefined && identifies(end) ? Math.max(score, 0.35 + 0.65 * likeness) : score;
    return { score: Math.min(1, lifted), named: Math.min(1, score), ...(likeness !== undefined ? { lkg: likeness } : {}) };
  };
  /** The elements `source` in place of the broken step finds with the rest of the chain, when they are what the test expects. */
  const found = (source: string): { end: DomElement[]; first: DomElement[] } | undefined => {
    const tail = run(dom, [stepFor(source), ...chain.slice(b + 1)], scope).results;
    const end = tail[tail.length - 1];
    if (!end || end === 'unknown' || tail.some((r) => r === 'unknown') || end.length !== ctx.count || !end.every((e) => e.visible && canTake(ctx.action, e))) return undefined;
    // In a `has` locator, the elements the swapped value names are inside the ones the filter keeps: no role or name bonus reads them.
    return { end, first: nested ? [] : (tail[0] as DomElement[]) };
  };
  /**
   * With `source` in place of the broken step, the heal of a later step that still finds nothing
   * (the step itself now finds elements, and so does every step up to the later one).
   */
  const laterStep = (source: string): Extract<DomHealResult, { repl: unknown }> | undefined => {
    if (!twoSteps || nested) return undefined;
    const fixed = [...chain.slice(0, b), stepFor(source), ...chain.slice(b + 1)];
    const tail = run(dom, fixed.slice(b), scope).results;
    const bad = tail.findIndex((r) => r === 'unknown' || r.length === 0);
    if (bad <= 0 || tail[bad] === 'unknown') return undefined;
    // Its first broken step is that later one: every step before it finds elements now.
    const later = healFirstBroken(dom, fixed, ctx, false);
    return later && 'repl' in later ? later : undefined;
  };
  let tries = 0;
  for (const token of tokens) {
    const hint = roleHint(token.value);
    for (const value of pageValues(dom, token, scope, like)) {
      if (!fits(token, value, source, engine)) continue;
      const next = source.slice(0, token.start) + value + source.slice(token.end);
      const got = found(next);
      if (!got) {
        // A rename of its own here, and a later step that drifted too: both swaps, scored as the weaker.
        const own = renameScore(token, value, dom);
        const later = own >= DOM_MIN_SCORE && tries++ < TWO_STEP_TRIES ? laterStep(next) : undefined;
        const scored = later ? withRecord(later.elements, Math.min(own, later.score)) : undefined;
        if (later && scored) offer({ token, value, source: next, elements: later.elements, ...scored, then: later });
        continue;
      }
      const { end, first } = got;
      // A class written beside an id in one compound (`#rooms.noUi-connect`) checks the element the id names for
      // it: that the record finds the same element says nothing of the class, so its new value must keep a word of its own.
      if (besideId(token) && !keepsOwnWord(token.value, value, end[0] as DomElement)) continue;
      let score = Math.max(renameScore(token, value, dom), token.attr === 'href' ? sameRoute(token.value, value) : 0);
      if (hint && first.length && first.every((e) => e.role === hint)) score += 0.1;
      // Exactly the expected text is evidence of its own, as in the ARIA healer; a substring is not.
      if (textAgrees(ctx, end)) score = ctx.containsText || !shows.includes(end[0] as DomElement) ? score + 0.15 : Math.max(score + 0.15, TEXT_EVIDENCE);
      else if (first.length === 1 && namesAgree(token.value, first[0] as DomElement)) score += 0.1;
      // With a last-known-good record, the swap must find what the locator found then, and that likeness counts most.
      const scored = withRecord(end, score, publishedRename(token, value, dom));
      if (scored) offer({ token, value, source: next, elements: end, ...scored });
    }
  }
  // With a record, a selector that is one id or class (after an optional tag) may keep its element
  // under another kind of value: `#searchinput` lost its id, the same input now has class `searchinput`.
  if (lkg && engine === 'css' && tokens.length === 1) {
    const token = tokens[0] as SelectorToken;
    const tag = TAG.exec(source.slice(0, Math.max(0, token.start - 1)))?.[0] ?? (token.start === 1 ? '' : undefined);
    const marker = source[token.start - 1];
    if (tag !== undefined && token.end === source.length && (token.kind === 'id' ? marker === '#' : token.kind === 'class' && marker === '.')) {
      for (const e of like.slice(0, 3)) {
        const alts = [...(token.kind === 'class' && e.id ? [{ kind: 'id' as const, v: e.id }] : []), ...(token.kind === 'id' ? (e.classes ?? []).map((c) => ({ kind: 'class' as const, v: c })) : [])];
        for (const alt of alts) {
          if (!CSS_IDENT.test(alt.v)) continue;
          const next = `${tag}${alt.kind === 'id' ? '#' : '.'}${alt.v}`;
          const end = found(next)?.end;
          if (!end) continue;
          const likeness = entrySimilarity(end, parentOf, lkg);
          if (likeness < LKG_MIN_SIMILARITY || swaps.some((sw) => sw.source === next)) continue;
          offer({ token, value: alt.v, kind: alt.kind, source: next, elements: end, score: Math.min(1, 0.35 + 0.65 * likeness), named: 0, lkg: likeness });
        }
      }
    }
  }
  // A CSS compound that kept its classes, id or attributes but not its element type (`table.search input`
  // -> the search box is a `div.search` now): the other tag, with every value kept as written.
  if (engine === 'css' && !q.testId) {
    for (const c of q.sel.compounds) {
      if (!c.tag || !c.tagAt || !c.tokens.some((t) => t.value)) continue;
      const at = c.tagAt;
      const tags = new Set<string>();
      for (const e of dom.elements) if (e.tag !== c.tag && TAG.test(e.tag) && inScope(dom, e, scope)) tags.add(e.tag);
      for (const tag of tags) {
        const next = source.slice(0, at.start) + tag + source.slice(at.end);
        const got = found(next);
        if (!got) continue;
        const scored = withRecord(got.end, TAG_SWAP);
        if (!scored) continue;
        const token: SelectorToken = { kind: 'attr', attr: 'tag', op: '=', value: c.tag, start: at.start, end: at.end };
        offer({ token, value: tag, kind: 'tag', source: next, elements: got.end, ...scored });
      }
    }
  }
  // Test ids moved to another attribute (`data-cy`, `data-qa` or `data-test` -> `data-testid`, as a move
  // to getByTestId does), often renamed on the way: the other test-id attribute with its value, the
  // operator and quotes as written. Scored as any value swap, by the value's name.
  if (!q.testId) {
    for (const token of tokens) {
      const at = token.attrAt;
      if (token.kind !== 'attr' || !at || !isTestIdAttr(token.attr, dom)) continue;
      const offered = new Set<string>();
      for (const e of dom.elements) {
        if (!inScope(dom, e, scope)) continue;
        for (const [attr, value] of Object.entries(e.testIds ?? {})) {
          const key = `${attr}\u0000${value}`;
          if (attr === token.attr || !isTestIdAttr(attr, dom) || !TAG.test(attr) || offered.has(key) || offered.size >= MAX_VALUES) continue;
          offered.add(key);
          if (!fits(token, value, source, engine)) continue;
          let score = identifierSimilarity(token.value, value);
          if (score < 0.35) continue;
          const next = source.slice(0, at.start) + attr + source.slice(at.end, token.start) + value + source.slice(token.end);
          const got = found(next);
          if (!got) continue;
          if (textAgrees(ctx, got.end)) score += 0.15;
          const scored = withRecord(got.end, score);
          if (scored) offer({ token, value, newAttr: attr, source: next, elements: got.end, ...scored });
        }
      }
    }
  }
  // An attribute renamed with its value kept (`data-headlessui-state="open"` -> `data-state="open"` when
  // Headless UI gave way to Radix; Bootstrap 5's `data-toggle` -> `data-bs-toggle`): the other name, the
  // value and operator as written. Only from a snapshot that keeps other attributes.
  if (!q.testId && dom.attributes) {
    for (const token of tokens) {
      const at = token.attrAt;
      if (token.kind !== 'attr' || !at || !token.attr || isTestIdAttr(token.attr, dom) || isFieldAttr(token.attr)) continue;
      const names = new Set<string>();
      for (const e of dom.elements) {
        if (!inScope(dom, e, scope)) continue;
        for (const [name, value] of Object.entries(e.attrs ?? {})) if (value === token.value && name !== token.attr && TAG.test(name)) names.add(name);
      }
      for (const name of names) {
        const score = nameSimilarity(token.attr, name);
        if (score < 0.35) continue;
        const next = source.slice(0, at.start) + name + source.slice(at.end);
        const got = found(next);
        if (!got) continue;
        const scored = withRecord(got.end, textAgrees(ctx, got.end) ? score + 0.15 : score);
        const renamed: SelectorToken = { kind: 'attr', attr: 'attribute', op: '=', value: token.attr, start: at.start, end: at.end };
        if (scored) offer({ token: renamed, value: name, kind: 'attribute', source: next, elements: got.end, ...scored });
      }
    }
  }
  // A path of child steps that a release broke by wrapping an element (`/html/body/main/section/p`, and
  // `main > section > p`, once the section sits in a new `div`): one child step at a time loosened to a
  // descendant step, every tag, class, attribute and text kept. The path alone does not say which element
  // it meant, so only with evidence: the asserted text, the N elements of a count, or the record.
  if (!q.testId) {
    for (const c of childSteps) {
      const next = loosened(source, c.childAt as number, engine);
      const got = found(next);
      if (!got) continue;
      const scored = withRecord(got.end, PATH_LOOSENED);
      if (!scored || (!lkg && !textAgrees(ctx, got.end) && ctx.count < 2)) continue;
      const token: SelectorToken = { kind: 'attr', attr: 'path', op: '=', value: source, start: 0, end: source.length };
      swaps.push({ token, value: next, kind: 'path', source: next, elements: got.end, ...scored });
    }
  }
  // A release that renamed two values of the selector at once (`.mat-tab-label.mat-tab-label-active` ->
  // `.mat-mdc-tab.mdc-tab--active`): when no single swap is close enough, pairs of close renames. Each
  // value must be a rename of its own, and the pair scores as its weaker one.
  if (engine !== 'testid' && tokens.length >= 2 && !swaps.some((sw) => sw.score >= DOM_MIN_SCORE)) {
    const options = tokens.map((token) =>
      pageValues(dom, token, scope, like)
        .filter((v) => fits(token, v, source, engine))
        .map((v) => ({ v, s: renameScore(token, v, dom) }))
        .filter((x) => x.s >= PAIR_MIN_EACH)
        .sort((x, y) => y.s - x.s)
        .slice(0, PAIR_VALUES),
    );
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j < tokens.length; j++) {
        const [ti, tj] = [tokens[i] as SelectorToken, tokens[j] as SelectorToken];
        if (ti.end > tj.start) continue;
        for (const a of options[i] ?? []) {
          for (const c of options[j] ?? []) {
            // One value for both says it once: that is not two renames.
            if (a.v === c.v) continue;
            const next = source.slice(0, ti.start) + a.v + source.slice(ti.end, tj.start) + c.v + source.slice(tj.end);
            const got = found(next);
            if (!got) continue;
            let score = Math.min(a.s, c.s);
            if (textAgrees(ctx, got.end)) score += 0.15;
            // Two renames the release published (a class prefix it moved everywhere) renamed the record's classes too.
            const scored = withRecord(got.end, score, publishedRename(ti, a.v, dom) && publishedRename(tj, c.v, dom));
            if (scored) offer({ token: ti, value: a.v, also: { token: tj, value: c.v }, source: next, elements: got.end, ...scored });
          }
        }
      }
    }
  }
  const blocks = swaps.filter((sw) => !namesTheBlock(dom, sw, swaps));
  // Without a record of the element, a swap that finds a neighbour of the element the lost value named is not a heal.
  // A value inside `:has(...)` is a descendant's: the element the step finds need not be named by it.
  // A step that later steps search in is named for what it finds itself (`getByTestId('cart-drawer')` names
  // the drawer, not the link the chain ends on).
  const ownOf = (sw: Swap) => (!nested && !sw.then && b < chain.length - 1 ? run(dom, [stepFor(sw.source)], scope).results[0] : undefined);
  const neighbours = lkg
    ? []
    : [...blocks, ...changed]
        .filter((sw) => !sw.token.inHas)
        .map((sw) => {
          const own = ownOf(sw);
          return { sw, named: namedElsewhere(dom, sw, scope, Array.isArray(own) ? own : undefined) };
        })
        .filter((x) => x.named);
  const kept = blocks.filter((sw) => !neighbours.some((n) => n.sw === sw));
  kept.sort((x, y) => y.score - x.score);
  const [best, second] = tieByName(withoutVariants(dom, kept, changed), dom, ctx.lastKnownGood);
  if (!best || best.score < DOM_MIN_SCORE) {
    const n = neighbours[0];
    if (!best && n?.named) {
      return {
        refused: `"${n.sw.token.value}" names ${describe(n.named)}, but no value on the page finds it: the closest, "${n.sw.value}", finds ${describe(n.sw.elements[0] as DomElement)}, another element (no last-known-good record of what the locator found to tell them apart)`,
      };
    }
    const c = [...changed].sort((x, y) => y.score - x.score)[0];
    if (c && (!best || c.score > best.score)) return { refused: `the closest value on the page, "${c.value}", finds ${ctx.count === 1 ? 'one visible element' : `${ctx.count} visible elements`} but means something else: ${c.why}` };
    const near = best ? ` (closest: "${best.value}" for "${best.token.value}", score ${best.score.toFixed(2)})` : '';
    const wanted = ctx.count === 1 ? 'one visible element' : `${ctx.count} visible elements`;
    if (!tokens.length) return { refused: `no child step of ${renderChain([step])}, loosened to a descendant step, finds ${wanted}${ctx.count === 1 ? ' that shows the asserted text' : ''}` };
    return { refused: `no ${[...new Set(tokens.map((t) => (t.kind === 'attr' ? `${t.attr} value` : t.kind)))].join(' or ')} on the page is close enough to "${tokens.map((t) => t.value).join('", "')}" and finds ${wanted}${near}` };
  }
  // A value that means something else and fits as well as the winner, on other elements: the page may have
  // changed meaning rather than names, and the winner is then a guess.
  // A rename the record vouches for (onRecord) is not a guess beside a rival on an element less like the record.
  const rival = changed.find((c) => c.score >= best.score - DOM_TIE_MARGIN && !sameElements(c.elements, best.elements) && !(best.onRecord && (best.lkg ?? 0) - (c.lkg ?? 1) >= RECORD_ALIKE));
  if (rival) return { refused: `"${best.value}" fits, but "${rival.value}" fits about as well and means something else (${rival.why}): the page may have changed what it shows, not only its names`, tie: true };
  if (second && best.score - second.score < DOM_TIE_MARGIN && !sameElements(best.elements, second.elements)) {
    return { refused: `several values fit about equally well: "${best.value}" (${best.score.toFixed(2)}, ${describe(best.elements[0] as DomElement)}) and "${second.value}" (${second.score.toFixed(2)}, ${describe(second.elements[0] as DomElement)})`, tie: true };
  }
  // The record decides nothing by itself where the elements carry none of its own (a look-alike row's button), but
  // a value that wins by its name while the record fits another candidate clearly better is no heal; nor is one
  // that only adds words around the lost value while the record fits another better at all: a qualified name
  // (`similar-add-to-cart-button` for `add-to-cart-button`) is often another section's element.
  const qualified = containsWhole(best.token.value, best.value);
  const recordPrefers =
    best.lkg === undefined
      ? undefined
      : [...kept, ...changed].find((o) => o.lkg !== undefined && o.lkg >= (best.lkg as number) + (qualified ? RECORD_ALIKE : RECORD_CLEARLY_BETTER) && o.score >= DOM_MIN_SCORE && !sameElements(o.elements, best.elements));
  if (recordPrefers) {
    return {
      refused: `"${best.value}" fits the lost value best by its name, but it is ${Math.round((best.lkg as number) * 100)}% like what the locator found when the test last passed, and "${recordPrefers.value}" (${describe(recordPrefers.elements[0] as DomElement)}) ${Math.round((recordPrefers.lkg as number) * 100)}%: which one the test meant is not clear`,
      tie: true,
    };
  }
  const newStep = nested ? { method: step.method, args: stepFor(best.source).args } : { method: step.method, args: [lit.str(best.source)] };
  // A step that later steps search in holds the value itself; the chain's end is what it resolves to.
  const own = ownOf(best);
  const holder = Array.isArray(own) && own.length === 1 ? (own[0] as DomElement) : undefined;
  const end = ctx.count === 1 ? describe(best.elements[0] as DomElement) : `${ctx.count} elements like ${describe(best.elements[0] as DomElement)}`;
  const what = holder ? describe(holder) : end;
  const resolves = `${renderChain([newStep])} resolves to exactly ${holder || ctx.count === 1 ? 'that element' : 'those elements'} in the DOM snapshot${holder ? `, and the chain then ends on ${end}` : ''}`;
  if (best.newAttr) {
    return {
      repl: { from: b, to: b, steps: [newStep] },
      score: best.score,
      elements: best.elements,
      ...(best.lkg !== undefined ? { lkg: best.lkg } : {}),
      why: `${renderChain([step])} matches nothing on the page any more; the page's test ids moved from ${best.token.attr} to ${best.newAttr}: the DOM has ${what} with ${best.newAttr} "${best.value}" in place of ${best.token.attr} "${best.token.value}" (similarity ${best.score.toFixed(2)}), and ${resolves}.`,
    };
  }
  if (best.kind === 'path') {
    return {
      repl: { from: b, to: b, steps: [newStep] },
      score: best.score,
      elements: best.elements,
      ...(best.lkg !== undefined ? { lkg: best.lkg } : {}),
      why: `${renderChain([step])} matches nothing on the page any more; the page's DOM has ${what} one level deeper than the path says (an element was wrapped), and ${renderChain([newStep])}, the same path with one child step loosened to a descendant step, resolves to exactly ${ctx.count === 1 ? 'that element' : 'those elements'} in the DOM snapshot${best.lkg !== undefined ? ` (${Math.round(best.lkg * 100)}% like what it found when the test last passed)` : textAgrees(ctx, best.elements) ? ', which shows the asserted text' : ''}.`,
    };
  }
  if (best.then) {
    const then = best.then;
    const steps = [newStep, ...chain.slice(b + 1, then.repl.from).map((st) => ({ method: st.method, args: st.args })), ...then.repl.steps];
    return {
      repl: { from: b, to: then.repl.to, steps },
      score: best.score,
      elements: best.elements,
      ...(best.lkg !== undefined ? { lkg: best.lkg } : {}),
      why: `${renderChain([step])} and a later step both match nothing on the page any more (one release renamed a value in each): the page's DOM has ${best.token.kind === 'attr' ? `${best.token.attr}` : best.token.kind} "${best.value}" in place of "${best.token.value}" (similarity ${best.score.toFixed(2)} for the weaker of the two), and then ${then.why}`,
    };
  }
  return {
    repl: { from: b, to: b, steps: [newStep] },
    score: best.score,
    elements: best.elements,
    ...(best.lkg !== undefined ? { lkg: best.lkg } : {}),
    why: `${renderChain([step])} matches nothing on the page any more; the page's DOM has ${what}${best.token.inHas ? ' holding an element' : ''} with ${best.kind ?? (best.token.kind === 'attr' ? `${best.token.attr}` : best.token.kind)} "${best.value}" in place of ${best.kind && best.kind !== 'tag' && best.kind !== 'attribute' ? `${best.token.kind} ` : ''}"${best.token.value}"${best.also ? ` and ${best.also.token.kind === 'attr' ? `${best.also.token.attr}` : best.also.token.kind} "${best.also.value}" in place of "${best.also.token.value}"` : ''} (similarity ${best.score.toFixed(2)}${best.lkg !== undefined ? `; ${Math.round(best.lkg * 100)}% like what it found when the test last passed` : ''}), and ${resolves}.`,
  };
}
