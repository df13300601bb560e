// verifyEnv: names of the extra variables verification re-runs may see; bad names are config errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConfigIssue, resolveConfig } from '../../src/config/index.js';

describe('verifyEnv option', () => {
  test('defaults to no extra names', () => {
    assert.deepEqual(resolveConfig({ env: {} }).config.verifyEnv, []);
  });

  test('the reporter option sets it; HEAL_VERIFY_ENV (comma list) overrides it; empty clears it', () => {
    const opt = resolveConfig({ options: { verifyEnv: ['DEMO_PORT', 'E2E_USER_EMAIL'] }, env: {} });
    assert.deepEqual(opt.issues, []);
    assert.deepEqual(opt.config.verifyEnv, ['DEMO_PORT', 'E2E_USER_EMAIL']);
    const env = resolveConfig({ options: { verifyEnv: ['DEMO_PORT'] }, env: { HEAL_VERIFY_ENV: ' APP_PORT , FEATURE_FLAGS,' } });
    assert.deepEqual(env.issues, []);
    assert.deepEqual(env.config.verifyEnv, ['APP_PORT', 'FEATURE_FLAGS']);
    assert.equal(env.sources.verifyEnv, 'env');
    assert.deepEqual(resolveConfig({ options: { verifyEnv: ['DEMO_PORT'] }, env: { HEAL_VERIFY_ENV: '' } }).config.verifyEnv, []);
  });

  const bad = [
    { name: 'not a list', input: { options: { verifyEnv: 'DEMO_PORT' }, env: {} }, source: 'reporter option verifyEnv', message: /expected array/, value: '"DEMO_PORT"' },
    { name: 'an entry with a dash', input: { options: { verifyEnv: ['DEMO_PORT', 'my-var'] }, env: {} }, source: 'reporter option verifyEnv', message: /^"my-var" is not an environment variable name \(letters, digits and _, not starting with a digit\)$/, value: '["DEMO_PORT","my-var"]' },
    { name: 'an assignment instead of a name', input: { options: { verifyEnv: ['DEMO_PORT=1'] }, env: {} }, source: 'reporter option verifyEnv', message: /^"DEMO_PORT=1" is not an environment variable name/, value: '["DEMO_PORT=1"]' },
    { name: 'HEAL_VERIFY_ENV entry starting with a digit', input: { env: { HEAL_VERIFY_ENV: 'DEMO_PORT,1PORT' } }, source: 'HEAL_VERIFY_ENV', message: /^"1PORT" is not an environment variable name .*comma-separated list of names$/, value: '"DEMO_PORT,1PORT"' },
  ];
  for (const c of bad) {
    test(`bad input: ${c.name} -> one issue naming the key and value, side effects off`, () => {
      const r = resolveConfig(c.input);
      assert.equal(r.issues.length, 1, JSON.stringify(r.issues));
      const issue = r.issues[0]!;
      assert.equal(issue.source, c.source);
      assert.match(issue.message, c.message);
      assert.equal(issue.value, c.value);
      assert.match(issue.example, /DEMO_PORT/);
      assert.equal(r.config.dryRun, true);
      assert.deepEqual(r.config.verifyEnv, []);
      assert.match(formatConfigIssue(issue), /verifyEnv|HEAL_VERIFY_ENV/);
    });
  }

  test('a secret name is a valid name: it is refused later, with a warning, by the re-run (not a config error)', () => {
    const r = resolveConfig({ options: { verifyEnv: ['GITHUB_TOKEN'] }, env: {} });
    assert.deepEqual(r.issues, []);
    assert.deepEqual(r.config.verifyEnv, ['GITHUB_TOKEN']);
  });
});
