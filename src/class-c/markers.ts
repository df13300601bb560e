// Hidden markers in issue bodies: how a later run finds the issue (fingerprint), keeps its history
// (first seen, last seen, runs failing) and knows which tests it covers. Each marker is a whole line
// `<!-- healwright:key=value -->`; values are built from validated data only, never from free text.
import { fenced, safeText } from './markdown.js';
import type { ClassCCategory, IssueStats } from './types.js';
import { HealwrightError } from '../common/errors.js';

const FINGERPRINT = /^[A-Za-z0-9_.-]{1,64}$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
const STATS_OPEN = '<!-- healwright:stats -->';
const STATS_CLOSE = '<!-- /healwright:stats -->';
const TESTS_OPEN = '<!-- healwright:tests -->';
const TESTS_CLOSE = '<!-- /healwright:tests -->';

export class ClassCInputError extends HealwrightError {
  override name = 'ClassCInputError';
}

export function isFingerprint(fp: string): boolean {
  return FINGERPRINT.test(fp);
}

/** The marker `findOpenByMarker` looks for. */
export function fingerprintMarker(fingerprint: string): string {
  if (!isFingerprint(fingerprint)) {
    throw new ClassCInputError(`'${fingerprint.slice(0, 80)}' is not a failure fingerprint (expected 1-64 of A-Z a-z 0-9 _ . -, such as 3fa9c01be2d4)`);
  }
  return `<!-- healwright:fingerprint=${fingerprint} -->`;
}

/** An ISO time as markers keep it; anything else becomes the epoch, visibly wrong rather than unsafe. */
export function isoTime(value: string): string {
  if (ISO.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

/** `2026-03-02 06:01 UTC` */
export function humanTime(iso: string): string {
  return `${isoTime(iso).slice(0, 16).replace('T', ' ')} UTC`;
}

/** Run ids are healwright's own (`run-<ts>-<id>`); anything else is reduced to safe characters. */
export function safeRunId(runId: string): string {
  return runId.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80) || 'unknown-run';
}

export function categoryMarker(category: ClassCCategory): string {
  return `<!-- healwright:category=${category} -->`;
}

export function firstSeenMarker(iso: string): string {
  return `<!-- healwright:first-seen=${isoTime(iso)} -->`;
}

/** The visible history table plus its markers; replaced as a whole on each update. */
export function renderStatsBlock(stats: IssueStats): string {
  const run = safeRunId(stats.lastRunId);
  const lines = [
    STATS_OPEN,
    '| First seen | Last seen | Runs failing | Failures in that run |',
    '|---|---|---|---|',
    `| ${humanTime(stats.firstSeen)} | ${humanTime(stats.lastSeen)} (run \`${run}\`) | ${stats.runsFailing} | ${stats.failuresLastRun} |`,
  ];
  if (stats.passingSince) {
    lines.push('', `**Passing again** since run \`${safeRunId(stats.passingSince.runId)}\` (${humanTime(stats.passingSince.at)}).`);
  }
  lines.push(
    `<!-- healwright:last-seen=${isoTime(stats.lastSeen)} -->`,
    `<!-- healwright:last-run=${run} -->`,
    `<!-- healwright:runs-failing=${Math.max(1, Math.floor(stats.runsFailing))} -->`,
    `<!-- healwright:failures-last-run=${Math.max(0, Math.floor(stats.failuresLastRun))} -->`,
  );
  if (stats.passingSince) lines.push(`<!-- healwright:passing-since=${safeRunId(stats.passingSince.runId)}@${isoTime(stats.passingSince.at)} -->`);
  lines.push(STATS_CLOSE);
  return lines.join('\n');
}

/** A test key as issues store it and as passed tests are compared: one line, redacted, defused. */
export function safeTestKey(key: string): string {
  return safeText(key.replace(/[\r\n]+/g, ' ').trim());
}

/** The affected tests, one key per line in a fenced block, between markers. */
export function renderTestsBlock(tests: readonly string[]): string {
  const keys = [...new Set(tests.map(safeTestKey))].filter(Boolean);
  return [TESTS_OPEN, fenced(keys.join('\n')), TESTS_CLOSE].join('\n');
}

function marker(body: string, key: string): string | undefined {
  return new RegExp(`^<!-- healwright:${key}=([^\\s>]+) -->$`, 'm').exec(body)?.[1];
}

function between(body: string, open: string, close: string): { start: number; end: number } | undefined {
  const start = body.indexOf(open);
  const end = start < 0 ? -1 : body.indexOf(close, start);
  return start < 0 || end < 0 ? undefined : { start, end: end + close.length };
}

/** What an issue body written by healwright says; fields are absent when their markers are gone. */
export interface IssueState {
  fingerprint?: string;
  category?: ClassCCategory;
  stats?: IssueStats;
  tests: string[];
}

export function readIssueState(body: string): IssueState {
  const state: IssueState = { tests: [] };
  const fp = marker(body, 'fingerprint');
  if (fp && isFingerprint(fp)) state.fingerprint = fp;
  const category = marker(body, 'category');
  if (category === 'unknown' || category === 'security' || category === 'performance') state.category = category;
  const firstSeen = marker(body, 'first-seen');
  const lastSeen = marker(body, 'last-seen');
  const runs = Number(marker(body, 'runs-failing'));
  if (firstSeen && ISO.test(firstSeen) && lastSeen && ISO.test(lastSeen) && Number.isInteger(runs) && runs > 0) {
    state.stats = {
      firstSeen,
      lastSeen,
      lastRunId: marker(body, 'last-run') ?? 'unknown-run',
      runsFailing: runs,
      failuresLastRun: Number(marker(body, 'failures-last-run') ?? 0) || 0,
    };
    const passing = /^([A-Za-z0-9_.-]+)@(\S+)$/.exec(marker(body, 'passing-since') ?? '');
    if (passing?.[1] && passing[2] && ISO.test(passing[2])) state.stats.passingSince = { runId: passing[1], at: passing[2] };
  }
  const block = between(body, TESTS_OPEN, TESTS_CLOSE);
  if (block) {
    const lines = body.slice(block.start + TESTS_OPEN.length, block.end - TESTS_CLOSE.length).trim().split('\n');
    // Drop the fence lines around the keys.
    state.tests = lines.slice(1, -1).map((l) => l.trim()).filter(Boolean);
  }
  return state;
}

/** The body with its stats block replaced; undefined when the block is gone (edited by a person). */
export function replaceStatsBlock(body: string, stats: IssueStats): string | undefined {
  const b = between(body, STATS_OPEN, STATS_CLOSE);
  return b ? body.slice(0, b.start) + renderStatsBlock(stats) + body.slice(b.end) : undefined;
}

/** The body with its tests block replaced; unchanged when the block is gone. */
export function replaceTestsBlock(body: string, tests: readonly string[]): string {
  const b = between(body, TESTS_OPEN, TESTS_CLOSE);
  return b ? body.slice(0, b.start) + renderTestsBlock(tests) + body.slice(b.end) : body;
}
