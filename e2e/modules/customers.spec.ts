import { test, expect } from '../fixtures.js';

test('customers list shows the seeded customers and filters by search', async ({ page }) => {
  await page.goto('/customers');
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Customer list' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('harbor');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link')).toHaveText('Harbor View Inn');
});

test('add a customer through the form', async ({ page }) => {
  const name = `Lakeside Camp ${Date.now()}`;
  await page.goto('/customers');
  const addCustomer = page.getByRole('button', { name: 'Add customer' });
  await expect(addCustomer).toBeVisible();
  await addCustomer.click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email').fill('office@lakeside.example.test');
  await page.getByLabel('Phone').fill('(207) 555-0199');
  await page.getByLabel('Street address').fill('3 Shore Rd');
  await page.getByLabel('City').fill('Naples');
  await page.getByLabel('Tank size (gallons)').fill('1250');
  await page.getByRole('button', { name: 'Save customer' }).click();
  await expect(page).toHaveURL(/\/customers\/cus_\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('customer detail shows the seeded customer', async ({ page }) => {
  await page.goto('/customers/cus_001');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alder Creek Farm');
  await expect(page.getByRole('table', { name: 'Work orders' })).toBeVisible();
});
