import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { RedactionType } from './types.js';

/**
 * Hosts whose addresses identify nobody: loopback names and the reserved example domains
 * (RFC 2606). An email at one of these (or a subdomain) is kept.
 */
export const DEFAULT_ALLOWED_DOMAINS: readonly string[] = [
  'localhost',
  'example.com',
  'example.org',
  'example.net',
  'example',
  'test',
  'invalid',
];

/**
 * Addresses kept as they are: loopback, unspecified, broadcast, and the documentation ranges
 * (RFC 5737 for IPv4, RFC 3849 for IPv6). Documentation addresses never belong to a real host, so
 * keeping them loses nothing and keeps examples in error text readable.
 */
export const DEFAULT_ALLOWED_NETWORKS: readonly string[] = [
  '127.0.0.0/8',
  '0.0.0.0/32',
  '255.255.255.255/32',
  '192.0.2.0/24',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '::1/128',
  '::/128',
  '2001:db8::/32',
];

function addNetwork(list: BlockList, cidr: string): boolean {
  const slash = cidr.indexOf('/');
  const address = slash === -1 ? cidr : cidr.slice(0, slash);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
  if (!family) return false;
  const prefix = slash === -1 ? (family === 'ipv4' ? 32 : 128) : Number(cidr.slice(slash + 1));
  if (!Number.isInteger(prefix)) return false;
  list.addSubnet(address, prefix, family);
  return true;
}

/** The IPv4 part of DEFAULT_ALLOWED_NETWORKS, as code: BlockList costs microseconds per check. */
function defaultIpv4Allowed(ip: string): boolean {
  const [a, b, c, d] = ip.split('.');
  if (a === '127') return true;
  if (a === b && b === c && c === d && (a === '0' || a === '255')) return true;
  const net = `${a}.${b}.${c}`;
  return net === '192.0.2' || net === '198.51.100' || net === '203.0.113';
}

/**
 * The eight 16-bit groups of an address isIPv6 accepted, `::` expanded and an IPv4 tail read as two
 * groups; undefined for one with a zone (`%eth0`), which is left to the BlockList.
 */
export function ipv6Groups(ip: string): number[] | undefined {
  if (ip.includes('%')) return undefined;
  const gap = ip.indexOf('::');
  const parse = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (g.includes('.')) {
        const [a, b, c, d] = g.split('.').map(Number) as [number, number, number, number];
        out.push((a << 8) | b, (c << 8) | d);
      } else out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parse(gap === -1 ? ip : ip.slice(0, gap));
  const tail = gap === -1 ? [] : parse(ip.slice(gap + 2));
  return [...head, ...new Array<number>(Math.max(0, 8 - head.length - tail.length)).fill(0), ...tail];
}

/**
 * The IPv6 part of DEFAULT_ALLOWED_NETWORKS (::1, ::, 2001:db8::/32), as code; undefined where the
 * BlockList must answer: a zone, or an IPv4-mapped address (`::ffff:127.0.0.1`), which it checks
 * against the IPv4 networks.
 */
export function defaultIpv6Allowed(ip: string): boolean | undefined {
  const g = ipv6Groups(ip);
  if (g === undefined) return undefined;
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true;
  for (let i = 0; i < 5; i++) if (g[i] !== 0) return false;
  if (g[5] === 0xffff) return undefined;
  return g[5] === 0 && g[6] === 0 && (g[7] === 0 || g[7] === 1);
}

function domainAllowed(domain: string, domains: ReadonlySet<string>): boolean {
  for (let d = domain; d.length > 0; ) {
    if (domains.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot === -1) return false;
    d = d.slice(dot + 1);
  }
  return false;
}

/** Encodings of `@` in emails found encoded (`jane%40acme.io`, `jane&#64;acme.io`), lower-case. */
export const ENCODED_AT: readonly string[] = ['%2540', '%40', '&#64;', '&#x40;', '\\u0040', '\\x40'];

function decodeAt(lower: string): string {
  if (lower.includes('@')) return lower;
  for (const e of ENCODED_AT) if (lower.includes(e)) return lower.split(e).join('@');
  return lower;
}

/** Decides which findings stay: the built-in allowlist plus the caller's entries. */
export class Allowlist {
  private readonly domains = new Set(DEFAULT_ALLOWED_DOMAINS);
  private readonly networks = new BlockList();
  private extraIpv4Networks = false;
  private extraIpv6Networks = false;
  private readonly exact = new Set<string>();
  private readonly regexes: RegExp[] = [];

  constructor(extra: ReadonlyArray<string | RegExp> = []) {
    for (const cidr of DEFAULT_ALLOWED_NETWORKS) addNetwork(this.networks, cidr);
    for (const entry of extra) {
      if (entry instanceof RegExp) {
        // A stateful (g/y) regex would skip matches between calls.
        this.regexes.push(new RegExp(entry.source, entry.flags.replace('g', '').replace('y', '')));
        continue;
      }
      const lower = entry.toLowerCase();
      this.exact.add(lower);
      if (addNetwork(this.networks, lower)) {
        const v4 = isIPv4(lower.split('/')[0] ?? '');
        this.extraIpv4Networks ||= v4;
        this.extraIpv6Networks ||= !v4;
      }
      else this.domains.add(lower);
    }
  }

