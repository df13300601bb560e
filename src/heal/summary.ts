import path from 'node:path';
import type { FullConfig, FullResult, Suite } from '@playwright/test/reporter';
import { clusterFailures } from '../triage/cluster.js';
import type { Category, FailureClass } from '../triage/types.js';
import { healthScore, type Totals } from '../artifacts/health.js';
import { SUMMARY_SCHEMA_VERSION, type FailureEntry, type HealingSummary, type LlmUsage } from '../artifacts/summary.js';
import type { HealConfig } from '../config/schema.js';
import type { TestRecord } from './types.js';
import { healedProjectNames, healsProject } from '../config/projects.js';
import { joinTitle } from '../common/names.js';
import { REDACT_MARGIN } from '../redact/index.js';

export interface BuildSummaryInput {
  runId: string;
  runDir: string;
  version: string;
  startedAt: Date;
  finishedAt: Date;
  config: FullConfig;
  suite: Suite;
  result: FullResult;
  heal: HealConfig;
  configIssues: string[];
  sideEffectsDisabled: boolean;
  records: Map<string, TestRecord>;
  warnings: string[];
  errors: string[];
  llm: LlmUsage;
  redact: (s: string) => string;
}

const MAX_MESSAGE = 4000;

/** Cut after redaction: a secret across the cut would otherwise keep its head (see redact/clip.ts). */
function cutMessage(message: string): string {
  return message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) + '\n…' : message;
}

/** Decides final outcomes (only possible in onEnd), clusters real failures, and assembles healing-summary.json. */
export function buildSummary(i: BuildSummaryInput): HealingSummary {
  const totals: Totals = { total: 0, passed: 0, failed: 0, flaky: 0, skipped: 0 };
  const failures: FailureEntry[] = [];

  for (const test of i.suite.allTests()) {
    totals.total++;
    const outcome = test.outcome();
    if (outcome === 'expected') totals.passed++;
    else if (outcome === 'unexpected') totals.failed++;
    else if (outcome === 'flaky') totals.flaky++;
    else totals.skipped++;
    if (outcome !== 'unexpected' && outcome !== 'flaky') continue;
    const rec = i.records.get(test.id);
    const last = rec?.failed[rec.failed.length - 1];
    if (!rec || !last) continue;
    failures.push({
      testId: rec.testId,
      title: rec.title,
      titlePath: rec.titlePath.slice(1),
      project: rec.project,
      file: path.relative(i.config.rootDir, rec.file) || rec.file,
      line: rec.line,
      outcome,
      attempts: rec.attempts,
      status: last.status,
      durationMs: last.durationMs,
      message: cutMessage(i.redact(last.message.slice(0, MAX_MESSAGE + REDACT_MARGIN))),
      triage: { ...last.triage, reasons: last.triage.reasons.map(i.redact) },
      fingerprint: last.fingerprint,
      healable: healsProject(i.heal, rec.project),
      artifacts: last.attachments,
    });
  }

  const real = failures.filter((f) => f.outcome === 'unexpected');
  const clusters = clusterFailures(
    real.map((f) => ({ testId: f.testId, title: joinTitle(f.titlePath), fingerprint: f.fingerprint, category: f.triage.category, class: f.triage.class, message: f.message })),
  ).map((c) => ({ fingerprint: c.fingerprint, category: c.category, class: c.class, count: c.count, tests: c.titles, example: c.example.slice(0, 500) }));

  const byClass: Record<FailureClass, number> = { A: 0, B: 0, C: 0 };
  const byCategory: Partial<Record<Category, number>> = {};
  for (const f of real) {
    byClass[f.triage.class]++;
    byCategory[f.triage.category] = (byCategory[f.triage.category] ?? 0) + 1;
  }

  const shard = i.config.shard;
  const rel = (f: string) => path.join(i.runDir, f);
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    tool: { name: 'healwright', version: i.version },
    runId: i.runId,
    startedAt: i.startedAt.toISOString(),
    finishedAt: i.finishedAt.toISOString(),
    durationMs: i.finishedAt.getTime() - i.startedAt.getTime(),
    playwright: {
      version: i.config.version,
      status: i.result.status,
      workers: i.config.workers,
      retries: Math.max(0, ...i.config.projects.map((p) => p.retries)),
      shard: shard ? { current: shard.current, total: shard.total } : null,
    },
    config: {
      dryRun: i.heal.dryRun,
      skipLlm: i.heal.skipLlm,
      projects: i.heal.projects ?? healedProjectNames(i.heal, i.config.projects),
      maxFixesPerRun: i.heal.maxFixesPerRun,
      sideEffectsDisabled: i.sideEffectsDisabled,
      issues: i.configIssues,
    },
    totals,
    health: healthScore(totals),
    byClass,
    byCategory,
    failures,
    clusters,
    fixes: { attempted: [], applied: [], verified: [] },
    llm: i.llm,
    analyses: [],
    pullRequests: [],
    issues: [],
    alerts: [],
    warnings: i.warnings.map(i.redact),
    errors: i.errors.map(i.redact),
    artifacts: { runDir: i.runDir, testOutput: rel('test-output.json'), log: rel('healing-output.log'), summaryMarkdown: rel('summary.md') },
  };
}
