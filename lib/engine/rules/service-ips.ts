/**
 * The cluster IPs and IP families of a Service: `ValidateServiceClusterIPsRelatedFields` of the
 * Kubernetes 1.27 apiserver, after the create strategy's `clusterIP` → `clusterIPs` normalization.
 *
 * @packageDocumentation
 */
import { isIPv6 } from 'net';
import { JsonObject } from '../../values/json';
import { Path } from '../../values/path';
import { Reporter } from '../reporter';

const IP_FAMILIES: readonly string[] = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES: readonly string[] = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
/** Dotted IPv4 as `netutils.ParseIPSloppy` reads it: leading zeros allowed, each part ≤ 255. */
const IPV4_SLOPPY = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;
/** An IPv4-mapped IPv6 address, which Go treats as IPv4. */
const IPV4_MAPPED = /^::ffff:\d+\.\d+\.\d+\.\d+$/i;

/** `netutils.ParseIPSloppy(ip) != nil`, without zones. */
function ipFamily(ip: string): 4 | 6 | undefined {
  const m = IPV4_SLOPPY.exec(ip);
  if (m) return +m[1] <= 255 && +m[2] <= 255 && +m[3] <= 255 && +m[4] <= 255 ? 4 : undefined;
  if (ip.includes('%') || !isIPv6(ip)) return undefined;
  return IPV4_MAPPED.test(ip) ? 4 : 6;
}

/** `ValidateServiceClusterIPsRelatedFields`, for every type but ExternalName. */
export function checkClusterIPs(
  r: Reporter,
  s: JsonObject,
  path: Path,
  clusterIP: string,
  rawIPs: readonly unknown[] | undefined,
  clusterIPs: readonly unknown[],
  headless: boolean,
): void {
  if (rawIPs !== undefined && rawIPs.length > 0) {
    if (clusterIP !== '' && rawIPs[0] !== clusterIP) {
      r.invalid('service-cluster-ip', [...path, 'clusterIPs'], rawIPs, 'first value must match `clusterIP`');
    } else if (clusterIP === '' && (s.clusterIP === undefined || s.clusterIP === null || s.clusterIP === '')) {
      r.invalid('service-cluster-ip', [...path, 'clusterIPs'], rawIPs, 'must be empty when `clusterIP` is not specified');
    }
  }

  const families = Array.isArray(s.ipFamilies) ? s.ipFamilies : undefined;
  if (families !== undefined) {
    for (let i = 0; i < families.length; i++) {
      const f = families[i];
      if (typeof f !== 'string') continue;
      if (!IP_FAMILIES.includes(f)) r.unsupported('service-ip-families', [...path, 'ipFamilies', i], f, IP_FAMILIES);
      if (families.indexOf(f) < i) r.duplicate('service-ip-families', [...path, 'ipFamilies', i], f);
    }
  }
  const policy = s.ipFamilyPolicy;
  if (typeof policy === 'string' && !IP_FAMILY_POLICIES.includes(policy)) {
    r.unsupported('service-ip-families', [...path, 'ipFamilyPolicy'], policy, IP_FAMILY_POLICIES);
  }

  if (clusterIPs.length === 0) return;
  let invalid = false;
  let v4 = false;
  let v6 = false;
  for (let i = 0; i < clusterIPs.length; i++) {
    const ip = clusterIPs[i];
    if (typeof ip !== 'string') {
      invalid = true; // the schema reported it
      continue;
    }
    if (i === 0 && ip === 'None') {
      if (clusterIPs.length > 1) {
        invalid = true;
        r.invalid('service-cluster-ip', [...path, 'clusterIPs'], clusterIPs, "'None' must be the first and only value");
      }
      continue;
    }
    const family = ipFamily(ip);
    if (family === 4) v4 = true;
    else if (family === 6) v6 = true;
    else {
      invalid = true;
      r.invalid('service-cluster-ip', [...path, 'clusterIPs', i], ip, INVALID_IP);
    }
  }
  if (clusterIPs.length > 2) r.invalid('service-cluster-ip', [...path, 'clusterIPs'], clusterIPs, 'may only hold up to 2 values');
  if (invalid) return;
  if (clusterIPs.length > 1 && !(v4 && v6)) {
    r.invalid('service-cluster-ip', [...path, 'clusterIPs'], clusterIPs, 'may specify no more than one IP for each IP family');
  }
  if (!headless && families !== undefined) {
    for (let i = 0; i < clusterIPs.length && i < families.length; i++) {
      const family = ipFamily(clusterIPs[i] as string);
      if (families[i] === 'IPv4' && family === 6) {
        r.invalid('service-cluster-ip', [...path, 'clusterIPs', i], clusterIPs[i], `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``);
      } else if (families[i] === 'IPv6' && family === 4) {
        r.invalid('service-cluster-ip', [...path, 'clusterIPs', i], clusterIPs[i], `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``);
      }
    }
  }
}
