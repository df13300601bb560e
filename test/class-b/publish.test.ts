// Publishing verified fixes through the real GitHub client to the OpenAPI-validating stand-in: one PR
// per type on a heal branch; the same fixes in a later run comment on that PR instead of opening
// another; a dry run and a run without GitHub write the same PR as files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GithubClient } from '../../src/github/index.js';
import { redactText } from '../../src/redact/index.js';
import { publishFixes, type PublishOptions } from '../../src/class-b/publish.js';
import type { VerifiedFix } from '../../src/class-b/pull-request.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';
import { FAST } from '../github/helpers.js';
import { tree } from './helpers.js';

const TOKEN = 'ghs_publishStandinToken0123456789abcdef';
const REPO = 'acme/web';
const SPEC = "import { test, expect } from '@playwright/test';\ntest('save', async ({ page }) => {\n  await page.getByRole('button', { name: 'Save' }).click();\n});\n";

function setup(): { root: string; fixes: VerifiedFix[]; options: (o: Partial<PublishOptions>) => PublishOptions } {
  const root = tree({ 'tests/save.spec.ts': SPEC });
  execFileSync('git', ['init', '-q'], { cwd: root });
  const file = path.join(root, 'tests/save.spec.ts');
  const fix: VerifiedFix = {
    proposal: {
      category: 'update-selectors',
      testIds: ['t1'],
      fingerprint: 'a1b2c3d4e5f6',
      edits: [{ file, line: 3, before: "  await page.getByRole('button', { name: 'Save' }).click();", after: "  await page.getByRole('button', { name: 'Save changes' }).click();" }],
      reasoning: 'button "Save" is now "Save changes" (token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB seen in the page)',
      confidence: 0.9,
      source: 'rules',
    },
    diff: "--- a/tests/save.spec.ts\n+++ b/tests/save.spec.ts\n@@ -3 +3 @@\n-  await page.getByRole('button', { name: 'Save' }).click();\n+  await page.getByRole('button', { name: 'Save changes' }).click();\n",
    before: [{ key: 'p › tests/save.spec.ts › save', status: 'failed' }],
    after: [{ key: 'p › tests/save.spec.ts › save', status: 'passed', durationMs: 900 }],
  };
  const options = (o: Partial<PublishOptions>): PublishOptions => ({
    category: 'update-selectors',
    fixes: [fix],
    ctx: { runId: 'run-20261127-120000-abcdef01', startedAt: '2026-11-27T12:00:00.000Z', repoRoot: root, tests: new Map([['t1', { key: 'p › tests/save.spec.ts › save', message: 'Error: element(s) not found' }]]), runDir: 'healing-results/run-x', redact: redactText },
    runDir: path.join(root, 'healing-results', 'run-x'),
    github: { reason: 'no GitHub token' },
    dryRun: false,
    reviewers: ['alice'],
    labels: ['qa'],
    now: new Date('2026-11-27T12:34:56Z'),
    log: () => {},
    ...o,
  });
  return { root, fixes: [fix], options };
}

describe('publishing verified fixes', () => {
  let github: GithubStandin;
  before(async () => {
    github = await startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'README.md': '# web\n', 'tests/save.spec.ts': SPEC }, collaborators: ['alice'] });
  });
  after(() => github?.close());

  test('one PR on a heal branch, then a comment (not a second PR) for the same fixes', async () => {
    const { options } = setup();
    const api = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: github.url, ...FAST });
    const first = await publishFixes(options({ github: { client: api } }));
    assert.equal(first.status, 'opened', first.reason);
    assert.equal(first.branch, 'heal/fix-update-selectors-20261127-123456');
    const repo = github.state.repo(REPO);
    const pr = repo.issues.get(first.number as number);
    assert.ok(pr?.pull);
    assert.deepEqual([...pr.labels].sort(), ['qa', 'self-heal', 'update-selectors']);
    assert.deepEqual(pr.pull.reviewers, ['alice']);
    assert.match(repo.filesAt(pr.pull.head)['tests/save.spec.ts'] ?? '', /name: 'Save changes'/);
    assert.equal(repo.filesAt('main')['tests/save.spec.ts'], SPEC, 'the default branch is untouched');
    assert.match(pr.body ?? '', /<!-- healwright:fingerprint=a1b2c3d4e5f6 -->/);
    assert.doesNotMatch(pr.body ?? '', /ghp_0123456789/, 'secrets are redacted in the PR body');

    const again = await publishFixes(options({ github: { client: api }, now: new Date('2026-11-28T06:00:00Z') }));
    assert.equal(again.status, 'commented', again.reason);
    assert.equal(again.number, first.number);
    assert.equal(repo.pulls().length, 1, 'no second PR');
    assert.equal(pr.comments.length, 1);
    assert.match(pr.comments[0]?.body ?? '', /hit the same `update-selectors` failure again/);
    assert.deepEqual(github.state.responseErrors, []);
  });

  test('without GitHub and in a dry run: the patch and the body are written, nothing is sent', async () => {
    const before = github.requests.length;
    for (const o of [{}, { dryRun: true, github: { client: new GithubClient({ token: TOKEN, owner: 'acme', repo: 'web', apiUrl: github.url, ...FAST }) } }]) {
      const { root, options } = setup();
      const r = await publishFixes(options(o));
      assert.equal(r.status, 'dryRun' in o ? 'dry-run' : 'written');
      execFileSync('git', ['apply', '--check', r.patchFile], { cwd: root });
      assert.match(readFileSync(r.bodyFile, 'utf8'), /^# healwright: update 1 selector \(update-selectors\)/);
      assert.equal(readFileSync(path.join(root, 'tests/save.spec.ts'), 'utf8'), SPEC);
    }
    assert.equal(github.requests.length, before, 'no request reached GitHub');
  });
});
