import type { CompletionUsage, ProviderName } from '../providers/index.js';
import { ANTHROPIC_PRICES, costOf, type PriceTable } from './pricing.js';

/** Hard limits on LLM use; a call that would break one is not made. */
export interface LlmBudgetLimits {
  /** LLM calls per run (retries count). Default 10. */
  maxCallsPerRun: number;
  /** Estimated prompt tokens per call. Default 12000. */
  maxPromptTokens: number;
  /** USD per run, counting the worst case of the next call before it is made. Default 0.50. */
  maxCostUsd: number;
}

export const DEFAULT_LLM_BUDGET: Readonly<LlmBudgetLimits> = { maxCallsPerRun: 10, maxPromptTokens: 12_000, maxCostUsd: 0.5 };

export type BudgetDecision = { ok: true } | { ok: false; reason: string };

/** Rough token count of a text (about four characters a token), used before a call is made. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Counts calls, tokens and cost of one run against {@link LlmBudgetLimits}. */
export class LlmBudget {
  readonly limits: Readonly<LlmBudgetLimits>;
  private readonly prices: Readonly<PriceTable>;
  private state = { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };

  constructor(limits: Partial<LlmBudgetLimits> = {}, prices: Readonly<PriceTable> = ANTHROPIC_PRICES) {
    this.limits = { ...DEFAULT_LLM_BUDGET, ...limits };
    this.prices = prices;
  }

  /**
   * Asks for one call. On ok the call is counted at once (a failed call may still be billed);
   * then report what it used with {@link record}.
   */
  reserve(req: { provider: ProviderName; model: string; promptTokens: number; maxOutputTokens: number }): BudgetDecision {
    const { maxCallsPerRun, maxPromptTokens, maxCostUsd } = this.limits;
    if (this.state.calls >= maxCallsPerRun) {
      return { ok: false, reason: `LLM call budget spent (${this.state.calls} of maxCallsPerRun ${maxCallsPerRun}); raise maxCallsPerRun for more.` };
    }
    if (req.promptTokens > maxPromptTokens) {
      return { ok: false, reason: `Prompt of about ${req.promptTokens} tokens is over maxPromptTokens ${maxPromptTokens}; shorten the captured context or raise the limit.` };
    }
    const worst = costOf({ inputTokens: req.promptTokens, outputTokens: req.maxOutputTokens }, req.provider, req.model, this.prices);
    if (this.state.costUsd + worst > maxCostUsd) {
      return {
        ok: false,
        reason: `The next ${req.model} call could cost up to $${worst.toFixed(4)}, over what is left of maxCostUsd $${maxCostUsd.toFixed(2)} ($${this.state.costUsd.toFixed(4)} spent).`,
      };
    }
    this.state.calls++;
    return { ok: true };
  }

  /** Cost in USD of some usage at this budget's prices. */
  costOf(usage: CompletionUsage, provider: ProviderName, model: string): number {
    return costOf(usage, provider, model, this.prices);
  }

  /** Adds what a call used; returns its cost in USD. */
  record(usage: CompletionUsage, provider: ProviderName, model: string): number {
    const cost = this.costOf(usage, provider, model);
    this.state.inputTokens += usage.inputTokens;
    this.state.outputTokens += usage.outputTokens;
    this.state.costUsd += cost;
    return cost;
  }

  /** Totals so far, for the run summary. */
  snapshot(): { calls: number; inputTokens: number; outputTokens: number; costUsd: number } {
    return { ...this.state };
  }
}
