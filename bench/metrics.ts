import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { HISTORY_FILE, HISTORY_RECORD_VERSION, packTestHashes, writeHistoryFile, type HistoryRecord } from '../src/artifacts/history.js';
import { healthScore } from '../src/artifacts/health.js';
import { chromiumLaunchOptions } from '../src/browser/index.js';
import { runCli } from '../src/cli/main.js';
import { rng } from '../test/helpers/random.js';
import { printTable, type BenchRow } from './types.js';

const CATEGORIES = ['update-selectors', 'restart-backend', 'fix-api-routes', 'update-test-data', 'performance'];

/** `runs` runs two hours apart of a `tests`-test suite: incidents of 1-5 runs, flaky tests, fixes, LLM use. */
export function generateHistory(runs = 10_000, tests = 200): HistoryRecord[] {
  // Seeded (mulberry32), so every bench run sees the same history.
  const rnd = rng(42);
  const keys = Array.from({ length: tests }, (_, i) => `chromium › e2e/area-${i % 12}.spec.ts › module ${i % 7} › test number ${i}`);
  const packed = packTestHashes(keys);
  const brokenUntil = new Map<number, number>();
  const start = Date.UTC(2024, 0, 1);
  const out: HistoryRecord[] = [];
  for (let r = 0; r < runs; r++) {
    if (rnd() < 0.08) brokenUntil.set(Math.floor(rnd() * tests), r + 1 + Math.floor(rnd() * 5));
    const failing: HistoryRecord['failing'] = [];
    for (const [t, until] of brokenUntil) {
      if (until <= r) brokenUntil.delete(t);
      else failing.push({ key: keys[t] as string, outcome: 'unexpected', fingerprint: `fp${(t % 30).toString(16).padStart(10, '0')}`, category: CATEGORIES[t % CATEGORIES.length] as string });
    }
    if (rnd() < 0.3) failing.push({ key: keys[Math.floor(rnd() * tests)] as string, outcome: 'flaky', fingerprint: 'f1aky0000000', category: 'performance' });
    const failed = failing.filter((f) => f.outcome === 'unexpected');
    const flaky = failing.length - failed.length;
    const totals = { total: tests, passed: tests - failing.length, failed: failed.length, flaky, skipped: 0 };
    const at = start + r * 7_200_000;
    const clusters = new Map<string, HistoryRecord['clusters'][number]>();
    for (const f of failed) {
      const c = clusters.get(f.fingerprint) ?? { fingerprint: f.fingerprint, category: f.category, class: 'B', count: 0, example: `Error: expect(locator).toBeVisible() failed for ${f.category}` };
      c.count++;
      clusters.set(f.fingerprint, c);
    }
    out.push({
      v: HISTORY_RECORD_VERSION,
      runId: `run-${new Date(at).toISOString().replace(/\D/g, '').slice(0, 8)}-${new Date(at).toISOString().replace(/\D/g, '').slice(8, 14)}-${r.toString(16).padStart(8, '0')}`,
      runDir: `run-${r}`,
      startedAt: new Date(at).toISOString(),
      finishedAt: new Date(at + 300_000).toISOString(),
      durationMs: 300_000,
      status: failed.length ? 'failed' : 'passed',
      shard: null,
      dryRun: false,
      totals,
      health: healthScore(totals),
      tests: packed,
      failing,
      clusters: [...clusters.values()],
      fixes: failed.length ? { 'restart-backend': { verified: 1, failed: rnd() < 0.3 ? 1 : 0 } } : {},
      llm: failed.length ? { provider: 'ollama', model: 'codellama:13b', calls: clusters.size, inputTokens: 2500 * clusters.size, outputTokens: 300 * clusters.size, costUsd: 0 } : { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function cli(args: string[]): Promise<void> {
  const code = await runCli(args, {}, { stdout: () => {}, stderr: (s) => process.stderr.write(s) });
  if (code !== 0) throw new Error(`healwright ${args.join(' ')} exited ${code}`);
}

/** (c) `healwright metrics` on 10,000 runs < 1 s; `healwright report` + loading the page in Chromium < 2 s. */
export async function benchMetrics(runs = 10_000, repeat = 3): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hw-bench-metrics-'));
  try {
    const history = generateHistory(runs);
    writeHistoryFile(path.join(dir, HISTORY_FILE), history);
    await cli(['metrics', '--dir', dir]); // loads the command module once, as any CLI start does
    const tableTimes: number[] = [];
    for (let i = 0; i < repeat; i++) tableTimes.push(await timed(() => cli(['metrics', '--dir', dir])));
    const tableMs = median(tableTimes);
    const jsonMs = await timed(() => cli(['metrics', '--json', '--dir', dir]));

    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage();
    const out = path.join(dir, 'index.html');
    const reportTimes: number[] = [];
    let circles = 0;
    try {
      for (let i = 0; i < repeat; i++) {
        reportTimes.push(
          await timed(async () => {
            await cli(['report', '--dir', dir, '--out', out]);
            await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
            circles = await page.locator('#chart-health circle').count();
          }),
        );
      }
    } finally {
      await browser.close();
    }
    if (circles < 10) throw new Error(`the page shows ${circles} health points`);
    const reportMs = median(reportTimes);
    return [
      { name: `healwright metrics: read + compute + table (${runs} runs, median of ${repeat})`, value: tableMs, unit: 'ms', target: '< 1000 ms', pass: tableMs < 1000 },
      { name: `healwright metrics --json (${runs} runs)`, value: jsonMs, unit: 'ms', target: '< 1000 ms', pass: jsonMs < 1000 },
      { name: `healwright report + page load in Chromium (${runs} runs, ${circles} points, median of ${repeat})`, value: reportMs, unit: 'ms', target: '< 2000 ms', pass: reportMs < 2000 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchMetrics());
}
