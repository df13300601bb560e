// Intro.js on a small "team inbox" page of the app's own (inbox.html, served through extra, written
// against 2.9.3's documented API: a four-step product tour started from a button, with steps given as
// selectors through setOptions, showStepNumbers and showProgress on, the default button labels,
// oncomplete/onexit callbacks that report on the page, and a data-hint on the filter box added with
// addHints()), loading the package's minified/intro.min.js and minified/introjs.min.css, which both
// releases ship at the same paths. Suite written for 2.9.3, run on 7.2.0.
//
// Chosen because intro.js publishes its browser build to npm and 2 -> 7 are five real majors that
// redesigned the tooltip (a header with a close button, new default labels, "Done" on the next
// button); 7.2.0 ships no changelog (2.9.3's changelog.md stops at 2.x), so what changed was read
// from the two builds (intro.js's defaults and _showElement / placeTooltip / the bullets, introjs.css)
// and the markup each renders on this page:
// - the default labels: nextLabel "Next &rarr;" -> "Next", prevLabel "&larr; Back" -> "Back",
//   skipLabel "Skip" -> "×" (so the buttons' accessible names are "Next", "Back" and "×");
// - the skip button moved from `.introjs-tooltipbuttons` into a new `.introjs-tooltip-header` (next
//   to an `h1.introjs-tooltip-title`) and lost the `introjs-button` class;
// - on the last step the next button becomes "Done" (`introjs-nextbutton introjs-donebutton`,
//   nextToDone) and the skip button stays "×"; in 2.9.3 the skip button turned into "Done"
//   (`introjs-skipbutton introjs-donebutton`) and the next button was greyed out (`introjs-disabled`);
// - bullets carry `data-step-number` instead of `data-stepnumber`;
// - with showStepNumbers the step number reads "1 of 4" (stepNumbersOfLabel) inside the tooltip; it
//   was a bare "1" badge on the reference layer;
// - the stacking-context fix is gone: parents of the highlighted element with a z-index, opacity or
//   transform no longer get `introjs-fixParent`.
// Unchanged (controls): `.introjs-tooltiptext` and its text, the tooltip's role=dialog, the disabled
// back button on the first step (`introjs-disabled`), the progress bar's aria-valuenow, the active
// bullet, `introjs-showElement` on the highlighted element, arrow keys and Escape, the "Done" button
// found by its name, oncomplete/onexit, the hints (`.introjs-hint`, "Got it", `introjs-hidehint`).
//
// Labels: 16 tests; 5 selector, 1 data, 2 real, 8 controls. Least sure: 'step number is shown' (data:
// the same step number in new words, "1 of 4"; one could call "of 4" a new feature and the old badge
// gone, a real change), and 'next is greyed out on the last step' (real: 7 turns the next button into
// Done instead of greying it out; a reader could call the Done button the element to find now, but
// the test pins a disabled Next that no longer exists).
import type { ReleaseApp } from '../types.js';

