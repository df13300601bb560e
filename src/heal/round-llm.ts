// The healer of a later round, as the heal stage runs it: a verification re-run's new failure goes to the
// deterministic Class B healers first (src/class-b/round-healer.ts); when they refuse and the LLM stage
// had a provider, the LLM is asked about that failure with the same prompt, redaction and budget as the
// run's clusters. Its edit gets no more trust than in the first round: one line, inside the copy, the
// `before` text found exactly once, then pre-flight's structural edit check and a re-run like any other.
import path from 'node:path';
import type { ClusterEntry } from '../artifacts/summary.js';
import { healPrepared, prepareRerunFailure, type PreparedFailure, type RerunOptions } from '../class-b/round-healer.js';
import { userFrames } from '../class-b/source.js';
import type { HealerResult } from '../class-b/types.js';
import type { RoundHealer, RoundHealRequest } from '../class-b/verify/index.js';
import type { ClusterInput } from '../llm/analysis/index.js';
import { redactText } from '../redact/index.js';
import { llmProposal } from './class-b-inputs.js';
import { readSmallFile, sourceAround, verdictAndTexts } from './llm-context.js';
import type { RoundAnalyst } from './llm.js';
import { toRecord } from './llm-record.js';
import { describeThrown } from '../common/errors.js';

/** The round healer of the heal stage: deterministic first, then the LLM's edit when `analyst` is given. */
export function roundHealer(options: RerunOptions & { analyst?: RoundAnalyst }): RoundHealer {
  return async (request) => {
    const prepared = prepareRerunFailure(request, options);
    if ('refused' in prepared) return prepared;
    const rules = healPrepared(request, prepared);
    if ('proposal' in rules || !options.analyst) return rules;
    const llm = await llmRoundEdit(request, prepared, options.analyst);
    return 'proposal' in llm ? llm : { refused: `${rules.refused}; LLM: ${llm.refused}` };
  };
}

/** What the LLM is told about a re-run failure: the same parts as a cluster of the run, from the copy. */
export function roundClusterInput(request: RoundHealRequest, { triage, input }: PreparedFailure): ClusterInput {
  const f = request.failure;
  // The innermost frame in the copy (a page object's line, when the failure is there), else the test.
  const frame = userFrames(f.stack ?? f.message, request.copyDir)[0];
  const file = frame?.file ?? f.testFile;
  const line = frame?.line ?? f.testLine;
  const source = readSmallFile(file);
  const rel = path.relative(request.copyDir, file).split(path.sep).join('/');
  return {
    fingerprint: request.proposal.fingerprint,
    ...verdictAndTexts(triage, f.message, input.pageSnapshot),
    ...(source !== undefined ? { testSource: `${rel}\n${sourceAround(source, line)}` } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
    tests: [request.key],
  };
}

/** Asks the LLM for this round's edit; a refusal says why none is used. */
export async function llmRoundEdit(request: RoundHealRequest, prepared: PreparedFailure, analyst: RoundAnalyst): Promise<HealerResult> {
  const category = prepared.input.category;
  const ci = roundClusterInput(request, prepared);
  let outcome;
  try {
    outcome = await analyst.analyze(ci);
  } catch (err) {
    return { refused: `the LLM call failed: ${redactText(describeThrown(err))}` };
  }
  if (!outcome) return { refused: 'not asked (the run is stopping, or the provider failed earlier)' };
  if (!outcome.ok) return { refused: `no usable answer: ${redactText(outcome.reason)}` };
  if (outcome.finalCategory !== category) return { refused: `it reads the failure as ${outcome.finalCategory}, not ${category}: no ${category} edit is taken from it` };
  const cluster: ClusterEntry = { fingerprint: ci.fingerprint, category, class: 'B', count: 1, tests: ci.tests, example: '' };
  const record = toRecord(cluster, outcome, outcome.latencyMs, redactText);
  if (!record.proposedEdit) return { refused: 'it proposed no edit' };
  // The edit names a file relative to the copy (the prompt's source header), so it lands in the copy.
  const p = llmProposal(record, category, [...request.proposal.testIds], request.copyDir);
  return p.proposal ? { proposal: p.proposal } : { refused: p.refused ?? 'no proposal' };
}
