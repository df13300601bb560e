// Runs a locator chain against an ARIA snapshot, the way Playwright would on the page, as far as the
// snapshot can tell: roles, names, text and labels are visible there; CSS classes and test ids are not
// (those steps resolve to `unknown`).
import type { JsValue } from '../source.js';
import { allNodes, descendants, isDescendant, textOf, type AriaNode } from './aria-snapshot.js';
import { option, QUERY_METHODS, type LocatorStep } from './locator.js';

/** The elements a step resolves to, or `unknown` when the snapshot cannot say. */
export type Resolved = AriaNode[] | 'unknown';

/** Form controls getByLabel can reach. */
export const CONTROL_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider']);

/** HTML tags of a bare `locator('tag')` and the role the snapshot shows them with. */
export const TAG_ROLES: Record<string, string> = {
  button: 'button', a: 'link', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'listitem', ul: 'list', ol: 'list', table: 'table', tr: 'row', td: 'cell', th: 'columnheader', select: 'combobox',
  textarea: 'textbox', input: 'textbox', img: 'img', nav: 'navigation', main: 'main', p: 'paragraph', dialog: 'dialog',
  form: 'form', option: 'option', header: 'banner', footer: 'contentinfo', aside: 'complementary', article: 'article',
};

/** Whitespace collapsed and trimmed, as Playwright compares texts. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Playwright's string matching: case-insensitive substring, or whole and case-sensitive with `exact`. */
export function textMatches(actual: string, expected: JsValue | undefined, exact: boolean): boolean | undefined {
  if (!expected) return undefined;
  if (expected.t === 're') {
    try {
      return new RegExp(expected.source, expected.flags.replace(/[gy]/g, '')).test(actual);
    } catch {
      return undefined;
    }
  }
  if (expected.t !== 'str') return undefined;
  return exact ? norm(actual) === norm(expected.v) : norm(actual).toLowerCase().includes(norm(expected.v).toLowerCase());
}

const isExact = (step: LocatorStep) => {
  const e = option(step, 'exact');
  return e?.t === 'bool' && e.v;
};

const STATE_OPTIONS = ['checked', 'pressed', 'selected', 'expanded', 'disabled'];

function byRole(pool: AriaNode[], step: LocatorStep): Resolved {
  const role = step.args[0];
  if (role?.t !== 'str') return 'unknown';
  const opts = step.args[1];
  if (opts && opts.t !== 'obj') return 'unknown';
  let out = pool.filter((n) => n.role === role.v);
  for (const { key, value } of opts?.entries ?? []) {
    if (key === 'name') {
      const keep: AriaNode[] = [];
      for (const n of out) {
        const m = textMatches(n.name, value, isExact(step));
        if (m === undefined) return 'unknown';
        if (m) keep.push(n);
      }
      out = keep;
    } else if (key === 'level') {
      if (value.t !== 'num') return 'unknown';
      out = out.filter((n) => n.attrs.level === String(value.v));
    } else if (STATE_OPTIONS.includes(key)) {
      if (value.t !== 'bool') return 'unknown';
      out = out.filter((n) => (n.attrs[key] === 'true') === value.v);
    } else if (key !== 'exact' && key !== 'includeHidden') return 'unknown';
  }
  return out;
}

function byText(pool: AriaNode[], expected: JsValue | undefined, exact: boolean): Resolved {
  const hit = new Set<AriaNode>();
  for (const n of pool) {
    const m = textMatches(textOf(n), expected, exact);
    if (m === undefined) return 'unknown';
    if (m) hit.add(n);
  }
  // Playwright's text engine skips an element when one of its children matches too: innermost only.
  return [...hit].filter((n) => ![...hit].some((o) => o !== n && isDescendant(o, n)));
}

function byName(pool: AriaNode[], step: LocatorStep, roles?: Set<string>): Resolved {
  const out: AriaNode[] = [];
  for (const n of pool) {
    if (roles && !roles.has(n.role)) continue;
    const m = textMatches(n.name, step.args[0], isExact(step));
    if (m === undefined) return 'unknown';
    if (m) out.push(n);
  }
  return out;
}

function byPlaceholder(pool: AriaNode[], step: LocatorStep): Resolved {
  const out: AriaNode[] = [];
  for (const n of pool) {
    // Without a /placeholder line the snapshot shows the placeholder as the name of an unlabelled box.
    const text = n.placeholder ?? (['textbox', 'searchbox', 'combobox', 'spinbutton'].includes(n.role) ? n.name : undefined);
    if (text === undefined) continue;
    const m = textMatches(text, step.args[0], isExact(step));
    if (m === undefined) return 'unknown';
    if (m) out.push(n);
  }
  return out;
}

