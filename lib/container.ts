/**
 * A typed container: image, ports, probes, writable paths and a secure context.
 */
import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import * as k8s from '../imports/k8s';
import { check, declaredPortErrors, dns1123LabelErrors, envVarNameErrors, invalid, portNameErrors, portNumberErrors, raise, wholeSeconds } from './_validators';
import { withDefaults } from './_defaults';
import { ContainerPortSpec, HostPort, Protocol } from './port';
import { LivenessProbe, Probe, ReadinessProbe, StartupProbe } from './probe';

/** When the kubelet pulls the image, spelled as Kubernetes spells it. */
export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** A request and a limit of one resource. */
export interface ResourceRange<T> {
  /** What the scheduler reserves for the container. */
  readonly request: T;
  /** The most the container may use. */
  readonly limit: T;
}

/** CPU and memory of a container. */
export interface ContainerResources {
  /**
   * CPU request and limit.
   *
   * @default - request 100m, limit 500m
   */
  readonly cpu?: ResourceRange<Cpu>;
  /**
   * Memory request and limit.
   *
   * @default - request 64Mi, limit 128Mi
   */
  readonly memory?: ResourceRange<Size>;
}

/** The user a container runs as. Kubernetes runs images as root unless told otherwise. */
export interface ContainerUser {
  /** The numeric user id: not 0. */
  readonly uid: number;
  /**
   * The numeric primary group id.
   *
   * @default - the same as `uid`
   */
  readonly gid?: number;
}

/**
 * Properties of a container. `N` is the union of the port names the container declares:
 * it is inferred from `ports`, and the probes may only refer to those names.
 */
export interface ContainerProps<N extends string> {
  /** The container's name: a DNS-1123 label, unique in the pod. */
  readonly name: string;

  /** The image reference, e.g. `registry.k8s.io/busybox:1.28`. */
  readonly image: string;

  /**
   * The entrypoint, replacing the image's ENTRYPOINT.
   *
   * @default - the image's ENTRYPOINT
   */
  readonly command?: readonly string[];

  /**
   * Arguments to the entrypoint, replacing the image's CMD.
   *
   * @default - the image's CMD
   */
  readonly args?: readonly string[];

  /**
   * Environment variables, in order.
   *
   * @default - none
   */
  readonly env?: Readonly<Record<string, string>>;

  /**
   * The ports the container listens on. Named ports can be used by this container's probes.
   *
   * @default - none
   */
  readonly ports?: readonly ContainerPortSpec<N>[];

  /**
   * Restarts the container when it fails.
   *
   * @default - no liveness probe
   */
  readonly livenessProbe?: LivenessProbe<NoInfer<N>>;

  /**
   * Keeps the pod out of its Services' endpoints while it fails.
   *
   * @default - no readiness probe
   */
  readonly readinessProbe?: ReadinessProbe<NoInfer<N>>;

  /**
   * Holds off the other probes until the application has started.
   *
   * @default - no startup probe
   */
  readonly startupProbe?: StartupProbe<NoInfer<N>>;

  /**
   * Absolute paths that the container must be able to write to. The root filesystem is
   * read-only, so each path gets an `emptyDir` volume of its own, named `<container>-<path>`.
   *
   * @default - none
   */
  readonly writablePaths?: readonly string[];

  /**
   * The user and group the container runs as.
   *
   * @default { uid: 65534, gid: 65534 } (`nobody`, present in busybox and most base images)
   */
  readonly user?: ContainerUser;

  /**
   * CPU and memory requests and limits.
   *
   * @default - cpu 100m/500m, memory 64Mi/128Mi (request/limit)
   */
  readonly resources?: ContainerResources;

  /**
   * How long the application takes to start. Recorded on the pod as the annotation
   * `start-time.cdk8s-pod-patterns/<container>`; the `recommended` policy warns when a liveness
   * probe without a startup probe would restart the container before that.
   *
   * @default - not declared
   */
  readonly startTime?: Duration;

  /**
   * When the kubelet pulls the image.
   *
   * @default - not emitted; Kubernetes pulls `:latest` and untagged images always, others if not present
   */
  readonly imagePullPolicy?: ImagePullPolicy;
}

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

/** A declared port, with its protocol resolved. */
export interface DeclaredPort {
  /** The port number. */
  readonly number: number;
  /** The port name, if it has one. */
  readonly name?: string;
  /** The protocol: `TCP` unless the port says otherwise. */
  readonly protocol: Protocol;
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
   * The declared port names, for the compiler only. Never set at run time.
   * @internal
   */
  declare public readonly _portNames?: N;

  private readonly props: ContainerInput;
  /** The declared start time, in whole seconds. */
  private readonly startSeconds: number | undefined;

  private constructor(props: ContainerInput) {
    const where = `Container '${props.name}'`;
    check(where, 'name', props.name, dns1123LabelErrors(props.name));
    if (props.image.trim() === '' || props.image.trim() !== props.image) {
      raise(where, invalid('image', props.image, ['must not be empty and must not have leading or trailing whitespace']));
    }
    this.name = props.name;
    this.props = props;
    this.ports = (props.ports ?? []).map((p, i) => declarePort(where, `ports[${i}]`, p));
    checkUniquePortNames(where, this.ports);
    for (const [field, probe] of this.probes()) checkProbePort(where, field, probe, this.ports);
    for (const name of Object.keys(props.env ?? {})) check(where, `env.${name}`, name, envVarNameErrors(name));
    const user = props.user ?? DEFAULT_USER;
    check(where, 'user.uid', user.uid, userIdErrors(user.uid));
    if (user.gid !== undefined) check(where, 'user.gid', user.gid, userIdErrors(user.gid));
    this.startSeconds = props.startTime ? wholeSeconds(where, 'startTime', props.startTime, 1) : undefined;
    for (const path of props.writablePaths ?? []) {
      if (!path.startsWith('/')) raise(where, invalid('writablePaths', path, ['must be an absolute path']));
    }
  }

