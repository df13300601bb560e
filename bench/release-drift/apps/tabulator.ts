// Tabulator on a small "orders" back-office page of the app's own (orders.html, served through extra,
// written against 4.9.3's documented API: a fitColumns table with local pagination of five rows, an
// initial sort, a header filter on the customer column, money and tickCross formatters, a placeholder
// for an empty result and a rowClick callback that shows the picked order), loading the package's
// dist/js/tabulator.min.js and dist/css/tabulator.min.css, which both releases ship at the same paths.
// Suite written for 4.9.3, run on 6.3.1.
//
// Chosen because tabulator-tables publishes its browser build to npm and 4 -> 6 spans the 5.0 rewrite
// (modules, an event bus instead of callback options, new wrappers in the markup). What changed, read
// from the two dist builds (tabulator.js, tabulator.css) and the markup each renders on this page:
// - the body's holder class went from `tabulator-tableHolder` to `tabulator-tableholder` (CSS classes
//   are case-sensitive, so `.tabulator-tableHolder` finds nothing);
// - the column headers sit in a new `.tabulator-header-contents` between `.tabulator-header` and
//   `.tabulator-headers`, and the paginator in a new `.tabulator-footer-contents` inside the footer;
// - aria-sort says `ascending`/`descending` instead of `asc`/`desc`;
// - the headers row has role=row now (and the header and the body role=rowgroup), so
//   getByRole('row') also counts the header row;
// - the empty-table placeholder's text sits in a `div.tabulator-placeholder-contents`, not a <span>;
// - callback options such as `rowClick` are gone (5.0 moved them to `table.on('rowClick', ...)`): the
//   option is ignored, so a row click no longer reaches the page.
// Unchanged (controls): the cells' tabulator-field attributes and text, the money formatter's "$310.00",
// tickCross's aria-checked, the header filter's placeholder and filtering, the paginator's buttons
// (aria-labels "Next Page", "Show Page 2", `.tabulator-page.active`) and sorting by a header click.
//
// Labels: 14 tests; 6 selector, 1 data, 1 real, 6 controls. Least sure: 'first page lists five orders'
// (selector: the five orders are still there, the role query now also counts the header row; one could
// call it data, a count that went from 5 to 6, but the test means the orders), and 'sorting by total
// is announced' (data: the same sort state in ARIA 1.1's words; the test pins the attribute's value).
import type { ReleaseApp } from '../types.js';

const ORDERS_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Orders</title>
  <link rel="stylesheet" href="dist/css/tabulator.min.css">
  <style>
    body { font: 14px sans-serif; max-width: 56rem; margin: 2rem auto; }
  </style>
</head>
<body>
  <h1>Orders</h1>
  <div id="orders"></div>
  <p>Selected: <output id="picked" data-testid="picked">none</output></p>
  <script src="dist/js/tabulator.min.js"></script>
  <script>
    var picked = document.getElementById('picked');
    var table = new Tabulator('#orders', {
      layout: 'fitColumns',
      pagination: 'local',
      paginationSize: 5,
      placeholder: 'No orders match',
      initialSort: [{ column: 'id', dir: 'asc' }],
      columns: [
        { title: 'Order', field: 'id', sorter: 'number', width: 90 },
        { title: 'Customer', field: 'customer', headerFilter: 'input', headerFilterPlaceholder: 'Filter customers' },
        { title: 'Status', field: 'status' },
        { title: 'Total', field: 'total', sorter: 'number', hozAlign: 'right', formatter: 'money', formatterParams: { symbol: '$' } },
        { title: 'Paid', field: 'paid', formatter: 'tickCross', hozAlign: 'center' }
      ],
      data: [
        { id: 1001, customer: 'Ada Lovelace', status: 'Shipped', total: 120.5, paid: true },
        { id: 1002, customer: 'Grace Hopper', status: 'Pending', total: 75, paid: false },
        { id: 1003, customer: 'Alan Turing', status: 'Shipped', total: 310, paid: true },
        { id: 1004, customer: 'Edsger Dijkstra', status: 'Cancelled', total: 42.25, paid: false },
        { id: 1005, customer: 'Barbara Liskov', status: 'Shipped', total: 88, paid: true },
        { id: 1006, customer: 'Donald Knuth', status: 'Pending', total: 19.99, paid: false },
        { id: 1007, customer: 'Margaret Hamilton', status: 'Shipped', total: 560, paid: true },
        { id: 1008, customer: 'Ken Thompson', status: 'Pending', total: 130, paid: true }
      ],
      rowClick: function (e, row) {
        picked.textContent = 'Order ' + row.getData().id;
      }
    });
  </script>
</body>
</html>
`;

const ORDERS_PAGE = `import { expect, type Locator, type Page } from '@playwright/test';

export const SEL = {
  body: '.tabulator-tableHolder',
  headerTitles: '.tabulator-header > .tabulator-headers .tabulator-col-title',
  paginator: '.tabulator-footer > .tabulator-paginator',
  sortedAscending: '.tabulator-col[aria-sort="asc"]',
  emptyMessage: '.tabulator-placeholder span',
};

