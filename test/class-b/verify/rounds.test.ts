// Healing rounds in verifyPatches: real isolated copies, a stand-in re-run that fails the test at the
// first line of the copy that still shows an old name (as Playwright would stop there), and a stand-in
// healer that renames the line it is pointed at. Plus the pure rules: progress, stacking, spots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { madeProgress, parseJsonReport, spotOf, stackEdits, testKey, verifyPatches, type FailureSpot, type RerunOptions, type RerunResult, type RoundHealer, type TestStatus, type VerifyPatchesOptions } from '../../../src/class-b/verify/index.js';
import type { PatchProposal } from '../../../src/class-b/types.js';

const KEY = testKey('unit', 'tests/flow.spec.ts', ['flow']);
const OTHER = testKey('unit', 'tests/flow.spec.ts', ['other']);
const SPEC = [
  "import { test } from '@playwright/test';",
  "test('flow', async ({ page }) => {",
  "  await page.getByText('one old').click();",
  "  await page.getByText('two old').click();",
  "  await page.getByText('three old').click();",
  '});',
  "test('other', async ({ page }) => {",
  "  await page.getByText('fine').click();",
  '});',
  '',
];

function makeRepo(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-rounds-')));
  mkdirSync(path.join(dir, 'tests'));
  writeFileSync(path.join(dir, 'tests', 'flow.spec.ts'), SPEC.join('\n'));
  const past = new Date(Date.now() - 60_000);
  utimesSync(path.join(dir, 'tests', 'flow.spec.ts'), past, past);
  return dir;
}

const renamed = (line: string) => line.replace(' old', ' new');

function firstFix(dir: string): PatchProposal {
  const before = SPEC[2] as string;
  return { category: 'update-selectors', testIds: ['t1'], fingerprint: 'fp', edits: [{ file: path.join(dir, 'tests', 'flow.spec.ts'), line: 3, before, after: renamed(before) }], reasoning: 'renamed', confidence: 0.9, source: 'rules' };
}

/** Fails `flow` at the first line of the copy that still says "old"; `stuckAt` keeps it failing at that line whatever it says. */
function standIn(calls: RerunOptions[], stuckAt?: number) {
  return async (copyDir: string, opts: RerunOptions): Promise<RerunResult> => {
    calls.push(opts);
    const file = path.join(copyDir, 'tests', 'flow.spec.ts');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = stuckAt ?? lines.findIndex((l) => l.includes(' old')) + 1;
    const status: TestStatus = at > 0 ? 'failed' : 'passed';
    const failures = new Map(
      at > 0
        ? [[KEY, { message: `Error: locator.click: Timeout 1000ms exceeded.\nline ${at}`, stack: `Error: locator.click\n    at ${file}:${at}:40`, testFile: file, testLine: 2, attachments: [] }]]
        : [],
    );
    return { tests: [{ key: KEY, status, durationMs: 1 }, { key: OTHER, status: 'passed', durationMs: 1 }], command: ['node'], exitCode: at > 0 ? 1 : 0, timedOut: false, durationMs: 1, errors: [], outputTail: '', failures };
  };
}

/** Renames the line the failure points at (in the copy), or refuses with `refuse`. */
function healer(seen: string[], refuse?: string): RoundHealer {
  return (req) => {
    seen.push(`${path.basename(req.failure.testFile)}:${req.key === KEY}`);
    if (refuse) return { refused: refuse };
    const line = Number(/:(\d+):\d+$/m.exec(req.failure.stack ?? '')?.[1]);
    const before = readFileSync(req.failure.testFile, 'utf8').split('\n')[line - 1] as string;
    return { proposal: { ...req.proposal, category: 'update-selectors', edits: [{ file: req.failure.testFile, line, before, after: renamed(before) }], reasoning: `line ${line} renamed` } };
  };
}

