// Fixes several workers may need at the same time: one worker runs the action, the others wait for it and
// reuse its outcome. State lives in <runDir>/actions/<key>.json, so it crosses worker processes.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../artifacts/fs.js';
import { processAlive, withLock } from '../common/lock.js';
import { sleep } from '../common/time.js';
import type { ClassAFixStatus } from './records.js';
import { describeThrown } from '../common/errors.js';

/** How a shared action ended. */
export interface ActionOutcome {
  status: ClassAFixStatus;
  /** For people; already redacted. */
  detail: string;
  provider?: string;
}

interface ActionFile {
  state: 'running' | 'done';
  pid: number;
  startedAt: string;
  finishedAt?: string;
  outcome?: ActionOutcome;
}

export interface SharedResult {
  /** `performed`: this worker ran it; `joined`: it waited for or reused another worker's run. */
  role: 'performed' | 'joined';
  /** The first time the action was done in the run, not waited for: it had already finished. */
  alreadyDone: boolean;
  outcome: ActionOutcome;
  finishedAt: string;
  actionId: string;
}

export function actionPath(runDir: string, key: string): string {
  return path.join(runDir, 'actions', `${key}.json`);
}

function readAction(file: string): ActionFile | undefined {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as ActionFile;
    return v && (v.state === 'running' || v.state === 'done') ? v : undefined;
  } catch {
    // Just created by its claimer and not written yet.
    return undefined;
  }
}

export interface OnceOptions {
  /** How long a waiter waits for the performing worker, in ms. */
  waitTimeoutMs: number;
  pollMs?: number;
}

/**
 * Runs `perform` at most once per run folder, across all workers. The first caller claims the action
 * with an exclusive create and runs it; every other caller waits for its outcome (or reads it, when
 * the action already finished) instead of running it again.
 */
export async function runOncePerRun(runDir: string, key: string, perform: () => Promise<ActionOutcome>, options: OnceOptions): Promise<SharedResult> {
  const file = actionPath(runDir, key);
  mkdirSync(path.dirname(file), { recursive: true });
  const actionId = `${key}@${path.basename(runDir)}`;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if (fd !== undefined) {
    const startedAt = new Date().toISOString();
    try {
      writeSync(fd, JSON.stringify({ state: 'running', pid: process.pid, startedAt } satisfies ActionFile));
    } finally {
      closeSync(fd);
    }
    let outcome: ActionOutcome;
    try {
      outcome = await perform();
    } catch (err) {
      outcome = { status: 'failed', detail: `healwright failed while running ${key}: ${describeThrown(err)}` };
    }
    const finishedAt = new Date().toISOString();
    writeFileAtomic(file, JSON.stringify({ state: 'done', pid: process.pid, startedAt, finishedAt, outcome } satisfies ActionFile, null, 2));
    return { role: 'performed', alreadyDone: false, outcome, finishedAt, actionId };
  }

  const { waitTimeoutMs, pollMs = 100 } = options;
  const start = Date.now();
  let first = true;
  for (;;) {
    const current = readAction(file);
    if (current?.state === 'done' && current.outcome) {
      return { role: 'joined', alreadyDone: first, outcome: current.outcome, finishedAt: current.finishedAt ?? new Date().toISOString(), actionId };
    }
    first = false;
    if (current && !processAlive(current.pid)) {
      const outcome: ActionOutcome = { status: 'failed', detail: `the worker (pid ${current.pid}) running ${key} exited before it finished; healwright does not start it a second time in this run` };
      return { role: 'joined', alreadyDone: false, outcome, finishedAt: new Date().toISOString(), actionId };
    }
    if (Date.now() - start >= waitTimeoutMs) {
      const outcome: ActionOutcome = { status: 'failed', detail: `waited ${waitTimeoutMs} ms for another worker's ${key} to finish; it did not` };
      return { role: 'joined', alreadyDone: false, outcome, finishedAt: new Date().toISOString(), actionId };
    }
    await sleep(pollMs);
  }
}

interface FreshFile {
  outcome: ActionOutcome;
  finishedAt: string;
  seq: number;
}

/**
 * Runs `perform` unless another worker already did it after `since` (the end of the failed attempt):
 * then that outcome is reused. Callers of the same key are serialized by a lock, so a session or a
 * rotating refresh token is renewed once for a burst of failures, not once per test.
 */
export async function runUnlessFresh(
  runDir: string,
  key: string,
  since: string,
  perform: () => Promise<ActionOutcome>,
  options: { lockTimeoutMs: number },
): Promise<SharedResult> {
  const file = actionPath(runDir, key);
  return withLock(
    path.join(runDir, 'locks', key),
    async (): Promise<SharedResult> => {
      let previous: FreshFile | undefined;
      try {
        previous = JSON.parse(readFileSync(file, 'utf8')) as FreshFile;
      } catch {
        previous = undefined;
      }
      if (previous && previous.outcome.status === 'applied' && previous.finishedAt > since) {
        return { role: 'joined', alreadyDone: true, outcome: previous.outcome, finishedAt: previous.finishedAt, actionId: `${key}#${previous.seq}@${path.basename(runDir)}` };
      }
      let outcome: ActionOutcome;
      try {
        outcome = await perform();
      } catch (err) {
        outcome = { status: 'failed', detail: `healwright failed while running ${key}: ${describeThrown(err)}` };
      }
      const seq = (previous?.seq ?? 0) + 1;
      const finishedAt = new Date().toISOString();
      writeFileAtomic(file, JSON.stringify({ outcome, finishedAt, seq } satisfies FreshFile, null, 2));
      return { role: 'performed', alreadyDone: false, outcome, finishedAt, actionId: `${key}#${seq}@${path.basename(runDir)}` };
    },
    { timeoutMs: options.lockTimeoutMs },
  );
}
