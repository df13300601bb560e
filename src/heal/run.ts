// onEnd's network stages under one deadline: security alerts, the LLM, then Class B and Class C (with
// the alerts once more before any GitHub call). What the deadline stopped lands in summary.skipped.
import type { LlmUsage, SkippedStep } from '../artifacts/summary.js';
import type { PublishablePullRequest } from '../artifacts/publish-manifest.js';
import type { ClassCRecord } from '../class-c/index.js';
import { runAlertStage } from './class-c.js';
import { runHealStages } from './stages.js';
import type { RunContext } from './context.js';
import { runLlmStage } from './llm.js';
import { inlineErrorContexts } from './llm-context.js';
import { collectSkipped, startOnEndDeadline, withinDeadline } from './deadline.js';

export type NetworkStagesInput = Omit<RunContext, 'deadline' | 'alerts' | 'publishable'> & {
  /** Configuration errors switched side effects off: no LLM call. */
  sideEffectsDisabled: boolean;
};

/** What publish.json needs besides the summary. */
export interface NetworkStagesResult {
  alerts: ClassCRecord[];
  publishable: PublishablePullRequest[];
}

function noLlm(note: string): LlmUsage {
  return { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0, note };
}

export async function runNetworkStages(input: NetworkStagesInput): Promise<NetworkStagesResult> {
  const { summary, heal, log } = input;
  const deadline = startOnEndDeadline(heal, input.startedAt);
  log('info', `onEnd deadline: ${deadline.ms} ms (onEndTimeout ${heal.onEndTimeout} ms, within maxRunDuration ${heal.maxRunDuration} ms)`);
  const cutOff: SkippedStep[] = [];
  const result: NetworkStagesResult = { alerts: [], publishable: [] };
  try {
    // Before the LLM too: a hung LLM must not eat the time a security alert needs.
    await input.stage('security alerts', () => withinDeadline(deadline, 'security alerts', () => runAlertStage({ ...input, deadline }, result.alerts), cutOff));
    if (input.sideEffectsDisabled) {
      summary.llm = noLlm('LLM skipped: configuration errors (fix them, see above): rules only');
    } else {
      await input.stage('LLM analysis', () =>
        withinDeadline(deadline, 'LLM analysis', async () => {
          const stage = await runLlmStage({ summary, config: heal, env: input.env, rootDir: input.config.rootDir, inlineErrorContexts: inlineErrorContexts(input.records), log, signal: deadline.signal });
          summary.llm = stage.usage;
          summary.analyses = stage.analyses;
        }, cutOff),
      );
    }
    await input.stage('healing', () =>
      withinDeadline(deadline, 'healing (alerts, pull requests, issues)', () => runHealStages({ ...input, deadline, alerts: result.alerts, publishable: result.publishable }), cutOff),
    );
  } finally {
    deadline.dispose();
  }
  summary.skipped = collectSkipped(summary, deadline, cutOff);
  for (const k of summary.skipped) log('warn', `skipped: ${k.step}: ${k.reason}`);
  return result;
}
