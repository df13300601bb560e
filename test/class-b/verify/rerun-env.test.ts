// The verification re-run's environment: an allowlist, plus the user's verifyEnv names, never a secret.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENV_NAME_PATTERN } from '../../../src/config/schema.js';
import { buildRerunEnv, ENV_NAME_RE, secretEnvReason } from '../../../src/class-b/verify/rerun-env.js';

/** [name, passed by default (no verifyEnv), passed when listed in verifyEnv]. */
const TABLE: Array<[string, boolean, boolean]> = [
  // Built-in allowlist.
  ['PATH', true, true],
  ['HOME', true, true],
  ['TMPDIR', true, true],
  ['TMP', true, true],
  ['TEMP', true, true],
  ['CI', true, true],
  ['LANG', true, true],
  ['LC_ALL', true, true],
  ['LC_CTYPE', true, true],
  ['TZ', true, true],
  ['NODE_OPTIONS', true, true],
  ['NODE_EXTRA_CA_CERTS', true, true],
  ['PLAYWRIGHT_BROWSERS_PATH', true, true],
  ['BASE_URL', true, true],
  ['API_URL', true, true],
  ['CHROMIUM_PATH', true, true],
  ['DISPLAY', true, true],
  ['XDG_RUNTIME_DIR', true, true],
  // Not allowlisted: only when the user names them.
  ['DEMO_PORT', false, true],
  ['E2E_USER_EMAIL', false, true],
  ['SHELL', false, true],
  ['PWD', false, true], // contains the secret word "pwd", but the redactor knows it is the working directory
  // Credentials: never, not even listed.
  ['GITHUB_TOKEN', false, false],
  ['GH_TOKEN', false, false],
  ['ANTHROPIC_API_KEY', false, false],
  ['RAILWAY_TOKEN', false, false],
  ['RAILWAY_API_TOKEN', false, false],
  ['RAILWAY_PROJECT_ID', false, false],
  ['RAILWAY_SERVICE_ID', false, false],
  ['HEAL_ALERT_WEBHOOK', false, false],
  ['NODE_AUTH_TOKEN', false, false],
  ['NPM_TOKEN', false, false],
  ['MY_SERVICE_PASSWORD', false, false],
  ['DB_PASSWD', false, false],
  ['AWS_SECRET_ACCESS_KEY', false, false],
  ['STRIPE_SECRET_KEY', false, false],
  ['SECRET_KEY_BASE', false, false],
  ['CLIENT_SECRET', false, false],
  ['PLAYWRIGHT_SERVICE_ACCESS_TOKEN', false, false], // allowlisted prefix, secret name: the secret wins
  ['NODE_API_KEY', false, false],
  ['SLACK_WEBHOOK_URL', false, false],
  ['GOOGLE_APPLICATION_CREDENTIALS', false, false],
  ['SENTRY_DSN', false, false],
  ['NPM_CONFIG__AUTH', false, false],
  ['SESSION_COOKIE', false, false],
];

describe('buildRerunEnv', () => {
  const base: NodeJS.ProcessEnv = Object.fromEntries(TABLE.map(([name]) => [name, `value-of-${name}`]));
  const listed = TABLE.map(([name]) => name);

  for (const [name, byDefault, whenListed] of TABLE) {
    test(`${name}: ${byDefault ? 'passed' : 'dropped'} by default, ${whenListed ? 'passed' : 'refused'} when listed in verifyEnv`, () => {
      assert.equal(buildRerunEnv(base, [], 'linux').env[name], byDefault ? `value-of-${name}` : undefined);
      const { env, refused } = buildRerunEnv(base, listed, 'linux');
      assert.equal(env[name], whenListed ? `value-of-${name}` : undefined);
      // Only a listed secret is refused (reported); allowlisted and listed harmless names are not.
      const wasRefused = refused.some((r) => r.name === name);
      assert.equal(wasRefused, !whenListed, JSON.stringify(refused));
    });
  }

  test('a refused name says why, naming the variable', () => {
    const { refused } = buildRerunEnv({ GITHUB_TOKEN: 'x', RAILWAY_TOKEN: 'y', MY_SERVICE_PASSWORD: 'z' }, ['GITHUB_TOKEN', 'RAILWAY_TOKEN', 'MY_SERVICE_PASSWORD', 'not-a-name']);
    assert.deepEqual(
      refused.map((r) => r.name),
      ['GITHUB_TOKEN', 'RAILWAY_TOKEN', 'MY_SERVICE_PASSWORD', 'not-a-name'],
    );
    assert.match(refused[0]!.reason, /^GITHUB_TOKEN is a credential healwright itself uses; verification re-runs execute proposed code and never get secrets$/);
    assert.match(refused[1]!.reason, /^RAILWAY_TOKEN is a Railway setting/);
    assert.match(refused[2]!.reason, /^MY_SERVICE_PASSWORD names a secret \(the redactor's secret-name rule matches it\)/);
    assert.match(refused[3]!.reason, /^"not-a-name" is not an environment variable name/);
  });

  test('only variables that exist are passed; undefined values are skipped', () => {
    const { env } = buildRerunEnv({ PATH: '/bin', HOME: undefined }, ['DEMO_PORT'], 'linux');
    assert.deepEqual(env, { PATH: '/bin' });
  });

  test('names are case-sensitive on POSIX, case-insensitive on Windows', () => {
    const base = { Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', comspec: 'cmd.exe', demo_port: '1', GitHub_Token: 't' };
    assert.deepEqual(buildRerunEnv(base, ['DEMO_PORT'], 'linux').env, { SystemRoot: 'C:\\Windows' });
    assert.deepEqual(buildRerunEnv(base, ['DEMO_PORT'], 'win32').env, { Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', comspec: 'cmd.exe', demo_port: '1' });
  });

  test('secretEnvReason agrees with the table and the config accepts the same names as the builder', () => {
    for (const [name, , whenListed] of TABLE) assert.equal(secretEnvReason(name) === undefined, whenListed, name);
    assert.equal(ENV_NAME_RE.source, ENV_NAME_PATTERN.source);
  });
});
