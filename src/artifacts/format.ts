import { firstLine as firstLineOf } from '../common/markdown.js';
import type { HealingSummary } from './summary.js';

/** Shared wording for terminal and markdown summaries. */
export function countsLine(s: HealingSummary): string {
  const t = s.totals;
  return `${t.passed} passed, ${t.failed} failed, ${t.flaky} flaky, ${t.skipped} skipped`;
}

export function healthLine(s: HealingSummary): string {
  return s.health.score === null ? 'no tests ran' : `${s.health.score.toFixed(1)}% ${s.health.status}`;
}

/** `Class A 1 (restart-backend 1) · Class B 0 · Class C 2 (security 2)` */
export function classLine(s: HealingSummary): string {
  return (['A', 'B', 'C'] as const)
    .map((c) => {
      const cats = s.failures.filter((f) => f.triage.class === c);
      if (cats.length === 0) return `Class ${c} 0`;
      const by = new Map<string, number>();
      for (const f of cats) by.set(f.triage.category, (by.get(f.triage.category) ?? 0) + 1);
      return `Class ${c} ${cats.length} (${[...by].map(([k, v]) => `${k} ${v}`).join(', ')})`;
    })
    .join(' · ');
}

/** First line of a message, trimmed to width. */
export function firstLine(message: string, width = 100): string {
  return firstLineOf(message, width);
}
