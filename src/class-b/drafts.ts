// A patch that failed verification is kept, never published: `drafts/<category>-<n>.patch` (applies with
// `git apply`) and a `.md` beside it with the reason and the re-run's results, so a person can finish it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PatchProposal } from './types.js';
import type { RoundNote, TestOutcome, TestRun } from './verify/types.js';
import { cell, clip, fenced } from '../common/markdown.js';

export const DRAFTS_DIR = 'drafts';

export interface Draft {
  proposal: PatchProposal;
  /** Why verification failed. */
  reason: string;
  diff: string;
  before: readonly TestOutcome[];
  after: readonly TestRun[];
  /** The healing rounds, when a second one was tried. */
  rounds?: readonly RoundNote[];
}

function renderDraft(d: Draft, patchName: string, redact: (text: string) => string): string {
  const p = d.proposal;
  const before = new Map(d.before.map((t) => [t.key, t.status]));
  const lines = [
    `# Draft ${p.category} fix: failed verification, not published`,
    '',
    `Why: ${redact(d.reason)}`,
    '',
    `Proposed by ${p.source === 'llm' ? 'the LLM' : 'the healer'}: ${redact(p.reasoning)}`,
    '',
    `To look further, apply it from the repository root: \`git apply <run folder>/${patchName}\`. It is not verified: the re-run below did not pass.`,
  ];
  if (d.rounds?.length) {
    lines.push('', `## Rounds`, '', `The patch holds the edits of every round that got the test further; the last round says what stayed unhealed and why.`, '');
    for (const r of d.rounds) lines.push(`${r.round}. ${r.category ? `${r.category}` : 'no fix'}${r.edits.length ? ` (${r.edits.join(', ')})` : ''}: ${redact(r.outcome)}`);
  }
  if (d.after.length) {
    lines.push('', '| test | before | after | error |', '| --- | --- | --- | --- |');
    for (const t of d.after) lines.push(`| ${cell(redact(t.key))} | ${before.get(t.key) ?? 'not run'} | ${t.status} | ${cell(clip(redact(t.error ?? ''), 200))} |`);
  }
  lines.push('', fenced(redact(d.diff), 'diff'), '');
  return lines.join('\n');
}

/**
 * Writes each failed proposal as a draft under `<runDir>/drafts/` and returns the patch paths, relative
 * to the run folder, in the order given. Every text is redacted. A draft whose diff is empty (it could
 * not be rendered) still gets its `.md`.
 */
export function writeDrafts(runDir: string, drafts: readonly Draft[], redact: (text: string) => string): string[] {
  if (drafts.length === 0) return [];
  const dir = path.join(runDir, DRAFTS_DIR);
  mkdirSync(dir, { recursive: true });
  const count = new Map<string, number>();
  return drafts.map((d) => {
    const n = (count.get(d.proposal.category) ?? 0) + 1;
    count.set(d.proposal.category, n);
    const name = `${d.proposal.category}-${n}`;
    writeFileSync(path.join(dir, `${name}.patch`), redact(d.diff));
    writeFileSync(path.join(dir, `${name}.md`), renderDraft(d, `${DRAFTS_DIR}/${name}.patch`, redact));
    return `${DRAFTS_DIR}/${name}.patch`;
  });
}
