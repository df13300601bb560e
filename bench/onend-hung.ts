// "onEnd with hung services": the real HealReporter's onEnd, in process, with 3 failure clusters (two
// unknown, one security) while the LLM, GitHub and the alert webhook accept connections and never
// answer. Before the onEnd deadline this took 457 s for 3 clusters; the target is onEndTimeout + 5 s.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHungHttp, startHungTcp } from '../test/standins/hung.js';
import { fakeRun, timeOnEnd, withEnv, type FakeFailure } from './fake-run.js';
import type { BenchRow } from './types.js';

const FAILURES: FakeFailure[] = [
  { project: 'app', file: 'app.spec.ts', title: 't0', message: 'Error: inventory service returned an inconsistent state' },
  { project: 'app', file: 'app.spec.ts', title: 't1', message: 'Error: billing ledger is out of balance' },
  { project: 'security', file: 'security.spec.ts', title: 't2', message: 'Error: X-Frame-Options header\n\nExpected: "DENY"\nReceived: undefined' },
];

async function once(onEndTimeout: number): Promise<BenchRow> {
  const services = await Promise.all([startHungTcp(), startHungHttp(), startHungHttp(), startHungHttp()]);
  const [ollama, anthropic, github, webhook] = services;
  const root = mkdtempSync(path.join(tmpdir(), 'hw-onend-hung-'));
  const options = { printSummary: false, projects: ['app'] };
  const run = fakeRun(root, FAILURES, { projects: ['app', 'security'], workers: 1, reporterOptions: options });
  try {
    const { ms } = await withEnv(
      {
        HEAL_ON_END_TIMEOUT: String(onEndTimeout),
        OLLAMA_HOST: ollama.url,
        OLLAMA_MODEL: 'llama3.2',
        ANTHROPIC_API_KEY: 'sk-ant-api03-bench',
        ANTHROPIC_BASE_URL: anthropic.url,
        GITHUB_TOKEN: 'ghs_benchToken0123456789abcdefghijkl',
        GITHUB_REPOSITORY: 'acme/crm',
        GITHUB_API_URL: github.url,
        HEAL_ALERT_WEBHOOK: `${webhook.url}/services/T000/B000/bench`,
      },
      () => timeOnEnd(run, options),
    );
    const target = onEndTimeout + 5000;
    return { name: `onEnd with hung services (LLM, GitHub, webhook; 3 clusters; onEndTimeout ${onEndTimeout} ms)`, value: ms, unit: 'ms', target: `< ${target}`, pass: ms < target };
  } finally {
    await Promise.all(services.map((s) => s.close()));
  }
}

export async function benchOnEndHung(): Promise<BenchRow[]> {
  return [await once(3000), await once(10_000)];
}
