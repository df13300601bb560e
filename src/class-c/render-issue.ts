// The issue healwright opens for a Class C cluster: what failed, where, since when, why it was not
// fixed, the limits crossed (performance), where the artifacts are and what to look at first.
import path from 'node:path';
import { errorContextOf } from '../artifacts/attachment-names.js';
import type { ClusterAnalysisRecord, ClusterEntry } from '../artifacts/summary.js';
import { redactText } from '../redact/index.js';
import { templateInvestigationSteps } from './investigation.js';
import { cell, clip, clipLines, code, fenced, firstLine, plural, safeText } from './markdown.js';
import { categoryMarker, ClassCInputError, fingerprintMarker, firstSeenMarker, isoTime, renderStatsBlock, renderTestsBlock, safeRunId } from './markers.js';
import { extractTimings, formatMs } from './timings.js';
import type { ClassCCategory, ClassCFailure, IssueStats, RenderContext, RenderedIssue } from './types.js';
import { joinTitle } from '../common/names.js';

export const CLASS_C_CATEGORIES: readonly ClassCCategory[] = ['unknown', 'security', 'performance'];
/** Every Class C issue carries these; security and performance add their own. */
export const BASE_LABELS = ['self-heal', 'needs-investigation'] as const;

const HEADINGS: Record<ClassCCategory, string> = {
  unknown: 'Unknown failure',
  security: 'Security failure',
  performance: 'Performance failure',
};
const DETAILED_FAILURES = 5;
const MESSAGE_LINES = 40;
const MESSAGE_CHARS = 4000;
// GitHub refuses bodies over 65 536 characters.
const MAX_BODY = 60_000;

/** The category healing goes on with (the LLM's refinement when it made one), if it is Class C. */
export function classCCategoryOf(cluster: ClusterEntry, analysis?: ClusterAnalysisRecord): ClassCCategory | undefined {
  const category = analysis?.finalCategory ?? cluster.category;
  return (CLASS_C_CATEGORIES as readonly string[]).includes(category) ? (category as ClassCCategory) : undefined;
}

export function issueLabels(category: ClassCCategory, extra: readonly string[] = []): string[] {
  const own = category === 'unknown' ? [] : [category];
  return [...new Set([...BASE_LABELS, ...own, ...extra])];
}

/** A path as people should read it: relative to the repo when it is inside, redacted. */
export function displayPath(file: string, rootDir?: string): string {
  const rel = rootDir && path.isAbsolute(file) ? path.relative(rootDir, file) : file;
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return safeText(shown.split(path.sep).join('/'));
}

function artifactsOf(f: ClassCFailure, rootDir?: string): { name: string; path: string }[] {
  const wanted = ['screenshot', 'trace', 'video'];
  const context = errorContextOf(f.artifacts.filter((a) => a.path));
  return f.artifacts
    .filter((a) => a.path && (wanted.includes(a.name) || a === context))
    .map((a) => ({ name: a === context ? 'error-context' : a.name, path: displayPath(a.path as string, rootDir) }));
}

function keyOf(f: ClassCFailure): string {
  return joinTitle(f.titlePath);
}

function failureDetail(f: ClassCFailure, rootDir?: string): string {
  const facts = [
    `\`${displayPath(f.file, rootDir)}:${f.line}\``,
    f.project ? `project \`${safeText(f.project)}\`` : '',
    `status \`${safeText(f.status)}\``,
    plural(f.attempts, 'attempt'),
    f.durationMs !== undefined ? `took ${formatMs(f.durationMs)}` : '',
  ].filter(Boolean);
  const triage = `triage: \`${f.triage.category}\` by rule \`${safeText(f.triage.rule)}\` (confidence ${f.triage.confidence.toFixed(2)})`;
  const message = clipLines(clip(safeText(f.message), MESSAGE_CHARS), MESSAGE_LINES);
  const artifacts = artifactsOf(f, rootDir);
  return [
    `#### ${code(safeText(keyOf(f)))}`,
    `${facts.join(' · ')}; ${triage}`,
    '',
    fenced(message),
    artifacts.length ? `\nArtifacts: ${artifacts.map((a) => `${a.name} ${code(a.path)}`).join(', ')}` : '',
  ].join('\n');
}

// Why each category goes to a person rather than to a fix.
const POLICY: Record<ClassCCategory, string> = {
  unknown: 'No fix rule applies with enough confidence, so nothing was changed.',
  security: 'Security failures are never patched automatically: a weakened check would hide the finding.',
  performance: 'Timeouts and budgets are never raised automatically: that would hide a slowdown.',
};

function reasonsSection(category: ClassCCategory, failures: readonly ClassCFailure[], analysis?: ClusterAnalysisRecord): string[] {
  const reasons = [`- ${POLICY[category]}`, ...[...new Set(failures.flatMap((f) => f.triage.reasons))].slice(0, 6).map((r) => `- Triage: ${safeText(r)}`)];
  if (analysis?.ok) {
    const who = `${analysis.provider ?? 'LLM'}${analysis.model ? ` ${analysis.model}` : ''}`;
    if (analysis.rootCause) reasons.push(`- Likely root cause (${safeText(who)}): ${safeText(analysis.rootCause)}`);
    if (analysis.categoryReason) reasons.push(`- Category (${safeText(who)}, confidence ${(analysis.confidence ?? 0).toFixed(2)}): ${safeText(analysis.categoryReason)}`);
  }
  return reasons;
}

