// (c) onEnd time for 500 failures in 20 clusters, measured in-process on the real HealReporter with the
// objects Playwright hands a reporter (fake-run.ts; a real run of 500 failing tests spends minutes
// restarting workers). Rules only: the LLM is skipped, there is no GitHub token.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeRun, timeOnEnd, withEnv, type FakeFailure } from './fake-run.js';
import { printTable, type BenchRow } from './types.js';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');

function failures(count: number, clusters: number): FakeFailure[] {
  return Array.from({ length: count }, (_, i) => {
    // Fingerprints ignore numbers, so clusters differ by words.
    const kind = WORDS[i % clusters];
    const message = `Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByTestId('field-${kind}')\nExpected string: "value ${kind}"\nReceived string: "value ${kind} changed ${i}"\nTimeout: 5000ms`;
    return { project: 'modules', file: `s${i % 10}.spec.ts`, title: `t${i}`, message };
  });
}

export async function benchOnEnd(count = 500, clusters = 20): Promise<BenchRow[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'hw-onend-'));
  const options = { printSummary: false };
  const run = fakeRun(root, failures(count, clusters), { projects: ['modules'], workers: 2, reporterOptions: options });
  const { ms, cpuMs, summary } = await withEnv({ HEAL_SKIP_LLM: 'true' }, () => timeOnEnd(run, options));
  if (summary.clusters.length !== clusters) throw new Error(`expected ${clusters} clusters, the summary has ${summary.clusters.length}`);
  return [
    { name: `onEnd for ${count} failures in ${clusters} clusters`, value: ms, unit: 'ms', target: '< 1000', pass: ms < 1000 },
    { name: `onEnd for ${count} failures: CPU time of this process`, value: cpuMs, unit: 'ms', target: 'info', pass: true },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchOnEnd());
}