  /** True when the finding `value` of `type` must be kept. */
  allows(type: RedactionType, value: string): boolean {
    if (this.exact.size > 0 && this.exact.has(value.toLowerCase())) return true;
    for (const re of this.regexes) if (re.test(value)) return true;
    if (type === 'EMAIL') {
      const decoded = decodeAt(value.toLowerCase());
      const at = decoded.lastIndexOf('@');
      return domainAllowed(decoded.slice(at + 1), this.domains);
    }
    if (type === 'IP') {
      const bare = value.startsWith('[') ? value.slice(1, -1) : value;
      if (isIPv4(bare)) return defaultIpv4Allowed(bare) || (this.extraIpv4Networks && this.networks.check(bare, 'ipv4'));
      if (isIPv6(bare)) {
        // BlockList builds a SocketAddress per check (microseconds): the default networks are code.
        const known = this.extraIpv6Networks ? undefined : defaultIpv6Allowed(bare);
        return known ?? this.networks.check(bare, 'ipv6');
      }
    }
    return false;
  }
}

/** The allowlist used when no extra entries are given (built once). */
export const DEFAULT_ALLOWLIST = new Allowlist();

/**
 * The keep list: look-alikes that are never secrets, each with its reason. Detectors consult it
 * (the cookie patterns, isTemplateValue, isSecretValue); it is data, so a new entry needs a reason.
 */
export const KEEP_LIST: ReadonlyArray<{ what: string; reason: string; where: string }> = [
  { what: 'cookie attributes: Path, Domain, Expires, Max-Age, SameSite, Priority, Secure, HttpOnly, Partitioned, Version, Comment', reason: 'they describe a cookie, they are not its value', where: 'COOKIE_ATTRIBUTES' },
  { what: 'consent cookies: OptanonConsent, OptanonAlertBoxClosed, CookieConsent, cookieconsent_status, euconsent-v2, cookie_consent', reason: 'they record a banner choice, nobody can sign in with them', where: 'KEPT_COOKIE_NAMES' },
  { what: 'analytics cookies: _ga, _ga_*, _gid, _gat*, _gcl_*, _fbp, _fbc, _hj*, _clck, _clsk, _uetsid, _uetvid, ajs_*, amplitude_*, mp_*_mixpanel, _pk_*, __utm*', reason: 'anonymous measurement ids; they carry no authority, and _uetsid/_hjSession* only look like session ids', where: 'KEPT_COOKIE_PREFIXES' },
  { what: 'preference cookies: theme, lang, locale, language, NEXT_LOCALE, tz, timezone, currency, country', reason: 'UI settings a test asserts on', where: 'KEPT_COOKIE_NAMES' },
  { what: 'placeholders and template variables: <YOUR_API_KEY>, ${E2E_ADMIN_PASSWORD}, {{ secrets.X }}, %API_KEY%, $API_KEY, process.env.X, your-api-key-here, REPLACE_ME, ***', reason: 'they name a secret, they do not hold one; redacting them hides what the test meant', where: 'value-checks.ts isTemplateValue' },
  { what: 'documentation addresses: example.com/.org/.net, .test, .invalid, localhost, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32', reason: 'reserved by RFC 2606/5737/3849, they belong to nobody', where: 'DEFAULT_ALLOWED_DOMAINS, DEFAULT_ALLOWED_NETWORKS' },
  { what: "MySQL's (using password: YES) / (using password: NO)", reason: 'says whether a password was sent, not which', where: 'value-checks.ts NOT_A_VALUE' },
  { what: 'variables in JavaScript declarations: const pw = page, let secret = getSecret, const password = form.password', reason: 'an unquoted identifier after const/let/var and = names a variable; the value it holds is not in the text', where: 'assignments.ts isDeclaredReference' },
  { what: "prose after `token:`/`password:` (Invalid token: jwt malformed)", reason: 'a message, not an assignment: a letters-only word followed by more words', where: 'assignments.ts isProse' },
  { what: 'git SHAs (7-40 hex) and content hashes (sha256:/sha512- integrity, ETags)', reason: 'hex-only runs fail the mixed-case test of the bare AWS secret rule; a 32-hex run counts as a Twilio token only right after an Account SID or the word twilio', where: 'vendors.ts awsBareSecretPattern, twilioTokenAfterSidPattern' },
];

/** Cookie attribute names (lower-case): kept with their values. */
export const COOKIE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'path', 'domain', 'expires', 'max-age', 'samesite', 'priority', 'secure', 'httponly', 'partitioned', 'version', 'comment',
]);

const KEPT_COOKIE_NAMES: ReadonlySet<string> = new Set([
  'optanonconsent', 'optanonalertboxclosed', 'cookieconsent', 'cookieconsent_status', 'cookie_consent', 'euconsent-v2', 'consent',
  'cookie-consent', 'cookies_accepted', 'gdpr', 'usprivacy',
  '_gid', '_fbp', '_fbc', '_clck', '_clsk', '_uetsid', '_uetvid', '__utma', '__utmb', '__utmc', '__utmz', '__utmt',
  'theme', 'lang', 'locale', 'language', 'next_locale', 'tz', 'timezone', 'currency', 'country', 'color-scheme', 'dark_mode',
]);

const KEPT_COOKIE_PREFIXES: readonly string[] = ['_ga', '_gat', '_gcl_', '_hj', 'ajs_', 'amplitude_', '_pk_', 'optanon'];

/** True for consent, analytics and preference cookies, whose values are kept. */
export function isKeptCookieName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (KEPT_COOKIE_NAMES.has(lower)) return true;
  if (lower.startsWith('mp_') && lower.endsWith('_mixpanel')) return true;
  return KEPT_COOKIE_PREFIXES.some((p) => lower.startsWith(p));
}
