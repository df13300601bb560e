import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decide, readGuardrailState, reserveFix, type GuardrailSettings, type GuardrailState, type ReserveRequest } from '../../src/class-a/index.js';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const settings: GuardrailSettings = { startedAt: new Date(T0).toISOString(), maxFixAttemptsPerFailure: 2, maxFixesPerRun: 3, cooldownBetweenFixes: 5_000, maxRunDuration: 60_000 };
const empty: GuardrailState = { fixes: 0, lastFixAt: null, attempts: {} };

describe('guardrail decisions', () => {
  const cases: { name: string; state: GuardrailState; req: ReserveRequest; now: number; settings?: Partial<GuardrailSettings>; granted: boolean; waitMs?: number; reason?: RegExp }[] = [
    { name: 'first attempt', state: empty, req: { key: 't1', kind: 'attempt' }, now: T0 + 1_000, granted: true, waitMs: 0 },
    { name: 'attempts per failure reached', state: { ...empty, attempts: { t1: 2 } }, req: { key: 't1', kind: 'attempt' }, now: T0, granted: false, reason: /^maxFixAttemptsPerFailure \(2\) reached for this test: it already had 2/ },
    { name: 'another test still has attempts', state: { ...empty, attempts: { t1: 2 } }, req: { key: 't2', kind: 'attempt' }, now: T0, granted: true, waitMs: 0 },
    { name: 'run duration used up', state: empty, req: { key: 't1', kind: 'attempt' }, now: T0 + 60_000, granted: false, reason: /^maxRunDuration \(60000 ms\) is used up/ },
    { name: 'first fix runs at once', state: empty, req: { key: 't1', kind: 'fix' }, now: T0 + 10, granted: true, waitMs: 0 },
    { name: 'cooldown after a fix', state: { fixes: 1, lastFixAt: T0 + 1_000, attempts: {} }, req: { key: 't2', kind: 'fix' }, now: T0 + 2_000, granted: true, waitMs: 4_000 },
    { name: 'cooldown already over', state: { fixes: 1, lastFixAt: T0, attempts: {} }, req: { key: 't2', kind: 'fix' }, now: T0 + 9_000, granted: true, waitMs: 0 },
    { name: 'dry run never waits', state: { fixes: 1, lastFixAt: T0 + 1_000, attempts: {} }, req: { key: 't2', kind: 'fix', dryRun: true }, now: T0 + 2_000, granted: true, waitMs: 0 },
    { name: 'fixes per run reached', state: { fixes: 3, lastFixAt: T0, attempts: {} }, req: { key: 't4', kind: 'fix' }, now: T0 + 30_000, granted: false, reason: /^maxFixesPerRun \(3\) reached: 3 fix\(es\) already ran/ },
    // The slot would start exactly when the run ends: no time left for it.
    { name: 'cooldown ends exactly at the end of the run', state: { fixes: 1, lastFixAt: T0 + 55_000, attempts: {} }, req: { key: 't2', kind: 'fix' }, now: T0 + 50_000, granted: false, reason: /^cooldownBetweenFixes \(5000 ms\) would end after maxRunDuration/ },
    { name: 'cooldown ends 1 ms before the end of the run', state: { fixes: 1, lastFixAt: T0 + 54_999, attempts: {} }, req: { key: 't2', kind: 'fix' }, now: T0 + 50_000, granted: true, waitMs: 9_999 },
    { name: 'cooldown would outlast the run', state: { fixes: 1, lastFixAt: T0 + 58_000, attempts: {} }, req: { key: 't2', kind: 'fix' }, now: T0 + 59_000, granted: false, reason: /^cooldownBetweenFixes \(5000 ms\) would end after maxRunDuration/ },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { state, reservation } = decide(c.state, { ...settings, ...c.settings }, c.req, c.now);
      assert.equal(reservation.granted, c.granted);
      if (reservation.granted) {
        assert.equal(reservation.waitMs, c.waitMs);
        if (c.req.kind === 'fix') {
          assert.equal(state.fixes, c.state.fixes + 1);
          assert.equal(state.lastFixAt, c.now + (c.waitMs ?? 0));
        } else {
          assert.equal(state.attempts[c.req.key], (c.state.attempts[c.req.key] ?? 0) + 1);
          assert.equal(state.fixes, c.state.fixes);
        }
      } else {
        assert.match(reservation.reason, c.reason as RegExp);
        assert.equal(state, c.state, 'a refusal changes nothing');
      }
    });
  }
});

test('reserveFix keeps its counters in the run folder', async () => {
  const runDir = mkdtempSync(path.join(tmpdir(), 'heal-guard-'));
  const live = { ...settings, startedAt: new Date().toISOString(), cooldownBetweenFixes: 0, maxFixesPerRun: 2 };
  const results = await Promise.all(Array.from({ length: 5 }, (_, i) => reserveFix(runDir, live, { key: `t${i}`, kind: 'fix' })));
  assert.equal(results.filter((r) => r.granted).length, 2);
  assert.equal(readGuardrailState(runDir).fixes, 2);
});
