import { pathToFileURL } from 'node:url';
import { redact } from '../src/llm/redact/index.js';
import { ADVERSARIAL_INPUTS } from '../test/fixtures/redact/adversarial.js';
import { REDACT_CASES } from '../test/fixtures/redact/cases.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

const CORPUS_BYTES = 10_000_000;
const MESSAGE_BYTES = 2_000;
const MIN_MB_PER_S = 20;
const MAX_ADVERSARIAL_MS = 250;
const THROUGHPUT_RUNS = 5;
const ADVERSARIAL_RUNS = 3;

/**
 * ~10 MB of realistic failure output: the rows of the redaction table (call logs, request dumps,
 * env dumps, error-context.md, stack traces) in turn, grouped into ~2 KB messages, about the size
 * of one failure's text. Denser in secrets than real logs, on purpose.
 */
function buildCorpus(): { messages: string[]; bytes: number } {
  const messages: string[] = [];
  let bytes = 0;
  let message = '';
  for (let i = 0; bytes < CORPUS_BYTES; i++) {
    message += (REDACT_CASES[i % REDACT_CASES.length]?.input ?? '') + '\n';
    if (message.length >= MESSAGE_BYTES) {
      messages.push(message);
      bytes += Buffer.byteLength(message);
      message = '';
    }
  }
  return { messages, bytes };
}

function mbPerSecond(bytes: number, ms: number): number {
  return Math.round((bytes / 1e6 / (ms / 1000)) * 10) / 10;
}

/** Best of `runs` runs, wall clock: the code's speed, not a busy neighbour's. */
function fastestMs(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function throughput(name: string, bytes: number, ms: number): BenchResult {
  const value = mbPerSecond(bytes, ms);
  return { name, value, unit: 'MB/s', target: `>= ${MIN_MB_PER_S}`, pass: value >= MIN_MB_PER_S };
}

/**
 * Redaction speed: MB/s on ~10 MB of realistic logs (one ~2 KB failure message per call, as
 * healwright calls it, and the whole corpus as one string), and ms on each 1 MB adversarial input.
 */
export async function benchRedact(): Promise<BenchResult[]> {
  const { messages, bytes } = buildCorpus();
  const whole = messages.join('');
  // Warm-up: compile every regex and settle the JIT before measuring.
  for (const m of messages.slice(0, 200)) redact(m);
  redact(whole.slice(0, 1_000_000));

  const results: BenchResult[] = [
    throughput('throughput, ~10 MB realistic logs, ~2 KB per call', bytes, fastestMs(() => messages.forEach((m) => redact(m)), THROUGHPUT_RUNS)),
    throughput('throughput, ~10 MB realistic logs, one string', bytes, fastestMs(() => redact(whole), THROUGHPUT_RUNS)),
  ];
  for (const { name, input } of ADVERSARIAL_INPUTS) {
    const value = Math.round(fastestMs(() => redact(input), ADVERSARIAL_RUNS) * 10) / 10;
    results.push({ name: `adversarial 1 MB: ${name}`, value, unit: 'ms', target: `< ${MAX_ADVERSARIAL_MS}`, pass: value < MAX_ADVERSARIAL_MS });
  }
  return results;
}

function printTable(results: BenchResult[]): void {
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const value = `${r.value} ${r.unit}`.padStart(12);
    console.log(`${r.pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${value}  (target ${r.target})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchRedact();
  printTable(results);
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}
