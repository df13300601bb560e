import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { triageFailure as triageFromSource } from '../src/triage/triage.js';
import type { FailureInput } from '../src/triage/types.js';
import { printTable, type BenchRow } from './types.js';

interface CorpusCase {
  project: string;
  status: string;
  message: string;
  stack?: string;
  pageSnapshot?: string;
  evidence?: FailureInput['evidence'];
}

type Triage = typeof triageFromSource;

/** Seconds one pass of triage over `inputs` takes (wall clock). */
function pass(triageFailure: Triage, inputs: FailureInput[]): number {
  const t0 = performance.now();
  let sink = 0;
  for (const input of inputs) sink += triageFailure(input).confidence;
  if (sink <= 0) throw new Error('triage produced no results');
  return (performance.now() - t0) / 1000;
}

/** One warm-up pass, then the median of three: failures per second of each. */
function rates(triage: Triage, inputs: FailureInput[]): { first: number; steady: number } {
  const first = inputs.length / pass(triage, inputs);
  const median = [pass(triage, inputs), pass(triage, inputs), pass(triage, inputs)].sort((a, b) => a - b)[1] as number;
  return { first, steady: inputs.length / median };
}

const CORPUS_FILE = fileURLToPath(new URL('../test/data/failures/corpus.json', import.meta.url));

function inputsOf(count: number): FailureInput[] {
  const corpus = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as CorpusCase[];
  const inputs: FailureInput[] = [];
  for (let i = 0; i < count; i++) {
    const c = corpus[i % corpus.length] as CorpusCase;
    inputs.push({ message: c.message, project: c.project, status: c.status, ...(c.stack ? { stack: c.stack } : {}), ...(c.pageSnapshot ? { pageSnapshot: c.pageSnapshot } : {}), ...(c.evidence ? { evidence: c.evidence } : {}) });
  }
  return inputs;
}

/**
 * The built package (`dist/`, what users run; `npm run bench` builds it first), timed in a plain `node`
 * child process like a reporter's. The bench's own process runs `src/` through tsx, whose transform keeps
 * function names: every closure made per call pays a `__name` call (Object.defineProperty) that `tsc`'s
 * output never makes (12-25% of triage's time here), and carries tsx's loader and its heap.
 */
function builtRates(count: number): { first: number; steady: number } {
  const built = fileURLToPath(new URL('../dist/src/triage/triage.js', import.meta.url));
  if (!existsSync(built)) throw new Error(`bench/triage.ts: ${built} is missing: run \`npm run build\` first (npm run bench does)`);
  // The same inputs and passes as inputsOf() and rates(), in plain JavaScript.
  const child = `
    import { readFileSync } from 'node:fs';
    const [builtUrl, corpusFile, count] = process.argv.slice(1);
    const { triageFailure } = await import(builtUrl);
    const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
    const inputs = [];
    for (let i = 0; i < Number(count); i++) {
      const c = corpus[i % corpus.length];
      inputs.push({ message: c.message, project: c.project, status: c.status, ...(c.stack ? { stack: c.stack } : {}), ...(c.pageSnapshot ? { pageSnapshot: c.pageSnapshot } : {}), ...(c.evidence ? { evidence: c.evidence } : {}) });
    }
    const pass = () => { const t0 = performance.now(); let sink = 0; for (const input of inputs) sink += triageFailure(input).confidence; if (sink <= 0) throw new Error('triage produced no results'); return (performance.now() - t0) / 1000; };
    const first = inputs.length / pass();
    const median = [pass(), pass(), pass()].sort((a, b) => a - b)[1];
    console.log(JSON.stringify({ first, steady: inputs.length / median }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child, pathToFileURL(built).href, CORPUS_FILE, String(count)], { encoding: 'utf8', timeout: 300_000 });
  return JSON.parse(out.trim().split('\n').pop() as string) as { first: number; steady: number };
}

/**
 * (a) Triage throughput over 50,000 failures drawn from the demo corpus (`test/data/failures/`), on one
 * core (issue 14: >= 100,000/s), timed on the built package in a child process. The target is the steady
 * state: the median of three passes after one warm-up pass, once V8 has compiled the rule table's
 * functions and regular expressions. The first pass (a process that triages its first failures) and the
 * steady state of `src/` through tsx are printed too, without a target.
 */
export async function benchTriage(count = 50_000): Promise<BenchRow[]> {
  const built = builtRates(count);
  const source = rates(triageFromSource, inputsOf(count));
  return [
    { name: `triage throughput, built package, first pass (${count} failures)`, value: Math.round(built.first), unit: 'failures/s', target: 'info', pass: true },
    { name: `triage throughput, built package, steady state (median of 3 passes after it)`, value: Math.round(built.steady), unit: 'failures/s', target: '>= 100000', pass: built.steady >= 100_000 },
    { name: `triage throughput, src/ through tsx (keepNames), steady state`, value: Math.round(source.steady), unit: 'failures/s', target: 'info', pass: true },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchTriage());
}
