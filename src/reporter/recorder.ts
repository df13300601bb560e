import type { TestCase, TestResult } from '@playwright/test/reporter';
import { triageFailure } from '../triage/triage.js';
import { fingerprintFailure } from '../triage/fingerprint.js';
import { stripAnsi } from '../triage/text.js';
import type { TriageResult } from '../triage/types.js';
import { readEvidence, readPageSnapshot } from './attachments.js';

/** One failed attempt, triaged as it ended. */
export interface FailedAttempt {
  retry: number;
  status: string;
  durationMs: number;
  /** Message + stack as Playwright gave them, ANSI stripped (redacted only when written out). */
  message: string;
  triage: TriageResult;
  fingerprint: string;
  attachments: { name: string; contentType: string; path?: string }[];
  evidenceProblem?: string;
}

export interface TestRecord {
  testId: string;
  title: string;
  titlePath: string[];
  project: string;
  file: string;
  line: number;
  attempts: number;
  failed: FailedAttempt[];
}

function errorText(result: TestResult): { message: string; stack?: string } {
  const errors = result.errors.length ? result.errors : result.error ? [result.error] : [];
  const message = errors.map((e) => e.message ?? e.value ?? '').filter(Boolean).join('\n\n');
  const stack = errors.map((e) => e.stack).find(Boolean);
  return { message: message || `Test ${result.status}`, ...(stack ? { stack } : {}) };
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
      };
      this.tests.set(test.id, rec);
    }
    rec.attempts++;
    if (result.status === 'passed' || result.status === 'skipped' || result.status === test.expectedStatus) return undefined;

    const { message, stack } = errorText(result);
    const { evidence, problem } = readEvidence(result);
    const triage = triageFailure({
      message,
      ...(stack ? { stack } : {}),
      project: rec.project,
      status: result.status,
      ...(() => {
        const pageSnapshot = readPageSnapshot(result);
        return pageSnapshot ? { pageSnapshot } : {};
      })(),
      ...(evidence ? { evidence } : {}),
      titlePath,
    });
    const plain = stripAnsi(message);
    const attempt: FailedAttempt = {
      retry: result.retry,
      status: result.status,
      durationMs: result.duration,
      message: plain,
      triage,
      fingerprint: fingerprintFailure({ message: plain, ...(triage.locator ? { locator: triage.locator } : {}), category: triage.category }),
      attachments: result.attachments.map((a) => ({ name: a.name, contentType: a.contentType, ...(a.path ? { path: a.path } : {}) })),
      ...(problem ? { evidenceProblem: problem } : {}),
    };
    rec.failed.push(attempt);
    return attempt;
  }
}
