// test-rerun-output.json: the before/after evidence of every Class B verification, written atomically
// and redacted as a whole (reasons, errors, diffs and commands can all quote secrets from the app).
import { writeJson } from '../../artifacts/fs.js';
import { redactDeep } from '../../redact/index.js';
import type { ClassBCategory } from '../types.js';
import type { VerifyGuardrails } from './budget.js';
import type { RoundNote, TestOutcome, TestRun, VerifyResult, VerifyStatus } from './types.js';

/** One verification re-run in an isolated copy. */
export interface RerunRecord {
  id: number;
  /** `group`: all proposals of one category together; `single`: one proposal alone; `round`: one proposal with the edits of a later healing round stacked on it. */
  kind: 'group' | 'single' | 'round';
  category: ClassBCategory;
  /** Indexes into `proposals`. */
  proposals: number[];
  /** Repo-relative test files that ran. */
  files: string[];
  /** node, Playwright's cli.js and the arguments; the environment is never recorded. */
  command: string[];
  startedAt: string;
  durationMs: number;
  exitCode: number | null;
  timedOut: boolean;
  verified: boolean;
  reason: string;
  errors: string[];
  tests: TestRun[];
}

export interface ProposalRecord {
  index: number;
  category: ClassBCategory;
  fingerprint: string;
  testIds: string[];
  source: 'rules' | 'llm';
  confidence: number;
  files: string[];
  status: VerifyStatus;
  reason: string;
  diff: string;
  before: TestOutcome[];
  after: TestRun[];
  /** Ids of the re-runs that included this proposal. */
  reruns: number[];
  /** The healing rounds, when a second one was tried. */
  rounds?: RoundNote[];
}

export interface RerunOutput {
  schemaVersion: 1;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  dryRun: boolean;
  guardrails: Omit<VerifyGuardrails, 'deadline'> & { deadline: string };
  counts: Record<VerifyStatus, number>;
  /** Attempts per failure fingerprint after this pass (maxFixAttemptsPerFailure). */
  attempts: Record<string, number>;
  proposals: ProposalRecord[];
  reruns: RerunRecord[];
}

export function countStatuses(results: readonly VerifyResult[]): Record<VerifyStatus, number> {
  const counts: Record<VerifyStatus, number> = { verified: 0, failed: 0, refused: 0, skipped: 0, 'dry-run': 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Writes the artifact atomically, every string redacted. */
export function writeRerunOutput(file: string, output: RerunOutput): void {
  writeJson(file, redactDeep(output), true);
}
