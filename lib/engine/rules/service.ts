/**
 * Service spec rules (section I of the Kubernetes 1.27 rules, 63–78), as `ValidateService` checks
 * them on create, after the v1 defaulting (`SetDefaults_Service`: type `ClusterIP`, protocol `TCP`,
 * targetPort = port, sessionAffinity `None`, externalTrafficPolicy `Cluster` for NodePort and
 * LoadBalancer...) and the create strategy's `clusterIP` → `clusterIPs` normalization, plus the
 * node-port range of the registry's allocator (default `--service-node-port-range`).
 *
 * Defensive: values of the wrong JSON type were reported by the schema check; here they count as
 * absent. Required fields the schema already reports (`ports[].port`) are not reported again.
 *
 * @packageDocumentation
 */
import { isObject } from '../../values/json';
import { dns1123LabelErrors, dns1123SubdomainErrors, portNameErrors, qualifiedNameErrors } from '../../values/names';
import { portNumberErrors } from '../../values/numbers';
import { Path } from '../../values/path';
import { Reporter } from '../reporter';
import { labelsAt } from './meta';
import { PROTOCOLS } from './pod/ports';
import { checkClusterIPs } from './service-ips';

const SERVICE_TYPES: readonly string[] = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const SESSION_AFFINITIES: readonly string[] = ['ClientIP', 'None'];
const TRAFFIC_POLICIES: readonly string[] = ['Cluster', 'Local'];

/** `ports.KubeletPort`. */
const KUBELET_PORT = 10250;
/** The default `--service-node-port-range`. */
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
/** `core.MaxClientIPServiceAffinitySeconds`. */
const MAX_AFFINITY_SECONDS = 86400;

const NONE: readonly unknown[] = [];

/** A string field after defaulting: absent, `null`, a wrong JSON type and `""` all give `fallback`. */
function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

/** An integer field: `undefined` when absent or of the wrong type. */
function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/**
 * Checks a Service's `spec`, reporting at `path` (`['spec']`).
 *
 * Rule ids: `service-ports-required` (63), `service-port` (64), `service-port-name` (65),
 * `service-port-protocol` (66), `service-target-port` (67), `service-port-unique` (68),
 * `service-selector` (69), `service-type` (70), `service-node-port-cluster-ip` (71),
 * `service-node-port` (72), `service-session-affinity` (73), `service-kubelet-port` (74),
 * `service-external-traffic-policy` (75), `service-cluster-ip` (76), `service-app-protocol` (77),
 * `service-external-name` (78); and, from the same apiserver functions, `service-headless-type`,
 * `service-ip-families`, `service-internal-traffic-policy`, `service-lb-node-ports`.
 */
