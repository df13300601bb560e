// A throw-away copy of the repository under os.tmpdir(), where patches are applied and tests re-run.
// The user's working tree is only ever read. node_modules folders are linked, not copied, and laid out
// so that module resolution from the copy finds the same packages (by realpath, so Playwright sees one
// @playwright/test instance) as resolution from the repository does.
import { execFileSync } from 'node:child_process';
import { constants, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trimTrailingSlashes } from '../../common/strings.js';

export interface IsolatedCopyOptions {
  /** More repo-relative paths to leave out, e.g. the healing output dir or a custom Playwright outputDir. */
  exclude?: string[];
}

export interface IsolatedCopy {
  /** The copy of the repository root. */
  dir: string;
  /** How the file list was made: `git ls-files` (respects .gitignore) or a folder walk. */
  listedBy: 'git' | 'walk';
  /** Deletes the copy (and only the copy: linked node_modules are unlinked, never followed). */
  dispose(): void;
}

/** Left out at the top level; `.git` and `node_modules` at any depth. */
const DEFAULT_EXCLUDES = ['.git', 'node_modules', 'healing-results', 'test-results', 'playwright-report', 'blob-report', '.tmp'];
const NEVER_COPIED = new Set(['.git', 'node_modules']);
const MAX_NODE_MODULES_LEVELS = 8;

function excluder(excludes: string[]): (rel: string) => boolean {
  const list = excludes.map((e) => trimTrailingSlashes(e.split(path.sep).join('/').replace(/^\.\//, ''))).filter(Boolean);
  return (rel) => {
    if (rel.split('/').some((s) => NEVER_COPIED.has(s))) return true;
    return list.some((e) => rel === e || rel.startsWith(`${e}/`));
  };
}

/** Files (and submodule folders) git would see: tracked plus untracked-but-not-ignored. */
function gitFiles(root: string): string[] | undefined {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (realpathSync(top) !== root) return undefined;
    const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * Top-level entries git ignores (build output such as dist/, a local .env): linked into the copy, not
 * copied, so a config that imports them still loads. Output dirs and `exclude` stay out.
 */
function ignoredTopLevel(root: string): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-o', '-i', '--exclude-standard', '--directory', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    return [...new Set(out.split('\0').filter(Boolean).map((p) => p.replace(/\/$/, '').split('/')[0] as string))].filter(Boolean);
  } catch {
    return [];
  }
}

function walkFiles(root: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (relDir: string) => {
    for (const entry of readdirSync(path.join(root, relDir), { withFileTypes: true })) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (skip(rel)) continue;
      if (entry.isDirectory()) visit(rel);
      else out.push(rel);
    }
  };
  visit('');
  return out;
}

/** node_modules folders module resolution from `root` visits, nearest first. */
function nodeModulesChain(root: string): string[] {
  const chain: string[] = [];
  for (let dir = root; chain.length < MAX_NODE_MODULES_LEVELS; dir = path.dirname(dir)) {
    const nm = path.join(dir, 'node_modules');
    if (existsSync(nm)) chain.push(realpathSync(nm));
    if (path.dirname(dir) === dir) break;
  }
  return chain;
}

function copyEntry(src: string, dst: string, skip: (rel: string) => boolean, root: string): void {
  let st;
  try {
    st = lstatSync(src);
  } catch {
    return; // Listed by git but deleted in the working tree.
  }
  if (st.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
  else if (st.isDirectory()) cpSync(src, dst, { recursive: true, verbatimSymlinks: true, filter: (s) => !skip(path.relative(root, s).split(path.sep).join('/')) });
  else if (st.isFile()) copyFileSync(src, dst, constants.COPYFILE_FICLONE);
}

/**
 * Copies the repository into a fresh folder under os.tmpdir() (never inside the repository) and links
 * its node_modules. Uses `git ls-files -co --exclude-standard` when repoRoot is a git work tree's top
 * level, else walks the folder. Always call dispose(), also on errors.
 */
export function createIsolatedCopy(repoRoot: string, opts: IsolatedCopyOptions = {}): IsolatedCopy {
  const root = realpathSync(repoRoot);
  const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'healwright-verify-')));
  const dispose = () => rmSync(base, { recursive: true, force: true });
  try {
    if (!path.relative(root, base).startsWith('..')) throw new Error(`The temp folder ${base} lies inside the repository ${root}; set TMPDIR to a folder outside it.`);
    const skip = excluder([...DEFAULT_EXCLUDES, ...(opts.exclude ?? [])]);
    // Outer node_modules sit in the folders above the copy, nearest one next to it.
    const chain = nodeModulesChain(root);
    let parent = base;
    for (let i = chain.length - 1; i >= 1; i--) {
      symlinkSync(chain[i] as string, path.join(parent, 'node_modules'), 'junction');
      parent = path.join(parent, `up${i}`);
      mkdirSync(parent);
    }
    const dir = path.join(parent, path.basename(root) || 'repo');
    mkdirSync(dir);
    if (chain[0]) symlinkSync(chain[0], path.join(dir, 'node_modules'), 'junction');

    const listed = gitFiles(root);
    const files = (listed ?? walkFiles(root, skip)).filter((rel) => !skip(rel));
    const made = new Set<string>([dir]);
    for (const rel of files) {
      const dst = path.join(dir, rel);
      const parentDir = path.dirname(dst);
      if (!made.has(parentDir)) {
        mkdirSync(parentDir, { recursive: true });
        made.add(parentDir);
      }
      copyEntry(path.join(root, rel), dst, skip, root);
    }
    if (listed) {
      for (const name of ignoredTopLevel(root)) {
        const dst = path.join(dir, name);
        if (!skip(name) && !existsSync(dst)) symlinkSync(path.join(root, name), dst, 'junction');
      }
    }
    return { dir, listedBy: listed ? 'git' : 'walk', dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
