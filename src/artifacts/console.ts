import type { HealingSummary } from './summary.js';
import { classLine, countsLine, firstLine, healthLine } from './format.js';

export interface ConsoleStyle {
  colors: boolean;
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
  for (const w of s.warnings.slice(0, 3)) lines.push(`  warning: ${w}`);
  for (const k of (s.skipped ?? []).slice(0, 3)) lines.push(`  skipped: ${k.step}: ${k.reason}`);
  lines.push(`  run folder: ${runDirForDisplay}`);
  return lines.join('\n') + '\n';
}
