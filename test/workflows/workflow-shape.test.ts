import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allSteps, mapAt, parseWorkflow, stepsUsing, workflowFiles, type Node, type StepInfo } from './load.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lowestAllowed } from '../../src/cli/version-range.js';
import { REPO_ROOT } from '../helpers/run-inline.js';

const THREE_WRITES = { contents: 'write', 'pull-requests': 'write', issues: 'write' };
const ALLOWED_SCOPES = new Set(Object.keys(THREE_WRITES));

function runText(s: StepInfo): string {
  return typeof s.step.run === 'string' ? s.step.run : '';
}

function stepRunning(wf: Node, pattern: RegExp): StepInfo {
  const found = allSteps(wf).filter((s) => pattern.test(runText(s)));
  assert.equal(found.length, 1, `expected one step running ${pattern}, found ${found.length}`);
  return found[0]!;
}

function assertUploads(file: string, wf: Node, matrixKey?: string): Node[] {
  const uploads = stepsUsing(wf, 'actions/upload-artifact');
  assert.ok(uploads.length > 0, `${file}: no uploads`);
  const names = new Set<string>();
  for (const u of uploads) {
    const w = mapAt(u.step, 'with', `${file}: ${String(u.step.name)} with`);
    const name = String(w.name);
    // Playwright's raw test-results/ is not redacted: uploaded only when the repository opts in.
    if (String(w.path).endsWith('test-results/')) assert.equal(String(mapAt(mapAt(mapAt(wf, 'jobs'), u.job), 'env', `${file}: ${u.job} env`).HEAL_UPLOAD_TEST_RESULTS), '${{ vars.HEAL_UPLOAD_TEST_RESULTS }}', `${file}: the opt-in comes from the repository variable`);
    const raw = String(w.path).endsWith('test-results/');
    assert.equal(u.step.if, raw ? "${{ !cancelled() && env.HEAL_UPLOAD_TEST_RESULTS == 'true' }}" : '${{ !cancelled() }}', `${file}: ${name} must upload even after failed tests${raw ? ', and only when the repository opts in' : ''}`);
    assert.equal(w['retention-days'], 7, `${file}: ${name} retention`);
    assert.match(name, /\$\{\{ github\.run_id \}\}/, `${file}: ${name} needs the run id`);
    assert.match(name, /\$\{\{ github\.run_attempt \}\}/, `${file}: ${name} needs the run attempt (re-runs)`);
    const job = mapAt(mapAt(wf, 'jobs'), u.job);
    if (job.strategy && matrixKey) assert.ok(name.includes(`\${{ matrix.${matrixKey} }}`), `${file}: ${name} needs the matrix key`);
    assert.ok(!names.has(name), `${file}: artifact name ${name} used twice`);
    names.add(name);
  }
  return uploads.map((u) => mapAt(u.step, 'with'));
}

function assertJobPermissionsWithinThree(file: string, wf: Node): void {
  for (const [name, job] of Object.entries(mapAt(wf, 'jobs'))) {
    const perms = (job as Node).permissions;
    if (perms === undefined) continue;
    for (const [scope, level] of Object.entries(mapAt(job, 'permissions'))) {
      assert.ok(ALLOWED_SCOPES.has(scope), `${file}: job ${name} asks for ${scope}`);
      assert.ok(level === 'read' || level === 'write', `${file}: job ${name} ${scope}=${String(level)}`);
    }
  }
}

/** Whether a job may write anything (its own permissions, else the workflow's). */
function jobWrites(wf: Node, job: string): string[] {
  const perms = (mapAt(mapAt(wf, 'jobs'), job).permissions ?? wf.permissions) as Node | string | undefined;
  if (perms === undefined || typeof perms === 'string') return ['(default or write-all permissions)'];
  return Object.entries(perms).filter(([, level]) => level === 'write').map(([scope]) => scope);
}

/** Every job that runs test code (`playwright test` or `merge-reports`, which re-runs tests to verify). */
function testJobs(wf: Node): string[] {
  return [...new Set(allSteps(wf).filter((s) => /playwright (test|merge-reports)\b/.test(runText(s))).map((s) => s.job))];
}

/**
 * The split: jobs that run test code hold no write permission and no token (in any env: workflow, job
 * or step; the checkout does not leave one in .git/config); the publish job runs no Playwright and no
 * install scripts, downloads the run folder and runs `healwright publish`.
 */
