import { isIPv6 } from 'node:net';
import type { RedactionPattern } from '../types.js';

/**
 * IPv4 addresses. Not after a letter, dot, colon or dash (`v1.2.3.4`, `::ffff:` is IPv6's), and
 * `a.0.0.0` is a network, not a host (`Chrome/131.0.0.0` in user agents). Loopback, 0.0.0.0 and
 * the RFC 5737 documentation ranges are kept by the allowlist.
 */
export const ipv4Pattern: RedactionPattern = {
  name: 'ipv4',
  type: 'IP',
  regex:
    /(?<![0-9A-Za-z.:-])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![0-9A-Za-z-]|\.\d)/g,
  window: { classes: ['ipv4'] },
  accept: ({ secret }) => !secret.endsWith('.0.0.0'),
};

/** How many non-empty `:`-separated parts `value` has. */
function hexGroups(value: string): number {
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < value.length; i++) {
    const colon = value.charCodeAt(i) === 0x3a;
    if (!colon && !inGroup) groups++;
    inGroup = !colon;
  }
  return groups;
}

function hasDigit(value: string): boolean {
  for (const ch of value) if (ch >= '0' && ch <= '9') return true;
  return false;
}

function isHexDigit(c: number): boolean {
  const lower = c | 0x20;
  return (c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

function isAddressNeighbour(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2e;
}

/** Start of the first group before the `:` at `at` (0-4 hex digits), or -1 inside a longer word. */
function firstGroupStart(input: string, at: number, limit: number): number {
  let start = at;
  while (start > Math.max(limit, at - 4) && isHexDigit(input.charCodeAt(start - 1))) start--;
  return start > limit && isAddressNeighbour(input.charCodeAt(start - 1)) ? -1 : start;
}

/**
 * IPv6 addresses (compressed, full, IPv4-mapped). The regex starts at the first `:` and the first
 * group is found going back; Node's parser decides, and at least two non-empty groups plus a digit
 * are required so CSS `::before` and `Foo::Bar` never qualify. `::1` and 2001:db8::/32
 * (documentation) are kept by the allowlist.
 */
export const ipv6Pattern: RedactionPattern = {
  name: 'ipv6',
  type: 'IP',
  regex: /:(?:[0-9A-Fa-f]{0,4}:){1,6}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Za-z:.-])/g,
  extendBack: firstGroupStart,
  window: { classes: ['ipv6'] },
  // Node's parser (one large regex) last: most candidates are times (`12:34:56`) that fail the cheap checks.
  accept: ({ secret }) => hasDigit(secret) && hexGroups(secret) >= 2 && isIPv6(secret),
};
