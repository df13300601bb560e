import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the suite points, read once from the environment. Used by playwright.config.ts and the specs.
 * - BASE_URL: the web UI (default: the local demo on DEMO_PORT, started by the config's webServer).
 * - API_URL: the JSON API (default: BASE_URL).
 * Either one set means "a real deployment": no local demo is started.
 */
export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4280);
export const USES_LOCAL_DEMO = !process.env.BASE_URL && !process.env.API_URL;
export const BASE_URL = (process.env.BASE_URL ?? `http://127.0.0.1:${DEMO_PORT}`).replace(/\/$/, '');
export const API_URL = (process.env.API_URL ?? BASE_URL).replace(/\/$/, '');

/** The account the suite signs in with (the demo's seeded dispatcher by default). */
export const E2E_USER = {
  email: process.env.E2E_USER_EMAIL ?? 'dispatcher@demo.test',
  password: process.env.E2E_USER_PASSWORD ?? 'demo-password',
};

/** Admin token for the demo's /__faults (only used when E2E_FAULTS_AFTER_SETUP is set). */
export const ADMIN_TOKEN = process.env.E2E_ADMIN_TOKEN ?? process.env.DEMO_ADMIN_TOKEN ?? 'demo-admin-token';

/**
 * Faults the setup project switches on after it has saved the session and tokens, for the faults
 * that only break credentials issued before them (sessions-invalid, tokens-expired).
 */
export const FAULTS_AFTER_SETUP = (process.env.E2E_FAULTS_AFTER_SETUP ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const E2E_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Where the setup project writes what the other projects reuse (git-ignored); E2E_AUTH_DIR moves it. */
export const AUTH_DIR = process.env.E2E_AUTH_DIR ?? join(E2E_DIR, '.auth');
/** Playwright storageState of the signed-in UI session. */
export const USER_STATE = join(AUTH_DIR, 'user.json');
/** `{accessToken, refreshToken, expiresIn, tokenType, obtainedAt, apiUrl, refreshUrl}` from the API sign-in. */
export const API_TOKENS = join(AUTH_DIR, 'api-tokens.json');

/** Throw-away data dir of the demo the config starts (reset on every start); E2E_DATA_DIR moves it. */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? join(E2E_DIR, '..', '.tmp', 'e2e-demo-data');
