// The pattern tables one entry at a time (src/redact/patterns/): each vendor key format redacted whole,
// at the shortest length it allows, where it is usually leaked; a fixed-length format longer than its
// length left alone (it is some other string); each gate keyword a real, non-empty word; every
// pattern named. The corpus and case tables test redaction as a whole; these pin the tables' entries,
// so that a format emptied or a keyword blanked turns a test red (`npm run mutation redaction-patterns`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/redact/index.js';
import { REDACTION_PATTERNS } from '../../src/redact/patterns/index.js';
import { VENDOR_FORMAT_PATTERNS } from '../../src/redact/patterns/vendor-formats.js';
import { fieldWord, isSecretField } from '../../src/redact/patterns/fields.js';
import { fake } from '../data/redact/fakes.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';

/** `n` characters of `alphabet`, starting with each kind it has (upper, lower, digit, other), so every range is used. */
function body(n: number, alphabet: string, seed = 7): string {
  const firsts = [UPPER, LOWER, DIGITS].map((k) => [...alphabet].find((c) => k.includes(c))).filter((c): c is string => c !== undefined);
  const others = [...alphabet].filter((c) => !ALNUM.includes(c));
  const head = [...firsts, ...others].join('').slice(0, n);
  return head + fake(n - head.length, seed, alphabet);
}

