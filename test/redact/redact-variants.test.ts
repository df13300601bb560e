// Every documented prefix of each vendor format, one at a time: narrowing a prefix set (xox[bp] for
// xox[abposr], sk_live for (sk|rk|pk)_(live|test), AKIA for AKIA/ASIA/ABIA/ACCA) must turn this red.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/redact/index.js';
import { fake } from '../data/redact/fakes.js';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

const variants: [name: string, secret: string, type: string][] = [
  ...['xoxb', 'xoxp', 'xoxa', 'xoxo', 'xoxs', 'xoxr'].map((p, i): [string, string, string] => [`Slack ${p}`, `${p}-${fake(11, 40 + i, '0123456789')}-${fake(24, 50 + i)}`, 'API_KEY']),
  ...['sk_live', 'sk_test', 'rk_live', 'rk_test', 'pk_live', 'pk_test'].map((p, i): [string, string, string] => [`Stripe ${p}`, `${p}_${fake(24, 60 + i)}`, 'API_KEY']),
  ...['AKIA', 'ASIA', 'ABIA', 'ACCA'].map((p, i): [string, string, string] => [`AWS ${p}`, `${p}${fake(16, 70 + i, UPPER_DIGITS)}`, 'AWS_KEY']),
  ...['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p, i): [string, string, string] => [`GitHub ${p}_`, `${p}_${fake(36, 80 + i)}`, 'API_KEY']),
  ...['AC', 'SK'].map((p, i): [string, string, string] => [`Twilio ${p}`, `${p}${fake(32, 90 + i, HEX)}`, 'TWILIO']),
];

describe('redact: every prefix of each vendor format', () => {
  for (const [name, secret, type] of variants) {
    test(name, () => {
      for (const text of [`using ${secret} for the call`, `KEY="${secret}"`, `{"token":"${secret}"}`]) {
        const r = redact(text);
        assert.ok(!r.text.includes(secret), `${name} leaked in ${JSON.stringify(r.text)}`);
        assert.equal(r.text, text.replace(secret, `[REDACTED_${type}]`));
      }
    });
  }
});