function timingsSection(failures: readonly ClassCFailure[]): string[] {
  const rows: string[] = [];
  for (const f of failures) {
    const test = cell(safeText(keyOf(f)));
    const took = f.durationMs !== undefined ? formatMs(f.durationMs) : 'not recorded';
    const limits = extractTimings(f.message);
    if (limits.length === 0) rows.push(`| ${test} | no limit named in the message | | ${took} |`);
    for (const t of limits) {
      const over = t.actualMs !== undefined ? ` (measured ${formatMs(t.actualMs)}, ${formatMs(t.actualMs - t.limitMs)} over)` : '';
      rows.push(`| ${test} | ${t.what}${over} | ${formatMs(t.limitMs)} | ${took} |`);
    }
  }
  return ['| Test | Limit crossed | Limit | Test duration |', '|---|---|---|---|', ...rows];
}

function investigationSection(category: ClassCCategory, failures: readonly ClassCFailure[], firstSeen: string, analysis: ClusterAnalysisRecord | undefined, rootDir?: string): string[] {
  if (analysis?.ok && analysis.investigationSteps.length > 0) {
    const who = `${analysis.provider ?? 'LLM'}${analysis.model ? ` ${analysis.model}` : ''}`;
    return [`Suggested by ${safeText(who)}:`, '', ...analysis.investigationSteps.map((s, i) => `${i + 1}. ${safeText(s)}`)];
  }
  const first = failures[0];
  const arts = first ? artifactsOf(first, rootDir) : [];
  const trace = arts.find((a) => a.name === 'trace')?.path;
  const errorContext = arts.find((a) => a.name === 'error-context')?.path;
  const steps = templateInvestigationSteps({
    category,
    location: first ? `${displayPath(first.file, rootDir)}:${first.line}` : '<file>:<line>',
    project: first ? safeText(first.project) : '',
    firstSeen,
    ...(trace ? { trace } : {}),
    ...(errorContext ? { errorContext } : {}),
  });
  return steps.map((s, i) => `${i + 1}. ${s}`);
}

function artifactsSection(ctx: RenderContext): string[] {
  const out = [`- Run folder: \`healing-results/${safeRunId(ctx.runId)}/\` (healing-summary.json, summary.md, healing-output.log)`];
  if (ctx.actions) {
    out.push(`- GitHub Actions run: ${safeText(ctx.actions.runUrl)}`);
    if (ctx.actions.artifactNames.length) {
      out.push(`- Artifacts (kept 7 days): ${ctx.actions.artifactNames.map((n) => code(safeText(n))).join(', ')}; unzip \`test-results-*\` into \`test-results/\` and the paths above work as shown.`);
    }
  }
  out.push('- Screenshots, traces and error context of each test are listed with its failure above.');
  return out;
}

/**
 * Renders the issue for one Class C cluster. Every text from the run is redacted here, whatever
 * the input claims; the markers are built from validated values only.
 */
export function renderClassCIssue(cluster: ClusterEntry, ctx: RenderContext): RenderedIssue {
  const category = classCCategoryOf(cluster, ctx.analysis);
  if (!category) throw new ClassCInputError(`cluster ${cluster.fingerprint} is '${ctx.analysis?.finalCategory ?? cluster.category}', not a Class C category (${CLASS_C_CATEGORIES.join(', ')})`);
  const marker = fingerprintMarker(cluster.fingerprint);
  const failures = ctx.failures.filter((f) => f.fingerprint === cluster.fingerprint);
  const stats: IssueStats = ctx.stats ?? { firstSeen: ctx.seenAt, lastSeen: ctx.seenAt, lastRunId: ctx.runId, runsFailing: 1, failuresLastRun: cluster.count };
  const tests = [...(ctx.previousTests ?? []), ...cluster.tests, ...failures.map(keyOf)];
  const example = safeText(cluster.example);
  const title = `[healwright] ${HEADINGS[category]}: ${firstLine(example, 90) || cluster.fingerprint} (${plural(cluster.count, 'test')})`;

  const render = (detailed: number): string => {
    const shown = failures.slice(0, detailed);
    const lines = [
      marker,
      categoryMarker(category),
      firstSeenMarker(stats.firstSeen),
      `## ${HEADINGS[category]}: needs investigation`,
      '',
      `healwright triaged ${plural(cluster.count, 'failing test')} as **${category}** (Class C): it does not fix these on its own, a person needs to look. ` +
        'This issue is updated when the failure comes back, and says so when the tests pass again.',
      '',
      renderStatsBlock(stats),
      '',
      '### Tests affected',
      renderTestsBlock(tests),
      '',
      '### Why healwright did not fix it',
      ...reasonsSection(category, failures, ctx.analysis),
    ];
    if (category === 'performance') lines.push('', '### Timings', ...timingsSection(failures));
    lines.push('', '### Failures', ...shown.map((f) => failureDetail(f, ctx.rootDir) + '\n'));
    if (failures.length > shown.length) lines.push(`… and ${failures.length - shown.length} more with the same fingerprint (see healing-summary.json).`, '');
    if (failures.length === 0) lines.push(fenced(example), '');
    lines.push('### Suggested investigation', ...investigationSection(category, failures, stats.firstSeen, ctx.analysis, ctx.rootDir), '');
    lines.push('### Artifacts', ...artifactsSection(ctx), '');
    lines.push('---', `<sub>Fingerprint \`${cluster.fingerprint}\` · opened by healwright in run \`${safeRunId(ctx.runId)}\` at ${isoTime(ctx.seenAt)}</sub>`);
    return redactText(lines.join('\n'));
  };

  let body = render(DETAILED_FAILURES);
  for (let n = DETAILED_FAILURES - 1; body.length > MAX_BODY && n >= 0; n--) body = render(n);
  if (!body.includes(marker)) throw new ClassCInputError(`redaction changed the fingerprint marker of ${cluster.fingerprint}; the issue would not be found again`);
  return { title: redactText(title), body, labels: issueLabels(category, ctx.extraLabels) };
}
