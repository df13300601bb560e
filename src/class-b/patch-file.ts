// Applies whole-line edits to file content and renders them as a unified diff that `git apply` accepts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { structuredPatch } from 'diff';
import type { PatchProposal, SourceEdit } from './types.js';
import { HealwrightError, describeThrown } from '../common/errors.js';

/** A file a set of proposals changes: where it is, what it holds now and what it would hold. */
export interface PatchedFile {
  /** Absolute path. */
  file: string;
  /** Posix path relative to the repo root. */
  rel: string;
  original: string;
  patched: string;
}

/** An edit that cannot be applied: the line moved or changed, or two edits disagree. */
export class PatchConflictError extends HealwrightError {
  override name = 'PatchConflictError';
  /** What went wrong, for callers that branch on it (the base's `status` is an HTTP status). */
  readonly kind = 'conflict' as const;
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type LineEdit = Pick<SourceEdit, 'line' | 'before' | 'after'>;

/**
 * Replaces whole lines of `content`. Every edit's `before` must equal the current line exactly (the
 * line ending excluded); CRLF files keep their CR. Two edits of one line must agree. Returns the new
 * content, or `{ conflict }` saying which line did not match.
 */
export function applyEdits(content: string, edits: readonly LineEdit[]): string | { conflict: string } {
  const lines = content.split('\n');
  // A trailing newline leaves an empty last element that is not a line of the file.
  const lineCount = content.endsWith('\n') ? lines.length - 1 : lines.length;
  const seen = new Map<number, string>();
  for (const edit of edits) {
    if (!Number.isInteger(edit.line) || edit.line < 1 || edit.line > lineCount) {
      return { conflict: `line ${edit.line} does not exist (the file has ${lineCount} lines)` };
    }
    if (/[\r\n]/.test(edit.after) || /[\r\n]/.test(edit.before)) {
      return { conflict: `the edit of line ${edit.line} spans several lines; edits replace exactly one line` };
    }
    const prior = seen.get(edit.line);
    if (prior !== undefined) {
      if (prior !== edit.after) return { conflict: `two edits change line ${edit.line} in different ways` };
      continue;
    }
    const raw = lines[edit.line - 1] as string;
    const cr = raw.endsWith('\r');
    const current = cr ? raw.slice(0, -1) : raw;
    if (current !== edit.before) {
      return { conflict: `line ${edit.line} is now ${JSON.stringify(current)}, not ${JSON.stringify(edit.before)}` };
    }
    seen.set(edit.line, edit.after);
    lines[edit.line - 1] = cr ? `${edit.after}\r` : edit.after;
  }
  return lines.join('\n');
}

function toPosixRel(repoRoot: string, file: string): string {
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

/** Edits of all `proposals`, grouped by absolute file path, in a stable order. */
export function editsByFile(proposals: readonly PatchProposal[]): Map<string, SourceEdit[]> {
  const byFile = new Map<string, SourceEdit[]>();
  for (const p of proposals) {
    for (const e of p.edits) {
      const file = path.resolve(e.file);
      const list = byFile.get(file) ?? [];
      list.push(e);
      byFile.set(file, list);
    }
  }
  return new Map([...byFile.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The files `proposals` change, with their current and patched content (read from disk now).
 * Throws PatchConflictError when an edit does not apply.
 */
export function applyProposals(repoRoot: string, proposals: readonly PatchProposal[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): PatchedFile[] {
  const root = path.resolve(repoRoot);
  const out: PatchedFile[] = [];
  for (const [file, edits] of editsByFile(proposals)) {
    const rel = toPosixRel(root, file);
    let original: string;
    try {
      original = read(file);
    } catch (err) {
      throw new PatchConflictError(`Cannot read ${rel}: ${describeThrown(err)}. The file must exist in the repository.`, file, { cause: err });
    }
    const patched = applyEdits(original, edits);
    if (typeof patched !== 'string') throw new PatchConflictError(`${rel}: ${patched.conflict}. Re-run the tests so the proposal is made against the current file.`, file);
    out.push({ file, rel, original, patched });
  }
  return out;
}

/** One file's unified diff with git headers; empty when nothing changes. */
export function renderFileDiff(rel: string, original: string, patched: string, context = 3): string {
  if (original === patched) return '';
  const sp = structuredPatch(`a/${rel}`, `b/${rel}`, original, patched, undefined, undefined, { context });
  const out = [`diff --git a/${rel} b/${rel}`, `--- a/${rel}`, `+++ b/${rel}`];
  for (const h of sp.hunks) {
    // Unified diff convention: an empty range starts at the line before it.
    const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
    out.push(`@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@`, ...h.lines);
  }
  return out.join('\n') + '\n';
}

/**
 * The unified diff (3 lines of context, `diff --git a/<rel> b/<rel>` headers) of all `proposals`
 * applied together to the files as they are now; `git apply` accepts it from the repo root.
 * Throws PatchConflictError when an edit does not apply.
 */
export function renderUnifiedPatch(repoRoot: string, proposals: readonly PatchProposal[]): string {
  return applyProposals(repoRoot, proposals)
    .map((f) => renderFileDiff(f.rel, f.original, f.patched))
    .join('');
}
