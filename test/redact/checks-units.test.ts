// The redactor's value judgements one by one (value-checks.ts, allowlist.ts, checksums.ts,
// secret-names.ts): what is a secret value, what is kept and why, which numbers are cards, which key
// names are secret. Each case names the one rule it exercises, so a rule that changes turns a case red.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BlockList, isIPv6 } from 'node:net';
import { forgetLastValue, isSecretValue, isTemplateValue, splitQuotes } from '../../src/redact/value-checks.js';
import { Allowlist, COOKIE_ATTRIBUTES, DEFAULT_ALLOWED_DOMAINS, DEFAULT_ALLOWED_NETWORKS, DEFAULT_ALLOWLIST, ENCODED_AT, KEEP_LIST, isKeptCookieName } from '../../src/redact/allowlist.js';
import { hasNonLetter, isBasicCredential, isCardNumber, isIssuableSsn, looksRandom, luhnValid } from '../../src/redact/checksums.js';
import { SECRET_SUFFIX, SECRET_WORD, isSecretKeyName, isSecretObjectKey, secretTypeForKey } from '../../src/redact/secret-names.js';
import { REDACTION_TYPES } from '../../src/redact/types.js';

// Each call judged afresh: the one-answer memo must not decide a case.
const secret = (value: string, next?: string, key?: string) => {
  forgetLastValue();
  return isSecretValue(value, next, key);
};

describe('isSecretValue', () => {
  test('a plain value after a secret key is a secret', () => {
    for (const v of ['hunter2', 'S3cr3t!', 'abc[REDACTED_TOKEN]', 'tokens', 'aab', 'baa', 'aba', 'aa', 'x']) assert.equal(secret(v), true, v);
  });

  test('nothing, or a value an earlier pattern already replaced, is not', () => {
    assert.equal(secret(''), false);
    assert.equal(secret('[REDACTED_TOKEN]'), false);
    assert.equal(secret('[REDACTED_PASSWORD] and more'), false);
  });

  test('a call or an object literal is code: `getToken(`, `z.object({`', () => {
    assert.equal(secret('getToken', '('), false);
    assert.equal(secret('hunter2', '{'), false);
    assert.equal(secret('hunter2', ')'), true);
    assert.equal(secret('hunter2', ' '), true);
    assert.equal(secret('hunter2', undefined), true);
  });

  test('types, literals, masks and code keywords are no value, in any case', () => {
    const words = ['null', 'undefined', 'nil', 'none', 'true', 'false', 'string', 'number', 'boolean', 'any', 'unknown', 'object', 'never', 'void', 'required', 'optional', 'redacted', 'masked', 'hidden', 'yes', 'no', 'await', 'new', 'typeof', 'function', 'async', 'this', 'require'];
    for (const w of words) {
      assert.equal(secret(w), false, w);
      assert.equal(secret(w.toUpperCase()), false, w.toUpperCase());
      assert.equal(secret(w + 's9'), true, w + 's9');
    }
  });

  test("a value that is the key's own name is shorthand code (`token: token`)", () => {
    assert.equal(secret('token', undefined, 'token'), false);
    assert.equal(secret('Token', undefined, 'TOKEN'), false);
    assert.equal(secret('tokens', undefined, 'token'), true);
    assert.equal(secret('toke', undefined, 'token'), true);
    assert.equal(secret('token', undefined, 'password'), true);
    assert.equal(secret('token', undefined, undefined), true);
  });

  test('one character repeated three times or more is a mask', () => {
    assert.equal(secret('xxx'), false);
    assert.equal(secret('••••••'), false);
    assert.equal(secret('•••'), false);
    assert.equal(secret('••'), true);
    assert.equal(secret('000000'), false);
    assert.equal(secret('00'), true);
    assert.equal(secret('0000001'), true);
    assert.equal(secret('1000000'), true);
  });

  test('a reference to where the value lives is not the value', () => {
    for (const v of ['process.envX', 'PROCESS.ENV_TOKEN', 'import.meta.envToken', 'process.env.TOKEN', 'import.meta.env.VITE_KEY', '${TOKEN}', '{{ secrets.TOKEN }}', '<%= token %>', 'env.PASSWORD', 'secrets.API_KEY']) {
      assert.equal(secret(v), false, v);
    }
    assert.equal(secret('processenv'), true);
    assert.equal(secret('my.process.env'), true);
  });

  test('a template, even with spaces around it, is not a value', () => {
    assert.equal(secret(' ${TOKEN} '), false);
    assert.equal(secret(' '), false);
    assert.equal(secret(' <YOUR_KEY>'), false);
    assert.equal(secret(' hunter2 '), true);
    // Judged trimmed and lower-cased: the fixed words and references too.
    assert.equal(secret(' process.env.X '), false);
    assert.equal(secret(' TODO '), false);
    assert.equal(secret(' Replace_Me '), false);
  });

  test('code naming a secret (`options.apiKey`) is not one; a dotted token is', () => {
    for (const v of ['options.apiKey', 'user.password', 'config.auth.token', 'A.TOKEN', 'a.$token', 'a._token', 'a.b1token', 'a.key0', 'a.key9', 'Z.zkey', '$.key']) assert.equal(secret(v), false, v);
    for (const w of ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'session', 'sig', 'cred', 'pin']) {
      assert.equal(secret(`opts.my${w}`), false, w);
      assert.equal(secret(`opts.${w.slice(0, -1)}X`), true, `${w} cut short`);
    }
    // Not code: a digit in the first segment (ya29.a0Af...), a segment that is not an identifier.
    for (const v of ['options.apiValue', 'ya29.a0Aftoken', 'ab0.token', 'ab9.token', '0.token', 'a.0token', 'a..token', '.token', 'a.', 'a.tok-en', 'a.`key', 'a.{key', 'a.@key', 'a.[key', 'a.k/ey', 'a.k:ey', 'a.k ey', 'a.key/', 'a.key:', 'a.key-', 'abc']) {
      assert.equal(secret(v), true, v);
    }
  });

  test('the remembered answer is for the same value, next character and key only', () => {
    forgetLastValue();
    assert.equal(isSecretValue('token', undefined, 'token'), false);
    assert.equal(isSecretValue('token', undefined, 'password'), true);
    assert.equal(isSecretValue('token', undefined, 'password'), true);
    assert.equal(isSecretValue('token', '(', 'password'), false);
    assert.equal(isSecretValue('hunter2', '(', 'password'), false);
    assert.equal(isSecretValue('hunter2', '(', 'password'), false);
    assert.equal(isSecretValue('hunter2', undefined, 'password'), true);
    assert.equal(isSecretValue('null', undefined, 'password'), false);
  });
});

