// A local stand-in for Anthropic's Messages and Models API, on 127.0.0.1 and a free port. It
// checks headers and bodies the way the real API does (401 authentication_error, 400
// invalid_request_error, 404 not_found_error for unknown or retired models), answers in the real
// wire format, can be scripted to fail, and records every request so tests can scan what was sent.
// Credentials: `x-api-key: <key>` (classic) or `Authorization: Bearer <key>` (what SDK 1.x sends);
// `anthropic-version` must be a version the API knows (SDK 1.x sends 2026-10-21).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, wait } from './http.js';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the next `POST /v1/messages` gets. */
export type MessagesScript =
  | { kind: 'tool'; input: unknown; delayMs?: number }
  | { kind: 'text'; text: string; delayMs?: number }
  | { kind: 'error'; status: number; type: string; message: string; headers?: Record<string, string>; delayMs?: number };

export interface StandinModel {
  id: string;
  display_name?: string;
  lifecycle?: 'active' | 'deprecated' | 'retired';
  retires_at?: string | null;
}

export interface MessagesBody {
  model: string;
  max_tokens: number;
  messages: { role: 'user' | 'assistant'; content: unknown }[];
  system?: unknown;
  tools?: { name: string; input_schema: Record<string, unknown> }[];
  tool_choice?: { type: string; name?: string };
  temperature?: number;
}

export interface AnthropicStandinOptions {
  /** The one key accepted. Default 'sk-ant-standin-key'. */
  apiKey?: string;
  /** The model catalogue. Default: claude-sonnet-5, claude-haiku-4-5, claude-sonnet-4-5 (deprecated), claude-3-5-sonnet-20241022 (retired). */
  models?: StandinModel[];
  /** Models that answer 400 to any `temperature`, as Sonnet 5 and Opus 4.7+ do. Default ['claude-sonnet-5']. */
  rejectTemperatureFor?: string[];
  /** Answer when no script is queued. Default: a tool call with `{}`. */
  reply?: (body: MessagesBody) => MessagesScript;
}

export interface AnthropicStandin {
  url: string;
  apiKey: string;
  requests: RecordedRequest[];
  enqueue(...scripts: MessagesScript[]): void;
  close(): Promise<void>;
}

export const DEFAULT_STANDIN_MODELS: StandinModel[] = [
  { id: 'claude-sonnet-5', display_name: 'Claude Sonnet 5' },
  { id: 'claude-haiku-4-5', display_name: 'Claude Haiku 4.5' },
  { id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', lifecycle: 'deprecated', retires_at: '2026-11-30T00:00:00Z' },
  { id: 'claude-3-5-sonnet-20241022', display_name: 'Claude Sonnet 3.5 (New)', lifecycle: 'retired', retires_at: '2025-10-22T00:00:00Z' },
];

/** API versions the stand-in accepts, like the real API: the classic one and the one SDK 1.x sends. */
export const ANTHROPIC_API_VERSIONS = ['2023-06-01', '2026-10-21'];

const TOP_LEVEL = new Set([
  'model', 'max_tokens', 'messages', 'system', 'metadata', 'stop_sequences', 'stream', 'temperature', 'top_k', 'top_p',
  'tools', 'tool_choice', 'thinking', 'output_config', 'service_tier', 'container', 'context_management', 'mcp_servers',
]);

class ApiError extends Error {
  constructor(readonly status: number, readonly type: string, message: string) {
    super(message);
  }
}
const invalid = (message: string) => new ApiError(400, 'invalid_request_error', message);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'request-id': `req_${randomUUID().replace(/-/g, '')}`,
    ...headers,
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string, headers?: Record<string, string>): void {
  sendJson(res, status, { type: 'error', error: { type, message }, request_id: `req_${randomUUID().slice(0, 8)}` }, headers);
}

function validateMessages(req: IncomingMessage, text: string, rejectTemperatureFor: string[]): MessagesBody {
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) throw invalid('content-type must be application/json');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid('There was an error parsing the body: not JSON');
  }
  if (!isObject(body)) throw invalid('body must be a JSON object');
  for (const key of Object.keys(body)) if (!TOP_LEVEL.has(key)) throw invalid(`${key}: Extra inputs are not permitted`);
  if (typeof body['model'] !== 'string' || body['model'] === '') throw invalid('model: Field required');
  const maxTokens = body['max_tokens'];
  if (!Number.isInteger(maxTokens) || (maxTokens as number) < 1) throw invalid('max_tokens: must be an integer >= 1');
  const messages = body['messages'];
  if (!Array.isArray(messages) || messages.length === 0) throw invalid('messages: at least one message is required');
  messages.forEach((m, i) => {
    if (!isObject(m) || (m['role'] !== 'user' && m['role'] !== 'assistant')) throw invalid(`messages.${i}.role: must be user or assistant`);
    const c = m['content'];
    const okContent =
      (typeof c === 'string' && c.length > 0) ||
      (Array.isArray(c) && c.length > 0 && c.every((b) => isObject(b) && typeof b['type'] === 'string'));
    if (!okContent) throw invalid(`messages.${i}.content: must be a non-empty string or an array of content blocks`);
  });
  if (isObject(messages[0]) && messages[0]['role'] !== 'user') throw invalid('messages: first message must use the "user" role');
  const system = body['system'];
  if (system !== undefined && typeof system !== 'string' && !(Array.isArray(system) && system.every((b) => isObject(b) && b['type'] === 'text' && typeof b['text'] === 'string'))) {
    throw invalid('system: must be a string or an array of text blocks');
  }
  const temperature = body['temperature'];
  if (temperature !== undefined) {
    if (typeof temperature !== 'number' || temperature < 0 || temperature > 1) throw invalid('temperature: must be a number 0..1');
    if (rejectTemperatureFor.includes(body['model'])) throw invalid('`temperature` is deprecated for this model.');
  }
  const tools = body['tools'];
  const names: string[] = [];
  if (tools !== undefined) {
    if (!Array.isArray(tools)) throw invalid('tools: must be an array');
    tools.forEach((t, i) => {
      if (!isObject(t) || typeof t['name'] !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(t['name'])) throw invalid(`tools.${i}.name: must match ^[a-zA-Z0-9_-]{1,64}$`);
      if (t['description'] !== undefined && typeof t['description'] !== 'string') throw invalid(`tools.${i}.description: must be a string`);
      const schema = t['input_schema'];
      if (!isObject(schema) || schema['type'] !== 'object') throw invalid(`tools.${i}.input_schema.type: Input should be 'object'`);
      if (names.includes(t['name'])) throw invalid(`tools: tool names must be unique (${t['name']})`);
      names.push(t['name']);
    });
  }
  const choice = body['tool_choice'];
  if (choice !== undefined) {
    if (!isObject(choice) || !['auto', 'any', 'tool', 'none'].includes(String(choice['type']))) throw invalid('tool_choice.type: must be auto, any, tool or none');
    if (choice['type'] !== 'none' && names.length === 0) throw invalid('tool_choice: may only be specified while providing tools');
    if (choice['type'] === 'tool' && (typeof choice['name'] !== 'string' || !names.includes(choice['name']))) {
      throw invalid(`tool_choice.name: no tool named ${String(choice['name'])}`);
    }
  }
  return body as unknown as MessagesBody;
}

