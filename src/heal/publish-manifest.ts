// Builds publish.json from what onEnd recorded: the verified PRs, the Class C issues and the security
// alert payloads, each with what the run itself did with it, and the commit the run tested.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { HealingSummary } from '../artifacts/summary.js';
import type { PublishablePullRequest, PublishManifest } from '../artifacts/publish-manifest.js';
import { CLASS_C_CATEGORIES, type ClassCCategory, type ClassCRecord } from '../class-c/index.js';

/** `git rev-parse HEAD` of the repository the run tested (its root), or null outside a git work tree. */
export function baseCommit(repoRoot: string): string | null {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

export function buildPublishManifest(input: {
  summary: HealingSummary;
  publishable: readonly PublishablePullRequest[];
  alerts: readonly ClassCRecord[];
  dryRun: boolean;
  baseCommit: string | null;
  issueLabels: readonly string[];
}): PublishManifest {
  const { summary } = input;
  const isClassC = (c: string): c is ClassCCategory => (CLASS_C_CATEGORIES as readonly string[]).includes(c);
  const alertStatus = new Map(summary.alerts.map((a) => [a.fingerprint, a.status]));
  return {
    schemaVersion: 1,
    runId: summary.runId,
    createdAt: new Date().toISOString(),
    dryRun: input.dryRun,
    baseCommit: input.baseCommit,
    issueLabels: [...input.issueLabels],
    pullRequests: [...input.publishable],
    issues: summary.issues.flatMap((i) => (isClassC(i.category) ? [{ fingerprint: i.fingerprint, category: i.category, runStatus: i.status }] : [])),
    alerts: input.alerts.flatMap((a) => (a.path ? [{ fingerprint: a.fingerprint, file: `alerts/${path.basename(a.path)}`, runStatus: alertStatus.get(a.fingerprint) ?? 'failed' }] : [])),
  };
}
