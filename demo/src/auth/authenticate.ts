import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { HttpError } from '../domain/errors.js';
import { AuthError, type Principal, type TokenKind } from './tokens.js';
import { verifyPassword } from './passwords.js';
import type { User } from '../store/types.js';

export const SESSION_COOKIE = 'demo_session';

/** True when the fault `name` is on and the credential was issued at or before it was switched on. */
function revokedBy(app: AppContext, name: 'sessions-invalid' | 'tokens-expired', principal: Principal): boolean {
  const cutoff = app.faults.enabledAt(name);
  return cutoff !== undefined && principal.issuedAtMs <= cutoff;
}

async function verifyFor(app: AppContext, token: string, kind: TokenKind): Promise<Principal> {
  const principal = await app.tokens.verify(token, kind);
  if (!app.store.data.users.some((u) => u.id === principal.userId)) throw new AuthError(kind === 'session' ? 'invalid session' : 'invalid token: unknown user');
  return principal;
}

/** Checks `Authorization: Bearer <access token>`; `tokens-expired` makes older tokens answer "jwt expired". */
export async function authenticateBearer(app: AppContext, header: string | undefined): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) throw new AuthError('missing bearer token: send Authorization: Bearer <accessToken> from POST /api/v1/auth/login');
  const principal = await verifyFor(app, match[1], 'access');
  if (revokedBy(app, 'tokens-expired', principal)) throw new AuthError('jwt expired');
  return principal;
}

/** Checks a refresh token; `sessions-invalid` revokes the ones issued before it. */
export async function authenticateRefresh(app: AppContext, token: string): Promise<Principal> {
  const principal = await verifyFor(app, token, 'refresh');
  if (revokedBy(app, 'sessions-invalid', principal)) throw new AuthError('invalid session: this refresh token was revoked, sign in again');
  return principal;
}

/** The UI session from the cookie header, or undefined when there is none or it is no longer valid. */
export async function authenticateSession(app: AppContext, cookieHeader: string | undefined): Promise<Principal | undefined> {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  if (!token) return undefined;
  try {
    const principal = await verifyFor(app, token, 'session');
    return revokedBy(app, 'sessions-invalid', principal) ? undefined : principal;
  } catch (err) {
    if (err instanceof AuthError) return undefined;
    throw err;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The `x-admin-token` guard of /__faults, /__reset and the control endpoint. */
export function checkAdminToken(expected: string, given: string | string[] | undefined): void {
  if (typeof given !== 'string' || given === '') throw new HttpError(401, 'admin token required: send header x-admin-token (DEMO_ADMIN_TOKEN)');
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(403, 'wrong admin token');
}

/**
 * Checks email and password, counting failures per client. Past the limit it answers 429 with
 * Retry-After before even looking at the password.
 */
export async function attemptLogin(app: AppContext, client: string, email: string, password: string): Promise<User> {
  const decision = app.limiter.check(client);
  if (!decision.allowed) {
    throw new HttpError(429, `too many failed sign-in attempts: try again in ${decision.retryAfterSeconds} s`, {
      headers: { 'Retry-After': String(decision.retryAfterSeconds) },
    });
  }
  const user = app.store.data.users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
  // Hash even for unknown users so timing does not tell which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$00$00');
  if (!user || !ok) {
    app.limiter.recordFailure(client);
    throw new HttpError(401, 'invalid email or password');
  }
  return user;
}
