/**
 * Assembles a pod spec from typed containers, secure by default (the rules that span containers
 * are the engine's).
 *
 * @packageDocumentation
 */
import { Container } from '../containers/container';
import { ContainerJson, VolumeJson } from '../containers/json';
import { withoutUndefined } from '../probes/build';

/** A pod spec, as a manifest writes it (the fields the constructs write). */
export interface PodSpecJson {
  readonly automountServiceAccountToken: boolean;
  readonly shareProcessNamespace?: boolean;
  readonly securityContext: { readonly runAsNonRoot: boolean; readonly seccompProfile: { readonly type: string } };
  readonly containers: readonly ContainerJson[];
  readonly volumes?: readonly VolumeJson[];
}

/** Pod-level options shared by the pod constructs and the workloads' pod templates. */
export interface PodSpecOptions {
  /** Containers that share the pod's network, UTS and IPC namespaces. */
  readonly containers: readonly Container[];
  /** Whether the containers also share one process namespace. */
  readonly shareProcessNamespace?: boolean;
  /** Whether a service-account token is mounted; `false` unless given. */
  readonly automountServiceAccountToken?: boolean;
}

/** The pod spec of `containers`, with the pod-level options. */
export function buildPodSpec(options: PodSpecOptions, containers: readonly Container[] = options.containers): PodSpecJson {
  const parts = containers.map(c => c.toJson());
  const volumes = parts.flatMap(p => p.volumes);
  return withoutUndefined({
    automountServiceAccountToken: options.automountServiceAccountToken ?? false,
    shareProcessNamespace: options.shareProcessNamespace,
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: parts.map(p => p.container),
    volumes: volumes.length > 0 ? volumes : undefined,
  });
}

/** The pod annotations that a list of containers needs, merged (exemptions of several containers joined by `; `). */
export function containerAnnotations(containers: readonly Container[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of containers) {
    for (const [key, value] of Object.entries(c.toJson().podAnnotations)) out[key] = out[key] && key.startsWith('exempt.') ? `${out[key]}; ${value}` : value;
  }
  return out;
}
