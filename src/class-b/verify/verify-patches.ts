// The Class B validation pipeline: pre-flight, dry run (the diff), apply in an isolated copy, verify by
// re-running the affected files there, roll back (discard the copy) on failure. Proposals of one
// category are verified together first; when that fails each is verified alone, so one wrong patch
// does not sink the good ones. The user's working tree is only ever read.
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from '../../common/time.js';
import { redactText } from '../../redact/index.js';
import { applyProposals } from '../patch-file.js';
import type { PatchScope } from '../test-scope.js';
import type { ClassBCategory, PatchProposal } from '../types.js';
import { VerifyBudget, failureKey, type VerifyGuardrails } from './budget.js';
import { createIsolatedCopy } from './isolated-copy.js';
import { fileOfKey } from './json-report.js';
import { preflight, type PreflightContext } from './preflight.js';
import { countStatuses, writeRerunOutput, type ProposalRecord, type RerunRecord } from './rerun-output.js';
import { rerunTests, type RerunOptions, type RerunResult } from './rerun.js';
import { buildRerunEnv } from './rerun-env.js';
import type { LogLevel, TestStatus, VerifyResult, VerifyStatus } from './types.js';
import { beforeOf, judgeRerun } from './verdict.js';
import { planNextRound, type FailureSpot, type NextRound, type RoundNote, type RoundsOptions } from './rounds.js';
import { processEnv } from '../../config/process-env.js';
import { sameElementFromTraces } from './trace/index.js';
import { describeThrown } from '../../common/errors.js';

export interface VerifyPatchesOptions {
  repoRoot: string;
  /** Folder of playwright.config.ts. */
  configDir: string;
  /** playwright.config.ts, relative to repoRoot (an absolute path inside repoRoot is accepted too). */
  configFile: string;
  proposals: PatchProposal[];
  /** Final status of every test in the original run, by testKey. */
  before: ReadonlyMap<string, TestStatus>;
  /** The tests (testKeys) each proposal is meant to fix. */
  affectedKeys: ReadonlyMap<PatchProposal, readonly string[]> | ((proposal: PatchProposal) => readonly string[]);
  /** Healable projects: the re-run passes `--project` for each (empty: all projects). */
  projects: string[];
  guardrails: VerifyGuardrails;
  maxPatchLines: number;
  /** Globs relative to configDir; empty: the healed projects' test files and data (see allowed-paths.ts). */
  allowedPaths: string[];
  /** testDir of every healable project; used when testScopes is absent (Playwright's default testMatch). */
  testDirs: string[];
  /** testDir, testMatch and testIgnore of every healable project: which files a patch may touch. */
  testScopes?: readonly PatchScope[];
  /** Pre-flight and diff only: nothing is applied or re-run. */
  dryRun: boolean;
  runStartedAt?: number;
  fileHashes?: PreflightContext['fileHashes'];
  /** Path of test-rerun-output.json. */
  outputFile: string;
  log?: (level: LogLevel, message: string) => void;
  /** One line per verification re-run as it ends (the console's progress while many patches are verified). */
  progress?: (line: string) => void;
  /** Where the re-runs' variables come from (default process.env); only allowlisted, non-secret ones pass. */
  env?: NodeJS.ProcessEnv;
  /** Extra variable names the re-runs may see (the `verifyEnv` option); secrets among them are refused with a warning. */
  verifyEnv?: readonly string[];
  /** Repo-relative paths left out of the copies (the healing output dir, Playwright's outputDir). */
  exclude?: string[];
  /** Attempts per fingerprint made by earlier runs. */
  priorAttempts?: ReadonlyMap<string, number>;
  /** Per-test timeout of the re-runs (Playwright's --timeout, e.g. the `timeout` setting); default: the config's. */
  testTimeoutMs?: number;
  /** Longest one re-run may take (default 10 min); always cut at the deadline. */
  rerunTimeoutMs?: number;
  /**
   * Healing rounds: when a proposal's re-run fails further on, the new failure is healed against the
   * patched source and the stacked patch verified again, up to `rounds.max` rounds. Absent: one round.
   */
  rounds?: RoundsOptions;
  /** The re-run (default rerunTests); a seam for tests of the guardrails. */
  rerun?: (copyDir: string, opts: RerunOptions) => Promise<RerunResult>;
}

