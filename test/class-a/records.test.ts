import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeClassAFix, readClassAFixes, replaceTokensInStorageState, resolveHealthUrl, resolveRestartConfig, writeTokenFile, readTokenFile, type ClassAFixFile } from '../../src/class-a/index.js';
import { writeTriageHandover } from '../../src/triage/handover.js';
import { collectClassAFixes, globalSetupFixRecord, type TestOutcomes } from '../../src/heal/class-a.js';

const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), p));

function fix(over: Partial<ClassAFixFile> & Pick<ClassAFixFile, 'testId' | 'retry' | 'status'>): ClassAFixFile {
  return { version: 1, category: 'restart-backend', detail: `fix for ${over.testId}`, at: `2026-01-01T00:00:0${over.retry}.000Z`, durationMs: 5, triage: { rule: 'server-error', confidence: 0.9, fingerprint: 'f' }, ...over };
}

function handover(runDir: string, testId: string, retry: number): void {
  writeTriageHandover(runDir, { testId, retry, category: 'restart-backend', class: 'A', confidence: 0.9, rule: 'server-error', fingerprint: 'f', project: 'api', healable: true, at: new Date().toISOString() });
}

describe('collectClassAFixes', () => {
  test('verified only when the retry the fix prepared passed; a shared fix is one record', () => {
    const runDir = tmp('heal-collect-');
    // t1 had two retries: the fix before retry 1 did not help (retry 1 failed), the one before retry 2 did.
    writeClassAFix(runDir, fix({ testId: 't1', retry: 1, status: 'applied' }));
    writeClassAFix(runDir, fix({ testId: 't1', retry: 2, status: 'applied' }));
    handover(runDir, 't1', 1);
    // t2 and t3 shared one redeploy: t2's retry passed, t3's did not.
    writeClassAFix(runDir, fix({ testId: 't2', retry: 1, status: 'applied', actionId: 'restart-backend@run', performed: true, detail: 'redeployed' }));
    writeClassAFix(runDir, fix({ testId: 't3', retry: 1, status: 'applied', actionId: 'restart-backend@run', performed: false, detail: 'reused' }));
    handover(runDir, 't3', 1);
    writeClassAFix(runDir, fix({ testId: 't4', retry: 1, status: 'skipped', category: 'clear-session', detail: 'maxFixesPerRun (1) reached' }));
    writeClassAFix(runDir, fix({ testId: 't5', retry: 1, status: 'dry-run', category: 'refresh-tokens', detail: 'dry run: would refresh' }));
    writeFileSync(path.join(runDir, 'fixes', 'class-a-junk.json'), '{"not":"a record"}');

    const outcomes: TestOutcomes = new Map([
      ['t1', { outcome: 'flaky', lastStatus: 'passed' }],
      ['t2', { outcome: 'flaky', lastStatus: 'passed' }],
      ['t3', { outcome: 'unexpected', lastStatus: 'failed' }],
      ['t4', { outcome: 'unexpected', lastStatus: 'failed' }],
      ['t5', { outcome: 'unexpected', lastStatus: 'timedOut' }],
    ]);
    assert.equal(readClassAFixes(runDir).length, 6, 'the junk file is ignored');
    const got = collectClassAFixes(runDir, outcomes).map((f) => [f.testIds.join(','), f.category, f.status, f.detail]);
    assert.deepEqual(got, [
      ['t1', 'restart-backend', 'applied', 'fix for t1; not verified: the retry still failed for t1 (retry #1)'],
      ['t2,t3', 'restart-backend', 'applied', 'redeployed (one fix shared by 2 tests); not verified: the retry still failed for t3 (retry #1)'],
      ['t4', 'clear-session', 'skipped', 'maxFixesPerRun (1) reached'],
      ['t5', 'refresh-tokens', 'dry-run', 'dry run: would refresh'],
      ['t1', 'restart-backend', 'verified', 'fix for t1; the retry passed'],
    ]);
  });

  test('globalSetup redeploys become a record without tests', () => {
    const base = { version: 1 as const, at: '2026-01-01T00:00:00.000Z', durationMs: 1, preflight: { url: 'http://x/health', ok: false, durationMs: 1 }, notes: [] };
    assert.equal(globalSetupFixRecord(base), undefined);
    const rec = globalSetupFixRecord({ ...base, restart: { provider: 'command', status: 'applied', healthy: true, detail: 'redeployed', durationMs: 3 } });
    assert.deepEqual(rec, { category: 'restart-backend', class: 'A', testIds: [], status: 'verified', detail: 'before the tests (globalSetup): redeployed', at: base.at });
    assert.equal(globalSetupFixRecord({ ...base, restart: { provider: 'railway', status: 'failed', healthy: false, detail: 'x', durationMs: 3 } })?.status, 'failed');
  });
});

