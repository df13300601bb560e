// The deterministic Class B healers (no LLM), one per category. Each reads the failure and the test
// source and either proposes whole-line edits or says why it will not.
import { fixApiRoutes } from './fix-api-routes.js';
import type { ClassBCategory, HealerInput, HealerResult } from './types.js';
import { updateSelectors } from './update-selectors/index.js';
import { updateTestData } from './update-test-data.js';
import { describeThrown } from '../common/errors.js';

/** The refusal update-test-data gives for a locator read that came back empty. */
const SELECTOR_DRIFT = /selector drift \(update-selectors\)/;

const HEALERS: Record<ClassBCategory, (input: HealerInput) => HealerResult> = {
  'update-selectors': updateSelectors,
  'fix-api-routes': fixApiRoutes,
  'update-test-data': updateTestData,
};

/**
 * Proposes a rule-based fix for one Class B failure, dispatched by `input.category`. Never throws: a
 * healer that trips over an unexpected input refuses with what went wrong.
 */
export function proposeClassBFix(input: HealerInput): HealerResult {
  const healer = HEALERS[input.category];
  if (!healer) return { refused: `no deterministic healer for category ${String(input.category)}` };
  try {
    const result = healer(input);
    // A count read through a locator that received 0 is a selector drift, whatever triage called it.
    if (input.category === 'update-test-data' && 'refused' in result && SELECTOR_DRIFT.test(result.refused)) {
      const selector = updateSelectors({ ...input, category: 'update-selectors' });
      return 'proposal' in selector ? selector : { refused: `${result.refused}; as a selector drift: ${selector.refused}` };
    }
    return result;
  } catch (err) {
    return { refused: `the ${input.category} healer failed on this input (${describeThrown(err)}); please report it with the failure's error-context` };
  }
}

export { fixApiRoutes, openApiRoutes, notFoundRequests } from './fix-api-routes.js';
export { updateTestData, locateJsonValue } from './update-test-data.js';
export { updateSelectors } from './update-selectors/index.js';
