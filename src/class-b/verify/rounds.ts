// Healing rounds: a patch whose re-run still fails, but further on (the test now stops at a later line,
// or with another error on a line the patch healed), made progress. The new failure is healed against
// the patched source and the new edits are stacked on the old ones, up to maxHealRounds in all.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { projectOfKey } from '../../common/names.js';
import { userFrames } from '../source.js';
import type { HealerResult, MeantElement, PatchProposal, SourceEdit } from '../types.js';
import type { RerunFailure, TestRun, TestStatus } from './types.js';

export type { RoundNote } from './types.js';
import { judgeRerun } from './verdict.js';
import { describeThrown } from '../../common/errors.js';

/** Where a failure happened: its user frames (innermost first, repo-relative posix paths) and its error's first line. */
export interface FailureSpot {
  frames: { file: string; line: number }[];
  error: string;
}

/** What the next round's healer is given: the failure as the re-run saw it, in the copy that holds the patched source. */
export interface RoundHealRequest {
  /** Root of the isolated copy (the patched source; attachment paths point into it). */
  copyDir: string;
  /** testKey of the failing test. */
  key: string;
  project: string;
  failure: RerunFailure;
  /** The patch so far (edits in repository paths). */
  proposal: PatchProposal;
}

/**
 * Heals one re-run failure; its edits name files in the copy. A refusal says which fix type refused and
 * why. May be asynchronous (the LLM's edit, when the deterministic healers refuse).
 */
export type RoundHealer = (request: RoundHealRequest) => HealerResult | Promise<HealerResult>;

export interface RoundsOptions {
  /** Most rounds one proposal may take, the first included (the `maxHealRounds` setting); 1 turns rounds off. */
  max: number;
  heal: RoundHealer;
  /** Where each affected test failed in the run, by testKey. */
  origins: ReadonlyMap<string, FailureSpot>;
}

/** The first non-empty line of an error, trimmed: what tells two failures at one place apart. */
export function errorLine(message: string): string {
  return (message.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
}

/** The spot of a failure from its stack (else its location), with paths relative to the first root that holds them. */
export function spotOf(failure: { message: string; stack?: string; location?: { file: string; line: number } }, roots: readonly string[]): FailureSpot {
  const rel = (file: string) => {
    for (const root of roots) {
      const r = path.relative(root, file);
      if (!r.startsWith('..') && !path.isAbsolute(r)) return r.split(path.sep).join('/');
    }
    return undefined;
  };
  let frames: { file: string; line: number }[] = [];
  for (const root of roots) {
    frames = userFrames(failure.stack ?? failure.message, root).flatMap((f) => {
      const file = rel(f.file);
      return file ? [{ file, line: f.line }] : [];
    });
    if (frames.length) break;
  }
  const at = failure.location && rel(failure.location.file);
  if (!frames.length && at && failure.location) frames = [{ file: at, line: failure.location.line }];
  return { frames, error: errorLine(failure.message) };
}

/** `file:line` of a spot's innermost frame, or `an unknown line`. */
export function spotText(spot: FailureSpot): string {
  const f = spot.frames[0];
  return f ? `${f.file}:${f.line}` : 'an unknown line';
}

/**
 * Whether a failure moved forward: walking both stacks from the outermost frame (the test), the first
 * frame that differs is a later line of the same file; or the path is the same and the error changed
 * on a line the patch edited (a locator healed, then the value it reads). Anything else (an earlier
 * line, another file, the same error) is not progress.
 */
export function madeProgress(origin: FailureSpot | undefined, now: FailureSpot, edited: readonly { file: string; line: number }[]): boolean {
  if (!origin || !origin.frames.length || !now.frames.length) return false;
  const a = [...origin.frames].reverse();
  const b = [...now.frames].reverse();
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as { file: string; line: number };
    const y = b[i] as { file: string; line: number };
    if (x.file !== y.file) return false;
    if (x.line !== y.line) return y.line > x.line;
  }
  if (a.length !== b.length) return false;
  return now.error !== origin.error && now.frames.some((f) => edited.some((e) => e.file === f.file && e.line === f.line));
}

/**
 * The next round's edits stacked on the previous ones: a line both change keeps the original `before`
 * and takes the new `after` (the new edit must start from the old one's result); other lines are added.
 */
export function stackEdits(previous: readonly SourceEdit[], next: readonly SourceEdit[]): SourceEdit[] | { conflict: string } {
  const out = previous.map((e) => ({ ...e }));
  for (const n of next) {
    const same = out.find((e) => path.resolve(e.file) === path.resolve(n.file) && e.line === n.line);
    if (!same) {
      out.push({ ...n });
      continue;
    }
    if (same.after !== n.before) return { conflict: `line ${n.line} of ${path.basename(n.file)} is not what the previous round left there` };
    same.after = n.after;
  }
  return out;
}

/** What a failed re-run leads to: another round with the stacked patch, or the reason healing stops there. */
export type NextRound =
  | { kind: 'progress'; proposal: PatchProposal; spots: Map<string, FailureSpot>; moved: string; category: string; added: string[] }
  | { kind: 'stuck'; spots: Map<string, FailureSpot>; moved: string; reason: string };

