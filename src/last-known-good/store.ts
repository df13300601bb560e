// healing-results/last-known-good.json: for each locator call site (file, line, locator), the elements it
// found the last time a test that made the call passed. Merged across runs and shards (the records
// travel as attachments, so `merge-reports` sees them too), bounded in entries and age. Its content
// came from web pages: it is validated on the way in and out, redacted, and only ever compared with.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../artifacts/fs.js';
import { withHistoryLock } from '../artifacts/history.js';
import { redactDeep } from '../redact/index.js';
import { LKG_ATTACHMENT, LKG_FRESH_FILE, MAX_ELEMENTS, MAX_RECORDS_PER_TEST, type Fingerprint, type LkgEntry, type LkgRecord } from './types.js';
import { describeThrown } from '../common/errors.js';

export const LKG_FILE = 'last-known-good.json';
export { LKG_FRESH_FILE };
/** Version of the store file; an unknown version is set aside, not read. */
export const LKG_VERSION = 1;

export interface LkgLimits {
  /** Entries kept; the least recently seen go first. Default 5 000. */
  maxEntries: number;
  /** Entries not seen for this many days are dropped; 0 keeps them however old. Default 30. */
  retentionDays: number;
}

export const DEFAULT_LKG_LIMITS: LkgLimits = { maxEntries: 5_000, retentionDays: 30 };

const MAX_STRING = 200;
const MAX_CLASSES = 12;
const MAX_TEST_IDS = 6;
/** Names of look-alikes kept per fingerprint (the recorder keeps 12). */
const MAX_NEAR = 12;
const STRING_FIELDS = ['id', 'role', 'name', 'text', 'ownText', 'label', 'placeholder', 'type', 'nameAttr', 'href', 'title', 'alt'] as const;

const str = (v: unknown, max = MAX_STRING): string | undefined => (typeof v === 'string' && v !== '' ? (v.length > max ? v.slice(0, max) : v) : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function classesOf(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.slice(0, MAX_CLASSES).map((c) => str(c, 100)).filter((c): c is string => c !== undefined);
  return out.length ? out : undefined;
}

/** A fingerprint from untrusted JSON, keeping only known fields of the right types and sizes. */
export function parseFingerprint(v: unknown): Fingerprint | undefined {
  if (!isObject(v)) return undefined;
  const tag = str(v.tag, 40);
  if (!tag || !/^[a-z][a-z0-9-]{0,39}$/.test(tag)) return undefined;
  const out: Fingerprint = { tag };
  for (const k of STRING_FIELDS) {
    const s = str(v[k]);
    if (s !== undefined) out[k] = s;
  }
  const classes = classesOf(v.classes);
  if (classes) out.classes = classes;
  if (isObject(v.testIds)) {
    const ids: Record<string, string> = {};
    for (const [k, val] of Object.entries(v.testIds).slice(0, MAX_TEST_IDS)) {
      const s = str(val);
      if (s !== undefined && /^[\w-]{1,60}$/.test(k)) ids[k] = s;
    }
    if (Object.keys(ids).length) out.testIds = ids;
  }
  if (typeof v.level === 'number' && Number.isInteger(v.level) && v.level >= 1 && v.level <= 9) out.level = v.level;
  const ctx = str(v.ctx);
  if (ctx !== undefined) out.ctx = ctx;
  if (Array.isArray(v.near)) out.near = v.near.slice(0, 4 * MAX_NEAR).map((n) => str(n, 100)).filter((n): n is string => n !== undefined).slice(0, MAX_NEAR);
  if (isObject(v.up)) {
    const upTag = str(v.up.tag, 40);
    if (upTag && /^[a-z][a-z0-9-]{0,39}$/.test(upTag)) {
      const id = str(v.up.id);
      const cls = classesOf(v.up.classes);
      out.up = { tag: upTag, ...(id ? { id } : {}), ...(cls ? { classes: cls } : {}) };
    }
  }
  return out;
}

/** A record from untrusted JSON (an attachment or the store), or undefined when it is not one. */
export function parseRecord(v: unknown): LkgRecord | undefined {
  if (!isObject(v)) return undefined;
  const file = str(v.file, 1000);
  const locator = str(v.locator, 500);
  const { line, count } = v;
  if (!file || !locator || typeof line !== 'number' || !Number.isInteger(line) || line < 1 || typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1_000_000) return undefined;
  if (!Array.isArray(v.elements)) return undefined;
  const elements = v.elements.slice(0, MAX_ELEMENTS).map(parseFingerprint).filter((f): f is Fingerprint => f !== undefined);
  if (!elements.length) return undefined;
  return { file, line, locator, count, elements };
}

/** The records of one test result's attachments (bodies as Playwright hands them to reporters). */
export function recordsOfAttachments(attachments: readonly { name: string; body?: Buffer | string }[]): LkgRecord[] {
  const out: LkgRecord[] = [];
  for (const a of attachments) {
    if (a.name !== LKG_ATTACHMENT || a.body === undefined) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof a.body === 'string' ? a.body : a.body.toString('utf8'));
    } catch {
      continue;
    }
    if (!Array.isArray(parsed)) continue;
    for (const r of parsed.slice(0, MAX_RECORDS_PER_TEST)) {
      const rec = parseRecord(r);
      if (rec) out.push(rec);
    }
  }
  return out;
}

const keyOf = (e: Pick<LkgRecord, 'file' | 'line' | 'locator'>) => `${e.file}:${e.line} ${e.locator}`;

