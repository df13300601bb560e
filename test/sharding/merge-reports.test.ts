// A sharded suite heals once: 3 shards with the blob reporter (healwright in each, deferring), then
// `playwright merge-reports` with healwright makes exactly one run folder, one PR per fix type and one
// issue per cluster, with the same summary as the same suite run unsharded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../src/browser/index.js';
import type { HealingSummary } from '../../src/artifacts/summary.js';
import { makeTempDir, REPO_ROOT } from '../helpers/run-inline.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';

const PLAYWRIGHT_CLI = path.join(REPO_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
const TOKEN = 'ghs_shardStandinToken0123456789abcdef';
const REPO = 'acme/shop';

const HEAL = `{ projects: ['shop'], maxFixesPerRun: 3, cooldownBetweenFixes: 0, github: { repository: '${REPO}' } }`;

const FILES: Record<string, string> = {
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';
const heal = ['healwright/reporter', ${HEAL}] as const;
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  retries: 0,
  workers: 1,
  reporter: process.env.SHARDED ? [['blob', { outputDir: process.env.BLOB_DIR }], heal] : [['list'], heal],
  use: { launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
  projects: [{ name: 'shop' }],
});
`,
  'merge.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({ testDir: '.', reporter: [['healwright/reporter', ${HEAL}]] });
`,
  'cart.spec.ts': `import { test, expect } from '@playwright/test';
test('cart shows the add button', async ({ page }) => {
  await page.setContent('<main><h1>Cart</h1><button type="button">Add to basket</button></main>');
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible({ timeout: 1000 });
});
test('cart total is a number', () => { expect(Number('12.50')).toBeGreaterThan(0); });
`,
  'inventory.spec.ts': `import { test, expect } from '@playwright/test';
test('inventory is consistent', () => {
  throw new Error('inventory service returned an inconsistent state for sku 4411');
});
test('inventory has items', () => { expect([1, 2, 3]).toHaveLength(3); });
`,
  'profile.spec.ts': `import { test, expect } from '@playwright/test';
test('profile name is trimmed', () => { expect(' Ada '.trim()).toBe('Ada'); });
test('profile email has an at sign', () => { expect('ada@example.test').toContain('@'); });
`,
};

function run(dir: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', CI: '1', ...env };
  for (const k of Object.keys(childEnv)) if (k.startsWith('HEAL_') || k.startsWith('GITHUB_') || k === 'HEALWRIGHT_NESTED' || k === 'API_URL') delete childEnv[k];
  Object.assign(childEnv, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PLAYWRIGHT_CLI, ...args], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`playwright ${args.join(' ')} timed out:\n${output}`));
    }, 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function runFolders(dir: string): string[] {
  const root = path.join(dir, 'healing-results');
  return existsSync(root) ? readdirSync(root).filter((n) => n.startsWith('run-')) : [];
}

function summaryOf(dir: string): HealingSummary {
  const [only] = runFolders(dir);
  return JSON.parse(readFileSync(path.join(dir, 'healing-results', only as string, 'healing-summary.json'), 'utf8')) as HealingSummary;
}

/** What must be the same whether the suite ran sharded or not. */
function comparable(s: HealingSummary) {
  return {
    totals: s.totals,
    health: s.health,
    byCategory: s.byCategory,
    clusters: s.clusters.map((c) => ({ fingerprint: c.fingerprint, category: c.category, count: c.count, tests: c.tests })).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
    failures: s.failures.map((f) => `${f.titlePath.join(' › ')} ${f.triage.category}`).sort(),
    fixes: s.fixes.attempted.map((f) => `${f.class}/${f.category} ${f.status}`).sort(),
    pullRequests: s.pullRequests.map((p) => `${p.category} ${p.status} ${p.fixes}`).sort(),
    issues: s.issues.map((i) => `${i.fingerprint} ${i.category} ${i.status}`).sort(),
  };
}

