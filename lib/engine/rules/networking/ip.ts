/**
 * IP addresses and CIDRs as the Kubernetes 1.27 apiserver parses them (`netutils.ParseIPSloppy`,
 * `netutils.ParseCIDRSloppy` of k8s.io/utils: Go's parser before 1.17, which allows leading zeros),
 * and whether a network contains an address (Go's `IPNet.Contains`).
 *
 * @packageDocumentation
 */

/** The largest value Go's `dtoi` / `xtoi` read before giving up. */
const BIG = 0xffffff;
const V4_IN_V6_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** A network as Go's `net.IPNet`: the masked address (4 bytes for IPv4, 16 for IPv6) and its mask. */
export interface IPNet {
  /** The network address: the address as written, host bits cleared. */
  readonly ip: Uint8Array;
  /** The mask, as long as the address. */
  readonly mask: Uint8Array;
  /** The prefix length as written (`Mask.Size()`). */
  readonly bits: number;
}

/** A run of digits in `base` at the start of `s`: its value and length, or `undefined` when there is none or it is too big. */
function number(s: string, base: 10 | 16): { n: number; length: number } | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i], base);
    if (Number.isNaN(d)) break;
    n = n * base + d;
    if (n >= BIG) return undefined;
  }
  return i === 0 ? undefined : { n, length: i };
}

/** Dotted IPv4, leading zeros allowed, as 4 bytes. */
function parseIPv4(s: string): Uint8Array | undefined {
  const out = new Uint8Array(4);
  let rest = s;
  for (let i = 0; i < 4; i++) {
    if (i > 0) {
      if (rest[0] !== '.') return undefined;
      rest = rest.slice(1);
    }
    const d = number(rest, 10);
    if (!d || d.n > 0xff) return undefined;
    out[i] = d.n;
    rest = rest.slice(d.length);
  }
  return rest === '' ? out : undefined;
}

/** IPv6 (with `::` and an IPv4 tail), as 16 bytes. */
function parseIPv6(s: string): Uint8Array | undefined {
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  let rest = s;
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === '') return ip;
  }
  let i = 0;
  while (i < 16) {
    const h = number(rest, 16);
    if (!h || h.n > 0xffff) return undefined;
    if (rest[h.length] === '.') {
      // an IPv4 tail: only as the last 4 bytes
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return undefined;
      const v4 = parseIPv4(rest);
      if (!v4) return undefined;
      ip.set(v4, i);
      rest = '';
      i += 4;
      break;
    }
    ip[i] = h.n >> 8;
    ip[i + 1] = h.n & 0xff;
    i += 2;
    rest = rest.slice(h.length);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return undefined;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const shift = 16 - i;
    ip.copyWithin(ellipsis + shift, ellipsis, i);
    ip.fill(0, ellipsis, ellipsis + shift);
  } else if (ellipsis >= 0) {
    return undefined;
  }
  return ip;
}

/** Whether `s` is an IP address for `netutils.ParseIPSloppy`. */
export function isIPSloppy(s: string): boolean {
  for (const c of s) {
    if (c === '.') return parseIPv4(s) !== undefined;
    if (c === ':') return parseIPv6(s) !== undefined;
  }
  return false;
}

/** `netutils.ParseCIDRSloppy`: the network of `a.b.c.d/n` or `x::/n` (host bits cleared), or `undefined`. */
export function parseCIDRSloppy(s: string): IPNet | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const address = s.slice(0, slash);
  const prefix = s.slice(slash + 1);
  const ip = parseIPv4(address) ?? parseIPv6(address);
  const d = number(prefix, 10);
  if (!ip || !d || d.length !== prefix.length || d.n > 8 * ip.length) return undefined;
  const mask = new Uint8Array(ip.length);
  for (let bit = 0; bit < d.n; bit++) mask[bit >> 3] |= 0x80 >> (bit & 7);
  return { ip: ip.map((b, i) => b & mask[i]), mask, bits: d.n };
}

/** `IP.To4`: the IPv4 address of 4 bytes or of an IPv4-mapped IPv6 address. */
function to4(ip: Uint8Array): Uint8Array | undefined {
  if (ip.length === 4) return ip;
  return V4_IN_V6_PREFIX.every((b, i) => ip[i] === b) ? ip.subarray(12) : undefined;
}

/** `IPNet.Contains`. */
export function contains(net: IPNet, ip: Uint8Array): boolean {
  const nn = to4(net.ip) ?? net.ip;
  let mask = net.mask;
  if (mask.length === 4 && nn.length !== 4) return false;
  if (mask.length === 16 && nn.length === 4) mask = mask.subarray(12);
  const x = to4(ip) ?? ip;
  if (x.length !== nn.length) return false;
  for (let i = 0; i < x.length; i++) if ((nn[i] & mask[i]) !== (x[i] & mask[i])) return false;
  return true;
}
