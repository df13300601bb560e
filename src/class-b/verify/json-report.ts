// Reads Playwright's JSON report of a verification re-run into keyed test results.
import path from 'node:path';
import { redactText } from '../../redact/index.js';
import { stripAnsi } from '../../triage/text.js';
import type { RerunAttachment, RerunFailure, TestRun, TestStatus } from './types.js';
import { testKey } from '../../common/names.js';

export { fileOfKey, projectOfKey, testKey } from '../../common/names.js';

const ERROR_CHARS = 500;


interface JsonError {
  message?: string;
  value?: string;
  stack?: string;
  snippet?: string;
  location?: { file?: string; line?: number; column?: number };
}
interface JsonResult {
  status?: string;
  duration?: number;
  error?: JsonError;
  errors?: JsonError[];
  attachments?: Array<{ name?: string; contentType?: string; path?: string; body?: string }>;
}
interface JsonTest {
  projectName?: string;
  results?: JsonResult[];
}
interface JsonSpec {
  title?: string;
  file?: string;
  line?: number;
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

/** Longest error message kept for the next round's healer (the healers cap their input again). */
const FAILURE_CHARS = 64 * 1024;
/** Largest attachment body kept (base64 decoded). */
const ATTACHMENT_BYTES = 512 * 1024;

function attachmentsOf(result: JsonResult): RerunAttachment[] {
  return (result.attachments ?? []).flatMap((a) => {
    if (typeof a.name !== 'string') return [];
    const body = typeof a.body === 'string' ? Buffer.from(a.body, 'base64').subarray(0, ATTACHMENT_BYTES) : undefined;
    return [{ name: a.name, contentType: a.contentType ?? '', ...(a.path ? { path: a.path } : {}), ...(body ? { body } : {}) }];
  });
}

/** What a failed re-run test says about its failure, raw (not redacted): it feeds the next round's healer only. */
function failureOf(result: JsonResult, testFile: string, testLine: number): RerunFailure | undefined {
  // `error` is Playwright's TestError as the reporter API has it; `errors` are formatted for people
  // (code frame and stack inside the message), so they are the fallback only.
  const first = result.error ?? result.errors?.[0];
  const message = first?.message ?? first?.value ?? '';
  if (!message) return undefined;
  const loc = first?.location;
  return {
    message: stripAnsi(message).slice(0, FAILURE_CHARS),
    ...(first?.stack ? { stack: stripAnsi(first.stack).slice(0, FAILURE_CHARS) } : {}),
    ...(first?.snippet ? { snippet: stripAnsi(first.snippet).slice(0, FAILURE_CHARS) } : {}),
    ...(loc?.file && typeof loc.line === 'number' ? { location: { file: loc.file, line: loc.line, column: loc.column ?? 1 } } : {}),
    testFile,
    testLine,
    attachments: attachmentsOf(result),
  };
}

/**
 * The tests of a JSON report, keyed by testKey with files relative to one of `repoRoots` (the copy's
 * folder as given and as realpath), and the report's top-level errors (config or syntax errors).
 * `failures` holds, by the same keys, what each failed test's last result says about its failure
 * (message, stack, location, attachments), unredacted, for the next round's healer.
 */
export function parseJsonReport(report: unknown, repoRoots: readonly string[]): { tests: TestRun[]; errors: string[]; failures: Map<string, RerunFailure>; traces: Map<string, string> } {
  const r = (report ?? {}) as JsonReport;
  const rootDir = r.config?.rootDir ?? repoRoots[0] ?? '';
  const tests: TestRun[] = [];
  const failures = new Map<string, RerunFailure>();
  const traces = new Map<string, string>();
  const visit = (suite: JsonSuite, titles: string[], isFile: boolean) => {
    const inner = isFile ? titles : [...titles, suite.title ?? ''];
    for (const spec of suite.specs ?? []) {
      const abs = path.resolve(rootDir, spec.file ?? suite.file ?? '');
      const file = relativeTo(repoRoots, abs);
      for (const t of spec.tests ?? []) {
        const last = t.results?.[t.results.length - 1];
        const raw = last?.status as TestStatus | undefined;
        const status: TestStatus = raw && STATUSES.has(raw) ? raw : 'skipped';
        const message = last?.error?.message ?? last?.error?.value ?? last?.errors?.[0]?.message;
        const key = testKey(t.projectName ?? '', file, [...inner, spec.title ?? '']);
        const failure = last && (status === 'failed' || status === 'timedOut') ? failureOf(last, abs, spec.line ?? 1) : undefined;
        if (failure) failures.set(key, failure);
        const trace = last?.attachments?.find((a) => a.name === 'trace' && typeof a.path === 'string')?.path;
        if (trace) traces.set(key, trace);
        tests.push({
          key,
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
  return { tests, errors, failures, traces };
}
