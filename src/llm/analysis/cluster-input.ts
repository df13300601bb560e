import type { Category, FailureClass, HealEvidence } from '../../triage/types.js';

/** One cluster of identical failures as the rules triaged it: the input of one LLM call. */
export interface ClusterInput {
  fingerprint: string;
  /** The rules' category, class and confidence. */
  category: Category;
  class: FailureClass;
  confidence: number;
  reasons: string[];
  errorMessage: string;
  callLog?: string;
  pageSnapshotExcerpt?: string;
  testSource?: string;
  evidence?: HealEvidence;
  /** Titles of the tests in the cluster. */
  tests: string[];
}

/** Characters of each part that go into a prompt (after redaction). */
export interface PromptLimits {
  errorMessage: number;
  callLog: number;
  pageSnapshot: number;
  testSource: number;
  evidence: number;
  reasons: number;
  /** Test titles listed. */
  tests: number;
}

export const DEFAULT_PROMPT_LIMITS: Readonly<PromptLimits> = {
  errorMessage: 2000,
  callLog: 2500,
  pageSnapshot: 4000,
  testSource: 6000,
  evidence: 2500,
  reasons: 1000,
  tests: 10,
};
