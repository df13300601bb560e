import type { ClusterEntry, FailureEntry, HealingSummary, LlmUsage } from '../artifacts/summary.js';
import type { HealConfig } from '../config/schema.js';
import { analyzeCluster, LlmBudget, type AnalysisOutcome, type ClusterInput, type LlmBudgetLimits, type PriceTable } from '../llm/analysis/index.js';
import { DEFAULT_OLLAMA_MODEL, detectGpu as realDetectGpu, resolveOllamaModel, type GpuInfo } from '../llm/gpu/index.js';
import {
  createProviderChain,
  providerIsGone,
  selectProvider,
  type AnthropicProviderOptions,
  type LlmProvider,
  type OllamaProviderOptions,
  type ProviderSelection,
} from '../llm/providers/index.js';
import { DeadlineError } from '../common/deadline.js';
import { redactText } from '../redact/index.js';
import { noLlmUsage, notAnalysed, toRecord, type ClusterAnalysisRecord } from './llm-record.js';
import { buildClusterInput, inlineErrorContexts } from './llm-context.js';
import type { Log } from '../common/log.js';
import type { RunContext, Triaged } from './context.js';
import { describeThrown } from '../common/errors.js';

export type { ClusterAnalysisRecord } from './llm-record.js';
export { renderAnalysesMarkdown } from './llm-markdown.js';

/** Input of {@link runLlmStage}. */
export interface LlmStageInput {
  /** The run's summary with `failures` and `clusters` built; only those two are read. */
  summary: Pick<HealingSummary, 'failures' | 'clusters'>;
  /** Resolved healwright config: `skipLlm` and `llm.{preferLocal, ollamaModel, anthropicModel, maxTokens}`. */
  config: HealConfig;
  /**
   * Reads `LLM_FALLBACK_ONLY`, `OLLAMA_HOST`, `OLLAMA_MODEL`, `ANTHROPIC_API_KEY`, `ANTHROPIC_MODEL`,
   * `ANTHROPIC_BASE_URL`. Env beats config.
   */
  env: NodeJS.ProcessEnv;
  /** Playwright's `config.rootDir`: `failure.file` is relative to it. */
  rootDir: string;
  /**
   * Error-context texts Playwright attached inline (1.51's `_prompt-N`), by test id: the summary keeps
   * only files, so these come from the recorder.
   */
  inlineErrorContexts?: ReadonlyMap<string, string>;
  log: Log;
  /** Aborts probes and calls at once (the reporter's onEnd deadline: onEndTimeout, within maxRunDuration). */
  signal?: AbortSignal;
  /** For tests and embedding: a ready chain, or options merged into the default providers'. */
  providers?: { chain?: LlmProvider[]; ollama?: OllamaProviderOptions; anthropic?: AnthropicProviderOptions };
  /** Limits of this run; defaults in DEFAULT_LLM_BUDGET (src/llm/analysis/budget.ts). */
  budget?: Partial<LlmBudgetLimits>;
  /** USD per million tokens per Anthropic model. Default ANTHROPIC_PRICES. */
  prices?: PriceTable;
  /** Sizes the Ollama model when neither OLLAMA_MODEL nor llm.ollamaModel names one. Default: the real detectGpu. */
  detectGpu?: () => Promise<GpuInfo>;
}

/**
 * The LLM for later healing rounds (a verification re-run's new failure that the deterministic healers
 * refuse): the stage's provider, budget and deadline, so those calls count against the same limits.
 */
export interface RoundAnalyst {
  /** One analysis; undefined when the LLM is not asked (run stopped, provider gone). */
  analyze(input: ClusterInput): Promise<AnalysisOutcome | undefined>;
  /** The stage's usage with the rounds' calls counted in. */
  usage(): LlmUsage;
}

