/**
 * Container ports (Kubernetes 1.27 rules 31–37), the duplicate-port warnings of `warnings.go`, the
 * same port declared by two containers of a pod, which share one network namespace, and the same
 * port name declared by two of them, which a Service's named `targetPort` cannot tell apart.
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { portNameErrors } from '../../../values/names';
import { isInt, isPortNumber, portNumberErrors } from '../../../values/numbers';
import { formatPath } from '../../../values/path';
import { checkItemName, ContainerScope } from './scope';

/** `supportedPortProtocols.List()`: sorted. */
export const PROTOCOLS: readonly string[] = ['SCTP', 'TCP', 'UDP'];

/** The protocol of a port after defaulting. */
export function protocolOf(port: Record<string, unknown>): string {
  return typeof port.protocol === 'string' && port.protocol !== '' ? port.protocol : 'TCP';
}

/** A container's `ports`. */
export function checkPorts(c: ContainerScope, ports: readonly unknown[]): void {
  const pod = c.pod;
  let ownHostPorts: Set<string> | undefined; // init containers are checked one by one
  for (let j = 0; j < ports.length; j++) {
    const p = ports[j];
    if (!isObject(p)) continue;
    const cp = isInt(p.containerPort) ? p.containerPort : 0;
    const hp = isInt(p.hostPort) ? p.hostPort : 0;
    const protocol = protocolOf(p);
    const hostIP = typeof p.hostIP === 'string' ? p.hostIP : '';
    for (const key in p) {
      const v = p[key];
      switch (key) {
        case 'name':
          if (typeof v === 'string' && v !== '') {
            checkItemName(c.r, 'container-port-name', ports, j, v, c.at('ports', j, 'name'), portNameErrors);
            sharedName(c, j, v, protocol, cp);
          }
          break;
        case 'containerPort':
          if (!isInt(v)) break;
          if (v === 0) c.r.required('container-port', c.at('ports', j, key));
          else if (!isPortNumber(v)) c.r.invalidEach('container-port', c.at('ports', j, key), v, portNumberErrors(v));
          // SetDefaults_PodSpec gives hostNetwork pods hostPort = containerPort; only an explicit other value fails
          if (pod.hostNetwork && !c.init && hp !== 0 && hp !== v) {
            c.r.invalid('host-network-port', c.at('ports', j, key), v, 'must match `hostPort` when `hostNetwork` is true');
          }
          break;
        case 'hostPort':
          if (isInt(v) && v !== 0 && !isPortNumber(v)) c.r.invalidEach('container-host-port', c.at('ports', j, key), v, portNumberErrors(v));
          break;
        case 'protocol':
          if (typeof v === 'string' && v !== '' && !PROTOCOLS.includes(v)) c.r.unsupported('container-port-protocol', c.at('ports', j, key), v, PROTOCOLS);
          break;
        default:
          break;
      }
    }
    // rule 36: protocol/hostIP/hostPort unique (after defaulting the hostPort of hostNetwork pods)
    const effectiveHostPort = hp === 0 && pod.hostNetwork ? cp : hp;
    let hostConflict = false;
    if (effectiveHostPort !== 0) {
      const key = `${protocol}/${hostIP}/${effectiveHostPort}`;
      const seen = c.init ? (ownHostPorts ??= new Set()) : (pod.hostPorts ??= new Set());
      if (seen.has(key)) {
        hostConflict = true;
        c.r.duplicate('host-port-conflict', c.at('ports', j, 'hostPort'), key);
      } else {
        seen.add(key);
      }
    }
    if (!hostConflict && isPortNumber(cp) && PROTOCOLS.includes(protocol)) portConflicts(c, ports, j, cp, protocol, effectiveHostPort, hostIP);
  }
}

/**
 * The same containerPort/protocol twice: in one container a warning (`pkg/api/pod/warnings.go`);
 * in two regular containers an error, since they share one network namespace.
 */
function portConflicts(c: ContainerScope, ports: readonly unknown[], j: number, cp: number, protocol: string, hostPort: number, hostIP: string): void {
  const pod = c.pod;
  for (let k = 0; k < j; k++) {
    const other = ports[k];
    if (!isObject(other) || other.containerPort !== cp || protocolOf(other) !== protocol) continue;
    const otherHostPort = isInt(other.hostPort) && other.hostPort !== 0 ? other.hostPort : pod.hostNetwork ? cp : 0;
    const otherHostIP = typeof other.hostIP === 'string' ? other.hostIP : '';
    let what: string | undefined;
    if (hostIP === otherHostIP && hostPort === otherHostPort) what = 'duplicate';
    else if (hostPort === 0 || otherHostPort === 0) what = 'overlapping';
    else if (hostPort === otherHostPort && (hostIP === '') !== (otherHostIP === '')) what = 'dangerously ambiguous';
    if (what !== undefined) {
      c.r.advise(
        'duplicate-port-definition',
        c.at('ports', j),
        `${cp}/${protocol}`,
        `${what} port definition with ${formatPath(c.at('ports', k))}`,
        undefined,
        'Duplicate value',
      );
    }
    return;
  }
  if (c.init || !pod.multiContainer) return;
  const index = (pod.podPorts ??= new Map());
  const key = cp * 3 + PROTOCOLS.indexOf(protocol);
  const owner = index.get(key);
  if (owner === undefined) {
    index.set(key, c.index);
  } else if (owner !== c.index) {
    const containers = pod.spec.containers as unknown[];
    const first = containers[owner] as Record<string, unknown>;
    const name = typeof first.name === 'string' ? ` ("${first.name}")` : '';
    c.r.duplicate(
      'pod-port-conflict',
      c.at('ports', j, 'containerPort'),
      cp,
      `containers[${owner}]${name} already declares ${cp}/${protocol}; the containers of a pod share one network namespace, so only one of them can listen on it`,
    );
  }
}

/**
 * A port name and protocol that an earlier regular container of the pod declares too: a Service's
 * `targetPort` of that name resolves to the first container's port only (`FindPort`).
 */
function sharedName(c: ContainerScope, j: number, name: string, protocol: string, cp: number): void {
  const pod = c.pod;
  if (c.init || !pod.multiContainer) return;
  const names = (pod.portNames ??= new Map());
  const key = `${protocol}/${name}`;
  const owner = names.get(key);
  if (owner === undefined) {
    names.set(key, c.index);
    return;
  }
  if (owner === c.index) return;
  const first = (pod.spec.containers as unknown[])[owner] as Record<string, unknown>;
  const firstName = typeof first.name === 'string' ? ` ("${first.name}")` : '';
  const firstPort = Array.isArray(first.ports) ? first.ports.find(p => isObject(p) && p.name === name && protocolOf(p) === protocol) : undefined;
  const number = isObject(firstPort) && isInt(firstPort.containerPort) ? ` ${firstPort.containerPort}` : '';
  c.r.advise(
    'pod-port-name-shared',
    c.at('ports', j, 'name'),
    name,
    `containers[${owner}]${firstName} declares a ${protocol} port of this name too: a Service targetPort "${name}" always resolves to that container's port${number}, never to this one (${cp}); give the ports different names`,
  );
}
