// The healer of a later round: a verification re-run's failure (from Playwright's JSON report, read
// in the isolated copy that holds the patched source) goes through triage and the deterministic Class B
// healers, exactly like a failure of the run. When they refuse, the heal stage may ask the LLM
// (src/heal/round-llm.ts) with the same prepared input.
import { readFileSync, statSync } from 'node:fs';
import type { TestResult } from '@playwright/test/reporter';
import { readDomText, readEvidence, readPageSnapshot } from '../artifacts/attachments.js';
import { errorContextOf } from '../artifacts/attachment-names.js';
import { parseDomSnapshot } from '../triage/dom-snapshot.js';
import { pageSnapshotForTriage } from '../triage/dom-aria.js';
import { triageFailure } from '../triage/triage.js';
import type { Category, TriageResult } from '../triage/types.js';
import { proposeClassBFix } from './healers.js';
import { widenToOccurrences } from './occurrences.js';
import type { ClassBCategory, HealerInput, HealerResult } from './types.js';
import type { RoundHealRequest } from './verify/rounds.js';
import type { LkgEntry } from '../last-known-good/types.js';

const CLASS_B = new Set<Category>(['update-selectors', 'fix-api-routes', 'update-test-data']);
const MAX_READ = 512 * 1024;

/** The re-run's attachments in the shape Playwright's reporter API gives them (what the attachment readers take). */
function asResult(request: RoundHealRequest): Pick<TestResult, 'attachments'> {
  return { attachments: request.failure.attachments.map((a) => ({ name: a.name, contentType: a.contentType, ...(a.path ? { path: a.path } : {}), ...(a.body ? { body: a.body } : {}) })) };
}

/** The error-context text (error, ARIA snapshot, test source): a body, or a file in the copy. */
function errorContextText(result: Pick<TestResult, 'attachments'>): string | undefined {
  const a = errorContextOf(result.attachments);
  if (a?.body) return a.body.subarray(0, MAX_READ).toString('utf8');
  if (!a?.path) return undefined;
  try {
    return statSync(a.path).size > MAX_READ ? undefined : readFileSync(a.path, 'utf8');
  } catch {
    return undefined;
  }
}

export interface RerunOptions {
  openapi?: unknown;
  lastKnownGood?: readonly LkgEntry[];
}

/** A re-run failure triaged as Class B, with the healer input built from it (in the copy). */
export interface PreparedFailure {
  triage: TriageResult;
  input: HealerInput;
}

/** Triages and heals one re-run failure; a refusal starts with the fix type (or triage's category) that gave it. */
export function healRerunFailure(request: RoundHealRequest, options: RerunOptions = {}): HealerResult {
  const prepared = prepareRerunFailure(request, options);
  return 'refused' in prepared ? prepared : healPrepared(request, prepared);
}

/** The deterministic healers on a prepared failure, the same change widened to every line that writes it. */
export function healPrepared(request: RoundHealRequest, { input }: PreparedFailure): HealerResult {
  const f = request.failure;
  const healed = proposeClassBFix(input);
  if ('refused' in healed) return { refused: `${input.category}: ${healed.refused}` };
  return { proposal: widenToOccurrences(healed.proposal, [{ file: f.testFile, line: f.testLine }]) };
}

/** Triage of a re-run failure and, when it is Class B, the healer input (attachments read in the copy). */
export function prepareRerunFailure(request: RoundHealRequest, options: RerunOptions = {}): PreparedFailure | { refused: string } {
  const f = request.failure;
  const result = asResult(request) as TestResult;
  const pageSnapshot = readPageSnapshot(result);
  const { evidence } = readEvidence(result);
  const domSnapshot = parseDomSnapshot(readDomText(result));
  // Triage reads the page from heal-dom when Playwright wrote no snapshot; the healers keep Playwright's own.
  const { pageSnapshot: pageForTriage } = pageSnapshotForTriage(pageSnapshot, domSnapshot);
  const triage = triageFailure({
    message: f.message,
    ...(f.stack ? { stack: f.stack } : {}),
    ...(f.snippet ? { snippet: f.snippet } : {}),
    project: request.project,
    status: 'failed',
    ...(pageForTriage ? { pageSnapshot: pageForTriage } : {}),
    ...(evidence ? { evidence } : {}),
  });
  if (!CLASS_B.has(triage.category)) return { refused: `triage reads the new failure as ${triage.category} (${triage.reasons[0] ?? triage.rule}), which no Class B fix repairs` };
  const category = triage.category as ClassBCategory;
  const errorContext = errorContextText(result);
  const input: HealerInput = {
    category,
    testId: request.proposal.testIds[0] ?? '',
    fingerprint: request.proposal.fingerprint,
    message: f.message,
    ...(f.stack ? { stack: f.stack } : {}),
    testFile: f.testFile,
    testLine: f.testLine,
    ...(errorContext ? { errorContext } : {}),
    ...(pageSnapshot ? { pageSnapshot } : {}),
    ...(evidence ? { evidence } : {}),
    ...(domSnapshot ? { domSnapshot } : {}),
    rootDir: request.copyDir,
    ...(options.openapi !== undefined ? { openapi: options.openapi } : {}),
    ...(options.lastKnownGood?.length ? { lastKnownGood: options.lastKnownGood } : {}),
  };
  return { triage, input };
}
