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

function domainAllowed(domain: string, domains: ReadonlySet<string>): boolean {
  for (let d = domain; d.length > 0; ) {
    if (domains.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot === -1) return false;
    d = d.slice(dot + 1);
  }
  return false;
}

/** Decides which findings stay: the built-in allowlist plus the caller's entries. */
export class Allowlist {
  private readonly domains = new Set(DEFAULT_ALLOWED_DOMAINS);
  private readonly networks = new BlockList();
  private extraIpv4Networks = false;
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
      if (addNetwork(this.networks, lower)) this.extraIpv4Networks ||= isIPv4(lower.split('/')[0] ?? '');
      else this.domains.add(lower);
    }
  }

  /** True when the finding `value` of `type` must be kept. */
  allows(type: RedactionType, value: string): boolean {
    if (this.exact.size > 0 && this.exact.has(value.toLowerCase())) return true;
    for (const re of this.regexes) if (re.test(value)) return true;
    if (type === 'EMAIL') {
      const at = value.lastIndexOf('@');
      return domainAllowed(value.slice(at + 1).toLowerCase(), this.domains);
    }
    if (type === 'IP') {
      const bare = value.startsWith('[') ? value.slice(1, -1) : value;
      if (isIPv4(bare)) return defaultIpv4Allowed(bare) || (this.extraIpv4Networks && this.networks.check(bare, 'ipv4'));
      if (isIPv6(bare)) return this.networks.check(bare, 'ipv6');
    }
    return false;
  }
}

/** The allowlist used when no extra entries are given (built once). */
export const DEFAULT_ALLOWLIST = new Allowlist();
