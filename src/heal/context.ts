// What every heal stage works with, built once by the reporter when onEnd starts healing: the resolved
// settings with the one dry-run decision, the run folder and repository root, Playwright's config and
// results, the onEnd deadline, the GitHub connection with its Actions context, the environment,
// redaction and the log. Stages read it and never write it; each returns its part of the summary.
import type { FullConfig, Suite } from '@playwright/test/reporter';
import type { HealingSummary } from '../artifacts/summary.js';
import type { Deadline } from '../common/deadline.js';
import type { HealConfig } from '../config/schema.js';
import type { OpenApiSource } from '../class-b/openapi-source.js';
import type { TestRecord } from './types.js';
import type { Log } from '../common/log.js';
import type { LkgEntry } from '../last-known-good/types.js';
import { GithubClient, resolveGithubTarget } from '../github/index.js';
import { actionsContextFromEnv, type ActionsContext } from '../github/actions-context.js';
import { startOnEndDeadline } from './deadline.js';
import { repositoryRoot } from './repo-root.js';

export type { Log };

export interface RunContext {
  heal: HealConfig;
  /** The one dry-run decision: the `dryRun` option, or configuration errors (see `sideEffectsDisabled`). */
  dryRun: boolean;
  /** Configuration errors switched side effects off: dry run, and no LLM call. */
  sideEffectsDisabled: boolean;
  /** `merge-reports` replaying sharded runs. */
  merging: boolean;
  config: FullConfig;
  suite: Suite;
  records: ReadonlyMap<string, TestRecord>;
  configDir: string;
  runDir: string;
  outputRoot: string;
  startedAt: Date;
  /** The git work tree that holds the config (else the config's folder); asked of git once, when first needed. */
  repoRoot: () => string;
  /** The onEnd deadline (onEndTimeout within maxRunDuration): every network call carries its signal. */
  deadline: Deadline;
  /** The GitHub client or why there is none, and the Actions run, for every stage alike. */
  github: RunGithub;
  openapiPrefetch?: Promise<OpenApiSource>;
  /** The last-known-good store after this run's passing tests were added (empty until the reporter has read it). */
  lastKnownGood?: () => readonly LkgEntry[];
  env: NodeJS.ProcessEnv;
  redact: (text: string) => string;
  log: Log;
  /** Runs one stage; a throw is logged and recorded, the next stage still runs. */
  stage: (name: string, fn: () => Promise<void>) => Promise<void>;
}

/** What the tests and triage produced, as the stages read it: never written after triage. */
export type Triaged = Readonly<Pick<HealingSummary, 'runId' | 'startedAt' | 'failures' | 'clusters'>>;

export type RunContextInput = Omit<RunContext, 'deadline' | 'github' | 'repoRoot'>;

/** Starts the onEnd deadline and connects to GitHub (every request carries the deadline's signal). Dispose `deadline` when done. */
export function createRunContext(input: RunContextInput): RunContext {
  const deadline = startOnEndDeadline(input.heal, input.startedAt);
  input.log('info', `onEnd deadline: ${deadline.ms} ms (onEndTimeout ${input.heal.onEndTimeout} ms, within maxRunDuration ${input.heal.maxRunDuration} ms)`);
  const github = connectGithub(input.heal, input.env, (msg) => input.log('info', `github: ${msg}`), deadline.signal);
  if (github.reason) input.log('info', `GitHub: ${github.reason} Pull requests and issues are written as files in the run folder.`);
  let root: string | undefined;
  return { ...input, deadline, github, repoRoot: () => (root ??= repositoryRoot(input.configDir)) };
}

export interface RunGithub {
  client?: GithubClient;
  /** Why PRs and issues are written as files instead (no token, no repository, ...). */
  reason?: string;
  /** The Actions run and its artifact names (as .github/workflows/healing.yml uploads them), when in Actions. */
  actions?: ActionsContext;
}

/** `signal`: the pipeline's deadline, carried by every request of the client. */
export function connectGithub(heal: HealConfig, env: NodeJS.ProcessEnv, log: (msg: string) => void, signal?: AbortSignal): RunGithub {
  const target = resolveGithubTarget(env, heal.github);
  const actions = actionsContextFromEnv(env);
  const extra = actions ? { actions } : {};
  if (!target.ok) return { reason: target.reason, ...extra };
  return { client: new GithubClient({ token: target.token, owner: target.owner, repo: target.repo, apiUrl: target.apiUrl, log, ...(signal ? { signal } : {}) }), ...extra };
}
