import { test, expect } from '../fixtures.js';
import { apiUrl } from '../support/api.js';

/** Budget for opening a page and loading /reports (the `slow` fault holds /reports back 20 s). */
const REPORTS_BUDGET_MS = 15_000;

test('health endpoint reports ok with a readable store', async ({ request }) => {
  const response = await request.get(apiUrl('/health'));
  await expect(response).toBeOK();
  const body = (await response.json()) as { status: string; store: { ok: boolean; customers: number } };
  expect(body.status).toBe('ok');
  expect(body.store.ok).toBe(true);
});

test('dashboard shows the headline counts', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  for (const stat of ['customers', 'scheduled', 'in-progress', 'done', 'open-invoices']) {
    await expect(page.getByTestId(`stat-${stat}`)).toHaveText(/^\d+$/);
  }
  await expect(page.getByRole('heading', { name: 'Scheduled jobs' })).toBeVisible();
});

test('dashboard runs without script errors', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.waitForLoadState('load');
  expect(pageErrors, 'uncaught errors thrown by the dashboard script').toHaveLength(0);
});

test('reports page loads within the performance budget', async ({ page }) => {
  test.setTimeout(REPORTS_BUDGET_MS);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invoiced revenue' })).toBeVisible();
});
