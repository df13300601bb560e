// onEnd's Class B stage: propose (healers, then the LLM's edit), verify every patch in an isolated
// copy, and publish the verified ones: one PR (or patch + body files) per fix type.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import type { FixRecord } from '../artifacts/summary.js';
import { deadlineError, untilAborted } from '../common/deadline.js';
import { loadOpenApi } from '../class-b/openapi-source.js';
import { publishFixes, SELF_HEAL_LABEL, type PublishRecord, type PullRequestApi } from '../class-b/publish.js';
import { renderPullRequest, type VerifiedFix } from '../class-b/pull-request.js';
import type { PublishablePullRequest } from '../artifacts/publish-manifest.js';
import type { ClassBCategory, PatchProposal } from '../class-b/types.js';
import { testKey, verifyPatches, type TestStatus, type VerifyResult } from '../class-b/verify/index.js';
import { classBFailures, proposeForRun } from './class-b-inputs.js';
import type { RunContext } from './context.js';
import { healsProject, rerunProjectNames } from '../config/projects.js';
import { joinTitle } from '../common/names.js';

/** What the Class B stage takes from onEnd (see {@link RunContext}), plus its own settings. */
export type ClassBStageInput = Pick<RunContext, 'summary' | 'records' | 'config' | 'suite' | 'heal' | 'configDir' | 'runDir' | 'outputRoot' | 'startedAt' | 'dryRun' | 'env' | 'redact' | 'log' | 'openapiPrefetch'> & {
  /** Epoch ms when the run's healing time is up (maxRunDuration or the onEnd deadline, the earlier). */
  deadline: number;
  /** What a proposal stopped at `deadline` is reported with (default: 'maxRunDuration reached'). */
  deadlineReason?: string;
  /** The onEnd deadline: aborts the OpenAPI fetch (publishing stops through the GitHub client's own signal). */
  signal?: AbortSignal;
  github: { api: PullRequestApi } | { reason: string };
  /** Console progress, one line per verification re-run (a release can break dozens of tests). */
  progress?: (line: string) => void;
  /** Playwright config the verification re-runs use (merge-reports: the test config, not the merge one). */
  testConfigFile?: string;
  actionsRunUrl?: string;
  artifactName?: string;
};

export interface ClassBStageResult {
  fixes: FixRecord[];
  pullRequests: PublishRecord[];
  /** The verified PRs as publish.json lists them (`healwright publish` opens them later). */
  publishable: PublishablePullRequest[];
}

/**
 * The git work tree that holds the config, else the config's folder. A config inside a folder its
 * work tree ignores (a generated suite under a repo's temp dir) is a project of its own.
 */
