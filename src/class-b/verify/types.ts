import type { PatchProposal } from '../types.js';

/** A test's status in one run (Playwright's TestResult status). */
export type TestStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

/** A test's status, keyed by `testKey(project, file, titles)`. */
export interface TestOutcome {
  key: string;
  status: TestStatus;
}

/** One test of a verification re-run. */
export interface TestRun extends TestOutcome {
  durationMs: number;
  /** First 500 characters of the error, ANSI stripped and redacted. */
  error?: string;
}

/** An attachment of a re-run test's result (a body as Playwright's JSON report gives it, base64 decoded). */
export interface RerunAttachment {
  name: string;
  contentType: string;
  /** Absolute path inside the isolated copy: readable only until the copy is discarded. */
  path?: string;
  body?: Buffer;
}

/** A re-run test's failure as the next round's healer reads it: raw text, never written out. */
export interface RerunFailure {
  /** Error message(s), ANSI stripped. */
  message: string;
  stack?: string;
  snippet?: string;
  /** Where the error was thrown (absolute path in the copy). */
  location?: { file: string; line: number; column: number };
  /** Absolute path (in the copy) and line of the test's declaration. */
  testFile: string;
  testLine: number;
  attachments: RerunAttachment[];
}

/** One healing round of a proposal, for the draft and test-rerun-output.json. */
export interface RoundNote {
  /** 1 is the first proposal. */
  round: number;
  /** The fix type of this round's edits; absent when the round found none. */
  category?: string;
  /** Repo-relative `file:line` of the lines this round changed. */
  edits: string[];
  /** What came of it, for people. */
  outcome: string;
}

export type VerifyStatus = 'verified' | 'failed' | 'refused' | 'skipped' | 'dry-run';

export interface VerifyResult {
  proposal: PatchProposal;
  status: VerifyStatus;
  /** Why, for people (redacted). */
  reason: string;
  /** The proposal's unified diff against the files as they are; empty when it could not be rendered. */
  diff: string;
  /** Statuses in the original run of the tests of the files that were re-run for this proposal. */
  before: TestOutcome[];
  /** The same tests in the verification re-run that decided this proposal; empty when none ran. */
  after: TestRun[];
  /** The healing rounds, when a second one was tried: what each changed and what came of it. */
  rounds?: RoundNote[];
}

export type { LogLevel } from '../../common/log.js';
