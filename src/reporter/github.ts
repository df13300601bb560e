// The GitHub client of a run, or why there is none (then PRs and issues are written as files).
import { GithubClient, resolveGithubTarget } from '../github/index.js';
import type { HealConfig } from '../config/schema.js';
import { actionsContextFromEnv } from '../playbooks/class-c/index.js';

export interface RunGithub {
  client?: GithubClient;
  /** Why PRs and issues are written as files instead (no token, no repository, ...). */
  reason?: string;
  /** The Actions run, when in Actions. */
  runUrl?: string;
  /** Name of the artifact that holds healing-results/ (as .github/workflows/healing.yml uploads it). */
  artifactName?: string;
}

export function connectGithub(heal: HealConfig, env: NodeJS.ProcessEnv, log: (msg: string) => void): RunGithub {
  const target = resolveGithubTarget(env, heal.github);
  const actions = actionsContextFromEnv(env);
  const extra = { ...(actions ? { runUrl: actions.runUrl } : {}), ...(actions?.artifactNames[0] ? { artifactName: actions.artifactNames[0] } : {}) };
  if (!target.ok) return { reason: target.reason, ...extra };
  return { client: new GithubClient({ token: target.token, owner: target.owner, repo: target.repo, apiUrl: target.apiUrl, log }), ...extra };
}
