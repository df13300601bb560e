import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preflight, sha256File, type PreflightContext } from '../../../src/class-b/verify/index.js';
import type { PatchProposal, SourceEdit } from '../../../src/class-b/types.js';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-preflight-')));
const repo = path.join(base, 'repo');
mkdirSync(path.join(repo, 'e2e', 'data'), { recursive: true });
mkdirSync(path.join(base, 'outside'));
const SPEC = [
  `import { test, expect } from '@playwright/test';`,
  `test('saves', async ({ page }) => {`,
  `  await page.getByText('Save').click();`,
  `  await expect(page.getByText('Saved')).toBeVisible({ timeout: 5000 });`,
  `  await expect(page.getByRole('heading')).toHaveText('Welcome back');`,
  `});`,
  '',
].join('\n');
const specFile = path.join(repo, 'e2e', 'save.spec.ts');
const past = new Date(Date.now() - 60_000);
function reset(): void {
  writeFileSync(specFile, SPEC);
  utimesSync(specFile, past, past);
}
reset();
writeFileSync(path.join(repo, 'package.json'), '{}\n');
writeFileSync(path.join(base, 'outside', 'x.spec.ts'), SPEC);
symlinkSync(path.join(base, 'outside', 'x.spec.ts'), path.join(repo, 'e2e', 'linked.spec.ts'));

const ctx: PreflightContext = { repoRoot: repo, configDir: repo, testDirs: ['e2e'], allowedPaths: [], maxPatchLines: 3, runStartedAt: Date.now() - 1_000 };

function p(edits: SourceEdit[]): PatchProposal {
  return { category: 'update-selectors', testIds: ['t1'], fingerprint: 'fp', edits, reasoning: 'r', confidence: 0.8, source: 'llm' };
}
const line = (n: number) => SPEC.split('\n')[n - 1] as string;
const edit = (n: number, after: string, file = specFile): SourceEdit => ({ file, line: n, before: line(n), after });

describe('preflight', () => {
  test('a clean locator fix passes and comes with its diff', () => {
    reset();
    const res = preflight(p([edit(3, `  await page.getByRole('button', { name: 'Save' }).click();`)]), ctx);
    assert.equal(res.ok, true);
    if (!res.ok) return;
    assert.equal(res.changedLines, 1);
    assert.equal(res.files.length, 1);
    assert.match(res.diff, /^diff --git a\/e2e\/save\.spec\.ts b\/e2e\/save\.spec\.ts\n/);
    assert.match(res.diff, /\n- {2}await page\.getByText\('Save'\)\.click\(\);\n\+ {2}await page\.getByRole\('button', \{ name: 'Save' \}\)\.click\(\);\n/);
  });

  const refusals: [string, () => PatchProposal, RegExp, Partial<PreflightContext>?][] = [
    ['no edits', () => p([]), /has no edits/],
    ['an edit that changes nothing', () => p([edit(3, line(3))]), /changes nothing/],
    ['a patch over maxPatchLines', () => p([edit(3, "  await page.getByText('A').click();"), edit(5, "  await expect(page.getByRole('heading')).toHaveText('B');"), edit(2, "test('saves!', async ({ page }) => {"), edit(1, `import { test, expect } from '@playwright/test' ;`)]), /changes 4 lines, more than maxPatchLines \(3\); raise maxPatchLines/],
    ['a stale before', () => p([{ file: specFile, line: 3, before: `  await page.getByText('Submit').click();`, after: `  await page.getByText('Send').click();` }]), /does not apply cleanly: e2e\/save\.spec\.ts: line 3 is now/],
    ['a missing file', () => p([{ file: path.join(repo, 'e2e', 'gone.spec.ts'), line: 1, before: 'a', after: 'b' }]), /e2e\/gone\.spec\.ts does not exist/],
    ['package.json', () => p([{ file: path.join(repo, 'package.json'), line: 1, before: '{}', after: '{"scripts":{}}' }]), /declares dependencies/],
    ['a symlink escaping the repo', () => p([edit(3, "  await page.getByText('Send').click();", path.join(repo, 'e2e', 'linked.spec.ts'))]), /resolves \(through a symlink\) to .*outside the repository/],
    ['a path outside the repo', () => p([edit(3, "  await page.getByText('Send').click();", path.join(base, 'outside', 'x.spec.ts'))]), /outside the repository/],
    ['a weakened assertion (timeout)', () => p([edit(4, `  await expect(page.getByText('Saved')).toBeVisible({ timeout: 60000 });`)]), /e2e\/save\.spec\.ts:4: rule literal-position: .*changes a timeout/],
    ['a skipped test', () => p([edit(2, `test.skip('saves', async ({ page }) => {`)]), /e2e\/save\.spec\.ts:2: rule code: .*adds \.skip/],
    ['a regex in an assertion', () => p([edit(5, `  await expect(page.getByRole('heading')).toHaveText(/Welcome/);`)]), /rule code: .*a regular expression would accept more than the exact value/],
    ['a file not under the allowed paths', () => p([edit(3, "  await page.getByText('Send').click();")]), /matches none of allowedPaths \(e2e\/data\/\*\*\)/, { allowedPaths: ['e2e/data/**'] }],
  ];
  for (const [name, make, reason, over] of refusals) {
    test(`refuses ${name}`, () => {
      reset();
      const res = preflight(make(), { ...ctx, ...over });
      assert.equal(res.ok, false);
      assert.match(res.ok ? '' : res.reason, reason);
    });
  }

  test('refuses a file modified after the run started', () => {
    reset();
    const fix = p([edit(3, "  await page.getByText('Send').click();")]);
    assert.equal(preflight(fix, ctx).ok, true);
    const later = new Date(Date.now() + 5_000);
    utimesSync(specFile, later, later);
    const res = preflight(fix, ctx);
    assert.equal(res.ok, false);
    assert.match(res.ok ? '' : res.reason, /e2e\/save\.spec\.ts changed since the run \(modified .*, after the run started\); re-run the tests/);
  });

  test('a recorded hash decides over the mtime', () => {
    reset();
    const fix = p([edit(3, "  await page.getByText('Send').click();")]);
    const hash = sha256File(specFile);
    const later = new Date(Date.now() + 5_000);
    utimesSync(specFile, later, later);
    // Touched but identical: the content hash says it is unchanged.
    assert.equal(preflight(fix, { ...ctx, fileHashes: new Map([[specFile, hash]]) }).ok, true);
    // Same line 3 but another line changed: only the hash notices.
    writeFileSync(specFile, SPEC.replace('Welcome back', 'Welcome home'));
    utimesSync(specFile, past, past);
    const res = preflight(fix, { ...ctx, fileHashes: { [specFile]: hash } });
    assert.equal(res.ok, false);
    assert.match(res.ok ? '' : res.reason, /changed since the run \(its content hash differs\)/);
    assert.equal(preflight(fix, ctx).ok, true, 'without a hash the old mtime lets it through');
  });
});

