// Summaries shaped like a real healing-summary.json, and an in-memory GitHub issues fake.
import type { ClusterAnalysisRecord, ClusterEntry, FailureEntry, HealingSummary } from '../../src/artifacts/summary.js';
import type { Category } from '../../src/triage/types.js';
import type { ClassCFailure, IssueApi } from '../../src/class-c/index.js';

export const ROOT = '/repo';

export interface FailureSpec {
  fp: string;
  category: Category;
  project: string;
  file: string;
  title: string;
  message: string;
  outcome?: 'unexpected' | 'flaky';
  durationMs?: number;
  artifacts?: boolean;
  rule?: string;
  reasons?: string[];
}

export function failure(s: FailureSpec): ClassCFailure {
  const dir = `${ROOT}/test-results/${s.project}-${s.title.replace(/\W+/g, '-').toLowerCase()}`;
  return {
    testId: `${s.project}-${s.title}`,
    title: s.title,
    titlePath: [s.project, s.file, s.title],
    project: s.project,
    file: s.file,
    line: 12,
    outcome: s.outcome ?? 'unexpected',
    attempts: 2,
    status: /timeout/i.test(s.message) ? 'timedOut' : 'failed',
    message: s.message,
    triage: {
      class: s.category === 'unknown' || s.category === 'security' || s.category === 'performance' ? 'C' : 'B',
      category: s.category,
      confidence: 0.75,
      reasons: s.reasons ?? [`rule for ${s.category}`],
      rule: s.rule ?? `${s.category}-rule`,
    },
    fingerprint: s.fp,
    healable: true,
    artifacts:
      s.artifacts === false
        ? []
        : [
            { name: 'screenshot', contentType: 'image/png', path: `${dir}/test-failed-1.png` },
            { name: 'trace', contentType: 'application/zip', path: `${dir}/trace.zip` },
            { name: 'error-context', contentType: 'text/markdown', path: `${dir}/error-context.md` },
          ],
    ...(s.durationMs !== undefined ? { durationMs: s.durationMs } : {}),
  };
}

export function key(f: FailureEntry): string {
  return f.titlePath.filter(Boolean).join(' › ');
}

/** Clusters real failures by fingerprint, as the reporter's summary builder does. */
export function clustersOf(failures: readonly FailureEntry[]): ClusterEntry[] {
  const by = new Map<string, ClusterEntry>();
  for (const f of failures) {
    if (f.outcome !== 'unexpected') continue;
    const c = by.get(f.fingerprint) ?? { fingerprint: f.fingerprint, category: f.triage.category, class: f.triage.class, count: 0, tests: [], example: f.message.slice(0, 500) };
    c.count++;
    c.tests.push(key(f));
    by.set(f.fingerprint, c);
  }
  return [...by.values()];
}

/** A whole HealingSummary, so the tests also prove a real summary is accepted as it is. */
export function summaryOf(runId: string, startedAt: string, failures: ClassCFailure[], analyses: ClusterAnalysisRecord[] = []): HealingSummary {
  const clusters = clustersOf(failures);
  return {
    schemaVersion: 1,
    tool: { name: 'healwright', version: '0.1.0' },
    runId,
    startedAt,
    finishedAt: startedAt,
    durationMs: 0,
    playwright: { version: '1.65.1', status: failures.length ? 'failed' : 'passed', workers: 2, retries: 1, shard: null },
    config: { dryRun: false, skipLlm: true, projects: ['health'], maxFixesPerRun: 3, sideEffectsDisabled: false, issues: [] },
    totals: { total: 10, passed: 10 - failures.length, failed: failures.length, flaky: 0, skipped: 0 },
    health: { score: 90, status: 'DEGRADED' },
    byClass: { A: 0, B: 0, C: failures.length },
    byCategory: {},
    failures,
    clusters,
    fixes: { attempted: [], applied: [], verified: [] },
    llm: { provider: null, model: null, calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0, note: 'rules only' },
    analyses,
    pullRequests: [],
    issues: [],
    alerts: [],
    warnings: [],
    errors: [],
    artifacts: { runDir: `healing-results/${runId}`, testOutput: '', log: '', summaryMarkdown: '' },
  };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  comments: string[];
}

/** GitHub issues in memory. Rejects what GitHub would (422) so rendering mistakes surface. */
export class FakeIssues implements IssueApi {
  issues: FakeIssue[] = [];
  calls: string[] = [];
  /** Methods that throw, to test failure records. */
  failing = new Set<keyof IssueApi>();

  private check(method: keyof IssueApi): void {
    this.calls.push(method);
    if (this.failing.has(method)) throw Object.assign(new Error(`GitHub ${method} failed: 502 Bad Gateway (token ghp_${'a'.repeat(36)})`), { status: 502 });
  }

  private get(number: number): FakeIssue {
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) throw Object.assign(new Error(`Not Found: issue ${number}`), { status: 404 });
    return issue;
  }

  async findOpenByMarker(q: { kind: 'issue'; label: string; marker: string }) {
    this.check('findOpenByMarker');
    if (q.kind !== 'issue' || !q.label || !/^<!-- healwright:fingerprint=[\w.-]+ -->$/.test(q.marker)) throw new Error(`422 bad query ${JSON.stringify(q)}`);
    const hit = this.issues.find((i) => i.state === 'open' && i.labels.includes(q.label) && i.body.includes(q.marker));
    return hit ? { number: hit.number, url: this.url(hit.number), body: hit.body, title: hit.title } : null;
  }

  async createIssue(issue: { title: string; body: string; labels: string[] }) {
    this.check('createIssue');
    if (!issue.title || issue.title.length > 256 || issue.body.length > 65_536 || !issue.labels.every((l) => typeof l === 'string' && l.length > 0)) {
      throw Object.assign(new Error('Validation Failed'), { status: 422 });
    }
    const number = this.issues.length + 1;
    this.issues.push({ number, title: issue.title, body: issue.body, labels: [...issue.labels], state: 'open', comments: [] });
    return { number, url: this.url(number) };
  }

  async commentOnIssue(number: number, body: string) {
    this.check('commentOnIssue');
    if (!body.trim()) throw Object.assign(new Error('Validation Failed: body is empty'), { status: 422 });
    const issue = this.get(number);
    issue.comments.push(body);
    return { id: number * 1000 + issue.comments.length, url: `${this.url(number)}#issuecomment-${issue.comments.length}` };
  }

  async closeIssue(number: number) {
    this.check('closeIssue');
    this.get(number).state = 'closed';
  }

  async updateIssueBody(number: number, body: string) {
    this.check('updateIssueBody');
    if (body.length > 65_536) throw Object.assign(new Error('Validation Failed'), { status: 422 });
    this.get(number).body = body;
  }

  private url(number: number): string {
    return `https://github.com/acme/app/issues/${number}`;
  }
}