/** rule (a unique part of the pattern's name), a token (at its shortest; at its longest where a fixed format has a range), whether it has a fixed length, its type. */
const FORMATS: ReadonlyArray<[rule: string, token: string, fixed: boolean, type?: string]> = [
  ['1password-service-account-token', 'ops_eyJ' + body(250, B64), false],
  ['1password-secret-key', `A3-${body(6, UPPER + DIGITS)}-${body(11, UPPER + DIGITS)}-${body(5, UPPER + DIGITS)}-${body(5, UPPER + DIGITS)}-${body(5, UPPER + DIGITS)}`, true],
  ['adobe-client-secret', 'p8e-' + body(32, ALNUM), true],
  ['age-secret-key', 'AGE-SECRET-KEY-1' + body(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'), true, 'PRIVATE_KEY'],
  ['airtable', 'pat' + body(14, ALNUM) + '.' + body(64, 'abcdef0123456789'), true],
  ['alibaba', 'LTAI' + body(20, ALNUM), true],
  ['artifactory-api-key', 'AKCp' + body(69, ALNUM), true],
  ['artifactory-reference-token', 'cmVmdGtu' + body(56, ALNUM), true],
  ['atlassian', 'ATATT3' + body(186, ALNUM + '_=-'), false],
  ['azure-ad-client-secret', 'aB_4Q~' + body(34, ALNUM + '_~.-'), true],
  ['clojars', 'CLOJARS_' + body(60, LOWER + DIGITS), true],
  ['cloudflare', `v1.0-${body(24, HEX)}-${body(146, HEX)}`, true],
  ['databricks', 'dapi' + body(32, HEX), true],
  ['digitalocean', 'dop_v1_' + body(64, HEX), true],
  ['doppler', 'dp.pt.' + body(44, ALNUM), true],
  ['dropbox', 'sl.' + body(130, ALNUM + '_=-'), false],
  ['duffel', 'duffel_test_' + body(43, ALNUM + '_=-'), true],
  ['dynatrace', `dt0c01.${body(24, ALNUM)}.${body(64, ALNUM)}`, true],
  ['easypost', 'EZAK' + body(54, ALNUM), true],
  ['facebook', 'EAAM' + body(100, ALNUM), false],
  ['flutterwave', `FLWSECK_TEST-${body(32, 'abcdefgh0123456789')}-X`, false],
  ['frameio', 'fio-u-' + body(64, ALNUM + '_=-'), true],
  ['gitlab-pat', 'glpat-' + body(20, ALNUM + '_.-'), false],
  ['gitlab-rrt', 'GR1348941' + body(20, ALNUM + '_-'), true],
  ['grafana-cloud', 'glc_' + body(32, B64), false],
  ['grafana-service-account', `glsa_${body(32, ALNUM)}_${body(8, 'ABCDEFabcdef0123456789')}`, true],
  ['grafana-api-key', 'eyJrIjoi' + body(70, ALNUM), false],
  ['harness', `pat.${body(22, ALNUM + '_-')}.${body(24, HEX)}.${body(20, ALNUM)}`, true],
  ['hashicorp', `${body(14, ALNUM)}.atlasv1.${body(60, ALNUM + '_=-')}`, false],
  ['vault', 'hvs.' + body(90, ALNUM + '_-'), false],
  ['heroku', 'HRKU-AA' + body(58, ALNUM + '_-'), true],
  ['huggingface', 'hf_' + body(34, UPPER + LOWER), true],
  ['infracost', 'ico-' + body(32, ALNUM), true],
  ['intra42', 's-s4t2ud-' + body(64, HEX), true],
  ['linear', 'lin_api_' + body(40, ALNUM), true],
  ['mailgun', 'key-' + body(32, HEX), true],
  ['mapbox', `pk.eyJ${body(20, ALNUM + '_-')}.${body(20, ALNUM + '_-')}`, false],
  ['new-relic', 'NRAK-' + body(27, UPPER + DIGITS), true],
  ['notion', `ntn_${body(11, DIGITS)}${body(35, ALNUM)}`, true],
  ['octopus', 'API-' + body(26, UPPER + DIGITS), true],
  ['openshift', 'sha256~' + body(43, ALNUM + '_-'), true],
  ['perplexity', 'pplx-' + body(48, ALNUM), true],
  ['planetscale', 'pscale_tkn_' + body(32, ALNUM + '_.=-'), false],
  ['postman', `PMAK-${body(24, HEX)}-${body(34, HEX)}`, true],
  ['prefect', 'pnu_' + body(36, ALNUM), true],
  ['pulumi', 'pul-' + body(40, HEX), true],
  ['pypi', 'pypi-AgEIcHlwaS5vcmc' + body(50, ALNUM + '_-'), false],
  ['readme', 'rdme_' + body(70, LOWER + DIGITS), true],
  ['rubygems', 'rubygems_' + body(48, HEX), true],
  ['scalingo', 'tk-us-' + body(48, ALNUM + '_-'), true],
  ['sendinblue', `xkeysib-${body(64, HEX)}-${body(16, ALNUM)}`, true],
  ['sentry', 'sntryu_' + body(64, HEX), false],
  ['settlemint', 'sm_pat_' + body(16, ALNUM), true],
  ['shippo', 'shippo_live_' + body(40, 'abcdefABCDEF0123456789'), true],
  ['shopify', 'shpat_' + body(32, 'abcdefABCDEF0123456789'), true],
  // (`xoxe.xoxb-1-…` loses its `xoxb-` part to the Slack token pattern first, leaving `xoxe.`.)
  ['slack-config', `xoxe-1-${body(100, ALNUM)}`, false],
  ['square', 'sq0csp-' + body(43, ALNUM + '_-'), false],
  ['stripe-access-token', 'rk_prod_' + body(10, ALNUM), false],
  ['telegram', `${body(8, DIGITS)}:AA${body(33, ALNUM + '_-')}`, true],
  ['typeform', 'tfp_' + body(59, ALNUM + '_.=-'), true],
  ['yandex', 'AQVN' + body(38, ALNUM + '_-'), true],
  ['ya29', 'ya29.' + body(30, ALNUM + '_-'), false],
  ['client secret', 'GOCSPX-' + body(28, ALNUM + '_-'), true],
  ['docker', 'dckr_pat_' + body(27, ALNUM + '_-'), true],
  ['supabase', 'sbp_' + body(40, HEX), true],
  ['deno', 'ddp_' + body(36, ALNUM), true],
  ['sourcegraph', 'sgp_' + body(40, HEX), true],
  ['fly.io', 'fm2_' + body(100, ALNUM + '+/_=-'), false],
  ['plaid', `access-sandbox-${body(8, HEX)}-${body(4, HEX)}-${body(4, HEX)}-${body(4, HEX)}-${body(12, HEX)}`, true],
];

/** The pattern of the format whose name has `rule`. */
function formatPattern(rule: string) {
  const found = VENDOR_FORMAT_PATTERNS.filter((p) => p.name.includes(rule));
  assert.equal(found.length, 1, `one vendor format named like "${rule}": ${found.map((p) => p.name).join(', ')}`);
  return found[0] as (typeof VENDOR_FORMAT_PATTERNS)[number];
}

describe('vendor formats (gitleaks / secretlint rules), one by one', () => {
  test('the table covers every format', () => {
    const covered = new Set([...FORMATS.map(([rule]) => formatPattern(rule).name), formatPattern('azure storage').name]);
    assert.deepEqual(VENDOR_FORMAT_PATTERNS.map((p) => p.name).filter((n) => !covered.has(n)), []);
  });

  for (const [rule, token, fixed, type = 'API_KEY'] of FORMATS) {
    test(`${rule}: redacted whole at its shortest${fixed ? '; one character longer is not this format' : ''}`, () => {
      const input = `deploy failed: credential ${token} was rejected`;
      assert.equal(redact(input).text, `deploy failed: credential [REDACTED_${type}] was rejected`);
      const p = formatPattern(rule);
      assert.equal(p.type, type);
      // The pattern itself, alone: its whole token and nothing around it.
      p.regex.lastIndex = 0;
      assert.deepEqual([...input.matchAll(p.regex)].map((m) => m[0]), [token], p.name);
      // Glued to a word on its left it is part of that word.
      assert.deepEqual([...`x${token}`.matchAll(p.regex)], [], `${p.name} after a letter`);
      if (fixed) {
        const longer = `${token}A`;
        assert.deepEqual([...` ${longer} `.matchAll(p.regex)], [], `${p.name}: ${longer.length} characters`);
      }
    });
  }

  test('azure storage connection string: the AccountKey / SharedAccessKey value goes, the name stays', () => {
    const key = body(20, B64);
    const input = `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key}==;EndpointSuffix=core.windows.net`;
    assert.equal(redact(input).text, 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=[REDACTED_API_KEY];EndpointSuffix=core.windows.net');
    assert.equal(redact(`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${key}`).text, 'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=[REDACTED_API_KEY]');
    const p = formatPattern('azure storage');
    assert.deepEqual([...input.matchAll(p.regex)].map((m) => m[0]), [`AccountKey=${key}==`]);
  });
});

describe('every pattern: a name, a type, and gate keywords that are real words', () => {
  test('names are distinct and say what they find', () => {
    const names = REDACTION_PATTERNS.map((p) => p.name);
    assert.equal(new Set(names).size, names.length, names.join(', '));
    for (const n of names) assert.match(n, /^[a-z0-9][\w .:/()-]*[a-z0-9)]$/i, n);
    for (const p of VENDOR_FORMAT_PATTERNS) assert.match(p.name, /^vendor: [a-z0-9]/, p.name);
  });

  test('gate keywords: non-empty and lower case (the scan is case-insensitive)', () => {
    for (const p of REDACTION_PATTERNS) {
      if (!p.literals) continue;
      assert.ok(p.literals.length > 0, `${p.name}: a gate with no keyword never opens`);
      for (const k of p.literals) {
        assert.ok(k.length > 0, `${p.name}: an empty keyword opens the gate on every text`);
        assert.equal(k, k.toLowerCase(), `${p.name}: keyword "${k}"`);
      }
    }
  });

  test('window keywords: two characters or more (a one-character keyword opens a window on nearly every line)', () => {
    for (const p of REDACTION_PATTERNS) {
      const w = p.window;
      if (w === undefined || w === 'literals') continue;
      for (const k of w.keywords ?? []) assert.ok(k.length >= 2, `${p.name}: window keyword "${k}"`);
    }
  });

  test('each vendor format opens its gate on its own token: some keyword occurs in it', () => {
    for (const [rule, token] of FORMATS) {
      const p = formatPattern(rule);
      assert.ok(p.literals?.some((k) => token.toLowerCase().includes(k)), `${p.name}: none of ${p.literals?.join(', ')} in its token`);
    }
  });
});

/** The input comes back unchanged. */
const KEEP = null;
const A = ALNUM;
const H = HEX;
const B = ALNUM + '/+';

/** vendors.ts: the long-standing key formats, Twilio SIDs and the secrets only their name identifies; each at its bounds. */
const VENDOR_KEYS: ReadonlyArray<[token: string, replacedBy: string | null]> = [
  ['sk-ant-api03-' + fake(20, 1, A + '_-').slice(0, 7), KEEP],
  ['sk-ant-' + fake(20, 2, A + '_-'), "[REDACTED_API_KEY]"],
  ['sk-ant-' + fake(19, 2, A), "[REDACTED_API_KEY]"],
  ['sk-' + fake(20, 3), "[REDACTED_API_KEY]"],
  ['sk-proj-' + fake(40, 4, A + '_-'), "[REDACTED_API_KEY]"],
  ['sk-spinner-large-container-x', KEEP],
  ['sk-' + 'abcdefghijklmnopqrstuvwxyz', KEEP],
  ['ghp_' + fake(36, 5), "[REDACTED_API_KEY]"],
  ['gho_' + fake(36, 5), "[REDACTED_API_KEY]"],
  ['ghu_' + fake(36, 5), "[REDACTED_API_KEY]"],
  ['ghs_' + fake(36, 5), "[REDACTED_API_KEY]"],
  ['ghr_' + fake(36, 5), "[REDACTED_API_KEY]"],
  ['ghx_' + fake(36, 5), KEEP],
  ['ghp_' + fake(35, 5), KEEP],
  ['github_pat_' + fake(22, 6, A + '_'), "[REDACTED_API_KEY]"],
  ['github_pat_' + fake(21, 6), KEEP],
  ['sk_live_' + fake(10, 7), "[REDACTED_API_KEY]"],
  ['rk_test_' + fake(10, 7), "[REDACTED_API_KEY]"],
  ['pk_live_' + fake(10, 7), "[REDACTED_API_KEY]"],
  ['sk_live_' + fake(9, 7), KEEP],
  ['xk_live_' + fake(10, 7), KEEP],
  ['whsec_' + fake(16, 8), "[REDACTED_API_KEY]"],
  ['whsec_' + fake(15, 8), KEEP],
  ['xoxa-' + fake(10, 9, A + '-'), "[REDACTED_API_KEY]"],
  ['xoxb-1234567890', "[REDACTED_API_KEY]"],
  ['xoxp-1234567890', "[REDACTED_API_KEY]"],
  ['xoxo-1234567890', "[REDACTED_API_KEY]"],
  ['xoxs-1234567890', "[REDACTED_API_KEY]"],
  ['xoxr-1234567890', "[REDACTED_API_KEY]"],
  ['xoxc-1234567890', KEEP],
  ['xoxb-123456789', KEEP],
  ['xapp-1-' + fake(10, 10), "[REDACTED_API_KEY]"],
  ['xapp-A-' + fake(10, 10), KEEP],
  ['AIza' + fake(35, 11, A + '_-'), "[REDACTED_API_KEY]"],
  ['AIza' + fake(34, 11), KEEP],
  ['AIza' + fake(36, 11), KEEP],
  ['SG.' + fake(16, 12, A + '_-') + '.' + fake(16, 13, A + '_-'), "[REDACTED_API_KEY]"],
  ['SG.' + fake(15, 12) + '.' + fake(16, 13), KEEP],
  ['npm_' + fake(36, 14), "[REDACTED_API_KEY]"],
  ['npm_' + fake(37, 14), KEEP],
  ['AKIA' + fake(16, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), "[REDACTED_AWS_KEY]"],
  ['ASIA' + fake(16, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), "[REDACTED_AWS_KEY]"],
  ['ABIA' + fake(16, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), "[REDACTED_AWS_KEY]"],
  ['ACCA' + fake(16, 15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), "[REDACTED_AWS_KEY]"],
  ['AKIA' + fake(15, 15, 'ABCDEFGHIJ'), KEEP],
  ['AKIA' + fake(17, 15, 'ABCDEFGHIJ'), KEEP],
  ['AC' + fake(32, 16, H), "[REDACTED_TWILIO]"],
  ['SK' + fake(32, 16, H), "[REDACTED_TWILIO]"],
  ['AC' + fake(31, 16, H), KEEP],
  ['AC' + fake(33, 16, H), KEEP],
  ['xAC' + fake(32, 16, H), KEEP],
  ['AC' + fake(32, 16, H).toUpperCase(), KEEP],
  ['aws_secret_access_key = ' + fake(40, 17, B), "aws_secret_access_key = [REDACTED_AWS_KEY]"],
  ['AWS_SECRET_ACCESS_KEY=' + fake(40, 17, B), "AWS_SECRET_ACCESS_KEY=[REDACTED_AWS_KEY]"],
  ['awssecretkey: "' + fake(40, 17, B) + '"', "awssecretkey: \"[REDACTED_AWS_KEY]\""],
  ['secret_access_key=' + fake(40, 17, B), "secret_access_key=[REDACTED_AWS_KEY]"],
  ['secretaccesskey => ' + fake(40, 17, B), "secretaccesskey => [REDACTED_AWS_KEY]"],
  ['aws_secret_key := ' + fake(40, 17, B), "aws_secret_key := [REDACTED_AWS_KEY]"],
  ['aws_secret_access_key=' + fake(41, 17, B), "aws_secret_access_key=[REDACTED_API_KEY]"],
  ['aws_secret_access_key=' + fake(39, 17, B), "aws_secret_access_key=[REDACTED_API_KEY]"],
  ['TWILIO_AUTH_TOKEN=' + fake(32, 18, H), "TWILIO_AUTH_TOKEN=[REDACTED_TWILIO]"],
  ['twilio_token: ' + fake(32, 18, H), "twilio_token: [REDACTED_TWILIO]"],
  ['auth_token="' + fake(32, 18, H) + '"', "auth_token=\"[REDACTED_TWILIO]\""],
  ['authtoken=' + fake(32, 18, H), "authtoken=[REDACTED_TWILIO]"],
  ['twilio=' + fake(31, 18, H), KEEP],
  ['xauth_token=' + fake(32, 18, H), "xauth_token=[REDACTED_TOKEN]"],
  ['\\"aws_secret_access_key\\":\\"' + fake(40, 17, B) + '\\"', "\\\"aws_secret_access_key\\\":\\\"[REDACTED_AWS_KEY]\\\""],
];

describe('vendor keys, Twilio SIDs and named vendor secrets (vendors.ts), at their bounds', () => {
  for (const [token, replacedBy] of VENDOR_KEYS) {
    test(token.slice(0, 60), () => {
      const input = `key ${token} end`;
      assert.equal(redact(input).text, replacedBy === KEEP ? input : `key ${replacedBy} end`);
    });
  }
});

describe('fieldWord: which field holds a secret, by its label, name, selector or type', () => {
  const cases: ReadonlyArray<[text: string, word: string | undefined]> = [
    // Long words anywhere; the first in the list wins where one holds another.
    ['Password', 'password'], ['Enter passwd', 'passwd'], ['passphrase', 'passphrase'], ['Passcode', 'passcode'], ['client secret', 'secret'],
    ['API token', 'token'], ['credential', 'credential'], ['one-time code', 'one-time'], ['one time code', 'one time'], ['onetime', 'onetime'],
    ['verification code', 'verification code'], ['security code', 'security code'], ['auth code', 'auth code'], ['api key', 'api key'],
    ['api-key', 'api-key'], ['apikey', 'apikey'], ['card number', 'card number'], ['cardnumber', 'cardnumber'], ['card-number', 'card-number'],
    ['cc-number', 'cc-number'], ['cc-csc', 'cc-csc'], ['current-password', 'password'], ['new-password', 'password'], ['passWord', 'password'],
    ['typePassword', 'password'], ['myPassCode', 'passcode'], ['PassCode', 'passcode'],
    ['<input type="password">', 'password'], ["<input type='password'>", 'password'], ['type=password', 'password'],
    // Short words only whole, or as a camelCase part.
    ['#pin', 'pin'], ['pinCode', 'pin'], ['userPin', 'pin'], ['USER_PIN', 'pin'], ['PIN', 'pin'], ['pin2', 'pin'], ['aPin', 'pin'], ['A-PIN', 'pin'],
    ['pin-code', 'pin'], ['pin_code', 'pin'], ['Pin Code', 'pin'], ['SpinPin', 'pin'], ['#otp', 'otp'], ['otpCode', 'otp'], ['cvv', 'cvv'], ['CVV2', 'cvv'],
    ['cvc', 'cvc'], ['csc', 'csc'], ['#pw', 'pw'], ['pwd', 'pwd'], ['Pass', 'pass'], ['xPASS', 'pass'], ['mfa', 'mfa'], ['2fa', '2fa'], ['totp', 'totp'],
    ['ssn', 'ssn'], ['SSN:', 'ssn'],
    ['PINs', undefined], ['PINCode', undefined], ['spinner', undefined], ['upin', undefined], ['bypass', undefined], ['compass', undefined],
    ['PASSx', undefined], ['opt', undefined], ['Email', undefined], ['Name', undefined], ['', undefined],
    // A placeholder ([redacted_ + 2 to 12 of a-z and _ + ]) names what was replaced, not a field.
    ['[REDACTED_SSN]', undefined], ['[REDACTED_PW]', undefined], ['[REDACTED_PASSWORD_OK]', undefined], ['[REDACTED_PASSWORD_SSN]', undefined],
    ['[REDACTED_SSN] [REDACTED_PIN]', undefined], ['[REDACTED_PHONE].fill', undefined], ['[REDACTED_P-W]', undefined],
    ['[REDACTED_PASSWORD_SSNX]', 'password'], ['[REDACTED_PASSWORD', 'password'], ['[REDACTED_PIN', 'pin'], ['[REDACTED_PW2]', 'pw'],
    ['[REDACTED_SSN] password', 'password'], ['[REDACTED_PW] pw', 'pw'], ['pw [REDACTED_PW]', 'pw'], ['x[REDACTED_CC]pin', 'pin'],
  ];
  for (const [text, word] of cases) {
    test(`${JSON.stringify(text)} -> ${word ?? 'none'}`, () => {
      assert.equal(fieldWord(text), word);
      assert.equal(isSecretField(text), word !== undefined);
    });
  }
});
