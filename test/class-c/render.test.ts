import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterAnalysisRecord } from '../../src/artifacts/summary.js';
import { actionsContextFromEnv } from '../../src/github/actions-context.js';
import {
  ClassCInputError,
  extractTimings,
  readIssueState,
  renderClassCIssue,
  type ClassCFailure,
  type RenderContext,
} from '../../src/class-c/index.js';
import { mapAt, parseWorkflow, stepsUsing } from '../workflows/load.js';
import { clustersOf, failure, ROOT } from './fixtures.js';

const SEEN = '2026-03-02T06:01:07.000Z';
const TOKEN = `ghp_${'Z9'.repeat(18)}`;

function render(failures: ClassCFailure[], extra: Partial<RenderContext> = {}) {
  const [cluster] = clustersOf(failures);
  assert.ok(cluster);
  return renderClassCIssue(cluster, { failures, runId: 'run-20260302-060107-ab12cd34', seenAt: SEEN, rootDir: ROOT, ...extra });
}

const security = failure({
  fp: 'a1b2c3d4e5f6',
  category: 'security',
  project: 'security',
  file: 'e2e/security/headers.spec.ts',
  title: 'pages send CSP, frame and content-type protections',
  message: `Error: GET /login: X-Frame-Options\n\nexpect(received).toBe(expected)\n\nExpected: "DENY"\nReceived: undefined\n\nconfig dump: password=hunter2-Secret! token ${TOKEN}`,
  reasons: ["failed in the 'security' project: every failure there is a security finding"],
});

const perf = [
  failure({ fp: 'feedfacecafe', category: 'performance', project: 'health', file: 'e2e/health/health.spec.ts', title: 'reports page loads within the performance budget', message: 'Test timeout of 30000ms exceeded.', durationMs: 30_512 }),
  failure({ fp: 'feedfacecafe', category: 'performance', project: 'modules', file: 'e2e/modules/dashboard.spec.ts', title: 'dashboard shows totals', message: 'Test timeout of 30000ms exceeded.\n\nlocator.click: Timeout 5000ms exceeded.\nCall log:\n  - waiting for getByRole(\'button\', { name: \'Refresh\' })', durationMs: 30_020 }),
];

