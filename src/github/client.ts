// healwright's GitHub client: opens heal pull requests through the Git Data API (no clone, no push,
// never a write to the base branch) and files, finds, comments on and closes issues.
import type { Octokit } from './octokit.js';
import { deadlineError, untilAborted } from '../common/deadline.js';
import { healwrightVersion } from '../common/version.js';
import { GithubBranchExistsError, GithubError, GithubValidationError } from './errors.js';
import { commitFiles, type CallStep, type FileChange } from './git-data.js';
import { toGithubError } from './map-error.js';
import { createOctokit } from './octokit.js';
import { DEFAULT_GITHUB_API_URL } from './target.js';
import { trimTrailingSlashes } from '../common/strings.js';
import { describeThrown } from '../common/errors.js';

/**
 * Options of {@link GithubClient}. Only `token`, `owner` and `repo` are required; the timing knobs
 * exist so tests against a local stand-in run fast (e.g. `minRetryDelayMs: 5, rateLimitUnitMs: 10,
 * minWriteIntervalMs: 0`).
 */
export interface GithubClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST API root. Default https://api.github.com (see resolveGithubTarget for GITHUB_API_URL). */
  apiUrl?: string;
  /** Retries of a 5xx, a network failure or a rate limit within `maxRateLimitWaitS`. Default 3. */
  retries?: number;
  /** Wait before the first 5xx retry, in ms; retry n waits n² × this. Default 1000. */
  minRetryDelayMs?: number;
  /** A rate limit that resets within this many seconds is waited out, a later one throws GithubRateLimitError. Default 60. */
  maxRateLimitWaitS?: number;
  /** Milliseconds actually slept per second GitHub asks to wait. Default 1000 (tests: a few ms). */
  rateLimitUnitMs?: number;
  /** Least time between two write requests, in ms. Default 1000 (GitHub's guidance for POST/PATCH). */
  minWriteIntervalMs?: number;
  /** Least time between two search requests, in ms. Default 2000 (search allows 30 a minute). */
  minSearchIntervalMs?: number;
  /** Time one HTTP attempt may take, in ms. Default 30 000. */
  requestTimeoutMs?: number;
  /** fetch implementation. Default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Default `healwright/<version>`. */
  userAgent?: string;
  /** Receives one line per notable event (retries, rate limits, non-fatal failures); never the token. */
  log?: (line: string) => void;
  /**
   * The pipeline's deadline (onEnd, `healwright publish`): no request starts after it fires, the one in
   * flight is aborted, retries and rate-limit waits stop, and the call throws a DeadlineError.
   */
  signal?: AbortSignal;
}

export interface CreatePullRequestInput {
  /** Branch the PR targets. Default: the repository's default branch. */
  base?: string;
  /** New branch for the change (must not exist), e.g. `heal/fix-update-selectors-20261127-1015`. */
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  files: FileChange[];
  labels: string[];
  /** Logins asked to review; a failure to request them is logged, not thrown. */
  reviewers: string[];
  draft?: boolean;
}

export interface CreatedPullRequest {
  number: number;
  /** The PR's web page. */
  url: string;
  branch: string;
  commitSha: string;
}

export interface MarkerQuery {
  kind: 'pr' | 'issue';
  /** Only items carrying this label are searched. */
  label: string;
  /** Text that must appear in the body (e.g. an HTML comment with a fingerprint). */
  marker: string;
}

export interface FoundItem {
  number: number;
  url: string;
  body: string;
  title: string;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => v && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

export class GithubClient {
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  private readonly octokit: Octokit;
  private readonly token: string;
  private readonly maxWaitS: number;
  private readonly log: (line: string) => void;
  private readonly signal: AbortSignal | undefined;
  private defaultBranch?: Promise<string>;

