// A Slack-compatible incoming webhook on 127.0.0.1: POST JSON `{ text, blocks }`, answers `ok` like
// Slack does. Malformed requests get Slack's own 400 answers (`invalid_payload`, `no_text`).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, wait } from './http.js';

export interface WebhookStandin {
  /** The webhook URL (a Slack-like path). */
  url: string;
  /** Valid payloads received, in order. */
  received: { text: string; blocks: Record<string, unknown>[] }[];
  /** Every request, valid or not, with the status it got and when it arrived (Date.now()). */
  requests: { method: string; path: string; headers: IncomingHttpHeaders; body: string; contentType: string; status: number; at: number }[];
  close(): Promise<void>;
}

export interface WebhookStandinOptions {
  /** Statuses to answer the first requests with before behaving (e.g. [500]: one server error). */
  failFirst?: number[];
  /** Delay every answer by this many ms (timeouts). */
  delayMs?: number;
}

const PATH = '/services/T000/B000/standin';

/** Why the payload is not one Slack accepts, or undefined when it is. */
export function slackPayloadProblem(payload: unknown): string | undefined {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return 'invalid_payload';
  const p = payload as Record<string, unknown>;
  if (typeof p.text !== 'string' || p.text.trim() === '') return 'no_text';
  if (p.blocks !== undefined) {
    if (!Array.isArray(p.blocks)) return 'invalid_blocks';
    for (const b of p.blocks) {
      if (!b || typeof b !== 'object' || Array.isArray(b) || typeof (b as Record<string, unknown>).type !== 'string') return 'invalid_blocks';
    }
  }
  return undefined;
}

function contentType(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '');
}

export async function startWebhookStandin(options: WebhookStandinOptions = {}): Promise<WebhookStandin> {
  const failFirst = [...(options.failFirst ?? [])];
  const received: WebhookStandin['received'] = [];
  const requests: WebhookStandin['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const at = Date.now();
    const body = await readBody(req);
    if (options.delayMs && !(await wait(options.delayMs, res))) return;
    const answer = (status: number, text: string) => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, contentType: contentType(req), status, at });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    };
    if (req.method !== 'POST' || req.url !== PATH) return answer(404, 'no_service');
    if (!/^application\/json\b/i.test(contentType(req))) return answer(400, 'invalid_payload');
    const forced = failFirst.shift();
    if (forced !== undefined) return answer(forced, forced >= 500 ? 'internal_error' : 'rejected');
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return answer(400, 'invalid_payload');
    }
    const problem = slackPayloadProblem(payload);
    if (problem) return answer(400, problem);
    received.push(payload as WebhookStandin['received'][number]);
    return answer(200, 'ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PATH}`,
    received,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
