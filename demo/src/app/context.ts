import type { IncomingMessage } from 'node:http';
import type { DemoConfig } from '../config.js';
import type { JsonStore } from '../store/json-store.js';
import type { FaultBoard } from '../faults/fault-board.js';
import type { TokenService, Principal } from '../auth/tokens.js';
import type { LoginRateLimiter } from '../auth/rate-limiter.js';
import { BodyError, readBodyText } from './reply.js';
import { HttpError } from '../domain/errors.js';

/** What every handler can reach: one per running backend. */
export interface AppContext {
  config: DemoConfig;
  store: JsonStore;
  faults: FaultBoard;
  tokens: TokenService;
  limiter: LoginRateLimiter;
  /** Changes on every process start; /health reports it so a restart is visible. */
  instance: { id: string; startedAt: string };
}

/** One request, as handlers see it. */
export class RequestContext {
  principal?: Principal;

  constructor(
    readonly app: AppContext,
    readonly req: IncomingMessage,
    readonly url: URL,
    readonly params: Record<string, string>,
  ) {}

  param(name: string): string {
    return this.params[name] ?? '';
  }

  /** The client's address, for rate limiting (the demo trusts no proxy headers). */
  get clientIp(): string {
    return this.req.socket.remoteAddress ?? 'unknown';
  }

  /** The body parsed as a JSON object; 400 when it is not one. */
  async jsonBody(): Promise<Record<string, unknown>> {
    const text = await this.text();
    if (text.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid JSON body: send a JSON object with Content-Type: application/json');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpError(400, 'request body must be a JSON object');
    return parsed as Record<string, unknown>;
  }

  /** The body of an HTML form post (application/x-www-form-urlencoded). */
  async formBody(): Promise<Record<string, string>> {
    return Object.fromEntries(new URLSearchParams(await this.text()));
  }

  private async text(): Promise<string> {
    try {
      return await readBodyText(this.req);
    } catch (err) {
      if (err instanceof BodyError) throw new HttpError(err.status, err.message);
      throw err;
    }
  }
}
