// Strict-mode violations: the locator matched several elements. Playwright lists them, each with an
// `aka` locator that picks it alone; the test's own name or text says which one was meant, if any.
import type { Fingerprint } from '../../last-known-good/types.js';
import { TEST_ID_ATTRIBUTES } from '../../triage/dom-snapshot.js';
import { splitLines } from '../../triage/lines.js';
import type { AriaNode } from './aria-snapshot.js';
import { evaluateChain } from './evaluate.js';
import { lit, option, parseLocatorText, type LocatorStep } from './locator.js';
import { normalizeName } from './similarity.js';

export interface StrictMatch {
  html: string;
  /** The element's text as Playwright printed it (tags removed). */
  text: string;
  aka?: LocatorStep[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

const NUMBERED = /^\s+\d+\) (?=<)/;

/** The `1) <button>Save</button> aka getByRole(...)` lines of a strict-mode violation. */
export function parseStrictMatches(message: string): StrictMatch[] {
  const out: StrictMatch[] = [];
  if (!message.includes(') <')) return out;
  for (const line of splitLines(message)) {
    const m = NUMBERED.exec(line);
    const rest = m ? line.slice(m[0].length) : '';
    const gt = rest.indexOf('>');
    if (!m || gt < 0) continue;
    // `<tag ...>text` up to the first ` aka ` after the first `>` (the lazy /(<.*?>.*?)(?: aka (.*))?$/).
    const akaAt = rest.indexOf(' aka ', gt + 1);
    const html = akaAt < 0 ? rest : rest.slice(0, akaAt);
    const akaText = akaAt < 0 ? undefined : rest.slice(akaAt + ' aka '.length);
    const text = html.replace(/<[^<>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '').replace(/\s+/g, ' ').trim();
    const aka = akaText ? parseLocatorText(akaText) : [];
    out.push({ html, text, ...(aka.length ? { aka } : {}) });
  }
  return out;
}

const EXACTABLE = new Set(['getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle']);

/** The step with `exact: true` added to its options (or to a new options object). */
function withExact(step: LocatorStep): Pick<LocatorStep, 'method' | 'args'> {
  // Every exactable method takes its options second: getByRole(role, opts), getByText(text, opts), ...
  const args = [...step.args];
  const opts = args[1];
  if (opts?.t === 'obj') args[1] = { ...opts, entries: [...opts.entries.filter((e) => e.key !== 'exact'), { key: 'exact', value: lit.bool(true) }] };
  else args[1] = lit.obj({ exact: lit.bool(true) });
  return { method: step.method, args };
}

/** The text the step asked for (`name` of getByRole, the string of getByText and friends). */
function wantedText(step: LocatorStep): string | undefined {
  if (!EXACTABLE.has(step.method)) return undefined;
  const v = step.method === 'getByRole' ? option(step, 'name') : step.args[0];
  return v?.t === 'str' ? v.v : undefined;
}

export type StrictFix =
  | { kind: 'exact'; index: number; step: Pick<LocatorStep, 'method' | 'args'>; matched: StrictMatch; of: number }
  | { kind: 'aka'; steps: LocatorStep[]; matched: StrictMatch; of: number; byRecord?: true }
  | { refused: string };

/** The tag, id, classes and other attributes of a match's opening tag, as Playwright printed it. */
export function openingTag(html: string): { tag: string; attrs: Map<string, string> } | undefined {
  const tag = /^<([a-zA-Z][\w-]{0,40})/.exec(html);
  if (!tag) return undefined;
  const end = html.indexOf('>');
  const attrs = new Map<string, string>();
  const head = html.slice(tag[0].length, end < 0 ? html.length : end);
  for (const m of head.matchAll(/([^\s="'<>/]{1,80})(?:="([^"]{0,400})")?/g)) attrs.set((m[1] as string).toLowerCase(), m[2] ?? '');
  return { tag: (tag[1] as string).toLowerCase(), attrs };
}

/**
 * Whether a match is the element of the record (what the locator found when the test last passed): the
 * same tag, the same id and test ids where the record has them, and at least half of its classes.
 */
function isRecorded(match: StrictMatch, record: Fingerprint): boolean {
  const open = openingTag(match.html);
  if (!open || open.tag !== record.tag) return false;
  if (record.id !== undefined && open.attrs.get('id') !== record.id) return false;
  for (const [name, value] of Object.entries(record.testIds ?? {})) {
    if (TEST_ID_ATTRIBUTES.includes(name) && open.attrs.get(name) !== value) return false;
  }
  const classes = new Set((open.attrs.get('class') ?? '').split(/\s+/).filter(Boolean));
  const recorded = record.classes ?? [];
  const shared = recorded.filter((c) => classes.has(c)).length;
  return recorded.length === 0 ? classes.size === 0 : 2 * shared >= recorded.length;
}

const POSITIONAL = new Set(['nth', 'first', 'last']);

/**
 * Picks the element the test meant: the one whose text equals what the locator asked for, when exactly
 * one does. The fix is the same step with `exact: true`, else Playwright's own `aka` for it. When several
 * have that text and the locator found one element when the test last passed (`record`), the one that is
 * that element (its tag, id, test ids and classes) is meant, if exactly one is; its `aka` is the fix,
 * unless that adds a position the locator did not use.
 */
export function resolveStrict(message: string, chain: LocatorStep[], roots: AriaNode[] | undefined, record?: Fingerprint): StrictFix {
  const matches = parseStrictMatches(message);
  const index = chain.map((s) => s.method).findLastIndex((m) => m !== 'first' && m !== 'last' && m !== 'nth' && m !== 'filter');
  const step = chain[index];
  if (!matches.length || !step) return { refused: 'the strict-mode violation does not list the elements it matched' };
  const wanted = wantedText(step);
  if (wanted === undefined) return { refused: `${matches.length} elements match and the locator names none of them (no name or text to tell them apart); which one is meant is for a person to decide` };
  const equal = (cmp: (a: string, b: string) => boolean) => matches.filter((m) => cmp(m.text, wanted) || (m.aka && akaName(m.aka) !== undefined && cmp(akaName(m.aka) as string, wanted)));
  let hits = equal((a, b) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim());
  if (hits.length !== 1) hits = equal((a, b) => normalizeName(a) === normalizeName(b));
  if (hits.length > 1 && record) {
    const recorded = hits.filter((m) => isRecorded(m, record));
    const picked = recorded.length === 1 ? (recorded[0] as StrictMatch) : undefined;
    if (picked?.aka && (chain.some((s) => POSITIONAL.has(s.method)) || !picked.aka.some((s) => POSITIONAL.has(s.method)))) {
      return { kind: 'aka', steps: picked.aka, matched: picked, of: matches.length, byRecord: true };
    }
  }
  if (hits.length !== 1) {
    return { refused: hits.length ? `${hits.length} of the ${matches.length} matching elements have exactly the text "${wanted}"; nothing in the test tells them apart` : `none of the ${matches.length} matching elements is exactly "${wanted}"; which one is meant is for a person to decide` };
  }
  const matched = hits[0] as StrictMatch;
  if (EXACTABLE.has(step.method)) {
    const exact = withExact(step);
    const fixed = [...chain.slice(0, index), { ...exact, start: 0, end: 0 }, ...chain.slice(index + 1)];
    const got = roots ? evaluateChain(roots, fixed).at(-1) : 'unknown';
    if (got === 'unknown' || got?.length === 1) return { kind: 'exact', index, step: exact, matched, of: matches.length };
  }
  if (matched.aka) return { kind: 'aka', steps: matched.aka, matched, of: matches.length };
  return { refused: `the element "${wanted}" is one of ${matches.length} matches and Playwright gave no locator that picks it alone` };
}

function akaName(aka: LocatorStep[]): string | undefined {
  const last = aka[aka.length - 1];
  return last ? wantedText(last) : undefined;
}
