// SweetAlert2's dialogs (dist/sweetalert2.all.js as the package ships it, styles included) on a small
// order page of the app's own (order.html, served by the deploy step), written against the 7.x API:
// suite written for 7.33.1 (the last 7.x), run on 11.26.25. HELD-OUT: nobody tunes on this app; it is
// scored once.
//
// What changed (the v9 release notes for `type` -> `icon`; the rest read off the two dist files):
// - v9 renamed the `type` option to `icon`; 11.x warns "Unknown parameter "type"" and shows no icon
//   (the positional Swal.fire(title, text, 'success') form still shows one);
// - the .swal2-header and .swal2-content wrappers are gone: the title, the text and the inputs sit
//   directly in the grid popup, and #swal2-content is #swal2-html-container;
// - progress steps were renamed .swal2-progress-steps / .swal2-progress-step / -line /
//   .swal2-active-progress-step (7.x: .swal2-progresssteps, .swal2-progresscircle, .swal2-progressline,
//   .swal2-activeprogressstep);
// - the default confirm colour is #7066e0 (7.x: #3085d6); a deny button, a loader and a timer bar were
//   added. Titles, button texts, the close button's label, input placeholders, the select, the
//   validation message and the email validator's text are unchanged.
// Labels: 5 selector, 1 data (the confirm colour), 2 real (icons the page asks for with `type`); 6 controls.
// Least sure: 'confirm button uses the brand blue' (data: the test pins the library's default colour,
// which the app never set; a reviewer might instead call the new look a real change); the two `type`
// icons (real: the fix belongs in the page, which must pass `icon`, not in the test).
import type { ReleaseApp } from '../types.js';

const ORDER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Order 1042 - Shop admin</title>
<style>body{font-family:sans-serif;max-width:760px;margin:20px auto} .actions button{margin:4px}</style>
</head>
<body>
<h1>Order #1042</h1>
<p>Customer: <span id="customer">Ada Lovelace</span></p>
<p>Plan: <span id="plan">basic</span></p>
<div class="actions">
  <button id="delete-order" type="button">Delete order</button>
  <button id="rename" type="button">Rename customer</button>
  <button id="subscribe" type="button">Subscribe to updates</button>
  <button id="plan-button" type="button">Change plan</button>
  <button id="save" type="button">Save settings</button>
  <button id="help" type="button">Help</button>
  <button id="checkout" type="button">Checkout</button>
</div>
<p id="status" role="status" data-testid="status"></p>
<script src="dist/sweetalert2.all.js"></script>
<script>
function say(t) { document.getElementById('status').textContent = t; }
document.getElementById('delete-order').addEventListener('click', function () {
  Swal.fire({
    title: 'Delete order #1042?',
    text: "You won't be able to revert this!",
    type: 'warning',
    showCancelButton: true,
    confirmButtonText: 'Yes, delete it',
    cancelButtonText: 'Keep it'
  }).then(function (result) {
    if (result.value) {
      Swal.fire('Deleted!', 'Order #1042 has been deleted.', 'success');
      say('Order #1042 deleted');
    } else {
      say('Order kept');
    }
  });
});
document.getElementById('rename').addEventListener('click', function () {
  Swal.fire({
    title: 'Rename customer',
    input: 'text',
    inputValue: document.getElementById('customer').textContent,
    inputPlaceholder: 'New name',
    showCancelButton: true,
    confirmButtonText: 'Rename',
    inputValidator: function (value) { return !value && 'Please enter a name'; }
  }).then(function (result) {
    if (result.value) { document.getElementById('customer').textContent = result.value; say('Renamed to ' + result.value); }
  });
});
document.getElementById('subscribe').addEventListener('click', function () {
  Swal.fire({ title: 'Subscribe to updates', input: 'email', inputPlaceholder: 'you@example.com', confirmButtonText: 'Subscribe' })
    .then(function (result) { if (result.value) say('Subscribed ' + result.value); });
});
document.getElementById('plan-button').addEventListener('click', function () {
  Swal.fire({ title: 'Change plan', input: 'select', inputOptions: { basic: 'Basic', pro: 'Pro', team: 'Team' }, inputPlaceholder: 'Select a plan', showCancelButton: true })
    .then(function (result) { if (result.value) { document.getElementById('plan').textContent = result.value; say('Plan changed to ' + result.value); } });
});
document.getElementById('save').addEventListener('click', function () {
  Swal.fire({ toast: true, position: 'top-end', type: 'success', title: 'Settings saved', showConfirmButton: false, timer: 8000 });
});
document.getElementById('help').addEventListener('click', function () {
  Swal.fire({ title: 'Need help?', html: 'Write to <b>support@example.com</b>', footer: '<a href="faq.html">Read the FAQ</a>', showCloseButton: true });
});
document.getElementById('checkout').addEventListener('click', function () {
  Swal.fire({ title: 'Shipping address', progressSteps: ['1', '2', '3'], currentProgressStep: 0, input: 'text', inputPlaceholder: 'Street and number', confirmButtonText: 'Next' });
});
</script>
</body>
</html>
`;

const ORDER_PAGE_OBJECT = `import { expect, type Locator, type Page } from '@playwright/test';

