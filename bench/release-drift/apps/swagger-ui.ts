// Swagger UI as swagger-ui-dist ships it (index.html), deployed with a local API document: suite written
// for 3.52.5, run on 5.17.14.
import type { ReleaseApp } from '../types.js';
import { BOOKSHOP_OPENAPI } from './openapi-doc.js';

const PUBLIC_DOC = 'https://petstore.swagger.io/v2/swagger.json';

const API_PAGE = `import { expect, type Locator, type Page } from '@playwright/test';

export class ApiDocsPage {
  readonly title: Locator;
  readonly operations: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('.info .title');
    this.operations = page.locator('.opblock');
  }

  async open() {
    await this.page.goto('index.html');
    await expect(this.title).toContainText('Bookshop API');
  }

  operation(id: string): Locator {
    return this.page.locator(\`#operations-\${id}\`);
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { ApiDocsPage } from './api-docs-page';

test.beforeEach(async ({ page }) => {
  await new ApiDocsPage(page).open();
});

test('shows the OpenAPI version', async ({ page }) => {
  await expect(page.locator('.version-stamp')).toHaveText('OAS3');
});

test('lists every operation', async ({ page }) => {
  await expect(new ApiDocsPage(page).operations).toHaveCount(5);
});

test('operation summary shows its description', async ({ page }) => {
  await expect(
    page.locator('#operations-books-listBooks .opblock-summary-control > .opblock-summary-description'),
  ).toHaveText('List books');
});

test('operation path is shown in the summary', async ({ page }) => {
  await expect(page.locator('.opblock-summary-control > .opblock-summary-path').first()).toHaveAttribute('data-path', '/books');
});

test('opening an operation offers try it out', async ({ page }) => {
  await new ApiDocsPage(page).operation('books-getBook').locator('.opblock-summary').click();
  await expect(page.getByRole('button', { name: 'Try it out' })).toBeVisible();
});

test('deprecated operation is marked', async ({ page }) => {
  await expect(page.locator('.opblock-deprecated')).toHaveCount(1);
});

test('book schema expands', async ({ page }) => {
  await page.locator('#model-Book .model-box-control').click();
  await expect(page.locator('#model-Book')).toContainText('author');
});

test('tag section collapses', async ({ page }) => {
  await page.locator('h3#operations-tag-books').click();
  await expect(page.locator('#operations-books-listBooks')).toHaveCount(0);
});

test('explore bar holds the document URL', async ({ page }) => {
  await expect(page.locator('.download-url-input')).toHaveValue('/openapi.json');
});

test('executes a request', async ({ page }) => {
  const op = new ApiDocsPage(page).operation('books-listBooks');
  await op.locator('.opblock-summary').click();
  await op.getByRole('button', { name: 'Try it out' }).click();
  await op.locator('.execute').click();
  await expect(op.locator('.live-responses-table tbody .response-col_status').first()).toHaveText('200');
  await expect(op.locator('.live-responses-table tbody .response-col_description').first()).toContainText('Dune');
});
`;

export const SWAGGER_UI: ReleaseApp = {
  name: 'Swagger UI',
  pkg: 'swagger-ui-dist',
  from: '3.52.5',
  to: '5.17.14',
  rewrites: [
    { file: 'index.html', from: PUBLIC_DOC, to: '/openapi.json' },
    { file: 'swagger-initializer.js', from: PUBLIC_DOC, to: '/openapi.json' },
  ],
  extra: { 'openapi.json': JSON.stringify(BOOKSHOP_OPENAPI), 'api/books': JSON.stringify([{ id: 7, title: 'Dune', author: 'Frank Herbert' }]) },
  files: { 'api-docs-page.ts': API_PAGE, 'docs.spec.ts': SPEC },
  labels: [
    { test: 'shows the OpenAPI version', kind: 'data', target: { css: '.version-stamp' }, value: 'OAS 3.0', note: 'the stamp reads "OAS 3.0" now' },
    { test: 'operation summary shows its description', kind: 'selector', target: { css: '#operations-books-listBooks .opblock-summary-description' }, note: 'description moved into .opblock-summary-path-description-wrapper' },
    { test: 'operation path is shown in the summary', kind: 'selector', target: { css: '.opblock-summary-path[data-path="/books"]' }, note: 'path moved into .opblock-summary-path-description-wrapper' },
  ],
};
