import type { AnalysisOutcome } from '../llm/analysis/index.js';
import type { ProviderName } from '../llm/providers/index.js';
import type { ClusterAnalysisRecord, ClusterEntry, LlmUsage } from '../artifacts/summary.js';

export type { ClusterAnalysisRecord };

/** The usage of a run that made no LLM call, with why. */
export function noLlmUsage(note: string): LlmUsage {
  return { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0, note };
}

/** Turns one analyzeCluster outcome into the redacted record of the summary. */
export function toRecord(
  cluster: ClusterEntry,
  outcome: AnalysisOutcome,
  latencyMs: number,
  redact: (text: string) => string,
): ClusterAnalysisRecord {
  const base = {
    fingerprint: cluster.fingerprint,
    count: cluster.count,
    provider: outcome.provider,
    model: outcome.model,
    attempts: outcome.attempts,
    inputTokens: outcome.usage.inputTokens,
    outputTokens: outcome.usage.outputTokens,
    costUsd: outcome.costUsd,
    latencyMs,
  };
  if (!outcome.ok) {
    return { ...base, ok: false, reason: redact(outcome.reason), ruleCategory: cluster.category, finalCategory: cluster.category, investigationSteps: [] };
  }
  const a = outcome.analysis;
  const edit = a.proposedEdit;
  return {
    ...base,
    ok: true,
    rootCause: redact(a.rootCause),
    ruleCategory: outcome.ruleCategory,
    llmCategory: outcome.llmCategory,
    finalCategory: outcome.finalCategory,
    categoryReason: outcome.categoryReason,
    confidence: a.confidence,
    investigationSteps: a.investigationSteps.map(redact),
    ...(edit
      ? { proposedEdit: { file: redact(edit.file), line: edit.line, before: redact(edit.before), after: redact(edit.after), status: 'proposed' as const } }
      : {}),
  };
}

/** A cluster the LLM was not asked about (budget spent, provider gone, run stopped). */
export function notAnalysed(cluster: ClusterEntry, provider: ProviderName | null, model: string | null, reason: string): ClusterAnalysisRecord {
  return {
    fingerprint: cluster.fingerprint,
    count: cluster.count,
    provider,
    model,
    ok: false,
    reason,
    ruleCategory: cluster.category,
    finalCategory: cluster.category,
    investigationSteps: [],
    attempts: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    latencyMs: 0,
  };
}