describe('isTemplateValue', () => {
  const yes = (v: string) => assert.equal(isTemplateValue(v), true, v);
  const no = (v: string) => assert.equal(isTemplateValue(v), false, v);

  test('empty and angle-bracketed', () => {
    yes('');
    yes('   ');
    yes('<YOUR_API_KEY>');
    yes('<x>');
    yes(' <token> ');
    no('<token');
    no('token>');
  });

  test('template syntaxes', () => {
    for (const v of ['${E2E_PASSWORD}', '${X', '{{ secrets.TOKEN }}', '{{x', '<%= x %>', '<%x', '#{token}', '#{x']) yes(v);
    for (const v of ['$', '#token', '{token}', '<token', '%']) no(v);
  });

  test('%NAME% needs something between the signs', () => {
    yes('%API_KEY%');
    yes('%a%');
    no('%%');
    no('%a');
    no('a%');
    no('%ab');
    no('ab%');
  });

  test('$NAME is an upper-case environment name', () => {
    for (const v of ['$API_KEY', '$A1', '$A0', '$A9', '$A', '$_X', '$Z9_']) yes(v);
    for (const v of ['$api_key', '$1ABC', '$A-B', '$AbC', '$A.B', '$@', '$[', '$A:', '$A/', 'XAPI_KEY', 'API_KEY']) no(v);
  });

  test('[words] up to 40 characters', () => {
    yes('[token]');
    yes('[a b-c_d]');
    yes('[A]');
    yes('[z]');
    yes('[Z]');
    no('[a{]');
    no('[a`]');
    no('[a@]');
    yes('[' + 'a'.repeat(38) + ']');
    no('[' + 'a'.repeat(39) + ']');
    no('[tok3n]');
    no('[]');
    no('[token');
    no('token]');
    no('[tok.en]');
  });

  test('three stars or more', () => {
    yes('***');
    yes('********');
    no('**');
    no('*a*');
    no('**a');
  });

  test('references and fixed words, in any case', () => {
    for (const v of ['process.env.X', 'import.meta.env.X', 'secrets.X', 'env.X', 'PROCESS.ENV.X', 'Secrets.Token']) yes(v);
    for (const v of ['replace_me', 'replaceme', 'todo', 'tbd', 'xxx', 'n/a', 'TODO', 'N/A', 'Replace_Me']) yes(v);
    for (const v of ['process.envX', 'import.meta.envX', 'secretsX', 'envX', 'todos', 'tbd1', 'xxxx1', 'n/ab', 'replace_me9']) no(v);
  });

  test('wordy placeholders that say so: your..., ...here, replace..., insert..., example...', () => {
    for (const v of ['your-api-key-here', 'YOUR_TOKEN', 'yourpassword', 'insert_key_here', 'my_key_here', 'tokenhere', 'replace-with-token', 'replaceit', 'insertit', 'example_password', 'exampletoken', 'Your Token Here']) yes(v);
    for (const v of ['tokenyour', 'heretoken', 'itreplace', 'itinsert', 'tokenexample', 'placeholder', 'changeme_please', 'your-api-key-1', 'key_here2', 'your.token', 'hunter']) no(v);
  });
});

