// Real verification: patches applied in isolated copies of a generated Playwright project and proven
// (or disproven) by real `playwright test` re-runs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { failureKey, rerunTests, testKey, verifyPatches, type RerunOptions, type RerunOutput, type VerifyPatchesOptions } from '../../../src/class-b/verify/index.js';
import { BEFORE, makeProject, proposal, treeHash } from './project.js';

const key = (file: string, title: string) => testKey('unit', `tests/${file}`, [title]);

function options(dir: string, over: Partial<VerifyPatchesOptions>): VerifyPatchesOptions {
  const out = mkdtempSync(path.join(tmpdir(), 'hw-verify-out-'));
  return {
    repoRoot: dir,
    configDir: dir,
    configFile: 'playwright.config.ts',
    proposals: [],
    before: BEFORE,
    affectedKeys: (p) => p.testIds,
    projects: ['unit'],
    guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 0, deadline: Date.now() + 180_000 },
    maxPatchLines: 20,
    allowedPaths: [],
    testDirs: [path.join(dir, 'tests')],
    dryRun: false,
    runStartedAt: Date.now() - 1_000,
    outputFile: path.join(out, 'test-rerun-output.json'),
    ...over,
  };
}

describe('verifyPatches with real Playwright re-runs', () => {
  test('a good patch is verified, a wrong one fails and is rolled back, the repo stays byte-identical', async () => {
    const dir = makeProject();
    const good = proposal(dir, 'update-test-data', 'tests/data.spec.ts', 6, '  expect(2 + 2).toBe(4);', key('data.spec.ts', 'sum'));
    // Makes "label" pass but breaks "stable", which passed before: a wrong patch.
    const wrong = proposal(dir, 'update-test-data', 'tests/data.spec.ts', 4, `const LABEL = 'Sign in';`, key('data.spec.ts', 'label'));
    const unsafe = proposal(dir, 'update-test-data', 'tests/data.spec.ts', 8, `test.skip('label', () => {`, key('data.spec.ts', 'label'));
    const outside = proposal(dir, 'update-selectors', 'playwright.config.ts', 4, '  workers: 2,', key('names.spec.ts', 'greets'));
    wrong.confidence = 0.5;
    const probe = path.join(mkdtempSync(path.join(tmpdir(), 'hw-probe-')), 'probe.json');
    const copies: string[] = [];
    const logs: string[] = [];
    const hashBefore = treeHash(dir);
    const opts = options(dir, {
      proposals: [good, wrong, unsafe, outside],
      env: { ...process.env, PROBE_FILE: probe, HW_ENV_MARKER: 'env-marker-7f3a', HEAL_RUN_DIR: path.join(dir, 'healing-results', 'run-x'), HEALWRIGHT_NESTED: undefined },
      // HEAL_RUN_DIR is listed too: the outer run's folder is removed even then.
      verifyEnv: ['PROBE_FILE', 'HW_ENV_MARKER', 'HEAL_RUN_DIR'],
      rerun: (copyDir: string, o: RerunOptions) => {
        copies.push(copyDir);
        return rerunTests(copyDir, o);
      },
      log: (level, msg) => logs.push(`${level} ${msg}`),
    });
    const started = Date.now();
    const { results } = await verifyPatches(opts);
    const elapsed = Date.now() - started;

    assert.deepEqual(
      results.map((r) => r.status),
      ['verified', 'failed', 'refused', 'refused'],
      results.map((r) => r.reason).join('\n'),
    );
    const [g, w, uns, out] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0], (typeof results)[0]];
    assert.match(g.reason, /^re-run in an isolated copy: 1 affected test\(s\) pass, 2 other test\(s\) of the same files did not regress$/);
    const sum = key('data.spec.ts', 'sum');
    const label = key('data.spec.ts', 'label');
    const stable = key('data.spec.ts', 'stable');
    assert.deepEqual(g.after.map((t) => `${t.key}=${t.status}`).sort(), [`${label}=failed`, `${stable}=passed`, `${sum}=passed`], 'only the affected file ran');
    assert.deepEqual(g.before.map((t) => `${t.key}=${t.status}`).sort(), [`${label}=failed`, `${stable}=passed`, `${sum}=failed`]);
    assert.match(g.diff, /^diff --git a\/tests\/data\.spec\.ts b\/tests\/data\.spec\.ts\n[\s\S]*\n- {2}expect\(2 \+ 2\)\.toBe\(5\);\n\+ {2}expect\(2 \+ 2\)\.toBe\(4\);\n/);
    assert.match(w.reason, /^the patch breaks "unit › tests\/data\.spec\.ts › stable", which passed before and now failed: Error: expect\(received\)\.toBe\(expected\).*; the patch was rolled back \(its copy discarded\)$/);
    assert.equal(w.after.find((t) => t.key === label)?.status, 'passed');
    assert.match(w.after.find((t) => t.key === stable)?.error ?? '', /Expected: "Sign in"\nReceived: "Log in"/);
    assert.match(uns.reason, /tests\/data\.spec\.ts:8: rule code: .*adds \.skip/);
    assert.match(out.reason, /playwright\.config\.ts is a configuration file/);
    assert.deepEqual(uns.after, []);

    // One group run (good + wrong together fails), then each alone: 3 re-runs, each in its own copy.
    assert.equal(copies.length, 3);
    assert.equal(new Set(copies).size, 3);
    for (const c of copies) {
      assert.ok(c.startsWith(realpathSync(tmpdir())), `copy ${c} lies under the temp folder`);
      assert.equal(existsSync(c), false, `copy ${c} was disposed`);
    }
    assert.deepEqual(treeHash(dir), hashBefore, 'the repository is byte-identical (content and mtimes)');
    assert.equal(readFileSync(path.join(dir, 'test-results', 'keep.txt'), 'utf8'), 'the original run artifacts\n');

    const seen = JSON.parse(readFileSync(probe, 'utf8')) as { nested: string; runDir: string | null; cwd: string; retries: number; outputDir: string };
    assert.equal(seen.nested, '1');
    assert.equal(seen.runDir, null, 'the outer run folder is not handed to the re-run');
    assert.equal(seen.retries, 0, 'the config says retries: 2; the re-run uses 0');
    assert.ok(seen.cwd.startsWith(realpathSync(tmpdir())));
    assert.equal(seen.outputDir, path.join(seen.cwd, '.healwright-rerun', 'test-results'));

    const artifact = JSON.parse(readFileSync(opts.outputFile, 'utf8')) as RerunOutput;
    assert.deepEqual(artifact.counts, { verified: 1, failed: 1, refused: 2, skipped: 0, 'dry-run': 0 });
    assert.deepEqual(artifact.reruns.map((r) => [r.kind, r.category, r.proposals, r.verified]), [
      ['group', 'update-test-data', [0, 1], false],
      ['single', 'update-test-data', [0], true],
      ['single', 'update-test-data', [1], false],
    ]);
    assert.deepEqual(artifact.reruns[0]?.files, ['tests/data.spec.ts']);
    const cmd = artifact.reruns[0]?.command ?? [];
    for (const flag of ['--retries=0', '--reporter=json', '--pass-with-no-tests', '--output']) assert.ok(cmd.includes(flag), `${flag} in ${cmd.join(' ')}`);
    assert.deepEqual(cmd.slice(cmd.indexOf('--project'), cmd.indexOf('--project') + 2), ['--project', 'unit']);
    assert.ok(!JSON.stringify(artifact).includes('env-marker-7f3a'), 'the environment is not recorded');
    assert.deepEqual(artifact.attempts, { [failureKey(good)]: 2, [failureKey(wrong)]: 2 });
    assert.deepEqual(artifact.proposals[1]?.reruns, [1, 3]);
    assert.deepEqual(artifact.proposals[1]?.after, w.after);
    assert.ok(logs.some((l) => /^info The update-test-data group failed verification/.test(l)), logs.join('\n'));
    console.log(`verifyPatches: 3 real re-runs in ${elapsed} ms (${artifact.reruns.map((r) => r.durationMs).join(', ')} ms each)`);
  });

  test('dry run re-runs nothing; a deadline in the past skips everything', async () => {
    const dir = makeProject();
    const good = proposal(dir, 'update-test-data', 'tests/data.spec.ts', 6, '  expect(2 + 2).toBe(4);', key('data.spec.ts', 'sum'));
    let reruns = 0;
    const rerun = async () => {
      reruns++;
      throw new Error('must not run');
    };
    const dry = options(dir, { proposals: [good], dryRun: true, rerun });
    const d = await verifyPatches(dry);
    assert.equal(d.results[0]?.status, 'dry-run');
    assert.match(d.results[0]?.diff ?? '', /\+ {2}expect\(2 \+ 2\)\.toBe\(4\);/);
    const dryOut = JSON.parse(readFileSync(dry.outputFile, 'utf8')) as RerunOutput;
    assert.equal(dryOut.dryRun, true);
    assert.deepEqual(dryOut.reruns, []);

    const late = options(dir, { proposals: [good], rerun, guardrails: { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 2, cooldownBetweenFixes: 0, deadline: Date.now() - 1 } });
    const l = await verifyPatches(late);
    assert.equal(l.results[0]?.status, 'skipped');
    assert.equal(l.results[0]?.reason, 'maxRunDuration reached');
    assert.equal(reruns, 0);
  });
});
