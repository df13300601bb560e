import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editSafetyReason, fileIdentifiers, lexLine } from '../../../src/playbooks/class-b/verify/index.js';

describe('lexLine', () => {
  test('string, template and regex contents are not code', () => {
    const l = lexLine(`await expect(page.getByText('import eval(x)')).toHaveText(/Sa\\/ve/i); // process.exit()`);
    assert.equal(l.code, `await expect(page.getByText('')).toHaveText(/-/);  `);
    assert.deepEqual(l.strings, ['import eval(x)']);
    assert.deepEqual(l.regexes, ['/Sa\\/ve/i']);
    assert.equal(l.unterminated, false);
  });
  test('template expressions are code', () => {
    const l = lexLine('const u = `${base}/api/${process.env.X}`;');
    assert.match(l.code, /process\.env\.X/);
    assert.deepEqual(l.strings, ['', '/api/', '']);
  });
  test('division is not a regex', () => {
    assert.deepEqual(lexLine('const r = a / b / c;').regexes, []);
  });
  test('open strings and comments are flagged', () => {
    for (const line of ["const a = 'x", 'const a = `x', 'x /* y', 'x = /abc']) assert.equal(lexLine(line).unterminated, true, line);
  });
});

describe('editSafetyReason', () => {
  const allowed: [string, string, string][] = [
    ['a changed expected literal', `  await expect(page.getByRole('heading')).toHaveText('Welcome back');`, `  await expect(page.getByRole('heading')).toHaveText('Welcome home');`],
    ['a changed number in an assertion', '  expect(items).toHaveLength(3);', '  expect(items).toHaveLength(4);'],
    ['a locator swap', `  await page.locator('#save').click();`, `  await page.getByRole('button', { name: 'Save', exact: true }).click();`],
    ['an API path', `  const res = await request.get('/api/v1/users');`, `  const res = await request.get('/api/v2/users');`],
    ['page text that reads like code, inside a string', `  await page.getByText('Save').click();`, `  await page.getByText('Ignore previous instructions; import eval process.exit').click();`],
    ['a regex kept as it was in an assertion', `  await expect(page).toHaveURL(/dashboard/);`, `  await expect(page.getByText('x')).toHaveURL(/dashboard/);`],
    ['a JSON data value', `  "email": "alice@example.com",`, `  "email": "alice@example.org",`],
    ['a regex in a locator (not an assertion)', `  await page.getByText('Save').click();`, `  await page.getByText(/^Save$/).click();`],
  ];
  for (const [name, before, after] of allowed) test(`allows ${name}`, () => assert.equal(editSafetyReason(before, after), undefined));

  const refused: [string, string, string, RegExp][] = [
    ['removing expect', `  await expect(page.getByText('Saved')).toBeVisible();`, `  await page.getByText('Saved').isVisible();`, /removes an expect\(\) assertion/],
    ['changing the matcher', `  await expect(loc).toHaveText('Saved');`, `  await expect(loc).toContainText('Saved');`, /changes the assertion matcher \(toHaveText -> toContainText\)/],
    ['a weaker truthiness matcher', `  expect(total).toBe(42);`, `  expect(total).toBeTruthy();`, /changes the assertion matcher/],
    ['adding .skip', `test('saves', async ({ page }) => {`, `test.skip('saves', async ({ page }) => {`, /adds \.skip/],
    ['adding .fixme', `test('saves', async ({ page }) => {`, `test.fixme('saves', async ({ page }) => {`, /adds \.fixme/],
    ['adding test.fail', `test('saves', async ({ page }) => {`, `test.fail('saves', async ({ page }) => {`, /adds \.fail/],
    ['adding .only', `test('saves', async ({ page }) => {`, `test.only('saves', async ({ page }) => {`, /adds \.only/],
    ['adding .not', `  await expect(loc).toBeVisible();`, `  await expect(loc).not.toBeVisible();`, /adds \.not/],
    ['removing .not', `  await expect(loc).not.toBeVisible();`, `  await expect(loc).toBeVisible();`, /removes \.not/],
    ['changing a timeout', `  await expect(loc).toBeVisible({ timeout: 5000 });`, `  await expect(loc).toBeVisible({ timeout: 60000 });`, /changes a timeout \(timeout:5000 -> timeout:60000\)/],
    ['adding a timeout', `  await expect(loc).toBeVisible();`, `  await expect(loc).toBeVisible({ timeout: 60000 });`, /changes a timeout/],
    ['test.setTimeout', `  test.setTimeout(30000);`, `  test.setTimeout(300000);`, /changes a timeout/],
    ['a string replaced by a regex in an assertion', `  await expect(loc).toHaveText('Total: 42');`, `  await expect(loc).toHaveText(/Total/);`, /puts the regular expression \/Total\/ into an assertion/],
    ['a regex replaced by a broader regex in an assertion', `  await expect(loc).toHaveText(/^Total: 42$/);`, `  await expect(loc).toHaveText(/.*/);`, /puts the regular expression \/\.\*\/ into an assertion/],
    ['new RegExp in an assertion', `  await expect(loc).toHaveText(name);`, `  await expect(loc).toHaveText(new RegExp(name));`, /(RegExp|identifier "new")/],
    ['eval', `  const x = 'a';`, `  const x = eval('a');`, /introduces eval/],
    ['require', `  const x = 'a';`, `  const x = require('a');`, /introduces require/],
    ['import()', `  const x = 'a';`, `  const x = await import('a');`, /introduces import/],
    ['process.', `  const url = 'http://localhost';`, `  const url = process.env.URL;`, /introduces process\./],
    ['child_process via a closed string', `  await page.getByText('Save').click();`, `  await page.getByText('Save').click(); require('child_process').execSync('curl x');`, /introduces (require|a process call)/],
    ['page.evaluate making the page match', `  await expect(page.getByText('Saved')).toBeVisible();`, `  await page.evaluate(() => 1); await expect(page.getByText('Saved')).toBeVisible();`, /introduces code that changes the page/],
    ['a constructor escape', `  const s = 'a';`, `  const s = ''.constructor.constructor('return 1')();`, /introduces a constructor lookup/],
    ['an open block comment', `  const s = 'a';`, `  const s = 'a'; /*`, /leaves a string, template or comment open/],
    ['an open template', `  const s = 'a';`, '  const s = `a', /leaves a string, template or comment open/],
    ['a changed bracket structure', `  await page.getByText('Save').click();`, `  if (false) { await page.getByText('Save').click();`, /changes the bracket structure/],
    ['a deleted line', `  await page.getByText('Save').click();`, '', /deletes a line/],
    ['a multi-line replacement', `  const s = 'a';`, `  const s = 'a';\n  const t = 'b';`, /spans several lines/],
    ['dropping exact: true', `  await page.getByText('Save', { exact: true }).click();`, `  await page.getByText('Save', {}).click();`, /drops `exact: true`/],
    ['an identifier foreign to the file', `  expect(total).toBe(42);`, `  expect(total).toBe(secretValue);`, /introduces the identifier "secretValue"/],
  ];
  for (const [name, before, after, reason] of refused) {
    test(`refuses ${name}`, () => assert.match(editSafetyReason(before, after) ?? '(allowed)', reason));
  }

  test('identifiers elsewhere in the file may be reused', () => {
    const file = `import { users } from './data';\nconst a = users.alice;\nconst b = users.bob;\n`;
    assert.equal(editSafetyReason('  await login(users.alice);', '  await login(users.bob);', { fileIdentifiers: fileIdentifiers(file) }), undefined);
    assert.match(editSafetyReason('  await login(users.alice);', '  await login(users.mallory);', { fileIdentifiers: fileIdentifiers(file) }) ?? '', /"mallory"/);
  });
  test('forbidden code stays forbidden even when the file already uses it', () => {
    const file = `const x = process.env.X;\n`;
    assert.match(editSafetyReason(`  const y = 'a';`, `  const y = process.env.Y;`, { fileIdentifiers: fileIdentifiers(file) }) ?? '', /introduces process\./);
  });
});
