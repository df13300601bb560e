// simple-datatables on a small "team directory" page of the app's own (team.html, served through
// extra, written against 2.1.13's documented API: an HTML table of 18 people enhanced with
// `new simpleDatatables.DataTable('#staff', { perPage: 5, perPageSelect: [5, 10, 20], searchable,
// sortable })` and a datatable.sort listener that reports the sorted column), loading the package's
// dist/umd/simple-datatables.js and dist/style.css, which both releases ship at the same paths. Suite
// written for 2.1.13, run on 9.2.2.
//
// Chosen because simple-datatables publishes its browser build to npm and 2 -> 9 are seven real
// majors that renamed every generated class to lower case ("dataTable-" -> "datatable-", the class map
// 9.2.2 documents in docs/documentation/classes.md) and rewrote the rendering (a DOM diff, pagination
// as buttons in a nav list, the sorting state on the header cell, a noResults label). Neither package
// ships a changelog, so what changed was read from the two builds (dist/umd/simple-datatables.js's
// templates, labels and class map, dist/style.css), 9.2.2's docs and the markup each renders here:
// - every generated class is lower case: `dataTable-wrapper/-top/-info/-input/-selector/-sorter` ->
//   `datatable-...`, the table `dataTable-table` -> `datatable-table`;
// - the pager is `nav.datatable-pagination > ul.datatable-pagination-list > li.datatable-pagination-list-item
//   > button.datatable-pagination-list-item-link[aria-label="Page N"]` (was `li > a[href="#"]` straight
//   in `div.dataTable-pagination`): the page links are buttons named "Page 2"; the current page's li
//   is `datatable-active` (was `active`); the arrows lost the `pager` class;
// - the header sorters are buttons (were links) and a sorted header cell is
//   `th.datatable-ascending[aria-sort="ascending"]` (was `th.asc`);
// - a search that matches nothing says "No results match your search query" (the new noResults
//   label) in `td.datatable-empty` (was "No entries found" in `td.dataTables-empty`);
// - the back arrow on the first page is still rendered, but `datatable-hidden datatable-disabled`
//   (visibility: hidden): there is no back arrow to see on page 1.
// Unchanged (controls): the table's id and rows, five rows a page, the per-page select named by its
// "entries per page" label, the search box's "Search..." placeholder and what it finds, the header
// cells' text, the datatable.sort event and its arguments, the info text.
//
// Labels: 14 tests; 7 selector, 1 data, 1 real, 5 controls. Least sure: 'no match says so' (data:
// the same empty-table message in new words; the element is a new class too, but the test finds it
// by the table's test id), 'back arrow is shown on the first page' (real: the arrow is rendered but
// hidden on page 1 by design now; one could call the hidden button the element to find), and 'next
// arrow moves a page' (selector: the arrows lost `.pager` but are still the list's last button).
import type { ReleaseApp } from '../types.js';

const TEAM_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Team directory</title>
  <link rel="stylesheet" href="dist/style.css">
  <style>
    body { font: 14px sans-serif; max-width: 48rem; margin: 2rem auto; }
  </style>
