import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { triageFailure } from '../src/triage/triage.js';
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

/** (a) Triage throughput over 50,000 failures drawn from the real-output corpus, on one core (issue 14: >= 100,000/s). */
export async function benchTriage(count = 50_000): Promise<BenchRow[]> {
  const corpusFile = fileURLToPath(new URL('../test/data/failures/corpus.json', import.meta.url));
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusCase[];
  const inputs: FailureInput[] = [];
  for (let i = 0; i < count; i++) {
    const c = corpus[i % corpus.length] as CorpusCase;
    inputs.push({ message: c.message, project: c.project, status: c.status, ...(c.stack ? { stack: c.stack } : {}), ...(c.pageSnapshot ? { pageSnapshot: c.pageSnapshot } : {}), ...(c.evidence ? { evidence: c.evidence } : {}) });
  }
  for (let i = 0; i < 2000; i++) triageFailure(inputs[i % inputs.length] as FailureInput); // warm-up
  const t0 = performance.now();
  let sink = 0;
  for (const input of inputs) sink += triageFailure(input).confidence;
  const seconds = (performance.now() - t0) / 1000;
  if (sink <= 0) throw new Error('triage produced no results');
  const rate = count / seconds;
  return [{ name: `triage throughput (${count} failures)`, value: rate, unit: 'failures/s', target: '>= 100000', pass: rate >= 100_000 }];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchTriage());
}
