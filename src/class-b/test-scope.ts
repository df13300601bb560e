// Which files inside the healed projects' testDirs are test code, by Playwright's own rules. With
// Playwright's default testDir (the config folder, often the repository root) "under testDir" means
// the whole app, so there only test files (testMatch minus testIgnore), test data and the code files
// that only tests import (imports.ts) may change; a dedicated test folder may also have any of its
// page objects and helpers patched.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hardDenyReason } from './hard-deny.js';
import { testOwnedScripts, type TestOwnedScripts } from './imports.js';
import { globToRegExp } from './verify/glob.js';

export type TestPattern = string | RegExp | ReadonlyArray<string | RegExp>;

/** One healed Playwright project, as far as patch paths go. */
export interface PatchScope {
  name?: string;
  /** Absolute, or relative to the config folder. */
  testDir: string;
  /** Playwright's testMatch; default {@link DEFAULT_TEST_MATCH}. */
  testMatch?: TestPattern;
  /** Playwright's testIgnore; default none. */
  testIgnore?: TestPattern;
}

/** Playwright's default testMatch. */
export const DEFAULT_TEST_MATCH = '**/*.@(spec|test).?(c|m)[jt]s?(x)';

/** Folders inside a testDir that hold test data. */
const DATA_DIRS = new Set(['fixtures', 'data', 'test-data', 'testdata']);
/** Folders that hold an app's own code or assets: data under them is the app's, not the tests'. */
const APP_DIRS = new Set(['src', 'app', 'lib', 'server', 'public', 'static', 'assets', 'components', 'api']);
const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/i;

/**
 * Playwright's file matching: a RegExp is tested against the absolute path; a glob gets a leading
 * `**\/` unless it has one and is matched case-insensitively. A glob this matcher cannot read
 * matches nothing: a pattern we do not understand never widens what a patch may touch.
 */
export function testFileMatcher(patterns: TestPattern): (absFile: string) => boolean {
  const list = Array.isArray(patterns) ? (patterns as ReadonlyArray<string | RegExp>) : [patterns as string | RegExp];
  const regexes: RegExp[] = [];
  const globs: RegExp[] = [];
  for (const p of list as readonly unknown[]) {
    if (p instanceof RegExp) regexes.push(p);
    else if (typeof p !== 'string') {
      // A pattern that crossed a process boundary (merge-reports) may arrive as `{ source, flags }`.
      const r = p as { source?: unknown; flags?: unknown } | null;
      if (r && typeof r.source === 'string') {
        try {
          regexes.push(new RegExp(r.source, typeof r.flags === 'string' ? r.flags : ''));
        } catch {
          // Unreadable: matches nothing.
        }
      }
    } else {
      try {
        globs.push(globToRegExp(p.startsWith('**/') ? p : `**/${p}`, 'i'));
      } catch {
        // Unreadable glob: matches nothing.
      }
    }
  }
  const test = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    return re.test(s);
  };
  return (absFile) => {
    const posix = absFile.split(path.sep).join('/');
    // Our `**/` needs whole segments: match globs against the path without its root (`/`, `C:/`).
    const noRoot = posix.replace(/^(?:[A-Za-z]:)?\//, '');
    return regexes.some((re) => test(re, absFile) || test(re, posix)) || globs.some((re) => test(re, noRoot));
  };
}