function assertSplit(file: string, wf: Node, healJob: string): void {
  const jobs = mapAt(wf, 'jobs');
  const tokenLike = /GITHUB_TOKEN|GH_TOKEN|secrets\.GITHUB_TOKEN|github\.token|HEAL_ALERT_WEBHOOK/;
  assert.doesNotMatch(JSON.stringify(wf.env ?? {}), tokenLike, `${file}: workflow env holds a token`);
  const runners = testJobs(wf);
  assert.ok(runners.includes(healJob), `${file}: ${healJob} runs the tests`);
  for (const job of runners) {
    assert.deepEqual(jobWrites(wf, job), [], `${file}: job ${job} runs test code and may write`);
    const def = mapAt(jobs, job);
    assert.doesNotMatch(JSON.stringify(def.env ?? {}), tokenLike, `${file}: job ${job} env holds a token`);
    for (const s of allSteps(wf).filter((x) => x.job === job)) {
      assert.doesNotMatch(JSON.stringify(s.step.env ?? {}), tokenLike, `${file}: ${job} step ${String(s.step.name ?? s.step.run)} gets a token`);
      assert.doesNotMatch(JSON.stringify(s.step.with ?? {}), /token/i, `${file}: ${job} step passes a token`);
      if (String(s.step.uses).startsWith('actions/checkout@')) assert.equal(mapAt(s.step, 'with')['persist-credentials'], false, `${file}: ${job} checkout keeps the token in .git/config`);
    }
  }
  const publish = mapAt(jobs, 'publish');
  assert.deepEqual(publish.permissions, THREE_WRITES);
  const needs = ([] as unknown[]).concat(publish.needs);
  assert.ok(needs.includes(healJob), `${file}: publish needs ${healJob}`);
  assert.match(String(publish.if), /!cancelled\(\)/, `${file}: publish runs after failing tests too`);
  const steps = allSteps(wf).filter((s) => s.job === 'publish');
  const runs = steps.map(runText).join('\n');
  assert.doesNotMatch(runs, /playwright/, `${file}: the publish job runs Playwright`);
  assert.match(runs, /npm ci --ignore-scripts/);
  assert.doesNotMatch(runs.replace(/npm ci --ignore-scripts[^\n]*/g, ''), /npm (ci|install)\b/, `${file}: an npm install with scripts`);
  assert.match(runs, /npx --no healwright publish "\$run_dir"/);
  const [download] = stepsUsing(wf, 'actions/download-artifact').filter((s) => s.job === 'publish');
  assert.ok(download, `${file}: publish downloads the run folder`);
  assert.equal(mapAt(download.step, 'with').name, 'healing-results-${{ github.run_id }}-${{ github.run_attempt }}');
  const publishStep = steps.find((s) => /healwright publish/.test(runText(s)));
  assert.equal(mapAt(publishStep?.step, 'env').GITHUB_TOKEN, '${{ secrets.GITHUB_TOKEN }}');
  assert.equal(mapAt(publishStep?.step, 'env').HEAL_ALERT_WEBHOOK, '${{ secrets.HEAL_ALERT_WEBHOOK }}');
  const checkout = steps.find((s) => String(s.step.uses).startsWith('actions/checkout@'));
  assert.equal(mapAt(checkout?.step, 'with').ref, '${{ github.sha }}', `${file}: publish checks out the tested commit`);
}

