// Slim Select on a small "shipping details" checkout form of the app's own (shipping.html, served
// through extra, written against 1.27.1's documented API: a searchable country select in optgroups with
// a data-placeholder option, the placeholder, searchText and allowDeselect options and a disabled
// option; a delivery-speed select with showSearch: false whose onChange callback fills a summary; a
// multiple extras select with two preselected values, a placeholder, limit and closeOnSelect: false;
// and a native change listener on the country select), loading the package's dist/slimselect.min.js
// and dist/slimselect.css, which both releases ship at the same paths. Suite written for 1.27.1, run
// on 2.13.1.
//
// Chosen because slim-select publishes its browser build to npm and 1 -> 2 is a real major: 2.0 was a
// rewrite with a new constructor (`settings` and `events` objects), new markup and new class names.
// Neither package ships a changelog (the project's CHANGELOG.md starts at 3.0), so what changed was
// read from the two builds (dist/slimselect.js's class map, render and settings code,
// dist/slimselect.css) and the markup each renders on this page:
// - the single-select box `.ss-single-selected` with its `span.placeholder` is gone: the `.ss-main`
//   div is the box itself (role=combobox, tabindex 0) and holds `.ss-values > .ss-single` (the chosen
//   text) or `.ss-values > .ss-placeholder`;
// - the multi-select's `.ss-multi-selected` wrapper and its `.ss-add > .ss-plus` button are gone; the
//   list opens from the box or its `svg.ss-arrow`;
// - the dropdown `.ss-content` is no longer a child of `.ss-main`: it is appended to <body> (linked by
//   data-id) and, open, carries `ss-open-below` / `ss-open-above` instead of `ss-open`;
// - a chosen option in the list is `ss-selected` with aria-selected="true" (was
//   `ss-option-selected ss-disabled`); an optgroup title's text sits in `.ss-optgroup-label-text`;
// - options are read from `settings` and callbacks from `events`: 1's top-level placeholder,
//   searchText, showSearch, allowDeselect, limit and onChange are ignored, so the country box shows
//   the default "Select Value", an unknown search says "No Results", the speed list shows a search
//   box and the onChange summary never changes.
// Unchanged (controls): the options' role=option and text, picking an option by its name, the
// native select's value and change event, the `.ss-value-text` chips and their `.ss-value-delete`
// buttons, `ss-disabled` on a disabled option, typing to filter the list, what the form submits.
//
// Labels: 16 tests; 7 selector, 2 data, 2 real, 5 controls. Least sure: 'extras open from the plus
// button' (selector: the plus is gone and the list opens from the arrow that replaced it; one could
// call the add button a control that went away, a real change), the two data labels ('country starts
// with a prompt' and 'an unknown country says so': the page still passes its 1.x options, which 2
// ignores, so the new words are the defaults; one could call them real, the customisation lost), and
// 'speed list has no search box' (real: the search box is back because showSearch moved into
// settings; no locator makes a visible box hidden).
import type { ReleaseApp } from '../types.js';

const SHIPPING_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Shipping details</title>
  <link rel="stylesheet" href="dist/slimselect.css">
  <style>
    body { font: 14px sans-serif; max-width: 32rem; margin: 2rem auto; }
    .field { margin-bottom: 1.25rem; }
    .field > label { display: block; font-weight: bold; margin-bottom: .25rem; }
  </style>
</head>
<body>
  <h1>Shipping details</h1>
  <form id="shipping-form">
    <div class="field">
      <label for="country">Country</label>
      <select id="country" name="country" data-testid="country">
        <option data-placeholder="true"></option>
        <optgroup label="Europe">
          <option value="de">Germany</option>
          <option value="fr">France</option>
          <option value="nl">Netherlands</option>
          <option value="ch" disabled>Switzerland</option>
        </optgroup>
        <optgroup label="Americas">
          <option value="ca">Canada</option>
          <option value="us">United States</option>
        </optgroup>
      </select>
    </div>
    <div class="field">
      <label for="speed">Delivery speed</label>
      <select id="speed" name="speed">
        <option value="standard">Standard (3-5 days)</option>
        <option value="express">Express (1-2 days)</option>
        <option value="pickup">Pick up in store</option>
      </select>
    </div>
    <div class="field">
      <label for="extras">Extras</label>
      <select id="extras" name="extras" multiple>
        <option value="gift" selected>Gift wrap</option>
        <option value="insurance" selected>Insurance</option>
        <option value="signature">Signature on delivery</option>
        <option value="eco">Carbon-neutral shipping</option>
      </select>
    </div>
    <p>Summary: <output id="summary" data-testid="summary">Standard (3-5 days)</output></p>
    <p>Country code: <output id="country-code" data-testid="country-code">none</output></p>
    <button type="submit">Continue to payment</button>
  </form>
  <p id="result" role="status"></p>
  <script src="dist/slimselect.min.js"></script>
  <script>
    new SlimSelect({
      select: '#country',
      placeholder: 'Choose a country',
      searchPlaceholder: 'Search',
      searchText: 'No countries found',
      allowDeselect: true
    });
    document.getElementById('country').addEventListener('change', function (e) {
      document.getElementById('country-code').textContent = e.target.value || 'none';
    });
    new SlimSelect({
      select: '#speed',
      showSearch: false,
      onChange: function (info) {
        document.getElementById('summary').textContent = info.text;
      }
    });
    new SlimSelect({
      select: '#extras',
      placeholder: 'Add extras',
      limit: 3,
      closeOnSelect: false
    });
    document.getElementById('shipping-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var data = new FormData(e.target);
      document.getElementById('result').textContent =
        'Shipping to ' + (data.get('country') || '?') + ' by ' + data.get('speed') + ' with ' + data.getAll('extras').join(', ');
    });
  </script>
