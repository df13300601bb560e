export { runClassC, openIssueFingerprints } from './run.js';
export { toSummaryRecords } from './summary-records.js';
export { ISSUE_LABEL } from './state.js';
export { renderClassCIssue, classCCategoryOf, issueLabels, displayPath, BASE_LABELS, CLASS_C_CATEGORIES } from './render-issue.js';
export { renderRecurrenceComment, renderPassedAgainComment } from './render-comments.js';
export type { RecurrenceComment, PassedAgainComment } from './render-comments.js';
export { postAlertPayload, sendSecurityAlert } from './alert.js';
export type { AlertOptions, AlertResult } from './alert.js';
export { buildSlackPayload } from './alert-payload.js';
export type { SecurityAlert, SlackBlock, SlackPayload, SlackTextObject } from './alert-payload.js';
export { fingerprintMarker, readIssueState, safeTestKey, ClassCInputError } from './markers.js';
export type { IssueState } from './markers.js';
export { extractTimings, formatMs } from './timings.js';
export type { TimingLimit } from './timings.js';
export { templateInvestigationSteps } from './investigation.js';
export type { InvestigationInput } from './investigation.js';
export type {
  ClassCCategory,
  ClassCFailure,
  ClassCRecord,
  ClassCSummary,
  IssueApi,
  IssueStats,
  RenderContext,
  RenderedIssue,
  RunClassCOptions,
} from './types.js';
