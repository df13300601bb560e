// The workers' run-folder locks are healwright's one cross-process lock (artifacts/lock.ts): owner
// token, heartbeat, and a release that only ever removes its own lock.
export { acquireLock, LockTimeoutError, processAlive, releaseLock, takeLock, takeLockSync, withLock, withLockSync } from '../common/lock.js';
export type { HeldLock, LockOptions, LockOwner } from '../common/lock.js';
