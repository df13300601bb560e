import { PEM_AT } from './chunks.js';
import { DEFAULT_STEPS, KEYWORDS } from './redact.js';
import { PLACEHOLDER_REGEX } from './placeholder.js';
import { REDACTION_PATTERNS } from './patterns/index.js';
import { ANY_FIELD_WORD } from './patterns/fields.js';

/**
 * Every regex this module runs, named, so the test suite can prove each one linear with recheck:
 * the detectors and the numbered twins that run in their place, the keyword prefilter, the literal
 * searches of the steps that run before it, the placeholder check, the chunker's PEM probe and the
 * field-word prefilter. Everything else is plain string code.
 */
export const REDACTION_REGEXES: ReadonlyArray<{ name: string; regex: RegExp }> = [
  ...REDACTION_PATTERNS.map((p) => ({ name: p.name, regex: p.regex })),
  // What runs in their place: each detector's numbered twin (groups.ts), the same source less its group names.
  ...DEFAULT_STEPS.flatMap((s) => (s.pattern.groupAt ? [{ name: `${s.pattern.name} (numbered twin)`, regex: s.pattern.regex }] : [])),
  ...(KEYWORDS.regex ? [{ name: 'keyword prefilter', regex: KEYWORDS.regex }] : []),
  ...DEFAULT_STEPS.flatMap((s) => (s.literalSearch ? [{ name: `${s.pattern.name} (literal search)`, regex: s.literalSearch }] : [])),
  { name: 'placeholder', regex: PLACEHOLDER_REGEX },
  { name: 'pem-private-key (sticky, for chunk cuts)', regex: PEM_AT },
  { name: 'field words (fieldWord prefilter)', regex: ANY_FIELD_WORD },
];
