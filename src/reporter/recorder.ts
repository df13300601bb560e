import type { TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { fingerprintFailure } from '../triage/fingerprint.js';
import { stripAnsi } from '../triage/text.js';
import { readDomText, readEvidence, readInlineErrorContext, readPageSnapshot } from '../artifacts/attachments.js';
import { triageWithPage } from '../triage/dom-aria.js';
import type { FailedAttempt, TestRecord } from '../heal/types.js';


/** A stack line naming a file position (`    at /repo/tests/a.spec.ts:12:5`). */
const HAS_FRAME = /\n[ \t]*at \S/;

/**
 * The stack that says where the test failed. A timed-out test's first error ("Test timeout of 30000ms
 * exceeded.") has a stack with no frame; the action that was waiting comes second, with the frame, or
 * only with a `location`.
 */
function failureStack(errors: TestError[]): string | undefined {
  const framed = errors.map((e) => e.stack).find((s) => s && HAS_FRAME.test(s));
  if (framed) return framed;
  const located = errors.find((e) => e.location);
  if (located?.location) {
    const { file, line, column } = located.location;
    return `${located.message ?? located.stack ?? 'Error'}\n    at ${file}:${line}:${column}`;
  }
  return errors.map((e) => e.stack).find(Boolean);
}

function errorText(result: TestResult): { message: string; stack?: string; snippet?: string } {
  const errors = result.errors.length ? result.errors : result.error ? [result.error] : [];
  const message = errors.map((e) => e.message ?? e.value ?? '').filter(Boolean).join('\n\n');
  const stack = failureStack(errors);
  const snippet = errors.map((e) => e.snippet).find(Boolean);
  return { message: message || `Test ${result.status}`, ...(stack ? { stack } : {}), ...(snippet ? { snippet: stripAnsi(snippet) } : {}) };
}

/** Keeps what onEnd needs about every attempt; cheap and synchronous (safe in onTestEnd). */
export class AttemptRecorder {
  readonly tests = new Map<string, TestRecord>();

  record(test: TestCase, result: TestResult): FailedAttempt | undefined {
    const titlePath = test.titlePath();
    let rec = this.tests.get(test.id);
    if (!rec) {
      rec = {
        testId: test.id,
        title: test.title,
        titlePath,
        project: test.parent.project()?.name ?? titlePath[1] ?? '',
        file: test.location.file,
        line: test.location.line,
        attempts: 0,
        failed: [],
        fixRecords: [],
      };
      this.tests.set(test.id, rec);
    }
    rec.attempts++;
    for (const a of result.attachments) {
      if (a.name !== 'heal-fix' || !a.body) continue;
      try {
        rec.fixRecords.push(JSON.parse(a.body.toString('utf8')));
      } catch {
        // A malformed record is ignored: the shard's own run folder still has it.
      }
    }
    if (result.status === 'passed' || result.status === 'skipped' || result.status === test.expectedStatus) return undefined;

    const { message, stack, snippet } = errorText(result);
    const { evidence, problem } = readEvidence(result);
    const domText = readDomText(result);
    // Without Playwright's page snapshot (PLAYWRIGHT_NO_COPY_PROMPT on an action's failure, a snapshot that timed out) the page is read from heal-dom.
    const triage = triageWithPage(
      {
        message,
        ...(stack ? { stack } : {}),
        ...(snippet ? { snippet } : {}),
        project: rec.project,
        status: result.status,
        ...(evidence ? { evidence } : {}),
        titlePath,
      },
      readPageSnapshot(result),
      domText,
    );
    const plain = stripAnsi(message);
    const attempt: FailedAttempt = {
      retry: result.retry,
      status: result.status,
      durationMs: result.duration,
      message: plain,
      ...(stack ? { stack: stripAnsi(stack) } : {}),
      triage,
      fingerprint: fingerprintFailure({ message: plain, ...(triage.locator ? { locator: triage.locator } : {}), category: triage.category }),
      attachments: result.attachments.map((a) => ({ name: a.name, contentType: a.contentType, ...(a.path ? { path: a.path } : {}) })),
      ...(evidence ? { evidence } : {}),
      ...(problem ? { evidenceProblem: problem } : {}),
      ...(() => {
        const errorContext = readInlineErrorContext(result);
        return errorContext ? { errorContext } : {};
      })(),
      ...(domText ? { domSnapshot: domText } : {}),
    };
    rec.failed.push(attempt);
    return attempt;
  }
}