interface Entry {
  index: number;
  proposal: PatchProposal;
  affected: string[];
  /** Repo-relative files re-run for this proposal: the affected tests' files and the edited files. */
  files: Set<string>;
  diff: string;
  result?: VerifyResult;
  reruns: number[];
  /** Rounds so far (only once a second round was tried). */
  rounds: RoundNote[];
  /** Where each affected test failed in the latest re-run (the next round's starting point). */
  spots: Map<string, FailureSpot>;
}

type Attempt = { kind: 'done'; verified: boolean; reason: string; rerun: RerunRecord; next?: NextRound } | { kind: 'deadline' };

const DEFAULT_RERUN_TIMEOUT = 10 * 60 * 1000;

export async function verifyPatches(opts: VerifyPatchesOptions): Promise<{ results: VerifyResult[] }> {
  const started = Date.now();
  const log = (level: LogLevel, msg: string) => opts.log?.(level, redactText(msg));
  const root = path.resolve(opts.repoRoot);
  const budget = new VerifyBudget(opts.guardrails, opts.priorAttempts);
  const rerun = opts.rerun ?? rerunTests;
  const verifyEnv = opts.verifyEnv ?? [];
  if (!opts.dryRun) {
    for (const r of buildRerunEnv(opts.env ?? processEnv(), verifyEnv).refused) log('warn', `verifyEnv: ${r.name} is not passed to verification re-runs: ${r.reason}`);
  }
  const realRoot = realpathOr(root);
  // Repo-relative posix path of a file, through symlinks, so copies and keys agree with the filesystem.
  const relOf = (f: string) => path.relative(realRoot, realpathOr(path.resolve(root, f))).split(path.sep).join('/');
  const configFile = relOf(opts.configFile);
  const reruns: RerunRecord[] = [];
  const affectedOf = (p: PatchProposal) => [...((typeof opts.affectedKeys === 'function' ? opts.affectedKeys(p) : opts.affectedKeys.get(p)) ?? [])];

  const entries: Entry[] = opts.proposals.map((proposal, index) => {
    const affected = affectedOf(proposal);
    const edited = proposal.edits.map((e) => relOf(e.file));
    return { index, proposal, affected, files: new Set([...affected.map(fileOfKey), ...edited]), diff: '', reruns: [], rounds: [], spots: new Map() };
  });
  const settle = (e: Entry, status: VerifyStatus, reason: string, after: RerunRecord | undefined = undefined) => {
    e.result = {
      proposal: e.proposal,
      status,
      reason: redactText(reason),
      diff: e.diff,
      before: beforeOf(opts.before, e.files, opts.projects),
      after: after ? after.tests.filter((t) => e.files.has(fileOfKey(t.key))) : [],
      ...(e.rounds.length ? { rounds: e.rounds } : {}),
    };
    log(status === 'verified' || status === 'dry-run' ? 'info' : 'warn', `Class B ${e.proposal.category} #${e.index} (${e.proposal.fingerprint}): ${status}: ${reason}`);
  };
  const pending = (list: Entry[]) => list.filter((e) => !e.result);

  // One attempt: apply the entries' edits in a fresh copy, re-run their files, judge, discard the copy.
  const attempt = async (list: Entry[], kind: RerunRecord['kind']): Promise<Attempt> => {
    const wait = budget.waitBeforeRerun();
    if (wait === undefined) return { kind: 'deadline' };
    if (wait > 0) await sleep(wait);
    budget.startAttempt(list.map((e) => failureKey(e.proposal)));
    const files = [...new Set(list.flatMap((e) => [...e.files]))].sort();
    const affected = list.flatMap((e) => e.affected);
    const startedAt = new Date().toISOString();
    const copy = createIsolatedCopy(root, { exclude: opts.exclude });
    try {
      const remapped = list.map((e) => ({ ...e.proposal, edits: e.proposal.edits.map((ed) => ({ ...ed, file: path.join(copy.dir, relOf(ed.file)) })) }));
      for (const f of applyProposals(copy.dir, remapped)) writeFileSync(f.file, f.patched);
      const timeoutMs = Math.min(opts.rerunTimeoutMs ?? DEFAULT_RERUN_TIMEOUT, budget.timeLeft());
      log('info', `Verifying ${list.length} ${list[0]?.proposal.category} patch(es) (${kind}) by re-running ${files.join(', ')}`);
      // Selector heals say which element they meant: the re-run is traced so that Playwright records what each call acted on.
      const traced = list.some((e) => e.proposal.meant?.length);
      const res = await rerun(copy.dir, { configFile, files, projects: opts.projects, timeoutMs, env: opts.env, verifyEnv, ...(opts.testTimeoutMs ? { testTimeoutMs: opts.testTimeoutMs } : {}), ...(traced ? { trace: true } : {}) });
      const atDeadline = res.timedOut && budget.timeLeft() <= 0;
      let verdict = atDeadline ? { verified: false, reason: budget.deadlineReason } : judgeRerun(affected, opts.before, res.tests, res.errors);
      if (verdict.verified && traced) verdict = sameElement(list, res, copy.dir, verdict.reason);
      const record: RerunRecord = {
        id: reruns.length + 1,
        kind,
        category: list[0]?.proposal.category as ClassBCategory,
        proposals: list.map((e) => e.index),
        files,
        command: res.command,
        startedAt,
        durationMs: res.durationMs,
        exitCode: res.exitCode,
        timedOut: res.timedOut,
        verified: verdict.verified,
        reason: verdict.reason,
        errors: res.errors,
        tests: res.tests,
      };
      reruns.push(record);
      for (const e of list) e.reruns.push(record.id);
      const n = list.length;
      const round = kind === 'round' ? `round ${list[0]?.rounds.length ?? 2}` : kind;
      const what = `${n} ${record.category} patch${n === 1 ? '' : 'es'} (${round}, ${files.length} file${files.length === 1 ? '' : 's'} re-run in ${(res.durationMs / 1000).toFixed(1)} s)`;
      opts.progress?.(redactText(verdict.verified ? `verified ${what}` : `not verified: ${what}: ${verdict.reason.split('\n')[0]}`));
      if (atDeadline) return { kind: 'deadline' };
      // The next round is healed now, while the copy (the patched source, the re-run's attachments) exists.
      const only = list[0];
      const next = !verdict.verified && kind !== 'group' && only && opts.rounds ? await nextRoundOf(only, res, copy.dir) : undefined;
      return { kind: 'done', verified: verdict.verified, reason: verdict.reason, rerun: record, ...(next ? { next } : {}) };
    } finally {
      copy.dispose();
      budget.endRerun();
    }
  };

  // A passing re-run proves a selector patch only when each new locator found the element its heal meant.
  const sameElement = (list: Entry[], res: RerunResult, copyDir: string, reason: string): { verified: boolean; reason: string } => {
    const copyRoots = [copyDir, realpathOr(copyDir)];
    const rel = (f: string) => {
      for (const r of copyRoots) {
        const x = path.relative(r, f);
        if (!x.startsWith('..') && !path.isAbsolute(x)) return x.split(path.sep).join('/');
      }
      return relOf(f);
    };
    const notes: string[] = [];
    for (const e of list) {
      if (!e.proposal.meant?.length) continue;
      const traces = e.affected.flatMap((k) => res.traces?.get(k) ?? []);
      const v = sameElementFromTraces(e.proposal.meant, traces, rel);
      if (!v.ok) return { verified: false, reason: v.reason };
      if (v.note) notes.push(v.note);
    }
    return { verified: true, reason: notes.length ? `${reason}; ${notes.join('; ')}` : reason };
  };

  const nextRoundOf = async (e: Entry, res: RerunResult, copyDir: string): Promise<NextRound | undefined> => {
    if (!opts.rounds) return undefined;
    try {
      return await planNextRound({
        proposal: e.proposal,
        affected: e.affected,
        round: Math.max(1, e.rounds.length),
        tests: res.tests,
        failures: res.failures,
        before: opts.before,
        spots: e.spots,
        copyDir,
        repoRoot: root,
        relOf,
        rounds: opts.rounds,
      });
    } catch (err) {
      log('error', `Class B healing round failed: ${describeThrown(err, true)}`);
      return undefined;
    }
  };

  const safePreflight = (p: PatchProposal): { ok: true; diff: string } | { ok: false; reason: string } => {
    try {
      const pre = preflight(p, { ...opts, repoRoot: root });
      return pre.ok ? { ok: true, diff: pre.diff } : pre;
    } catch (err) {
      return { ok: false, reason: `pre-flight failed: ${describeThrown(err)}` };
    }
  };

  // Verifies one proposal alone; when its re-run fails further on, heals the new failure and verifies the
  // stacked patch (another round), until it passes, stops making progress, or maxHealRounds is reached.
  const verifyAlone = async (e: Entry): Promise<Attempt | { kind: 'done'; verified: false; reason: string; rerun: undefined }> => {
    let out = await safeAttempt(attempt, [e], 'single', log);
    let stuck: string | undefined;
    while (out.kind === 'done' && !out.verified && 'next' in out && out.next) {
      const next: NextRound = out.next;
      const round = Math.max(1, e.rounds.length);
      const edits = e.rounds.length ? [] : e.proposal.edits.map((x) => `${relOf(x.file)}:${x.line}`);
      if (!e.rounds.length) e.rounds.push({ round: 1, category: e.proposal.category, edits, outcome: '' });
      const current = e.rounds[e.rounds.length - 1] as RoundNote;
      current.outcome = `got the test past the failure it healed; ${next.moved}`;
      e.spots = next.spots;
      if (next.kind === 'stuck') {
        stuck = `round ${round} made progress (${next.moved}); round ${round + 1} not healed: ${next.reason}`;
        e.rounds.push({ round: round + 1, edits: [], outcome: `not healed: ${next.reason}` });
        break;
      }
      const pre = safePreflight(next.proposal);
      e.rounds.push({ round: round + 1, category: next.category, edits: next.added, outcome: '' });
      if (!pre.ok) {
        stuck = `round ${round} made progress (${next.moved}); round ${round + 1}'s patch was refused by pre-flight: ${pre.reason}`;
        (e.rounds[e.rounds.length - 1] as RoundNote).outcome = `refused by pre-flight: ${pre.reason}`;
        break;
      }
      e.proposal = next.proposal;
      e.diff = pre.diff;
      for (const x of next.proposal.edits) e.files.add(relOf(x.file));
      log('info', `Class B ${e.proposal.category} #${e.index}: round ${round + 1} (${next.category}) stacks ${next.added.join(', ')} on the patch`);
      out = await safeAttempt(attempt, [e], 'round', log);
    }
    // A later round cut off by the deadline: the rounds before it made progress, so the stacked patch is
    // kept (as a failed result, hence a draft) rather than dropped as skipped.
    const cut = out.kind === 'deadline' && e.rounds.length > 1 ? e.rounds[e.rounds.length - 1] : undefined;
    if (cut) {
      cut.outcome = `not re-run: ${budget.deadlineReason}`;
      return { kind: 'done', verified: false, reason: `round ${cut.round} was cut off before its re-run (${budget.deadlineReason}); the rounds before it made progress`, rerun: undefined };
    }
    const last = e.rounds[e.rounds.length - 1];
    if (last && !last.outcome && out.kind === 'done') last.outcome = out.verified ? 'verified' : `failed verification: ${out.reason}`;
    if (out.kind === 'done' && !out.verified && stuck) return { ...out, reason: `${stuck}; ${out.reason}` };
    return out;
  };

  // Checks that apply to a proposal before it joins any attempt; settles it and returns false when it may not.
  const mayAttempt = (e: Entry, fixed: Set<string>): boolean => {
    if (fixed.has(failureKey(e.proposal))) settle(e, 'skipped', `another verified proposal already fixes failure ${e.proposal.fingerprint}`);
    else {
      const why = budget.fixesExhaustedFor(e.proposal.fingerprint) ?? budget.attemptsExhausted(failureKey(e.proposal));
      if (why) settle(e, 'skipped', why);
    }
    return !e.result;
  };

  try {
    for (const e of entries) {
      try {
        const pre = preflight(e.proposal, { ...opts, repoRoot: root });
        if (!pre.ok) settle(e, 'refused', pre.reason);
        else {
          e.diff = pre.diff;
          if (e.affected.length === 0) settle(e, 'refused', 'the proposal names no affected test to verify it against');
          else if (opts.dryRun) settle(e, 'dry-run', 'dry run: pre-flight passed; nothing applied or re-run');
        }
      } catch (err) {
        settle(e, 'refused', `pre-flight failed: ${describeThrown(err)}`);
      }
    }

    const groups = new Map<ClassBCategory, Entry[]>();
    for (const e of pending(entries)) groups.set(e.proposal.category, [...(groups.get(e.proposal.category) ?? []), e]);
    const fixed = new Set<string>();
    let stopped = false;
    for (const group of groups.values()) {
      const candidates = [...group].sort((a, b) => b.proposal.confidence - a.proposal.confidence);
      // One proposal per failure in the group run (alternatives for one failure are tried one by one).
      const taken = new Set<string>();
      const together = uniqueByFailure(candidates.filter((e) => mayAttempt(e, fixed))).filter((e) => budget.fits(e.proposal.fingerprint, taken) && taken.add(e.proposal.fingerprint));
      if (together.length > 1 && !conflicting(root, together)) {
        const out = await safeAttempt(attempt, together, 'group', log);
        if (out.kind === 'deadline') {
          stopped = true;
          break;
        }
        if (out.verified) {
          for (const e of together) settle(e, 'verified', out.reason, out.rerun);
          budget.countVerified(together.map((e) => e.proposal.fingerprint));
          for (const e of together) fixed.add(failureKey(e.proposal));
        } else log('info', `The ${together[0]?.proposal.category} group failed verification (${out.reason}); verifying each proposal alone`);
      }
      for (const e of pending(candidates)) {
        if (!mayAttempt(e, fixed)) continue;
        const out = await verifyAlone(e);
        if (out.kind === 'deadline') {
          stopped = true;
          break;
        }
        if (out.verified) {
          settle(e, 'verified', e.rounds.length ? `${out.reason} (${e.rounds.length} rounds)` : out.reason, out.rerun);
          budget.countVerified([e.proposal.fingerprint]);
          fixed.add(failureKey(e.proposal));
        } else settle(e, 'failed', `${out.reason}; the patch was rolled back (its copy discarded)`, out.rerun);
      }
      if (stopped) break;
    }
    for (const e of pending(entries)) settle(e, 'skipped', budget.deadlineReason);
  } catch (err) {
    log('error', `Class B verification stopped: ${describeThrown(err, true)}`);
    for (const e of pending(entries)) settle(e, 'skipped', `verification stopped by an unexpected error: ${describeThrown(err)}`);
  }
  const results = entries.map((e) => e.result as VerifyResult);
  writeOutput(opts, entries, results, reruns, budget, started, log);
  return { results };
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function uniqueByFailure(list: Entry[]): Entry[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(failureKey(e.proposal)) && seen.add(failureKey(e.proposal)));
}

