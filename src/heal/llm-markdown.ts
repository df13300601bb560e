import { redactText } from '../redact/index.js';
import type { ClusterAnalysisRecord } from './llm-record.js';
import { cell, code, inline } from '../common/markdown.js';


/**
 * The `### LLM analysis` section of summary.md: one table row per cluster, then the investigation
 * steps and proposed edits of the analysed ones. Empty string when there is nothing to show.
 * Records are redacted already; every text passes redaction once more on its way out.
 */
export function renderAnalysesMarkdown(analyses: readonly ClusterAnalysisRecord[]): string {
  if (analyses.length === 0) return '';
  const r = (s: string) => redactText(s);
  const out: string[] = ['### LLM analysis', '', '| Cluster | Tests | Model | Category (rules → final) | Confidence | Root cause |', '| --- | --- | --- | --- | --- | --- |'];
  for (const a of analyses) {
    const model = a.provider ? `${a.provider} ${a.model ?? ''}`.trim() : '-';
    const category = a.ruleCategory === a.finalCategory ? a.finalCategory : `${a.ruleCategory} → ${a.finalCategory}`;
    const confidence = a.confidence === undefined ? '-' : `${Math.round(a.confidence * 100)}%`;
    const said = a.ok ? inline(r(a.rootCause ?? '')) : `not analysed: ${inline(r(a.reason ?? 'no answer'))}`;
    out.push(`| \`${a.fingerprint}\` | ${a.count} | ${cell(model)} | ${category} | ${confidence} | ${cell(said)} |`);
  }
  for (const a of analyses) {
    if (!a.ok || (a.investigationSteps.length === 0 && !a.proposedEdit)) continue;
    out.push('', `**\`${a.fingerprint}\`** (${a.finalCategory})${a.categoryReason ? `: ${r(a.categoryReason)}` : ''}`, '');
    a.investigationSteps.forEach((step, i) => out.push(`${i + 1}. ${inline(r(step), 300)}`));
    const e = a.proposedEdit;
    if (e) {
      out.push(
        `- Proposed edit (unverified) at \`${cell(r(e.file))}:${e.line}\`: ${code(inline(r(e.before), 200))} → ${code(inline(r(e.after), 200))}`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}
