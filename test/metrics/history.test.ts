import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  appendHistory,
  buildHistoryRecord,
  hashTestKey,
  HistoryLockError,
  packedHasKey,
  packTestHashes,
  historyKey as testKey,
  withHistoryLock,
} from '../../src/artifacts/history.js';
import type { HealingSummary } from '../../src/artifacts/summary.js';
import { parseHistory, readHistory } from '../../src/metrics/index.js';
import { REPO_ROOT } from '../helpers/run-inline.js';
import { run, T } from './records.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'hw-history-'));

function summary(): HealingSummary {
  const failure = (title: string, outcome: 'unexpected' | 'flaky', fingerprint: string) => ({
    testId: `id-${title}`,
    title,
    titlePath: ['chromium', 'login.spec.ts', 'auth', title],
    project: 'chromium',
    file: 'e2e/login.spec.ts',
    line: 3,
    outcome,
    attempts: 2,
    status: 'failed',
    message: 'boom',
    triage: { class: 'B' as const, category: 'update-selectors' as const, confidence: 0.9, reasons: [], rule: 'r' },
    fingerprint,
    healable: true,
    artifacts: [],
  });
  return {
    schemaVersion: 1,
    tool: { name: 'healwright', version: '0.1.0' },
    runId: 'run-20260301-100000-0000abcd',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:05:00.000Z',
    durationMs: 300_000,
    playwright: { version: '1.65.1', status: 'failed', workers: 2, retries: 1, shard: { current: 1, total: 2 } },
    config: { dryRun: true, skipLlm: false, projects: ['chromium'], maxFixesPerRun: 3, sideEffectsDisabled: false, issues: [] },
    totals: { total: 5, passed: 2, failed: 1, flaky: 1, skipped: 1 },
    health: { score: 75, status: 'FAILING' },
    byClass: { A: 0, B: 1, C: 0 },
    byCategory: { 'update-selectors': 1 },
    failures: [failure('signs in', 'unexpected', 'fp1'), failure('signs out', 'flaky', 'fp2')],
    clusters: [{ fingerprint: 'fp1', category: 'update-selectors', class: 'B', count: 1, tests: ['x'], example: 'e'.repeat(400) }],
    fixes: {
      attempted: [
        { category: 'restart-backend', class: 'A', testIds: [], status: 'verified', detail: '', at: '' },
        { category: 'restart-backend', class: 'A', testIds: [], status: 'failed', detail: '', at: '' },
        { category: 'clear-session', class: 'A', testIds: [], status: 'skipped', detail: '', at: '' },
      ],
      applied: [],
      verified: [],
    },
    llm: { provider: 'ollama', model: 'llama3.2', calls: 2, inputTokens: 900, outputTokens: 120, costUsd: 0, latencyMs: 10, note: '' },
    analyses: [],
    pullRequests: [],
    issues: [],
    alerts: [],
    warnings: [],
    errors: [],
    artifacts: { runDir: '/x/healing-results/run-20260301-100000-0000abcd', testOutput: '', log: '', summaryMarkdown: '' },
  };
}

