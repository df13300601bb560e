// Reads history.jsonl tolerantly: a line cut short by a crash, a line from a newer healwright, or a
// foreign line is skipped with a warning; a whole healing-summary.json pasted as a line is converted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONReport, JSONReportSuite } from '@playwright/test/reporter';
import { HISTORY_FILE, HISTORY_RECORD_VERSION, TEST_CODE_LENGTH, buildHistoryRecord, historyKey, type HistoryRecord } from '../artifacts/history.js';
import { healthScore, type Totals } from '../artifacts/health.js';
import { listRunDirs } from '../artifacts/run-dir.js';
import type { HealingSummary } from '../artifacts/summary.js';
import { describeThrown } from '../common/errors.js';

export interface HistoryReadResult {
  records: HistoryRecord[];
  /** One line per skipped line or file, saying why (at most 20, then a count). */
  warnings: string[];
  /** Skipped lines that are valid JSON (a newer healwright's records): kept verbatim when the file is rewritten. */
  foreign: string[];
}

const MAX_WARNINGS = 20;

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function readTotals(v: unknown): Totals | undefined {
  if (!isObject(v)) return undefined;
  const t = { total: num(v.total, NaN), passed: num(v.passed, NaN), failed: num(v.failed, NaN), flaky: num(v.flaky), skipped: num(v.skipped) };
  return Number.isNaN(t.total) || Number.isNaN(t.passed) || Number.isNaN(t.failed) ? undefined : t;
}

/** A record from a healing-summary.json (possibly an older or partial one); a string says why not. */
function fromSummary(summary: HealingSummary, ranKeys?: string[], runDir?: string): HistoryRecord | string {
  let built: HistoryRecord;
  try {
    built = buildHistoryRecord(summary, ranKeys);
  } catch (err) {
    return `a healing-summary.json healwright cannot read (${describeThrown(err)})`;
  }
  return toHistoryRecord(runDir ? { ...built, runDir } : built);
}

/** Checks one parsed line and fills what older or partial records lack; a string says why it is skipped. */
export function toHistoryRecord(value: unknown): HistoryRecord | string {
  if (!isObject(value)) return 'not a JSON object';
  if (!('v' in value)) {
    const tool = value.tool;
    if (value.schemaVersion === 1 && isObject(tool) && tool.name === 'healwright') return fromSummary(value as unknown as HealingSummary);
    return 'not a healwright history record (no "v")';
  }
  if (value.v !== HISTORY_RECORD_VERSION) {
    return typeof value.v === 'number' && value.v > HISTORY_RECORD_VERSION
      ? `record version ${value.v} was written by a newer healwright (this one reads ${HISTORY_RECORD_VERSION}); upgrade healwright to read it`
      : `unknown record version ${JSON.stringify(value.v)}`;
  }
  const { runId, startedAt, finishedAt } = value;
  if (typeof runId !== 'string' || !runId) return 'no runId';
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return `run ${runId}: no valid startedAt`;
  const totals = readTotals(value.totals);
  if (!totals) return `run ${runId}: no totals`;
  const end = typeof finishedAt === 'string' && !Number.isNaN(Date.parse(finishedAt)) ? finishedAt : startedAt;
  const llm = isObject(value.llm) ? value.llm : {};
  const health = isObject(value.health) && (typeof value.health.score === 'number' || value.health.score === null) ? (value.health as unknown as HistoryRecord['health']) : healthScore(totals);
  return {
    v: HISTORY_RECORD_VERSION,
    runId,
    runDir: typeof value.runDir === 'string' && value.runDir ? value.runDir : runId,
    startedAt,
    finishedAt: end,
    durationMs: num(value.durationMs, Date.parse(end) - Date.parse(startedAt)),
    status: typeof value.status === 'string' ? value.status : 'unknown',
    shard: isObject(value.shard) ? { current: num(value.shard.current), total: num(value.shard.total) } : null,
    dryRun: value.dryRun === true,
    totals,
    health,
    ...(typeof value.tests === 'string' && value.tests.length % TEST_CODE_LENGTH === 0 ? { tests: value.tests } : {}),
    failing: Array.isArray(value.failing) ? (value.failing.filter((f) => isObject(f) && typeof f.key === 'string') as HistoryRecord['failing']) : [],
    clusters: Array.isArray(value.clusters) ? (value.clusters.filter((c) => isObject(c) && typeof c.fingerprint === 'string') as HistoryRecord['clusters']) : [],
    fixes: isObject(value.fixes) ? (value.fixes as HistoryRecord['fixes']) : {},
    llm: {
      provider: typeof llm.provider === 'string' ? llm.provider : null,
      model: typeof llm.model === 'string' ? llm.model : null,
      calls: num(llm.calls),
      inputTokens: num(llm.inputTokens),
      outputTokens: num(llm.outputTokens),
      costUsd: num(llm.costUsd),
    },
  };
}

