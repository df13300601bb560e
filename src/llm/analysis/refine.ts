import { triageFailure } from '../../triage/index.js';
import { CATEGORY_CLASS, type Category } from '../../triage/types.js';

/** How the final category came about; both opinions are kept for the report. */
export interface CategoryDecision {
  ruleCategory: Category;
  llmCategory: Category;
  finalCategory: Category;
  /** Why the final category is what it is, in one sentence. */
  reason: string;
  /** The LLM's quote from the failure, and whether it was found there (only when the LLM disagreed). */
  evidenceQuote?: { text: string; found: boolean };
}

/** Rule confidence from which a verdict is "high-confidence": the LLM moves it only with a quote it can show. */
export const HIGH_RULE_CONFIDENCE = 0.8;
/** A quote shorter than this (spaces aside) proves nothing ("500", "login"). */
export const MIN_QUOTE_CHARS = 12;

/** The context the LLM was shown: how sure the rules were, and the failure's own texts as sent. */
export interface RefineContext {
  /** The rules' confidence (0..1). Without it no verdict is treated as high-confidence. */
  ruleConfidence?: number;
  /** The failure texts sent to the LLM (error, call log, evidence, snapshot; redacted, clipped), where a quote must be found. */
  evidence?: string;
}

/** Why the LLM's quote cannot back a move: none, or not found in the failure it was sent; undefined when it can. */
function unquoted(quote: { found: boolean } | undefined): string | undefined {
  if (!quote) return 'without quoting the failure';
  return quote.found ? undefined : 'with a quote that is not in the failure it was sent';
}

/**
 * Why the LLM's Class A category is not backed by evidence the rules can read, or undefined when it is.
 * A Class A verdict acts on its own before the retry (a redeploy, a new login, new tokens), so the LLM
 * may lead to one only where the rules were unsure (confidence below {@link HIGH_RULE_CONFIDENCE}), and
 * only with a quote found in the failure that the rules, triaging the quote alone (as the error text and
 * as the page snapshot), put in that category: "connect ECONNREFUSED 127.0.0.1:3000" and a heading
 * "502 Bad Gateway" back restart-backend, "expect(locator).toBeVisible() failed" backs nothing. A line
 * read out of its context can mislead ("Failed to fetch data" quoted by a test that mocks the API's
 * failure on purpose), which is why a confident verdict never moves into Class A. Linear: the quote is
 * at most 500 characters and triage is linear.
 */
function classAUnbacked(llmCategory: Category, quote: { text: string; found: boolean } | undefined, context: RefineContext): string | undefined {
  if (context.ruleConfidence !== undefined && context.ruleConfidence >= HIGH_RULE_CONFIDENCE) {
    return `against a rules' verdict of confidence ${context.ruleConfidence.toFixed(2)} (>= ${HIGH_RULE_CONFIDENCE})`;
  }
  if (!quote?.found) return unquoted(quote);
  // The quote may come from the error text or from the page snapshot: it is read as both at once.
  if (triageFailure({ message: quote.text, pageSnapshot: quote.text }).category === llmCategory) return undefined;
  return 'with a quote that the rules, reading it alone, do not take for that category';
}

const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * Whether `quote` literally appears in `evidence` (runs of whitespace count as one space, so a quote
 * that reflowed a line still counts) and is long enough to mean something.
 */
export function quoteIsInEvidence(quote: string | undefined, evidence: string | undefined): boolean {
  if (!quote || !evidence) return false;
  const q = squeeze(quote);
  if (q.replace(/ /g, '').length < MIN_QUOTE_CHARS) return false;
  return squeeze(evidence).includes(q);
}

const CLASS_A_ACTION: Partial<Record<Category, string>> = {
  'restart-backend': 'a redeploy',
  'clear-session': 'a new login',
  'refresh-tokens': 'new tokens',
};

/** Default confidence the LLM needs to move a failure into another class. */
export const CROSS_CLASS_CONFIDENCE = 0.85;

/**
 * Lets the LLM refine the rules' category: freely within the same class (A, B or C), across
 * classes only with confidence >= `crossClassConfidence`. A security verdict is never
 * downgraded by an LLM: it goes to people whatever the model says. A Class A category the rules did
 * not give is taken only where the rules were unsure, on a quote found in the failure that the rules
 * read as that category (see classAUnbacked). A high-confidence verdict (rule confidence >= {@link HIGH_RULE_CONFIDENCE}) moves only
 * when the LLM quotes evidence that is literally in the failure texts it was sent; otherwise the rules'
 * verdict stays, and the reason says why.
 */
export function refineCategory(
  ruleCategory: Category,
  llm: { category: Category; confidence: number; evidenceQuote?: string | undefined },
  crossClassConfidence = CROSS_CLASS_CONFIDENCE,
  context: RefineContext = {},
): CategoryDecision {
  const base = { ruleCategory, llmCategory: llm.category };
  if (llm.category === ruleCategory) return { ...base, finalCategory: ruleCategory, reason: 'The LLM agrees with the rules.' };
  const quote = llm.evidenceQuote === undefined ? {} : { evidenceQuote: { text: llm.evidenceQuote, found: quoteIsInEvidence(llm.evidenceQuote, context.evidence) } };
  if (ruleCategory === 'security') {
    return { ...base, ...quote, finalCategory: 'security', reason: 'Security verdicts of the rules are never changed by an LLM.' };
  }
  if (CATEGORY_CLASS[llm.category] === 'A') {
    const why = classAUnbacked(llm.category, quote.evidenceQuote, context);
    if (why) {
      return {
        ...base,
        ...quote,
        finalCategory: ruleCategory,
        reason: `The LLM suggested ${llm.category} ${why}; a Class A fix acts before the retry (${CLASS_A_ACTION[llm.category]}), so it is taken only on evidence the rules can read: rules kept.`,
      };
    }
  }
  const ruleConfidence = context.ruleConfidence;
  const why = unquoted(quote.evidenceQuote);
  if (ruleConfidence !== undefined && ruleConfidence >= HIGH_RULE_CONFIDENCE && why) {
    return {
      ...base,
      ...quote,
      finalCategory: ruleCategory,
      reason: `The LLM suggested ${llm.category} ${why}; the rules' verdict has confidence ${ruleConfidence.toFixed(2)} (>= ${HIGH_RULE_CONFIDENCE}) and moves only on quoted evidence: rules kept.`,
    };
  }
  const from = CATEGORY_CLASS[ruleCategory];
  const to = CATEGORY_CLASS[llm.category];
  if (from === to) {
    return { ...base, ...quote, finalCategory: llm.category, reason: `The LLM refined the category within class ${from}.` };
  }
  const conf = llm.confidence.toFixed(2);
  if (llm.confidence >= crossClassConfidence) {
    return {
      ...base,
      ...quote,
      finalCategory: llm.category,
      reason: `The LLM moved the failure from class ${from} to ${to} with confidence ${conf} (>= ${crossClassConfidence}).`,
    };
  }
  return {
    ...base,
    ...quote,
    finalCategory: ruleCategory,
    reason: `The LLM suggested class ${to} with confidence ${conf}, below ${crossClassConfidence} needed to leave class ${from}: rules kept.`,
  };
}
