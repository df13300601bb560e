import { Allowlist, DEFAULT_ALLOWLIST } from './allowlist.js';
import { applyPattern, type Tally } from './apply-pattern.js';
import { CHUNK_THRESHOLD, chunkForRedaction } from './chunks.js';
import { KeywordIndex, passesGate } from './gate.js';
import { REDACTION_PATTERNS } from './patterns/index.js';
import type { CustomRedactionPattern, RedactionPattern, RedactOptions, RedactResult } from './types.js';

interface Plan {
  steps: readonly RedactionPattern[];
  allowlist: Allowlist;
}

/** The keyword prefilter of the built-in patterns (custom ones name no literals: they always run). */
export const KEYWORDS = new KeywordIndex(REDACTION_PATTERNS);
const DEFAULT_STEPS = REDACTION_PATTERNS;
const DEFAULT_PLAN: Plan = { steps: DEFAULT_STEPS, allowlist: DEFAULT_ALLOWLIST };

function toPattern(custom: CustomRedactionPattern): RedactionPattern {
  // Global for the exec loop; never sticky, which would stop at the first gap.
  const flags = custom.regex.flags.replace('y', '').replace('g', '') + 'g';
  return { name: custom.name, type: custom.type, regex: new RegExp(custom.regex.source, flags) };
}

function planFor(options: RedactOptions | undefined): Plan {
  if (!options || ((options.allowlist?.length ?? 0) === 0 && (options.patterns?.length ?? 0) === 0)) {
    return DEFAULT_PLAN;
  }
  return {
    steps: options.patterns?.length ? [...DEFAULT_STEPS, ...options.patterns.map(toPattern)] : DEFAULT_STEPS,
    allowlist: options.allowlist?.length ? new Allowlist(options.allowlist) : DEFAULT_ALLOWLIST,
  };
}

/**
 * Replaces every secret and piece of personal data in `text` with a typed placeholder such as
 * `[REDACTED_API_KEY]`, and counts what it replaced. Every byte healwright sends to an LLM or writes
 * to a log, artifact, PR or issue goes through here first. Idempotent: placeholders are left alone.
 * Linear time: each pattern is one bounded, ReDoS-checked regex scan; inputs over 64K characters
 * are redacted in line-aligned pieces so replacements never copy the whole input once per pattern.
 */
export function redact(text: string, options?: RedactOptions): RedactResult {
  const tally: Tally = { findings: {}, count: 0 };
  const plan = planFor(options);
  // A caller's pattern may span lines, so only the built-in set is redacted in pieces.
  const out =
    text.length > CHUNK_THRESHOLD && !options?.patterns?.length
      ? chunkForRedaction(text)
          .map((piece) => redactWhole(piece, plan, tally))
          .join('')
      : redactWhole(text, plan, tally);
  return { text: out, findings: tally.findings, count: tally.count };
}

function redactWhole(text: string, plan: Plan, tally: Tally): string {
  let out = text;
  const present = KEYWORDS.present(text);
  for (const pattern of plan.steps) {
    if (passesGate(pattern, present, out)) out = applyPattern(pattern, out, plan.allowlist, tally);
  }
  return out;
}

/** `redact(text, options).text`: for callers that only need the clean string. */
export function redactText(text: string, options?: RedactOptions): string {
  return redact(text, options).text;
}
