// PR dedupe by fingerprint markers: a run comments on an open heal PR only when that PR already
// carries EVERY fix of the run (same set or a subset); a partial overlap or a disjoint set opens a PR.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GithubClient } from '../../src/github/index.js';
import { redactText } from '../../src/redact/index.js';
import { publishFixes } from '../../src/class-b/publish.js';
import type { VerifiedFix } from '../../src/class-b/pull-request.js';
import { startGithubStandin, type GithubStandin } from '../standins/github.js';
import { FAST } from '../github/helpers.js';
import { tree } from './helpers.js';

const TOKEN = 'ghs_dedupeStandinToken0123456789abcdefgh';
const REPO = 'acme/shop';
const NAMES = ['Save', 'Open', 'Close', 'Print'] as const;
const FP: Record<(typeof NAMES)[number], string> = { Save: 'aaaaaaaaaaa1', Open: 'bbbbbbbbbbb2', Close: 'ccccccccccc3', Print: 'ddddddddddd4' };
const line = (n: string) => `  await page.getByRole('button', { name: '${n}' }).click();`;
const SPEC = `import { test } from '@playwright/test';\ntest('buttons', async ({ page }) => {\n${NAMES.map(line).join('\n')}\n});\n`;

describe('PR dedupe by markers', () => {
  let github: GithubStandin;
  let root: string;
  let api: GithubClient;
  before(async () => {
    github = await startGithubStandin({ token: TOKEN, repos: [REPO], files: { 'tests/b.spec.ts': SPEC } });
    root = tree({ 'tests/b.spec.ts': SPEC });
    execFileSync('git', ['init', '-q'], { cwd: root });
    api = new GithubClient({ token: TOKEN, owner: 'acme', repo: 'shop', apiUrl: github.url, ...FAST });
  });
  after(() => github?.close());

  const fix = (n: (typeof NAMES)[number]): VerifiedFix => ({
    proposal: {
      category: 'update-selectors',
      testIds: [`t-${n}`],
      fingerprint: FP[n],
      edits: [{ file: path.join(root, 'tests/b.spec.ts'), line: 3 + NAMES.indexOf(n), before: line(n), after: line(`${n} now`) }],
      reasoning: `button "${n}" is now "${n} now"`,
      confidence: 0.9,
      source: 'rules',
    },
    diff: '',
    before: [{ key: `p › tests/b.spec.ts › ${n}`, status: 'failed' }],
    after: [{ key: `p › tests/b.spec.ts › ${n}`, status: 'passed', durationMs: 10 }],
  });
  let minute = 0;
  const publish = (...names: (typeof NAMES)[number][]) =>
    publishFixes({
      category: 'update-selectors',
      fixes: names.map(fix),
      ctx: { runId: `run-${minute}`, startedAt: '2026-11-27T12:00:00.000Z', repoRoot: root, tests: new Map(), runDir: 'healing-results/run-x', redact: redactText },
      runDir: path.join(root, 'healing-results', `run-${minute}`),
      github: { client: api },
      dryRun: false,
      reviewers: [],
      labels: [],
      now: new Date(Date.UTC(2026, 10, 27, 12, minute++)),
      log: () => {},
    });

  test('same set and subset comment; partial overlap and disjoint sets open new PRs', async () => {
    const repo = () => github.state.repo(REPO);
    const first = await publish('Save', 'Open');
    assert.equal(first.status, 'opened', first.reason);

    const same = await publish('Save', 'Open');
    assert.deepEqual([same.status, same.number], ['commented', first.number]);
    const subset = await publish('Open');
    assert.deepEqual([subset.status, subset.number], ['commented', first.number]);
    assert.equal(repo().pulls().length, 1);

    const partial = await publish('Save', 'Close');
    assert.equal(partial.status, 'opened', 'a PR that lacks one of the fixes is not a duplicate');
    assert.notEqual(partial.number, first.number);
    const disjoint = await publish('Print');
    assert.equal(disjoint.status, 'opened');
    assert.equal(repo().pulls().length, 3);
    assert.deepEqual(github.state.responseErrors, []);
  });
});
