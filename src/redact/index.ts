export { redact, redactText } from './redact.js';
export { clipText, redactClipped, REDACT_MARGIN } from './clip.js';
export { redactDeep, redactDeepWith } from './deep.js';
export { REDACTION_PATTERNS } from './patterns/index.js';
export { REDACTION_REGEXES } from './regex-inventory.js';
export { placeholderFor } from './placeholder.js';
export { isSecretField } from './patterns/fields.js';
export { DEFAULT_ALLOWED_DOMAINS, DEFAULT_ALLOWED_NETWORKS } from './allowlist.js';
export { REDACTION_TYPES } from './types.js';
export type {
  CustomRedactionPattern,
  PatternMatch,
  RedactionFindings,
  RedactionPattern,
  RedactionType,
  RedactOptions,
  RedactResult,
} from './types.js';