/**
 * The store after a run: `records` (files already relative to the repository) replace what the store had
 * for the same call site and locator; entries older than the retention go, then the least recently seen
 * beyond `maxEntries`.
 */
export function mergeRecords(entries: readonly LkgEntry[], records: readonly LkgRecord[], now: Date, limits: LkgLimits = DEFAULT_LKG_LIMITS): LkgEntry[] {
  const byKey = new Map<string, LkgEntry>();
  for (const e of entries) byKey.set(keyOf(e), e);
  const stamp = now.toISOString();
  const seenThisRun = new Set<string>();
  for (const r of records) {
    const k = keyOf(r);
    const had = byKey.get(k);
    byKey.set(k, { ...r, lastSeen: stamp, seen: (had?.seen ?? 0) + (seenThisRun.has(k) ? 0 : 1) });
    seenThisRun.add(k);
  }
  const cutoff = limits.retentionDays > 0 ? now.getTime() - limits.retentionDays * 86_400_000 : -Infinity;
  const kept = [...byKey.values()].filter((e) => {
    const t = Date.parse(e.lastSeen);
    return Number.isFinite(t) && t >= cutoff;
  });
  kept.sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen) || keyOf(a).localeCompare(keyOf(b)));
  return kept.slice(0, Math.max(0, limits.maxEntries));
}

export interface LoadedStore {
  entries: LkgEntry[];
  /** Why the file on disk was not read, when it was not (it was set aside, not overwritten). */
  warning?: string;
}

/** Reads the store; a file that is not a store is renamed `*.unreadable` and reported, never lost. */
export function loadStore(dir: string): LoadedStore {
  const file = path.join(dir, LKG_FILE);
  if (!existsSync(file)) return { entries: [] };
  let why: string | undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!isObject(data) || data.version !== LKG_VERSION || !Array.isArray(data.entries)) why = `it is not a version ${LKG_VERSION} store ({ "version": ${LKG_VERSION}, "entries": [...] })`;
    else {
      const entries: LkgEntry[] = [];
      for (const raw of data.entries) {
        const rec = parseRecord(raw);
        const r = raw as Record<string, unknown>;
        const lastSeen = typeof r.lastSeen === 'string' && Number.isFinite(Date.parse(r.lastSeen)) ? r.lastSeen : undefined;
        const seen = typeof r.seen === 'number' && Number.isInteger(r.seen) && r.seen > 0 ? r.seen : 1;
        if (rec && lastSeen) entries.push({ ...rec, lastSeen, seen });
      }
      return { entries };
    }
  } catch (err) {
    why = `it is not valid JSON (${describeThrown(err).slice(0, 120)})`;
  }
  const aside = `${file}.unreadable`;
  try {
    renameSync(file, aside);
  } catch {
    return { entries: [], warning: `${file} could not be read: ${why}; it could not be set aside either, so it was left as it is and this run's records were not saved. Delete it to start a new store.` };
  }
  return { entries: [], warning: `${file} could not be read: ${why}. It was renamed ${path.basename(aside)} and a new store was started.` };
}

/**
 * Adds a run's records to the store under the history lock (concurrent runs and shards merge, not
 * overwrite). Files are made relative to `repoRoot`; records outside it are dropped. Returns the
 * entries kept and any warning.
 */
export function saveRecords(dir: string, repoRoot: string, records: readonly LkgRecord[], opts: { now?: Date; limits?: LkgLimits } = {}): LoadedStore {
  const file = path.join(dir, LKG_FILE);
  const relative: LkgRecord[] = [];
  for (const r of records) {
    const rel = path.relative(repoRoot, path.resolve(repoRoot, r.file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    relative.push(redactDeep({ ...r, file: rel.split(path.sep).join('/') }));
  }
  return withHistoryLock(file, () => {
    const loaded = loadStore(dir);
    // A file that could not be set aside stays as it is: this run's records are not saved over it.
    if (loaded.warning && existsSync(file)) return loaded;
    const entries = mergeRecords(loaded.entries, relative, opts.now ?? new Date(), opts.limits);
    writeFileAtomic(file, JSON.stringify({ version: LKG_VERSION, entries }) + '\n');
    return { entries, ...(loaded.warning ? { warning: loaded.warning } : {}) };
  });
}

/**
 * The entry for a locator at a call site: same file and locator, the nearest line (lines move as code
 * changes; an exact line wins). Undefined when the store has none.
 */
export function findEntry(entries: readonly LkgEntry[], file: string, line: number, locator: string): LkgEntry | undefined {
  let best: LkgEntry | undefined;
  for (const e of entries) {
    if (e.file !== file || e.locator !== locator) continue;
    if (!best || Math.abs(e.line - line) < Math.abs(best.line - line)) best = e;
  }
  return best;
}

/** A record seen by a passing run this recently is not read again: the reads are what recording costs. */
export const LKG_REFRESH_HOURS = 24;

/**
 * The keys (`<absolute file>:<line> <locator>`, the workers' form) of the entries a passing run saw in
 * the last `hours`: the workers skip those reads, so a suite run many times a day pays for a call site
 * once a day. Locators whose printed form differs from the stored one are simply read again.
 */
export function freshKeys(entries: readonly LkgEntry[], repoRoot: string, now: Date, hours = LKG_REFRESH_HOURS): string[] {
  const cutoff = now.getTime() - hours * 3_600_000;
  return entries.filter((e) => Date.parse(e.lastSeen) >= cutoff).map((e) => `${path.join(repoRoot, ...e.file.split('/'))}:${e.line} ${e.locator}`);
}
