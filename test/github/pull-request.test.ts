// The Class B path: a heal PR made through the Git Data API against the GitHub stand-in.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { GithubBranchExistsError, GithubError, GithubValidationError } from '../../src/github/index.js';
import { REPO, TOKEN, routesSeen, startRig } from './helpers.js';

const FILES = { 'e2e/login.spec.ts': "await page.click('#login');\n", 'README.md': '# web\n' };
const FIXED = "await page.getByRole('button', { name: 'Log in' }).click();\n";

/** What `git hash-object` prints for this content. */
function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

describe('GithubClient.createPullRequest', () => {
  test('creates exactly the git objects and a labelled, reviewed PR on a heal branch; main is untouched', async () => {
    const rig = await startRig({ files: FILES });
    try {
      const repo = rig.standin.state.repo(REPO);
      const mainBefore = repo.branch('main');
      const pr = await rig.client.createPullRequest({
        branch: 'heal/fix-update-selectors-20261127-1015',
        title: 'heal: update selectors',
        body: 'Verified by a re-run.\n<!-- healwright:fp=abc -->',
        commitMessage: 'heal: update selectors in e2e/login.spec.ts',
        files: [
          { path: 'e2e/login.spec.ts', content: FIXED },
          { path: 'e2e/data/users.json', content: '{"user":"alice"}\n' },
        ],
        labels: ['self-heal', 'update-selectors', 'Self-Heal'],
        reviewers: ['alice', 'bob'],
      });

      assert.deepEqual(routesSeen(rig.standin), [
        'GET /repos/{owner}/{repo}',
        'GET /repos/{owner}/{repo}/git/ref/{ref}',
        'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
        'POST /repos/{owner}/{repo}/git/blobs',
        'POST /repos/{owner}/{repo}/git/blobs',
        'POST /repos/{owner}/{repo}/git/trees',
        'POST /repos/{owner}/{repo}/git/commits',
        'POST /repos/{owner}/{repo}/git/refs',
        'POST /repos/{owner}/{repo}/pulls',
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      ]);
      assert.ok(rig.standin.requests.every((r) => r.status < 300), 'every request succeeded');
      const ua = String(rig.standin.requests[0]?.headers['user-agent']);
      assert.match(ua, /^healwright\/\d+\.\d+\.\d+/);
      assert.equal(rig.standin.requests[0]?.headers.authorization, `token ${TOKEN}`);

      assert.equal(pr.number, 1);
      assert.equal(pr.url, `https://github.test/${REPO}/pull/1`);
      assert.equal(pr.branch, 'heal/fix-update-selectors-20261127-1015');
      assert.equal(repo.branch(pr.branch), pr.commitSha);
      assert.equal(repo.branch('main'), mainBefore, 'the default branch did not move');
      assert.deepEqual(repo.filesAt('main'), FILES);
      assert.deepEqual(repo.filesAt(pr.branch), { ...FILES, 'e2e/login.spec.ts': FIXED, 'e2e/data/users.json': '{"user":"alice"}\n' });

      const commit = repo.git.commits.get(pr.commitSha);
      assert.deepEqual(commit?.parents, [mainBefore]);
      assert.equal(commit?.message, 'heal: update selectors in e2e/login.spec.ts');
      const blobs = rig.standin.requests.filter((r) => r.route === 'POST /repos/{owner}/{repo}/git/blobs');
      assert.deepEqual(blobs.map((r) => r.body), [
        { content: Buffer.from(FIXED).toString('base64'), encoding: 'base64' },
        { content: Buffer.from('{"user":"alice"}\n').toString('base64'), encoding: 'base64' },
      ]);
      assert.ok(repo.git.blobs.has(gitBlobSha(FIXED)), 'blob sha is the one git computes');
      const tree = rig.standin.requests.find((r) => r.route === 'POST /repos/{owner}/{repo}/git/trees')?.body as { base_tree: string; tree: unknown[] };
      assert.equal(tree.base_tree, repo.git.commits.get(mainBefore ?? '')?.tree);
      assert.deepEqual(tree.tree, [
        { path: 'e2e/login.spec.ts', mode: '100644', type: 'blob', sha: gitBlobSha(FIXED) },
        { path: 'e2e/data/users.json', mode: '100644', type: 'blob', sha: gitBlobSha('{"user":"alice"}\n') },
      ]);

      const record = repo.issues.get(1);
      assert.equal(record?.pull?.head, pr.branch);
      assert.equal(record?.pull?.base, 'main');
      assert.deepEqual(record?.pull?.reviewers, ['alice', 'bob']);
      assert.deepEqual(record?.labels, ['self-heal', 'update-selectors']);
      assert.equal(record?.body, 'Verified by a re-run.\n<!-- healwright:fp=abc -->');
      assert.deepEqual(rig.standin.state.responseErrors, []);
    } finally {
      await rig.close();
    }
  });

  test('an existing branch, the default branch and paths outside the repo are refused with clear errors', async () => {
    const rig = await startRig({ files: FILES });
    try {
      const input = {
        base: 'main',
        branch: 'heal/fix-1',
        title: 'heal: fix',
        body: 'b',
        commitMessage: 'heal: fix',
        files: [{ path: 'e2e/login.spec.ts', content: FIXED }],
        labels: [],
        reviewers: [],
      };
      const first = await rig.client.createPullRequest(input);
      assert.equal(first.number, 1);

      const again = await rig.client.createPullRequest(input).catch((e: unknown) => e);
      assert.ok(again instanceof GithubBranchExistsError, String(again));
      assert.equal(again.status, 422);
      assert.match(again.message, /heal\/fix-1/);
      assert.match(again.message, /Reference already exists/);
      assert.match(again.message, /Pick another branch name/);

      const before = rig.standin.requests.length;
      const main = await rig.client.createPullRequest({ ...input, branch: 'main' }).catch((e: unknown) => e);
      assert.ok(main instanceof GithubError);
      assert.match(main.message, /never commits to the base or default branch/);
      const push = await rig.client.pushCommitToBranch('main', { files: input.files, commitMessage: 'x' }).catch((e: unknown) => e);
      assert.ok(push instanceof GithubError);
      const bad = await rig.client.createPullRequest({ ...input, branch: 'heal/x', files: [{ path: '../etc/passwd', content: 'x' }] }).catch((e: unknown) => e);
      assert.ok(bad instanceof GithubError);
      assert.match(bad.message, /relative to the repository root/);
      assert.equal(
        rig.standin.requests.slice(before).filter((r) => r.method !== 'GET').length,
        0,
        'refused before any write',
      );
      assert.equal(rig.standin.state.repo(REPO).filesAt('main')['e2e/login.spec.ts'], FILES['e2e/login.spec.ts']);
    } finally {
      await rig.close();
    }
  });

  test("a duplicate PR surfaces GitHub's message as a GithubValidationError", async () => {
    const rig = await startRig({ files: FILES });
    try {
      const input = {
        branch: 'heal/dup',
        title: 't',
        body: 'b',
        commitMessage: 'c',
        files: [{ path: 'a.txt', content: 'a\n' }],
        labels: [],
        reviewers: [],
      };
      await rig.client.createPullRequest(input);
      // The branch is gone (deleted by hand) but its PR is still open: the branch is created again,
      // and GitHub refuses a second PR for the same head.
      rig.standin.state.repo(REPO).git.refs.delete('refs/heads/heal/dup');
      const dup = await rig.client.createPullRequest(input).catch((e: unknown) => e);
      assert.ok(dup instanceof GithubValidationError, String(dup));
      assert.equal(dup.status, 422);
      assert.equal(dup.githubMessage, 'Validation Failed');
      assert.deepEqual(dup.errors, ['A pull request already exists for acme:heal/dup.']);
      assert.match(dup.message, /opening the pull request heal\/dup -> main \(POST \/repos\/acme\/web\/pulls\)/);
      assert.match(dup.message, /A pull request already exists for acme:heal\/dup\./);
      assert.ok(!dup.message.includes(TOKEN));
      assert.equal(rig.standin.state.repo(REPO).pulls().length, 1);
    } finally {
      await rig.close();
    }
  });

  test('reviewers GitHub refuses are logged, not fatal; pushCommitToBranch and updatePullRequest move the PR on', async () => {
    const rig = await startRig({ files: FILES, collaborators: ['alice'] });
    try {
      const pr = await rig.client.createPullRequest({
        branch: 'heal/fix-data',
        title: 'heal: data',
        body: 'v1',
        commitMessage: 'heal: data',
        files: [{ path: 'e2e/data/users.json', content: '[1]\n' }],
        labels: ['self-heal'],
        reviewers: ['mallory'],
        draft: true,
      });
      assert.equal(pr.number, 1);
      assert.ok(rig.logs.some((l) => /could not request reviewers mallory on #1: .*not a collaborator/.test(l)), rig.logs.join('\n'));
      const repo = rig.standin.state.repo(REPO);
      assert.deepEqual(repo.issues.get(1)?.labels, ['self-heal'], 'labels still added after the reviewer failure');
      assert.equal(repo.issues.get(1)?.pull?.draft, true);

      const pushed = await rig.client.pushCommitToBranch(pr.branch, {
        files: [{ path: 'e2e/data/users.json', content: '[1, 2]\n' }],
        commitMessage: 'heal: data, second pass',
      });
      assert.deepEqual(repo.git.commits.get(pushed.commitSha)?.parents, [pr.commitSha], 'fast-forward on top of the PR head');
      assert.equal(repo.branch(pr.branch), pushed.commitSha);
      assert.equal(repo.filesAt(pr.branch)['e2e/data/users.json'], '[1, 2]\n');
      assert.deepEqual(repo.filesAt('main'), FILES);

      const updated = await rig.client.updatePullRequest(pr.number, { body: 'v2', title: 'heal: data (2 files)' });
      assert.equal(updated.url, pr.url);
      assert.equal(repo.issues.get(1)?.body, 'v2');
      assert.equal(repo.issues.get(1)?.title, 'heal: data (2 files)');
      assert.deepEqual(rig.standin.state.responseErrors, []);
    } finally {
      await rig.close();
    }
  });
});
