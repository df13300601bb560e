// How much an element of the failing run's DOM snapshot looks like a last-known-good fingerprint: the
// features the fingerprint remembers (tag, texts, id, classes, test ids, role, name, form attributes,
// parent), each weighted, compared exactly (texts whitespace- and case-folded; classes by overlap).
// A locator that drifted changes one of them; the others still tell the element apart.
import type { DomElement } from '../triage/dom-snapshot.js';
import type { Fingerprint, LkgEntry } from './types.js';

/** A text as the records compare it: whitespace collapsed, trimmed, lower-cased. */
export const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const CLIPPED = '\u2026';

/**
 * Whether an element's text is the remembered one. The store clips texts to 80 characters and marks
 * the cut with an ellipsis: then the element's text must start with what was kept.
 */
export function sameText(text: string | undefined, remembered: string | undefined): boolean {
  const want = fold(remembered);
  const got = fold(text);
  if (!want.endsWith(CLIPPED)) return got === want;
  const kept = want.slice(0, -1).trimEnd();
  return kept.length > 0 && got.startsWith(kept);
}

/** A heal, and the same-element check of its re-run, need found elements at least this much like the record. */
export const MIN_LIKENESS = 0.5;

function overlap(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a?.length || !b?.length) return 0;
  const set = new Set(a);
  const common = b.filter((x) => set.has(x)).length;
  return common / new Set([...a, ...b]).size;
}

/** Weights of the remembered features; a feature the fingerprint lacks does not count either way. */
const WEIGHTS = { tag: 2, text: 3, id: 2, classes: 2, testIds: 2, role: 1, name: 2, attrs: 1, up: 1 } as const;
const ATTRS = ['placeholder', 'type', 'nameAttr', 'href', 'title', 'alt', 'label'] as const;

/** 0..1: the share of what the fingerprint remembers that the element still shows. */
export function fingerprintSimilarity(e: DomElement, parent: DomElement | undefined, fp: Fingerprint): number {
  let got = 0;
  let max = 0;
  const feature = (weight: number, score: number) => {
    max += weight;
    got += weight * score;
  };
  feature(WEIGHTS.tag, e.tag === fp.tag ? 1 : 0);
  const text = fp.ownText ?? fp.text;
  if (text) feature(WEIGHTS.text, sameText(e.ownText ?? e.text, text) || (fp.text !== undefined && sameText(e.text, fp.text)) ? 1 : 0);
  if (fp.id) feature(WEIGHTS.id, e.id === fp.id ? 1 : 0);
  if (fp.classes?.length) feature(WEIGHTS.classes, overlap(e.classes, fp.classes));
  if (fp.testIds) {
    const keys = Object.keys(fp.testIds);
    feature(WEIGHTS.testIds, keys.filter((k) => e.testIds?.[k] === fp.testIds?.[k]).length / keys.length);
  }
  if (fp.role) feature(WEIGHTS.role, e.role === fp.role ? 1 : 0);
  if (fp.name) feature(WEIGHTS.name, fold(e.name) === fold(fp.name) ? 1 : 0);
  for (const k of ATTRS) if (fp[k]) feature(WEIGHTS.attrs, e[k] === fp[k] ? 1 : 0);
  if (fp.up) {
    const same = parent?.tag === fp.up.tag;
    const ident = fp.up.id ? (parent?.id === fp.up.id ? 1 : 0) : fp.up.classes?.length ? overlap(parent?.classes, fp.up.classes) : 1;
    feature(WEIGHTS.up, same ? 0.5 + 0.5 * ident : 0);
  }
  return max ? got / max : 0;
}

/**
 * Whether an element still carries something of the fingerprint's own, beyond its kind: the same text
 * (not empty), the same id, half its classes, one of its test ids, or its form name, link target,
 * placeholder, alt or title. Tag, role, type and parent alone fit every input of a form, or the only
 * button left on a page, as well as the remembered one: a likeness made of them alone says nothing.
 * `textShared` says when the element's text is one that other elements of the page show as well (a
 * "Remove" button of every row): then the text is not its own either.
 */
