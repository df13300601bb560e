// ClassCRecord[] -> the `issues` and `alerts` arrays of healing-summary.json.
import type { AlertRecord, IssueRecord } from '../artifacts/summary.js';
import type { ClassCRecord } from './types.js';

const ISSUE_STATUS: Partial<Record<ClassCRecord['action'], IssueRecord['status']>> = {
  created: 'created',
  commented: 'commented',
  resolved: 'resolved',
  closed: 'closed',
  failed: 'failed',
  'not-run': 'skipped',
};

/**
 * Splits runClassC's records into healing-summary.json's `issues` and `alerts`. `skipped` issue
 * records (nothing happened) are left out; `written` ones are `dry-run` in a dry run.
 */
export function toSummaryRecords(records: readonly ClassCRecord[], dryRun: boolean): { issues: IssueRecord[]; alerts: AlertRecord[] } {
  const issues: IssueRecord[] = [];
  const alerts: AlertRecord[] = [];
  for (const r of records) {
    const reason = r.detail;
    switch (r.action) {
      case 'alerted':
        alerts.push({ fingerprint: r.fingerprint, status: 'sent', reason });
        break;
      case 'alert-written':
        alerts.push({ fingerprint: r.fingerprint, status: 'dry-run', ...(r.path ? { file: r.path } : {}), reason });
        break;
      case 'alert-skipped':
        alerts.push({ fingerprint: r.fingerprint, status: 'skipped', ...(r.path ? { file: r.path } : {}), reason });
        break;
      case 'alert-failed':
        alerts.push({ fingerprint: r.fingerprint, status: 'failed', reason });
        break;
      case 'written':
        issues.push({ fingerprint: r.fingerprint, category: r.category, status: dryRun ? 'dry-run' : 'written', ...(r.path ? { file: r.path } : {}), reason });
        break;
      default: {
        const status = ISSUE_STATUS[r.action];
        if (status) issues.push({ fingerprint: r.fingerprint, category: r.category, status, ...(r.issue ? { number: r.issue.number, url: r.issue.url } : {}), ...(r.path ? { file: r.path } : {}), reason });
      }
    }
  }
  return { issues, alerts };
}
