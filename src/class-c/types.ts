import type { ActionsContext } from '../github/actions-context.js';

import type { ClusterAnalysisRecord, ClusterEntry, FailureEntry } from '../artifacts/summary.js';
import type { Dispatcher } from 'undici';

/** The three Class C categories: handed to people as issues (security also as an alert). */
export type ClassCCategory = 'unknown' | 'security' | 'performance';

/**
 * What Class C needs from GitHub. The real client lives in src/github; tests use an in-memory fake.
 * `marker` is a hidden HTML comment (`<!-- healwright:fingerprint=... -->`) searched in issue bodies.
 */
export interface IssueApi {
  findOpenByMarker(query: { kind: 'issue'; label: string; marker: string }): Promise<{ number: number; url: string; body: string; title: string } | null>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<{ number: number; url: string }>;
  commentOnIssue(number: number, body: string): Promise<{ id: number; url: string }>;
  closeIssue(number: number): Promise<void>;
  updateIssueBody(number: number, body: string): Promise<void>;
}

/** A failure as Class C reads it: `durationMs` (the triaged attempt's) is used when the summary has it. */
export type ClassCFailure = FailureEntry & { durationMs?: number };

/** The parts of healing-summary.json Class C reads; a whole `HealingSummary` fits. */
export interface ClassCSummary {
  runId: string;
  startedAt: string;
  clusters: ClusterEntry[];
  failures: ClassCFailure[];
  analyses: ClusterAnalysisRecord[];
}

/** What one issue says about a cluster's history. */
export interface IssueStats {
  /** ISO time of the first run the cluster failed in. */
  firstSeen: string;
  /** ISO time of the latest run it failed in. */
  lastSeen: string;
  /** That run's id. */
  lastRunId: string;
  /** Runs it failed in, this one included. */
  runsFailing: number;
  /** Failures of the cluster in the latest failing run. */
  failuresLastRun: number;
  /** Set once a later run saw the affected tests pass. */
  passingSince?: { runId: string; at: string };
}

/** Inputs of {@link renderClassCIssue} besides the cluster. */
export interface RenderContext {
  /** The cluster's failures in this run (same fingerprint). */
  failures: readonly ClassCFailure[];
  analysis?: ClusterAnalysisRecord;
  runId: string;
  /** ISO time of this run. */
  seenAt: string;
  /** History carried over from an open issue; absent for a new one. */
  stats?: IssueStats;
  /** Tests listed by an earlier version of the issue, merged into the list. */
  previousTests?: readonly string[];
  actions?: ActionsContext;
  /** Absolute artifact paths under it are shown relative to it. */
  rootDir?: string;
  /** Added to the three standard labels (config `github.labels`). */
  extraLabels?: readonly string[];
}

export interface RenderedIssue {
  title: string;
  body: string;
  labels: string[];
}

/** What runClassC did about one cluster or issue; goes into healing-summary.json. */
export interface ClassCRecord {
  fingerprint: string;
  category: ClassCCategory;
  /**
   * Issues: created, commented (failed again), resolved (passed again, noted, left open), closed
   * (passed again, closeResolved), written (file instead of sending), skipped, not-run (the deadline
   * came first; the issue file is written), failed.
   * Alerts: alerted, alert-written (dry run), alert-skipped (no webhook), alert-failed.
   */
  action: 'created' | 'commented' | 'resolved' | 'closed' | 'written' | 'skipped' | 'not-run' | 'failed' | 'alerted' | 'alert-written' | 'alert-skipped' | 'alert-failed';
  /** The issue acted on, when there is one. */
  issue?: { number: number; url: string };
  /** File written instead of sending (dry run / no GitHub). */
  path?: string;
  /** For people, redacted. */
  detail: string;
  at: string;
}

export interface RunClassCOptions {
  summary: ClassCSummary;
  /** GitHub issues; absent (no token or repository) means files only. */
  api?: IssueApi;
  /** Write files, send nothing, call no API. */
  dryRun: boolean;
  /** The run folder: issues/<fp>.md and alerts/<fp>.json land here when nothing is sent. */
  outDir: string;
  /** Close an issue once its tests pass again (config `github.closeResolvedIssues`). */
  closeResolved: boolean;
  /**
   * Fingerprints that had an open issue after earlier runs (from their Class C records). Only these
   * are checked for "passed again": the issue API cannot list issues.
   */
  previouslyOpen?: readonly string[];
  /**
   * Tests that passed in this run, keyed as `clusters[].tests` is: the title path without the
   * leading empty root (`[project, file, ...describes, title]`), empty parts dropped, joined by ' › '.
   */
  passedTests?: readonly string[];
  actions?: ActionsContext;
  rootDir?: string;
  extraLabels?: readonly string[];
  /** Security clusters are also sent here (HEAL_ALERT_WEBHOOK / config `alertWebhook`). */
  alertWebhook?: string;
  alertOptions?: Pick<AlertOptions, 'timeoutMs' | 'retryDelayMs' | 'dispatcher' | 'signal'>;
  /**
   * Security alerts were already handled by {@link sendSecurityAlertsFirst} (before any GitHub call):
   * runClassC only files issues.
   */
  alertsSent?: boolean;
  /** The pipeline's deadline: once it fires, the remaining clusters are recorded as not-run (files written). */
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Clock for records; default `new Date()`. */
  now?: () => Date;
}

/** Options of {@link sendSecurityAlert}. */
export interface AlertOptions {
  /** Write `<outDir>/alerts/<fingerprint>.json` instead of sending. */
  dryRun?: boolean;
  /** The run folder; required for dry runs. */
  outDir?: string;
  /** Per attempt, in ms. Default 10 000. */
  timeoutMs?: number;
  /** Wait before the one retry, in ms (a `Retry-After` header wins, up to 5 s). Default 1 000. */
  retryDelayMs?: number;
  /** undici dispatcher (proxies, tests). */
  dispatcher?: Dispatcher;
  /** The pipeline's deadline: aborts the attempt in flight; no retry starts after it. */
  signal?: AbortSignal;
}
