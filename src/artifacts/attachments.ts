import { readFileSync, statSync } from 'node:fs';
import type { TestResult } from '@playwright/test/reporter';
import { errorContextOf } from './attachment-names.js';
import { DOM_ATTACHMENT } from '../triage/dom-snapshot.js';
import type { HealEvidence } from '../triage/types.js';
import { fencedBlock, linesAt } from '../triage/lines.js';
import { describeThrown } from '../common/errors.js';

const MAX_READ = 512 * 1024;

function readAttachment(a: TestResult['attachments'][number]): string | undefined {
  if (a.body) return a.body.subarray(0, MAX_READ).toString('utf8');
  if (!a.path) return undefined;
  try {
    if (statSync(a.path).size > MAX_READ * 4) return undefined;
    return readFileSync(a.path, 'utf8').slice(0, MAX_READ);
  } catch {
    return undefined;
  }
}

/**
 * The YAML ARIA snapshot inside an `error-context` markdown file: the yaml block under `# Page snapshot`
 * (older Playwright) or the first ```yaml block (1.5x+, where it follows the error details).
 */
export function extractPageSnapshot(errorContext: string): string | undefined {
  if (errorContext.trimStart().startsWith('{')) {
    try {
      const json = JSON.parse(errorContext) as { pageSnapshot?: unknown };
      return typeof json.pageSnapshot === 'string' ? json.pageSnapshot : undefined;
    } catch {
      return undefined;
    }
  }
  const heading = snapshotHeadingAt(errorContext);
  const from = heading >= 0 ? errorContext.slice(heading) : errorContext;
  return fencedBlock(from, '```yaml', { lineStart: true, maxBody: 200_000 }) ?? (heading >= 0 ? fencedBlock(from, '```', { maxBody: 200_000 }) : undefined);
}

const PAGE_SNAPSHOT_HEADING = /^#+\s*Page snapshot\s*$/i;

/** Offset of the `# Page snapshot` heading line, or -1 (a line scan; /^#+\s*.../im is quadratic on blank lines). */
function snapshotHeadingAt(text: string): number {
  for (const { line, at } of linesAt(text)) if (line.startsWith('#') && PAGE_SNAPSHOT_HEADING.test(line)) return at;
  return -1;
}

/** Page snapshot of a failed attempt, from its error-context attachment (any name Playwright used). */
export function readPageSnapshot(result: TestResult): string | undefined {
  const a = errorContextOf(result.attachments);
  const text = a && readAttachment(a);
  return text ? extractPageSnapshot(text) : undefined;
}

/**
 * The error-context text of an attempt when Playwright handed it inline (a body, as 1.51's `_prompt-N`
 * and 1.52's JSON `_error-context`): bodies are gone after onTestEnd, so the recorder keeps this text.
 * Undefined when the error-context is a file (read later from its path) or absent.
 */
export function readInlineErrorContext(result: TestResult): string | undefined {
  const a = errorContextOf(result.attachments);
  return a && !a.path && a.body ? readAttachment(a) : undefined;
}

/** The raw `heal-dom` body of an attempt (inline body or file), when there is one. */
export function readDomText(result: TestResult): string | undefined {
  const a = result.attachments.find((x) => x.name === DOM_ATTACHMENT);
  return a ? readAttachment(a) : undefined;
}

/** healwright's `heal-evidence` attachment, parsed and shape-checked; malformed evidence is ignored. */
export function readEvidence(result: TestResult): { evidence?: HealEvidence; problem?: string } {
  const a = result.attachments.find((x) => x.name === 'heal-evidence');
  if (!a) return {};
  const text = readAttachment(a);
  if (!text) return { problem: 'heal-evidence attachment is empty or unreadable' };
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { problem: 'heal-evidence is not a JSON object' };
    const e = v as Record<string, unknown>;
    const evidence: HealEvidence = {};
    if (Array.isArray(e.responses)) {
      evidence.responses = e.responses
        .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
        .filter((r) => typeof r.status === 'number' && typeof r.url === 'string')
        .map((r) => ({
          method: typeof r.method === 'string' ? r.method : 'GET',
          url: r.url as string,
          status: r.status as number,
          ...(typeof r.statusText === 'string' ? { statusText: r.statusText } : {}),
          ...(typeof r.bodySnippet === 'string' ? { bodySnippet: r.bodySnippet.slice(0, 4096) } : {}),
        }));
    }
    const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string').map((s) => s.slice(0, 4096)) : undefined);
    const consoleErrors = strings(e.consoleErrors);
    if (consoleErrors) evidence.consoleErrors = consoleErrors;
    const pageErrors = strings(e.pageErrors);
    if (pageErrors) evidence.pageErrors = pageErrors;
    if (Array.isArray(e.failedRequests)) {
      evidence.failedRequests = e.failedRequests
        .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && typeof (r as Record<string, unknown>).url === 'string')
        .map((r) => ({ method: String(r.method ?? 'GET'), url: String(r.url), errorText: String(r.errorText ?? '') }));
    }
    if (typeof e.lastUrl === 'string') evidence.lastUrl = e.lastUrl;
    return { evidence };
  } catch (err) {
    return { problem: `heal-evidence is not valid JSON (${describeThrown(err)})` };
  }
}
