// Fix outcomes per playbook. Records count fixes by status; `merged` appears only where something
// (a PR tracker) recorded it, so it stays null (unknown) otherwise.
import type { HistoryRecord } from '../artifacts/history.js';
import { pct } from './rates.js';
import type { Metrics, PlaybookStats } from './types.js';

/** Statuses that mean the playbook really tried (not skipped by a guardrail, not a dry run). */
const TRIED = new Set(['attempted', 'applied', 'verified', 'failed', 'merged']);

export function fixStats(records: readonly HistoryRecord[]): Metrics['fixes'] {
  const byPlaybook = new Map<string, PlaybookStats>();
  for (const r of records) {
    for (const [playbook, statuses] of Object.entries(r.fixes)) {
      let s = byPlaybook.get(playbook);
      if (!s) byPlaybook.set(playbook, (s = { playbook, attempted: 0, applied: 0, verified: 0, failed: 0, skipped: 0, dryRun: 0, merged: null, successRate: null }));
      for (const [status, n] of Object.entries(statuses)) {
        if (typeof n !== 'number' || !(n > 0)) continue;
        if (TRIED.has(status)) s.attempted += n;
        if (status === 'applied') s.applied += n;
        else if (status === 'verified') s.verified += n;
        else if (status === 'failed') s.failed += n;
        else if (status === 'skipped') s.skipped += n;
        else if (status === 'dry-run') s.dryRun += n;
        else if (status === 'merged') s.merged = (s.merged ?? 0) + n;
      }
    }
  }
  const playbooks = [...byPlaybook.values()].sort((a, b) => b.attempted - a.attempted || a.playbook.localeCompare(b.playbook));
  let attempted = 0;
  let verified = 0;
  for (const s of playbooks) {
    // A merged fix was verified before its PR was opened.
    s.successRate = pct(s.verified + (s.merged ?? 0), s.attempted);
    attempted += s.attempted;
    verified += s.verified + (s.merged ?? 0);
  }
  return { playbooks, attempted, verified, successRate: pct(verified, attempted) };
}
