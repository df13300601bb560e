// Cross-process locks in the run folder. Workers are separate processes on one machine, so an atomic
// mkdir (or an exclusive create) is the lock, and a dead owner's pid tells a stale lock from a busy one.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { HealwrightError } from '../errors.js';

export interface LockOptions {
  /** How long to wait for the lock, in ms. Default 60 000. */
  timeoutMs?: number;
  /** A lock older than this whose owner cannot be confirmed alive is broken, in ms. Default 120 000. */
  staleMs?: number;
  /** Time between two tries, in ms. Default 25. */
  pollMs?: number;
}

/** The lock stayed taken for longer than `timeoutMs`. */
export class LockTimeoutError extends HealwrightError {
  override name = 'LockTimeoutError';
  readonly lockDir: string;

  constructor(lockDir: string, timeoutMs: number, owner: LockOwner | undefined) {
    super(
      `healwright could not take the lock ${lockDir} within ${timeoutMs} ms` +
        (owner ? ` (held by pid ${owner.pid} since ${new Date(owner.since).toISOString()})` : '') +
        '. Another worker is still applying a fix; if no healwright run is active, delete that folder.',
    );
    this.lockDir = lockDir;
  }
}

export interface LockOwner {
  pid: number;
  since: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True when a process with this pid exists (EPERM: it exists but is not ours). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockDir: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path.join(lockDir, 'owner.json'), 'utf8')) as Partial<LockOwner>;
    return typeof v.pid === 'number' && typeof v.since === 'number' ? { pid: v.pid, since: v.since } : undefined;
  } catch {
    return undefined;
  }
}

function isStale(lockDir: string, staleMs: number): boolean {
  const owner = readOwner(lockDir);
  if (owner) return !processAlive(owner.pid) || Date.now() - owner.since > staleMs;
  // The owner file is written right after mkdir: without one, only the folder's age can tell.
  try {
    return Date.now() - statSync(lockDir).mtimeMs > Math.min(staleMs, 5_000);
  } catch {
    return false;
  }
}

/** Moves a stale lock aside first, so two waiters never both delete a lock a third one just took. */
function breakLock(lockDir: string): void {
  const aside = `${lockDir}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockDir, aside);
    rmSync(aside, { recursive: true, force: true });
  } catch {
    // Someone else broke or released it first.
  }
}

/** Takes the lock (waiting up to `timeoutMs`) and returns its release function. */
export async function acquireLock(lockDir: string, options: LockOptions = {}): Promise<() => void> {
  const { timeoutMs = 60_000, staleMs = 120_000, pollMs = 25 } = options;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      const owner: LockOwner = { pid: process.pid, since: Date.now() };
      writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify(owner));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockDir, { recursive: true, force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (isStale(lockDir, staleMs)) {
      breakLock(lockDir);
      continue;
    }
    if (Date.now() - start >= timeoutMs) throw new LockTimeoutError(lockDir, timeoutMs, readOwner(lockDir));
    await sleep(pollMs);
  }
}

/** Runs `fn` while holding the lock; the lock is released however `fn` ends. */
export async function withLock<T>(lockDir: string, fn: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const release = await acquireLock(lockDir, options);
  try {
    return await fn();
  } finally {
    release();
  }
}