export class OrdersPage {
  readonly rows: Locator;
  readonly customerFilter: Locator;
  readonly picked: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator('#orders .tabulator-row');
    this.customerFilter = page.getByPlaceholder('Filter customers');
    this.picked = page.getByTestId('picked');
  }

  async open() {
    await this.page.goto('orders.html');
    await expect(this.rows.first()).toBeVisible();
  }

  async filterCustomers(text: string) {
    await this.customerFilter.click();
    await this.customerFilter.pressSequentially(text);
  }

  cell(row: Locator, field: string): Locator {
    return row.locator(\`.tabulator-cell[tabulator-field="\${field}"]\`);
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { OrdersPage, SEL } from './orders-page';

test.beforeEach(async ({ page }) => {
  await new OrdersPage(page).open();
});

test('table body shows the first page', async ({ page }) => {
  await expect(page.locator(SEL.body).locator('.tabulator-row')).toHaveCount(5);
});

test('header lists the columns', async ({ page }) => {
  await expect(page.locator(SEL.headerTitles)).toHaveText(['Order', 'Customer', 'Status', 'Total', 'Paid']);
});

test('first page lists five orders', async ({ page }) => {
  await expect(page.getByRole('row')).toHaveCount(5);
});

test('orders start sorted by number', async ({ page }) => {
  await expect(page.locator(SEL.sortedAscending)).toHaveText('Order');
  await expect(new OrdersPage(page).rows.first()).toContainText('1001');
});

test('sorting by total is announced', async ({ page }) => {
  const total = page.getByRole('columnheader', { name: 'Total' });
  await total.locator('.tabulator-col-title').click();
  await expect(total).toHaveAttribute('aria-sort', 'asc');
});

test('sorting by total puts the smallest order first', async ({ page }) => {
  const orders = new OrdersPage(page);
  await page.locator('.tabulator-col[tabulator-field="total"] .tabulator-col-title').click();
  await expect(orders.cell(orders.rows.first(), 'customer')).toHaveText('Donald Knuth');
  await expect(orders.cell(orders.rows.first(), 'total')).toHaveText('$19.99');
});

test('totals are shown as money', async ({ page }) => {
  const orders = new OrdersPage(page);
  await expect(orders.cell(orders.rows.nth(2), 'total')).toHaveText('$310.00');
});

test('paid column ticks paid orders', async ({ page }) => {
  const orders = new OrdersPage(page);
  await expect(
    orders.cell(orders.rows.nth(1), 'paid'),
  ).toHaveAttribute('aria-checked', 'false');
  await expect(orders.cell(orders.rows.first(), 'paid')).toHaveAttribute('aria-checked', 'true');
});

test('customer filter narrows the table', async ({ page }) => {
  const orders = new OrdersPage(page);
  await orders.filterCustomers('Ada');
  await expect(orders.rows).toHaveCount(1);
  await expect(orders.rows.first()).toContainText('Ada Lovelace');
});

test('unknown customer shows the placeholder', async ({ page }) => {
  await new OrdersPage(page).filterCustomers('zzz');
  await expect(page.locator(SEL.emptyMessage)).toHaveText('No orders match');
});

test('next page shows the last three orders', async ({ page }) => {
  const orders = new OrdersPage(page);
  await page.getByRole('button', { name: 'Next Page' }).click();
  await expect(orders.rows).toHaveCount(3);
  await expect(page.locator('.tabulator-page.active')).toHaveText('2');
});

test('last page button jumps to the end', async ({ page }) => {
  await page
    .locator(SEL.paginator)
    .getByRole('button', { name: 'Last Page' })
    .click();
  await expect(page.getByRole('button', { name: 'Show Page 2' })).toHaveClass(/active/);
});

test('clicking a row picks the order', async ({ page }) => {
  const orders = new OrdersPage(page);
  await page.getByText('Alan Turing').click();
  await expect(orders.picked).toHaveText('Order 1003');
});

test('nothing is picked at first', async ({ page }) => {
  await expect(new OrdersPage(page).picked).toHaveText('none');
});
`;

export const TABULATOR: ReleaseApp = {
  name: 'Tabulator orders table',
  pkg: 'tabulator-tables',
  from: '4.9.3',
  to: '6.3.1',
  extra: { 'orders.html': ORDERS_HTML },
  files: { 'orders-page.ts': ORDERS_PAGE, 'orders.spec.ts': SPEC },
  labels: [
    {
      test: 'table body shows the first page',
      kind: 'selector',
      target: { css: '.tabulator-tableholder .tabulator-row', text: 'Ada Lovelace' },
      note: 'the holder class is tabulator-tableholder (lower case) now',
    },
    {
      test: 'header lists the columns',
      kind: 'selector',
      target: { css: '.tabulator-header-contents > .tabulator-headers .tabulator-col-title', text: 'Customer' },
      note: 'the headers sit in a new .tabulator-header-contents',
    },
    {
      test: 'first page lists five orders',
      kind: 'selector',
      target: { css: '.tabulator-table .tabulator-row', text: '1001' },
      note: 'the headers row has role=row now, so the role query counts it too',
    },
    {
      test: 'orders start sorted by number',
      kind: 'selector',
      target: { css: '.tabulator-col[aria-sort="ascending"]', text: 'Order' },
      note: 'aria-sort says ascending now',
    },
    {
      test: 'sorting by total is announced',
      kind: 'data',
      target: { css: '.tabulator-col[tabulator-field="total"]' },
      value: 'ascending',
      note: 'aria-sort says ascending instead of asc',
    },
    {
      test: 'unknown customer shows the placeholder',
      kind: 'selector',
      target: { css: '.tabulator-placeholder .tabulator-placeholder-contents', text: 'No orders match' },
      note: "the placeholder's text sits in div.tabulator-placeholder-contents, not a span",
    },
    {
      test: 'last page button jumps to the end',
      kind: 'selector',
      target: { css: '.tabulator-footer-contents > .tabulator-paginator button[data-page="last"]' },
      note: 'the paginator sits in a new .tabulator-footer-contents',
    },
    { test: 'clicking a row picks the order', kind: 'real', note: 'the rowClick option is gone in 5.0 (events go through table.on): the page no longer hears the click' },
  ],
};