describe('history records', () => {
  test('keys are stable titles joined with ›, with / separators; codes are 30-bit FNV-1a in 5 symbols', () => {
    assert.equal(testKey('chromium', 'e2e\\login.spec.ts', ['auth', 'signs in']), 'chromium › e2e/login.spec.ts › auth › signs in');
    assert.equal(testKey('', 'a.spec.ts', ['t']), 'a.spec.ts › t');
    // FNV-1a('a') = 0xe40c292c; folded to 30 bits: 0x240c292f = 36·64⁴ + 3·64³ + 2·64² + 36·64 + 47 (Z 2 1 Z j).
    assert.equal(hashTestKey('a'), 'Z21Zj');
    assert.match(hashTestKey('chromium › e2e/login.spec.ts › auth › signs in'), /^[-0-9A-Z_a-z]{5}$/);
    const keys = Array.from({ length: 300 }, (_, i) => `p › f.spec.ts › test ${i}`);
    const packed = packTestHashes([...keys, ...keys.slice(0, 10)]);
    assert.equal(packed.length, 300 * 5);
    for (const k of keys) assert.ok(packedHasKey(packed, k), k);
    assert.equal(keys.filter((_, i) => packedHasKey(packed, `p › f.spec.ts › other ${i}`)).length, 0);
    assert.equal(packedHasKey('', 'x'), false);
  });

  test('a summary becomes a compact record: failing keys, clusters, fixes by status, LLM usage, ran tests', () => {
    const r = buildHistoryRecord(summary(), [testKey('chromium', 'e2e/login.spec.ts', ['auth', 'signs in']), 'chromium › e2e/a.spec.ts › other']);
    assert.equal(r.v, 1);
    assert.equal(r.runDir, 'run-20260301-100000-0000abcd');
    assert.deepEqual(r.shard, { current: 1, total: 2 });
    assert.equal(r.dryRun, true);
    assert.equal(r.status, 'failed');
    assert.deepEqual(r.failing, [
      { key: 'chromium › e2e/login.spec.ts › auth › signs in', outcome: 'unexpected', fingerprint: 'fp1', category: 'update-selectors' },
      { key: 'chromium › e2e/login.spec.ts › auth › signs out', outcome: 'flaky', fingerprint: 'fp2', category: 'update-selectors' },
    ]);
    assert.equal(r.clusters[0]?.example.length, 160);
    assert.deepEqual(r.fixes, { 'restart-backend': { verified: 1, failed: 1 }, 'clear-session': { skipped: 1 } });
    assert.deepEqual(r.llm, { provider: 'ollama', model: 'llama3.2', calls: 2, inputTokens: 900, outputTokens: 120, costUsd: 0 });
    assert.equal(r.tests?.length, 10);
    assert.ok(packedHasKey(r.tests as string, 'chromium › e2e/login.spec.ts › auth › signs in'));
    assert.ok(JSON.stringify(r).length < 1200, `record is ${JSON.stringify(r).length} bytes`);
    assert.equal(buildHistoryRecord(summary()).tests, undefined);
  });
});