  /**
   * The pod annotations this container needs: its declared start time, and the Pod Security
   * exemptions it was given (`exempt.cdk8s-pod-patterns/<check>` → `<container>:<what> (<reason>)`).
   * @internal
   */
  public _annotations(): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.startSeconds !== undefined) out[`start-time.cdk8s-pod-patterns/${this.name}`] = String(this.startSeconds);
    const hostPorts = (this.props.ports ?? []).flatMap(p => (p.hostPort ? [`${this.name}:${p.hostPort.number} (${p.hostPort.reason})`] : []));
    if (hostPorts.length > 0) out['exempt.cdk8s-pod-patterns/host-ports'] = hostPorts.join('; ');
    return out;
  }

  /** The `emptyDir` volumes that this container's writable paths need. @internal */
  public _volumes(): k8s.Volume[] {
    return this.writableMounts().map(m => ({ name: m.name, emptyDir: {} }));
  }

  /** The Kubernetes container. @internal */
  public _toKube(): k8s.Container {
    const p = this.props;
    const user = p.user ?? DEFAULT_USER;
    const resources = withDefaults(DEFAULT_RESOURCES, p.resources);
    const env = Object.entries(p.env ?? {}).map(([name, value]) => ({ name, value }));
    const mounts = this.writableMounts();
    return {
      name: p.name,
      image: p.image,
      imagePullPolicy: p.imagePullPolicy,
      command: p.command ? [...p.command] : undefined,
      args: p.args ? [...p.args] : undefined,
      env: env.length > 0 ? env : undefined,
      ports:
        this.ports.length > 0
          ? (p.ports ?? []).map(port => ({ containerPort: port.number, name: port.name, protocol: port.protocol, hostPort: port.hostPort?.number }))
          : undefined,
      livenessProbe: p.livenessProbe?._toKube(),
      readinessProbe: p.readinessProbe?._toKube(),
      startupProbe: p.startupProbe?._toKube(),
      resources: {
        requests: {
          cpu: k8s.Quantity.fromString(resources.cpu.request.amount),
          memory: k8s.Quantity.fromString(resources.memory.request.asString()),
        },
        limits: {
          cpu: k8s.Quantity.fromString(resources.cpu.limit.amount),
          memory: k8s.Quantity.fromString(resources.memory.limit.asString()),
        },
      },
      securityContext: {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        runAsUser: user.uid,
        runAsGroup: user.gid ?? user.uid,
      },
      volumeMounts: mounts.length > 0 ? mounts.map(m => ({ name: m.name, mountPath: m.path })) : undefined,
    };
  }

  private probes(): [string, Probe<string> | undefined][] {
    return [
      ['livenessProbe', this.props.livenessProbe],
      ['readinessProbe', this.props.readinessProbe],
      ['startupProbe', this.props.startupProbe],
    ];
  }

  private writableMounts(): { name: string; path: string }[] {
    return (this.props.writablePaths ?? []).map(path => ({ name: volumeName(this.name, path), path }));
  }
}

/** A user or group id of a non-root container: 1..2147483647. */
function userIdErrors(id: number): string[] {
  return Number.isInteger(id) && id >= 1 && id <= 2147483647 ? [] : ['must be between 1 and 2147483647, inclusive (0 is root)'];
}

/** `/var/cache/nginx` in container `web` → `web-var-cache-nginx`. */
function volumeName(container: string, path: string): string {
  const slug = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `${container}-root` : `${container}-${slug}`;
}

function declarePort(where: string, field: string, port: NonNullable<ContainerInput['ports']>[number]): DeclaredPort {
  check(where, `${field}.number`, port.number, portNumberErrors(port.number));
  if (port.name !== undefined) check(where, `${field}.name`, port.name, portNameErrors(port.name));
  if (port.hostPort !== undefined) {
    check(where, `${field}.hostPort`, port.hostPort.number, portNumberErrors(port.hostPort.number));
    if (port.hostPort.reason.trim() === '')
      raise(where, invalid(`${field}.hostPort.reason`, port.hostPort.reason, ['must say why the pod needs the node port']));
  }
  return { number: port.number, name: port.name, protocol: port.protocol ?? 'TCP' };
}

function checkUniquePortNames(where: string, ports: readonly DeclaredPort[]): void {
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    if (port.name === undefined) return;
    if (seen.has(port.name)) raise(where, invalid(`ports[${i}].name`, port.name, ['must be unique within the container']));
    seen.add(port.name);
  });
}

/** Type-checked already; this guards JavaScript callers and type assertions. */
function checkProbePort(where: string, field: string, probe: Probe<string> | undefined, ports: readonly DeclaredPort[]): void {
  const name = probe?._portName;
  if (name === undefined) return;
  check(
    where,
    `${field}.port`,
    name,
    declaredPortErrors(
      name,
      ports.flatMap(p => (p.name ? [p.name] : [])),
    ),
  );
}
