// Golden files of triage verdicts (the rule and reasons users read), shared by the corpus tests.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Asserts that `now` (case id -> what triage gave) equals the golden file at `file`, case by case. With
 * HEAL_UPDATE_GOLDEN=1 it rewrites the file instead and fails on purpose, so the diff gets reviewed.
 */
export function assertGolden(file: URL, now: Record<string, unknown>): void {
  const name = path.basename(fileURLToPath(file));
  if (process.env.HEAL_UPDATE_GOLDEN === '1') {
    writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
    assert.fail(`${name} rewritten (HEAL_UPDATE_GOLDEN=1): review its diff, then run again without it`);
  }
  const pinned = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(now).sort(), Object.keys(pinned).sort(), `the cases changed: rewrite ${name} (HEAL_UPDATE_GOLDEN=1)`);
  for (const id of Object.keys(pinned)) assert.deepEqual(now[id], pinned[id], id);
}
