import type { IncomingMessage, ServerResponse } from 'node:http';

type Headers = Record<string, string | string[]>;

/** What a handler answers; the server turns it into bytes. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Headers }
  | { kind: 'html'; status: number; html: string; headers?: Headers }
  | { kind: 'redirect'; location: string; headers?: Headers }
  | { kind: 'asset'; status: number; contentType: string; body: string; headers?: Headers };

export const json = (status: number, body: unknown, headers?: Headers): Reply => ({ kind: 'json', status, body, headers });
export const html = (status: number, page: string, headers?: Headers): Reply => ({ kind: 'html', status, html: page, headers });
export const redirect = (location: string, headers?: Headers): Reply => ({ kind: 'redirect', location, headers });

/** Writes a {@link Reply}. Every answer is marked no-store: the app serves per-user data and live fault states. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  switch (reply.kind) {
    case 'json': {
      const body = JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    case 'html':
      res.writeHead(reply.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(reply.html) });
      res.end(reply.html);
      return;
    case 'asset':
      res.writeHead(reply.status, { 'Content-Type': reply.contentType, 'Content-Length': Buffer.byteLength(reply.body) });
      res.end(reply.body);
      return;
    case 'redirect':
      // 303 so a form POST is followed by a GET.
      res.writeHead(303, { Location: reply.location, 'Content-Length': 0 });
      res.end();
      return;
  }
}

export class BodyError extends Error {
  override name = 'BodyError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 64 * 1024;

/** Reads the whole request body as text, refusing bodies over 64 KiB. */
export async function readBodyText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
