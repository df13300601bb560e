// A local stand-in for the Ollama REST API (the subset healwright uses), on 127.0.0.1 and a free
// port. It speaks the real wire format, rejects malformed requests with Ollama's
// {"error": "..."} bodies, and records every request so tests can scan what was sent.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, wait } from './http.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the next `/api/chat` call gets. */
export type OllamaChatScript =
  | { kind: 'answer'; content: string; delayMs?: number; promptEvalCount?: number; evalCount?: number }
  | { kind: 'error'; status: number; error: string; delayMs?: number };

export interface OllamaChatBody {
  model: string;
  messages: { role: string; content: string }[];
  stream: false;
  format: Record<string, unknown>;
  options?: Record<string, unknown>;
}

export interface OllamaStandinOptions {
  version?: string;
  /** Pulled models (as in /api/tags). Default ['llama3.2:latest']. */
  models?: string[];
  /** Loaded models (as in /api/ps). */
  running?: { name: string; size: number; size_vram: number }[];
  /** Answer content when no script is queued. Default '{}'. */
  reply?: (body: OllamaChatBody) => string;
}

export interface OllamaStandin {
  url: string;
  requests: RecordedRequest[];
  /** Queues answers for the next `/api/chat` calls, in order. */
  enqueueChat(...scripts: OllamaChatScript[]): void;
  close(): Promise<void>;
}

class BadRequest extends Error {}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const norm = (m: string) => (/:[^/]+$/.test(m) ? m : `${m}:latest`);

function parseJsonBody(req: IncomingMessage, text: string): Record<string, unknown> {
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) throw new BadRequest('content-type must be application/json');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('invalid character in request body: not JSON');
  }
  if (!isObject(body)) throw new BadRequest('request body must be a JSON object');
  return body;
}

function validateChat(body: Record<string, unknown>): OllamaChatBody {
  if (typeof body['model'] !== 'string' || body['model'] === '') throw new BadRequest('model is required');
  const messages = body['messages'];
  if (!Array.isArray(messages) || messages.length === 0) throw new BadRequest('messages must be a non-empty array');
  for (const m of messages) {
    if (!isObject(m) || !['system', 'user', 'assistant', 'tool'].includes(String(m['role'])) || typeof m['content'] !== 'string') {
      throw new BadRequest('each message needs role (system|user|assistant|tool) and string content');
    }
  }
  // The stand-in does not stream; healwright never asks it to.
  if (body['stream'] !== false) throw new BadRequest('stream must be false');
  const format = body['format'];
  if (!isObject(format) || format['type'] !== 'object' || !isObject(format['properties'])) {
    throw new BadRequest('format must be a JSON Schema object with type "object" and properties');
  }
  const options = body['options'];
  if (options !== undefined) {
    if (!isObject(options)) throw new BadRequest('options must be an object');
    for (const key of ['num_ctx', 'num_predict']) {
      const v = options[key];
      if (v !== undefined && !(Number.isInteger(v) && (v as number) > 0)) throw new BadRequest(`options.${key} must be a positive integer`);
    }
    const t = options['temperature'];
    if (t !== undefined && !(typeof t === 'number' && t >= 0 && t <= 2)) throw new BadRequest('options.temperature must be a number 0..2');
  }
  return body as unknown as OllamaChatBody;
}

export async function startOllamaStandin(options: OllamaStandinOptions = {}): Promise<OllamaStandin> {
  const version = options.version ?? '0.12.6';
  const models = (options.models ?? ['llama3.2:latest']).map(norm);
  const running = options.running ?? [];
  const reply = options.reply ?? (() => '{}');
  const requests: RecordedRequest[] = [];
  const queue: OllamaChatScript[] = [];
  const has = (m: string) => models.includes(norm(m));

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, text: string) => Promise<void> | void> = {
    'GET /api/version': (_q, res) => sendJson(res, 200, { version }),
    'GET /api/tags': (_q, res) =>
      sendJson(res, 200, {
        models: models.map((name) => ({
          name,
          model: name,
          modified_at: '2026-11-01T10:00:00.000Z',
          size: 2019393189,
          digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
          details: { parent_model: '', format: 'gguf', family: 'llama', families: ['llama'], parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
        })),
      }),
    'GET /api/ps': (_q, res) =>
      sendJson(res, 200, {
        models: running.map((r) => ({
          name: norm(r.name),
          model: norm(r.name),
          size: r.size,
          size_vram: r.size_vram,
          digest: 'a80c4f17acd5',
          expires_at: '2026-11-27T19:00:00.000Z',
          details: { format: 'gguf', family: 'llama' },
        })),
      }),
    'POST /api/show': (req, res, text) => {
      const body = parseJsonBody(req, text);
      const model = body['model'] ?? body['name'];
      if (typeof model !== 'string' || model === '') throw new BadRequest('model is required');
      if (!has(model)) return sendJson(res, 404, { error: `model '${model}' not found` });
      sendJson(res, 200, { modelfile: '', parameters: '', template: '', details: { format: 'gguf', family: 'llama' }, capabilities: ['completion'] });
    },
    'POST /api/chat': async (req, res, text) => {
      const body = validateChat(parseJsonBody(req, text));
      if (!has(body.model)) return sendJson(res, 404, { error: `model '${body.model}' not found` });
      const script: OllamaChatScript = queue.shift() ?? { kind: 'answer', content: reply(body) };
      if (script.delayMs && !(await wait(script.delayMs, res))) return;
      if (script.kind === 'error') return sendJson(res, script.status, { error: script.error });
      const promptChars = body.messages.reduce((n, m) => n + m.content.length, 0);
      sendJson(res, 200, {
        model: body.model,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: script.content },
        done: true,
        done_reason: 'stop',
        total_duration: 1_500_000_000,
        load_duration: 20_000_000,
        prompt_eval_count: script.promptEvalCount ?? Math.ceil(promptChars / 4),
        prompt_eval_duration: 300_000_000,
        eval_count: script.evalCount ?? Math.ceil(script.content.length / 4),
        eval_duration: 1_000_000_000,
      });
    },
  };

  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({ method: req.method ?? '', path, headers: req.headers, body: text });
      const route = routes[`${req.method} ${path}`];
      if (!route) {
        const known = Object.keys(routes).some((k) => k.endsWith(` ${path}`));
        return sendJson(res, known ? 405 : 404, { error: known ? 'method not allowed' : `path ${path} not found` });
      }
      try {
        await route(req, res, text);
      } catch (err) {
        if (err instanceof BadRequest) return sendJson(res, 400, { error: err.message });
        sendJson(res, 500, { error: `stand-in failure: ${(err as Error).message}` });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueueChat: (...scripts) => queue.push(...scripts),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens (a server was bound there and closed): "Ollama is down". */
export async function unusedLocalUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
