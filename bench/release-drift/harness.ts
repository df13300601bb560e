// Runs one app's suite for real: against release N (must pass), then against release N+k through
// healwright's reporter (rules only, no LLM), applies the verified patches it wrote, re-runs the
// patched tests on N+k, and breaks every labelled element back to check the patched test then fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import type { FixRecord, HealingSummary } from '../../src/artifacts/summary.js';
import { makeTempDir, runInlineTest } from '../../test/helpers/run-inline.js';
import { scoreOne, totals, type AppTotals, type Observed, type Scored } from './score.js';
import { serveRelease, type ServeOptions } from './server.js';
import { unpackedRelease } from './tarballs.js';
import type { ReleaseApp, Removal } from './types.js';

const REPORT_ENV = 'RD_REPORT';
/** Nothing but the local server is reachable from the browser. */
const HOST_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export function suiteConfig(): string {
  const launch = chromiumLaunchOptions();
  const launchOptions = { ...launch, args: [...(launch.args ?? []), HOST_RULES] };
  return `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  retries: 0,
  workers: 2,
  timeout: 40000,
  expect: { timeout: 6000 },
  reporter: [
    ['json', { outputFile: process.env.${REPORT_ENV} ?? 'report.json' }],
    ['healwright/reporter', { skipLlm: true, cooldownBetweenFixes: 0, maxFixesPerRun: 100, printSummary: false }],
  ],
  // The old release's passing run stands for the suite's history: every call site recorded (the default
  // budget spreads the first reads over runs; evidence.ts measures it).
  use: { healLastKnownGoodBudget: 1, baseURL: process.env.BASE_URL, actionTimeout: 10000, launchOptions: ${JSON.stringify(launchOptions)} },
});
`;
}

interface JsonAnnotation {
  type: string;
  description?: string;
}
export interface JsonResult {
  status: string;
  annotations?: JsonAnnotation[];
  error?: { message?: string };
}
export interface JsonTest {
  annotations?: JsonAnnotation[];
  results: JsonResult[];
}
interface JsonSuite {
  specs?: { title: string; tests: JsonTest[] }[];
  suites?: JsonSuite[];
}

/** Every spec of a JSON report, by title: its first test and that test's last result (empty when the report is absent). */
export function lastResults(file: string): Map<string, { test?: JsonTest; result?: JsonResult }> {
  const out = new Map<string, { test?: JsonTest; result?: JsonResult }>();
  if (!existsSync(file)) return out;
  const walk = (s: JsonSuite) => {
    for (const spec of s.specs ?? []) {
      const test = spec.tests[0];
      out.set(spec.title, { test, result: test?.results.at(-1) });
    }
    (s.suites ?? []).forEach(walk);
  };
  ((JSON.parse(readFileSync(file, 'utf8')) as { suites?: JsonSuite[] }).suites ?? []).forEach(walk);
  return out;
}

/** Last status of every test in a JSON report, by title ('missing' when the report is absent). */
export function statuses(file: string): Map<string, string> {
  return new Map([...lastResults(file)].map(([title, { result }]) => [title, result?.status ?? 'missing']));
}

