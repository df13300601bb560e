import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { resolveConfig, formatConfigIssue, type ResolvedConfig } from '../config/resolve.js';
import { loadHealConfigSync } from '../config/load.js';
import { RunLog } from '../artifacts/run-log.js';
import { createRunDir, newRunId, pruneRunDirs } from '../artifacts/run-dir.js';
import { writeFileAtomic, writeJson } from '../artifacts/fs.js';
import { appendHistory, buildHistoryRecord, ranTestKeys } from '../artifacts/history.js';
import { buildJsonReport } from '../artifacts/json-report.js';
import { renderSummaryMarkdown } from '../artifacts/markdown.js';
import { renderConsoleSummary } from '../artifacts/console.js';
import type { FixRecord, HealingSummary } from '../artifacts/summary.js';
import { redactText } from '../redact/index.js';
import { stripAnsi } from '../triage/text.js';
import { writeRunSettings, writeTriageHandover } from '../triage/handover.js';
import { browserLaunchWarning } from '../triage/browser-launch.js';
import { healwrightVersion } from '../common/version.js';
import { describeThrown } from '../common/errors.js';
import { AttemptRecorder } from './recorder.js';
import { buildSummary } from '../heal/summary.js';
import { noLlmUsage } from '../heal/llm-record.js';
import { renderAnalysesMarkdown } from '../heal/llm-markdown.js';
import { adoptPendingSetupRecords } from '../heal/setup-records.js';
import { repositoryRoot } from '../heal/repo-root.js';
import { isMergeReports, SHARD_DIR, shouldDefer } from './shard.js';
import type { HealParts } from '../heal/run.js';
import { PUBLISH_MANIFEST, writePublishManifest } from '../artifacts/publish-manifest.js';
import { loadOpenApi, type OpenApiSource } from '../class-b/openapi-source.js';
import type { HealReporterOptions } from './options.js';
import { healedProjectNames, healsProject, projectOptionWarnings, unhealedFailureWarning } from '../config/projects.js';
import { joinTitle } from '../common/names.js';
import { RUN_DIR_ENV, isNestedRun, processEnv } from '../config/process-env.js';
import { DEFAULT_LKG_LIMITS, freshKeys, LKG_FRESH_FILE, loadStore, recordsOfAttachments, saveRecords } from '../last-known-good/store.js';
import type { LkgEntry, LkgRecord } from '../last-known-good/types.js';

let pipelineLoad: Promise<typeof import('../heal/pipeline.js')> | undefined;

/**
 * The heal pipeline's modules (heal/pipeline.ts), loaded once per process: started from onBegin in the
 * background, awaited by onEnd. Exported so that a test harness can load it before it stubs stdout.
 */
export function loadHealPipeline(): Promise<typeof import('../heal/pipeline.js')> {
  return (pipelineLoad ??= import('../heal/pipeline.js'));
}

/** Last-known-good records kept from one run's passing tests (a bound, not a target). */
const MAX_LKG_RECORDS = 50_000;

/**
 * healwright's Playwright reporter. onTestEnd records and triages each attempt (sync, cheap); onEnd
 * decides final outcomes, clusters, and writes the run's artifacts. Every hook is guarded: a bug in
 * healwright is logged and never fails, hangs or changes the exit code of the user's run.
 */
export class HealReporter implements Reporter {
  private resolved: ResolvedConfig;
  private readonly log = new RunLog(redactText);
  private readonly recorder = new AttemptRecorder();
  private readonly warnings: string[] = [];
  private readonly errors: string[] = [];
  private readonly lkgRecords: LkgRecord[] = [];
  private readonly configDir: string;
  private readonly inert: boolean;
  /** `merge-reports` replaying sharded runs: the one place a sharded suite heals. */
  private readonly merging: boolean;
  /** A shard whose healing `merge-reports` does: only Class A coordination happens here. */
  private deferred = false;
  private openapiPrefetch?: Promise<OpenApiSource>;
  private config?: FullConfig;
  private suite?: Suite;
  private runId = '';
  private runDir = '';
  private outputRoot = '';
  private startedAt = new Date();

  constructor(options: HealReporterOptions = {}) {
    this.configDir = options.configDir ?? process.cwd();
    this.inert = isNestedRun();
    this.merging = isMergeReports();
    this.resolved = this.resolveOptions(options);
  }

