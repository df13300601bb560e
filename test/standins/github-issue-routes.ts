// Pull request, issue, label, comment and search routes of the GitHub stand-in. Pull requests share
// the issue number sequence and show up in the issues API with a `pull_request` key, like on GitHub.
import {
  checkBodyLength,
  notFound,
  notModelled,
  paginate,
  unprocessable,
  validationFailed,
  type GlobalHandler,
  type Handler,
  type HandlerInput,
} from './github-reply.js';
import { matchesSearch, parseSearchQuery } from './github-search.js';
import { comment, issue as issueShape, label, pullRequest } from './github-shapes.js';
import { isoNow } from './github-git.js';
import type { IssueRecord } from './github-store.js';

function findIssue({ repo, params, doc }: HandlerInput, key: 'issue_number' | 'pull_number'): IssueRecord {
  const found = repo.issues.get(Number(params[key]));
  if (!found || (key === 'pull_number' && !found.pull)) throw notFound(doc);
  return found;
}

/** Label names from `["a", {name: "b"}]`. */
function labelNames(value: unknown): string[] {
  return ((value ?? []) as (string | { name?: string })[]).map((l) => (typeof l === 'string' ? l : String(l.name ?? ''))).filter(Boolean);
}

function refuseUnmodelled(body: Record<string, unknown> | undefined, keys: string[]): void {
  for (const key of keys) if (body?.[key] !== undefined && body[key] !== null) throw notModelled(`the "${key}" field`);
}

const createPull: Handler = ({ repo, body, shape, doc, actor }) => {
  refuseUnmodelled(body, ['issue', 'head_repo']);
  const rawHead = String(body?.head);
  const [headOwner, headBranch] = rawHead.includes(':') ? rawHead.split(':', 2) : [repo.owner, rawHead];
  const base = String(body?.base);
  const title = typeof body?.title === 'string' ? body.title.trim() : '';
  if (!title) throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }], doc);
  checkBodyLength('PullRequest', body?.body, doc);
  const baseSha = repo.branch(base);
  if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], doc);
  const headSha = headOwner === repo.owner && headBranch ? repo.branch(headBranch) : undefined;
  if (!headSha || !headBranch) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], doc);
  if (repo.pulls().some((p) => p.state === 'open' && p.pull?.head === headBranch && p.pull.base === base)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${headBranch}.` }], doc);
  }
  if (repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headBranch}` }], doc);
  }
  const created = repo.addIssue({
    title,
    body: typeof body?.body === 'string' ? body.body : null,
    author: actor,
    pull: { head: headBranch, base, headSha, draft: body?.draft === true, reviewers: [] },
  });
  return { status: 201, body: pullRequest(shape, repo, created) };
};

const updatePull: Handler = (input) => {
  const { repo, body, shape, doc } = input;
  const pr = findIssue(input, 'pull_number');
  refuseUnmodelled(body, ['base']);
  checkBodyLength('PullRequest', body?.body, doc);
  if (typeof body?.title === 'string') pr.title = body.title;
  if (typeof body?.body === 'string') pr.body = body.body;
  if (body?.state === 'closed' && pr.state === 'open') repo.close(pr, null);
  if (body?.state === 'open') Object.assign(pr, { state: 'open', stateReason: 'reopened', closedAt: null });
  pr.updatedAt = isoNow();
  return { status: 200, body: pullRequest(shape, repo, pr) };
};

const requestReviewers: Handler = (input) => {
  const { repo, body, shape, doc, collaborators } = input;
  const pr = findIssue(input, 'pull_number');
  const reviewers = (body?.reviewers ?? []) as string[];
  const teams = (body?.team_reviewers ?? []) as string[];
  if (reviewers.includes(pr.author)) throw unprocessable('Review cannot be requested from pull request author.', doc);
  if (teams.length || (collaborators && reviewers.some((r) => !collaborators.has(r)))) {
    throw unprocessable(
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
      doc,
    );
  }
  const pull = pr.pull as NonNullable<IssueRecord['pull']>;
  for (const r of reviewers) if (!pull.reviewers.includes(r)) pull.reviewers.push(r);
  return { status: 201, body: pullRequest(shape, repo, pr) };
};

