// reveal.js's own demo deck (demo.html, shipped in the package), suite written for 3.9.2, run on 4.6.1.
import type { ReleaseApp } from '../types.js';

const DECK = `import { expect, type Locator, type Page } from '@playwright/test';

export class Deck {
  readonly current: Locator;
  readonly next: Locator;
  readonly title: Locator;
  readonly searchInput: Locator;

  constructor(readonly page: Page) {
    this.current = page.locator('.slides section.present:not(.stack)');
    this.next = page.locator('.controls .navigate-right');
    this.title = page.locator('.slides section.present h1');
    this.searchInput = page.locator('#searchinput');
  }

  async open() {
    await this.page.goto('demo.html');
    await expect(this.page.locator('.reveal.ready')).toBeAttached();
  }

  async forward(times: number) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('ArrowRight');
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { Deck } from './deck';

test.beforeEach(async ({ page }) => {
  await new Deck(page).open();
});

test('title slide shows the framework name', async ({ page }) => {
  const deck = new Deck(page);
  await expect(deck.title).toHaveText('Reveal.js');
});

test('next arrow goes to the second slide', async ({ page }) => {
  const deck = new Deck(page);
  await deck.next.click();
  await expect(deck.current.getByRole('heading')).toHaveText('Hello There');
});

test('vertical slides go down', async ({ page }) => {
  const deck = new Deck(page);
  await deck.forward(2);
  await expect(deck.current.locator('h2')).toHaveText('Vertical Slides');
  await page.locator('.slides section.present a.navigate-down').click();
  await expect(deck.current.locator('h2')).toHaveText('Basement Level 1');
});

test('search jumps to the markdown slide', async ({ page }) => {
  const deck = new Deck(page);
  await page.keyboard.press('Control+Shift+F');
  await deck.searchInput.fill('Markdown');
  await deck.searchInput.press('Enter');
  await expect(deck.current.locator('h2')).toContainText('Markdown');
});

test('the deck has a markdown slide', async ({ page }) => {
  await expect(page.getByText('Markdown support', { exact: true })).toBeAttached();
});

test('overview shows every slide', async ({ page }) => {
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal.overview')).toBeVisible();
  await expect(page.locator('.slides > section')).toHaveCount(27);
});

test('pause screen can be resumed', async ({ page }) => {
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Resume presentation' }).click();
  await expect(page.locator('.reveal.paused')).toHaveCount(0);
});

test('theme stylesheet is black', async ({ page }) => {
  await expect(page.locator('link#theme')).toHaveAttribute('href', 'css/theme/black.css');
});

test('progress bar grows', async ({ page }) => {
  const deck = new Deck(page);
  await deck.next.click();
  await expect(page.locator('.progress span')).toHaveAttribute('style', /width: [1-9]/);
});
`;

export const REVEAL: ReleaseApp = {
  name: 'reveal.js demo',
  pkg: 'reveal.js',
  from: '3.9.2',
  to: '4.6.1',
  files: { 'deck.ts': DECK, 'reveal.spec.ts': SPEC },
  labels: [
    { test: 'title slide shows the framework name', kind: 'real', note: 'the h1 title became a logo image' },
    { test: 'search jumps to the markdown slide', kind: 'selector', target: { css: 'input.searchinput' }, note: '#searchinput lost its id: input.searchinput' },
    { test: 'the deck has a markdown slide', kind: 'selector', target: { css: '.slides h2', text: 'Markdown Support' }, note: 'heading renamed "Markdown Support"' },
    { test: 'overview shows every slide', kind: 'data', target: { css: '.slides > section' }, value: '32', note: 'the deck now has 32 top-level slides' },
    { test: 'theme stylesheet is black', kind: 'data', target: { css: 'link#theme' }, value: 'dist/theme/black.css', note: 'themes moved to dist/theme/' },
    { test: 'progress bar grows', kind: 'real', note: 'the bar is scaled with a transform now: the test checks an implementation detail' },
  ],
};