describe('healing.yml', () => {
  const wf = parseWorkflow('healing.yml');
  const on = mapAt(wf, 'on');

  test('scheduled at 06:00 and 18:00 UTC', () => {
    assert.deepEqual(on.schedule, [{ cron: '0 6,18 * * *' }]);
  });

  test('workflow_dispatch inputs with their types and defaults', () => {
    const inputs = mapAt(mapAt(on, 'workflow_dispatch'), 'inputs');
    const shape = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, { type: (v as Node).type, default: (v as Node).default }]));
    assert.deepEqual(shape, {
      dry_run: { type: 'boolean', default: false },
      skip_llm: { type: 'boolean', default: false },
      projects: { type: 'string', default: 'health,contracts,modules' },
      max_fixes: { type: 'number', default: 3 },
    });
  });

  test('after deployments: workflow_run completed and deployment_status, gated on success by the decide job', () => {
    const run = mapAt(on, 'workflow_run');
    assert.ok(Array.isArray(run.workflows) && run.workflows.length > 0);
    assert.deepEqual(run.types, ['completed']);
    assert.ok('deployment_status' in on);
    const jobs = mapAt(wf, 'jobs');
    const heal = mapAt(jobs, 'heal');
    assert.equal(heal.needs, 'decide');
    assert.equal(heal.if, "needs.decide.outputs.run == 'true'");
    const decide = stepRunning(wf, /node scripts\/heal-schedule\.mjs/);
    assert.equal(decide.job, 'decide');
    assert.equal(mapAt(decide.step, 'env').HEAL_SCHEDULE, '${{ vars.HEAL_SCHEDULE || secrets.HEAL_SCHEDULE }}');
    assert.equal(mapAt(mapAt(jobs, 'decide'), 'outputs').run, '${{ steps.decide.outputs.run }}');
  });

  test('read-only by default; only the publish job writes, exactly contents, pull-requests and issues', () => {
    assert.deepEqual(wf.permissions, { contents: 'read' });
    assertJobPermissionsWithinThree('healing.yml', wf);
    for (const job of Object.keys(mapAt(wf, 'jobs'))) if (job !== 'publish') assert.deepEqual(jobWrites(wf, job), [], `job ${job} may write`);
  });

  test('split: the job that runs `playwright test` has no write permission and no token; publish runs no playwright', () => {
    assertSplit('healing.yml', wf, 'heal');
    assert.match(String(mapAt(mapAt(wf, 'jobs'), 'publish').if), /needs\.decide\.outputs\.run == 'true'/);
  });

  test('one healing run at a time', () => {
    const c = mapAt(wf, 'concurrency');
    assert.equal(c.group, 'healwright-healing');
    assert.equal(c['cancel-in-progress'], false);
  });

  test('the run step maps inputs to HEAL_* and passes the secrets and vars', () => {
    const s = stepRunning(wf, /npx playwright test/);
    assert.equal(s.job, 'heal');
    const env = mapAt(s.step, 'env');
    assert.match(String(env.HEAL_DRY_RUN), /inputs\.dry_run/);
    assert.match(String(env.HEAL_SKIP_LLM), /inputs\.skip_llm/);
    assert.match(String(env.HEAL_PROJECTS), /inputs\.projects \|\| 'health,contracts,modules'/);
    assert.match(String(env.HEAL_MAX_FIXES), /inputs\.max_fixes/);
    for (const k of ['ANTHROPIC_API_KEY', 'RAILWAY_TOKEN']) assert.equal(env[k], `\${{ secrets.${k} }}`);
    for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'HEAL_ALERT_WEBHOOK']) assert.equal(env[k], undefined, `${k} reaches the test step`);
    for (const k of ['BASE_URL', 'API_URL']) assert.equal(env[k], `\${{ vars.${k} }}`);
    assert.match(runText(s), /--project=\$p/);
    // The step must fail on failing tests (uploads use !cancelled()), so nothing swallows the exit code.
    assert.equal(s.step['continue-on-error'], undefined);
    assert.doesNotMatch(runText(s), /\|\| true/);
  });

  test('node, Playwright browser, build, run, then uploads of both result folders', () => {
    const steps = allSteps(wf).filter((s) => s.job === 'heal');
    const index = (p: (s: StepInfo) => boolean) => steps.findIndex(p);
    const setupNode = index((s) => String(s.step.uses).startsWith('actions/setup-node@'));
    const browsers = index((s) => /npx playwright install --with-deps chromium/.test(runText(s)));
    const build = index((s) => /npm run build/.test(runText(s)));
    const run = index((s) => /npx playwright test/.test(runText(s)));
    assert.ok(setupNode >= 0 && browsers > setupNode && build > setupNode && run > browsers && run > build);
    const uploads = assertUploads('healing.yml', wf);
    assert.deepEqual(uploads.map((u) => u.path).sort(), ['healing-results/', 'test-results/']);
    const uploadAt = steps.flatMap((s, i) => (String(s.step.uses).startsWith('actions/upload-artifact@') ? [i] : []));
    assert.equal(uploadAt.length, 2);
    assert.ok(uploadAt.every((i) => i > run), 'uploads come after the run');
  });

  test('no step writes the job summary: the reporter already does', () => {
    for (const s of allSteps(wf)) assert.doesNotMatch(runText(s), /GITHUB_STEP_SUMMARY/);
  });
});

