import { request, type Dispatcher } from 'undici';
import type { RestartContext, RestartOutcome, RestartProvider } from './types.js';
import { describeThrown } from '../common/errors.js';

export interface DeployHookRestartOptions {
  /** Deploy-hook URL (Render, Vercel, Netlify, Railway templates...). It holds a secret: it is never logged. */
  url: string;
  /** Time the hook request may take, in ms. Default 30 000. */
  timeoutMs?: number;
  /** undici dispatcher for the request. Default undici's global dispatcher. */
  dispatcher?: Dispatcher;
}

/** The hook URL without its secret parts (path and query), safe for logs. */
export function describeHookUrl(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return '(invalid URL)';
  }
}

/** Deployment id from common hook answers: Render `{deploy:{id}}`, Vercel `{job:{id}}`, or `{id}`. */
function deploymentIdOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { id?: unknown; deploy?: { id?: unknown }; job?: { id?: unknown } };
    const id = body.deploy?.id ?? body.job?.id ?? body.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

/** Restarts by POSTing to a deploy-hook URL; any 2xx answer means the deploy was triggered. */
export class DeployHookRestartProvider implements RestartProvider {
  readonly name = 'deploy-hook';
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly dispatcher?: Dispatcher;

  constructor(options: DeployHookRestartOptions) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(options.url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new TypeError('DeployHookRestartProvider needs an http(s) url, e.g. { url: "https://api.example.com/deploy/srv-123?key=..." }.');
    }
    this.url = options.url;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    if (options.dispatcher) this.dispatcher = options.dispatcher;
  }

  async restart(ctx: RestartContext = {}): Promise<RestartOutcome> {
    const start = Date.now();
    const where = describeHookUrl(this.url);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
    const fail = (detail: string, error: Error): RestartOutcome => ({ provider: this.name, ok: false, detail, durationMs: Date.now() - start, error });
    ctx.log?.(`deploy-hook: POST ${where}`);
    try {
      const res = await request(this.url, {
        method: 'POST',
        signal,
        ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
      });
      const text = (await res.body.text()).slice(0, 64 * 1024);
      if (res.statusCode < 200 || res.statusCode >= 300) {
        return fail(
          `Deploy hook at ${where} answered HTTP ${res.statusCode}. Check the hook URL (hooks are revoked when regenerated) and the provider's dashboard.`,
          new Error(`deploy hook answered HTTP ${res.statusCode}`),
        );
      }
      const deploymentId = deploymentIdOf(text);
      ctx.log?.(`deploy-hook: HTTP ${res.statusCode}${deploymentId ? `, deployment ${deploymentId}` : ''}`);
      return {
        provider: this.name,
        ok: true,
        detail: `Deploy hook at ${where} answered HTTP ${res.statusCode}; the deploy was triggered.`,
        durationMs: Date.now() - start,
        ...(deploymentId ? { deploymentId } : {}),
      };
    } catch (err) {
      const error = err instanceof Error ? err : new Error(describeThrown(err));
      if (ctx.signal?.aborted) return fail('Deploy hook request was aborted.', error);
      if (timeout.aborted) return fail(`Deploy hook at ${where} did not answer within ${this.timeoutMs} ms. Raise timeoutMs or check the provider.`, error);
      const code = (err as { code?: unknown } | null)?.code;
      return fail(`Could not reach the deploy hook at ${where} (${typeof code === 'string' ? code : error.message}). Check the URL and the network.`, error);
    }
  }
}
