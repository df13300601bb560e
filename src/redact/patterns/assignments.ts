import { SECRET_SUFFIX, SECRET_WORD, isSecretKeyName, secretTypeForKey } from '../secret-names.js';
import { lineBefore, linesBefore, nameStart } from '../context.js';
import type { PatternMatch, RedactionPattern } from '../types.js';
import { isSecretValue, isTemplateValue } from '../value-checks.js';
import { looksRandom } from '../checksums.js';
import { fieldWord, FIELD_KEYWORDS } from './fields.js';

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
  // `PWD=/home/runner` is the shell's working directory; a lower-case `pwd: S3cret` in YAML is a password.
  if (!isSecretKeyName(fullName) && (fullName === fullName.toUpperCase() || isPathLike(m.secret))) return false;
  // `https://x-access-token:...@host`: URL user info, left to the URL patterns.
  if (m.input[start - 1] === '/' && m.input[start - 2] === '/') return false;
  const opener = m.input[start - 1];
  if ((opener === '"' || opener === "'" || opener === '`') && m.groups.kq === undefined) {
    const valueStart = m.end - m.secret.length;
    if (m.input[valueStart - 1] === opener || m.input[valueStart] === opener) return false;
  }
  if (isProse(m) || isDeclaredReference(m, start)) return false;
  return isSecretValue(m.secret, m.input[m.end], keyText);
}

const DECLARATIONS = ['const ', 'let ', 'var '];

/**
 * `const pw = page`, `let secret = getSecret`: a JavaScript declaration whose value is a bare
 * identifier (or a member chain of them) names a variable, not a secret. Only after `const`/`let`/
 * `var` and `=`, and only unquoted: `const pw = 'page'` still goes.
 */
function isDeclaredReference(m: PatternMatch, nameAt: number): boolean {
  const valueStart = m.end - m.secret.length;
  let i = valueStart - 1;
  while (i > nameAt && m.input[i] === ' ') i--;
  if (m.input[i] !== '=' || !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(m.secret)) return false;
  let j = nameAt;
  while (j > 0 && (m.input[j - 1] === ' ' || m.input[j - 1] === '\t')) j--;
  if (j === nameAt) return false;
  const head = m.input.slice(Math.max(0, j - 6), j) + ' ';
  return DECLARATIONS.some((d) => head.endsWith(d) && !/[\w$]/.test(head[head.length - d.length - 1] ?? ''));
}

function isLetters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const lower = value.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) return false;
  }
  return true;
}

/**
 * `Invalid token: jwt malformed`, `Password: must be 8 characters`: after a `:` and a space, an
 * unquoted letters-only word followed by another word is a message, not a value.
 */
function isProse(m: PatternMatch): boolean {
  const valueStart = m.end - m.secret.length;
  if (m.input[valueStart - 1] !== ' ') return false;
  let i = valueStart - 1;
  while (i > 0 && m.input[i] === ' ') i--;
  if (m.input[i] !== ':') return false;
  if (!isLetters(m.secret)) return false;
  const after = m.input.charCodeAt(m.end + 1) | 0x20;
  return m.input[m.end] === ' ' && after >= 0x61 && after <= 0x7a;
}

