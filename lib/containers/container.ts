/**
 * A typed container: image, ports, probes, env, volumes, lifecycle hooks and a secure context,
 * validated when it is built, by the rules the engine runs on manifests.
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { BuilderCheck } from '../engine/builder-check';
import { checkContainerAlone } from '../engine/rules/pod/containers';
import { checkSchemaOf } from '../engine/validate';
import { checkArguments } from '../engine/options/check-options';
import { toKube } from '../objects/to-kube';
import { seconds } from '../probes/build';
import { deepFreeze } from '../values/json';
import { PORT_NAMES } from '../values/port-name';
import { ContainerInput, containerJson, containerPodAnnotations } from './container-json';
import { ContainerExemptions } from './exemptions';
import { ContainerJson, containerToKube, VolumeMountJson } from './json';
import { Protocol } from './port';
import { ContainerProps } from './props';
import { Mountable, Volume, VolumeJson, VolumeMount } from './volume';

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
  /** The pod volumes its mounts need (an `emptyDir` per writable path, and the volumes it mounts; not claim templates). */
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
  /** The pod volumes its mounts need, as the L1 classes take them. */
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
   * Builds a container, checking every value that types cannot bound, with the engine's rules in
   * their strict form: what is certain or very likely to fail is an error here, thrown naming the
   * container (an image the runtimes cannot parse or a registry typo, a command or exec probe or hook
   * whose first element has spaces, a port declared twice), unless `exemptions` allows it.
   * A probe or hook may only name a port that `ports` declares: anything else does not compile.
   */
  public static of<const N extends string = never, const C extends string = string>(props: ContainerProps<N, C>): Container<N> {
    const name: unknown = typeof props === 'object' && props !== null ? props.name : undefined;
    checkArguments(`Container "${String(name)}"`, 'Container.of', [props]);
    // checked: no value has the types of a manifest's spellings (`livenessProbe: { httpGet }`)
    return new Container<N>(props as ContainerInput);
  }

  /** The container's name. */
  public readonly name: string;
  /** The container's ports, in declaration order. */
  public readonly ports: readonly DeclaredPort[];
  /** What the container mounts: its `mounts`, then an `emptyDir` per writable path. */
  public readonly mounts: readonly VolumeMount[];

  /**
   * The port names the container declares, for the compiler only (see {@link PORT_NAMES}). Never
   * set at run time.
   */
  declare public readonly [PORT_NAMES]: N;

  private readonly parts: ContainerJsonParts;

  private constructor(props: ContainerInput) {
    const check = new BuilderCheck();
    checkProps(check, props);
    const startSeconds = seconds(check, 'startTime', props.startTime, 1);
    this.name = props.name;
    this.ports = (props.ports ?? []).map(p => ({ number: p.number, name: p.name, protocol: p.protocol ?? 'TCP' }));
    const writable = (props.writablePaths ?? []).map(path => ({ volume: Volume.emptyDir(volumeName(props.name, path)), path }));
    this.mounts = [...(props.mounts ?? []), ...writable];
    const container = containerJson(props, this.mounts.map(mountJson));
    const podAnnotations = containerPodAnnotations(props, startSeconds);
    checkSchemaOf(check.r, container, 'Container');
    // as in a Pod: the image must not have surrounding whitespace in any workload
    checkContainerAlone(check.r, container, { isPod: true, kind: 'Pod' });
    // the strict rules this container is exempted from (a registry mirror) report infos, not errors
    check.exempt(podAnnotations);
    check.throwIfErrors(`Container "${props.name}"`);
    this.parts = deepFreeze({
      container,
      volumes: this.volumes.flatMap(v => (v instanceof Volume ? [v.toJson()] : [])),
      podAnnotations,
    });
  }

  /** The volumes and claim templates the container mounts, each once, in order. */
  public get volumes(): readonly Mountable[] {
    return [...new Set(this.mounts.map(m => m.volume))];
  }

  /** What the pod that runs this container needs, as manifests write it: the container, its volumes and its pod annotations (frozen). */
  public toJson(): ContainerJsonParts {
    return this.parts;
  }

  /** What an L1 pod or workload (`k8s.KubePod`, `k8s.KubeCronJob`, …) needs to run this container: the parts as the L1 classes take them. */
  public toKube(): ContainerParts {
    const { container, volumes, podAnnotations } = this.parts;
    return { container: containerToKube(container), volumes: volumes.map(v => toKube<k8s.Volume>(v, 'Volume')), podAnnotations: { ...podAnnotations } };
  }
}

