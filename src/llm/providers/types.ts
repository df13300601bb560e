export type ProviderName = 'ollama' | 'anthropic';

/** One structured completion: a system prompt, a user prompt and the JSON Schema of the answer. */
export interface CompletionRequest {
  system: string;
  prompt: string;
  /** JSON Schema (type "object") the answer must follow. */
  jsonSchema: Record<string, unknown>;
  maxTokens: number;
  /** Sent to Ollama; Anthropic only when its `sendTemperature` option is on (newer models reject it). */
  temperature?: number;
  signal?: AbortSignal;
}

export interface CompletionUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface CompletionResult {
  /** The raw answer text (for Anthropic tool answers: the tool input as JSON text). */
  text: string;
  /** The answer parsed as JSON; not yet validated against the schema. */
  json: unknown;
  usage: CompletionUsage;
  latencyMs: number;
  provider: ProviderName;
  model: string;
}

export interface ProviderStatus {
  ok: boolean;
  /** What was found, in one sentence. */
  detail: string;
  /** The next step when not ok (`ollama pull codellama:13b`, `export ANTHROPIC_API_KEY=...`). */
  hint?: string;
  /** Ollama only: the model sits in GPU memory (true), on the CPU (false) or is not loaded yet (null). */
  onGpu?: boolean | null;
}

/** A large language model that answers with JSON. */
export interface LlmProvider {
  readonly name: ProviderName;
  readonly model: string;
  /** Cheap check that the provider can answer now; never throws. */
  available(signal?: AbortSignal): Promise<ProviderStatus>;
  /** One completion; throws an {@link LlmError} subclass on failure. */
  complete(req: CompletionRequest): Promise<CompletionResult>;
}
