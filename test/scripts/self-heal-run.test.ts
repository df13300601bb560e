import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/run-inline.js';
// @ts-expect-error plain ESM script without types
import { parseHealArgs } from '../../scripts/heal.mjs';

const SH = path.join(REPO_ROOT, 'scripts', 'self_heal_run.sh');

function sh(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, SELF_HEAL_PRINT_ONLY: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_')) delete env[k];
  const r = spawnSync('bash', [SH, ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/self_heal_run.sh', () => {
  test('flags become env overrides and --project args', () => {
    const r = sh(['--dry-run', '--skip-llm', '--projects=health,contracts', '--max-fixes=2']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^env: HEAL_DRY_RUN=true HEAL_SKIP_LLM=true HEAL_PROJECTS=health,contracts HEAL_MAX_FIXES=2$/m);
    assert.match(r.stdout, /^run: node scripts\/heal\.mjs -- --project=health --project=contracts\s*$/m);
  });

  test('no flags: nothing overridden', () => {
    const r = sh([]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^env: HEAL_DRY_RUN= HEAL_SKIP_LLM= HEAL_PROJECTS= HEAL_MAX_FIXES=$/m);
  });

  const bad: [string[], RegExp][] = [
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['--max-fixes=lots'], /--max-fixes needs a whole number >= 0, got 'lots'/],
    [['--max-fixes=-1'], /--max-fixes needs a whole number >= 0, got '-1'/],
    [['--projects='], /--projects needs a comma-separated list of project names, got ''/],
    [['--projects=a;rm'], /got 'a;rm'/],
  ];
  for (const [args, message] of bad) {
    test(`bad flag ${args.join(' ')} -> usage and exit 2`, () => {
      const r = sh(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^Usage: scripts\/self_heal_run\.sh/m);
      assert.equal(r.stdout, '');
    });
  }

  test('--help prints usage, exit 0', () => {
    const r = sh(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--max-fixes=N/);
  });
});

describe('scripts/heal.mjs flags', () => {
  test('quick = health only, no LLM, no fixes', () => {
    assert.deepEqual(parseHealArgs(['--quick']), { env: { HEAL_SKIP_LLM: 'true', HEAL_MAX_FIXES: '0', HEAL_PROJECTS: 'health' }, projects: ['health'], passthrough: [] });
  });
  test('passthrough after --', () => {
    assert.deepEqual(parseHealArgs(['--dry-run', '--', '--grep', 'x']), { env: { HEAL_DRY_RUN: 'true' }, projects: [], passthrough: ['--grep', 'x'] });
  });
  test('errors', () => {
    assert.match(parseHealArgs(['--nope']).error, /unknown option '--nope'/);
    assert.match(parseHealArgs(['--max-fixes=x']).error, /whole number/);
  });
});
