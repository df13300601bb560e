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
}

export type { LogLevel } from '../../common/log.js';
