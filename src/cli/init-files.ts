// What `healwright init` looks for and the small files it writes besides the Playwright config: where the
// config is, the repository root, the .gitignore line and the commented healing.config.ts.
import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PLAYWRIGHT_CONFIG_NAMES = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs', 'playwright.config.cjs', 'playwright.config.mts', 'playwright.config.cts'];

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'healing-results', 'test-results', 'playwright-report']);

/** Playwright configs in `dir`, else in its subfolders down to `depth` levels (a monorepo's packages). */
export function findPlaywrightConfigs(dir: string, depth = 3): string[] {
  const here = PLAYWRIGHT_CONFIG_NAMES.map((n) => path.join(dir, n)).filter(existsSync);
  if (here.length > 0 || depth === 0) return here;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
    const sub = path.join(dir, name);
    try {
      if (!statSync(sub).isDirectory()) continue;
    } catch {
      continue;
    }
    out.push(...findPlaywrightConfigs(sub, depth - 1));
  }
  return out;
}

/** The nearest folder at or above `dir` that holds `.git`, else undefined. */
export function gitRoot(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(cur, '.git'))) return cur;
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

const IGNORE_LINE = 'healing-results/';

/** Whether a .gitignore already ignores healing-results/ (any spelling of the plain rule). */
export function ignoresHealingResults(gitignore: string): boolean {
  return gitignore.split(/\r?\n/).some((l) => ['healing-results', 'healing-results/', '/healing-results', '/healing-results/', '**/healing-results', '**/healing-results/'].includes(l.trim()));
}

/** The .gitignore text with healing-results/ added, or undefined when it is already there. */
export function gitignoreWithHealingResults(current: string | undefined): string | undefined {
  if (current !== undefined && ignoresHealingResults(current)) return undefined;
  const base = current ?? '';
  const sep = base === '' || base.endsWith('\n') ? '' : '\n';
  return `${base}${sep}# healwright run folders (reports, patches, logs)\n${IGNORE_LINE}\n`;
}

/** A commented healing.config.ts with the options most suites change; every value is the default. */
export function healingConfigTemplate(): string {
  return `// healwright options. Precedence: HEAL_* env vars > reporter options in playwright.config > this file > defaults.
// Every value below is the default; change what you need and delete the rest.
// \`npx healwright config --check\` prints the resolved values and where each came from.
import { defineHealConfig } from 'healwright';

export default defineHealConfig({
  // Projects to heal (fixes, patches, issues); the others are triaged only. Default: every project.
  // projects: ['chromium'],

  // Record what would be done; no fixes, PRs, issues, alerts or redeploys.
  dryRun: false,

  // Rules only: never call an LLM (Ollama or Anthropic).
  skipLlm: false,

  // At most this many fixes per run, and attempts per failure.
  maxFixesPerRun: 3,
  maxFixAttemptsPerFailure: 2,

  // Most changed lines one proposed patch may have.
  maxPatchLines: 20,

  // Globs (relative to playwright.config) of the files patches may change. Default: the healed projects'
  // test files and test data.
  // allowedPaths: ['tests/**', 'pages/**'],

  // Where run folders go, relative to playwright.config (git-ignored by \`healwright init\`).
  outputDir: 'healing-results',

  artifacts: { retentionDays: 7 },

  // PRs and issues (token from GITHUB_TOKEN, repository from GITHUB_REPOSITORY).
  // github: { labels: ['healwright'], reviewers: [] },
});
`;
}

const SPEC_FILE = /\.(?:spec|test)\.[cm]?[jt]sx?$/;
const PLAYWRIGHT_IMPORT = /\bfrom\s{0,20}['"]@playwright\/test['"]|\brequire\(\s{0,20}['"]@playwright\/test['"]\s{0,20}\)/;
/** Bytes read from the head of each spec file: imports come first. */
const SPEC_HEAD_BYTES = 16 * 1024;
/** Spec files looked at, at most: init must stay quick on a huge repository. */
const MAX_SPEC_FILES = 2000;

/** The head of `file` as text (its imports), or '' when it cannot be read. */
function head(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(SPEC_HEAD_BYTES);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, SPEC_HEAD_BYTES, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Calls `visit` for each file under `dir` (down to `depth` folders) whose name matches `name`, at most MAX_SPEC_FILES. */
function walkFiles(dir: string, depth: number, name: RegExp, visit: (file: string) => void): void {
  let seen = 0;
  const walk = (d: string, left: number): void => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      if (seen >= MAX_SPEC_FILES) return;
      if (SKIP_DIRS.has(entry) || entry.startsWith('.')) continue;
      const p = path.join(d, entry);
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (left > 0) walk(p, left - 1);
      } else if (name.test(entry)) {
        seen++;
        visit(p);
      }
    }
  };
  walk(dir, depth);
}

/**
 * Spec files under `dir` (down to `depth` folders) that take `test` from `@playwright/test` and never
 * from `healwright/fixtures`: their failures carry no DOM snapshot, so CSS, id and test-id locators
 * cannot be healed in their own style. `seen` counts every spec file looked at.
 */
export function specsWithoutFixtures(dir: string, depth = 6): { seen: number; plain: string[] } {
  const result = { seen: 0, plain: [] as string[] };
  walkFiles(dir, depth, SPEC_FILE, (p) => {
    result.seen++;
    const text = head(p);
    if (PLAYWRIGHT_IMPORT.test(text) && !text.includes('healwright/fixtures')) result.plain.push(p);
  });
  return result;
}

/** Script files that are never the suite's tests or fixtures: configs and type declarations. */
const NOT_SUITE_FILE = /^(?:playwright|healing)\.config\.[cm]?[jt]s$|\.d\.[cm]?ts$/;

/**
 * Script files under `dir` (specs, fixture and helper files) whose head imports or requires
 * `@playwright/test`: what `init --fixtures` looks at.
 */
export function filesImportingPlaywright(dir: string, depth = 6): string[] {
  const files: string[] = [];
  walkFiles(dir, depth, /\.[cm]?[jt]sx?$/, (p) => {
    if (!NOT_SUITE_FILE.test(path.basename(p)) && PLAYWRIGHT_IMPORT.test(head(p))) files.push(p);
  });
  return files;
}
