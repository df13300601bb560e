// flatpickr on a small "book a room" page of the app's own (booking.html, served through extra, written
// against 2.6.3's documented API: a check-in date with altInput and disabled dates, a range for the
// stay, blackout dates in multiple mode, a time-only arrival picker, and an inline planner with week
// numbers), loading the package's dist/flatpickr.min.js and dist/flatpickr.min.css, which both releases
// ship at the same paths. Suite written for 2.6.3, run on 4.6.13.
//
// Chosen because flatpickr publishes its browser build to npm and 2 -> 4 are two real majors that
// changed the calendar's markup. What changed, read from the two dist builds (flatpickr.js,
// flatpickr.css) and the markup each renders on this page:
// - disabled days get `flatpickr-disabled` instead of `disabled`;
// - week numbers in the week column are plain `span.flatpickr-day`, no longer `.disabled`;
// - the month header is wrapped: `.flatpickr-months` holds the prev/next arrows and a `.flatpickr-month`
//   (before, the arrows sat inside `.flatpickr-month`); the month name is a <select> now;
// - the weekday names sit in a `.flatpickr-weekdaycontainer` inside `.flatpickr-weekdays`;
// - the altInput no longer carries the `flatpickr-input` class (only altInputClass, "form-control input");
// - multiple mode joins dates with the locale's conjunction ", " instead of "; ";
// - the number inputs lost their "Scroll to increment" title (they are type=number with aria-labels
//   "Year", "Hour", "Minute" now).
// Unchanged (controls): the hidden input's ISO value, the range text " to ", the day cells'
// aria-labels ("March 14, 2024"), selected/startRange/inRange/endRange, the year and time inputs' values.
//
// Labels: 14 tests; 5 selector, 1 data, 1 real, 7 controls. Least sure: 'blackout dates are listed'
// (data: the same dates shown with another separator; a reader could call the old text a format the app
// should pin), and 'year field hints at scrolling' (real: the tooltip is gone, not moved; an aria-label
// "Year" is a different thing to test).
import type { ReleaseApp } from '../types.js';

const BOOKING_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Book a room</title>
  <link rel="stylesheet" href="dist/flatpickr.min.css">
  <style>
    body { font: 14px sans-serif; max-width: 40rem; margin: 2rem auto; }
    .field { margin-bottom: 1rem; }
    label { display: block; font-weight: bold; margin-bottom: .25rem; }
  </style>
</head>
<body>
  <h1>Book a room</h1>
  <form id="booking">
    <div class="field">
      <label for="checkin">Check-in</label>
      <input id="checkin" name="checkin" placeholder="Check-in date">
    </div>
    <div class="field">
      <label for="stay">Stay</label>
      <input id="stay" name="stay" placeholder="Pick your nights">
    </div>
    <div class="field">
      <label for="blackout">Blackout dates</label>
      <input id="blackout" name="blackout" placeholder="No bookings on">
    </div>
    <div class="field">
      <label for="arrival">Arrival time</label>
      <input id="arrival" name="arrival" placeholder="Arrival time">
    </div>
  </form>
  <h2>Planner</h2>
  <div id="planner"></div>
  <script src="dist/flatpickr.min.js"></script>
  <script>
    flatpickr('#checkin', {
      altInput: true,
      altFormat: 'F j, Y',
      dateFormat: 'Y-m-d',
      defaultDate: '2024-03-14',
      minDate: '2024-03-05',
      disable: ['2024-03-20']
    });
    flatpickr('#stay', { mode: 'range', dateFormat: 'Y-m-d', defaultDate: ['2024-03-10', '2024-03-13'] });
    flatpickr('#blackout', { mode: 'multiple', dateFormat: 'Y-m-d', defaultDate: ['2024-03-01', '2024-03-08'] });
    flatpickr('#arrival', { enableTime: true, noCalendar: true, time_24hr: true, dateFormat: 'H:i', defaultDate: '15:30' });
    flatpickr('#planner', { inline: true, weekNumbers: true, defaultDate: '2024-03-14' });
  </script>
</body>
</html>
`;

const BOOKING = `import type { Locator, Page } from '@playwright/test';

export const SEL = {
  friendlyCheckin: 'input.flatpickr-input.form-control',
  openCalendar: '.flatpickr-calendar.open',
  planner: '#planner + .flatpickr-calendar',
  weekNumbers: '.flatpickr-weeks .disabled',
  nextMonth: '.flatpickr-month > .flatpickr-next-month',
};

export class BookingPage {
  readonly planner: Locator;
  readonly openCalendar: Locator;

  constructor(readonly page: Page) {
    this.planner = page.locator(SEL.planner);
    this.openCalendar = page.locator(SEL.openCalendar);
  }

  async open() {
    await this.page.goto('booking.html');
  }

  async openCheckin() {
    await this.page.locator('#checkin + input').click();
  }