/** Two proposals that change one line differently cannot be applied together. */
function conflicting(root: string, list: Entry[]): boolean {
  try {
    applyProposals(root, list.map((e) => e.proposal));
    return false;
  } catch {
    return true;
  }
}

/** An unexpected error in one attempt (a copy that cannot be made, a crash) fails that attempt only. */
async function safeAttempt(
  attempt: (list: Entry[], kind: RerunRecord['kind']) => Promise<Attempt>,
  list: Entry[],
  kind: RerunRecord['kind'],
  log: (level: LogLevel, msg: string) => void,
): Promise<Attempt | { kind: 'done'; verified: false; reason: string; rerun: undefined }> {
  try {
    return await attempt(list, kind);
  } catch (err) {
    log('error', `Verification ${kind} attempt failed: ${describeThrown(err, true)}`);
    return { kind: 'done', verified: false, reason: `verification could not run: ${describeThrown(err)}`, rerun: undefined };
  }
}

function writeOutput(opts: VerifyPatchesOptions, entries: Entry[], results: VerifyResult[], reruns: RerunRecord[], budget: VerifyBudget, started: number, log: (level: LogLevel, msg: string) => void): void {
  const proposals: ProposalRecord[] = entries.map((e, i) => {
    const r = results[i] as VerifyResult;
    return {
      index: e.index,
      category: e.proposal.category,
      fingerprint: e.proposal.fingerprint,
      testIds: e.proposal.testIds,
      source: e.proposal.source,
      confidence: e.proposal.confidence,
      files: [...e.files].sort(),
      status: r.status,
      reason: r.reason,
      diff: r.diff,
      before: r.before,
      after: r.after,
      reruns: e.reruns,
      ...(r.rounds ? { rounds: r.rounds } : {}),
    };
  });
  try {
    const { deadline, ...limits } = opts.guardrails;
    writeRerunOutput(opts.outputFile, {
      schemaVersion: 1,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      dryRun: opts.dryRun,
      guardrails: { ...limits, deadline: new Date(deadline).toISOString() },
      counts: countStatuses(results),
      attempts: budget.attemptsSnapshot(),
      proposals,
      reruns,
    });
  } catch (err) {
    log('error', `Could not write ${opts.outputFile}: ${describeThrown(err)}. Check that the run folder is writable.`);
  }
}
