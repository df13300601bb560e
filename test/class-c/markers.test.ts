// Hidden issue markers: what a later run reads back is exactly what was written, hostile or edited
// bodies yield nothing rather than wrong state, and invalid values never reach a marker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ClassCInputError,
  fingerprintMarker,
  humanTime,
  isFingerprint,
  isoTime,
  readIssueState,
  renderStatsBlock,
  renderTestsBlock,
  replaceStatsBlock,
  replaceTestsBlock,
  safeRunId,
  safeTestKey,
} from '../../src/class-c/markers.js';
import type { IssueStats } from '../../src/class-c/types.js';

const STATS: IssueStats = { firstSeen: '2026-03-01T06:00:00.000Z', lastSeen: '2026-03-02T06:01:30Z', lastRunId: 'run-20260302-060130-ab12cd34', runsFailing: 3, failuresLastRun: 2 };

test('fingerprints: 1-64 safe characters, whole string only; anything else throws a typed error', () => {
  for (const fp of ['a', '3fa9c01be2d4', 'A_b.c-9', 'x'.repeat(64)]) assert.equal(isFingerprint(fp), true, fp);
  for (const fp of ['', 'x'.repeat(65), 'ab cd', 'ab\ncd', '-->x', 'ab<', ' ab', 'ab ']) assert.equal(isFingerprint(fp), false, JSON.stringify(fp));
  assert.equal(fingerprintMarker('3fa9c01be2d4'), '<!-- healwright:fingerprint=3fa9c01be2d4 -->');
  assert.throws(() => fingerprintMarker('bad fp -->'), (e: unknown) => e instanceof ClassCInputError && e.name === 'ClassCInputError' && /^'bad fp -->' is not a failure fingerprint/.test(e.message));
});

test('times: ISO kept as is, other dates normalised, garbage becomes the epoch', () => {
  assert.equal(isoTime('2026-03-02T06:01:30Z'), '2026-03-02T06:01:30Z');
  assert.equal(isoTime('2026-03-02T06:01:30.5Z'), '2026-03-02T06:01:30.5Z');
  assert.equal(isoTime('2026-03-02T06:01:30.1234Z'), '2026-03-02T06:01:30.123Z');
  assert.equal(isoTime('x2026-03-02T06:01:30Z'), '1970-01-01T00:00:00.000Z');
  assert.equal(isoTime('2026-03-02T06:01:30Zx'), '1970-01-01T00:00:00.000Z');
  assert.equal(isoTime('March 2, 2026 06:01:30 UTC'), '2026-03-02T06:01:30.000Z');
  assert.equal(isoTime('not a date'), '1970-01-01T00:00:00.000Z');
  assert.equal(humanTime('2026-03-02T06:01:30Z'), '2026-03-02 06:01 UTC');
});

test('run ids and test keys are reduced to safe text', () => {
  assert.equal(safeRunId('run-20260302-060130-ab12cd34'), 'run-20260302-060130-ab12cd34');
  assert.equal(safeRunId('run 1 --><script>'), 'run_1_--__script_');
  assert.equal(safeRunId('x'.repeat(100)), 'x'.repeat(80));
  assert.equal(safeRunId(''), 'unknown-run');
  assert.equal(safeTestKey('  chromium › a.spec.ts\r\n› logs in \n'), 'chromium › a.spec.ts › logs in');
  assert.equal(safeTestKey('a <!-- healwright:fingerprint=x --> b'), 'a <!- - healwright:fingerprint=x --> b');
});

test('stats block: rendered, read back, replaced in place; clamped counts', () => {
  const block = renderStatsBlock({ ...STATS, passingSince: { runId: 'run-9', at: '2026-03-03T06:00:00Z' } });
  assert.match(block, /^<!-- healwright:stats -->\n\| First seen \| Last seen \| Runs failing \| Failures in that run \|\n/);
  assert.match(block, /^\| 2026-03-01 06:00 UTC \| 2026-03-02 06:01 UTC \(run `run-20260302-060130-ab12cd34`\) \| 3 \| 2 \|$/m);
  assert.match(block, /^\*\*Passing again\*\* since run `run-9` \(2026-03-03 06:00 UTC\)\.$/m);
  assert.match(block, /^<!-- healwright:passing-since=run-9@2026-03-03T06:00:00Z -->\n<!-- \/healwright:stats -->$/m);
  const clamped = renderStatsBlock({ ...STATS, runsFailing: 0.5, failuresLastRun: -4 });
  assert.match(clamped, /^<!-- healwright:runs-failing=1 -->$/m);
  assert.match(clamped, /^<!-- healwright:failures-last-run=0 -->$/m);
  assert.doesNotMatch(clamped, /Passing again|passing-since/);

  const body = `${fingerprintMarker('fp1')}\n<!-- healwright:category=performance -->\n<!-- healwright:first-seen=${STATS.firstSeen} -->\nintro\n${block}\noutro\n${renderTestsBlock(['b', 'a', 'b', ' '])}\n`;
  const state = readIssueState(body);
  assert.deepEqual(state, {
    tests: ['b', 'a'],
    fingerprint: 'fp1',
    category: 'performance',
    stats: { firstSeen: STATS.firstSeen, lastSeen: STATS.lastSeen, lastRunId: STATS.lastRunId, runsFailing: 3, failuresLastRun: 2, passingSince: { runId: 'run-9', at: '2026-03-03T06:00:00Z' } },
  });

  const next = replaceStatsBlock(body, { ...STATS, runsFailing: 4, lastRunId: 'run-10' });
  assert.ok(next);
  assert.ok(next.startsWith(`${fingerprintMarker('fp1')}\n`) && next.includes('\nintro\n<!-- healwright:stats -->') && next.includes('<!-- /healwright:stats -->\noutro\n'), next);
  assert.equal(readIssueState(next).stats?.runsFailing, 4);
  assert.equal(readIssueState(next).stats?.passingSince, undefined);
  assert.equal(next.split('<!-- healwright:stats -->').length, 2, 'one stats block, not two');
  assert.equal(replaceStatsBlock('a person removed the block', STATS), undefined);
  assert.equal(replaceStatsBlock(renderStatsBlock(STATS), { ...STATS, runsFailing: 7 }), renderStatsBlock({ ...STATS, runsFailing: 7 }), 'a block at the very start is replaced');
  assert.equal(replaceStatsBlock('<!-- /healwright:stats -->\n<!-- healwright:stats -->', STATS), undefined, 'close before open is no block');
});

