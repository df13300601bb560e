// The other files of a suite that use a constant the checked file exports: a page object's or a constants
// file's selectors (`export const SEL = { body: '.x' }`) are used in the specs that import them, and a
// literal there is test data only when every one of those uses is a place a literal could stand.
import path from 'node:path';
import ts from 'typescript';
import { importedUses, type ExportedUses, type LiteralPosition } from './positions.js';

/** A script of the suite, as it is on disk. */
export interface SuiteFile {
  file: string;
  text: string;
}

const SCRIPT_EXT = /\.(?:[cm]?[jt]sx?)$/i;
const stem = (p: string) => p.replace(SCRIPT_EXT, '');

/**
 * The module a specifier in `from` names, when it is `target`: a relative path (with or without its
 * extension, `.js` for `.ts` as TypeScript's ESM imports write it, or its folder for an `index` file), or a
 * bare or aliased one (`@pages/orders-page`, a tsconfig path) whose last segment is the target's name,
 * taken as the target so that its uses are followed rather than missed.
 */
function resolverFor(target: string): (from: string, specifier: string) => string | undefined {
  const want = stem(path.resolve(target));
  const base = path.basename(want);
  return (from, specifier) => {
    if (specifier.startsWith('.')) {
      const s = stem(path.resolve(path.dirname(from), specifier));
      return s === want || path.join(s, 'index') === want ? target : undefined;
    }
    const last = stem(specifier.split('/').pop() ?? '');
    return last === base || (base === 'index' && last === path.basename(path.dirname(want))) ? target : undefined;
  };
}

/**
 * {@link ExportedUses} for `target` over the suite's files (read when first asked; `undefined` when the
 * suite could not be read whole, and then no exported constant's uses are known).
 */
export function exportedUsesIn(target: string, suite: () => readonly SuiteFile[] | undefined): ExportedUses {
  const resolves = resolverFor(target);
  const name = path.basename(stem(target));
  let parsed: { file: string; sf: ts.SourceFile }[] | undefined | null = null;
  const importers = () => {
    if (parsed !== null) return parsed;
    const files = suite();
    parsed = files
      ?.filter((f) => path.resolve(f.file) !== path.resolve(target) && f.text.includes(name === 'index' ? path.basename(path.dirname(target)) : name))
      .map((f) => ({ file: f.file, sf: ts.createSourceFile(path.basename(f.file), f.text, ts.ScriptTarget.Latest, true, /x$/i.test(f.file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS) }));
    return parsed;
  };
  return (constant) => {
    const files = importers();
    if (!files) return undefined;
    const uses: LiteralPosition[] = [];
    for (const f of files) {
      const u = importedUses(f.sf, f.file, target, constant, resolves);
      if (!u) return undefined;
      uses.push(...u);
    }
    return uses;
  };
}

/** Folders no suite keeps its scripts in: dependencies, builds, reports and VCS data. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'test-results', 'playwright-report', 'healing-results', 'blob-report', '.next', '.nuxt', '.svelte-kit', '.turbo', '.cache']);
/** Past these the suite is not read (and no exported constant's uses are known): a bounded walk. */
export const SUITE_LIMITS = { scripts: 10_000, scriptBytes: 2_000_000, totalBytes: 64_000_000 };

/**
 * The scripts under `root` (TypeScript and JavaScript, outside dependency, build and report folders), or
 * undefined when there are more than the walk reads, one is too large, or all of them are (see
 * SUITE_LIMITS): then a use could hide in a file not read.
 */
export function suiteScripts(
  root: string,
  io: { readdir: (dir: string) => { name: string; dir: boolean }[]; size: (file: string) => number; read: (file: string) => string },
  limits = SUITE_LIMITS,
): SuiteFile[] | undefined {
  const out: SuiteFile[] = [];
  let total = 0;
  const stack = [path.resolve(root)];
  while (stack.length) {
    const dir = stack.pop() as string;
    let entries: { name: string; dir: boolean }[];
    try {
      entries = io.readdir(dir);
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.dir) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(full);
        continue;
      }
      if (!SCRIPT_EXT.test(e.name) || e.name.endsWith('.d.ts')) continue;
      if (out.length >= limits.scripts) return undefined;
      try {
        const size = io.size(full);
        total += size;
        if (size > limits.scriptBytes || total > limits.totalBytes) return undefined;
        out.push({ file: full, text: io.read(full) });
      } catch {
        return undefined;
      }
    }
  }
  return out;
}
