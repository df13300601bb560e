import { Ollama } from 'ollama';
import { resolveOllamaModel } from '../gpu/index.js';
import { toOllamaError } from './ollama-errors.js';
import { parseJsonAnswer } from './json-answer.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';
import type { CompletionRequest, CompletionResult, LlmProvider, ProviderStatus } from './types.js';
import { hasModelTag } from '../../common/strings.js';
import { processEnv } from '../../config/process-env.js';

export const DEFAULT_OLLAMA_HOST = 'http://localhost:11434';

/** Options of {@link OllamaProvider}. */
export interface OllamaProviderOptions {
  /** Server URL. Default: `OLLAMA_HOST`, then http://localhost:11434 (the client does not read the env itself). */
  host?: string;
  /** Model. Default: `OLLAMA_MODEL`, then llama3.2; pass the GPU-sized model from `resolveOllamaModel`. */
  model?: string;
  /** Where OLLAMA_HOST / OLLAMA_MODEL are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Limit for one chat call, ms. Default 120000: a local model on a CPU is slow. */
  timeoutMs?: number;
  /** Limit for each availability probe, ms. Default 3000. */
  probeTimeoutMs?: number;
  /** Context window (`num_ctx`). Default: sized to the prompt, 4096..32768 (Ollama's own default truncates long prompts). */
  numCtx?: number;
  /** Retries of 503 busy / 502 / 504. */
  retry?: Partial<RetryPolicy>;
  /** fetch used by the client. Default: the global fetch. */
  fetch?: typeof fetch;
}

// "llama3.2" and "llama3.2:latest" are the same model to Ollama.
function sameModel(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const norm = (m: string) => (hasModelTag(m) ? m : `${m}:latest`).toLowerCase();
  return norm(a) === norm(b);
}

function contextFor(req: CompletionRequest): number {
  const chars = req.system.length + req.prompt.length + JSON.stringify(req.jsonSchema).length;
  const tokens = Math.ceil(chars / 4) + req.maxTokens;
  return Math.min(32768, Math.max(4096, Math.ceil((tokens * 1.2) / 1024) * 1024));
}

/** Ollama on this machine (or `host`), asked for JSON through `format: <JSON Schema>`. */
export class OllamaProvider implements LlmProvider {
  readonly name = 'ollama' as const;
  readonly model: string;
  readonly host: string;
  private readonly timeoutMs: number;
  private readonly probeTimeoutMs: number;
  private readonly numCtx: number | undefined;
  private readonly retry: RetryPolicy;
  private readonly fetchImpl: typeof fetch;

  constructor(options: OllamaProviderOptions = {}) {
    const env = options.env ?? processEnv();
    this.host = options.host ?? (env['OLLAMA_HOST']?.trim() || DEFAULT_OLLAMA_HOST);
    this.model = options.model ?? resolveOllamaModel({ env }).model;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 3000;
    this.numCtx = options.numCtx;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.fetchImpl = options.fetch ?? fetch;
  }

  // The client passes no signal for non-streamed calls, so limits go in through its fetch.
  private client(timeoutMs: number, signal?: AbortSignal): Ollama {
    const base = this.fetchImpl;
    const limited: typeof fetch = (input, init) => {
      const signals = [AbortSignal.timeout(timeoutMs)];
      if (signal) signals.push(signal);
      if (init?.signal) signals.push(init.signal);
      return base(input, { ...init, signal: AbortSignal.any(signals) });
    };
    return new Ollama({ host: this.host, fetch: limited });
  }

  private errorContext(timeoutMs: number) {
    return { host: this.host, model: this.model, timeoutMs };
  }

  async available(signal?: AbortSignal): Promise<ProviderStatus> {
    const client = this.client(this.probeTimeoutMs, signal);
    const ctx = this.errorContext(this.probeTimeoutMs);
    let version: string;
    let names: string[];
    try {
      version = (await client.version()).version;
      names = (await client.list()).models.flatMap((m) => [m.name, m.model]);
    } catch (err) {
      const e = toOllamaError(err, ctx);
      return { ok: false, detail: e.detail, ...(e.hint ? { hint: e.hint } : {}) };
    }
    if (!names.some((n) => sameModel(n, this.model))) {
      const pulled = [...new Set(names.filter(Boolean))].slice(0, 8).join(', ') || 'none';
      return {
        ok: false,
        detail: `Ollama ${version} at ${this.host} has no model "${this.model}" (pulled: ${pulled}).`,
        hint: `ollama pull ${this.model}`,
      };
    }
    let onGpu: boolean | null = null;
    let where = 'not loaded yet (GPU use is known after the first call)';
    try {
      const running = (await client.ps()).models.find((m) => sameModel(m.name, this.model) || sameModel(m.model, this.model));
      if (running) {
        onGpu = running.size > 0 && running.size_vram >= running.size;
        where = onGpu
          ? 'loaded in GPU memory'
          : running.size_vram === 0
            ? 'loaded on the CPU only (slow)'
            : `loaded ${Math.round((running.size_vram / running.size) * 100)}% in GPU memory, the rest on the CPU`;
      }
    } catch {
      where = 'load state unknown (/api/ps failed)';
    }
    return { ok: true, detail: `Ollama ${version} at ${this.host}: ${this.model} ${where}.`, onGpu };
  }

  async complete(req: CompletionRequest): Promise<CompletionResult> {
    const started = performance.now();
    const options: Record<string, number> = { num_ctx: this.numCtx ?? contextFor(req), num_predict: req.maxTokens };
    if (req.temperature !== undefined) options['temperature'] = req.temperature;
    const res = await withRetry(
      async () => {
        try {
          return await this.client(this.timeoutMs, req.signal).chat({
            model: this.model,
            messages: [
              { role: 'system', content: req.system },
              { role: 'user', content: req.prompt },
            ],
            stream: false,
            format: req.jsonSchema,
            options,
          });
        } catch (err) {
          throw toOllamaError(err, this.errorContext(this.timeoutMs));
        }
      },
      this.retry,
      req.signal ? { signal: req.signal } : {},
    );
    const text = res.message?.content ?? '';
    return {
      text,
      json: parseJsonAnswer(text, 'ollama'),
      usage: { inputTokens: res.prompt_eval_count ?? 0, outputTokens: res.eval_count ?? 0 },
      latencyMs: Math.round(performance.now() - started),
      provider: 'ollama',
      model: this.model,
    };
  }
}
