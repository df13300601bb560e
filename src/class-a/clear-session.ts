// clear-session: the stored session was refused, so sign in again (the user's login hook or the login
// form) and replace the stored state. One re-login serves every test that failed before it finished.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { redactText } from '../redact/index.js';
import { runUnlessFresh, type ActionOutcome } from './shared-action.js';
import type { PlaybookContext, PlaybookResult } from './types.js';
import { describeThrown } from '../common/errors.js';

/** How long a worker waits for another worker's re-login of the same session, in ms. */
const LOGIN_WAIT_MS = 180_000;

export function sessionKey(prefix: string, file: string): string {
  return `${prefix}-${createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 12)}`;
}

export function describeFile(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Runs the configured re-login as a shared action; also the fallback of refresh-tokens. */
export async function signInAgain(ctx: PlaybookContext, because: string): Promise<PlaybookResult> {
  const { inputs } = ctx;
  const relogin = inputs.relogin;
  const target = inputs.storageStatePath ?? inputs.tokensFile;
  if (!relogin || !target) return { status: 'skipped', detail: `${because}, and no way to sign in again is configured` };
  const where = [inputs.storageStatePath, inputs.tokensFile].filter((f): f is string => !!f).map(describeFile).join(' and ');
  const perform = async (): Promise<ActionOutcome> => {
    const refusal = await ctx.takeFixSlot();
    if (refusal) return { status: 'skipped', detail: refusal };
    if (ctx.dryRun) return { status: 'dry-run', detail: `dry run: would sign in again through ${relogin.name} and replace ${where} (${because}); nothing was done` };
    ctx.log(`clear-session: signing in again through ${relogin.name}`);
    try {
      const note = await relogin.run();
      return { status: 'applied', detail: `signed in again through ${relogin.name} and replaced ${where} (${because})${note ? `: ${redactText(note)}` : ''}` };
    } catch (err) {
      return { status: 'failed', detail: `signing in again through ${relogin.name} failed (${because}): ${redactText(describeThrown(err))}. Check the login hook and the test account.` };
    }
  };
  const shared = await runUnlessFresh(ctx.runDir, sessionKey('clear-session', target), ctx.handover.at, perform, { lockTimeoutMs: LOGIN_WAIT_MS });
  const { outcome } = shared;
  const detail = shared.role === 'joined' ? `reused the session another worker stored at ${shared.finishedAt}: ${outcome.detail}` : outcome.detail;
  return { status: outcome.status, detail, actionId: shared.actionId, performed: shared.role === 'performed' };
}

export async function clearSession(ctx: PlaybookContext): Promise<PlaybookResult> {
  const { inputs, handover } = ctx;
  if (!inputs.storageStatePath && !inputs.tokensFile) {
    return {
      status: 'skipped',
      detail: `the test stores no session (no storageState file, no healTokensFile), so its retry already starts signed out; nothing to clear (rule ${handover.rule})`,
    };
  }
  if (!inputs.relogin) {
    return {
      status: 'skipped',
      detail: 'the stored session was refused, but no login is configured: set the healLogin fixture option (or healLoginForm) so healwright can sign in again and replace the stored state',
    };
  }
  return signInAgain(ctx, `the app refused the stored session (rule ${handover.rule})`);
}
