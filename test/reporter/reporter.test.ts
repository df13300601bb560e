import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineConfig, makeTempDir, runInlineTest } from '../helpers/run-inline.js';

const MIXED = {
  'playwright.config.ts': inlineConfig(),
  'a.spec.ts': `import { test, expect } from '@playwright/test';
test('adds', () => { expect(1 + 1).toBe(2); });
test('counts customers', () => { expect(12).toBe(13); });
test('concats', () => { expect('a' + 'b').toBe('ab'); });
test.skip('skipped one', () => {});
test('throws oddly', () => { throw new Error('something odd happened'); });
`,
};

describe('reporter in a real Playwright run', () => {
  test('a failing suite leaves a complete run folder, latest.json, and Playwright\'s exit code', async () => {
    const r = await runInlineTest(MIXED);
    assert.equal(r.exitCode, 1, r.output);
    const files = ['test-output.json', 'healing-output.log', 'healing-summary.json', 'summary.md'];
    for (const f of files) assert.ok(existsSync(path.join(r.runDir(), f)), `${f} missing`);
    assert.match(path.basename(r.runDir()), /^run-\d{8}-\d{6}-[0-9a-f]{8}$/);

    const s = r.summary();
    assert.equal(s.schemaVersion, 1);
    assert.deepEqual(s.totals, { total: 5, passed: 2, failed: 2, flaky: 0, skipped: 1 });
    assert.deepEqual(s.health, { score: 50, status: 'FAILING' });
    assert.equal(s.playwright.status, 'failed');
    const byTitle = Object.fromEntries(s.failures.map((f) => [f.title, f]));
    assert.equal(byTitle['counts customers']?.triage.category, 'update-test-data');
    assert.equal(byTitle['counts customers']?.triage.class, 'B');
    assert.equal(byTitle['throws oddly']?.triage.category, 'unknown');
    assert.equal(byTitle['throws oddly']?.outcome, 'unexpected');
    assert.equal(s.clusters.length, 2);
    assert.deepEqual(s.byClass, { A: 0, B: 1, C: 1 });
    // Every project is healed by default: the drift is looked at, and its fix refused (the subject is a literal).
    assert.deepEqual(s.fixes.attempted.map((f) => `${f.class} ${f.category} ${f.status}`), ['B update-test-data skipped']);
    assert.match(s.fixes.attempted[0]?.detail ?? '', /rule literal-value: expect\(\) checks a literal written in the test/);
    assert.deepEqual([s.fixes.applied, s.fixes.verified], [[], []]);
    assert.equal(s.llm.provider, null);

    assert.deepEqual(r.latest(), s, 'latest.json is the summary of the last run');

    const report = JSON.parse(r.file('test-output.json'));
    assert.equal(report.suites.length, 1);
    assert.equal(report.suites[0].file, 'a.spec.ts');
    assert.equal(report.suites[0].specs.length, 5);
    assert.deepEqual(report.stats, { ...report.stats, expected: 2, unexpected: 2, flaky: 0, skipped: 1 });
    const failed = report.suites[0].specs.find((x: { title: string }) => x.title === 'counts customers');
    assert.equal(failed.ok, false);
    assert.equal(failed.tests[0].results[0].status, 'failed');
    assert.doesNotMatch(failed.tests[0].results[0].error.message, /\u001b\[/);

    const log = r.file('healing-output.log');
    assert.match(log, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z INFO {2}healwright /m);
    assert.match(log, /counts customers \(retry 0\): B\/update-test-data/);

    const md = r.file('summary.md');
    assert.match(md, /## healwright: .* 50\.0% FAILING/);
    assert.match(md, /\| a\.spec\.ts › counts customers \| {2}\| update-test-data \| B \| 80% \|/);

    assert.match(r.stdout, /healwright: health 50\.0% FAILING \(2 passed, 2 failed, 0 flaky, 1 skipped\)/);
    assert.match(r.stdout, /run folder: healing-results\/run-/);
  });

  test('exit code is Playwright\'s own: same with and without healwright', async () => {
    const withHeal = await runInlineTest(MIXED);
    const without = await runInlineTest(MIXED, { args: ['--reporter=list'] });
    assert.equal(without.exitCode, 1);
    assert.equal(withHeal.exitCode, without.exitCode);
    assert.equal(without.runDirs().length, 0, '--reporter replaces configured reporters');

    const green = await runInlineTest({ 'playwright.config.ts': inlineConfig(), 'g.spec.ts': `import { test } from '@playwright/test';\ntest('ok', () => {});\n` });
    assert.equal(green.exitCode, 0, green.output);
    assert.deepEqual(green.summary().health, { score: 100, status: 'HEALTHY' });
  });

  test('a broken option does not break the run: one clear error, side effects off, exit code unchanged', async () => {
    const r = await runInlineTest({
      'playwright.config.ts': inlineConfig({ reporterOptions: "{ maxFixesPerRun: 'three' }" }),
      'g.spec.ts': `import { test } from '@playwright/test';\ntest('ok', () => {});\n`,
    });
    assert.equal(r.exitCode, 0, r.output);
    assert.match(r.stderr, /reporter option maxFixesPerRun: .*got "three"\. Example: maxFixesPerRun: 3/);
    const s = r.summary();
    assert.equal(s.config.sideEffectsDisabled, true);
    assert.equal(s.config.dryRun, true);
    assert.equal(s.config.maxFixesPerRun, 3);
    assert.equal(s.config.issues.length, 1);
    assert.match(r.file('summary.md'), /Configuration errors/);
  });

  test('a bad env var is reported the same way and the failing run keeps exit 1', async () => {
    const r = await runInlineTest(MIXED, { env: { HEAL_MAX_FIXES: 'lots' } });
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /HEAL_MAX_FIXES: expected a whole number >= 0; got lots\. Example: HEAL_MAX_FIXES=3/);
    assert.equal(r.summary().config.sideEffectsDisabled, true);
  });

  test('healwright failing internally (unwritable output dir) never changes the exit code', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'blocked'), 'a file where the output folder should be');
    const passing = await runInlineTest({ 'playwright.config.ts': inlineConfig({ reporterOptions: "{ outputDir: 'blocked/sub' }" }), 'g.spec.ts': `import { test } from '@playwright/test';\ntest('ok', () => {});\n` }, { dir });
    assert.equal(passing.exitCode, 0, passing.output);
    assert.match(passing.stderr, /healwright internal error in onBegin: .*(ENOTDIR|EEXIST)/);
    assert.match(passing.stdout, /1 passed/);
  });

  test('retries produce flaky outcomes, reported as such and counted as passed', async () => {
    const r = await runInlineTest({
      'playwright.config.ts': inlineConfig({ retries: 1 }),
      'f.spec.ts': `import { test, expect } from '@playwright/test';
test('flaky total', () => { expect(test.info().retry === 0 ? 41 : 42).toBe(42); });
test('stable', () => {});
`,
    });
    assert.equal(r.exitCode, 0, r.output);
    const s = r.summary();
    assert.deepEqual(s.totals, { total: 2, passed: 1, failed: 0, flaky: 1, skipped: 0 });
    assert.deepEqual(s.health, { score: 100, status: 'HEALTHY' });
    assert.equal(s.failures.length, 1);
    assert.equal(s.failures[0]?.outcome, 'flaky');
    assert.equal(s.failures[0]?.attempts, 2);
    assert.equal(s.clusters.length, 0, 'flaky tests are kept apart from real failures');
    assert.match(r.file('summary.md'), /### Flaky \(failed, then passed on retry\)\n\n.*\n.*\n\| f\.spec\.ts › flaky total \|/);
    assert.match(r.stdout, /1 flaky/);
  });

  test('retries 0 on healed projects warns that Class A fixes need retries', async () => {
    const r = await runInlineTest({
      'playwright.config.ts': inlineConfig({ retries: 0, reporterOptions: "{ projects: ['p'] }", projects: "[{ name: 'p' }]" }),
      'g.spec.ts': `import { test } from '@playwright/test';\ntest('ok', () => {});\n`,
    });
    assert.equal(r.exitCode, 0);
    assert.equal(r.summary().warnings.filter((w) => /need retries >= 1/.test(w)).length, 1);
  });

  test('ANSI-coloured messages triage the same as plain ones', async () => {
    const files = {
      'playwright.config.ts': inlineConfig(),
      'c.spec.ts': `import { test, expect } from '@playwright/test';
test('drift', () => { expect({ name: 'Acme Septic', tanks: 2 }).toEqual({ name: 'Acme Septic Co', tanks: 2 }); });
test('count', () => { expect([1, 2, 3]).toHaveLength(4); });
test('odd', () => { throw new TypeError('cannot read properties of undefined'); });
`,
    };
    const plain = await runInlineTest(files, { env: { FORCE_COLOR: '0' } });
    const colored = await runInlineTest(files, { env: { FORCE_COLOR: '1' } });
    const rawColored = JSON.stringify(colored.summary().failures.map((f) => f.message));
    const pick = (s: ReturnType<typeof plain.summary>) => s.failures.map((f) => [f.title, f.triage.category, f.triage.rule, f.fingerprint]).sort();
    assert.deepEqual(pick(colored.summary()), pick(plain.summary()));
    assert.doesNotMatch(rawColored, /\\u001b\[/, 'artifacts carry no ANSI codes');
    const report = readFileSync(path.join(colored.runDir(), 'test-output.json'), 'utf8');
    assert.doesNotMatch(report, /\\u001b\[/);
  });

  test('GITHUB_STEP_SUMMARY gets summary.md appended', async () => {
    const dir = makeTempDir();
    const stepSummary = path.join(dir, 'step-summary.md');
    writeFileSync(stepSummary, '# earlier step\n');
    const r = await runInlineTest(MIXED, { dir, env: { GITHUB_STEP_SUMMARY: stepSummary } });
    const text = readFileSync(stepSummary, 'utf8');
    assert.ok(text.startsWith('# earlier step\n'));
    assert.ok(text.includes(r.file('summary.md')));
  });

  test('old run folders are pruned after retentionDays; healing.config.ts is read below reporter options', async () => {
    const dir = makeTempDir();
    mkdirSync(path.join(dir, 'healing-results', 'run-20200101-000000-0123abcd'), { recursive: true });
    const r = await runInlineTest(
      {
        'playwright.config.ts': inlineConfig({ reporterOptions: "{ maxFixesPerRun: 1 }" }),
        'healing.config.ts': `export default { maxFixesPerRun: 9, projects: ['alpha'], artifacts: { retentionDays: 3 } };\n`,
        'g.spec.ts': `import { test } from '@playwright/test';\ntest('ok', () => {});\n`,
      },
      { dir },
    );
    assert.equal(r.exitCode, 0, r.output);
    assert.equal(r.runDirs().length, 1);
    const s = r.summary();
    assert.equal(s.config.maxFixesPerRun, 1);
    assert.deepEqual(s.config.projects, ['alpha']);
    assert.ok(s.warnings.some((w) => w.startsWith("the projects option (alpha) names none of this config's projects ((unnamed))")), JSON.stringify(s.warnings));
    assert.match(r.file('healing-output.log'), /pruned 1 run folder\(s\) older than 3 days/);
  });
});
