// onEnd's Class B stage: propose (healers, then the LLM's edit), verify every patch in an isolated
// copy, and publish the verified ones: one PR (or patch + body files) per fix type.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import type { ClusterAnalysisRecord, FixRecord } from '../artifacts/summary.js';
import { deadlineError, untilAborted } from '../common/deadline.js';
import { loadOpenApi } from '../class-b/openapi-source.js';
import { publishFixes, SELF_HEAL_LABEL, type PublishRecord } from '../class-b/publish.js';
import { renderPullRequest, type VerifiedFix } from '../class-b/pull-request.js';
import type { PublishablePullRequest } from '../artifacts/publish-manifest.js';
import type { ClassBCategory, PatchProposal } from '../class-b/types.js';
import { spotOf, testKey, verifyPatches, type FailureSpot, type TestStatus, type VerifyResult } from '../class-b/verify/index.js';
import { roundHealer } from './round-llm.js';
import type { RoundAnalyst } from './llm.js';
import { classBFailures, proposeForRun } from './class-b-inputs.js';
import { writeDrafts } from '../class-b/drafts.js';
import type { RunContext, Triaged } from './context.js';
import { healsProject, rerunProjectNames } from '../config/projects.js';
import { joinTitle } from '../common/names.js';
import { rerunTestTimeout } from './rerun-timeout.js';
import { checkPatchPaths } from '../class-b/allowed-paths.js';

/** What the Class B stage reads besides the run context. */
export interface ClassBInput {
  triaged: Triaged;
  /** The LLM stage's analyses: its refined categories and proposed edits. */
  analyses: readonly ClusterAnalysisRecord[];
  /** Console progress, one line per verification re-run (a release can break dozens of tests). */
  progress?: (line: string) => void;
  /** The LLM stage's provider for later healing rounds, when it had one (see round-llm.ts). */
  llmRounds?: RoundAnalyst;
}

export type ClassBContext = Pick<
  RunContext,
  'records' | 'config' | 'suite' | 'heal' | 'configDir' | 'runDir' | 'outputRoot' | 'startedAt' | 'dryRun' | 'merging' | 'env' | 'redact' | 'log' | 'openapiPrefetch' | 'deadline' | 'github' | 'repoRoot' | 'lastKnownGood'
>;

const CONFIG_NAMES = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs', 'playwright.config.mts', 'playwright.config.cjs', 'playwright.config.cts'];

/** merge-reports runs under the merge config; the verification re-runs need the test config next to it. */
function testConfigFor(ctx: ClassBContext): string | undefined {
  if (!ctx.merging) return ctx.config.configFile;
  for (const name of CONFIG_NAMES) {
    const p = path.join(ctx.configDir, name);
    if (existsSync(p) && p !== ctx.config.configFile) return p;
  }
  return undefined;
}

/** When the verification re-runs must stop: maxRunDuration, or the onEnd deadline when that comes first. */
function verifyDeadline(ctx: ClassBContext): { deadline: number; deadlineReason?: string } {
  const runDeadline = ctx.startedAt.getTime() + ctx.heal.maxRunDuration;
  if (ctx.deadline.expiresAt >= runDeadline) return { deadline: runDeadline };
  return { deadline: ctx.deadline.expiresAt, deadlineReason: ctx.deadline.reasonBefore('verifying this patch') };
}

export interface ClassBStageResult {
  fixes: FixRecord[];
  pullRequests: PublishRecord[];
  /** The verified PRs as publish.json lists them (`healwright publish` opens them later). */
  publishable: PublishablePullRequest[];
}

function relFile(rootDir: string, file: string): string {
  return path.relative(rootDir, file).split(path.sep).join('/');
}

