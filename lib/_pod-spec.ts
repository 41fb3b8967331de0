/**
 * Assembles a pod spec from typed containers (the rules that span containers are the engine's).
 *
 * @internal
 * @packageDocumentation
 */
import * as k8s from '../imports/k8s';
import { Container } from './container';

/** Pod-level options shared by the pod constructs and the workloads' pod templates. */
export interface PodSpecOptions {
  /** Containers that share the pod's network, UTS and IPC namespaces. */
  readonly containers: readonly Container[];
  /** Whether the containers also share one process namespace. */
  readonly shareProcessNamespace?: boolean;
  /** Whether a service-account token is mounted; `false` unless given. */
  readonly automountServiceAccountToken?: boolean;
}

/**
 * A pod spec whose `containers` and `volumes` arrays stay open for `add*()` calls until synthesis.
 */
export class PodSpecBuilder {
  private readonly containers: Container[];

  public constructor(private readonly options: PodSpecOptions) {
    this.containers = [...options.containers];
  }

  /** Adds a container after construction. */
  public addContainer(container: Container): void {
    this.containers.push(container);
  }

  /** The containers so far. */
  public get all(): readonly Container[] {
    return this.containers;
  }

  /** Builds the Kubernetes pod spec, secure by default. */
  public build(): k8s.PodSpec {
    const volumes = this.containers.flatMap(c => c._volumes());
    return {
      automountServiceAccountToken: this.options.automountServiceAccountToken ?? false,
      shareProcessNamespace: this.options.shareProcessNamespace,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: this.containers.map(c => c._toKube()),
      volumes: volumes.length > 0 ? volumes : undefined,
    };
  }
}

/** The pod annotations that a list of containers needs, merged. */
export function containerAnnotations(containers: readonly Container[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of containers) {
    for (const [key, value] of Object.entries(c._annotations())) out[key] = out[key] && key.startsWith('exempt.') ? `${out[key]}; ${value}` : value;
  }
  return out;
}
