import { LlmError, LlmModelNotFoundError, LlmTimeoutError, LlmUnavailableError } from './errors.js';

export interface OllamaErrorContext {
  host: string;
  model: string;
  timeoutMs: number;
}

function causeCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * Turns what the `ollama` client throws into an {@link LlmError}. Its `ResponseError` is not
 * exported, so it is recognised by `name` and `status_code`.
 */
export function toOllamaError(err: unknown, ctx: OllamaErrorContext): LlmError {
  if (err instanceof LlmError) return err;
  const e = err as { name?: string; message?: string; status_code?: number };
  const provider = 'ollama' as const;
  if (e?.name === 'TimeoutError') {
    return new LlmTimeoutError(`Ollama at ${ctx.host} did not answer within ${ctx.timeoutMs} ms (model ${ctx.model}).`, {
      provider,
      cause: err,
      hint: 'A model running on the CPU is slow: pick a smaller one (OLLAMA_MODEL=llama3.2) or raise the timeout.',
    });
  }
  if (e?.name === 'AbortError') {
    return new LlmError('The Ollama request was cancelled.', { provider, cause: err });
  }
  if (e?.name === 'ResponseError' && typeof e.status_code === 'number') {
    const status = e.status_code;
    const said = e.message ?? '';
    if (status === 404 && !/model/i.test(said)) {
      return new LlmUnavailableError(`No Ollama API at ${ctx.host} (404: ${said}).`, {
        provider,
        status,
        cause: err,
        hint: 'Check OLLAMA_HOST or the host option: it should be the server root, e.g. http://localhost:11434.',
      });
    }
    if (status === 404) {
      return new LlmModelNotFoundError(`Ollama at ${ctx.host} has no model "${ctx.model}" (${said}).`, {
        provider,
        status,
        cause: err,
        model: ctx.model,
        hint: `Run \`ollama pull ${ctx.model}\` where Ollama runs, or set OLLAMA_MODEL to a model it has.`,
      });
    }
    if (status === 503) {
      return new LlmUnavailableError(`Ollama at ${ctx.host} is busy (503: ${said}).`, {
        provider,
        status,
        cause: err,
        retryable: true,
        hint: 'Its request queue is full: wait, or raise OLLAMA_NUM_PARALLEL / OLLAMA_MAX_QUEUE on the server.',
      });
    }
    // 500 from Ollama is usually deterministic (out of memory, a model that fails to load): not retried.
    return new LlmError(`Ollama at ${ctx.host} answered ${status}: ${said}`, {
      provider,
      status,
      cause: err,
      retryable: status === 502 || status === 504,
      ...(status === 500 ? { hint: 'Check the Ollama server log; a smaller model may fit in memory.' } : {}),
    });
  }
  const code = causeCode(err);
  return new LlmUnavailableError(
    `Ollama is not reachable at ${ctx.host} (${code ?? e?.message ?? String(err)}).`,
    { provider, cause: err, hint: 'Start it with `ollama serve`, or set OLLAMA_HOST to where it runs.' },
  );
}