export function repositoryRoot(configDir: string): string {
  const git = (args: string[]) => execFileSync('git', args, { cwd: configDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']);
  } catch {
    return configDir;
  }
  if (!top) return configDir;
  try {
    git(['check-ignore', '-q', '.']);
    return configDir; // exit 0: ignored
  } catch {
    return top;
  }
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

function publishableEntry(record: PublishRecord, list: VerifiedFix[], ctx: Parameters<typeof renderPullRequest>[2], heal: ClassBStageInput['heal']): PublishablePullRequest {
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

export async function runClassBStage(input: ClassBStageInput): Promise<ClassBStageResult> {
  const { summary, heal, log } = input;
  const candidates = classBFailures(summary);
  if (candidates.length === 0) return { fixes: [], pullRequests: [], publishable: [] };
  const repoRoot = repositoryRoot(input.configDir);

  let openapi: unknown;
  if (candidates.some((c) => c.category === 'fix-api-routes')) {
    const early = input.openapiPrefetch ? await untilAborted(input.openapiPrefetch, input.signal).catch((err: Error) => ({ ok: false as const, reason: err.message })) : undefined;
    const src = early?.ok ? early : input.signal?.aborted ? { ok: false as const, reason: deadlineError(input.signal, 'fetching the OpenAPI document').message } : await loadOpenApi(heal.openapiUrl, input.env, input.configDir, 10_000, input.signal);
    if (src.ok) {
      openapi = src.doc;
      log('info', `fix-api-routes: OpenAPI document from ${src.from}`);
    } else {
      log('warn', `fix-api-routes: ${src.reason}`);
    }
  }

  const { proposals, outcomes } = proposeForRun(summary, input.records, repoRoot, openapi);
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
  const { before, keyOf } = beforeResults(input.suite, realRoot(repoRoot));
  const healedProjects = input.config.projects.filter((p) => healsProject(heal, p.name));
  const configFile = input.testConfigFile ?? input.config.configFile;
  if (!configFile) {
    for (const p of proposals) fixes.push(fixRecord(p.category, p.testIds, 'skipped', 'no Playwright config file to re-run the tests with (merge-reports: put playwright.config.ts next to the merge config)'));
    return { fixes, pullRequests: [], publishable: [] };
  }
  const verification = await verifyPatches({
    repoRoot,
    configDir: input.configDir,
    configFile,
    proposals,
    before,
    affectedKeys: new Map(proposals.map((p) => [p, p.testIds.map((id) => keyOf.get(id)).filter((k): k is string => !!k)])),
    projects: rerunProjectNames(healedProjects.map((p) => p.name), new Set(input.suite.suites.flatMap((s) => s.project()?.name ?? []))),
    guardrails: {
      maxFixesPerRun: heal.maxFixesPerRun,
      maxFixAttemptsPerFailure: heal.maxFixAttemptsPerFailure,
      cooldownBetweenFixes: heal.cooldownBetweenFixes,
      deadline: input.deadline,
      ...(input.deadlineReason ? { deadlineReason: input.deadlineReason } : {}),
    },
    maxPatchLines: heal.maxPatchLines,
    allowedPaths: heal.allowedPaths,
    testDirs: [...new Set(healedProjects.map((p) => p.testDir))],
    testScopes: healedProjects.map((p) => ({ name: p.name, testDir: p.testDir, testMatch: p.testMatch, testIgnore: p.testIgnore })),
    dryRun: input.dryRun,
    runStartedAt: input.startedAt.getTime(),
    testTimeoutMs: heal.timeout,
    exclude: [...new Set([input.outputRoot, ...input.config.projects.map((p) => p.outputDir)].map((d) => path.relative(repoRoot, d)).filter((d) => d && !d.startsWith('..')))],
    outputFile: path.join(input.runDir, 'test-rerun-output.json'),
    log,
    ...(input.progress ? { progress: input.progress } : {}),
    env: input.env,
    verifyEnv: heal.verifyEnv,
  });

  const verifiedByType = new Map<ClassBCategory, VerifiedFix[]>();
  const dryRunByType = new Map<ClassBCategory, VerifiedFix[]>();
  for (const r of verification.results) {
    const p: PatchProposal = r.proposal;
    fixes.push(fixRecord(p.category, p.testIds, statusOf(r), `${p.source === 'llm' ? 'LLM' : 'healer'} fix at ${p.edits.map((e) => `${relFile(repoRoot, e.file)}:${e.line}`).join(', ')}: ${r.status === 'refused' ? 'refused by pre-flight: ' : ''}${r.reason}`));
    log(r.status === 'verified' ? 'info' : 'warn', `${p.category} ${r.status}: ${r.reason}`);
    const target = r.status === 'verified' ? verifiedByType : r.status === 'dry-run' ? dryRunByType : undefined;
    if (target) target.set(p.category, [...(target.get(p.category) ?? []), { proposal: p, diff: r.diff, before: r.before, after: r.after }]);
  }

  const tests = new Map<string, { key: string; message: string }>();
  for (const f of summary.failures) tests.set(f.testId, { key: keyOf.get(f.testId) ?? joinTitle(f.titlePath), message: f.message });
  const relRun = path.relative(repoRoot, input.runDir);
  const ctx = {
    runId: summary.runId,
    startedAt: summary.startedAt,
    repoRoot,
    tests,
    runDir: relRun.startsWith('..') ? input.runDir : relRun.split(path.sep).join('/'),
    ...(input.actionsRunUrl ? { actionsRunUrl: input.actionsRunUrl } : {}),
    ...(input.artifactName ? { artifactName: input.artifactName } : {}),
    redact: input.redact,
  };
  const pullRequests: PublishRecord[] = [];
  const publishable: PublishablePullRequest[] = [];
  for (const [byType, dry] of [
    [verifiedByType, input.dryRun],
    [dryRunByType, true],
  ] as const) {
    for (const [category, list] of byType) {
      const record = await publishFixes({
          category,
          fixes: list,
          ctx,
          runDir: input.runDir,
          github: input.github,
          dryRun: dry,
          reviewers: heal.github.reviewers,
          labels: heal.github.labels,
          ...(heal.github.baseBranch ? { baseBranch: heal.github.baseBranch } : {}),
          log,
        });
      pullRequests.push(record);
      // Only verified patches (not the dry run's pre-flight-only ones) are ever publishable.
      if (byType === verifiedByType) publishable.push(publishableEntry(record, list, ctx, heal));
    }
  }
  return { fixes, pullRequests, publishable };
}
