// Security alerts, sent before any GitHub request: a GitHub outage (or a deadline spent waiting on it)
// must never silence them. Which clusters alert is decided from this run and the previous run's
// records (latest.json), not from GitHub, so an alert never waits on an issue search.
import path from 'node:path';
import type { ClusterEntry } from '../artifacts/summary.js';
import { sendSecurityAlert } from './alert.js';
import { classCCategoryOf } from './render-issue.js';
import type { RunState } from './state.js';
import type { ClassCCategory, ClassCRecord, RunClassCOptions } from './types.js';
import { isoTime } from './markers.js';
import { redactText } from '../redact/index.js';
import { describeThrown } from '../common/errors.js';

/** Sends (or, dry / no webhook, writes) the alert of one security cluster and records what happened. */
export async function alertIfSecurity(s: RunState, cluster: ClusterEntry, category: ClassCCategory, issueUrl?: string): Promise<void> {
  if (category !== 'security') return;
  const fp = cluster.fingerprint;
  const alert = {
    fingerprint: fp,
    title: cluster.example,
    message: s.o.summary.failures.find((f) => f.fingerprint === fp)?.message ?? cluster.example,
    tests: cluster.tests,
    runId: s.o.summary.runId,
    seenAt: s.seenAt,
    ...(s.o.actions ? { runUrl: s.o.actions.runUrl } : {}),
    ...(issueUrl ? { issueUrl } : {}),
  };
  // The alerts-first pass always leaves the payload in the run folder: `healwright publish` (which
  // holds the webhook in split CI) sends it from there, and a failed send can be retried.
  const written = s.o.alertsSent ? await sendSecurityAlert('', alert, { dryRun: true, outDir: s.o.outDir }) : undefined;
  const file = written?.path ? { path: written.path } : {};
  if (!s.o.alertWebhook) {
    const where = written?.path ? `; written to alerts/${path.basename(written.path)} for \`healwright publish\`` : '';
    s.record({ fingerprint: fp, category, action: 'alert-skipped', ...file, detail: `no security alert: no webhook configured (set HEAL_ALERT_WEBHOOK or alertWebhook)${where}` });
    return;
  }
  const result = written && s.o.dryRun ? written : await sendSecurityAlert(s.o.alertWebhook, alert, { ...s.o.alertOptions, dryRun: s.o.dryRun, outDir: s.o.outDir });
  if (result.status === 'written') s.record({ fingerprint: fp, category, action: 'alert-written', path: result.path, detail: 'dry run: security alert written, not sent' });
  else if (result.status === 'sent') s.record({ fingerprint: fp, category, action: 'alerted', ...file, detail: `security alert sent (HTTP ${result.httpStatus}, ${result.attempts} attempt(s))` });
  else s.record({ fingerprint: fp, category, action: 'alert-failed', ...file, detail: `security alert not sent: ${result.error ?? 'unknown error'}` });
}

export interface AlertsFirstOptions extends Omit<RunClassCOptions, 'api' | 'alertsSent'> {
  /**
   * Fingerprints people already know about: an issue open after the previous run, or an alert it sent.
   * They are not alerted again (the issue gets a comment instead).
   */
  alreadyKnown?: readonly string[];
}

/**
 * The first network step of onEnd and of `healwright publish`: one alert per new security cluster,
 * before any GitHub call. Never throws; returns the records (merge them with runClassC's, which is
 * then called with `alertsSent: true`).
 */
export async function sendSecurityAlertsFirst(o: AlertsFirstOptions): Promise<ClassCRecord[]> {
  const now = o.now ?? (() => new Date());
  const records: ClassCRecord[] = [];
  const s: RunState = {
    o: { ...o, alertsSent: true },
    api: undefined,
    seenAt: isoTime(o.summary.startedAt),
    records,
    record: (r) => records.push({ ...r, detail: redactText(r.detail), at: now().toISOString() }),
    log: o.log ?? (() => undefined),
  };
  const known = new Set(o.alreadyKnown ?? []);
  for (const cluster of o.summary.clusters) {
    const category = classCCategoryOf(cluster, o.summary.analyses.find((a) => a.fingerprint === cluster.fingerprint));
    if (category !== 'security' || known.has(cluster.fingerprint)) continue;
    try {
      await alertIfSecurity(s, cluster, category);
    } catch (err) {
      s.record({ fingerprint: cluster.fingerprint, category, action: 'alert-failed', detail: `security alert not sent: ${describeThrown(err)}` });
    }
  }
  return records;
}
