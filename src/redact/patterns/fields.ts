// Which form fields hold secrets, judged by their label, name, id, selector, placeholder,
// autocomplete or input type: used by every pattern that redacts a value typed into a field.

/** Words found anywhere (lower-cased text): long enough never to be part of another word. */
const LONG_WORDS = [
  'password', 'passwd', 'passphrase', 'passcode', 'secret', 'token', 'credential', 'one-time', 'one time', 'onetime',
  'verification code', 'security code', 'auth code', 'api key', 'api-key', 'apikey', 'card number', 'cardnumber',
  'card-number', 'cc-number', 'cc-csc', 'current-password', 'new-password',
];
/** Short words, only as a whole word (or a camelCase part): `#pw`, `pinCode`, `user_pin`; not `spinner`, `bypass`. */
const SHORT_WORDS = ['pin', 'otp', 'cvv', 'cvc', 'csc', 'pw', 'pwd', 'pass', 'mfa', '2fa', 'totp', 'ssn'];

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}

/** True when `word` occurs in `text` (original case) as a whole word or camelCase part. */
function hasShortWord(text: string, lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + word.length);
    const inText = text.slice(i, i + word.length);
    const allUpper = inText === inText.toUpperCase() && inText !== inText.toLowerCase();
    const startOk = !isLetter(before) || (isLower(before) && isUpper(text.charCodeAt(i)));
    const endOk = !isLetter(after) || (isUpper(after) && !allUpper);
    if (startOk && endOk) return true;
  }
  return false;
}

/**
 * Every word of both lists in one alternation: a text that holds none of them (most do not) is
 * answered by one regex scan instead of one search per word. A word found as a substring is then
 * judged as before. (The words hold letters, digits, spaces and dashes only: nothing to escape.)
 */
export const ANY_FIELD_WORD = new RegExp([...LONG_WORDS, ...SHORT_WORDS].join('|'));

const PLACEHOLDER_OPEN = '[redacted_';

/** Start and end of each `[redacted_<type>]` in lower-cased `lower` (2-12 of `a-z` and `_`, as placeholder.ts). */
function placeholderSpans(lower: string): number[] {
  const spans: number[] = [];
  for (let i = lower.indexOf(PLACEHOLDER_OPEN); i !== -1; i = lower.indexOf(PLACEHOLDER_OPEN, i + 1)) {
    let j = i + PLACEHOLDER_OPEN.length;
    const max = j + 12;
    while (j < lower.length && j < max && ((lower.charCodeAt(j) >= 0x61 && lower.charCodeAt(j) <= 0x7a) || lower.charCodeAt(j) === 0x5f)) j++;
    if (lower.charCodeAt(j) === 0x5d && j - (i + PLACEHOLDER_OPEN.length) >= 2) spans.push(i, j + 1);
  }
  return spans;
}

/** `text` with the given spans replaced by as many spaces (offsets stay where they were). */
function blank(text: string, spans: readonly number[]): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number;
    const end = spans[k + 1] as number;
    out += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}

/** The secret word that `text` (a label, selector, attribute list, source line) holds, if any. */
export function fieldWord(text: string): string | undefined {
  let lower = text.toLowerCase();
  if (!ANY_FIELD_WORD.test(lower)) return undefined;
  // A placeholder names what an earlier pattern replaced, not a field: `[REDACTED_SSN].fill('x')`
  // must be judged as the `123-45-6789.fill('x')` it came from, or a second redact() would take more.
  if (lower.includes('[redacted_')) {
    const at = placeholderSpans(lower);
    if (at.length > 0) {
      text = blank(text, at);
      lower = blank(lower, at);
      if (!ANY_FIELD_WORD.test(lower)) return undefined;
    }
  }
  if (lower.includes('type="password"') || lower.includes("type='password'") || lower.includes('type=password')) return 'password';
  for (const w of LONG_WORDS) if (lower.includes(w)) return w;
  for (const w of SHORT_WORDS) if (hasShortWord(text, lower, w)) return w;
  return undefined;
}

/** Keywords for the prefilter: one of these must occur for a field pattern to matter. */
export const FIELD_KEYWORDS: readonly string[] = [
  'password', 'passwd', 'passphrase', 'passcode', 'secret', 'token', 'credential', 'one-time', 'one time', 'onetime',
  'verification', 'security code', 'auth code', 'api key', 'api-key', 'apikey', 'card', 'cc-', 'pin', 'otp', 'cvv', 'cvc',
  'csc', 'pw', 'pass', 'mfa', '2fa', 'totp', 'ssn',
];

/** True when a locator, label or selector names a field that holds a secret (`getByLabel('Password')`, `#pin`). */
export function isSecretField(text: string): boolean {
  return fieldWord(text) !== undefined;
}
