// Class B end to end on the demo: with ui-renamed + data-changed (+ js-error), and route-moved, this
// repo's suite runs with the healwright reporter; healwright proposes fixes, verifies them by re-running
// the tests in an isolated copy, opens one PR per fix type on a GitHub stand-in that validates every
// request against GitHub's OpenAPI description, and writes a .patch. Applying that .patch to a fresh
// copy makes the failing tests pass again under the same faults: the proof that the fixes are real.
// These runs also check the fault matrix's categories for these faults.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FAULT_MATRIX, type DemoFault } from '../../e2e/fault-matrix.js';
import { createIsolatedCopy } from '../../src/class-b/verify/index.js';
import { grepFor, runRepoSuite } from '../helpers/repo-suite.js';
import { REPO_ROOT } from '../helpers/run-inline.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';

const TOKEN = 'ghs_classBStandinToken0123456789abcdef';
const REPO = 'acme/septic-crm';

function matrix(faults: DemoFault[]): Map<string, string> {
  const expected = new Map<string, string>();
  for (const e of FAULT_MATRIX.filter((x) => faults.includes(x.fault))) for (const t of e.tests) expected.set(t, e.category);
  return expected;
}

async function scenario(github: GithubStandin, faults: DemoFault[], expectedTypes: string[]) {
  const expected = matrix(faults);
  const grep = grepFor([...expected.keys()]);
  const r = await runRepoSuite({
    args: ['--retries=0', `--grep=${grep}`],
    // Four failure clusters under ui-renamed + data-changed: room for all of them (default 3).
    env: { DEMO_FAULTS: faults.join(','), HEAL_SKIP_LLM: 'true', HEAL_MAX_FIXES: '5', GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url },
    timeoutMs: 420_000,
  });
  assert.equal(r.exitCode, 1, 'healwright never changes the exit code of a failing run');
  const s = r.summary;

  // Triage: the fault matrix's categories.
  const got = new Map(s.failures.filter((f) => f.outcome === 'unexpected').map((f) => [f.title, f.triage.category]));
  assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort(), r.output.slice(-3000));
  for (const [title, category] of expected) assert.equal(got.get(title), category, title);

  // Verified fixes, one PR per type, opened on the stand-in.
  const verified = s.fixes.verified.filter((f) => f.class === 'B');
  assert.deepEqual([...new Set(verified.map((f) => f.category))].sort(), [...expectedTypes].sort(), JSON.stringify(s.fixes.attempted, null, 2));
  const classBTests = [...expected].filter(([, c]) => expectedTypes.includes(c)).length;
  assert.equal(new Set(verified.flatMap((f) => f.testIds)).size, classBTests, JSON.stringify(s.fixes.attempted, null, 2));
  assert.deepEqual(s.pullRequests.map((p) => `${p.category} ${p.status}`).sort(), expectedTypes.map((t) => `${t} opened`).sort(), JSON.stringify(s.pullRequests));
  const rerun = JSON.parse(readFileSync(path.join(path.dirname(s.artifacts.testOutput), 'test-rerun-output.json'), 'utf8')) as { counts: Record<string, number> };
  assert.equal(rerun.counts.verified, verified.length, 'test-rerun-output.json counts every verified fix');

  const repo = github.state.repo(REPO);
  for (const pr of s.pullRequests) {
    const issue = repo.issues.get(pr.number as number);
    assert.ok(issue?.pull, `PR #${pr.number} is on the stand-in`);
    assert.match(issue.pull.head, new RegExp(`^heal/fix-${pr.category}-\\d{8}-\\d{6}$`));
    assert.equal(issue.pull.base, 'main');
    assert.ok(issue.labels.includes('self-heal') && issue.labels.includes(pr.category), issue.labels.join(','));
    assert.match(issue.body ?? '', /### Test results before \/ after/);
    assert.match(issue.body ?? '', /<!-- healwright:fingerprint=[0-9a-f]+ -->/);
    assert.match(issue.body ?? '', /```diff\n/);
  }
  assert.deepEqual(github.state.responseErrors, []);

  // The proof: apply the written .patch files to a fresh copy and re-run the failing tests there.
  const copy = createIsolatedCopy(REPO_ROOT, { exclude: ['.tmp', 'healing-results', 'test-results'] });
  try {
    // The config's reporter is this repo's build: git-ignored, so the copy links it.
    assert.ok(existsSync(path.join(copy.dir, 'dist', 'src', 'reporter', 'index.js')));
    for (const pr of s.pullRequests) execFileSync('git', ['apply', '--verbose', pr.patchFile], { cwd: copy.dir, stdio: 'pipe' });
    const classBTitles = [...expected].filter(([, c]) => expectedTypes.includes(c)).map(([t]) => t);
    const proof = await runRepoSuite({
      cwd: copy.dir,
      args: ['--retries=0', `--grep=${grepFor(classBTitles)}`],
      env: { DEMO_FAULTS: faults.join(','), HEAL_SKIP_LLM: 'true', HEAL_DRY_RUN: 'true' },
      timeoutMs: 300_000,
    });
    assert.equal(proof.exitCode, 0, `the patched suite still fails:\n${proof.output.slice(-4000)}`);
    assert.equal(proof.summary.totals.failed, 0);
    assert.ok(proof.summary.totals.passed >= classBTitles.length, JSON.stringify(proof.summary.totals));
  } finally {
    copy.dispose();
  }
}

describe('Class B on the demo: verified patches and pull requests', () => {
  let github: GithubStandin;
  before(async () => {
    github = await startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'README.md': '# septic CRM\n' } });
  });
  after(() => github?.close());

  test('ui-renamed + data-changed + js-error: selector and test-data PRs, the unknown failure gets no patch', { timeout: 900_000 }, async () => {
    await scenario(github, ['ui-renamed', 'data-changed', 'js-error'], ['update-selectors', 'update-test-data']);
  });

  test('route-moved: one fix-api-routes PR', { timeout: 900_000 }, async () => {
    await scenario(github, ['route-moved'], ['fix-api-routes']);
  });
});
