import { processEnv } from '../config/process-env.js';
/** Where the run's files are when it ran in GitHub Actions. */
export interface ActionsContext {
  /** `https://github.com/<owner>/<repo>/actions/runs/<id>/attempts/<n>` */
  runUrl: string;
  /** Names of the run's uploaded artifacts (healing-results-..., test-results-...). */
  artifactNames: string[];
}

/**
 * The Actions run and its artifact names, from the variables every Actions job has; undefined
 * outside Actions. The names match the uploads in .github/workflows/healing.yml.
 */
export function actionsContextFromEnv(env: NodeJS.ProcessEnv = processEnv()): ActionsContext | undefined {
  const { GITHUB_ACTIONS, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
  if (GITHUB_ACTIONS !== 'true' || !GITHUB_REPOSITORY || !GITHUB_RUN_ID || !/^\d+$/.test(GITHUB_RUN_ID)) return undefined;
  const attempt = GITHUB_RUN_ATTEMPT && /^\d+$/.test(GITHUB_RUN_ATTEMPT) ? GITHUB_RUN_ATTEMPT : '1';
  const server = (GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  return {
    runUrl: `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/attempts/${attempt}`,
    artifactNames: [`healing-results-${GITHUB_RUN_ID}-${attempt}`, `test-results-${GITHUB_RUN_ID}-${attempt}`],
  };
}
