// Re-runs exactly the affected test files inside an isolated copy: no retries, the JSON reporter only
// (so healwright's reporter is not loaded and cannot recurse), its own output folder, and
// HEALWRIGHT_NESTED=1 so healwright's fixtures and globalSetup stay inert as well. The run executes a
// proposed patch, so its environment is an allowlist without secrets (rerun-env.ts), not process.env.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { redactText } from '../../redact/index.js';
import { stripAnsi } from '../../triage/text.js';
import { parseJsonReport } from './json-report.js';
import { buildRerunEnv } from './rerun-env.js';
import type { RerunFailure, TestRun } from './types.js';
import { NESTED_ENV, RUN_DIR_ENV, processEnv } from '../../config/process-env.js';
import { describeThrown } from '../../common/errors.js';

/** Where a re-run writes its report and artifacts inside the copy. */
export const RERUN_DIR = '.healwright-rerun';

export interface RerunOptions {
  /** Playwright config, relative to the repo root (= the copy's root). */
  configFile: string;
  /** Test files to run, relative to the repo root; only these files run. */
  files: string[];
  /** `--project` filters; empty: every project of the config. */
  projects: string[];
  /** Kill the run (and its browsers) after this long. */
  timeoutMs: number;
  /** Where the run's variables come from (default process.env); only allowlisted, non-secret ones pass. */
  env?: NodeJS.ProcessEnv;
  /** Extra variable names the run may see (the `verifyEnv` option); secrets among them are still dropped. */
  verifyEnv?: readonly string[];
  /** Playwright's --output folder; default `.healwright-rerun/test-results` in the copy. Never the original outputDir. */
  outputDir?: string;
  /** Per-test timeout of the re-run (Playwright's --timeout); default: the config's. */
  testTimeoutMs?: number;
  /** Record a trace of every test (`--trace=on`): the same-element check reads what each call acted on. */
  trace?: boolean;
  /** Playwright's cli.js; default: `@playwright/test/cli` resolved from the copy. */
  playwrightCli?: string;
}

export interface RerunResult {
  tests: TestRun[];
  /** The command line (node, cli.js and arguments); the environment is never recorded. */
  command: string[];
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** Errors outside any test (config or syntax errors, a missing report), redacted. */
  errors: string[];
  /** The last lines of the run's output, ANSI stripped and redacted. */
  outputTail: string;
  /** Failed tests' errors by testKey, raw, for the next healing round (attachment paths live in the copy). */
  failures?: ReadonlyMap<string, RerunFailure>;
  /** Each test's trace.zip by testKey, when the re-run traced (paths inside the copy). */
  traces?: ReadonlyMap<string, string>;
}

const TAIL_CHARS = 4000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A file filter that matches exactly one file (Playwright treats file arguments as regular expressions). */
function exactFileFilter(roots: readonly string[], rel: string): string {
  const alternatives = [...new Set(roots.map((r) => escapeRegExp(path.join(r, rel))))];
  return `^(?:${alternatives.join('|')})$`;
}

function childEnv(base: NodeJS.ProcessEnv, verifyEnv: readonly string[], reportFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...buildRerunEnv(base, verifyEnv).env, [NESTED_ENV]: '1', PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile, FORCE_COLOR: '0', PW_TEST_HTML_REPORT_OPEN: 'never' };
  // The run folder of the outer run must not receive the nested run's records.
  for (const k of [RUN_DIR_ENV, 'PLAYWRIGHT_JSON_OUTPUT_DIR', 'PLAYWRIGHT_JSON_OUTPUT_NAME', 'TEST_WORKER_INDEX', 'TEST_PARALLEL_INDEX']) delete env[k];
  return env;
}

/** Runs `playwright test` on `files` in `copyDir` and reads the results. Never throws for a failed run. */
export async function rerunTests(copyDir: string, opts: RerunOptions): Promise<RerunResult> {
  const roots = [...new Set([path.resolve(copyDir), realpathSync(copyDir)])];
  const work = path.join(copyDir, RERUN_DIR);
  mkdirSync(work, { recursive: true });
  const reportFile = path.join(work, 'report.json');
  const outputDir = opts.outputDir ? path.resolve(copyDir, opts.outputDir) : path.join(work, 'test-results');
  const cli = opts.playwrightCli ?? createRequire(path.join(copyDir, 'package.json')).resolve('@playwright/test/cli');
  const args = [
    cli,
    'test',
    ...opts.files.map((f) => exactFileFilter(roots, f)),
    '--config',
    path.join(copyDir, opts.configFile),
    '--retries=0',
    '--reporter=json',
    '--output',
    outputDir,
    '--pass-with-no-tests',
    ...(opts.testTimeoutMs ? [`--timeout=${opts.testTimeoutMs}`] : []),
    ...(opts.trace ? ['--trace=on'] : []),
    ...opts.projects.flatMap((p) => ['--project', p]),
  ];
  const command = [process.execPath, ...args];
  const started = Date.now();
  let output = '';
  let timedOut = false;
  const exit = await new Promise<{ code: number | null; error?: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: copyDir, env: childEnv(opts.env ?? processEnv(), opts.verifyEnv ?? [], reportFile), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-TAIL_CHARS * 4);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: Playwright's workers and browsers too.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, Math.max(1, opts.timeoutMs));
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, error: `could not start playwright: ${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code });
    });
  });
  const durationMs = Date.now() - started;
  const outputTail = redactText(stripAnsi(output)).slice(-TAIL_CHARS);
  const errors: string[] = exit.error ? [exit.error] : [];
  let tests: TestRun[] = [];
  let failures: ReadonlyMap<string, RerunFailure> = new Map();
  let traces: ReadonlyMap<string, string> = new Map();
  if (timedOut) errors.push(`the re-run was stopped after ${opts.timeoutMs} ms`);
  else if (existsSync(reportFile)) {
    try {
      const parsed = parseJsonReport(JSON.parse(readFileSync(reportFile, 'utf8')), roots);
      tests = parsed.tests;
      failures = parsed.failures;
      traces = parsed.traces;
      errors.push(...parsed.errors);
    } catch (err) {
      errors.push(`the JSON report could not be read: ${describeThrown(err)}`);
    }
  } else if (!exit.error) {
    errors.push(`playwright wrote no JSON report (exit code ${exit.code}); its output ends with: ${outputTail.slice(-500)}`);
  }
  return { tests, command: command.map((c) => redactText(c)), exitCode: exit.code, timedOut, durationMs, errors, outputTail, failures, traces };
}
