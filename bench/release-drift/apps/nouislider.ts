// noUiSlider on a small "find a flat" search page of the app's own (flats.html, served through extra,
// written against 8.5.1's documented API: a two-handle rent range with connect, tooltips, the
// tap-drag behaviour and range pips whose filter labels every 500, two preset buttons that call
// set(), a one-handle rooms slider with connect 'lower' and step pips whose change event fills an
// output, a vertical distance slider with a tooltip, and a disabled floor slider), loading the
// package's distribute/nouislider.min.js and distribute/nouislider.min.css, which both releases ship
// at the same paths. Suite written for 8.5.1, run on 14.7.0.
//
// Chosen because noUiSlider publishes its browser build to npm and 8 -> 14 are six real majors whose
// changelog (CHANGELOG.MD in 14.7.0) reworked the markup: 9.0 "connect is now implemented as a
// separate node", "Removed: .noUi-stacking", "Removed: .noUi-background"; 10.0 aria support; 11.0
// "A .noUi-connects element holding all .noUi-connect elements", CSS transforms for handle movement,
// "[data-value] property for .noUi-value in pips"; 12.0 "The filter option is now called for all
// pips".
// What changed, read from the two builds (distribute/nouislider.js, nouislider.css) and the markup
// each renders on this page:
// - the connect bar is a `.noUi-connect` div inside a new `.noUi-connects` (first child of
//   `.noUi-base`); in 8.5.1 the lower handle's `.noUi-origin` carried `noUi-connect` (and
//   `noUi-draggable`), and a one-handle slider with connect 'lower' put `noUi-connect` on the target;
// - `noUi-background` is gone from the target and the upper origin;
// - origins are placed with `transform: translate(...)` and a z-index, not `left: N%`, and the
//   `noUi-stacking` class (put on the lower origin past the middle) is gone;
// - pips' positions are written `left: 100%` (were `left: 100.00000%`), and values carry data-value;
// - the pips filter is called for every pip, not only the ones that already had a value, so the rent
//   scale's filter now labels 0, 500, 1000, 1500, 2000 and 2500 (8.5.1 labelled only 0 and 2500);
// - handles gain role=slider, aria-value*, tabindex, data-handle and a `.noUi-touch-area` child.
// Unchanged (controls): `.noUi-handle-lower`/`-upper` and their `.noUi-tooltip` text ("800.00"),
// the update/change events and set(), tapping the track, the step pips' text, `noUi-vertical`, the
// disabled attribute, what the page shows.
//
// Labels: 16 tests; 6 selector, 1 data, 1 real, 8 controls. Least sure: 'rent scale has two labels'
// (data: the same scale with the labels its filter always asked for; one could call the extra labels
// a behaviour fix, a real change), 'maximum rent sits on the open track' (selector: the tooltip is
// still there, only the `noUi-background` on its origin went away), and 'lower rent handle stacks on
// top after a preset' (real: stacking is done with inline z-index now, no class to find).
import type { ReleaseApp } from '../types.js';

const FLATS_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find a flat</title>
  <link rel="stylesheet" href="distribute/nouislider.min.css">
  <style>
    body { font: 14px sans-serif; max-width: 40rem; margin: 2rem auto; }
    .filter { margin: 1.5rem 0 3.5rem; }
    .filter > label { display: block; font-weight: bold; margin-bottom: 2.5rem; }
    #distance { height: 160px; margin: 1rem 2rem; }
  </style>
