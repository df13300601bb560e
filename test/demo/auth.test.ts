import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { TokenService } from '../../demo/src/auth/tokens.js';
import { type TestDemo, USER, call, getPage, login, startTestDemo, uiLogin } from './helpers.js';

describe('demo auth', () => {
  let demo: TestDemo;
  before(async () => {
    demo = await startTestDemo({ accessTtlSeconds: 120 });
  });
  after(() => demo.stop());

  test('login returns a short-lived access token, a refresh token and expiresIn from DEMO_ACCESS_TTL', async () => {
    const tokens = await login(demo.url);
    assert.equal(tokens.tokenType, 'Bearer');
    assert.equal(tokens.expiresIn, 120);
    const claims = decodeJwt(tokens.accessToken);
    assert.equal(claims.sub, 'usr_001');
    assert.equal(claims.typ, 'access');
    assert.equal((claims.exp ?? 0) - (claims.iat ?? 0), 120);
    assert.equal(decodeJwt(tokens.refreshToken).typ, 'refresh');
    const me = await call(demo.url, 'GET', '/api/v1/customers', { token: tokens.accessToken });
    assert.equal(me.status, 200);
  });

  test('refresh trades a refresh token for a new working pair, and refuses an access token', async () => {
    const first = await login(demo.url);
    const refreshed = await call<{ accessToken: string; refreshToken: string }>(demo.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.accessToken, first.accessToken);
    assert.equal((await call(demo.url, 'GET', '/api/v1/work-orders', { token: refreshed.body.accessToken })).status, 200);
    const wrongKind = await call(demo.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first.accessToken } });
    assert.equal(wrongKind.status, 401);
    assert.match(String(wrongKind.body.error), /not a refresh token/);
  });

  test('every /api route but login and refresh wants a bearer token: 401 with {"error"}', async () => {
    for (const path of ['/api/v1/customers', '/api/v1/customers/cus_001', '/api/v1/work-orders', '/api/v1/invoices/inv_001']) {
      const res = await call(demo.url, 'GET', path);
      assert.equal(res.status, 401, path);
      assert.equal(typeof res.body.error, 'string');
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    }
    const garbage = await call(demo.url, 'GET', '/api/v1/customers', { token: 'not.a.jwt' });
    assert.deepEqual([garbage.status, garbage.body], [401, { error: 'invalid token' }]);
  });

  test('an access token past its exp answers 401 "jwt expired"', async () => {
    const secret = Buffer.from(readFileSync(join(demo.dataDir, 'secret.key'), 'utf8').trim(), 'hex');
    const expired = await new TokenService(secret, { accessTtlSeconds: -60, refreshTtlSeconds: 60, sessionTtlSeconds: 60 }).issue('access', { id: 'usr_001', email: USER.email });
    const res = await call(demo.url, 'GET', '/api/v1/customers', { token: expired });
    assert.deepEqual([res.status, res.body], [401, { error: 'jwt expired' }]);
  });

  test('a token signed with another key is refused', async () => {
    const forged = await new TokenService(Buffer.alloc(32, 7), { accessTtlSeconds: 60, refreshTtlSeconds: 60, sessionTtlSeconds: 60 }).issue('access', { id: 'usr_001', email: USER.email });
    assert.equal((await call(demo.url, 'GET', '/api/v1/customers', { token: forged })).status, 401);
  });

  test('UI: sign-in sets an HttpOnly SameSite session cookie; anonymous pages redirect to /login; sign-out clears it', async () => {
    const res = await fetch(`${demo.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...USER, next: '/customers' }).toString(),
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/customers');
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^demo_session=[^;]+; HttpOnly; SameSite=Lax; Path=\//);
    const anonymous = await getPage(demo.url, '/work-orders');
    assert.deepEqual([anonymous.status, anonymous.location], [303, '/login?next=%2Fwork-orders']);
    const signedIn = await getPage(demo.url, '/work-orders', cookie.split(';')[0]);
    assert.equal(signedIn.status, 200);
    const out = await fetch(`${demo.url}/logout`, { method: 'POST', redirect: 'manual' });
    assert.match(out.headers.get('set-cookie') ?? '', /^demo_session=; .*Max-Age=0/);
  });

  test('UI: a form posted from another origin is refused; an open redirect in next is ignored', async () => {
    const foreign = await fetch(`${demo.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams(USER).toString(),
    });
    assert.equal(foreign.status, 403);
    const res = await fetch(`${demo.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...USER, next: '//evil.example/' }).toString(),
    });
    assert.equal(res.headers.get('location'), '/dashboard');
  });
});

describe('demo login rate limit', () => {
  test('10 failed sign-ins per minute, then 429 with Retry-After even for the right password (API and form)', async () => {
    const demo = await startTestDemo();
    try {
      for (let i = 0; i < 10; i++) {
        const res = await call(demo.url, 'POST', '/api/v1/auth/login', { body: { email: USER.email, password: `wrong-${i}` } });
        assert.deepEqual([res.status, res.body], [401, { error: 'invalid email or password' }]);
      }
      const limited = await call(demo.url, 'POST', '/api/v1/auth/login', { body: USER });
      assert.equal(limited.status, 429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.match(String(limited.body.error), /too many failed sign-in attempts/);
      await assert.rejects(uiLogin(demo.url), /UI login failed: 429/);
    } finally {
      await demo.stop();
    }
  });
});