describe('splitQuotes', () => {
  const split = (v: string) => splitQuotes(v);
  test('double, single and back quotes, closed or not', () => {
    assert.deepEqual(split('"x"'), { open: '"', inner: 'x', close: '"' });
    assert.deepEqual(split("'x'"), { open: "'", inner: 'x', close: "'" });
    assert.deepEqual(split('`x`'), { open: '`', inner: 'x', close: '`' });
    assert.deepEqual(split('""'), { open: '"', inner: '', close: '"' });
    assert.deepEqual(split('"'), { open: '"', inner: '', close: '' });
    assert.deepEqual(split('"x'), { open: '"', inner: 'x', close: '' });
    assert.deepEqual(split('"x\''), { open: '"', inner: "x'", close: '' });
  });

  test('escaped double quotes, as in JSON inside a string', () => {
    assert.deepEqual(split('\\"x\\"'), { open: '\\"', inner: 'x', close: '\\"' });
    assert.deepEqual(split('\\"\\"'), { open: '\\"', inner: '', close: '\\"' });
    assert.deepEqual(split('\\"x'), { open: '\\"', inner: 'x', close: '' });
    assert.deepEqual(split('\\"'), { open: '\\"', inner: '', close: '' });
    assert.deepEqual(split('\\"x"'), { open: '\\"', inner: 'x"', close: '' });
  });

  test('anything else is unquoted', () => {
    assert.deepEqual(split('x"'), { open: '', inner: 'x"', close: '' });
    assert.deepEqual(split('\\x'), { open: '', inner: '\\x', close: '' });
    assert.deepEqual(split(''), { open: '', inner: '', close: '' });
  });
});

