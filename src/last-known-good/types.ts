// The last-known-good record of a locator: what the element it found looked like the last time a test
// that used it passed. Recorded in the test workers (fixtures), kept by the reporter, read by the
// selector healer. See store.ts for the file and its limits.
import type { DomElement } from '../triage/dom-snapshot.js';

/** Name of the attachment a passing test carries its records in (`_`: Playwright's reporters do not list it). */
export const LKG_ATTACHMENT = '_healwright-lkg';

/** What one element showed: the DOM snapshot's element without position, geometry and frame, plus its parent's identity. */
export type Fingerprint = Pick<DomElement, 'tag' | 'id' | 'classes' | 'testIds' | 'role' | 'name' | 'text' | 'ownText' | 'label' | 'placeholder' | 'type' | 'nameAttr' | 'href' | 'title' | 'alt' | 'level'> & {
  /** The parent element's tag, id and classes. */
  up?: { tag: string; id?: string; classes?: string[] };
  /**
   * The names (and placeholders) of the other elements of its tag near it when it was recorded (see
   * fixtures/lkg-read.ts); empty when there were none, absent in records of older versions.
   */
  near?: string[];
  /**
   * The text of the nearest ancestor (of the next three) that shows a word the element does not: its card's,
   * row's or list item's text, clipped like the element's own; absent when none does, and in older records
   * (written before 2026-12-07, the nearest ancestor whose text differed at all).
   */
  ctx?: string;
};

/** One locator call of a passing test, as the worker saw it. */
export interface LkgRecord {
  /** Absolute path of the file whose line made the call (the test, or a page object). */
  file: string;
  line: number;
  /** The locator as Playwright prints it (`locator('.save')`, `getByRole('button', { name: 'Save' })`). */
  locator: string;
  /** How many elements it matched. */
  count: number;
  /** The first elements it matched (at most {@link MAX_ELEMENTS}). */
  elements: Fingerprint[];
}

/** A record in the store: the file relative to the repository, when it was last seen, how often. */
export interface LkgEntry extends LkgRecord {
  /** ISO time of the last passing run that saw it. */
  lastSeen: string;
  /** Passing runs that saw it. */
  seen: number;
}

/** The file in a run folder that lists the records the workers need not read again (store.ts, freshKeys). */
export const LKG_FRESH_FILE = 'lkg-fresh.json';

/** Elements kept per record: enough for a count of a few, not a table's worth. */
export const MAX_ELEMENTS = 3;
/** Records a test keeps: one per call site and locator. */
export const MAX_RECORDS_PER_TEST = 60;
