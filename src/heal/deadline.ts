// The onEnd deadline: how long onEnd's network stages may take (onEndTimeout, never past what is left
// of maxRunDuration), a backstop for a stage that ignores it, and the summary's list of what it skipped.
import type { FixRecord, HealingSummary, SkippedStep } from '../artifacts/summary.js';
import type { HealConfig } from '../config/schema.js';
import { createDeadline, untilAborted, type Deadline } from '../common/deadline.js';

/** Least time the stages get, even when maxRunDuration is already spent (they then skip fast). */
const MIN_MS = 1_000;

/** onEndTimeout, cut to what is left of maxRunDuration since the run started. */
export function onEndBudgetMs(heal: Pick<HealConfig, 'onEndTimeout' | 'maxRunDuration'>, startedAt: Date, now = Date.now()): number {
  const left = heal.maxRunDuration - (now - startedAt.getTime());
  return Math.max(MIN_MS, Math.min(heal.onEndTimeout, left));
}

export function startOnEndDeadline(heal: Pick<HealConfig, 'onEndTimeout' | 'maxRunDuration'>, startedAt: Date): Deadline {
  return createDeadline(onEndBudgetMs(heal, startedAt), 'onEnd deadline');
}

/**
 * Runs one onEnd stage, but stops waiting for it a grace period after the deadline (every network
 * call carries the deadline's signal; this only guards against one that does not). A stage cut off
 * this way is added to `cutOff`.
 */
export async function withinDeadline(deadline: Deadline, step: string, fn: () => Promise<void>, cutOff: SkippedStep[]): Promise<void> {
  try {
    await untilAborted(fn(), deadline.hardSignal);
  } catch (err) {
    if (!deadline.hardSignal.aborted) throw err;
    cutOff.push({ step, reason: deadline.reasonBefore(`${step} finished`) });
  }
}

/** The heal stages' records, as the deadline check reads them. */
export type StageRecords = Pick<HealingSummary, 'llm' | 'analyses' | 'pullRequests' | 'issues' | 'alerts'> & { fixes: readonly FixRecord[] };

/** Every record of the heal stages the deadline stopped, as one list (the summary's `skipped`). */
export function collectSkipped(summary: StageRecords, deadline: Deadline, cutOff: readonly SkippedStep[]): SkippedStep[] {
  const hit = (text: string | undefined) => !!text && text.includes(`${deadline.label} reached`);
  const out: SkippedStep[] = [...cutOff];
  if (hit(summary.llm.note) && !summary.analyses.some((a) => hit(a.reason))) out.push({ step: 'LLM analysis', reason: reasonFrom(summary.llm.note, deadline) });
  for (const a of summary.analyses) if (hit(a.reason)) out.push({ step: `LLM analysis of cluster ${a.fingerprint}`, reason: reasonFrom(a.reason as string, deadline) });
  for (const f of summary.fixes) if (hit(f.detail)) out.push({ step: `${f.category} fix verification`, reason: reasonFrom(f.detail, deadline) });
  for (const p of summary.pullRequests) if (hit(p.reason)) out.push({ step: `pull request ${p.category}`, reason: reasonFrom(p.reason as string, deadline) });
  for (const i of summary.issues) if (hit(i.reason)) out.push({ step: `${i.category} issue ${i.fingerprint}`, reason: reasonFrom(i.reason as string, deadline) });
  for (const a of summary.alerts) if (hit(a.reason)) out.push({ step: `security alert ${a.fingerprint}`, reason: reasonFrom(a.reason as string, deadline) });
  return out;
}

/** The deadline sentence inside a longer detail ("... : onEnd deadline (N ms) reached before X"). */
function reasonFrom(text: string, deadline: Deadline): string {
  const at = text.indexOf(`${deadline.label} reached`);
  return text.slice(at);
}
