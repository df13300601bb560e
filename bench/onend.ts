// (c) onEnd time for 500 failures in 20 clusters, measured in-process on the real HealReporter with
// recorded-shape test objects (a real run of 500 failing tests spends minutes restarting workers).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { HealReporter } from '../src/reporter/reporter.js';
import { printTable, type BenchRow } from './types.js';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');

function fakeRun(failures: number, clusters: number, root: string) {
  const project = { name: 'modules', retries: 0, outputDir: path.join(root, 'test-results'), repeatEach: 1, metadata: {}, testDir: root, testIgnore: [], testMatch: [], timeout: 30000 };
  const tests: TestCase[] = [];
  const results = new Map<string, TestResult>();
  for (let i = 0; i < failures; i++) {
    // Fingerprints ignore numbers, so clusters differ by words.
    const kind = WORDS[i % clusters];
    const message = `Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByTestId('field-${kind}')\nExpected string: "value ${kind}"\nReceived string: "value ${kind} changed ${i}"\nTimeout: 5000ms`;
    const result = { retry: 0, status: 'failed', duration: 120 + i, startTime: new Date(), workerIndex: 0, parallelIndex: 0, errors: [{ message }], error: { message }, attachments: [], stdout: [], stderr: [], steps: [], annotations: [] } as unknown as TestResult;
    const file = path.join(root, `s${i % 10}.spec.ts`);
    const test = {
      id: `t${i}`,
      title: `t${i}`,
      titlePath: () => ['', 'modules', `s${i % 10}.spec.ts`, `t${i}`],
      location: { file, line: i + 1, column: 1 },
      parent: { type: 'file', project: () => project },
      outcome: () => 'unexpected',
      ok: () => false,
      expectedStatus: 'passed',
      annotations: [],
      tags: [],
      timeout: 30000,
      results: [result],
    } as unknown as TestCase;
    tests.push(test);
    results.set(test.id, result);
  }
  const suite = { allTests: () => tests } as unknown as Suite;
  const config = { rootDir: root, projects: [project], version: '1.65.1', workers: 2, shard: null, reporter: [] } as unknown as FullConfig;
  return { tests, results, suite, config };
}

export async function benchOnEnd(failures = 500, clusters = 20): Promise<BenchRow[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'hw-onend-'));
  const { tests, results, suite, config } = fakeRun(failures, clusters, root);
  const saved = { ...process.env };
  process.env.HEAL_SKIP_LLM = 'true';
  try {
    const reporter = new HealReporter({ configDir: root, printSummary: false });
    reporter.onBegin(config, suite);
    for (const t of tests) reporter.onTestEnd(t, results.get(t.id) as TestResult);
    const t0 = performance.now();
    await reporter.onEnd({ status: 'failed', startTime: new Date(), duration: 1000 } as FullResult);
    const ms = performance.now() - t0;
    return [{ name: `onEnd for ${failures} failures in ${clusters} clusters`, value: ms, unit: 'ms', target: '< 1000', pass: ms < 1000 }];
  } finally {
    process.env = saved;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchOnEnd());
}
