// What globalSetup records for the summary. globalSetup runs in the runner process BEFORE the reporter's
// onBegin (checked with Playwright 1.65.1), so there is no run folder yet: records go to a pending folder
// named in HEAL_PENDING_DIR and are moved into the run folder once it exists.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../artifacts/fs.js';
import type { ClassAFixStatus } from './records.js';
import { PENDING_DIR_ENV, processEnv } from '../config/process-env.js';


export const GLOBAL_SETUP_FILE = 'global-setup.json';
export const GPU_FILE = 'gpu.json';

/** `<runDir>/global-setup.json`. */
export interface GlobalSetupRecord {
  version: 1;
  at: string;
  durationMs: number;
  /** The preflight health probe. */
  preflight: { url: string | null; ok: boolean | null; status?: number; error?: string; durationMs: number };
  /** The redeploy before any test started, when the API was down. */
  restart?: {
    provider: string;
    status: ClassAFixStatus;
    /** Health answered after the redeploy. */
    healthy: boolean;
    detail: string;
    durationMs: number;
  };
  /** GPU detection: where the result is and a one-line summary, or why it failed. */
  gpu?: { file?: string; summary: string; error?: string };
  notes: string[];
}

/** A fresh pending folder for this process, under the healing-results root. */
export function pendingDirFor(outputRoot: string, pid = process.pid): string {
  return path.join(outputRoot, '.pending', `setup-${pid}`);
}

export function writeSetupFile(dir: string, name: string, value: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
  return file;
}

/**
 * Moves globalSetup's pending records (global-setup.json, gpu.json) into the run folder and removes the
 * pending folder. Idempotent; returns the names moved. Call it from the reporter's onBegin, and from
 * globalSetup's teardown as a fallback.
 */
export function adoptPendingSetupRecords(runDir: string, env: NodeJS.ProcessEnv = processEnv()): string[] {
  const pending = env[PENDING_DIR_ENV];
  if (!pending || !existsSync(pending)) return [];
  const moved: string[] = [];
  for (const name of readdirSync(pending)) {
    const from = path.join(pending, name);
    const to = path.join(runDir, name);
    try {
      renameSync(from, to);
    } catch {
      // Another file system: copy instead.
      copyFileSync(from, to);
    }
    moved.push(name);
  }
  rmSync(pending, { recursive: true, force: true });
  try {
    const parent = path.dirname(pending);
    if (readdirSync(parent).length === 0) rmSync(parent, { recursive: true, force: true });
  } catch {
    // Shared with a concurrent run: leave it.
  }
  return moved;
}

export function readGlobalSetupRecord(runDir: string): GlobalSetupRecord | undefined {
  try {
    const v = JSON.parse(readFileSync(path.join(runDir, GLOBAL_SETUP_FILE), 'utf8')) as GlobalSetupRecord;
    return v && v.version === 1 ? v : undefined;
  } catch {
    return undefined;
  }
}