describe('renderClassCIssue', () => {
  test('labels per category, plus the configured extra labels', () => {
    assert.deepEqual(render([security]).labels, ['self-heal', 'needs-investigation', 'security']);
    assert.deepEqual(render(perf, { extraLabels: ['qa', 'self-heal'] }).labels, ['self-heal', 'needs-investigation', 'performance', 'qa']);
    const unknown = failure({ fp: '0123456789ab', category: 'unknown', project: 'modules', file: 'e2e/modules/x.spec.ts', title: 'x', message: 'Error: boom' });
    assert.deepEqual(render([unknown]).labels, ['self-heal', 'needs-investigation']);
  });

  test('hidden markers a later run reads back: fingerprint, category, first seen, history, tests', () => {
    const issue = render(perf);
    assert.ok(issue.body.startsWith('<!-- healwright:fingerprint=feedfacecafe -->\n<!-- healwright:category=performance -->\n<!-- healwright:first-seen=2026-03-02T06:01:07.000Z -->\n'));
    const state = readIssueState(issue.body);
    assert.deepEqual(state, {
      fingerprint: 'feedfacecafe',
      category: 'performance',
      stats: { firstSeen: SEEN, lastSeen: SEEN, lastRunId: 'run-20260302-060107-ab12cd34', runsFailing: 1, failuresLastRun: 2 },
      tests: ['health › e2e/health/health.spec.ts › reports page loads within the performance budget', 'modules › e2e/modules/dashboard.spec.ts › dashboard shows totals'],
    });
    assert.match(issue.body, /\| 2026-03-02 06:01 UTC \| 2026-03-02 06:01 UTC \(run `run-20260302-060107-ab12cd34`\) \| 1 \| 2 \|/);
    assert.equal(issue.title, '[healwright] Performance failure: Test timeout of 30000ms exceeded. (2 tests)');
  });

  test('redacts the message, title and LLM text even when the input claims to be redacted', () => {
    const analysis: ClusterAnalysisRecord = {
      fingerprint: security.fingerprint, count: 1, provider: 'ollama', model: 'qwen2.5-coder:7b', ok: true, rootCause: `header middleware removed; key ${TOKEN}`,
      ruleCategory: 'security', llmCategory: 'security', finalCategory: 'security', categoryReason: 'X-Frame-Options missing', confidence: 0.9,
      investigationSteps: ['Diff the proxy config since the last deploy', `Log in as admin with password=hunter2-Secret! and check /login headers`],
      attempts: 1, inputTokens: 1, outputTokens: 1, costUsd: 0, latencyMs: 1,
    };
    const issue = render([{ ...security, title: `leak ${TOKEN}` }], { analysis });
    for (const text of [issue.title, issue.body]) {
      assert.ok(!text.includes(TOKEN), 'the GitHub token is gone');
      assert.ok(!text.includes('hunter2'), 'the password is gone');
    }
    assert.match(issue.body, /password=\[REDACTED_PASSWORD\]/);
    assert.match(issue.body, /\[REDACTED_API_KEY\]/);
    // The LLM's steps replace the templates.
    assert.match(issue.body, /Suggested by ollama qwen2\.5-coder:7b:\n\n1\. Diff the proxy config since the last deploy\n2\. Log in as admin with password=\[REDACTED_PASSWORD\]/);
    assert.doesNotMatch(issue.body, /curl -sI/);
    assert.match(issue.body, /Likely root cause \(ollama qwen2\.5-coder:7b\): header middleware removed; key \[REDACTED_API_KEY\]/);
  });

  test('template steps per category name the test, its project and its trace', () => {
    const sec = render([security]).body;
    assert.match(sec, /do not relax the test/);
    assert.match(sec, /`curl -sI <url>`/);
    assert.match(sec, /`npx playwright test e2e\/security\/headers\.spec\.ts:12 --project=security --retries=0`/);
    assert.match(sec, /Read test-results\/security-pages-send-csp-frame-and-content-type-protections\/error-context\.md/);

    const p = render(perf).body;
    assert.match(p, /`npx playwright show-trace test-results\/health-reports-page-loads-within-the-performance-budget\/trace\.zip`/);
    assert.match(p, /--workers=1/);
    assert.match(p, /Raise the limit .* only if the slower timing is accepted/);

    const unknown = failure({ fp: '0123456789ab', category: 'unknown', project: 'modules', file: 'e2e/modules/x.spec.ts', title: 'x', message: 'Error: boom', artifacts: false });
    const u = render([unknown]).body;
    assert.match(u, /--repeat-each=10/);
    assert.match(u, /`git log --since="2026-03-02T06:01:07\.000Z" --stat`/);
    // No trace kept: the step says how to get one.
    assert.match(u, /Re-run with a trace \(`npx playwright test e2e\/modules\/x\.spec\.ts:12 --project=modules --retries=0 --trace=on`\)/);
  });

  test('performance: the limits crossed and each test\'s duration', () => {
    const body = render(perf).body;
    assert.match(body, /### Timings\n\| Test \| Limit crossed \| Limit \| Test duration \|\n\|---\|---\|---\|---\|\n/);
    assert.match(body, /\| health › e2e\/health\/health\.spec\.ts › reports page loads within the performance budget \| test timeout \| 30 s \| 30\.51 s \|/);
    assert.match(body, /\| modules › e2e\/modules\/dashboard\.spec\.ts › dashboard shows totals \| test timeout \| 30 s \| 30\.02 s \|/);
    assert.match(body, /\| modules › e2e\/modules\/dashboard\.spec\.ts › dashboard shows totals \| locator\.click timeout \| 5 s \| 30\.02 s \|/);
    assert.doesNotMatch(render([security]).body, /### Timings/);
  });

  test('artifact references: relative paths, the Actions run and its artifact names', () => {
    const actions = actionsContextFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '987654321', GITHUB_RUN_ATTEMPT: '2' });
    assert.ok(actions);
    const body = render([security], { actions }).body;
    assert.match(body, /Artifacts: screenshot `test-results\/security-[^`]+\/test-failed-1\.png`, trace `test-results\/[^`]+\/trace\.zip`, error-context `test-results\/[^`]+\/error-context\.md`/);
    assert.match(body, /- GitHub Actions run: https:\/\/github\.com\/acme\/app\/actions\/runs\/987654321\/attempts\/2/);
    assert.match(body, /- Artifacts \(kept 7 days\): `healing-results-987654321-2`, `test-results-987654321-2`/);
    assert.ok(!body.includes(ROOT + '/'), 'no absolute paths');
  });

  test('text from a failure cannot forge a marker or break the tests block', () => {
    const evil = failure({
      fp: 'abcdefabcdef', category: 'unknown', project: 'modules', file: 'e2e/modules/x.spec.ts', title: 'title with ``` fences',
      message: 'boom\n<!-- healwright:fingerprint=000000000000 -->\n<!-- healwright:runs-failing=99 -->\n```\nnot the end',
    });
    const state = readIssueState(render([evil]).body);
    assert.equal(state.fingerprint, 'abcdefabcdef');
    assert.equal(state.stats?.runsFailing, 1);
    assert.deepEqual(state.tests, ['modules › e2e/modules/x.spec.ts › title with ``` fences']);
  });

  test('only Class C clusters, with the LLM\'s final category winning', () => {
    const b = failure({ fp: 'bbbbbbbbbbbb', category: 'update-selectors', project: 'modules', file: 'e2e/modules/x.spec.ts', title: 'x', message: 'locator not found' });
    assert.throws(() => render([b]), ClassCInputError);
    const refined = { fingerprint: 'bbbbbbbbbbbb', count: 1, provider: null, model: null, ok: true, ruleCategory: 'update-selectors', finalCategory: 'security', investigationSteps: [], attempts: 1, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 } satisfies ClusterAnalysisRecord;
    assert.deepEqual(render([b], { analysis: refined }).labels, ['self-heal', 'needs-investigation', 'security']);
    assert.throws(() => render([{ ...b, fingerprint: 'bad fp' }], { analysis: refined }), /not a failure fingerprint/);
  });
});

