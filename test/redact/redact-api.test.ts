import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  REDACTION_PATTERNS,
  REDACTION_REGEXES,
  REDACTION_TYPES,
  placeholderFor,
  redact,
  redactDeep,
  redactText,
} from '../../src/redact/index.js';
import { GHP, JWT_USER } from '../data/redact/fakes.js';

describe('redact: result shape', () => {
  test('counts by type and never carries the values', () => {
    const input = `token=${GHP} mail jane@acme-corp.io and bob@globex.com, pw password=hunter2`;
    const result = redact(input);
    assert.deepEqual(result.findings, { API_KEY: 1, EMAIL: 2, PASSWORD: 1 });
    assert.equal(result.count, 4);
    const serialised = JSON.stringify(result);
    for (const secret of [GHP, 'jane@acme-corp.io', 'bob@globex.com', 'hunter2']) {
      assert.ok(!serialised.includes(secret), `${secret} leaked`);
    }
  });

  test('empty and clean input', () => {
    assert.deepEqual(redact(''), { text: '', findings: {}, count: 0 });
    assert.deepEqual(redact('all 3 tests passed'), { text: 'all 3 tests passed', findings: {}, count: 0 });
  });

  test('redactText returns the text of redact', () => {
    const input = `Authorization: Bearer ${JWT_USER}`;
    assert.equal(redactText(input), 'Authorization: Bearer [REDACTED_JWT]');
    assert.equal(redactText(input), redact(input).text);
  });

  test('placeholders are [REDACTED_<TYPE>] for every type', () => {
    for (const type of REDACTION_TYPES) assert.equal(placeholderFor(type), `[REDACTED_${type}]`);
    assert.equal(REDACTION_TYPES.length, 13);
  });
});