const INBOX_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Team inbox</title>
  <link rel="stylesheet" href="minified/introjs.min.css">
  <style>
    body { font: 14px sans-serif; max-width: 44rem; margin: 2rem auto; }
    header { display: flex; gap: 1rem; align-items: center; margin-bottom: 1.5rem; }
    .panel { position: relative; z-index: 1; border: 1px solid #ccc; border-radius: 4px; padding: .5rem 1rem; margin-bottom: 1rem; background: #fff; }
    #inbox li { padding: .25rem 0; }
  </style>
</head>
<body>
  <header>
    <h1>Team inbox</h1>
    <input id="filter" aria-label="Filter messages" placeholder="Filter messages" data-hint="Type a name to see only their messages.">
    <button id="start-tour" type="button" data-testid="start-tour">Take the tour</button>
  </header>
  <section class="panel" id="inbox-panel">
    <h2>Inbox</h2>
    <ul id="inbox">
      <li>Ada: release notes are ready</li>
      <li>Grace: standup moved to 10:00</li>
      <li>Alan: review my branch?</li>
    </ul>
  </section>
  <section class="panel" id="compose-panel">
    <h2>Compose</h2>
    <button id="compose" type="button">New message</button>
  </section>
  <aside id="labels">
    <h2>Labels</h2>
    <span>Work</span> <span>Personal</span> <span>Later</span>
  </aside>
  <p>Tour: <output id="tour-status" data-testid="tour-status">not started</output></p>
  <script src="minified/intro.min.js"></script>
  <script>
    var tourStatus = document.getElementById('tour-status');
    introJs().addHints();
    document.getElementById('start-tour').addEventListener('click', function () {
      var finished = false;
      var tour = introJs();
      tour.setOptions({
        steps: [
          { element: '#filter', intro: 'Type here to filter your messages.' },
          { element: '#inbox', intro: 'New messages land in your inbox.' },
          { element: '#compose', intro: 'Write to your team from here.' },
          { element: '#labels', intro: 'Sort messages with labels.' }
        ],
        showStepNumbers: true,
        showProgress: true,
        showBullets: true
      });
      tour.oncomplete(function () {
        finished = true;
        tourStatus.textContent = 'Tour finished';
      });
      tour.onexit(function () {
        if (!finished) tourStatus.textContent = 'Tour closed';
      });
      tourStatus.textContent = 'Touring';
      tour.start();
    });
  </script>
</body>
</html>
`;

const TOUR_PAGE = `import { type Locator, type Page } from '@playwright/test';

export const TOUR = {
  text: '.introjs-tooltiptext',
  stepNumber: '.introjs-helperNumberLayer',
  progress: '.introjs-progress .introjs-progressbar',
  activeBullet: '.introjs-bullets a.active',
  skip: '.introjs-skipbutton',
  next: '.introjs-nextbutton',
  prev: '.introjs-prevbutton',
  overlay: '.introjs-overlay',
  bullet: (n: number) => \`.introjs-bullets a[data-stepnumber="\${n}"]\`,
};

export const STEPS = [
  'Type here to filter your messages.',
  'New messages land in your inbox.',
  'Write to your team from here.',
  'Sort messages with labels.',
];

export class InboxPage {
  readonly status: Locator;
  readonly tooltipText: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('tour-status');
    this.tooltipText = page.locator(TOUR.text);
  }

  async open() {
    await this.page.goto('inbox.html');
  }

  async startTour() {
    await this.page.getByRole('button', { name: 'Take the tour' }).click();
    await this.page.locator(TOUR.text, { hasText: STEPS[0] }).waitFor();
  }

  /** Walks the tour with the right arrow key up to step \`n\` (1-based). */
  async walkTo(n: number) {
    for (let i = 1; i < n; i++) {
      await this.page.keyboard.press('ArrowRight');
      await this.page.locator(TOUR.text, { hasText: STEPS[i] }).waitFor();
    }
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { InboxPage, STEPS, TOUR } from './tour-page';

let inbox: InboxPage;

test.beforeEach(async ({ page }) => {
  inbox = new InboxPage(page);
  await inbox.open();
});

test('tour opens on the filter box', async ({ page }) => {
  await inbox.startTour();
  await expect(inbox.tooltipText).toHaveText(STEPS[0]);
  await expect(page.locator('#filter')).toHaveClass(/introjs-showElement/);
  await expect(inbox.status).toHaveText('Touring');
});

test('tour card is a dialog', async ({ page }) => {
  await inbox.startTour();
  await expect(page.getByRole('dialog')).toContainText(STEPS[0]);
});

test('next button moves to the inbox', async ({ page }) => {
  await inbox.startTour();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(inbox.tooltipText).toHaveText(STEPS[1]);
});

test('back button returns to the filter', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(2);
  await page
    .locator('.introjs-tooltipbuttons')
    .getByRole('button', { name: '← Back' })
    .click();
  await expect(inbox.tooltipText).toHaveText(STEPS[0]);
});

test('first step cannot go back', async ({ page }) => {
  await inbox.startTour();
  await expect(page.locator(TOUR.prev)).toHaveClass(/introjs-disabled/);
});

test('skip closes the tour', async ({ page }) => {
  await inbox.startTour();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(inbox.status).toHaveText('Tour closed');
  await expect(page.locator(TOUR.overlay)).toHaveCount(0);
});

test('step number is shown', async ({ page }) => {
  await inbox.startTour();
  await expect(page.locator(TOUR.stepNumber)).toHaveText('1');
});

test('bullets jump to a step', async ({ page }) => {
  await inbox.startTour();
  await page.locator(TOUR.bullet(3)).click();
  await expect(inbox.tooltipText).toHaveText(STEPS[2]);
});

test('progress bar tracks the tour', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(2);
  await expect(page.locator(TOUR.progress)).toHaveAttribute('aria-valuenow', '50');
});

test('last step offers Done', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(4);
  await expect(page.locator(TOUR.skip)).toHaveText('Done');
});

test('done finishes the tour', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(4);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(inbox.status).toHaveText('Tour finished');
});

test('next is greyed out on the last step', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(4);
  await expect(page.locator(TOUR.next)).toHaveClass(/introjs-disabled/);
});

test('inbox panel is lifted above the overlay', async ({ page }) => {
  await inbox.startTour();
  await inbox.walkTo(2);
  await expect(page.locator('#inbox-panel')).toHaveClass(/introjs-fixParent/);
});

test('arrow keys walk the tour', async ({ page }) => {
  await inbox.startTour();
  await page.keyboard.press('ArrowRight');
  await expect(inbox.tooltipText).toHaveText(STEPS[1]);
  await page.keyboard.press('ArrowLeft');
  await expect(inbox.tooltipText).toHaveText(STEPS[0]);
  await expect(page.locator(TOUR.activeBullet)).toHaveCount(1);
});

test('escape closes the tour', async ({ page }) => {
  await inbox.startTour();
  await page.keyboard.press('Escape');
  await expect(page.locator(TOUR.overlay)).toHaveCount(0);
  await expect(inbox.status).toHaveText('Tour closed');
});

test('hint explains the filter', async ({ page }) => {
  await page.locator('.introjs-hint').click();
  await expect(
    page.locator('.introjs-tooltiptext p'),
  ).toHaveText('Type a name to see only their messages.');
  await page.getByRole('button', { name: 'Got it' }).click();
  await expect(page.locator('.introjs-hint')).toBeHidden();
});
`;

export const INTRO_JS: ReleaseApp = {
  name: 'Intro.js inbox tour',
  pkg: 'intro.js',
  from: '2.9.3',
  to: '7.2.0',
  extra: { 'inbox.html': INBOX_HTML },
  files: { 'tour-page.ts': TOUR_PAGE, 'tour.spec.ts': SPEC },
  labels: [
    {
      test: 'next button moves to the inbox',
      kind: 'selector',
      target: { css: '.introjs-tooltipbuttons .introjs-nextbutton', text: 'Next' },
      note: 'the default nextLabel is "Next" now (was "Next &rarr;"): the role query by name finds nothing',
    },
    {
      test: 'back button returns to the filter',
      kind: 'selector',
      target: { css: '.introjs-tooltipbuttons .introjs-prevbutton', text: 'Back' },
      note: 'the default prevLabel is "Back" now (was "&larr; Back")',
    },
    {
      test: 'skip closes the tour',
      kind: 'selector',
      target: { css: '.introjs-tooltip-header .introjs-skipbutton', text: '×' },
      note: 'the skip button is a "×" in the new tooltip header (skipLabel "Skip" -> "×")',
    },
    {
      test: 'bullets jump to a step',
      kind: 'selector',
      target: { css: '.introjs-bullets a[data-step-number="3"]' },
      note: 'bullets carry data-step-number instead of data-stepnumber',
    },
    {
      test: 'last step offers Done',
      kind: 'selector',
      target: { css: '.introjs-tooltipbuttons .introjs-donebutton', text: 'Done' },
      note: 'on the last step the next button becomes Done (nextToDone); the skip button stays "×"',
    },
    {
      test: 'step number is shown',
      kind: 'data',
      target: { css: '.introjs-tooltip .introjs-helperNumberLayer', text: '1 of 4' },
      value: '1 of 4',
      note: 'the step number reads "1 of 4" now (stepNumbersOfLabel), inside the tooltip',
    },
    {
      test: 'next is greyed out on the last step',
      kind: 'real',
      note: 'the last step no longer shows a disabled Next: the next button turns into Done',
    },
    {
      test: 'inbox panel is lifted above the overlay',
      kind: 'real',
      note: 'the stacking-context fix (introjs-fixParent on positioned parents) went away',
    },
  ],
};
