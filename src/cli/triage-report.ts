import { existsSync, readFileSync } from 'node:fs';
import type { JSONReport, JSONReportSuite, JSONReportTestResult } from '@playwright/test/reporter';
import { fingerprintFailure } from '../triage/fingerprint.js';
import { stripAnsi } from '../triage/text.js';
import type { HealEvidence, TriageResult } from '../triage/types.js';
import { errorContextOf } from '../artifacts/attachment-names.js';
import { extractPageSnapshot } from '../artifacts/attachments.js';
import { DOM_ATTACHMENT } from '../triage/dom-snapshot.js';
import { triageWithPage } from '../triage/dom-aria.js';
import { UsageError } from './args.js';
import { joinTitle } from '../common/names.js';
import { describeThrown } from '../common/errors.js';

export interface TriagedRow {
  test: string;
  project: string;
  file: string;
  line: number;
  retry: number;
  status: string;
  triage: TriageResult;
  fingerprint: string;
}

function attachmentText(a: JSONReportTestResult['attachments'][number]): string | undefined {
  if (a.body !== undefined) {
    return a.contentType.startsWith('text/') || a.contentType.includes('json') ? (/^[A-Za-z0-9+/=\s]+$/.test(a.body) && !a.body.trim().startsWith('{') ? Buffer.from(a.body, 'base64').toString('utf8') : a.body) : undefined;
  }
  if (a.path && existsSync(a.path)) {
    try {
      return readFileSync(a.path, 'utf8');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reads and shape-checks a Playwright JSON report; errors name the file and what is wrong. */
export function readJsonReport(file: string): JSONReport {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist. Produce one with \`npx playwright test --reporter=json > report.json\`, or pass a healing-results run's test-output.json.`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file} is not valid JSON (${describeThrown(err)}). Was the report cut off, or mixed with other output?`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as JSONReport).suites)) {
    throw new UsageError(`${file} is not a Playwright JSON report (no "suites" array). Produce one with \`--reporter=json\`.`);
  }
  return data as JSONReport;
}

/** Triages every failed result of a JSON report (every attempt, retries included). */
export function triageReport(report: JSONReport): TriagedRow[] {
  const rows: TriagedRow[] = [];
  const walk = (suite: JSONReportSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const r of t.results ?? []) {
          if (!r || r.status === 'passed' || r.status === 'skipped' || r.status === t.expectedStatus) continue;
          const errors = r.errors?.length ? r.errors.map((e) => e.message) : r.error?.message ? [r.error.message] : [];
          const message = errors.filter(Boolean).join('\n\n') || `Test ${r.status}`;
          const ctx = errorContextOf(r.attachments ?? []);
          const ctxText = ctx && attachmentText(ctx);
          const dom = r.attachments?.find((a) => a.name === DOM_ATTACHMENT);
          const ev = r.attachments?.find((a) => a.name === 'heal-evidence');
          let evidence: HealEvidence | undefined;
          const evText = ev && attachmentText(ev);
          if (evText) {
            try {
              evidence = JSON.parse(evText) as HealEvidence;
            } catch {
              evidence = undefined;
            }
          }
          const triage = triageWithPage(
            {
              message,
              ...(r.error?.stack ? { stack: r.error.stack } : {}),
              project: t.projectName,
              status: r.status ?? 'failed',
              ...(evidence ? { evidence } : {}),
              // As test.titlePath(): root, project, then the file and describes the report nests.
              titlePath: ['', t.projectName ?? '', ...titles, spec.title],
            },
            ctxText ? extractPageSnapshot(ctxText) : undefined,
            dom && attachmentText(dom),
          );
          rows.push({
            test: joinTitle([...titles, spec.title]),
            project: t.projectName,
            file: spec.file,
            line: spec.line,
            retry: r.retry,
            status: r.status ?? 'failed',
            triage,
            fingerprint: fingerprintFailure({ message: stripAnsi(message), ...(triage.locator ? { locator: triage.locator } : {}), category: triage.category }),
          });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const s of report.suites) walk(s, [s.title]);
  return rows;
}

/** Fixed-width table for terminals. */
export function formatTriageTable(rows: TriagedRow[]): string {
  if (rows.length === 0) return 'No failed tests in this report.\n';
  const head = ['TEST', 'PROJECT', 'STATUS', 'CLASS', 'CATEGORY', 'CONF', 'RULE'];
  const data = rows.map((r) => [r.test.length > 60 ? r.test.slice(0, 59) + '…' : r.test, r.project, r.retry ? `${r.status} (retry ${r.retry})` : r.status, r.triage.class, r.triage.category, `${Math.round(r.triage.confidence * 100)}%`, r.triage.rule]);
  const widths = head.map((h, i) => Math.max(h.length, ...data.map((d) => (d[i] ?? '').length)));
  const fmt = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [fmt(head), ...data.map(fmt)].join('\n') + `\n\n${rows.length} failure${rows.length === 1 ? '' : 's'} triaged.\n`;
}
