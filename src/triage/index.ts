export { triageFailure } from './triage.js';
export { TRIAGE_RULES, type TriageRule } from './rules.js';
export { computeSignals, type Signals } from './signals.js';
export { fingerprintFailure, normalizeMessage, normalizeLocator } from './fingerprint.js';
export { clusterFailures, type ClusterMember, type FailureCluster } from './cluster.js';
export { stripAnsi, extractLocator, extractHttpStatuses, extractExpectedReceived } from './text.js';
export * from './types.js';
export { writeTriageHandover, readTriageHandover, handoverPath, writeRunSettings, readRunSettings, runSettingsPath, type TriageHandover, type RunSettings } from './handover.js';
export { capText, capInput, capFailureInput, TEXT_CAP } from './input-cap.js';