  private resolveOptions(options: HealReporterOptions): ResolvedConfig {
    try {
      const { resolved } = loadHealConfigSync({ configDir: this.configDir, options, env: processEnv() });
      return resolved;
    } catch (err) {
      // Never reached with valid code; keep the run alive with defaults and no side effects.
      const fallback = resolveConfig({ env: {} });
      fallback.sideEffectsDisabled = true;
      fallback.config.dryRun = true;
      this.errors.push(`healwright could not read its configuration: ${describeThrown(err)}`);
      return fallback;
    }
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.guard('onBegin', () => {
      this.config = config;
      this.suite = suite;
      this.startedAt = new Date();
      if (this.inert) return;
      const c = this.resolved.config;
      this.outputRoot = path.resolve(this.configDir, c.outputDir);
      this.runId = newRunId(this.startedAt);
      this.deferred = !this.merging && shouldDefer(c.shardMode, config);
      // A deferred shard keeps its folder out of `run-*`: merge-reports writes the run's one run folder.
      this.runDir = createRunDir(this.deferred ? path.join(this.outputRoot, SHARD_DIR) : this.outputRoot, this.runId);
      // globalSetup ran before onBegin and left its records (redeploy, GPU) in a pending folder.
      adoptPendingSetupRecords(this.runDir);
      processEnv()[RUN_DIR_ENV] = this.runDir;
      this.log.open(path.join(this.runDir, 'healing-output.log'));
      writeRunSettings(this.runDir, {
        runId: this.runId,
        startedAt: this.startedAt.toISOString(),
        dryRun: c.dryRun,
        projects: healedProjectNames(c, config.projects),
        maxFixAttemptsPerFailure: c.maxFixAttemptsPerFailure,
        maxFixesPerRun: c.maxFixesPerRun,
        cooldownBetweenFixes: c.cooldownBetweenFixes,
        maxRunDuration: c.maxRunDuration,
      });
      // The workers skip reading what a passing run recorded in the last day (last-known-good.json).
      this.step(LKG_FRESH_FILE, () => {
        const store = loadStore(this.outputRoot);
        // An unreadable store is set aside here, the first time it is read: say so now, onEnd finds none.
        if (store.warning) this.warn(store.warning);
        if (store.entries.length) writeJson(path.join(this.runDir, LKG_FRESH_FILE), freshKeys(store.entries, repositoryRoot(this.configDir), this.startedAt));
      });
      this.log.info(`healwright ${healwrightVersion()} run ${this.runId}: ${suite.allTests().length} tests, Playwright ${config.version}, workers ${config.workers}`);
      this.log.info(`config: dryRun=${c.dryRun} skipLlm=${c.skipLlm} projects=${c.projects?.join(',') ?? '(all)'} maxFixesPerRun=${c.maxFixesPerRun}`);
      // The heal pipeline loads while the workers start (a deferred shard does not heal here).
      if (!this.deferred) void loadHealPipeline().catch(() => undefined);
      if (!this.deferred && (c.openapiUrl || processEnv().API_URL)) {
        // Fetched now: a webServer the config starts is stopped by the time onEnd runs.
        this.openapiPrefetch = loadOpenApi(c.openapiUrl, processEnv(), this.configDir);
      }
      if (this.deferred) {
        this.log.info(`shard ${config.shard ? `${config.shard.current}/${config.shard.total}` : '(blob report)'}: Class A fixes run here; triage, LLM, pull requests and issues run once in merge-reports (shardMode=${c.shardMode})`);
      }
      if (this.merging) this.log.info('merge-reports: healing the merged results of the shards');
      if (this.resolved.issues.length) {
        const lines = this.resolved.issues.map(formatConfigIssue);
        for (const l of lines) this.log.error(`config: ${l}`);
        process.stderr.write(`healwright: configuration error${lines.length > 1 ? 's' : ''}; healwright's side effects are off for this run, tests still run:\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
      }
      for (const w of projectOptionWarnings(c, config.projects)) this.warn(w);
      const healed = config.projects.filter((p) => healsProject(c, p.name));
      if (healed.length > 0 && healed.every((p) => p.retries === 0)) {
        this.warn('retries are 0: Class A fixes (restart-backend, clear-session, refresh-tokens) are applied before a retry, so they need retries >= 1');
      }
    });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.guard('onTestEnd', () => {
      if (this.inert) return;
      if (result.status === 'passed' && test.expectedStatus === 'passed' && this.lkgRecords.length < MAX_LKG_RECORDS) {
        for (const r of recordsOfAttachments(result.attachments)) this.lkgRecords.push(r);
      }
      const failed = this.recorder.record(test, result);
      if (failed) {
        this.log.info(`${failed.status} ${joinTitle(test.titlePath())} (retry ${failed.retry}): ${failed.triage.class}/${failed.triage.category} ${Math.round(failed.triage.confidence * 100)}% [${failed.triage.rule}] ${failed.fingerprint}`);
        if (failed.evidenceProblem) this.log.warn(`evidence ignored for ${test.title}: ${failed.evidenceProblem}`);
        const project = test.parent.project()?.name ?? '';
        // No run folder (onBegin failed): the handover has nowhere to go, and never goes to the working directory.
        if (!this.runDir) return;
        writeTriageHandover(this.runDir, {
          testId: test.id,
          retry: failed.retry,
          category: failed.triage.category,
          class: failed.triage.class,
          confidence: failed.triage.confidence,
          rule: failed.triage.rule,
          fingerprint: failed.fingerprint,
          project,
          healable: healsProject(this.resolved.config, project),
          at: new Date().toISOString(),
        });
      }
    });
  }

  onError(error: TestError): void {
    this.guard('onError', () => {
      if (this.inert) return;
      const text = stripAnsi(error.message ?? error.value ?? String(error));
      this.errors.push(redactText(text));
      this.log.error(`error outside tests: ${text}`);
    });
  }

  async onEnd(result: FullResult): Promise<void> {
    // Returns nothing, whatever happens: Playwright's own status stands.
    await this.guardAsync('onEnd', async () => {
      // No run folder: inert, or onBegin did not get that far (config and suite are set before it).
      if (!this.runDir) return;
      if (this.deferred) {
        this.log.info(`shard finished (${result.status}); healing deferred to merge-reports`);
        if (this.resolved.config.printSummary) process.stdout.write(`healwright: shard run; triage, pull requests and issues happen once in \`playwright merge-reports\` (shardMode=${this.resolved.config.shardMode})\n`);
        return;
      }
      const t0 = performance.now();
      const summary = await this.writeArtifacts(result);
      this.log.info(`onEnd finished in ${(performance.now() - t0).toFixed(1)} ms`);
      if (this.resolved.config.printSummary) {
        const colors = !!process.stdout.isTTY && !processEnv().NO_COLOR && processEnv().FORCE_COLOR !== '0';
        process.stdout.write(renderConsoleSummary(summary, { colors, healingMs: performance.now() - t0 }, path.relative(process.cwd(), this.runDir) || this.runDir));
      }
    });
    this.log.flush();
  }

