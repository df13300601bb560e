import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const RUN_DIR = /^run-(\d{8})-(\d{6})-[0-9a-f]{8}$/;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `run-YYYYMMDD-HHMMSS-<8 hex>` in UTC. */
export function newRunId(now: Date = new Date(), random: () => string = () => randomBytes(4).toString('hex')): string {
  const d = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const t = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `run-${d}-${t}-${random()}`;
}

/** Creates `<root>/<runId>/` and returns its path. */
export function createRunDir(root: string, runId: string): string {
  const dir = path.join(root, runId);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** When a run folder name says it started (UTC), or undefined for other names. */
export function runDirTime(name: string): Date | undefined {
  const m = RUN_DIR.exec(name);
  if (!m?.[1] || !m[2]) return undefined;
  const [d, t] = [m[1], m[2]];
  const ms = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** Lists run folders under root, oldest first. */
export function listRunDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => RUN_DIR.test(n) && statSync(path.join(root, n)).isDirectory())
    .sort();
}

/** Deletes run folders older than retentionDays (never `keep`). Returns the names removed. */
export function pruneRunDirs(root: string, retentionDays: number, now: Date = new Date(), keep?: string): string[] {
  if (!(retentionDays > 0)) return [];
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const removed: string[] = [];
  for (const name of listRunDirs(root)) {
    if (name === keep) continue;
    const at = runDirTime(name);
    if (at && at.getTime() < cutoff) {
      rmSync(path.join(root, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
