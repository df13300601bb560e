// The Playwright setup checks of `healwright doctor`: each check on the config shapes that trigger it,
// then the whole set on a real config loaded with tsx, and once through the built CLI.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserNotFoundError } from '../../src/browser/index.js';
import { chromiumCheck, installedPlaywrightVersion, loadedConfigChecks, playwrightChecks, playwrightVersionCheck, testedPlaywrightRange } from '../../src/cli/doctor-playwright.js';
import type { DoctorCheck } from '../../src/cli/doctor-types.js';
import { addReporterEntry } from '../../src/cli/init-config-edit.js';
import { lowestAllowed, satisfiesRange } from '../../src/cli/version-range.js';
import { makeTempDir, REPO_ROOT } from '../helpers/run-inline.js';
import { TEMPLATE_TS } from '../helpers/playwright-template.js';

function byName(checks: DoctorCheck[]): Record<string, DoctorCheck> {
  return Object.fromEntries(checks.map((c) => [c.name, c]));
}

describe('satisfiesRange', () => {
  const cases: [version: string, range: string, expected: boolean | undefined][] = [
    ['1.50.0', '>=1.50.0', true],
    ['1.49.1', '>=1.50.0', false],
    ['1.65.1', '>=1.50.0 <1.66.0', true],
    ['1.66.0', '>=1.50.0 <1.66.0', false],
    ['1.66.0-alpha-2026-01-01', '>=1.50.0 <1.66.0', false],
    ['1.52.3', '^1.50.0', true],
    ['2.0.0', '^1.50.0', false],
    ['1.52.9', '~1.52.1', true],
    ['1.53.0', '~1.52.1', false],
    ['1.52.7', '1.52.x', true],
    ['1.53.0', '1.52', false],
    ['1.52.0', '1.52.0', true],
    ['1.52.1', '1.52.0', false],
    ['1.52.0', '<=1.52', true],
    ['1.53.0', '>1.52', true],
    ['1.52.5', '>1.52', false],
    ['1.40.0', '1.40.x || >=1.50.0', true],
    ['1.45.0', '1.40.x || >=1.50.0', false],
    ['1.45.0', '*', true],
    ['20.18.1', '>= 20', true],
    ['20.18.1', '^20.19.0 || ^22.13.0 || >=24', false],
    ['1.45.0', 'latest', undefined],
    ['next', '>=1.50.0', undefined],
  ];
  for (const [v, r, expected] of cases) {
    test(`${v} in ${JSON.stringify(r)} -> ${expected}`, () => assert.equal(satisfiesRange(v, r), expected));
  }
  test('lowestAllowed', () => {
    assert.equal(lowestAllowed('>=1.50.0 <1.66.0'), '1.50.0');
    assert.equal(lowestAllowed('^1.52.0'), '1.52.0');
    assert.equal(lowestAllowed('<2.0.0'), undefined);
  });
});

