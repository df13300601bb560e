// maxFixesPerRun holds across worker processes: Playwright runs each worker in its own process, so
// six real processes race for the same run folder's budget here (Promise.all in one process cannot
// show a lock that only serialises one process, or one key); two runs at once keep separate budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readGuardrailState } from '../../src/class-a/guardrails.js';

const GUARDRAILS = pathToFileURL(fileURLToPath(new URL('../../src/class-a/guardrails.ts', import.meta.url))).href;

/** One worker: waits for the common start time, then asks for `count` fixes with its own keys; prints how many it got. */
const WORKER = `
const { reserveFix } = await import(process.env.GUARDRAILS);
const settings = JSON.parse(process.env.SETTINGS);
const wait = Number(process.env.START_AT) - Date.now();
if (wait > 0) await new Promise((r) => setTimeout(r, wait));
let granted = 0;
for (let i = 0; i < Number(process.env.COUNT); i++) {
  const r = await reserveFix(process.env.RUN_DIR, settings, { key: process.env.WORKER + '-' + i, kind: 'fix' });
  if (r.granted) granted++;
}
process.stdout.write(String(granted));
`;

function worker(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WORKER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

test('six worker processes asking for 30 fixes together get exactly maxFixesPerRun (10)', async () => {
  const runDir = mkdtempSync(path.join(tmpdir(), 'heal-guard-procs-'));
  try {
    const settings = { startedAt: new Date().toISOString(), maxFixAttemptsPerFailure: 3, maxFixesPerRun: 10, cooldownBetweenFixes: 0, maxRunDuration: 3_600_000 };
    // Processes take a while to start on a busy machine: give them all time to be waiting at START_AT.
    const startAt = String(Date.now() + 4_000);
    const grants = await Promise.all(
      Array.from({ length: 6 }, (_, i) => worker({ GUARDRAILS, RUN_DIR: runDir, SETTINGS: JSON.stringify(settings), START_AT: startAt, COUNT: '5', WORKER: `w${i}` })),
    );
    assert.equal(grants.reduce((a, b) => a + b, 0), 10, `grants per process: ${grants.join(', ')}`);
    assert.equal(readGuardrailState(runDir).fixes, 10);
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
});

test('two runs at once, three worker processes each: each run gets its own maxFixesPerRun, neither takes from the other', async () => {
  const runs = [mkdtempSync(path.join(tmpdir(), 'heal-guard-run-a-')), mkdtempSync(path.join(tmpdir(), 'heal-guard-run-b-'))];
  try {
    const settings = { startedAt: new Date().toISOString(), maxFixAttemptsPerFailure: 3, maxFixesPerRun: 4, cooldownBetweenFixes: 0, maxRunDuration: 3_600_000 };
    const startAt = String(Date.now() + 4_000);
    // The same worker keys in both runs: a budget keyed by anything but the run folder would mix them.
    const grants = await Promise.all(
      runs.flatMap((runDir) => Array.from({ length: 3 }, (_, i) => worker({ GUARDRAILS, RUN_DIR: runDir, SETTINGS: JSON.stringify(settings), START_AT: startAt, COUNT: '3', WORKER: `w${i}` }))),
    );
    assert.deepEqual([grants.slice(0, 3).reduce((a, b) => a + b, 0), grants.slice(3).reduce((a, b) => a + b, 0)], [4, 4], `grants per process: ${grants.join(', ')}`);
    assert.deepEqual(runs.map((r) => readGuardrailState(r).fixes), [4, 4]);
  } finally {
    for (const r of runs) rmSync(r, { recursive: true, force: true });
  }
});
