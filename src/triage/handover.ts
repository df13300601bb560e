// Hands a failed attempt's triage from the runner process (reporter) to the retry's NEW worker process
// (fixtures) through the run folder. Files are written synchronously in onTestEnd, before the retry starts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Category, FailureClass } from './types.js';

export interface TriageHandover {
  testId: string;
  /** Retry index of the attempt that failed. */
  retry: number;
  category: Category;
  class: FailureClass;
  confidence: number;
  rule: string;
  fingerprint: string;
  project: string;
  /** The test is in a project healwright heals. */
  healable: boolean;
  at: string;
}

/** Settings the fixtures need, written by the reporter in onBegin. */
export interface RunSettings {
  runId: string;
  startedAt: string;
  dryRun: boolean;
  projects: string[];
  maxFixAttemptsPerFailure: number;
  maxFixesPerRun: number;
  cooldownBetweenFixes: number;
  maxRunDuration: number;
}

function safeName(testId: string): string {
  return /^[\w-]{1,100}$/.test(testId) ? testId : createHash('sha1').update(testId).digest('hex');
}

export function handoverPath(runDir: string, testId: string): string {
  return path.join(runDir, 'triage', `${safeName(testId)}.json`);
}

export function writeTriageHandover(runDir: string, h: TriageHandover): void {
  mkdirSync(path.join(runDir, 'triage'), { recursive: true });
  writeFileSync(handoverPath(runDir, h.testId), JSON.stringify(h));
}

/** The last failed attempt's triage for a test, or undefined when there is none (or it is unreadable). */
export function readTriageHandover(runDir: string, testId: string): TriageHandover | undefined {
  const p = handoverPath(runDir, testId);
  if (!existsSync(p)) return undefined;
  try {
    const v = JSON.parse(readFileSync(p, 'utf8')) as TriageHandover;
    return v && v.testId === testId && typeof v.category === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function runSettingsPath(runDir: string): string {
  return path.join(runDir, 'run-settings.json');
}

export function writeRunSettings(runDir: string, s: RunSettings): void {
  writeFileSync(runSettingsPath(runDir), JSON.stringify(s, null, 2));
}

export function readRunSettings(runDir: string): RunSettings | undefined {
  try {
    return JSON.parse(readFileSync(runSettingsPath(runDir), 'utf8')) as RunSettings;
  } catch {
    return undefined;
  }
}
