import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runLlmStage } from '../src/heal/llm.js';
import { startOllamaStandin } from '../test/standins/ollama.js';
import { THREE_CLUSTERS, VALID_ANSWER, makeSummary, tempDir, testConfig } from '../test/llm-int/fixtures.js';
import { printTable, type BenchRow } from './types.js';

/** LLM calls the LLM stage makes for 50 failures in 3 clusters, counted at the Ollama stand-in: must be 3. */
export async function benchLlm(): Promise<BenchRow[]> {
  const ollama = await startOllamaStandin({ models: ['llama3.2:latest'], reply: () => JSON.stringify(VALID_ANSWER) });
  const dir = tempDir();
  try {
    const summary = makeSummary(dir, THREE_CLUSTERS);
    const failures = summary.failures.length;
    const result = await runLlmStage({
      summary,
      config: testConfig(),
      env: { OLLAMA_HOST: ollama.url, OLLAMA_MODEL: 'llama3.2' },
      rootDir: dir,
      log: () => {},
    });
    const calls = ollama.requests.filter((r) => r.path === '/api/chat').length;
    if (result.usage.calls !== calls) throw new Error(`usage says ${result.usage.calls} calls, the stand-in saw ${calls}`);
    return [{ name: `LLM calls per run (${failures} failures, ${summary.clusters.length} clusters)`, value: calls, unit: 'calls', target: '== 3', pass: calls === 3 }];
  } finally {
    await ollama.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchLlm());
}