  day(label: string): Locator {
    return this.openCalendar.locator(\`.flatpickr-day[aria-label="\${label}"]\`);
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { BookingPage, SEL } from './booking';

test.beforeEach(async ({ page }) => {
  await new BookingPage(page).open();
});

test('check-in shows the friendly date', async ({ page }) => {
  await expect(page.locator(SEL.friendlyCheckin)).toHaveValue('March 14, 2024');
});

test('check-in submits the ISO date', async ({ page }) => {
  await expect(page.locator('#checkin')).toHaveValue('2024-03-14');
});

test('picking a day fills check-in', async ({ page }) => {
  const booking = new BookingPage(page);
  await booking.openCheckin();
  await booking.day('March 22, 2024').click();
  await expect(page.locator('#checkin')).toHaveValue('2024-03-22');
});

test('the 20th cannot be booked', async ({ page }) => {
  const booking = new BookingPage(page);
  await booking.openCheckin();
  await expect(booking.openCalendar.locator('.flatpickr-day.disabled[aria-label="March 20, 2024"]')).toBeVisible();
});

test('stay shows the range', async ({ page }) => {
  await expect(page.getByPlaceholder('Pick your nights')).toHaveValue('2024-03-10 to 2024-03-13');
});

test('stay calendar highlights the nights', async ({ page }) => {
  const booking = new BookingPage(page);
  await page.locator('#stay').click();
  await expect(booking.openCalendar.locator('.inRange')).toHaveCount(2);
  await expect(
    booking.openCalendar.locator('.startRange'),
  ).toHaveAttribute('aria-label', 'March 10, 2024');
  await expect(booking.openCalendar.locator('.endRange')).toHaveText('13');
});

test('blackout dates are listed', async ({ page }) => {
  await expect(page.locator('#blackout')).toHaveValue('2024-03-01; 2024-03-08');
});

test('arrival picker shows the time', async ({ page }) => {
  const booking = new BookingPage(page);
  await page.locator('#arrival').click();
  await expect(booking.openCalendar.locator('.flatpickr-hour')).toHaveValue('15');
  await expect(booking.openCalendar.locator('.flatpickr-minute')).toHaveValue('30');
});

test('planner marks the selected day', async ({ page }) => {
  await expect(new BookingPage(page).planner.locator('.flatpickr-day.selected')).toHaveText('14');
});

test('planner opens on 2024', async ({ page }) => {
  await expect(new BookingPage(page).planner.locator('.cur-year')).toHaveValue('2024');
});

test('planner labels the weekdays', async ({ page }) => {
  const { planner } = new BookingPage(page);
  await expect(planner.locator('.flatpickr-weekdays > .flatpickr-weekday')).toHaveCount(7);
  await expect(planner.locator('.flatpickr-weekdays > .flatpickr-weekday').first()).toHaveText('Sun');
});

test('planner shows week numbers', async ({ page }) => {
  await expect(
    new BookingPage(page).planner.locator(SEL.weekNumbers),
  ).toHaveText(['9', '10', '11', '12', '13', '14']);
});

test('next arrow moves the planner to April', async ({ page }) => {
  const { planner } = new BookingPage(page);
  await planner.locator(SEL.nextMonth).click();
  await expect(planner.locator('.flatpickr-day:not(.nextMonthDay)[aria-label="April 1, 2024"]')).toBeVisible();
});

test('year field hints at scrolling', async ({ page }) => {
  await expect(new BookingPage(page).planner.locator('.cur-year')).toHaveAttribute('title', 'Scroll to increment');
});
`;

export const FLATPICKR: ReleaseApp = {
  name: 'flatpickr booking page',
  pkg: 'flatpickr',
  from: '2.6.3',
  to: '4.6.13',
  extra: { 'booking.html': BOOKING_HTML },
  files: { 'booking.ts': BOOKING, 'booking.spec.ts': SPEC },
  labels: [
    {
      test: 'check-in shows the friendly date',
      kind: 'selector',
      target: { css: 'input.form-control[placeholder="Check-in date"]' },
      note: 'the altInput no longer has the flatpickr-input class',
    },
    {
      test: 'the 20th cannot be booked',
      kind: 'selector',
      target: { css: '.flatpickr-calendar.open .flatpickr-day.flatpickr-disabled[aria-label="March 20, 2024"]' },
      note: 'disabled days are .flatpickr-disabled now',
    },
    { test: 'blackout dates are listed', kind: 'data', target: { css: '#blackout' }, value: '2024-03-01, 2024-03-08', note: 'multiple mode joins with ", " now' },
    {
      test: 'planner labels the weekdays',
      kind: 'selector',
      target: { css: '#planner + .flatpickr-calendar .flatpickr-weekdaycontainer > .flatpickr-weekday', text: 'Mon' },
      note: 'weekday names sit in a .flatpickr-weekdaycontainer now',
    },
    {
      test: 'planner shows week numbers',
      kind: 'selector',
      target: { css: '#planner + .flatpickr-calendar .flatpickr-weeks .flatpickr-day', text: '11' },
      note: 'week numbers are plain .flatpickr-day spans, no .disabled',
    },
    {
      test: 'next arrow moves the planner to April',
      kind: 'selector',
      target: { css: '#planner + .flatpickr-calendar .flatpickr-months > .flatpickr-next-month' },
      note: 'the arrows moved out of .flatpickr-month into .flatpickr-months',
    },
    { test: 'year field hints at scrolling', kind: 'real', note: 'the "Scroll to increment" title is gone (the year is a number input labelled "Year")' },
  ],
};
