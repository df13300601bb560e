import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GithubClient } from '../../src/github/index.js';
import {
  openIssueFingerprints,
  readIssueState,
  runClassC,
  toSummaryRecords,
  type ClassCFailure,
  type ClassCRecord,
  type IssueApi,
  type RunClassCOptions,
} from '../../src/class-c/index.js';
import { FakeIssues, failure, key, ROOT, summaryOf } from './fixtures.js';

// The real GitHub client is an IssueApi: the typecheck fails here if the two drift apart.
export const githubClientIsIssueApi = (client: GithubClient): IssueApi => client;

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function outDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'class-c-'));
  dirs.push(d);
  return d;
}

const perfA = failure({ fp: 'feedfacecafe', category: 'performance', project: 'health', file: 'e2e/health/health.spec.ts', title: 'reports page loads', message: 'Test timeout of 30000ms exceeded.', durationMs: 30_100 });
const perfB = failure({ fp: 'feedfacecafe', category: 'performance', project: 'modules', file: 'e2e/modules/dashboard.spec.ts', title: 'dashboard loads', message: 'Test timeout of 30000ms exceeded.', durationMs: 30_050 });
const sec = failure({ fp: 'a1b2c3d4e5f6', category: 'security', project: 'security', file: 'e2e/security/headers.spec.ts', title: 'pages send CSP', message: 'Expected: "DENY"\nReceived: undefined' });
const selector = failure({ fp: 'bbbbbbbbbbbb', category: 'update-selectors', project: 'modules', file: 'e2e/modules/x.spec.ts', title: 'x', message: 'element(s) not found' });

function opts(summary: RunClassCOptions['summary'], extra: Partial<RunClassCOptions>): RunClassCOptions {
  let tick = 0;
  return { summary, dryRun: false, outDir: outDir(), closeResolved: false, rootDir: ROOT, now: () => new Date(Date.UTC(2026, 2, 2, 12, 0, tick++)), ...extra };
}

function actions(records: ClassCRecord[]): string[] {
  return records.map((r) => `${r.fingerprint}:${r.action}`);
}

function run(n: number, failures: ClassCFailure[]) {
  return summaryOf(`run-2026030${n}-060000-0000000${n}`, `2026-03-0${n}T06:00:00.000Z`, failures);
}

