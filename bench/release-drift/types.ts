// What one app of the release-drift bench is: two published releases, a suite written against the
// first, and the hand labels of what the second release broke in it.

/** An element in release N+k, for break-back runs: CSS, and optionally text it must contain. */
export interface Removal {
  css: string;
  text?: string;
}

export type LabelKind =
  /** The element is still there under another locator: a heal must find `target`. */
  | 'selector'
  /** The app shows a new value for the same thing: a heal must write `value`. */
  | 'data'
  /** The feature changed or went away: any verified patch is wrong. */
  | 'real';

export interface FailureLabel {
  /** Test title, as written in the spec. */
  test: string;
  kind: LabelKind;
  /** selector/data: the element the test must find in release N+k (removed in the break-back run). */
  target?: Removal;
  /** data: the new value the patched test must expect. */
  value?: string;
  /** Why, in a few words (printed next to the outcome). */
  note: string;
}

export interface ReleaseApp {
  name: string;
  /** npm package the releases ship in. */
  pkg: string;
  from: string;
  to: string;
  /** The deploy step: text replaced in served files (same in both releases, e.g. the API document's URL). */
  rewrites?: { file: string; from: string; to: string }[];
  /** Files served from memory next to the release (the local API document). */
  extra?: Record<string, string>;
  /** The suite: file name -> content (specs, page objects). */
  files: Record<string, string>;
  labels: FailureLabel[];
}