test('tests block: fenced keys between markers, replaced in place; missing block leaves the body', () => {
  const block = renderTestsBlock(['p › a.spec.ts › one', 'p › a.spec.ts › one', 'p › b.spec.ts › two']);
  assert.equal(block, '<!-- healwright:tests -->\n```text\np › a.spec.ts › one\np › b.spec.ts › two\n```\n<!-- /healwright:tests -->');
  assert.deepEqual(readIssueState(block).tests, ['p › a.spec.ts › one', 'p › b.spec.ts › two'], 'a block at the very start counts');
  assert.equal(replaceTestsBlock(block, ['z']), renderTestsBlock(['z']));
  const body = `head\n${block}\ntail`;
  assert.deepEqual(readIssueState(body).tests, ['p › a.spec.ts › one', 'p › b.spec.ts › two']);
  const replaced = replaceTestsBlock(body, ['p › c.spec.ts › three']);
  assert.equal(replaced, 'head\n<!-- healwright:tests -->\n```text\np › c.spec.ts › three\n```\n<!-- /healwright:tests -->\ntail');
  assert.equal(replaceTestsBlock('no block here', ['x']), 'no block here');
  assert.deepEqual(readIssueState('<!-- healwright:tests -->\n```text\nonly open').tests, []);
  assert.deepEqual(readIssueState('<!-- /healwright:tests -->\nx\n<!-- healwright:tests -->').tests, []);
});

test('hostile or edited bodies: wrong markers give no state rather than wrong state', () => {
  const ok = `<!-- healwright:first-seen=${STATS.firstSeen} -->\n<!-- healwright:last-seen=${STATS.lastSeen} -->\n<!-- healwright:runs-failing=2 -->`;
  assert.equal(readIssueState(ok).stats?.runsFailing, 2);
  assert.equal(readIssueState(ok).stats?.lastRunId, 'unknown-run');
  assert.equal(readIssueState(ok).stats?.failuresLastRun, 0);
  assert.equal(readIssueState(ok.replace('runs-failing=2', 'runs-failing=0')).stats, undefined);
  assert.equal(readIssueState(ok.replace('runs-failing=2', 'runs-failing=1.5')).stats, undefined);
  assert.equal(readIssueState(ok.replace(STATS.firstSeen, 'yesterday')).stats, undefined);
  assert.equal(readIssueState(ok.replace(STATS.lastSeen, '2026-03-02')).stats, undefined);
  assert.equal(readIssueState(ok.replace('<!-- healwright:last-seen', '<!-- healwright:lastseen')).stats, undefined);
  assert.equal(readIssueState(`${ok}\n<!-- healwright:failures-last-run=abc -->`).stats?.failuresLastRun, 0);
  // A marker must be a whole line: quoted in text it does not count.
  assert.equal(readIssueState('see <!-- healwright:fingerprint=abc -->').fingerprint, undefined);
  assert.equal(readIssueState('<!-- healwright:fingerprint=abc -->').fingerprint, 'abc');
  assert.equal(readIssueState(`<!-- healwright:fingerprint=${'x'.repeat(65)} -->`).fingerprint, undefined);
  assert.equal(readIssueState('<!-- healwright:category=security -->').category, 'security');
  assert.equal(readIssueState('<!-- healwright:category=unknown -->').category, 'unknown');
  assert.equal(readIssueState('<!-- healwright:category=update-selectors -->').category, undefined);
  // passing-since needs a safe run id and an ISO time.
  assert.equal(readIssueState(`${ok}\n<!-- healwright:passing-since=run-1@2026-03-03T06:00:00Z -->`).stats?.passingSince?.runId, 'run-1');
  assert.equal(readIssueState(`${ok}\n<!-- healwright:passing-since=run-1@soon -->`).stats?.passingSince, undefined);
  assert.equal(readIssueState(`${ok}\n<!-- healwright:passing-since=run/1@2026-03-03T06:00:00Z -->`).stats?.passingSince, undefined);
  assert.equal(readIssueState(`${ok}\n<!-- healwright:passing-since=@2026-03-03T06:00:00Z -->`).stats?.passingSince, undefined);
});
