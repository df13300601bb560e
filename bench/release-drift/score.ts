// Scoring of one app's release drift: pure, from what the runs observed and the hand labels.
import type { FailureLabel } from './types.js';

export type Outcome =
  /** A verified patch, and the patched test failed with the labelled element removed (and wrote the labelled value). */
  | 'healed'
  /** A verified patch that is wrong: it "healed" a real change, passed without the labelled element, or wrote another value. */
  | 'wrong'
  /** No verified patch for a selector or data drift. */
  | 'missed'
  /** No verified patch for a real change: right. */
  | 'refused'
  /** Passed on both releases and has no label: a control, not scored. */
  | 'unchanged'
  /** The test failed on release N, or its label does not match what release N+k did: a bench bug. */
  | 'invalid';

export interface Observed {
  test: string;
  /** Status on release N (must be passed) and on N+k before any patch. */
  before: string;
  after: string;
  /** healwright verified a patch for this test. */
  verified: boolean;
  /** The patched test, on N+k: passed? */
  patchedPasses?: boolean;
  /** The patched test with the labelled element removed: passed? (must not) */
  passesWithoutTarget?: boolean;
  /** The patched lines (after), for data drifts and the report. */
  patchedLines?: string[];
  /** What healwright said when it did not verify one. */
  reason?: string;
}

export interface Scored {
  test: string;
  label?: FailureLabel;
  outcome: Outcome;
  detail: string;
}

export function scoreOne(o: Observed, label: FailureLabel | undefined): Scored {
  const base = { test: o.test, ...(label ? { label } : {}) };
  if (o.before !== 'passed') return { ...base, outcome: 'invalid', detail: `failed on the old release (${o.before})` };
  if (o.after === 'passed') return label ? { ...base, outcome: 'invalid', detail: 'labelled, but passes on the new release' } : { ...base, outcome: 'unchanged', detail: 'passes on both releases' };
  if (!label) return { ...base, outcome: 'invalid', detail: 'fails on the new release but has no label' };
  if (!o.verified) return { ...base, outcome: label.kind === 'real' ? 'refused' : 'missed', detail: o.reason ?? 'no verified patch' };
  if (label.kind === 'real') return { ...base, outcome: 'wrong', detail: `"healed" a real change: ${label.note}` };
  if (o.patchedPasses === false) return { ...base, outcome: 'wrong', detail: 'the verified patch fails when the bench re-runs it' };
  if (o.passesWithoutTarget !== false) return { ...base, outcome: 'wrong', detail: o.passesWithoutTarget ? 'the patched test still passes with the labelled element removed' : 'the break-back run did not run the patched test' };
  if (label.kind === 'data' && label.value !== undefined && !(o.patchedLines ?? []).some((l) => l.includes(label.value as string))) {
    return { ...base, outcome: 'wrong', detail: `the patch does not write the new value ${JSON.stringify(label.value)}` };
  }
  return { ...base, outcome: 'healed', detail: (o.patchedLines ?? []).join(' | ') };
}

export interface AppTotals {
  selectorDrifts: number;
  selectorHealed: number;
  dataDrifts: number;
  dataHealed: number;
  realChanges: number;
  realRefused: number;
  wrong: number;
  missed: number;
  invalid: number;
}

export function totals(scored: Scored[]): AppTotals {
  const of = (kind: FailureLabel['kind']) => scored.filter((s) => s.outcome !== 'invalid' && s.label?.kind === kind);
  return {
    selectorDrifts: of('selector').length,
    selectorHealed: of('selector').filter((s) => s.outcome === 'healed').length,
    dataDrifts: of('data').length,
    dataHealed: of('data').filter((s) => s.outcome === 'healed').length,
    realChanges: of('real').length,
    realRefused: of('real').filter((s) => s.outcome === 'refused').length,
    wrong: scored.filter((s) => s.outcome === 'wrong').length,
    missed: scored.filter((s) => s.outcome === 'missed').length,
    invalid: scored.filter((s) => s.outcome === 'invalid').length,
  };
}

export function addTotals(a: AppTotals, b: AppTotals): AppTotals {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof AppTotals)[]) out[k] += b[k];
  return out;
}
