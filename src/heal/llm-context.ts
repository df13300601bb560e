// Builds the input of one LLM call from a cluster's first failure and the files Playwright left:
// the error-context attachment (page snapshot, failing line), the test file, heal-evidence.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestResult } from '@playwright/test/reporter';
import type { ClusterEntry, FailureEntry } from '../artifacts/summary.js';
import type { ClusterInput } from '../llm/analysis/index.js';
import type { HealEvidence, TriageResult } from '../triage/types.js';
import { errorContextOf } from '../artifacts/attachment-names.js';
import { extractPageSnapshot, readEvidence } from '../artifacts/attachments.js';
import type { TestRecord } from './types.js';

/** Lines of test source either side of the failing line. */
export const SOURCE_CONTEXT_LINES = 15;
/** Lines of page snapshot either side of the line that matches the failing locator. */
const SNAPSHOT_CONTEXT_LINES = 25;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file of at most 2 MB as text; undefined when larger or unreadable. */
export function readSmallFile(file: string): string | undefined {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function resolveArtifact(p: string, rootDir: string): string {
  return path.isAbsolute(p) ? p : path.resolve(rootDir, p);
}

/** Splits Playwright's message at `Call log:` so each part gets its own budget in the prompt. */
export function splitCallLog(message: string): { errorMessage: string; callLog?: string } {
  const at = message.search(/^[ \t]*Call log:[ \t]*$/m);
  if (at < 0) return { errorMessage: message };
  const callLog = message.slice(at).replace(/^[ \t]*Call log:[ \t]*\r?\n?/, '').trimEnd();
  return { errorMessage: message.slice(0, at).trimEnd(), ...(callLog ? { callLog } : {}) };
}

/** The failing line marked `> 12 |` in error-context's `# Test source` block. */
export function failingLineFromErrorContext(errorContext: string): number | undefined {
  const at = errorContext.search(/^#+\s*Test source\s*$/im);
  if (at < 0) return undefined;
  const m = /^>\s{0,8}(\d{1,7}) \|/m.exec(errorContext.slice(at));
  return m?.[1] ? Number(m[1]) : undefined;
}

/** The quoted strings of a locator (`getByRole('button', { name: 'Save' })` -> button, Save), longest first. */
function locatorTerms(locator: string | undefined): string[] {
  if (!locator) return [];
  const terms = [...locator.matchAll(/(['"`])([^'"`\n]{2,120})\1/g)].map((m) => m[2] as string);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/**
 * The part of an ARIA snapshot around the first line that mentions the failing locator's text
 * (the whole snapshot when it is short or nothing matches: then the top of the page).
 */
export function snapshotExcerpt(snapshot: string, locator: string | undefined): string {
  const lines = snapshot.split('\n');
  if (lines.length <= SNAPSHOT_CONTEXT_LINES * 2) return snapshot;
  for (const term of locatorTerms(locator)) {
    const needle = term.toLowerCase();
    const hit = lines.findIndex((l) => l.toLowerCase().includes(needle));
    if (hit >= 0) {
      const from = Math.max(0, hit - SNAPSHOT_CONTEXT_LINES);
      return lines.slice(from, hit + SNAPSHOT_CONTEXT_LINES + 1).join('\n');
    }
  }
  return lines.slice(0, SNAPSHOT_CONTEXT_LINES * 2).join('\n');
}

/** Lines `line ± SOURCE_CONTEXT_LINES` of a file, numbered, the failing one marked with `>`. */
export function sourceAround(text: string, line: number): string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const from = Math.max(1, line - SOURCE_CONTEXT_LINES);
  const to = Math.min(lines.length, line + SOURCE_CONTEXT_LINES);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
  return out.join('\n');
}

function evidenceFrom(failure: FailureEntry, rootDir: string): HealEvidence | undefined {
  const a = failure.artifacts.find((x) => x.name === 'heal-evidence' && x.path);
  if (!a?.path) return undefined;
  // readEvidence reads nothing of a TestResult but its attachments.
  const result = { attachments: [{ name: a.name, contentType: a.contentType, path: resolveArtifact(a.path, rootDir) }] } as unknown as TestResult;
  const { evidence } = readEvidence(result);
  return evidence;
}

/** The inline error-context of each test's last failed attempt (Playwright 1.51 attaches it as a body), by test id. */
export function inlineErrorContexts(records: ReadonlyMap<string, TestRecord>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, r] of records) {
    const text = r.failed[r.failed.length - 1]?.errorContext;
    if (text) out.set(id, text);
  }
  return out;
}

/**
 * The parts of a {@link ClusterInput} that every LLM call takes from the rules' verdict and the failure's own
 * texts: the message split at its call log, and the page snapshot around the failing locator.
 */
export function verdictAndTexts(
  triage: TriageResult,
  message: string,
  pageSnapshot: string | undefined,
): Pick<ClusterInput, 'category' | 'class' | 'confidence' | 'reasons' | 'errorMessage' | 'callLog' | 'pageSnapshotExcerpt'> {
  const { errorMessage, callLog } = splitCallLog(message);
  return {
    category: triage.category,
    class: triage.class,
    confidence: triage.confidence,
    reasons: triage.reasons,
    errorMessage,
    ...(callLog ? { callLog } : {}),
    ...(pageSnapshot ? { pageSnapshotExcerpt: snapshotExcerpt(pageSnapshot, triage.locator) } : {}),
  };
}

/**
 * The {@link ClusterInput} for one cluster, from its first failure (`inlineErrorContext`: its
 * error-context when Playwright attached it as a body, not a file). Text is passed on as found:
 * the prompt builder redacts every part before it is cut to size. Files that cannot be read are
 * left out; the LLM still gets the error and the rules' verdict.
 */
export function buildClusterInput(cluster: ClusterEntry, failure: FailureEntry, rootDir: string, inlineErrorContext?: string): ClusterInput {
  const contextFile = errorContextOf(failure.artifacts.filter((a) => a.path));
  const errorContext = contextFile?.path ? readSmallFile(resolveArtifact(contextFile.path, rootDir)) : inlineErrorContext;
  const snapshot = errorContext ? extractPageSnapshot(errorContext) : undefined;
  const line = (errorContext && failingLineFromErrorContext(errorContext)) || failure.line;
  const source = readSmallFile(path.resolve(rootDir, failure.file));
  const evidence = evidenceFrom(failure, rootDir);

  return {
    fingerprint: cluster.fingerprint,
    ...verdictAndTexts(failure.triage, failure.message, snapshot),
    ...(source !== undefined ? { testSource: `${failure.file}\n${sourceAround(source, line)}` } : {}),
    ...(evidence ? { evidence } : {}),
    tests: cluster.tests,
  };
}
