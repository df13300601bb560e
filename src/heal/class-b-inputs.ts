// Turns the run's Class B failures into healer inputs and proposals: deterministic healers first,
// the LLM's proposed edit (when the rules had none) second; both enter the same verification.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ClusterAnalysisRecord, FailureEntry } from '../artifacts/summary.js';
import type { ClassBCategory, HealerInput, PatchProposal } from '../class-b/types.js';
import { proposeClassBFix } from '../class-b/healers.js';
import { widenToOccurrences, type WidenOptions } from '../class-b/occurrences.js';
import type { Category } from '../triage/types.js';
import { errorContextOf } from '../artifacts/attachment-names.js';
import { extractPageSnapshot } from '../artifacts/attachments.js';
import type { TestRecord } from './types.js';
import { DOM_ATTACHMENT, parseDomSnapshot, type DomSnapshot } from '../triage/dom-snapshot.js';
import type { LkgEntry } from '../last-known-good/types.js';
import { describeThrown } from '../common/errors.js';

/** What Class B reads of the run: triage's failures and the LLM's analyses. */
export interface ClassBSource {
  failures: readonly FailureEntry[];
  analyses: readonly ClusterAnalysisRecord[];
}

const CLASS_B = new Set<Category>(['update-selectors', 'fix-api-routes', 'update-test-data']);
const MAX_CONTEXT = 512 * 1024;

export interface ProposalOutcome {
  failure: FailureEntry;
  category: ClassBCategory;
  proposal?: PatchProposal;
  refused?: string;
}

/** The category healing goes on with: the LLM's refinement when there is one, else the rules'. */
export function finalCategory(failure: FailureEntry, analyses: readonly ClusterAnalysisRecord[]): Category {
  const a = analyses.find((x) => x.fingerprint === failure.fingerprint && x.ok);
  return a?.finalCategory ?? failure.triage.category;
}

/** Failures a Class B fix may be proposed for: failed for good, in a healed project, Class B category. */
export function classBFailures(summary: ClassBSource): { failure: FailureEntry; category: ClassBCategory }[] {
  return summary.failures
    .filter((f) => f.outcome === 'unexpected' && f.healable)
    .map((f) => ({ failure: f, category: finalCategory(f, summary.analyses) }))
    .filter((x): x is { failure: FailureEntry; category: ClassBCategory } => CLASS_B.has(x.category));
}

/** The `heal-dom` snapshot among an attempt's attachments (a file Playwright wrote), parsed; undefined when absent or malformed. */
export function readDomAttachment(attachments: readonly { name: string; path?: string }[]): DomSnapshot | undefined {
  return parseDomSnapshot(readText(attachments.find((a) => a.name === DOM_ATTACHMENT && a.path)?.path));
}

