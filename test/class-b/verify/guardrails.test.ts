// verifyPatches' guardrails and fallbacks, with real isolated copies and a stand-in re-run that judges
// the patched file it finds in the copy (so these tests also prove the edits reached the copy).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { failureKey, testKey, verifyPatches, type RerunOptions, type RerunResult, type TestStatus, type VerifyPatchesOptions } from '../../../src/class-b/verify/index.js';
import type { ClassBCategory, PatchProposal } from '../../../src/class-b/types.js';
import { timerOf } from '../../helpers/timer.js';

const NAMES = ['a', 'b', 'c', 'd'];
const key = (n: string) => testKey('unit', 'tests/data.spec.ts', [n]);

function makeRepo(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-guard-')));
  mkdirSync(path.join(dir, 'tests'));
  writeFileSync(path.join(dir, 'tests', 'data.json'), ['{', ...NAMES.map((n, i) => `  "${n}": "old"${i < NAMES.length - 1 ? ',' : ''}`), '}', ''].join('\n'));
  writeFileSync(path.join(dir, 'tests', 'data.spec.ts'), '// reads data.json\n');
  const past = new Date(Date.now() - 60_000);
  for (const f of ['tests/data.json', 'tests/data.spec.ts']) utimesSync(path.join(dir, f), past, past);
  return dir;
}

function fix(dir: string, name: string, value: string, opts: { category?: ClassBCategory; confidence?: number; fingerprint?: string; testIds?: string[] } = {}): PatchProposal {
  const line = NAMES.indexOf(name) + 2;
  const comma = name === NAMES[NAMES.length - 1] ? '' : ',';
  return {
    category: opts.category ?? 'update-test-data',
    testIds: opts.testIds ?? [key(name)],
    fingerprint: opts.fingerprint ?? `fp-${name}`,
    edits: [{ file: path.join(dir, 'tests', 'data.json'), line, before: `  "${name}": "old"${comma}`, after: `  "${name}": "${value}"${comma}` }],
    reasoning: 'r',
    confidence: opts.confidence ?? 0.9,
    source: 'rules',
  };
}

/** Test `x` passes when data.json in the copy says "good" for it. */
function standIn(calls: { copyDir: string; at: number; end?: number; opts: RerunOptions }[]) {
  return async (copyDir: string, opts: RerunOptions): Promise<RerunResult> => {
    const call: { copyDir: string; at: number; end?: number; opts: RerunOptions } = { copyDir, at: Date.now(), opts };
    calls.push(call);
    const data = JSON.parse(readFileSync(path.join(copyDir, 'tests', 'data.json'), 'utf8')) as Record<string, string>;
    const tests = NAMES.map((n) => ({ key: key(n), status: (data[n] === 'good' ? 'passed' : 'failed') as TestStatus, durationMs: 1 }));
    call.end = Date.now();
    return { tests, command: ['node', 'cli.js', 'test'], exitCode: 1, timedOut: false, durationMs: 1, errors: [], outputTail: '' };
  };
}

function options(dir: string, proposals: PatchProposal[], over: Partial<VerifyPatchesOptions> = {}): VerifyPatchesOptions {
  return {
    repoRoot: dir,
    configDir: dir,
    configFile: 'playwright.config.ts',
    proposals,
    before: new Map(NAMES.map((n) => [key(n), 'failed' as TestStatus])),
    affectedKeys: new Map(proposals.map((p) => [p, p.testIds])),
    projects: ['unit'],
    guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 0, deadline: Date.now() + 60_000 },
    maxPatchLines: 20,
    allowedPaths: [],
    testDirs: ['tests'],
    dryRun: false,
    outputFile: path.join(dir, '..', `${path.basename(dir)}-out`, 'test-rerun-output.json'),
    ...over,
  };
}

