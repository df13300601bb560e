import type { HealingSummary } from './summary.js';
import path from 'node:path';
import { classLine, countsLine, firstLine, healthLine } from './format.js';

export interface ConsoleStyle {
  colors: boolean;
  /** How long onEnd's healing took (ms), printed when given. */
  healingMs?: number;
}

const COLORS: Record<string, string> = { HEALTHY: '\u001b[32m', DEGRADED: '\u001b[33m', FAILING: '\u001b[31m', NO_TESTS: '\u001b[2m' };

/** The short block printed after Playwright's own output. */
export function renderConsoleSummary(s: HealingSummary, style: ConsoleStyle, runDirForDisplay: string): string {
  const paint = (status: string, text: string) => (style.colors ? `${COLORS[status] ?? ''}${text}\u001b[0m` : text);
  const lines: string[] = [];
  lines.push('');
  lines.push(`healwright: health ${paint(s.health.status, healthLine(s))} (${countsLine(s)})`);
  if (s.config.issues.length) lines.push(`  config errors: side effects disabled for this run (see above)`);
  if (s.failures.length) lines.push(`  ${classLine(s)}`);
  const top = s.clusters.slice(0, 3);
  if (top.length) {
    lines.push('  top clusters:');
    for (const c of top) lines.push(`    ${String(c.count).padStart(3)}× ${c.category.padEnd(16)} ${firstLine(c.tests[0] ?? '', 60)}  (${c.fingerprint})`);
  }
  lines.push(...patchLines(s, runDirForDisplay), ...draftLines(s, runDirForDisplay), ...refusalLines(s));
  for (const w of s.warnings.slice(0, 3)) lines.push(`  warning: ${w}`);
  for (const k of (s.skipped ?? []).slice(0, 3)) lines.push(`  skipped: ${k.step}: ${k.reason}`);
  if (style.healingMs !== undefined) lines.push(`  healing took ${(style.healingMs / 1000).toFixed(1)} s`);
  lines.push(`  run folder: ${runDirForDisplay}`);
  return lines.join('\n') + '\n';
}

const PR_STATUS: Record<string, string> = {
  opened: 'verified, pull request opened',
  commented: 'verified, commented on the open pull request',
  written: 'verified, written (no GitHub)',
  'dry-run': 'dry run, written',
  failed: 'verified, but the pull request failed',
  skipped: 'verified, not sent (onEnd deadline); `healwright publish` can send it',
};

/** The first of these tests by title, and how many more ('adds to the cart and 1 more'); undefined when none has a failure entry. */
function namedTests(s: HealingSummary, testIds: readonly string[]): string | undefined {
  const title = s.failures.find((f) => testIds.includes(f.testId))?.title;
  if (!title) return undefined;
  return `${firstLine(title, 50)}${testIds.length > 1 ? ` and ${testIds.length - 1} more` : ''}`;
}

/** One line per patch file the run wrote: where it is, what it fixes, and what happened to it. */
function patchLines(s: HealingSummary, runDirForDisplay: string): string[] {
  return s.pullRequests.map((pr) => {
    const file = path.join(runDirForDisplay, 'pull-requests', path.basename(pr.patchFile));
    const n = pr.testIds.length;
    const named = namedTests(s, pr.testIds);
    const what = `${pr.category}, ${n} test${n === 1 ? '' : 's'}${named ? `: ${named}` : ''}`;
    const where = pr.url ? ` ${pr.url}` : '';
    const rounds = Math.max(0, ...s.fixes.attempted.filter((f) => f.status === 'verified' && f.category === pr.category && f.testIds.some((id) => pr.testIds.includes(id))).map((f) => f.rounds ?? 0));
    const took = rounds > 1 ? `, a fix took ${rounds} rounds` : '';
    return `  patch: ${file} (${what}${took}) ${PR_STATUS[pr.status] ?? pr.status}${where}`;
  });
}

/** One line per draft: a patch that failed verification, kept in the run folder and never published. */
function draftLines(s: HealingSummary, runDirForDisplay: string): string[] {
  const drafts = s.fixes.attempted.filter((f) => f.draft);
  const lines = drafts.slice(0, 5).map((f) => {
    const named = namedTests(s, f.testIds);
    const rounds = f.rounds && f.rounds > 1 ? ` after ${f.rounds} rounds` : '';
    return `  draft: ${path.join(runDirForDisplay, f.draft as string)} (${f.category}${named ? `: ${named}` : ''}) failed verification${rounds}, not published`;
  });
  if (drafts.length > 5) lines.push(`  … ${drafts.length - 5} more drafts in ${path.join(runDirForDisplay, 'drafts')}`);
  return lines;
}

/** Why a Class B fix was refused or failed, without the file:line and the quoted values that differ per failure. */
export function refusalReason(detail: string): string {
  let r = detail;
  for (;;) {
    const m = /^(?:healer fix at [^\s:]{1,500}:\d{1,7}: |refused by pre-flight: |LLM edit: |[^\s:]{1,500}:\d{1,7}: )/.exec(r);
    if (!m) break;
    r = r.slice(m[0].length);
  }
  const cut = r.search(/[;(]/);
  return firstLine((cut > 0 ? r.slice(0, cut) : r).replace(/"[^"\n]{0,200}"|'[^'\n]{0,200}'/g, '…').trim(), 110);
}

/** One line per group of refused or failed Class B fixes with the same category and reason. */
function refusalLines(s: HealingSummary): string[] {
  const groups = new Map<string, { category: string; reason: string; count: number }>();
  for (const f of s.fixes.attempted) {
    if (f.class !== 'B' || (f.status !== 'skipped' && f.status !== 'failed')) continue;
    const reason = refusalReason(f.detail);
    const key = `${f.category}\u0000${f.status}\u0000${reason}`;
    const g = groups.get(key) ?? { category: f.category, reason: `${f.status === 'failed' ? 'failed verification' : 'refused'}: ${reason}`, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count);
  const lines = sorted.slice(0, 5).map((g) => `  ${g.count} ${g.category} fix${g.count === 1 ? '' : 'es'} ${g.reason}`);
  if (sorted.length > 5) lines.push(`  … ${sorted.length - 5} more reasons in summary.md`);
  return lines;
}