  private async writeArtifacts(result: FullResult): Promise<HealingSummary> {
    const { createRunContext, classAStage, runHealStages, normalizeLocatorText, baseCommit, buildPublishManifest } = await loadHealPipeline();
    const config = this.config as FullConfig;
    const suite = this.suite as Suite;
    const c = this.resolved.config;
    const file = (name: string) => path.join(this.runDir, name);

    this.step('test-output.json', () => writeJson(file('test-output.json'), buildJsonReport(config, suite, result, redactText)));
    const summary = buildSummary({
      runId: this.runId,
      runDir: this.runDir,
      version: healwrightVersion(),
      startedAt: this.startedAt,
      finishedAt: new Date(),
      config,
      suite,
      result,
      heal: c,
      configIssues: this.resolved.issues.map(formatConfigIssue),
      sideEffectsDisabled: this.resolved.sideEffectsDisabled,
      records: this.recorder.tests,
      warnings: this.warnings,
      errors: this.errors,
      llm: noLlmUsage(c.skipLlm ? 'LLM skipped (skipLlm): rules only' : 'rules only'),
      redact: redactText,
    });
    for (const warning of [unhealedFailureWarning(summary.failures), browserLaunchWarning(summary.failures)]) {
      if (!warning) continue;
      this.log.warn(warning);
      summary.warnings.push(warning);
    }
    // One run context for every heal stage (its deadline starts here); each stage returns its part.
    let lastKnownGood: readonly LkgEntry[] = [];
    const ctx = createRunContext({
      heal: c,
      dryRun: c.dryRun, // resolveConfig already turned it on for configuration errors
      sideEffectsDisabled: this.resolved.sideEffectsDisabled,
      merging: this.merging,
      config,
      suite,
      records: this.recorder.tests,
      configDir: this.configDir,
      runDir: this.runDir,
      outputRoot: this.outputRoot,
      startedAt: this.startedAt,
      ...(this.openapiPrefetch ? { openapiPrefetch: this.openapiPrefetch } : {}),
      lastKnownGood: () => lastKnownGood,
      env: processEnv(),
      redact: redactText,
      log: (level, msg) => this.log[level](msg),
      stage: (name, fn) => this.stepAsync(name, fn),
    });
    // What this run's passing tests found, merged into the store before the selector healer reads it.
    this.step('last-known-good.json', () => {
      const records = this.lkgRecords.map((r) => ({ ...r, locator: normalizeLocatorText(r.locator) }));
      const store = records.length ? saveRecords(this.outputRoot, ctx.repoRoot(), records, { limits: { ...DEFAULT_LKG_LIMITS, retentionDays: c.artifacts.retentionDays } }) : loadStore(this.outputRoot);
      if (store.warning) this.warn(store.warning);
      lastKnownGood = store.entries;
      this.log.info(`last-known-good: ${records.length} record(s) from passing tests; ${lastKnownGood.length} entries in the store`);
    });
    let classA: FixRecord[] = [];
    let parts: HealParts;
    try {
      this.step('Class A fixes', () => {
        classA = classAStage(ctx);
      });
      parts = await runHealStages(ctx, summary, summary.llm);
    } finally {
      ctx.deadline.dispose();
    }
    const fixes = [...classA, ...parts.fixes];
    summary.fixes = { attempted: fixes, applied: fixes.filter((f) => f.status === 'applied' || f.status === 'verified'), verified: fixes.filter((f) => f.status === 'verified') };
    summary.llm = parts.llm;
    summary.analyses = parts.analyses;
    summary.pullRequests = parts.pullRequests;
    summary.issues = parts.issues;
    summary.alerts = parts.alerts;
    summary.skipped = parts.skipped;
    this.log.info(`health ${summary.health.score ?? '-'} ${summary.health.status}: ${summary.totals.passed} passed, ${summary.totals.failed} failed, ${summary.totals.flaky} flaky, ${summary.totals.skipped} skipped; ${summary.clusters.length} clusters`);
    this.step('healing-summary.json', () => writeJson(file('healing-summary.json'), summary));
    this.step(PUBLISH_MANIFEST, () => writePublishManifest(this.runDir, buildPublishManifest({ summary, publishable: parts.publishable, alerts: parts.alertRecords, dryRun: c.dryRun, baseCommit: baseCommit(ctx.repoRoot()), issueLabels: c.github.labels })));
    const markdown = renderSummaryMarkdown(summary) + renderAnalysesMarkdown(summary.analyses);
    this.step('summary.md', () => writeFileSync(file('summary.md'), markdown));
    this.step('latest.json', () => writeFileAtomic(path.join(this.outputRoot, 'latest.json'), JSON.stringify(summary, null, 2) + '\n'));
    this.step('history.jsonl', () => appendHistory(this.outputRoot, buildHistoryRecord(summary, ranTestKeys(config, suite))));
    const stepSummary = processEnv().GITHUB_STEP_SUMMARY;
    if (stepSummary) this.step('GITHUB_STEP_SUMMARY', () => appendFileSync(stepSummary, markdown + '\n'));
    this.step('prune', () => {
      const removed = pruneRunDirs(this.outputRoot, c.artifacts.retentionDays, new Date(), this.runId);
      pruneRunDirs(path.join(this.outputRoot, SHARD_DIR), c.artifacts.retentionDays, new Date(), this.runId);
      if (removed.length) this.log.info(`pruned ${removed.length} run folder(s) older than ${c.artifacts.retentionDays} days`);
    });
    return summary;
  }

  private warn(message: string): void {
    this.warnings.push(message);
    this.log.warn(message);
  }

  /** One artifact step: a failure is logged and the others still run. */
  private step(name: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.errors.push(`healwright could not write ${name}: ${describeThrown(err)}`);
      this.log.error(`could not write ${name}: ${describeThrown(err, true)}`);
    }
  }

  private async stepAsync(name: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.errors.push(`healwright ${name} failed: ${describeThrown(err)}`);
      this.log.error(`${name} failed: ${describeThrown(err, true)}`);
    }
  }

  private guard(hook: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.internalError(hook, err);
    }
  }

  private async guardAsync(hook: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.internalError(hook, err);
    }
  }

  private internalError(hook: string, err: unknown): void {
    try {
      const text = `healwright internal error in ${hook}: ${describeThrown(err, true)}`;
      this.errors.push(redactText(text));
      this.log.error(text);
      process.stderr.write(`${redactText(text.split('\n')[0] ?? text)} (the test run is not affected; details in healing-output.log)\n`);
    } catch {
      // Last line of defence: never let healwright break the run.
    }
  }
}

export default HealReporter;
