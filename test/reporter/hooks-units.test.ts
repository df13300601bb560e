// The reporter's hooks in one process, on the objects Playwright hands a reporter (bench/fake-run.ts):
// what onBegin, onTestEnd, onError and onEnd write, log and print, each guard, and that onEnd returns
// nothing whatever happens. Fast enough to run for every mutant of src/reporter/reporter.ts
// (`npm run mutation reporter-hooks`: the real-run tests load dist/, which Stryker does not mutate);
// the same promises in real `playwright test` runs are in exit-code.test.ts and reporter.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FullConfig, FullResult, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { HealReporter, loadHealPipeline } from '../../src/reporter/reporter.js';
import type { HealReporterOptions } from '../../src/reporter/options.js';
import type { HealingSummary } from '../../src/artifacts/summary.js';
import { writeClassAFix, type ClassAFixFile } from '../../src/class-a/records.js';
import { LKG_ATTACHMENT, LKG_FRESH_FILE } from '../../src/last-known-good/types.js';
import { PUBLISH_MANIFEST } from '../../src/artifacts/publish-manifest.js';
import { healwrightVersion } from '../../src/common/version.js';
import { fakeRun, withEnv, type FakeRun } from '../../bench/fake-run.js';

// The reporter loads its heal pipeline with a dynamic import started in onBegin (heal/pipeline.ts). drive()
// stubs stdout from onBegin to the end of onEnd; a first load there (through tsx's loader thread) would let
// the test runner write its own report into the stub. Loaded once here, onEnd's await resolves at once.
await loadHealPipeline();

type Status = 'passed' | 'failed' | 'flaky';
interface Spec {
  title: string;
  status?: Status;
  message?: string;
  project?: string;
  attachments?: TestResult['attachments'];
  expectedStatus?: 'passed' | 'failed';
  titlePath?: () => string[];
}

const FAILURE = 'TypeError: Cannot read properties of undefined (reading "total")';
const OPTIONS: HealReporterOptions = { dryRun: true, skipLlm: true };

/** A run of `specs` (failed unless said) in `root` (default a fresh folder); projects get `retries` (default 1). */
function makeRun(specs: Spec[], opts: { root?: string; projects?: string[]; retries?: number[]; shard?: FullConfig['shard']; blob?: boolean } = {}): FakeRun {
  const root = opts.root ?? mkdtempSync(path.join(os.tmpdir(), 'hw-hooks-'));
  const projects = opts.projects ?? ['chromium'];
  const run = fakeRun(
    root,
    specs.map((s) => ({ project: s.project ?? (projects[0] as string), file: 'a.spec.ts', title: s.title, message: s.message ?? FAILURE })),
    { projects, workers: 2, reporterOptions: OPTIONS },
  );
  run.config.projects.forEach((p, i) => ((p as { retries: number }).retries = opts.retries?.[i] ?? 1));
  if (opts.shard !== undefined) (run.config as { shard: FullConfig['shard'] }).shard = opts.shard;
  if (opts.blob) (run.config as { reporter: FullConfig['reporter'] }).reporter = [['blob', undefined], ...run.config.reporter];
  run.tests.forEach((t, i) => shape(t, specs[i] as Spec));
  return run;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function shape(t: TestCase, s: Spec): void {
  const test = t as Mutable<TestCase>;
  const failed = test.results[0] as Mutable<TestResult>;
  if (s.expectedStatus) test.expectedStatus = s.expectedStatus;
  if (s.titlePath) test.titlePath = s.titlePath;
  const status = s.status ?? 'failed';
  const passed = { ...failed, status: 'passed', errors: [], error: undefined, attachments: s.attachments ?? [] } as TestResult;
  if (status === 'passed') {
    test.results = [{ ...passed, retry: 0 }];
    test.outcome = () => 'expected';
    test.ok = () => true;
  } else if (status === 'flaky') {
    test.results = [failed, { ...passed, retry: 1 }];
    test.outcome = () => 'flaky';
    test.ok = () => true;
  } else if (s.attachments) {
    failed.attachments = s.attachments;
  }
}

interface Driven {
  returned: unknown;
  stdout: string;
  stderr: string;
  /** HEAL_RUN_DIR as onBegin left it. */
  runDirEnv: string | undefined;
  root: string;
  reporter: HealReporter;
}

interface DriveOpts {
  env?: Record<string, string>;
  argv?: string[];
  tty?: boolean;
  errors?: TestError[];
  /** Between the last onTestEnd and onEnd, with the run folder (what fixtures write there). */
  beforeEnd?: (runDir: string) => void;
  reporter?: (options: HealReporterOptions) => HealReporter;
}

/** Playwright's order: constructor, onBegin, onTestEnd per attempt, onError, onEnd; output captured. */
async function drive(run: FakeRun, options: HealReporterOptions = OPTIONS, o: DriveOpts = {}): Promise<Driven> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const argv = process.argv;
  const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  if (o.argv) process.argv = o.argv;
  if (o.tty !== undefined) Object.defineProperty(process.stdout, 'isTTY', { value: o.tty, configurable: true });
  try {
    return await withEnv(o.env ?? {}, async () => {
      const opts = { ...options, configDir: run.root };
      const reporter = o.reporter ? o.reporter(opts) : new HealReporter(opts);
      reporter.onBegin(run.config, run.suite);
      const runDirEnv = process.env.HEAL_RUN_DIR;
      for (const t of run.tests) for (const r of t.results) reporter.onTestEnd(t, r);
      for (const e of o.errors ?? []) reporter.onError(e);
      if (runDirEnv) o.beforeEnd?.(runDirEnv);
      const failed = run.tests.some((t) => t.outcome() === 'unexpected');
      const result: FullResult = { status: failed ? 'failed' : 'passed', startTime: new Date(), duration: 1000 };
      const returned: unknown = await reporter.onEnd(result);
      return { returned, stdout: out.join(''), stderr: err.join(''), runDirEnv, root: run.root, reporter };
    });
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.argv = argv;
    if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
  }
}

