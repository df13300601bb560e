// Runs this repo's own e2e suite (playwright.config.ts, the demo as webServer) in isolation: its own
// demo port, data dir, auth dir, Playwright output dir and healing-results folder.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HealingSummary } from '../../src/artifacts/summary.js';
import { makeTempDir, REPO_ROOT } from './run-inline.js';

const PLAYWRIGHT_CLI = path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
let nextPort = 4300 + (process.pid % 50) * 8;

export interface RepoSuiteResult {
  exitCode: number | null;
  output: string;
  summary: HealingSummary;
  dir: string;
}

/** Escapes a test title for `--grep`. */
export function grepFor(titles: string[]): string {
  return titles.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

/** Runs the suite of REPO_ROOT, or of `cwd` (a copy of the repository). */
export async function runRepoSuite(opts: { args?: string[]; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<RepoSuiteResult> {
  const dir = makeTempDir('repo-suite');
  const port = nextPort;
  nextPort += 2;
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_') || k.startsWith('DEMO_') || k.startsWith('E2E_') || k === 'BASE_URL' || k === 'API_URL') delete env[k];
  // Never reach a real LLM or service from a test: only what a test sets explicitly.
  for (const k of ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'OLLAMA_HOST', 'OLLAMA_MODEL', 'LLM_FALLBACK_ONLY', 'GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'RAILWAY_TOKEN', 'RAILWAY_API_TOKEN']) delete env[k];
  Object.assign(env, {
    DEMO_PORT: String(port),
    DEMO_CONTROL_PORT: String(port + 1),
    E2E_AUTH_DIR: path.join(dir, 'auth'),
    E2E_DATA_DIR: path.join(dir, 'demo-data'),
    HEAL_OUTPUT_DIR: path.join(dir, 'healing-results'),
    ...opts.env,
  });
  const child = spawn(process.execPath, [PLAYWRIGHT_CLI, 'test', `--output=${path.join(dir, 'test-results')}`, ...(opts.args ?? [])], { cwd: opts.cwd ?? REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const timeoutMs = opts.timeoutMs ?? 240_000;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`repo suite did not finish in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const results = path.join(dir, 'healing-results');
  const runs = existsSync(results) ? readdirSync(results).filter((n) => n.startsWith('run-')).sort() : [];
  const last = runs[runs.length - 1];
  if (!last) throw new Error(`no healing-results run folder; output:\n${output}`);
  const summary = JSON.parse(readFileSync(path.join(results, last, 'healing-summary.json'), 'utf8')) as HealingSummary;
  return { exitCode, output, summary, dir };
}
