// Relative imports between script files: which page objects and helpers a test file imports, and,
// for a testDir that also holds the app, which code files are the tests' own (imported from a test,
// directly or through another such file, and by no other code).
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const IMPORT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The file's real path (symlinks resolved), or its absolute path when it cannot be resolved. */
export function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The script file a relative module specifier (`./pages/login`, `../helpers.js`) in `file` names, resolved
 * as TypeScript and Node would (the file itself, `.js` written for a `.ts` source, an added extension, an
 * `index` file); undefined for a bare specifier, a file that is not there, or `file` itself.
 */
export function resolveRelativeModule(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const base = path.resolve(path.dirname(file), specifier);
  const ext = path.extname(base);
  const tries = [base, ...(JS_TO_TS[ext] ?? []).map((e) => base.slice(0, -ext.length) + e), ...IMPORT_EXTENSIONS.map((e) => base + e), ...IMPORT_EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  const hit = tries.find((t) => SCRIPT.test(t) && isFile(t));
  return hit && path.resolve(hit) !== path.resolve(file) && real(hit) !== real(file) ? hit : undefined;
}

/** The script files `file` imports or requires by a relative path (page objects, helpers), resolved as TypeScript and Node would. */
export function relativeImports(file: string, source: string): string[] {
  const out = new Set<string>();
  for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
    const hit = resolveRelativeModule(file, fileName);
    if (hit) out.add(hit);
  }
  return [...out];
}

/** Folders never walked: dependencies, VCS and tool state, build output. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'test-results', 'playwright-report', 'healing-results', 'blob-report']);
/** More script files than this under one testDir: the walk gives up and no helper is the tests' own. */
export const MAX_WALKED_SCRIPTS = 5_000;
/** Page objects importing each other: how many steps from a test file a helper may be. */
const MAX_IMPORT_DEPTH = 4;
const MAX_SCRIPT_BYTES = 1_000_000;

/** Script files under `dir` (real paths), or undefined past {@link MAX_WALKED_SCRIPTS}. */
function scriptsUnder(dir: string): string[] | undefined {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const at = stack.pop() as string;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(at, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile() && SCRIPT.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push(p);
        if (out.length > MAX_WALKED_SCRIPTS) return undefined;
      }
    }
  }
  return out;
}

function importsOf(file: string): string[] {
  try {
    if (statSync(file).size > MAX_SCRIPT_BYTES) return [];
    return relativeImports(file, readFileSync(file, 'utf8')).map(real);
  } catch {
    return [];
  }
}

export interface TestOwnedScripts {
  /** Real paths of the code files only tests use. */
  files: ReadonlySet<string>;
  /** Why the set is empty when the walk gave up. */
  gaveUp?: string;
}

/**
 * The code files under `dir` that are the tests' own: reached by relative imports from a test file
 * (`isTest`) in at most {@link MAX_IMPORT_DEPTH} steps, never through or into a file that `excluded`
 * refuses (app folders), and imported by no script that is neither a test nor one of them (a file
 * the app's code imports too is the app's). Config files (`*.config.*`) are never included.
 */
export function testOwnedScripts(dir: string, isTest: (abs: string) => boolean, excluded: (abs: string) => boolean): TestOwnedScripts {
  const scripts = scriptsUnder(dir);
  if (scripts === undefined) return { files: new Set(), gaveUp: `more than ${MAX_WALKED_SCRIPTS} script files under ${dir}` };
  const imports = new Map(scripts.map((f) => [f, importsOf(f)] as const));
  const tests = scripts.filter((f) => isTest(f));
  const eligible = (f: string) => imports.has(f) && !isTest(f) && !excluded(f) && !/\.config\.[cm]?[jt]sx?$/i.test(f);
  const owned = new Set<string>();
  let frontier = tests;
  for (let depth = 0; depth < MAX_IMPORT_DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const dep of imports.get(f) ?? []) {
        if (!owned.has(dep) && eligible(dep)) {
          owned.add(dep);
          next.push(dep);
        }
      }
    }
    frontier = next;
  }
  // Shared with the app: some other script imports it.
  for (const [f, deps] of imports) {
    if (isTest(f) || owned.has(f)) continue;
    for (const dep of deps) owned.delete(dep);
  }
  return { files: owned };
}