/** The exemptions that leave a field unwritten, each with the exemption (and prop) that writes it. */
const CONFLICTS: readonly (readonly [keyof ContainerExemptions, keyof ContainerExemptions, keyof ContainerInput | undefined])[] = [
  ['defaultCapabilities', 'addCapabilities', undefined],
  ['defaultPrivilegeEscalation', 'privilegeEscalation', undefined],
  ['defaultRootFilesystem', 'writableRootFilesystem', undefined],
  ['noResources', 'noResourceLimits', 'resources'],
];

/** The builder's own rules: a non-root user, absolute writable paths, exemptions with a reason. */
function checkProps(check: BuilderCheck, props: ContainerInput): void {
  const r = check.r;
  const x: ContainerExemptions = props.exemptions ?? {};
  if (x.runAsRoot !== undefined && props.user !== undefined) {
    r.invalid('sdk-non-root-user', ['user'], props.user, 'must not be set together with exemptions.runAsRoot');
  }
  if (x.imageUser !== undefined && (props.user !== undefined || x.runAsRoot !== undefined)) {
    const other = props.user !== undefined ? 'user' : 'exemptions.runAsRoot';
    r.invalid('sdk-non-root-user', ['exemptions', 'imageUser'], x.imageUser.reason, `must not be set together with ${other}: the image's user is neither`);
  }
  // an exemption that leaves a field unwritten, and one that writes it
  for (const [unset, other, also] of CONFLICTS) {
    const given = x[other] !== undefined ? `exemptions.${other}` : also !== undefined && props[also] !== undefined ? also : undefined;
    if (x[unset] !== undefined && given !== undefined) {
      r.invalid('sdk-workload-option', ['exemptions', unset], x[unset].reason, `must not be set together with ${given}, which writes the field`);
    }
  }
  for (const field of ['uid', 'gid'] as const) {
    const id = props.user?.[field];
    if (id !== undefined && !(Number.isInteger(id) && id >= 1 && id <= MAX_ID)) {
      r.invalid('sdk-non-root-user', ['user', field], id, `must be between 1 and ${MAX_ID}, inclusive (0 is root: use exemptions.runAsRoot)`);
    }
  }
  const writable = props.writablePaths ?? [];
  writable.forEach((path, i) => {
    if (!path.startsWith('/')) r.invalid('sdk-writable-path', ['writablePaths', i], path, 'must be an absolute path');
    // `/var/cache` and `/var/cache/` are one directory: two mounts of it would collide
    const same = writable.findIndex(p => samePath(p, path));
    if (same < i)
      r.duplicate('sdk-writable-path', ['writablePaths', i], path, `the same path twice: writablePaths[${same}] is ${JSON.stringify(writable[same])}`);
  });
  (props.mounts ?? []).forEach((m, i) => {
    if (!m.path.startsWith('/')) r.invalid('sdk-writable-path', ['mounts', i, 'path'], m.path, 'must be an absolute path');
  });
  (props.ports ?? []).forEach((port, i) => {
    if (port.hostPort !== undefined && port.hostPort.reason.trim() === '') {
      r.invalid('sdk-exemption-reason', ['ports', i, 'hostPort', 'reason'], port.hostPort.reason, 'must say why the pod needs the node port');
    }
  });
  for (const [key, exemption] of Object.entries(x)) {
    if (exemption !== undefined && exemption.reason.trim() === '') {
      r.invalid('sdk-exemption-reason', ['exemptions', key, 'reason'], exemption.reason, 'must say why the container needs the exemption');
    }
  }
}

function mountJson(m: VolumeMount): VolumeMountJson {
  const out: { -readonly [K in keyof VolumeMountJson]: VolumeMountJson[K] } = { name: m.volume.name, mountPath: m.path };
  if (m.readOnly !== undefined) out.readOnly = m.readOnly;
  if (m.subPath !== undefined) out.subPath = m.subPath;
  return out;
}

/** Whether two paths name one directory: the same, but for repeated or trailing slashes. */
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return norm(a) === norm(b);
}

/** `/var/cache/nginx` in container `web` → `web-var-cache-nginx`. */
function volumeName(container: string, path: string): string {
  const slug = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `${container}-root` : `${container}-${slug}`;
}
