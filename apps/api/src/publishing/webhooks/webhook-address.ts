import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { WebhookAddressReason } from '@bussanten/contracts';

/**
 * Which addresses may receive webhooks. The server must not become a way for an organizer to reach
 * its own network (SSRF): the loopback interface, RFC 1918 and IPv6 ULA networks, link-local
 * addresses (169.254.169.254 is the cloud metadata service), CGNAT, multicast, 0.0.0.0 / :: and the
 * reserved ranges are refused when a webhook is added and again at each delivery (webhook.worker.ts).
 *
 * Classification is ipaddr.js's `range()`, no parsing of our own. Odd spellings never reach it as
 * such: Node's WHATWG URL parser already turns `127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1` and
 * full-width digits into 127.0.0.1 in an http(s) URL's host, and IPv6 into its compressed form
 * (`[::ffff:127.0.0.1]` → `[::ffff:7f00:1]`); the tests check both the URL and the classification.
 */

/** A host's addresses, as dns.lookup gives them (every address, in the resolver's order). */
export type HostResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver (/etc/hosts, DNS): what a socket connecting to the name would use. */
export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** IPv6 global unicast: anything outside 2000::/3 that ipaddr.js still calls 'unicast' (e.g. ::7f00:1) is not a public address. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

const V4_REASONS: Partial<Record<string, WebhookAddressReason>> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'linkLocal',
  carrierGradeNat: 'cgnat',
  multicast: 'multicast',
  unspecified: 'unspecified',
};

const V6_REASONS: Partial<Record<string, WebhookAddressReason>> = {
  loopback: 'loopback',
  uniqueLocal: 'private',
  // fec0::/10, the site-local addresses RFC 3879 retired: private networks in all but name.
  deprecatedSiteLocal: 'private',
  linkLocal: 'linkLocal',
  multicast: 'multicast',
  unspecified: 'unspecified',
};

function ipv4Reason(ip: ipaddr.IPv4): WebhookAddressReason | null {
  const range = ip.range();
  if (range === 'unicast') return null;
  // broadcast, documentation and benchmarking networks, 240/4, AS112, AMT …
  return V4_REASONS[range] ?? 'reserved';
}

/**
 * Why an IP address (v4 or v6, as text) may not receive webhooks, or null when it may. An IPv6
 * address that carries an IPv4 one (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16)
 * gets the reason of the IPv4 address inside when that one is not public, and 'reserved' otherwise:
 * the delivery's socket (request-filtering-agent) only connects to plain public unicast addresses.
 */
export function addressReason(address: string): WebhookAddressReason | null {
  const ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv4') return ipv4Reason(ip as ipaddr.IPv4);
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return ipv4Reason(v6.toIPv4Address()) ?? 'reserved';
  const range = v6.range();
  if (range === 'rfc6052' || range === '6to4') {
    const bytes = v6.toByteArray();
    const inner = new ipaddr.IPv4(range === '6to4' ? bytes.slice(2, 6) : bytes.slice(12, 16));
    return ipv4Reason(inner) ?? 'reserved';
  }
  if (range === 'unicast') return v6.match(GLOBAL_UNICAST_V6) ? null : 'reserved';
  return V6_REASONS[range] ?? 'reserved';
}

/**
 * May webhooks go to an address of this kind? With WEBHOOK_ALLOW_PRIVATE (tests, intranet installs)
 * every address but the unspecified one may: 0.0.0.0 is never a receiver.
 */
export function isAllowed(reason: WebhookAddressReason | null, allowPrivate: boolean): boolean {
  return reason === null || (allowPrivate && reason !== 'unspecified');
}

export type HostCheck =
  /** Every address the host has is allowed: connect to these (and to nothing resolved later). */
  | { kind: 'allowed'; addresses: { address: string; family: number }[] }
  /** The host is, or one of its addresses is, of a refused kind. `literal`: the URL itself names the address. */
  | { kind: 'blocked'; reason: WebhookAddressReason; literal: boolean }
  /** The name does not resolve (now): no such name, a DNS failure, or no answer in time. `detail` is for the log. */
  | { kind: 'unresolved'; timedOut: boolean; detail: string };

export interface HostCheckOptions {
  resolve: HostResolver;
  allowPrivate: boolean;
  /** Gives up on the resolver after this long. */
  timeoutMs: number;
}

/** The URL's hostname as an address or a name: `[::1]` → `::1`, `Example.JP.` → `example.jp`. */
export function bareHost(hostname: string): string {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * Checks where a webhook URL's host leads. A literal address is classified as it is; a name is
 * resolved and refused when ANY of its addresses is refused (a socket may try each of them), so a
 * name with one public and one private address is refused too. `localhost` and `*.localhost` are
 * loopback by definition (RFC 6761), whatever a resolver says.
 */
export async function checkHost(hostname: string, options: HostCheckOptions): Promise<HostCheck> {
  const host = bareHost(hostname);
  const family = isIP(host);
  if (family !== 0) {
    const reason = addressReason(host);
    return isAllowed(reason, options.allowPrivate)
      ? { kind: 'allowed', addresses: [{ address: host, family }] }
      : { kind: 'blocked', reason: reason ?? 'reserved', literal: true };
  }
  if ((host === 'localhost' || host.endsWith('.localhost')) && !options.allowPrivate) return { kind: 'blocked', reason: 'loopback', literal: true };
  let addresses: { address: string; family: number }[];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ResolveTimeout()), options.timeoutMs);
    });
    addresses = await Promise.race([options.resolve(host), timeout]);
  } catch (e) {
    if (e instanceof ResolveTimeout) return { kind: 'unresolved', timedOut: true, detail: `no DNS answer within ${options.timeoutMs / 1000} s` };
    const code = (e as NodeJS.ErrnoException)?.code;
    return { kind: 'unresolved', timedOut: false, detail: `DNS: ${code ?? (e instanceof Error ? e.message : String(e))}` };
  } finally {
    clearTimeout(timer);
  }
  if (addresses.length === 0) return { kind: 'unresolved', timedOut: false, detail: 'DNS: no addresses' };
  for (const a of addresses) {
    // A resolver answering something that is not an address is treated as a refused one.
    const reason = isIP(a.address) === 0 ? 'reserved' : addressReason(a.address);
    if (!isAllowed(reason, options.allowPrivate)) return { kind: 'blocked', reason: reason ?? 'reserved', literal: false };
  }
  return { kind: 'allowed', addresses: addresses.map((a) => ({ address: a.address, family: isIP(a.address) })) };
}

class ResolveTimeout extends Error {}
