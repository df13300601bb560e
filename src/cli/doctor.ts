import type { HealConfig } from '../config/schema.js';
import { detectGpu as realDetectGpu, type GpuInfo } from '../llm/gpu/index.js';
import { redactText } from '../redact/index.js';
import { anthropicCheck, gpuCheck, gpuJson, ollamaChecks } from './doctor-llm.js';
import { githubCheck, railwayCheck } from './doctor-services.js';
import { playwrightChecks, type PlaywrightDoctorOptions } from './doctor-playwright.js';
import type { DoctorCheck, DoctorContext, DoctorGpu } from './doctor-types.js';
import { describeThrown } from '../common/errors.js';

export type { CheckStatus, DoctorCheck, DoctorGpu } from './doctor-types.js';

/** Options of {@link runDoctor}. */
export interface DoctorOptions {
  /** Where every setting is read: OLLAMA_*, ANTHROPIC_*, LLM_FALLBACK_ONLY, GITHUB_*, RAILWAY_*. */
  env: NodeJS.ProcessEnv;
  /** `--json`: print `{checks, gpu}` instead of the table. */
  json: boolean;
  /** Resolved healwright config, for skipLlm and the llm models. Default: env only. */
  config?: HealConfig;
  /** Limit of each network call, ms. Default 5000. */
  fetchTimeoutMs?: number;
  /** GPU detector (tests inject one). Default: the real detectGpu. */
  detectGpu?: (opts: { env: NodeJS.ProcessEnv }) => Promise<GpuInfo>;
  /** GitHub REST base URL. Default `GITHUB_API_URL`, then octokit's default. */
  githubApiUrl?: string;
  /**
   * Check the Playwright setup too (version, reporter, projects, retries, actionTimeout, Chromium) of
   * the config found in `cwd` or given as `config`. The CLI always sets it.
   */
  playwright?: Omit<PlaywrightDoctorOptions, 'env'>;
}

/** `--json` output. */
export interface DoctorReport {
  checks: DoctorCheck[];
  gpu: DoctorGpu;
}

// The longest check name, ollama-model, plus a space.
const WIDTH = 13;

function table(checks: DoctorCheck[]): string {
  const lines = ['healwright doctor', ''];
  for (const c of checks) {
    lines.push(`  ${c.status.padEnd(5)} ${c.name.padEnd(WIDTH)} ${c.detail}`);
    if (c.next) lines.push(`  ${' '.repeat(5)} ${' '.repeat(WIDTH)} next: ${c.next}`);
  }
  const fails = checks.filter((c) => c.status === 'FAIL').length;
  const warns = checks.filter((c) => c.status === 'WARN').length;
  lines.push('');
  lines.push(
    fails > 0
      ? `${fails} failing, ${warns} warning(s): fix the FAIL lines (your Playwright setup, or services you configured that do not work).`
      : `No failures, ${warns} warning(s). WARN lines are optional: without the services healwright runs on rules alone.`,
  );
  return lines.join('\n') + '\n';
}

/**
 * `healwright doctor`: checks the Playwright setup (with `playwright`), GPU, Ollama, Anthropic, GitHub
 * and Railway and says the next step for each. Exit code 1 only when something CONFIGURED is broken: a service you set up (its env vars
 * are set, e.g. OLLAMA_HOST, ANTHROPIC_API_KEY, GITHUB_TOKEN + GITHUB_REPOSITORY, RAILWAY_* ids)
 * that fails its check, or LLM_FALLBACK_ONLY without a key. Nothing is required: with nothing
 * configured every line is OK or WARN and the exit code is 0 (rules-only mode is first-class).
 * Never throws; every network call has a timeout and goes through the real client library.
 */
export async function runDoctor(opts: DoctorOptions): Promise<{ exitCode: 0 | 1; output: string }> {
  const timeoutMs = opts.fetchTimeoutMs ?? 5000;
  let gpu: GpuInfo | null = null;
  let gpuError: string | undefined;
  try {
    gpu = await (opts.detectGpu ?? ((o) => realDetectGpu({ env: o.env, timeoutMs })))({ env: opts.env });
  } catch (err) {
    gpuError = describeThrown(err);
  }
  const ctx: DoctorContext = { env: opts.env, timeoutMs, gpu, ...(opts.config ? { config: opts.config } : {}) };
  const guard = async <T extends DoctorCheck | DoctorCheck[]>(name: string, fn: () => Promise<T>): Promise<DoctorCheck[]> => {
    try {
      const r = await fn();
      return Array.isArray(r) ? r : [r];
    } catch (err) {
      return [{ name, status: 'FAIL', detail: `The ${name} check itself failed: ${describeThrown(err)}`, next: 'Report this as a healwright bug.' }];
    }
  };
  const pw = opts.playwright;
  const results = await Promise.all([
    ...(pw ? [guard('playwright', () => playwrightChecks({ ...pw, env: opts.env }))] : []),
    guard('ollama', () => ollamaChecks(ctx)),
    guard('anthropic', () => anthropicCheck(ctx)),
    guard('github', () => githubCheck(ctx, opts.githubApiUrl)),
    guard('railway', () => railwayCheck(ctx)),
  ]);
  // Details may quote what a server said; the next steps are healwright's own words.
  const checks = [gpuCheck(gpu, gpuError), ...results.flat()].map((c) => ({ ...c, detail: redactText(c.detail) }));
  const exitCode = checks.some((c) => c.status === 'FAIL') ? 1 : 0;
  const report: DoctorReport = { checks, gpu: gpuJson(gpu) };
  return { exitCode, output: opts.json ? JSON.stringify(report, null, 2) + '\n' : table(checks) };
}