</head>
<body>
  <h1>Find a flat</h1>
  <div class="filter">
    <label id="price-label">Monthly rent</label>
    <div id="price" data-testid="price-slider" aria-labelledby="price-label"></div>
    <p style="margin-top: 3rem">Rent: <output id="price-out" data-testid="price-out">-</output></p>
    <button type="button" id="budget">Budget</button>
    <button type="button" id="luxury">Luxury</button>
  </div>
  <div class="filter">
    <label id="rooms-label">Rooms</label>
    <div id="rooms" data-testid="rooms-slider" aria-labelledby="rooms-label"></div>
    <p style="margin-top: 3rem">Rooms: <output id="rooms-out" data-testid="rooms-out">2</output></p>
  </div>
  <div class="filter">
    <label>Distance to the station (km)</label>
    <div id="distance"></div>
  </div>
  <div class="filter">
    <label>Floor</label>
    <div id="floor"></div>
    <p style="margin-top: 3rem">Floor: <output id="floor-out" data-testid="floor-out">any</output></p>
  </div>
  <button type="button" id="search">Search flats</button>
  <p id="search-status"></p>
  <script src="distribute/nouislider.min.js"></script>
  <script>
    var price = document.getElementById('price');
    noUiSlider.create(price, {
      start: [800, 1600],
      connect: true,
      step: 50,
      behaviour: 'tap-drag',
      tooltips: [true, true],
      range: { min: 0, max: 2500 },
      pips: { mode: 'range', density: 4, filter: function (value) { return value % 500 === 0 ? 1 : 0; } }
    });
    price.noUiSlider.on('update', function (values) {
      document.getElementById('price-out').textContent = Math.round(values[0]) + ' – ' + Math.round(values[1]);
    });
    document.getElementById('budget').addEventListener('click', function () { price.noUiSlider.set([400, 900]); });
    document.getElementById('luxury').addEventListener('click', function () { price.noUiSlider.set([1800, 2400]); });

    var rooms = document.getElementById('rooms');
    noUiSlider.create(rooms, {
      start: 2,
      connect: 'lower',
      step: 1,
      range: { min: 1, max: 6 },
      pips: { mode: 'steps', density: 20 }
    });
    rooms.noUiSlider.on('change', function (values) {
      document.getElementById('rooms-out').textContent = Math.round(values[0]);
    });

    noUiSlider.create(document.getElementById('distance'), {
      start: 5,
      orientation: 'vertical',
      tooltips: true,
      range: { min: 0, max: 20 }
    });

    var floor = document.getElementById('floor');
    noUiSlider.create(floor, { start: 2, step: 1, range: { min: 0, max: 10 }, pips: { mode: 'range', density: 10 } });
    floor.noUiSlider.on('change', function (values) {
      document.getElementById('floor-out').textContent = Math.round(values[0]);
    });
    floor.setAttribute('disabled', true);

    document.getElementById('search').addEventListener('click', function () {
      var rent = price.noUiSlider.get();
      document.getElementById('search-status').textContent =
        'Flats from ' + Math.round(rent[0]) + ' to ' + Math.round(rent[1]) + ', ' + Math.round(rooms.noUiSlider.get()) + '+ rooms';
    });
  </script>
</body>
</html>
`;

const FILTERS_PAGE = `import { type Locator, type Page } from '@playwright/test';

export const SEL = {
  price: '#price',
  priceBar: '#price .noUi-origin.noUi-connect',
  priceOrigins: '#price .noUi-origin',
  minTooltip: '#price .noUi-base > .noUi-origin:first-child .noUi-tooltip',
  maxTooltip: '#price .noUi-origin.noUi-background .noUi-tooltip',
  priceLabels: '#price .noUi-value',
  roomsLabels: '#rooms .noUi-value',
  roomsMax: '#rooms .noUi-value[style*="left: 100.00000%"]',
};

export class FiltersPage {
  readonly rent: Locator;
  readonly rooms: Locator;
  readonly roomsSlider: Locator;

  constructor(readonly page: Page) {
    this.rent = page.getByTestId('price-out');
    this.rooms = page.getByTestId('rooms-out');
    this.roomsSlider = page.getByTestId('rooms-slider');
  }

  async open() {
    await this.page.goto('flats.html');
  }

  async preset(name: 'Budget' | 'Luxury') {
    await this.page.getByRole('button', { name }).click();
  }

