// Shared set-up of the GitHub client tests: a stand-in with one repository and a client wired to it
// with the timing knobs turned down so retries and rate limits take milliseconds.
import { GithubClient, type GithubClientOptions } from '../../src/github/index.js';
import { startGithubStandin, type GithubStandin, type GithubStandinOptions } from '../standins/github.js';

export const TOKEN = 'ghs_standinToken0123456789abcdefABCDEF';
export const REPO = 'acme/web';

export const FAST: Partial<GithubClientOptions> = {
  minRetryDelayMs: 1,
  rateLimitUnitMs: 10,
  minWriteIntervalMs: 0,
  minSearchIntervalMs: 0,
};

export interface Rig {
  standin: GithubStandin;
  client: GithubClient;
  logs: string[];
  close(): Promise<void>;
}

export async function startRig(
  standin: Partial<GithubStandinOptions> = {},
  client: Partial<GithubClientOptions> = {},
): Promise<Rig> {
  const s = await startGithubStandin({ token: TOKEN, repos: [REPO], ...standin });
  const logs: string[] = [];
  const c = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: s.url, log: (l) => logs.push(l), ...FAST, ...client });
  return { standin: s, client: c, logs, close: () => s.close() };
}

/** `METHOD route` of every request the stand-in saw, in order. */
export function routesSeen(standin: GithubStandin): string[] {
  return standin.requests.map((r) => r.route ?? `${r.method} ${r.path}`);
}
