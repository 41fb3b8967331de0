/**
 * The catalogue: Ingresses and NetworkPolicies (`pkg/apis/networking/validation`).
 *
 * Their selectors follow the shared `label-selector` rule of `workloads.ts`.
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

const NETWORKING_VALIDATION = 'pkg/apis/networking/validation/validation.go';

/** The rules of Ingresses and NetworkPolicies, by id. */
export const NETWORKING_RULES = {
  'ingress-rules-or-default-backend': {
    description: 'An Ingress has rules or a defaultBackend.',
    origin: 'apiserver',
    source: `ValidateIngressSpec (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-backend': {
    description: 'An Ingress backend is a service (a DNS-1035 name and a port number or name, not both) or a resource (kind and name), not both.',
    origin: 'apiserver',
    source: `validateIngressBackend, validateIngressTypedLocalObjectReference (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-host': {
    description: 'An Ingress rule host is a DNS-1123 subdomain, or a wildcard such as *.example.com, and not an IP address.',
    origin: 'apiserver',
    source: `validateIngressRules (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-path-type': {
    description: 'Every Ingress path has a pathType: Exact, ImplementationSpecific or Prefix.',
    origin: 'apiserver',
    source: `validateHTTPIngressPath (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-path': {
    description:
      "An http rule has paths; an Exact or Prefix path is absolute, without '//', '/./', '/../', '%2f' or '%2F' and not ending in '/.' or '/..'; an ImplementationSpecific path is empty or absolute.",
    origin: 'apiserver',
    source: `validateHTTPIngressRuleValue, validateHTTPIngressPath (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-tls': {
    description: 'TLS hosts are DNS-1123 subdomains or wildcards, and a TLS secretName is a DNS-1123 subdomain.',
    origin: 'apiserver',
    source: `validateIngressTLS (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'ingress-class': {
    description: 'ingressClassName is a DNS-1123 subdomain, and the kubernetes.io/ingress.class annotation is not set with it.',
    origin: 'apiserver',
    source: `ValidateIngressSpec, ValidateIngressCreate (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'network-policy-port': {
    description:
      'A NetworkPolicy port has protocol TCP, UDP or SCTP, a port number between 1 and 65535 or a port name, and an endPort only after a port number, not below it.',
    origin: 'apiserver',
    source: `ValidateNetworkPolicyPort (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'network-policy-peer': {
    description: 'A NetworkPolicy peer sets podSelector, namespaceSelector or ipBlock, and ipBlock alone.',
    origin: 'apiserver',
    source: `ValidateNetworkPolicyPeer (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'network-policy-ip-block': {
    description: 'An ipBlock has a valid cidr, and each except is a CIDR strictly inside it.',
    origin: 'apiserver',
    source: `ValidateIPBlock (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'network-policy-policy-types': {
    description: 'policyTypes lists at most two values, each Ingress or Egress.',
    origin: 'apiserver',
    source: `ValidateNetworkPolicySpec (${NETWORKING_VALIDATION})`,
    severity: 'error',
  },
  'network-policy-rules-ignored': {
    description: 'Ingress or egress rules of a NetworkPolicy whose policyTypes leave out their direction have no effect.',
    origin: 'beyond-apiserver',
    source: 'the NetworkPolicy API: a policy applies to the directions of its policyTypes only',
    severity: 'warning',
  },
} as const satisfies Record<string, RuleMeta>;
