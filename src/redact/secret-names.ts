import type { RedactionType } from './types.js';

/**
 * Words that make a key name secret, as a regex fragment (used case-insensitively). A key is
 * secret when it ends in one of these, optionally followed by a `key`/`base`/`hash`/`value`/digit
 * suffix: `DB_PASSWORD`, `SECRET_KEY_BASE`, `x-api-key`, `accessToken`, `password2`. `max_tokens`
 * and `tokenizer` are not. Bare `key`, `pass` and `auth` are left out: they name Playwright
 * keyboard keys, test counts and booleans far more often than secrets.
 */
export const SECRET_WORD =
  String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|session[_-]?(?:id|key)|sessid|signature)`;
export const SECRET_SUFFIX = String.raw`(?:[_-]?(?:access[_-]?)?key)?(?:[_-]?(?:base|hash|value|\d{1,4}))?`;

/** Whole key names that contain a secret word but hold no secret (the shell's working directory). */
const NOT_SECRET = new Set(['pwd', 'oldpwd']);
const NOT_SECRET_LENGTHS = new Set([...NOT_SECRET].map((n) => n.length));

/** Key names, separators removed and lower-cased, that redactDeep treats as secret. */
const DEEP_SECRET_ENDINGS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'signingkey',
  'encryptionkey',
  'authorization',
  'auth',
  'cookie',
  'sessionid',
  'sessionkey',
  'sessid',
  'signature',
];

function normalise(name: string): string {
  const lower = name.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x5f || c === 0x2d || c === 0x2e || c === 0x20) {
      out += lower.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}

// Key names repeat (`password`, `token`): classify each once.
const typeCache = new Map<string, RedactionType>();
const TYPE_CACHE_MAX = 512;

/** The placeholder type for the value of a secret key name. */
export function secretTypeForKey(name: string): RedactionType {
  const cached = typeCache.get(name);
  if (cached) return cached;
  const type = classify(normalise(name));
  if (typeCache.size >= TYPE_CACHE_MAX) typeCache.clear();
  typeCache.set(name, type);
  return type;
}

function classify(n: string): RedactionType {
  if (n.includes('privatekey')) return 'PRIVATE_KEY';
  if (n.includes('apikey') || n.includes('accesskey')) return 'API_KEY';
  if (
    n.includes('token') ||
    n.includes('session') ||
    n.includes('sessid') ||
    n.includes('signature') ||
    n.endsWith('auth') ||
    n.endsWith('authorization') ||
    n.endsWith('cookie')
  ) {
    return 'TOKEN';
  }
  return 'PASSWORD';
}

/** False for names like `PWD` that contain a secret word but are known to hold none. */
export function isSecretKeyName(fullName: string): boolean {
  // Only names as long as one of NOT_SECRET's can be one: skip lower-casing the rest.
  return !(NOT_SECRET_LENGTHS.has(fullName.length) && NOT_SECRET.has(fullName.toLowerCase()));
}

/**
 * True when an object key names a secret (redactDeep replaces its whole value): `password`,
 * `dbPassword`, `client_secret`, `apiKey`, `Authorization`, `refreshToken`; not `maxTokens`.
 */
export function isSecretObjectKey(name: string): boolean {
  if (!isSecretKeyName(name)) return false;
  let n = normalise(name);
  // `password2`, `token_1`
  while (n.length > 0 && n.charCodeAt(n.length - 1) >= 48 && n.charCodeAt(n.length - 1) <= 57) n = n.slice(0, -1);
  for (const suffix of ['hash', 'value', 'base']) if (n.endsWith(suffix)) n = n.slice(0, -suffix.length);
  return DEEP_SECRET_ENDINGS.some((ending) => n.endsWith(ending));
}
