import { AnthropicProvider, type AnthropicProviderOptions } from './anthropic.js';
import { OllamaProvider, type OllamaProviderOptions } from './ollama.js';
import type { LlmProvider, ProviderName, ProviderStatus } from './types.js';
import { processEnv } from '../../config/process-env.js';
import { describeThrown } from '../../common/errors.js';

/** Options of {@link createProviderChain}. */
export interface ProviderChainOptions {
  /** No LLM at all: the chain is empty and healing runs on rules. Default false. */
  skipLlm?: boolean;
  /** Ollama before Anthropic. Default true (private by default). */
  preferLocal?: boolean;
  /** Skip Ollama, use Anthropic only. Default: `LLM_FALLBACK_ONLY=true`. */
  fallbackOnly?: boolean;
  /** Where LLM_FALLBACK_ONLY and the providers' variables are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
  ollama?: OllamaProviderOptions;
  /** Anthropic joins the chain only when a key is set here or in ANTHROPIC_API_KEY. */
  anthropic?: AnthropicProviderOptions;
}

const TRUE = /^(1|true|yes|on)$/i;

/** The providers to try, in order. Empty means "rules only". */
export function createProviderChain(options: ProviderChainOptions = {}): LlmProvider[] {
  if (options.skipLlm) return [];
  const env = options.env ?? processEnv();
  const fallbackOnly = options.fallbackOnly ?? TRUE.test(env['LLM_FALLBACK_ONLY']?.trim() ?? '');
  const chain: LlmProvider[] = [];
  if (!fallbackOnly) chain.push(new OllamaProvider({ env, ...options.ollama }));
  const key = options.anthropic?.apiKey ?? env['ANTHROPIC_API_KEY']?.trim();
  if (key) chain.push(new AnthropicProvider({ env, ...options.anthropic, apiKey: key }));
  return options.preferLocal === false ? chain.reverse() : chain;
}

export interface ProviderSelection {
  /** The first provider whose `available()` said ok; null means rules only. */
  provider: LlmProvider | null;
  /** Every provider asked before it (or all, when none was ok), with why it was passed over. */
  skipped: { provider: ProviderName; model: string; status: ProviderStatus }[];
}

/** Asks each provider in turn and returns the first that can answer now. */
export async function selectProvider(chain: readonly LlmProvider[], signal?: AbortSignal): Promise<ProviderSelection> {
  const skipped: ProviderSelection['skipped'] = [];
  for (const provider of chain) {
    let status: ProviderStatus;
    try {
      status = await provider.available(signal);
    } catch (err) {
      status = { ok: false, detail: `${provider.name} availability check failed: ${describeThrown(err)}` };
    }
    if (status.ok) return { provider, skipped };
    skipped.push({ provider: provider.name, model: provider.model, status });
  }
  return { provider: null, skipped };
}
