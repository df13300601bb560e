// Publishing a verified patch from a run folder (`healwright publish`): the patch is applied to the
// checked-out base commit to get each file's new content, then opened as one PR through the Git Data
// API, or, when an open heal PR already carries every fix, a comment there.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { HealwrightError } from '../common/errors.js';
import { healBranchName, SELF_HEAL_LABEL, type PullRequestApi } from './publish.js';
import type { ClassBCategory } from './types.js';

/** The patch does not fit the checkout (wrong commit, edited file, a path outside the repository). */
export class PatchApplyError extends HealwrightError {
  override name = 'PatchApplyError';
}

/** A repository-relative posix path a patch may touch: no absolute path, no `..`, nothing under `.git/`. */
function safeRel(name: string | undefined, patchFile: string): string {
  const rel = (name ?? '').replace(/^[ab]\//, '');
  if (!rel || rel === '/dev/null' || path.posix.isAbsolute(rel) || rel.split('/').some((p) => p === '..' || p === '') || rel.startsWith('.git/')) {
    throw new PatchApplyError(`${patchFile} touches ${JSON.stringify(name)}, which is not a file inside the repository; re-run the heal job (healwright only patches existing files).`);
  }
  return rel;
}

/** Each changed file's new content: the patch applied to the files in `repoDir`. Throws PatchApplyError. */
export function filesFromPatch(repoDir: string, patchText: string, patchFile: string): { path: string; content: string }[] {
  const patches = parsePatch(patchText);
  if (patches.length === 0 || patches.every((p) => p.hunks.length === 0)) throw new PatchApplyError(`${patchFile} holds no file changes; re-run the heal job.`);
  const root = realpathSync(repoDir);
  return patches.map((p) => {
    const rel = safeRel(p.newFileName, patchFile);
    if (safeRel(p.oldFileName, patchFile) !== rel) throw new PatchApplyError(`${patchFile} renames ${p.oldFileName} to ${p.newFileName}; healwright patches never rename files.`);
    const file = path.join(root, rel);
    if (!existsSync(file) || !realpathSync(file).startsWith(root + path.sep)) {
      throw new PatchApplyError(`${rel} (patched by ${patchFile}) is not in ${repoDir}; check out the commit the heal job tested before publishing.`);
    }
    const patched = applyPatch(readFileSync(file, 'utf8'), p);
    if (patched === false) throw new PatchApplyError(`${patchFile} does not apply to ${rel} in ${repoDir}: the file differs from the commit the heal job tested; check that commit out (actions/checkout with ref: the heal job's sha).`);
    return { path: rel, content: patched };
  });
}

export interface PatchPullRequest {
  category: ClassBCategory;
  title: string;
  body: string;
  commitMessage: string;
  markers: string[];
  labels: string[];
  reviewers: string[];
  baseBranch?: string;
  files: { path: string; content: string }[];
  runId: string;
}

/** Opens the PR, or comments on the open heal PR that already carries every marker. */
export async function openOrCommentPullRequest(api: PullRequestApi, pr: PatchPullRequest, now = new Date()): Promise<{ status: 'opened' | 'commented'; number: number; url: string }> {
  const open = await api.findOpenByMarker({ kind: 'pr', label: SELF_HEAL_LABEL, marker: pr.markers[0] as string });
  if (open && pr.markers.every((m) => open.body.includes(m))) {
    const body = `healwright run \`${pr.runId}\` hit the same \`${pr.category}\` failure(s) again and verified the same fix(es), so \`healwright publish\` did not open another pull request.\n`;
    await api.commentOnIssue(open.number, body);
    return { status: 'commented', number: open.number, url: open.url };
  }
  const created = await api.createPullRequest({
    ...(pr.baseBranch ? { base: pr.baseBranch } : {}),
    branch: healBranchName(pr.category, now),
    title: pr.title,
    body: pr.body,
    commitMessage: pr.commitMessage,
    files: pr.files,
    labels: pr.labels,
    reviewers: pr.reviewers,
  });
  return { status: 'opened', number: created.number, url: created.url };
}