function isPathLike(value: string): boolean {
  const v = value.startsWith('"') || value.startsWith("'") ? value.slice(1) : value;
  return v.startsWith('/') || v.startsWith('~') || v.startsWith('.') || (v[1] === ':' && (v[2] === '\\' || v[2] === '/'));
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

/** Every way an env key of envAssignmentPattern can end (its words and suffixes), lower case. */
const ENV_KEY_ENDINGS = [
  'password', 'passwd', 'passphrase', 'passcode', 'pass', 'pwd', 'pw', 'pin', 'otp', 'secret', 'token', 'credential',
  'credentials', 'auth', 'key', 'id', 'sessid', 'signature', 'base', 'hash', 'value', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
];

/**
 * Env dumps: `DB_PASSWORD=...`, `export API_TOKEN=...` on a line of their own: the value runs to
 * the end of the line (spaces included), where key=value would stop at the first space.
 */
export const envAssignmentPattern: RedactionPattern = {
  name: 'env-assignment',
  type: keyType,
  regex:
    /(?<pre>(?<key>(?:PASSWORD|PASSWD|PASSPHRASE|PASSCODE|PASS|PWD|PW|PIN|OTP|SECRET|TOKEN|CREDENTIALS?|AUTH|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SESSION_?(?:ID|KEY)|SESSID|SIGNATURE|KEY)(?:_?(?:ACCESS_?)?KEY)?(?:_?(?:BASE|HASH|VALUE|\d{1,4}))?)=)[^\r\n]{1,4096}/g,
  literals: ['pass', 'pwd', 'pw', 'pin', 'otp', 'secret', 'token', 'credential', 'auth', 'key', 'session', 'sessid', 'signature'],
  // What the key can end with, and its `=`.
  window: { keywords: [...ENV_KEY_ENDINGS.map((e) => e + '=')] },
  unquote: true,
  accept: (m) => startsEnvLine(m.input, m.start) && weakEnvKeyOk(m) && acceptAssignment(m),
};

/** Key words that name a secret only as a whole `_`-separated part: `SMTP_PASS`, not `BYPASS`. */
const WEAK_ENV_WORDS = new Set(['PASS', 'PW', 'PIN', 'OTP', 'AUTH', 'KEY', 'CREDENTIAL', 'CREDENTIALS']);

function weakEnvKeyOk(m: PatternMatch): boolean {
  const key = m.groups.key ?? '';
  const head = key.split('_')[0] ?? key;
  const before = m.input[m.start - 1];
  const whole = before === undefined || before === '_' || before === ' ' || before === '\t' || before === '\n';
  if (!WEAK_ENV_WORDS.has(head) && !WEAK_ENV_WORDS.has(key)) return true;
  if (!whole) return false;
  if (key === 'KEY' || key === 'AUTH') return looksLikeKeyValue(m.secret);
  if (key === 'PASS') return !/^\d{1,3}$/.test(m.secret);
  return true;
}

/** `*_KEY=`/`*_AUTH=` hold keys far more often than not, but also `PARTITION_KEY=id`: want a random-looking value. */
function looksLikeKeyValue(value: string): boolean {
  return value.length >= 12 && looksRandom(value);
}

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
  literals: ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api', 'access', 'private', 'session', 'sessid', 'signature'],
  window: 'literals',
  unquote: true,
  accept: acceptAssignment,
};

/**
 * Short secret names as whole words: `SMTP_PASS: x`, `pass: x`, `pin=1234`, `otp: 123456`,
 * `cvv: 123`, `credentials: admin:pw`. A left boundary keeps `bypass`, `compass`, `spin` out.
 */
export const shortKeyValuePattern: RedactionPattern = {
  name: 'short-key-value-secret',
  type: 'PASSWORD',
  regex: new RegExp(
    String.raw`(?<pre>(?<![A-Za-z])(?<key>pass|pw|pin|otp|totp|cvv2?|cvc2?|passcode|credentials?)(?![A-Za-z0-9-])(?<kq>\\?["'\x60])?${SEP})` +
      String.raw`(?:\\"[^"\\\r\n]{1,512}(?:\\")?|"(?:[^"\\\r\n]|\\.){1,512}"?|'[^'\r\n]{1,512}'?|\x60[^\x60\r\n]{1,512}\x60?|[^\s"'\x60&;,<>(){}]{1,512})`,
    'gi',
  ),
  literals: ['pass', 'pw', 'pin', 'otp', 'cvv', 'cvc', 'credential'],
  window: 'literals',
  unquote: true,
  accept: (m) => {
    const key = (m.groups.key ?? '').toLowerCase();
    if (key === 'pass' && /^\d{1,3}$/.test(m.secret)) return false;
    if (key.startsWith('credential') && ['include', 'same-origin', 'omit'].includes(m.secret.toLowerCase())) return false;
    return acceptAssignment(m);
  },
};

const FILL_CONTEXT = 200;
/** Lines before a fill call that may still belong to its chain (Prettier puts `.fill(` on its own line). */
const CHAIN_LINES = 3;

function fillType(word: string | undefined) {
  return secretTypeForKey(word === 'token' || word === 'secret' ? word : 'password');
}

/** Strips a code-frame gutter (`> 12 |`, `  12 |`) and leading space off a source line. */
function codeOf(line: string): string {
  const bar = line.indexOf('|');
  const head = bar === -1 ? '' : line.slice(0, bar).trim();
  const gutter = bar !== -1 && /^>?\s*\d{0,6}$/.test(head);
  return (gutter ? line.slice(bar + 1) : line).trim();
}

/**
 * The source before a fill call: its own line up to the call and its selector argument, plus, when
 * the call opens its line (`.fill(` of a Prettier chain), the lines of the chain above it.
 */
