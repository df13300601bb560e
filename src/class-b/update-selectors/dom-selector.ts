// CSS and XPath selectors as far as a DOM snapshot can answer them: tags, ids, classes, attribute tests,
// descendant and child steps, and text. Each id, class and attribute value keeps its place in the
// selector string, so a healed selector changes only the value that drifted (CSS stays CSS, XPath
// stays XPath). Anything else (pseudo-classes, axes, functions) makes the selector `unknown`.
// Hand scanners, linear in the selector (it comes from an untrusted failure message).
import { NTH_PART, selectorChainParts } from './locator.js';
import { MAX_ATTRIBUTE_NAME, NOT_KEPT_ATTRIBUTES, TEST_ID_ATTRIBUTES, type DomElement, type DomSnapshot } from '../../triage/dom-snapshot.js';

/** A value in the selector that may be swapped: `#id`, `.class`, `[attr=value]` / `@attr='value'`. */
export interface SelectorToken {
  kind: 'id' | 'class' | 'attr';
  /** Attribute name for `attr` (`id`/`class` written as attributes stay `attr`). */
  attr?: string;
  /** `=` exact, `*=` contains, `~=` one word (class). */
  op: '=' | '*=' | '^=' | '$=' | '~=' | 'has';
  value: string;
  /** Where the value is written in the selector string. */
  start: number;
  end: number;
  /** Where an attribute test's name is written (`data-test` of `[data-test="x"]`, of `@data-test='x'`). */
  attrAt?: { start: number; end: number };
  /** A value of a `:has(...)` compound: a descendant carries it, not the element (see Compound.has). */
  inHas?: true;
}

export interface Compound {
  tag?: string;
  /** Where the tag is written in the selector string (CSS and XPath, when there is one). */
  tagAt?: { start: number; end: number };
  tokens: SelectorToken[];
  /**
   * The element's text contains `value` (case-insensitive), or equals it (`exact`); `smallest`: and
   * none of its children's does (the `text=` engine finds the element holding the text, not its
   * ancestors).
   */
  text?: { value: string; exact: boolean; smallest?: true };
  /** XPath's `[n]` after the other predicates: the n-th (from 1) of its parent's children that match the rest. */
  position?: number;
  /** How it relates to the previous compound: descendant or child. */
  combinator: ' ' | '>';
  /** Where a child combinator is written in the selector string (CSS `>`, XPath's single `/`). */
  childAt?: number;
  /**
   * CSS `:has(...)` of one compound (`button:has(.fa-trash)`): a descendant must match each. Their
   * values are also in `tokens`, marked `inHas`, so a drifted one is swapped where it is written.
   */
  has?: { compound: Compound; source: string }[];
}

export interface ParsedSelector {
  engine: 'css' | 'xpath';
  compounds: Compound[];
  /** A `>> nth=N` chain's last part: the N-th (from 0; negative from the end) of what the rest finds. */
  nth?: number;
}

const IDENT_CHAR = /[\w-]/;

function readIdent(s: string, i: number): number {
  while (i < s.length && IDENT_CHAR.test(s[i] as string)) i++;
  return i;
}

function readDigits(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** A quoted or bare value at `i` (after `=`), up to `stop`; undefined when unterminated. */
function readValue(s: string, i: number, stop: string): { value: string; start: number; end: number; next: number } | undefined {
  const q = s[i];
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, i + 1);
    if (close < 0) return undefined;
    return { value: s.slice(i + 1, close), start: i + 1, end: close, next: close + 1 };
  }
  let j = i;
  while (j < s.length && s[j] !== stop && s[j] !== ' ') j++;
  return { value: s.slice(i, j), start: i, end: j, next: j };
}

/**
 * The value side of an XPath predicate from `i` (just after `@attr` or `text()`): `= 'v'` for an exact
 * test, `, 'v')` inside `contains(`; `next` is past the closing parenthesis of `contains(`.
 */
function readOperand(s: string, i: number, contains: boolean): { value: string; start: number; end: number; next: number } | undefined {
  while (s[i] === ' ') i++;
  if (s[i] !== (contains ? ',' : '=')) return undefined;
  i++;
  while (s[i] === ' ') i++;
  const v = readValue(s, i, contains ? ')' : ']');
  if (!v) return undefined;
  if (!contains) return v;
  return s[v.next] === ')' ? { ...v, next: v.next + 1 } : undefined;
}