export function carriesIdentity(e: DomElement, fp: Fingerprint, textShared?: (e: DomElement) => boolean): boolean {
  const text = fp.ownText ?? fp.text;
  if (text && fold(text) !== '' && (sameText(e.ownText ?? e.text, text) || (fp.text !== undefined && sameText(e.text, fp.text))) && !textShared?.(e)) return true;
  if (fp.id && e.id === fp.id) return true;
  if (fp.classes?.length && e.classes?.length && fp.classes.filter((c) => e.classes?.includes(c)).length * 2 >= fp.classes.length) return true;
  if (fp.testIds && Object.entries(fp.testIds).some(([k, v]) => e.testIds?.[k] === v)) return true;
  return (['nameAttr', 'href', 'alt', 'title', 'placeholder'] as const).some((k) => fp[k] !== undefined && e[k] === fp[k]);
}

/**
 * How well a set of found elements fits an entry: each found element against its best fingerprint,
 * averaged, times 1 when the count agrees with what the locator matched then, else a penalty.
 */
export function entrySimilarity(found: readonly DomElement[], parentOf: (e: DomElement) => DomElement | undefined, entry: Pick<LkgEntry, 'count' | 'elements'>): number {
  const mean = meanOfFirst(found, entry, (e) => Math.max(...entry.elements.map((fp) => fingerprintSimilarity(e, parentOf(e), fp))));
  return found.length === entry.count ? mean : mean * 0.5;
}

/** The mean score of the first found elements, as many as the entry remembers (0 when either is empty). */
function meanOfFirst<T>(found: readonly T[], entry: Pick<LkgEntry, 'elements'>, score: (e: T) => number): number {
  if (!found.length || !entry.elements.length) return 0;
  const first = found.slice(0, entry.elements.length);
  return first.reduce((sum, e) => sum + score(e), 0) / first.length;
}

/** What a trace shows of an element: its tag, attributes and text content (verify/trace/targets.ts). */
export interface AttributedElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  text: string;
}

/**
 * 0..1: how much an element seen only as tag, attributes and text (the re-run's trace) looks like the
 * best of an entry's fingerprints. Role, accessible name, label and parent need the live page to
 * compute, so they are left out of the comparison; everything else counts as in
 * {@link fingerprintSimilarity}.
 */
export function attributedSimilarity(e: AttributedElement, entry: Pick<LkgEntry, 'elements'>): number {
  const classes = (e.attrs.class ?? '').split(/\s+/).filter(Boolean);
  let best = 0;
  for (const fp of entry.elements) {
    const testIds: Record<string, string> = {};
    for (const k of Object.keys(fp.testIds ?? {})) if (e.attrs[k] !== undefined) testIds[k] = e.attrs[k] as string;
    const seen: DomElement = {
      tag: e.tag,
      ...(e.attrs.id !== undefined ? { id: e.attrs.id } : {}),
      ...(classes.length ? { classes } : {}),
      testIds,
      text: e.text,
      ...(e.attrs.placeholder !== undefined ? { placeholder: e.attrs.placeholder } : {}),
      ...(e.attrs.type !== undefined ? { type: e.attrs.type } : {}),
      ...(e.attrs.name !== undefined ? { nameAttr: e.attrs.name } : {}),
      ...(e.attrs.href !== undefined ? { href: e.attrs.href } : {}),
      ...(e.attrs.title !== undefined ? { title: e.attrs.title } : {}),
      ...(e.attrs.alt !== undefined ? { alt: e.attrs.alt } : {}),
      visible: true,
      parent: -1,
      frame: 0,
    };
    const { role: _role, name: _name, label: _label, up: _up, ...comparable } = fp;
    best = Math.max(best, fingerprintSimilarity(seen, undefined, comparable));
  }
  return best;
}

/**
 * How well the elements a traced call acted on fit an entry, as {@link entrySimilarity} scores found
 * elements, without its count penalty (the test's own assertion checks the count).
 */
export function tracedSimilarity(found: readonly AttributedElement[], entry: Pick<LkgEntry, 'elements'>): number {
  return meanOfFirst(found, entry, (e) => attributedSimilarity(e, entry));
}