/** Parses history.jsonl text; `source` names the file in warnings. */
export function parseHistory(text: string, source = HISTORY_FILE): HistoryReadResult {
  const records: HistoryRecord[] = [];
  const warnings: string[] = [];
  const foreign: string[] = [];
  let skipped = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    let reason: string;
    try {
      const r = toHistoryRecord(JSON.parse(line));
      if (typeof r !== 'string') {
        records.push(r);
        continue;
      }
      reason = r;
      foreign.push(line);
    } catch {
      reason = i === lines.length - 1 ? 'cut short (the run writing it stopped mid-line?)' : 'not valid JSON (cut short by a crash?)';
    }
    skipped++;
    if (warnings.length < MAX_WARNINGS) warnings.push(`${source}:${i + 1}: skipped: ${reason}`);
  }
  if (skipped > MAX_WARNINGS) warnings.push(`${source}: ${skipped - MAX_WARNINGS} more line(s) skipped`);
  return { records, warnings, foreign };
}

/** Reads a history file; a missing file is an empty history. */
export function readHistory(file: string): HistoryReadResult {
  if (!existsSync(file)) return { records: [], warnings: [], foreign: [] };
  return parseHistory(readFileSync(file, 'utf8'), file);
}

/** Keys of the tests that ran, from a run's test-output.json (Playwright JSON report structure). */
export function ranKeysFromJsonReport(report: JSONReport): string[] {
  const keys: string[] = [];
  const walk = (suite: JSONReportSuite, file: string, describes: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') keys.push(historyKey(t.projectName ?? '', spec.file ?? file, [...describes, spec.title]));
      }
    }
    for (const child of suite.suites ?? []) walk(child, file, [...describes, child.title]);
  };
  for (const fileSuite of report.suites ?? []) walk(fileSuite, fileSuite.file ?? fileSuite.title, []);
  return keys;
}

/** A history record for a run folder written before history existed (healing-summary.json, and test-output.json when there). */
export function recordFromRunFolder(dir: string): HistoryRecord | string {
  const summaryFile = path.join(dir, 'healing-summary.json');
  if (!existsSync(summaryFile)) return `${dir}: no healing-summary.json`;
  let summary: HealingSummary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as HealingSummary;
  } catch (err) {
    return `${summaryFile}: not valid JSON (${describeThrown(err)})`;
  }
  let ranKeys: string[] | undefined;
  try {
    const reportFile = path.join(dir, 'test-output.json');
    if (existsSync(reportFile)) ranKeys = ranKeysFromJsonReport(JSON.parse(readFileSync(reportFile, 'utf8')) as JSONReport);
  } catch {
    ranKeys = undefined; // Without it every test counts as run; the summary alone still gives totals.
  }
  if (summary?.schemaVersion !== 1) return `${summaryFile}: unknown summary schemaVersion ${JSON.stringify(summary?.schemaVersion)}`;
  const r = fromSummary(summary, ranKeys, path.basename(dir));
  return typeof r === 'string' ? `${summaryFile}: ${r}` : r;
}

/** De-duplicates by runId (first seen wins) and sorts oldest first. */
export function mergeRecords(...lists: HistoryRecord[][]): HistoryRecord[] {
  const byId = new Map<string, HistoryRecord>();
  for (const list of lists) for (const r of list) if (!byId.has(r.runId)) byId.set(r.runId, r);
  return [...byId.values()].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0));
}

export interface LoadedHistory extends HistoryReadResult {
  file: string;
  /** Runs read from run folders that history.jsonl does not list (older runs). */
  fromRunFolders: number;
}

/** The history of a healing-results folder: history.jsonl, plus run folders it does not list yet. */
export function loadHistory(outputRoot: string): LoadedHistory {
  const file = path.join(outputRoot, HISTORY_FILE);
  const { records, warnings, foreign } = readHistory(file);
  const known = new Set(records.flatMap((r) => [r.runId, r.runDir]));
  const extra: HistoryRecord[] = [];
  for (const name of listRunDirs(outputRoot)) {
    if (known.has(name) || !existsSync(path.join(outputRoot, name, 'healing-summary.json'))) continue;
    const r = recordFromRunFolder(path.join(outputRoot, name));
    if (typeof r === 'string') warnings.push(`skipped: ${r}`);
    else extra.push(r);
  }
  return { file, records: mergeRecords(records, extra), warnings, foreign, fromRunFolders: extra.length };
}
