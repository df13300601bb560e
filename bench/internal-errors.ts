// A bench is only a measurement when healwright worked during it: the reporter catches its own bugs
// (a guarded hook writes "healwright internal error in <hook>: ..." to stderr and carries on), so a
// bench could time a reporter that threw at once. index.ts watches this process's stderr and the
// output of every Playwright run a bench starts, and fails the bench that saw such a line.
import { runInlineTest as runInline, type InlineOptions, type InlineResult } from '../test/helpers/run-inline.js';

/** The line HealReporter writes (src/reporter/reporter.ts, internalError). */
const INTERNAL_ERROR = /healwright internal error in \S+/;

let seen: string[] = [];

/** Records every line of `text` that reports a healwright internal error. */
export function noteOutput(text: string): void {
  for (const line of text.split('\n')) if (INTERNAL_ERROR.test(line)) seen.push(line.trim());
}

/** The internal errors seen since the last call, and forget them. */
export function takeInternalErrors(): string[] {
  const lines = seen;
  seen = [];
  return lines;
}

/** Tees process.stderr through noteOutput until the returned function is called. */
export function watchStderr(): () => void {
  const write = process.stderr.write;
  process.stderr.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    noteOutput(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk));
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stderr.write;
  return () => {
    process.stderr.write = write;
  };
}

/** runInlineTest for benches: the run's output is checked for internal errors too. */
export async function runInlineTest(files: Record<string, string>, opts: InlineOptions = {}): Promise<InlineResult> {
  const r = await runInline(files, opts);
  noteOutput(r.output);
  return r;
}
