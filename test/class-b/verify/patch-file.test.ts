import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyEdits, PatchConflictError, renderUnifiedPatch } from '../../../src/class-b/verify/index.js';
import { HealwrightError } from '../../../src/common/errors.js';
import type { PatchProposal, SourceEdit } from '../../../src/class-b/types.js';

function proposal(edits: SourceEdit[], category: PatchProposal['category'] = 'update-selectors'): PatchProposal {
  return { category, testIds: ['t1'], fingerprint: 'fp1', edits, reasoning: 'because', confidence: 0.9, source: 'rules' };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('applyEdits', () => {
  test('replaces whole lines and keeps the rest byte for byte', () => {
    const out = applyEdits('a\nb\nc\n', [{ line: 2, before: 'b', after: 'B' }]);
    assert.equal(out, 'a\nB\nc\n');
  });
  test('keeps CRLF line endings', () => {
    assert.equal(applyEdits('a\r\nb\r\nc', [{ line: 2, before: 'b', after: 'B' }, { line: 3, before: 'c', after: 'C' }]), 'a\r\nB\r\nC');
  });
  test('identical duplicate edits are fine', () => {
    assert.equal(applyEdits('a\nb\n', [{ line: 1, before: 'a', after: 'A' }, { line: 1, before: 'a', after: 'A' }]), 'A\nb\n');
  });
  const conflicts: [string, string, { line: number; before: string; after: string }[], RegExp][] = [
    ['a changed line', 'a\nx\n', [{ line: 2, before: 'b', after: 'B' }], /line 2 is now "x", not "b"/],
    ['a line past the end', 'a\n', [{ line: 2, before: '', after: 'B' }], /line 2 does not exist \(the file has 1 lines\)/],
    ['line 0', 'a\n', [{ line: 0, before: 'a', after: 'B' }], /line 0 does not exist/],
    ['two different edits of one line', 'a\n', [{ line: 1, before: 'a', after: 'B' }, { line: 1, before: 'a', after: 'C' }], /two edits change line 1 in different ways/],
    ['a multi-line after', 'a\n', [{ line: 1, before: 'a', after: 'B\nC' }], /spans several lines/],
  ];
  for (const [name, content, edits, reason] of conflicts) {
    test(`refuses ${name}`, () => {
      const out = applyEdits(content, edits);
      assert.equal(typeof out, 'object');
      assert.match((out as { conflict: string }).conflict, reason);
    });
  }
});

describe('renderUnifiedPatch', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'hw-patch-'));
  git(repo, 'init', '-q');
  mkdirSync(path.join(repo, 'e2e', 'data'), { recursive: true });
  const spec = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
  writeFileSync(path.join(repo, 'e2e', 'login.spec.ts'), spec);
  writeFileSync(path.join(repo, 'e2e', 'data', 'users.json'), '{\r\n  "name": "Alice",\r\n  "role": "admin"\r\n}');
  git(repo, 'add', '-A');
  const specFile = path.join(repo, 'e2e', 'login.spec.ts');
  const dataFile = path.join(repo, 'e2e', 'data', 'users.json');
  const proposals = [
    proposal([{ file: specFile, line: 2, before: 'line 2', after: 'line two' }, { file: specFile, line: 15, before: 'line 15', after: 'line fifteen' }]),
    proposal([{ file: dataFile, line: 2, before: '  "name": "Alice",', after: '  "name": "Alicia",' }, { file: dataFile, line: 4, before: '}', after: '} ' }], 'update-test-data'),
  ];

  test('renders git-style headers and 3 lines of context', () => {
    const diff = renderUnifiedPatch(repo, proposals);
    assert.equal(
      diff.split('diff --git')[1],
      ' a/e2e/data/users.json b/e2e/data/users.json\n--- a/e2e/data/users.json\n+++ b/e2e/data/users.json\n@@ -1,4 +1,4 @@\n {\r\n-  "name": "Alice",\r\n+  "name": "Alicia",\r\n   "role": "admin"\r\n-}\n\\ No newline at end of file\n+} \n\\ No newline at end of file\n',
    );
    const specDiff = 'diff --git' + diff.split('diff --git')[2];
    assert.equal(
      specDiff,
      'diff --git a/e2e/login.spec.ts b/e2e/login.spec.ts\n--- a/e2e/login.spec.ts\n+++ b/e2e/login.spec.ts\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n@@ -12,7 +12,7 @@\n line 12\n line 13\n line 14\n-line 15\n+line fifteen\n line 16\n line 17\n line 18\n',
    );
  });

  test('git apply --check accepts it, and applying it gives what applyEdits gives', () => {
    const diff = renderUnifiedPatch(repo, proposals);
    const patchFile = path.join(repo, '..', `${path.basename(repo)}.patch`);
    writeFileSync(patchFile, diff);
    git(repo, 'apply', '--check', patchFile);
    git(repo, 'apply', patchFile);
    assert.equal(readFileSync(dataFile, 'utf8'), '{\r\n  "name": "Alicia",\r\n  "role": "admin"\r\n} ');
    assert.equal(readFileSync(specFile, 'utf8'), spec.replace('line 2\n', 'line two\n').replace('line 15\n', 'line fifteen\n'));
    git(repo, 'checkout', '--', '.');
  });

  test('a stale edit throws PatchConflictError naming the file and line', () => {
    assert.throws(
      () => renderUnifiedPatch(repo, [proposal([{ file: specFile, line: 3, before: 'line 2', after: 'x' }])]),
      (err: unknown) => err instanceof PatchConflictError && err instanceof HealwrightError && err.kind === 'conflict' && err.name === 'PatchConflictError' && err.file.endsWith('login.spec.ts') && /^e2e\/login\.spec\.ts: line 3 is now "line 3", not "line 2"\. Re-run the tests/.test(err.message),
    );
  });

  test('git apply --check rejects the patch once the file changed (the header really pins content)', () => {
    const diff = renderUnifiedPatch(repo, proposals.slice(0, 1));
    writeFileSync(specFile, spec.replace('line 2\n', 'line 2 changed\n'));
    const patchFile = path.join(repo, '..', `${path.basename(repo)}-2.patch`);
    writeFileSync(patchFile, diff);
    assert.throws(() => git(repo, 'apply', '--check', patchFile), /patch does not apply/);
    writeFileSync(specFile, spec);
  });
});
