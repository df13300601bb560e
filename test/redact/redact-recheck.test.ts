import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, type Diagnostics } from 'recheck';
import { REDACTION_REGEXES } from '../../src/redact/index.js';

// recheck's fuzzer has wall-clock limits besides its step budgets. On a busy 2-core box the
// incubation and seeding ones (250/100 ms) fire early and flagged safe patterns as vulnerable, so
// they are off and the step budgets decide. The attack timeout gets 10x headroom; a real
// super-linear pattern still comes back 'vulnerable' (checked with a[^\n]{0,500}b[^\n]{0,500}c).
const PARAMS = { timeout: 120_000, attackTimeout: 10_000, incubationTimeout: null, seedingTimeout: null };

function explain(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 200)}`;
  if (d.status === 'unknown') return `unknown: ${JSON.stringify(d.error)}`;
  return 'safe';
}

describe('every redaction regex is ReDoS-safe (recheck)', () => {
  for (const { name, regex } of REDACTION_REGEXES) {
    test(`${name}: /${regex.source.slice(0, 60)}${regex.source.length > 60 ? '…' : ''}/${regex.flags}`, { timeout: 180_000 }, async () => {
      const diagnostics = await check(regex.source, regex.flags, PARAMS);
      assert.equal(diagnostics.status, 'safe', `${name}: ${explain(diagnostics)}`);
    });
  }
});
