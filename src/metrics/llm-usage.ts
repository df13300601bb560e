// LLM calls, tokens and cost, in total and per calendar month (UTC).
import type { HistoryRecord } from '../artifacts/history.js';
import type { LlmMonth, LlmTotals, Metrics } from './types.js';

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function add(t: LlmTotals, r: HistoryRecord): void {
  t.calls += r.llm.calls;
  t.inputTokens += r.llm.inputTokens;
  t.outputTokens += r.llm.outputTokens;
  t.costUsd += r.llm.costUsd;
}

export function llmStats(records: readonly HistoryRecord[]): Metrics['llm'] {
  const total: LlmTotals = { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
  const months = new Map<string, LlmMonth>();
  for (const r of records) {
    add(total, r);
    const month = r.startedAt.slice(0, 7);
    let m = months.get(month);
    if (!m) months.set(month, (m = { month, runs: 0, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 }));
    m.runs++;
    add(m, r);
  }
  const perMonth = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  for (const m of perMonth) m.costUsd = round6(m.costUsd);
  total.costUsd = round6(total.costUsd);
  return { total, perMonth };
}