function fillContext(m: PatternMatch): string {
  let context = lineBefore(m.input, m.start, FILL_CONTEXT) + (m.groups.pre ?? '');
  if (codeOf(lineBefore(m.input, m.start, FILL_CONTEXT)) === '') {
    const lines = linesBefore(m.input, m.start, CHAIN_LINES + 1, FILL_CONTEXT * CHAIN_LINES).split('\n');
    // The chain ends upwards at the line holding `await`, or before a line that ends a statement.
    const chain: string[] = [];
    for (let i = lines.length - 2; i >= 0; i--) {
      const code = codeOf(lines[i] ?? '');
      if (code.endsWith(';') || code.endsWith('{') || code.endsWith('}')) break;
      chain.unshift(code);
      if (code.includes('await ') || code.includes('const ') || code.includes('let ')) break;
    }
    context = chain.join(' ') + ' ' + context;
  }
  return context;
}

/**
 * The field word of a match, worked out once for `accept` and `type`: replacement() calls type
 * right after an accept that returned true, with the same match object. Only that match is held
 * (never past its type call), so no input outlives its redact() call here.
 */
function fieldWordOnce(context: (m: PatternMatch) => string): {
  accept: (m: PatternMatch) => string | undefined;
  type: (m: PatternMatch) => string | undefined;
  /** Lets go of the match when a later check refuses it (no type call follows). */
  drop: () => void;
} {
  let held: PatternMatch | undefined;
  let heldWord: string | undefined;
  return {
    drop: () => {
      held = undefined;
    },
    accept: (m) => {
      const word = fieldWord(context(m));
      held = word === undefined ? undefined : m;
      heldWord = word;
      return word;
    },
    type: (m) => {
      const word = held === m ? heldWord : fieldWord(context(m));
      held = undefined;
      return word;
    },
  };
}

const fillSourceWord = fieldWordOnce(fillContext);

/**
 * Test source in error-context.md: `getByLabel('Password').fill('hunter2')`, `locator('#pw').fill(x)`,
 * `passwordInput.type('x')`, `page.fill('#password', 'x')`, and Prettier chains with `.fill('x')`
 * on a line of its own. The call is matched; its field must say password/secret/token/PIN/OTP/CVV
 * (see fields.ts) on the call's line, in its selector argument or in the chain above it.
 */