</body>
</html>
`;

const SHIPPING_PAGE = `import { type Locator, type Page } from '@playwright/test';

export const SS = {
  countryBox: '#country + .ss-main .ss-single-selected',
  countryValue: '#country + .ss-main .ss-single-selected .placeholder',
  countryGroups: '#country + .ss-main .ss-optgroup-label',
  openList: '.ss-content.ss-open',
  searchInput: '.ss-content.ss-open .ss-search input',
  selectedOption: '.ss-content.ss-open .ss-option.ss-option-selected',
  speedSearch: '#speed + .ss-main .ss-search',
  extrasChips: '#extras + .ss-main .ss-value-text',
  extrasDelete: '#extras + .ss-main .ss-value-delete',
  extrasAdd: '#extras + .ss-main .ss-multi-selected .ss-add',
};

export class ShippingPage {
  readonly country: Locator;
  readonly speed: Locator;
  readonly summary: Locator;
  readonly countryCode: Locator;

  constructor(readonly page: Page) {
    this.country = page.locator('#country + .ss-main');
    this.speed = page.locator('#speed + .ss-main');
    this.summary = page.getByTestId('summary');
    this.countryCode = page.getByTestId('country-code');
  }

  async open() {
    await this.page.goto('shipping.html');
  }

  async pick(select: Locator, option: string) {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types into the open list's search box once it has the focus. */
  async search(text: string) {
    await this.page.locator('.ss-search input:focus').waitFor();
    await this.page.keyboard.type(text);
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { SS, ShippingPage } from './shipping-page';

let shipping: ShippingPage;

test.beforeEach(async ({ page }) => {
  shipping = new ShippingPage(page);
  await shipping.open();
});

test('country starts with a prompt', async () => {
  await expect(shipping.country).toContainText('Choose a country');
});

test('country list opens on click', async ({ page }) => {
  await page.locator(SS.countryBox).click();
  await expect(page.getByRole('option', { name: 'Germany' })).toBeVisible();
});

test('open country list is shown', async ({ page }) => {
  await shipping.country.click();
  await expect(page.locator(SS.openList)).toBeVisible();
});

test('country search has the focus', async ({ page }) => {
  await shipping.country.click();
  await expect(page.locator(SS.searchInput)).toBeFocused();
});

test('countries are grouped by region', async ({ page }) => {
  await shipping.country.click();
  await expect(page.locator(SS.countryGroups)).toHaveText(['Europe', 'Americas']);
});

test('typing narrows the countries', async ({ page }) => {
  await shipping.country.click();
  await shipping.search('land');
  await expect(page.getByRole('option', { name: 'Netherlands' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Canada' })).toBeHidden();
});

test('an unknown country says so', async ({ page }) => {
  await shipping.country.click();
  await shipping.search('Atlantis');
  await expect(page.getByText('No countries found')).toBeVisible();
});

test('picking a country fills its code', async () => {
  await shipping.pick(shipping.country, 'France');
  await expect(shipping.countryCode).toHaveText('fr');
});

test('chosen country shows in the box', async ({ page }) => {
  await shipping.pick(shipping.country, 'Canada');
  await expect(page.locator(SS.countryValue)).toHaveText('Canada');
});

test('switzerland cannot be picked', async ({ page }) => {
  await shipping.country.click();
  const swiss = page.getByRole('option', { name: 'Switzerland' });
  await expect(swiss).toHaveClass(/ss-disabled/);
  await swiss.click({ force: true });
  await expect(shipping.countryCode).toHaveText('none');
});

test('current speed is marked in its list', async ({ page }) => {
  await shipping.speed.click();
  await expect(page.locator(SS.selectedOption)).toHaveText('Standard (3-5 days)');
});

test('speed list has no search box', async ({ page }) => {
  await shipping.speed.click();
  await expect(page.locator(SS.speedSearch)).toHaveClass(/ss-hide/);
});

test('choosing a speed updates the summary', async () => {
  await shipping.pick(shipping.speed, 'Express (1-2 days)');
  await expect(shipping.summary).toHaveText('Express (1-2 days)');
});

test('extras show the preselected choices', async ({ page }) => {
  await expect(page.locator(SS.extrasChips)).toHaveText(['Gift wrap', 'Insurance']);
});

test('extras open from the plus button', async ({ page }) => {
  await page.locator(SS.extrasAdd).click();
  await expect(
    page.getByRole('option', { name: 'Carbon-neutral shipping' }),
  ).toBeVisible();
});

test('form sends the chosen shipping', async ({ page }) => {
  await shipping.pick(shipping.country, 'Netherlands');
  await page.locator(SS.extrasDelete).first().click();
  await expect(page.locator(SS.extrasChips)).toHaveText(['Insurance']);
  await page
    .getByRole('button', { name: 'Continue to payment' })
    .click();
  await expect(page.locator('#result')).toHaveText('Shipping to nl by standard with insurance');
});
`;

export const SLIM_SELECT: ReleaseApp = {
  name: 'Slim Select shipping form',
  pkg: 'slim-select',
  from: '1.27.1',
  to: '2.13.1',
  extra: { 'shipping.html': SHIPPING_HTML },
  files: { 'shipping-page.ts': SHIPPING_PAGE, 'shipping.spec.ts': SPEC },
  labels: [
    {
      test: 'country list opens on click',
      kind: 'selector',
      target: { css: '#country + .ss-main[role="combobox"]' },
      note: 'the .ss-single-selected box is gone: the .ss-main div (role=combobox) is the box itself',
    },
    {
      test: 'open country list is shown',
      kind: 'selector',
      target: { css: '.ss-content.ss-open-below' },
      note: 'an open list carries ss-open-below (or ss-open-above) now, not ss-open',
    },
    {
      test: 'country search has the focus',
      kind: 'selector',
      target: { css: '.ss-content.ss-open-below .ss-search input' },
      note: 'the open list is .ss-open-below now; its search input still takes the focus',
    },
    {
      test: 'countries are grouped by region',
      kind: 'selector',
      target: { css: '.ss-content.ss-open-below .ss-optgroup-label', text: 'Europe' },
      note: 'the list moved out of .ss-main into <body>: the group titles are no longer under #country + .ss-main',
    },
    {
      test: 'chosen country shows in the box',
      kind: 'selector',
      target: { css: '#country + .ss-main .ss-values .ss-single', text: 'Canada' },
      note: 'the chosen text sits in .ss-values > .ss-single, not .ss-single-selected > span.placeholder',
    },
    {
      test: 'current speed is marked in its list',
      kind: 'selector',
      target: { css: '.ss-content.ss-open-below .ss-option.ss-selected', text: 'Standard (3-5 days)' },
      note: 'a chosen option is .ss-selected (aria-selected=true), not .ss-option-selected, in a list that is .ss-open-below',
    },
    {
      test: 'extras open from the plus button',
      kind: 'selector',
      target: { css: '#extras + .ss-main .ss-arrow' },
      note: 'the .ss-multi-selected > .ss-add plus is gone; the list opens from the box and its svg.ss-arrow',
    },
    {
      test: 'country starts with a prompt',
      kind: 'data',
      target: { css: '#country + .ss-main .ss-placeholder', text: 'Select Value' },
      value: 'Select Value',
      note: "2 reads the placeholder from settings: the page's top-level placeholder is ignored and the box shows the default",
    },
    {
      test: 'an unknown country says so',
      kind: 'data',
      target: { css: '.ss-content.ss-open-below .ss-list .ss-search', text: 'No Results' },
      value: 'No Results',
      note: "2 reads searchText from settings: the page's top-level searchText is ignored, the list says the default",
    },
    {
      test: 'speed list has no search box',
      kind: 'real',
      note: 'showSearch moved into settings: the speed list shows a search box now, nothing hidden to find',
    },
    {
      test: 'choosing a speed updates the summary',
      kind: 'real',
      note: "callbacks moved into events (afterChange): the page's onChange is never called, the summary stays",
    },
  ],
};
