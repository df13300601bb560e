// Acceptance: three real Playwright runs with the healwright reporter (green, two tests broken, green
// again), then `healwright report` and `healwright metrics --json` from the built CLI, and the page
// opened in Chromium: the dip and the recovery on the chart, MTTR for the broken tests, every number
// equal to metrics --json. Screenshot: test-results/dashboard.png.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import { formatDuration, type Metrics } from '../../src/metrics/index.js';
import { inlineConfig, makeTempDir, REPO_ROOT, runInlineTest } from '../helpers/run-inline.js';
import { metricAt, sameValue } from './metric-path.js';

const BIN = path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');
const SCREENSHOT = path.join(REPO_ROOT, 'test-results', 'dashboard.png');
const HOSTILE = '<script>window.__pwned = 1</script> lists work orders';

const SUITE = {
  'playwright.config.ts': inlineConfig({ reporterOptions: '{ printSummary: false }' }),
  'crm.spec.ts': `import { test, expect } from '@playwright/test';
test('adds', () => { expect(1 + 1).toBe(2); });
test('counts customers', () => { expect(process.env.BREAK ? 13 : 12, 'customer count').toBe(12); });
test(${JSON.stringify(HOSTILE)}, () => { expect(process.env.BREAK ? 'missing' : 'ok', 'work orders').toBe('ok'); });
test.describe('retrying', () => {
  test.describe.configure({ retries: 1 });
  test('settles on retry', ({}, testInfo) => { expect(testInfo.retry).toBe(1); });
});
`,
};

function cli(args: string[], cwd: string) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_')) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `healwright ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('dashboard after three real runs (green, broken, green)', () => {
  test('shows the dip, the recovery and MTTR, with the numbers of metrics --json, in Chromium', async () => {
    const dir = makeTempDir('dashboard');
    const env = { HEAL_SKIP_LLM: 'true' };
    for (const broken of [false, true, false]) {
      const r = await runInlineTest(SUITE, { dir, env: { ...env, BREAK: broken ? '1' : undefined } });
      assert.equal(r.exitCode, broken ? 1 : 0, r.output);
    }
    const results = path.join(dir, 'healing-results');
    const lines = readFileSync(path.join(results, 'history.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 3);

    // `report` resolves healing-results through playwright.config.ts, like the reporter did.
    assert.match(cli(['report'], dir), /^healwright report: wrote healing-results\/index\.html \(3 runs; last run HEALTHY 100\.0%\)\n$/);
    const metrics = JSON.parse(cli(['metrics', '--json', '--dir', 'healing-results'], dir)) as Metrics;

    assert.deepEqual(metrics.trend.points.map((p) => p.healthScore), [100, 50, 100]);
    assert.deepEqual(metrics.trend.points.map((p) => p.passRate), [75, 25, 75]);
    assert.deepEqual(metrics.trend.points.map((p) => p.flakyRate), [25, 25, 25]);
    assert.equal(metrics.mttr.recovered, 2);
    assert.deepEqual(metrics.mttr.open, []);
    assert.deepEqual(metrics.mttr.perTest.map((t) => t.key).sort(), ['crm.spec.ts › counts customers', `crm.spec.ts › ${HOSTILE}`].sort());
    const [run1, run2, run3] = metrics.recentRuns.slice().reverse();
    const expectedMttr = Date.parse(run3?.finishedAt as string) - Date.parse(run2?.startedAt as string);
    for (const t of metrics.mttr.perTest) assert.equal(t.meanMs, expectedMttr);
    assert.ok(run1 && metrics.patterns.length === 2 && metrics.flakyTests[0]?.runs === 3);

    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(pathToFileURL(path.join(results, 'index.html')).href);

      // The charts render, one visible circle per run, and the dip is there.
      const health = page.locator('#chart-health g[data-series="healthScore"] circle');
      assert.equal(await health.count(), 3);
      assert.equal(await page.locator('#chart-health g[data-series="healthScore"]').getAttribute('data-points'), '3');
      assert.deepEqual(await health.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-value')), e.getAttribute('class')])), [
        [100, 'pt HEALTHY'],
        [50, 'pt FAILING'],
        [100, 'pt HEALTHY'],
      ]);
      const boxes = await health.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ w: b.width, y: b.y })));
      assert.ok(boxes.every((b) => b.w > 0), 'circles are drawn');
      assert.ok((boxes[1]?.y as number) > (boxes[0]?.y as number) + 20 && Math.abs((boxes[2]?.y as number) - (boxes[0]?.y as number)) < 1, `dip and recovery on screen: ${JSON.stringify(boxes)}`);
      for (const s of ['passRate', 'flakyRate']) assert.equal(await page.locator(`g[data-series="${s}"] circle`).count(), 3);

      // Every number on the page is the one metrics --json gives.
      const shown = await page.locator('[data-metric]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric') as string, e.getAttribute('data-value') as string, (e.textContent ?? '').trim()]));
      assert.ok(shown.length > 40, `${shown.length} metrics on the page`);
      for (const [p, v] of shown) assert.ok(sameValue(metricAt(metrics, p as string), v as string), `${p}: page ${v}, metrics --json ${JSON.stringify(metricAt(metrics, p as string))}`);
      assert.equal(await page.locator('.kpi [data-metric="mttr.overallMs"]').textContent(), formatDuration(expectedMttr));
      const mttrRows = page.locator('#mttr table tbody tr');
      assert.equal(await mttrRows.count(), 2);
      assert.match((await mttrRows.allTextContents()).join('\n'), /counts customers/);

      // Hostile title: shown as text, never run.
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      assert.ok(await page.getByText(HOSTILE).first().isVisible());

      // Recent runs link to each run's summary.md, relatively; nothing was loaded from anywhere else.
      const hrefs = await page.locator('#runs a').evaluateAll((els) => els.map((e) => [e.getAttribute('href') as string, (e as HTMLAnchorElement).href]));
      assert.equal(hrefs.length, 3);
      for (const [raw, abs] of hrefs) {
        assert.match(raw as string, /^run-\d{8}-\d{6}-[0-9a-f]{8}\/summary\.md$/);
        assert.ok(existsSync(fileURLToPath(abs as string)), abs);
      }
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      assert.ok(readFileSync(SCREENSHOT).length > 10_000);
    } finally {
      await browser.close();
    }
  });
});
