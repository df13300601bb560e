// The `at file:line:col` frames of a stack trace. A module of its own, without the TypeScript scanner, so
// that the test workers (the last-known-good recorder) can read stacks without loading the compiler.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripAnsi } from './text.js';

/** One `at file:line:col` frame. */
export interface StackFrame {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+):(\d+):(\d+)\)?\s*$/;

/**
 * The frames of a stack (or of a message that ends with one) that point into `rootDir` and not into
 * `node_modules`, innermost first: the failing line, then the helpers and tests that called it.
 */
export function userFrames(stack: string | undefined, rootDir: string): StackFrame[] {
  if (!stack) return [];
  const root = path.resolve(rootDir);
  const out: StackFrame[] = [];
  for (const raw of stripAnsi(stack).split('\n')) {
    const m = FRAME.exec(raw);
    if (!m?.[1]) continue;
    const file = path.resolve(m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1]);
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('node_modules')) continue;
    const frame = { file, line: Number(m[2]), column: Number(m[3]) };
    if (!out.some((f) => f.file === frame.file && f.line === frame.line)) out.push(frame);
  }
  return out;
}
