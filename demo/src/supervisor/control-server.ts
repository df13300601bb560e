import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Supervisor } from './supervisor.js';
import { checkAdminToken } from '../auth/authenticate.js';
import { HttpError } from '../domain/errors.js';

export interface ControlServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The supervisor's control endpoint (admin token required):
 * `POST /restart` kills the backend, starts a new one and answers once it serves /health;
 * `GET /status` tells which backend process is running.
 */
export async function startControlServer(supervisor: Supervisor, opts: { host: string; port: number; adminToken: string }): Promise<ControlServer> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    const path = new URL(req.url ?? '/', 'http://control.invalid').pathname;
    req.resume();
    void (async () => {
      try {
        if (path !== '/restart' && path !== '/status') return send(404, { error: 'Not Found: use POST /restart or GET /status' });
        checkAdminToken(opts.adminToken, req.headers['x-admin-token']);
        if (path === '/status') return req.method === 'GET' ? send(200, supervisor.status()) : send(405, { error: 'Method Not Allowed: use GET /status' });
        if (req.method !== 'POST') return send(405, { error: 'Method Not Allowed: use POST /restart' });
        send(200, await supervisor.restart());
      } catch (err) {
        const status = err instanceof HttpError ? err.status : 503;
        send(status, { error: err instanceof Error ? err.message : String(err) });
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${opts.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
