import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures.js';
import { apiUrl } from '../support/api.js';
import { E2E_USER, USER_STATE } from '../support/env.js';

test('API rejects requests without a token', async ({ request }) => {
  const response = await request.get(apiUrl('/api/v1/work-orders'));
  expect(response.status()).toBe(401);
  const body = (await response.json()) as { error?: unknown };
  expect(typeof body.error).toBe('string');
});

test('sign-in with a wrong password is refused without saying which part was wrong', async ({ request }) => {
  const response = await request.post(apiUrl('/api/v1/auth/login'), { data: { email: E2E_USER.email, password: 'not-the-password' } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: 'invalid email or password' });
});

test('anonymous visitors are sent to the login page', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/customers');
  await expect(page).toHaveURL(/\/login\?next=%2Fcustomers$/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await context.close();
});

test('the session cookie is HttpOnly and SameSite', () => {
  const state = JSON.parse(readFileSync(USER_STATE, 'utf8')) as { cookies: { name: string; httpOnly: boolean; sameSite: string }[] };
  const session = state.cookies.find((c) => c.name === 'demo_session');
  expect(session, 'a demo_session cookie from the setup sign-in').toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
});