// The Luhn check digit, computed independently of the code under test.
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const digits = body + d;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      const fromRight = digits.length - 1 - i;
      let v = Number(digits[i]);
      if (fromRight % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

describe('checksums', () => {
  test('luhnValid', () => {
    assert.equal(luhnValid('79927398713'), true);
    assert.equal(luhnValid('79927398710'), false);
    assert.equal(luhnValid('18'), true);
    assert.equal(luhnValid('81'), false);
    assert.equal(luhnValid('59'), true);
    assert.equal(luhnValid('0'), true);
    assert.equal(luhnValid(''), true);
    assert.equal(luhnValid('9/'), false);
    assert.equal(luhnValid('0:'), false);
    assert.equal(luhnValid('0a'), false);
    // Sums that would come out right if the character were read as a digit anyway.
    assert.equal(luhnValid('5/'), false);
    assert.equal(luhnValid('a1'), false);
    for (let i = 0; i < 200; i++) {
      const body = String(1e14 + i * 7919);
      const good = withCheckDigit(body);
      assert.equal(luhnValid(good), true, good);
      const bad = good.slice(0, -1) + ((Number(good.at(-1)) + 1) % 10);
      assert.equal(luhnValid(bad), false, bad);
    }
  });

  test('isCardNumber: 13 to 19 digits in the issued ranges, with a valid Luhn sum', () => {
    assert.equal(isCardNumber('4111111111111111'), true);
    assert.equal(isCardNumber('4111111111111112'), false);
    for (let len = 12; len <= 20; len++) {
      for (let first = 1; first <= 7; first++) {
        const card = withCheckDigit(String(first) + '0123456789012345678'.slice(0, len - 2));
        assert.equal(isCardNumber(card), len >= 13 && len <= 19 && first >= 2 && first <= 6, card);
      }
    }
  });

  test('isCardNumber: one kind of separator, groups of 1 to 6 digits', () => {
    assert.equal(isCardNumber('4111 1111 1111 1111'), true);
    assert.equal(isCardNumber('4111-1111-1111-1111'), true);
    assert.equal(isCardNumber('4111 1111-1111 1111'), false);
    assert.equal(isCardNumber('411111 111111 1111'), true);
    assert.equal(isCardNumber('4 111111 111111 111'), true);
    assert.equal(isCardNumber('4111111 111111111'), false);
    assert.equal(isCardNumber('4111  1111 1111 1111'), false);
    assert.equal(isCardNumber('4111--1111-1111-1111'), false);
    assert.equal(isCardNumber('4111111111111111 '), false);
  });

  test('isCardNumber: one digit repeated is no card, even with a valid sum', () => {
    const same: string[] = [];
    for (let len = 13; len <= 19; len++) for (let d = 2; d <= 6; d++) if (luhnValid(String(d).repeat(len))) same.push(String(d).repeat(len));
    assert.ok(same.length > 0);
    for (const s of same) assert.equal(isCardNumber(s), false, s);
    assert.equal(isCardNumber(withCheckDigit('555555555555555')), withCheckDigit('555555555555555') !== '5555555555555555');
  });

  test('isIssuableSsn', () => {
    assert.equal(isIssuableSsn('123-45-6789'), true);
    assert.equal(isIssuableSsn('899-45-6789'), true);
    assert.equal(isIssuableSsn('665-01-0001'), true);
    assert.equal(isIssuableSsn('001-01-0001'), true);
    for (const s of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '123-00-4567', '123-45-0000', '12345', '123-45', '']) assert.equal(isIssuableSsn(s), false, s);
  });

  test('isBasicCredential: base64 of printable user:password', () => {
    const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
    assert.equal(isBasicCredential(b64('user:pass')), true);
    assert.equal(isBasicCredential(b64('a: b')), true);
    assert.equal(isBasicCredential(b64('a:~')), true);
    assert.equal(isBasicCredential(b64('a:' + 'b'.repeat(510))), true);
    assert.equal(isBasicCredential(b64('a:' + 'b'.repeat(511))), false);
    assert.equal(isBasicCredential(b64('userpass')), false);
    assert.equal(isBasicCredential(b64('user:\x1f')), false);
    assert.equal(isBasicCredential(b64('user:\x7f')), false);
    assert.equal(isBasicCredential(b64('user:\u00e9')), false);
    // Unpadded base64 whose length leaves one character over decodes nothing useful.
    assert.equal(isBasicCredential('YTpiY'), false);
    assert.equal(isBasicCredential('YTpiYw'), true);
    assert.equal(isBasicCredential('YTpiYmM'), true);
    assert.equal(isBasicCredential('YTpi'), true);
  });

  test('looksRandom: letters and digits both', () => {
    for (const v of ['abc123', 'a0', '0a', '9z', 'Z0', 'A9', 'key-1']) assert.equal(looksRandom(v), true, v);
    for (const v of ['abc', '123', '', '/a', ':a', '@0', '[0', '`0', '{0', 'kebab-case-words']) assert.equal(looksRandom(v), false, v);
  });

  test('hasNonLetter', () => {
    for (const v of ['abc', 'ABC', 'azAZ', '']) assert.equal(hasNonLetter(v), false, v);
    for (const v of ['ab1', 'a b', '`', '{', '@', '[', 'a-b', 'é']) assert.equal(hasNonLetter(v), true, v);
  });
});

