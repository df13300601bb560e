// JSON bodies of the GitHub stand-in, shaped like GitHub's (the response-schema test in
// test/github/standin.test.ts checks every one of them against GitHub's OpenAPI description).
import { createHash } from 'node:crypto';
import type { GitCommit } from './github-git.js';
import type { CommentRecord, IssueRecord, LabelRecord, RepoState } from './github-store.js';

/** Web (html_url) root of the stand-in's links; the API root is the server's own URL. */
export const WEB = 'https://github.test';

export interface ShapeContext {
  /** The stand-in's base URL, e.g. http://127.0.0.1:40123. */
  api: string;
}

function numericId(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

export function user(ctx: ShapeContext, login: string) {
  const id = numericId(`user:${login}`);
  const url = `${ctx.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${WEB}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url,
    // GitHub links a bot to its app page (`[bot]` is not allowed in a URI anyway).
    html_url: login.endsWith('[bot]') ? `${WEB}/apps/${login.slice(0, -5)}` : `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

// GitHub's URL templates of a repository, relative to its API URL.
const REPO_URLS: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}', assignees_url: '/assignees{/user}', blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}', collaborators_url: '/collaborators{/collaborator}', comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}', compare_url: '/compare/{base}...{head}', contents_url: '/contents/{+path}',
  contributors_url: '/contributors', deployments_url: '/deployments', downloads_url: '/downloads', events_url: '/events',
  forks_url: '/forks', git_commits_url: '/git/commits{/sha}', git_refs_url: '/git/refs{/sha}', git_tags_url: '/git/tags{/sha}',
  issue_comment_url: '/issues/comments{/number}', issue_events_url: '/issues/events{/number}', issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}', labels_url: '/labels{/name}', languages_url: '/languages', merges_url: '/merges',
  milestones_url: '/milestones{/number}', notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}', releases_url: '/releases{/id}', stargazers_url: '/stargazers', statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers', subscription_url: '/subscription', tags_url: '/tags', teams_url: '/teams',
  trees_url: '/git/trees{/sha}', hooks_url: '/hooks',
};

export function repository(ctx: ShapeContext, repo: RepoState) {
  const url = `${ctx.api}/repos/${repo.fullName}`;
  const open = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: numericId(`repo:${repo.fullName}`),
    node_id: nodeId('Repository', repo.fullName),
    name: repo.name,
    full_name: repo.fullName,
    owner: user(ctx, repo.owner),
    private: true,
    html_url: `${WEB}/${repo.fullName}`,
    description: 'Playwright suite under healwright',
    fork: false,
    url,
    ...Object.fromEntries(Object.entries(REPO_URLS).map(([k, v]) => [k, url + v])),
    git_url: `git://github.test/${repo.fullName}.git`,
    ssh_url: `git@github.test:${repo.fullName}.git`,
    clone_url: `${WEB}/${repo.fullName}.git`,
    svn_url: `${WEB}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    subscribers_count: 1,
    network_count: 0,
    size: 120,
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    open_issues: open,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_squash_merge: true,
    delete_branch_on_merge: true,
  };
}

export function gitRef(ctx: ShapeContext, repo: RepoState, ref: string, sha: string) {
  const base = `${ctx.api}/repos/${repo.fullName}/git`;
  return {
    ref,
    node_id: nodeId('Ref', `${repo.fullName}:${ref}`),
    url: `${base}/${ref}`,
    object: { type: 'commit', sha, url: `${base}/commits/${sha}` },
  };
}

export function gitCommit(ctx: ShapeContext, repo: RepoState, c: GitCommit) {
  const base = `${ctx.api}/repos/${repo.fullName}/git`;
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${base}/commits/${c.sha}`,
    html_url: `${WEB}/${repo.fullName}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${base}/trees/${c.tree}` },
    parents: c.parents.map((p) => ({ sha: p, url: `${base}/commits/${p}`, html_url: `${WEB}/${repo.fullName}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function label(ctx: ShapeContext, repo: RepoState, l: LabelRecord) {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${ctx.api}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false,
  };
}

function issueLinks(ctx: ShapeContext, repo: RepoState, i: IssueRecord) {
  const url = `${ctx.api}/repos/${repo.fullName}/issues/${i.number}`;
  return {
    url,
    repository_url: `${ctx.api}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${repo.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
  };
}

/** An issue, or a pull request seen through the issues API (with its `pull_request` key). */
export function issue(ctx: ShapeContext, repo: RepoState, i: IssueRecord) {
  const pullUrl = `${ctx.api}/repos/${repo.fullName}/pulls/${i.number}`;
  const web = `${WEB}/${repo.fullName}/pull/${i.number}`;
  return {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    ...issueLinks(ctx, repo, i),
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: user(ctx, i.author),
    labels: i.labels.map((name) => label(ctx, repo, repo.labelFor(name))),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: i.comments.length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    author_association: 'NONE',
    ...(i.pull ? { draft: i.pull.draft, pull_request: { url: pullUrl, html_url: web, diff_url: `${web}.diff`, patch_url: `${web}.patch`, merged_at: null } } : {}),
  };
}

export function comment(ctx: ShapeContext, repo: RepoState, i: IssueRecord, c: CommentRecord) {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${ctx.api}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: `${WEB}/${repo.fullName}/${i.pull ? 'pull' : 'issues'}/${i.number}#issuecomment-${c.id}`,
    issue_url: `${ctx.api}/repos/${repo.fullName}/issues/${i.number}`,
    body: c.body,
    user: user(ctx, c.author),
    created_at: c.createdAt,
    updated_at: c.createdAt,
    author_association: 'NONE',
  };
}

function branchInfo(ctx: ShapeContext, repo: RepoState, branch: string, sha: string) {
  return { label: `${repo.owner}:${branch}`, ref: branch, sha, user: user(ctx, repo.owner), repo: repository(ctx, repo) };
}

/** A pull request as the pulls API returns it (a superset of pull-request-simple). */
export function pullRequest(ctx: ShapeContext, repo: RepoState, i: IssueRecord) {
  const pull = i.pull;
  if (!pull) throw new Error(`#${i.number} is not a pull request`);
  const api = `${ctx.api}/repos/${repo.fullName}`;
  const url = `${api}/pulls/${i.number}`;
  const web = `${WEB}/${repo.fullName}/pull/${i.number}`;
  const headSha = repo.git.refs.get(`refs/heads/${pull.head}`) ?? pull.headSha;
  const baseSha = repo.git.refs.get(`refs/heads/${pull.base}`) ?? '';
  const stats = repo.pullStats(pull);
  const href = (h: string) => ({ href: h });
  return {
    url,
    id: i.id,
    node_id: nodeId('PullRequest', i.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${i.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: i.number,
    state: i.state,
    locked: false,
    title: i.title,
    user: user(ctx, i.author),
    body: i.body,
    labels: i.labels.map((name) => label(ctx, repo, repo.labelFor(name))),
    milestone: null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.reviewers.map((login) => user(ctx, login)),
    requested_teams: [],
    head: branchInfo(ctx, repo, pull.head, headSha),
    base: branchInfo(ctx, repo, pull.base, baseSha),
    _links: {
      self: href(url), html: href(web), issue: href(`${api}/issues/${i.number}`), comments: href(`${api}/issues/${i.number}/comments`),
      review_comments: href(`${url}/comments`), review_comment: href(`${api}/pulls/comments{/number}`),
      commits: href(`${url}/commits`), statuses: href(`${api}/statuses/${headSha}`),
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: pull.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: i.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}
