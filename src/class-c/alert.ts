// Sends a security alert to a Slack-compatible incoming webhook. Never throws: the run's verdict and
// the other playbooks must not depend on a chat service being up.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'undici';
import { deadlineError } from '../common/deadline.js';
import { redactText } from '../redact/index.js';
import { buildSlackPayload, type SecurityAlert } from './alert-payload.js';
import { isFingerprint } from './markers.js';
import type { AlertOptions } from './types.js';

export type { AlertOptions };
import { retryAfterMs, sleep } from '../common/time.js';
import { describeThrown } from '../common/errors.js';

export interface AlertResult {
  status: 'sent' | 'written' | 'failed';
  /** HTTP attempts made (0 for dry runs and refused input). */
  attempts: number;
  /** Status of the last answer, when there was one. */
  httpStatus?: number;
  /** The file written by a dry run. */
  path?: string;
  /** What went wrong and what to do, redacted; never contains the webhook URL. */
  error?: string;
}

/** Retry policy: one retry, on server errors, throttling and network failures; never on other 4xx. */
const RETRY = { attempts: 2, statuses: (s: number) => s >= 500 || s === 429, maxRetryAfterMs: 5_000 } as const;

/** The server's Retry-After (seconds or an HTTP date), capped; `fallback` when it sent none. */
function waitAfter(header: string | string[] | undefined, fallback: number): number {
  const ms = retryAfterMs(header);
  return ms === undefined ? fallback : Math.min(ms, RETRY.maxRetryAfterMs);
}

/**
 * Posts the alert as `{ text, blocks }` JSON. Redacts every text, times out each attempt after
 * `timeoutMs`, retries once on 5xx / 429 / network errors, and reports the outcome as a result.
 */
export async function sendSecurityAlert(webhookUrl: string, alert: SecurityAlert, options: AlertOptions = {}): Promise<AlertResult> {
  const scrub = (text: string) => redactText(webhookUrl ? text.split(webhookUrl).join('<webhook URL>') : text);
  try {
    const payload = buildSlackPayload(alert);
    if (options.dryRun) {
      if (!options.outDir) return { status: 'failed', attempts: 0, error: 'dry run without outDir: nowhere to write the alert' };
      const name = isFingerprint(alert.fingerprint) ? alert.fingerprint : 'alert';
      const file = path.join(options.outDir, 'alerts', `${name}.json`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(payload, null, 2) + '\n');
      return { status: 'written', attempts: 0, path: file };
    }
    return await postAlertPayload(webhookUrl, payload, options);
  } catch (err) {
    return { status: 'failed', attempts: 0, error: scrub(`could not prepare the alert: ${describeThrown(err)}`) };
  }
}

/**
 * Posts a ready payload (e.g. `alerts/<fp>.json` of a run folder, for `healwright publish`), with the
 * same timeout, retry and deadline policy. Never throws; the URL never appears in the result.
 */
export async function postAlertPayload(webhookUrl: string, payload: unknown, options: Omit<AlertOptions, 'dryRun' | 'outDir'> = {}): Promise<AlertResult> {
  const scrub = (text: string) => redactText(webhookUrl ? text.split(webhookUrl).join('<webhook URL>') : text);
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { status: 'failed', attempts: 0, error: 'the alert webhook is not an http(s) URL: set HEAL_ALERT_WEBHOOK (or alertWebhook) to the incoming-webhook URL' };
  }
  return post(url, JSON.stringify(payload), options, scrub);
}

async function post(url: URL, body: string, options: AlertOptions, scrub: (s: string) => string): Promise<AlertResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let last: AlertResult = { status: 'failed', attempts: 0 };
  for (let attempt = 1; attempt <= RETRY.attempts; attempt++) {
    if (options.signal?.aborted) {
      const error = scrub(deadlineError(options.signal, attempt === 1 ? 'sending the security alert' : 'retrying the security alert').message);
      return { ...last, status: 'failed', error: last.error ? `${last.error}; ${error}` : error };
    }
    let wait = options.retryDelayMs ?? 1_000;
    try {
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: options.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal]) : AbortSignal.timeout(timeoutMs),
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      });
      const text = (await res.body.text()).slice(0, 300);
      if (res.statusCode >= 200 && res.statusCode < 300) return { status: 'sent', attempts: attempt, httpStatus: res.statusCode };
      last = {
        status: 'failed',
        attempts: attempt,
        httpStatus: res.statusCode,
        error: scrub(`the webhook answered ${res.statusCode}${text ? ` (${text.trim()})` : ''}${res.statusCode < 500 && res.statusCode !== 429 ? ': check the webhook URL and that the app may post to the channel' : ''}`),
      };
      if (!RETRY.statuses(res.statusCode)) return last;
      wait = waitAfter(res.headers['retry-after'], wait);
    } catch (err) {
      const e = err as Error & { code?: string };
      const why = options.signal?.aborted
        ? deadlineError(options.signal, 'the webhook answered').message
        : e.name === 'TimeoutError' || e.name === 'AbortError'
          ? `no answer within ${timeoutMs} ms`
          : `${e.code ? `${e.code}: ` : ''}${e.message}`;
      last = { status: 'failed', attempts: attempt, error: scrub(`could not reach the alert webhook (${why}); check the URL and the network`) };
    }
    if (attempt < RETRY.attempts && !options.signal?.aborted) await sleep(wait, options.signal);
  }
  return last;
}
