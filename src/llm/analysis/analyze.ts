import { z } from 'zod';
import type { Category } from '../../triage/types.js';
import { LlmBadOutputError, LlmError, type CompletionUsage, type LlmProvider, type ProviderName } from '../providers/index.js';
import { estimateTokens, type LlmBudget } from './budget.js';
import type { ClusterInput, PromptLimits } from './cluster-input.js';
import { costOf } from './pricing.js';
import { buildAnalysisPrompt } from './prompt.js';
import { refineCategory } from './refine.js';
import { clip } from '../../common/markdown.js';
import { ANALYSIS_JSON_SCHEMA, AnalysisSchema, type Analysis } from './schema.js';
import { describeThrown } from '../../common/errors.js';

/** Options of {@link analyzeCluster}. */
export interface AnalyzeOptions {
  /** The redaction choke point; every captured text passes it before it reaches a prompt. Required. */
  redact: (text: string) => string;
  /** Shared run budget; without one the call is not limited. */
  budget?: LlmBudget;
  /** Answer token limit. Default 1024. */
  maxTokens?: number;
  /** Default 0.1 (Ollama only; see AnthropicProviderOptions.sendTemperature). */
  temperature?: number;
  /** Confidence the LLM needs to move a failure to another class. Default 0.85. */
  crossClassConfidence?: number;
  limits?: Partial<PromptLimits>;
  signal?: AbortSignal;
}

interface Common {
  provider: ProviderName;
  model: string;
  /** Calls made (1, or 2 when the first answer was invalid). */
  attempts: number;
  usage: CompletionUsage;
  costUsd: number;
}

export type AnalysisOutcome =
  | (Common & {
      ok: true;
      analysis: Analysis;
      ruleCategory: Category;
      llmCategory: Category;
      finalCategory: Category;
      /** Why finalCategory is what it is. */
      categoryReason: string;
      /** The LLM's quote from the failure when it disagreed with the rules, and whether it was found there. */
      evidenceQuote?: { text: string; found: boolean };
      latencyMs: number;
    })
  | (Common & { ok: false; reason: string; error?: LlmError });

const MAX_ATTEMPTS = 2;

/**
 * Asks `provider` about one failure cluster and validates the answer. An answer that is not
 * JSON or does not match {@link AnalysisSchema} is asked for once more, then given up on: an
 * invalid answer is never used. Provider errors (model missing, auth, timeout) end the analysis
 * at once with `ok: false`; healing goes on with the rules' verdict.
 */
export async function analyzeCluster(provider: LlmProvider, input: ClusterInput, options: AnalyzeOptions): Promise<AnalysisOutcome> {
  const { redact, budget } = options;
  const maxTokens = options.maxTokens ?? 1024;
  const { system, prompt, evidence } = buildAnalysisPrompt(input, redact, options.limits);
  const usage: CompletionUsage = { inputTokens: 0, outputTokens: 0 };
  const common = (attempts: number): Common => ({
    provider: provider.name,
    model: provider.model,
    attempts,
    usage: { ...usage },
    costUsd: budget ? budget.costOf(usage, provider.name, provider.model) : costOf(usage, provider.name, provider.model),
  });

  let problem = '';
  let attempts = 0;
  while (attempts < MAX_ATTEMPTS) {
    const userPrompt =
      attempts === 0
        ? prompt
        : `${prompt}\n\nYour previous answer was rejected: ${redact(problem)}\nAnswer again with exactly the fields of the schema.`;
    const promptTokens = estimateTokens(system + userPrompt + JSON.stringify(ANALYSIS_JSON_SCHEMA));
    const decision = budget?.reserve({ provider: provider.name, model: provider.model, promptTokens, maxOutputTokens: maxTokens });
    if (decision && !decision.ok) return { ...common(attempts), ok: false, reason: `LLM budget: ${decision.reason}` };
    attempts++;

    let result;
    try {
      result = await provider.complete({
        system,
        prompt: userPrompt,
        jsonSchema: ANALYSIS_JSON_SCHEMA as Record<string, unknown>,
        maxTokens,
        temperature: options.temperature ?? 0.1,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (err) {
      if (err instanceof LlmBadOutputError) {
        problem = `${err.detail} It began: ${clip(err.excerpt, 120)}`;
        continue;
      }
      const e = err instanceof LlmError ? err : undefined;
      return { ...common(attempts), ok: false, reason: `${provider.name} call failed: ${describeThrown(err)}`, ...(e ? { error: e } : {}) };
    }
    usage.inputTokens += result.usage.inputTokens;
    usage.outputTokens += result.usage.outputTokens;
    budget?.record(result.usage, provider.name, provider.model);

    const parsed = AnalysisSchema.safeParse(result.json);
    if (!parsed.success) {
      problem = `it does not match the schema:\n${clip(z.prettifyError(parsed.error), 600)}`;
      continue;
    }
    const decided = refineCategory(input.category, parsed.data, options.crossClassConfidence, { ruleConfidence: input.confidence, evidence });
    return {
      ...common(attempts),
      ok: true,
      analysis: { ...parsed.data, category: decided.finalCategory },
      ruleCategory: decided.ruleCategory,
      llmCategory: decided.llmCategory,
      finalCategory: decided.finalCategory,
      categoryReason: decided.reason,
      ...(decided.evidenceQuote ? { evidenceQuote: decided.evidenceQuote } : {}),
      latencyMs: result.latencyMs,
    };
  }
  return { ...common(attempts), ok: false, reason: `Invalid ${provider.name} answer ${attempts} times; last problem: ${problem}` };
}
