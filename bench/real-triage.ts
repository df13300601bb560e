// Triage accuracy on the real-world corpus (test/data/real-failures/, issue 14), rules only.
// Dev split: accuracy, Class A precision, category confusion matrix (and, with --misses, each miss).
// Held-out split: aggregate numbers and a class-level matrix only, never a case.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { triageFailure } from '../src/triage/triage.js';
import { CATEGORIES, type Category, type FailureClass } from '../src/triage/types.js';
import { inputOfReal, loadRealFailures, type RealFailureCase } from '../test/data/real-failures/corpus.js';
import { printTable, type BenchRow } from './types.js';

interface Scored {
  c: RealFailureCase;
  category: Category;
  klass: FailureClass;
  rule: string;
}

export interface SplitScore {
  n: number;
  classAccuracy: number;
  categoryAccuracy: number;
  /** Of everything triage called Class A, the share that really was Class A (1 when nothing was). */
  classAPrecision: number;
  predictedA: number;
  /** Of the real Class A cases, the share triage called Class A. */
  classARecall: number;
}

export function scoreSplit(scored: Scored[]): SplitScore {
  const n = scored.length;
  const predictedA = scored.filter((s) => s.klass === 'A');
  const realA = scored.filter((s) => s.c.label.class === 'A');
  return {
    n,
    classAccuracy: n ? scored.filter((s) => s.klass === s.c.label.class).length / n : 0,
    categoryAccuracy: n ? scored.filter((s) => s.category === s.c.label.category).length / n : 0,
    classAPrecision: predictedA.length ? predictedA.filter((s) => s.c.label.class === 'A').length / predictedA.length : 1,
    predictedA: predictedA.length,
    classARecall: realA.length ? realA.filter((s) => s.klass === 'A').length / realA.length : 1,
  };
}

function triageAll(cases: RealFailureCase[]): Scored[] {
  return cases.map((c) => {
    const r = triageFailure(inputOfReal(c));
    return { c, category: r.category, klass: r.class, rule: r.rule };
  });
}

const SHORT: Record<Category, string> = {
  'restart-backend': 'restart',
  'clear-session': 'session',
  'refresh-tokens': 'tokens',
  'update-selectors': 'selector',
  'fix-api-routes': 'api-route',
  'update-test-data': 'test-data',
  unknown: 'unknown',
  security: 'security',
  performance: 'perf',
};

function matrix<K extends string>(title: string, keys: readonly K[], label: (k: K) => string, rows: { truth: K; got: K }[]): string {
  const w = Math.max(...keys.map((k) => label(k).length), 9);
  const lines = [title, `${'real \\ triage'.padEnd(w + 2)}${keys.map((k) => label(k).padStart(w)).join(' ')}`];
  for (const t of keys) {
    const counts = keys.map((g) => rows.filter((r) => r.truth === t && r.got === g).length);
    if (counts.every((x) => x === 0)) continue;
    lines.push(`${label(t).padEnd(w + 2)}${counts.map((x) => String(x || '.').padStart(w)).join(' ')}`);
  }
  return lines.join('\n');
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/** Scores both splits; prints the dev confusion matrix and the held-out class matrix to stdout. */
/** The ids of the corpus cases at git revision `rev` (a batch's cases are the ones absent there). */
function caseIdsAt(rev: string): Set<string> {
  const text = execFileSync('git', ['show', `${rev}:test/data/real-failures/cases.jsonl`], { maxBuffer: 1 << 30, encoding: 'utf8' });
  return new Set(text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id));
}

/**
 * `since`: each split's figures again for the cases already in the corpus at that revision and for
 * the ones added after it (a new batch), totals only, as informational rows.
 */
export async function benchRealTriage(opts: { misses?: boolean; since?: string; devOnly?: boolean; print?: (s: string) => void } = {}): Promise<BenchRow[]> {
  const print = opts.print ?? ((s: string) => console.log(s));
  const cases = loadRealFailures();
  const dev = triageAll(cases.filter((c) => c.split === 'dev'));
  // `devOnly`: the held-out split is not even triaged, so tuning sessions can look at dev without scoring held-out.
  const held = opts.devOnly ? [] : triageAll(cases.filter((c) => c.split === 'heldout'));
  const d = scoreSplit(dev);
  const h = scoreSplit(held);

  print(matrix(`real-world triage, dev split (${d.n} cases): categories`, CATEGORIES, (k) => SHORT[k], dev.map((s) => ({ truth: s.c.label.category, got: s.category }))));
  print('');
  if (!opts.devOnly) {
    print(matrix(`real-world triage, held-out split (${h.n} cases): classes only`, ['A', 'B', 'C'] as const, (k) => k, held.map((s) => ({ truth: s.c.label.class, got: s.klass }))));
    print('');
  }
  if (opts.misses) {
    for (const s of dev.filter((x) => x.category !== x.c.label.category)) {
      print(`MISS ${s.c.id}\n  real ${s.c.label.category}: ${s.c.label.reason}\n  got  ${s.category} (rule ${s.rule})\n  ${s.c.message.split('\n').slice(0, 3).join(' | ').slice(0, 240)}`);
    }
  }

  const rows = (name: string, s: SplitScore, gate: boolean): BenchRow[] => [
    { name: `real-world triage ${name}: class accuracy (${s.n} cases)`, value: pct(s.classAccuracy), unit: '%', target: gate ? '>= 95' : '', pass: !gate || s.classAccuracy >= 0.95 },
    { name: `real-world triage ${name}: category accuracy`, value: pct(s.categoryAccuracy), unit: '%', target: gate ? '>= 90' : '', pass: !gate || s.categoryAccuracy >= 0.9 },
    { name: `real-world triage ${name}: Class A precision (${s.predictedA} called A)`, value: pct(s.classAPrecision), unit: '%', target: gate ? '>= 99' : '', pass: !gate || s.classAPrecision >= 0.99 },
    { name: `real-world triage ${name}: Class A recall`, value: pct(s.classARecall), unit: '%', target: '', pass: true },
  ];
  // Targets are judged on the held-out split only; dev numbers are what tuning saw.
  const out = [...rows('dev', d, false), ...(opts.devOnly ? [] : rows('held-out', h, true))];
  if (opts.since) {
    const older = caseIdsAt(opts.since);
    for (const [name, scored] of opts.devOnly ? ([['dev', dev]] as const) : ([['dev', dev], ['held-out', held]] as const)) {
      out.push(...rows(`${name}, cases at ${opts.since}`, scoreSplit(scored.filter((s) => older.has(s.c.id))), false));
      out.push(...rows(`${name}, cases added since`, scoreSplit(scored.filter((s) => !older.has(s.c.id))), false));
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--since=<rev>`: also the figures of the cases added after that revision (a new batch) and of the older ones.
  const since = process.argv.find((a) => a.startsWith('--since='))?.slice('--since='.length);
  // `--dev-only`: the dev split alone (held-out is neither triaged nor printed).
  printTable(await benchRealTriage({ misses: process.argv.includes('--misses'), devOnly: process.argv.includes('--dev-only'), ...(since ? { since } : {}) }));
}