describe('verifyPatches guardrails', () => {
  test('a verified group counts every fix; maxFixesPerRun caps the group and skips the rest', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'good', { confidence: 0.5 }), fix(dir, 'b', 'good', { confidence: 0.9 }), fix(dir, 'c', 'good', { confidence: 0.7 })];
    const { results } = await verifyPatches(options(dir, ps, { rerun: standIn(calls), guardrails: { maxFixesPerRun: 2, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 0, deadline: Date.now() + 60_000 } }));
    // Highest confidence first: b and c together, a left out.
    assert.deepEqual(results.map((r) => r.status), ['skipped', 'verified', 'verified']);
    assert.match(results[0]?.reason ?? '', /^maxFixesPerRun \(2\) reached: 2 fix\(es\) already verified in this run$/);
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]?.opts.files, ['tests/data.json', 'tests/data.spec.ts']);
    assert.equal(existsSync(calls[0]?.copyDir ?? ''), false, 'copy disposed');
    assert.match(readFileSync(path.join(dir, 'tests', 'data.json'), 'utf8'), /"b": "old"/, 'the repo is untouched');
  });

  test('maxFixAttemptsPerFailure counts the group attempt and earlier runs', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'good'), fix(dir, 'b', 'bad'), fix(dir, 'c', 'good')];
    const opts = options(dir, ps, {
      rerun: standIn(calls),
      guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 1, cooldownBetweenFixes: 0, deadline: Date.now() + 60_000 },
      priorAttempts: new Map([[failureKey(ps[2] as PatchProposal), 1]]),
    });
    const { results } = await verifyPatches(opts);
    assert.deepEqual(results.map((r) => r.status), ['skipped', 'skipped', 'skipped']);
    assert.match(results[2]?.reason ?? '', /^maxFixAttemptsPerFailure \(1\) reached for failure fp-c$/);
    assert.match(results[0]?.reason ?? '', /^maxFixAttemptsPerFailure \(1\) reached for failure fp-a$/);
    assert.equal(calls.length, 1, 'only the group of a and b ran');
    const out = JSON.parse(readFileSync(opts.outputFile, 'utf8')) as { attempts: Record<string, number> };
    assert.deepEqual(out.attempts, Object.fromEntries(ps.map((p) => [failureKey(p), 1])));
  });

  test('one wrong patch does not sink the good ones: fallback to each proposal alone', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'good'), fix(dir, 'b', 'bad'), fix(dir, 'c', 'good')];
    const { results } = await verifyPatches(options(dir, ps, { rerun: standIn(calls) }));
    assert.deepEqual(results.map((r) => r.status), ['verified', 'failed', 'verified']);
    assert.equal(calls.length, 4);
    assert.match(results[1]?.reason ?? '', /^the affected test "unit › tests\/data\.spec\.ts › b" still fails \(failed\); the patch was rolled back/);
    assert.deepEqual(results[1]?.after.find((t) => t.key === key('b')), { key: key('b'), status: 'failed', durationMs: 1 });
  });

  test('cooldownBetweenFixes spaces the re-runs', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'good', { category: 'update-selectors' }), fix(dir, 'b', 'good', { category: 'fix-api-routes' })];
    const { results } = await verifyPatches(options(dir, ps, { rerun: standIn(calls), guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 300, deadline: Date.now() + 60_000 } }));
    assert.deepEqual(results.map((r) => r.status), ['verified', 'verified']);
    assert.equal(calls.length, 2);
    const gap = (calls[1]?.at ?? 0) - (calls[0]?.end ?? 0);
    assert.ok(gap >= 290, `second re-run started ${gap} ms after the first ended`);
  });

  test('the deadline stops the pipeline cleanly and reports what it skipped', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'good', { category: 'update-selectors' }), fix(dir, 'b', 'good', { category: 'fix-api-routes' }), fix(dir, 'c', 'good', { category: 'fix-api-routes' })];
    const opts = options(dir, ps, { rerun: standIn(calls), guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 5_000, deadline: Date.now() + 2_000 } });
    const cooldown = timerOf(5_000);
    const { results } = await verifyPatches(opts);
    assert.equal(cooldown.fired(), false, 'it does not wait for a cooldown that outlasts the deadline');
    assert.deepEqual(results.map((r) => [r.status, r.reason]), [
      ['verified', results[0]?.reason],
      ['skipped', 'maxRunDuration reached'],
      ['skipped', 'maxRunDuration reached'],
    ]);
    assert.equal(calls.length, 1);
    const out = JSON.parse(readFileSync(opts.outputFile, 'utf8')) as { counts: Record<string, number> };
    assert.deepEqual(out.counts, { verified: 1, failed: 0, refused: 0, skipped: 2, 'dry-run': 0 });
  });

  test('a re-run cut at the deadline is reported as skipped, not failed', async () => {
    const dir = makeRepo();
    const deadline = Date.now() + 1_000;
    const rerun = async (_copyDir: string, o: RerunOptions): Promise<RerunResult> => {
      assert.ok(o.timeoutMs <= 1_000, `the re-run gets at most the time left (${o.timeoutMs})`);
      await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now() + 5)));
      return { tests: [], command: [], exitCode: null, timedOut: true, durationMs: o.timeoutMs, errors: ['stopped'], outputTail: '' };
    };
    const { results } = await verifyPatches(options(dir, [fix(dir, 'a', 'good')], { rerun, guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 0, deadline } }));
    assert.deepEqual(results.map((r) => [r.status, r.reason]), [['skipped', 'maxRunDuration reached']]);
  });

  test('alternatives for one failure: conflicting edits are tried alone, the first verified one wins', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    const ps = [fix(dir, 'a', 'bad', { confidence: 0.9 }), fix(dir, 'a', 'good', { confidence: 0.8 }), fix(dir, 'a', 'good2', { confidence: 0.7 })];
    const { results } = await verifyPatches(options(dir, ps, { rerun: standIn(calls) }));
    assert.deepEqual(results.map((r) => r.status), ['failed', 'verified', 'skipped']);
    assert.equal(results[2]?.reason, 'another verified proposal already fixes failure fp-a');
    assert.equal(calls.length, 2, 'no group run for conflicting edits');
  });

  test('a group run takes one proposal per failure (same cluster, same tests); a verified failure skips its alternatives', async () => {
    const dir = makeRepo();
    const calls: Parameters<typeof standIn>[0] = [];
    // b is an alternative fix for a's test; c fixes another test of a's cluster and is a fix of its own.
    const ps = [
      fix(dir, 'a', 'good', { fingerprint: 'fp-x', confidence: 0.9 }),
      fix(dir, 'b', 'good', { fingerprint: 'fp-x', confidence: 0.8, testIds: [key('a')] }),
      fix(dir, 'c', 'good', { fingerprint: 'fp-x' }),
    ];
    const { results } = await verifyPatches(options(dir, ps, { rerun: standIn(calls) }));
    assert.deepEqual(results.map((r) => r.status), ['verified', 'skipped', 'verified']);
    assert.equal(results[1]?.reason, 'another verified proposal already fixes failure fp-x');
    assert.equal(calls.length, 1);
  });

  test('an error inside one attempt fails that proposal only, and its copy is still disposed', async () => {
    const dir = makeRepo();
    const copies: string[] = [];
    let n = 0;
    const rerun = async (copyDir: string, o: RerunOptions): Promise<RerunResult> => {
      copies.push(copyDir);
      if (n++ === 0) throw new Error('spawn EACCES');
      return standIn([])(copyDir, o);
    };
    const ps = [fix(dir, 'a', 'good', { category: 'update-selectors' }), fix(dir, 'b', 'good', { category: 'fix-api-routes' })];
    const { results } = await verifyPatches(options(dir, ps, { rerun }));
    assert.deepEqual(results.map((r) => r.status), ['failed', 'verified']);
    assert.match(results[0]?.reason ?? '', /^verification could not run: spawn EACCES/);
    for (const c of copies) assert.equal(existsSync(c), false);
  });

  test('proposals without an affected test are refused', async () => {
    const dir = makeRepo();
    const p = fix(dir, 'a', 'good');
    const { results } = await verifyPatches(options(dir, [p], { affectedKeys: () => [], rerun: standIn([]) }));
    assert.deepEqual(results.map((r) => [r.status, r.reason]), [['refused', 'the proposal names no affected test to verify it against']]);
  });
});
