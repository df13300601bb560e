// Shared by the Class B healer tests: temp source trees, corpus cases pointed at a copy of the corpus
// suite (their stacks name the folder the generator ran in), DOM snapshots from element trees, and
// real-run fixtures.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadFailureCorpus, type FailureCase } from '../data/failures/corpus.js';
import type { ClassBCategory, HealerInput, HealerResult, PatchProposal } from '../../src/class-b/types.js';
import type { DomElement, DomSnapshot } from '../../src/triage/dom-snapshot.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUITE = path.resolve(HERE, '../data/failures/suite');

/** A fresh folder with the given files (relative paths). */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'healwright-classb-'));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

let suiteCopy: string | undefined;

/** A corpus case as healer input, its stack re-pointed at a temp copy of the corpus suite. */
export function corpusInput(id: string, extra: Partial<HealerInput> = {}): HealerInput {
  suiteCopy ??= (() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'healwright-corpus-'));
    cpSync(SUITE, dir, { recursive: true });
    return dir;
  })();
  const c = loadFailureCorpus().find((x: FailureCase) => x.id === id);
  if (!c) throw new Error(`no corpus case ${id}`);
  const repoint = (s: string | undefined) => s?.replace(/\/work\/main\/\.tmp\/failure-corpus|\/tmp\/pw145\/\.failure-corpus/g, suiteCopy as string);
  return {
    category: c.expected as ClassBCategory,
    testId: c.id,
    fingerprint: `fp-${c.id}`,
    message: c.message,
    ...(c.stack ? { stack: repoint(c.stack) as string } : {}),
    testFile: '',
    testLine: 0,
    ...(c.errorContext ? { errorContext: c.errorContext } : {}),
    ...(c.pageSnapshot ? { pageSnapshot: c.pageSnapshot } : {}),
    ...(c.evidence ? { evidence: c.evidence } : {}),
    rootDir: suiteCopy,
    ...extra,
  };
}

/** Failures from real runs of Playwright 1.65.1 (see real-runs.json); `<ROOT>` stands for the run folder. */
export interface RealRun {
  title: string;
  message: string;
  stack: string;
  errorContext: string;
  /** The spec the run used, line for line. */
  source: string;
}

export function realRun(title: string, rootDir: string): { input: HealerInput; run: RealRun } {
  const runs = JSON.parse(readFileSync(path.join(HERE, 'data', 'real-runs.json'), 'utf8')) as RealRun[];
  const run = runs.find((r) => r.title === title);
  if (!run) throw new Error(`no real run ${title}`);
  return {
    run,
    input: {
      category: 'update-selectors',
      testId: title,
      fingerprint: `fp-${title}`,
      message: run.message,
      stack: run.stack.replaceAll('<ROOT>', rootDir),
      testFile: path.join(rootDir, 'a.spec.ts'),
      testLine: 1,
      errorContext: run.errorContext,
      rootDir,
    },
  };
}

export function proposal(r: HealerResult): PatchProposal {
  if ('refused' in r) throw new Error(`expected a proposal, got a refusal: ${r.refused}`);
  return r.proposal;
}

export function refusal(r: HealerResult): string {
  if ('proposal' in r) throw new Error(`expected a refusal, got ${JSON.stringify(r.proposal.edits)}`);
  return r.refused;
}

/** Syntax errors of a TypeScript snippet (a rewritten line must still parse). */
export function syntaxErrors(code: string): string[] {
  const sf = ts.createSourceFile('line.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return ((sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

export type DomEl = Partial<DomElement> & { tag: string; kids?: DomEl[] };

/** A DOM snapshot from a nested element tree (document order, parents first; `text` defaults to `ownText`). */
export function dom(roots: DomEl[], testIdAttribute = 'data-testid'): DomSnapshot {
  const elements: DomElement[] = [];
  const add = (e: DomEl, parent: number) => {
    const { kids, ...rest } = e;
    const text = rest.text ?? rest.ownText;
    const i = elements.push({ visible: true, frame: 0, parent, ...rest, ...(text ? { text } : {}) }) - 1;
    for (const k of kids ?? []) add(k, i);
  };
  roots.forEach((r) => add(r, -1));
  return { version: 1, frames: [{ url: 'http://x/' }], testIdAttribute, elements, truncated: false };
}

/**
 * An update-selectors failure of `a.spec.ts` in `root` (or `file`), its stack on `line`, with an ARIA
 * snapshot (`yaml`, as error-context shows it) and/or a DOM snapshot.
 */
export function selectorInput(root: string, line: number, message: string, opts: { yaml?: string[]; dom?: DomSnapshot; file?: string } = {}): HealerInput {
  const file = path.join(root, opts.file ?? 'a.spec.ts');
  return {
    category: 'update-selectors',
    testId: 't1',
    fingerprint: 'fp',
    message,
    stack: `${message}\n    at ${file}:${line}:6`,
    testFile: file,
    testLine: 1,
    ...(opts.yaml ? { errorContext: `# Page snapshot\n\n\`\`\`yaml\n${opts.yaml.join('\n')}\n\`\`\`` } : {}),
    ...(opts.dom ? { domSnapshot: opts.dom } : {}),
    rootDir: root,
  };
}
