import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendHistory, packedHasKey, writeHistoryFile } from '../../src/artifacts/history.js';
import { findImportSources, importHistory, ImportSourceError, loadHistory, readHistory } from '../../src/metrics/index.js';
import { run, T } from './records.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'hw-import-'));

/** A run folder as an older healwright left it: healing-summary.json and test-output.json, no history. */
function legacyRunFolder(root: string, runId: string, startedAt: string): string {
  const dir = path.join(root, runId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'healing-summary.json'),
    JSON.stringify({
      schemaVersion: 1,
      tool: { name: 'healwright', version: '0.1.0' },
      runId,
      startedAt,
      finishedAt: startedAt,
      durationMs: 0,
      playwright: { version: '1.65.1', status: 'failed', workers: 1, retries: 0, shard: null },
      config: { dryRun: false },
      totals: { total: 3, passed: 1, failed: 1, flaky: 0, skipped: 1 },
      health: { score: 50, status: 'FAILING' },
      failures: [{ titlePath: ['p', 'a.spec.ts', 'suite', 'fails'], project: 'p', file: 'e2e/a.spec.ts', outcome: 'unexpected', fingerprint: 'f1', triage: { category: 'unknown' } }],
      clusters: [],
      fixes: { attempted: [] },
      llm: { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
      artifacts: { runDir: `/ci/healing-results/${runId}` },
    }),
  );
  const spec = (title: string, status: string) => ({ title, file: 'e2e/a.spec.ts', tests: [{ projectName: 'p', status }] });
  writeFileSync(
    path.join(dir, 'test-output.json'),
    JSON.stringify({ suites: [{ title: 'e2e/a.spec.ts', file: 'e2e/a.spec.ts', specs: [spec('top', 'expected')], suites: [{ title: 'suite', specs: [spec('fails', 'unexpected'), spec('skipped one', 'skipped')] }] }] }),
  );
  return dir;
}

describe('healwright metrics --import', () => {
  test('merges history files and run folders of several CI artifacts, sorted, without duplicates', () => {
    const local = path.join(tmp(), 'healing-results');
    const r1 = run({ at: '2026-03-01T00:00:00Z' });
    const r2 = run({ at: '2026-03-02T00:00:00Z', failed: [T(1)] });
    const r3 = run({ at: '2026-03-03T00:00:00Z' });
    appendHistory(local, r1);

    const artifacts = tmp();
    appendHistory(path.join(artifacts, 'ci-run-7', 'healing-results'), r3);
    appendHistory(path.join(artifacts, 'ci-run-7', 'healing-results'), r1);
    appendHistory(path.join(artifacts, 'ci-run-8', 'healing-results'), r2);
    appendHistory(path.join(artifacts, 'ci-run-8', 'healing-results'), r3);
    // A run folder that a history file lists is not read twice; one that none lists is.
    legacyRunFolder(path.join(artifacts, 'ci-run-8', 'healing-results'), r2.runId, r2.startedAt);
    legacyRunFolder(path.join(artifacts, 'old-artifact'), 'run-20260302-120000-0000beef', '2026-03-02T12:00:00.000Z');
    mkdirSync(path.join(artifacts, 'node_modules', 'x', 'healing-results'), { recursive: true });
    writeFileSync(path.join(artifacts, 'node_modules', 'x', 'healing-results', 'history.jsonl'), JSON.stringify(run({ at: '2026-03-09T00:00:00Z' })) + '\n');

    const sources = findImportSources(artifacts);
    assert.equal(sources.historyFiles.length, 2);
    assert.equal(sources.runFolders.length, 2);

    const res = importHistory(artifacts, local);
    assert.deepEqual(
      { historyFiles: res.historyFiles, runFolders: res.runFolders, added: res.added, duplicates: res.duplicates, total: res.total, warnings: res.warnings },
      { historyFiles: 2, runFolders: 1, added: 3, duplicates: 2, total: 4, warnings: [] },
    );
    const merged = readHistory(path.join(local, 'history.jsonl')).records;
    assert.deepEqual(merged.map((r) => r.runId), [r1.runId, r2.runId, 'run-20260302-120000-0000beef', r3.runId]);
    const legacy = merged[2];
    assert.deepEqual(legacy?.failing, [{ key: 'p › e2e/a.spec.ts › suite › fails', outcome: 'unexpected', fingerprint: 'f1', category: 'unknown' }]);
    assert.equal(legacy?.tests?.length, 10, 'two tests ran (the skipped one does not count)');
    assert.ok(packedHasKey(legacy?.tests as string, 'p › e2e/a.spec.ts › top'));
    assert.ok(packedHasKey(legacy?.tests as string, 'p › e2e/a.spec.ts › suite › fails'));
    assert.ok(!packedHasKey(legacy?.tests as string, 'p › e2e/a.spec.ts › suite › skipped one'));

    const again = importHistory(artifacts, local);
    assert.deepEqual([again.added, again.total], [0, 4]);
    assert.equal(readFileSync(path.join(local, 'history.jsonl'), 'utf8').trim().split('\n').length, 4);
  });

  test('lines from a newer healwright survive the rewrite; a missing folder is a clear error', () => {
    const local = tmp();
    const file = path.join(local, 'history.jsonl');
    const future = JSON.stringify({ v: 2, runId: 'from-the-future' });
    writeHistoryFile(file, [run({ at: '2026-03-05T00:00:00Z' })], [future]);
    const artifacts = tmp();
    appendHistory(artifacts, run({ at: '2026-03-01T00:00:00Z' }));
    const res = importHistory(artifacts, local);
    assert.equal(res.added, 1);
    assert.equal(res.warnings.length, 1);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], future);
    assert.throws(() => importHistory(path.join(artifacts, 'nope'), local), (e: unknown) => e instanceof ImportSourceError && /does not exist\. Pass the folder where you unpacked the CI artifacts/.test(e.message));
  });

  test('loadHistory adds run folders that history.jsonl does not list (runs from before history existed)', () => {
    const root = tmp();
    const r = run({ at: '2026-03-05T00:00:00Z' });
    appendHistory(root, r);
    legacyRunFolder(root, 'run-20260301-000000-00000001', '2026-03-01T00:00:00.000Z');
    mkdirSync(path.join(root, 'run-20260306-000000-00000002')); // a run still in progress: no summary yet
    const broken = path.join(root, 'run-20260307-000000-00000003');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'healing-summary.json'), JSON.stringify({ schemaVersion: 1, tool: { name: 'healwright' }, runId: 'x', failures: [null] }));
    const cut = path.join(root, 'run-20260308-000000-00000004');
    mkdirSync(cut);
    writeFileSync(path.join(cut, 'healing-summary.json'), '{"schemaVersion": 1, "tot');
    const h = loadHistory(root);
    assert.deepEqual(h.records.map((x) => x.runId), ['run-20260301-000000-00000001', r.runId]);
    assert.equal(h.fromRunFolders, 1);
    assert.equal(h.warnings.length, 2);
    assert.match(h.warnings[0] as string, /^skipped: .*run-20260307-000000-00000003\/healing-summary\.json: a healing-summary\.json healwright cannot read \(/);
    assert.match(h.warnings[1] as string, /^skipped: .*run-20260308-000000-00000004\/healing-summary\.json: not valid JSON/);
  });
});
