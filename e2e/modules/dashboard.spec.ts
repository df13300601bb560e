import { test, expect } from '../fixtures.js';

test('dashboard shows the seeded technician workload', async ({ page }) => {
  await page.goto('/dashboard');
  const dana = page.getByRole('table', { name: 'Technician workload' }).getByRole('row', { name: /Dana Whitfield/ });
  // Columns: technician (row header), scheduled, in progress, done.
  await expect(dana.getByRole('cell')).toHaveText(['3', '1', '3']);
});
