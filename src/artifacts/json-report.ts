import path from 'node:path';
import type {
  FullConfig,
  FullResult,
  JSONReport,
  JSONReportSpec,
  JSONReportSuite,
  JSONReportTestResult,
  Suite,
  TestCase,
  TestError,
  TestResult,
} from '@playwright/test/reporter';
import { stripAnsi } from '../triage/text.js';
import { redactDeepWith } from '../redact/index.js';

type Redact = (s: string) => string;

function cleanError(e: TestError | undefined, redact: Redact): TestError | undefined {
  if (!e) return undefined;
  const out: TestError = { ...e };
  if (e.message !== undefined) out.message = redact(stripAnsi(e.message));
  if (e.stack !== undefined) out.stack = redact(stripAnsi(e.stack));
  if (e.snippet !== undefined) out.snippet = redact(stripAnsi(e.snippet));
  if (e.value !== undefined) out.value = redact(e.value);
  delete out.cause;
  return out;
}

/** Bytes that decode as UTF-8 text are redacted as text; only binary stays base64. */
function isText(buf: Buffer): boolean {
  const s = buf.toString('utf8');
  return !s.includes('\uFFFD') && !s.includes('\u0000');
}

function stdio(chunks: (string | Buffer)[], redact: Redact) {
  return chunks.map((c) => (typeof c === 'string' ? { text: redact(c) } : isText(c) ? { text: redact(c.toString('utf8')) } : { buffer: c.toString('base64') }));
}

const TEXT_TYPES = ['text/', 'json', 'xml', 'javascript', 'yaml', 'x-www-form-urlencoded', 'csv', 'html', 'har'];

function serializeResult(r: TestResult, redact: Redact): JSONReportTestResult {
  return {
    workerIndex: r.workerIndex,
    parallelIndex: r.parallelIndex,
    status: r.status,
    duration: r.duration,
    error: cleanError(r.error, redact),
    errors: r.errors.map((e) => ({ message: redact(stripAnsi(e.message ?? e.value ?? '')), ...(e.location ? { location: e.location } : {}) })),
    stdout: stdio(r.stdout, redact),
    stderr: stdio(r.stderr, redact),
    retry: r.retry,
    startTime: r.startTime.toISOString(),
    attachments: r.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      ...(a.path ? { path: a.path } : {}),
      ...(a.body ? { body: TEXT_TYPES.some((t) => a.contentType.includes(t)) || isText(a.body) ? redact(a.body.toString('utf8')) : a.body.toString('base64') } : {}),
    })),
    annotations: (r.annotations ?? []).map((a) => ({ ...a, ...(a.description !== undefined ? { description: redact(a.description) } : {}) })),
    ...(r.error?.location ? { errorLocation: r.error.location } : {}),
  };
}

/**
 * Builds test-output.json with the structure of Playwright's JSON report (suites per file, a spec per
 * test, a test per project), with error text ANSI-stripped and redacted.
 */
export function buildJsonReport(config: FullConfig, root: Suite, result: FullResult, redact: Redact): JSONReport {
  const fileSuites = new Map<string, JSONReportSuite>();
  const specs = new Map<string, JSONReportSpec>();
  const stats = { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };

  const suiteFor = (test: TestCase): JSONReportSuite => {
    const file = path.relative(config.rootDir, test.location.file) || test.location.file;
    let fileSuite = fileSuites.get(file);
    if (!fileSuite) {
      fileSuite = { title: file, file, line: 0, column: 0, specs: [], suites: [] };
      fileSuites.set(file, fileSuite);
    }
    // Walk describe blocks (titlePath: '', project, file, ...describes, title).
    let current = fileSuite;
    let parent: Suite | undefined = test.parent;
    const chain: Suite[] = [];
    while (parent && parent.type === 'describe') {
      chain.unshift(parent);
      parent = parent.parent;
    }
    for (const d of chain) {
      current.suites ??= [];
      let next = current.suites.find((s) => s.title === d.title && s.line === (d.location?.line ?? 0));
      if (!next) {
        next = { title: d.title, file, line: d.location?.line ?? 0, column: d.location?.column ?? 0, specs: [] };
        current.suites.push(next);
      }
      current = next;
    }
    return current;
  };

  for (const test of root.allTests()) {
    const outcome = test.outcome();
    stats[outcome]++;
    const suite = suiteFor(test);
    const key = `${test.location.file}:${test.location.line}:${test.location.column}:${test.titlePath().slice(3).join('\u0000')}`;
    let spec = specs.get(key);
    if (!spec) {
      spec = {
        tags: test.tags.map((t) => t.replace(/^@/, '')),
        title: test.title,
        ok: true,
        tests: [],
        id: test.id,
        file: suite.file,
        line: test.location.line,
        column: test.location.column,
      };
      specs.set(key, spec);
      suite.specs.push(spec);
    }
    const project = test.parent.project();
    spec.ok = spec.ok && test.ok();
    spec.tests.push({
      timeout: test.timeout,
      annotations: test.annotations,
      expectedStatus: test.expectedStatus,
      projectName: project?.name ?? '',
      projectId: project?.name ?? '',
      results: test.results.map((r) => serializeResult(r, redact)),
      status: outcome,
    });
  }

  const { projects, ...rest } = config;
  // The config holds reporter options (webhook URLs, tokens), metadata and webServer.env: every
  // string in it is redacted, and values under secret-named keys go whole.
  return {
    config: {
      ...redactDeepWith(rest, redact),
      projects: projects.map((p) => ({
        outputDir: p.outputDir,
        repeatEach: p.repeatEach,
        retries: p.retries,
        metadata: redactDeepWith(p.metadata, redact),
        id: p.name,
        name: p.name,
        testDir: p.testDir,
        testIgnore: [p.testIgnore].flat().map(String),
        testMatch: [p.testMatch].flat().map(String),
        timeout: p.timeout,
      })),
    },
    suites: [...fileSuites.values()],
    errors: [],
    stats: { startTime: result.startTime.toISOString(), duration: result.duration, ...stats },
  };
}