describe('Allowlist (defaults)', () => {
  const email = (v: string) => DEFAULT_ALLOWLIST.allows('EMAIL', v);
  const ip = (v: string) => DEFAULT_ALLOWLIST.allows('IP', v);

  test('emails at the reserved domains and their subdomains are kept', () => {
    for (const d of DEFAULT_ALLOWED_DOMAINS) {
      assert.equal(email(`jane@${d}`), true, d);
      assert.equal(email(`jane@mail.${d}`), true, d);
      assert.equal(email(`JANE@MAIL.${d.toUpperCase()}`), true, d);
      assert.equal(email(`jane@not${d}`), false, d);
      assert.equal(email(`jane@${d}.acme.io`), false, d);
    }
    assert.deepEqual([...DEFAULT_ALLOWED_DOMAINS], ['localhost', 'example.com', 'example.org', 'example.net', 'example', 'test', 'invalid']);
    assert.equal(email('jane@acme.io'), false);
    assert.equal(email('jane@acme'), false);
    assert.equal(email('jane@'), false);
    assert.equal(email('jane@example.co'), false);
    assert.equal(email('a@b@example.com'), true);
    assert.equal(email('a@example.com@acme.io'), false);
  });

  test('encoded @ signs are read as @', () => {
    assert.deepEqual([...ENCODED_AT], ['%2540', '%40', '&#64;', '&#x40;', '\\u0040', '\\x40']);
    for (const at of ENCODED_AT) {
      assert.equal(email(`jane${at}example.com`), true, at);
      assert.equal(email(`jane${at.toUpperCase()}example.com`), true, at.toUpperCase());
      assert.equal(email(`jane${at}acme.io`), false, at);
    }
    // A plain @ wins over an encoded one further on.
    assert.equal(email('jane@acme.io%40example.com'), false);
  });

  test('loopback, unspecified, broadcast and documentation addresses are kept', () => {
    for (const v of ['127.0.0.1', '127.255.255.255', '0.0.0.0', '255.255.255.255', '192.0.2.5', '198.51.100.7', '203.0.113.9', '::1', '::', '2001:db8::1', '2001:db8:ffff::', '[::1]', '[2001:db8::5]']) {
      assert.equal(ip(v), true, v);
    }
    for (const v of ['0.0.1.1', '255.255.0.0', '0.1.1.1', '255.0.255.255', '1.1.1.1', '10.10.10.10', '254.254.254.254', '0.0.0.255', '128.0.0.1', '126.0.0.1', '0.0.0.1', '255.255.255.0', '0.255.255.255', '192.0.3.1', '192.1.2.1', '198.51.101.7', '203.0.114.9', '10.0.0.1', '::2', '2001:db9::1', 'fe80::1', '[fe80::1]', 'not an ip', '']) {
      assert.equal(ip(v), false, v);
    }
  });

  test('the IPv4 fast path keeps exactly the IPv4 networks of DEFAULT_ALLOWED_NETWORKS', () => {
    const list = new BlockList();
    let v4 = 0;
    for (const cidr of DEFAULT_ALLOWED_NETWORKS) {
      const [address, prefix] = cidr.split('/') as [string, string];
      if (address.includes(':')) continue;
      list.addSubnet(address, Number(prefix), 'ipv4');
      v4++;
    }
    assert.equal(v4, 6);
    const probes: string[] = [];
    for (const a of [0, 1, 126, 127, 128, 192, 198, 203, 255]) {
      for (const rest of ['0.0.0', '0.2.0', '0.2.255', '51.100.1', '0.113.200', '255.255.255', '255.255.254', '0.0.1', '1.2.3']) probes.push(`${a}.${rest}`);
    }
    for (const p of probes) assert.equal(ip(p), list.check(p, 'ipv4'), p);
  });

  test('the IPv6 fast path keeps what a BlockList of DEFAULT_ALLOWED_NETWORKS keeps, in every spelling', () => {
    const list = new BlockList();
    for (const cidr of DEFAULT_ALLOWED_NETWORKS) {
      const [address, prefix] = cidr.split('/') as [string, string];
      list.addSubnet(address, Number(prefix), address.includes(':') ? 'ipv6' : 'ipv4');
    }
    const probes = ['::1', '::', '0::0', '0:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1', '0000:0000::0001', '::0.0.0.1', '::0.0.0.0', '::127.0.0.1', '::2', '1::', '::1:0', '1::1'];
    for (const g of ['2001', '2001', '2000', '2002', '3001']) {
      for (const h of ['db8', '0db8', 'DB8', 'db9', '0', 'db80', '1db8']) probes.push(`${g}:${h}::1`, `${g}:${h}:0:0:0:0:0:7`, `${g}:${h}::192.0.2.1`);
    }
    for (const v4 of ['127.0.0.1', '10.0.0.1', '192.0.2.4', '0.0.0.0', '255.255.255.255']) probes.push(`::ffff:${v4}`, `0:0:0:0:0:ffff:${v4}`, `::fffe:${v4}`, `::1:ffff:${v4}`);
    probes.push('::ffff:7f00:1', '::ffff:a00:1', 'fe80::1', 'fe80::1%eth0', '::1%lo', 'ff02::1', '64:ff9b::7f00:1', '::0:1', '0:0:0:0:0:1:0:0');
    for (const p of probes) {
      assert.ok(isIPv6(p), p);
      assert.equal(ip(p), list.check(p, 'ipv6'), p);
    }
    // A caller's IPv4 network applies to IPv4-mapped addresses too, as the BlockList has it.
    const extra = new Allowlist(['10.0.0.0/8']);
    assert.equal(extra.allows('IP', '::ffff:10.1.2.3'), true);
    assert.equal(extra.allows('IP', '::1'), true);
    assert.equal(extra.allows('IP', 'fe80::1'), false);
    // And a caller's IPv6 network is the BlockList's to judge.
    assert.equal(new Allowlist(['fe80::/10']).allows('IP', 'fe80::1'), true);
  });

  test('other types are never kept by address', () => {
    assert.equal(DEFAULT_ALLOWLIST.allows('TOKEN', '127.0.0.1'), false);
    assert.equal(DEFAULT_ALLOWLIST.allows('IP', 'jane@example.com'), false);
    assert.equal(DEFAULT_ALLOWLIST.allows('PHONE', 'jane@example.com'), false);
    assert.equal(DEFAULT_ALLOWLIST.allows('PASSWORD', 'example.com'), false);
  });
});

