/**
 * The catalogue: Services, and the rules across objects (a Service and the pods it selects).
 *
 * @packageDocumentation
 */
import { CORE_VALIDATION, RuleMeta } from './rule';

export const SERVICE_RULES = {
  'service-ports-required': {
    description: 'A Service needs ports, unless it is headless or of type ExternalName.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-port': {
    description: 'A Service port is between 1 and 65535.',
    origin: 'apiserver',
    source: `validateServicePort (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-port-name': {
    description: 'Service port names are DNS-1123 labels, unique, and required when there are several ports.',
    origin: 'apiserver',
    source: `validateServicePort (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-port-protocol': {
    description: 'A Service port protocol must be SCTP, TCP or UDP.',
    origin: 'apiserver',
    source: `validateServicePort (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-target-port': {
    description: 'targetPort is a number between 1 and 65535 or a port name.',
    origin: 'apiserver',
    source: `validateServicePort (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-port-unique': {
    description: 'A Service does not expose the same port and protocol twice.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-selector': {
    description: 'Selector keys and values must be valid labels.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-type': {
    description: 'type must be ClusterIP, ExternalName, LoadBalancer or NodePort.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-node-port-cluster-ip': {
    description: 'A ClusterIP Service may not set nodePort.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-node-port': {
    description: 'nodePort lies in the node-port range (30000-32767 by default) and is unique per protocol.',
    origin: 'apiserver',
    source: `ValidateService; the node-port allocator (pkg/registry/core/service/portallocator)`,
    severity: 'error',
  },
  'service-session-affinity': {
    description: 'sessionAffinity must be ClientIP or None; a ClientIP timeout is between 1 and 86400 seconds.',
    origin: 'apiserver',
    source: `ValidateService, validateClientIPAffinityConfig (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-kubelet-port': {
    description: 'A LoadBalancer Service may not expose port 10250, the kubelet port.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-external-traffic-policy': {
    description: 'externalTrafficPolicy is Cluster or Local, and only for NodePort and LoadBalancer Services.',
    origin: 'apiserver',
    source: `validateServiceExternalTrafficPolicy (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-internal-traffic-policy': {
    description: 'internalTrafficPolicy is Cluster or Local.',
    origin: 'apiserver',
    source: `validateServiceInternalTrafficFieldsValue (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-cluster-ip': {
    description: 'clusterIP and clusterIPs are valid IPs (or None, alone), at most one per family, and agree with each other and with ipFamilies.',
    origin: 'apiserver',
    source: `ValidateServiceClusterIPsRelatedFields (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-ip-families': {
    description: 'ipFamilies are IPv4 or IPv6, without repeats; ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack.',
    origin: 'apiserver',
    source: `ValidateServiceClusterIPsRelatedFields (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-headless-type': {
    description: 'A NodePort or LoadBalancer Service cannot be headless.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-lb-node-ports': {
    description: 'allocateLoadBalancerNodePorts is only for LoadBalancer Services.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-app-protocol': {
    description: 'appProtocol is a qualified name (http, grpc, kubernetes.io/h2c).',
    origin: 'apiserver',
    source: `validateServicePort (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-external-name': {
    description: 'An ExternalName Service has a DNS-1123 subdomain as externalName and no cluster IPs or IP families.',
    origin: 'apiserver',
    source: `ValidateService (${CORE_VALIDATION})`,
    severity: 'error',
  },
  'service-selects-nothing': {
    description: 'A Service selector should match the pods of some workload of the same input, or the Service has no endpoints.',
    origin: 'beyond-apiserver',
    source: 'the endpoints controller: a selector without pods gives no endpoints',
    severity: 'warning',
  },
  'service-target-port-declared': {
    description: 'A named targetPort must be declared by the containers of some pod the Service selects, or it has no endpoints for that port.',
    origin: 'beyond-apiserver',
    source: 'the endpoints controller (FindPort): a name no container declares gives no endpoint',
    severity: 'error',
  },
  'service-target-port-number': {
    description:
      'A numeric targetPort (or the port it defaults to) should be a port the selected containers declare, when they declare ports: otherwise the Service most likely sends its traffic to a port nothing listens on.',
    origin: 'beyond-apiserver',
    source: 'kube-proxy and the endpoints controller: a number is used as it is, whatever the containers listen on',
    severity: 'warning',
    typedSeverity: 'error',
  },
  'service-target-port-partial': {
    description:
      'A named targetPort should be declared by every pod template the Service selects: the pods of a template that does not declare it get no endpoint for that port.',
    origin: 'beyond-apiserver',
    source: 'the endpoints controller (FindPort), pod by pod',
    severity: 'warning',
  },
} as const satisfies Record<string, RuleMeta>;
