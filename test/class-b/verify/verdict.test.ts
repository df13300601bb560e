import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeOf, fileOfKey, judgeRerun, parseJsonReport, projectOfKey, rerunTests, testKey, type TestRun, type TestStatus } from '../../../src/class-b/verify/index.js';
import { timerOf } from '../../helpers/timer.js';

describe('testKey', () => {
  test('joins project, posix file and titles', () => {
    const k = testKey('chromium', path.join('e2e', 'login.spec.ts'), ['auth', 'logs in']);
    assert.equal(k, 'chromium › e2e/login.spec.ts › auth › logs in');
    assert.equal(fileOfKey(k), 'e2e/login.spec.ts');
    assert.equal(projectOfKey(k), 'chromium');
  });
});

describe('parseJsonReport', () => {
  // The shape Playwright 1.65's JSON reporter writes (trimmed): file suites, nested describes, one result per test.
  const report = {
    config: { rootDir: '/repo/e2e' },
    suites: [
      {
        title: 'login.spec.ts',
        file: 'login.spec.ts',
        specs: [{ title: 'top', file: 'login.spec.ts', tests: [{ projectName: 'chromium', results: [{ status: 'passed', duration: 12, errors: [] }] }] }],
        suites: [
          {
            title: 'auth',
            file: 'login.spec.ts',
            specs: [
              {
                title: 'logs in',
                file: 'login.spec.ts',
                tests: [
                  { projectName: 'chromium', results: [{ status: 'failed', duration: 40, error: { message: '\u001b[31mError: token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 expired\u001b[39m' + 'x'.repeat(900) } }] },
                  { projectName: 'firefox', results: [{ status: 'timedOut', duration: 30000 }] },
                ],
              },
            ],
            suites: [{ title: 'deeper', file: 'login.spec.ts', specs: [{ title: 'skips', file: 'login.spec.ts', tests: [{ projectName: 'chromium', results: [] }] }] }],
          },
        ],
      },
    ],
    errors: [{ message: 'SyntaxError: Unexpected token (3:4)' }],
  };
  const { tests, errors } = parseJsonReport(report, ['/repo']);

  test('keys every test by project, repo-relative file and describe path', () => {
    assert.deepEqual(
      tests.map((t) => [t.key, t.status, t.durationMs]),
      [
        ['chromium › e2e/login.spec.ts › top', 'passed', 12],
        ['chromium › e2e/login.spec.ts › auth › logs in', 'failed', 40],
        ['firefox › e2e/login.spec.ts › auth › logs in', 'timedOut', 30000],
        ['chromium › e2e/login.spec.ts › auth › deeper › skips', 'skipped', 0],
      ],
    );
  });
  test('errors are ANSI stripped, redacted and cut to 500 characters', () => {
    const e = tests[1]?.error ?? '';
    assert.equal(e.length, 500);
    assert.ok(e.startsWith('Error: token='), e.slice(0, 60));
    assert.ok(!e.includes('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'the token is redacted');
    assert.ok(!e.includes('\u001b'));
    assert.deepEqual(errors, ['SyntaxError: Unexpected token (3:4)']);
  });
});

describe('judgeRerun', () => {
  const k = (t: string) => testKey('p', 'f.spec.ts', [t]);
  const run = (t: string, status: TestStatus, error?: string): TestRun => ({ key: k(t), status, durationMs: 1, ...(error ? { error } : {}) });
  const before = new Map<string, TestStatus>([
    [k('fixed'), 'failed'],
    [k('other'), 'passed'],
    [k('broken'), 'failed'],
    [k('skip'), 'skipped'],
  ]);
  const cases: [string, TestRun[], string[], boolean, RegExp][] = [
    ['affected passes, others keep their status', [run('fixed', 'passed'), run('other', 'passed'), run('broken', 'failed'), run('skip', 'skipped')], [], true, /1 affected test\(s\) pass, 3 other/],
    ['affected still fails', [run('fixed', 'failed', 'Error: nope\nmore'), run('other', 'passed')], [], false, /^the affected test "p › f\.spec\.ts › fixed" still fails \(failed\): Error: nope$/],
    ['affected times out', [run('fixed', 'timedOut')], [], false, /still fails \(timedOut\)/],
    ['affected skipped', [run('fixed', 'skipped')], [], false, /still is skipped/],
    ['affected missing', [run('other', 'passed')], ['SyntaxError: x'], false, /^the affected test "p › f\.spec\.ts › fixed" did not run in the re-run \(SyntaxError: x\)$/],
    ['a test that passed before now fails', [run('fixed', 'passed'), run('other', 'failed', 'Error: boom')], [], false, /^the patch breaks "p › f\.spec\.ts › other", which passed before and now failed: Error: boom$/],
    ['a skipped test now fails', [run('fixed', 'passed'), run('skip', 'failed')], [], false, /breaks "p › f\.spec\.ts › skip", which skipped before/],
    ['an unknown test fails', [run('fixed', 'passed'), run('new', 'failed')], [], false, /"p › f\.spec\.ts › new" fails in the re-run and did not run before/],
    ['an interrupted test that passed before', [run('fixed', 'passed'), run('other', 'interrupted')], [], false, /breaks .*other.*now interrupted/],
    ['no results at all', [], ['playwright wrote no JSON report'], false, /^the re-run produced no test results: playwright wrote no JSON report$/],
  ];
  for (const [name, after, errs, verified, reason] of cases) {
    test(name, () => {
      const v = judgeRerun([k('fixed')], before, after, errs);
      assert.equal(v.verified, verified);
      assert.match(v.reason, reason);
    });
  }
  test('beforeOf keeps the tests of the re-run files and healable projects', () => {
    const b = new Map<string, TestStatus>([
      ['p › a.spec.ts › x', 'passed'],
      ['q › a.spec.ts › x', 'failed'],
      ['p › b.spec.ts › y', 'failed'],
    ]);
    assert.deepEqual(beforeOf(b, new Set(['a.spec.ts']), ['p']), [{ key: 'p › a.spec.ts › x', status: 'passed' }]);
    assert.deepEqual(beforeOf(b, new Set(['a.spec.ts']), []).length, 2);
  });
});

describe('rerunTests', () => {
  test('a run past timeoutMs is killed with its process group and reported as timed out', async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-rerun-timeout-')));
    // A stand-in "cli.js" that never ends and has a child of its own.
    const cli = path.join(dir, 'cli.js');
    const pidFile = path.join(dir, 'grandchild.pid');
    writeFileSync(
      cli,
      `const { spawn } = require('node:child_process'); const fs = require('node:fs');
const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
fs.writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));
console.log('args ' + JSON.stringify(process.argv.slice(2)) + ' nested=' + process.env.HEALWRIGHT_NESTED);
setInterval(() => {}, 1000);`,
    );
    const forever = timerOf(7_000);
    const res = await rerunTests(dir, { configFile: 'playwright.config.ts', files: ['e2e/a.spec.ts'], projects: ['p1'], timeoutMs: 1_500, playwrightCli: cli, testTimeoutMs: 7_000 });
    assert.equal(forever.fired(), false, 'killed at its 1.5 s timeout, not at the test timeout');
    assert.equal(res.timedOut, true);
    assert.deepEqual(res.tests, []);
    assert.deepEqual(res.errors, ['the re-run was stopped after 1500 ms']);
    const args = JSON.parse(/args (\[.*\]) nested=1/.exec(res.outputTail)?.[1] ?? 'null') as string[];
    assert.deepEqual(args, [
      'test',
      `^(?:${path.join(dir, 'e2e/a.spec.ts').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`,
      '--config',
      path.join(dir, 'playwright.config.ts'),
      '--retries=0',
      '--reporter=json',
      '--output',
      path.join(dir, '.healwright-rerun', 'test-results'),
      '--pass-with-no-tests',
      '--timeout=7000',
      '--project',
      'p1',
    ]);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    // Gone, or a zombie nobody reaped yet (containers often have no init that reaps): either way, not running.
    const state = processState(grandchild);
    assert.notEqual(state, 'running', `the grandchild died with the group (state ${state})`);
  });
});

/**
 * Whether `pid` still runs: signal 0 says whether it exists at all (everywhere); /proc, where there is
 * one, tells a zombie (dead, not yet reaped) from a live process. Without /proc an existing pid counts
 * as running, so the check can never pass by not looking.
 */
function processState(pid: number): 'gone' | 'zombie' | 'running' {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'running';
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return 'running';
  return (readFileSync(stat, 'utf8').split(') ')[1] ?? '').charAt(0) === 'Z' ? 'zombie' : 'running';
}
