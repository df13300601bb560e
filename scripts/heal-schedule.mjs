#!/usr/bin/env node
// Decides whether a healing workflow run should heal, for .github/workflows/healing.yml's first job.
// Reads the standard Actions env (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_OUTPUT) plus
// HEAL_SCHEDULE (12 or 24: hours between scheduled runs; unset or empty = 12) and, for tests and
// manual checks, HEAL_NOW (an ISO time standing in for the clock). Writes `run=true|false` and
// `reason=...` to GITHUB_OUTPUT (stdout when unset). A bad HEAL_SCHEDULE is an error (exit 2), on
// purpose: silently healing twice as often as asked costs LLM money, and a red run gets noticed.
import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The hours of healing.yml's cron (`0 6,18 * * *`), used when the event does not name its cron. */
export const DEFAULT_HOURS = [6, 18];

export class HealScheduleError extends Error {
  name = 'HealScheduleError';
}

/** `12` or `24` from the HEAL_SCHEDULE text; throws HealScheduleError naming a good value. */
export function parseHealSchedule(raw) {
  const v = (raw ?? '').trim();
  if (v === '') return 12;
  if (v === '12' || v === '24') return Number(v);
  throw new HealScheduleError(
    `HEAL_SCHEDULE must be 12 (heal twice a day) or 24 (once a day), got '${v}'. ` +
      'Set the repository variable HEAL_SCHEDULE to 12 or 24, or delete it for the default (12).',
  );
}

/** The hours (UTC) of a cron line's hour field, e.g. `0 6,18 * * *` -> [6, 18]; undefined when not a plain list. */
export function cronHours(cron) {
  const field = typeof cron === 'string' ? cron.trim().split(/\s+/)[1] : undefined;
  if (!field || !/^\d{1,2}(,\d{1,2})*$/.test(field)) return undefined;
  const hours = field.split(',').map(Number);
  return hours.every((h) => h <= 23) ? [...new Set(hours)].sort((a, b) => a - b) : undefined;
}

/**
 * The scheduled slot a run belongs to: the latest cron hour at or before `now` (UTC), wrapping to the
 * day's last hour before the first. Scheduled runs start late under load, so the clock alone is not
 * the slot: a 06:00 run that starts at 07:40 is still the 06:00 run.
 */
export function scheduledSlot(hours, now) {
  const h = now.getUTCHours();
  const before = hours.filter((x) => x <= h);
  return before.length ? before[before.length - 1] : hours[hours.length - 1];
}

/**
 * Whether to heal. `event` is the webhook payload (GITHUB_EVENT_PATH). Returns `{ run, reason }`;
 * throws HealScheduleError for a bad HEAL_SCHEDULE, whatever the event.
 */
export function decideHealRun({ eventName, event = {}, healSchedule, now = new Date() }) {
  const every = parseHealSchedule(healSchedule);
  switch (eventName) {
    case 'workflow_dispatch':
      return { run: true, reason: 'started by hand (workflow_dispatch)' };
    case 'schedule': {
      const hours = cronHours(event.schedule) ?? DEFAULT_HOURS;
      const slot = scheduledSlot(hours, now);
      const hh = String(slot).padStart(2, '0');
      if (every === 24 && slot !== hours[0]) {
        return { run: false, reason: `HEAL_SCHEDULE=24: only the ${String(hours[0]).padStart(2, '0')}:00 UTC run heals, this is the ${hh}:00 one` };
      }
      return { run: true, reason: `scheduled ${hh}:00 UTC run (HEAL_SCHEDULE=${every})` };
    }
    case 'workflow_run': {
      const conclusion = event.workflow_run?.conclusion ?? 'unknown';
      const name = event.workflow_run?.name ?? 'the deploy workflow';
      return conclusion === 'success'
        ? { run: true, reason: `${name} succeeded` }
        : { run: false, reason: `${name} ended '${conclusion}': heal only after a successful deploy` };
    }
    case 'deployment_status': {
      const state = event.deployment_status?.state ?? 'unknown';
      return state === 'success'
        ? { run: true, reason: `deployment to ${event.deployment?.environment ?? 'an environment'} succeeded` }
        : { run: false, reason: `deployment status is '${state}': heal only after a successful deploy` };
    }
    default:
      return { run: false, reason: `event '${eventName || '(none)'}' does not start healing` };
  }
}

function readEvent(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new HealScheduleError(`could not read the event payload at GITHUB_EVENT_PATH=${path}: ${err.message}`);
  }
}

function main(env) {
  try {
    const now = env.HEAL_NOW ? new Date(env.HEAL_NOW) : new Date();
    if (Number.isNaN(now.getTime())) throw new HealScheduleError(`HEAL_NOW must be an ISO time such as 2026-01-01T18:05:00Z, got '${env.HEAL_NOW}'`);
    const { run, reason } = decideHealRun({
      eventName: env.GITHUB_EVENT_NAME ?? '',
      event: readEvent(env.GITHUB_EVENT_PATH),
      healSchedule: env.HEAL_SCHEDULE,
      now,
    });
    // reason is built from our own text and payload fields without newlines; strip them anyway.
    const lines = `run=${run}\nreason=${reason.replace(/[\r\n]+/g, ' ')}\n`;
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines);
    process.stdout.write(`heal-schedule: ${run ? 'heal' : 'skip'}: ${reason}\n`);
    if (!env.GITHUB_OUTPUT) process.stdout.write(lines);
    return 0;
  } catch (err) {
    if (!(err instanceof HealScheduleError)) throw err;
    process.stderr.write(`::error title=heal-schedule::${err.message}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.env);
