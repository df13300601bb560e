// How much an element of the failing run's DOM snapshot looks like a last-known-good fingerprint: the
// features the fingerprint remembers (tag, texts, id, classes, test ids, role, name, form attributes,
// parent), each weighted, compared exactly (texts whitespace- and case-folded; classes by overlap).
// A locator that drifted changes one of them; the others still tell the element apart.
import type { DomElement } from '../triage/dom-snapshot.js';
import type { Fingerprint, LkgEntry } from './types.js';

const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

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
  if (text) feature(WEIGHTS.text, fold(e.ownText ?? e.text) === fold(text) || fold(e.text) === fold(fp.text) ? 1 : 0);
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
 * How well a set of found elements fits an entry: each found element against its best fingerprint,
 * averaged, times 1 when the count agrees with what the locator matched then, else a penalty.
 */
export function entrySimilarity(found: readonly DomElement[], parentOf: (e: DomElement) => DomElement | undefined, entry: Pick<LkgEntry, 'count' | 'elements'>): number {
  if (!found.length || !entry.elements.length) return 0;
  let sum = 0;
  for (const e of found.slice(0, entry.elements.length)) sum += Math.max(...entry.elements.map((fp) => fingerprintSimilarity(e, parentOf(e), fp)));
  const mean = sum / Math.min(found.length, entry.elements.length);
  return found.length === entry.count ? mean : mean * 0.5;
}
