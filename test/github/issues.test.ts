// The Class C path and de-duplication: issues, comments, closing, and finding an open item by marker.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GithubNotFoundError, GithubValidationError } from '../../src/github/index.js';
import { REPO, routesSeen, startRig } from './helpers.js';

const MARKER = '<!-- healwright:fingerprint=9f2c1e -->';

describe('GithubClient issues', () => {
  test('create, comment, update the body and close an issue', async () => {
    const rig = await startRig();
    try {
      const created = await rig.client.createIssue({
        title: 'healwright: security test failed',
        body: `Details\n${MARKER}`,
        labels: ['self-heal', 'security', 'self-heal'],
      });
      assert.deepEqual(created, { number: 1, url: `https://github.test/${REPO}/issues/1` });
      const issue = rig.standin.state.repo(REPO).issues.get(1);
      assert.deepEqual(issue?.labels, ['self-heal', 'security'], 'labels created on first use, once each');
      assert.equal(issue?.author, 'github-actions[bot]');

      const comment = await rig.client.commentOnIssue(1, 'Still failing in run 42.');
      assert.match(comment.url, new RegExp(`^https://github.test/${REPO}/issues/1#issuecomment-${comment.id}$`));
      assert.deepEqual(issue?.comments.map((c) => c.body), ['Still failing in run 42.']);

      await rig.client.updateIssueBody(1, `Details v2\n${MARKER}`);
      assert.equal(issue?.body, `Details v2\n${MARKER}`);
      assert.equal(issue?.state, 'open');

      await rig.client.closeIssue(1);
      assert.equal(issue?.state, 'closed');
      assert.equal(issue?.stateReason, 'completed');
      assert.ok(issue?.closedAt);

      const body = rig.standin.requests.at(-1)?.body;
      assert.deepEqual(body, { state: 'closed', state_reason: 'completed' });

      const missing = await rig.client.commentOnIssue(99, 'x').catch((e: unknown) => e);
      assert.ok(missing instanceof GithubNotFoundError);
      assert.match(missing.message, /commenting on #99 \(POST \/repos\/acme\/web\/issues\/99\/comments\)/);

      const tooLong = await rig.client.createIssue({ title: 't', body: 'x'.repeat(65537), labels: [] }).catch((e: unknown) => e);
      assert.ok(tooLong instanceof GithubValidationError);
      assert.deepEqual(tooLong.errors, ['body is too long (maximum is 65536 characters)']);
      assert.deepEqual(rig.standin.state.responseErrors, []);
    } finally {
      await rig.close();
    }
  });

  test('findOpenByMarker finds only open items of the right kind with the label, across pages', async () => {
    const rig = await startRig({ files: { 'a.txt': 'a\n' } });
    try {
      const repo = rig.standin.state.repo(REPO);
      const author = 'github-actions[bot]';
      // Decoys: closed issue with the marker, issue without the label, issue without the marker.
      repo.close(repo.addIssue({ title: 'old', body: MARKER, labels: ['self-heal'], author }), 'completed');
      repo.addIssue({ title: 'unlabelled', body: MARKER, labels: ['bug'], author });
      const target = repo.addIssue({ title: 'the one', body: `x\n${MARKER}`, labels: ['self-heal', 'performance'], author });
      // 120 newer labelled issues push the target to the second page (per_page 100, newest first).
      for (let i = 0; i < 120; i++) repo.addIssue({ title: `noise ${i}`, body: 'no marker', labels: ['self-heal'], author });
      const pr = await rig.client.createPullRequest({
        branch: 'heal/fix-x',
        title: 'heal: x',
        body: `pr\n${MARKER}`,
        commitMessage: 'x',
        files: [{ path: 'a.txt', content: 'b\n' }],
        labels: ['self-heal'],
        reviewers: [],
      });

      const before = rig.standin.requests.length;
      const issue = await rig.client.findOpenByMarker({ kind: 'issue', label: 'self-heal', marker: MARKER });
      assert.deepEqual(issue, { number: target.number, url: `https://github.test/${REPO}/issues/${target.number}`, body: `x\n${MARKER}`, title: 'the one' });
      const lists = rig.standin.requests.slice(before);
      assert.deepEqual(lists.map((r) => `${r.path}${r.query}`), [
        `/repos/${REPO}/issues?state=open&labels=self-heal&per_page=100`,
        `/repos/${REPO}/issues?state=open&labels=self-heal&per_page=100&page=2`,
      ]);

      const found = await rig.client.findOpenByMarker({ kind: 'pr', label: 'self-heal', marker: MARKER });
      assert.equal(found?.number, pr.number);
      assert.equal(found?.url, pr.url);

      assert.equal(await rig.client.findOpenByMarker({ kind: 'issue', label: 'self-heal', marker: 'fingerprint=none' }), null);
      assert.equal(await rig.client.findOpenByMarker({ kind: 'pr', label: 'performance', marker: MARKER }), null);
      assert.ok(routesSeen(rig.standin).includes('GET /repos/{owner}/{repo}/issues'));
      assert.deepEqual(rig.standin.state.responseErrors, []);
    } finally {
      await rig.close();
    }
  });
});