</head>
<body>
  <h1>Team directory</h1>
  <p>Last sorted by: <output id="sorted" data-testid="sorted">nothing</output></p>
  <table id="staff" data-testid="staff-table">
    <thead>
      <tr><th>Name</th><th>Office</th><th>Role</th><th>Start year</th></tr>
    </thead>
    <tbody>
        <tr><td>Ada Lovelace</td><td>London</td><td>Engineer</td><td>2015</td></tr>
        <tr><td>Grace Hopper</td><td>New York</td><td>Architect</td><td>2012</td></tr>
        <tr><td>Alan Turing</td><td>London</td><td>Researcher</td><td>2016</td></tr>
        <tr><td>Edsger Dijkstra</td><td>Amsterdam</td><td>Engineer</td><td>2011</td></tr>
        <tr><td>Barbara Liskov</td><td>Boston</td><td>Architect</td><td>2013</td></tr>
        <tr><td>Donald Knuth</td><td>Stanford</td><td>Researcher</td><td>2010</td></tr>
        <tr><td>Margaret Hamilton</td><td>Boston</td><td>Manager</td><td>2014</td></tr>
        <tr><td>Linus Torvalds</td><td>Portland</td><td>Engineer</td><td>2018</td></tr>
        <tr><td>Tim Berners-Lee</td><td>Geneva</td><td>Researcher</td><td>2009</td></tr>
        <tr><td>Radia Perlman</td><td>Seattle</td><td>Engineer</td><td>2017</td></tr>
        <tr><td>Ken Thompson</td><td>Berkeley</td><td>Engineer</td><td>2008</td></tr>
        <tr><td>Frances Allen</td><td>New York</td><td>Manager</td><td>2019</td></tr>
        <tr><td>John McCarthy</td><td>Stanford</td><td>Researcher</td><td>2007</td></tr>
        <tr><td>Katherine Johnson</td><td>Hampton</td><td>Analyst</td><td>2020</td></tr>
        <tr><td>Guido van Rossum</td><td>Amsterdam</td><td>Engineer</td><td>2021</td></tr>
        <tr><td>Dennis Ritchie</td><td>Berkeley</td><td>Engineer</td><td>2006</td></tr>
        <tr><td>Hedy Lamarr</td><td>Vienna</td><td>Analyst</td><td>2022</td></tr>
        <tr><td>Niklaus Wirth</td><td>Zurich</td><td>Architect</td><td>2005</td></tr>
    </tbody>
  </table>
  <script src="dist/umd/simple-datatables.js"></script>
  <script>
    var staff = new simpleDatatables.DataTable('#staff', {
      perPage: 5,
      perPageSelect: [5, 10, 20],
      searchable: true,
      sortable: true
    });
    staff.on('datatable.sort', function (column, direction) {
      document.getElementById('sorted').textContent = 'column ' + (column + 1) + ' ' + direction;
    });
  </script>
</body>
</html>
`;

const DIRECTORY_PAGE = `import { type Locator, type Page } from '@playwright/test';

export const DT = {
  info: '.dataTable-info',
  toolbarSearch: '.dataTable-top .dataTable-input',
  activePage: '.dataTable-pagination li.active',
  nextArrow: '.dataTable-pagination li.pager a',
  sorter: '.dataTable-sorter',
  sortedAscending: '#staff th.asc',
  rows: '#staff tbody tr',
};

