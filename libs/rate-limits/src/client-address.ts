import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key under which a client's address is counted: an IPv4 address as it is (IPv4-mapped IPv6 included), an IPv6
 * address by its /64 network, since one household or office is given a whole /64 and picks addresses from it freely.
 */
export function clientAddressKey(address: string | undefined | null): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without abbreviations ("2001:db8::1" -> 2001, db8, 0, ..., 1). */
function expandIPv6(address: string): string[] {
  const plain = address.split('%')[0]; // no zone id
  const [head = '', tail] = plain.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const dotted = plain.includes('.') ? 1 : 0; // a trailing IPv4 part fills two groups
  const missing = 8 - left.length - right.length - dotted;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    group.includes('.') ? group : parseInt(group, 16).toString(16),
  );
}
