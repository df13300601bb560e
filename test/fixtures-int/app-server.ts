// A small app for the fixture scenarios: JSON API + two HTML pages, with the three Class A faults.
// Its health fails until it is restarted; restart() clears the server-error fault, like a redeploy would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readBody } from '../standins/http.js';

export interface AppState {
  healthy: boolean;
  /** /api/v1/items answers 500 until a restart. */
  api500: boolean;
  restarts: number;
  /** Session ids that the app accepts. */
  sessions: Set<string>;
  /** Access tokens that the app accepts; others are "expired". */
  accessTokens: Set<string>;
  /** Refresh tokens that may be used once. */
  refreshTokens: Set<string>;
  logins: number;
  refreshes: number;
  requests: { method: string; path: string; status: number }[];
}

export interface AppServer {
  url: string;
  state: AppState;
  restart(): void;
  /** Issues a token pair the app accepts. */
  issueTokens(): { accessToken: string; refreshToken: string };
  close(): Promise<void>;
}

/** Header value /__restart requires. */
export const ADMIN_TOKEN = 'restart-admin-token';
export const USER = { email: 'tester@example.test', password: 'correct-horse' };
/** A JWT-shaped secret the crash route leaks in its error body. */
export const CRASH_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const token = (p: string) => `${p}-${randomBytes(6).toString('hex')}`;

function cookie(req: IncomingMessage, name: string): string | undefined {
  const m = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(req.headers.cookie ?? '');
  return m?.[1];
}

const LOGIN_PAGE = `<!doctype html><title>Sign in</title><h1>Sign in</h1>
<form method="post" action="/login"><label>Email <input name="email" type="email"></label>
<label>Password <input name="password" type="password"></label><button type="submit">Sign in</button></form>`;

const ITEMS_PAGE = `<!doctype html><title>Items</title><h1>Items</h1><ul id="items"></ul>
<script>fetch('/api/v1/items').then(r => r.json()).then(b => { for (const i of b.items) { const li = document.createElement('li'); li.textContent = i; document.getElementById('items').append(li); } });</script>`;

export async function startAppServer(initial: Partial<Pick<AppState, 'healthy' | 'api500'>> = {}): Promise<AppServer> {
  const state: AppState = {
    healthy: initial.healthy ?? true,
    api500: initial.api500 ?? false,
    restarts: 0,
    sessions: new Set(),
    accessTokens: new Set(),
    refreshTokens: new Set(),
    logins: 0,
    refreshes: 0,
    requests: [],
  };
  const issueTokens = () => {
    const pair = { accessToken: token('at'), refreshToken: token('rt') };
    state.accessTokens.add(pair.accessToken);
    state.refreshTokens.add(pair.refreshToken);
    return pair;
  };

  const restart = () => {
    state.restarts++;
    state.healthy = true;
    state.api500 = false;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      state.requests.push({ method: req.method ?? '', path: url.pathname, status });
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
      res.end(text);
    };
    const route = `${req.method} ${url.pathname}`;
    const raw = req.method === 'POST' ? await readBody(req) : '';
    switch (route) {
      case 'POST /__restart':
        // What a deployment's restart command would call; refuses callers without the admin token.
        if (req.headers['x-admin-token'] !== ADMIN_TOKEN) return send(403, { error: 'x-admin-token required' });
        restart();
        return send(200, { restarted: state.restarts });
      case 'GET /health':
        return state.healthy ? send(200, { status: 'ok', restarts: state.restarts }) : send(503, { status: 'down' });
      case 'GET /api/v1/items':
        return state.api500 ? send(500, { error: 'Internal Server Error: database pool exhausted' }) : send(200, { items: ['alpha', 'beta'] });
      case 'GET /api/v1/crash':
        return send(500, { error: 'boom', token: CRASH_JWT, trace: 'at db.query '.repeat(200) });
      case 'GET /api/v1/me': {
        const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (!auth) return send(401, { error: 'missing bearer token' });
        return state.accessTokens.has(auth) ? send(200, { email: USER.email }) : send(401, { error: 'jwt expired' });
      }
      case 'POST /api/v1/auth/refresh': {
        if (!String(req.headers['content-type']).includes('application/json')) return send(415, { error: 'expected application/json' });
        let body: { refreshToken?: unknown };
        try {
          body = JSON.parse(raw) as { refreshToken?: unknown };
        } catch {
          return send(400, { error: 'invalid JSON' });
        }
        if (typeof body.refreshToken !== 'string') return send(400, { error: 'refreshToken is required' });
        if (!state.refreshTokens.delete(body.refreshToken)) return send(401, { error: 'refresh token invalid' });
        state.refreshes++;
        return send(200, { ...issueTokens(), tokenType: 'Bearer', expiresIn: 900 });
      }
      case 'GET /login':
        return send(200, LOGIN_PAGE);
      case 'POST /login': {
        const form = new URLSearchParams(raw);
        if (form.get('email') !== USER.email || form.get('password') !== USER.password) return send(401, LOGIN_PAGE);
        const id = token('sess');
        state.sessions.add(id);
        state.logins++;
        return send(303, '', { location: '/dashboard', 'set-cookie': `sid=${id}; Path=/; HttpOnly` });
      }
      case 'GET /dashboard': {
        const sid = cookie(req, 'sid');
        if (!sid || !state.sessions.has(sid)) return send(302, '', { location: '/login' });
        return send(200, '<!doctype html><title>Dashboard</title><h1>Dashboard</h1>');
      }
      case 'GET /items':
        return send(200, ITEMS_PAGE);
      default:
        return send(404, { error: `no route ${route}` });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    issueTokens,
    restart,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
