// Whole releases: a release renames a button or a value everywhere, so the same old -> new change is
// made on every line that writes the same call (`.getByRole('button', { name: 'Place order' })`,
// `.toHaveText('3 items')`, `.get('/api/v1/x')`) in the affected tests' bodies and in the page object
// or helper file the healer edited. Each extra line must pass the structural edit check on its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { real, relativeImports, SCRIPT } from './imports.js';
import { applyEdits } from './patch-file.js';
import { matchingClose, tokenize, type Token } from './source.js';
import type { MeantElement, PatchProposal, SourceEdit } from './types.js';
import { structuralRefusal } from './verify/structure/check.js';

/** A test's declaration: its file (absolute) and the 1-based line of its `test(` call. */
export interface TestSite {
  file: string;
  line: number;
}

/** 1-based first and last line of the `test(...)` call declared on `line`, or undefined. */
export function testBodyLines(text: string, file: string, line: number): { from: number; to: number } | undefined {
  const sf = ts.createSourceFile(path.basename(file), text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  let found: { from: number; to: number } | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && lineOf(node.getStart(sf)) <= line && lineOf(node.getEnd()) >= line) {
      const fn = node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
      if (fn && lineOf(node.expression.getEnd()) === line) {
        found = { from: line, to: lineOf(node.getEnd()) };
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const text = (s: string, t: Token) => s.slice(t.start, t.end);

/**
 * The method call an edit changed, before and after: the smallest `.name(...)` on the line that holds
 * every changed token. Undefined when the change is not inside such a call (a constant, a JSON value).
 */
export function changedCall(edit: Pick<SourceEdit, 'before' | 'after'>): { old: string; new: string } | undefined {
  const a = tokenize(edit.before);
  const b = tokenize(edit.after);
  let p = 0;
  while (p < a.length && p < b.length && text(edit.before, a[p] as Token) === text(edit.after, b[p] as Token)) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && text(edit.before, a[a.length - 1 - q] as Token) === text(edit.after, b[b.length - 1 - q] as Token)) q++;
  if (p === a.length && p === b.length) return undefined;
  const from = (a[p] ?? a[a.length - 1])?.start ?? 0;
  const to = (a[a.length - 1 - q] ?? a[p])?.end ?? 0;
  let best: { start: number; end: number } | undefined;
  for (let i = 2; i < a.length; i++) {
    const open = a[i] as Token;
    const name = a[i - 1] as Token;
    const dot = a[i - 2] as Token;
    if (open.kind !== 'punct' || open.value !== '(' || name.kind !== 'ident' || dot.kind !== 'punct' || dot.value !== '.') continue;
    const close = matchingClose(a, i);
    if (close < 0) continue;
    const span = { start: dot.start, end: (a[close] as Token).end };
    if (span.start <= from && span.end >= to && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  if (!best) return undefined;
  const delta = edit.after.length - edit.before.length;
  const prefixSame = edit.before.slice(0, best.start) === edit.after.slice(0, best.start);
  const suffixSame = edit.before.slice(best.end) === edit.after.slice(best.end + delta);
  if (!prefixSame || !suffixSame) return undefined;
  return { old: edit.before.slice(best.start, best.end), new: edit.after.slice(best.start, best.end + delta) };
}

export interface WidenOptions {
  /**
   * Whether a file other than the edited one may change (allowedPaths, the hard deny list). With it the
   * change also spans a test and its page objects: an edit in a test file reaches the files that test
   * file imports (relative imports), and an edit in a page object reaches the affected tests' bodies.
   * Without it the change stays in the files the healer edited.
   */
  mayEdit?: (file: string) => boolean;
}

/**
 * The proposal with its change made on every other line that writes the same call: in the affected
 * tests' bodies when the edit is in their file, anywhere in the file otherwise (a page object, a
 * helper), and, with `opts.mayEdit`, across a test and its page objects (see {@link WidenOptions}).
 * A line is added only when its file still passes the structural edit check with it.
 */
export function widenToOccurrences(proposal: PatchProposal, tests: readonly TestSite[], opts: WidenOptions = {}): PatchProposal {
  const edits = [...proposal.edits];
  const added: string[] = [];
  const meant: MeantElement[] = [...(proposal.meant ?? [])];
  // Widening compares paths once per line and edit: each file's real path is looked up once per call.
  const reals = new Map<string, string>();
  const key = (file: string) => {
    const abs = path.resolve(file);
    let r = reals.get(abs);
    if (r === undefined) reals.set(abs, (r = real(abs)));
    return r;
  };
  const sameFile = (a: string, b: string) => key(a) === key(b);
  const contents = new Map<string, string>();
  const read = (file: string) => {
    if (!contents.has(file)) {
      try {
        contents.set(file, readFileSync(file, 'utf8'));
      } catch {
        contents.set(file, '');
      }
    }
    return contents.get(file) as string;
  };
  /** The lines of `file` to look at: the affected tests' bodies in a test file, else the whole file. */
  const rangesOf = (file: string, original: string) => {
    const own = tests.filter((t) => sameFile(t.file, file));
    return own.length ? own.flatMap((t) => testBodyLines(original, file, t.line) ?? []) : [{ from: 1, to: original.split('\n').length }];
  };
  const widenIn = (file: string, call: { old: string; new: string }) => {
    const original = read(file);
    if (!original) return;
    const lines = original.split('\n');
    for (const { from, to } of rangesOf(file, original)) {
      for (let n = from; n <= to; n++) {
        if (edits.some((e) => sameFile(e.file, file) && e.line === n)) continue;
        const raw = lines[n - 1];
        if (raw === undefined) continue;
        const before = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (!before.includes(call.old)) continue;
        const candidate: SourceEdit = { file, line: n, before, after: before.split(call.old).join(call.new) };
        const mine = [...edits, candidate].filter((e) => sameFile(e.file, file));
        const patched = applyEdits(original, mine);
        if (typeof patched !== 'string' || structuralRefusal(file, original, patched)) continue;
        edits.push(candidate);
        added.push(`${path.basename(file)}:${n}`);
        // The same locator is meant to find the same kind of element there; its text may differ (another item).
        const first = proposal.meant?.[0];
        if (first) meant.push({ file, line: n, ...(first.tag ? { tag: first.tag } : {}), ...(first.role ? { role: first.role } : {}) });
      }
    }
  };
  for (const edit of proposal.edits) {
    if (!SCRIPT.test(edit.file)) continue;
    const call = changedCall(edit);
    if (!call) continue;
    const original = read(edit.file);
    if (!original) continue;
    widenIn(edit.file, call);
    if (!opts.mayEdit) continue;
    const inTest = tests.some((t) => sameFile(t.file, edit.file));
    const others = inTest ? relativeImports(edit.file, original) : [...new Set(tests.map((t) => t.file))];
    for (const other of others) {
      if (sameFile(other, edit.file) || proposal.edits.some((e) => sameFile(e.file, other)) || !SCRIPT.test(other) || !opts.mayEdit(other)) continue;
      widenIn(other, call);
    }
  }
  if (!added.length) return proposal;
  return { ...proposal, edits, ...(meant.length ? { meant } : {}), reasoning: `${proposal.reasoning} The same change is made where the same call is written again (${added.join(', ')}).` };
}
