// Pre-flight: everything that can be checked without running a test. A proposal that fails here is
// never applied anywhere.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkPatchPaths } from '../allowed-paths.js';
import type { PatchScope } from '../test-scope.js';
import { applyProposals, PatchConflictError, renderFileDiff, type PatchedFile } from '../patch-file.js';
import type { PatchProposal } from '../types.js';
import { formatStructuralRefusal, structuralRefusal, type SuiteFile } from './structure/check.js';
import { suiteScripts } from './structure/importers.js';

export interface PreflightContext {
  repoRoot: string;
  /** Folder of playwright.config.ts (allowedPaths are relative to it). */
  configDir: string;
  /** testDir of every healable project (absolute, or relative to configDir); used without testScopes. */
  testDirs?: string[];
  /** testDir, testMatch and testIgnore of every healable project: which files are test code. */
  testScopes?: readonly PatchScope[];
  /** Globs relative to configDir; empty: the healed projects' test files and data (see allowed-paths.ts). */
  allowedPaths: string[];
  /** Most changed lines one proposal may have. */
  maxPatchLines: number;
  /** When the run started (epoch ms): a file modified after it changed since the run. */
  runStartedAt?: number;
  /** sha256 (hex) of files as the run saw them, by absolute path; preferred over mtimes when present. */
  fileHashes?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

const FS = {
  readdir: (dir: string) => readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() })),
  size: (file: string) => statSync(file).size,
  read: (file: string) => readFileSync(file, 'utf8'),
};

export type PreflightResult = { ok: true; files: PatchedFile[]; diff: string; changedLines: number } | { ok: false; reason: string };

/** sha256 (hex) of a file's bytes, as fileHashes expects them. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function recordedHash(hashes: PreflightContext['fileHashes'], file: string): string | undefined {
  if (!hashes) return undefined;
  if (hashes instanceof Map) return hashes.get(file);
  return (hashes as Readonly<Record<string, string>>)[file];
}

function changedSinceRun(file: string, rel: string, ctx: PreflightContext): string | undefined {
  const hash = recordedHash(ctx.fileHashes, file);
  if (hash !== undefined) {
    return sha256File(file) === hash ? undefined : `${rel} changed since the run (its content hash differs); re-run the tests so the proposal matches the file`;
  }
  if (ctx.runStartedAt !== undefined && statSync(file).mtimeMs > ctx.runStartedAt) {
    return `${rel} changed since the run (modified ${new Date(statSync(file).mtimeMs).toISOString()}, after the run started); re-run the tests so the proposal matches the file`;
  }
  return undefined;
}

/**
 * Checks one proposal: files exist, are allowed and unchanged since the run, every edit matches the
 * current line, the patch is within maxPatchLines, and each patched file has the original's syntax tree
 * but for test data and locators (structure/check.ts).
 * Returns the patched files and the diff, or the reason it is refused. Reads only; never writes.
 */
export function preflight(proposal: PatchProposal, ctx: PreflightContext): PreflightResult {
  const refuse = (reason: string): PreflightResult => ({ ok: false, reason });
  if (proposal.edits.length === 0) return refuse('the proposal has no edits');
  const root = path.resolve(ctx.repoRoot);
  const files = [...new Set(proposal.edits.map((e) => path.resolve(root, e.file)))];
  const paths = checkPatchPaths(files, {
    repoRoot: root,
    configDir: ctx.configDir,
    ...(ctx.testScopes ? { testScopes: ctx.testScopes } : {}),
    ...(ctx.testDirs ? { testDirs: ctx.testDirs } : {}),
    allowedPaths: ctx.allowedPaths,
  });
  if (!paths.ok) return refuse(paths.reason);

  const changed = new Set(proposal.edits.filter((e) => e.before !== e.after).map((e) => `${path.resolve(root, e.file)}:${e.line}`));
  if (changed.size === 0) return refuse('the proposal changes nothing (every edit keeps its line)');
  if (changed.size > ctx.maxPatchLines) return refuse(`the patch changes ${changed.size} lines, more than maxPatchLines (${ctx.maxPatchLines}); raise maxPatchLines to allow larger patches`);

  const contents = new Map<string, string>();
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      // Missing: reported below.
    }
    if (!isFile) return refuse(`${rel} does not exist (or is not a file)`);
    const drift = changedSinceRun(file, rel, ctx);
    if (drift) return refuse(drift);
    contents.set(file, readFileSync(file, 'utf8'));
  }

  let patched: PatchedFile[];
  try {
    const normalized = { ...proposal, edits: proposal.edits.map((e) => ({ ...e, file: path.resolve(root, e.file) })) };
    patched = applyProposals(root, [normalized], (f) => contents.get(f) ?? readFileSync(f, 'utf8'));
  } catch (err) {
    if (err instanceof PatchConflictError) return refuse(`the edit does not apply cleanly: ${err.message}`);
    throw err;
  }
  // Every file is checked whole, on its syntax tree: the proposal is untrusted (page text, LLM answers).
  // A constant a file exports is followed into the suite's files that import it (read once, when needed).
  let suite: SuiteFile[] | undefined | null = null;
  const suiteFiles = () => (suite === null ? (suite = suiteScripts(path.resolve(root, ctx.configDir), FS)) : suite);
  for (const f of patched) {
    const unsafe = structuralRefusal(f.file, f.original, f.patched, suiteFiles);
    if (unsafe) return refuse(`${f.rel}:${unsafe.line}: ${formatStructuralRefusal(unsafe)}`);
  }
  const diff = patched.map((f) => renderFileDiff(f.rel, f.original, f.patched)).join('');
  return { ok: true, files: patched, diff, changedLines: changed.size };
}
