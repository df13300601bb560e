// Which files a Class B patch may change. The hard deny list always wins over allowedPaths: a patch
// proposed from untrusted page text must never reach CI config, build files, hooks, dependencies,
// secrets or anything outside the repository, whatever the config says. Without allowedPaths only the
// healed projects' test code may change (test-scope.ts), not everything under a testDir that may be
// the repository root.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { hardDenyReason } from './hard-deny.js';
import { compileScopes, outOfScopeReason, type PatchScope } from './test-scope.js';
import { matchesGlob } from './verify/glob.js';

export { hardDenyReason } from './hard-deny.js';

export interface PatchPathOptions {
  /** The repository root; nothing outside it (after resolving symlinks) may change. */
  repoRoot: string;
  /** The healed projects' testDir, testMatch and testIgnore; when absent, `testDirs` with Playwright's defaults. */
  testScopes?: readonly PatchScope[];
  /** testDir of every Playwright project that may be healed (absolute, or relative to configDir); used without testScopes. */
  testDirs?: readonly string[];
  /**
   * Globs relative to configDir (`**`, `*`, `?`, `{a,b}`); they replace the default (test files and
   * test data of the healed projects, plus helpers in a testDir that holds no app).
   */
  allowedPaths: readonly string[];
  /** Folder of playwright.config.ts. */
  configDir: string;
}

export type PathCheck = { ok: true } | { ok: false; reason: string };

/** realpath of `p`, or of its nearest existing ancestor joined with the rest (for files not yet there). */
function realpathLoose(p: string): string {
  let head = path.resolve(p);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = path.dirname(head);
    if (parent === head) break;
    tail.unshift(path.basename(head));
    head = parent;
  }
  return path.join(existsSync(head) ? realpathSync(head) : head, ...tail);
}

/** Posix path of `target` relative to `root`, or undefined when it lies outside. */
function inside(root: string, target: string): string | undefined {
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Turns a glob relative to configDir into one relative to the repo root (undefined: it points outside). */
function repoGlob(glob: string, configRel: string): string | undefined {
  const joined = path.posix.normalize(path.posix.join(configRel, glob.replace(/\\/g, '/')));
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(joined)) return undefined;
  return joined.replace(/^\.\//, '');
}

/** Checks every file a patch touches against the hard deny list, the repo boundary and allowedPaths. */
export function checkPatchPaths(files: string[], opts: PatchPathOptions): PathCheck {
  const lexicalRoot = path.resolve(opts.repoRoot);
  const realRoot = realpathLoose(lexicalRoot);
  const configDir = path.resolve(lexicalRoot, opts.configDir);
  const realConfigDir = realpathLoose(configDir);
  const scopes = compileScopes(opts.testScopes ?? (opts.testDirs ?? []).map((testDir) => ({ testDir })), configDir, realRoot, realpathLoose);
  const configRel = inside(realRoot, realConfigDir) ?? '';
  const globs = opts.allowedPaths.map((g) => repoGlob(g, configRel)).filter((g): g is string => g !== undefined);
  for (const file of files) {
    const lexical = path.resolve(lexicalRoot, file);
    const lexicalRel = inside(lexicalRoot, lexical);
    if (lexicalRel === undefined) return { ok: false, reason: `${file} is outside the repository ${lexicalRoot}` };
    const real = realpathLoose(lexical);
    const rel = inside(realRoot, real);
    if (rel === undefined) return { ok: false, reason: `${lexicalRel} resolves (through a symlink) to ${real}, outside the repository` };
    const denied = hardDenyReason(lexicalRel) ?? hardDenyReason(rel);
    if (denied) return { ok: false, reason: denied };
    if (opts.allowedPaths.length === 0) {
      const outside = outOfScopeReason(real, rel, scopes);
      if (outside) return { ok: false, reason: outside };
    } else if (!globs.some((g) => matchesGlob(rel, g))) {
      return { ok: false, reason: `${rel} matches none of allowedPaths (${opts.allowedPaths.join(', ')})` };
    }
  }
  return { ok: true };
}
