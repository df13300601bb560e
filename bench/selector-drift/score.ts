// Per-kind scoring of the generated drifts: pure, so a unit test can pin it down.
import type { DriftOutcome, DriftResult } from './harness.js';
import type { DriftKind } from './drifts.js';

export interface KindScore {
  kind: DriftKind;
  cases: number;
  /** Heal cases healed by a patch that passed and failed without its target, plus right refusals. */
  hits: number;
  wrong: number;
  missed: number;
  invalid: number;
  /** hits / cases, 0..1 (0 for no cases). */
  hitRate: number;
}

const RESULTS: DriftResult[] = ['verified', 'wrong', 'missed', 'refused', 'invalid'];

/** One score per drift kind, in the order kinds first appear in `outcomes`. */
export function scoreByKind(outcomes: Pick<DriftOutcome, 'kind' | 'result'>[]): KindScore[] {
  const byKind = new Map<DriftKind, Record<DriftResult, number>>();
  for (const o of outcomes) {
    const counts = byKind.get(o.kind) ?? (Object.fromEntries(RESULTS.map((r) => [r, 0])) as Record<DriftResult, number>);
    counts[o.result] += 1;
    byKind.set(o.kind, counts);
  }
  return [...byKind].map(([kind, c]) => {
    const cases = RESULTS.reduce((n, r) => n + c[r], 0);
    const hits = c.verified + c.refused;
    return { kind, cases, hits, wrong: c.wrong, missed: c.missed, invalid: c.invalid, hitRate: cases ? hits / cases : 0 };
  });
}

/** Must-refuse cases that were refused, over all must-refuse cases. */
export function refusalScore(outcomes: Pick<DriftOutcome, 'expected' | 'result'>[]): { cases: number; refused: number } {
  const cases = outcomes.filter((o) => o.expected === 'refuse');
  return { cases: cases.length, refused: cases.filter((o) => o.result === 'refused').length };
}
