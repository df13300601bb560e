// What the reporter hands to the heal stages: each test's record, with its triaged failed attempts.
import type { HealEvidence, TriageResult } from '../triage/types.js';

/** One failed attempt, triaged as it ended. */
export interface FailedAttempt {
  retry: number;
  status: string;
  durationMs: number;
  /** Message as Playwright gave it, ANSI stripped (redacted only when written out). */
  message: string;
  /** Stack of the first error, ANSI stripped (Class B healers find the failing source line in it). */
  stack?: string;
  triage: TriageResult;
  fingerprint: string;
  attachments: { name: string; contentType: string; path?: string }[];
  /** healwright's evidence for the attempt (Class B healers use it too). */
  evidence?: HealEvidence;
  evidenceProblem?: string;
  /** The error-context text when Playwright attached it as a body, not a file (1.51, 1.52's JSON form). */
  errorContext?: string;
  /** The `heal-dom` body (JSON), kept as text: Playwright hands an attached body to the reporter inline, not as a file. */
  domSnapshot?: string;
}

export interface TestRecord {
  testId: string;
  title: string;
  titlePath: string[];
  project: string;
  file: string;
  line: number;
  attempts: number;
  failed: FailedAttempt[];
  /** Class A decisions the fixtures attached (`heal-fix`), raw JSON objects. */
  fixRecords: unknown[];
}