describe('Allowlist (extra entries)', () => {
  test('a string is kept exactly, in any case, whatever its type', () => {
    const list = new Allowlist(['hunter2']);
    assert.equal(list.allows('PASSWORD', 'HUNTER2'), true);
    assert.equal(list.allows('TOKEN', 'hunter2'), true);
    assert.equal(list.allows('PASSWORD', 'hunter3'), false);
    assert.equal(list.allows('PASSWORD', 'hunter'), false);
  });

  test('a domain keeps emails there and in its subdomains', () => {
    const list = new Allowlist(['Acme.io']);
    assert.equal(list.allows('EMAIL', 'x@acme.io'), true);
    assert.equal(list.allows('EMAIL', 'x@mail.acme.io'), true);
    assert.equal(list.allows('EMAIL', 'x@acme.iox'), false);
    assert.equal(new Allowlist().allows('EMAIL', 'x@acme.io'), false);
  });

  test('networks, with or without a prefix length, IPv4 and IPv6', () => {
    const v4 = new Allowlist(['10.0.0.0/8']);
    assert.equal(v4.allows('IP', '10.1.2.3'), true);
    assert.equal(v4.allows('IP', '11.0.0.1'), false);
    assert.equal(v4.allows('IP', '127.0.0.1'), true);
    const host = new Allowlist(['10.0.0.5']);
    assert.equal(host.allows('IP', '10.0.0.5'), true);
    assert.equal(host.allows('IP', '10.0.0.6'), false);
    const v6 = new Allowlist(['fd00::/8']);
    assert.equal(v6.allows('IP', 'fd12::1'), true);
    assert.equal(v6.allows('IP', 'fe12::1'), false);
    assert.equal(v6.allows('IP', '10.0.0.1'), false);
    const v6host = new Allowlist(['fd00::7']);
    assert.equal(v6host.allows('IP', 'fd00::8'), false);
    assert.equal(v6host.allows('IP', 'fd00:0::7'), true);
    for (const order of [['10.0.0.0/8', 'fd00::/8'], ['fd00::/8', '10.0.0.0/8'], ['acme.io', '10.0.0.0/8', 'x']]) {
      const both = new Allowlist(order);
      assert.equal(both.allows('IP', '10.2.3.4'), true, order.join(' '));
      assert.equal(both.allows('IP', '11.2.3.4'), false, order.join(' '));
    }
  });

  test('a network with a bad prefix length is taken as a domain, not a network', () => {
    const list = new Allowlist(['10.0.0.0/x']);
    assert.equal(list.allows('IP', '10.1.1.1'), false);
    assert.equal(list.allows('IP', '10.0.0.0/x'), true);
    assert.equal(list.allows('EMAIL', 'a@10.0.0.0/x'), true);
    assert.equal(new Allowlist(['10.0.0.0/8.5']).allows('IP', '10.1.1.1'), false);
  });

  test('a RegExp is tested without its g or y state', () => {
    const global = new Allowlist([/^sk_test_/g]);
    assert.equal(global.allows('API_KEY', 'sk_test_1'), true);
    assert.equal(global.allows('API_KEY', 'sk_test_2'), true);
    assert.equal(global.allows('API_KEY', 'sk_live_2'), false);
    const sticky = new Allowlist([/abc/y]);
    assert.equal(sticky.allows('TOKEN', 'xabc'), true);
    assert.equal(sticky.allows('TOKEN', 'xabc'), true);
    const both = new Allowlist([/abc/gyi]);
    assert.equal(both.allows('TOKEN', 'xABC'), true);
    assert.equal(both.allows('TOKEN', 'xABC'), true);
  });
});