  constructor(options: GithubClientOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.apiUrl = trimTrailingSlashes(options.apiUrl ?? DEFAULT_GITHUB_API_URL);
    this.token = options.token;
    this.maxWaitS = options.maxRateLimitWaitS ?? 60;
    this.log = options.log ?? (() => {});
    this.signal = options.signal;
    this.octokit = createOctokit({
      token: options.token,
      apiUrl: this.apiUrl,
      userAgent: options.userAgent ?? `healwright/${healwrightVersion()}`,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retries: options.retries ?? 3,
      retryBaseDelayMs: options.minRetryDelayMs ?? 1000,
      maxRateLimitWaitS: this.maxWaitS,
      rateLimitUnitMs: options.rateLimitUnitMs ?? 1000,
      minWriteIntervalMs: options.minWriteIntervalMs ?? 1000,
      minSearchIntervalMs: options.minSearchIntervalMs ?? 2000,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
      log: this.log,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  /** `owner/repo`. */
  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  private get target() {
    return { owner: this.owner, repo: this.repo };
  }

  private readonly call: CallStep = async (what, fn) => {
    if (this.signal?.aborted) throw deadlineError(this.signal, what);
    try {
      return await untilAborted(fn(), this.signal);
    } catch (err) {
      if (this.signal?.aborted) throw deadlineError(this.signal, what);
      throw toGithubError(err, { what, repository: this.repository, apiUrl: this.apiUrl, token: this.token, maxWaitS: this.maxWaitS });
    }
  };

  /** The repository's default branch (read once, then cached). */
  getDefaultBranch(): Promise<string> {
    this.defaultBranch ??= this.call(`reading repository ${this.repository}`, () => this.octokit.rest.repos.get(this.target)).then(
      (r) => r.data.default_branch,
    );
    this.defaultBranch.catch(() => (this.defaultBranch = undefined));
    return this.defaultBranch;
  }

  private async branchHead(branch: string): Promise<string> {
    const ref = await this.call(`reading branch ${branch}`, () => this.octokit.rest.git.getRef({ ...this.target, ref: `heads/${branch}` }));
    return ref.data.object.sha;
  }

  private async refuseProtected(branch: string, base?: string): Promise<void> {
    const protectedBranches = [base, await this.getDefaultBranch()];
    if (protectedBranches.includes(branch)) {
      throw new GithubError(
        `Refusing to write to ${branch}: healwright never commits to the base or default branch. Use a heal/... branch.`,
      );
    }
    if (!/^(?!refs\/)(?!.*\.\.)[\w.\-/]+$/.test(branch) || branch.endsWith('/') || branch.endsWith('.lock')) {
      throw new GithubError(`${JSON.stringify(branch)} is not a usable branch name. Use letters, digits, '-', '_', '.' and '/', e.g. heal/fix-selectors-20261127.`);
    }
  }

  /**
   * Opens a pull request with `files` committed on a new branch `branch` on top of `base`: getRef ->
   * getCommit -> createBlob per file -> createTree -> createCommit -> createRef -> pulls.create ->
   * requestReviewers (failure logged) -> addLabels. Throws GithubBranchExistsError when `branch` exists.
   */
  async createPullRequest(input: CreatePullRequestInput): Promise<CreatedPullRequest> {
    const base = input.base ?? (await this.getDefaultBranch());
    await this.refuseProtected(input.branch, base);
    const baseSha = await this.branchHead(base);
    const commitSha = await commitFiles(this.octokit, this.target, this.call, {
      parentSha: baseSha,
      files: input.files,
      message: input.commitMessage,
    });
    try {
      await this.call(`creating branch ${input.branch}`, () =>
        this.octokit.rest.git.createRef({ ...this.target, ref: `refs/heads/${input.branch}`, sha: commitSha }),
      );
    } catch (err) {
      if (err instanceof GithubValidationError && /already exists/i.test(err.githubMessage)) {
        throw new GithubBranchExistsError(input.branch, { cause: err });
      }
      throw err;
    }
    const pr = await this.call(`opening the pull request ${input.branch} -> ${base}`, () =>
      this.octokit.rest.pulls.create({
        ...this.target,
        head: input.branch,
        base,
        title: input.title,
        body: input.body,
        ...(input.draft !== undefined ? { draft: input.draft } : {}),
      }),
    );
    const number = pr.data.number;
    const reviewers = unique(input.reviewers);
    if (reviewers.length) {
      try {
        await this.call(`requesting reviews on #${number}`, () =>
          this.octokit.rest.pulls.requestReviewers({ ...this.target, pull_number: number, reviewers }),
        );
      } catch (err) {
        this.log(`could not request reviewers ${reviewers.join(', ')} on #${number}: ${describeThrown(err)}`);
      }
    }
    const labels = unique(input.labels);
    if (labels.length) {
      await this.call(`labelling #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.target, issue_number: number, labels }));
    }
    return { number, url: pr.data.html_url, branch: input.branch, commitSha };
  }

  /** Replaces a pull request's body and/or title. */
  async updatePullRequest(number: number, change: { body?: string; title?: string }): Promise<{ number: number; url: string }> {
    const pr = await this.call(`updating pull request #${number}`, () =>
      this.octokit.rest.pulls.update({ ...this.target, pull_number: number, ...change }),
    );
    return { number, url: pr.data.html_url };
  }

  /** Adds one commit with `files` on top of `branch` (a PR branch) and fast-forwards it. */
  async pushCommitToBranch(branch: string, change: { files: FileChange[]; commitMessage: string }): Promise<{ commitSha: string }> {
    await this.refuseProtected(branch);
    const head = await this.branchHead(branch);
    const commitSha = await commitFiles(this.octokit, this.target, this.call, { parentSha: head, files: change.files, message: change.commitMessage });
    await this.call(`moving branch ${branch} to ${commitSha}`, () =>
      this.octokit.rest.git.updateRef({ ...this.target, ref: `heads/${branch}`, sha: commitSha, force: false }),
    );
    return { commitSha };
  }

  /** The first open issue or PR (newest first) labelled `label` whose body contains `marker`, or null. */
  async findOpenByMarker(query: MarkerQuery): Promise<FoundItem | null> {
    return this.call(`searching open ${query.kind === 'pr' ? 'pull requests' : 'issues'} labelled ${query.label}`, async () => {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
        ...this.target,
        state: 'open',
        labels: query.label,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const item of page.data) {
          if (Boolean(item.pull_request) !== (query.kind === 'pr')) continue;
          if (item.body?.includes(query.marker)) return { number: item.number, url: item.html_url, body: item.body, title: item.title };
        }
      }
      return null;
    });
  }

  async createIssue(input: { title: string; body: string; labels: string[] }): Promise<{ number: number; url: string }> {
    const issue = await this.call('creating an issue', () =>
      this.octokit.rest.issues.create({ ...this.target, title: input.title, body: input.body, labels: unique(input.labels) }),
    );
    return { number: issue.data.number, url: issue.data.html_url };
  }

  async commentOnIssue(number: number, body: string): Promise<{ id: number; url: string }> {
    const comment = await this.call(`commenting on #${number}`, () =>
      this.octokit.rest.issues.createComment({ ...this.target, issue_number: number, body }),
    );
    return { id: comment.data.id, url: comment.data.html_url };
  }

  async closeIssue(number: number, reason: 'completed' | 'not_planned' = 'completed'): Promise<void> {
    await this.call(`closing #${number}`, () =>
      this.octokit.rest.issues.update({ ...this.target, issue_number: number, state: 'closed', state_reason: reason }),
    );
  }

  async updateIssueBody(number: number, body: string): Promise<void> {
    await this.call(`updating the body of #${number}`, () => this.octokit.rest.issues.update({ ...this.target, issue_number: number, body }));
  }
}
