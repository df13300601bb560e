// clear-session and refresh-tokens before a retry, and the guardrails that hold across the run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, runInlineTest } from '../helpers/run-inline.js';
import { collectClassAFixes } from '../../src/reporter/class-a.js';
import { startAppServer, USER, type AppServer } from './app-server.js';
import { fixRecords, healConfig, outcomesOf } from './suite.js';

const ME_SPEC = `import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from 'healwright/fixtures';
const me = (request, file) => request.get('/api/v1/me', { headers: { authorization: 'Bearer ' + JSON.parse(readFileSync(file, 'utf8')).accessToken } });
`;

describe('session fixes before a retry', () => {
  let app: AppServer;
  before(async () => {
    app = await startAppServer();
  });
  after(async () => {
    await app.close();
  });

  test('invalid session: clear-session signs in again (login form, or the healLogin hook), the retries pass', async () => {
    const dir = makeTempDir();
    const stale = { cookies: [{ name: 'sid', value: 'stale-session', domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] };
    for (const f of ['form.json', 'hook.json']) writeFileSync(path.join(dir, f), JSON.stringify(stale));
    const loginsBefore = app.state.logins;
    const dashboard = `test('dashboard', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
`;
    const r = await runInlineTest(
      {
        'playwright.config.ts': healConfig({ browser: true, use: 'baseURL: process.env.APP_URL,' }),
        'form.spec.ts': `import { test, expect } from 'healwright/fixtures';
test.use({ storageState: 'form.json', healLoginForm: { url: '/login', fields: { Email: '${USER.email}', Password: '${USER.password}' } } });
${dashboard}`,
        'hook.spec.ts': `import { test, expect } from 'healwright/fixtures';
test.use({
  storageState: 'hook.json',
  // An API login: context.request shares the page's cookies, so healwright saves the new session.
  healLogin: { run: async ({ request }) => { await expect(await request.post('/login', { form: { email: '${USER.email}', password: '${USER.password}' } })).toBeOK(); } },
});
${dashboard}`,
      },
      { dir, env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 0, r.output);
    const s = r.summary();
    assert.equal(s.totals.flaky, 2);
    assert.ok(s.failures.every((f) => f.triage.category === 'clear-session'));
    assert.equal(app.state.logins, loginsBefore + 2, 'signed in once per stored session');

    for (const f of ['form.json', 'hook.json']) {
      const saved = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { cookies: { name: string; value: string }[] };
      const sid = saved.cookies.find((c) => c.name === 'sid')?.value;
      assert.ok(sid && app.state.sessions.has(sid), `${f} now holds a session the app accepts`);
    }
    const details = fixRecords(r).map((f) => [f.category, f.status, f.detail.replace(/ \(the app refused.*$/, '')]).sort();
    assert.deepEqual(details, [
      ['clear-session', 'applied', 'signed in again through healLogin and replaced hook.json'],
      ['clear-session', 'applied', 'signed in again through healLoginForm (/login) and replaced form.json'],
    ]);
    assert.deepEqual(collectClassAFixes(r.runDir(), outcomesOf(r)).map((f) => f.status), ['verified', 'verified']);
  });

  test('expired token: refresh-tokens POSTs the refresh token and rewrites the tokens file, the retry passes', async () => {
    const dir = makeTempDir();
    const pair = app.issueTokens();
    app.state.accessTokens.delete(pair.accessToken);
    writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify({ ...pair, tokenType: 'Bearer', obtainedAt: '2020-01-01T00:00:00.000Z' }));
    const hookPair = app.issueTokens();
    app.state.accessTokens.delete(hookPair.accessToken);
    writeFileSync(path.join(dir, 'hook-tokens.json'), JSON.stringify(hookPair));
    const refreshesBefore = app.state.refreshes;
    const r = await runInlineTest(
      {
        'playwright.config.ts': healConfig({ use: `baseURL: process.env.APP_URL, healTokensFile: 'tokens.json',` }),
        'me.spec.ts': `${ME_SPEC}
test('who am i', async ({ request }) => {
  await expect(await me(request, 'tokens.json')).toBeOK();
});
test.describe('own refresh', () => {
  test.use({
    healTokensFile: 'hook-tokens.json',
    healRefresh: {
      run: async ({ request, refreshEndpoint, tokensFile }) => {
        const old = JSON.parse(readFileSync(tokensFile, 'utf8'));
        const res = await request.post(refreshEndpoint, { data: { refreshToken: old.refreshToken } });
        await expect(res).toBeOK();
        writeFileSync(tokensFile, JSON.stringify(await res.json()));
      },
    },
  });
  test('who am i, refreshed by the hook', async ({ request }) => {
    await expect(await me(request, 'hook-tokens.json')).toBeOK();
  });
});
`,
      },
      { dir, env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 0, r.output);
    assert.deepEqual(r.summary().failures.map((f) => [f.outcome, f.triage.category]), [['flaky', 'refresh-tokens'], ['flaky', 'refresh-tokens']]);
    assert.equal(app.state.refreshes, refreshesBefore + 2);
    const hookTokens = JSON.parse(readFileSync(path.join(dir, 'hook-tokens.json'), 'utf8')) as Record<string, string>;
    assert.ok(app.state.accessTokens.has(hookTokens.accessToken as string));
    const tokens = JSON.parse(readFileSync(path.join(dir, 'tokens.json'), 'utf8')) as Record<string, string>;
    assert.notEqual(tokens.accessToken, pair.accessToken);
    assert.ok(app.state.accessTokens.has(tokens.accessToken as string));
    assert.equal(tokens.tokenType, 'Bearer', 'other keys are kept');
    assert.notEqual(tokens.obtainedAt, '2020-01-01T00:00:00.000Z');

    const fixes = fixRecords(r);
    assert.deepEqual(fixes.map((f) => [f.category, f.status]), [['refresh-tokens', 'applied'], ['refresh-tokens', 'applied']]);
    assert.ok(fixes.some((f) => f.detail === 'refreshed the tokens through healRefresh'), JSON.stringify(fixes));
    const fix = fixes.find((f) => f.detail !== 'refreshed the tokens through healRefresh');
    assert.match(fix?.detail ?? '', /POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/auth\/refresh answered 200; rewrote tokens\.json/);
    assert.doesNotMatch(fix?.detail ?? '', new RegExp(tokens.accessToken as string), 'no token in the record');
    assert.deepEqual(collectClassAFixes(r.runDir(), outcomesOf(r)).map((f) => f.status), ['verified', 'verified']);
  });

  test('guardrails: maxFixesPerRun 1 with two failing tests skips the second with the reason', async () => {
    const dir = makeTempDir();
    for (const name of ['a', 'b']) {
      const pair = app.issueTokens();
      app.state.accessTokens.delete(pair.accessToken);
      writeFileSync(path.join(dir, `tokens-${name}.json`), JSON.stringify(pair));
    }
    const r = await runInlineTest(
      {
        'playwright.config.ts': healConfig({ use: `baseURL: process.env.APP_URL,`, reporter: 'maxFixesPerRun: 1' }),
        'me.spec.ts': `${ME_SPEC}
for (const name of ['a', 'b']) {
  test.describe(name, () => {
    test.use({ healTokensFile: 'tokens-' + name + '.json' });
    test('who am i ' + name, async ({ request }) => {
      await expect(await me(request, 'tokens-' + name + '.json')).toBeOK();
    });
  });
}
`,
      },
      { dir, env: { APP_URL: app.url } },
    );
    assert.equal(r.exitCode, 1, r.output);
    const s = r.summary();
    assert.equal(s.totals.flaky, 1);
    assert.equal(s.totals.failed, 1);
    const fixes = fixRecords(r);
    assert.deepEqual(fixes.map((f) => f.status).sort(), ['applied', 'skipped']);
    const skipped = fixes.find((f) => f.status === 'skipped');
    assert.match(skipped?.detail ?? '', /^maxFixesPerRun \(1\) reached: 1 fix\(es\) already ran in this run/);
    const collected = collectClassAFixes(r.runDir(), outcomesOf(r));
    assert.deepEqual(collected.map((f) => f.status).sort(), ['skipped', 'verified']);
    const guard = JSON.parse(r.file('guardrails.json')) as { fixes: number };
    assert.equal(guard.fixes, 1);
  });
});