export const playwrightFillSourcePattern: RedactionPattern = {
  name: 'playwright-fill-source',
  type: (m) => fillType(fillSourceWord.type(m)),
  regex:
    /(?<pre>\.(?:fill|type|pressSequentially)\([ \t]{0,4}(?:(?:'[^'\n]{0,200}'|"[^"\n]{0,200}"|`[^`\n]{0,200}`)[ \t]{0,4},[ \t]{0,4})?['"`])[^'"`\n]{1,512}(?<post>['"`])/g,
  // A field word must occur for any fill to qualify: text without one never meets this regex.
  literals: FIELD_KEYWORDS,
  window: { keywords: ['.fill(', '.type(', '.presssequentially('] },
  accept: (m) => !isTemplateValue(m.secret) && fillSourceWord.accept(m) !== undefined,
};

const FILL_LOG_LOOKBACK_LINES = 5;
/** How far back a call-log fill looks for its field (chunking keeps this much context). */
export const FILL_LOG_LOOKBACK_CHARS = 3000;

/**
 * The call-log lines about the field a fill typed into: back to the nearest `waiting for` line
 * (each action's log starts there), at most a few lines.
 */
function fieldLines(input: string, start: number): string {
  const floor = Math.max(0, start - FILL_LOG_LOOKBACK_CHARS);
  const out: string[] = [];
  // The lines above the fill's own, bottom up, read in place: at most FILL_LOG_LOOKBACK_LINES - 1
  // of them, never below `floor` (a line cut there is read from it). `end` is the newline that ends
  // the line being read.
  let end = start > floor ? input.lastIndexOf('\n', start - 1) : -1;
  for (let n = 1; n < FILL_LOG_LOOKBACK_LINES && end >= floor; n++) {
    const before = end > floor ? input.lastIndexOf('\n', end - 1) : -1;
    const line = input.slice(before >= floor ? before + 1 : floor, end);
    // Another action's value line: its field is not this one.
    if (OTHER_VALUE_LINE.test(line)) break;
    out.push(line);
    if (line.includes('waiting for ') || before < floor) break;
    end = before;
  }
  return out.join('\n');
}

const OTHER_VALUE_LINE = /- (?:elementHandle\.)?(?:fill|type)\("/;

const fillLogWord = fieldWordOnce((m) => fieldLines(m.input, m.start));
const unexpectedValueWord = fieldWordOnce((m) => fieldLines(m.input, m.start));

/** Where a call-log fill line's `- ` starts (`- fill("`, `- elementHandle.type("`), or -1 for other calls. */
function fillLogStart(input: string, at: number, limit: number): number {
  for (const prefix of ['- ', '- elementHandle.', '- locator.']) {
    const start = at - prefix.length;
    if (start >= limit && input.startsWith(prefix, start)) return start;
  }
  return -1;
}

/**
 * Playwright's call log prints what it typed: `- fill("hunter2")` a line or two after
 * `waiting for getByLabel('Password')` / `locator resolved to <input type="password" .../>`. The
 * typed value of secret fields goes. The value runs to the end of the line (Playwright does not
 * escape it); the closing `")` is given back.
 */
export const playwrightFillLogPattern: RedactionPattern = {
  name: 'playwright-fill-log',
  type: (m) => fillType(fillLogWord.type(m)),
  // Starts at the method name (a rare literal), not at `- ` (every call-log line has one).
  regex: /(?:fill|type|pressSequentially)\("[^\r\n]{1,1024}/g,
  extendBack: fillLogStart,
  split: (match) => {
    const open = match.indexOf('("') + 2;
    return { pre: match.slice(0, open), secret: match.slice(open), post: '' };
  },
  literals: FIELD_KEYWORDS,
  window: { keywords: ['fill("', 'type("', 'presssequentially("'] },
  trimEnd: '")',
  // The field first: most call-log fills type into fields that hold no secret, and that look stops at
  // the line above.
  accept: (m) => {
    if (fillLogWord.accept(m) === undefined) return false;
    if (!isTemplateValue(m.secret.endsWith('")') ? m.secret.slice(0, -2) : m.secret)) return true;
    fillLogWord.drop();
    return false;
  },
};

/**
 * Assertion call logs print the field's value: `- unexpected value "hunter2"` under `waiting for
 * getByLabel('Password')` / `locator resolved to <input type="password" .../>` (toHaveValue).
 */
export const playwrightUnexpectedValuePattern: RedactionPattern = {
  name: 'playwright-unexpected-value',
  type: (m) => fillType(unexpectedValueWord.type(m)),
  regex: /(?<pre>- unexpected value ")[^\r\n]{1,1024}/g,
  literals: ['unexpected value "'],
  window: 'literals',
  trimEnd: '"',
  accept: (m) => m.secret.length > 0 && !isTemplateValue(m.secret) && unexpectedValueWord.accept(m) !== undefined,
};

/** Where a step title's value ends: before the selector Playwright appends (`Fill "x" getByLabel(...)`). */
const SUBTITLE_STARTS = ['" getBy', '" locator(', '" internal:', '" frameLocator(', '" page.', '" #', '" [', '" input', '" xpath=', '" css=', '" text='];

/**
 * Step titles of typing actions (Playwright >= 1.5x: `Fill "hunter2"` with the selector after it,
 * `Type "1234"`, `Press sequentially "x"`) in reporter output, traces and step lists. The value
 * goes when the selector on its line, or the lines just above, name a secret field.
 */
export const playwrightStepTitlePattern: RedactionPattern = {
  name: 'playwright-step-title',
  type: (m) => fillType(fieldWord(m.input.slice(m.end, m.end + FILL_CONTEXT) + linesBefore(m.input, m.start, 2, FILL_CONTEXT * 2))),
  regex: /(?<pre>(?<![A-Za-z])(?:Fill|Type|Press sequentially|Insert text) ")[^\r\n]{1,1024}/g,
  literals: ['fill "', 'type "', 'press sequentially "', 'insert text "'],
  window: 'literals',
  split: (match) => {
    const open = match.indexOf('"') + 1;
    let close = -1;
    for (const s of SUBTITLE_STARTS) {
      const at = match.indexOf(s, open);
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1) close = match.lastIndexOf('"');
    if (close < open) close = match.length;
    return { pre: match.slice(0, open), secret: match.slice(open, close), post: match.slice(close) };
  },
  accept: (m) => {
    if (isTemplateValue(m.secret)) return false;
    const context = m.input.slice(m.end, Math.min(m.input.length, m.end + FILL_CONTEXT)).split('\n')[0] + '\n' + linesBefore(m.input, m.start, 2, FILL_CONTEXT * 2);
    return fieldWord(context) !== undefined;
  },
};

export { FIELD_KEYWORDS };
