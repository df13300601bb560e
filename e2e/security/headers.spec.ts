import { test, expect } from '../fixtures.js';
import { apiUrl } from '../support/api.js';

function expectProtections(headers: Record<string, string>, what: string): void {
  expect(headers['content-security-policy'] ?? '', `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'] ?? '', `${what}: Content-Security-Policy`).toContain("script-src 'self'");
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
}

test('pages send CSP, frame and content-type protections', async ({ page }) => {
  const response = await page.goto('/login');
  expect(response, 'the login page answered').not.toBeNull();
  expectProtections(await response!.allHeaders(), 'GET /login');
});

test('API answers send the same protections', async ({ request }) => {
  const response = await request.get(apiUrl('/api/v1/work-orders'));
  expect(response.status()).toBe(401);
  expectProtections(response.headers(), 'GET /api/v1/work-orders');
});
