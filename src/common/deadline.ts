// One deadline for a whole pipeline (onEnd, `healwright publish`): an AbortSignal every network stage
// takes, and the words every skipped step is reported with. Shared by clients and playbooks, so it
// lives beside errors.ts and imports nothing of the pipeline.
import { HealwrightError } from './errors.js';

/** Thrown (or used as the abort reason) once the deadline has passed. */
export class DeadlineError extends HealwrightError {
  override name = 'DeadlineError';
  constructor(
    /** e.g. `onEnd deadline (600000 ms)` */
    readonly label: string,
    /** The step that did not run, when known. */
    what?: string,
  ) {
    super(`${label} reached${what ? ` before ${what}` : ''}`);
  }

  /** `onEnd deadline (600000 ms) reached before <what>` */
  before(what: string): string {
    return `${this.label} reached before ${what}`;
  }

  /** The same deadline, naming the step it stopped. */
  at(what: string): DeadlineError {
    return new DeadlineError(this.label, what);
  }
}

export interface Deadline {
  readonly signal: AbortSignal;
  /**
   * Fires `graceMs` after `signal`: the caller stops waiting for a step that ignored the deadline
   * (every network step honours `signal`; this is the backstop that keeps onEnd bounded).
   */
  readonly hardSignal: AbortSignal;
  /** Epoch ms when it fires. */
  readonly expiresAt: number;
  readonly ms: number;
  /** `onEnd deadline (600000 ms)`: every reason it causes starts with `<label> reached`. */
  readonly label: string;
  /** The reason a step that did not run is reported with. */
  reasonBefore(what: string): string;
  /** Stops the timer (the pipeline finished in time). */
  dispose(): void;
}

/**
 * A deadline `ms` from now, labelled like `onEnd deadline (600000 ms)`. Its timer is unref'd: it never
 * keeps the process alive on its own.
 */
export function createDeadline(ms: number, name = 'onEnd deadline', graceMs = 2_000): Deadline {
  const error = new DeadlineError(`${name} (${ms} ms)`);
  const soft = new AbortController();
  const hard = new AbortController();
  const timers = [setTimeout(() => soft.abort(error), Math.max(0, ms)), setTimeout(() => hard.abort(error), Math.max(0, ms + graceMs))];
  for (const t of timers) t.unref?.();
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    expiresAt: Date.now() + ms,
    ms,
    label: error.label,
    reasonBefore: (what) => error.before(what),
    dispose: () => timers.forEach(clearTimeout),
  };
}

/** The DeadlineError a signal was aborted with, if that is why it aborted. */
export function deadlineOf(signal: AbortSignal | undefined): DeadlineError | undefined {
  return signal?.aborted && signal.reason instanceof DeadlineError ? signal.reason : undefined;
}

/** The signal's reason as a DeadlineError naming `what` (any abort counts as the deadline). */
export function deadlineError(signal: AbortSignal, what: string): DeadlineError {
  const r: unknown = signal.reason;
  return r instanceof DeadlineError ? r.at(what) : new DeadlineError(r instanceof Error ? r.message.replace(/\.$/, '') : 'deadline', what);
}

/** Throws a DeadlineError naming `what` when the signal has already fired. */
export function throwIfPast(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw deadlineError(signal, what);
}

/**
 * Settles with `work`, or rejects with the abort reason as soon as `signal` fires. The work itself is
 * left running (its own requests carry the same signal and stop too); this only stops the waiting.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason instanceof Error ? signal.reason : new DeadlineError('deadline'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      work.catch(() => undefined);
      reject(signal.reason instanceof Error ? signal.reason : new DeadlineError('deadline'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
