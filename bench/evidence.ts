// Evidence and last-known-good capture overhead: the same browser suite with `@playwright/test` and with
// `healwright/fixtures` (evidence listeners, and a last-known-good read after each locator call).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inlineConfig, makeTempDir, REPO_ROOT } from '../test/helpers/run-inline.js';
import { runInlineTest } from './internal-errors.js';
import { printTable, type BenchRow } from './types.js';

const PAGE = (i: number) => `<!doctype html><title>Page ${i}</title><h1>Page ${i}</h1><img src="/missing.png" alt="">
<a href="/page/${i + 1}">next</a><ul id="list"></ul>
<script>fetch('/api/items').then((r) => r.json()).then((b) => { for (const x of b.items) { const li = document.createElement('li'); li.textContent = x; document.getElementById('list').append(li); } });</script>`;

/** A small site: pages that fetch an API (200) and miss an image (404), so the listeners have work. */
async function startSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const page = /^\/page\/(\d+)$/.exec(req.url ?? '');
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE(Number(page[1])));
    } else if (req.url === '/api/items') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items: ['a', 'b', 'c'] }));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The suite: role locators, or CSS ones (the last-known-good recorder reads both since 2026-12-04: role
 * queries are healed from their record too). `budget` sets healLastKnownGoodBudget (default: the
 * fixture's own); `reporter` adds healwright's reporter (which hands the next run the keys already
 * recorded).
 */
function suite(importFrom: string, tests: number, lastKnownGood = true, css = false, budget?: number, reporter = false): Record<string, string> {
  const body = Array.from({ length: tests }, (_, i) =>
    css
      ? `test('navigate ${i}', async ({ page }) => {
  await page.goto('/page/${i}');
  await expect(page.locator('#list > li')).toHaveCount(3);
  await page.locator('a[href="/page/${i + 1}"]').click();
  await expect(page.locator('h1')).toHaveText('Page ${i + 1}');
});`
      : `test('navigate ${i}', async ({ page }) => {
  await page.goto('/page/${i}');
  await expect(page.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('link', { name: 'next' }).click();
  await expect(page.getByRole('heading', { name: 'Page ${i + 1}' })).toBeVisible();
});`,
  );
  return {
    'playwright.config.ts': inlineConfig({
      workers: 2,
      reporters: reporter ? "[['dot'], ['healwright/reporter', { skipLlm: true, printSummary: false }]]" : "[['dot']]",
      extra: `use: { baseURL: process.env.SITE_URL, launchOptions: (await import('${path.join(REPO_ROOT, 'src/browser/index.ts')}')).chromiumLaunchOptions()${lastKnownGood ? '' : ', healLastKnownGood: false'}${budget === undefined ? '' : `, healLastKnownGoodBudget: ${budget}`} },`,
    }),
    'nav.spec.ts': `import { test, expect } from '${importFrom}';\n${body.join('\n')}\n`,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * How the default budget spreads the first reads of the CSS suite over runs: the call sites each run
 * recorded, run after run with healwright's reporter (which hands the next run the keys already
 * recorded), until the store holds all of them or `maxRuns` is reached.
 */
async function coverageRuns(tests: number, env: Record<string, string>, maxRuns = 8): Promise<{ perRun: number[]; total: number }> {
  const dir = makeTempDir('bench-evidence-coverage');
  const files = suite('healwright/fixtures', tests, true, true, undefined, true);
  const total = tests * 3;
  const perRun: number[] = [];
  let known = 0;
  for (let i = 0; i < maxRuns && known < total; i++) {
    const r = await runInlineTest(i === 0 ? files : {}, { dir, env, timeoutMs: 300_000 });
    if (r.exitCode !== 0) throw new Error(`coverage run failed:\n${r.output}`);
    const store = JSON.parse(readFileSync(path.join(dir, 'healing-results', 'last-known-good.json'), 'utf8')) as { entries: unknown[] };
    perRun.push(store.entries.length - known);
    known = store.entries.length;
  }
  return { perRun, total };
}

/** Wall-time ratio of a 20-test browser suite with healwright's fixtures vs plain Playwright (median of `runs` paired ratios). */
export async function benchEvidence(runs = 9, tests = 20): Promise<BenchRow[]> {
  const site = await startSite();
  try {
    const plainDir = makeTempDir('bench-evidence-plain');
    const healDir = makeTempDir('bench-evidence-heal');
    const noLkgDir = makeTempDir('bench-evidence-nolkg');
    const plainCssDir = makeTempDir('bench-evidence-plain-css');
    const healCssDir = makeTempDir('bench-evidence-heal-css');
    const allCssDir = makeTempDir('bench-evidence-all-css');
    const plain = suite('@playwright/test', tests);
    const heal = suite('healwright/fixtures', tests);
    const noLkg = suite('healwright/fixtures', tests, false);
    const plainCss = suite('@playwright/test', tests, true, true);
    const healCss = suite('healwright/fixtures', tests, true, true);
    const allCss = suite('healwright/fixtures', tests, true, true, 1);
    const env = { SITE_URL: site.url };
    const timed = async (dir: string, files: Record<string, string>) => {
      const t0 = performance.now();
      const r = await runInlineTest(files, { dir, env, timeoutMs: 300_000 });
      if (r.exitCode !== 0) throw new Error(`benchmark suite failed:\n${r.output}`);
      return performance.now() - t0;
    };
    // Warm the transform cache and the OS file cache for both variants.
    await timed(plainDir, plain);
    await timed(healDir, heal);
    await timed(noLkgDir, noLkg);
    await timed(plainCssDir, plainCss);
    await timed(healCssDir, healCss);
    await timed(allCssDir, allCss);
    const t = { plain: [] as number[], heal: [] as number[], noLkg: [] as number[], plainCss: [] as number[], healCss: [] as number[], allCss: [] as number[] };
    // Interleaved, so that a slower minute of a shared machine hits every variant alike, and in the
    // reverse order every other round, so that no variant always runs first.
    const variants: [keyof typeof t, string, Record<string, string>][] = [
      ['plain', plainDir, plain],
      ['heal', healDir, heal],
      ['noLkg', noLkgDir, noLkg],
      ['plainCss', plainCssDir, plainCss],
      ['healCss', healCssDir, healCss],
      ['allCss', allCssDir, allCss],
    ];
    for (let i = 0; i < runs; i++) {
      for (const [key, dir, files] of i % 2 ? [...variants].reverse() : variants) t[key].push(await timed(dir, files));
    }
    // Each round's ratio to that round's plain run, then the median: a slow minute of a shared machine
    // then moves both sides of one ratio, not one side of the medians.
    const paired = (a: number[], b: number[]) => median(a.map((x, i) => x / (b[i] as number)));
    const ratio = paired(t.heal, t.plain);
    const css = paired(t.healCss, t.plainCss);
    const coverage = await coverageRuns(tests, env);
    return [
      { name: `evidence and last-known-good capture overhead (${tests} browser tests, role locators, median of ${runs} paired runs)`, value: ratio, unit: 'x', target: '<= 1.05', pass: ratio <= 1.05 },
      { name: 'evidence capture alone (healLastKnownGood: false; info)', value: paired(t.noLkg, t.plain), unit: 'x', target: '', pass: true },
      // No healwright reporter here, so no store: every CSS locator call is read (a first run, or the first run of the day).
      { name: `evidence and last-known-good, CSS locators, a first run (nothing recorded yet; default read budget; ${tests} tests)`, value: css, unit: 'x', target: '<= 1.05', pass: css <= 1.05 },
      { name: 'the same, every call site read (healLastKnownGoodBudget: 1; info)', value: paired(t.allCss, t.plainCss), unit: 'x', target: '', pass: true },
      {
        name: `CSS call sites recorded per run with the default budget, of ${coverage.total} (${coverage.perRun.join(' + ')}; info)`,
        value: coverage.perRun.length,
        unit: 'runs',
        target: '',
        pass: true,
      },
    ];
  } finally {
    site.server.closeAllConnections();
    site.server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchEvidence());
}
