import { COOKIE_ATTRIBUTES, ENCODED_AT, isKeptCookieName } from '../allowlist.js';
import { lineBefore, linesBefore, nameStart, runBefore } from '../context.js';
import { isSecretObjectKey } from '../secret-names.js';
import type { RedactionPattern, RedactionType } from '../types.js';
import { isSecretValue, isTemplateValue } from '../value-checks.js';
import { fieldWord } from './fields.js';

// ---------------------------------------------------------------------------------------- cookies

/** A cookie name that carries a session or login: `sid`, `connect.sid`, `PHPSESSID`, `_app_session`, `__Host-x`. */
export function isSessionCookieName(name: string): boolean {
  const n = name.toLowerCase();
  if (isKeptCookieName(n)) return false;
  if (n.startsWith('__secure-') || n.startsWith('__host-')) return true;
  if (n.endsWith('sid') || n.endsWith('sessid') || n.endsWith('sessionid') || n.endsWith('session_id') || n.endsWith('session-id')) return true;
  if (n.endsWith('session') || n.endsWith('_sess') || n === 'sess') return true;
  if (n.includes('csrf') || n.includes('xsrf') || n.startsWith('remember_') || n.includes('jwt') || n.includes('auth')) return true;
  return isSecretObjectKey(n);
}

/**
 * Rewrites a `Cookie:`/`Set-Cookie:` header value pair by pair: every cookie's value goes except
 * consent, analytics and preference cookies (allowlist.ts KEEP_LIST); names and attributes
 * (`Path=/; HttpOnly; Secure; SameSite=Lax`) stay.
 */
function rewriteCookies(value: string, put: (type: RedactionType, secret: string) => string): string {
  const parts = value.split(';');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i > 0) out += ';';
    const eq = part.indexOf('=');
    if (eq === -1) {
      out += part;
      continue;
    }
    const name = part.slice(0, eq).trim();
    const lower = name.toLowerCase();
    const raw = part.slice(eq + 1);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const trail = raw.length - lead - trimmed.length;
    if (COOKIE_ATTRIBUTES.has(lower) || isKeptCookieName(lower) || trimmed.length === 0 || !isSecretValue(trimmed, undefined)) {
      out += part;
      continue;
    }
    out += part.slice(0, eq + 1) + raw.slice(0, lead) + put('TOKEN', trimmed) + raw.slice(lead + trimmed.length, lead + trimmed.length + trail);
  }
  return out;
}