  /** Taps a slider's track at \`fraction\` of its width. */
  async tap(slider: Locator, fraction: number) {
    const box = await slider.boundingBox();
    if (!box) throw new Error('slider not laid out');
    await slider.click({ position: { x: box.width * fraction, y: box.height / 2 } });
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { FiltersPage, SEL } from './filters-page';

let filters: FiltersPage;

test.beforeEach(async ({ page }) => {
  filters = new FiltersPage(page);
  await filters.open();
});

test('rent starts at the default range', async () => {
  await expect(filters.rent).toHaveText('800 – 1600');
});

test('rent handles show their values', async ({ page }) => {
  await expect(page.locator('#price .noUi-handle-lower .noUi-tooltip')).toHaveText('800.00');
  await expect(page.locator('#price .noUi-handle-upper .noUi-tooltip')).toHaveText('1600.00');
});

test('chosen rent range is highlighted', async ({ page }) => {
  await expect(page.locator(SEL.priceBar)).toBeVisible();
});

test('rent range can be dragged as a whole', async ({ page }) => {
  await expect(page.locator(SEL.priceOrigins).first()).toHaveClass(/noUi-draggable/);
});

test('minimum rent handle comes first', async ({ page }) => {
  await expect(page.locator(SEL.minTooltip)).toHaveText('800.00');
});

test('maximum rent sits on the open track', async ({ page }) => {
  await expect(page.locator(SEL.maxTooltip)).toHaveText('1600.00');
});

test('rent scale has two labels', async ({ page }) => {
  await expect(page.locator(SEL.priceLabels)).toHaveCount(2);
});

test('luxury preset moves the rent', async ({ page }) => {
  await filters.preset('Luxury');
  await expect(filters.rent).toHaveText('1800 – 2400');
  await expect(
    page.getByTestId('price-slider').locator('.noUi-handle-upper .noUi-tooltip'),
  ).toHaveText('2400.00');
});

test('lower rent handle stacks on top after a preset', async ({ page }) => {
  await filters.preset('Luxury');
  await expect(page.locator('#price .noUi-origin.noUi-stacking')).toHaveCount(1);
});

test('rooms track fills from the left', async ({ page }) => {
  await expect(page.locator('#rooms.noUi-connect')).toBeVisible();
});

test('rooms scale lists every count', async ({ page }) => {
  await expect(page.locator(SEL.roomsLabels)).toHaveText(['1', '2', '3', '4', '5', '6']);
});

test('top of the rooms scale is six', async ({ page }) => {
  await expect(page.locator(SEL.roomsMax)).toHaveText('6');
});

test('tapping the rooms track picks a count', async () => {
  await filters.tap(filters.roomsSlider, 0.6);
  await expect(filters.rooms).toHaveText('4');
});

test('distance filter is vertical', async ({ page }) => {
  await expect(page.locator('#distance')).toHaveClass(/noUi-vertical/);
  await expect(page.locator('#distance .noUi-tooltip')).toHaveText('5.00');
});

test('floor filter is locked', async ({ page }) => {
  const floor = page.locator('#floor');
  await expect(floor).toHaveAttribute('disabled', 'true');
  await filters.tap(floor, 0.8);
  await expect(page.getByTestId('floor-out')).toHaveText('any');
});

test('search uses the chosen filters', async ({ page }) => {
  await filters.preset('Budget');
  await filters.tap(filters.roomsSlider, 0.42);
  await expect(filters.rooms).toHaveText('3');
  await page
    .getByRole('button', { name: 'Search flats' })
    .click();
  await expect(page.locator('#search-status')).toHaveText('Flats from 400 to 900, 3+ rooms');
});
`;

export const NOUISLIDER: ReleaseApp = {
  name: 'noUiSlider flat search',
  pkg: 'nouislider',
  from: '8.5.1',
  to: '14.7.0',
  extra: { 'flats.html': FLATS_HTML },
  files: { 'filters-page.ts': FILTERS_PAGE, 'filters.spec.ts': SPEC },
  labels: [
    {
      test: 'chosen rent range is highlighted',
      kind: 'selector',
      target: { css: '#price .noUi-connects .noUi-connect' },
      note: 'the connect bar is its own .noUi-connect inside .noUi-connects, no longer a class on the lower origin',
    },
    {
      test: 'rent range can be dragged as a whole',
      kind: 'selector',
      target: { css: '#price .noUi-connects .noUi-connect.noUi-draggable' },
      note: 'noUi-draggable sits on the new connect element, not on the first origin',
    },
    {
      test: 'minimum rent handle comes first',
      kind: 'selector',
      target: { css: '#price .noUi-handle-lower .noUi-tooltip', text: '800.00' },
      note: "the base's first child is .noUi-connects now: .noUi-origin:first-child finds nothing",
    },
    {
      test: 'maximum rent sits on the open track',
      kind: 'selector',
      target: { css: '#price .noUi-handle-upper .noUi-tooltip', text: '1600.00' },
      note: 'noUi-background is gone from the upper origin; the tooltip is unchanged',
    },
    {
      test: 'rooms track fills from the left',
      kind: 'selector',
      target: { css: '#rooms .noUi-connects .noUi-connect' },
      note: "connect 'lower' draws a .noUi-connect element; the target no longer carries the class",
    },
    {
      test: 'top of the rooms scale is six',
      kind: 'selector',
      target: { css: '#rooms .noUi-value[data-value="6"]', text: '6' },
      note: 'pip positions are written "left: 100%" now (was 100.00000%); values carry data-value',
    },
    {
      test: 'rent scale has two labels',
      kind: 'data',
      target: { css: '#price .noUi-value[data-value="500"]', text: '500' },
      value: '6',
      note: 'the pips filter is called for every pip now: the rent scale shows six labels (0 to 2500 by 500)',
    },
    {
      test: 'lower rent handle stacks on top after a preset',
      kind: 'real',
      note: 'noUi-stacking was removed (handles stack by inline z-index): nothing to find',
    },
  ],
};