/** What a `:has(...)` may not hold: a combinator, a space, a nested function. */
const HAS_REFUSED = /[\s>()]/;

/** The compound parsed from a piece of a selector, its positions moved to where the piece starts. */
function shifted(c: Compound, by: number): Compound {
  const at = (r: { start: number; end: number }) => ({ start: r.start + by, end: r.end + by });
  return {
    ...c,
    ...(c.tagAt ? { tagAt: at(c.tagAt) } : {}),
    ...(c.childAt !== undefined ? { childAt: c.childAt + by } : {}),
    tokens: c.tokens.map((t) => ({ ...t, ...at(t), ...(t.attrAt ? { attrAt: at(t.attrAt) } : {}) })),
  };
}

/** A CSS selector of compounds joined by spaces or `>`; undefined for anything the snapshot cannot answer. */
export function parseCss(selector: string): ParsedSelector | undefined {
  const s = selector;
  let i = s.startsWith('css=') ? 4 : 0;
  const compounds: Compound[] = [];
  let current: Compound | undefined;
  let combinator: ' ' | '>' = ' ';
  let childAt = -1;
  const open = () => (current ??= { tokens: [], combinator, ...(combinator === '>' ? { childAt } : {}) });
  while (i < s.length) {
    const c = s[i] as string;
    if (c === ' ' || c === '>') {
      if (current) {
        compounds.push(current);
        current = undefined;
        combinator = ' ';
      }
      if (c === '>') {
        combinator = '>';
        childAt = i;
      }
      i++;
      continue;
    }
    if (c === '#' || c === '.') {
      const end = readIdent(s, i + 1);
      if (end === i + 1) return undefined;
      open().tokens.push({ kind: c === '#' ? 'id' : 'class', op: c === '#' ? '=' : '~=', value: s.slice(i + 1, end), start: i + 1, end });
      i = end;
      continue;
    }
    if (c === '[') {
      const nameEnd = readIdent(s, i + 1);
      const attr = s.slice(i + 1, nameEnd).toLowerCase();
      if (!attr) return undefined;
      let j = nameEnd;
      const attrAt = { start: i + 1, end: nameEnd };
      if (s[j] === ']') {
        open().tokens.push({ kind: 'attr', attr, op: 'has', value: '', start: j, end: j, attrAt });
        i = j + 1;
        continue;
      }
      const op2 = s.slice(j, j + 2);
      const op = (['*=', '^=', '$=', '~='] as const).find((o) => o === op2) ?? (s[j] === '=' ? '=' : undefined);
      if (!op) return undefined;
      j += op.length;
      const v = readValue(s, j, ']');
      if (!v || s[v.next] !== ']') return undefined;
      open().tokens.push({ kind: 'attr', attr, op, value: v.value, start: v.start, end: v.end, attrAt });
      i = v.next + 1;
      continue;
    }
    if (c === ':') {
      const end = readIdent(s, i + 1);
      const pseudo = s.slice(i + 1, end);
      if (pseudo === 'visible') {
        i = end;
        continue;
      }
      if (pseudo === 'has' && s[end] === '(') {
        const close = s.indexOf(')', end + 1);
        const inner = close < 0 ? '' : s.slice(end + 1, close);
        // One compound, without combinators, spaces or functions of its own.
        if (!inner || HAS_REFUSED.test(inner)) return undefined;
        const sub = parseCss(inner)?.compounds;
        if (sub?.length !== 1) return undefined;
        const compound = shifted(sub[0] as Compound, end + 1);
        const into = open();
        (into.has ??= []).push({ compound, source: inner });
        into.tokens.push(...compound.tokens.map((t): SelectorToken => ({ ...t, inHas: true })));
        i = close + 1;
        continue;
      }
      if ((pseudo === 'has-text' || pseudo === 'text' || pseudo === 'text-is') && s[end] === '(') {
        const v = readValue(s, end + 1, ')');
        if (!v || s[v.next] !== ')') return undefined;
        open().text = { value: v.value, exact: pseudo === 'text-is' };
        i = v.next + 1;
        continue;
      }
      return undefined;
    }
    if (/[a-zA-Z*]/.test(c) && !current) {
      const end = c === '*' ? i + 1 : readIdent(s, i);
      const compound = open();
      if (c !== '*') {
        compound.tag = s.slice(i, end).toLowerCase();
        compound.tagAt = { start: i, end };
      }
      i = end;
      continue;
    }
    return undefined;
  }
  if (current) compounds.push(current);
  return compounds.length ? { engine: 'css', compounds } : undefined;
}

