/**
 * A pod of typed containers: the base of the tutorial's pod constructs.
 */
import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { check, dns1123SubdomainErrors, raise } from './_validators';
import { containerAnnotations, PodSpecBuilder } from './_pod-spec';
import { Container } from './container';
import { ManifestValidation } from './manifest-validation';
import { _buildMetadata, MetadataOptions } from './metadata';

/** Properties of a {@link Pod}. */
export interface PodProps extends MetadataOptions {
  /** The pod's name, exactly as it appears in the cluster: a DNS-1123 subdomain. */
  readonly name: string;

  /** The pod's containers; more can be added with {@link Pod.addContainer}. */
  readonly containers: readonly Container[];

  /**
   * Whether the containers share one process namespace, so that they see (and can signal)
   * each other's processes. Network, UTS and IPC namespaces are always shared in a pod.
   *
   * @default - not emitted; Kubernetes does not share it
   */
  readonly shareProcessNamespace?: boolean;

  /**
   * Whether the pod gets a token of its service account mounted, to call the Kubernetes API.
   *
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
}

/**
 * A Kubernetes Pod, secure by default: non-root, no privilege escalation, all
 * capabilities dropped, read-only root filesystem, `RuntimeDefault` seccomp, no
 * service-account token. Its underlying `KubePod` is the child `'Resource'`.
 */
export class Pod extends Construct {
  /** The pod's name in the cluster. */
  public readonly name: string;

  /** The underlying L1 object. */
  public readonly apiObject: k8s.KubePod;

  private readonly spec: PodSpecBuilder;

  public constructor(scope: Construct, id: string, props: PodProps) {
    super(scope, id);
    const where = `[${this.node.path}]`;
    check(where, 'name', props.name, dns1123SubdomainErrors(props.name));
    this.name = props.name;
    this.spec = new PodSpecBuilder(props);
    const metadata = _buildMetadata(where, props.name, props);
    this.apiObject = new k8s.KubePod(this, 'Resource', {
      metadata,
      // produced when the app is synthesized, so that addContainer() calls reach the output
      spec: Lazy.any({ produce: () => this.spec.build() }),
    });
    this.addContainerAnnotations();
    ManifestValidation.enable(this);
  }

  /** The containers of the pod, in order. */
  public get containers(): readonly Container[] {
    return this.spec.all;
  }

  /** Adds a container, e.g. a sidecar, to the pod. */
  public addContainer(container: Container): void {
    if (this.spec.all.some(c => c.name === container.name)) {
      raise(`[${this.node.path}]`, `'containers' cannot take a second container named "${container.name}"`);
    }
    this.spec.addContainer(container);
    this.addContainerAnnotations();
  }

  /** Records what the containers declare (start times, Pod Security exemptions) as annotations. */
  private addContainerAnnotations(): void {
    for (const [key, value] of Object.entries(containerAnnotations(this.spec.all))) this.apiObject.metadata.addAnnotation(key, value);
  }
}