export function checkServiceSpec(r: Reporter, spec: unknown, path: Path): void {
  const s = isObject(spec) ? spec : {};
  const type = str(s.type, 'ClusterIP');
  const isExternalName = type === 'ExternalName';
  const isNodePortOrLB = type === 'NodePort' || type === 'LoadBalancer';

  // create strategy: a lone clusterIP initializes clusterIPs
  const clusterIP = typeof s.clusterIP === 'string' ? s.clusterIP : '';
  const rawIPs = Array.isArray(s.clusterIPs) ? s.clusterIPs : undefined;
  const clusterIPs: readonly unknown[] = rawIPs !== undefined && rawIPs.length > 0 ? rawIPs : clusterIP !== '' ? [clusterIP] : NONE;
  const headless = clusterIPs.length === 1 && clusterIPs[0] === 'None';

  const ports = Array.isArray(s.ports) ? s.ports : undefined;
  const noPorts = ports === undefined ? s.ports === undefined || s.ports === null : ports.length === 0; // a wrong type was reported
  if (noPorts && !headless && !isExternalName) {
    r.required('service-ports-required', [...path, 'ports']);
  }

  if (isNodePortOrLB && headless) {
    r.invalid('service-headless-type', [...path, 'clusterIPs', 0], 'None', `may not be set to 'None' for ${type} services`);
  }
  if (isExternalName) checkExternalName(r, s, path, clusterIPs);

  if (ports !== undefined) checkPorts(r, ports, path, type);

  if (isObject(s.selector)) labelsAt(r, s.selector, path, 'selector', 'service-selector', 'service-selector');

  checkSessionAffinity(r, s, path);
  if (!isExternalName) checkClusterIPs(r, s, path, clusterIP, rawIPs, clusterIPs, headless);

  if (!SERVICE_TYPES.includes(type)) r.unsupported('service-type', [...path, 'type'], type, SERVICE_TYPES);

  if (typeof s.allocateLoadBalancerNodePorts === 'boolean' && type !== 'LoadBalancer') {
    r.forbidden('service-lb-node-ports', [...path, 'allocateLoadBalancerNodePorts'], "may only be used when `type` is 'LoadBalancer'");
  }

  // externalTrafficPolicy: defaulted to Cluster for NodePort and LoadBalancer
  const etp = typeof s.externalTrafficPolicy === 'string' ? s.externalTrafficPolicy : '';
  if (!isNodePortOrLB) {
    if (etp !== '') {
      r.invalid('service-external-traffic-policy', [...path, 'externalTrafficPolicy'], etp, "may only be set when `type` is 'NodePort' or 'LoadBalancer'");
    }
  } else if (etp !== '' && !TRAFFIC_POLICIES.includes(etp)) {
    r.unsupported('service-external-traffic-policy', [...path, 'externalTrafficPolicy'], etp, TRAFFIC_POLICIES);
  }
  // internalTrafficPolicy: defaulted to Cluster for ClusterIP, NodePort and LoadBalancer
  const itp = s.internalTrafficPolicy;
  if (typeof itp === 'string' && itp !== '' && !TRAFFIC_POLICIES.includes(itp)) {
    r.unsupported('service-internal-traffic-policy', [...path, 'internalTrafficPolicy'], itp, TRAFFIC_POLICIES);
  }
}

function checkExternalName(r: Reporter, s: Record<string, unknown>, path: Path, clusterIPs: readonly unknown[]): void {
  if (clusterIPs.length > 0) r.forbidden('service-external-name', [...path, 'clusterIPs'], 'may not be set for ExternalName services');
  if (Array.isArray(s.ipFamilies) && s.ipFamilies.length > 0) {
    r.forbidden('service-external-name', [...path, 'ipFamilies'], 'may not be set for ExternalName services');
  }
  if (typeof s.ipFamilyPolicy === 'string') {
    r.forbidden('service-external-name', [...path, 'ipFamilyPolicy'], 'may not be set for ExternalName services');
  }
  // the value (a CNAME) may end with a dot, to mark it fully qualified
  const raw = s.externalName;
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return; // the schema reported it
  const value = typeof raw === 'string' ? raw : '';
  const cname = value.endsWith('.') ? value.slice(0, -1) : value;
  if (cname === '') {
    r.required('service-external-name', [...path, 'externalName']);
  } else {
    r.invalidEach('service-external-name', [...path, 'externalName'], cname, dns1123SubdomainErrors(cname));
  }
}