function isUnder(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * True when a testDir holds more than tests: it is (or contains) the repository root, or it has a
 * package.json, an app folder (`src/`, `app/`), or build, CI or container files of its own.
 */
export function testDirHoldsApp(testDir: string, repoRoot: string): boolean {
  if (path.resolve(testDir) === path.resolve(repoRoot) || isUnder(testDir, repoRoot)) return true;
  let names: string[];
  try {
    names = readdirSync(testDir);
  } catch {
    return false;
  }
  // A denied file (`Dockerfile`) or folder (`.github/`, `.husky/`) of its own.
  return names.some((n) => n === 'package.json' || ((n === 'src' || n === 'app') && statSync(path.join(testDir, n)).isDirectory()) || hardDenyReason(n) !== undefined || hardDenyReason(`${n}/x`) !== undefined);
}

export interface CompiledScope {
  name: string;
  dir: string;
  /** Matches testMatch and not testIgnore. */
  isTest: (abs: string) => boolean;
  ignored: (abs: string) => boolean;
  holdsApp: boolean;
  /** For a testDir that holds the app: the code files only its tests import (computed once, on first use). */
  testOwned: () => TestOwnedScripts;
}

// One walk per testDir and list of scopes: checkPatchPaths runs once per file a heal may touch.
const OWNED = new WeakMap<readonly PatchScope[], Map<string, TestOwnedScripts>>();

/** A file under one of the app's own folders (`src/`, `app/`, ...) below `dir`. */
function inAppFolder(dir: string, abs: string): boolean {
  return path
    .relative(dir, path.dirname(abs))
    .split(path.sep)
    .some((f) => APP_DIRS.has(f.toLowerCase()));
}

export function compileScopes(scopes: readonly PatchScope[], configDir: string, repoRoot: string, realpath: (p: string) => string): CompiledScope[] {
  let cache = OWNED.get(scopes);
  if (!cache) OWNED.set(scopes, (cache = new Map()));
  const owned = cache;
  return scopes.map((s, i) => {
    const dir = realpath(path.resolve(configDir, s.testDir));
    const match = testFileMatcher(s.testMatch ?? DEFAULT_TEST_MATCH);
    const ignore = s.testIgnore === undefined ? () => false : testFileMatcher(s.testIgnore);
    const isTest = (abs: string) => match(abs) && !ignore(abs);
    const key = `${i}\0${dir}`;
    const testOwned = () => {
      let found = owned.get(key);
      if (!found) owned.set(key, (found = testOwnedScripts(dir, isTest, (abs) => ignore(abs) || inAppFolder(dir, abs))));
      return found;
    };
    return { name: s.name ?? `#${i + 1}`, dir, isTest, ignored: ignore, holdsApp: testDirHoldsApp(dir, repoRoot), testOwned };
  });
}

/** A `.json` under a data folder of the testDir, or beside a test file in a folder below the testDir. */
function isDataFile(abs: string, scope: CompiledScope): boolean {
  if (!abs.toLowerCase().endsWith('.json')) return false;
  const folders = path.relative(scope.dir, path.dirname(abs)).split(path.sep).filter(Boolean);
  const dataAt = folders.findIndex((f) => DATA_DIRS.has(f.toLowerCase()));
  if (dataAt >= 0) return !folders.slice(0, dataAt).some((f) => APP_DIRS.has(f.toLowerCase()));
  // Beside tests, but not in the testDir's own top folder (there it sits beside the app's configs).
  if (folders.length === 0 || folders.some((f) => APP_DIRS.has(f.toLowerCase()))) return false;
  const dir = path.dirname(abs);
  try {
    return readdirSync(dir).some((n) => scope.isTest(path.join(dir, n)));
  } catch {
    return false;
  }
}

/** Why a file (real absolute path) is outside every healed project's test code, or undefined when it is inside. */
export function outOfScopeReason(abs: string, rel: string, scopes: readonly CompiledScope[]): string | undefined {
  const holding = scopes.filter((s) => isUnder(s.dir, abs));
  if (holding.length === 0) return `${rel} is not under a Playwright testDir; list it in allowedPaths to let healwright patch it`;
  for (const s of holding) {
    if (s.isTest(abs) || isDataFile(abs, s)) return undefined;
    // A dedicated test folder: its page objects, helpers and data are test code too (unless testIgnore'd).
    if (!s.holdsApp && !s.ignored(abs) && (CODE_FILE.test(abs) || abs.toLowerCase().endsWith('.json'))) return undefined;
    // A testDir that also holds the app: a page object or helper only its tests import.
    if (s.holdsApp && CODE_FILE.test(abs) && s.testOwned().files.has(abs)) return undefined;
  }
  const s = holding[0] as CompiledScope;
  return s.holdsApp
    ? `${rel} is not a test file (testMatch of project ${s.name}), test data, or a helper that only its tests import (outside src/, app/, lib/ ...); its testDir also holds the app (repository root, package.json or app sources), so there healwright patches only those; list it in allowedPaths to allow it`
    : `${rel} is not a test file (testMatch of project ${s.name}), test data, or a .ts/.js helper under its testDir; list it in allowedPaths to allow it`;
}