function modelInfo(m: StandinModel) {
  return {
    type: 'model',
    id: m.id,
    display_name: m.display_name ?? m.id,
    created_at: '2026-06-30T00:00:00Z',
    lifecycle: m.lifecycle ?? 'active',
    deprecated_at: m.lifecycle && m.lifecycle !== 'active' ? '2026-08-01T00:00:00Z' : null,
    retires_at: m.retires_at ?? null,
    capabilities: null,
    line: null,
    max_input_tokens: 1_000_000,
    max_tokens: 128_000,
  };
}

export async function startAnthropicStandin(options: AnthropicStandinOptions = {}): Promise<AnthropicStandin> {
  const apiKey = options.apiKey ?? 'sk-ant-standin-key';
  const models = options.models ?? DEFAULT_STANDIN_MODELS;
  const rejectTemperatureFor = options.rejectTemperatureFor ?? ['claude-sonnet-5'];
  const reply = options.reply ?? (() => ({ kind: 'tool', input: {} }) as MessagesScript);
  const requests: RecordedRequest[] = [];
  const queue: MessagesScript[] = [];

  async function messages(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
    const body = validateMessages(req, text, rejectTemperatureFor);
    const model = models.find((m) => m.id === body.model);
    if (!model || model.lifecycle === 'retired') throw new ApiError(404, 'not_found_error', `model: ${body.model}`);
    const script = queue.shift() ?? reply(body);
    if (script.delayMs && !(await wait(script.delayMs, res))) return;
    if (script.kind === 'error') return sendError(res, script.status, script.type, script.message, script.headers);
    const toolName = body.tool_choice?.type === 'tool' ? body.tool_choice.name : body.tools?.[0]?.name;
    if (script.kind === 'tool' && !toolName) throw new Error('script wants a tool answer but the request has no tools');
    const content =
      script.kind === 'tool'
        ? [{ type: 'tool_use', id: `toolu_${randomUUID().replace(/-/g, '').slice(0, 24)}`, name: toolName, input: script.input }]
        : [{ type: 'text', text: script.text, citations: null }];
    const out = script.kind === 'tool' ? JSON.stringify(script.input) : script.text;
    sendJson(res, 200, {
      id: `msg_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: script.kind === 'tool' ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: Math.ceil(text.length / 4), output_tokens: Math.max(1, Math.ceil(out.length / 4)) },
    });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://standin');
      requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body: text });
      try {
        const bearer = /^Bearer (.+)$/.exec(String(req.headers['authorization'] ?? ''))?.[1];
        if ((req.headers['x-api-key'] || bearer) !== apiKey) throw new ApiError(401, 'authentication_error', 'invalid x-api-key');
        if (!ANTHROPIC_API_VERSIONS.includes(String(req.headers['anthropic-version']))) {
          throw invalid(`anthropic-version: "${String(req.headers['anthropic-version'])}" is not a valid version`);
        }
        if (req.method === 'POST' && url.pathname === '/v1/messages') return await messages(req, res, text);
        if (req.method === 'GET' && url.pathname === '/v1/models') {
          const limit = Number(url.searchParams.get('limit') ?? 20);
          const data = models.slice(0, limit).map(modelInfo);
          return sendJson(res, 200, { data, has_more: models.length > limit, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
        }
        const one = /^\/v1\/models\/([^/]+)$/.exec(url.pathname);
        if (req.method === 'GET' && one) {
          const id = decodeURIComponent(one[1] ?? '');
          const model = models.find((m) => m.id === id);
          if (!model) throw new ApiError(404, 'not_found_error', `model: ${id}`);
          return sendJson(res, 200, modelInfo(model));
        }
        throw new ApiError(404, 'not_found_error', `Not Found: ${req.method} ${url.pathname}`);
      } catch (err) {
        if (err instanceof ApiError) return sendError(res, err.status, err.type, err.message);
        sendError(res, 500, 'api_error', `stand-in failure: ${(err as Error).message}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    enqueue: (...scripts) => queue.push(...scripts),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
