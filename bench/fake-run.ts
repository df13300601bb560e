// The in-process onEnd benches (onend.ts, onend-hung.ts) drive the real HealReporter through
// onBegin -> onTestEnd -> onEnd on the objects Playwright hands a reporter: a FullConfig with every
// field `playwright test` fills in (values as Playwright 1.65 resolves them for a config of this
// shape), a suite tree root -> project -> file -> tests, and one failed result per test. A run that
// left no run folder, or whose summary does not count the failures, throws: the bench never times a
// reporter that quietly did nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullProject, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { HealingSummary } from '../src/artifacts/summary.js';
import { HealReporter } from '../src/reporter/reporter.js';
import type { HealReporterOptions } from '../src/reporter/options.js';
import { REPO_ROOT } from '../test/helpers/run-inline.js';

/** What `require.resolve('healwright/reporter')` gives Playwright in a user's project. */
const REPORTER_MODULE = path.join(REPO_ROOT, 'dist', 'src', 'reporter', 'index.js');
const PLAYWRIGHT_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'package.json'), 'utf8')) as { version: string }).version;

/** One failing test of the fake run. */
export interface FakeFailure {
  project: string;
  /** Spec file name, relative to the root. */
  file: string;
  title: string;
  message: string;
}

export interface FakeRun {
  root: string;
  config: FullConfig;
  suite: Suite;
  tests: TestCase[];
  /** The failures' distinct spec files. */
  files: string[];
}

function project(root: string, name: string): FullProject {
  return {
    name,
    use: {},
    dependencies: [],
    grep: /.*/,
    grepInvert: null,
    ignoreSnapshots: false,
    metadata: {},
    outputDir: path.join(root, 'test-results'),
    repeatEach: 1,
    retries: 0,
    snapshotDir: root,
    testDir: root,
    testIgnore: [],
    testMatch: '**/*.@(spec|test).?(c|m)[jt]s?(x)',
    timeout: 30000,
  };
}

