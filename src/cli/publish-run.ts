// `healwright publish <run folder>`: sends what a heal run left for it (publish.json) with the same
// GitHub and alert code the reporter uses: security alerts first, then verified PRs, then issues. It
// never runs test code or Playwright; it reads files, applies patches in memory and calls APIs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PublishInputError, readPublishManifest, type PublishManifest } from '../artifacts/publish-manifest.js';
import type { HealingSummary } from '../artifacts/summary.js';
import { createDeadline, DeadlineError, deadlineError, type Deadline } from '../common/deadline.js';
import { GithubClient, resolveGithubTarget } from '../github/index.js';
import { redactText } from '../redact/index.js';
import { filesFromPatch, openOrCommentPullRequest } from '../class-b/publish-patch.js';
import { postAlertPayload, runClassC, type ClassCRecord } from '../class-c/index.js';
import { actionsContextFromEnv } from '../github/actions-context.js';
import { baseCommit } from '../heal/publish-manifest.js';
import { describeThrown } from '../common/errors.js';

export interface PublishItem {
  kind: 'alert' | 'pull-request' | 'issue';
  /** Fingerprint or fix type. */
  id: string;
  status: 'published' | 'commented' | 'skipped' | 'dry-run' | 'failed';
  detail: string;
  /** Skipped because the publish deadline came first: not sent, and the command exits 1. */
  deadline?: true;
}

export interface PublishRunOptions {
  runDir: string;
  /** The checkout of the tested commit (patches are applied to its files). */
  repoDir: string;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
  timeoutMs: number;
  /** For tests: GitHub client timing (the stand-in answers fast). */
  github?: { minWriteIntervalMs?: number; minRetryDelayMs?: number };
}

/** Deep-redacts every string of a JSON value (alert payloads come from the untrusted test job). */
function redactJson(v: unknown): unknown {
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map(redactJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactJson(x)]));
  return v;
}

function readSummary(runDir: string): HealingSummary {
  const file = path.join(runDir, 'healing-summary.json');
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as HealingSummary;
    if (!Array.isArray(s.clusters) || !Array.isArray(s.failures) || typeof s.runId !== 'string') throw new Error('no clusters/failures/runId');
    return s;
  } catch (err) {
    throw new PublishInputError(`${file} is missing or malformed (${describeThrown(err)}); publish.json lists issues that need it. Upload the whole run folder.`);
  }
}

const why = (err: unknown) => redactText(describeThrown(err));

async function publishAlerts(o: PublishRunOptions, m: PublishManifest, deadline: Deadline, items: PublishItem[]): Promise<void> {
  const webhook = o.env.HEAL_ALERT_WEBHOOK?.trim();
  for (const a of m.alerts) {
    const item = (status: PublishItem['status'], detail: string) => items.push({ kind: 'alert', id: a.fingerprint, status, detail });
    if (a.runStatus === 'sent') item('skipped', 'already sent by the run');
    else if (m.dryRun) item('skipped', 'the run was a dry run: nothing of it is published');
    else if (!webhook) item('skipped', 'no webhook: set HEAL_ALERT_WEBHOOK in the publish job');
    else if (o.dryRun) item('dry-run', `would send ${a.file}`);
    else {
      let payload: unknown;
      try {
        payload = JSON.parse(readFileSync(path.join(o.runDir, a.file), 'utf8'));
        if (!payload || typeof (payload as { text?: unknown }).text !== 'string') throw new Error('no "text"');
      } catch (err) {
        item('failed', `${a.file} is not an alert payload (${why(err)})`);
        continue;
      }
      const r = await postAlertPayload(webhook, redactJson(payload), { signal: deadline.signal });
      if (r.status === 'sent') item('published', `sent (HTTP ${r.httpStatus})`);
      else item('failed', r.error ?? 'not sent');
    }
  }
}

