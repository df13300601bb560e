// onEnd's heal stages, in order, under the run context's one deadline: security alerts (before the LLM,
// so a hung LLM cannot silence them), the LLM, the alerts again (clusters the LLM just called security)
// before any GitHub call, then Class B (verified patches -> PRs) and Class C (issues). Each stage reads
// the run context and what triage produced, and returns its part; the reporter assembles the summary.
// A stage that throws is logged and the next still runs; what the deadline stopped is listed in `skipped`.
import type { AlertRecord, ClusterAnalysisRecord, FixRecord, IssueRecord, LlmUsage, SkippedStep } from '../artifacts/summary.js';
import type { PublishRecord } from '../class-b/publish.js';
import type { PublishablePullRequest } from '../artifacts/publish-manifest.js';
import { toSummaryRecords, type ClassCRecord } from '../class-c/index.js';
import { runAlertStage, runIssueStage } from './class-c.js';
import { runClassBStage } from './class-b.js';
import type { RunContext, Triaged } from './context.js';
import { llmStage, type RoundAnalyst } from './llm.js';
import { noLlmUsage } from './llm-record.js';
import { collectSkipped, withinDeadline } from './deadline.js';

/** The heal stages' parts of healing-summary.json, and what publish.json needs besides. */
export interface HealParts {
  llm: LlmUsage;
  analyses: ClusterAnalysisRecord[];
  /** Class B's fix records (details redacted). */
  fixes: FixRecord[];
  pullRequests: PublishRecord[];
  issues: IssueRecord[];
  alerts: AlertRecord[];
  skipped: SkippedStep[];
  /** The alert passes' records (publish.json lists their payload files). */
  alertRecords: ClassCRecord[];
  /** The verified PRs as publish.json lists them (`healwright publish` opens them later). */
  publishable: PublishablePullRequest[];
}

/** Runs the stages; never throws (each stage is guarded by `ctx.stage`). `llm` is the rules-only usage to report when the LLM stage does not run. */
export async function runHealStages(ctx: RunContext, triaged: Triaged, llm: LlmUsage): Promise<HealParts> {
  const { deadline, redact } = ctx;
  const parts: HealParts = { llm, analyses: [], fixes: [], pullRequests: [], issues: [], alerts: [], skipped: [], alertRecords: [], publishable: [] };
  const cutOff: SkippedStep[] = [];
  const guarded = (name: string, step: string, fn: () => Promise<void>) => ctx.stage(name, () => withinDeadline(deadline, step, fn, cutOff));
  const alertPass = async () => {
    parts.alertRecords.push(...(await runAlertStage(ctx, { triaged, analyses: parts.analyses }, parts.alertRecords)));
  };
  const classC: ClassCRecord[] = [];
  let llmRounds: RoundAnalyst | undefined;

  await guarded('security alerts', 'security alerts', alertPass);
  if (ctx.sideEffectsDisabled) {
    parts.llm = noLlmUsage('LLM skipped: configuration errors (fix them, see above): rules only');
  } else {
    await guarded('LLM analysis', 'LLM analysis', async () => {
      const stage = await llmStage(ctx, triaged);
      parts.llm = stage.usage;
      parts.analyses = stage.analyses;
      llmRounds = stage.rounds;
    });
  }
  await guarded('healing', 'healing (alerts, pull requests, issues)', async () => {
    await ctx.stage('security alerts', alertPass);
    await ctx.stage('Class B fixes', async () => {
      const r = await runClassBStage(ctx, { triaged, analyses: parts.analyses, progress: (line) => void process.stderr.write(`healwright: ${redact(line)}\n`), ...(llmRounds ? { llmRounds } : {}) });
      // Later healing rounds may have asked the LLM: their calls count in the run's usage.
      if (llmRounds) parts.llm = llmRounds.usage();
      parts.fixes = r.fixes.map((f) => ({ ...f, detail: redact(f.detail) }));
      parts.pullRequests = r.pullRequests.map((p) => ({ ...p, ...(p.reason ? { reason: redact(p.reason) } : {}) }));
      parts.publishable = r.publishable;
    });
    await ctx.stage('Class C issues', async () => {
      classC.push(...(await runIssueStage(ctx, { triaged, analyses: parts.analyses })));
    });
  });
  const records = toSummaryRecords([...parts.alertRecords, ...classC], ctx.dryRun);
  parts.issues = records.issues;
  parts.alerts = records.alerts;
  parts.skipped = collectSkipped(parts, deadline, cutOff);
  for (const k of parts.skipped) ctx.log('warn', `skipped: ${k.step}: ${k.reason}`);
  return parts;
}
