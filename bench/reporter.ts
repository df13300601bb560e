import { pathToFileURL } from 'node:url';
import { inlineConfig, makeTempDir } from '../test/helpers/run-inline.js';
import { runInlineTest } from './internal-errors.js';
import { printTable, type BenchRow } from './types.js';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');

/** 500 tests in 10 files, 10% failing with 20 distinct failures (fingerprints ignore numbers, so words differ). */
function generatedSuite(tests: number, failEvery: number): Record<string, string> {
  const files: Record<string, string> = {};
  const perFile = Math.ceil(tests / 10);
  for (let f = 0; f < 10; f++) {
    const lines = [`import { test, expect } from '@playwright/test';`];
    for (let t = 0; t < perFile; t++) {
      const n = f * perFile + t;
      if (n >= tests) break;
      if (failEvery > 0 && n % failEvery === 0) {
        const kind = WORDS[(n / failEvery) % 20];
        lines.push(`test('t${n}', () => { expect('value-${kind}-' + ${n}, 'check ${kind}').toBe('value-${kind}'); });`);
      } else lines.push(`test('t${n}', () => { expect(${n} + 1).toBe(${n + 1}); });`);
    }
    files[`s${f}.spec.ts`] = lines.join('\n') + '\n';
  }
  return files;
}

async function timedRun(dir: string, files: Record<string, string>, args: string[]): Promise<number> {
  const t0 = performance.now();
  await runInlineTest(files, { dir, args, timeoutMs: 300_000 });
  return performance.now() - t0;
}

/** (b) wall-time ratio list+healwright vs list alone (onEnd time is bench/onend.ts). */
export async function benchReporter(runs = 3): Promise<BenchRow[]> {
  const dir = makeTempDir('bench-reporter');
  const suite = { 'playwright.config.ts': inlineConfig({ workers: 2, reporters: "[['list'], ['healwright/reporter', { printSummary: false }]]" }), ...generatedSuite(500, 10) };
  const listOnly: number[] = [];
  const withHeal: number[] = [];
  await timedRun(dir, suite, ['--reporter=list']); // warm the transform cache
  for (let i = 0; i < runs; i++) {
    listOnly.push(await timedRun(dir, suite, ['--reporter=list']));
    withHeal.push(await timedRun(dir, suite, []));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const ratio = median(withHeal) / median(listOnly);
  const overhead: BenchRow = { name: `reporter overhead (500 tests, 10% failing, median of ${runs})`, value: ratio, unit: 'x', target: '<= 1.03', pass: ratio <= 1.03 };
  return [overhead];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchReporter());
}
