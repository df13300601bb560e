// onEnd after triage and the LLM: security alerts first (they never wait on GitHub), then Class B
// (verified patches -> PRs) and Class C (issues). Each stage is guarded by the caller; all obey dry run
// and the onEnd deadline, and without GitHub they write files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Suite } from '@playwright/test/reporter';
import type { Deadline } from '../common/deadline.js';
import { runClassC, toSummaryRecords } from '../class-c/index.js';
import { classCOptions, previousRun, runAlertStage } from './class-c.js';
import { runClassBStage } from './class-b.js';
import { connectGithub } from './github.js';
import type { RunContext } from './context.js';
import { joinTitle } from '../common/names.js';

const CONFIG_NAMES = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs', 'playwright.config.mts', 'playwright.config.cjs', 'playwright.config.cts'];

/** merge-reports runs under the merge config; the verification re-runs need the test config next to it. */
function testConfigFor(input: RunContext): string | undefined {
  if (!input.merging) return input.config.configFile;
  for (const name of CONFIG_NAMES) {
    const p = path.join(input.configDir, name);
    if (existsSync(p) && p !== input.config.configFile) return p;
  }
  return undefined;
}

/** Title-path keys of the tests that passed (as Class C lists affected tests). */
function passedTests(suite: Suite): string[] {
  return suite
    .allTests()
    .filter((t) => t.outcome() === 'expected' && t.results.some((r) => r.status === 'passed'))
    .map((t) => joinTitle(t.titlePath().slice(1)));
}

export async function runHealStages(input: RunContext): Promise<void> {
  const { summary, heal, log } = input;
  const signal = input.deadline?.signal;
  const github = connectGithub(heal, input.env, (msg) => log('info', `github: ${msg}`), signal);
  if (github.reason) log('info', `GitHub: ${github.reason} Pull requests and issues are written as files in the run folder.`);
  const runDeadline = input.startedAt.getTime() + heal.maxRunDuration;
  const onEndFirst = !!input.deadline && input.deadline.expiresAt < runDeadline;
  const testConfigFile = testConfigFor(input);
  const classC = classCOptions(input);
  // Again before any GitHub call: clusters the LLM just called security alert now.
  const alerts = input.alerts ?? [];
  await input.stage('security alerts', () => runAlertStage(input, alerts));

  await input.stage('Class B fixes', async () => {
    const r = await runClassBStage({
      summary,
      records: input.records,
      config: input.config,
      suite: input.suite,
      heal,
      configDir: input.configDir,
      runDir: input.runDir,
      outputRoot: input.outputRoot,
      startedAt: input.startedAt,
      deadline: onEndFirst ? (input.deadline as Deadline).expiresAt : runDeadline,
      ...(onEndFirst ? { deadlineReason: (input.deadline as Deadline).reasonBefore('verifying this patch') } : {}),
      ...(signal ? { signal } : {}),
      dryRun: input.dryRun,
      env: input.env,
      github: github.client ? { api: github.client } : { reason: github.reason ?? 'GitHub is not configured' },
      ...(input.openapiPrefetch ? { openapiPrefetch: input.openapiPrefetch } : {}),
      ...(testConfigFile ? { testConfigFile } : {}),
      ...(github.actions ? { actionsRunUrl: github.actions.runUrl } : {}),
      ...(github.actions?.artifactNames[0] ? { artifactName: github.actions.artifactNames[0] } : {}),
      redact: input.redact,
      log,
      progress: (line) => void process.stderr.write(`healwright: ${input.redact(line)}\n`),
    });
    const fixes = r.fixes.map((f) => ({ ...f, detail: input.redact(f.detail) }));
    summary.fixes.attempted.push(...fixes);
    summary.fixes.applied.push(...fixes.filter((f) => f.status === 'verified'));
    summary.fixes.verified.push(...fixes.filter((f) => f.status === 'verified'));
    input.publishable?.push(...r.publishable);
    summary.pullRequests = r.pullRequests.map((p) => ({ ...p, ...(p.reason ? { reason: input.redact(p.reason) } : {}) }));
  });

  await input.stage('Class C issues', async () => {
    const records = await runClassC({
      ...classC,
      ...(github.client ? { api: github.client } : {}),
      previouslyOpen: previousRun(input.outputRoot).open,
      passedTests: passedTests(input.suite),
      alertsSent: true,
    });
    const out = toSummaryRecords([...alerts, ...records], input.dryRun);
    summary.issues = out.issues;
    summary.alerts = out.alerts;
  });
}
