import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_TOKENS, API_URL } from './env.js';

/** What the setup project stores in e2e/.auth/api-tokens.json. */
export interface ApiTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
  obtainedAt: string;
  apiUrl: string;
  /** POST `{refreshToken}` here for a new pair (what the refresh-tokens fix does). */
  refreshUrl: string;
}

/** An absolute URL on the API. */
export function apiUrl(path: string): string {
  return `${API_URL}${path}`;
}

export function saveApiTokens(tokens: Omit<ApiTokens, 'obtainedAt' | 'apiUrl' | 'refreshUrl'>): void {
  const record: ApiTokens = { ...tokens, obtainedAt: new Date().toISOString(), apiUrl: API_URL, refreshUrl: apiUrl('/api/v1/auth/refresh') };
  mkdirSync(dirname(API_TOKENS), { recursive: true });
  writeFileSync(API_TOKENS, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}

/** Reads the stored tokens now (not at import), so a refreshed file is picked up by the next attempt. */
export function readApiTokens(): ApiTokens {
  try {
    return JSON.parse(readFileSync(API_TOKENS, 'utf8')) as ApiTokens;
  } catch (err) {
    throw new Error(`No API tokens at ${API_TOKENS} (${(err as Error).message}). Run the setup project first: npx playwright test --project=setup`, { cause: err });
  }
}

/** `Authorization` header with the stored access token. */
export function authHeaders(): Record<string, string> {
  return { authorization: `Bearer ${readApiTokens().accessToken}` };
}
