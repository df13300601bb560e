// Typed errors of the GitHub client. Messages say what happened and what to do next, and never
// contain the token (the client scrubs it from everything it wraps).
import { HealwrightError, type ErrorDetails } from '../common/errors.js';

export type GithubErrorOptions = ErrorDetails;

/** Base class of every error the GitHub client throws; `instanceof GithubError` catches them all. */
export class GithubError extends HealwrightError {
  override name = 'GithubError';
}

/** 401, or 403 without a rate limit: the token is wrong, expired, or lacks a permission. */
export class GithubAuthError extends GithubError {
  override name = 'GithubAuthError';

  constructor(what: string, detail: string, options: GithubErrorOptions = {}) {
    const next =
      options.status === 401
        ? 'Check GITHUB_TOKEN (or GH_TOKEN): it must be a live token for this repository.'
        : 'Check GITHUB_TOKEN has contents/pull-requests/issues write (in Actions: `permissions: contents: write, ' +
          'pull-requests: write, issues: write`, and the repository setting "Allow GitHub Actions to create and approve pull requests").';
    super(`GitHub refused ${what} (HTTP ${options.status ?? '?'}: ${detail}). ${next}`, options);
  }
}

/** A primary or secondary rate limit whose reset is further away than the client waits. */
export class GithubRateLimitError extends GithubError {
  override name = 'GithubRateLimitError';
  /** When GitHub accepts requests again, when it said so. */
  readonly resetAt?: Date;

  constructor(what: string, resetAt: Date | undefined, options: GithubErrorOptions & { secondary?: boolean; maxWaitS?: number } = {}) {
    const kind = options.secondary ? 'a secondary rate limit' : 'its API rate limit';
    const inS = resetAt ? Math.max(Math.ceil((resetAt.getTime() - Date.now()) / 1000), 0) : 0;
    const beyond = options.maxWaitS !== undefined && inS > options.maxWaitS;
    const when = resetAt
      ? ` It resets at ${resetAt.toISOString()} (in ${inS} s)` +
        (beyond ? `, later than the ${options.maxWaitS} s healwright waits.` : ', and it was still exhausted after the retries.')
      : '';
    super(
      `GitHub stopped ${what}: ${kind} is exhausted (HTTP ${options.status ?? '?'}).${when} ` +
        'Re-run healing after the reset, run it less often, or use a token with its own quota (a GitHub App token).',
      options,
    );
    if (resetAt) this.resetAt = resetAt;
  }
}

/** 422: GitHub understood the request and refused it; `errors` holds its reasons. */
export class GithubValidationError extends GithubError {
  override name = 'GithubValidationError';
  /** GitHub's top-level message ("Validation Failed", "Reference already exists", ...). */
  readonly githubMessage: string;
  /** The messages of GitHub's `errors[]` (or the field and code when an entry has no message). */
  readonly errors: string[];

  constructor(what: string, githubMessage: string, errors: string[], options: GithubErrorOptions & { hint?: string } = {}) {
    const reasons = errors.length ? `: ${errors.join('; ')}` : '';
    const hint = options.hint ?? 'Fix the request (see the reasons above); retrying the same request fails the same way.';
    super(`GitHub rejected ${what} (HTTP 422 ${githubMessage}${reasons}). ${hint}`, { status: 422, ...options });
    this.githubMessage = githubMessage;
    this.errors = errors;
  }
}

/** The branch a pull request was to be created on exists already. */
export class GithubBranchExistsError extends GithubValidationError {
  override name = 'GithubBranchExistsError';
  readonly branch: string;

  constructor(branch: string, options: GithubErrorOptions = {}) {
    super(`creating branch ${branch}`, 'Reference already exists', [], {
      ...options,
      hint: `Pick another branch name (healwright uses timestamped heal/... names) or delete ${branch}.`,
    });
    this.branch = branch;
  }
}

/** 404: the repository, branch, issue or pull request does not exist, or the token cannot see it. */
export class GithubNotFoundError extends GithubError {
  override name = 'GithubNotFoundError';

  constructor(what: string, repository: string, options: GithubErrorOptions = {}) {
    super(
      `GitHub answered 404 Not Found for ${what}. Check that ${repository} (github.repository or GITHUB_REPOSITORY) ` +
        'and the branch or number are right, and that the token can read it: GitHub answers 404, not 403, ' +
        'for private repositories a token cannot see.',
      { status: 404, ...options },
    );
  }
}

/** The request never got an HTTP answer: refused, reset, DNS failure, timeout. */
export class GithubNetworkError extends GithubError {
  override name = 'GithubNetworkError';
  readonly apiUrl: string;

  constructor(what: string, apiUrl: string, detail: string, options: GithubErrorOptions = {}) {
    super(
      `Could not reach the GitHub API at ${apiUrl} for ${what} (${detail}). Check the network, or set ` +
        'github.apiUrl / GITHUB_API_URL when you use GitHub Enterprise Server.',
      options,
    );
    this.apiUrl = apiUrl;
  }
}
