// The one cross-process lock of healwright (run-folder locks of the workers, history.jsonl): an atomic
// mkdir is the lock; owner.json inside says who holds it and its mtime is the holder's heartbeat
// (lock-owner.ts). Waiters break a lock only when the heartbeat stopped or the owner's pid is dead,
// and release() removes a lock only while it still carries the caller's own token.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { HealwrightError } from './errors.js';
import { HOST, newToken, readOwner, readState, startHeartbeat, staleReason, writeOwner, type LockOwner } from './lock-owner.js';
import { sleep, sleepSync } from './time.js';


export { processAlive, readOwner, type LockOwner } from './lock-owner.js';

export interface LockOptions {
  /** How long to wait for the lock, in ms. Default 60 000. */
  timeoutMs?: number;
  /** A lock whose heartbeat is older than this is broken, in ms; the holder beats every staleMs/4. Default 120 000. */
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
        (owner ? ` (held by pid ${owner.pid} since ${new Date(owner.since).toISOString()}${owner.host ? ` on ${owner.host}` : ''})` : '') +
        '. Another worker is still applying a fix; if no healwright run is active, delete that folder.',
    );
    this.lockDir = lockDir;
  }
}

/** A lock this process holds. */
export interface HeldLock {
  readonly lockDir: string;
  readonly token: string;
  /** Removes the lock if it still carries this token; false when it was no longer ours (nothing removed). */
  release(): boolean;
  /** True once the heartbeat found another token in the lock (it was judged stale and taken). */
  lost(): boolean;
}


const DEFAULTS = { timeoutMs: 60_000, staleMs: 120_000, pollMs: 25 };
/** A breaker that died mid-break leaves its guard behind; guards older than this are cleared. */
const GUARD_STALE_MS = 5_000;

/** Renames `lockDir` aside and removes it if it held `token`; puts it back (best effort) if it did not. */
function removeIfToken(lockDir: string, token: string | undefined, kind: 'released' | 'stale'): boolean {
  const aside = `${lockDir}.${kind}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockDir, aside);
  } catch {
    return false; // Gone already.
  }
  if (readOwner(aside)?.token === token) {
    rmSync(aside, { recursive: true, force: true });
    return true;
  }
  // Another holder's lock moved between our check and the rename: hand it back.
  try {
    renameSync(aside, lockDir);
  } catch {
    rmSync(aside, { recursive: true, force: true });
  }
  return false;
}

/** Removes the lock at `lockDir` only if it carries `token`. */
export function releaseLock(lockDir: string, token: string): boolean {
  if (readOwner(lockDir)?.token !== token) return false;
  return removeIfToken(lockDir, token, 'released');
}

/**
 * Breaks the lock if it is stale. One breaker at a time (a `.breaking` guard folder), and staleness is
 * judged again under the guard, so two waiters never break a lock a third one has just taken.
 */
function breakIfStale(lockDir: string, staleMs: number): boolean {
  if (!staleReason(readState(lockDir), staleMs)) return false;
  const guard = `${lockDir}.breaking`;
  try {
    mkdirSync(guard);
  } catch {
    try {
      if (Date.now() - statSync(guard).mtimeMs > GUARD_STALE_MS) rmSync(guard, { recursive: true, force: true });
    } catch {
      // Released meanwhile.
    }
    return false;
  }
  try {
    const state = readState(lockDir);
    if (!staleReason(state, staleMs)) return false;
    return removeIfToken(lockDir, state.owner?.token, 'stale');
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/** One try: the lock, or undefined when someone else holds it. */
function tryTake(lockDir: string, staleMs: number): HeldLock | undefined {
  try {
    mkdirSync(lockDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return undefined;
  }
  const token = newToken();
  try {
    writeOwner(lockDir, { pid: process.pid, since: Date.now(), token, host: HOST });
  } catch (err) {
    rmSync(lockDir, { recursive: true, force: true });
    throw err;
  }
  let lost = false;
  let released = false;
  const stop = startHeartbeat(lockDir, token, staleMs / 4, () => {
    lost = true;
  });
  return {
    lockDir,
    token,
    lost: () => lost,
    release: () => {
      if (released) return false;
      released = true;
      stop();
      return releaseLock(lockDir, token);
    },
  };
}

/**
 * One turn of the waiting loop both takers share: the lock when it was free, `again` right after a stale
 * lock was broken, `wait` to poll later; throws LockTimeoutError once `timeoutMs` since `start` passed.
 */
function turn(lockDir: string, o: typeof DEFAULTS, start: number): HeldLock | 'again' | 'wait' {
  const held = tryTake(lockDir, o.staleMs);
  if (held) return held;
  if (breakIfStale(lockDir, o.staleMs)) return 'again';
  if (Date.now() - start >= o.timeoutMs) throw new LockTimeoutError(lockDir, o.timeoutMs, readOwner(lockDir));
  return 'wait';
}

/** Takes the lock, waiting up to `timeoutMs`. */
export async function takeLock(lockDir: string, options: LockOptions = {}): Promise<HeldLock> {
  const o = { ...DEFAULTS, ...options };
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const start = Date.now();
  for (;;) {
    const r = turn(lockDir, o, start);
    if (typeof r !== 'string') return r;
    if (r === 'wait') await sleep(o.pollMs);
  }
}

/** takeLock for synchronous callers (the reporter's artifact steps); it blocks the thread while waiting. */
export function takeLockSync(lockDir: string, options: LockOptions = {}): HeldLock {
  const o = { ...DEFAULTS, ...options };
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const start = Date.now();
  for (;;) {
    const r = turn(lockDir, o, start);
    if (typeof r !== 'string') return r;
    if (r === 'wait') sleepSync(o.pollMs);
  }
}

/** Takes the lock (waiting up to `timeoutMs`) and returns its release function. */
export async function acquireLock(lockDir: string, options: LockOptions = {}): Promise<() => boolean> {
  const held = await takeLock(lockDir, options);
  return () => held.release();
}

/** Runs `fn` while holding the lock; the lock is released however `fn` ends. */
export async function withLock<T>(lockDir: string, fn: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  const held = await takeLock(lockDir, options);
  try {
    return await fn();
  } finally {
    held.release();
  }
}

/** withLock for synchronous `fn`. */
export function withLockSync<T>(lockDir: string, fn: () => T, options: LockOptions = {}): T {
  const held = takeLockSync(lockDir, options);
  try {
    return fn();
  } finally {
    held.release();
  }
}
