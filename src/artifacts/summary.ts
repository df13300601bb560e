import type { Category, FailureClass, TriageResult } from '../triage/types.js';
import type { ProviderName } from '../llm/providers/index.js';
import type { HealthScore, Totals } from './health.js';

/** Bumped on any incompatible change; documented in the README. */
export const SUMMARY_SCHEMA_VERSION = 1;

export type FinalOutcome = 'expected' | 'unexpected' | 'flaky' | 'skipped';

export interface FailureEntry {
  testId: string;
  title: string;
  /** [project, file, ...describes, title] (project is '' when the config has none). */
  titlePath: string[];
  project: string;
  file: string;
  line: number;
  /** `unexpected` (failed for good) or `flaky` (failed, then passed on a retry). */
  outcome: 'unexpected' | 'flaky';
  attempts: number;
  /** Status of the attempt that was triaged (failed / timedOut / interrupted). */
  status: string;
  /** Duration of that attempt (performance issues show it); absent in summaries of older versions. */
  durationMs?: number;
  /** Error message: ANSI stripped, redacted, capped. */
  message: string;
  triage: TriageResult;
  fingerprint: string;
  /** Healwright may fix it (its project is in `projects`). */
  healable: boolean;
  /** Artifact files of the triaged attempt, relative to the run's Playwright output. */
  artifacts: { name: string; contentType: string; path?: string }[];
}

export interface ClusterEntry {
  fingerprint: string;
  category: Category;
  class: FailureClass;
  count: number;
  tests: string[];
  /** One normalised example message. */
  example: string;
}

export interface FixRecord {
  category: Category;
  class: FailureClass;
  testIds: string[];
  status: 'attempted' | 'applied' | 'verified' | 'failed' | 'skipped' | 'dry-run';
  detail: string;
  at: string;
  /** A Class B patch that failed verification, kept unpublished: its path in the run folder (`drafts/<category>-<n>.patch`). */
  draft?: string;
  /** Healing rounds a Class B fix took (present from 2: a patch that got the test further, then the next failure healed). */
  rounds?: number;
}

export interface LlmUsage {
  /** Provider used, or null when none was (rules only). */
  provider: string | null;
  model: string | null;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  /** Why no LLM ran, or other notes. */
  note: string;
}

/**
 * What the LLM said about one failure cluster, as written to healing-summary.json (`analyses[]`).
 * Every text in it is redacted. `ok: false` means the rules' verdict stands (`finalCategory` is the
 * rules' category) and `reason` says why there is no analysis.
 */
export interface ClusterAnalysisRecord {
  fingerprint: string;
  /** Failures in the cluster. */
  count: number;
  provider: ProviderName | null;
  model: string | null;
  ok: boolean;
  /** Why there is no analysis (ok: false): budget, provider error, invalid answers, run stopped. */
  reason?: string;
  rootCause?: string;
  ruleCategory: Category;
  /** What the LLM answered (ok only). */
  llmCategory?: Category;
  /** The category healing goes on with: the LLM's refinement, or the rules' when it may not change it. */
  finalCategory: Category;
  /** Why finalCategory is what it is (ok only). */
  categoryReason?: string;
  /** The LLM's confidence in its category, 0..1 (ok only). */
  confidence?: number;
  investigationSteps: string[];
  /** A one-place test edit the LLM proposed; only a proposal until the Class B verifier re-ran it. */
  proposedEdit?: { file: string; line: number; before: string; after: string; status: 'proposed' };
  /** LLM calls made for this cluster (2 when the first answer was invalid). */
  attempts: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
}

/** A Class B pull request (or, without GitHub / in dry run, its patch and body files). */
export interface PullRequestRecord {
  category: Category;
  /** `skipped`: not attempted (the onEnd deadline came first); the files are written, `healwright publish` can send them. */
  status: 'opened' | 'commented' | 'written' | 'dry-run' | 'failed' | 'skipped';
  fixes: number;
  testIds: string[];
  /** The `.patch` (`git apply` accepts it) and the PR body, in the run folder. */
  patchFile: string;
  bodyFile: string;
  url?: string;
  number?: number;
  branch?: string;
  reason?: string;
}

/** A Class C issue action (or, without GitHub / in dry run, the issue body file). */
export interface IssueRecord {
  fingerprint: string;
  category: Category;
  /** `skipped`: not attempted (the onEnd deadline came first); the issue file is written. */
  status: 'created' | 'commented' | 'resolved' | 'closed' | 'written' | 'dry-run' | 'failed' | 'skipped';
  url?: string;
  number?: number;
  file?: string;
  reason?: string;
}

/** A security alert sent to the webhook (or written, in dry run). */
export interface AlertRecord {
  fingerprint: string;
  status: 'sent' | 'written' | 'dry-run' | 'failed' | 'skipped';
  file?: string;
  reason?: string;
}

/** A step of onEnd that did not run (the onEnd deadline), and why. */
export interface SkippedStep {
  /** e.g. `LLM analysis`, `Class C issues`, `pull request update-selectors`. */
  step: string;
  /** e.g. `onEnd deadline (600000 ms) reached before creating an issue`. */
  reason: string;
}

/** healing-summary.json, schema version 1. */
export interface HealingSummary {
  schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  tool: { name: 'healwright'; version: string };
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  playwright: { version: string; status: string; workers: number; retries: number; shard: { current: number; total: number } | null };
  config: { dryRun: boolean; skipLlm: boolean; projects: string[]; maxFixesPerRun: number; sideEffectsDisabled: boolean; issues: string[] };
  totals: Totals;
  health: HealthScore;
  byClass: Record<FailureClass, number>;
  byCategory: Partial<Record<Category, number>>;
  failures: FailureEntry[];
  clusters: ClusterEntry[];
  fixes: { attempted: FixRecord[]; applied: FixRecord[]; verified: FixRecord[] };
  llm: LlmUsage;
  /** One entry per failure cluster the LLM looked at (empty in rules-only runs). */
  analyses: ClusterAnalysisRecord[];
  /** Class B pull requests of the run, one per fix type. */
  pullRequests: PullRequestRecord[];
  /** Class C issues opened, commented or resolved. */
  issues: IssueRecord[];
  alerts: AlertRecord[];
  warnings: string[];
  /** onEnd steps that did not run, with the reason (the onEnd deadline); absent in older summaries. */
  skipped?: SkippedStep[];
  /** Errors outside tests (onError) and healwright's own, redacted. */
  errors: string[];
  artifacts: { runDir: string; testOutput: string; log: string; summaryMarkdown: string };
}
