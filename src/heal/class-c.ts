// Security alerts in onEnd: sent before the LLM stage (rules' verdicts) and again right after it (for
// clusters the LLM calls security), always before any GitHub call, so neither a hung LLM nor a GitHub
// outage can silence them. Which clusters are new is read from the previous run, never from GitHub.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HealingSummary } from '../artifacts/summary.js';
import { toSummaryRecords, type ClassCRecord, type RunClassCOptions } from '../class-c/index.js';
import { actionsContextFromEnv } from '../github/actions-context.js';
import { sendSecurityAlertsFirst } from '../class-c/security-alerts.js';
import type { RunContext } from './context.js';

export type AlertStageInput = Pick<RunContext, 'summary' | 'heal' | 'config' | 'runDir' | 'outputRoot' | 'dryRun' | 'env' | 'log' | 'deadline'>;

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
export function classCOptions(input: AlertStageInput): Omit<RunClassCOptions, 'api'> {
  const { heal, log } = input;
  const signal = input.deadline?.signal;
  const actions = actionsContextFromEnv(input.env);
  return {
    summary: input.summary,
    dryRun: input.dryRun,
    outDir: input.runDir,
    closeResolved: heal.github.closeResolvedIssues,
    ...(actions ? { actions } : {}),
    rootDir: input.config.rootDir,
    extraLabels: heal.github.labels,
    ...(heal.alertWebhook ? { alertWebhook: heal.alertWebhook } : {}),
    ...(signal ? { signal, alertOptions: { signal } } : {}),
    log: (msg: string) => log('info', msg),
  };
}

/**
 * One alert pass: alerts the security clusters nobody knows about yet (not in the previous run, not in
 * `sent`), appends the records to `sent` and refreshes `summary.alerts`. Never throws.
 */
export async function runAlertStage(input: AlertStageInput, sent: ClassCRecord[]): Promise<void> {
  const known = [...previousRun(input.outputRoot).known, ...sent.map((r) => r.fingerprint)];
  const records = await sendSecurityAlertsFirst({ ...classCOptions(input), alreadyKnown: known });
  sent.push(...records);
  input.summary.alerts = toSummaryRecords(sent, input.dryRun).alerts;
}
