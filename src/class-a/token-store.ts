// Reads and rewrites stored API tokens: a JSON tokens file ({accessToken, refreshToken, ...}, camelCase or
// snake_case) and, where the same token values sit in a storageState file, those entries too.
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../artifacts/fs.js';
import { HealwrightError, describeThrown } from '../common/errors.js';

export interface TokenPair {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
}

/** The tokens file is missing, unreadable or has no refresh token. */
export class TokenFileError extends HealwrightError {
  override name = 'TokenFileError';
  readonly file: string;

  constructor(message: string, file: string, cause?: unknown) {
    super(message, cause === undefined ? {} : { cause });
    this.file = file;
  }
}

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TokenFileError(`cannot read the tokens file ${file} (${(err as NodeJS.ErrnoException).code ?? describeThrown(err)}); run the setup project that writes it, or set healTokensFile`, file, err);
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Json;
  } catch (err) {
    throw new TokenFileError(`the tokens file ${file} is not valid JSON (${describeThrown(err)})`, file, err);
  }
  throw new TokenFileError(`the tokens file ${file} must hold a JSON object like {"accessToken": "...", "refreshToken": "..."}`, file);
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** The pair in a tokens file; throws {@link TokenFileError} when there is no refresh token. */
export function readTokenFile(file: string): { tokens: { accessToken?: string; refreshToken: string }; raw: Json } {
  const raw = readJson(file);
  const refreshToken = str(raw.refreshToken) ?? str(raw.refresh_token);
  if (!refreshToken) throw new TokenFileError(`the tokens file ${file} has no refreshToken (or refresh_token) to refresh with`, file);
  const accessToken = str(raw.accessToken) ?? str(raw.access_token);
  return { tokens: { refreshToken, ...(accessToken ? { accessToken } : {}) }, raw };
}

/** The new pair from a refresh endpoint's JSON answer, or undefined when it has no access token. */
export function parseTokenAnswer(body: unknown): TokenPair | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Json;
  const accessToken = str(b.accessToken) ?? str(b.access_token);
  if (!accessToken) return undefined;
  const refreshToken = str(b.refreshToken) ?? str(b.refresh_token);
  const expiresIn = typeof b.expiresIn === 'number' ? b.expiresIn : typeof b.expires_in === 'number' ? b.expires_in : undefined;
  return { accessToken, ...(refreshToken ? { refreshToken } : {}), ...(expiresIn !== undefined ? { expiresIn } : {}) };
}

/** Rewrites the tokens file with the new pair, keeping its other keys and its naming style. */
export function writeTokenFile(file: string, raw: Json, next: TokenPair): void {
  const snake = 'access_token' in raw && !('accessToken' in raw);
  const out: Json = { ...raw };
  out[snake ? 'access_token' : 'accessToken'] = next.accessToken;
  if (next.refreshToken) out[snake ? 'refresh_token' : 'refreshToken'] = next.refreshToken;
  if (next.expiresIn !== undefined) out[snake ? 'expires_in' : 'expiresIn'] = next.expiresIn;
  if ('obtainedAt' in raw) out.obtainedAt = new Date().toISOString();
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    mode = undefined;
  }
  writeFileAtomic(file, JSON.stringify(out, null, 2) + '\n');
  // Tokens are secrets: keep the file as private as it was (the temp file got default permissions).
  chmodSync(file, mode ?? 0o600);
}

interface StorageState {
  cookies?: { value?: unknown }[];
  origins?: { localStorage?: { name?: unknown; value?: unknown }[] }[];
}

/**
 * Replaces, in a storageState file, every cookie and localStorage value equal to an old token with the
 * new one. Returns how many entries changed (0 when the file is absent or holds none of them).
 */
export function replaceTokensInStorageState(file: string, replacements: Map<string, string>): number {
  let state: StorageState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as StorageState;
  } catch {
    return 0;
  }
  let changed = 0;
  const swap = (entry: { value?: unknown }) => {
    const next = typeof entry.value === 'string' ? replacements.get(entry.value) : undefined;
    if (next !== undefined) {
      entry.value = next;
      changed++;
    }
  };
  for (const c of state.cookies ?? []) swap(c);
  for (const o of state.origins ?? []) for (const item of o.localStorage ?? []) swap(item);
  if (changed > 0) writeFileAtomic(file, JSON.stringify(state, null, 2));
  return changed;
}
