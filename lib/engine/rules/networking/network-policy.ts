/**
 * NetworkPolicies: `ValidateNetworkPolicy` of `pkg/apis/networking/validation` (Kubernetes 1.27),
 * with the strict label values of a create, after the networking/v1 defaults: a port's protocol
 * defaults to TCP, and empty `policyTypes` to `[Ingress]`, plus `Egress` when there are egress
 * rules. Also: rules of a direction that `policyTypes` leaves out, which have no effect.
 *
 * @packageDocumentation
 */
import { isObject, JsonObject } from '../../../values/json';
import { portNameErrors } from '../../../values/names';
import { isInt, portNumberErrors } from '../../../values/numbers';
import { Path } from '../../../values/path';
import { Reporter } from '../../reporter';
import { checkLabelSelector } from '../selectors';
import { contains, parseCIDRSloppy } from './ip';

/** In the apiserver's order (not sorted). */
const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES: readonly string[] = ['Ingress', 'Egress'];

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** `ValidateNetworkPolicyPort` (an absent protocol is TCP). */
function checkPort(r: Reporter, port: JsonObject, path: Path): void {
  const { protocol, port: p, endPort } = port;
  if (typeof protocol === 'string' && !PROTOCOLS.includes(protocol)) r.unsupported('network-policy-port', [...path, 'protocol'], protocol, PROTOCOLS);
  const hasEnd = isInt(endPort);
  if (isInt(p)) {
    r.invalidEach('network-policy-port', [...path, 'port'], p, portNumberErrors(p));
    if (hasEnd) {
      // the apiserver shows the port as the value
      if (endPort < p) r.invalid('network-policy-port', [...path, 'endPort'], p, 'must be greater than or equal to `port`');
      r.invalidEach('network-policy-port', [...path, 'endPort'], endPort, portNumberErrors(endPort));
    }
  } else if (typeof p === 'string') {
    if (hasEnd) r.invalid('network-policy-port', [...path, 'endPort'], endPort, 'may not be specified when `port` is non-numeric');
    r.invalidEach('network-policy-port', [...path, 'port'], p, portNameErrors(p));
  } else if (!isSet(p) && hasEnd) {
    r.invalid('network-policy-port', [...path, 'endPort'], endPort, 'may not be specified when `port` is not specified');
  }
}

/** `ValidateIPBlock`: the first unparsable except ends the checks. */
function checkIPBlock(r: Reporter, block: JsonObject, path: Path): void {
  const cidr = block.cidr;
  if (typeof cidr !== 'string') return; // absent: the schema reports it
  if (cidr === '') {
    r.required('network-policy-ip-block', [...path, 'cidr']);
    return;
  }
  const net = parseCIDRSloppy(cidr);
  if (!net) {
    r.invalid('network-policy-ip-block', [...path, 'cidr'], cidr, 'not a valid CIDR');
    return;
  }
  const excepts = Array.isArray(block.except) ? block.except : [];
  for (let i = 0; i < excepts.length; i++) {
    const e = excepts[i];
    if (typeof e !== 'string') continue;
    const inner = parseCIDRSloppy(e);
    if (!inner) {
      r.invalid('network-policy-ip-block', [...path, 'except', i], e, 'not a valid CIDR');
      return;
    }
    if (!contains(net, inner.ip) || net.bits >= inner.bits)
      r.invalid('network-policy-ip-block', [...path, 'except', i], e, 'must be a strict subset of `cidr`');
  }
}

/** `ValidateNetworkPolicyPeer`. */
function checkPeer(r: Reporter, peer: JsonObject, path: Path): void {
  let peers = 0;
  for (const field of ['podSelector', 'namespaceSelector'] as const) {
    if (!isObject(peer[field])) continue;
    peers++;
    checkLabelSelector(r, peer[field], [...path, field]);
  }
  const block = isObject(peer.ipBlock) ? peer.ipBlock : undefined;
  if (block) {
    peers++;
    checkIPBlock(r, block, [...path, 'ipBlock']);
  }
  if (peers === 0) r.required('network-policy-peer', path, 'must specify a peer');
  else if (peers > 1 && block) r.forbidden('network-policy-peer', path, 'may not specify both ipBlock and another peer');
}

/** The rules of one direction: their ports and peers. */
function checkRules(r: Reporter, rules: readonly unknown[], path: Path, peersField: 'from' | 'to'): void {
  rules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const ports = Array.isArray(rule.ports) ? rule.ports : [];
    ports.forEach((port, k) => {
      if (isObject(port)) checkPort(r, port, [...path, i, 'ports', k]);
    });
    const peers = Array.isArray(rule[peersField]) ? rule[peersField] : [];
    peers.forEach((peer, k) => {
      if (isObject(peer)) checkPeer(r, peer, [...path, i, peersField, k]);
    });
  });
}

/** `policyTypes` after defaulting, and rules its directions leave out. */
function checkPolicyTypes(r: Reporter, spec: JsonObject, ingress: readonly unknown[], egress: readonly unknown[]): void {
  const given = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  const types = given.length > 0 ? given : egress.length > 0 ? POLICY_TYPES : ['Ingress'];
  const path = ['spec', 'policyTypes'];
  if (types.length > POLICY_TYPES.length) {
    r.invalid('network-policy-policy-types', path, types, 'may not specify more than two policyTypes');
    return;
  }
  types.forEach((t, i) => {
    if (typeof t === 'string' && !POLICY_TYPES.includes(t)) r.unsupported('network-policy-policy-types', [...path, i], t, POLICY_TYPES);
  });
  for (const [direction, rules] of [
    ['Ingress', ingress],
    ['Egress', egress],
  ] as const) {
    if (rules.length > 0 && !types.includes(direction)) {
      r.advise(
        'network-policy-rules-ignored',
        ['spec', direction.toLowerCase()],
        undefined,
        `policyTypes does not list ${direction}: these rules have no effect (add ${direction} to policyTypes, or remove them)`,
      );
    }
  }
}

/** `ValidateNetworkPolicy`, but for the metadata (checked by the engine). */
export function checkNetworkPolicy(r: Reporter, manifest: JsonObject): void {
  const spec = isObject(manifest.spec) ? manifest.spec : {};
  checkLabelSelector(r, spec.podSelector, ['spec', 'podSelector']);
  const ingress = Array.isArray(spec.ingress) ? spec.ingress : [];
  const egress = Array.isArray(spec.egress) ? spec.egress : [];
  checkRules(r, ingress, ['spec', 'ingress'], 'from');
  checkRules(r, egress, ['spec', 'egress'], 'to');
  checkPolicyTypes(r, spec, ingress, egress);
}
