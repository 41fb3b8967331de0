/**
 * A typed container: image, ports, probes, env, writable paths and a secure context, validated
 * when it is built, by the rules the engine runs on manifests.
 *
 * @packageDocumentation
 */
import { Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { k8s } from '../../imports/k8s';
import { checkContainerAlone } from '../engine/rules/pod/containers';
import { checkSchemaOf } from '../engine/validate';
import { START_TIME_PREFIX } from '../policy/best-practices';
import { EXEMPTION_PREFIX } from '../policy/exemptions';
import { BuilderCheck, seconds, withoutUndefined } from '../probes/build';
import { Probe } from '../probes/probe';
import { withDefaults } from '../values/defaults';
import { deepFreeze } from '../values/json';
import { PORT_NAMES } from '../values/port-name';
import { ContainerJson, containerToKube, VolumeJson } from './json';
import { HostPort, Protocol } from './port';
import { ContainerProps, ContainerResources, ContainerUser } from './props';

/** What a container keeps of its props once the compiler has checked the port names. */
interface ContainerInput extends Omit<ContainerProps<string>, 'ports' | 'livenessProbe' | 'readinessProbe' | 'startupProbe'> {
  readonly ports?: readonly { readonly number: number; readonly name?: string; readonly protocol?: Protocol; readonly hostPort?: HostPort }[];
  readonly livenessProbe?: Probe<string>;
  readonly readinessProbe?: Probe<string>;
  readonly startupProbe?: Probe<string>;
}

/** The default user: `nobody`. */
const DEFAULT_USER: Required<ContainerUser> = { uid: 65534, gid: 65534 };
const DEFAULT_RESOURCES: Required<ContainerResources> = {
  cpu: { request: Cpu.millis(100), limit: Cpu.millis(500) },
  memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) },
};
const MAX_ID = 2147483647;

/** A declared port, with its protocol resolved. */
export interface DeclaredPort {
  /** The port number. */
  readonly number: number;
  /** The port name, if it has one. */
  readonly name?: string;
  /** The protocol: `TCP` unless the port says otherwise. */
  readonly protocol: Protocol;
}

/** What a container gives the pod that runs it, as manifests write it (plain JSON). */
export interface ContainerJsonParts {
  /** The container. */
  readonly container: ContainerJson;
  /** The volumes its mounts need (an `emptyDir` per writable path). */
  readonly volumes: readonly VolumeJson[];
  /**
   * The pod annotations it needs: its declared start time (`start-time.cdk8s-pod-patterns/<container>`)
   * and the exemptions it was given (`exempt.cdk8s-pod-patterns/<check>` → `<container>:<what> (<reason>)`).
   */
  readonly podAnnotations: Readonly<Record<string, string>>;
}

/** What a container gives the pod that runs it, as the L1 classes take it: what an L1 pod or workload needs to run it. */
export interface ContainerParts {
  /** The container, as the L1 classes take it. */
  readonly container: k8s.Container;
  /** The volumes its mounts need (an `emptyDir` per writable path). */
  readonly volumes: readonly k8s.Volume[];
  /**
   * The pod annotations it needs: its declared start time (`start-time.cdk8s-pod-patterns/<container>`)
   * and the exemptions it was given (`exempt.cdk8s-pod-patterns/<check>` → `<container>:<what> (<reason>)`).
   */
  readonly podAnnotations: Readonly<Record<string, string>>;
}

/**
 * A container of a pod. Build it with {@link Container.of}; give it to a pod or workload construct.
 *
 * @example
 * Container.of({
 *   name: 'app',
 *   image: 'registry.k8s.io/e2e-test-images/agnhost:2.40',
 *   ports: [{ name: 'liveness-port', number: 8080 }],
 *   livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'liveness-port' }),
 * });
 */
export class Container<N extends string = string> {
  /**
   * Builds a container, checking every value that types cannot bound.
   * A probe may only name a port that `ports` declares: anything else does not compile.
   */
  public static of<const N extends string = never>(props: ContainerProps<N>): Container<N> {
    return new Container<N>(props);
  }

  /** The container's name. */
  public readonly name: string;
  /** The container's ports, in declaration order. */
  public readonly ports: readonly DeclaredPort[];

  /**
   * The port names the container declares, for the compiler only (see {@link PORT_NAMES}). Never
   * set at run time.
   */
  declare public readonly [PORT_NAMES]?: N;

  private readonly parts: ContainerJsonParts;