function readText(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    if (statSync(file).size > MAX_CONTEXT) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The healer input of one failure, from what the recorder kept of its last failed attempt. */
export function healerInput(failure: FailureEntry, category: ClassBCategory, record: TestRecord, rootDir: string, openapi: unknown, lastKnownGood?: readonly LkgEntry[]): HealerInput | undefined {
  const attempt = record.failed[record.failed.length - 1];
  if (!attempt) return undefined;
  const errorContext = attempt.errorContext ?? readText(errorContextOf(attempt.attachments.filter((a) => a.path))?.path);
  const pageSnapshot = errorContext ? extractPageSnapshot(errorContext) : undefined;
  const domSnapshot = (attempt.domSnapshot ? parseDomSnapshot(attempt.domSnapshot) : undefined) ?? readDomAttachment(attempt.attachments);
  return {
    category,
    testId: failure.testId,
    fingerprint: failure.fingerprint,
    message: attempt.message,
    ...(attempt.stack ? { stack: attempt.stack } : {}),
    testFile: record.file,
    testLine: record.line,
    ...(errorContext ? { errorContext } : {}),
    ...(pageSnapshot ? { pageSnapshot } : {}),
    ...(attempt.evidence ? { evidence: attempt.evidence } : {}),
    ...(domSnapshot ? { domSnapshot } : {}),
    rootDir,
    ...(openapi !== undefined ? { openapi } : {}),
    ...(lastKnownGood?.length ? { lastKnownGood } : {}),
  };
}

/**
 * The LLM's one-place edit as a whole-line proposal: only when `before` sits on the named line of a
 * file inside the repository, exactly once. Anything else is refused (the LLM gets no more trust).
 */
export function llmProposal(analysis: ClusterAnalysisRecord, category: ClassBCategory, testIds: string[], rootDir: string): { proposal?: PatchProposal; refused?: string } {
  const edit = analysis.proposedEdit;
  if (!edit) return { refused: 'no proposal' };
  if (edit.before.includes('\n') || edit.after.includes('\n')) return { refused: 'the LLM proposed a multi-line edit; only one-line edits are verified' };
  const file = path.resolve(rootDir, edit.file);
  const rel = path.relative(rootDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { refused: `the LLM proposed an edit outside the repository (${edit.file})` };
  const text = readText(file);
  if (text === undefined) return { refused: `the LLM proposed an edit to ${edit.file}, which cannot be read` };
  const line = text.split(/\r?\n/)[edit.line - 1];
  if (line === undefined) return { refused: `${edit.file} has no line ${edit.line}` };
  const at = line.indexOf(edit.before);
  if (at < 0 || line.indexOf(edit.before, at + 1) >= 0) return { refused: `the LLM's "before" text is not on ${edit.file}:${edit.line} exactly once` };
  return {
    proposal: {
      category,
      testIds,
      fingerprint: analysis.fingerprint,
      edits: [{ file, line: edit.line, before: line, after: line.slice(0, at) + edit.after + line.slice(at + edit.before.length) }],
      reasoning: `Proposed by the LLM (${analysis.provider ?? 'LLM'} ${analysis.model ?? ''}): ${analysis.rootCause ?? ''}`.trim(),
      confidence: analysis.confidence ?? 0.5,
      source: 'llm',
    },
  };
}

function editKey(p: PatchProposal): string {
  return JSON.stringify(p.edits.map((e) => [e.file, e.line, e.after]));
}

/**
 * Proposals for every Class B failure. Failures with the same edit (one helper used by several tests)
 * share one proposal; its testIds lists them all.
 */
export function proposeForRun(
  summary: ClassBSource,
  records: ReadonlyMap<string, TestRecord>,
  rootDir: string,
  openapi: unknown,
  widen: WidenOptions = {},
  lastKnownGood?: readonly LkgEntry[],
): { proposals: PatchProposal[]; outcomes: ProposalOutcome[] } {
  const outcomes: ProposalOutcome[] = [];
  const byEdit = new Map<string, PatchProposal>();
  for (const { failure, category } of classBFailures(summary)) {
    const record = records.get(failure.testId);
    const input = record && healerInput(failure, category, record, rootDir, openapi, lastKnownGood);
    if (!input) {
      outcomes.push({ failure, category, refused: 'no recorded failure to heal from' });
      continue;
    }
    let result: { proposal?: PatchProposal; refused?: string };
    try {
      const r = proposeClassBFix(input);
      // A release changes the same thing everywhere: the same change on every line of the test and its page objects that writes it.
      result = 'proposal' in r ? { proposal: widenToOccurrences(r.proposal, [{ file: record.file, line: record.line }], widen) } : { refused: r.refused };
    } catch (err) {
      result = { refused: `the ${category} healer failed: ${describeThrown(err)}` };
    }
    if (!result.proposal) {
      const analysis = summary.analyses.find((a) => a.fingerprint === failure.fingerprint && a.ok && a.proposedEdit);
      if (analysis) {
        const llm = llmProposal(analysis, category, [failure.testId], rootDir);
        result = llm.proposal ? llm : { refused: `${result.refused}; LLM edit: ${llm.refused}` };
      }
    }
    if (!result.proposal) {
      outcomes.push({ failure, category, refused: result.refused ?? 'no fix found' });
      continue;
    }
    const key = editKey(result.proposal);
    const existing = byEdit.get(key);
    if (existing) {
      if (!existing.testIds.includes(failure.testId)) existing.testIds.push(failure.testId);
      outcomes.push({ failure, category, proposal: existing });
    } else {
      byEdit.set(key, result.proposal);
      outcomes.push({ failure, category, proposal: result.proposal });
    }
  }
  return { proposals: [...byEdit.values()], outcomes };
}