const results = (root: string) => path.join(root, 'healing-results');
function runDirs(root: string, under = ''): string[] {
  const dir = path.join(results(root), under);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('run-')).map((n) => path.join(dir, n)) : [];
}
function onlyRunDir(root: string): string {
  const dirs = runDirs(root);
  assert.equal(dirs.length, 1, `one run folder under ${results(root)}: ${dirs.join(', ')}`);
  return dirs[0] as string;
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const summaryOf = (runDir: string) => readJson<HealingSummary>(path.join(runDir, 'healing-summary.json'));
/** healing-output.log without the timestamps: `INFO  message` per line. */
const logOf = (runDir: string) =>
  readFileSync(path.join(runDir, 'healing-output.log'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\S+ /, ''));
const hasLine = (lines: string[], re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `a log line matching ${re}:\n${lines.join('\n')}`);
const lacksLine = (lines: string[], re: RegExp) => assert.ok(!lines.some((l) => re.test(l)), `no log line matching ${re}:\n${lines.join('\n')}`);
const cleanup = (root: string) => rmSync(root, { recursive: true, force: true });

/** One last-known-good record, as the fixtures attach it to a passing test. */
function lkgAttachment(root: string, locator: string, line = 3): TestResult['attachments'][number] {
  const body = JSON.stringify([{ file: path.join(root, 'a.spec.ts'), line, locator, count: 1, elements: [{ tag: 'button', role: 'button', name: 'Save', text: 'Save' }] }]);
  return { name: LKG_ATTACHMENT, contentType: 'application/json', body: Buffer.from(body) };
}

describe('onEnd returns nothing, so Playwright\'s exit code stands', () => {
  const cases: [name: string, specs: Spec[], health: string][] = [
    ['HEALTHY with one failure', [...Array.from({ length: 20 }, (_, i): Spec => ({ title: `passes ${i}`, status: 'passed' })), { title: 'fails' }], 'HEALTHY'],
    ['DEGRADED', [...Array.from({ length: 9 }, (_, i): Spec => ({ title: `passes ${i}`, status: 'passed' })), { title: 'fails' }], 'DEGRADED'],
    ['FAILING', [{ title: 'passes', status: 'passed' }, { title: 'fails 1' }, { title: 'fails 2' }], 'FAILING'],
    ['all passed', [{ title: 'a', status: 'passed' }, { title: 'b', status: 'passed' }], 'HEALTHY'],
    ['flaky only', [{ title: 'a', status: 'passed' }, { title: 'b', status: 'flaky' }], 'HEALTHY'],
  ];
  for (const [name, specs, health] of cases) {
    test(name, async () => {
      const run = makeRun(specs);
      try {
        const d = await drive(run);
        assert.equal(d.returned, undefined);
        assert.equal(summaryOf(onlyRunDir(run.root)).health.status, health);
        assert.equal(d.stderr, '');
      } finally {
        cleanup(run.root);
      }
    });
  }

  test('a throw inside onEnd is reported on stderr and in the log, and onEnd still returns nothing', async () => {
    const run = makeRun([{ title: 'fails' }]);
    // The private writeArtifacts replaced by a throw, as a bug in it would.
    const broken = (opts: HealReporterOptions): HealReporter => {
      const r = new HealReporter(opts);
      (r as unknown as { writeArtifacts: () => Promise<never> }).writeArtifacts = () => Promise.reject(new Error('planted failure in onEnd\nsecond line with ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'));
      return r;
    };
    try {
      const d = await drive(run, OPTIONS, { reporter: broken });
      assert.equal(d.returned, undefined);
      assert.equal(d.stderr, 'healwright internal error in onEnd: Error: planted failure in onEnd (the test run is not affected; details in healing-output.log)\n');
      const log = logOf(onlyRunDir(run.root));
      hasLine(log, /^ERROR healwright internal error in onEnd: Error: planted failure in onEnd$/);
      hasLine(log, /^ERROR second line with \[REDACTED/);
      assert.ok(!log.join('\n').includes('ghp_0123'), 'the token stays out of the log');
    } finally {
      cleanup(run.root);
    }
  });

  test('a throw in onBegin: reported once, no run folder, the other hooks return quietly', async () => {
    const run = makeRun([{ title: 'fails' }]);
    (run.config as { reporter: unknown }).reporter = undefined;
    try {
      const d = await drive(run);
      assert.equal(d.returned, undefined);
      assert.match(d.stderr, /^healwright internal error in onBegin: TypeError: [^\n]+ \(the test run is not affected; details in healing-output.log\)\n$/);
      assert.equal(existsSync(results(run.root)) && runDirs(run.root).length > 0, false);
      // Nothing written anywhere: the folder holds what the fake run put there, and the working directory no triage/.
      assert.deepEqual(readdirSync(run.root), ['playwright.config.ts']);
      assert.equal(existsSync(path.join(process.cwd(), 'triage')), false);
    } finally {
      cleanup(run.root);
    }
  });
});

describe('a run: what each hook leaves', () => {
  test('onBegin: the run folder, its settings, HEAL_RUN_DIR and the opening log lines', async () => {
    const run = makeRun([{ title: 'passes', status: 'passed' }, { title: 'fails' }]);
    const options: HealReporterOptions = { ...OPTIONS, maxFixesPerRun: 7, maxFixAttemptsPerFailure: 3, cooldownBetweenFixes: 1234, maxRunDuration: 99_000, outputDir: 'out/heal' };
    try {
      const before = Date.now();
      const d = await drive(run, options);
      assert.equal(d.reporter.printsToStdio(), false);
      const dirs = readdirSync(path.join(run.root, 'out', 'heal')).filter((n) => n.startsWith('run-'));
      assert.equal(dirs.length, 1);
      const runDir = path.join(run.root, 'out', 'heal', dirs[0] as string);
      assert.equal(d.runDirEnv, runDir);
      assert.match(path.basename(runDir), /^run-\d{8}-\d{6}-[0-9a-f]{8}$/);
      const settings = readJson<Record<string, unknown>>(path.join(runDir, 'run-settings.json'));
      assert.equal(settings.runId, path.basename(runDir));
      assert.ok(Date.parse(settings.startedAt as string) >= before - 1000 && Date.parse(settings.startedAt as string) <= Date.now(), String(settings.startedAt));
      assert.deepEqual(
        { ...settings, runId: 0, startedAt: 0 },
        { runId: 0, startedAt: 0, dryRun: true, projects: ['chromium'], maxFixAttemptsPerFailure: 3, maxFixesPerRun: 7, cooldownBetweenFixes: 1234, maxRunDuration: 99_000 },
      );
      const log = logOf(runDir);
      assert.equal(log[0], `INFO  healwright ${healwrightVersion()} run ${path.basename(runDir)}: 2 tests, Playwright ${run.config.version}, workers 2`);
      assert.equal(log[1], 'INFO  config: dryRun=true skipLlm=true projects=(all) maxFixesPerRun=7');
      lacksLine(log, /merge-reports|shard/);
      // The summary's start time is onBegin's.
      assert.equal(summaryOf(runDir).startedAt, settings.startedAt);
      assert.equal(existsSync(path.join(run.root, 'out', 'heal', 'latest.json')), true);
    } finally {
      cleanup(run.root);
    }
  });

  test('onBegin: projects named in the log; a config with a healed project of retries >= 1 gets no retries warning', async () => {
    const run = makeRun([{ title: 'fails', project: 'api' }], { projects: ['api', 'web'], retries: [1, 0] });
    try {
      await drive(run, { ...OPTIONS, projects: ['api', 'web'] });
      const runDir = onlyRunDir(run.root);
      hasLine(logOf(runDir), /^INFO {2}config: dryRun=true skipLlm=true projects=api,web maxFixesPerRun=\d+$/);
      assert.deepEqual(summaryOf(runDir).warnings, []);
    } finally {
      cleanup(run.root);
    }
  });

  test('retries 0 on every healed project: one warning, in the summary and the log', async () => {
    // `web` has retries but is not healed; `api`, the healed one, has none.
    const run = makeRun([{ title: 'fails', project: 'api' }], { projects: ['api', 'web'], retries: [0, 2] });
    try {
      await drive(run, { ...OPTIONS, projects: ['api'] });
      const runDir = onlyRunDir(run.root);
      const warning = 'retries are 0: Class A fixes (restart-backend, clear-session, refresh-tokens) are applied before a retry, so they need retries >= 1';
      assert.deepEqual(summaryOf(runDir).warnings, [warning]);
      hasLine(logOf(runDir), new RegExp(`^WARN {2}${warning.replace(/[()]/g, '\\$&')}$`));
    } finally {
      cleanup(run.root);
    }
  });

  test('no healed project at all: the projects warning, and no retries warning', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      await drive(run, { ...OPTIONS, projects: ['nope'] });
      const s = summaryOf(onlyRunDir(run.root));
      assert.equal(s.warnings.length, 2, s.warnings.join('\n'));
      assert.match(s.warnings[0] as string, /^the projects option \(nope\) names none of this config's projects \(chromium\)/);
      assert.match(s.warnings[1] as string, /^1 failure\(s\) in projects healwright does not heal \(chromium\) were triaged only/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: each failed attempt is logged and handed over; passed ones are not', async () => {
    const run = makeRun([{ title: 'passes', status: 'passed' }, { title: 'fails' }, { title: 'flaky', status: 'flaky' }]);
    try {
      const before = new Date().toISOString();
      await drive(run);
      const runDir = onlyRunDir(run.root);
      const handovers = readdirSync(path.join(runDir, 'triage')).sort();
      assert.equal(handovers.length, 2, handovers.join(', '));
      const h = readJson<Record<string, unknown>>(path.join(runDir, 'triage', handovers[0] as string));
      assert.equal(h.testId, 't1');
      assert.equal(h.retry, 0);
      assert.equal(h.project, 'chromium');
      assert.equal(h.healable, true);
      assert.equal(h.class, 'C');
      assert.equal(typeof h.category, 'string');
      assert.ok((h.at as string) >= before, `${String(h.at)} >= ${before}`);
      const s = summaryOf(runDir);
      const failure = s.failures.find((f) => f.testId === 't1');
      assert.ok(failure);
      assert.equal(h.fingerprint, failure.fingerprint);
      assert.equal(h.rule, failure.triage.rule);
      assert.equal(h.category, failure.triage.category);
      assert.equal(h.confidence, failure.triage.confidence);
      const log = logOf(runDir);
      const pct = Math.round(failure.triage.confidence * 100);
      hasLine(log, new RegExp(`^INFO {2}failed chromium › a\\.spec\\.ts › fails \\(retry 0\\): C/${failure.triage.category} ${pct}% \\[${failure.triage.rule}\\] ${failure.fingerprint}$`));
      hasLine(log, /^INFO {2}failed chromium › a\.spec\.ts › flaky \(retry 0\): /);
      lacksLine(log, /passes \(retry/);
      lacksLine(log, /evidence ignored/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: a project healwright does not heal is handed over as not healable', async () => {
    const run = makeRun([{ title: 'fails', project: 'web' }], { projects: ['api', 'web'], retries: [1, 1] });
    try {
      await drive(run, { ...OPTIONS, projects: ['api'] });
      const runDir = onlyRunDir(run.root);
      const h = readJson<Record<string, unknown>>(path.join(runDir, 'triage', readdirSync(path.join(runDir, 'triage')).find(() => true) as string));
      assert.equal(h.project, 'web');
      assert.equal(h.healable, false);
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: unreadable heal-evidence is logged as ignored, with the test title', async () => {
    const evidence = { name: 'heal-evidence', contentType: 'application/json', body: Buffer.from('{not json') };
    const run = makeRun([{ title: 'fails with evidence', attachments: [evidence] }]);
    try {
      await drive(run);
      hasLine(logOf(onlyRunDir(run.root)), /^WARN {2}evidence ignored for fails with evidence: \S/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: a throw is reported redacted, and the run goes on', async () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const run = makeRun([
      { title: 'breaks', titlePath: () => { throw new Error(`titlePath broke near ${token}`); } },
      { title: 'fails' },
    ]);
    try {
      const d = await drive(run);
      assert.equal(d.returned, undefined);
      assert.match(d.stderr, /^healwright internal error in onTestEnd: Error: titlePath broke near \[REDACTED[^\]]*\] \(the test run is not affected; details in healing-output\.log\)\n$/);
      const runDir = onlyRunDir(run.root);
      const s = summaryOf(runDir);
      // The broken test also breaks test-output.json, a step of its own: the rest of onEnd goes on.
      assert.equal(s.errors.length, 2, s.errors.join('\n'));
      assert.match(s.errors[0] as string, /^healwright internal error in onTestEnd: Error: titlePath broke near \[REDACTED[^\]]*\]\n {4}at /, 'with the stack');
      assert.match(s.errors[1] as string, /^healwright could not write test-output\.json: titlePath broke near \[REDACTED[^\]]*\]$/);
      hasLine(logOf(runDir), /^ERROR could not write test-output\.json: Error: titlePath broke/);
      assert.ok(!JSON.stringify(s).includes(token) && !readFileSync(path.join(runDir, 'healing-output.log'), 'utf8').includes(token));
      // The other test was still recorded and handed over.
      assert.equal(readdirSync(path.join(runDir, 'triage')).length, 1);
    } finally {
      cleanup(run.root);
    }
  });

  test('onError: errors outside tests go to the summary without colours or secrets, and to the log', async () => {
    const run = makeRun([{ title: 'fails' }]);
    const errors: TestError[] = [
      { message: '\u001b[31mError: global setup failed with password=hunter2hunter2\u001b[39m' },
      { value: 'thrown value' },
      {} as TestError,
    ];
    try {
      await drive(run, OPTIONS, { errors });
      const runDir = onlyRunDir(run.root);
      const s = summaryOf(runDir);
      assert.equal(s.errors.length, 3, s.errors.join('\n'));
      assert.match(s.errors[0] as string, /^Error: global setup failed with password=\[REDACTED/);
      assert.ok(!(s.errors[0] as string).includes('\u001b') && !(s.errors[0] as string).includes('hunter2'));
      assert.equal(s.errors[1], 'thrown value');
      assert.equal(s.errors[2], '[object Object]');
      const log = logOf(runDir);
      hasLine(log, /^ERROR error outside tests: Error: global setup failed with password=\[REDACTED[^\]]*\]$/);
      hasLine(log, /^ERROR error outside tests: thrown value$/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: every artifact, the same summary in latest.json, history and the step summary', async () => {
    const run = makeRun([{ title: 'passes', status: 'passed' }, { title: 'fails' }]);
    const stepSummary = path.join(os.tmpdir(), `hw-hooks-step-${process.pid}-${Date.now()}.md`);
    writeFileSync(stepSummary, 'earlier step\n');
    try {
      const d = await drive(run, { ...OPTIONS, printSummary: false }, { env: { GITHUB_STEP_SUMMARY: stepSummary } });
      assert.equal(d.stdout, '', 'printSummary: false prints nothing');
      const runDir = onlyRunDir(run.root);
      for (const name of ['test-output.json', 'healing-summary.json', 'summary.md', 'healing-output.log', PUBLISH_MANIFEST]) {
        assert.equal(existsSync(path.join(runDir, name)), true, name);
      }
      const summaryText = readFileSync(path.join(runDir, 'healing-summary.json'), 'utf8');
      assert.equal(readFileSync(path.join(results(run.root), 'latest.json'), 'utf8'), summaryText.endsWith('\n') ? summaryText : summaryText + '\n');
      const s = JSON.parse(summaryText) as HealingSummary;
      assert.equal(s.totals.passed, 1);
      assert.equal(s.totals.failed, 1);
      assert.deepEqual(s.errors, []);
      assert.equal(s.llm.note, 'LLM skipped (skipLlm): rules only');
      // The heal stages ran: the Class C failure has its issue, written as a file in a dry run.
      assert.deepEqual(s.issues.map((i) => i.status), ['dry-run']);
      assert.equal(readdirSync(path.join(runDir, 'issues')).length, 1);
      const markdown = readFileSync(path.join(runDir, 'summary.md'), 'utf8');
      assert.equal(readFileSync(stepSummary, 'utf8'), `earlier step\n${markdown}\n`);
      const history = readFileSync(path.join(results(run.root), 'history.jsonl'), 'utf8').trim().split('\n');
      assert.equal(history.length, 1);
      assert.equal((JSON.parse(history[0] as string) as { runId: string }).runId, path.basename(runDir));
      const testOutput = readJson<{ stats?: unknown; suites?: unknown[] }>(path.join(runDir, 'test-output.json'));
      assert.ok(Array.isArray(testOutput.suites) && testOutput.suites.length > 0);
      const log = logOf(runDir);
      hasLine(log, /^INFO {2}last-known-good: 0 record\(s\) from passing tests; 0 entries in the store$/);
      hasLine(log, new RegExp(`^INFO {2}health ${s.health.score ?? '-'} ${s.health.status}: 1 passed, 1 failed, 0 flaky, 0 skipped; 1 clusters$`));
      hasLine(log, /^INFO {2}onEnd finished in \d+\.\d ms$/);
    } finally {
      cleanup(run.root);
      rmSync(stepSummary, { force: true });
    }
  });

  test('onEnd: the console summary names the run folder, coloured only on a TTY without NO_COLOR / FORCE_COLOR=0', async (t) => {
    const cases: [tty: boolean, env: Record<string, string>, colours: boolean][] = [
      [false, {}, false],
      [true, {}, true],
      [true, { NO_COLOR: '1' }, false],
      [true, { FORCE_COLOR: '0' }, false],
      [true, { FORCE_COLOR: '1' }, true],
    ];
    // The runner's own colour settings (CI sets some) stay out: each case sets its own.
    const outer = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    t.after(() => {
      for (const [k, v] of Object.entries(outer)) if (v !== undefined) process.env[k] = v;
    });
    for (const [tty, env, colours] of cases) {
      const run = makeRun([{ title: 'fails' }]);
      try {
        const d = await drive(run, OPTIONS, { tty, env });
        const runDir = onlyRunDir(run.root);
        assert.match(d.stdout, /healwright: health /, `tty=${tty} ${JSON.stringify(env)}`);
        assert.ok(d.stdout.includes(path.relative(process.cwd(), runDir)), d.stdout);
        assert.equal(d.stdout.includes('\u001b['), colours, `colours for tty=${tty} ${JSON.stringify(env)}:\n${d.stdout}`);
      } finally {
        cleanup(run.root);
      }
    }
  });

  test('onEnd: run from inside the run folder, the console names it by its full path', async () => {
    const run = makeRun([{ title: 'fails' }]);
    const cwd = process.cwd();
    try {
      const d = await drive(run, OPTIONS, { beforeEnd: (runDir) => process.chdir(runDir) });
      process.chdir(cwd);
      assert.ok(d.stdout.includes(onlyRunDir(run.root)), d.stdout);
    } finally {
      process.chdir(cwd);
      cleanup(run.root);
    }
  });

  test('onEnd: an artifact that cannot be written is an error in the summary; the others are still written', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      // A folder where latest.json goes.
      mkdirSync(path.join(results(run.root), 'latest.json'), { recursive: true });
      const d = await drive(run);
      assert.equal(d.returned, undefined);
      const runDir = onlyRunDir(run.root);
      const log = logOf(runDir);
      hasLine(log, /^ERROR could not write latest\.json: Error: /);
      // The whole stack, one log line per frame.
      const at = log.findIndex((l) => /^ERROR could not write latest\.json/.test(l));
      assert.match(log[at + 1] as string, /^ERROR {5}at /);
      assert.equal(existsSync(path.join(results(run.root), 'history.jsonl')), true, 'history.jsonl is written after it');
      assert.equal(existsSync(path.join(runDir, 'summary.md')), true);
      assert.equal(d.stderr, '');
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: history.jsonl that cannot be appended is logged; the summary written before it stands', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      // history.jsonl as a folder: the append fails after healing-summary.json was written.
      mkdirSync(path.join(results(run.root), 'history.jsonl'), { recursive: true });
      await drive(run);
      const runDir = onlyRunDir(run.root);
      hasLine(logOf(runDir), /^ERROR could not write history\.jsonl: /);
      // Steps before it wrote a summary without the error; the step records it for the console and log.
      assert.deepEqual(summaryOf(runDir).errors, []);
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: run folders older than retentionDays are pruned, shard folders too; the current one stays', async () => {
    const run = makeRun([{ title: 'fails' }]);
    const old = 'run-20200101-000000-deadbeef';
    const recent = `run-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-000000-cafebabe`;
    try {
      for (const d of [path.join(results(run.root), old), path.join(results(run.root), recent), path.join(results(run.root), '.shards', old)]) mkdirSync(d, { recursive: true });
      await drive(run, { ...OPTIONS, artifacts: { retentionDays: 2 } });
      assert.equal(existsSync(path.join(results(run.root), old)), false);
      assert.equal(existsSync(path.join(results(run.root), '.shards', old)), false);
      assert.equal(existsSync(path.join(results(run.root), recent)), true);
      const current = runDirs(run.root).filter((d) => !d.endsWith(recent));
      assert.equal(current.length, 1);
      hasLine(logOf(current[0] as string), /^INFO {2}pruned 1 run folder\(s\) older than 2 days$/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: summary.md that cannot be written is logged by name; latest.json still is', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      await drive(run, OPTIONS, { beforeEnd: (runDir) => mkdirSync(path.join(runDir, 'summary.md')) });
      const runDir = onlyRunDir(run.root);
      hasLine(logOf(runDir), /^ERROR could not write summary\.md: Error: EISDIR/);
      assert.equal(existsSync(path.join(results(run.root), 'latest.json')), true);
    } finally {
      cleanup(run.root);
    }
  });

  test('a run with no tests: health "-" in the log', async () => {
    const run = makeRun([]);
    try {
      await drive(run);
      hasLine(logOf(onlyRunDir(run.root)), /^INFO {2}health - NO_TESTS: 0 passed, 0 failed, 0 flaky, 0 skipped; 0 clusters$/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: a test outside any project is handed over with an empty project', async () => {
    const run = makeRun([{ title: 'fails' }]);
    ((run.tests[0] as TestCase).parent as { project: () => undefined }).project = () => undefined;
    try {
      await drive(run);
      const runDir = onlyRunDir(run.root);
      const h = readJson<Record<string, unknown>>(path.join(runDir, 'triage', readdirSync(path.join(runDir, 'triage'))[0] as string));
      assert.equal(h.project, '');
    } finally {
      cleanup(run.root);
    }
  });

  test('onTestEnd: a thrown undefined is still reported', async () => {
    const run = makeRun([{ title: 'breaks', titlePath: () => { throw undefined; } }]);
    try {
      const d = await drive(run);
      assert.equal(d.stderr, 'healwright internal error in onTestEnd: undefined (the test run is not affected; details in healing-output.log)\n');
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: nothing to prune, no pruned line', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      await drive(run);
      lacksLine(logOf(onlyRunDir(run.root)), /pruned/);
    } finally {
      cleanup(run.root);
    }
  });

  test('onEnd: browser-not-installed failures get their warning in the summary and the log', async () => {
    const message = "Error: browserType.launch: Executable doesn't exist at /root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome";
    const run = makeRun([{ title: 'opens the page', message }]);
    try {
      await drive(run);
      const runDir = onlyRunDir(run.root);
      const s = summaryOf(runDir);
      assert.equal(s.warnings.length, 1, s.warnings.join('\n'));
      assert.match(s.warnings[0] as string, /^1 failure\(s\) are Playwright not finding its browser/);
      hasLine(logOf(runDir), /^WARN {2}1 failure\(s\) are Playwright not finding its browser/);
    } finally {
      cleanup(run.root);
    }
  });
});

describe('Class A records and the summary\'s fixes', () => {
  const fix = (testId: string, retry: number, status: ClassAFixFile['status'], at: string): ClassAFixFile => ({
    version: 1,
    testId,
    retry,
    category: 'clear-session',
    status,
    detail: `cleared the session of ${testId}`,
    at,
    durationMs: 5,
    triage: { rule: 'session-expired', confidence: 0.9, fingerprint: 'f' },
  });

  test('applied, verified and failed fixes are counted where they belong', async () => {
    // t0 passed on retry (its fix is verified), t1 failed again (applied), t2's fix failed.
    const run = makeRun([{ title: 'recovers', status: 'flaky' }, { title: 'fails again' }, { title: 'fix failed' }], { retries: [1] });
    try {
      await drive(run, OPTIONS, {
        beforeEnd: (runDir) => {
          writeClassAFix(runDir, fix('t0', 1, 'applied', '2026-01-01T00:00:01.000Z'));
          writeClassAFix(runDir, fix('t1', 1, 'applied', '2026-01-01T00:00:02.000Z'));
          writeClassAFix(runDir, fix('t2', 1, 'failed', '2026-01-01T00:00:03.000Z'));
        },
      });
      const runDir = onlyRunDir(run.root);
      const s = summaryOf(runDir);
      assert.deepEqual(s.fixes.attempted.map((f) => [f.testIds.join(), f.status]), [['t0', 'verified'], ['t1', 'applied'], ['t2', 'failed']]);
      assert.deepEqual(s.fixes.applied.map((f) => f.testIds.join()), ['t0', 't1']);
      assert.deepEqual(s.fixes.verified.map((f) => f.testIds.join()), ['t0']);
      hasLine(logOf(runDir), /^INFO {2}fix clear-session verified: cleared the session of t0; the retry passed$/);
    } finally {
      cleanup(run.root);
    }
  });
});

describe('last-known-good records of passing tests', () => {
  test('only passing tests that were expected to pass feed the store; the next run gets the fresh keys', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hw-hooks-lkg-'));
    const specs = (r: string): Spec[] => [
      { title: 'passes', status: 'passed', attachments: [lkgAttachment(r, "getByRole('button', {name: 'Save'})", 3)] },
      { title: 'expected to fail, passed', status: 'passed', expectedStatus: 'failed', attachments: [lkgAttachment(r, "locator('.unexpected')", 4)] },
      { title: 'fails', attachments: [lkgAttachment(r, "locator('.failing')", 5)] },
    ];
    try {
      const run1 = makeRun(specs(root), { root });
      await drive(run1);
      const runDir1 = onlyRunDir(root);
      hasLine(logOf(runDir1), /^INFO {2}last-known-good: 1 record\(s\) from passing tests; 1 entries in the store$/);
      const store = readJson<{ entries: { locator: string; line: number }[] }>(path.join(results(root), 'last-known-good.json'));
      assert.deepEqual(store.entries.map((e) => [e.line, e.locator]), [[3, "getByRole('button', { name: 'Save' })"]]);
      assert.equal(existsSync(path.join(runDir1, LKG_FRESH_FILE)), false, 'the first run had an empty store');

      const run2 = makeRun([{ title: 'fails' }], { root });
      await drive(run2);
      const runDir2 = runDirs(root).find((d) => d !== runDir1) as string;
      assert.deepEqual(readJson<string[]>(path.join(runDir2, LKG_FRESH_FILE)), [`${path.join(root, 'a.spec.ts')}:3 getByRole('button', { name: 'Save' })`]);
      hasLine(logOf(runDir2), /^INFO {2}last-known-good: 0 record\(s\) from passing tests; 1 entries in the store$/);
    } finally {
      cleanup(root);
    }
  });
});

describe('last-known-good: the store\'s retention and a broken store', () => {
  test('entries older than artifacts.retentionDays go when a run saves its records', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hw-hooks-lkg-'));
    try {
      await drive(makeRun([{ title: 'passes', status: 'passed', attachments: [lkgAttachment(root, "locator('.old')", 7)] }], { root }));
      const file = path.join(results(root), 'last-known-good.json');
      const store = readJson<{ entries: { lastSeen: string }[] }>(file);
      // Five days ago: past a retention of 2 days, within the store's own default of 30.
      for (const e of store.entries) e.lastSeen = new Date(Date.now() - 5 * 86_400_000).toISOString();
      writeFileSync(file, JSON.stringify(store));
      await drive(makeRun([{ title: 'passes', status: 'passed', attachments: [lkgAttachment(root, "locator('.new')", 8)] }], { root }), { ...OPTIONS, artifacts: { retentionDays: 2 } });
      assert.deepEqual(readJson<{ entries: { locator: string }[] }>(file).entries.map((e) => e.locator), ["locator('.new')"]);
    } finally {
      cleanup(root);
    }
  });

  test('a store that is not JSON is set aside, and the run says so in its warnings', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hw-hooks-lkg-'));
    try {
      mkdirSync(results(root), { recursive: true });
      writeFileSync(path.join(results(root), 'last-known-good.json'), '{ not json');
      await drive(makeRun([{ title: 'fails' }], { root }));
      const runDir = onlyRunDir(root);
      const warnings = summaryOf(runDir).warnings;
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0] as string, /last-known-good\.json could not be read: it is not valid JSON .*renamed last-known-good\.json\.unreadable/);
      hasLine(logOf(runDir), /^WARN {2}.*last-known-good\.json could not be read/);
      assert.equal(existsSync(path.join(results(root), 'last-known-good.json.unreadable')), true);
    } finally {
      cleanup(root);
    }
  });
});

describe('shards, merge-reports and nested runs', () => {
  test('a shard writing a blob report defers: its folder under .shards, a notice, no summary', async () => {
    const run = makeRun([{ title: 'fails' }], { shard: { current: 1, total: 2 }, blob: true });
    try {
      const d = await drive(run);
      assert.equal(d.returned, undefined);
      assert.deepEqual(runDirs(run.root), []);
      const shardDirs = runDirs(run.root, '.shards');
      assert.equal(shardDirs.length, 1);
      const runDir = shardDirs[0] as string;
      assert.equal(d.runDirEnv, runDir);
      assert.equal(existsSync(path.join(runDir, 'healing-summary.json')), false);
      assert.equal(existsSync(path.join(results(run.root), 'latest.json')), false);
      const log = logOf(runDir);
      hasLine(log, /^INFO {2}shard 1\/2: Class A fixes run here; triage, LLM, pull requests and issues run once in merge-reports \(shardMode=auto\)$/);
      hasLine(log, /^INFO {2}shard finished \(failed\); healing deferred to merge-reports$/);
      assert.equal(d.stdout, 'healwright: shard run; triage, pull requests and issues happen once in `playwright merge-reports` (shardMode=auto)\n');
    } finally {
      cleanup(run.root);
    }
  });

  test('shardMode defer without --shard: "(blob report)"; printSummary false keeps stdout quiet', async () => {
    const run = makeRun([{ title: 'fails' }], { blob: true });
    try {
      const d = await drive(run, { ...OPTIONS, shardMode: 'defer', printSummary: false });
      assert.equal(d.stdout, '');
      hasLine(logOf(runDirs(run.root, '.shards')[0] as string), /^INFO {2}shard \(blob report\): Class A fixes run here; .* \(shardMode=defer\)$/);
    } finally {
      cleanup(run.root);
    }
  });

  test('shardMode off: a blob shard heals here', async () => {
    const run = makeRun([{ title: 'fails' }], { shard: { current: 2, total: 2 }, blob: true });
    try {
      await drive(run, { ...OPTIONS, shardMode: 'off' });
      assert.deepEqual(runDirs(run.root, '.shards'), []);
      assert.equal(summaryOf(onlyRunDir(run.root)).totals.failed, 1);
    } finally {
      cleanup(run.root);
    }
  });

  test('merge-reports heals the merged shards, even with a shard and a blob in its config', async () => {
    const run = makeRun([{ title: 'fails' }], { shard: { current: 1, total: 2 }, blob: true });
    try {
      await drive(run, OPTIONS, { argv: [process.execPath, 'playwright', 'merge-reports', 'blob-report'] });
      const runDir = onlyRunDir(run.root);
      hasLine(logOf(runDir), /^INFO {2}merge-reports: healing the merged results of the shards$/);
      assert.equal(summaryOf(runDir).totals.failed, 1);
    } finally {
      cleanup(run.root);
    }
  });

  test('inside a run healwright started (HEALWRIGHT_NESTED=1): no folder, no env, no output', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      const d = await drive(run, OPTIONS, { env: { HEALWRIGHT_NESTED: '1' }, errors: [{ message: 'outside' }] });
      assert.equal(d.returned, undefined);
      assert.equal(d.runDirEnv, undefined);
      assert.equal(existsSync(results(run.root)), false);
      assert.equal(d.stdout, '');
      assert.equal(d.stderr, '');
    } finally {
      cleanup(run.root);
    }
  });
});

describe('configuration errors', () => {
  test('one bad option: one line on stderr, side effects off (dry run), the run still recorded', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      const d = await drive(run, { ...OPTIONS, dryRun: false, maxFixesPerRun: 'ten' as unknown as number });
      const lines = d.stderr.split('\n');
      assert.equal(lines[0], "healwright: configuration error; healwright's side effects are off for this run, tests still run:");
      assert.match(lines[1] as string, /^ {2}- .*maxFixesPerRun/);
      assert.equal(lines.length, 3, d.stderr);
      const runDir = onlyRunDir(run.root);
      assert.equal(readJson<{ dryRun: boolean }>(path.join(runDir, 'run-settings.json')).dryRun, true);
      hasLine(logOf(runDir), /^ERROR config: .*maxFixesPerRun/);
      assert.equal(summaryOf(runDir).config.issues.length, 1);
    } finally {
      cleanup(run.root);
    }
  });

  test('two bad options: "configuration errors", both listed', async () => {
    const run = makeRun([{ title: 'fails' }]);
    try {
      const d = await drive(run, { ...OPTIONS, maxFixesPerRun: 'ten' as unknown as number, cooldownBetweenFixes: 'soon' as unknown as number });
      const lines = d.stderr.split('\n');
      assert.equal(lines[0], "healwright: configuration errors; healwright's side effects are off for this run, tests still run:");
      assert.equal(lines.filter((l) => l.startsWith('  - ')).length, 2, d.stderr);
    } finally {
      cleanup(run.root);
    }
  });
});

