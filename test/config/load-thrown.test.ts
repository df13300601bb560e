import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadHealConfig, loadHealConfigSync } from '../../src/config/load.js';

/** A folder holding one healing.config file with `body`. */
function folderWith(name: string, body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'healwright-config-thrown-'));
  writeFileSync(path.join(dir, name), body);
  return dir;
}

describe('a healing.config that throws something other than an Error', () => {
  for (const [thrown, says] of [
    ['null', 'null'],
    ['undefined', 'undefined'],
    ["'plain text'", 'plain text'],
    ["{ message: 'an error-like object' }", 'an error-like object'],
  ] as const) {
    test(`throw ${thrown}: a configuration problem that names the file and what was thrown; the run is a dry run`, async () => {
      const dir = folderWith('healing.config.cjs', `throw ${thrown};\n`);
      const file = path.join(dir, 'healing.config.cjs');
      for (const loaded of [loadHealConfigSync({ configDir: dir, env: {} }), await loadHealConfig({ configDir: dir, env: {} })]) {
        assert.equal(loaded.fileError, `Could not load ${file}: ${says}`);
        assert.equal(loaded.resolved.config.dryRun, true);
        assert.equal(loaded.resolved.sideEffectsDisabled, true);
      }
    });
  }
});
