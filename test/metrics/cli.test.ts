import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appendHistory } from '../../src/artifacts/history.js';
import { runCli } from '../../src/cli/main.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { run, T } from './records.js';

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, env, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, cwd);
  return { code, stdout, stderr };
}

/** A project folder with healing-results/history.jsonl (3 runs, the middle one failing) and one run folder. */
function project(resultsName = 'healing-results') {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'hw-cli-'));
  const results = path.join(cwd, resultsName);
  const runs = [run({ at: '2026-03-01T00:00:00Z' }), run({ at: '2026-03-01T02:00:00Z', failed: [T(1)] }), run({ at: '2026-03-01T05:00:00Z', minutes: 60 })];
  for (const r of runs) appendHistory(results, r);
  mkdirSync(path.join(results, runs[1]?.runDir as string));
  writeFileSync(path.join(results, runs[1]?.runDir as string, 'summary.md'), '# run\n');
  return { cwd, results, runs };
}

describe('healwright metrics', () => {
  test('prints the table; --json is computeMetrics of the history', async () => {
    const p = project();
    const table = await cli(['metrics'], p.cwd);
    assert.equal(table.code, 0, table.stderr);
    assert.equal(table.stderr, '');
    assert.match(table.stdout, /^healwright metrics: 3 runs, .* last run HEALTHY$/m);
    assert.match(table.stdout, /^MTTR 4h 0m over 1 recovered incident; 0 open$/m);
    const json = await cli(['metrics', '--json', '--dir', 'healing-results'], p.cwd);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), JSON.parse(JSON.stringify(computeMetrics(p.runs))));
    const days = JSON.parse((await cli(['metrics', '--json', '--days', '0.125'], p.cwd)).stdout);
    assert.equal(days.range.runs, 1);
  });

  test('finds the folder through HEAL_OUTPUT_DIR or healing.config.json, like the reporter', async () => {
    const p = project('custom-results');
    const viaEnv = await cli(['metrics', '--json'], p.cwd, { HEAL_OUTPUT_DIR: 'custom-results' });
    assert.equal(JSON.parse(viaEnv.stdout).range.runs, 3);
    writeFileSync(path.join(p.cwd, 'healing.config.json'), JSON.stringify({ outputDir: 'custom-results' }));
    const viaFile = await cli(['metrics', '--json'], p.cwd);
    assert.equal(viaFile.code, 0, viaFile.stderr);
    assert.equal(JSON.parse(viaFile.stdout).range.runs, 3);
  });

  test('no history, bad flags: exit 2 with the next step', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'hw-cli-'));
    const none = await cli(['metrics'], empty);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /healing-results does not exist\. Run your suite with the healwright reporter .*`healwright metrics --import <dir>`/);
    const days = await cli(['metrics', '--days', 'soon'], empty);
    assert.equal(days.code, 2);
    assert.match(days.stderr, /--days needs a positive number of days, got 'soon'\. Example: --days 30/);
    const flag = await cli(['metrics', '--bogus'], empty);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /Unknown option '--bogus'/);
    const imp = await cli(['metrics', '--import', 'nowhere'], empty);
    assert.equal(imp.code, 2);
    assert.match(imp.stderr, /nowhere does not exist/);
  });

  test('--import merges downloaded artifacts, then prints the metrics', async () => {
    const p = project();
    const artifacts = mkdtempSync(path.join(os.tmpdir(), 'hw-artifacts-'));
    appendHistory(path.join(artifacts, 'a', 'healing-results'), p.runs[0] as ReturnType<typeof run>);
    appendHistory(path.join(artifacts, 'b', 'healing-results'), run({ at: '2026-03-02T00:00:00Z', failed: [T(2)] }));
    const r = await cli(['metrics', '--import', artifacts, '--json'], p.cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /imported 1 new run from 2 history file\(s\) and 0 run folder\(s\) in .* \(1 already known\); .*history\.jsonl now has 4 runs/);
    const m = JSON.parse(r.stdout);
    assert.equal(m.range.runs, 4);
    assert.deepEqual(m.mttr.open.map((i: { key: string }) => i.key), [T(2)]);
  });
});

describe('healwright report', () => {
  test('writes healing-results/index.html with relative links to the run summaries', async () => {
    const p = project();
    const r = await cli(['report'], p.cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'healwright report: wrote healing-results/index.html (3 runs; last run HEALTHY 100.0%)\n');
    const html = readFileSync(path.join(p.results, 'index.html'), 'utf8');
    assert.ok(html.includes(`href="${p.runs[1]?.runDir}/summary.md"`));
    assert.equal(html.match(/<a class="mono"/g)?.length, 1, 'only the run whose folder is there is linked');
    assert.match(html, /from history\.jsonl\./);
  });

  test('--out elsewhere keeps links relative to the page; --open takes yes or no', async () => {
    const p = project();
    const r = await cli(['report', '--out', 'site/health/dash.html', '--open', 'no'], p.cwd);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(path.join(p.cwd, 'site', 'health', 'dash.html'), 'utf8');
    assert.ok(html.includes(`href="../../healing-results/${p.runs[1]?.runDir}/summary.md"`));
    assert.ok(!existsSync(path.join(p.results, 'index.html')));
    const bad = await cli(['report', '--open', 'maybe'], p.cwd);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--open takes yes or no, got 'maybe'/);
  });
});
