import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../demo/src/index.js';
import { ADMIN, type TestDemo, getPage, startTestDemo, uiLogin } from './helpers.js';

describe('demo security basics', () => {
  let demo: TestDemo;
  let cookie: string;
  before(async () => {
    demo = await startTestDemo();
    cookie = await uiLogin(demo.url);
  });
  after(() => demo.stop());

  test('every kind of answer carries the CSP, frame and sniffing headers', async () => {
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
    for (const path of ['/login', '/dashboard', '/assets/app.js', '/api/v1/customers', '/health', '/no-such-page', '/customers']) {
      const res = await getPage(demo.url, path, path === '/customers' ? undefined : cookie);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
    }
  });

  test('pages have no inline script and leak no secrets (admin token, signing key, session token)', async () => {
    const key = readFileSync(join(demo.dataDir, 'secret.key'), 'utf8').trim();
    const session = cookie.split('=')[1] ?? '';
    assert.ok(session.length > 20);
    for (const path of ['/login', '/dashboard', '/customers?new=1', '/work-orders/wo_001', '/reports', '/assets/app.js']) {
      const { status, html } = await getPage(demo.url, path, path === '/login' ? undefined : cookie);
      assert.equal(status, 200, path);
      for (const secret of [ADMIN, key, session, 'demo-password']) assert.ok(!html.includes(secret), `${path} contains a secret`);
      if (path !== '/assets/app.js') assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>|\son\w+="/i, `${path} has inline script`);
    }
  });

  test('user input is escaped in pages', async () => {
    const { html } = await getPage(demo.url, `/customers?search=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, cookie);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<img src=x'));
  });
});
