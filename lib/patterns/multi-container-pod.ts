/**
 * A pod of a main container and its sidecars.
 */
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { MetadataOptions } from '../objects/metadata';
import { checkConstructArguments } from '../objects/construct-arguments';
import { Pod } from '../workloads/pod';

/** Properties of a {@link MultiContainerPod}. */
export interface MultiContainerPodProps extends MetadataOptions {
  /** The pod's name. */
  readonly name: string;

  /** The main container: `kubectl logs` and `kubectl exec` pick it when no container is named. */
  readonly main: Container;

  /**
   * Containers that support the main one. They share the pod's network namespace (they
   * reach each other on `localhost`, so no two may listen on the same port and protocol),
   * its UTS namespace (one hostname) and its IPC namespace.
   *
   * @default - none; add them later with {@link Pod.addContainer}
   */
  readonly sidecars?: readonly Container[];

  /**
   * Whether the containers also share one process namespace, so that a sidecar can see
   * and signal the main container's processes. Off in Kubernetes unless asked for.
   *
   * @default - not emitted; not shared
   */
  readonly shareProcessNamespace?: boolean;
}

/**
 * A pod whose main container is accompanied by sidecars. It carries the annotation
 * `kubectl.kubernetes.io/default-container`, so `kubectl logs <pod>` shows the main container.
 */
export class MultiContainerPod extends Pod {
  public constructor(scope: Construct, id: string, props: MultiContainerPodProps) {
    checkConstructArguments('MultiContainerPod', scope, id, props);
    super(scope, id, {
      name: props.name,
      namespace: props.namespace,
      labels: props.labels,
      annotations: { 'kubectl.kubernetes.io/default-container': props.main.name, ...props.annotations },
      containers: [props.main, ...(props.sidecars ?? [])],
      shareProcessNamespace: props.shareProcessNamespace,
    });
  }
}
