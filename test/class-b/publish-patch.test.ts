// filesFromPatch reads a patch from a run folder, which the test job (untrusted code) could have
// rewritten: it must only ever change existing files inside the checkout, and say why it refuses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { filesFromPatch, PatchApplyError } from '../../src/class-b/publish-patch.js';
import { renderFileDiff } from '../../src/class-b/patch-file.js';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hw-publish-patch-'));
  mkdirSync(path.join(dir, 'tests'));
  writeFileSync(path.join(dir, 'tests/a.spec.ts'), "line 1\nawait page.getByRole('button', { name: 'Place order' })\nline 3\n");
  return dir;
}

const GOOD = renderFileDiff('tests/a.spec.ts', "line 1\nawait page.getByRole('button', { name: 'Place order' })\nline 3\n", "line 1\nawait page.getByRole('button', { name: 'Place your order' })\nline 3\n");

describe('filesFromPatch', () => {
  test('a patch the reporter wrote applies to the checkout', () => {
    assert.deepEqual(filesFromPatch(repo(), GOOD, 'pull-requests/update-selectors.patch'), [
      { path: 'tests/a.spec.ts', content: "line 1\nawait page.getByRole('button', { name: 'Place your order' })\nline 3\n" },
    ]);
  });

  const hostile: { name: string; patch: string; message: RegExp }[] = [
    { name: 'a path above the repository', patch: GOOD.replaceAll('tests/a.spec.ts', '../outside.ts'), message: /is not a file inside the repository/ },
    { name: 'an absolute path', patch: GOOD.replaceAll('a/tests/a.spec.ts', '/etc/passwd').replaceAll('b/tests/a.spec.ts', '/etc/passwd'), message: /is not a file inside the repository/ },
    { name: 'git internals', patch: GOOD.replaceAll('tests/a.spec.ts', '.git/config'), message: /is not a file inside the repository/ },
    { name: 'a new file', patch: GOOD.replaceAll('tests/a.spec.ts', 'tests/new.spec.ts'), message: /is not in .*check out the commit the heal job tested/ },
    { name: 'a rename', patch: GOOD.replace('+++ b/tests/a.spec.ts', '+++ b/tests/b.spec.ts'), message: /renames .* healwright patches never rename files/ },
    { name: 'a file that changed since the run', patch: GOOD.replaceAll("name: 'Place order'", "name: 'Checkout'"), message: /does not apply to tests\/a\.spec\.ts/ },
    { name: 'no changes at all', patch: 'not a patch\n', message: /holds no file changes/ },
  ];
  for (const h of hostile) {
    test(`refuses ${h.name}, naming the patch file`, () => {
      assert.throws(
        () => filesFromPatch(repo(), h.patch, 'pull-requests/update-selectors.patch'),
        (err: unknown) => err instanceof PatchApplyError && h.message.test(err.message) && err.message.includes('update-selectors.patch'),
      );
    });
  }
});