function bySelector(pool: AriaNode[], selector: string): Resolved {
  const text = /^text=(.*)$/s.exec(selector);
  if (text) {
    const raw = (text[1] as string).trim();
    const quoted = /^"(.*)"$/s.exec(raw);
    const value: JsValue = { t: 'str', v: quoted ? (quoted[1] as string) : raw, quote: "'", start: 0, end: 0 };
    return byText(pool, value, !!quoted);
  }
  const role = TAG_ROLES[selector.trim()];
  if (!role) return 'unknown';
  const hit = pool.filter((n) => n.role === role);
  // A tag the snapshot shows as `generic` (an unnamed form, say) proves nothing by its absence.
  return hit.length ? hit : 'unknown';
}

/**
 * Whether the locator written as a `has` value finds something inside `node` (Playwright queries it
 * against each element the filter runs on); `unknown` when the value is no chain the snapshot can run.
 */
export function holds(roots: AriaNode[], node: AriaNode, value: JsValue): boolean | 'unknown' {
  if (value.t !== 'dyn' || !value.chain?.length) return 'unknown';
  let current: Resolved = [node];
  for (const step of value.chain) {
    if (current === 'unknown') return 'unknown';
    current = evaluateStep(roots, current, step as LocatorStep);
  }
  return current === 'unknown' ? 'unknown' : current.length > 0;
}

function narrow(roots: AriaNode[], set: AriaNode[], step: LocatorStep): Resolved {
  if (step.method === 'first') return set.slice(0, 1);
  if (step.method === 'last') return set.slice(-1);
  if (step.method === 'nth') {
    const n = step.args[0];
    if (n?.t !== 'num') return 'unknown';
    const el = n.v < 0 ? set[set.length + n.v] : set[n.v];
    return el ? [el] : [];
  }
  if (step.method === 'filter') {
    const opts = step.args[0];
    if (opts?.t !== 'obj') return 'unknown';
    let out = set;
    for (const { key, value } of opts.entries) {
      const nested = key === 'has' || key === 'hasNot';
      if (key !== 'hasText' && key !== 'hasNotText' && !nested) return 'unknown';
      const keep: AriaNode[] = [];
      for (const n of out) {
        const m = nested ? holds(roots, n, value) : textMatches(textOf(n), value, false);
        if (m === undefined || m === 'unknown') return 'unknown';
        if (m === (key === 'hasText' || key === 'has')) keep.push(n);
      }
      out = keep;
    }
    return out;
  }
  return 'unknown';
}

/** What one query step finds below `scope` (the whole page when scope is undefined). */
export function evaluateStep(roots: AriaNode[], scope: AriaNode[] | undefined, step: LocatorStep): Resolved {
  if (scope && !QUERY_METHODS.has(step.method)) return narrow(roots, scope, step);
  if (!QUERY_METHODS.has(step.method)) return 'unknown';
  const pool = scope ? [...new Set(scope.flatMap(descendants))].sort((a, b) => a.line - b.line) : allNodes(roots);
  switch (step.method) {
    case 'getByRole':
      return byRole(pool, step);
    case 'getByText':
      return byText(pool, step.args[0], isExact(step));
    case 'getByLabel':
      return byName(pool, step, CONTROL_ROLES);
    case 'getByAltText':
      return byName(pool, step, new Set(['img']));
    case 'getByPlaceholder':
      return byPlaceholder(pool, step);
    case 'locator':
      return step.args[0]?.t === 'str' && step.args.length === 1 ? bySelector(pool, step.args[0].v) : 'unknown';
    default:
      return 'unknown';
  }
}


/**
 * Each step's result in turn. After an `unknown` step the next query searches the whole page (a loose
 * but honest guess) and narrowing steps stay unknown.
 */
export function evaluateChain(roots: AriaNode[], steps: LocatorStep[]): Resolved[] {
  const out: Resolved[] = [];
  let current: Resolved | undefined;
  for (const step of steps) {
    const scope = current === undefined || current === 'unknown' ? undefined : current;
    if (current === 'unknown' && !QUERY_METHODS.has(step.method)) current = 'unknown';
    else current = evaluateStep(roots, scope, step);
    out.push(current);
  }
  return out;
}

/** How many elements the chain resolves to in the snapshot, or undefined when it cannot tell. */
export function countMatches(roots: AriaNode[], steps: LocatorStep[]): number | undefined {
  const last = evaluateChain(roots, steps).at(-1);
  return last === undefined || last === 'unknown' ? undefined : last.length;
}