describe('extractTimings', () => {
  const table: [string, ReturnType<typeof extractTimings>][] = [
    ['Test timeout of 30000ms exceeded.', [{ what: 'test timeout', limitMs: 30_000 }]],
    ['locator.click: Test timeout of 30000ms exceeded.', [{ what: 'test timeout', limitMs: 30_000 }]],
    ['page.goto: Timeout 15000ms exceeded.\nCall log:', [{ what: 'page.goto timeout', limitMs: 15_000 }]],
    ['Timeout 5000ms exceeded while waiting', [{ what: 'action timeout', limitMs: 5_000 }]],
    ['Timed out 5000ms waiting for expect(locator).toBeVisible()', [{ what: 'expect timeout', limitMs: 5_000 }]],
    ['expect(locator).toBeVisible() failed\n\nLocator: getByRole(\'table\')\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found', [{ what: 'expect timeout', limitMs: 5_000 }]],
    ['expect(received).toBeLessThan(expected)\n\nExpected: < 2000\nReceived:   3456', [{ what: 'budget assertion', limitMs: 2_000, actualMs: 3_456 }]],
    ['Test timeout of 30000ms exceeded.\n\nlocator.click: Timeout 5000ms exceeded.\nlocator.click: Timeout 5000ms exceeded.', [{ what: 'test timeout', limitMs: 30_000 }, { what: 'locator.click timeout', limitMs: 5_000 }]],
    ['Error: expect(received).toBe(expected)', []],
  ];
  for (const [message, want] of table) {
    test(JSON.stringify(message.slice(0, 60)), () => assert.deepEqual(extractTimings(message), want));
  }
});

describe('actionsContextFromEnv', () => {
  test('names the artifacts healing.yml uploads', () => {
    const ctx = actionsContextFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' });
    const names = stepsUsing(parseWorkflow('healing.yml'), 'actions/upload-artifact').map((u) =>
      String(mapAt(u.step, 'with').name).replace('${{ github.run_id }}', '42').replace('${{ github.run_attempt }}', '3'),
    );
    assert.deepEqual(ctx?.artifactNames.sort(), names.sort());
    assert.equal(ctx?.runUrl, 'https://github.com/acme/app/actions/runs/42/attempts/3');
  });

  test('nothing outside Actions', () => {
    assert.equal(actionsContextFromEnv({ GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42' }), undefined);
  });
});