function options(dir: string, proposal: PatchProposal, over: Partial<VerifyPatchesOptions>): VerifyPatchesOptions {
  return {
    repoRoot: dir,
    configDir: dir,
    configFile: 'playwright.config.ts',
    proposals: [proposal],
    before: new Map([[KEY, 'failed' as TestStatus], [OTHER, 'passed' as TestStatus]]),
    affectedKeys: new Map([[proposal, [KEY]]]),
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

const origin = (): Map<string, FailureSpot> => new Map([[KEY, { frames: [{ file: 'tests/flow.spec.ts', line: 3 }], error: 'Error: locator.click: Timeout 1000ms exceeded.' }]]);

describe('healing rounds', () => {
  test('three stacked renames: each round gets the test further, one verified patch holds all three edits', async () => {
    const dir = makeRepo();
    const calls: RerunOptions[] = [];
    const seen: string[] = [];
    const progress: string[] = [];
    const { results } = await verifyPatches(options(dir, firstFix(dir), { rerun: standIn(calls), rounds: { max: 3, heal: healer(seen), origins: origin() }, progress: (l) => progress.push(l) }));
    const r = results[0];
    assert.equal(r?.status, 'verified', r?.reason);
    assert.match(r?.reason ?? '', /\(3 rounds\)$/);
    assert.equal(calls.length, 3);
    assert.deepEqual(seen, ['flow.spec.ts:true', 'flow.spec.ts:true']);
    assert.deepEqual(r?.proposal.edits.map((e) => [path.relative(dir, e.file), e.line, e.after.trim()]), [
      ['tests/flow.spec.ts', 3, "await page.getByText('one new').click();"],
      ['tests/flow.spec.ts', 4, "await page.getByText('two new').click();"],
      ['tests/flow.spec.ts', 5, "await page.getByText('three new').click();"],
    ]);
    assert.equal(r?.diff.split('\n').filter((l) => /^\+ /.test(l)).length, 3, r?.diff);
    assert.deepEqual(r?.rounds?.map((n) => `${n.round} ${n.edits.join(',')} ${n.outcome.split(';')[0]}`), [
      '1 tests/flow.spec.ts:3 got the test past the failure it healed',
      '2 tests/flow.spec.ts:4 got the test past the failure it healed',
      '3 tests/flow.spec.ts:5 verified',
    ]);
    assert.match(r?.rounds?.[0]?.outcome ?? '', /it now fails at tests\/flow\.spec\.ts:4 \(Error: locator\.click: Timeout 1000ms exceeded\.\)$/);
    assert.deepEqual(progress.map((l) => l.replace(/ in \d+\.\d s/, '')), [
      'not verified: 1 update-selectors patch (single, 1 file re-run): the affected test "unit › tests/flow.spec.ts › flow" still fails (failed)',
      'not verified: 1 update-selectors patch (round 2, 1 file re-run): the affected test "unit › tests/flow.spec.ts › flow" still fails (failed)',
      'verified 1 update-selectors patch (round 3, 1 file re-run)',
    ]);
    // The user's file is untouched; the rounds are in test-rerun-output.json.
    assert.equal(readFileSync(path.join(dir, 'tests', 'flow.spec.ts'), 'utf8'), SPEC.join('\n'));
    const out = JSON.parse(readFileSync(path.join(dir, '..', `${path.basename(dir)}-out`, 'test-rerun-output.json'), 'utf8')) as { reruns: { kind: string }[]; proposals: { rounds?: unknown[] }[] };
    assert.deepEqual(out.reruns.map((x) => x.kind), ['single', 'round', 'round']);
    assert.equal(out.proposals[0]?.rounds?.length, 3);
  });

  test('maxHealRounds bounds the rounds: the last progress is kept in a failed result that says so', async () => {
    const dir = makeRepo();
    const calls: RerunOptions[] = [];
    const { results } = await verifyPatches(options(dir, firstFix(dir), { rerun: standIn(calls), rounds: { max: 2, heal: healer([]), origins: origin() } }));
    const r = results[0];
    assert.equal(r?.status, 'failed');
    assert.equal(calls.length, 2);
    assert.match(r?.reason ?? '', /^round 2 made progress \(it now fails at tests\/flow\.spec\.ts:5 .*\); round 3 not healed: maxHealRounds \(2\) reached; the affected test/);
    assert.equal(r?.proposal.edits.length, 2);
    assert.deepEqual(r?.rounds?.map((n) => n.round), [1, 2, 3]);
    assert.equal(r?.rounds?.[2]?.outcome, 'not healed: maxHealRounds (2) reached');
  });

  test('a round cut off by the deadline: the stacked patch so far is kept as a failed result (a draft), not skipped', async () => {
    const dir = makeRepo();
    const calls: RerunOptions[] = [];
    // The first re-run starts at once; the cooldown after it would end past the deadline.
    const guardrails = { maxFixesPerRun: 3, maxFixAttemptsPerFailure: 5, cooldownBetweenFixes: 70_000, deadline: Date.now() + 60_000 };
    const { results } = await verifyPatches(options(dir, firstFix(dir), { guardrails, rerun: standIn(calls), rounds: { max: 3, heal: healer([]), origins: origin() } }));
    const r = results[0];
    assert.equal(calls.length, 1);
    assert.equal(r?.status, 'failed');
    assert.equal(r?.reason, 'round 2 was cut off before its re-run (maxRunDuration reached); the rounds before it made progress; the patch was rolled back (its copy discarded)');
    assert.deepEqual(r?.proposal.edits.map((x) => x.line), [3, 4], 'both rounds\' edits are in the draft');
    assert.deepEqual(r?.rounds?.map((n) => `${n.round} ${n.outcome.split(';')[0]}`), ['1 got the test past the failure it healed', '2 not re-run: maxRunDuration reached']);
  });

  test('a second round the healer cannot fix: the first round is kept, the reason names what refused', async () => {
    const dir = makeRepo();
    const calls: RerunOptions[] = [];
    const { results } = await verifyPatches(options(dir, firstFix(dir), { rerun: standIn(calls), rounds: { max: 3, heal: healer([], 'update-test-data: the expected value is a regular expression'), origins: origin() } }));
    const r = results[0];
    assert.equal(r?.status, 'failed');
    assert.equal(calls.length, 1);
    assert.match(r?.reason ?? '', /^round 1 made progress \(it now fails at tests\/flow\.spec\.ts:4 .*\); round 2 not healed: update-test-data: the expected value is a regular expression; /);
    assert.deepEqual(r?.proposal.edits.map((e) => e.line), [3]);
    assert.deepEqual(r?.rounds?.map((n) => `${n.round} ${n.category ?? '-'} ${n.outcome.split(':')[0]}`), ['1 update-selectors got the test past the failure it healed; it now fails at tests/flow.spec.ts', '2 - not healed']);
  });

  test('no progress, no rounds: a test that stops where it stopped, or rounds turned off', async () => {
    for (const [stuckAt, max] of [[3, 3], [undefined, 1]] as const) {
      const dir = makeRepo();
      const calls: RerunOptions[] = [];
      const seen: string[] = [];
      const { results } = await verifyPatches(options(dir, firstFix(dir), { rerun: standIn(calls, stuckAt), rounds: { max, heal: healer(seen), origins: origin() } }));
      assert.equal(results[0]?.status, 'failed');
      assert.equal(results[0]?.rounds, undefined);
      assert.equal(calls.length, 1);
      assert.deepEqual(seen, []);
    }
  });
});

describe('round rules', () => {
  const spot = (frames: [string, number][], error = 'Error: a'): FailureSpot => ({ frames: frames.map(([file, line]) => ({ file, line })), error });
  const cases: { name: string; from: FailureSpot | undefined; now: FailureSpot; edited?: [string, number][]; progress: boolean }[] = [
    { name: 'later line of the test', from: spot([['t.ts', 10]]), now: spot([['t.ts', 12]]), progress: true },
    { name: 'earlier line', from: spot([['t.ts', 10]]), now: spot([['t.ts', 8]]), progress: false },
    { name: 'same line, same error', from: spot([['t.ts', 10]]), now: spot([['t.ts', 10]]), edited: [['t.ts', 10]], progress: false },
    { name: 'same line, another error, line healed', from: spot([['t.ts', 10]]), now: spot([['t.ts', 10]], 'Error: b'), edited: [['t.ts', 10]], progress: true },
    { name: 'same line, another error, line not healed', from: spot([['t.ts', 10]]), now: spot([['t.ts', 10]], 'Error: b'), edited: [['t.ts', 4]], progress: false },
    { name: 'same test line, later page object line', from: spot([['po.ts', 5], ['t.ts', 10]]), now: spot([['po.ts', 7], ['t.ts', 10]]), progress: true },
    { name: 'later test line through a page object', from: spot([['po.ts', 5], ['t.ts', 10]]), now: spot([['po.ts', 3], ['t.ts', 11]]), progress: true },
    { name: 'another file', from: spot([['t.ts', 10]]), now: spot([['u.ts', 12]]), progress: false },
    { name: 'no origin', from: undefined, now: spot([['t.ts', 12]]), progress: false },
    { name: 'no frames now', from: spot([['t.ts', 10]]), now: spot([]), progress: false },
  ];
  for (const c of cases) {
    test(`progress: ${c.name}`, () => {
      assert.equal(madeProgress(c.from, c.now, (c.edited ?? []).map(([file, line]) => ({ file, line }))), c.progress);
    });
  }

  test('stacking: a line both rounds change keeps the original before; a mismatch is a conflict', () => {
    const a = { file: '/r/t.ts', line: 3, before: 'x(1)', after: 'x(2)' };
    assert.deepEqual(stackEdits([a], [{ file: '/r/t.ts', line: 3, before: 'x(2)', after: 'x(3)' }, { file: '/r/t.ts', line: 4, before: 'y', after: 'z' }]), [
      { file: '/r/t.ts', line: 3, before: 'x(1)', after: 'x(3)' },
      { file: '/r/t.ts', line: 4, before: 'y', after: 'z' },
    ]);
    assert.deepEqual(stackEdits([a], [{ file: '/r/t.ts', line: 3, before: 'x(1)', after: 'x(3)' }]), { conflict: 'line 3 of t.ts is not what the previous round left there' });
  });

  test('spots: user frames relative to the copy, else the location; the first line of the error', () => {
    assert.deepEqual(spotOf({ message: '\nError: boom\n  more', stack: 'Error: boom\n    at helper (/c/pages/po.ts:5:3)\n    at /c/node_modules/x.js:1:1\n    at /c/tests/t.spec.ts:9:7' }, ['/c']), {
      frames: [{ file: 'pages/po.ts', line: 5 }, { file: 'tests/t.spec.ts', line: 9 }],
      error: 'Error: boom',
    });
    assert.deepEqual(spotOf({ message: 'Error: x', location: { file: '/c/tests/t.spec.ts', line: 4 } }, ['/c']), { frames: [{ file: 'tests/t.spec.ts', line: 4 }], error: 'Error: x' });
  });

  test("the re-run's JSON report: a failed test's raw error, location, test line and attachments (bodies decoded) for the next round", () => {
    const report = {
      config: { rootDir: '/copy' },
      suites: [{ title: 'a.spec.ts', file: 'a.spec.ts', specs: [{ title: 't', file: 'a.spec.ts', line: 7, tests: [{ projectName: 'p', results: [{
        status: 'failed',
        error: { message: '\u001b[31mError: expect(locator).toHaveText(expected) failed\u001b[39m', stack: 'Error: x\n    at /copy/a.spec.ts:9:5', location: { file: '/copy/a.spec.ts', line: 9, column: 5 }, snippet: '> 9 | x' },
        errors: [{ message: 'formatted for people, with the code frame' }],
        attachments: [{ name: 'error-context', contentType: 'text/markdown', path: '/copy/r/error-context.md' }, { name: 'heal-dom', contentType: 'application/json', body: Buffer.from('{"v":1}').toString('base64') }],
      }] }, { projectName: 'q', results: [{ status: 'passed' }] }] }] }],
    };
    const { failures } = parseJsonReport(report, ['/copy']);
    assert.deepEqual([...failures.keys()], ['p › a.spec.ts › t']);
    const f = failures.get('p › a.spec.ts › t');
    assert.equal(f?.message, 'Error: expect(locator).toHaveText(expected) failed');
    assert.deepEqual([f?.location, f?.testFile, f?.testLine, f?.snippet], [{ file: '/copy/a.spec.ts', line: 9, column: 5 }, '/copy/a.spec.ts', 7, '> 9 | x']);
    assert.deepEqual(f?.attachments.map((a) => [a.name, a.path, a.body?.toString('utf8')]), [['error-context', '/copy/r/error-context.md', undefined], ['heal-dom', undefined, '{"v":1}']]);
  });
});