describe('the OpenAPI document is fetched in onBegin (a webServer is gone by onEnd)', () => {
  /** A server that answers an empty OpenAPI document; `requested` settles at its first request. */
  async function withServer(fn: (url: string, hits: () => number, requested: Promise<void>) => Promise<void>): Promise<void> {
    let hits = 0;
    let first: () => void = () => {};
    const requested = new Promise<void>((r) => (first = r));
    const server: Server = createServer((_req, res) => {
      hits++;
      first();
      res.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {} }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`, () => hits, requested);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }

  /** `requested`, or a failure after 10 s (the request is in flight from onBegin; it need not have arrived by onEnd). */
  const arrives = (requested: Promise<void>, what: string) =>
    Promise.race([requested, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no request in 10 s`)), 10_000).unref())]);

  test('openapiUrl: requested from onBegin', async () => {
    await withServer(async (url, hits, requested) => {
      const run = makeRun([{ title: 'fails' }]);
      let atEnd = -1;
      try {
        await drive(run, { ...OPTIONS, openapiUrl: url }, { beforeEnd: () => { atEnd = hits(); } });
        await arrives(requested, 'openapiUrl');
        assert.ok(atEnd >= 0);
      } finally {
        cleanup(run.root);
      }
    });
  });

  test('API_URL alone: the document is looked for there; a deferred shard fetches nothing', async () => {
    await withServer(async (url, hits, requested) => {
      const base = url.replace(/\/openapi\.json$/, '');
      const run = makeRun([{ title: 'fails' }]);
      try {
        await drive(run, OPTIONS, { env: { API_URL: base } });
        await arrives(requested, 'API_URL');
      } finally {
        cleanup(run.root);
      }
      const shard = makeRun([{ title: 'fails' }], { shard: { current: 1, total: 2 }, blob: true });
      const seen = hits();
      try {
        await drive(shard, { ...OPTIONS, openapiUrl: url });
        await new Promise((r) => setTimeout(r, 100));
        assert.equal(hits(), seen, 'a deferred shard does not fetch');
      } finally {
        cleanup(shard.root);
      }
    });
  });
});
