import { CATEGORY_CLASS, type FailureInput, type TriageResult } from './types.js';
import { TRIAGE_RULES, type TriageRule } from './rules.js';
import { computeSignals } from './signals.js';

/**
 * Classifies one failed attempt. Pure and cheap (no I/O): safe to call from `onTestEnd`.
 * The first matching row of {@link TRIAGE_RULES} decides; the other rows that also matched are
 * listed in `reasons` after the decisive one.
 */
export function triageFailure(input: FailureInput, rules: readonly TriageRule[] = TRIAGE_RULES): TriageResult {
  const s = computeSignals(input);
  let decided: TriageRule | undefined;
  const reasons: string[] = [];
  for (const rule of rules) {
    // Once decided, a row only adds an "also looked like" reason: skip the rows that could not (`when` is pure).
    if (decided && (reasons.length >= 4 || rule.id === 'fallback' || rule.category === decided.category)) continue;
    if (!rule.when(s)) continue;
    if (!decided) {
      decided = rule;
      reasons.push(rule.reason(s));
    } else if (rule.id !== 'fallback' && rule.category !== decided.category && reasons.length < 4) {
      reasons.push(`also looked like ${rule.category}: ${rule.reason(s)}`);
    }
  }
  const rule = decided ?? (TRIAGE_RULES[TRIAGE_RULES.length - 1] as TriageRule);
  return {
    class: CATEGORY_CLASS[rule.category],
    category: rule.category,
    confidence: rule.confidence,
    reasons,
    rule: rule.id,
    ...(s.locator ? { locator: s.locator } : {}),
  };
}
