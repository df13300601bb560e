import { SignJWT, errors, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';

export type TokenKind = 'access' | 'refresh' | 'session';

/** Who a verified credential belongs to, and when it was issued (ms, for the fault cut-offs). */
export interface Principal {
  userId: string;
  email: string;
  issuedAtMs: number;
  kind: TokenKind;
}

export class AuthError extends Error {
  override name = 'AuthError';
  readonly status = 401;
}

export interface TokenLifetimes {
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  sessionTtlSeconds: number;
}

const ISSUER = 'septic-crm-demo';

/** Signs and checks the demo's HS256 JWTs: API access and refresh tokens, and UI session cookies. */
export class TokenService {
  constructor(
    private readonly secret: Uint8Array,
    private readonly lifetimes: TokenLifetimes,
  ) {}

  ttl(kind: TokenKind): number {
    if (kind === 'access') return this.lifetimes.accessTtlSeconds;
    if (kind === 'refresh') return this.lifetimes.refreshTtlSeconds;
    return this.lifetimes.sessionTtlSeconds;
  }

  async issue(kind: TokenKind, user: { id: string; email: string }): Promise<string> {
    const nowMs = Date.now();
    const iat = Math.floor(nowMs / 1000);
    return new SignJWT({ email: user.email, typ: kind, iat_ms: nowMs })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setSubject(user.id)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttl(kind))
      .sign(this.secret);
  }

  /** Verifies signature, issuer, expiry and kind; throws {@link AuthError} with the reason a client should see. */
  async verify(token: string, kind: TokenKind): Promise<Principal> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new AuthError('jwt expired', { cause: err });
      throw new AuthError(kind === 'session' ? 'invalid session' : 'invalid token', { cause: err });
    }
    if (payload.typ !== kind || typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
      throw new AuthError(kind === 'session' ? 'invalid session' : `invalid token: not a ${kind} token`);
    }
    const issuedAtMs = typeof payload.iat_ms === 'number' ? payload.iat_ms : (payload.iat ?? 0) * 1000;
    return { userId: payload.sub, email: payload.email, issuedAtMs, kind };
  }
}
