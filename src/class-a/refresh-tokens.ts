// refresh-tokens: the access token expired, so get a new one (the user's refresh hook, or by default a
// POST of the refresh token to the refresh endpoint) and rewrite the stored tokens. When the refresh
// itself is refused and a login is configured, sign in again instead.
import { request } from 'undici';
import { redactClipped, redactText } from '../redact/index.js';
import { describeFile, sessionKey, signInAgain } from './clear-session.js';
import { runUnlessFresh, type ActionOutcome } from './shared-action.js';
import { parseTokenAnswer, readTokenFile, replaceTokensInStorageState, writeTokenFile } from './token-store.js';
import type { PlaybookContext, PlaybookResult } from './types.js';
import { HealwrightError, describeThrown } from '../common/errors.js';

const REFRESH_TIMEOUT_MS = 15_000;
const REFRESH_WAIT_MS = 120_000;

/** The refresh endpoint did not hand out new tokens. */
export class TokenRefreshError extends HealwrightError {
  override name = 'TokenRefreshError';
}

/** POSTs `{refreshToken}` to `endpoint` and rewrites the tokens file (and matching storageState entries). */
export async function refreshTokenFile(tokensFile: string, endpoint: string, storageStatePath?: string): Promise<string> {
  const { tokens, raw } = readTokenFile(tokensFile);
  let res;
  try {
    res = await request(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
      signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS),
    });
  } catch (err) {
    throw new TokenRefreshError(`could not reach the refresh endpoint ${endpoint} (${(err as { code?: string }).code ?? describeThrown(err)}); check healRefreshEndpoint and API_URL`, { cause: err });
  }
  const text = (await res.body.text()).slice(0, 64 * 1024);
  if (res.statusCode < 200 || res.statusCode >= 300) {
    throw new TokenRefreshError(
      `the refresh endpoint ${endpoint} answered HTTP ${res.statusCode} (${redactClipped(text, 200)}); the refresh token may have expired too, so sign in again (healLogin) or check healRefreshEndpoint`,
      { status: res.statusCode },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const next = parseTokenAnswer(body);
  if (!next) {
    throw new TokenRefreshError(`the refresh endpoint ${endpoint} answered HTTP ${res.statusCode} without an accessToken; use the healRefresh hook when your API answers another shape`, { status: res.statusCode });
  }
  writeTokenFile(tokensFile, raw, next);
  const replacements = new Map<string, string>();
  if (tokens.accessToken) replacements.set(tokens.accessToken, next.accessToken);
  if (next.refreshToken) replacements.set(tokens.refreshToken, next.refreshToken);
  const changed = storageStatePath ? replaceTokensInStorageState(storageStatePath, replacements) : 0;
  return `POST ${endpoint} answered ${res.statusCode}; rewrote ${describeFile(tokensFile)}${changed ? ` and ${changed} entr${changed === 1 ? 'y' : 'ies'} of ${describeFile(storageStatePath as string)}` : ''}`;
}

export async function refreshTokens(ctx: PlaybookContext): Promise<PlaybookResult> {
  const { inputs, handover } = ctx;
  const custom = inputs.refresh;
  const tokensFile = inputs.tokensFile;
  const endpoint = inputs.refreshEndpoint;
  if (!custom && (!tokensFile || !endpoint)) {
    const missing = !tokensFile ? 'healTokensFile (where the API tokens are stored)' : 'a refresh endpoint (healRefreshEndpoint, or API_URL / baseURL to resolve it against)';
    if (inputs.relogin) return signInAgain(ctx, `the token expired and the default refresh needs ${missing}`);
    return { status: 'skipped', detail: `the token expired (rule ${handover.rule}), but there is nothing to refresh with: set ${missing}, or the healRefresh hook` };
  }
  const how = custom ? custom.name : `POST ${endpoint}`;
  const perform = async (): Promise<ActionOutcome> => {
    const refusal = await ctx.takeFixSlot();
    if (refusal) return { status: 'skipped', detail: refusal };
    if (ctx.dryRun) return { status: 'dry-run', detail: `dry run: would refresh the tokens through ${how}${tokensFile ? ` and rewrite ${describeFile(tokensFile)}` : ''}; nothing was done` };
    ctx.log(`refresh-tokens: refreshing through ${how}`);
    try {
      const note = custom ? await custom.run() : await refreshTokenFile(tokensFile as string, endpoint as string, inputs.storageStatePath);
      return { status: 'applied', detail: `refreshed the tokens through ${how}${note ? `: ${redactText(note)}` : ''}` };
    } catch (err) {
      return { status: 'failed', detail: `refreshing the tokens through ${how} failed: ${redactText(describeThrown(err))}` };
    }
  };
  const target = tokensFile ?? inputs.storageStatePath ?? 'healRefresh';
  const shared = await runUnlessFresh(ctx.runDir, sessionKey('refresh-tokens', target), handover.at, perform, { lockTimeoutMs: REFRESH_WAIT_MS });
  const { outcome } = shared;
  if (outcome.status === 'failed' && shared.role === 'performed' && inputs.relogin) {
    const fallback = await signInAgain(ctx, `the token refresh failed (${outcome.detail})`);
    return { ...fallback, detail: `refresh failed, signed in again instead: ${fallback.detail}` };
  }
  const detail = shared.role === 'joined' ? `reused the tokens another worker refreshed at ${shared.finishedAt}: ${outcome.detail}` : outcome.detail;
  return { status: outcome.status, detail, actionId: shared.actionId, performed: shared.role === 'performed' };
}
