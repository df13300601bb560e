import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer, type DemoConfig, type DemoServer } from '../../demo/src/index.js';

export const ADMIN = 'test-admin-token';
export const USER = { email: 'dispatcher@demo.test', password: 'demo-password' };

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'healwright-demo-'));
}

/** A config for an in-process demo on a free port with its own data dir. */
export function testConfig(overrides: Partial<DemoConfig> = {}): DemoConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    controlPort: 0,
    dataDir: overrides.dataDir ?? tempDataDir(),
    adminToken: ADMIN,
    accessTtlSeconds: 900,
    refreshTtlSeconds: 3600,
    sessionTtlSeconds: 3600,
    slowMs: 400,
    loginRateLimit: 10,
    startupFaults: [],
    reset: false,
    ...overrides,
  };
}

export interface TestDemo extends DemoServer {
  dataDir: string;
  /** Closes the server; `keepData` leaves the data dir for a restart test. */
  stop(keepData?: boolean): Promise<void>;
}

export async function startTestDemo(overrides: Partial<DemoConfig> = {}): Promise<TestDemo> {
  const config = testConfig(overrides);
  const demo = await startDemoServer(config);
  return {
    ...demo,
    dataDir: config.dataDir,
    async stop(keepData = false) {
      await demo.close();
      if (!keepData) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the demo's JSON API; `token` becomes a Bearer header. */
export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined || opts.rawBody !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : {}) as T };
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export async function login(base: string): Promise<TokenPair> {
  const res = await call<TokenPair>(base, 'POST', '/api/v1/auth/login', { body: USER });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Signs in through the HTML form and returns the `demo_session=...` cookie pair. */
export async function uiLogin(base: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...USER, next: '/dashboard' }).toString(),
  });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !cookie) throw new Error(`UI login failed: ${res.status}`);
  return cookie.split(';')[0] ?? '';
}

/** GETs a page with a session cookie, without following redirects. */
export async function getPage(base: string, path: string, cookie?: string): Promise<{ status: number; location: string | null; html: string; headers: Headers }> {
  const res = await fetch(base + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers };
}

export async function setFaults(base: string, change: { enable?: string[]; disable?: string[] }): Promise<void> {
  const res = await call(base, 'POST', '/__faults', { headers: { 'x-admin-token': ADMIN }, body: change });
  if (res.status !== 200) throw new Error(`/__faults answered ${res.status}: ${JSON.stringify(res.body)}`);
}
