// Public face of the Class B validation pipeline: pre-flight, dry run, apply in an isolated copy,
// verify by a targeted re-run, roll back.
export { verifyPatches } from './verify-patches.js';
export type { VerifyPatchesOptions } from './verify-patches.js';
export { preflight, sha256File } from './preflight.js';
export type { PreflightContext, PreflightResult } from './preflight.js';
export { structuralRefusal, formatStructuralRefusal } from './structure/check.js';
export type { StructuralRefusal, StructuralRule } from './structure/check.js';
export { createIsolatedCopy } from './isolated-copy.js';
export type { IsolatedCopy, IsolatedCopyOptions } from './isolated-copy.js';
export { rerunTests, RERUN_DIR } from './rerun.js';
export type { RerunOptions, RerunResult } from './rerun.js';
export { testKey, fileOfKey, projectOfKey, parseJsonReport } from './json-report.js';
export { judgeRerun, beforeOf } from './verdict.js';
export type { Verdict } from './verdict.js';
export { VerifyBudget, DEADLINE_REASON, failureKey } from './budget.js';
export type { VerifyGuardrails } from './budget.js';
export { writeRerunOutput } from './rerun-output.js';
export type { ProposalRecord, RerunOutput, RerunRecord } from './rerun-output.js';
export { globToRegExp, matchesGlob } from './glob.js';
export type { LogLevel, TestOutcome, TestRun, TestStatus, VerifyResult, VerifyStatus } from './types.js';
export { checkPatchPaths, hardDenyReason } from '../allowed-paths.js';
export type { PatchPathOptions, PathCheck } from '../allowed-paths.js';
export { DEFAULT_TEST_MATCH, testFileMatcher, testDirHoldsApp } from '../test-scope.js';
export type { PatchScope, TestPattern } from '../test-scope.js';
export { applyEdits, applyProposals, editsByFile, renderFileDiff, renderUnifiedPatch, PatchConflictError } from '../patch-file.js';
export type { PatchedFile } from '../patch-file.js';
