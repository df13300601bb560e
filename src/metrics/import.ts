// `healwright metrics --import <dir>`: CI keeps artifacts per run, so merge the history files and run
// folders of several downloaded artifacts into the local history, without duplicates.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HISTORY_FILE, withHistoryLock, writeHistoryFile, type HistoryRecord } from '../artifacts/history.js';
import { mergeRecords, readHistory, recordFromRunFolder } from './history-read.js';
import { HealwrightError } from '../common/errors.js';

/** The folder to import does not exist or is not a folder. */
export class ImportSourceError extends HealwrightError {
  override name = 'ImportSourceError';
}

export interface ImportResult {
  /** history.jsonl files read. */
  historyFiles: number;
  /** Run folders read (healing-summary.json) that no history file listed. */
  runFolders: number;
  /** Runs new to the local history. */
  added: number;
  /** Runs found that the local history (or an earlier file) already had. */
  duplicates: number;
  /** Runs in the local history afterwards. */
  total: number;
  file: string;
  warnings: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const RUN_DIR = /^run-\d{8}-\d{6}-[0-9a-f]{8}$/;

/** Finds history files and run folders under `dir` (symlinks are not followed, 12 levels at most). */
export function findImportSources(dir: string): { historyFiles: string[]; runFolders: string[] } {
  const historyFiles: string[] = [];
  const runFolders: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isFile() && e.name === HISTORY_FILE) historyFiles.push(p);
      else if (e.isDirectory() && RUN_DIR.test(e.name) && existsSync(path.join(p, 'healing-summary.json'))) runFolders.push(p);
      else if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.endsWith('.lock') && depth < 12) walk(p, depth + 1);
    }
  };
  walk(dir, 0);
  return { historyFiles, runFolders };
}

/** Merges everything found under `sourceDir` into `<outputRoot>/history.jsonl` (sorted by startedAt). */
export function importHistory(sourceDir: string, outputRoot: string): ImportResult {
  if (!existsSync(sourceDir)) throw new ImportSourceError(`${sourceDir} does not exist. Pass the folder where you unpacked the CI artifacts (it may hold several healing-results folders).`);
  const file = path.join(outputRoot, HISTORY_FILE);
  const sources = findImportSources(sourceDir);
  const warnings: string[] = [];
  const found: HistoryRecord[] = [];
  for (const f of sources.historyFiles) {
    if (path.resolve(f) === path.resolve(file)) continue;
    const r = readHistory(f);
    warnings.push(...r.warnings);
    found.push(...r.records);
  }
  const listed = new Set(found.flatMap((r) => [r.runId, r.runDir]));
  let runFolders = 0;
  for (const dir of sources.runFolders) {
    if (listed.has(path.basename(dir))) continue;
    const r = recordFromRunFolder(dir);
    if (typeof r === 'string') warnings.push(`skipped: ${r}`);
    else {
      found.push(r);
      runFolders++;
    }
  }
  return withHistoryLock(file, () => {
    const local = readHistory(file);
    warnings.push(...local.warnings);
    const merged = mergeRecords(local.records, found);
    const added = merged.length - mergeRecords(local.records).length;
    writeHistoryFile(file, merged, local.foreign);
    return { historyFiles: sources.historyFiles.length, runFolders, added, duplicates: found.length - added, total: merged.length, file, warnings };
  });
}
