import { isCardNumber, isIssuableSsn } from '../checksums.js';
import { runBefore } from '../context.js';
import type { RedactionPattern } from '../types.js';

/** "Domains" that are really file names (`logo@2x.png`) or module paths. */
const FILE_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp',
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'map', 'css', 'scss', 'less',
  'json', 'html', 'htm', 'xml', 'md', 'txt', 'yml', 'yaml', 'lock', 'zip', 'gz', 'tgz',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'webm', 'mp4', 'pdf',
]);

/** Local parts that name a service account, not a person (`git@github.com:org/repo.git`). */
const SERVICE_USERS = new Set(['git']);

function isLocalPartChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/**
 * Email addresses; example.com & co. are kept by the allowlist. The regex starts at the `@` (a
 * literal the engine finds fast) and the local part, up to 64 characters, is found going back.
 * `user@host` right after `//` is a URL's user name (`https://octocat@github.com/...`), not an
 * address.
 */
export const emailPattern: RedactionPattern = {
  name: 'email',
  type: 'EMAIL',
  literals: ['@'],
  window: 'literals',
  regex: /@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  extendBack: (input, at, limit) => runBefore(input, at, 64, limit, isLocalPartChar),
  accept: ({ secret, input, start }) => {
    if (input[start - 1] === '/' && input[start - 2] === '/') return false;
    const at = secret.lastIndexOf('@');
    const tld = secret.slice(secret.lastIndexOf('.') + 1).toLowerCase();
    return !FILE_EXTENSIONS.has(tld) && !SERVICE_USERS.has(secret.slice(0, at).toLowerCase());
  },
};

const d = (n: number) => String.raw`\d`.repeat(n);

/** Printed card groupings, 4-4-4-4 and 4-6-4/4-6-5 (Amex, Diners), one kind of separator each (the code after a card may use either). */
const CARD_GROUPS = [' ', '-'].map(
  (s) => `${d(4)}${s}${d(4)}${s}${d(4)}${s}${d(4)}(?:[ -]${d(3)})?|${d(4)}${s}${d(6)}${s}${d(4)}\\d?|${d(4)}${s}${d(4)}${s}${d(4)}${s}\\d{1,3}`,
);

/**
 * Digit-shaped identifiers, in one scan: US SSNs in NNN-NN-NNNN form (issuable ranges only) and
 * Luhn-valid card numbers, 13-19 digits unbroken or in printed groups. Fixed groups, so a card
 * followed by more numbers (`4111 1111 1111 1111 12/25`) is still cut at the card.
 */
export const digitIdPattern: RedactionPattern = {
  name: 'ssn-or-card',
  type: ({ groups }) => (groups.ssn !== undefined ? 'SSN' : 'CC'),
  regex: new RegExp(
    String.raw`(?<![\w-])(?:(?<ssn>\d{3}-\d{2}-\d{4})(?![\w-])|(?:${CARD_GROUPS.join('|')}|\d{13,19})(?![\w]|-\d))`,
    'g',
  ),
  window: { classes: ['id-digits'] },
  accept: ({ secret, groups }) => (groups.ssn !== undefined ? isIssuableSsn(secret) : isCardNumber(secret) || isCardWithCode(secret)),
};

/**
 * `4111 1111 1111 1111 123`: a 16-digit card and the 3 digits printed after it (its security code,
 * most often), after a space or a dash whatever the card's own separator (`4111 1111 1111 1111-123`
 * too). The regex takes the five groups as one 19-digit candidate, which
 * fails Luhn; the card is then judged on its own and the code goes with it.
 */
function isCardWithCode(secret: string): boolean {
  if (secret.length !== 23) return false;
  const sep = secret[4];
  const codeSep = secret[19];
  return (sep === ' ' || sep === '-') && (codeSep === ' ' || codeSep === '-') && isCardNumber(secret.slice(0, 19));
}

/**
 * Phone numbers, in one scan:
 * - US: (555) 123-4567, 555-123-4567, 555.123.4567, 1-800-555-1234, and with +1 any of
 *   space/dot/dash. Bare digit runs and space-only groups without +1 are left alone: they are
 *   durations, ids and counts far more often than phone numbers.
 * - E.164 without separators: +447911123456.
 * - International with separators: +44 20 7946 0958, +49-30-1234567 (8-15 digits).
 * Explicit \d\d\d in the US part keeps the repetition count small for recheck's exact check.
 */
export const phonePattern: RedactionPattern = {
  name: 'phone',
  type: 'PHONE',
  regex:
    /(?<![\w+.-])(?:\+1[ .-]?(?:\([2-9]\d\d\)[ .-]?|[2-9]\d\d[ .-]?)\d\d\d[ .-]?\d\d\d\d|(?:1-)?\([2-9]\d\d\) ?\d\d\d-\d\d\d\d|(?:1-)?[2-9]\d\d-\d\d\d-\d\d\d\d|[2-9]\d\d\.\d\d\d\.\d\d\d\d)(?![\w-]|\.\d)|(?<![\w+])\+[1-9]\d{7,14}(?!\w)|(?<![\w+])(?<intl>\+[1-9]\d{0,3}(?:[ .-]\d{1,8}){2,6})(?!\w|[.-]\d)/g,
  window: { classes: ['phone-digits'] },
  accept: ({ secret, groups }) => {
    if (groups.intl === undefined) return true;
    let digits = 0;
    for (const ch of secret) if (ch >= '0' && ch <= '9') digits++;
    return digits >= 8 && digits <= 15;
  },
};
