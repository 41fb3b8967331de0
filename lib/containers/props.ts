/**
 * The properties of a typed container: image, command, env, ports, probes, writable paths, user,
 * resources, start time and pull policy.
 *
 * @packageDocumentation
 */
import { Duration, Size } from 'cdk8s';
import { Cpu } from 'cdk8s-plus-27';
import { Lifecycle } from '../probes/lifecycle';
import { LivenessProbe } from '../probes/liveness';
import { ReadinessProbe } from '../probes/readiness';
import { ProbeSpelling } from '../probes/spellings';
import { StartupProbe } from '../probes/startup';
import { DnsLabelName } from '../values/dns-label';
import { EnvFrom, EnvValue } from './env';
import { ContainerExemptions } from './exemptions';
import { ContainerPortSpec } from './port';
import { ContainerResourcesSpellings, ContainerSpellings } from './spellings';
import { VolumeMount } from './volume';

/** When the kubelet pulls the image, spelled as Kubernetes spells it. */
export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** A request and a limit of one resource. */
export interface ResourceRange<T> {
  /** What the scheduler reserves for the container. */
  readonly request: T;
  /** The most the container may use. */
  readonly limit: T;
}

/** CPU and memory of a container; the manifest's `limits` and `requests` are errors that say what to write. */
export interface ContainerResources extends ContainerResourcesSpellings {
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
 * it is inferred from `ports`, and the probes may only refer to those names. `C` is its name, when
 * written as a literal (checked as a DNS label at compile time). The manifest's spellings of a
 * container's fields are errors that say what to write instead ({@link ContainerSpellings}).
 */
export interface ContainerProps<N extends string, C extends string = string> extends ContainerSpellings {
  /**
   * The container's name: a DNS-1123 label, unique in the pod. Written as a literal, a name in upper
   * case or with spaces does not compile.
   */
  readonly name: DnsLabelName<C, 'container'>;

  /**
   * The image reference, e.g. `registry.k8s.io/busybox:1.28`: one the container runtimes can parse
   * (a lower-case repository, no whitespace), on a registry that is not one edit away from a
   * well-known one nor the frozen `k8s.gcr.io` (`exemptions.imageRegistry` allows one on purpose).
   */
  readonly image: string;

  /**
   * The entrypoint, replacing the image's ENTRYPOINT: the executable, then its arguments, one
   * element each (no shell runs it; a first element with spaces is an error unless
   * `exemptions.commandWithSpaces`).
   *
   * @default - the image's ENTRYPOINT
   */
  readonly command?: readonly [string, ...string[]];

  /**
   * Arguments to the entrypoint, replacing the image's CMD.
   *
   * @default - the image's CMD
   */
  readonly args?: readonly string[];

  /**
   * The working directory of the entrypoint.
   *
   * @default - the image's WORKDIR
   */
  readonly workingDir?: string;

  /**
   * Environment variables, in order: a string, or an {@link EnvValue} (a key of a ConfigMap or
   * Secret, a field of the pod, a resource of a container).
   *
   * @default - none
   */
  readonly env?: Readonly<Record<string, string | EnvValue>>;

  /**
   * Every key of ConfigMaps or Secrets as environment variables; `env` wins over them.
   *
   * @default - none
   */
  readonly envFrom?: readonly EnvFrom[];

  /**
   * The volumes the container mounts: the pod gets every volume its containers mount, so a mount
   * cannot name a volume the pod does not have.
   *
   * @default - none (besides the `writablePaths`)
   */
  readonly mounts?: readonly VolumeMount[];

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
  readonly livenessProbe?: LivenessProbe<NoInfer<N>> | ProbeSpelling<'LivenessProbe'>;

  /**
   * Keeps the pod out of its Services' endpoints while it fails.
   *
   * @default - no readiness probe
   */
  readonly readinessProbe?: ReadinessProbe<NoInfer<N>> | ProbeSpelling<'ReadinessProbe'>;

  /**
   * Holds off the other probes until the application has started.
   *
   * @default - no startup probe
   */
  readonly startupProbe?: StartupProbe<NoInfer<N>> | ProbeSpelling<'StartupProbe'>;

  /**
   * Hooks run after the container starts and before it stops; their named ports must be ports
   * the container declares.
   *
   * @default - none
   */
  readonly lifecycle?: Lifecycle<NoInfer<N>>;

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
   * A seccomp profile of the node (`Localhost`, a path below the kubelet's seccomp directory)
   * instead of the runtime's default; Pod Security restricted allows it. Running without a
   * profile is the exemption `unconfinedSeccomp`.
   *
   * @default - the pod's `RuntimeDefault` profile
   */
  readonly seccompLocalhostProfile?: string;

  /**
   * What the container may do beyond its secure defaults (run as root, a writable root
   * filesystem, capabilities, ...): each needs a reason, and is recorded on the pod.
   *
   * @default - none: the secure defaults hold
   */
  readonly exemptions?: ContainerExemptions;

  /**
   * When the kubelet pulls the image.
   *
   * @default - not emitted; Kubernetes pulls `:latest` and untagged images always, others if not present
   */
  readonly imagePullPolicy?: ImagePullPolicy;
}