describe('sharded runs heal once, in merge-reports', () => {
  let plain: GithubStandin;
  let merged: GithubStandin;
  before(async () => {
    const files = { 'README.md': '# shop\n' };
    plain = await startGithubStandin({ token: TOKEN, repos: [REPO], files });
    merged = await startGithubStandin({ token: TOKEN, repos: [REPO], files });
  });
  after(async () => {
    await plain?.close();
    await merged?.close();
  });

  test('3 shards + merge-reports = the unsharded run: one run folder, one PR per type, one issue per cluster', { timeout: 600_000 }, async () => {
    const unsharded = makeTempDir('unsharded');
    const sharded = makeTempDir('sharded');
    for (const dir of [unsharded, sharded]) {
      for (const [name, content] of Object.entries(FILES)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), content);
      }
    }

    const ghEnv = (s: GithubStandin) => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.url });
    const base = await run(unsharded, ['test'], ghEnv(plain));
    assert.equal(base.code, 1, base.output);

    for (const i of [1, 2, 3]) {
      const shard = await run(sharded, ['test', `--shard=${i}/3`], { SHARDED: '1', BLOB_DIR: `blob-${i}`, ...ghEnv(merged) });
      assert.match(shard.output, /healwright: shard run; triage, pull requests and issues happen once in `playwright merge-reports`/, shard.output);
    }
    // The shards made no run folder and sent nothing to GitHub: healing waits for the merge.
    assert.deepEqual(runFolders(sharded), []);
    assert.equal(merged.requests.length, 0, 'a shard talked to GitHub');
    assert.equal(readdirSync(path.join(sharded, 'healing-results', '.shards')).length, 3);

    mkdirSync(path.join(sharded, 'all-blob-reports'));
    for (const i of [1, 2, 3]) {
      for (const zip of readdirSync(path.join(sharded, `blob-${i}`))) cpSync(path.join(sharded, `blob-${i}`, zip), path.join(sharded, 'all-blob-reports', zip));
    }
    const merge = await run(sharded, ['merge-reports', '--config', 'merge.config.ts', './all-blob-reports'], ghEnv(merged));
    assert.equal(merge.code, 0, merge.output);

    assert.equal(runFolders(sharded).length, 1, `run folders: ${runFolders(sharded).join(', ')}`);
    assert.equal(runFolders(unsharded).length, 1);
    const a = summaryOf(unsharded);
    const b = summaryOf(sharded);
    assert.deepEqual(comparable(b), comparable(a));
    assert.deepEqual(b.totals, { ...b.totals, total: 6, passed: 4, failed: 2 });
    assert.deepEqual(b.pullRequests.map((p) => `${p.category} ${p.status}`), ['update-selectors opened']);
    assert.deepEqual(b.issues.map((i) => `${i.category} ${i.status}`), ['unknown created']);

    for (const s of [plain, merged]) {
      const repo = s.state.repo(REPO);
      const pulls = repo.pulls();
      assert.equal(pulls.length, 1, 'one PR per fix type');
      assert.deepEqual(pulls[0]?.labels.sort(), ['self-heal', 'update-selectors']);
      assert.match(pulls[0]?.pull?.head ?? '', /^heal\/fix-update-selectors-\d{8}-\d{6}$/);
      const head = repo.filesAt(pulls[0]?.pull?.head as string);
      assert.match(head['cart.spec.ts'] ?? '', /getByRole\('button', \{ name: 'Add to basket' \}\)/);
      assert.equal(repo.filesAt('main')['cart.spec.ts'], undefined, 'nothing was committed to the default branch');
      const issues = [...repo.issues.values()].filter((i) => !i.pull);
      assert.equal(issues.length, 1, 'one issue per cluster');
      assert.deepEqual(issues[0]?.labels.sort(), ['needs-investigation', 'self-heal']);
      assert.deepEqual(s.state.responseErrors, []);
    }
  });
});
