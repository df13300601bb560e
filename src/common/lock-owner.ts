// Who holds a lock folder and whether they are still there. The owner writes owner.json (a random
// token, its pid and host) and keeps its mtime fresh (the heartbeat); a lock is stale only when that
// heartbeat stopped for staleMs, or when its owner ran on this host and that pid is gone. Age alone
// never breaks a lock whose owner is alive and beating.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const OWNER_FILE = 'owner.json';

export interface LockOwner {
  pid: number;
  /** Epoch ms when the lock was taken. */
  since: number;
  /** Random id of this holding; release() and the heartbeat act only on their own token. */
  token?: string;
  host?: string;
}

/** What a waiter knows about the current lock. */
export interface LockState {
  owner?: LockOwner;
  /** ms since the last heartbeat (owner.json's mtime), or since the folder was made when there is no owner file. */
  heartbeatAgeMs?: number;
}

export const HOST = hostname();

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

export function newToken(): string {
  return `${randomBytes(8).toString('hex')}-${process.pid}`;
}

/** Writes owner.json in one rename, so a reader never sees half of it. */
export function writeOwner(lockDir: string, owner: LockOwner): void {
  const tmp = path.join(lockDir, `.owner-${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(tmp, JSON.stringify(owner));
  renameSync(tmp, path.join(lockDir, OWNER_FILE));
}

export function readOwner(lockDir: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path.join(lockDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof v.pid !== 'number' || typeof v.since !== 'number') return undefined;
    return { pid: v.pid, since: v.since, ...(typeof v.token === 'string' ? { token: v.token } : {}), ...(typeof v.host === 'string' ? { host: v.host } : {}) };
  } catch {
    return undefined;
  }
}

export function readState(lockDir: string, now = Date.now()): LockState {
  const owner = readOwner(lockDir);
  for (const p of owner ? [path.join(lockDir, OWNER_FILE)] : [lockDir]) {
    try {
      return { ...(owner ? { owner } : {}), heartbeatAgeMs: now - statSync(p).mtimeMs };
    } catch {
      // Gone meanwhile.
    }
  }
  return owner ? { owner } : {};
}

/**
 * Why the lock is stale, or undefined while its owner is alive. Without an owner file (its taker
 * died between mkdir and the write, or is writing it now) only the folder's age can tell.
 */
export function staleReason(state: LockState, staleMs: number): string | undefined {
  const { owner, heartbeatAgeMs } = state;
  if (owner && (owner.host === undefined || owner.host === HOST) && owner.pid !== process.pid && !processAlive(owner.pid)) {
    return `its owner (pid ${owner.pid}) is no longer running`;
  }
  if (heartbeatAgeMs === undefined) return undefined;
  const limit = owner ? staleMs : Math.min(staleMs, 5_000);
  return heartbeatAgeMs > limit ? `no heartbeat for ${Math.round(heartbeatAgeMs)} ms (staleMs ${staleMs})` : undefined;
}

/**
 * Refreshes owner.json's mtime every `intervalMs` while the lock is ours. Stops (and calls `onLost`)
 * once the file holds another token: someone judged this lock stale and took it.
 */
export function startHeartbeat(lockDir: string, token: string, intervalMs: number, onLost: () => void): () => void {
  const file = path.join(lockDir, OWNER_FILE);
  const timer = setInterval(() => {
    if (readOwner(lockDir)?.token !== token) {
      clearInterval(timer);
      onLost();
      return;
    }
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Removed between the read and the touch: the next beat sees it.
    }
  }, Math.max(5, intervalMs));
  // A held lock must not keep the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
}
