// The `heal-dom` attachment in a real browser run: taken for a failed test only, before the page closes;
// iframes included; the project's testIdAttribute and the usual test-id attributes kept; texts
// redacted; bounded in elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInlineTest } from '../helpers/run-inline.js';
import { parseDomSnapshot, type DomSnapshot } from '../../src/triage/dom-snapshot.js';
import { healConfig } from './suite.js';

interface JsonAttachment {
  name: string;
  contentType: string;
  body?: string;
}

function attachments(dir: string, title: string): JsonAttachment[] {
  const report = JSON.parse(readFileSync(path.join(dir, 'pw.json'), 'utf8')) as { suites: { specs: { title: string; tests: { results: { attachments: JsonAttachment[] }[] }[] }[] }[] };
  return report.suites[0]?.specs.find((s) => s.title === title)?.tests[0]?.results[0]?.attachments ?? [];
}

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlMTIzNDU2Nzg5';

test('a failed test carries heal-dom: structure, test ids, iframes, redaction, bounds; a passing one does not', { timeout: 600_000 }, async () => {
  const page = `<main><h1 class="title">Shop</h1><label>Email <input name="email" placeholder="you@x.test" data-pw="email"></label>`
    + `<button class="btn save-btn" data-testid="save" data-cy="save-cy">Save</button><a href="/cart" data-qa="cart-link">Cart</a>`
    + `<p id="token">Token ${JWT}</p><div hidden class="ghost">gone</div>`
    + `<iframe srcdoc="<button data-test='inner'>Inside</button>"></iframe>`
    + `<ul class="big">${Array.from({ length: 1600 }, (_, i) => `<li>row ${i}</li>`).join('')}</ul></main>`;
  const r = await runInlineTest({
    'playwright.config.ts': healConfig({ browser: true, retries: 0, use: "testIdAttribute: 'data-pw',", reporters: "['json', { outputFile: 'pw.json' }]" }),
    'dom.spec.ts': `import { test, expect } from 'healwright/fixtures';
const PAGE = ${JSON.stringify(page)};
test('passes', async ({ page }) => {
  await page.setContent(PAGE);
});
test('fails', async ({ page }) => {
  await page.setContent(PAGE);
  await page.frames()[1]?.waitForSelector('button');
  await expect(page.locator('.save-button')).toBeVisible({ timeout: 500 });
});
`,
  }, { timeoutMs: 540_000, env: { HEAL_DRY_RUN: 'true' } });
  assert.equal(r.exitCode, 1, r.output);
  assert.equal(attachments(r.dir, 'passes').find((a) => a.name === 'heal-dom'), undefined, 'a passing test pays nothing');
  const raw = attachments(r.dir, 'fails').find((a) => a.name === 'heal-dom');
  assert.equal(raw?.contentType, 'application/json');
  const text = Buffer.from(raw?.body ?? '', 'base64').toString('utf8');
  const dom = parseDomSnapshot(text) as DomSnapshot;
  assert.ok(dom, text.slice(0, 500));
  assert.equal(dom.testIdAttribute, 'data-pw');
  const find = (f: (e: DomSnapshot['elements'][number]) => boolean) => dom.elements.find(f);

  const save = find((e) => e.tag === 'button' && e.frame === 0);
  assert.deepEqual({ classes: save?.classes, testIds: save?.testIds, role: save?.role, name: save?.name, visible: save?.visible }, { classes: ['btn', 'save-btn'], testIds: { 'data-testid': 'save', 'data-cy': 'save-cy' }, role: 'button', name: 'Save', visible: true });
  assert.ok(save?.box && save.box[2] > 0 && save.box[3] > 0);
  assert.equal(dom.elements[save?.parent ?? -1]?.tag, 'main', 'parent chain');
  const input = find((e) => e.tag === 'input');
  assert.deepEqual({ testIds: input?.testIds, label: input?.label, placeholder: input?.placeholder, nameAttr: input?.nameAttr, role: input?.role }, { testIds: { 'data-pw': 'email' }, label: 'Email', placeholder: 'you@x.test', nameAttr: 'email', role: 'textbox' });
  assert.deepEqual({ href: find((e) => e.tag === 'a')?.href, qa: find((e) => e.tag === 'a')?.testIds }, { href: '/cart', qa: { 'data-qa': 'cart-link' } });
  assert.equal(find((e) => !!e.classes?.includes('ghost'))?.visible, false);
  assert.equal(find((e) => e.tag === 'h1')?.level, 1);

  const inner = find((e) => e.frame === 1 && e.tag === 'button');
  assert.deepEqual(inner?.testIds, { 'data-test': 'inner' }, 'the iframe is captured');
  assert.equal(dom.frames.length, 2);

  assert.ok(!text.includes(JWT), 'the token is redacted');
  assert.match(find((e) => e.id === 'token')?.text ?? '', /\[REDACTED_JWT\]/);
  assert.equal(dom.truncated, true);
  assert.ok(dom.elements.length <= 1500 && dom.elements.length > 1000, String(dom.elements.length));
  assert.ok(text.length < 512 * 1024, `${text.length} bytes`);
});
