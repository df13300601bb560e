import { CATEGORY_CLASS, type Category } from '../../triage/types.js';

/** How the final category came about; both opinions are kept for the report. */
export interface CategoryDecision {
  ruleCategory: Category;
  llmCategory: Category;
  finalCategory: Category;
  /** Why the final category is what it is, in one sentence. */
  reason: string;
}

/** Default confidence the LLM needs to move a failure into another class. */
export const CROSS_CLASS_CONFIDENCE = 0.85;

/**
 * Lets the LLM refine the rules' category: freely within the same class (A, B or C), across
 * classes only with confidence >= `crossClassConfidence`. A security verdict is never
 * downgraded by an LLM: it goes to people whatever the model says.
 */
export function refineCategory(
  ruleCategory: Category,
  llm: { category: Category; confidence: number },
  crossClassConfidence = CROSS_CLASS_CONFIDENCE,
): CategoryDecision {
  const base = { ruleCategory, llmCategory: llm.category };
  if (llm.category === ruleCategory) return { ...base, finalCategory: ruleCategory, reason: 'The LLM agrees with the rules.' };
  if (ruleCategory === 'security') {
    return { ...base, finalCategory: 'security', reason: 'Security verdicts of the rules are never changed by an LLM.' };
  }
  const from = CATEGORY_CLASS[ruleCategory];
  const to = CATEGORY_CLASS[llm.category];
  if (from === to) {
    return { ...base, finalCategory: llm.category, reason: `The LLM refined the category within class ${from}.` };
  }
  const conf = llm.confidence.toFixed(2);
  if (llm.confidence >= crossClassConfidence) {
    return {
      ...base,
      finalCategory: llm.category,
      reason: `The LLM moved the failure from class ${from} to ${to} with confidence ${conf} (>= ${crossClassConfidence}).`,
    };
  }
  return {
    ...base,
    finalCategory: ruleCategory,
    reason: `The LLM suggested class ${to} with confidence ${conf}, below ${crossClassConfidence} needed to leave class ${from}: rules kept.`,
  };
}