export interface LlmStageResult {
  usage: LlmUsage;
  /** Present when a provider answered this run: the LLM for later healing rounds. */
  rounds?: RoundAnalyst;
  /** One record per cluster when a provider was chosen; empty in rules-only mode. */
  analyses: ClusterAnalysisRecord[];
  /** Everything worth a line in the log or the summary, redacted. */
  notes: string[];
}

const TRUE = /^(1|true|yes|on)$/i;

function rulesOnly(note: string, notes: string[]): LlmStageResult {
  return { usage: noLlmUsage(note), analyses: [], notes: [...notes, note] };
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** One sentence per provider that could not be used: what happened and the next step. */
function whyNoProvider(selection: ProviderSelection, extra: string[]): string {
  const parts = selection.skipped.map((s) => sentence(s.status.hint ? `${s.status.detail.replace(/\.$/, '')}: ${s.status.hint}` : s.status.detail));
  return `rules only: ${[...parts, ...extra].join(' ')}`;
}

async function ollamaModel(input: LlmStageInput): Promise<string> {
  // The schema's default ('llama3.2') is also the no-GPU tier, so only another value counts as a choice.
  const configured = input.config.llm.ollamaModel !== DEFAULT_OLLAMA_MODEL ? input.config.llm.ollamaModel : undefined;
  const byName = resolveOllamaModel({ env: input.env, ...(configured ? { optionModel: configured } : {}) });
  if (byName.source !== 'default') return byName.model;
  let gpu: GpuInfo | null = null;
  try {
    gpu = await (input.detectGpu ?? (() => realDetectGpu({ env: input.env })))();
    input.log('info', `llm: ${gpu.reason}`);
  } catch (err) {
    input.log('warn', `llm: GPU detection failed (${describeThrown(err)}); using ${DEFAULT_OLLAMA_MODEL}`);
  }
  return resolveOllamaModel({ env: input.env, gpu }).model;
}

async function buildChain(input: LlmStageInput, notes: string[]): Promise<{ chain: LlmProvider[]; extra: string[] }> {
  if (input.providers?.chain) return { chain: input.providers.chain, extra: [] };
  const { env, config } = input;
  const extra: string[] = [];
  const fallbackOnly = TRUE.test(env['LLM_FALLBACK_ONLY']?.trim() ?? '');
  if (fallbackOnly) {
    extra.push('Ollama skipped (LLM_FALLBACK_ONLY=true).');
    notes.push('llm: LLM_FALLBACK_ONLY=true: Ollama skipped, Anthropic only.');
  }
  const anthropicKey = input.providers?.anthropic?.apiKey ?? env['ANTHROPIC_API_KEY']?.trim();
  if (!anthropicKey) extra.push('ANTHROPIC_API_KEY is not set: set it to an Anthropic API key for the cloud fallback.');
  const chain = createProviderChain({
    preferLocal: config.llm.preferLocal,
    fallbackOnly,
    env,
    ollama: { ...(fallbackOnly ? {} : { model: await ollamaModel(input) }), ...input.providers?.ollama },
    anthropic: {
      model: env['ANTHROPIC_MODEL']?.trim() || config.llm.anthropicModel,
      ...(env['ANTHROPIC_BASE_URL']?.trim() ? { baseURL: env['ANTHROPIC_BASE_URL'].trim() } : {}),
      ...input.providers?.anthropic,
    },
  });
  return { chain, extra };
}

/** The cluster's first real failure (clusters only hold real failures), else any with its fingerprint. */
function firstFailure(cluster: ClusterEntry, failures: readonly FailureEntry[]): FailureEntry | undefined {
  return failures.find((f) => f.fingerprint === cluster.fingerprint && f.outcome === 'unexpected') ?? failures.find((f) => f.fingerprint === cluster.fingerprint);
}

function abortReason(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  if (r instanceof DeadlineError) return r.before('the LLM call');
  return r instanceof Error ? r.message : typeof r === 'string' ? r : 'the run was stopped';
}

/**
 * The LLM stage of onEnd: picks one provider (Ollama first, Anthropic as the fallback, none in
 * rules-only mode) and makes one analysis call per failure cluster, largest first, within an
 * {@link LlmBudget}. Every prompt is built through the redaction choke point; every text in the
 * result is redacted. Never throws: problems end up in `notes` and `usage.note`, and healing goes
 * on with the rules' verdicts.
 *
 * Budget defaults (override with `budget`): maxCallsPerRun 10 (an invalid answer's retry counts),
 * maxPromptTokens 12000 per call (estimated, 4 characters a token), maxCostUsd 0.50 per run,
 * counting the worst case of the next call (prompt + llm.maxTokens) before it is made.
 */
export async function runLlmStage(input: LlmStageInput): Promise<LlmStageResult> {
  const notes: string[] = [];
  try {
    return await stage(input, notes);
  } catch (err) {
    const note = `rules only: the LLM stage failed (${redactText(describeThrown(err))}).`;
    input.log('error', `llm: ${note}`);
    return rulesOnly(note, notes);
  }
}

async function stage(input: LlmStageInput, notes: string[]): Promise<LlmStageResult> {
  const { config, signal, log } = input;
  if (config.skipLlm) return rulesOnly('LLM skipped (skipLlm): rules only', notes);
  const clusters = [...input.summary.clusters].sort((a, b) => b.count - a.count);
  if (clusters.length === 0) return rulesOnly('no failures to analyse: no LLM call needed', notes);
  if (signal?.aborted) return rulesOnly(`rules only: stopped before the LLM stage (${abortReason(signal)}).`, notes);

  const { chain, extra } = await buildChain(input, notes);
  const selection = await selectProvider(chain, signal);
  for (const s of selection.skipped) log('info', `llm: ${s.provider} ${s.model} not used: ${s.status.detail}${s.status.hint ? ` ${s.status.hint}` : ''}`);
  const provider = selection.provider;
  if (!provider && signal?.aborted) return rulesOnly(`rules only: ${abortReason(signal)}`, notes);
  if (!provider) {
    const note = redactText(whyNoProvider(selection, extra));
    log('warn', `llm: ${note}`);
    return rulesOnly(note, notes);
  }
  if (selection.skipped.length > 0) {
    notes.push(redactText(`llm: using ${provider.name} ${provider.model}; ${selection.skipped.map((s) => `${s.provider} not used: ${s.status.detail}`).join(' ')}`));
  }
  log('info', `llm: ${provider.name} ${provider.model} analyses ${clusters.length} cluster(s)`);

  const budget = new LlmBudget(input.budget, input.prices);
  const analyses: ClusterAnalysisRecord[] = [];
  let latencyMs = 0;
  let stopped: string | undefined;
  const budgetSkips: string[] = [];
  /** One analysis on the stage's provider, budget and deadline; its time counts in the latency when it was asked. */
  const ask = async (ci: ClusterInput): Promise<{ outcome: AnalysisOutcome; took: number }> => {
    const started = performance.now();
    const outcome = await analyzeCluster(provider, ci, { redact: redactText, budget, maxTokens: config.llm.maxTokens, ...(signal ? { signal } : {}) });
    const took = outcome.attempts > 0 ? Math.round(performance.now() - started) : 0;
    latencyMs += took;
    return { outcome, took };
  };

  for (const cluster of clusters) {
    if (!stopped && signal?.aborted) stopped = `stopped: ${abortReason(signal)}`;
    const failure = firstFailure(cluster, input.summary.failures);
    if (stopped || !failure) {
      analyses.push(notAnalysed(cluster, provider.name, provider.model, stopped ?? 'no failure record for this cluster'));
      continue;
    }
    const { outcome, took } = await ask(buildClusterInput(cluster, failure, input.rootDir, input.inlineErrorContexts?.get(failure.testId)));
    // A call the deadline cut short says so (not the client's generic "aborted").
    const record = { ...toRecord(cluster, outcome, took, redactText), ...(!outcome.ok && signal?.aborted ? { reason: `stopped: ${abortReason(signal)}` } : {}) };
    analyses.push(record);
    if (outcome.ok) {
      log('info', `llm: ${cluster.fingerprint}: ${outcome.ruleCategory} -> ${outcome.finalCategory} (${Math.round(outcome.analysis.confidence * 100)}%)`);
      continue;
    }
    log('warn', `llm: ${cluster.fingerprint} not analysed: ${record.reason}`);
    if (signal?.aborted) stopped = `stopped: ${abortReason(signal)}`;
    else if (outcome.attempts === 0 && outcome.reason.startsWith('LLM budget')) budgetSkips.push(record.reason ?? '');
    else if (providerIsGone(outcome.error)) {
      stopped = `not asked: ${provider.name} failed on an earlier cluster`;
      notes.push(redactText(`llm: ${provider.name} ${provider.model} stopped after an error, the other clusters keep the rules' verdict: ${outcome.error?.message ?? outcome.reason}`));
    }
  }

  if (budgetSkips.length > 0) {
    notes.push(`llm: budget: ${budgetSkips.length} of ${clusters.length} clusters not analysed (${budgetSkips[0]})`);
  }
  const skippedByStop = analyses.filter((a) => a.reason === stopped).length;
  if (stopped?.startsWith('stopped') && skippedByStop > 0) notes.push(redactText(`llm: ${skippedByStop} cluster(s) not analysed: ${stopped}`));
  const invalid = analyses.filter((a) => !a.ok && a.attempts > 0 && /^Invalid /.test(a.reason ?? '')).length;
  if (invalid > 0) notes.push(`llm: ${invalid} invalid answer(s) rejected; the rules' category stands for those clusters`);

  const analysed = analyses.filter((a) => a.ok).length;
  const summary = `${provider.name} ${provider.model}: ${analysed} of ${clusters.length} clusters analysed`;
  let roundCalls = 0;
  let gone = stopped !== undefined;
  const usage = (): LlmUsage => {
    const spent = budget.snapshot();
    const rounds = roundCalls ? [`${roundCalls} analysis call(s) for later healing rounds`] : [];
    return {
      provider: provider.name,
      model: provider.model,
      calls: spent.calls,
      inputTokens: spent.inputTokens,
      outputTokens: spent.outputTokens,
      costUsd: spent.costUsd,
      latencyMs,
      note: [summary, ...notes.map((n) => n.replace(/^llm: /, '')), ...rounds].join('; '),
    };
  };
  const rounds: RoundAnalyst = {
    analyze: async (ci) => {
      if (gone || signal?.aborted) return undefined;
      const { outcome } = await ask(ci);
      // A call the budget refused was never made.
      if (outcome.attempts > 0) roundCalls++;
      if (!outcome.ok && providerIsGone(outcome.error)) gone = true;
      log(outcome.ok ? 'info' : 'warn', `llm: healing round ${ci.fingerprint}: ${outcome.ok ? `${outcome.ruleCategory} -> ${outcome.finalCategory}` : `not analysed: ${redactText(outcome.reason)}`}`);
      return outcome;
    },
    usage,
  };
  return { usage: usage(), rounds, analyses, notes: [`llm: ${summary}`, ...notes] };
}

/** The LLM stage as onEnd runs it: the run's settings, environment and deadline; returns its part of the summary. */
export function llmStage(ctx: Pick<RunContext, 'heal' | 'env' | 'config' | 'records' | 'log' | 'deadline'>, triaged: Triaged): Promise<LlmStageResult> {
  return runLlmStage({ summary: triaged, config: ctx.heal, env: ctx.env, rootDir: ctx.config.rootDir, inlineErrorContexts: inlineErrorContexts(ctx.records), log: ctx.log, signal: ctx.deadline.signal });
}
