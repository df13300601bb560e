import { escapeLiteral, PLACEHOLDER_PREFIX, type Scan, type TextScanner } from './scan.js';
import type { RedactionPattern } from './types.js';
import { numberedTwin } from './groups.js';
import { lineAt, unionOf } from './windows.js';

/**
 * One pattern with its prefilter resolved against the scanner: the trigger ids of its literals
 * (one must occur for it to run) and of its window (the lines it runs over).
 */
export interface Step {
  pattern: RedactionPattern;
  /** Trigger ids of the literals; undefined when the pattern names none (it always runs). */
  gate: number[] | undefined;
  /** Placeholder literals, upper-case as they appear in the text. */
  gatePlaceholders: string[];
  /** Trigger ids and placeholders of the window; undefined: the pattern scans the whole text. */
  window: { ids: number[]; placeholders: string[] } | undefined;
  /**
   * For a whole-text step gated by plain literals only: the same gate as one case-insensitive
   * search, so the step can run before the keyword scan (see redact.ts).
   */
  literalSearch: RegExp | undefined;
}

function idOf(scanner: TextScanner, keyword: string): number {
  const id = scanner.ids.get(keyword);
  if (id === undefined) throw new Error(`keyword ${keyword}: not in the scanner`);
  return id;
}

/**
 * `pattern` as an object of one fixed shape, every hook present (undefined when absent). Patterns
 * are written as object literals with the hooks they need, so each has a hidden class of its own,
 * and applyPattern's reads of `pattern.accept`, `.split`, `.rewrite` ... would otherwise be
 * megamorphic: those reads run once per candidate match, tens of thousands of times per megabyte.
 */
function ofOneShape(p: RedactionPattern): RedactionPattern {
  // Named groups run as numbered ones (see groups.ts).
  const twin = numberedTwin(p.regex);
  return {
    name: p.name,
    type: p.type,
    regex: twin ? twin.regex : p.regex,
    groupAt: twin?.at,
    literals: p.literals,
    window: p.window,
    extendBack: p.extendBack,
    accept: p.accept,
    trimEnd: p.trimEnd,
    split: p.split,
    unquote: p.unquote,
    rewrite: p.rewrite,
  };
}

export function compileSteps(patterns: readonly RedactionPattern[], scanner: TextScanner): Step[] {
  return patterns.map((written) => {
    const pattern = ofOneShape(written);
    const literals = pattern.literals ?? [];
    const plain = literals.filter((l) => !l.startsWith(PLACEHOLDER_PREFIX));
    const window = pattern.window === 'literals' ? { keywords: literals } : pattern.window;
    const keywords = window?.keywords ?? [];
    const standalone = window === undefined && literals.length > 0 && plain.length === literals.length;
    return {
      pattern,
      gate: literals.length ? plain.map((l) => idOf(scanner, l)) : undefined,
      gatePlaceholders: literals.filter((l) => l.startsWith(PLACEHOLDER_PREFIX)).map((l) => l.toUpperCase()),
      window: window
        ? {
            ids: [
              ...keywords.filter((k) => !k.startsWith(PLACEHOLDER_PREFIX)).map((k) => idOf(scanner, k)),
              ...(window.classes ?? []).map((c) => scanner.classIds.get(c) as number),
            ],
            placeholders: keywords.filter((k) => k.startsWith(PLACEHOLDER_PREFIX)).map((k) => k.toUpperCase()),
          }
        : undefined,
      // ASCII literals: a non-unicode `i` regex folds exactly the scanner's A-Z.
      literalSearch: standalone ? new RegExp(plain.map(escapeLiteral).join('|'), 'i') : undefined,
    };
  });
}

/** False when the step names literals and none of them occurs (placeholders: in the current `text`). */
export function gateOpen(step: Step, scan: Scan, text: string): boolean {
  if (step.gate === undefined) return true;
  for (const id of step.gate) if (scan.hits[id] !== undefined) return true;
  for (const p of step.gatePlaceholders) if (text.includes(p)) return true;
  return false;
}

/** The lines a windowed step runs over, ascending. */
export function windowLines(step: Step, scan: Scan, text: string, mark: Uint8Array): number[] {
  const window = step.window as NonNullable<Step['window']>;
  const lists: number[][] = [];
  for (const id of window.ids) {
    const lines = scan.hits[id];
    if (lines !== undefined) lists.push(lines);
  }
  for (const p of window.placeholders) {
    const lines: number[] = [];
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + p.length)) {
      const line = lineAt(scan.lineStarts, at);
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
    if (lines.length) lists.push(lines);
  }
  return lists.length === 0 ? [] : unionOf(lists, mark);
}