export interface NextRoundInput {
  proposal: PatchProposal;
  /** The affected tests' keys. */
  affected: readonly string[];
  /** Rounds taken so far, this one included. */
  round: number;
  tests: readonly TestRun[];
  failures: ReadonlyMap<string, RerunFailure> | undefined;
  before: ReadonlyMap<string, TestStatus>;
  /** Where each affected test failed before this round's re-run (the run's failure, then each round's). */
  spots: ReadonlyMap<string, FailureSpot>;
  copyDir: string;
  repoRoot: string;
  /** Repo-relative posix path of a file in the repository. */
  relOf: (file: string) => string;
  rounds: RoundsOptions;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Decides what a failed re-run of one proposal leads to. Undefined (no progress): a test of the re-run
 * files that passed before fails now, an affected test did not run or stopped where it stopped before.
 * Otherwise every affected test that still fails moved forward: each is healed in the copy and the edits
 * are stacked (`progress`), or the reason one cannot be is returned (`stuck`).
 */
export async function planNextRound(input: NextRoundInput): Promise<NextRound | undefined> {
  const { rounds } = input;
  if (rounds.max <= 1) return undefined;
  const affected = new Set(input.affected);
  const others = input.tests.filter((t) => !affected.has(t.key));
  if (others.length && !judgeRerun([], input.before, others, []).verified) return undefined;
  const copyRoots = [...new Set([path.resolve(input.copyDir), realOr(input.copyDir)])];
  /** A file in the copy as the same file in the repository; undefined when it lies outside the copy. */
  const inRepo = (file: string): string | undefined => {
    const rel = copyRoots.map((r) => path.relative(r, path.resolve(file))).find((r) => !r.startsWith('..') && !path.isAbsolute(r));
    return rel === undefined ? undefined : path.join(input.repoRoot, rel);
  };
  const edited = input.proposal.edits.map((e) => ({ file: input.relOf(e.file), line: e.line }));
  const moves: { key: string; failure: RerunFailure; spot: FailureSpot; from: FailureSpot | undefined }[] = [];
  for (const key of input.affected) {
    const t = input.tests.find((x) => x.key === key);
    if (t?.status === 'passed') continue;
    const failure = input.failures?.get(key);
    if (!t || !failure) return undefined;
    const from = input.spots.get(key) ?? rounds.origins.get(key);
    const spot = spotOf(failure, copyRoots);
    if (!madeProgress(from, spot, edited)) return undefined;
    moves.push({ key, failure, spot, from });
  }
  if (!moves.length) return undefined;
  const spots = new Map(input.spots);
  for (const m of moves) spots.set(m.key, m.spot);
  const moved = moves.map((m) => `it now fails at ${spotText(m.spot)} (${m.spot.error})`).join('; ');
  if (input.round >= rounds.max) return { kind: 'stuck', spots, moved, reason: `maxHealRounds (${rounds.max}) reached` };

  let edits: SourceEdit[] = input.proposal.edits;
  const meant: MeantElement[] = [...(input.proposal.meant ?? [])];
  const categories: string[] = [];
  const reasons: string[] = [];
  const added: string[] = [];
  for (const m of moves) {
    let healed: HealerResult;
    try {
      healed = await rounds.heal({ copyDir: input.copyDir, key: m.key, project: projectOfKey(m.key), failure: m.failure, proposal: input.proposal });
    } catch (err) {
      healed = { refused: `the healer failed: ${describeThrown(err)}` };
    }
    if ('refused' in healed) return { kind: 'stuck', spots, moved, reason: healed.refused };
    const next: SourceEdit[] = [];
    for (const e of healed.proposal.edits) {
      const file = inRepo(e.file);
      if (file === undefined) return { kind: 'stuck', spots, moved, reason: `the ${healed.proposal.category} healer proposed an edit outside the repository (${e.file})` };
      next.push({ ...e, file });
      added.push(`${path.relative(input.repoRoot, file).split(path.sep).join('/')}:${e.line}`);
    }
    // What this round's selector heal meant, in repository paths, for the next re-run's same-element check.
    for (const m of healed.proposal.meant ?? []) {
      const file = inRepo(m.file);
      if (file !== undefined) meant.push({ ...m, file });
    }
    const stacked = stackEdits(edits, next);
    if ('conflict' in stacked) return { kind: 'stuck', spots, moved, reason: `the ${healed.proposal.category} fix does not stack on the previous rounds: ${stacked.conflict}` };
    edits = stacked;
    categories.push(healed.proposal.category);
    reasons.push(healed.proposal.reasoning);
  }
  const category = [...new Set(categories)].join(', ');
  const round = input.round + 1;
  return {
    kind: 'progress',
    spots,
    moved,
    category,
    added: [...new Set(added)],
    proposal: { ...input.proposal, edits, ...(meant.length ? { meant } : {}), reasoning: `${input.proposal.reasoning} Round ${round} (${category}): ${reasons.join(' ')}` },
  };
}
