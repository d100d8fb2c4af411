import ipaddr from 'ipaddr.js';

/**
 * The address the sign-in throttle counts failures by. An IPv6 client usually holds a whole /64
 * (every address in it is theirs to use), so its failures count for the /64; an IPv4 address
 * written as IPv6 (::ffff:203.0.113.7, as a dual-stack socket reports it) counts as the IPv4
 * address. Anything unparsable counts as itself.
 */
export function throttleAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${v6.toString()}/64`);
  return `${prefix.toString()}/64`;
}
