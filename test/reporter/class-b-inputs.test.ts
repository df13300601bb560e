// The LLM's proposed edit enters the Class B pipeline as a whole-line proposal, with no more trust
// than a healer's: only a one-line edit whose "before" sits exactly once on the named line of a file
// inside the repository.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClusterAnalysisRecord } from '../../src/artifacts/summary.js';
import { llmProposal } from '../../src/heal/class-b-inputs.js';

function analysis(edit: { file: string; line: number; before: string; after: string }): ClusterAnalysisRecord {
  return {
    fingerprint: 'fp1',
    count: 1,
    provider: 'ollama',
    model: 'llama3.2',
    ok: true,
    rootCause: 'the button was renamed',
    ruleCategory: 'update-selectors',
    finalCategory: 'update-selectors',
    confidence: 0.8,
    investigationSteps: ['look'],
    proposedEdit: { ...edit, status: 'proposed' },
    attempts: 1,
    inputTokens: 1,
    outputTokens: 1,
    costUsd: 0,
    latencyMs: 1,
  };
}

describe('LLM edits as Class B proposals', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'healwright-llm-edit-'));
  mkdirSync(path.join(root, 'tests'));
  writeFileSync(path.join(root, 'tests/a.spec.ts'), "test('a', async ({ page }) => {\n  await page.getByRole('button', { name: 'Save' }).click();\n});\n");

  test('a one-line edit becomes a whole-line proposal marked as the LLM\'s', () => {
    const r = llmProposal(analysis({ file: 'tests/a.spec.ts', line: 2, before: "name: 'Save'", after: "name: 'Save changes'" }), 'update-selectors', ['t1'], root);
    assert.ok(r.proposal, r.refused);
    assert.equal(r.proposal.source, 'llm');
    assert.deepEqual(r.proposal.edits, [
      { file: path.join(root, 'tests/a.spec.ts'), line: 2, before: "  await page.getByRole('button', { name: 'Save' }).click();", after: "  await page.getByRole('button', { name: 'Save changes' }).click();" },
    ]);
  });

  test('refused: outside the repository, wrong line, multi-line, unreadable file', () => {
    const cases: [Parameters<typeof analysis>[0], RegExp][] = [
      [{ file: '../outside.ts', line: 1, before: 'a', after: 'b' }, /outside the repository/],
      [{ file: 'tests/a.spec.ts', line: 1, before: "name: 'Save'", after: 'x' }, /not on tests\/a\.spec\.ts:1 exactly once/],
      [{ file: 'tests/a.spec.ts', line: 2, before: "name: 'Save' })\n", after: 'x' }, /multi-line/],
      [{ file: 'tests/missing.ts', line: 2, before: 'a', after: 'b' }, /cannot be read/],
    ];
    for (const [edit, why] of cases) assert.match(llmProposal(analysis(edit), 'update-selectors', ['t1'], root).refused ?? '', why);
  });
});