export class OrderPage {
  readonly dialog: Locator;
  readonly dialogTitle: Locator;
  readonly dialogInput: Locator;
  readonly confirmButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('.swal2-popup');
    this.dialogTitle = page.locator('.swal2-header .swal2-title');
    this.dialogInput = page.locator('.swal2-content .swal2-input');
    this.confirmButton = page.locator('button.swal2-confirm');
    this.status = page.getByTestId('status');
  }

  async open() {
    await this.page.goto('order.html');
    await expect(this.page.getByRole('heading', { name: 'Order #1042' })).toBeVisible();
  }

  async action(name: string) {
    await this.page.getByRole('button', { name }).click();
    await expect(this.dialog).toBeVisible();
  }
}
`;

const SPEC = `import { test, expect } from 'healwright/fixtures';
import { OrderPage } from './order-page';

test.beforeEach(async ({ page }) => {
  await new OrderPage(page).open();
});

test('delete asks for confirmation', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Delete order');
  await expect(order.dialogTitle).toHaveText('Delete order #1042?');
});

test('delete warns it cannot be undone', async ({ page }) => {
  await new OrderPage(page).action('Delete order');
  await expect(page.locator('#swal2-content')).toHaveText("You won't be able to revert this!");
});

test('delete dialog shows a warning icon', async ({ page }) => {
  await new OrderPage(page).action('Delete order');
  await expect(page.locator('.swal2-icon.swal2-warning')).toBeVisible();
});

test('confirming deletes the order', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Delete order');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Deleted!' })).toBeVisible();
  await expect(order.status).toHaveText('Order #1042 deleted');
});

test('keeping the order closes the dialog', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Delete order');
  await page.locator('button.swal2-cancel').click();
  await expect(order.status).toHaveText('Order kept');
  await expect(order.dialog).toBeHidden();
});

test('confirm button uses the brand blue', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Delete order');
  await expect(order.confirmButton).toHaveCSS('background-color', 'rgb(48, 133, 214)');
});

test('rename prefills the current name', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Rename customer');
  await expect(order.dialogInput).toHaveValue('Ada Lovelace');
});

test('rename needs a name', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Rename customer');
  await page.getByPlaceholder('New name').fill('');
  await order.confirmButton.click();
  await expect(page.locator('#swal2-validation-message')).toHaveText('Please enter a name');
});

test('subscribe rejects a bad address', async ({ page }) => {
  await new OrderPage(page).action('Subscribe to updates');
  await page.getByPlaceholder('you@example.com').fill('not-an-email');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByText('Invalid email address')).toBeVisible();
});

test('plan picker changes the plan', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Change plan');
  await page.locator('select.swal2-select').selectOption('pro');
  await order.confirmButton.click();
  await expect(order.status).toHaveText('Plan changed to pro');
});

test('saved toast shows a success icon', async ({ page }) => {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Settings saved');
  await expect(
    page.locator('.swal2-toast').locator('.swal2-icon.swal2-success'),
  ).toBeVisible();
});

test('help dialog links to the FAQ and closes', async ({ page }) => {
  const order = new OrderPage(page);
  await order.action('Help');
  await expect(page.getByRole('link', { name: 'Read the FAQ' })).toBeVisible();
  await page.getByRole('button', { name: 'Close this dialog' }).click();
  await expect(order.dialog).toBeHidden();
});

test('checkout shows three steps', async ({ page }) => {
  await new OrderPage(page).action('Checkout');
  await expect(page.locator('.swal2-progresscircle')).toHaveCount(3);
});

test('checkout starts on the first step', async ({ page }) => {
  await new OrderPage(page).action('Checkout');
  await expect(
    page.locator('.swal2-progresssteps .swal2-activeprogressstep'),
  ).toHaveText('1');
});
`;

export const SWEETALERT2: ReleaseApp = {
  name: 'SweetAlert2 dialogs',
  pkg: 'sweetalert2',
  from: '7.33.1',
  to: '11.26.25',
  extra: { 'order.html': ORDER_PAGE },
  files: { 'order-page.ts': ORDER_PAGE_OBJECT, 'order.spec.ts': SPEC },
  labels: [
    { test: 'delete asks for confirmation', kind: 'selector', target: { css: '.swal2-popup .swal2-title', text: 'Delete order #1042?' }, note: 'the .swal2-header wrapper is gone: the title sits in the popup' },
    { test: 'delete warns it cannot be undone', kind: 'selector', target: { css: '#swal2-html-container', text: 'revert this' }, note: '#swal2-content is #swal2-html-container now' },
    { test: 'delete dialog shows a warning icon', kind: 'real', note: 'the page passes `type`, which v9 renamed `icon`: no icon shows' },
    { test: 'confirm button uses the brand blue', kind: 'data', target: { css: 'button.swal2-confirm', text: 'Yes, delete it' }, value: 'rgb(112, 102, 224)', note: 'the default confirm colour is #7066e0 now' },
    { test: 'rename prefills the current name', kind: 'selector', target: { css: 'input.swal2-input[placeholder="New name"]' }, note: 'the .swal2-content wrapper is gone: the input sits in the popup' },
    { test: 'saved toast shows a success icon', kind: 'real', note: 'the toast passes `type`, which v9 renamed `icon`: no icon shows' },
    { test: 'checkout shows three steps', kind: 'selector', target: { css: '.swal2-progress-step' }, note: 'step circles renamed .swal2-progress-step' },
    { test: 'checkout starts on the first step', kind: 'selector', target: { css: '.swal2-progress-steps .swal2-active-progress-step', text: '1' }, note: 'renamed .swal2-progress-steps .swal2-active-progress-step' },
  ],
};
