// The failure corpus as tests consume it: real Playwright failures, each labelled with the triage
// category it must get. Regenerate with `node --import tsx test/data/failures/generate.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The nine triage categories, Class A, B, then C. */
export const CATEGORIES = [
  'restart-backend',
  'clear-session',
  'refresh-tokens',
  'update-selectors',
  'fix-api-routes',
  'update-test-data',
  'unknown',
  'security',
  'performance',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One HTTP response >= 400 seen by the evidence fixture. */
export interface EvidenceResponse {
  method: string;
  url: string;
  status: number;
  statusText: string;
  bodySnippet: string;
}

/** The `heal-evidence` attachment, as the corpus suite's fixture wrote it. */
export interface FailureEvidence {
  responses: EvidenceResponse[];
  consoleErrors: string[];
  pageErrors: string[];
  requestFailures: { method: string; url: string; errorText: string }[];
  lastUrl?: string;
}

export interface FailureCase {
  /** `<category>/<scenario-slug>`, with `@<version>` for runs of an older Playwright. */
  id: string;
  /** The category written in the scenario's title. */
  expected: Category;
  project: 'health' | 'contracts' | 'modules' | 'security';
  status: 'failed' | 'timedOut' | 'interrupted';
  /** `result.error.message` from the JSON report, ANSI codes included. */
  message: string;
  stack?: string;
  /** Every `result.errors[].message` (with code snippet), only when the test had more than one error. */
  errors?: string[];
  /** The YAML ARIA snapshot from the `error-context` attachment. */
  pageSnapshot?: string;
  /** The whole `error-context` attachment (markdown). */
  errorContext?: string;
  evidence?: FailureEvidence;
  /** `playwright-<version>` of the runner that produced the case. */
  source: string;
  /** Why the expected category is right. */
  note: string;
}

export const CORPUS_PATH = fileURLToPath(new URL('./corpus.json', import.meta.url));

export function loadFailureCorpus(path = CORPUS_PATH): FailureCase[] {
  return JSON.parse(readFileSync(path, 'utf8')) as FailureCase[];
}
