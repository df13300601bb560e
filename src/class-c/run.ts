// Class C orchestration: one issue per failing cluster (a comment when one is already open), a
// security alert for new security clusters, and a note on open issues whose tests pass again.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClusterEntry } from '../artifacts/summary.js';
import { DeadlineError, deadlineError } from '../common/deadline.js';
import { redactText } from '../redact/index.js';
import { isBrowserNotInstalled } from '../triage/browser-launch.js';
import { code } from './markdown.js';
import { fingerprintMarker, isoTime, readIssueState, replaceStatsBlock, replaceTestsBlock, safeTestKey } from './markers.js';
import { renderRecurrenceComment } from './render-comments.js';
import { classCCategoryOf, renderClassCIssue } from './render-issue.js';
import { checkPassedAgain } from './resolve.js';
import { alertIfSecurity } from './security-alerts.js';
import { ISSUE_LABEL, type RunState } from './state.js';
import type { ClassCCategory, ClassCRecord, IssueStats, RenderedIssue, RunClassCOptions } from './types.js';
import { describeThrown } from '../common/errors.js';

function errorText(err: unknown): string {
  return redactText(describeThrown(err));
}

function writeIssueFile(s: RunState, fingerprint: string, issue: RenderedIssue, notSent?: string): string {
  const file = path.join(s.o.outDir, 'issues', `${fingerprint}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  const why = notSent ?? (s.o.dryRun ? 'Dry run' : 'No GitHub access (GITHUB_TOKEN and the repository are needed)');
  const head = [
    `# ${issue.title}`,
    '',
    `Labels: ${issue.labels.map((l) => code(l)).join(', ')}`,
    '',
    `> ${why}: this issue was not sent. If an open issue already carries this fingerprint, healwright comments there instead of opening a new one.`,
    '',
    '---',
    '',
  ];
  writeFileSync(file, head.join('\n') + issue.body + '\n');
  return file;
}

async function handleCluster(s: RunState, cluster: ClusterEntry, category: ClassCCategory): Promise<void> {
  const { summary } = s.o;
  const fp = cluster.fingerprint;
  const analysis = summary.analyses.find((a) => a.fingerprint === fp);
  const failures = summary.failures.filter((f) => f.fingerprint === fp && f.outcome === 'unexpected');
  const base = {
    failures,
    runId: summary.runId,
    seenAt: s.seenAt,
    ...(analysis ? { analysis } : {}),
    ...(s.o.actions ? { actions: s.o.actions } : {}),
    ...(s.o.rootDir ? { rootDir: s.o.rootDir } : {}),
    ...(s.o.extraLabels ? { extraLabels: s.o.extraLabels } : {}),
  };

  if (!s.api) {
    const file = writeIssueFile(s, fp, renderClassCIssue(cluster, base));
    s.record({ fingerprint: fp, category, action: 'written', path: file, detail: `${s.o.dryRun ? 'dry run' : 'no GitHub access'}: issue written to ${path.basename(file)}, not sent` });
    if (!s.o.alertsSent) await alertIfSecurity(s, cluster, category);
    return;
  }

  const open = await s.api.findOpenByMarker({ kind: 'issue', label: ISSUE_LABEL, marker: fingerprintMarker(fp) });
  if (!open) {
    const created = await s.api.createIssue(renderClassCIssue(cluster, base));
    s.log(`class-c: opened issue #${created.number} for ${category} cluster ${fp}`);
    s.record({ fingerprint: fp, category, action: 'created', issue: created, detail: `opened issue #${created.number} (${cluster.count} failure(s))` });
    if (!s.o.alertsSent) await alertIfSecurity(s, cluster, category, created.url);
    return;
  }

  const issue = { number: open.number, url: open.url };
  const state = readIssueState(open.body);
  if (state.stats?.lastRunId === summary.runId) {
    s.record({ fingerprint: fp, category, action: 'skipped', issue, detail: `issue #${open.number} already counts run ${summary.runId}` });
    return;
  }
  const stats: IssueStats = {
    firstSeen: state.stats?.firstSeen ?? s.seenAt,
    lastSeen: s.seenAt,
    lastRunId: summary.runId,
    runsFailing: (state.stats?.runsFailing ?? 1) + 1,
    failuresLastRun: cluster.count,
  };
  const known = new Set(state.tests);
  const newTests = [...new Set(cluster.tests.map(safeTestKey))].filter((t) => !known.has(t));
  await s.api.commentOnIssue(
    open.number,
    renderRecurrenceComment({ runId: summary.runId, stats, count: cluster.count, newTests, example: cluster.example, ...(s.o.actions ? { actions: s.o.actions } : {}) }),
  );
  const withStats = replaceStatsBlock(open.body, stats);
  if (withStats) await s.api.updateIssueBody(open.number, replaceTestsBlock(withStats, [...state.tests, ...newTests]));
  s.log(`class-c: commented on issue #${open.number} for ${category} cluster ${fp}`);
  s.record({
    fingerprint: fp,
    category,
    action: 'commented',
    issue,
    detail: `failed again: run ${stats.runsFailing} since ${stats.firstSeen}${withStats ? '' : '; body markers edited away, history not updated'}`,
  });
}

