import type { HealingSummary } from './summary.js';
import { classLine, countsLine, firstLine, healthLine } from './format.js';
import { cell } from '../common/markdown.js';
import { joinTitle } from '../common/names.js';

const ICON: Record<string, string> = { HEALTHY: '🟢', DEGRADED: '🟡', FAILING: '🔴', NO_TESTS: '⚪' };

/** summary.md: readable in a PR comment or a GitHub job summary. */
export function renderSummaryMarkdown(s: HealingSummary): string {
  const out: string[] = [];
  out.push(`## healwright: ${ICON[s.health.status] ?? ''} ${healthLine(s)}`.replace('  ', ' '));
  out.push('');
  out.push(`Run \`${s.runId}\` · ${countsLine(s)} · ${(s.durationMs / 1000).toFixed(1)} s · Playwright ${s.playwright.version} (${s.playwright.status})`);
  if (s.config.dryRun) out.push('', '> Dry run: healwright recorded what it would do and changed nothing.');
  if (s.config.issues.length) {
    out.push('', '> **Configuration errors** (side effects disabled for this run):');
    for (const i of s.config.issues) out.push(`> - ${i}`);
  }
  out.push('', `**Triage:** ${classLine(s)}`);

  const failed = s.failures.filter((f) => f.outcome === 'unexpected');
  const flaky = s.failures.filter((f) => f.outcome === 'flaky');
  if (failed.length) {
    out.push('', '### Failures', '', '| Test | Project | Category | Class | Confidence | Why |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of failed) {
      out.push(`| ${cell(joinTitle(f.titlePath.slice(1)))} | ${cell(f.project)} | ${f.triage.category} | ${f.triage.class} | ${Math.round(f.triage.confidence * 100)}% | ${cell(f.triage.reasons[0] ?? '')} |`);
    }
  }
  if (flaky.length) {
    out.push('', '### Flaky (failed, then passed on retry)', '', '| Test | Project | First failure | Category |', '| --- | --- | --- | --- |');
    for (const f of flaky) out.push(`| ${cell(joinTitle(f.titlePath.slice(1)))} | ${cell(f.project)} | ${cell(firstLine(f.message, 80))} | ${f.triage.category} |`);
  }
  if (s.clusters.length) {
    out.push('', '### Clusters', '', '| Fingerprint | Category | Tests | Example |', '| --- | --- | --- | --- |');
    for (const c of s.clusters.slice(0, 10)) out.push(`| \`${c.fingerprint}\` | ${c.category} | ${c.count} | ${cell(firstLine(c.example, 80))} |`);
  }
  const fixes = [...s.fixes.attempted];
  if (fixes.length) {
    out.push('', '### Fixes', '', '| Category | Tests | Status | Detail |', '| --- | --- | --- | --- |');
    for (const f of fixes) out.push(`| ${f.category} | ${f.testIds.length} | ${f.status} | ${cell(f.detail)} |`);
  }
  out.push('', `**LLM:** ${s.llm.provider ? `${s.llm.provider} ${s.llm.model ?? ''}: ${s.llm.calls} calls, ${s.llm.inputTokens} in / ${s.llm.outputTokens} out tokens, $${s.llm.costUsd.toFixed(4)}` : s.llm.note}`);
  if (s.skipped?.length) {
    out.push('', '### Skipped (not run)');
    for (const k of s.skipped) out.push(`- ${cell(k.step)}: ${cell(firstLine(k.reason, 300))}`);
  }
  if (s.warnings.length) {
    out.push('', '### Warnings');
    for (const w of s.warnings) out.push(`- ${w}`);
  }
  if (s.errors.length) {
    out.push('', '### Errors outside tests');
    for (const e of s.errors) out.push(`- ${cell(firstLine(e, 200))}`);
  }
  out.push('', `Artifacts: \`${s.artifacts.runDir}\``, '');
  return out.join('\n');
}
