import { z } from 'zod';

/** Live Anthropic model used when none is configured (the original spec's claude-3-5-sonnet-20241022 is retired). */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5';

const positiveInt = z.number().int().positive();

/** A plain environment variable name (what `verifyEnv` lists). */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
export const ENV_NAME_HINT = 'letters, digits and _, not starting with a digit';

/** Names of variables; a bad entry is named in the error, not just "invalid". */
const envNames = z.array(z.string()).superRefine((names, ctx) => {
  for (const name of names) {
    if (!ENV_NAME_PATTERN.test(name)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(name)} is not an environment variable name (${ENV_NAME_HINT})` });
  }
});
const nonNegativeInt = z.number().int().min(0);

export const llmSchema = z
  .object({
    /** Try the local Ollama before Anthropic. */
    preferLocal: z.boolean().default(true),
    /** Ollama model; `OLLAMA_MODEL` overrides, else it is sized to the GPU. */
    ollamaModel: z.string().min(1).default('llama3.2'),
    /** Anthropic model id (must be live: `GET /v1/models`). */
    anthropicModel: z.string().min(1).default(DEFAULT_ANTHROPIC_MODEL),
    /** Max output tokens per LLM call. */
    maxTokens: positiveInt.default(4096),
  })
  .strict();

export const artifactsSchema = z
  .object({
    screenshots: z.boolean().default(true),
    traces: z.boolean().default(true),
    videos: z.boolean().default(true),
    /** Run folders older than this many days are pruned at the end of a run. */
    retentionDays: z.number().min(0).default(7),
  })
  .strict();

export const githubSchema = z
  .object({
    /** `owner/repo` that PRs and issues go to; `GITHUB_REPOSITORY` is used when unset. */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/repo').optional(),
    /** REST API root; `GITHUB_API_URL` is used when unset (GitHub Enterprise). */
    apiUrl: z.string().url().optional(),
    /** Branch heal PRs are based on; the repository's default branch when unset. */
    baseBranch: z.string().min(1).optional(),
    /** Users asked to review heal PRs. */
    reviewers: z.array(z.string().min(1)).default([]),
    /** Extra labels for heal PRs and issues (besides `self-heal` and the type). */
    labels: z.array(z.string().min(1)).default([]),
    /** Close a Class C issue when its cluster passes again (default: only comment). */
    closeResolvedIssues: z.boolean().default(false),
  })
  .strict();

/** Every healwright option, with the defaults of the original spec. */
export const healConfigSchema = z
  .object({
    /** Projects healwright heals (failures elsewhere are triaged and reported, never fixed); default: every project. */
    projects: z.array(z.string().min(1)).min(1).optional(),
    /** Test timeout (ms) used by `npm run heal`; the least per-test timeout of the verification re-runs (see rerun-timeout.ts). */
    timeout: positiveInt.default(30_000),
    /** Retries used by `npm run heal`; Class A fixes need at least 1. */
    retries: z.number().int().min(0).max(10).default(1),
    maxFixAttemptsPerFailure: nonNegativeInt.default(2),
    maxFixesPerRun: nonNegativeInt.default(3),
    /** Milliseconds between two fixes. */
    cooldownBetweenFixes: nonNegativeInt.default(5_000),
    /** Milliseconds the healing work of one run may take. */
    maxRunDuration: positiveInt.default(30 * 60 * 1000),
    /**
     * Milliseconds onEnd's network stages (LLM, alerts, GitHub, re-runs) may take in all; never more
     * than what is left of maxRunDuration. What did not run is reported as skipped. `HEAL_ON_END_TIMEOUT` overrides.
     */
    onEndTimeout: positiveInt.default(10 * 60 * 1000),
    /** Files (globs relative to the config folder) Class B patches may change; default: the projects' testDirs. */
    allowedPaths: z.array(z.string().min(1)).default([]),
    /**
     * Extra environment variables verification re-runs may see, by name, besides the built-in allowlist
     * (PATH, HOME, temp dirs, CI, locale, NODE_*, PLAYWRIGHT_*, BASE_URL, API_URL, ...). Secrets are
     * refused even when listed: the re-run executes proposed code. `HEAL_VERIFY_ENV` overrides.
     */
    verifyEnv: envNames.default([]),
    /** Most changed lines one Class B patch may have. */
    maxPatchLines: positiveInt.default(20),
    /**
     * Healing rounds per Class B fix, the first included: when a patch gets a test past its failure and
     * the test then fails further on, the next failure is healed and the stacked patch verified again.
     * 1 turns rounds off.
     */
    maxHealRounds: positiveInt.max(10).default(3),
    /** OpenAPI document of the app's API (URL or file), used by fix-api-routes; default `${API_URL}/openapi.json`. */
    openapiUrl: z.string().min(1).optional(),
    /** Slack-compatible webhook for security alerts; `HEAL_ALERT_WEBHOOK` overrides. */
    alertWebhook: z.string().url().optional(),
    /**
     * Sharded runs: `auto` defers triage, LLM, PRs and issues to `merge-reports` when the run is a shard
     * with a blob reporter; `defer` always defers; `off` heals inside every run.
     */
    shardMode: z.enum(['auto', 'defer', 'off']).default('auto'),
    github: githubSchema.default(githubSchema.parse({})),
    llm: llmSchema.default(llmSchema.parse({})),
    artifacts: artifactsSchema.default(artifactsSchema.parse({})),
    /** Where run folders, latest.json and history go (relative to the Playwright config's folder). */
    outputDir: z.string().min(1).default('healing-results'),
    /** Record what would be done, do nothing (no fixes, PRs, issues, alerts, redeploys). */
    dryRun: z.boolean().default(false),
    /** Rules only: never call an LLM. */
    skipLlm: z.boolean().default(false),
    /** Print the healwright summary at the end of the run. */
    printSummary: z.boolean().default(true),
  })
  .strict();

export type HealConfig = z.output<typeof healConfigSchema>;

/** What a user may write: every key optional, nested objects partial. */
export type HealConfigInput = Partial<Omit<HealConfig, 'llm' | 'artifacts' | 'github'>> & {
  llm?: Partial<HealConfig['llm']>;
  github?: Partial<HealConfig['github']>;
  artifacts?: Partial<HealConfig['artifacts']>;
};

/** Valid examples shown in error messages, by top-level key. */
export const CONFIG_EXAMPLES: Record<string, string> = {
  projects: "projects: ['health', 'contracts']",
  timeout: 'timeout: 30000',
  retries: 'retries: 1',
  maxFixAttemptsPerFailure: 'maxFixAttemptsPerFailure: 2',
  maxFixesPerRun: 'maxFixesPerRun: 3',
  cooldownBetweenFixes: 'cooldownBetweenFixes: 5000',
  maxRunDuration: 'maxRunDuration: 1800000',
  onEndTimeout: 'onEndTimeout: 600000',
  llm: "llm: { preferLocal: true, ollamaModel: 'llama3.2', anthropicModel: 'claude-sonnet-5', maxTokens: 4096 }",
  'llm.preferLocal': 'llm: { preferLocal: true }',
  'llm.ollamaModel': "llm: { ollamaModel: 'llama3.2' }",
  'llm.anthropicModel': "llm: { anthropicModel: 'claude-sonnet-5' }",
  'llm.maxTokens': 'llm: { maxTokens: 4096 }',
  artifacts: 'artifacts: { screenshots: true, traces: true, videos: true, retentionDays: 7 }',
  'artifacts.retentionDays': 'artifacts: { retentionDays: 7 }',
  outputDir: "outputDir: 'healing-results'",
  allowedPaths: "allowedPaths: ['e2e/**', 'e2e/data/*.json']",
  maxPatchLines: 'maxPatchLines: 20',
  maxHealRounds: 'maxHealRounds: 3',
  verifyEnv: "verifyEnv: ['DEMO_PORT', 'E2E_USER_EMAIL']",
  openapiUrl: "openapiUrl: 'http://localhost:3000/openapi.json'",
  alertWebhook: "alertWebhook: 'https://hooks.slack.com/services/T000/B000/XXXX'",
  shardMode: "shardMode: 'auto'",
  github: "github: { repository: 'acme/web', reviewers: ['alice'], labels: ['qa'] }",
  'github.repository': "github: { repository: 'acme/web' }",
  'github.apiUrl': "github: { apiUrl: 'https://api.github.com' }",
  'github.baseBranch': "github: { baseBranch: 'main' }",
  'github.reviewers': "github: { reviewers: ['alice'] }",
  'github.labels': "github: { labels: ['qa'] }",
  'github.closeResolvedIssues': 'github: { closeResolvedIssues: true }',
  dryRun: 'dryRun: true',
  skipLlm: 'skipLlm: true',
  printSummary: 'printSummary: false',
};

/** Typed helper for `healing.config.ts`: `export default defineHealConfig({ maxFixesPerRun: 2 })`. */
export function defineHealConfig(config: HealConfigInput): HealConfigInput {
  return config;
}
