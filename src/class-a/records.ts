// One JSON file per Class A fix decision under <runDir>/fixes/, written by the worker that made it and
// read by the reporter in onEnd. Files (not one shared JSON) so that workers never write the same file.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../artifacts/fs.js';

/** The categories fixed before a retry. */
export type ClassACategory = 'restart-backend' | 'clear-session' | 'refresh-tokens';

export const CLASS_A_CATEGORIES: readonly ClassACategory[] = ['restart-backend', 'clear-session', 'refresh-tokens'];

/**
 * What happened before one retry: `applied` (the fix ran and succeeded, or the test joined a fix another
 * worker ran), `failed` (it ran and did not work), `skipped` (a guardrail or missing config stopped it),
 * `dry-run` (what would have been done).
 */
export type ClassAFixStatus = 'applied' | 'failed' | 'skipped' | 'dry-run';

export interface ClassAFixFile {
  version: 1;
  testId: string;
  /** The retry this fix prepared (the failed attempt was `retry - 1`). */
  retry: number;
  category: ClassACategory;
  status: ClassAFixStatus;
  /** What was done or why not, for people; redacted. */
  detail: string;
  /** When the decision was recorded. */
  at: string;
  durationMs: number;
  /** Shared action (one redeploy, one re-login) that several tests used; absent for private fixes. */
  actionId?: string;
  /** This worker ran the shared action itself (false: it waited for or reused another worker's). */
  performed?: boolean;
  /** Restart provider, for restart-backend. */
  provider?: string;
  /** The triage that asked for the fix. */
  triage: { rule: string; confidence: number; fingerprint: string };
}

function safeName(testId: string): string {
  return /^[\w-]{1,100}$/.test(testId) ? testId : createHash('sha1').update(testId).digest('hex');
}

export function fixesDir(runDir: string): string {
  return path.join(runDir, 'fixes');
}

export function classAFixPath(runDir: string, testId: string, retry: number): string {
  return path.join(fixesDir(runDir), `class-a-${safeName(testId)}-retry${retry}.json`);
}

export function writeClassAFix(runDir: string, record: ClassAFixFile): string {
  const file = classAFixPath(runDir, record.testId, record.retry);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(record, null, 2) + '\n');
  return file;
}

/**
 * The fields every Class A fix record has, wherever it is read from (a run-folder file or a `heal-fix`
 * attachment, whose test id is the merged run's): a known category, status, retry, detail and time.
 */
export function isClassAFixShape(v: unknown): v is ClassAFixFile {
  const r = v as Partial<ClassAFixFile> | null;
  return (
    !!r &&
    typeof r === 'object' &&
    typeof r.status === 'string' &&
    typeof r.retry === 'number' &&
    typeof r.detail === 'string' &&
    typeof r.at === 'string' &&
    typeof r.category === 'string' &&
    (CLASS_A_CATEGORIES as readonly string[]).includes(r.category)
  );
}

function isFixFile(v: unknown): v is ClassAFixFile {
  return isClassAFixShape(v) && v.version === 1 && typeof v.testId === 'string';
}

/** Every Class A fix record of a run, oldest first; unreadable files are skipped. */
export function readClassAFixes(runDir: string): ClassAFixFile[] {
  let names: string[];
  try {
    names = readdirSync(fixesDir(runDir)).filter((n) => n.startsWith('class-a-') && n.endsWith('.json'));
  } catch {
    return [];
  }
  const out: ClassAFixFile[] = [];
  for (const name of names) {
    try {
      const v = JSON.parse(readFileSync(path.join(fixesDir(runDir), name), 'utf8')) as unknown;
      if (isFixFile(v)) out.push(v);
    } catch {
      // A half-written file cannot happen (atomic writes); anything else unreadable is not ours.
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.testId.localeCompare(b.testId));
}
