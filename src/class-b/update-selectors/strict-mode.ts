// Strict-mode violations: the locator matched several elements. Playwright lists them, each with an
// `aka` locator that picks it alone; the test's own name or text says which one was meant, if any.
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
  | { kind: 'aka'; steps: LocatorStep[]; matched: StrictMatch; of: number }
  | { refused: string };

/**
 * Picks the element the test meant: the one whose text equals what the locator asked for, when exactly
 * one does. The fix is the same step with `exact: true`, else Playwright's own `aka` for it.
 */
export function resolveStrict(message: string, chain: LocatorStep[], roots: AriaNode[] | undefined): StrictFix {
  const matches = parseStrictMatches(message);
  const index = chain.map((s) => s.method).findLastIndex((m) => m !== 'first' && m !== 'last' && m !== 'nth' && m !== 'filter');
  const step = chain[index];
  if (!matches.length || !step) return { refused: 'the strict-mode violation does not list the elements it matched' };
  const wanted = wantedText(step);
  if (wanted === undefined) return { refused: `${matches.length} elements match and the locator names none of them (no name or text to tell them apart); which one is meant is for a person to decide` };
  const equal = (cmp: (a: string, b: string) => boolean) => matches.filter((m) => cmp(m.text, wanted) || (m.aka && akaName(m.aka) !== undefined && cmp(akaName(m.aka) as string, wanted)));
  let hits = equal((a, b) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim());
  if (hits.length !== 1) hits = equal((a, b) => normalizeName(a) === normalizeName(b));
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