  private constructor(props: ContainerInput) {
    const check = new BuilderCheck();
    const r = check.r;
    const user = props.user ?? DEFAULT_USER;
    for (const field of ['uid', 'gid'] as const) {
      const id = user[field];
      if (id !== undefined && !(Number.isInteger(id) && id >= 1 && id <= MAX_ID)) {
        r.invalid('sdk-non-root-user', ['user', field], id, `must be between 1 and ${MAX_ID}, inclusive (0 is root)`);
      }
    }
    const startSeconds = seconds(check, 'startTime', props.startTime, 1);
    (props.writablePaths ?? []).forEach((path, i) => {
      if (!path.startsWith('/')) r.invalid('sdk-writable-path', ['writablePaths', i], path, 'must be an absolute path');
    });
    (props.ports ?? []).forEach((port, i) => {
      if (port.hostPort !== undefined && port.hostPort.reason.trim() === '') {
        r.invalid('sdk-exemption-reason', ['ports', i, 'hostPort', 'reason'], port.hostPort.reason, 'must say why the pod needs the node port');
      }
    });
    this.name = props.name;
    this.ports = (props.ports ?? []).map(p => ({ number: p.number, name: p.name, protocol: p.protocol ?? 'TCP' }));
    const mounts = (props.writablePaths ?? []).map(path => ({ name: volumeName(props.name, path), mountPath: path }));
    const container = toJson(props, user, mounts);
    checkSchemaOf(r, container, 'Container');
    // as in a Pod: the image must not have surrounding whitespace in any workload
    checkContainerAlone(r, container, { isPod: true, kind: 'Pod' });
    check.throwIfErrors(`Container "${props.name}"`);
    this.parts = deepFreeze({
      container,
      volumes: mounts.map(m => ({ name: m.name, emptyDir: {} })),
      podAnnotations: annotations(props, startSeconds),
    });
  }

  /** What the pod that runs this container needs, as manifests write it: the container, its volumes and its pod annotations (frozen). */
  public toJson(): ContainerJsonParts {
    return this.parts;
  }

  /** What an L1 pod or workload (`k8s.KubePod`, `k8s.KubeCronJob`, …) needs to run this container: the parts as the L1 classes take them. */
  public toKube(): ContainerParts {
    const { container, volumes, podAnnotations } = this.parts;
    return { container: containerToKube(container), volumes: volumes.map(v => ({ name: v.name, emptyDir: {} })), podAnnotations: { ...podAnnotations } };
  }
}

/** The container, secure by default, as a manifest writes it. */
function toJson(p: ContainerInput, user: ContainerUser, mounts: readonly { name: string; mountPath: string }[]): ContainerJson {
  const resources = withDefaults(DEFAULT_RESOURCES, p.resources);
  const env = Object.entries(p.env ?? {}).map(([name, value]) => ({ name, value }));
  const ports = (p.ports ?? []).map(port =>
    withoutUndefined({ containerPort: port.number, name: port.name, protocol: port.protocol, hostPort: port.hostPort?.number }),
  );
  return withoutUndefined({
    name: p.name,
    image: p.image,
    imagePullPolicy: p.imagePullPolicy,
    command: p.command ? [...p.command] : undefined,
    args: p.args ? [...p.args] : undefined,
    env: env.length > 0 ? env : undefined,
    ports: ports.length > 0 ? ports : undefined,
    livenessProbe: p.livenessProbe?.toJson(),
    readinessProbe: p.readinessProbe?.toJson(),
    startupProbe: p.startupProbe?.toJson(),
    resources: {
      requests: { cpu: resources.cpu.request.amount, memory: resources.memory.request.asString() },
      limits: { cpu: resources.cpu.limit.amount, memory: resources.memory.limit.asString() },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: user.uid,
      runAsGroup: user.gid ?? user.uid,
    },
    volumeMounts: mounts.length > 0 ? mounts.map(m => ({ ...m })) : undefined,
  });
}

/** The pod annotations a container needs: its start time and the exemptions it was given. */
function annotations(p: ContainerInput, startSeconds: number | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (startSeconds !== undefined) out[`${START_TIME_PREFIX}${p.name}`] = String(startSeconds);
  const hostPorts = (p.ports ?? []).flatMap(port => (port.hostPort ? [`${p.name}:${port.hostPort.number} (${port.hostPort.reason})`] : []));
  if (hostPorts.length > 0) out[`${EXEMPTION_PREFIX}host-ports`] = hostPorts.join('; ');
  return out;
}

/** `/var/cache/nginx` in container `web` → `web-var-cache-nginx`. */
function volumeName(container: string, path: string): string {
  const slug = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `${container}-root` : `${container}-${slug}`;
}