const addLabels: Handler = (input) => {
  const { repo, body, shape } = input;
  const target = findIssue(input, 'issue_number');
  repo.addLabels(target, labelNames(body?.labels));
  target.updatedAt = isoNow();
  return { status: 200, body: target.labels.map((name) => label(shape, repo, repo.labelFor(name))) };
};

const listForRepo: Handler = ({ repo, query, shape, url }) => {
  for (const key of ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values']) {
    if (query.has(key)) throw notModelled(`the "${key}" filter of issues.listForRepo`);
  }
  const state = query.get('state') ?? 'open';
  const wanted = (query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const creator = query.get('creator');
  const since = query.get('since');
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? 'desc';
  const key = (i: IssueRecord) => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? String(i.comments.length).padStart(9, '0') : i.createdAt);
  const items = [...repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((l) => i.labels.some((n) => n.toLowerCase() === l)))
    .filter((i) => !creator || i.author === creator)
    .filter((i) => !since || i.updatedAt >= since)
    .sort((a, b) => (key(a) === key(b) ? a.number - b.number : key(a) < key(b) ? -1 : 1) * (direction === 'asc' ? 1 : -1));
  const { page, headers } = paginate(items, url);
  return { status: 200, body: page.map((i) => issueShape(shape, repo, i)), headers };
};

const createIssue: Handler = ({ repo, body, shape, doc, actor }) => {
  refuseUnmodelled(body, ['assignee', 'assignees', 'milestone', 'type', 'issue_field_values']);
  const title = String(body?.title ?? '').trim();
  if (!title) throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }], doc);
  checkBodyLength('Issue', body?.body, doc);
  const created = repo.addIssue({
    title,
    body: typeof body?.body === 'string' ? body.body : null,
    labels: labelNames(body?.labels),
    author: actor,
  });
  return { status: 201, body: issueShape(shape, repo, created) };
};

const updateIssue: Handler = (input) => {
  const { repo, body, shape, doc } = input;
  const target = findIssue(input, 'issue_number');
  refuseUnmodelled(body, ['assignee', 'assignees', 'milestone', 'type', 'duplicate_issue_id', 'issue_field_values']);
  checkBodyLength('Issue', body?.body, doc);
  if (body?.title !== undefined && body.title !== null) target.title = String(body.title);
  if (body?.body !== undefined) target.body = body.body as string | null;
  if (body?.labels !== undefined) repo.setLabels(target, labelNames(body.labels));
  if (body?.state === 'closed' && target.state === 'open') repo.close(target, (body.state_reason as string | null | undefined) ?? null);
  if (body?.state === 'open' && target.state === 'closed') Object.assign(target, { state: 'open', stateReason: 'reopened', closedAt: null });
  target.updatedAt = isoNow();
  return { status: 200, body: issueShape(shape, repo, target) };
};

const createComment: Handler = (input) => {
  const { repo, body, shape, doc, actor } = input;
  const target = findIssue(input, 'issue_number');
  const text = String(body?.body ?? '');
  if (!text.trim()) throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], doc);
  checkBodyLength('IssueComment', text, doc);
  const c = { id: repo.newId(), body: text, author: actor, createdAt: isoNow() };
  target.comments.push(c);
  target.updatedAt = c.createdAt;
  return { status: 201, body: comment(shape, repo, target, c) };
};

const searchIssues: GlobalHandler = ({ query, shape, doc, repos, url }) => {
  const q = query.get('q') ?? '';
  if (!q.trim()) throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }], doc);
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw unprocessable(parsed.message, doc);
  const hits = [...repos.values()].flatMap((r) =>
    [...r.issues.values()].filter((i) => matchesSearch(i, r.fullName, parsed.query)).map((i) => ({ r, i })),
  );
  hits.sort((a, b) => (a.i.createdAt === b.i.createdAt ? b.i.number - a.i.number : a.i.createdAt < b.i.createdAt ? 1 : -1));
  const { page, headers } = paginate(hits, url);
  const items = page.map(({ r, i }) => ({ ...issueShape(shape, r, i), score: 1 }));
  return { status: 200, body: { total_count: hits.length, incomplete_results: false, search_type: 'lexical', items }, headers };
};

export const issueRoutes: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': requestReviewers,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addLabels,
  'GET /repos/{owner}/{repo}/issues': listForRepo,
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': updateIssue,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
};

export const globalRoutes: Record<string, GlobalHandler> = {
  'GET /search/issues': searchIssues,
};