/** What an XPath predicate compares with a string to test an element's text (longest first). */
const TEXT_FUNCTIONS = ['normalize-space(.)', 'normalize-space()', 'text()', 'string()', '.'];

/** `//li[@class='x']`, `//*[contains(@class,'x')]`, `//button[text()='Save']`, `/html/body//div[@id="a"]`. */
export function parseXPath(selector: string): ParsedSelector | undefined {
  const s = selector;
  let i = s.startsWith('xpath=') ? 6 : 0;
  if (s[i] === '(') return undefined;
  const compounds: Compound[] = [];
  while (i < s.length) {
    let combinator: ' ' | '>';
    const at = i;
    if (s.startsWith('//', i)) {
      combinator = ' ';
      i += 2;
    } else if (s[i] === '/') {
      combinator = '>';
      i += 1;
    } else return undefined;
    const compound: Compound = { tokens: [], combinator, ...(combinator === '>' ? { childAt: at } : {}) };
    if (s[i] === '*') i++;
    else {
      const end = readIdent(s, i);
      if (end === i) return undefined;
      compound.tag = s.slice(i, end).toLowerCase();
      compound.tagAt = { start: i, end };
      i = end;
    }
    while (s[i] === '[') {
      i++;
      // A position (`td[2]`) must come last: a predicate after it would filter the n-th, not count among matches.
      if (compound.position !== undefined) return undefined;
      const digits = readDigits(s, i);
      if (digits > i) {
        const n = Number(s.slice(i, digits));
        if (s[digits] !== ']' || n < 1 || n > 10_000) return undefined;
        compound.position = n;
        i = digits + 1;
        continue;
      }
      // One predicate may join several tests with `and` (`[@type="submit" and @value="Save"]`): each is a
      // test of its own, as `[@type="submit"][@value="Save"]` would be.
      for (;;) {
        while (s[i] === ' ') i++;
        const contains = s.startsWith('contains(', i);
        if (contains) i += 'contains('.length;
        if (s[i] === '@') {
          const end = readIdent(s, i + 1);
          const attr = s.slice(i + 1, end).toLowerCase();
          const attrAt = { start: i + 1, end };
          i = end;
          const v = readOperand(s, i, contains);
          if (!v) return undefined;
          i = v.next;
          const kind = attr === 'id' && !contains ? 'id' : attr === 'class' ? 'class' : 'attr';
          compound.tokens.push({ kind, ...(kind === 'attr' ? { attr, attrAt } : {}), op: contains ? (attr === 'class' ? '~=' : '*=') : '=', value: v.value, start: v.start, end: v.end });
        } else if (TEXT_FUNCTIONS.some((f) => s.startsWith(f, i))) {
          // One text test per step: two would need both to hold, which one `text` cannot say.
          if (compound.text) return undefined;
          i += (TEXT_FUNCTIONS.find((f) => s.startsWith(f, i)) as string).length;
          const v = readOperand(s, i, contains);
          if (!v) return undefined;
          i = v.next;
          compound.text = { value: v.value, exact: !contains };
        } else return undefined;
        while (s[i] === ' ') i++;
        if (!s.startsWith('and', i) || s[i - 1] !== ' ' || s[i + 3] !== ' ') break;
        i += 3;
      }
      if (s[i] !== ']') return undefined;
      i++;
    }
    compounds.push(compound);
  }
  // `/html/body` in front says nothing: the first step is searched anywhere.
  while (compounds.length > 1 && (compounds[0]?.tag === 'html' || compounds[0]?.tag === 'body') && !compounds[0].tokens.length) compounds.shift();
  if (compounds[0]) compounds[0].combinator = ' ';
  return compounds.length ? { engine: 'xpath', compounds } : undefined;
}

export function parseSelector(selector: string): ParsedSelector | undefined {
  const s = selector.trim();
  if (s.includes('>>')) return parseChain(selector);
  if (s.startsWith('xpath=') || s.startsWith('/')) return parseXPath(s);
  if (s.startsWith('text=') || s.startsWith('internal:') || s.startsWith('role=')) return undefined;
  return parseCss(s);
}

