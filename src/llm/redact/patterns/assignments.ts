import { SECRET_SUFFIX, SECRET_WORD, isSecretKeyName, secretTypeForKey } from '../secret-names.js';
import { lineBefore, linesBefore, nameStart } from '../context.js';
import type { PatternMatch, RedactionPattern } from '../types.js';
import { isSecretValue } from '../value-checks.js';

const SEP = String.raw`[ \t]{0,4}(?:=>|:=|[:=])(?!=)[ \t]{0,4}`;

function keyType(m: PatternMatch) {
  return secretTypeForKey(m.groups.key ?? '');
}

/**
 * For `key: value` matches: the key word may sit inside a longer name (`db_password`), so look at
 * the whole name; and `'Password:'` inside a string literal is a label, not an assignment, when
 * the "value" starts with the quote that opened that literal.
 */
function acceptAssignment(m: PatternMatch): boolean {
  const keyText = m.groups.key ?? '';
  const keyStart = m.start + (m.groups.pre ?? '').lastIndexOf(keyText);
  const start = nameStart(m.input, keyStart);
  // Only a bare `pwd` word can be a known non-secret name (PWD, OLDPWD); skip the slice otherwise.
  const fullName = keyText.length === 3 ? m.input.slice(start, keyStart + keyText.length) : keyText;
  if (!isSecretKeyName(fullName)) return false;
  // `https://x-access-token:...@host`: URL user info, left to the URL patterns.
  if (m.input[start - 1] === '/' && m.input[start - 2] === '/') return false;
  const opener = m.input[start - 1];
  if ((opener === '"' || opener === "'" || opener === '`') && m.groups.kq === undefined) {
    const valueStart = m.end - m.secret.length;
    if (m.input[valueStart - 1] === opener || m.input[valueStart] === opener) return false;
  }
  return isSecretValue(m.secret, m.input[m.end], keyText);
}

const ENV_PREFIX_MAX = 80;

/** True when only `[ \t]*(export )?NAME_PREFIX` stands between the line start and `keyStart`. */
function startsEnvLine(input: string, keyStart: number): boolean {
  let head = lineBefore(input, keyStart, ENV_PREFIX_MAX);
  // A longer prefix than the window is not an env line worth the look.
  if (head.length === ENV_PREFIX_MAX && keyStart > ENV_PREFIX_MAX) return false;
  head = head.trimStart();
  if (head.startsWith('export ')) head = head.slice(7).trimStart();
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return true;
}

/**
 * Env dumps: `DB_PASSWORD=...`, `export API_TOKEN=...` on a line of their own: the value runs to
 * the end of the line (spaces included), where key=value would stop at the first space.
 */
export const envAssignmentPattern: RedactionPattern = {
  name: 'env-assignment',
  type: keyType,
  regex:
    /(?<pre>(?<key>(?:PASSWORD|PASSWD|PASSPHRASE|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SESSION_?(?:ID|KEY)|SESSID|SIGNATURE)(?:_?(?:ACCESS_?)?KEY)?(?:_?(?:BASE|HASH|VALUE|\d{1,2}))?)=)[^\r\n]{1,4096}/g,
  unquote: true,
  accept: (m) => startsEnvLine(m.input, m.start) && acceptAssignment(m),
};

/**
 * `password=...`, `"apiKey": "..."`, `token: ...`, `?access_token=...&`, `\"secret\":\"...\"`:
 * the key stays, the value goes. Quoted values may hold spaces; bare ones stop at whitespace,
 * quotes, `&`, `;`, `,`, brackets and `<>`.
 */
export const keyValuePattern: RedactionPattern = {
  name: 'key-value-secret',
  type: keyType,
  regex: new RegExp(
    String.raw`(?<pre>(?<key>${SECRET_WORD}${SECRET_SUFFIX})(?![A-Za-z0-9_-])(?<kq>\\?["'\x60])?${SEP})` +
      String.raw`(?:\\"[^"\\\r\n]{1,512}(?:\\")?|"(?:[^"\\\r\n]|\\.){1,512}"?|'[^'\r\n]{1,512}'?|\x60[^\x60\r\n]{1,512}\x60?|[^\s"'\x60&;,<>(){}]{1,512})`,
    'gi',
  ),
  unquote: true,
  accept: acceptAssignment,
};

const FILL_CONTEXT = 200;
const FILL_WORDS = ['password', 'passwd', 'passphrase', 'secret', 'token'];

/** The secret word in `text` (lower-cased), if any; `pin` only as a whole word (not `spinner`). */
function fillWord(text: string): string | undefined {
  const found = FILL_WORDS.find((w) => text.includes(w));
  if (found) return found;
  for (let i = text.indexOf('pin'); i !== -1; i = text.indexOf('pin', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 3);
    const letter = (c: number) => c >= 0x61 && c <= 0x7a;
    if (!letter(before) && !letter(after)) return 'pin';
  }
  return undefined;
}

/** The source line before a fill call plus its own selector argument, lower-cased. */
function fillContext(m: PatternMatch): string {
  return (lineBefore(m.input, m.start, FILL_CONTEXT) + (m.groups.pre ?? '')).toLowerCase();
}

/**
 * Test source in error-context.md: `getByLabel('Password').fill('hunter2')`,
 * `passwordInput.type('x')`, `page.fill('#password', 'x')`. The call is matched; the secret word
 * must appear earlier on its line or in its selector argument.
 */
export const playwrightFillSourcePattern: RedactionPattern = {
  name: 'playwright-fill-source',
  type: (m) => secretTypeForKey(fillWord(fillContext(m)) ?? ''),
  regex:
    /(?<pre>\.(?:fill|type|pressSequentially)\([ \t]{0,4}(?:['"`][^'"`\n]{0,200}['"`][ \t]{0,4},[ \t]{0,4})?['"`])[^'"`\n]{1,512}(?<post>['"`])/g,
  literals: [...FILL_WORDS, 'pin'],
  accept: (m) => !m.secret.startsWith('${') && fillWord(fillContext(m)) !== undefined,
};

const FILL_LOG_LOOKBACK_LINES = 5;
/** How far back a call-log fill looks for its password input (chunking keeps this much context). */
export const FILL_LOG_LOOKBACK_CHARS = 3000;

/** True when one of the few call-log lines before `start` resolved to a password input. */
function afterPasswordInput(input: string, start: number): boolean {
  return linesBefore(input, start, FILL_LOG_LOOKBACK_LINES, FILL_LOG_LOOKBACK_CHARS).includes('type="password"');
}

/**
 * Playwright's call log prints what it typed: `- fill("hunter2")` a line or two after
 * `locator resolved to <input type="password" .../>`. The typed value of password inputs goes.
 * The value runs to the end of the line (Playwright does not escape it); the closing `")` is
 * given back.
 */
export const playwrightFillLogPattern: RedactionPattern = {
  name: 'playwright-fill-log',
  type: 'PASSWORD',
  regex: /(?<pre>- (?:elementHandle\.)?(?:fill|type)\(")[^\r\n]{1,1024}/g,
  literals: ['type="password"'],
  trimEnd: '")',
  accept: (m) => afterPasswordInput(m.input, m.start),
};
