import type { Category, FailureClass } from './types.js';

/** A failure as the clusterer needs it. */
export interface ClusterMember {
  testId: string;
  title: string;
  fingerprint: string;
  category: Category;
  class: FailureClass;
  message: string;
}

export interface FailureCluster {
  fingerprint: string;
  category: Category;
  class: FailureClass;
  /** First member's normalised-message source, as an example. */
  example: string;
  testIds: string[];
  titles: string[];
  count: number;
}

/** Groups failures by fingerprint, largest cluster first (ties: first seen first). */
export function clusterFailures(members: readonly ClusterMember[]): FailureCluster[] {
  const byKey = new Map<string, FailureCluster>();
  for (const m of members) {
    let c = byKey.get(m.fingerprint);
    if (!c) {
      c = { fingerprint: m.fingerprint, category: m.category, class: m.class, example: m.message, testIds: [], titles: [], count: 0 };
      byKey.set(m.fingerprint, c);
    }
    c.testIds.push(m.testId);
    c.titles.push(m.title);
    c.count++;
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
