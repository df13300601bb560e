// Where heal PRs and issues go, from the `github` config section and the environment (GitHub Actions
// sets GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL and GITHUB_RUN_ID).
import type { HealConfig } from '../config/index.js';
import { trimTrailingSlashes } from '../common/strings.js';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export type GithubTarget =
  | {
      ok: true;
      token: string;
      owner: string;
      repo: string;
      /** REST API root without a trailing slash. */
      apiUrl: string;
      /** The Actions run this process belongs to, when it runs in Actions. */
      runUrl?: string;
      /** Where a reader of a heal PR or issue downloads this run's artifacts (the run page's artifact list). */
      artifactHint?: string;
    }
  | { ok: false; reason: string };

const REPOSITORY = /^([\w.-]+)\/([\w.-]+)$/;

function value(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

/**
 * Resolves the GitHub target: token from GITHUB_TOKEN, else GH_TOKEN; repository from
 * `options.repository`, else GITHUB_REPOSITORY; API root from `options.apiUrl`, else GITHUB_API_URL,
 * else https://api.github.com. `{ ok: false, reason }` says what is missing and how to provide it.
 */
export function resolveGithubTarget(
  env: Record<string, string | undefined>,
  options: Partial<Pick<HealConfig['github'], 'repository' | 'apiUrl'>> = {},
): GithubTarget {
  const token = value(env.GITHUB_TOKEN) ?? value(env.GH_TOKEN);
  if (!token) {
    return {
      ok: false,
      reason:
        'no GitHub token found; set GITHUB_TOKEN (or GH_TOKEN) with contents, pull-requests and issues write ' +
        '(in Actions: `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` plus a `permissions:` block).',
    };
  }
  const repository = value(options.repository) ?? value(env.GITHUB_REPOSITORY);
  if (!repository) {
    return { ok: false, reason: "no repository: set github.repository (e.g. github: { repository: 'acme/web' }) or GITHUB_REPOSITORY=owner/repo." };
  }
  const parts = REPOSITORY.exec(repository);
  if (!parts) {
    const source = value(options.repository) ? 'github.repository' : 'GITHUB_REPOSITORY';
    return { ok: false, reason: `${source} is ${JSON.stringify(repository)}, expected owner/repo (e.g. acme/web).` };
  }
  const rawApi = value(options.apiUrl) ?? value(env.GITHUB_API_URL) ?? DEFAULT_GITHUB_API_URL;
  let apiUrl: string;
  try {
    const parsed = new URL(rawApi);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
    apiUrl = trimTrailingSlashes(rawApi);
  } catch {
    const source = value(options.apiUrl) ? 'github.apiUrl' : 'GITHUB_API_URL';
    return { ok: false, reason: `${source} is ${JSON.stringify(rawApi)}, expected an http(s) URL such as ${DEFAULT_GITHUB_API_URL}.` };
  }
  const serverUrl = value(env.GITHUB_SERVER_URL);
  const server = serverUrl === undefined ? undefined : trimTrailingSlashes(serverUrl);
  const runId = value(env.GITHUB_RUN_ID);
  const runRepo = value(env.GITHUB_REPOSITORY);
  const runUrl = server && runId && runRepo ? `${server}/${runRepo}/actions/runs/${runId}` : undefined;
  return {
    ok: true,
    token,
    owner: parts[1] as string,
    repo: parts[2] as string,
    apiUrl,
    ...(runUrl ? { runUrl, artifactHint: `${runUrl}#artifacts` } : {}),
  };
}
