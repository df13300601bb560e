// Paths that used to skip redaction: configuration issues print the offending value.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConfigIssue, resolveConfig } from '../../src/config/index.js';
import { GHP } from '../data/redact/fakes.js';

describe('redact: configuration issues never print a secret', () => {
  const plain = 'Plain-' + GHP.slice(4, 20);
  const cases: Array<[string, Record<string, unknown>]> = [
    ['github.token of the wrong type', { github: { token: { value: GHP } } }],
    ['github.token with a non-vendor value and a typo in a sibling', { github: { token: 42, tokn: plain } }],
    ['a mistyped top-level key holding a token', { gihub: { token: plain } }],
    ['a vendor key in an unknown option', { slackWebhook: `https://hooks.slack.com/services/T0000/B0000/${GHP.slice(4)}` }],
  ];
  for (const [name, options] of cases) {
    test(name, () => {
      const { issues } = resolveConfig({ options, env: {} });
      assert.ok(issues.length > 0, 'expected an issue');
      const text = issues.map(formatConfigIssue).join('\n') + JSON.stringify(issues);
      for (const secret of [GHP, plain, GHP.slice(4)]) assert.ok(!text.includes(secret), `${name}: leaked in ${text}`);
    });
  }
});
