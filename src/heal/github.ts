// The GitHub client of a run, or why there is none (then PRs and issues are written as files), and the
// Actions run it belongs to (links and artifact names for PR and issue bodies).
import { GithubClient, resolveGithubTarget } from '../github/index.js';
import type { HealConfig } from '../config/schema.js';
import { actionsContextFromEnv, type ActionsContext } from '../github/actions-context.js';

export interface RunGithub {
  client?: GithubClient;
  /** Why PRs and issues are written as files instead (no token, no repository, ...). */
  reason?: string;
  /** The Actions run and its artifact names (as .github/workflows/healing.yml uploads them), when in Actions. */
  actions?: ActionsContext;
}

/** `signal`: the pipeline's deadline, carried by every request of the client. */
export function connectGithub(heal: HealConfig, env: NodeJS.ProcessEnv, log: (msg: string) => void, signal?: AbortSignal): RunGithub {
  const target = resolveGithubTarget(env, heal.github);
  const actions = actionsContextFromEnv(env);
  const extra = actions ? { actions } : {};
  if (!target.ok) return { reason: target.reason, ...extra };
  return { client: new GithubClient({ token: target.token, owner: target.owner, repo: target.repo, apiUrl: target.apiUrl, log, ...(signal ? { signal } : {}) }), ...extra };
}