/** `text=Save` (case-insensitive, part of the text) and `text="Save"` (the whole text), as a compound. */
function textPart(part: string): Compound | undefined {
  const body = part.slice('text='.length).trim();
  if (!body || body.startsWith('/')) return undefined;
  const quoted = body.length >= 2 && (body[0] === '"' || body[0] === "'") && body[body.length - 1] === body[0];
  const value = quoted ? body.slice(1, -1) : body;
  if (!value || /["'\\]/.test(value)) return undefined;
  return { tokens: [], combinator: ' ', text: { value, exact: quoted, smallest: true } };
}

/** A `locator('text=...')` step inside a chain (as Playwright prints a `>> text=` part): its text compound. */
export function parseTextStep(selector: string): ParsedSelector | undefined {
  const c = selector.startsWith('text=') ? textPart(selector) : undefined;
  return c ? { engine: 'css', compounds: [c] } : undefined;
}

/**
 * A `>>` chain of CSS and `text=` parts, with `nth=N` last (`.card >> text=Buy`, `button >> nth=1`,
 * `css=#cart >> .item`): each part searches inside what the one before found, which is the CSS
 * descendant combinator, so the parts' compounds are joined into one selector. Every value keeps
 * its place in the whole string. Other engines (xpath, role, internal, id=) stay unknown.
 */
function parseChain(selector: string): ParsedSelector | undefined {
  const parts = selectorChainParts(selector);
  // One part: `>>` only inside a quoted text, which the other engines read as before.
  if (!parts || parts.length === 1) return undefined;
  const compounds: Compound[] = [];
  let nth: number | undefined;
  for (const [k, { text: part, at }] of parts.entries()) {
    if (nth !== undefined) return undefined;
    if (part.startsWith('nth=')) {
      const n = NTH_PART.exec(part);
      if (k === 0 || !n) return undefined;
      nth = Number(n[1]);
      continue;
    }
    if (part.startsWith('text=')) {
      const c = textPart(part);
      if (!c) return undefined;
      compounds.push(c);
      continue;
    }
    if (/^[a-z-]+=/.test(part) && !part.startsWith('css=')) return undefined;
    const css = parseCss(part);
    if (!css) return undefined;
    compounds.push(...css.compounds.map((c) => shifted(c, at)));
  }
  if (!compounds.length) return undefined;
  (compounds[0] as Compound).combinator = ' ';
  delete (compounds[0] as Compound).childAt;
  return { engine: 'css', compounds, ...(nth !== undefined ? { nth } : {}) };
}

/** Whether `attr` holds test ids in this snapshot's project (its `testIdAttribute`, or one the snapshot keeps). */
export const isTestIdAttr = (attr: string | undefined, snapshot: Pick<DomSnapshot, 'testIdAttribute'>) => attr !== undefined && (attr === snapshot.testIdAttribute || TEST_ID_ATTRIBUTES.includes(attr));

const TEXT_ATTRS: Record<string, keyof DomElement> = { name: 'nameAttr', type: 'type', href: 'href', placeholder: 'placeholder', title: 'title', alt: 'alt', role: 'role', 'aria-label': 'name' };

/** Whether the snapshot reads the attribute into a field of its own (id, classes, name, type, href, ...), not into `attrs`. */
export const isFieldAttr = (attr: string): boolean => attr === 'id' || attr === 'class' || Object.hasOwn(TEXT_ATTRS, attr);

const NOT_KEPT = new Set(NOT_KEPT_ATTRIBUTES);

/** The element's value of an attribute, as far as the snapshot keeps it; `unknown` when it does not. */
export function attrOf(e: DomElement, attr: string, snapshot: Pick<DomSnapshot, 'testIdAttribute' | 'attributes' | 'ariaLabels'>): string | undefined | 'unknown' {
  if (attr === 'id') return e.id;
  // The accessible name is the aria-label only where the snapshot says so; older snapshots cannot tell.
  if (attr === 'aria-label' && snapshot.ariaLabels) return e.ariaLabel ? e.name : undefined;
  if (attr === 'class') return e.classes?.join(' ');
  if (e.testIds && attr in e.testIds) return e.testIds[attr];
  if (attr === snapshot.testIdAttribute || attr.startsWith('data-test') || attr === 'data-cy' || attr === 'data-qa') return undefined;
  const field = TEXT_ATTRS[attr];
  if (field) {
    const v = e[field];
    return typeof v === 'string' ? v : undefined;
  }
  // Other attributes: the snapshot's `attrs`, when it keeps them and kept all of this element's.
  if (e.attrs && Object.hasOwn(e.attrs, attr)) return e.attrs[attr];
  // Absent only where the capture would have kept it (dom-capture.ts skips these names).
  return snapshot.attributes && !e.attrsCut && !NOT_KEPT.has(attr) && !attr.startsWith('on') && attr.length <= MAX_ATTRIBUTE_NAME ? undefined : 'unknown';
}

function tokenMatches(e: DomElement, t: SelectorToken, snapshot: Pick<DomSnapshot, 'testIdAttribute' | 'attributes' | 'ariaLabels'>): boolean | 'unknown' {
  if (t.kind === 'id') return e.id === t.value;
  if (t.kind === 'class') return t.op === '~=' ? !!e.classes?.includes(t.value) : (e.classes?.join(' ') ?? '') === t.value;
  const v = attrOf(e, t.attr as string, snapshot);
  if (v === 'unknown') return 'unknown';
  if (t.op === 'has') return v !== undefined;
  if (v === undefined) return false;
  switch (t.op) {
    case '=':
      return v === t.value;
    case '*=':
      return v.includes(t.value);
    case '^=':
      return v.startsWith(t.value);
    case '$=':
      return v.endsWith(t.value);
    default:
      return v.split(/\s+/).includes(t.value);
  }
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Per snapshot, the children of each element (index -1: the roots), in document order. */
const CHILDREN = new WeakMap<DomSnapshot, Map<number, DomElement[]>>();

function childrenOf(snapshot: DomSnapshot, parent: number): DomElement[] {
  let map = CHILDREN.get(snapshot);
  if (!map) {
    map = new Map();
    for (const e of snapshot.elements) {
      const list = map.get(e.parent);
      if (list) list.push(e);
      else map.set(e.parent, [e]);
    }
    CHILDREN.set(snapshot, map);
  }
  return map.get(parent) ?? [];
}

/**
 * Whether `e` is the compound's n-th (XPath `[n]`): the n-th of its parent's children in its frame that
 * match the compound's other tests. True for a compound without a position.
 */
function atPosition(snapshot: DomSnapshot, e: DomElement, c: Compound): boolean | 'unknown' {
  if (c.position === undefined) return true;
  let n = 0;
  for (const sibling of childrenOf(snapshot, e.parent)) {
    if (sibling.frame !== e.frame) continue;
    // compoundMatches reads every test of the compound but its position.
    const m = compoundMatches(sibling, c, snapshot);
    if (m === 'unknown') return 'unknown';
    if (m && ++n === c.position) return sibling === e;
  }
  return false;
}

/**
 * For the `text=` engine: whether `e` holds the text itself, its text matching and no child's. A
 * clipped text that does not show the value says no when the element has no text of its own (the
 * value is then in a child, which answers for itself), and leaves it open otherwise.
 */
function holdsText(snapshot: DomSnapshot, e: DomElement, t: NonNullable<Compound['text']>, hit: boolean, clipped: boolean): boolean | 'unknown' {
  if (!hit) return clipped && e.ownText !== undefined && (e.ownText.endsWith('\u2026') || textHit(norm(e.ownText), t)) ? 'unknown' : false;
  for (const child of childrenOf(snapshot, indexOf(snapshot, e))) {
    if (child.frame === e.frame && textHit(norm(child.text), t)) return false;
  }
  return true;
}

const INDEX = new WeakMap<DomSnapshot, Map<DomElement, number>>();

function indexOf(snapshot: DomSnapshot, e: DomElement): number {
  let map = INDEX.get(snapshot);
  if (!map) INDEX.set(snapshot, (map = new Map(snapshot.elements.map((x, i) => [x, i]))));
  return map.get(e) ?? -2;
}

function textHit(text: string, t: NonNullable<Compound['text']>): boolean {
  return t.exact ? text === norm(t.value) : text.toLowerCase().includes(norm(t.value).toLowerCase());
}

export function compoundMatches(e: DomElement, c: Compound, snapshot: DomSnapshot): boolean | 'unknown' {
  if (c.tag && e.tag !== c.tag) return false;
  let unknown = false;
  for (const t of c.tokens) {
    if (t.inHas) continue;
    const m = tokenMatches(e, t, snapshot);
    if (m === false) return false;
    if (m === 'unknown') unknown = true;
  }
  if (c.text) {
    const text = norm(e.text);
    // A clipped text may hide the match: only a full text can say no.
    const clipped = text.endsWith('\u2026');
    const hit = textHit(text, c.text);
    if (c.text.smallest) {
      const m = holdsText(snapshot, e, c.text, hit, clipped);
      if (m !== true) return m;
    } else if (!hit) return clipped ? 'unknown' : false;
  }
  for (const h of c.has ?? []) {
    const holders = holdersOf(snapshot, h);
    if (holders === 'unknown') return 'unknown';
    if (!holders.has(e)) return false;
  }
  return unknown ? 'unknown' : true;
}

const HOLDERS = new WeakMap<DomSnapshot, Map<string, Set<DomElement> | 'unknown'>>();

/**
 * The elements with a descendant that matches a `:has(...)` compound (in its frame), once per snapshot
 * and compound: each match marks its ancestors, so a selector over the whole snapshot stays linear
 * in its size times its depth.
 */
function holdersOf(snapshot: DomSnapshot, h: { compound: Compound; source: string }): Set<DomElement> | 'unknown' {
  let bySource = HOLDERS.get(snapshot);
  if (!bySource) HOLDERS.set(snapshot, (bySource = new Map()));
  const known = bySource.get(h.source);
  if (known) return known;
  const holders = new Set<DomElement>();
  let answer: Set<DomElement> | 'unknown' = holders;
  for (const d of snapshot.elements) {
    const m = compoundMatches(d, h.compound, snapshot);
    if (m === 'unknown') {
      answer = 'unknown';
      break;
    }
    if (!m) continue;
    for (let p = d.parent; p >= 0; p = (snapshot.elements[p] as DomElement).parent) {
      const a = snapshot.elements[p] as DomElement;
      if (a.frame !== d.frame || holders.has(a)) break;
      holders.add(a);
    }
  }
  bySource.set(h.source, answer);
  return answer;
}

/** compoundMatches, and the compound's position among its siblings. */
function matchesAt(snapshot: DomSnapshot, e: DomElement, c: Compound): boolean | 'unknown' {
  const m = compoundMatches(e, c, snapshot);
  return m === true ? atPosition(snapshot, e, c) : m;
}

/**
 * Elements inside `scope` (default: the main frame) the selector matches, in document order, or
 * `unknown`; `withScope`: the scope's own elements may match too (a `text=` step of a chain).
 */
export function matchSelector(snapshot: DomSnapshot, sel: ParsedSelector, scope?: DomElement[], withScope = false): DomElement[] | 'unknown' {
  const all = snapshot.elements;
  const last = sel.compounds[sel.compounds.length - 1] as Compound;
  const inScope = (e: DomElement) => {
    if (!scope) return e.frame === 0;
    if (withScope && scope.includes(e)) return true;
    for (let p = e.parent; p >= 0; p = (all[p] as DomElement).parent) if (scope.includes(all[p] as DomElement)) return true;
    return false;
  };
  const out: DomElement[] = [];
  for (const e of all) {
    if (!inScope(e)) continue;
    const m = matchesAt(snapshot, e, last);
    if (m === 'unknown') return 'unknown';
    if (!m) continue;
    const up = ancestorsMatch(snapshot, e, sel.compounds, sel.compounds.length - 2, last.combinator);
    if (up === 'unknown') return 'unknown';
    if (up) out.push(e);
  }
  if (sel.nth === undefined) return out;
  const picked = sel.nth < 0 ? out[out.length + sel.nth] : out[sel.nth];
  return picked ? [picked] : [];
}

/** Whether compounds[0..k] match ancestors of `e` (greedy: nearest ancestor first). */
function ancestorsMatch(snapshot: DomSnapshot, e: DomElement, compounds: Compound[], k: number, combinator: ' ' | '>'): boolean | 'unknown' {
  if (k < 0) return true;
  const c = compounds[k] as Compound;
  for (let p = e.parent; p >= 0; p = (snapshot.elements[p] as DomElement).parent) {
    const a = snapshot.elements[p] as DomElement;
    const m = matchesAt(snapshot, a, c);
    if (m === 'unknown') return 'unknown';
    if (m) {
      const rest = ancestorsMatch(snapshot, a, compounds, k - 1, c.combinator);
      if (rest !== false) return rest;
    }
    if (combinator === '>') return false;
  }
  return false;
}
