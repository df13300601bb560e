// The mutation groups name files that exist, and the triage-rules group's one-process entry imports
// every triage test file (a new file left out would silently stop counting against the mutants).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// A plain .mjs script with no types: read as data.
const GROUPS_MODULE: string = '../../scripts/mutation-groups.mjs';
const { MUTATION_GROUPS } = (await import(GROUPS_MODULE)) as { MUTATION_GROUPS: Record<string, { mutate: string[]; tests: string[] }> };

test('every test file a group names exists (globs match at least one file)', () => {
  for (const [name, group] of Object.entries(MUTATION_GROUPS)) {
    for (const t of group.tests) {
      if (t.includes('*')) {
        const dir = path.join(ROOT, path.dirname(t));
        const suffix = path.basename(t).replace('*', '');
        assert.ok(readdirSync(dir).some((f) => f.endsWith(suffix)), `${name}: ${t} matches nothing`);
      } else assert.ok(existsSync(path.join(ROOT, t)), `${name}: ${t} does not exist`);
    }
  }
});

test('the triage-rules entry imports every test/triage/*.test.ts', () => {
  const entry = readFileSync(path.join(ROOT, 'test/triage/all-for-mutation.ts'), 'utf8');
  const files = readdirSync(path.join(ROOT, 'test/triage')).filter((f) => f.endsWith('.test.ts'));
  assert.ok(files.length >= 8);
  for (const f of files) assert.ok(entry.includes(`import './${f.replace(/\.ts$/, '.js')}';`), `all-for-mutation.ts does not import ${f}`);
});