describe('token store', () => {
  test('rewrites a snake_case tokens file in its own style, keeps other keys and its permissions', () => {
    const dir = tmp('heal-tokens-');
    const file = path.join(dir, 'tokens.json');
    writeFileSync(file, JSON.stringify({ access_token: 'old-a', refresh_token: 'old-r', scope: 'crm' }));
    chmodSync(file, 0o600);
    const { tokens, raw } = readTokenFile(file);
    assert.deepEqual(tokens, { accessToken: 'old-a', refreshToken: 'old-r' });
    writeTokenFile(file, raw, { accessToken: 'new-a', refreshToken: 'new-r', expiresIn: 900 });
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { access_token: 'new-a', refresh_token: 'new-r', scope: 'crm', expires_in: 900 });
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  test('a tokens file without a refresh token is refused with the file named', () => {
    const file = path.join(tmp('heal-tokens-'), 't.json');
    writeFileSync(file, JSON.stringify({ accessToken: 'a' }));
    assert.throws(() => readTokenFile(file), /the tokens file .*t\.json has no refreshToken/);
    assert.throws(() => readTokenFile(path.join(path.dirname(file), 'missing.json')), /cannot read the tokens file .*missing\.json \(ENOENT\)/);
  });

  test('replaces the old tokens wherever they sit in a storageState file, nothing else', () => {
    const file = path.join(tmp('heal-state-'), 'state.json');
    writeFileSync(file, JSON.stringify({ cookies: [{ name: 'at', value: 'old-a' }, { name: 'theme', value: 'dark' }], origins: [{ origin: 'http://x', localStorage: [{ name: 'auth.refresh', value: 'old-r' }, { name: 'n', value: 'old-a-not' }] }] }));
    const changed = replaceTokensInStorageState(file, new Map([['old-a', 'new-a'], ['old-r', 'new-r']]));
    assert.equal(changed, 2);
    const state = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(state.cookies.map((c: { value: string }) => c.value), ['new-a', 'dark']);
    assert.deepEqual(state.origins[0].localStorage.map((c: { value: string }) => c.value), ['new-r', 'old-a-not']);
  });
});

describe('restart and health configuration', () => {
  test('option, then HEAL_RESTART_COMMAND, then Railway env; invalid options name the key', () => {
    const railwayEnv = { RAILWAY_SERVICE_ID: 's', RAILWAY_ENVIRONMENT_ID: 'e', RAILWAY_TOKEN: 't' };
    assert.deepEqual(resolveRestartConfig({ type: 'deploy-hook', url: 'https://hooks.example.test/x' }, { HEAL_RESTART_COMMAND: 'x' }).source, 'option');
    assert.deepEqual(resolveRestartConfig(undefined, { HEAL_RESTART_COMMAND: ' npm run demo:restart ', ...railwayEnv }), { config: { type: 'command', command: 'npm run demo:restart' }, source: 'HEAL_RESTART_COMMAND' });
    assert.deepEqual(resolveRestartConfig(undefined, railwayEnv), { config: { type: 'railway' }, source: 'RAILWAY_*' });
    assert.deepEqual(resolveRestartConfig(undefined, { RAILWAY_SERVICE_ID: 's', RAILWAY_ENVIRONMENT_ID: 'e' }), {});
    const bad = resolveRestartConfig({ type: 'command', command: 'x', timeoutMs: -1 }, {});
    assert.match(bad.error ?? '', /healRestart\.timeoutMs: .*\(got -1\)/);
    const wrongType = resolveRestartConfig({ type: 'heroku' } as never, {});
    assert.match(wrongType.error ?? '', /healRestart\.type: expected type 'railway', 'command' or 'deploy-hook'/);
  });

  test('health URL: option, HEAL_API_HEALTH_URL, API_URL, baseURL', () => {
    assert.equal(resolveHealthUrl('http://h/ready', { API_URL: 'http://api' }), 'http://h/ready');
    assert.equal(resolveHealthUrl(undefined, { HEAL_API_HEALTH_URL: 'http://h/hz', API_URL: 'http://api' }), 'http://h/hz');
    assert.equal(resolveHealthUrl(undefined, { API_URL: 'http://api:8080/v1/' }, 'http://web'), 'http://api:8080/v1/health');
    assert.equal(resolveHealthUrl(undefined, {}, 'http://web:3000'), 'http://web:3000/health');
    assert.equal(resolveHealthUrl(undefined, {}), undefined);
  });
});
