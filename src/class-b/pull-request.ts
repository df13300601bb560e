// One pull request per run and fix type: its title, body (failure summary, every fix with its diff and
// reasoning, before/after results, artifact links) and the fingerprint markers that dedupe it.
import path from 'node:path';
import type { ClassBCategory, PatchProposal } from './types.js';
import { cell, fenced } from '../common/markdown.js';

/** One test's result in a re-run, as the verifier reports it. */
export interface RerunResult {
  key: string;
  status: string;
  durationMs?: number;
  error?: string;
}

/** A verified fix as the PR needs it. */
export interface VerifiedFix {
  proposal: PatchProposal;
  /** Unified diff of this fix alone (paths relative to the repository root). */
  diff: string;
  before: RerunResult[];
  after: RerunResult[];
}

export interface PullRequestContext {
  runId: string;
  startedAt: string;
  /** Repository root (fix paths are shown relative to it). */
  repoRoot: string;
  /** The failing tests, by test id: key, error message (redacted by the caller's redact). */
  tests: Map<string, { key: string; message: string }>;
  /** Run folder, relative to the repository root when inside it. */
  runDir: string;
  /** Actions run URL and the artifact name that holds healing-results/, when in Actions. */
  actionsRunUrl?: string;
  artifactName?: string;
  redact: (text: string) => string;
}

export interface RenderedPullRequest {
  title: string;
  body: string;
  /** `<!-- healwright:fingerprint=... -->` of every fix in the PR. */
  markers: string[];
  commitMessage: string;
}

const TYPE_TITLES: Record<ClassBCategory, { noun: string; verb: string }> = {
  'update-selectors': { noun: 'selector', verb: 'Update' },
  'fix-api-routes': { noun: 'API route', verb: 'Fix' },
  'update-test-data': { noun: 'test data value', verb: 'Update' },
};

/** The dedupe marker of one fix: the failure fingerprint and the exact edit. */
export function fixMarker(proposal: PatchProposal): string {
  return `<!-- healwright:fingerprint=${proposal.fingerprint} -->`;
}

/** Marker of the PR itself (run and type), for people and for finding heal PRs. */
export function pullRequestMarker(category: ClassBCategory): string {
  return `<!-- healwright:pr type=${category} -->`;
}

function shortCell(text: string): string {
  return cell(text).slice(0, 200);
}

function where(repoRoot: string, proposal: PatchProposal): string {
  const first = proposal.edits[0];
  if (!first) return '(no edits)';
  return `${path.relative(repoRoot, first.file).split(path.sep).join('/')}:${first.line}`;
}

function statusMap(results: RerunResult[]): Map<string, string> {
  return new Map(results.map((r) => [r.key, r.status]));
}

/** Renders the PR of one fix type. Every text passes `ctx.redact`. */
export function renderPullRequest(category: ClassBCategory, fixes: VerifiedFix[], ctx: PullRequestContext): RenderedPullRequest {
  const r = ctx.redact;
  const t = TYPE_TITLES[category];
  const n = fixes.length;
  const title = `healwright: ${t.verb.toLowerCase()} ${n} ${t.noun}${n === 1 ? '' : 's'} (${category})`;
  const testIds = [...new Set(fixes.flatMap((f) => f.proposal.testIds))];
  const lines: string[] = [];
  lines.push(pullRequestMarker(category));
  lines.push(`## ${t.verb} ${n} ${t.noun}${n === 1 ? '' : 's'}: self-heal \`${category}\``);
  lines.push('');
  lines.push(
    `healwright found ${testIds.length} failing test${testIds.length === 1 ? '' : 's'} in run \`${ctx.runId}\` (${ctx.startedAt}) and verified every fix below by re-running the affected tests in an isolated copy of the repository (retries 0). No assertion was weakened, removed or skipped: only locators, API paths or expected literals changed.`,
  );
  lines.push('');
  lines.push('### Failures');
  lines.push('');
  lines.push('| Test | Error |');
  lines.push('|---|---|');
  for (const id of testIds) {
    const test = ctx.tests.get(id);
    if (!test) continue;
    const firstLine = test.message.split('\n').find((l) => l.trim()) ?? '';
    lines.push(`| ${shortCell(r(test.key))} | ${shortCell(r(firstLine))} |`);
  }
  lines.push('');
  lines.push('### Fixes');
  fixes.forEach((fix, i) => {
    const p = fix.proposal;
    lines.push('');
    lines.push(`#### ${i + 1}. \`${where(ctx.repoRoot, p)}\` (${p.source === 'llm' ? 'proposed by the LLM' : 'deterministic healer'}, confidence ${Math.round(p.confidence * 100)}%)`);
    lines.push('');
    lines.push(r(p.reasoning));
    lines.push('');
    lines.push(fenced(r(fix.diff), 'diff'));
    lines.push(fixMarker(p));
  });
  lines.push('');
  lines.push('### Test results before / after');
  lines.push('');
  lines.push('| Test | Before (the run) | After (re-run with the fix) |');
  lines.push('|---|---|---|');
  const seen = new Set<string>();
  for (const fix of fixes) {
    const before = statusMap(fix.before);
    for (const a of fix.after) {
      if (seen.has(a.key)) continue;
      seen.add(a.key);
      lines.push(`| ${shortCell(r(a.key))} | ${before.get(a.key) ?? 'not run'} | ${a.status} |`);
    }
  }
  lines.push('');
  lines.push('### Artifacts');
  lines.push('');
  if (ctx.actionsRunUrl) lines.push(`- Actions run: ${ctx.actionsRunUrl}${ctx.artifactName ? ` (artifact \`${ctx.artifactName}\`)` : ''}`);
  lines.push(`- Run folder: \`${ctx.runDir}\` (\`summary.md\`, \`healing-summary.json\`, \`test-rerun-output.json\`, the \`.patch\` of this PR)`);
  lines.push('');
  lines.push('---');
  lines.push('Opened by healwright. Review it like any change: merge when the new locator, route or value is what the app should have. healwright does not push to the default branch and opens one PR per run and fix type; a later run that needs the same fix comments here instead of opening another.');
  const body = lines.join('\n') + '\n';
  const commitMessage = `${title}\n\nVerified by re-running ${seen.size} test${seen.size === 1 ? '' : 's'} in run ${ctx.runId}.`;
  return { title, body, markers: fixes.map((f) => fixMarker(f.proposal)), commitMessage };
}

/** The comment left on an open heal PR that already carries the same fix. */
export function renderRecurrenceComment(category: ClassBCategory, fixes: VerifiedFix[], ctx: Pick<PullRequestContext, 'runId' | 'startedAt' | 'actionsRunUrl' | 'redact' | 'repoRoot'>): string {
  const lines = [
    `healwright run \`${ctx.runId}\` (${ctx.startedAt}) hit the same \`${category}\` failure${fixes.length === 1 ? '' : 's'} again and verified the same fix${fixes.length === 1 ? '' : 'es'}, so it did not open another pull request.`,
    '',
    ...fixes.map((f) => `- \`${where(ctx.repoRoot, f.proposal)}\` (fingerprint \`${f.proposal.fingerprint}\`, ${f.proposal.testIds.length} test${f.proposal.testIds.length === 1 ? '' : 's'})`),
  ];
  if (ctx.actionsRunUrl) lines.push('', `Actions run: ${ctx.actionsRunUrl}`);
  return lines.join('\n') + '\n';
}
