// Reads Playwright's JSON report of a verification re-run into keyed test results.
import path from 'node:path';
import { redactText } from '../../redact/index.js';
import { stripAnsi } from '../../triage/text.js';
import type { TestRun, TestStatus } from './types.js';
import { testKey } from '../../common/names.js';

export { fileOfKey, projectOfKey, testKey } from '../../common/names.js';

const ERROR_CHARS = 500;


interface JsonResult {
  status?: string;
  duration?: number;
  error?: { message?: string; value?: string };
  errors?: Array<{ message?: string; value?: string }>;
}
interface JsonTest {
  projectName?: string;
  results?: JsonResult[];
}
interface JsonSpec {
  title?: string;
  file?: string;
  tests?: JsonTest[];
}
interface JsonSuite {
  title?: string;
  file?: string;
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}
interface JsonReport {
  config?: { rootDir?: string };
  suites?: JsonSuite[];
  errors?: Array<{ message?: string; value?: string }>;
}

const STATUSES = new Set<TestStatus>(['passed', 'failed', 'timedOut', 'skipped', 'interrupted']);

/** First ERROR_CHARS characters of an error, ANSI stripped and redacted. */
export function errorExcerpt(text: string): string {
  return redactText(stripAnsi(text)).slice(0, ERROR_CHARS);
}

/** Posix path of `abs` relative to whichever of `roots` contains it. */
function relativeTo(roots: readonly string[], abs: string): string {
  for (const root of roots) {
    const rel = path.relative(root, abs);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return abs.split(path.sep).join('/');
}

/**
 * The tests of a JSON report, keyed by testKey with files relative to one of `repoRoots` (the copy's
 * folder as given and as realpath), and the report's top-level errors (config or syntax errors).
 */
export function parseJsonReport(report: unknown, repoRoots: readonly string[]): { tests: TestRun[]; errors: string[] } {
  const r = (report ?? {}) as JsonReport;
  const rootDir = r.config?.rootDir ?? repoRoots[0] ?? '';
  const tests: TestRun[] = [];
  const visit = (suite: JsonSuite, titles: string[], isFile: boolean) => {
    const inner = isFile ? titles : [...titles, suite.title ?? ''];
    for (const spec of suite.specs ?? []) {
      const file = relativeTo(repoRoots, path.resolve(rootDir, spec.file ?? suite.file ?? ''));
      for (const t of spec.tests ?? []) {
        const last = t.results?.[t.results.length - 1];
        const raw = last?.status as TestStatus | undefined;
        const status: TestStatus = raw && STATUSES.has(raw) ? raw : 'skipped';
        const message = last?.error?.message ?? last?.error?.value ?? last?.errors?.[0]?.message;
        tests.push({
          key: testKey(t.projectName ?? '', file, [...inner, spec.title ?? '']),
          status,
          durationMs: last?.duration ?? 0,
          ...(message ? { error: errorExcerpt(message) } : {}),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, inner, false);
  };
  for (const fileSuite of r.suites ?? []) visit(fileSuite, [], true);
  const errors = (r.errors ?? []).map((e) => errorExcerpt(e.message ?? e.value ?? 'unknown error'));
  return { tests, errors };
}
