// The same-element check of a verification re-run, from the affected tests' trace.zip files.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MeantElement } from '../../types.js';
import { judgeSameElement, type SameElementVerdict } from './same-element.js';
import { tracedCalls, type TracedCall } from './targets.js';
import { readZip } from './zip.js';
import { describeThrown } from '../../../common/errors.js';

export { judgeSameElement, mismatch, type SameElementVerdict } from './same-element.js';
export { tracedCalls, type TracedCall, type TracedElement } from './targets.js';
export { readZip, ZipError } from './zip.js';

/** A trace.zip larger than this is not read (a long test's screenshots and resources). */
const MAX_ZIP_BYTES = 256 * 1024 * 1024;
const LIMITS = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024 };

/** The calls of one trace.zip (its action traces and stacks, not its resources). */
export function readTraceCalls(zipPath: string): TracedCall[] {
  const size = statSync(zipPath).size;
  if (size > MAX_ZIP_BYTES) throw new Error(`${size} bytes, more than ${MAX_ZIP_BYTES}`);
  const entries = readZip(readFileSync(zipPath), (n) => (n.endsWith('.trace') && n !== 'test.trace') || n.endsWith('.stacks'), LIMITS);
  return tracedCalls(entries);
}

/**
 * Judges the meant elements against every call in `traces`. A trace that cannot be read is named in the
 * note (its lines stay "not traced"), never a failure of the patch.
 */
export function sameElementFromTraces(meant: readonly MeantElement[], traces: readonly string[], rel: (file: string) => string): SameElementVerdict {
  const calls: TracedCall[] = [];
  const unread: string[] = [];
  for (const t of traces) {
    try {
      calls.push(...readTraceCalls(t));
    } catch (err) {
      unread.push(`${path.basename(path.dirname(t))}/${path.basename(t)} (${describeThrown(err)})`);
    }
  }
  const verdict = judgeSameElement(meant, calls, rel);
  if (verdict.ok && unread.length) return { ok: true, note: [verdict.note, `trace not read: ${unread.join(', ')}`].filter(Boolean).join('; ') };
  return verdict;
}
