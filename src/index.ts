// Public face of `healwright`: config helpers, the triage engine, redaction and the public types.
export { defineHealConfig, resolveConfig, healConfigSchema, DEFAULT_ANTHROPIC_MODEL } from './config/index.js';
export type { HealConfig, HealConfigInput, ConfigIssue, ResolvedConfig } from './config/index.js';
export { triageFailure, TRIAGE_RULES, fingerprintFailure, normalizeMessage, clusterFailures, stripAnsi, CATEGORIES, CATEGORY_CLASS } from './triage/index.js';
export type { Category, FailureClass, FailureInput, TriageResult, HealEvidence, EvidenceResponse, TriageRule, FailureCluster } from './triage/index.js';
export { healthScore } from './artifacts/health.js';
export type { HealthScore, HealthStatus, Totals } from './artifacts/health.js';
export { SUMMARY_SCHEMA_VERSION } from './artifacts/summary.js';
export type { HealingSummary, FailureEntry, ClusterEntry, FixRecord, LlmUsage } from './artifacts/summary.js';
export { redact, redactText, redactDeep } from './redact/index.js';
export type { HealReporterOptions } from './reporter/options.js';
export { HealwrightError } from './common/errors.js';
export type { ErrorDetails } from './common/errors.js';