function checkPorts(r: Reporter, ports: readonly unknown[], path: Path, type: string): void {
  const requireName = ports.length > 1;
  let names: Set<string> | undefined;
  // (protocol, port) and (protocol, nodePort) pairs seen: number → protocol of the first one,
  // with a set of `protocol/number` keys only once two protocols share a number.
  const seenPorts = new Map<number, string>();
  let seenPortPairs: Set<string> | undefined;
  let seenNodePorts: Map<number, string> | undefined;
  let seenNodePortPairs: Set<string> | undefined;
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i];
    if (!isObject(p)) continue; // the schema reported it
    const name = typeof p.name === 'string' ? p.name : '';
    if (name === '') {
      if (requireName && (p.name === undefined || p.name === null || p.name === '')) r.required('service-port-name', [...path, 'ports', i, 'name']);
    } else {
      r.invalidEach('service-port-name', [...path, 'ports', i, 'name'], name, dns1123LabelErrors(name));
      names ??= new Set();
      if (names.has(name)) r.duplicate('service-port-name', [...path, 'ports', i, 'name'], name);
      else names.add(name);
    }

    const port = int(p.port);
    if (port !== undefined) r.invalidEach('service-port', [...path, 'ports', i, 'port'], port, portNumberErrors(port));

    const protocol = str(p.protocol, 'TCP');
    if (!PROTOCOLS.includes(protocol)) r.unsupported('service-port-protocol', [...path, 'ports', i, 'protocol'], protocol, PROTOCOLS);

    // targetPort: 0 and "" are defaulted to port
    const tp = p.targetPort;
    if (typeof tp === 'string' && tp !== '') {
      r.invalidEach('service-target-port', [...path, 'ports', i, 'targetPort'], tp, portNameErrors(tp));
    } else if (typeof tp === 'number' && Number.isInteger(tp) && tp !== 0) {
      r.invalidEach('service-target-port', [...path, 'ports', i, 'targetPort'], tp, portNumberErrors(tp));
    }

    if (typeof p.appProtocol === 'string') {
      r.invalidEach('service-app-protocol', [...path, 'ports', i, 'appProtocol'], p.appProtocol, qualifiedNameErrors(p.appProtocol));
    }

    const nodePort = int(p.nodePort);
    if (nodePort !== undefined && nodePort !== 0) {
      if (type === 'ClusterIP') {
        r.forbidden('service-node-port-cluster-ip', [...path, 'ports', i, 'nodePort'], "may not be used when `type` is 'ClusterIP'");
      } else if ((type === 'NodePort' || type === 'LoadBalancer') && (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX)) {
        r.invalid(
          'service-node-port',
          [...path, 'ports', i, 'nodePort'],
          nodePort,
          `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`,
        );
      }
      seenNodePorts ??= new Map();
      const first = seenNodePorts.get(nodePort);
      if (first === undefined) {
        seenNodePorts.set(nodePort, protocol);
      } else if (first === protocol) {
        r.duplicate('service-node-port', [...path, 'ports', i, 'nodePort'], nodePort);
      } else {
        seenNodePortPairs ??= new Set();
        const key = `${protocol}/${nodePort}`;
        if (seenNodePortPairs.has(key)) r.duplicate('service-node-port', [...path, 'ports', i, 'nodePort'], nodePort);
        else seenNodePortPairs.add(key);
      }
    }

    if (port !== undefined) {
      if (type === 'LoadBalancer' && port === KUBELET_PORT) {
        r.invalid('service-kubelet-port', [...path, 'ports', i], port, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`);
      }
      const first = seenPorts.get(port);
      if (first === undefined) {
        seenPorts.set(port, protocol);
      } else if (first === protocol) {
        r.duplicate('service-port-unique', [...path, 'ports', i], { protocol, port });
      } else {
        seenPortPairs ??= new Set();
        const key = `${protocol}/${port}`;
        if (seenPortPairs.has(key)) r.duplicate('service-port-unique', [...path, 'ports', i], { protocol, port });
        else seenPortPairs.add(key);
      }
    }
  }
}

function checkSessionAffinity(r: Reporter, s: Record<string, unknown>, path: Path): void {
  const affinity = str(s.sessionAffinity, 'None');
  if (!SESSION_AFFINITIES.includes(affinity)) {
    r.unsupported('service-session-affinity', [...path, 'sessionAffinity'], affinity, SESSION_AFFINITIES);
    return;
  }
  // None clears sessionAffinityConfig; ClientIP defaults a missing timeout to 10800
  if (affinity !== 'ClientIP') return;
  const config = s.sessionAffinityConfig;
  const clientIP = isObject(config) ? config.clientIP : undefined;
  const timeout = isObject(clientIP) ? int(clientIP.timeoutSeconds) : undefined;
  if (timeout !== undefined && (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS)) {
    r.invalid(
      'service-session-affinity',
      [...path, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'],
      timeout,
      `must be greater than 0 and less than ${MAX_AFFINITY_SECONDS}`,
    );
  }
}
