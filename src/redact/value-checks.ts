/**
 * Values after a secret-looking key that are no secret: TypeScript types and literals in the test
 * source shown by error-context.md, and masks. (`"secret"` or `"changeme"` stay redactable: those
 * are real passwords in many test setups.)
 */
const NOT_A_VALUE = new Set([
  'null',
  'undefined',
  'nil',
  'none',
  'true',
  'false',
  'string',
  'number',
  'boolean',
  'any',
  'unknown',
  'object',
  'never',
  'void',
  'required',
  'optional',
  'redacted',
  'masked',
  'hidden',
  // MySQL's `Access denied for user 'root'@'localhost' (using password: YES)`.
  'yes',
  'no',
  // `const token = await getToken(page)`: code keywords, not values.
  'await',
  'new',
  'typeof',
  'function',
  'async',
  'this',
  'require',
]);

const MAX_NOT_A_VALUE = Math.max(...[...NOT_A_VALUE].map((v) => v.length));
const REFERENCE_PREFIXES = ['process.env', 'import.meta.env', '${', '{{', '<%', 'env.', 'secrets.'];
const SECRETISH = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'session', 'sig', 'cred', 'pin'];

function isIdentChar(c: number, first: boolean): boolean {
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return true;
  if (c === 0x5f || c === 0x24) return true;
  return !first && c >= 0x30 && c <= 0x39;
}

/**
 * `options.apiKey`, `user.password`, `config.auth.token`: code naming a secret, not one. The first
 * segment must be digit-free so dotted tokens (`ya29.a0Af...`) never qualify.
 */
function isSecretReference(value: string): boolean {
  if (!value.includes('.')) return false;
  const parts = value.split('.');
  const first = parts[0] ?? '';
  for (let i = 0; i < first.length; i++) if (first.charCodeAt(i) >= 0x30 && first.charCodeAt(i) <= 0x39) return false;
  for (const part of parts) {
    if (part.length === 0) return false;
    for (let i = 0; i < part.length; i++) if (!isIdentChar(part.charCodeAt(i), i === 0)) return false;
  }
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  return SECRETISH.some((w) => last.includes(w));
}

function allSame(value: string): boolean {
  for (let i = 1; i < value.length; i++) if (value[i] !== value[0]) return false;
  return true;
}

/**
 * True when `value`, found after a secret key name, should be redacted. `next` is the character
 * right after it in the input (a `(` means a call such as `z.string()` or `getToken()`), `key`
 * the key's own text (`token: token` is shorthand code).
 */
export function isSecretValue(value: string, next: string | undefined, key?: string): boolean {
  // A pure function of its arguments, and a log repeats the same assignment many times over: the
  // last answer is kept for the rest of the redact() call (see forgetLastValue).
  if (value === lastValue && next === lastNext && key === lastKey) return lastAnswer;
  const answer = secretValueCheck(value, next, key);
  lastValue = value;
  lastNext = next;
  lastKey = key;
  lastAnswer = answer;
  return answer;
}

let lastValue: string | undefined;
let lastNext: string | undefined;
let lastKey: string | undefined;
let lastAnswer = false;

/**
 * Called as each redact() call ends: the kept value may be a slice that holds the caller's whole
 * input alive.
 */
export function forgetLastValue(): void {
  lastValue = lastNext = lastKey = undefined;
}

function secretValueCheck(value: string, next: string | undefined, key?: string): boolean {
  // Starts with a placeholder: an earlier, more specific pattern already took the secret.
  if (value.length === 0 || value.startsWith('[REDACTED_')) return false;
  if (next === '(' || next === '{') return false;
  const lower = value.toLowerCase();
  if (lower.length <= MAX_NOT_A_VALUE && NOT_A_VALUE.has(lower)) return false;
  if (key !== undefined && lower.length === key.length && lower === key.toLowerCase()) return false;
  if (value.length >= 3 && allSame(value)) return false;
  for (const prefix of REFERENCE_PREFIXES) if (lower.startsWith(prefix)) return false;
  const trimmed = value.trim();
  if (isTemplate(trimmed, trimmed === value ? lower : trimmed.toLowerCase())) return false;
  return !isSecretReference(value);
}

/** Splits surrounding quotes (`"x"`, `'x'`, `` `x` ``, `\"x\"`) off a value. */
export function splitQuotes(value: string): { open: string; inner: string; close: string } {
  const q = value[0];
  if (q === '\\' && value[1] === '"') {
    const closed = value.length >= 4 && value.endsWith('\\"');
    return { open: '\\"', inner: value.slice(2, closed ? -2 : undefined), close: closed ? '\\"' : '' };
  }
  if (q === '"' || q === "'" || q === '`') {
    const closed = value.length >= 2 && value.endsWith(q);
    return { open: q, inner: value.slice(1, closed ? -1 : undefined), close: closed ? q : '' };
  }
  return { open: '', inner: value, close: '' };
}

const TEMPLATE_WORDS = ['your', 'example', 'placeholder', 'changeme_please', 'replace', 'insert', 'here'];

/**
 * Placeholders and template variables, never values: `<YOUR_API_KEY>`, `<token>`, `${E2E_PASSWORD}`,
 * `{{ secrets.TOKEN }}`, `%API_KEY%`, `$API_KEY`, `process.env.X`, `your-api-key-here`,
 * `REPLACE_ME`, `***`. (See allowlist.ts, KEEP_LIST.)
 */
export function isTemplateValue(value: string): boolean {
  const v = value.trim();
  return isTemplate(v, v.toLowerCase());
}

/** isTemplateValue of a trimmed value `v`, given `v` lower-cased. */
function isTemplate(v: string, lower: string): boolean {
  if (v.length === 0) return true;
  const first = v[0];
  const last = v[v.length - 1];
  if (first === '<' && last === '>') return true;
  if (v.startsWith('${') || v.startsWith('{{') || v.startsWith('<%') || v.startsWith('#{')) return true;
  if (first === '%' && last === '%' && v.length > 2) return true;
  if (first === '$' && isEnvName(v.slice(1))) return true;
  if (first === '[' && last === ']' && v.length <= 40 && isWordy(v.slice(1, -1))) return true;
  if (v.length >= 3 && allOf(v, '*')) return true;
  if (lower.startsWith('process.env.') || lower.startsWith('import.meta.env.') || lower.startsWith('secrets.') || lower.startsWith('env.')) return true;
  if (lower === 'replace_me' || lower === 'replaceme' || lower === 'todo' || lower === 'tbd' || lower === 'xxx' || lower === 'n/a') return true;
  // `your-api-key-here`, `YOUR_TOKEN`, `insert_key_here`: wordy, no digits, says so.
  if (isWordy(v) && TEMPLATE_WORDS.some((w) => lower.includes(w)) && (lower.startsWith('your') || lower.endsWith('here') || lower.startsWith('replace') || lower.startsWith('insert') || lower.startsWith('example'))) return true;
  return false;
}

function isEnvName(v: string): boolean {
  if (v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || c === 0x5f || (i > 0 && c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** Letters, `_`, `-`, spaces only. */
function isWordy(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const lower = c | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x20)) return false;
  }
  return v.length > 0;
}

function allOf(v: string, ch: string): boolean {
  for (const c of v) if (c !== ch) return false;
  return true;
}