export class DirectoryPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly sorted: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('staff-table');
    this.rows = page.locator(DT.rows);
    this.search = page.getByPlaceholder('Search...');
    this.sorted = page.getByTestId('sorted');
  }

  async open() {
    await this.page.goto('team.html');
  }

  async searchFor(text: string) {
    await this.search.pressSequentially(text);
  }

  header(name: string) {
    return this.page.locator('#staff th', { hasText: name });
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { DT, DirectoryPage } from './directory-page';

let directory: DirectoryPage;

test.beforeEach(async ({ page }) => {
  directory = new DirectoryPage(page);
  await directory.open();
});

test('directory shows five people a page', async () => {
  await expect(directory.rows).toHaveCount(5);
  await expect(directory.rows.first()).toContainText('Ada Lovelace');
});

test('info line counts the entries', async ({ page }) => {
  await expect(page.locator(DT.info)).toHaveText('Showing 1 to 5 of 18 entries');
});

test('searching by office narrows the list', async () => {
  await directory.searchFor('London');
  await expect(directory.rows).toHaveCount(2);
  await expect(directory.rows.nth(1)).toContainText('Alan Turing');
});

test('toolbar search finds a role', async ({ page }) => {
  await page.locator(DT.toolbarSearch).pressSequentially('Manager');
  await expect(directory.rows).toHaveCount(2);
});

test('no match says so', async () => {
  await directory.searchFor('Atlantis');
  await expect(directory.table.locator('tbody')).toHaveText('No entries found');
});

test('page two lists the next people', async ({ page }) => {
  await page.getByRole('link', { name: '2', exact: true }).click();
  await expect(directory.rows.first()).toContainText('Donald Knuth');
});

test('current page is highlighted', async ({ page }) => {
  await expect(page.locator(DT.activePage)).toHaveText('1');
});

test('next arrow moves a page', async ({ page }) => {
  await page.locator(DT.nextArrow).last().click();
  await expect(directory.rows.first()).toContainText('Donald Knuth');
});

test('back arrow is shown on the first page', async ({ page }) => {
  await expect(page.getByRole('link', { name: '‹' })).toBeVisible();
});

test('twenty a page shows everyone', async ({ page }) => {
  await page.getByLabel('entries per page').selectOption('20');
  await expect(directory.rows).toHaveCount(18);
});

test('sorting by start year puts the earliest first', async ({ page }) => {
  await page
    .locator(DT.sorter, { hasText: 'Start year' })
    .click();
  await expect(directory.rows.first()).toContainText('Niklaus Wirth');
});

test('sorted column is marked', async ({ page }) => {
  await directory.header('Name').click();
  await expect(page.locator(DT.sortedAscending)).toHaveText('Name');
});

test('sort event names the column and direction', async () => {
  await directory.header('Start year').click();
  await expect(directory.sorted).toHaveText('column 4 asc');
  await directory.header('Start year').click();
  await expect(directory.sorted).toHaveText('column 4 desc');
  await expect(directory.rows.first()).toContainText('Hedy Lamarr');
});

test('header cells keep their names', async () => {
  await expect(directory.table.locator('thead th')).toHaveText(['Name', 'Office', 'Role', 'Start year']);
});
`;

export const SIMPLE_DATATABLES: ReleaseApp = {
  name: 'simple-datatables team directory',
  pkg: 'simple-datatables',
  from: '2.1.13',
  to: '9.2.2',
  extra: { 'team.html': TEAM_HTML },
  files: { 'directory-page.ts': DIRECTORY_PAGE, 'directory.spec.ts': SPEC },
  labels: [
    {
      test: 'info line counts the entries',
      kind: 'selector',
      target: { css: '.datatable-info', text: 'Showing 1 to 5 of 18 entries' },
      note: 'classes are lower case since 6.0: .dataTable-info is .datatable-info',
    },
    {
      test: 'toolbar search finds a role',
      kind: 'selector',
      target: { css: '.datatable-top .datatable-input' },
      note: 'the search input is .datatable-input in .datatable-top (lower-case classes)',
    },
    {
      test: 'page two lists the next people',
      kind: 'selector',
      target: { css: '.datatable-pagination-list-item-link[data-page="2"]', text: '2' },
      note: 'page links are buttons named "Page 2" now, not links named "2"',
    },
    {
      test: 'current page is highlighted',
      kind: 'selector',
      target: { css: '.datatable-pagination li.datatable-active', text: '1' },
      note: "the current page's li is .datatable-active in .datatable-pagination, not .active in .dataTable-pagination",
    },
    {
      test: 'next arrow moves a page',
      kind: 'selector',
      target: { css: '.datatable-pagination-list-item-link', text: '›' },
      note: 'the arrows lost the pager class; the next arrow is the last .datatable-pagination-list-item-link',
    },
    {
      test: 'sorting by start year puts the earliest first',
      kind: 'selector',
      target: { css: 'button.datatable-sorter', text: 'Start year' },
      note: 'the header sorters are button.datatable-sorter, not a.dataTable-sorter',
    },
    {
      test: 'sorted column is marked',
      kind: 'selector',
      target: { css: '#staff th.datatable-ascending[aria-sort="ascending"]', text: 'Name' },
      note: 'a sorted header cell is th.datatable-ascending with aria-sort, not th.asc',
    },
    {
      test: 'no match says so',
      kind: 'data',
      target: { css: '#staff tbody td.datatable-empty', text: 'No results match your search query' },
      value: 'No results match your search query',
      note: 'an empty search result says the new noResults label (noRows is only for an empty table)',
    },
    {
      test: 'back arrow is shown on the first page',
      kind: 'real',
      note: 'the first page hides its back arrow now (datatable-hidden, visibility hidden): nothing visible to find',
    },
  ],
};
