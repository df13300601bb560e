import { Allowlist, DEFAULT_ALLOWLIST } from './allowlist.js';
import { applyPattern, resetUnchanged, UNCHANGED, type Tally } from './apply-pattern.js';
import { CHUNK_THRESHOLD, chunkForRedaction } from './chunks.js';
import { compileSteps, gateOpen, windowLines, type Step } from './gate.js';
import { REDACTION_PATTERNS } from './patterns/index.js';
import { TextScanner } from './scan.js';
import type { CustomRedactionPattern, RedactionPattern, RedactOptions, RedactResult } from './types.js';
import { forgetLastValue } from './value-checks.js';
import { EditLog, shiftLineStarts, windowsOf } from './windows.js';

interface Plan {
  steps: readonly Step[];
  allowlist: Allowlist;
}

/** The keyword prefilter of the built-in patterns (custom ones name no literals: they always run, on the whole text). */
export const KEYWORDS = new TextScanner(REDACTION_PATTERNS);
/** The built-in patterns with their prefilter resolved. */
export const DEFAULT_STEPS = compileSteps(REDACTION_PATTERNS, KEYWORDS);
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
    steps: options.patterns?.length ? [...DEFAULT_STEPS, ...compileSteps(options.patterns.map(toPattern), KEYWORDS)] : DEFAULT_STEPS,
    allowlist: options.allowlist?.length ? new Allowlist(options.allowlist) : DEFAULT_ALLOWLIST,
  };
}

/**
 * Replaces every secret and piece of personal data in `text` with a typed placeholder such as
 * `[REDACTED_API_KEY]`, and counts what it replaced. Every byte healwright sends to an LLM or writes
 * to a log, artifact, PR or issue goes through here first. Idempotent: placeholders are left alone.
 * Linear time: one keyword scan decides which patterns run and over which lines; each is one
 * bounded, ReDoS-checked regex scan; inputs over 16K characters are redacted in line-aligned
 * pieces so replacements never copy the whole input once per pattern.
 */
export function redact(text: string, options?: RedactOptions): RedactResult {
  return redactIn(text, options, true);
}

/**
 * redact() with every gated pattern scanning the whole text instead of its windows: the reference
 * the windowed result must equal (test/redact/redact-windows.test.ts). Not exported from the module.
 */
export function redactUnwindowed(text: string, options?: RedactOptions): RedactResult {
  return redactIn(text, options, false);
}

function redactIn(text: string, options: RedactOptions | undefined, windowed: boolean): RedactResult {
  const tally: Tally = { findings: {}, count: 0 };
  const plan = planFor(options);
  try {
    // A caller's pattern may span lines, so only the built-in set is redacted in pieces.
    const out =
      text.length > CHUNK_THRESHOLD && !options?.patterns?.length
        ? redactPieces(text, plan, tally, windowed)
        : redactWhole(text, plan, tally, windowed);
    return { text: out, findings: tally.findings, count: tally.count };
  } finally {
    forgetLastValue();
  }
}

/**
 * A large input, redacted piece by piece. A piece's redacted copy would live until the final join,
 * so the young-generation collector would copy most of the input once or twice on the way (about a
 * fifth of the time on 10 MB of real output): when a piece changed only in its middle, that middle
 * alone is kept as a copy, its unchanged head and tail as slices of the input.
 */
function redactPieces(text: string, plan: Plan, tally: Tally, windowed: boolean): string {
  const parts: string[] = [];
  for (const piece of chunkForRedaction(text)) {
    const out = redactWhole(piece, plan, tally, windowed);
    if (out === piece) {
      parts.push(piece);
      continue;
    }
    const { head, tail } = UNCHANGED;
    // A piece changed over most of its length (or the whole input, one line of a megabyte) stays as
    // it is: copying its middle again would cost more than the collector saves.
    if (2 * (head + tail) < piece.length) {
      parts.push(out);
      continue;
    }
    if (head > 0) parts.push(piece.slice(0, head));
    parts.push(detached(out.slice(head, out.length - tail)));
    if (tail > 0) parts.push(piece.slice(piece.length - tail));
  }
  return parts.join('');
}

/**
 * `text` as a string of its own: V8 keeps a long slice as a view of its parent, which would keep the
 * whole redacted piece alive. Joining it with one more character and slicing that off flattens a
 * copy of just these characters.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

// One edit log for every call (redact is synchronous and no hook calls it back): large inputs
// grow it once, not once per call and pattern.
const EDITS = new EditLog();

function redactWhole(text: string, plan: Plan, tally: Tally, windowed: boolean): string {
  let out = text;
  // What the patterns below leave as it was (read by redactPieces).
  resetUnchanged(text.length);
  const steps = plan.steps;
  // Leading whole-text steps (PEM blocks) run before the keyword scan, on their own literal search:
  // a block they replace would otherwise make the scan run twice over the whole text.
  let first = 0;
  for (; first < steps.length; first++) {
    const step = steps[first] as Step;
    if (step.literalSearch === undefined) break;
    if (step.literalSearch.test(out)) out = applyPattern(step.pattern, out, plan.allowlist, tally);
  }
  let scan = KEYWORDS.scan(out);
  let mark = new Uint8Array(scan.lineStarts.length);
  const edits = EDITS;
  for (let s = first; s < steps.length; s++) {
    const step = steps[s] as Step;
    if (!gateOpen(step, scan, out)) continue;
    if (step.window === undefined) {
      const next = applyPattern(step.pattern, out, plan.allowlist, tally);
      // A whole-text pattern (PEM blocks, a caller's) may replace newlines: scan the result afresh.
      if (next !== out) scan = KEYWORDS.scan((out = next));
      if (mark.length < scan.lineStarts.length) mark = new Uint8Array(scan.lineStarts.length);
      continue;
    }
    let windows: number[] | undefined;
    if (windowed) {
      const lines = windowLines(step, scan, out, mark);
      if (lines.length === 0) continue;
      windows = windowsOf(lines, scan.lineStarts, out.length);
    }
    edits.clear();
    const next = applyPattern(step.pattern, out, plan.allowlist, tally, windows, edits);
    if (next === out) continue;
    if (!shiftLineStarts(scan.lineStarts, edits)) {
      scan = KEYWORDS.scan(next);
      if (mark.length < scan.lineStarts.length) mark = new Uint8Array(scan.lineStarts.length);
    }
    out = next;
  }
  return out;
}

/** `redact(text, options).text`: for callers that only need the clean string. */
export function redactText(text: string, options?: RedactOptions): string {
  return redact(text, options).text;
}