describe('the keep list', () => {
  test('every entry says what, why and where', () => {
    assert.ok(KEEP_LIST.length >= 9);
    for (const e of KEEP_LIST) {
      assert.ok(e.what.length > 10 && e.reason.length > 10 && e.where.length > 3, JSON.stringify(e));
    }
  });

  test('cookie attributes', () => {
    assert.deepEqual([...COOKIE_ATTRIBUTES].sort(), ['comment', 'domain', 'expires', 'httponly', 'max-age', 'partitioned', 'path', 'priority', 'samesite', 'secure', 'version']);
  });

  test('consent, analytics and preference cookies are kept; session cookies are not', () => {
    const kept = ['optanonconsent', 'OptanonAlertBoxClosed', 'CookieConsent', 'cookieconsent_status', 'cookie_consent', 'euconsent-v2', 'consent', 'cookie-consent', 'cookies_accepted', 'gdpr', 'usprivacy', '_gid', '_fbp', '_fbc', '_clck', '_clsk', '_uetsid', '_uetvid', '__utma', '__utmb', '__utmc', '__utmz', '__utmt', 'theme', 'lang', 'locale', 'language', 'NEXT_LOCALE', 'tz', 'timezone', 'currency', 'country', 'color-scheme', 'dark_mode', ' Theme ', 'mp_abc_mixpanel', '_ga', '_ga_XYZ123', '_gat_UA1', '_gcl_au', '_hjSessionUser_1', 'ajs_user_id', 'amplitude_id_x', '_pk_id.1.2', 'optanon_x'];
    for (const name of kept) assert.equal(isKeptCookieName(name), true, name);
    for (const name of ['sid', 'connect.sid', 'session', 'JSESSIONID', '_gcl', 'ga', 'mp_abc', 'abc_mixpanel', '_gi', 'themes', 'xconsent', '__utmx', '_uets', 'amplitude', '_pk', 'ajs']) {
      assert.equal(isKeptCookieName(name), false, name);
    }
  });
});