describe('healing-sharded.yml', () => {
  const wf = parseWorkflow('healing-sharded.yml');
  const jobs = mapAt(wf, 'jobs');

  test('manual only, in the healing concurrency group', () => {
    assert.deepEqual(Object.keys(mapAt(wf, 'on')), ['workflow_dispatch']);
    assert.equal(mapAt(wf, 'concurrency').group, 'healwright-healing');
  });

  test('three shards write blob reports, with healwright still configured (Class A fixes in the shard)', () => {
    const shard = mapAt(jobs, 'shard');
    assert.deepEqual(mapAt(mapAt(shard, 'strategy'), 'matrix').shard, [1, 2, 3]);
    const run = stepRunning(wf, /npx playwright test/);
    assert.match(runText(run), /npx playwright test "\$\{args\[@\]\}" --shard=\$\{\{ matrix\.shard \}\}\/3\n/);
    // --reporter on the command line would replace healwright; the config adds blob when this is set.
    assert.doesNotMatch(runText(run).replace(/^\s*#.*$/gm, ''), /--reporter/);
    assert.equal(mapAt(run.step, 'env').PLAYWRIGHT_BLOB_OUTPUT_DIR, 'blob-report');
    const uploads = assertUploads('healing-sharded.yml', wf, 'shard');
    assert.ok(uploads.some((u) => u.path === 'blob-report/'));
  });

  test('one merge job downloads every blob report and heals through merge.config.ts, read-only', () => {
    const heal = mapAt(jobs, 'heal');
    assert.equal(heal.needs, 'shard');
    assert.deepEqual(heal.permissions, { contents: 'read' });
    assert.deepEqual(wf.permissions, { contents: 'read' });
    assertJobPermissionsWithinThree('healing-sharded.yml', wf);
    const [download] = stepsUsing(wf, 'actions/download-artifact').filter((s) => s.job === 'heal');
    assert.ok(download);
    const w = mapAt(download.step, 'with');
    assert.equal(w.path, 'all-blob-reports');
    assert.equal(w['merge-multiple'], true);
    assert.equal(w.pattern, 'blob-report-${{ github.run_id }}-${{ github.run_attempt }}-*');
    const merge = stepRunning(wf, /merge-reports/);
    assert.equal(merge.job, 'heal');
    assert.match(runText(merge), /npx playwright merge-reports --config merge\.config\.ts \.\/all-blob-reports/);
    assert.equal(mapAt(merge.step, 'env').GITHUB_TOKEN, undefined);
  });

  test('split: shards and the merge job (which re-runs tests) hold no token; publish runs no playwright', () => {
    assertSplit('healing-sharded.yml', wf, 'heal');
    assert.ok(testJobs(wf).includes('shard'));
  });
});

describe('ci.yml', () => {
  const wf = parseWorkflow('ci.yml');

  test('read-only, and runs the same steps as .ci/run', () => {
    assert.deepEqual(wf.permissions, { contents: 'read' });
    const runs = allSteps(wf).map(runText).join('\n');
    for (const cmd of ['npm ci', 'npm run lint', 'npm run typecheck', 'npm test', 'apt-get install -y -qq chromium']) {
      assert.ok(runs.includes(cmd), `ci.yml does not run ${cmd}`);
    }
    assert.ok(runs.indexOf('npm ci') < runs.indexOf('npm run lint') && runs.indexOf('npm run typecheck') < runs.indexOf('npm test'));
  });

  test('runs the Playwright versions acceptance (lowest supported and newest) in a job of its own', () => {
    const jobs = wf.jobs as Record<string, { steps?: { run?: string }[] }>;
    const accept = Object.entries(jobs).filter(([, j]) => (j.steps ?? []).some((s) => s.run?.includes('npm run accept:pw')));
    assert.deepEqual(accept.map(([name]) => name), ['playwright-versions']);
    assert.ok(!(jobs.test?.steps ?? []).some((s) => s.run?.includes('accept:pw')), 'the test job stays offline');
  });

  test('installs the packed package on the lowest Node of engines.node', () => {
    const jobs = wf.jobs as Record<string, { container?: string; steps?: { run?: string }[] }>;
    const install = Object.entries(jobs).filter(([, j]) => (j.steps ?? []).some((s) => s.run?.includes('npm run check:install')));
    assert.deepEqual(install.map(([name]) => name), ['install-lowest-node']);
    const engines = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    assert.equal(`node:${lowestAllowed(engines)}-bookworm`, install[0]?.[1].container);
  });
});

test('every workflow pins actions to a major version', () => {
  for (const file of workflowFiles()) {
    for (const s of allSteps(parseWorkflow(file))) {
      if (typeof s.step.uses === 'string') assert.match(s.step.uses, /^actions\/[\w-]+@v\d+$/, `${file}: ${s.step.uses}`);
    }
  }
});
