// The runInlineTest pattern of Playwright's own tests: write a suite into a temp folder, run the REAL
// `playwright test` on it with healwright's reporter, and hand back output, exit code and artifacts.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HealingSummary } from '../../src/artifacts/summary.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PLAYWRIGHT_CLI = path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface InlineResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  output: string;
  dir: string;
  /** healing-results root of this run. */
  resultsDir: string;
  runDirs(): string[];
  runDir(): string;
  summary(): HealingSummary;
  latest(): HealingSummary;
  file(name: string): string;
}

export interface InlineOptions {
  args?: string[];
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Reuse a folder (for several runs against the same healing-results). */
  dir?: string;
}

/**
 * A fresh folder under the repo's .tmp/ (git-ignored) so '@playwright/test' resolves, with
 * node_modules/healwright linked to this repo the way `npm install` would put it in a user's project.
 */
export function makeTempDir(prefix = 'inline'): string {
  const base = path.join(REPO_ROOT, '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, `${prefix}-`));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'healwright'), 'junction');
  return dir;
}

/** A playwright.config.ts with healwright as reporter. `reporterOptions` is inserted verbatim (TS source). */
export function inlineConfig(opts: { reporterOptions?: string; extra?: string; reporters?: string; retries?: number; workers?: number; projects?: string } = {}): string {
  return `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  retries: ${opts.retries ?? 0},
  workers: ${opts.workers ?? 1},
  reporter: ${opts.reporters ?? `[['list'], ['healwright/reporter', ${opts.reporterOptions ?? '{}'}]]`},
  ${opts.projects ? `projects: ${opts.projects},` : ''}
  ${opts.extra ?? ''}
});
`;
}

export async function runInlineTest(files: Record<string, string>, opts: InlineOptions = {}): Promise<InlineResult> {
  const dir = opts.dir ?? makeTempDir();
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', CI: '1', PW_TEST_HTML_REPORT_OPEN: 'never' };
  delete env.HEAL_RUN_DIR;
  delete env.HEALWRIGHT_NESTED;
  delete env.GITHUB_STEP_SUMMARY;
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_')) delete env[k];
  // Never reach a real LLM or service from a test: only what a test sets explicitly.
  for (const k of ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'OLLAMA_HOST', 'OLLAMA_MODEL', 'LLM_FALLBACK_ONLY', 'GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'RAILWAY_TOKEN', 'RAILWAY_API_TOKEN']) delete env[k];
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', ...(opts.args ?? [])], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    output += d;
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    output += d;
  });
  const timeoutMs = opts.timeoutMs ?? 240_000;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`playwright test did not finish in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const resultsDir = path.join(dir, 'healing-results');
  const runDirs = () => (existsSync(resultsDir) ? readdirSync(resultsDir).filter((n) => n.startsWith('run-')).sort() : []);
  const runDir = () => {
    const all = runDirs();
    if (all.length === 0) throw new Error(`no run folder in ${resultsDir}; output:\n${output}`);
    return path.join(resultsDir, all[all.length - 1] as string);
  };
  return {
    exitCode,
    stdout,
    stderr,
    output,
    dir,
    resultsDir,
    runDirs,
    runDir,
    file: (name) => readFileSync(path.join(runDir(), name), 'utf8'),
    summary: () => JSON.parse(readFileSync(path.join(runDir(), 'healing-summary.json'), 'utf8')) as HealingSummary,
    latest: () => JSON.parse(readFileSync(path.join(resultsDir, 'latest.json'), 'utf8')) as HealingSummary,
  };
}
