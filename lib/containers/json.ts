/**
 * Containers as manifests write them (JSON), and their conversion to the L1 classes' props (where
 * a quantity is a `Quantity` and a port an `IntOrString`).
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { toKube } from '../objects/to-kube';
import { HandlerJson, ProbeJson } from '../probes/json';
import { EnvVarSourceJson } from './env';

/** A container port. */
export interface ContainerPortJson {
  /** The port number. */
  readonly containerPort: number;
  /** The port's name. */
  readonly name?: string;
  /** `TCP`, `UDP` or `SCTP`. */
  readonly protocol?: string;
  /** The node port it is bound to. */
  readonly hostPort?: number;
}

/** An environment variable: a value, or a source. */
export interface EnvVarJson {
  /** The variable's name. */
  readonly name: string;
  /** Its value. */
  readonly value?: string;
  /** Where its value comes from. */
  readonly valueFrom?: EnvVarSourceJson;
}

/** CPU and memory, as quantities (`100m`, `64Mi`). */
export interface CpuMemoryJson {
  /** CPU. */
  readonly cpu: string;
  /** Memory. */
  readonly memory: string;
}

/** The requests and limits of a container. */
export interface ResourcesJson {
  /** What the scheduler reserves. */
  readonly requests: CpuMemoryJson;
  /** The most the container may use (none under the exemption `noResourceLimits`). */
  readonly limits?: CpuMemoryJson;
}

/** The capabilities of a container. */
export interface CapabilitiesJson {
  /** Dropped capabilities (`ALL`). */
  readonly drop: readonly string[];
  /** Capabilities added back (an exemption). */
  readonly add?: readonly string[];
}

/** A seccomp profile. */
export interface SeccompProfileJson {
  /** `RuntimeDefault`, `Localhost` or `Unconfined`. */
  readonly type: string;
  /** The profile's path on the node, for `Localhost`. */
  readonly localhostProfile?: string;
}

/** The security context of a container, as the builders write it. */
export interface SecurityContextJson {
  /** Whether a process can gain more privileges than its parent (unwritten with `exemptions.defaultPrivilegeEscalation`). */
  readonly allowPrivilegeEscalation?: boolean;
  /** The capabilities dropped (and added back); unwritten with `exemptions.defaultCapabilities`. */
  readonly capabilities?: CapabilitiesJson;
  /** Whether the root filesystem is read-only (unwritten with `exemptions.defaultRootFilesystem`). */
  readonly readOnlyRootFilesystem?: boolean;
  /** Whether the container must run as a user other than root (unwritten with `exemptions.imageUser`). */
  readonly runAsNonRoot?: boolean;
  /** The user id (unwritten with `exemptions.imageUser`). */
  readonly runAsUser?: number;
  /** The primary group id (unwritten with `exemptions.imageUser`). */
  readonly runAsGroup?: number;
  /** The seccomp profile, when it is not the pod's. */
  readonly seccompProfile?: SeccompProfileJson;
}

/** A volume mounted in a container. */
export interface VolumeMountJson {
  /** The volume's name. */
  readonly name: string;
  /** Where it is mounted. */
  readonly mountPath: string;
  /** Whether it is mounted read-only. */
  readonly readOnly?: boolean;
  /** The path inside the volume. */
  readonly subPath?: string;
}

/** The lifecycle hooks of a container. */
export interface LifecycleJson {
  /** Run after the container starts. */
  readonly postStart?: HandlerJson;
  /** Run before the container stops. */
  readonly preStop?: HandlerJson;
}

/** A container, as a manifest writes it (the fields the builders write). */
export interface ContainerJson {
  /** The container's name. */
  readonly name: string;
  /** The image reference. */
  readonly image: string;
  /** When the image is pulled. */
  readonly imagePullPolicy?: string;
  /** The entrypoint. */
  readonly command?: readonly string[];
  /** The arguments. */
  readonly args?: readonly string[];
  /** The working directory. */
  readonly workingDir?: string;
  /** Environment variables. */
  readonly env?: readonly EnvVarJson[];
  /** Variables from every key of ConfigMaps and Secrets. */
  readonly envFrom?: readonly Readonly<Record<string, unknown>>[];
  /** The ports. */
  readonly ports?: readonly ContainerPortJson[];
  /** The liveness probe. */
  readonly livenessProbe?: ProbeJson;
  /** The readiness probe. */
  readonly readinessProbe?: ProbeJson;
  /** The startup probe. */
  readonly startupProbe?: ProbeJson;
  /** The lifecycle hooks. */
  readonly lifecycle?: LifecycleJson;
  /** CPU and memory requests and limits (none with `exemptions.noResources`). */
  readonly resources?: ResourcesJson;
  /** The container's security context (none when every field of it is exempted from being written). */
  readonly securityContext?: SecurityContextJson;
  /** The volumes mounted, by name and path. */
  readonly volumeMounts?: readonly VolumeMountJson[];
}

/** The container as the L1 classes take it. */
export function containerToKube(c: ContainerJson): k8s.Container {
  return toKube<k8s.Container>(c, 'Container');
}