/** How one release of `app` is served: its files, the app's rewrites and extra files, and the elements a break-back run removes. */
export function serveOptions(app: ReleaseApp, root: string, remove?: Removal[]): ServeOptions {
  return { root, ...(app.rewrites ? { rewrites: app.rewrites } : {}), ...(app.extra ? { extra: app.extra } : {}), ...(remove ? { remove } : {}) };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `file:line` places a fix record names (`healer fix at a.spec.ts:12, pages/x.ts:7: ...`). */
export function editPlaces(detail: string): { file: string; line: number }[] {
  return [...detail.matchAll(/([\w./-]+\.(?:ts|js|mjs|json)):(\d+)/g)].map((m) => ({ file: m[1] as string, line: Number(m[2]) }));
}

/** Runs `fn` with `opts` served on a free local port, closing the server after. */
export async function withServer<T>(opts: ServeOptions, fn: (url: string) => Promise<T>): Promise<T> {
  const srv = await serveRelease(opts);
  try {
    return await fn(srv.url);
  } finally {
    await srv.close();
  }
}

export interface AppReport {
  app: ReleaseApp;
  scored: Scored[];
  totals: AppTotals;
  /** Verified patches healwright wrote, and how many applied. */
  patches: number;
  ms: number;
}

export async function runReleaseApp(app: ReleaseApp, log: (line: string) => void = () => {}): Promise<AppReport> {
  const t0 = performance.now();
  const oldRoot = unpackedRelease(app.pkg, app.from);
  const newRoot = unpackedRelease(app.pkg, app.to);
  const serve = (root: string, remove?: Removal[]) => serveOptions(app, root, remove);
  const dir = makeTempDir(`bench-release-${app.pkg.replace(/[^\w.-]/g, '_')}`);
  const timeoutMs = 2_400_000;
  const files = { 'playwright.config.ts': suiteConfig(), ...app.files };

  log(`${app.name}: ${app.pkg}@${app.from} (suite written for it)`);
  await withServer(serve(oldRoot), (url) => runInlineTest(files, { dir, timeoutMs, env: { BASE_URL: url, [REPORT_ENV]: 'report-old.json' } }));
  const before = statuses(path.join(dir, 'report-old.json'));

  log(`${app.name}: ${app.pkg}@${app.to} through healwright's reporter`);
  const run = await withServer(serve(newRoot), (url) => runInlineTest({}, { dir, timeoutMs, env: { BASE_URL: url, [REPORT_ENV]: 'report-new.json' } }));
  const after = statuses(path.join(dir, 'report-new.json'));
  let summary: HealingSummary | undefined;
  try {
    summary = run.summary();
  } catch (err) {
    log(`${app.name}: no healing summary: ${(err as Error).message.split('\n')[0]}`);
  }
  const titleOf = new Map((summary?.failures ?? []).map((f) => [f.testId, f.title]));
  const fixesOf = new Map<string, FixRecord[]>();
  for (const fix of summary?.fixes.attempted ?? []) {
    for (const id of fix.testIds) {
      const title = titleOf.get(id);
      if (title) fixesOf.set(title, [...(fixesOf.get(title) ?? []), fix]);
    }
  }
  const verifiedOf = (title: string) => (fixesOf.get(title) ?? []).filter((f) => f.status === 'verified');

  // The verified patches, applied to the suite as a reviewer would merge them.
  let patches = 0;
  const prDir = path.join(run.runDir(), 'pull-requests');
  if (existsSync(prDir)) {
    for (const p of readdirSync(prDir).filter((f) => f.endsWith('.patch'))) {
      try {
        execFileSync('git', ['apply', path.join(prDir, p)], { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
        patches += 1;
      } catch (err) {
        log(`${app.name}: ${p} does not apply: ${String((err as { stderr?: Buffer }).stderr ?? '').split('\n')[0]}`);
      }
    }
  }
  const healedTitles = [...after.keys()].filter((t) => verifiedOf(t).length > 0);
  const observed: Observed[] = [...before.keys()].map((test) => {
    const fixes = fixesOf.get(test) ?? [];
    const verified = verifiedOf(test);
    const lines = verified.flatMap((f) => editPlaces(f.detail)).map(({ file, line }) => {
      const p = path.join(dir, file);
      return existsSync(p) ? (readFileSync(p, 'utf8').split('\n')[line - 1] ?? '').trim() : '';
    });
    const reason = fixes.map((f) => f.detail).join('; ') || (summary?.failures.find((f) => f.title === test) ? `triaged ${summary.failures.find((f) => f.title === test)?.triage.category}, no fix attempted` : undefined);
    return { test, before: before.get(test) ?? 'missing', after: after.get(test) ?? 'missing', verified: verified.length > 0, ...(lines.length ? { patchedLines: lines } : {}), ...(reason ? { reason } : {}) };
  });

  if (healedTitles.length) {
    log(`${app.name}: re-running ${healedTitles.length} patched test(s) on ${app.to}, then each without its labelled element`);
    const grep = healedTitles.map(escapeRegex).join('|');
    const nested = { HEALWRIGHT_NESTED: '1' };
    await withServer(serve(newRoot), (url) => runInlineTest({}, { dir, timeoutMs, env: { ...nested, BASE_URL: url, [REPORT_ENV]: 'report-patched.json' }, args: ['-g', grep] }));
    const patched = statuses(path.join(dir, 'report-patched.json'));
    for (const o of observed) if (o.verified) o.patchedPasses = patched.get(o.test) === 'passed';
    for (const title of healedTitles) {
      const label = app.labels.find((l) => l.test === title);
      const o = observed.find((x) => x.test === title);
      if (!o || !label?.target) continue;
      const opts = serve(newRoot, [label.target]);
      const report = `report-break-${healedTitles.indexOf(title)}.json`;
      await withServer(opts, (url) => runInlineTest({}, { dir, timeoutMs, env: { ...nested, BASE_URL: url, [REPORT_ENV]: report }, args: ['-g', escapeRegex(title)] }));
      const st = statuses(path.join(dir, report)).get(title);
      if (st !== undefined) o.passesWithoutTarget = st === 'passed';
    }
  }
  const scored = observed.map((o) => scoreOne(o, app.labels.find((l) => l.test === o.test)));
  return { app, scored, totals: totals(scored), patches, ms: performance.now() - t0 };
}
