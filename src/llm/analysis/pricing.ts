import type { CompletionUsage, ProviderName } from '../providers/index.js';

/** USD per million tokens, per model id. */
export type PriceTable = { [model: string]: { inputPerMTok: number; outputPerMTok: number } };

/**
 * Anthropic list prices (standard API, no caching or batch discount), as published in November
 * 2026. Pass your own table when they change.
 */
export const ANTHROPIC_PRICES: Readonly<PriceTable> = {
  'claude-sonnet-5': { inputPerMTok: 2, outputPerMTok: 10 },
  'claude-sonnet-4-6': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-sonnet-4-5': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-haiku-4-5': { inputPerMTok: 1, outputPerMTok: 5 },
  'claude-opus-4-7': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-6': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-5': { inputPerMTok: 5, outputPerMTok: 25 },
};

/** Price for an Anthropic model missing from the table: high on purpose, so budgets err on the safe side. */
export const UNKNOWN_MODEL_PRICE = { inputPerMTok: 15, outputPerMTok: 75 } as const;

/** The price of a model; Ollama runs locally and costs nothing. Dated ids (…-20250929) use their alias's price. */
export function priceFor(
  provider: ProviderName,
  model: string,
  table: Readonly<PriceTable> = ANTHROPIC_PRICES,
): { inputPerMTok: number; outputPerMTok: number } {
  if (provider === 'ollama') return { inputPerMTok: 0, outputPerMTok: 0 };
  return table[model] ?? table[model.replace(/-\d{8}$/, '')] ?? UNKNOWN_MODEL_PRICE;
}

/** Cost in USD of one call's usage. */
export function costOf(
  usage: CompletionUsage,
  provider: ProviderName,
  model: string,
  table: Readonly<PriceTable> = ANTHROPIC_PRICES,
): number {
  const price = priceFor(provider, model, table);
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}