describe('history.jsonl', () => {
  test('appends one line per run and reads them back', () => {
    const dir = tmp();
    const a = run({ at: '2026-03-01T00:00:00Z' });
    const b = run({ at: '2026-03-02T00:00:00Z', failed: [T(1)] });
    const file = appendHistory(dir, a);
    appendHistory(dir, b);
    assert.equal(file, path.join(dir, 'history.jsonl'));
    const text = readFileSync(file, 'utf8');
    assert.equal(text.split('\n').length, 3);
    assert.match(text, /^[\x00-\x7e]*$/, 'pure ASCII: › is written as \\u203a');
    assert.deepEqual(readHistory(file), { records: [a, b], warnings: [], foreign: [] });
    assert.ok(!existsSync(`${file}.lock`), 'the lock is released');
  });

  test('a line cut short by a crash is skipped with a warning, and the next append starts on a new line', () => {
    const dir = tmp();
    const a = run({ at: '2026-03-01T00:00:00Z' });
    const file = appendHistory(dir, a);
    appendFileSync(file, JSON.stringify(run({ at: '2026-03-02T00:00:00Z' })).slice(0, 70));
    const before = readHistory(file);
    assert.deepEqual(before.records, [a]);
    assert.deepEqual(before.warnings, [`${file}:2: skipped: cut short (the run writing it stopped mid-line?)`]);
    const c = run({ at: '2026-03-03T00:00:00Z' });
    appendHistory(dir, c);
    const after = readHistory(file);
    assert.deepEqual(after.records, [a, c]);
    assert.deepEqual(after.warnings, [`${file}:2: skipped: not valid JSON (cut short by a crash?)`]);
  });

  test('records of other versions are skipped with a reason, a pasted summary is read, partial v1 records are filled in', () => {
    const good = run({ at: '2026-03-01T00:00:00Z' });
    const { tests: _omit, ...noTests } = good;
    const text = [
      JSON.stringify(good),
      JSON.stringify({ ...good, v: 2, runId: 'future' }),
      JSON.stringify({ v: 'x' }),
      JSON.stringify({ hello: 'world' }),
      '[1,2]',
      JSON.stringify({ v: 1, startedAt: 'now' }),
      JSON.stringify({ v: 1, runId: 'r', startedAt: '2026-03-01T00:00:00Z' }),
      JSON.stringify(summary()),
      JSON.stringify({ v: 1, runId: 'minimal', startedAt: '2026-03-04T00:00:00Z', totals: { total: 2, passed: 1, failed: 1 } }),
      JSON.stringify(noTests),
    ].join('\n');
    const r = parseHistory(text, 'h.jsonl');
    assert.deepEqual(r.warnings, [
      'h.jsonl:2: skipped: record version 2 was written by a newer healwright (this one reads 1); upgrade healwright to read it',
      'h.jsonl:3: skipped: unknown record version "x"',
      'h.jsonl:4: skipped: not a healwright history record (no "v")',
      'h.jsonl:5: skipped: not a JSON object',
      'h.jsonl:6: skipped: no runId',
      'h.jsonl:7: skipped: run r: no totals',
    ]);
    assert.equal(r.foreign.length, 6);
    assert.deepEqual(r.records.map((x) => x.runId), [good.runId, 'run-20260301-100000-0000abcd', 'minimal', good.runId]);
    const minimal = r.records[2];
    assert.deepEqual(minimal?.totals, { total: 2, passed: 1, failed: 1, flaky: 0, skipped: 0 });
    assert.deepEqual(minimal?.health, { score: 50, status: 'FAILING' });
    assert.deepEqual([minimal?.failing, minimal?.clusters, minimal?.fixes, minimal?.runDir, minimal?.finishedAt], [[], [], {}, 'minimal', '2026-03-04T00:00:00Z']);
    assert.equal(r.records[3]?.tests, undefined);
    const many = parseHistory(Array.from({ length: 25 }, () => 'garbage').join('\n'));
    assert.equal(many.warnings.length, 21);
    assert.equal(many.warnings[20], 'history.jsonl: 5 more line(s) skipped');
    assert.deepEqual(readHistory(path.join(tmp(), 'missing.jsonl')), { records: [], warnings: [], foreign: [] });
  });

  test('parallel appends from several processes never interleave, even for records larger than PIPE_BUF', async () => {
    const dir = tmp();
    const script = `
      import { appendHistory } from ${JSON.stringify(path.join(REPO_ROOT, 'src/artifacts/history.ts'))};
      const w = process.argv[1];
      for (let i = 0; i < 15; i++) {
        appendHistory(${JSON.stringify(dir)}, { v: 1, runId: 'w' + w + '-' + i, runDir: 'x', startedAt: '2026-03-01T00:00:00Z', finishedAt: '2026-03-01T00:00:00Z', durationMs: 0, status: 'passed', shard: null, dryRun: false,
          totals: { total: 1, passed: 1, failed: 0, flaky: 0, skipped: 0 }, health: { score: 100, status: 'HEALTHY' }, tests: 'ab'.repeat(12000), failing: [], clusters: [], fixes: {}, llm: { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 } });
      }`;
    const workers = [0, 1, 2].map(
      (w) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, String(w)], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
          child.on('close', resolve);
        }),
    );
    assert.deepEqual(await Promise.all(workers), [0, 0, 0]);
    const r = readHistory(path.join(dir, 'history.jsonl'));
    assert.deepEqual(r.warnings, []);
    assert.equal(r.records.length, 45);
    assert.equal(new Set(r.records.map((x) => x.runId)).size, 45);
  });

  test('a lock left by a dead process is broken; a live one times out with HistoryLockError', () => {
    const dir = tmp();
    const file = path.join(dir, 'history.jsonl');
    mkdirSync(`${file}.lock`);
    writeFileSync(path.join(`${file}.lock`, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345, since: Date.now() }));
    appendHistory(dir, run({ at: '2026-03-01T00:00:00Z' }));
    assert.equal(readHistory(file).records.length, 1);

    mkdirSync(`${file}.lock`);
    writeFileSync(path.join(`${file}.lock`, 'owner.json'), JSON.stringify({ pid: process.ppid, since: Date.now() }));
    assert.throws(() => withHistoryLock(file, () => 1, { waitMs: 100 }), (err: unknown) => err instanceof HistoryLockError && /another run or import is writing the history/.test(err.message));
    assert.equal(withHistoryLock(file, () => 2, { waitMs: 100, staleMs: 0 }), 2);
  });
});
