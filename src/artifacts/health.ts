export type HealthStatus = 'HEALTHY' | 'DEGRADED' | 'FAILING' | 'NO_TESTS';

export interface HealthScore {
  /** passed / (total - skipped) * 100, flaky counted as passed, one decimal; null when nothing ran. */
  score: number | null;
  status: HealthStatus;
}

export interface Totals {
  total: number;
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
}

/** HEALTHY >= 95, DEGRADED 80 to 95, FAILING < 80. */
export function healthScore(t: Totals): HealthScore {
  const ran = t.total - t.skipped;
  if (ran <= 0) return { score: null, status: 'NO_TESTS' };
  const score = Math.round(((t.passed + t.flaky) / ran) * 1000) / 10;
  return { score, status: score >= 95 ? 'HEALTHY' : score >= 80 ? 'DEGRADED' : 'FAILING' };
}
