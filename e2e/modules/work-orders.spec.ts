import { test, expect } from '../fixtures.js';

test('work-order board shows the scheduled, in progress and done columns', async ({ page }) => {
  await page.goto('/work-orders');
  await expect(page.getByRole('heading', { name: 'Work orders', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Scheduled', 'In progress', 'Done']);
  await expect(page.getByRole('list', { name: 'Done jobs' }).getByRole('article').first()).toBeVisible();
});

test('schedule, assign, start, complete and invoice a pumping job', async ({ page }) => {
  await page.goto('/work-orders');
  await page.getByRole('link', { name: 'Schedule job' }).click();
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'North Pond Marina' });
  await page.getByLabel('Date and time (UTC)').fill('2026-04-02T09:30');
  await page.getByLabel('Tank size (gallons)').fill('1500');
  await page.getByRole('button', { name: 'Schedule job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Work order wo_\d+$/);
  await expect(page.getByTestId('status')).toHaveText('Scheduled');

  await page.getByLabel('Technician').fill('Casey Modules');
  await page.getByRole('button', { name: 'Assign technician' }).click();
  await expect(page.getByTestId('technician')).toHaveText('Casey Modules');
  await page.getByRole('button', { name: 'Start job' }).click();
  await expect(page.getByTestId('status')).toHaveText('In progress');
  await page.getByRole('button', { name: 'Complete job' }).click();
  await expect(page.getByTestId('status')).toHaveText('Done');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Invoice inv_\d+$/);
  await expect(page.getByTestId('invoice-total')).toHaveText('$535.00');
});
