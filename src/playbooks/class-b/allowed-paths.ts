// Which files a Class B patch may change. The hard deny list always wins over allowedPaths: a patch
// proposed from untrusted page text must never reach CI config, dependencies, secrets or anything
// outside the repository, whatever the config says.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { matchesGlob } from './verify/glob.js';

export interface PatchPathOptions {
  /** The repository root; nothing outside it (after resolving symlinks) may change. */
  repoRoot: string;
  /** testDir of every Playwright project that may be healed (absolute, or relative to configDir). */
  testDirs: string[];
  /** Globs relative to configDir (`**`, `*`, `?`, `{a,b}`); empty: the testDirs and everything under them. */
  allowedPaths: string[];
  /** Folder of playwright.config.ts. */
  configDir: string;
}

export type PathCheck = { ok: true } | { ok: false; reason: string };

const LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb']);
const DENIED_DIRS = new Set(['.github', '.git', 'node_modules']);
const INSTALL_HOOKS = new Set(['.npmrc', '.yarnrc', '.yarnrc.yml', '.pnpmfile.cjs']);
const CONFIG_FILE = /^(?:playwright|healing)[\w.-]*\.config\.(?:[cm]?[jt]s|json)$/i;
const TSCONFIG = /^tsconfig[\w.-]*\.json$/i;

/** Why a repo-relative posix path may never be patched, or undefined when the hard deny list allows it. */
export function hardDenyReason(rel: string): string | undefined {
  const segments = rel.split('/');
  const base = segments[segments.length - 1] ?? '';
  const dir = segments.slice(0, -1).find((s) => DENIED_DIRS.has(s));
  if (dir) return `${rel} is inside ${dir}/, which healwright never patches`;
  if (base === 'package.json') return `${rel} declares dependencies and scripts; healwright never patches it`;
  if (LOCKFILES.has(base)) return `${rel} is a lockfile; healwright never patches it`;
  if (base.startsWith('.env')) return `${rel} may hold secrets; healwright never patches .env files`;
  if (INSTALL_HOOKS.has(base)) return `${rel} configures the package manager; healwright never patches it`;
  if (CONFIG_FILE.test(base) || TSCONFIG.test(base)) return `${rel} is a configuration file; healwright never patches it`;
  return undefined;
}

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

function isUnder(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
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
  const testDirs = opts.testDirs.map((d) => realpathLoose(path.resolve(configDir, d)));
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
      if (!testDirs.some((d) => isUnder(d, real))) {
        return { ok: false, reason: `${rel} is not under a Playwright testDir; list it in allowedPaths to let healwright patch it` };
      }
    } else if (!globs.some((g) => matchesGlob(rel, g))) {
      return { ok: false, reason: `${rel} matches none of allowedPaths (${opts.allowedPaths.join(', ')})` };
    }
  }
  return { ok: true };
}
