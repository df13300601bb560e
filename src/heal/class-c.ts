// Security alerts in onEnd: sent before the LLM stage (rules' verdicts) and again right after it (for
// clusters the LLM calls security), always before any GitHub call, so neither a hung LLM nor a GitHub
// outage can silence them. Which clusters are new is read from the previous run, never from GitHub.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClusterAnalysisRecord, HealingSummary } from '../artifacts/summary.js';
import { runClassC, type ClassCRecord, type RunClassCOptions } from '../class-c/index.js';
import { sendSecurityAlertsFirst } from '../class-c/security-alerts.js';
import { joinTitle } from '../common/names.js';
import type { RunContext, Triaged } from './context.js';

export type ClassCContext = Pick<RunContext, 'heal' | 'config' | 'suite' | 'runDir' | 'outputRoot' | 'dryRun' | 'github' | 'log' | 'deadline'>;

/** What the Class C stages read: triage's failures and clusters, and the LLM's analyses (none before it). */
export interface ClassCInput {
  triaged: Triaged;
  analyses: readonly ClusterAnalysisRecord[];
}

/**
 * From the previous run (its latest.json): fingerprints with an open issue (for "passed again" notes),
 * and those people already know about (open issue or alert sent), which are not alerted again.
 */
export function previousRun(outputRoot: string): { open: string[]; known: string[] } {
  try {
    const prev = JSON.parse(readFileSync(path.join(outputRoot, 'latest.json'), 'utf8')) as Partial<HealingSummary>;
    const open = (prev.issues ?? []).filter((i) => i.status === 'created' || i.status === 'commented').map((i) => i.fingerprint);
    return { open, known: [...open, ...(prev.alerts ?? []).filter((a) => a.status === 'sent').map((a) => a.fingerprint)] };
  } catch {
    return { open: [], known: [] };
  }
}

/** The Class C options shared by the alert passes and the issue stage. */
function classCOptions(ctx: ClassCContext, input: ClassCInput): Omit<RunClassCOptions, 'api'> {
  const { heal, log, github } = ctx;
  const signal = ctx.deadline.signal;
  return {
    summary: { ...input.triaged, clusters: [...input.triaged.clusters], failures: [...input.triaged.failures], analyses: [...input.analyses] },
    dryRun: ctx.dryRun,
    outDir: ctx.runDir,
    closeResolved: heal.github.closeResolvedIssues,
    ...(github.actions ? { actions: github.actions } : {}),
    rootDir: ctx.config.rootDir,
    extraLabels: heal.github.labels,
    ...(heal.alertWebhook ? { alertWebhook: heal.alertWebhook } : {}),
    signal,
    alertOptions: { signal },
    log: (msg: string) => log('info', msg),
  };
}

/**
 * One alert pass: alerts the security clusters nobody knows about yet (not in the previous run, not
 * in `sent`, the earlier passes' records) and returns the new records. Sends nothing to GitHub.
 */
export async function runAlertStage(ctx: ClassCContext, input: ClassCInput, sent: readonly ClassCRecord[]): Promise<ClassCRecord[]> {
  const known = [...previousRun(ctx.outputRoot).known, ...sent.map((r) => r.fingerprint)];
  return sendSecurityAlertsFirst({ ...classCOptions(ctx, input), alreadyKnown: known });
}

/** Title-path keys of the tests that passed (as Class C lists affected tests). */
function passedTests(ctx: ClassCContext): string[] {
  return ctx.suite
    .allTests()
    .filter((t) => t.outcome() === 'expected' && t.results.some((r) => r.status === 'passed'))
    .map((t) => joinTitle(t.titlePath().slice(1)));
}

/** The Class C issue stage: one GitHub issue (or file) per cluster, after the alerts were sent. */
export async function runIssueStage(ctx: ClassCContext, input: ClassCInput): Promise<ClassCRecord[]> {
  const api = ctx.github.client ? { api: ctx.github.client } : {};
  return runClassC({ ...classCOptions(ctx, input), ...api, previouslyOpen: previousRun(ctx.outputRoot).open, passedTests: passedTests(ctx), alertsSent: true });
}
