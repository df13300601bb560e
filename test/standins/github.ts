// Local stand-in for GitHub's REST API (the routes in test/data/github-openapi/routes.json), on
// 127.0.0.1 and a free port. Every request is checked like GitHub does (token, media type, user agent,
// API version) and validated against GitHub's own OpenAPI description: what GitHub would reject is a
// 404/422 here too. Its answers are checked against the description's response schemas, so the
// stand-in cannot drift from the real wire format. `failNext` injects 5xx and rate limits.
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRoute, validateRequest, validateResponse } from './github-openapi.js';
import { botIdentity, gitRoutes } from './github-git-routes.js';
import { globalRoutes, issueRoutes } from './github-issue-routes.js';
import { ApiFailure, errorBody, type Reply, type RequestInput } from './github-reply.js';
import { RepoState } from './github-store.js';
import { readBody } from './http.js';

export { RepoState } from './github-store.js';
export type { IssueRecord, LabelRecord, PullRecord } from './github-store.js';

export interface GithubStandinOptions {
  /** The one token accepted (as `token X` or `Bearer X`). */
  token: string;
  /** Repositories the token can see, as owner/repo. */
  repos: string[];
  /** Default branch of every repository. Default `main`. */
  defaultBranch?: string;
  /** Files of the first commit on the default branch. Default a README. */
  files?: Record<string, string>;
  /** Users that may be requested as reviewers; default anyone. */
  collaborators?: string[];
  /** Login that owns the token (author of created issues, PRs, commits). Default `github-actions[bot]`. */
  actor?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: string;
  /** The OpenAPI route key it matched, e.g. `POST /repos/{owner}/{repo}/git/trees`. */
  route?: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body?: unknown;
  status: number;
  /** Date.now() when it arrived. */
  at: number;
}

export interface FailureOptions {
  status: 500 | 502 | 503 | 504 | 401 | 403 | 404 | 429;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1; Infinity: all). */
  count?: number;
  /** Response body; default GitHub's for the status and headers (rate-limit messages included). */
  body?: unknown;
}

export type RequestMatcher = string | ((req: RecordedRequest) => boolean);

export interface GithubStandinState {
  repos: Map<string, RepoState>;
  /** The repository `owner/repo`; throws when the stand-in has no such repository. */
  repo(fullName: string): RepoState;
  /** Responses of the stand-in that did not match GitHub's schema (answered as 500); should stay empty. */
  responseErrors: string[];
}

export interface GithubStandin {
  url: string;
  state: GithubStandinState;
  requests: RecordedRequest[];
  /** Answers the next `count` requests matching `route` (a route key, or a predicate) with an error. */
  failNext(route: RequestMatcher, options: FailureOptions): void;
  close(): Promise<void>;
}

/** Headers of a primary rate limit that resets in `seconds` (use with status 403 or 429). */
export function primaryRateLimitHeaders(seconds: number): Record<string, string> {
  return { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + seconds) };
}

/** Headers of a secondary rate limit asking to wait `seconds`. */
export function secondaryRateLimitHeaders(seconds: number): Record<string, string> {
  return { 'retry-after': String(seconds) };
}

const API_VERSIONS = ['2022-11-28', '2026-03-10'];
const DOCS = 'https://docs.github.com/rest';
const RATE_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
const REQUEST_ID = 'C0DE:1234:5678:9ABC:6745F00D';

function failureBody(status: number, headers: Record<string, string>): unknown {
  if (status === 401) return errorBody(401, 'Bad credentials', DOCS);
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    return errorBody(status, 'API rate limit exceeded for installation ID 4242.', RATE_DOCS);
  }
  if (status === 429 || (status === 403 && headers['retry-after'] !== undefined)) {
    return errorBody(status, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
      `If you reach out to GitHub Support for help, please include the request ID ${REQUEST_ID}.`, RATE_DOCS);
  }
  if (status === 403) return errorBody(403, 'Resource not accessible by integration', DOCS);
  if (status === 404) return errorBody(404, 'Not Found', DOCS);
  return { message: status === 500 ? 'Server Error' : (STATUS_CODES[status] ?? 'Error') };
}