/** `Cookie:` / `Set-Cookie:` header values, as Playwright's request log and HAR files print them. */
export const cookieHeaderPattern: RedactionPattern = {
  name: 'cookie-header',
  type: 'TOKEN',
  regex: /(?<pre>(?<![A-Za-z0-9_-])(?:set-)?cookie\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?)[^\r\n"\\]{1,4096}/gi,
  literals: ['cookie'],
  window: 'literals',
  rewrite: (m, put) => {
    const pre = m.groups.pre ?? '';
    let value = m.secret.slice(pre.length);
    let rest = '';
    // A single-quoted header value ends at its closing quote (the regex stops only at double quotes).
    if (pre.endsWith("'")) {
      const close = value.indexOf("'");
      if (close !== -1) {
        rest = value.slice(close);
        value = value.slice(0, close);
      }
    }
    if (!value.includes('=')) return m.secret;
    return pre + rewriteCookies(value, put) + rest;
  },
};

/**
 * Session cookies outside headers: `sid=...`, `connect.sid=s%3A...`, `PHPSESSID=...`,
 * `document.cookie = "_app_session=..."`, `__Host-id=...` (the prefixes only login cookies carry).
 * The regex starts at the telling part of the name; the whole name is found going back.
 */
export const sessionCookiePattern: RedactionPattern = {
  name: 'session-cookie',
  type: 'TOKEN',
  regex: /(?:sid|sess|session|sessid|sessionid|session_id|session-id|csrf|csrftoken|csrf_token|xsrf-token|(?<![\w.-])__host-[\w.-]{1,64}|(?<![\w.-])__secure-[\w.-]{1,64})=[^\s;,"'&<>\\)]{4,4096}/gi,
  literals: ['sid=', 'sess=', 'session=', 'sessionid=', 'session_id=', 'session-id=', 'csrf=', 'csrftoken=', 'csrf_token=', 'xsrf-token=', '__host-', '__secure-'],
  window: 'literals',
  extendBack: (input, at) => nameStart(input, at, 40),
  split: (match) => {
    const eq = match.indexOf('=');
    return { pre: match.slice(0, eq + 1), secret: match.slice(eq + 1), post: '' };
  },
  accept: ({ secret, input, start, end }) => {
    const name = input.slice(start, input.indexOf('=', start));
    return isSessionCookieName(name) && isSecretValue(secret, input[end]) && !isTemplateValue(secret);
  },
};

/**
 * Storage state and HAR entries: `{"name": "sid", "value": "..."}` (cookies, localStorage,
 * headers). The value goes when the name says session, auth, token, secret, cookie.
 */
export const namedValuePattern: RedactionPattern = {
  name: 'storage-state-entry',
  type: 'TOKEN',
  regex: /(?<pre>\\?["']?name\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'](?<name>[^"'\\\r\n]{1,100})\\?["'][ \t]{0,4},[ \t]{0,4}\\?["']?value\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'])(?:[^"'\\\r\n]|\\u[0-9a-fA-F]{4}|\\[^"'u\r\n]){1,8192}(?<post>\\?["'])/g,
  literals: ['value'],
  window: 'literals',
  accept: ({ secret, groups }) => {
    const name = groups.name ?? '';
    return (isSessionCookieName(name) || /* header names */ ['cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key'].includes(name.toLowerCase())) && isSecretValue(secret, undefined);
  },
};

// ------------------------------------------------------------------------------------ DOM / HTML

const TAG_WINDOW = 1000;

/** The HTML tag around `index`: from its `<` to its `>`, within TAG_WINDOW characters either side. */
function tagAround(input: string, index: number): string | undefined {
  const before = input.slice(Math.max(0, index - TAG_WINDOW), index);
  const lt = before.lastIndexOf('<');
  if (lt === -1 || before.indexOf('>', lt) !== -1) return undefined;
  const after = input.slice(index, index + TAG_WINDOW);
  const gt = after.indexOf('>');
  return before.slice(lt) + (gt === -1 ? after : after.slice(0, gt + 1));
}

/**
 * `value="..."` of an input whose type, name, id, autocomplete, placeholder or aria-label says
 * password/secret/token/PIN/OTP/CVV: DOM snapshots, error-context.md, page HTML in attachments.
 */
export const htmlSecretValuePattern: RedactionPattern = {
  name: 'html-secret-value',
  type: 'PASSWORD',
  regex: /(?<pre>(?<![A-Za-z0-9_-])value=)(?:\\"[^"\\\r\n<>]{1,1024}\\"|"[^"\r\n<>]{1,1024}"|'[^'\r\n<>]{1,1024}')/g,
  literals: ['value='],
  window: 'literals',
  unquote: true,
  accept: ({ secret, input, start }) => {
    if (secret.length < 3 || isTemplateValue(secret)) return false;
    const tag = tagAround(input, start);
    if (tag === undefined) return false;
    // The value attribute itself may hold a secret word; judge the rest of the tag.
    return fieldWord(tag.split(secret).join(' ')) !== undefined;
  },
};

/** ARIA snapshots print a textbox's value after its name and attributes: `- textbox "Password" [active] [ref=e5]: hunter2`. */
export const ariaTextboxPattern: RedactionPattern = {
  name: 'aria-textbox-value',
  type: 'PASSWORD',
  // Attributes after the name: `[active]`, `[ref=e12]`, `[disabled]`, several in a row.
  regex: /(?<pre>- textbox "(?<label>[^"\r\n]{1,200})"(?: \[[^\]\r\n]{0,100}\]){0,4}: )[^\r\n]{1,1024}/g,
  literals: ['textbox "'],
  window: 'literals',
  unquote: true,
  accept: ({ secret, groups }) => !isTemplateValue(secret) && fieldWord(groups.label ?? '') !== undefined,
};

/**
 * `expect(getByLabel('Password')).toHaveValue(...)` failures print the value as Expected/Received:
 * redacted when the locator printed just above names a secret field.
 */
export const expectedValuePattern: RedactionPattern = {
  name: 'expected-field-value',
  type: 'PASSWORD',
  regex: /(?<pre>(?:Expected|Received)(?: string| value)?:[ \t]{1,8})"[^\r\n]{1,1024}/g,
  literals: ['tohavevalue'],
  window: { keywords: ['expected', 'received'] },
  unquote: true,
  accept: ({ input, start, secret }) => {
    if (isTemplateValue(secret)) return false;
    const context = linesBefore(input, start, 4, 1000);
    const at = context.lastIndexOf('Locator:');
    return at !== -1 && fieldWord(context.slice(at, context.indexOf('\n', at) === -1 ? undefined : context.indexOf('\n', at))) !== undefined;
  },
};

// ------------------------------------------------------------------------- user/password pairs

/**
 * `login as admin/Hunter2!`, `credentials: qa@acme.io / S3cret!`: a password after a user name
 * and `/`, when the line says it is a login. The password must not look like a path segment
 * (a digit, a symbol or mixed case).
 */
export const userSlashPasswordPattern: RedactionPattern = {
  name: 'user-slash-password',
  type: 'PASSWORD',
  regex:
    /(?<pre>(?<![A-Za-z])(?:credentials?|creds|log(?:ged)?[ -]?in(?: as| with)?|sign(?:ed)?[ -]?in(?: as| with)?|user(?:name)?(?:\/pass(?:word)?)?|account)[ \t]{0,3}[:=]?[ \t]{1,3}["'\x60]?[^\s/"'\x60]{1,100}[ \t]{0,2}\/[ \t]{0,2})(?<pw>[^\s"'\x60]{3,128})/gi,
  literals: ['credential', 'creds', 'login', 'log in', 'log-in', 'logged in', 'signed in', 'sign in', 'sign-in', 'signin', 'loggedin', 'logged-in', 'signedin', 'signed-in', 'user', 'account'],
  window: 'literals',
  trimEnd: '.,;)',
  accept: ({ secret, input, start }) => {
    const pre = input.slice(start, start + 200);
    if (pre.includes('://')) return false;
    if (isTemplateValue(secret) || secret.startsWith('[REDACTED_')) return false;
    const mixed = secret !== secret.toLowerCase() && secret !== secret.toUpperCase();
    let digitOrSymbol = false;
    for (const ch of secret) if ((ch >= '0' && ch <= '9') || '!#$%^*+=~@?'.includes(ch)) digitOrSymbol = true;
    return digitOrSymbol || mixed;
  },
};

// ------------------------------------------------------------------------ secrets without names

function hasUpperLowerDigit(v: string): boolean {
  let u = false;
  let l = false;
  let d = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) u = true;
    else if (c >= 0x61 && c <= 0x7a) l = true;
    else if (c >= 0x30 && c <= 0x39) d = true;
  }
  return u && l && d;
}

/** Shannon entropy in bits per character. */
export function entropy(v: string): number {
  const counts = new Map<string, number>();
  for (const ch of v) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / v.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * AWS secret access keys printed without their name (40 base64 characters, after an access key
 * id or in a credentials dump). Gated on AWS words; mixed case, digits and high entropy rule out
 * git SHAs (hex), paths and words.
 */
export const awsBareSecretPattern: RedactionPattern = {
  name: 'aws-secret-without-name',
  type: 'AWS_KEY',
  regex: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
  literals: ['aws', 'akia', 'asia', '[redacted_aws_key]', 'amazon'],
  window: { classes: ['base64-40'] },
  accept: ({ secret }) => hasUpperLowerDigit(secret) && entropy(secret) >= 4.2,
};

/** Twilio auth tokens (32 hex) right after an Account SID, or on a line that says twilio. */
export const twilioTokenAfterSidPattern: RedactionPattern = {
  name: 'twilio-token-after-sid',
  type: 'TWILIO',
  regex: /(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])/g,
  literals: ['twilio', '[redacted_twilio]'],
  window: 'literals',
  accept: ({ input, start }) => {
    const line = lineBefore(input, start, 300);
    return line.includes('[REDACTED_TWILIO]') || line.toLowerCase().includes('twilio');
  },
};

// ------------------------------------------------------------------------------------ webhooks

/**
 * Webhook URLs whose path is the credential: Slack, Discord, Microsoft Teams, Zapier, Google
 * Chat, Mattermost-style `/hooks/<id>`. The host stays, the path goes; JSON-escaped slashes too.
 */
export const webhookPattern: RedactionPattern = {
  name: 'webhook-url',
  type: 'API_KEY',
  regex:
    /(?<pre>https?:\\?\/\\?\/(?:hooks\.slack\.com\\?\/(?:services|workflows|triggers)|(?:[a-z0-9-]{1,63}\.)?discord(?:app)?\.com\\?\/api(?:\\?\/v\d{1,2})?\\?\/webhooks|[a-z0-9-]{1,63}\.webhook\.office\.com\\?\/webhook(?:b2)?|outlook\.office(?:365)?\.com\\?\/webhook|hooks\.zapier\.com\\?\/hooks\\?\/catch|chat\.googleapis\.com\\?\/v1\\?\/spaces|[a-z0-9.-]{1,253}\\?\/hooks)\\?\/)[A-Za-z0-9_@./\\%=?&+:-]{8,1200}/gi,
  literals: ['hooks', 'webhook', 'chat.googleapis'],
  window: 'literals',
  trimEnd: '.,;:!?)]}\\',
  accept: ({ secret }) => secret.length >= 16,
};

// ------------------------------------------------------------------------------- encoded emails

function isLocalPartChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** Emails with an encoded `@`: `jane.doe%40acme.io` in query strings, `&#64;` in HTML, `\u0040` in JSON. */
export const encodedEmailPattern: RedactionPattern = {
  name: 'encoded-email',
  type: 'EMAIL',
  regex: /(?:%2540|%40|&#0{0,3}64;|&#x0{0,3}40;|\\u0040|\\x40)(?:[A-Za-z0-9-]{1,63}(?:\.|%2[Ee])){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/gi,
  literals: [...ENCODED_AT, '&#0', '&#x0'],
  window: 'literals',
  extendBack: (input, at, limit) => runBefore(input, at, 64, limit, isLocalPartChar),
};