describe('secret key names', () => {
  test('the placeholder type follows the name', () => {
    const cases: Record<string, string> = {
      private_key: 'PRIVATE_KEY', 'Private Key': 'PRIVATE_KEY', 'PRIVATE-KEY-ID': 'PRIVATE_KEY', 'private.key': 'PRIVATE_KEY',
      apiKey: 'API_KEY', 'x-api-key': 'API_KEY', 'api.key': 'API_KEY', AWS_ACCESS_KEY: 'API_KEY', accessKeyId: 'API_KEY',
      refresh_token: 'TOKEN', tokenizer: 'TOKEN', session_id: 'TOKEN', SESSION: 'TOKEN', PHPSESSID: 'TOKEN', signature: 'TOKEN', basic_auth: 'TOKEN', authorization: 'TOKEN', 'Set-Cookie': 'TOKEN',
      password: 'PASSWORD', client_secret: 'PASSWORD', auth_mode: 'PASSWORD', authorizationx: 'PASSWORD', cookies: 'PASSWORD', pin: 'PASSWORD',
    };
    for (const [name, type] of Object.entries(cases)) {
      assert.equal(secretTypeForKey(name), type, name);
      assert.equal(secretTypeForKey(name), type, `${name} (again)`);
    }
  });

  test('answers stay right after the name cache fills and is emptied', () => {
    for (let i = 0; i < 1100; i++) assert.equal(secretTypeForKey(`${i % 2 ? 'api_key' : 'db_password'}_${i}`), i % 2 ? 'API_KEY' : 'PASSWORD');
    assert.equal(secretTypeForKey('refresh_token'), 'TOKEN');
  });

  test('isSecretKeyName: the shell working directory is no secret', () => {
    for (const n of ['PWD', 'pwd', 'OLDPWD', 'oldPwd']) assert.equal(isSecretKeyName(n), false, n);
    for (const n of ['DB_PWD', 'pwd2', 'password', 'PWDX', 'OLDPWDX', 'xoldpwd']) assert.equal(isSecretKeyName(n), true, n);
  });

  test('isSecretObjectKey: every secret ending, separators and case ignored', () => {
    const endings = ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'apikey', 'accesskey', 'secretkey', 'privatekey', 'signingkey', 'encryptionkey', 'authorization', 'auth', 'cookie', 'sessionid', 'sessionkey', 'sessid', 'signature'];
    for (const e of endings) {
      assert.equal(isSecretObjectKey(`my_${e}`), true, e);
      assert.equal(isSecretObjectKey(`my${e.toUpperCase()}`), true, e);
      assert.equal(isSecretObjectKey(`my_${e}x`), false, `${e}x`);
    }
    for (const n of ['dbPassword', 'client_secret', 'apiKey', 'api-key', 'api.key', 'API KEY', 'Authorization', 'refreshToken', 'password2', 'token_1', 'token_12', 'token0', 'token9', 'passwordHash', 'tokenValue', 'secretKeyBase', 'token_hash_1']) {
      assert.equal(isSecretObjectKey(n), true, n);
    }
    for (const n of ['maxTokens', 'username', 'author', 'hash', 'value', 'PWD', 'OLDPWD', 'token/', 'token:', 'tokenhashvalue', 'key', '', '123']) assert.equal(isSecretObjectKey(n), false, n);
  });

  test('SECRET_WORD + SECRET_SUFFIX: a key that ends in a secret word, with an optional suffix', () => {
    const re = new RegExp(`^[\\w.-]*?${SECRET_WORD}${SECRET_SUFFIX}$`, 'i');
    const secretNames = ['DB_PASSWORD', 'passwd', 'passphrase', 'pwd', 'client_secret', 'token', 'api_key', 'apikey', 'api-key', 'x-api-key', 'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'session_id', 'session-key', 'sessionid', 'sessionkey', 'sessid', 'signature', 'SECRET_KEY_BASE', 'secret_access_key', 'secretaccesskey', 'secret-key', 'accessToken', 'token_hash', 'token-value', 'tokenvalue', 'password2', 'password12', 'password123', 'token_2024', 'token_1', 'secretkeyhash'];
    for (const n of secretNames) assert.ok(re.test(n), n);
    for (const n of ['max_tokens', 'tokenizer', 'key', 'pass', 'auth', 'password12345', 'apixkey', 'session', 'sessionidx', 'token_', 'token_key_base_hash', 'passwordx']) assert.ok(!re.test(n), n);
  });

  test('the redaction types', () => {
    assert.deepEqual([...REDACTION_TYPES], ['API_KEY', 'PASSWORD', 'JWT', 'DB_URL', 'EMAIL', 'PHONE', 'IP', 'CC', 'SSN', 'AWS_KEY', 'TWILIO', 'PRIVATE_KEY', 'TOKEN']);
  });
});
