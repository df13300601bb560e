import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULT_NAMES } from '../../demo/src/index.js';
import { FAULT_MATRIX } from '../../e2e/fault-matrix.js';

const E2E = fileURLToPath(new URL('../../e2e', import.meta.url));

/** Every always-defined test title in the e2e specs (top-level `test(`), with its project (folder). */
function specTitles(): { title: string; project: string }[] {
  const out: { title: string; project: string }[] = [];
  for (const project of ['setup', 'health', 'contracts', 'modules', 'security']) {
    for (const file of readdirSync(join(E2E, project)).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(E2E, project, file), 'utf8');
      for (const m of source.matchAll(/^test\('((?:[^'\\]|\\.)+)'/gm)) out.push({ title: m[1] ?? '', project });
    }
  }
  return out;
}

describe('e2e fault matrix', () => {
  const titles = specTitles();

  test('the suite has 15-25 tests with unique titles', () => {
    assert.ok(titles.length >= 15 && titles.length <= 25, `${titles.length} tests`);
    assert.equal(new Set(titles.map((t) => t.title)).size, titles.length);
  });

  test('covers every demo fault once, with the category healwright should give it', () => {
    assert.deepEqual(FAULT_MATRIX.map((e) => e.fault).sort(), [...FAULT_NAMES].sort());
    assert.deepEqual(Object.fromEntries(FAULT_MATRIX.map((e) => [e.fault, e.category])), {
      'api-500': 'restart-backend',
      'sessions-invalid': 'clear-session',
      'tokens-expired': 'refresh-tokens',
      'ui-renamed': 'update-selectors',
      'route-moved': 'fix-api-routes',
      'data-changed': 'update-test-data',
      slow: 'performance',
      'security-header-missing': 'security',
      'js-error': 'unknown',
    });
  });

  test('names real tests, in the projects it says, and never the setup project', () => {
    for (const entry of FAULT_MATRIX) {
      assert.ok(entry.tests.length > 0, entry.fault);
      const projects = new Set<string>();
      for (const title of entry.tests) {
        const spec = titles.find((t) => t.title === title);
        assert.ok(spec, `${entry.fault}: no e2e test titled "${title}"`);
        projects.add(spec.project);
      }
      assert.deepEqual([...projects].sort(), [...entry.projects].sort(), entry.fault);
      assert.ok(entry.projects.includes(entry.project), `${entry.fault}: primary project ${entry.project}`);
      assert.ok(!projects.has('setup'), `${entry.fault} must not break setup`);
    }
  });
});