describe('preflight: a page object\'s exported selectors, used by the specs that import them', () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'hw-preflight-po-')));
  mkdirSync(path.join(dir, 'e2e', 'pages'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  const PAGE = `export const SEL = {\n  body: '.tabulator-tableHolder',\n};\n`;
  const pageFile = path.join(dir, 'e2e', 'pages', 'orders-page.ts');
  const write = (specBody: string) => {
    writeFileSync(pageFile, PAGE);
    writeFileSync(path.join(dir, 'e2e', 'orders.spec.ts'), `import { test } from '@playwright/test';\nimport { SEL } from './pages/orders-page';\ntest('t', async ({ page }) => {\n  ${specBody}\n});\n`);
    for (const f of [pageFile, path.join(dir, 'e2e', 'orders.spec.ts')]) utimesSync(f, past, past);
  };
  const fix = p([{ file: pageFile, line: 2, before: "  body: '.tabulator-tableHolder',", after: "  body: '.tabulator-tableholder',"  }]);
  const poCtx: PreflightContext = { repoRoot: dir, configDir: dir, testDirs: ['e2e'], allowedPaths: [], maxPatchLines: 3, runStartedAt: Date.now() - 1_000 };
  test('may change when every use in the suite is a locator', () => {
    write('await page.locator(SEL.body).click();');
    // A dependency's file that mentions the page object is not the suite's.
    writeFileSync(path.join(dir, 'node_modules', 'x', 'index.ts'), "import { SEL } from '../../e2e/pages/orders-page';\neval(SEL.body);\n");
    const res = preflight(fix, poCtx);
    assert.equal(res.ok, true, res.ok ? '' : res.reason);
  });
  test('stays code when a spec passes one to code', () => {
    write('await page.evaluate(SEL.body);');
    const res = preflight(fix, poCtx);
    assert.equal(res.ok, false);
    assert.match(res.ok ? '' : res.reason, /^e2e\/pages\/orders-page\.ts:2: rule literal-position: /);
  });
});
