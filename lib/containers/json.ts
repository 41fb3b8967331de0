/**
 * Containers as manifests write them (JSON), and their conversion to the L1 classes' props (where
 * a quantity is a `Quantity` and a port an `IntOrString`).
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { NameValueJson, ProbeJson, probeToKube } from '../probes/json';

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
  /** The most the container may use. */
  readonly limits: CpuMemoryJson;
}

/** The capabilities a container drops. */
export interface CapabilitiesJson {
  /** Dropped capabilities (`ALL`). */
  readonly drop: readonly string[];
}

/** The security context of a container, as the builders write it. */
export interface SecurityContextJson {
  /** Whether a process can gain more privileges than its parent. */
  readonly allowPrivilegeEscalation: boolean;
  /** The capabilities dropped. */
  readonly capabilities: CapabilitiesJson;
  /** Whether the root filesystem is read-only. */
  readonly readOnlyRootFilesystem: boolean;
  /** Whether the container must run as a user other than root. */
  readonly runAsNonRoot: boolean;
  /** The user id. */
  readonly runAsUser: number;
  /** The primary group id. */
  readonly runAsGroup: number;
}

/** A volume mounted in a container. */
export interface VolumeMountJson {
  /** The volume's name. */
  readonly name: string;
  /** Where it is mounted. */
  readonly mountPath: string;
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
  /** Environment variables. */
  readonly env?: readonly NameValueJson[];
  /** The ports. */
  readonly ports?: readonly ContainerPortJson[];
  /** The liveness probe. */
  readonly livenessProbe?: ProbeJson;
  /** The readiness probe. */
  readonly readinessProbe?: ProbeJson;
  /** The startup probe. */
  readonly startupProbe?: ProbeJson;
  /** CPU and memory requests and limits. */
  readonly resources: ResourcesJson;
  /** The container's security context. */
  readonly securityContext: SecurityContextJson;
  /** The volumes mounted, by name and path. */
  readonly volumeMounts?: readonly VolumeMountJson[];
}

/** A volume of a pod, as a manifest writes it (the kinds the builders write). */
export interface VolumeJson {
  /** The volume's name. */
  readonly name: string;
  /** An empty directory for the pod's lifetime. */
  readonly emptyDir: Readonly<Record<string, never>>;
}

/** The quantities of a resource list as the L1 classes take them. */
function quantities(list: CpuMemoryJson): Record<string, k8s.Quantity> {
  return Object.fromEntries(Object.entries(list).map(([name, q]) => [name, k8s.Quantity.fromString(q)]));
}

/** The container as the L1 classes take it. */
export function containerToKube(c: ContainerJson): k8s.Container {
  return {
    ...c,
    command: c.command && [...c.command],
    args: c.args && [...c.args],
    env: c.env?.map(e => ({ ...e })),
    ports: c.ports?.map(p => ({ ...p })),
    livenessProbe: c.livenessProbe && probeToKube(c.livenessProbe),
    readinessProbe: c.readinessProbe && probeToKube(c.readinessProbe),
    startupProbe: c.startupProbe && probeToKube(c.startupProbe),
    resources: { requests: quantities(c.resources.requests), limits: quantities(c.resources.limits) },
    securityContext: { ...c.securityContext, capabilities: { drop: [...c.securityContext.capabilities.drop] } },
    volumeMounts: c.volumeMounts?.map(m => ({ ...m })),
  };
}
