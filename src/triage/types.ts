/** The three classes of design.md: A fixed before a retry, B proposed as a PR, C handed to humans. */
export type FailureClass = 'A' | 'B' | 'C';

/** The nine categories of the classification table. */
export type Category =
  | 'restart-backend'
  | 'clear-session'
  | 'refresh-tokens'
  | 'update-selectors'
  | 'fix-api-routes'
  | 'update-test-data'
  | 'unknown'
  | 'security'
  | 'performance';

export const CATEGORY_CLASS: Readonly<Record<Category, FailureClass>> = {
  'restart-backend': 'A',
  'clear-session': 'A',
  'refresh-tokens': 'A',
  'update-selectors': 'B',
  'fix-api-routes': 'B',
  'update-test-data': 'B',
  unknown: 'C',
  security: 'C',
  performance: 'C',
};

export const CATEGORIES = Object.keys(CATEGORY_CLASS) as Category[];

/** One HTTP response with status >= 400 seen by the page or the request context during a test. */
export interface EvidenceResponse {
  method: string;
  url: string;
  status: number;
  statusText?: string;
  /** First bytes of a textual body, already redacted. */
  bodySnippet?: string;
}

/**
 * What the `heal-evidence` attachment (application/json) carries. Written by healwright's fixtures;
 * every field is optional so that partial evidence still triages.
 */
export interface HealEvidence {
  version?: 1;
  responses?: EvidenceResponse[];
  failedRequests?: { method: string; url: string; errorText: string }[];
  consoleErrors?: string[];
  pageErrors?: string[];
  lastUrl?: string;
}

/** Input of {@link triageFailure}: one failed attempt of one test. */
export interface FailureInput {
  /** Error message (ANSI codes allowed, they are stripped). */
  message: string;
  /** Stack trace, when known. */
  stack?: string;
  /** Playwright project name (`security` makes any failure a security failure). */
  project?: string;
  /** Test status of the attempt: failed / timedOut / interrupted. */
  status?: string;
  /** The YAML ARIA snapshot of the page, as found in the `error-context` attachment. */
  pageSnapshot?: string;
  /** Evidence captured by healwright's fixtures. */
  evidence?: HealEvidence;
  /** Playwright's code frame of the failing line (`TestError.snippet`), when the reporter has it. */
  snippet?: string;
  /** Test title path, for rules that look at names (informative only). */
  titlePath?: string[];
}

/** Output of {@link triageFailure}. */
export interface TriageResult {
  class: FailureClass;
  category: Category;
  /** 0..1 */
  confidence: number;
  /** Human-readable reasons, most important first; the first names the rule that decided. */
  reasons: string[];
  /** Id of the rule that decided. */
  rule: string;
  /** Locator named in the error, when there is one. */
  locator?: string;
}
