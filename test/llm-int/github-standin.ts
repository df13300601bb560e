// A tiny stand-in for GitHub's REST API: `GET /repos/{owner}/{repo}` only, on 127.0.0.1 and a free
// port. It checks what octokit sends (token auth, the v3 media type, a user agent, the API version
// header when present), answers with the real `full-repository` shape, and 401/404 the way GitHub does.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GithubStandinOptions {
  /** The one token accepted. */
  token: string;
  /** Repositories the token can see, as owner/repo. */
  repos: string[];
  /** `permissions` of the token on each repo. Default push: true. */
  push?: boolean;
}

export interface GithubStandin {
  url: string;
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const API_VERSIONS = ['2022-11-28', '2026-03-10'];

function repository(fullName: string, port: number, push: boolean) {
  const [owner = '', name = ''] = fullName.split('/');
  const api = `http://127.0.0.1:${port}`;
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: fullName,
    private: true,
    owner: { login: owner, id: 583231, node_id: 'MDQ6VXNlcjU4MzIzMQ==', avatar_url: '', url: `${api}/users/${owner}`, html_url: `https://github.test/${owner}`, type: 'Organization', site_admin: false },
    html_url: `https://github.test/${fullName}`,
    description: 'Playwright suite under healwright',
    fork: false,
    url: `${api}/repos/${fullName}`,
    default_branch: 'main',
    visibility: 'private',
    archived: false,
    disabled: false,
    has_issues: true,
    open_issues_count: 3,
    created_at: '2024-01-26T19:01:12Z',
    updated_at: '2026-11-20T10:00:00Z',
    pushed_at: '2026-11-27T08:00:00Z',
    permissions: { admin: false, maintain: false, push, triage: true, pull: true },
    allow_squash_merge: true,
    delete_branch_on_merge: true,
  };
}

export async function startGithubStandin(opts: GithubStandinOptions): Promise<GithubStandin> {
  const requests: GithubStandin['requests'] = [];
  let port = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? '', path, headers: req.headers });
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-github-request-id': 'C0DE:1234:5678:9ABC:6745F00D',
      });
      res.end(text);
    };
    const auth = /^(?:token|Bearer) (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (!String(req.headers.accept ?? '').includes('application/vnd.github.v3+json') && !String(req.headers.accept ?? '').includes('application/vnd.github+json')) {
      return send(415, { message: 'Unsupported Media Type', documentation_url: 'https://docs.github.com/rest', status: '415' });
    }
    if (!req.headers['user-agent']) return send(403, { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.', status: '403' });
    const version = req.headers['x-github-api-version'];
    if (version !== undefined && !API_VERSIONS.includes(String(version))) {
      return send(400, { message: `API version ${String(version)} is not supported.`, documentation_url: 'https://docs.github.com/rest/about-the-rest-api/api-versions', status: '400' });
    }
    if (auth !== opts.token) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path);
    if (req.method !== 'GET' || !m) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    const full = `${decodeURIComponent(m[1] ?? '')}/${decodeURIComponent(m[2] ?? '')}`;
    if (!opts.repos.includes(full)) {
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' });
    }
    send(200, repository(full, port, opts.push ?? true));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