/** The deadline came first: the issue is written as a file (publishable later) and recorded as not run. */
function recordNotRun(s: RunState, cluster: ClusterEntry, category: ClassCCategory, err: DeadlineError): void {
  const { summary } = s.o;
  const fp = cluster.fingerprint;
  let file: string | undefined;
  try {
    const analysis = summary.analyses.find((a) => a.fingerprint === fp);
    const failures = summary.failures.filter((f) => f.fingerprint === fp && f.outcome === 'unexpected');
    const ctx = { failures, runId: summary.runId, seenAt: s.seenAt, ...(analysis ? { analysis } : {}), ...(s.o.actions ? { actions: s.o.actions } : {}), ...(s.o.rootDir ? { rootDir: s.o.rootDir } : {}), ...(s.o.extraLabels ? { extraLabels: s.o.extraLabels } : {}) };
    file = writeIssueFile(s, fp, renderClassCIssue(cluster, ctx), `Not sent: ${err.message}`);
  } catch {
    // The record below still says what did not happen.
  }
  s.record({ fingerprint: fp, category, action: 'not-run', ...(file ? { path: file } : {}), detail: err.message });
  s.log(`class-c: ${category} cluster ${fp}: ${err.message}`);
}

/**
 * Why a cluster is this machine's setup rather than the app (every failure of it is Playwright not
 * finding its browser), so no issue or alert is sent; the run's warning says what to install.
 */
function setupFailure(summary: RunClassCOptions['summary'], fp: string): string | undefined {
  const failures = summary.failures.filter((f) => f.fingerprint === fp && f.outcome === 'unexpected');
  if (failures.length === 0 || !failures.every((f) => isBrowserNotInstalled(f.message))) return undefined;
  return `no issue: Playwright's browser is not installed on the machine that ran the tests ("Executable doesn't exist"), which is its setup, not the app; run \`npx playwright install\` there`;
}

/**
 * Hands the run's Class C clusters to people: creates or comments on issues, alerts on security,
 * notes tests that pass again (closing only with `closeResolved`). Never throws; each step that fails
 * becomes a `failed` record. Without an API, or in a dry run, issues and alerts are written as files.
 */
export async function runClassC(o: RunClassCOptions): Promise<ClassCRecord[]> {
  const now = o.now ?? (() => new Date());
  const records: ClassCRecord[] = [];
  const s: RunState = {
    o,
    api: o.dryRun ? undefined : o.api,
    seenAt: isoTime(o.summary.startedAt),
    records,
    record: (r) => records.push({ ...r, detail: redactText(r.detail), at: now().toISOString() }),
    log: o.log ?? (() => undefined),
  };
  const failing = new Set<string>();
  for (const cluster of o.summary.clusters) {
    const analysis = o.summary.analyses.find((a) => a.fingerprint === cluster.fingerprint);
    const category = classCCategoryOf(cluster, analysis);
    if (!category) continue;
    failing.add(cluster.fingerprint);
    const setup = setupFailure(o.summary, cluster.fingerprint);
    if (setup) {
      s.record({ fingerprint: cluster.fingerprint, category, action: 'skipped', detail: setup });
      s.log(`class-c: ${category} cluster ${cluster.fingerprint}: ${setup}`);
      continue;
    }
    try {
      if (o.signal?.aborted) throw deadlineError(o.signal, `the ${category} issue for cluster ${cluster.fingerprint}`);
      await handleCluster(s, cluster, category);
    } catch (err) {
      if (err instanceof DeadlineError) {
        recordNotRun(s, cluster, category, err);
        continue;
      }
      s.record({ fingerprint: cluster.fingerprint, category, action: 'failed', detail: errorText(err) });
      s.log(`class-c: ${category} cluster ${cluster.fingerprint} failed: ${errorText(err)}`);
    }
  }
  for (const fp of new Set(o.previouslyOpen ?? [])) {
    if (failing.has(fp) || o.signal?.aborted) continue;
    try {
      await checkPassedAgain(s, fp);
    } catch (err) {
      s.record({ fingerprint: fp, category: 'unknown', action: 'failed', detail: `passed-again check: ${errorText(err)}` });
    }
  }
  return records;
}

/**
 * Fingerprints whose issue is still open after this run: what the next run passes as
 * `previouslyOpen` (together with earlier ones it did not look at).
 */
export function openIssueFingerprints(records: readonly ClassCRecord[]): string[] {
  const open = new Set<string>();
  for (const r of records) {
    if (r.action === 'closed') open.delete(r.fingerprint);
    else if (r.issue && ['created', 'commented', 'resolved', 'skipped'].includes(r.action)) open.add(r.fingerprint);
  }
  return [...open];
}