function checkClient(headers: IncomingHttpHeaders, token: string): Reply | null {
  const accept = String(headers.accept ?? '');
  if (!/application\/vnd\.github(\.v3)?\+json|application\/json|\*\/\*/.test(accept)) {
    return { status: 415, body: errorBody(415, 'Unsupported Media Type', DOCS) };
  }
  if (!headers['user-agent']) {
    return { status: 403, body: { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.' } };
  }
  const version = headers['x-github-api-version'];
  if (version !== undefined && !API_VERSIONS.includes(String(version))) {
    return { status: 400, body: errorBody(400, `API version ${String(version)} is not supported.`, `${DOCS}/about-the-rest-api/api-versions`) };
  }
  const auth = String(headers.authorization ?? '');
  if (!auth) return { status: 401, body: errorBody(401, 'Requires authentication', DOCS) };
  if (/^(?:token|Bearer) (.+)$/.exec(auth)?.[1] !== token) return { status: 401, body: errorBody(401, 'Bad credentials', DOCS) };
  return null;
}

export async function startGithubStandin(opts: GithubStandinOptions): Promise<GithubStandin> {
  const requests: RecordedRequest[] = [];
  const failures: { match: RequestMatcher; options: FailureOptions; left: number }[] = [];
  const repos = new Map<string, RepoState>();
  const actor = opts.actor ?? 'github-actions[bot]';
  const collaborators = opts.collaborators ? new Set(opts.collaborators) : undefined;
  let ids = 1000;
  for (const fullName of opts.repos) {
    const repo = new RepoState(fullName, opts.defaultBranch ?? 'main', () => ++ids);
    repo.git.seed(repo.defaultBranch, opts.files ?? { 'README.md': `# ${repo.name}\n` }, botIdentity(actor));
    repos.set(fullName.toLowerCase(), repo);
  }
  const state: GithubStandinState = {
    repos,
    responseErrors: [],
    repo(fullName) {
      const repo = repos.get(fullName.toLowerCase());
      if (!repo) throw new Error(`the GitHub stand-in has no repository ${fullName}`);
      return repo;
    },
  };
  let port = 0;
  let remaining = 5000;

  function route(record: RecordedRequest, url: URL, rawBody: string): Reply {
    const client = checkClient(record.headers, opts.token);
    if (client) return client;
    const match = matchRoute(record.method, record.path);
    if (match) record.route = match.route;
    const failure = failures.find((f) => f.left > 0 && (typeof f.match === 'string' ? f.match === record.route : f.match(record)));
    if (failure) {
      failure.left--;
      const headers = failure.options.headers ?? {};
      return { status: failure.options.status, headers, body: failure.options.body ?? failureBody(failure.options.status, headers) };
    }
    if (!match) return { status: 404, body: errorBody(404, 'Not Found', DOCS) };
    const doc = match.operation.documentationUrl ?? DOCS;
    const repo = match.params.owner === undefined ? undefined : repos.get(`${match.params.owner}/${match.params.repo}`.toLowerCase());
    if (match.params.owner !== undefined && !repo) return { status: 404, body: errorBody(404, 'Not Found', doc) };
    if (rawBody && typeof record.body === 'string') return { status: 400, body: errorBody(400, 'Problems parsing JSON', doc) };
    const issues = validateRequest(match, url.searchParams, record.body, rawBody.length > 0);
    if (issues.some((i) => i.location === 'path')) return { status: 404, body: errorBody(404, 'Not Found', doc) };
    if (issues.length) {
      return { status: 422, body: errorBody(422, `Invalid request.\n\n${issues.map((i) => i.message).join('\n')}`, doc) };
    }
    const input: RequestInput = {
      params: match.params,
      query: url.searchParams,
      body: record.body as Record<string, unknown> | undefined,
      shape: { api: `http://127.0.0.1:${port}` },
      doc,
      actor,
      repos,
      url,
      ...(collaborators ? { collaborators } : {}),
    };
    const global = globalRoutes[match.route];
    const handler = issueRoutes[match.route] ?? gitRoutes[match.route];
    const reply = global ? global(input) : handler && repo ? handler({ ...input, repo }) : null;
    if (!reply) return { status: 404, body: errorBody(404, 'Not Found', doc) };
    const drift = validateResponse(match.route, reply.status, reply.body);
    if (drift.length) {
      state.responseErrors.push(...drift.map((d) => `${match.route} ${reply.status}: ${d}`));
      return { status: 500, body: { message: `GitHub stand-in response drifted from the schema: ${drift.join('; ')}` } };
    }
    return reply;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const rawBody = await readBody(req);
    let body: unknown;
    if (rawBody) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.search,
      headers: req.headers,
      ...(rawBody ? { body } : {}),
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    let reply: Reply;
    try {
      reply = route(record, url, rawBody);
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      reply = err.reply;
    }
    record.status = reply.status;
    remaining = Math.max(remaining - 1, 0);
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': REQUEST_ID,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': record.path.startsWith('/search/') ? 'search' : 'core',
      ...reply.headers,
    });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `GitHub stand-in crashed: ${err instanceof Error ? err.stack : String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    failNext(match, options) {
      failures.push({ match, options, left: options.count ?? 1 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
