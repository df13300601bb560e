// Caps on the untrusted texts that triage and the Class B healers read (failure message, stack, page
// snapshot, evidence). Attacker-controlled page text ends up in them and triage runs on the runner's
// main thread, so every rule and healer sees a bounded input: with linear regexes that bounds the time.
import type { FailureInput, HealEvidence } from './types.js';

/** The most of a message, stack or page snapshot that triage and the healers look at. */
export const TEXT_CAP = 64 * 1024;
/** Per evidence string (response body snippet, console/page error, URL) and entries per evidence list. */
export const EVIDENCE_TEXT_CAP = 8 * 1024;
export const EVIDENCE_ENTRIES_CAP = 100;

/**
 * The head of `text`, at most `max` characters, cut after the last line break that fits (Playwright
 * puts what classifies a failure at the top: matcher, locator, Expected/Received, then the call log).
 * A text without a line break in its head is cut at `max`, never inside a surrogate pair.
 */
export function capText(text: string, max = TEXT_CAP): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max - 1);
  if (nl >= 0) return text.slice(0, nl + 1);
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const capOpt = (text: string | undefined, max = TEXT_CAP) => (typeof text === 'string' ? capText(text, max) : text);

function capStrings(list: unknown): string[] | undefined {
  return Array.isArray(list) ? list.slice(0, EVIDENCE_ENTRIES_CAP).map((s) => (typeof s === 'string' ? capText(s, EVIDENCE_TEXT_CAP) : s)) : undefined;
}

/** The evidence with each list and each text bounded; fields keep their shape (and their absence). */
export function capEvidence(evidence: HealEvidence | undefined): HealEvidence | undefined {
  if (!evidence || typeof evidence !== 'object') return evidence;
  const out: HealEvidence = { ...evidence };
  if (Array.isArray(evidence.responses)) {
    out.responses = evidence.responses.slice(0, EVIDENCE_ENTRIES_CAP).map((r) =>
      r && typeof r === 'object' ? { ...r, url: capOpt(r.url, EVIDENCE_TEXT_CAP) as string, ...(typeof r.statusText === 'string' ? { statusText: capText(r.statusText, EVIDENCE_TEXT_CAP) } : {}), ...(typeof r.bodySnippet === 'string' ? { bodySnippet: capText(r.bodySnippet, EVIDENCE_TEXT_CAP) } : {}) } : r,
    );
  }
  if (Array.isArray(evidence.failedRequests)) out.failedRequests = evidence.failedRequests.slice(0, EVIDENCE_ENTRIES_CAP);
  if (evidence.consoleErrors !== undefined) out.consoleErrors = capStrings(evidence.consoleErrors);
  if (evidence.pageErrors !== undefined) out.pageErrors = capStrings(evidence.pageErrors);
  if (typeof evidence.lastUrl === 'string') out.lastUrl = capText(evidence.lastUrl, EVIDENCE_TEXT_CAP);
  return out;
}

/** What triage and the healers share: message, stack, snapshot and evidence, each capped. */
export interface CappableInput {
  message: string;
  stack?: string;
  pageSnapshot?: string;
  snippet?: string;
  evidence?: HealEvidence;
}

/** `input` with its untrusted texts capped (a new object; the input is not changed). */
export function capInput<T extends CappableInput>(input: T): T {
  const out: T = { ...input, message: typeof input.message === 'string' ? capText(input.message) : input.message };
  if (input.stack !== undefined) out.stack = capOpt(input.stack);
  if (input.pageSnapshot !== undefined) out.pageSnapshot = capOpt(input.pageSnapshot);
  if (input.snippet !== undefined) out.snippet = capOpt(input.snippet, EVIDENCE_TEXT_CAP);
  if (input.evidence !== undefined) out.evidence = capEvidence(input.evidence);
  return out;
}

const fits = (text: unknown, max: number) => typeof text !== 'string' || text.length <= max;

function stringsFit(list: unknown): boolean {
  if (!Array.isArray(list)) return true;
  if (list.length > EVIDENCE_ENTRIES_CAP) return false;
  for (const s of list) if (!fits(s, EVIDENCE_TEXT_CAP)) return false;
  return true;
}

/** Whether {@link capEvidence} would keep every list and text as it is. */
function evidenceFits(evidence: HealEvidence | undefined): boolean {
  if (!evidence || typeof evidence !== 'object') return true;
  const { responses, failedRequests } = evidence;
  if (Array.isArray(responses)) {
    if (responses.length > EVIDENCE_ENTRIES_CAP) return false;
    for (const r of responses) {
      if (r && typeof r === 'object' && !(fits(r.url, EVIDENCE_TEXT_CAP) && fits(r.statusText, EVIDENCE_TEXT_CAP) && fits(r.bodySnippet, EVIDENCE_TEXT_CAP))) return false;
    }
  }
  if (Array.isArray(failedRequests) && failedRequests.length > EVIDENCE_ENTRIES_CAP) return false;
  return stringsFit(evidence.consoleErrors) && stringsFit(evidence.pageErrors) && fits(evidence.lastUrl, EVIDENCE_TEXT_CAP);
}

/**
 * {@link capInput} for triage's input type, for reading only: the input itself when every text already
 * fits its cap (the usual failure; triage then allocates no copy), else the capped copy.
 */
export function capFailureInput(input: FailureInput): FailureInput {
  const fitsAll = fits(input.message, TEXT_CAP) && fits(input.stack, TEXT_CAP) && fits(input.pageSnapshot, TEXT_CAP) && fits(input.snippet, EVIDENCE_TEXT_CAP) && evidenceFits(input.evidence);
  return fitsAll ? input : capInput(input);
}