function realRoot(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** `before` results of every test of the run, keyed like the verifier's re-run results. */
function beforeResults(suite: Suite, rootDir: string): { before: Map<string, TestStatus>; keyOf: Map<string, string> } {
  const before = new Map<string, TestStatus>();
  const keyOf = new Map<string, string>();
  for (const t of suite.allTests()) {
    const project = t.parent.project()?.name ?? '';
    const titles = t.titlePath().slice(3);
    const key = testKey(project, relFile(rootDir, realRoot(t.location.file)), titles);
    keyOf.set(t.id, key);
    const outcome = t.outcome();
    const last = t.results[t.results.length - 1]?.status;
    before.set(key, outcome === 'expected' || outcome === 'flaky' ? 'passed' : outcome === 'skipped' ? 'skipped' : last && last !== 'passed' ? last : 'failed');
  }
  return { before, keyOf };
}

function fixRecord(category: ClassBCategory, testIds: string[], status: FixRecord['status'], detail: string): FixRecord {
  return { category, class: 'B', testIds, status, detail, at: new Date().toISOString() };
}

function statusOf(r: VerifyResult): FixRecord['status'] {
  switch (r.status) {
    case 'verified':
      return 'verified';
    case 'failed':
      return 'failed';
    case 'dry-run':
      return 'dry-run';
    default:
      return 'skipped';
  }
}

function publishableEntry(record: PublishRecord, list: VerifiedFix[], ctx: Parameters<typeof renderPullRequest>[2], heal: ClassBContext['heal']): PublishablePullRequest {
  const pr = renderPullRequest(record.category, list, ctx);
  const rel = (f: string) => `pull-requests/${path.basename(f)}`;
  return {
    category: record.category,
    verified: true,
    patchFile: rel(record.patchFile),
    bodyFile: rel(record.bodyFile),
    title: pr.title,
    commitMessage: pr.commitMessage,
    markers: pr.markers,
    labels: [...new Set([SELF_HEAL_LABEL, record.category, ...heal.github.labels])],
    reviewers: heal.github.reviewers,
    ...(heal.github.baseBranch ? { baseBranch: heal.github.baseBranch } : {}),
    runStatus: record.status,
  };
}

/**
 * The Class B stage of onEnd: proposes fixes for the run's Class B failures, verifies them by re-running
 * the tests in an isolated copy, and publishes the verified ones; returns its part of the summary.
 */
export async function runClassBStage(ctx: ClassBContext, input: ClassBInput): Promise<ClassBStageResult> {
  const { heal, log } = ctx;
  const source = { failures: input.triaged.failures, analyses: input.analyses };
  const candidates = classBFailures(source);
  if (candidates.length === 0) return { fixes: [], pullRequests: [], publishable: [] };
  const repoRoot = ctx.repoRoot();
  const signal = ctx.deadline.signal;

  let openapi: unknown;
  if (candidates.some((c) => c.category === 'fix-api-routes')) {
    const early = ctx.openapiPrefetch ? await untilAborted(ctx.openapiPrefetch, signal).catch((err: Error) => ({ ok: false as const, reason: err.message })) : undefined;
    const src = early?.ok ? early : signal.aborted ? { ok: false as const, reason: deadlineError(signal, 'fetching the OpenAPI document').message } : await loadOpenApi(heal.openapiUrl, ctx.env, ctx.configDir, 10_000, signal);
    if (src.ok) {
      openapi = src.doc;
      log('info', `fix-api-routes: OpenAPI document from ${src.from}`);
    } else {
      log('warn', `fix-api-routes: ${src.reason}`);
    }
  }

  const healedProjects = ctx.config.projects.filter((p) => healsProject(heal, p.name));
  const testScopes = healedProjects.map((p) => ({ name: p.name, testDir: p.testDir, testMatch: p.testMatch, testIgnore: p.testIgnore }));
  // The same change may reach a test's page objects (and a page object's tests) only where a patch may go.
  const mayEdit = (file: string) => checkPatchPaths([file], { repoRoot, configDir: ctx.configDir, testScopes, allowedPaths: heal.allowedPaths }).ok;
  const { proposals, outcomes } = proposeForRun(source, ctx.records, repoRoot, openapi, { mayEdit }, ctx.lastKnownGood?.());
  const fixes: FixRecord[] = [];
  for (const o of outcomes) {
    if (o.refused) {
      fixes.push(fixRecord(o.category, [o.failure.testId], 'skipped', `no ${o.category} fix proposed: ${o.refused}`));
      log('info', `${o.category} ${o.failure.title}: no fix proposed: ${o.refused}`);
    }
  }
  if (proposals.length === 0) return { fixes, pullRequests: [], publishable: [] };
  log('info', `Class B: ${proposals.length} proposal(s) for ${outcomes.length} failure(s); verifying in an isolated copy`);

  // Re-run results are keyed by paths relative to the repository root (the copy's root).
  const { before, keyOf } = beforeResults(ctx.suite, realRoot(repoRoot));
  // Where each failed test stopped in the run: a later round is progress only when it stops further on.
  const origins = new Map<string, FailureSpot>();
  const roots = [...new Set([repoRoot, realRoot(repoRoot)])];
  for (const p of proposals) {
    for (const id of p.testIds) {
      const attempt = ctx.records.get(id)?.failed.at(-1);
      const key = keyOf.get(id);
      if (attempt && key) origins.set(key, spotOf(attempt, roots));
    }
  }
  const configFile = testConfigFor(ctx);
  if (!configFile) {
    for (const p of proposals) fixes.push(fixRecord(p.category, p.testIds, 'skipped', 'no Playwright config file to re-run the tests with (merge-reports: put playwright.config.ts next to the merge config)'));
    return { fixes, pullRequests: [], publishable: [] };
  }
  const verification = await verifyPatches({
    repoRoot,
    configDir: ctx.configDir,
    configFile,
    proposals,
    before,
    affectedKeys: new Map(proposals.map((p) => [p, p.testIds.map((id) => keyOf.get(id)).filter((k): k is string => !!k)])),
    projects: rerunProjectNames(healedProjects.map((p) => p.name), new Set(ctx.suite.suites.flatMap((s) => s.project()?.name ?? []))),
    guardrails: {
      maxFixesPerRun: heal.maxFixesPerRun,
      maxFixAttemptsPerFailure: heal.maxFixAttemptsPerFailure,
      cooldownBetweenFixes: heal.cooldownBetweenFixes,
      ...verifyDeadline(ctx),
    },
    maxPatchLines: heal.maxPatchLines,
    allowedPaths: heal.allowedPaths,
    testDirs: [...new Set(healedProjects.map((p) => p.testDir))],
    testScopes,
    dryRun: ctx.dryRun,
    runStartedAt: ctx.startedAt.getTime(),
    testTimeoutMs: rerunTestTimeout(heal.timeout, healedProjects.map((p) => p.timeout)),
    exclude: [...new Set([ctx.outputRoot, ...ctx.config.projects.map((p) => p.outputDir)].map((d) => path.relative(repoRoot, d)).filter((d) => d && !d.startsWith('..')))],
    outputFile: path.join(ctx.runDir, 'test-rerun-output.json'),
    rounds: { max: heal.maxHealRounds, heal: roundHealer({ openapi, lastKnownGood: ctx.lastKnownGood?.(), ...(input.llmRounds ? { analyst: input.llmRounds } : {}) }), origins },
    log,
    ...(input.progress ? { progress: input.progress } : {}),
    env: ctx.env,
    verifyEnv: heal.verifyEnv,
  });

  const verifiedByType = new Map<ClassBCategory, VerifiedFix[]>();
  const dryRunByType = new Map<ClassBCategory, VerifiedFix[]>();
  // A patch that failed verification is kept as a draft (never published).
  const failed = verification.results.filter((r) => r.status === 'failed');
  const draftPaths = writeDrafts(ctx.runDir, failed, ctx.redact);
  const draftOf = new Map(failed.map((r, i) => [r, draftPaths[i]]));
  for (const r of verification.results) {
    const p: PatchProposal = r.proposal;
    const draft = draftOf.get(r);
    const record = fixRecord(p.category, p.testIds, statusOf(r), `${p.source === 'llm' ? 'LLM' : 'healer'} fix at ${p.edits.map((e) => `${relFile(repoRoot, e.file)}:${e.line}`).join(', ')}: ${r.status === 'refused' ? 'refused by pre-flight: ' : ''}${r.reason}${draft ? `; kept as a draft: ${draft}` : ''}`);
    // Rounds whose patch was re-run (a last round that found no fix is told in the draft, not counted).
    const rounds = r.rounds?.filter((n) => n.edits.length > 0).length;
    fixes.push({ ...record, ...(draft ? { draft } : {}), ...(rounds ? { rounds } : {}) });
    log(r.status === 'verified' ? 'info' : 'warn', `${p.category} ${r.status}: ${r.reason}`);
    const target = r.status === 'verified' ? verifiedByType : r.status === 'dry-run' ? dryRunByType : undefined;
    if (target) target.set(p.category, [...(target.get(p.category) ?? []), { proposal: p, diff: r.diff, before: r.before, after: r.after }]);
  }

  const tests = new Map<string, { key: string; message: string }>();
  for (const f of input.triaged.failures) tests.set(f.testId, { key: keyOf.get(f.testId) ?? joinTitle(f.titlePath), message: f.message });
  const relRun = path.relative(repoRoot, ctx.runDir);
  const actions = ctx.github.actions;
  const prContext = {
    runId: input.triaged.runId,
    startedAt: input.triaged.startedAt,
    repoRoot,
    tests,
    runDir: relRun.startsWith('..') ? ctx.runDir : relRun.split(path.sep).join('/'),
    ...(actions ? { actionsRunUrl: actions.runUrl } : {}),
    ...(actions?.artifactNames[0] ? { artifactName: actions.artifactNames[0] } : {}),
    redact: ctx.redact,
  };
  const pullRequests: PublishRecord[] = [];
  const publishable: PublishablePullRequest[] = [];
  for (const [byType, dry] of [
    [verifiedByType, ctx.dryRun],
    [dryRunByType, true],
  ] as const) {
    for (const [category, list] of byType) {
      const record = await publishFixes({
          category,
          fixes: list,
          ctx: prContext,
          runDir: ctx.runDir,
          github: ctx.github,
          dryRun: dry,
          reviewers: heal.github.reviewers,
          labels: heal.github.labels,
          ...(heal.github.baseBranch ? { baseBranch: heal.github.baseBranch } : {}),
          log,
        });
      pullRequests.push(record);
      // Only verified patches (not the dry run's pre-flight-only ones) are ever publishable.
      if (byType === verifiedByType) publishable.push(publishableEntry(record, list, prContext, heal));
    }
  }
  return { fixes, pullRequests, publishable };
}
