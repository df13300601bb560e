// Comments on an open Class C issue: the failure came back, or its tests pass again.
import { redactText } from '../redact/index.js';
import { code, firstLine, plural, safeText } from './markdown.js';
import { humanTime, safeRunId } from './markers.js';
import type { IssueStats } from './types.js';
import type { ActionsContext } from '../github/actions-context.js';

function runLink(runId: string, actions?: ActionsContext): string {
  return actions ? `[run \`${safeRunId(runId)}\`](${safeText(actions.runUrl)})` : `run \`${safeRunId(runId)}\``;
}

export interface RecurrenceComment {
  runId: string;
  /** The stats after counting this run. */
  stats: IssueStats;
  /** Failures of the cluster in this run. */
  count: number;
  /** Tests failing with this fingerprint that the issue did not list yet. */
  newTests: readonly string[];
  example: string;
  actions?: ActionsContext;
}

/** "Failed again" with the running count, first and last seen. */
export function renderRecurrenceComment(c: RecurrenceComment): string {
  const lines = [
    `**Failed again** in ${runLink(c.runId, c.actions)} at ${humanTime(c.stats.lastSeen)}: ${plural(c.count, 'failure')} in this run.`,
    '',
    `Seen in ${plural(c.stats.runsFailing, 'run')} since ${humanTime(c.stats.firstSeen)} (first seen); last seen ${humanTime(c.stats.lastSeen)}.`,
  ];
  const example = firstLine(safeText(c.example), 200);
  if (example) lines.push('', `Error: ${code(example)}`);
  if (c.newTests.length) lines.push('', `Now also failing: ${c.newTests.slice(0, 20).map((t) => code(safeText(t))).join(', ')}${c.newTests.length > 20 ? ` and ${c.newTests.length - 20} more` : ''}.`);
  if (c.actions?.artifactNames.length) lines.push('', `Artifacts: ${c.actions.artifactNames.map((n) => code(safeText(n))).join(', ')}.`);
  return redactText(lines.join('\n'));
}

export interface PassedAgainComment {
  runId: string;
  at: string;
  /** The issue's tests that ran and passed in this run. */
  passed: readonly string[];
  /** Tests the issue lists that did not run this time. */
  notRun: number;
  closing: boolean;
  actions?: ActionsContext;
}

/** "Passed again", and whether healwright closes the issue. */
export function renderPassedAgainComment(c: PassedAgainComment): string {
  const lines = [
    `**Passed again** in ${runLink(c.runId, c.actions)} at ${humanTime(c.at)}: ${c.passed.slice(0, 20).map((t) => code(safeText(t))).join(', ')}${c.passed.length > 20 ? ` and ${c.passed.length - 20} more` : ''}.`,
  ];
  if (c.notRun > 0) lines.push('', `${plural(c.notRun, 'other listed test')} did not run in this run.`);
  lines.push(
    '',
    c.closing
      ? 'Closing this issue (`github.closeResolvedIssues` is on). If the failure comes back, healwright opens a new issue.'
      : 'Leaving it open for a person to confirm the cause is gone; set `github.closeResolvedIssues: true` to have healwright close resolved issues.',
  );
  return redactText(lines.join('\n'));
}
