// Patches that failed verification are kept as drafts in the run folder: numbered per category,
// every text redacted, the re-run's results and the reason in the .md beside the patch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDrafts, type Draft } from '../../src/class-b/drafts.js';
import { redactText } from '../../src/redact/index.js';
import type { PatchProposal } from '../../src/class-b/types.js';

const TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

function draft(category: PatchProposal['category'], diff: string, reason: string): Draft {
  return {
    proposal: { category, testIds: ['t1'], fingerprint: 'fp', edits: [], reasoning: `button renamed (token ${TOKEN})`, confidence: 0.9, source: 'rules' },
    reason,
    diff,
    before: [{ key: 'shop › a.spec.ts › buys', status: 'failed' }],
    after: [{ key: 'shop › a.spec.ts › buys', status: 'failed', durationMs: 10, error: `Expected pattern | at line 4 with ${TOKEN}` }],
  };
}

test('numbered per category, redacted, with the reason and the re-run results', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-'));
  const diff = `diff --git a/a.spec.ts b/a.spec.ts\n-  old\n+  new // ${TOKEN}\n`;
  const paths = writeDrafts(dir, [draft('update-selectors', diff, 'the test still fails'), draft('update-test-data', diff, 'another reason'), draft('update-selectors', '', 'no diff')], redactText);
  assert.deepEqual(paths, ['drafts/update-selectors-1.patch', 'drafts/update-test-data-1.patch', 'drafts/update-selectors-2.patch']);
  const patch = readFileSync(path.join(dir, paths[0] as string), 'utf8');
  assert.equal(patch, redactText(diff));
  assert.ok(!patch.includes(TOKEN) && patch.includes('+  new'), patch);
  const md = readFileSync(path.join(dir, 'drafts/update-selectors-1.md'), 'utf8');
  assert.ok(!md.includes(TOKEN), md);
  assert.match(md, /^Why: the test still fails$/m);
  assert.match(md, /^\| shop › a\.spec\.ts › buys \| failed \| failed \| Expected pattern \\\| at line 4 with /m);
  assert.match(md, /^```diff\n/m);
  assert.equal(readFileSync(path.join(dir, 'drafts/update-selectors-2.patch'), 'utf8'), '');
  assert.match(readFileSync(path.join(dir, 'drafts/update-selectors-2.md'), 'utf8'), /^Why: no diff$/m);
});

test('nothing failed: no drafts folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-'));
  assert.deepEqual(writeDrafts(dir, [], redactText), []);
  assert.equal(existsSync(path.join(dir, 'drafts')), false);
});