describe('runClassC with GitHub', () => {
  test('new clusters open one issue each; Class B clusters are left alone', async () => {
    const api = new FakeIssues();
    const records = await runClassC(opts(run(1, [perfA, perfB, sec, selector]), { api }));
    assert.deepEqual(actions(records), ['feedfacecafe:created', 'a1b2c3d4e5f6:created', 'a1b2c3d4e5f6:alert-skipped']);
    assert.match(records[2]!.detail, /no webhook configured \(set HEAL_ALERT_WEBHOOK/);
    assert.equal(api.issues.length, 2);
    assert.deepEqual(api.issues.map((i) => i.labels), [['self-heal', 'needs-investigation', 'performance'], ['self-heal', 'needs-investigation', 'security']]);
    assert.deepEqual(records[0]!.issue, { number: 1, url: 'https://github.com/acme/app/issues/1' });
    assert.deepEqual(readIssueState(api.issues[0]!.body).tests, [key(perfA), key(perfB)]);
  });

  test('the same cluster in the next run: a comment with the count, first and last seen, not a second issue', async () => {
    const api = new FakeIssues();
    await runClassC(opts(run(1, [perfA]), { api }));
    const records = await runClassC(opts(run(2, [perfA, perfB]), { api }));
    assert.deepEqual(actions(records), ['feedfacecafe:commented']);
    assert.equal(api.issues.length, 1);
    const [issue] = api.issues;
    assert.equal(issue!.comments.length, 1);
    assert.match(issue!.comments[0]!, /^\*\*Failed again\*\* in run `run-20260302-060000-00000002` at 2026-03-02 06:00 UTC: 2 failures in this run\./);
    assert.match(issue!.comments[0]!, /Seen in 2 runs since 2026-03-01 06:00 UTC \(first seen\); last seen 2026-03-02 06:00 UTC\./);
    assert.match(issue!.comments[0]!, /Now also failing: `modules › e2e\/modules\/dashboard\.spec\.ts › dashboard loads`/);
    const state = readIssueState(issue!.body);
    assert.deepEqual(state.stats, { firstSeen: '2026-03-01T06:00:00.000Z', lastSeen: '2026-03-02T06:00:00.000Z', lastRunId: 'run-20260302-060000-00000002', runsFailing: 2, failuresLastRun: 2 });
    assert.deepEqual(state.tests, [key(perfA), key(perfB)]);
    // The first-seen marker at the top is kept as it was.
    assert.match(issue!.body, /^<!-- healwright:fingerprint=feedfacecafe -->\n<!-- healwright:category=performance -->\n<!-- healwright:first-seen=2026-03-01T06:00:00\.000Z -->/);

    // The same run handed over twice (a re-run of the merge step) does not count twice.
    const again = await runClassC(opts(run(2, [perfA, perfB]), { api }));
    assert.deepEqual(actions(again), ['feedfacecafe:skipped']);
    assert.equal(issue!.comments.length, 1);
  });

  test('passes again: one comment, left open; later passing runs say nothing more', async () => {
    const api = new FakeIssues();
    const first = await runClassC(opts(run(1, [perfA, perfB]), { api }));
    const previouslyOpen = openIssueFingerprints(first);
    assert.deepEqual(previouslyOpen, ['feedfacecafe']);

    // Tests did not run: nothing to say.
    const notRun = await runClassC(opts(run(2, []), { api, previouslyOpen, passedTests: ['health › other.spec.ts › y'] }));
    assert.deepEqual(actions(notRun), ['feedfacecafe:skipped']);
    assert.match(notRun[0]!.detail, /did not run/);

    const passed = await runClassC(opts(run(3, []), { api, previouslyOpen, passedTests: [key(perfA)] }));
    assert.deepEqual(actions(passed), ['feedfacecafe:resolved']);
    const [issue] = api.issues;
    assert.equal(issue!.state, 'open');
    assert.equal(issue!.comments.length, 1);
    assert.match(issue!.comments[0]!, /^\*\*Passed again\*\* in run `run-20260303-060000-00000003` at 2026-03-03 06:00 UTC: `health › e2e\/health\/health\.spec\.ts › reports page loads`\./);
    assert.match(issue!.comments[0]!, /1 other listed test did not run in this run\./);
    assert.match(issue!.comments[0]!, /Leaving it open .* set `github\.closeResolvedIssues: true`/);
    assert.deepEqual(readIssueState(issue!.body).stats?.passingSince, { runId: 'run-20260303-060000-00000003', at: '2026-03-03T06:00:00.000Z' });

    const later = await runClassC(opts(run(4, []), { api, previouslyOpen: openIssueFingerprints(passed), passedTests: [key(perfA), key(perfB)] }));
    assert.deepEqual(actions(later), ['feedfacecafe:skipped']);
    assert.match(later[0]!.detail, /already reported passing since run run-20260303-060000-00000003/);
    assert.equal(issue!.comments.length, 1);

    // Failing again clears "passing" and counts the run.
    const back = await runClassC(opts(run(5, [perfA]), { api }));
    assert.deepEqual(actions(back), ['feedfacecafe:commented']);
    const state = readIssueState(issue!.body);
    assert.equal(state.stats?.passingSince, undefined);
    assert.equal(state.stats?.runsFailing, 2);
  });

  test('passes again with closeResolved: comment, then close', async () => {
    const api = new FakeIssues();
    const first = await runClassC(opts(run(1, [sec]), { api }));
    const records = await runClassC(opts(run(2, []), { api, closeResolved: true, previouslyOpen: openIssueFingerprints(first), passedTests: [key(sec)] }));
    assert.deepEqual(actions(records), ['a1b2c3d4e5f6:closed']);
    assert.equal(records[0]!.category, 'security');
    assert.equal(api.issues[0]!.state, 'closed');
    assert.match(api.issues[0]!.comments[0]!, /Closing this issue \(`github\.closeResolvedIssues` is on\)/);
    assert.deepEqual(openIssueFingerprints(records), []);
    assert.deepEqual(api.calls.slice(-3), ['findOpenByMarker', 'commentOnIssue', 'closeIssue']);
  });

  test('a test that failed with another error, or passed only on retry, keeps the issue', async () => {
    const api = new FakeIssues();
    const first = await runClassC(opts(run(1, [perfA]), { api }));
    const previouslyOpen = openIssueFingerprints(first);
    const other = { ...perfA, fingerprint: '999999999999', triage: { ...perfA.triage, category: 'update-selectors' as const, class: 'B' as const } };
    const r1 = await runClassC(opts(run(2, [other]), { api, closeResolved: true, previouslyOpen, passedTests: [] }));
    assert.match(r1.at(-1)!.detail, /1 of its tests failed with another error/);
    const flaky = { ...perfA, outcome: 'flaky' as const };
    const r2 = await runClassC(opts(run(3, [flaky]), { api, closeResolved: true, previouslyOpen, passedTests: [key(perfA)] }));
    assert.match(r2.at(-1)!.detail, /flaky/);
    assert.equal(api.issues[0]!.state, 'open');
    assert.equal(api.issues[0]!.comments.length, 0);
  });

  test('a cluster that is only Playwright not finding its browser opens no issue; one real failure in it does', async () => {
    const noBrowser = (title: string) =>
      failure({ fp: 'b0b0b0b0b0b0', category: 'unknown', project: 'chromium', file: 'tests/a.spec.ts', title, message: "Error: browserType.launch: Executable doesn't exist at /home/ci/.cache/ms-playwright/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell" });
    const api = new FakeIssues();
    const records = await runClassC(opts(run(1, [noBrowser('one'), noBrowser('two'), perfA]), { api }));
    assert.deepEqual(actions(records), ['b0b0b0b0b0b0:skipped', 'feedfacecafe:created']);
    assert.match(records[0]!.detail, /^no issue: Playwright's browser is not installed .*run `npx playwright install` there$/);
    assert.equal(api.issues.length, 1);
    const mixed = failure({ fp: 'b0b0b0b0b0b0', category: 'unknown', project: 'chromium', file: 'tests/a.spec.ts', title: 'three', message: 'Error: page.goto: net::ERR_NAME_NOT_RESOLVED at https://app.example.test/' });
    const again = await runClassC(opts(run(2, [noBrowser('one'), mixed]), { api: new FakeIssues() }));
    assert.deepEqual(actions(again), ['b0b0b0b0b0b0:created']);
  });

  test('an API error becomes a redacted failed record and the other clusters still run', async () => {
    const api = new FakeIssues();
    api.failing.add('createIssue');
    const records = await runClassC(opts(run(1, [perfA, sec]), { api }));
    assert.deepEqual(actions(records).slice(0, 2), ['feedfacecafe:failed', 'a1b2c3d4e5f6:failed']);
    assert.match(records[0]!.detail, /GitHub createIssue failed: 502 Bad Gateway \(token \[REDACTED_API_KEY\]\)/);
    assert.doesNotMatch(JSON.stringify(records), /ghp_/);
  });
});

describe('runClassC without sending', () => {
  test('dry run: issue files only, no API call at all', async () => {
    const api = new FakeIssues();
    const o = opts(run(1, [perfA, sec]), { api, dryRun: true, previouslyOpen: ['0123456789ab'], alertWebhook: 'http://127.0.0.1:9/never' });
    const records = await runClassC(o);
    assert.deepEqual(api.calls, []);
    assert.deepEqual(actions(records), ['feedfacecafe:written', 'a1b2c3d4e5f6:written', 'a1b2c3d4e5f6:alert-written', '0123456789ab:skipped']);
    assert.deepEqual(readdirSync(path.join(o.outDir, 'issues')).sort(), ['a1b2c3d4e5f6.md', 'feedfacecafe.md']);
    const md = readFileSync(path.join(o.outDir, 'issues', 'feedfacecafe.md'), 'utf8');
    assert.match(md, /^# \[healwright\] Performance failure: Test timeout of 30000ms exceeded\. \(1 test\)\n\nLabels: `self-heal`, `needs-investigation`, `performance`\n\n> Dry run: this issue was not sent\./);
    assert.match(md, /<!-- healwright:fingerprint=feedfacecafe -->/);
    const alert = JSON.parse(readFileSync(path.join(o.outDir, 'alerts', 'a1b2c3d4e5f6.json'), 'utf8'));
    assert.equal(typeof alert.text, 'string');
    assert.ok(Array.isArray(alert.blocks));
    assert.equal(records[2]!.path, path.join(o.outDir, 'alerts', 'a1b2c3d4e5f6.json'));
  });

  test('no API (no token): files, and it says why', async () => {
    const o = opts(run(1, [perfA]), {});
    const records = await runClassC(o);
    assert.deepEqual(actions(records), ['feedfacecafe:written']);
    assert.match(records[0]!.detail, /^no GitHub access: issue written to feedfacecafe\.md, not sent$/);
    assert.ok(existsSync(path.join(o.outDir, 'issues', 'feedfacecafe.md')));
    assert.match(readFileSync(path.join(o.outDir, 'issues', 'feedfacecafe.md'), 'utf8'), /> No GitHub access \(GITHUB_TOKEN and the repository are needed\)/);
  });
});

describe('toSummaryRecords', () => {
  test('issues and alerts as healing-summary.json keeps them', async () => {
    const api = new FakeIssues();
    const first = await runClassC(opts(run(1, [perfA, sec]), { api }));
    const second = await runClassC(opts(run(2, [perfA]), { api, previouslyOpen: openIssueFingerprints(first), passedTests: [key(sec)], closeResolved: true }));
    assert.deepEqual(toSummaryRecords([...first, ...second], false), {
      issues: [
        { fingerprint: 'feedfacecafe', category: 'performance', status: 'created', number: 1, url: 'https://github.com/acme/app/issues/1', reason: 'opened issue #1 (1 failure(s))' },
        { fingerprint: 'a1b2c3d4e5f6', category: 'security', status: 'created', number: 2, url: 'https://github.com/acme/app/issues/2', reason: 'opened issue #2 (1 failure(s))' },
        { fingerprint: 'feedfacecafe', category: 'performance', status: 'commented', number: 1, url: 'https://github.com/acme/app/issues/1', reason: 'failed again: run 2 since 2026-03-01T06:00:00.000Z' },
        { fingerprint: 'a1b2c3d4e5f6', category: 'security', status: 'closed', number: 2, url: 'https://github.com/acme/app/issues/2', reason: 'passed again in run run-20260302-060000-00000002: issue #2 closed' },
      ],
      alerts: [{ fingerprint: 'a1b2c3d4e5f6', status: 'skipped', reason: 'no security alert: no webhook configured (set HEAL_ALERT_WEBHOOK or alertWebhook)' }],
    });
    const dry = await runClassC(opts(run(1, [perfA]), { dryRun: true }));
    assert.deepEqual(toSummaryRecords(dry, true).issues.map((i) => [i.status, path.basename(i.file ?? '')]), [['dry-run', 'feedfacecafe.md']]);
  });
});
