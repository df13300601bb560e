import { mkdirSync } from 'node:fs';
import { test, expect } from '../fixtures.js';
import { ADMIN_TOKEN, AUTH_DIR, E2E_USER, FAULTS_AFTER_SETUP, USER_STATE } from '../support/env.js';
import { apiUrl, saveApiTokens } from '../support/api.js';

test.beforeAll(() => {
  mkdirSync(AUTH_DIR, { recursive: true });
});

test('sign in through the UI', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(E2E_USER.email);
  await page.getByLabel('Password').fill(E2E_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.context().storageState({ path: USER_STATE });
});

test('sign in through the API', async ({ request }) => {
  const response = await request.post(apiUrl('/api/v1/auth/login'), { data: E2E_USER });
  await expect(response).toBeOK();
  const body = (await response.json()) as { accessToken: string; refreshToken: string; tokenType: string; expiresIn: number };
  expect(body.tokenType).toBe('Bearer');
  saveApiTokens(body);
});

// Faults that only break credentials issued before them are switched on here, after both sign-ins.
if (FAULTS_AFTER_SETUP.length > 0) {
  test('switch on the faults named in E2E_FAULTS_AFTER_SETUP', async ({ request }) => {
    const response = await request.post(apiUrl('/__faults'), { headers: { 'x-admin-token': ADMIN_TOKEN }, data: { enable: FAULTS_AFTER_SETUP } });
    await expect(response).toBeOK();
  });
}
