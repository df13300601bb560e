import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsNonStreaming, Tool } from '@anthropic-ai/sdk/resources/messages';
import { modelHint, toAnthropicError } from './anthropic-errors.js';
import { LlmAuthError, LlmBadOutputError } from './errors.js';
import { parseJsonAnswer } from './json-answer.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';
import type { CompletionRequest, CompletionResult, LlmProvider, ProviderStatus } from './types.js';
import { processEnv } from '../../config/process-env.js';

/** A current Sonnet id (checked November 2026); `claude-3-5-sonnet-20241022` of the original spec is retired. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5';

const TOOL_NAME = 'report_analysis';

/** Options of {@link AnthropicProvider}. */
export interface AnthropicProviderOptions {
  /** API key. Default `ANTHROPIC_API_KEY`. Without one the provider reports itself unavailable. */
  apiKey?: string;
  /** Model id. Default `ANTHROPIC_MODEL`, then {@link DEFAULT_ANTHROPIC_MODEL}. */
  model?: string;
  /** API base URL (tests point it at a stand-in). Default `ANTHROPIC_BASE_URL`, which the SDK also reads itself, then the public API. */
  baseURL?: string;
  /** Where ANTHROPIC_* are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Limit for one call, ms. Default 60000. */
  timeoutMs?: number;
  /** Limit for the availability probe, ms. Default 5000. */
  probeTimeoutMs?: number;
  /**
   * Retries of 429/529/5xx. Done here, not by the SDK (which is given maxRetries 0), because the
   * SDK waits for any Retry-After however long; here it is capped by `maxRetryAfterMs`.
   */
  retry?: Partial<RetryPolicy>;
  /** Send `temperature`. Default false: Sonnet 5, Opus 4.7 and later answer 400 "`temperature` is deprecated for this model". */
  sendTemperature?: boolean;
  /** fetch used by the SDK. Default: the global fetch. */
  fetch?: typeof fetch;
}

/** Anthropic's Messages API; JSON comes back as the input of a forced tool call. */
export class AnthropicProvider implements LlmProvider {
  readonly name = 'anthropic' as const;
  readonly model: string;
  private readonly client: Anthropic | undefined;
  private readonly timeoutMs: number;
  private readonly probeTimeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly sendTemperature: boolean;
  private liveModels: string[] | undefined;

  constructor(options: AnthropicProviderOptions = {}) {
    const env = options.env ?? processEnv();
    this.model = options.model ?? (env['ANTHROPIC_MODEL']?.trim() || DEFAULT_ANTHROPIC_MODEL);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 5000;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sendTemperature = options.sendTemperature ?? false;
    const apiKey = options.apiKey ?? env['ANTHROPIC_API_KEY']?.trim();
    const baseURL = options.baseURL ?? (env['ANTHROPIC_BASE_URL']?.trim() || undefined);
    if (apiKey) {
      this.client = new Anthropic({
        apiKey,
        ...(baseURL ? { baseURL } : {}),
        timeout: this.timeoutMs,
        maxRetries: 0,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
    }
  }

  private ctx(timeoutMs: number) {
    return { model: this.model, timeoutMs, ...(this.liveModels ? { liveModels: this.liveModels } : {}) };
  }

  async available(signal?: AbortSignal): Promise<ProviderStatus> {
    if (!this.client) {
      return { ok: false, detail: 'No Anthropic API key: ANTHROPIC_API_KEY is not set.', hint: 'export ANTHROPIC_API_KEY=sk-ant-...' };
    }
    const opts = { timeout: this.probeTimeoutMs, ...(signal ? { signal } : {}) };
    try {
      const info = await this.client.models.retrieve(this.model, {}, opts);
      if (info.lifecycle === 'retired') {
        return { ok: false, detail: `Anthropic model ${this.model} is retired.`, hint: modelHint(await this.listLive(opts)) };
      }
      const note =
        info.lifecycle === 'deprecated'
          ? ` It is deprecated${info.retires_at ? ` and retires ${info.retires_at.slice(0, 10)}` : ''}: switch ANTHROPIC_MODEL soon.`
          : '';
      return { ok: true, detail: `Anthropic: ${this.model} (${info.display_name}) is available.${note}` };
    } catch (err) {
      const e = toAnthropicError(err, this.ctx(this.probeTimeoutMs));
      if (e.status === 404) {
        const live = await this.listLive(opts);
        return { ok: false, detail: e.detail, hint: modelHint(live) };
      }
      return { ok: false, detail: e.detail, ...(e.hint ? { hint: e.hint } : {}) };
    }
  }

  // Remembered so that a later 404 from complete() can name the live ids too.
  private async listLive(opts: { timeout: number; signal?: AbortSignal }): Promise<string[] | undefined> {
    try {
      const page = await this.client?.models.list({ limit: 20 }, opts);
      this.liveModels = page?.data.filter((m) => m.lifecycle !== 'retired').map((m) => m.id);
    } catch {
      // The hint is still useful without the list.
    }
    return this.liveModels;
  }

  async complete(req: CompletionRequest): Promise<CompletionResult> {
    const client = this.client;
    if (!client) {
      throw new LlmAuthError('No Anthropic API key: ANTHROPIC_API_KEY is not set.', {
        provider: 'anthropic',
        hint: 'export ANTHROPIC_API_KEY=sk-ant-...',
      });
    }
    const params: MessageCreateParamsNonStreaming = {
      model: this.model,
      max_tokens: req.maxTokens,
      system: req.system,
      messages: [{ role: 'user', content: req.prompt }],
      tools: [
        {
          name: TOOL_NAME,
          description: 'Report the analysis of the failure. Call it exactly once with every required field.',
          input_schema: req.jsonSchema as Tool.InputSchema,
        },
      ],
      tool_choice: { type: 'tool', name: TOOL_NAME },
      ...(this.sendTemperature && req.temperature !== undefined ? { temperature: req.temperature } : {}),
    };
    const started = performance.now();
    const message: Message = await withRetry(
      async () => {
        try {
          return await client.messages.create(params, { timeout: this.timeoutMs, ...(req.signal ? { signal: req.signal } : {}) });
        } catch (err) {
          throw toAnthropicError(err, this.ctx(this.timeoutMs));
        }
      },
      this.retry,
      req.signal ? { signal: req.signal } : {},
    );
    const latencyMs = Math.round(performance.now() - started);
    const usage = { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens };
    const base = { usage, latencyMs, provider: 'anthropic' as const, model: this.model };

    const tool = message.content.find((b) => b.type === 'tool_use' && b.name === TOOL_NAME);
    if (tool && tool.type === 'tool_use') return { ...base, text: JSON.stringify(tool.input), json: tool.input };
    const text = message.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
    if (text.trim() === '') {
      throw new LlmBadOutputError(`The Anthropic answer has no ${TOOL_NAME} tool call and no text (stop_reason ${message.stop_reason}).`, {
        provider: 'anthropic',
        text: JSON.stringify(message.content),
      });
    }
    return { ...base, text, json: parseJsonAnswer(text, 'anthropic') };
  }
}
