/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A card number candidate (digits with optional single spaces or dashes): 13-19 digits, issued
 * ranges only (2-6: Mastercard, Amex/Diners/JCB, Visa, Mastercard/Maestro, Discover/UnionPay) so
 * 13-digit epoch milliseconds never qualify, one kind of separator, and a valid Luhn sum.
 */
export function isCardNumber(candidate: string): boolean {
  const hasSpace = candidate.includes(' ');
  const hasDash = candidate.includes('-');
  if (hasSpace && hasDash) return false;
  const groups = hasSpace ? candidate.split(' ') : hasDash ? candidate.split('-') : [candidate];
  if (groups.length > 1 && groups.some((g) => g.length < 1 || g.length > 6)) return false;
  const digits = groups.join('');
  if (digits.length < 13 || digits.length > 19) return false;
  const first = digits.charCodeAt(0) - 48;
  if (first < 2 || first > 6) return false;
  if (digits.split('').every((d) => d === digits[0])) return false;
  return luhnValid(digits);
}

/** SSN ranges the SSA issues: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function isIssuableSsn(candidate: string): boolean {
  const [area, group, serial] = candidate.split('-');
  if (area === undefined || group === undefined || serial === undefined) return false;
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return group !== '00' && serial !== '0000';
}

/** HTTP Basic credentials: base64 that decodes to printable `user:password`. */
export function isBasicCredential(token: string): boolean {
  if (token.length % 4 === 1) return false;
  const decoded = Buffer.from(token, 'base64').toString('latin1');
  if (!decoded.includes(':') || decoded.length > 512) return false;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** A random-looking key body: letters and digits both present (rules out kebab-case words). */
export function looksRandom(value: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < value.length && !(digit && letter); i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letter = true;
  }
  return digit && letter;
}

/** True when `value` has a character that is not an ASCII letter (prose words have none). */
export function hasNonLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const lower = value.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) return true;
  }
  return false;
}
