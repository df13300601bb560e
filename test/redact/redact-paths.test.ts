// Paths that used to skip redaction: configuration issues print the offending value.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatConfigIssue, resolveConfig } from '../../src/config/index.js';
import { redactClipped, redactText } from '../../src/redact/index.js';
import { GHP, luhnCard } from '../data/redact/fakes.js';

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

describe('redact: a text cut to a width is redacted before the cut', () => {
  const card = luhnCard(615);
  const cases: Array<[string, string, number, string]> = [
    // [name, text, width, what must not survive]
    ['a card number across the cut', `Account Contact for access Card on file: ${card.replace(/(\d{4})(?=\d)/g, '$1 ')} and more text`, 56, card.slice(0, 4) + ' ' + card.slice(4, 8)],
    ['a token across the cut', `deploy with ${GHP} now`, 24, GHP.slice(0, 10)],
    ['a token far past the cut is not read at all', `${'x '.repeat(400)}${GHP}`, 40, GHP.slice(0, 10)],
  ];
  for (const [name, text, width, secret] of cases) {
    test(name, () => {
      const out = redactClipped(text, width);
      assert.ok(out.length <= width, `${out.length} > ${width}`);
      assert.ok(!out.includes(secret), `${name}: kept ${JSON.stringify(out)}`);
    });
  }
  test('text under the width comes back redacted, uncut', () => {
    assert.equal(redactClipped(`token ${GHP}`, 200), redactText(`token ${GHP}`));
    assert.equal(redactClipped('plain words', 5), 'plai\u2026');
  });
});
