// In-memory state of the GitHub stand-in: one RepoState per repository (git objects, issues and pull
// requests sharing one number sequence, labels created on first use), readable by tests.
import { GitStore, isoNow } from './github-git.js';

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface CommentRecord {
  id: number;
  body: string;
  author: string;
  createdAt: string;
}

export interface PullRecord {
  /** Head branch name (same repository). */
  head: string;
  base: string;
  /** Head commit when the PR was opened (the branch may move on). */
  headSha: string;
  draft: boolean;
  reviewers: string[];
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  /** Label names as first created. */
  labels: string[];
  author: string;
  comments: CommentRecord[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Present on pull requests. */
  pull?: PullRecord;
}

/** What differs between a PR's base and head. */
export interface PullStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

// GitHub's palette for labels created on first use.
const COLORS = ['ededed', 'd73a4a', '0075ca', 'a2eeef', '7057ff', '008672', 'e4e669', 'd876e3'];

export class RepoState {
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  defaultBranch: string;
  readonly createdAt = isoNow();
  readonly git = new GitStore();
  /** Issues and pull requests by number. */
  readonly issues = new Map<number, IssueRecord>();
  /** By lower-cased name: GitHub label names are case-insensitive. */
  readonly labels = new Map<string, LabelRecord>();
  private readonly nextId: () => number;

  constructor(fullName: string, defaultBranch: string, nextId: () => number) {
    const [owner = '', name = ''] = fullName.split('/');
    this.owner = owner;
    this.name = name;
    this.fullName = fullName;
    this.defaultBranch = defaultBranch;
    this.nextId = nextId;
  }

  newId(): number {
    return this.nextId();
  }

  /** The label called `name`, created (grey, no description) when it does not exist yet. */
  ensureLabel(name: string): LabelRecord {
    const key = name.toLowerCase();
    let l = this.labels.get(key);
    if (!l) {
      l = { id: this.nextId(), name, color: COLORS[this.labels.size % COLORS.length] ?? 'ededed', description: null };
      this.labels.set(key, l);
    }
    return l;
  }

  labelFor(name: string): LabelRecord {
    return this.ensureLabel(name);
  }

  /** Opens an issue (or, with `pull`, a pull request) with the next number. */
  addIssue(input: { title: string; body?: string | null; labels?: string[]; author: string; pull?: PullRecord }): IssueRecord {
    const now = isoNow();
    const issue: IssueRecord = {
      id: this.nextId(),
      number: this.issues.size + 1,
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      author: input.author,
      comments: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      ...(input.pull ? { pull: input.pull } : {}),
    };
    this.setLabels(issue, input.labels ?? []);
    this.issues.set(issue.number, issue);
    return issue;
  }

  setLabels(issue: IssueRecord, names: string[]): void {
    issue.labels = [];
    this.addLabels(issue, names);
  }

  addLabels(issue: IssueRecord, names: string[]): void {
    for (const name of names) {
      const l = this.ensureLabel(name);
      if (!issue.labels.some((n) => n.toLowerCase() === l.name.toLowerCase())) issue.labels.push(l.name);
    }
  }

  close(issue: IssueRecord, reason: string | null): void {
    issue.state = 'closed';
    issue.stateReason = reason ?? 'completed';
    issue.closedAt = issue.updatedAt = isoNow();
  }

  /** Commit sha a branch points to. */
  branch(name: string): string | undefined {
    return this.git.refs.get(`refs/heads/${name}`);
  }

  /** Every file at a branch (or commit sha), decoded as UTF-8. */
  filesAt(branchOrSha: string): Record<string, string> {
    return this.git.filesAt(this.branch(branchOrSha) ?? branchOrSha);
  }

  pulls(): IssueRecord[] {
    return [...this.issues.values()].filter((i) => i.pull);
  }

  /** Commits and line changes between a PR's base and head, as GitHub computes them for the PR. */
  pullStats(pull: PullRecord): PullStats {
    const head = this.branch(pull.head) ?? pull.headSha;
    const base = this.branch(pull.base) ?? '';
    let commits = 0;
    for (let sha: string | undefined = head; sha && !this.git.isAncestor(sha, base); sha = this.git.commits.get(sha)?.parents[0]) commits++;
    const before = this.git.filesAt(base);
    const after = this.git.filesAt(head);
    let additions = 0;
    let deletions = 0;
    let changedFiles = 0;
    for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[path] === after[path]) continue;
      changedFiles++;
      const old = new Set((before[path] ?? '').split('\n'));
      const now = new Set((after[path] ?? '').split('\n'));
      additions += [...now].filter((l) => !old.has(l)).length;
      deletions += [...old].filter((l) => !now.has(l)).length;
    }
    return { commits, additions, deletions, changedFiles };
  }
}
