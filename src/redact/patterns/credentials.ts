import { hasNonLetter, isBasicCredential } from '../checksums.js';
import { runBefore } from '../context.js';
import type { RedactionPattern } from '../types.js';
import { isSecretValue } from '../value-checks.js';

/** Sentence punctuation that ends a URL in prose rather than belonging to it. */
const URL_TRAILING = '.,;:!?)]}';

/** The longest text a PEM match can span: header, 16384 body characters, END line. */
export const PEM_MAX_SPAN = 16_600;

/**
 * PEM private keys, whole block. The END line is optional so a block cut off by Playwright's
 * 1000-character body limit is still covered; the body stops at the next `-----`.
 */
export const privateKeyPattern: RedactionPattern = {
  name: 'pem-private-key',
  type: 'PRIVATE_KEY',
  literals: ['-----begin'],
  regex:
    /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){0,16384}(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/g,
};

/** JSON Web Tokens: three base64url segments, the header starting `eyJ` (`{"`). */
export const jwtPattern: RedactionPattern = {
  name: 'jwt',
  type: 'JWT',
  literals: ['eyj'],
  window: 'literals',
  regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,8192}/g,
};

/** URL schemes of databases and brokers whose URLs go whole when they carry a password. */
const DB_SCHEMES = new Set([
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss',
  'amqp', 'amqps', 'mssql', 'sqlserver', 'cockroachdb',
]);

function isDbScheme(scheme: string): boolean {
  const lower = scheme.toLowerCase();
  if (DB_SCHEMES.has(lower)) return true;
  // SQLAlchemy-style driver suffixes: postgresql+psycopg://
  const plus = lower.indexOf('+');
  return plus > 0 && DB_SCHEMES.has(lower.slice(0, plus));
}

function isSchemeChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}

/** The scheme before `://` at `at`: 2-25 scheme characters starting with a letter, else -1. */
function schemeStart(input: string, at: number, limit: number): number {
  const start = runBefore(input, at, 25, limit, isSchemeChar);
  if (start < 0 || at - start < 2) return -1;
  return ((input.charCodeAt(start) | 0x20) >= 0x61 && (input.charCodeAt(start) | 0x20) <= 0x7a) ? start : -1;
}

/**
 * `scheme://user:password@host/...`. A database or broker URL goes whole (`[REDACTED_DB_URL]`,
 * host and database name included); any other URL keeps its user and host and loses the password.
 * The regex starts at `://`; the scheme is found going back.
 */
export const urlCredentialsPattern: RedactionPattern = {
  name: 'url-credentials',
  // split() makes the whole URL the secret for databases only; a password never holds '/'.
  type: ({ secret }) => (secret.includes('://') ? 'DB_URL' : 'PASSWORD'),
  literals: ['://'],
  window: 'literals',
  regex: /:\/\/(?<user>[^\s:@/'"`<>]{0,256}):(?<password>[^\s@/'"`<>]{1,256})@[^\s'"`<>]{0,2048}/g,
  extendBack: schemeStart,
  split: (match, groups) => {
    const scheme = match.slice(0, match.indexOf('://'));
    if (isDbScheme(scheme)) {
      let cut = match.length;
      while (cut > 0 && URL_TRAILING.includes(match[cut - 1] as string)) cut--;
      return { pre: '', secret: match.slice(0, cut), post: match.slice(cut) };
    }
    const password = groups.password ?? '';
    const pre = `${scheme}://${groups.user ?? ''}:`;
    return { pre, secret: password, post: match.slice(pre.length + password.length) };
  },
};

/** `Bearer <token>` anywhere (headers, curl lines, JSON); prose such as "bearer credentials" stays. */
export const bearerPattern: RedactionPattern = {
  name: 'bearer-token',
  type: 'TOKEN',
  literals: ['bearer'],
  window: 'literals',
  regex: /(?<pre>(?<![A-Za-z0-9_-])(?:Bearer|bearer|BEARER)[ \t]{1,4})[A-Za-z0-9._~+/-]{8,8192}={0,4}/g,
  accept: ({ secret }) => secret.length >= 20 || hasNonLetter(secret),
};

/** `Basic <base64 of user:password>`: only when it decodes to printable `user:password`. */
export const basicAuthPattern: RedactionPattern = {
  name: 'basic-auth',
  type: 'TOKEN',
  literals: ['basic'],
  window: 'literals',
  regex: /(?<pre>(?<![A-Za-z0-9_-])(?:Basic|basic|BASIC)[ \t]{1,4})[A-Za-z0-9+/]{4,4096}={0,2}(?![A-Za-z0-9+/=])/g,
  accept: ({ secret }) => isBasicCredential(secret),
};

/** Any other `Authorization:` value (`Token abc`, a raw key); the scheme word stays. */
export const authorizationHeaderPattern: RedactionPattern = {
  name: 'authorization-header',
  type: 'TOKEN',
  literals: ['authorization'],
  window: 'literals',
  regex:
    /(?<pre>(?<![A-Za-z0-9_-])(?:proxy-)?authorization\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:[A-Za-z]{2,20}[ \t]{1,4})?)[^\s"'\\,]{4,8192}/gi,
  accept: ({ secret, input, end }) => isSecretValue(secret, input[end]),
};
