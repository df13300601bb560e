import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/run-inline.js';
// @ts-expect-error plain ESM script without types
import { decideHealRun, parseHealSchedule, cronHours } from '../../scripts/heal-schedule.mjs';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'heal-schedule.mjs');
const CRON = '0 6,18 * * *';

interface Case {
  name: string;
  eventName: string;
  event?: object;
  healSchedule?: string;
  now?: string;
  run: boolean;
  reason: RegExp;
}

const CASES: Case[] = [
  { name: 'schedule 06:00, every 12 h', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '12', now: '2026-03-02T06:03:00Z', run: true, reason: /scheduled 06:00 UTC run/ },
  { name: 'schedule 18:00, every 12 h', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '12', now: '2026-03-02T18:01:00Z', run: true, reason: /scheduled 18:00 UTC run/ },
  { name: 'schedule 18:00, once a day', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '24', now: '2026-03-02T18:01:00Z', run: false, reason: /HEAL_SCHEDULE=24: only the 06:00 UTC run heals, this is the 18:00 one/ },
  { name: 'schedule 06:00, once a day', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '24', now: '2026-03-02T06:00:00Z', run: true, reason: /scheduled 06:00 UTC run \(HEAL_SCHEDULE=24\)/ },
  { name: 'late 06:00 run started at 09:40 still heals once a day', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '24', now: '2026-03-02T09:40:00Z', run: true, reason: /06:00/ },
  { name: 'late 18:00 run started after midnight is still the 18:00 one', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '24', now: '2026-03-03T01:10:00Z', run: false, reason: /this is the 18:00 one/ },
  { name: 'HEAL_SCHEDULE unset means 12', eventName: 'schedule', event: { schedule: CRON }, healSchedule: '', now: '2026-03-02T18:00:00Z', run: true, reason: /HEAL_SCHEDULE=12/ },
  { name: 'no cron in the payload: the workflow\'s hours', eventName: 'schedule', event: {}, healSchedule: '24', now: '2026-03-02T19:00:00Z', run: false, reason: /18:00/ },
  { name: 'manual run', eventName: 'workflow_dispatch', healSchedule: '24', now: '2026-03-02T18:00:00Z', run: true, reason: /workflow_dispatch/ },
  { name: 'deploy workflow succeeded', eventName: 'workflow_run', event: { workflow_run: { name: 'Deploy', conclusion: 'success' } }, run: true, reason: /Deploy succeeded/ },
  { name: 'deploy workflow failed', eventName: 'workflow_run', event: { workflow_run: { name: 'Deploy', conclusion: 'failure' } }, run: false, reason: /Deploy ended 'failure'/ },
  { name: 'deployment_status success', eventName: 'deployment_status', event: { deployment_status: { state: 'success' }, deployment: { environment: 'production' } }, run: true, reason: /production succeeded/ },
  { name: 'deployment_status in progress', eventName: 'deployment_status', event: { deployment_status: { state: 'in_progress' } }, run: false, reason: /'in_progress'/ },
  { name: 'any other event', eventName: 'push', run: false, reason: /event 'push' does not start healing/ },
];

describe('decideHealRun', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const d = decideHealRun({ eventName: c.eventName, event: c.event, healSchedule: c.healSchedule, now: c.now ? new Date(c.now) : new Date() });
      assert.equal(d.run, c.run);
      assert.match(d.reason, c.reason);
    });
  }

  test('HEAL_SCHEDULE accepts only 12 or 24 (empty = 12)', () => {
    assert.equal(parseHealSchedule(undefined), 12);
    assert.equal(parseHealSchedule(' 24 '), 24);
    for (const bad of ['daily', '6', '24h', '0']) assert.throws(() => parseHealSchedule(bad), { name: 'HealScheduleError', message: new RegExp(`got '${bad}'.*Set the repository variable HEAL_SCHEDULE to 12 or 24`) });
  });

  test('cron hour fields', () => {
    assert.deepEqual(cronHours('0 18,6 * * *'), [6, 18]);
    assert.deepEqual(cronHours('30 7 * * 1-5'), [7]);
    assert.equal(cronHours('0 */6 * * *'), undefined);
    assert.equal(cronHours(undefined), undefined);
  });
});

describe('scripts/heal-schedule.mjs as the workflow runs it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heal-schedule-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function run(eventName: string, event: object, extra: Record<string, string>) {
    const eventPath = path.join(dir, `${eventName}.json`);
    const output = path.join(dir, `${eventName}-${Object.values(extra).join('-')}.out`);
    writeFileSync(eventPath, JSON.stringify(event));
    writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: output, ...extra };
    const r = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, output: readFileSync(output, 'utf8') };
  }

  test('writes run=false and the reason to GITHUB_OUTPUT for the skipped 18:00 run', () => {
    const r = run('schedule', { schedule: CRON }, { HEAL_SCHEDULE: '24', HEAL_NOW: '2026-03-02T18:04:00Z' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.output, 'run=false\nreason=HEAL_SCHEDULE=24: only the 06:00 UTC run heals, this is the 18:00 one\n');
    assert.match(r.stdout, /^heal-schedule: skip: /);
  });

  test('writes run=true for a successful deploy', () => {
    const r = run('workflow_run', { workflow_run: { name: 'Deploy', conclusion: 'success' } }, { HEAL_SCHEDULE: '' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.output, 'run=true\nreason=Deploy succeeded\n');
  });

  test('a bad HEAL_SCHEDULE fails the job with an error annotation and writes no decision', () => {
    const r = run('schedule', { schedule: CRON }, { HEAL_SCHEDULE: 'daily', HEAL_NOW: '2026-03-02T06:00:00Z' });
    assert.equal(r.code, 2);
    assert.equal(r.output, '');
    assert.match(r.stderr, /^::error title=heal-schedule::HEAL_SCHEDULE must be 12 \(heal twice a day\) or 24 \(once a day\), got 'daily'\./);
  });
});