describe('doctor: playwright version', () => {
  test('in range, older, newer, missing, unreadable range', () => {
    assert.deepEqual(playwrightVersionCheck('1.52.0', '>=1.50.0 <1.66.0'), { name: 'playwright', status: 'OK', detail: '@playwright/test 1.52.0 (tested range >=1.50.0 <1.66.0).' });
    const old = playwrightVersionCheck('1.48.2', '>=1.50.0 <1.66.0');
    assert.equal(old.status, 'FAIL');
    assert.match(old.detail, /1\.48\.2 is older than healwright supports/);
    assert.equal(old.next, 'npm install --save-dev @playwright/test@^1.50.0');
    const newer = playwrightVersionCheck('1.70.0', '>=1.50.0 <1.66.0');
    assert.equal(newer.status, 'WARN');
    assert.match(newer.detail, /newer than the range healwright is tested with/);
    assert.equal(playwrightVersionCheck(undefined, '>=1.50.0').status, 'FAIL');
    assert.equal(playwrightVersionCheck('1.52.0', undefined).status, 'WARN');
  });

  test("reads healwright's own peer range and the installed @playwright/test", () => {
    const pkg = JSON.parse(spawnSync(process.execPath, ['-p', "JSON.stringify(require('./package.json'))"], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout) as { peerDependencies: Record<string, string>; devDependencies: Record<string, string> };
    assert.equal(testedPlaywrightRange(), pkg.peerDependencies['@playwright/test']);
    const installed = installedPlaywrightVersion(REPO_ROOT);
    assert.match(installed ?? '', /^\d+\.\d+\.\d+/);
    assert.equal(satisfiesRange(installed as string, pkg.devDependencies['@playwright/test'] as string), true);
  });
});

describe('doctor: the loaded config', () => {
  // What Playwright's template evaluates to without CI: reporter 'html', retries 0, no actionTimeout.
  const template = { default: { testDir: './tests', retries: 0, reporter: 'html', use: { trace: 'on-first-retry' }, projects: [{ name: 'chromium' }, { name: 'firefox' }, { name: 'webkit' }] } };

  test("Playwright's template: no reporter (FAIL), every project healed, retries 0 and no actionTimeout (WARN)", () => {
    const c = byName(loadedConfigChecks(template, undefined, 'playwright.config.ts'));
    assert.equal(c.reporter?.status, 'FAIL');
    assert.match(c.reporter?.next ?? '', /npx healwright init/);
    assert.deepEqual(c.projects, { name: 'projects', status: 'OK', detail: 'Heals every project: chromium, firefox, webkit.' });
    assert.equal(c.retries?.status, 'WARN');
    assert.match(c.retries?.detail ?? '', /retries is 0 in chromium, firefox, webkit .*Class A fixes are applied before a retry/);
    assert.equal(c.actionTimeout?.status, 'WARN');
    assert.match(c.actionTimeout?.detail ?? '', /waits until the test timeout/);
    assert.equal(c.actionTimeout?.next, 'Set use: { actionTimeout: 10_000 } in the config.');
  });

  test('all set: reporter (CommonJS double default), retries and actionTimeout, per-project overrides win', () => {
    const cfg = { default: { default: { retries: 0, reporter: [['list'], ['healwright/reporter', {}]], use: { actionTimeout: 0 }, projects: [{ name: 'a', retries: 2, use: { actionTimeout: 5000 } }, { name: 'b', retries: 1, use: { actionTimeout: 8000 } }] } } };
    const c = byName(loadedConfigChecks(cfg, undefined, 'playwright.config.ts'));
    assert.equal(c.reporter?.status, 'OK');
    assert.deepEqual(c.retries, { name: 'retries', status: 'OK', detail: 'retries 2/1 in a, b.' });
    assert.deepEqual(c.actionTimeout, { name: 'actionTimeout', status: 'OK', detail: 'actionTimeout 5000/8000 ms.' });
    // actionTimeout 0 means no limit: warned like a missing one.
    const zero = byName(loadedConfigChecks({ default: { retries: 1, use: { actionTimeout: 0 } } }, undefined, 'c'));
    assert.equal(zero.actionTimeout?.status, 'WARN');
    assert.match(zero.actionTimeout?.detail ?? '', /No actionTimeout in \(unnamed\)/);
    assert.equal(zero.retries?.status, 'OK');
  });

  test('projects option: names none (FAIL, lists what exists), some missing (WARN), only the healed ones are checked for retries', () => {
    const none = byName(loadedConfigChecks(template, ['health', 'contracts'], 'c'));
    assert.equal(none.projects?.status, 'FAIL');
    assert.match(none.projects?.detail ?? '', /names none of this config's projects \(chromium, firefox, webkit\)/);
    assert.equal(none.projects?.next, 'Set projects to some of: chromium, firefox, webkit, or remove the option to heal every project.');
    const some = byName(loadedConfigChecks(template, ['chromium', 'edge'], 'c'));
    assert.equal(some.projects?.status, 'WARN');
    assert.match(some.projects?.detail ?? '', /names edge, which this config does not have/);
    const healedOnly = { default: { projects: [{ name: 'setup' }, { name: 'e2e', retries: 1, use: { actionTimeout: 1000 } }] } };
    const h = byName(loadedConfigChecks(healedOnly, ['e2e'], 'c'));
    assert.deepEqual(h.projects, { name: 'projects', status: 'OK', detail: 'Heals e2e of setup, e2e.' });
    assert.equal(h.retries?.status, 'OK');
    assert.equal(h.actionTimeout?.status, 'OK');
  });
});

describe('doctor: chromium', () => {
  test('found, bundled, missing', () => {
    assert.deepEqual(chromiumCheck(() => '/usr/bin/chromium', {}), { name: 'chromium', status: 'OK', detail: 'Chromium at /usr/bin/chromium.' });
    assert.equal(chromiumCheck(() => undefined, {}).detail, "Playwright's own Chromium is installed.");
    const missing = chromiumCheck(() => {
      throw new BrowserNotFoundError('No Chromium found. Install it.');
    }, {});
    assert.deepEqual(missing, { name: 'chromium', status: 'FAIL', detail: 'No Chromium found.', next: 'npx playwright install chromium (or a system Chromium and CHROMIUM_PATH).' });
  });
});

/** Runs `run` with process.env.CI set to `value` (unset when undefined), then puts it back. */
async function withCI<T>(value: string | undefined, run: () => Promise<T>): Promise<T> {
  const saved = process.env.CI;
  if (value === undefined) delete process.env.CI;
  else process.env.CI = value;
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  }
}

describe('doctor: playwrightChecks on real configs', () => {
  const found = () => '/usr/bin/chromium';

  test("the template before and after `init`, loaded with tsx; HEAL_PROJECTS naming no project fails", async () => {
    const dir = makeTempDir('doctor');
    writeFileSync(path.join(dir, 'playwright.config.ts'), TEMPLATE_TS);
    // The config is evaluated in this process, as Playwright would evaluate it here, so CI
    // (set on CI machines) decides the template's retries: pin it for each load.
    const before = byName(await withCI(undefined, () => playwrightChecks({ cwd: dir, env: {}, chromium: found })));
    assert.deepEqual(Object.keys(before), ['playwright', 'reporter', 'projects', 'retries', 'actionTimeout', 'chromium']);
    assert.equal(before.playwright?.status, 'OK');
    assert.equal(before.reporter?.status, 'FAIL');
    assert.equal(before.projects?.detail, 'Heals every project: chromium, firefox, webkit.');
    assert.equal(before.retries?.status, 'WARN');
    assert.equal(before.actionTimeout?.status, 'WARN');
    const edit = addReporterEntry(TEMPLATE_TS, 'playwright.config.ts');
    writeFileSync(path.join(dir, 'playwright.config.ts'), (edit as { text: string }).text);
    const after = byName(await withCI('1', () => playwrightChecks({ cwd: dir, env: process.env, chromium: found })));
    assert.equal(after.reporter?.status, 'OK');
    assert.deepEqual(after.retries, { name: 'retries', status: 'OK', detail: 'retries 2 in chromium, firefox, webkit.' }, 'CI=1 gives the template 2 retries');
    const wrong = byName(await playwrightChecks({ cwd: dir, env: { HEAL_PROJECTS: 'health' }, chromium: found }));
    assert.equal(wrong.projects?.status, 'FAIL');
  });

  test('only a system Chromium: a WARN naming the Chromium projects that do not point at it, OK once they do', async () => {
    const dir = makeTempDir('doctor');
    writeFileSync(path.join(dir, 'playwright.config.ts'), TEMPLATE_TS);
    const template = byName(await playwrightChecks({ cwd: dir, env: {}, chromium: found }));
    assert.equal(template.chromium?.status, 'WARN');
    assert.match(template.chromium?.detail ?? '', /^Playwright's own Chromium is not installed and project chromium sets no launchOptions\.executablePath, so their tests stop with "Executable doesn't exist"; a system Chromium is at \/usr\/bin\/chromium\.$/);
    assert.equal(template.chromium?.next, "npx playwright install chromium, or add launchOptions: { executablePath: '/usr/bin/chromium' } to use in the config.");
    const own = byName(await playwrightChecks({ cwd: dir, env: {}, chromium: () => undefined }));
    assert.equal(own.chromium?.status, 'OK', "Playwright's own Chromium: nothing to point at");
    const viaEnv = byName(await playwrightChecks({ cwd: dir, env: { CHROMIUM_PATH: '/usr/bin/chromium' }, chromium: found }));
    assert.equal(viaEnv.chromium?.status, 'OK');
    writeFileSync(path.join(dir, 'playwright.config.ts'), "import { defineConfig } from '@playwright/test';\nexport default defineConfig({ use: { launchOptions: { executablePath: '/usr/bin/chromium' } }, projects: [{ name: 'a' }, { name: 'b', use: { launchOptions: { args: ['--x'] } } }, { name: 'c', use: { channel: 'chrome' } }] });\n");
    const mixed = byName(await playwrightChecks({ cwd: dir, env: {}, chromium: found }));
    assert.match(mixed.chromium?.detail ?? '', /installed and project b sets no launchOptions/, 'a project launchOptions replaces the top-level one');
  });

  test('a config that does not load, and no config at all, are warnings that say what to do', async () => {
    const dir = makeTempDir('doctor');
    writeFileSync(path.join(dir, 'playwright.config.mjs'), "import missing from './nope.mjs';\nexport default missing;\n");
    const bad = byName(await playwrightChecks({ cwd: dir, env: {}, chromium: found }));
    assert.equal(bad.config?.status, 'WARN');
    assert.match(bad.config?.detail ?? '', /^Could not load playwright\.config\.mjs: .*nope\.mjs.*; reporter, projects, retries and actionTimeout were not checked\.$/);
    const empty = makeTempDir('doctor');
    const none = await playwrightChecks({ cwd: empty, env: {}, chromium: found });
    assert.deepEqual(none.map((c) => [c.name, c.status]), [['playwright', 'WARN'], ['chromium', 'OK']]);
    assert.match(none[0]?.detail ?? '', /No playwright\.config\.\* in .* or below/);
    const missing = await playwrightChecks({ cwd: empty, config: 'e2e/playwright.config.ts', env: {}, chromium: found });
    assert.match(missing[0]?.detail ?? '', /e2e\/playwright\.config\.ts does not exist/);
  });

  test('the built CLI: doctor --json --config lists the Playwright checks', () => {
    const dir = makeTempDir('doctor');
    writeFileSync(path.join(dir, 'pw.config.ts'), "import { defineConfig } from '@playwright/test';\nexport default defineConfig({ retries: 1, use: { actionTimeout: 5000 }, reporter: [['healwright/reporter', {}]] });\n");
    // No service configured: the service lines are OK or WARN, so the exit code is the Playwright checks'.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'), 'doctor', '--json', '--config', 'pw.config.ts'], { cwd: dir, env, encoding: 'utf8' });
    const checks = byName((JSON.parse(r.stdout) as { checks: DoctorCheck[] }).checks);
    for (const name of ['playwright', 'reporter', 'projects', 'retries', 'actionTimeout']) assert.equal(checks[name]?.status, 'OK', `${name}: ${JSON.stringify(checks[name])}`);
    assert.ok(checks.chromium, 'chromium line');
    assert.equal(r.status, Object.values(checks).some((c) => c.status === 'FAIL') ? 1 : 0, r.stdout);
  });
});