/** The FullConfig `playwright test` builds for `{ workers, reporter: [list, healwright], projects }` in `root`. */
export function playwrightConfig(root: string, projectNames: string[], workers: number, reporterOptions: HealReporterOptions): FullConfig {
  const projects = projectNames.map((name) => project(root, name));
  return {
    argv: [process.execPath, path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'],
    configFile: path.join(root, 'playwright.config.ts'),
    rootDir: root,
    failOnFlakyTests: false,
    forbidOnly: false,
    fullyParallel: false,
    globalSetup: null,
    globalTeardown: null,
    globalTimeout: 0,
    grep: /.*/,
    grepInvert: null,
    maxFailures: 0,
    metadata: {},
    preserveOutput: 'always',
    projects,
    filteredProjects: projects,
    quiet: false,
    reporter: [
      ['list', undefined],
      [REPORTER_MODULE, reporterOptions],
    ],
    reportSlowTests: { max: 5, threshold: 300000 },
    shard: null,
    tags: [],
    updateSnapshots: 'default',
    updateSourceMethod: 'patch',
    version: PLAYWRIGHT_VERSION,
    workers,
    webServer: null,
  };
}

interface SuiteNode {
  type: 'root' | 'project' | 'file';
  title: string;
  parent?: SuiteNode;
  suites: SuiteNode[];
  tests: TestCase[];
  location?: { file: string; line: number; column: number };
  project(): FullProject | undefined;
  allTests(): TestCase[];
  entries(): Array<SuiteNode | TestCase>;
  titlePath(): string[];
}

function suiteNode(type: SuiteNode['type'], title: string, parent: SuiteNode | undefined, fullProject?: FullProject, file?: string): SuiteNode {
  const node: SuiteNode = {
    type,
    title,
    suites: [],
    tests: [],
    ...(parent ? { parent } : {}),
    ...(file ? { location: { file, line: 0, column: 0 } } : {}),
    project: () => fullProject ?? parent?.project(),
    allTests: () => [...node.tests, ...node.suites.flatMap((s) => s.allTests())],
    entries: () => [...node.suites, ...node.tests],
    titlePath: () => [...(parent ? parent.titlePath() : []), title],
  };
  parent?.suites.push(node);
  return node;
}

function failedTest(parent: SuiteNode, id: string, f: FakeFailure, file: string, line: number, duration: number): TestCase {
  const result = {
    retry: 0,
    parallelIndex: 0,
    workerIndex: 0,
    status: 'failed',
    duration,
    startTime: new Date(),
    errors: [{ message: f.message }],
    error: { message: f.message },
    attachments: [],
    annotations: [],
    stdout: [],
    stderr: [],
    steps: [],
  } as unknown as TestResult;
  const test = {
    type: 'test',
    id,
    title: f.title,
    titlePath: () => [...parent.titlePath(), f.title],
    location: { file, line, column: 1 },
    parent,
    annotations: [],
    tags: [],
    expectedStatus: 'passed',
    timeout: 30000,
    retries: 0,
    repeatEachIndex: 0,
    results: [result],
    outcome: () => 'unexpected',
    ok: () => false,
  } as unknown as TestCase;
  parent.tests.push(test);
  return test;
}

/** A run of `failures` in `root` (a playwright.config.ts is written there so the config file exists). */
export function fakeRun(root: string, failures: FakeFailure[], opts: { projects: string[]; workers: number; reporterOptions: HealReporterOptions }): FakeRun {
  writeFileSync(path.join(root, 'playwright.config.ts'), "import { defineConfig } from '@playwright/test';\nexport default defineConfig({});\n");
  const config = playwrightConfig(root, opts.projects, opts.workers, opts.reporterOptions);
  const rootSuite = suiteNode('root', '', undefined);
  const fileSuites = new Map<string, SuiteNode>();
  for (const p of config.projects) suiteNode('project', p.name, rootSuite, p);
  const tests = failures.map((f, i) => {
    const projectSuite = rootSuite.suites.find((s) => s.title === f.project);
    if (!projectSuite) throw new Error(`fake run: project ${f.project} is not in ${opts.projects.join(', ')}`);
    const file = path.join(root, f.file);
    const key = `${f.project}\0${f.file}`;
    const fileSuite = fileSuites.get(key) ?? suiteNode('file', f.file, projectSuite, undefined, file);
    fileSuites.set(key, fileSuite);
    return failedTest(fileSuite, `t${i}`, f, file, i + 1, 100 + i);
  });
  return { root, config, suite: rootSuite as unknown as Suite, tests, files: [...new Set(failures.map((f) => f.file))] };
}

/** The env a bench run sees: no ambient LLM, GitHub, webhook or healwright setting, plus `set`. */
export async function withEnv<T>(set: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('HEAL_')) delete process.env[k];
  for (const k of ['ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL', 'OLLAMA_HOST', 'OLLAMA_MODEL', 'LLM_FALLBACK_ONLY', 'GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_API_URL', 'GITHUB_STEP_SUMMARY', 'HEALWRIGHT_NESTED', 'RAILWAY_TOKEN', 'RAILWAY_API_TOKEN', 'API_URL']) delete process.env[k];
  Object.assign(process.env, set);
  try {
    return await fn();
  } finally {
    process.env = saved;
  }
}

/**
 * The reporter's hooks in Playwright's order; returns how long onEnd took (wall clock, and this
 * process's CPU time, which a loaded machine inflates less) and the summary it wrote.
 * Throws when onEnd wrote no summary or the summary does not hold every failure.
 */
export async function timeOnEnd(run: FakeRun, options: HealReporterOptions): Promise<{ ms: number; cpuMs: number; summary: HealingSummary }> {
  // Playwright adds configDir to the options it constructs a reporter with.
  const reporter = new HealReporter({ ...options, configDir: run.root });
  reporter.onBegin(run.config, run.suite);
  for (const t of run.tests) reporter.onTestEnd(t, t.results[0] as TestResult);
  const result: FullResult = { status: 'failed', startTime: new Date(), duration: 1000 };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await reporter.onEnd(result);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const results = path.join(run.root, 'healing-results');
  const runDirs = existsSync(results) ? readdirSync(results).filter((n) => n.startsWith('run-')) : [];
  const summaryFile = runDirs.length === 1 ? path.join(results, runDirs[0] as string, 'healing-summary.json') : '';
  if (!summaryFile || !existsSync(summaryFile)) throw new Error(`onEnd left no healing-summary.json under ${results} (run folders: ${runDirs.join(', ') || 'none'})`);
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as HealingSummary;
  if (summary.totals.failed !== run.tests.length) throw new Error(`the summary counts ${summary.totals.failed} failed tests, the run had ${run.tests.length}`);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, summary };
}
