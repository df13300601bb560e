import { test } from 'node:test';
import assert from 'node:assert/strict';
import { healthScore } from '../../src/artifacts/health.js';

const cases = [
  { t: { total: 20, passed: 20, failed: 0, flaky: 0, skipped: 0 }, score: 100, status: 'HEALTHY' },
  { t: { total: 20, passed: 18, failed: 1, flaky: 1, skipped: 0 }, score: 95, status: 'HEALTHY' },
  { t: { total: 100, passed: 94, failed: 6, flaky: 0, skipped: 0 }, score: 94, status: 'DEGRADED' },
  { t: { total: 10, passed: 8, failed: 2, flaky: 0, skipped: 0 }, score: 80, status: 'DEGRADED' },
  { t: { total: 10, passed: 7, failed: 3, flaky: 0, skipped: 0 }, score: 70, status: 'FAILING' },
  { t: { total: 12, passed: 8, failed: 2, flaky: 0, skipped: 2 }, score: 80, status: 'DEGRADED' },
  { t: { total: 3, passed: 0, failed: 0, flaky: 0, skipped: 3 }, score: null, status: 'NO_TESTS' },
  { t: { total: 3, passed: 1, failed: 2, flaky: 0, skipped: 0 }, score: 33.3, status: 'FAILING' },
];
for (const c of cases) {
  test(`health ${JSON.stringify(c.t)} -> ${c.score} ${c.status}`, () => {
    assert.deepEqual(healthScore(c.t), { score: c.score, status: c.status });
  });
}
