// Publishes the verified fixes of one type: always as files in the run folder (a `.patch` that
// `git apply` accepts and the PR body), and as one pull request when GitHub is configured and the run
// is not a dry run. An open heal PR that already carries the same fix gets a comment instead.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeadlineError } from '../common/deadline.js';
import { applyEdits, renderUnifiedPatch } from './patch-file.js';
import { pullRequestMarker, renderPullRequest, renderRecurrenceComment, type PullRequestContext, type VerifiedFix } from './pull-request.js';
import type { PullRequestRecord } from '../artifacts/summary.js';
import type { ClassBCategory } from './types.js';
import type { Log } from '../common/log.js';
import { describeThrown } from '../common/errors.js';

/** What publishing needs from the GitHub client (see src/github). */
export interface PullRequestApi {
  findOpenByMarker(q: { kind: 'pr' | 'issue'; label: string; marker: string }): Promise<{ number: number; url: string; body: string; title: string } | null>;
  createPullRequest(req: {
    base?: string;
    branch: string;
    title: string;
    body: string;
    commitMessage: string;
    files: { path: string; content: string }[];
    labels: string[];
    reviewers: string[];
  }): Promise<{ number: number; url: string; branch: string; commitSha: string }>;
  commentOnIssue(issueNumber: number, body: string): Promise<{ id: number; url: string }>;
}

export interface PublishOptions {
  category: ClassBCategory;
  fixes: VerifiedFix[];
  ctx: PullRequestContext;
  runDir: string;
  /** The run's GitHub connection: the client when a token and repository are configured, else the reason it is not. */
  github: { client?: PullRequestApi; reason?: string };
  dryRun: boolean;
  reviewers: string[];
  labels: string[];
  baseBranch?: string;
  now?: Date;
  log: Log;
}

/** What happened to one type's PR: the summary's `pullRequests[]` entry. */
export type PublishRecord = PullRequestRecord & { category: ClassBCategory };

export const SELF_HEAL_LABEL = 'self-heal';

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
}

/** `heal/fix-<type>-<yyyymmdd-hhmmss>`. */
export function healBranchName(category: ClassBCategory, now: Date): string {
  return `heal/fix-${category}-${stamp(now)}`;
}

/** The files of the PR: each changed file's full new content, paths relative to the repository root. */
export function changedFiles(repoRoot: string, fixes: VerifiedFix[]): { path: string; content: string }[] {
  const byFile = new Map<string, VerifiedFix['proposal']['edits']>();
  for (const f of fixes) for (const e of f.proposal.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const out: { path: string; content: string }[] = [];
  for (const [file, edits] of byFile) {
    const applied = applyEdits(readFileSync(file, 'utf8'), edits);
    if (typeof applied !== 'string') throw new Error(`${path.relative(repoRoot, file)} changed since verification: ${applied.conflict}`);
    out.push({ path: path.relative(repoRoot, file).split(path.sep).join('/'), content: applied });
  }
  return out;
}

export async function publishFixes(o: PublishOptions): Promise<PublishRecord> {
  const dir = path.join(o.runDir, 'pull-requests');
  mkdirSync(dir, { recursive: true });
  const patchFile = path.join(dir, `${o.category}.patch`);
  const bodyFile = path.join(dir, `${o.category}.md`);
  const pr = renderPullRequest(o.category, o.fixes, o.ctx);
  const testIds = [...new Set(o.fixes.flatMap((f) => f.proposal.testIds))];
  const base = { category: o.category, fixes: o.fixes.length, testIds, patchFile, bodyFile };
  writeFileSync(patchFile, renderUnifiedPatch(o.ctx.repoRoot, o.fixes.map((f) => f.proposal)));
  writeFileSync(bodyFile, `# ${pr.title}\n\n${pr.body}`);
  if (o.dryRun) return { ...base, status: 'dry-run', reason: 'dry run: the patch and PR body are written, nothing is opened' };
  const api = o.github.client;
  if (!api) return { ...base, status: 'written', reason: o.github.reason ?? 'GitHub is not configured' };
  try {
    // Dedupe: an open heal PR carrying every fix of this one already exists -> comment there.
    const first = pr.markers[0] as string;
    const open = await api.findOpenByMarker({ kind: 'pr', label: SELF_HEAL_LABEL, marker: first });
    if (open && pr.markers.every((m) => open.body.includes(m))) {
      const comment = await api.commentOnIssue(open.number, renderRecurrenceComment(o.category, o.fixes, o.ctx));
      o.log('info', `${o.category}: open PR #${open.number} already carries these fixes; commented ${comment.url}`);
      return { ...base, status: 'commented', url: open.url, number: open.number };
    }
    const branch = healBranchName(o.category, o.now ?? new Date());
    const created = await api.createPullRequest({
      ...(o.baseBranch ? { base: o.baseBranch } : {}),
      branch,
      title: pr.title,
      body: pr.body,
      commitMessage: pr.commitMessage,
      files: changedFiles(o.ctx.repoRoot, o.fixes),
      labels: [...new Set([SELF_HEAL_LABEL, o.category, ...o.labels])],
      reviewers: o.reviewers,
    });
    o.log('info', `${o.category}: opened PR #${created.number} ${created.url} (${pullRequestMarker(o.category)})`);
    return { ...base, status: 'opened', url: created.url, number: created.number, branch: created.branch };
  } catch (err) {
    const reason = describeThrown(err);
    if (err instanceof DeadlineError) {
      o.log('warn', `${o.category}: ${reason}; the patch is in ${patchFile} (\`healwright publish\` can open the PR later)`);
      return { ...base, status: 'skipped', reason };
    }
    o.log('error', `${o.category}: could not open the pull request: ${reason}; the patch is in ${patchFile}`);
    return { ...base, status: 'failed', reason };
  }
}
