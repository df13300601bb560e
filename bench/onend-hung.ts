// "onEnd with hung services": the real HealReporter's onEnd, in process, with 3 failure clusters (two
// unknown, one security) while the LLM, GitHub and the alert webhook accept connections and never
// answer. Before the onEnd deadline this took 457 s for 3 clusters; the target is onEndTimeout + 5 s.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { HealReporter } from '../src/reporter/reporter.js';
import { startHungHttp, startHungTcp } from '../test/standins/hung.js';
import type { BenchRow } from './types.js';

const FAILURES = [
  { project: 'app', message: 'Error: inventory service returned an inconsistent state' },
  { project: 'app', message: 'Error: billing ledger is out of balance' },
  { project: 'security', message: 'Error: X-Frame-Options header\n\nExpected: "DENY"\nReceived: undefined' },
];

function fakeRun(root: string) {
  const projects = ['app', 'security'].map((name) => ({ name, retries: 0, outputDir: path.join(root, 'test-results'), repeatEach: 1, metadata: {}, testDir: root, testIgnore: [], testMatch: [], timeout: 30000 }));
  const tests: TestCase[] = [];
  const results = new Map<string, TestResult>();
  FAILURES.forEach((f, i) => {
    const project = projects.find((p) => p.name === f.project);
    const result = { retry: 0, status: 'failed', duration: 100, startTime: new Date(), workerIndex: 0, parallelIndex: 0, errors: [{ message: f.message }], error: { message: f.message }, attachments: [], stdout: [], stderr: [], steps: [], annotations: [] } as unknown as TestResult;
    const test = {
      id: `t${i}`,
      title: `t${i}`,
      titlePath: () => ['', f.project, `${f.project}.spec.ts`, `t${i}`],
      location: { file: path.join(root, `${f.project}.spec.ts`), line: i + 1, column: 1 },
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
  });
  const suite = { allTests: () => tests } as unknown as Suite;
  const config = { rootDir: root, projects, version: '1.65.1', workers: 1, shard: null, reporter: [] } as unknown as FullConfig;
  return { tests, results, suite, config };
}

async function once(onEndTimeout: number): Promise<BenchRow> {
  const services = await Promise.all([startHungTcp(), startHungHttp(), startHungHttp(), startHungHttp()]);
  const [ollama, anthropic, github, webhook] = services;
  const root = mkdtempSync(path.join(tmpdir(), 'hw-onend-hung-'));
  const { tests, results, suite, config } = fakeRun(root);
  const saved = { ...process.env };
  Object.assign(process.env, {
    HEAL_ON_END_TIMEOUT: String(onEndTimeout),
    OLLAMA_HOST: ollama.url,
    OLLAMA_MODEL: 'llama3.2',
    ANTHROPIC_API_KEY: 'sk-ant-api03-bench',
    ANTHROPIC_BASE_URL: anthropic.url,
    GITHUB_TOKEN: 'ghs_benchToken0123456789abcdefghijkl',
    GITHUB_REPOSITORY: 'acme/crm',
    GITHUB_API_URL: github.url,
    HEAL_ALERT_WEBHOOK: `${webhook.url}/services/T000/B000/bench`,
  });
  for (const k of ['HEAL_SKIP_LLM', 'HEAL_DRY_RUN', 'GITHUB_STEP_SUMMARY']) delete process.env[k];
  try {
    const reporter = new HealReporter({ configDir: root, printSummary: false, projects: ['app'] });
    reporter.onBegin(config, suite);
    for (const t of tests) reporter.onTestEnd(t, results.get(t.id) as TestResult);
    const t0 = performance.now();
    await reporter.onEnd({ status: 'failed', startTime: new Date(), duration: 1000 } as FullResult);
    const ms = performance.now() - t0;
    const target = onEndTimeout + 5000;
    return { name: `onEnd with hung services (LLM, GitHub, webhook; 3 clusters; onEndTimeout ${onEndTimeout} ms)`, value: ms, unit: 'ms', target: `< ${target}`, pass: ms < target };
  } finally {
    process.env = saved;
    await Promise.all(services.map((s) => s.close()));
  }
}

export async function benchOnEndHung(): Promise<BenchRow[]> {
  return [await once(3000), await once(10_000)];
}