describe('redact: options', () => {
  test('an allowlisted value is kept exactly, case-insensitively', () => {
    assert.equal(redactText('password=dummy-e2e-pass', { allowlist: ['DUMMY-E2E-PASS'] }), 'password=dummy-e2e-pass');
    assert.equal(redactText('password=other', { allowlist: ['dummy-e2e-pass'] }), 'password=[REDACTED_PASSWORD]');
  });

  test('an allowlisted domain keeps its addresses and subdomains only', () => {
    const text = 'qa@acme-corp.io ops@eu.acme-corp.io x@notacme-corp.io';
    assert.equal(redactText(text, { allowlist: ['acme-corp.io'] }), 'qa@acme-corp.io ops@eu.acme-corp.io [REDACTED_EMAIL]');
  });

  test('an allowlisted CIDR keeps addresses inside it', () => {
    const text = 'from 10.1.2.3 via 10.200.0.9 to 172.16.0.1';
    assert.equal(redactText(text, { allowlist: ['10.0.0.0/8'] }), 'from 10.1.2.3 via 10.200.0.9 to [REDACTED_IP]');
    assert.equal(redactText(text), 'from [REDACTED_IP] via [REDACTED_IP] to [REDACTED_IP]');
  });

  test('a global allowlist RegExp works on every call (no lastIndex drift)', () => {
    const options = { allowlist: [/^svc-bot@/g] };
    for (let i = 0; i < 3; i++) {
      assert.equal(redactText('svc-bot@globex.com jane@globex.com', options), 'svc-bot@globex.com [REDACTED_EMAIL]');
    }
  });

  test('extra patterns run after the built-in ones; pre/post groups are kept', () => {
    const options = {
      patterns: [
        { name: 'acme-license', type: 'API_KEY' as const, regex: /ACME-LIC-[0-9A-F]{8}/ },
        { name: 'employee-id', type: 'TOKEN' as const, regex: /(?<pre>employee #)\d{5}(?<post>!?)/g },
      ],
    };
    const result = redact('key ACME-LIC-00FF12AB for employee #48213! and ACME-LIC-DEADBEEF', options);
    assert.equal(result.text, 'key [REDACTED_API_KEY] for employee #[REDACTED_TOKEN]! and [REDACTED_API_KEY]');
    assert.deepEqual(result.findings, { API_KEY: 2, TOKEN: 1 });
    // The defaults are untouched by a call with options.
    assert.equal(redactText('ACME-LIC-00FF12AB'), 'ACME-LIC-00FF12AB');
  });
});

describe('redactDeep', () => {
  test('redacts strings at any depth and whole values under secret keys', () => {
    const input = {
      user: { email: 'jane@acme-corp.io', password: 'x', apiKey: 12345, maxTokens: 4096, authorization: 'Token abc' },
      logs: ['GET /me?token=abc123 401', 'ok', 42, null, true],
      nested: [{ client_secret: 'cs-1', refreshToken: 'rt-1', note: 'call (555) 123-4567' }],
      empty: { password: '' },
    };
    const before = JSON.stringify(input);
    const out = redactDeep(input);
    assert.deepEqual(out, {
      user: {
        email: '[REDACTED_EMAIL]',
        password: '[REDACTED_PASSWORD]',
        apiKey: '[REDACTED_API_KEY]',
        maxTokens: 4096,
        authorization: '[REDACTED_TOKEN]',
      },
      logs: ['GET /me?token=[REDACTED_TOKEN] 401', 'ok', 42, null, true],
      nested: [{ client_secret: '[REDACTED_PASSWORD]', refreshToken: '[REDACTED_TOKEN]', note: 'call [REDACTED_PHONE]' }],
      empty: { password: '' },
    });
    assert.equal(JSON.stringify(input), before, 'input must not be mutated');
  });

  test('objects under secret keys are walked, not replaced', () => {
    assert.deepEqual(redactDeep({ auth: { username: 'jane', password: 'pw' } }), {
      auth: { username: 'jane', password: '[REDACTED_PASSWORD]' },
    });
  });

  test('keys are redacted too', () => {
    assert.deepEqual(redactDeep({ 'jane@acme-corp.io': { visits: 3 } }), { '[REDACTED_EMAIL]': { visits: 3 } });
  });

  test('cycles, class instances and primitives', () => {
    const when = new Date(0);
    const cyclic: Record<string, unknown> = { name: 'loop', when };
    cyclic.self = cyclic;
    const out = redactDeep(cyclic) as Record<string, unknown>;
    assert.equal(out.self, '[Circular]');
    assert.equal(out.when, when);
    assert.equal(redactDeep('bob@globex.com'), '[REDACTED_EMAIL]');
    assert.equal(redactDeep(7), 7);
    assert.equal(redactDeep(null), null);
    assert.equal(redactDeep(undefined), undefined);
  });

  test('errors become plain objects with redacted message and stack', () => {
    const error = new Error('login failed for jane@acme-corp.io with password=hunter2');
    const out = redactDeep({ error }) as { error: { name: string; message: string; stack?: string } };
    assert.equal(out.error.name, 'Error');
    assert.equal(out.error.message, 'login failed for [REDACTED_EMAIL] with password=[REDACTED_PASSWORD]');
    assert.ok(out.error.stack?.startsWith('Error: login failed for [REDACTED_EMAIL] with password=[REDACTED_PASSWORD]'));
  });

  test('a shared (non-cyclic) object is redacted at each place', () => {
    const shared = { token: 't-1' };
    assert.deepEqual(redactDeep({ a: shared, b: shared }), { a: { token: '[REDACTED_TOKEN]' }, b: { token: '[REDACTED_TOKEN]' } });
  });

  test('options reach nested strings', () => {
    assert.deepEqual(redactDeep({ to: ['qa@acme-corp.io', 'x@globex.com'] }, { allowlist: ['acme-corp.io'] }), {
      to: ['qa@acme-corp.io', '[REDACTED_EMAIL]'],
    });
  });
});

describe('REDACTION_PATTERNS', () => {
  test('every pattern is global, uniquely named, with lower-case literals', () => {
    const names = new Set<string>();
    for (const p of REDACTION_PATTERNS) {
      assert.ok(p.regex.global, `${p.name} is not global`);
      assert.ok(!p.regex.sticky, `${p.name} is sticky`);
      assert.ok(!names.has(p.name), `${p.name} twice`);
      names.add(p.name);
      for (const literal of p.literals ?? []) assert.equal(literal, literal.toLowerCase(), `${p.name}: ${literal}`);
    }
  });

  test('the regex inventory covers every pattern', () => {
    const inventory = new Set(REDACTION_REGEXES.map((r) => r.regex));
    for (const p of REDACTION_PATTERNS) assert.ok(inventory.has(p.regex), `${p.name} missing from REDACTION_REGEXES`);
  });
});

describe('redact: repeated values', () => {
  // isSecretValue keeps its last answer for a repeated (value, next character, key): each part must
  // count, or the answer for one assignment leaks into the next.
  test('the same value after another key, or before a call, is judged again', () => {
    // `token: token` is shorthand code (the value is the key's own name); `password: token` is a value.
    assert.equal(redactText('password: token\ntoken: token\npassword: token'), 'password: [REDACTED_PASSWORD]\ntoken: token\npassword: [REDACTED_PASSWORD]');
    // `token=getToken(` is a call, the same word before a space is a value.
    assert.equal(redactText('token=s3cretValue9 token=s3cretValue9('), 'token=[REDACTED_TOKEN] token=s3cretValue9(');
    assert.equal(redactText('token=s3cretValue9( token=s3cretValue9'), 'token=s3cretValue9( token=[REDACTED_TOKEN]');
  });

  test('a value repeated thousands of times is replaced every time', () => {
    const line = 'password: hunter2 ';
    const result = redact(line.repeat(5000));
    assert.equal(result.count, 5000);
    assert.equal(result.text, 'password: [REDACTED_PASSWORD] '.repeat(5000));
  });
});
