// The limits a performance failure crossed, read from Playwright's own error messages.
import { linesAt } from '../triage/lines.js';
import { capText } from '../triage/input-cap.js';

/** One limit named in a failure message. */
export interface TimingLimit {
  /** `test timeout`, `page.goto timeout`, `expect timeout`, `budget assertion`, ... */
  what: string;
  limitMs: number;
  /** The measured value, when the message says it (budget assertions). */
  actualMs?: number;
}

interface TimingRule {
  regex: RegExp;
  read: (m: RegExpExecArray) => TimingLimit;
}

// Order matters only for reading; all rules run and duplicates are dropped.
const RULES: TimingRule[] = [
  // `Test timeout of 30000ms exceeded.` (also `locator.click: Test timeout of ...`)
  { regex: /Test timeout of (\d{1,9})ms exceeded/g, read: (m) => ({ what: 'test timeout', limitMs: Number(m[1]) }) },
  // `page.goto: Timeout 15000ms exceeded.` / `locator.click: Timeout 5000ms exceeded.`
  {
    regex: /(?:\b([A-Za-z]+\.[A-Za-z]+): )?Timeout (\d{1,9})ms exceeded/g,
    read: (m) => ({ what: m[1] ? `${m[1]} timeout` : 'action timeout', limitMs: Number(m[2]) }),
  },
  // Older expect: `Timed out 5000ms waiting for expect(locator).toBeVisible()`
  { regex: /Timed out (\d{1,9})ms waiting for expect\(/g, read: (m) => ({ what: 'expect timeout', limitMs: Number(m[1]) }) },
];

const TIMEOUT_LINE = /^Timeout: (\d{1,9})ms\s*$/;
const BUDGET_EXPECTED = /Expected: <=? ?(\d{1,9}(?:\.\d+)?)\s*$/;
const BUDGET_RECEIVED = /^Received: +(\d{1,9}(?:\.\d+)?)/;

/**
 * The rules that span lines, by a line scan (as /^\s*Timeout: .../gm they were quadratic on blank lines):
 * newer expect's `Timeout: 5000ms` line under `expect(locator).toBeVisible() failed`, and a budget
 * written as an assertion, `expect(ms).toBeLessThan(2000)` -> `Expected: < 2000` / `Received:    3456`.
 */
function lineTimings(message: string): { at: number; t: TimingLimit }[] {
  const out: { at: number; t: TimingLimit }[] = [];
  let budget: { at: number; limitMs: number } | undefined;
  for (const { line, at } of linesAt(message)) {
    const text = line.trimStart();
    if (!text) continue;
    const received = budget && BUDGET_RECEIVED.exec(text);
    if (budget && received) out.push({ at: budget.at, t: { what: 'budget assertion', limitMs: budget.limitMs, actualMs: Number(received[1]) } });
    const timeout = TIMEOUT_LINE.exec(text);
    if (timeout) out.push({ at, t: { what: 'expect timeout', limitMs: Number(timeout[1]) } });
    const expected = BUDGET_EXPECTED.exec(line);
    budget = expected ? { at: at + expected.index, limitMs: Number(expected[1]) } : undefined;
  }
  return out;
}

/** Every limit the message names, in order of appearance, without duplicates. */
export function extractTimings(fullMessage: string): TimingLimit[] {
  const message = capText(fullMessage);
  const found: { at: number; t: TimingLimit }[] = [];
  for (const rule of RULES) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(message); m; m = rule.regex.exec(message)) found.push({ at: m.index, t: rule.read(m) });
  }
  found.push(...lineTimings(message));
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.t)
    .filter((t) => {
      const key = `${t.what}:${t.limitMs}:${t.actualMs ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** `30 s`, `30.02 s`, `5.5 s`, `750 ms`: two decimals, so a test just past its limit does not read as on it. */
export function formatMs(ms: number): string {
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(2))} s`;
}