async function publishPullRequests(o: PublishRunOptions, m: PublishManifest, api: GithubClient | undefined, noApi: string, deadline: Deadline, items: PublishItem[]): Promise<void> {
  const head = m.baseCommit ? baseCommit(o.repoDir) : null;
  for (const pr of m.pullRequests) {
    const item = (status: PublishItem['status'], detail: string) => items.push({ kind: 'pull-request', id: pr.category, status, detail });
    if (pr.runStatus === 'opened' || pr.runStatus === 'commented') {
      item('skipped', 'already published by the run');
      continue;
    }
    if (m.dryRun) {
      item('skipped', 'the run was a dry run: nothing of it is published');
      continue;
    }
    try {
      if (m.baseCommit && head && head !== m.baseCommit) throw new Error(`the checkout is at ${head}, the run tested ${m.baseCommit}; check that commit out before publishing`);
      const files = filesFromPatch(o.repoDir, readFileSync(path.join(o.runDir, pr.patchFile), 'utf8'), pr.patchFile);
      const body = redactText(readFileSync(path.join(o.runDir, pr.bodyFile), 'utf8').replace(/^# .*\n\n/, ''));
      if (o.dryRun) {
        item('dry-run', `would open "${pr.title}" changing ${files.map((f) => f.path).join(', ')}`);
        continue;
      }
      if (!api) {
        item('failed', noApi);
        continue;
      }
      if (deadline.signal.aborted) throw deadlineError(deadline.signal, `the ${pr.category} pull request`);
      const r = await openOrCommentPullRequest(api, { ...pr, title: redactText(pr.title), body, files, runId: m.runId });
      item(r.status === 'opened' ? 'published' : 'commented', `${r.status === 'opened' ? 'opened' : 'commented on'} #${r.number} ${r.url}`);
    } catch (err) {
      if (err instanceof DeadlineError) items.push({ kind: 'pull-request', id: pr.category, status: 'skipped', detail: why(err), deadline: true });
      else item('failed', why(err));
    }
  }
}

async function publishIssues(o: PublishRunOptions, m: PublishManifest, api: GithubClient | undefined, noApi: string, deadline: Deadline, items: PublishItem[]): Promise<void> {
  const todo = m.issues.filter((i) => {
    const done = ['created', 'commented', 'resolved', 'closed'].includes(i.runStatus);
    if (done || m.dryRun) items.push({ kind: 'issue', id: i.fingerprint, status: 'skipped', detail: done ? 'already published by the run' : 'the run was a dry run: nothing of it is published' });
    return !done && !m.dryRun;
  });
  if (todo.length === 0) return;
  if (!api && !o.dryRun) {
    for (const i of todo) items.push({ kind: 'issue', id: i.fingerprint, status: 'failed', detail: noApi });
    return;
  }
  const summary = readSummary(o.runDir);
  const wanted = new Set(todo.map((i) => i.fingerprint));
  const scratch = mkdtempSync(path.join(tmpdir(), 'healwright-publish-'));
  const actions = actionsContextFromEnv(o.env);
  try {
    const records: ClassCRecord[] = await runClassC({
      summary: { ...summary, clusters: summary.clusters.filter((c) => wanted.has(c.fingerprint)) },
      ...(api ? { api } : {}),
      dryRun: o.dryRun,
      outDir: scratch,
      closeResolved: false,
      alertsSent: true,
      extraLabels: m.issueLabels,
      ...(actions ? { actions } : {}),
      signal: deadline.signal,
    });
    const STATUS: Partial<Record<ClassCRecord['action'], PublishItem['status']>> = { created: 'published', commented: 'commented', skipped: 'skipped', 'not-run': 'skipped', written: 'dry-run', failed: 'failed' };
    for (const r of records) items.push({ kind: 'issue', id: r.fingerprint, status: STATUS[r.action] ?? 'skipped', detail: r.action === 'written' ? 'would open or comment' : r.detail, ...(r.action === 'not-run' ? { deadline: true as const } : {}) });
    for (const fp of wanted) if (!records.some((r) => r.fingerprint === fp)) items.push({ kind: 'issue', id: fp, status: 'failed', detail: 'no such cluster in healing-summary.json' });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Publishes a run folder. Throws PublishInputError (nothing published) for a missing or malformed
 * folder or manifest; otherwise returns one item per alert, PR and issue, in the order they were sent.
 */
export async function publishRun(o: PublishRunOptions): Promise<PublishItem[]> {
  const m = readPublishManifest(o.runDir);
  if (m.issues.some((i) => !['created', 'commented', 'resolved', 'closed'].includes(i.runStatus))) readSummary(o.runDir);
  const target = resolveGithubTarget(o.env);
  const deadline = createDeadline(o.timeoutMs, 'publish deadline');
  const api = target.ok && !o.dryRun ? new GithubClient({ token: target.token, owner: target.owner, repo: target.repo, apiUrl: target.apiUrl, signal: deadline.signal, ...o.github }) : undefined;
  const noApi = target.ok ? '' : `not published: ${target.reason}`;
  const items: PublishItem[] = [];
  try {
    // Alerts first: they must not wait on GitHub.
    await publishAlerts(o, m, deadline, items);
    await publishPullRequests(o, m, api, noApi, deadline, items);
    await publishIssues(o, m, api, noApi, deadline, items);
  } finally {
    deadline.dispose();
  }
  return items;
}
