// Public face of healwright's GitHub client: pull requests through the Git Data API, issues, typed errors.
export { GithubClient } from './client.js';
export type { CreatedPullRequest, CreatePullRequestInput, FoundItem, GithubClientOptions, MarkerQuery } from './client.js';
export { resolveGithubTarget, DEFAULT_GITHUB_API_URL } from './target.js';
export type { GithubTarget } from './target.js';
export { normalizeRepoPath } from './git-data.js';
export type { FileChange } from './git-data.js';
export { rateLimitReset } from './map-error.js';
export {
  GithubAuthError,
  GithubBranchExistsError,
  GithubError,
  GithubNetworkError,
  GithubNotFoundError,
  GithubRateLimitError,
  GithubValidationError,
} from './errors.js';
export type { GithubErrorOptions } from './errors.js';
