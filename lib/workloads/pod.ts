/**
 * A pod of typed containers: the base of the tutorial's pod constructs.
 *
 * @packageDocumentation
 */
import { ApiObject, Lazy } from 'cdk8s';
import { OwnApiObject } from '../app-validation/json-once';
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { buildMetadata, MetadataOptions } from './metadata';
import { validateMetadata, validateOwn, validateOwnAtSynth } from './own-validation';
import { buildPodSpec, containerAnnotations } from './pod-spec';

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
 * service-account token. Its underlying `ApiObject` is the child `'Resource'`. Its metadata is
 * validated when it is created, a container when it is added, and the whole pod when the app is
 * synthesized.
 */
export class Pod extends Construct {
  /** The pod's name in the cluster. */
  public readonly name: string;

  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  private readonly props: PodProps;
  private readonly list: Container[];

  public constructor(scope: Construct, id: string, props: PodProps) {
    super(scope, id);
    this.name = props.name;
    this.props = props;
    this.list = [...props.containers];
    const metadata = buildMetadata(`[${this.node.path}]`, props.name, props);
    validateMetadata(this, 'Pod', 'dns1123-subdomain', metadata);
    this.apiObject = new OwnApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata,
      // produced when the app is synthesized, so that addContainer() calls reach the output
      spec: Lazy.any({ produce: () => buildPodSpec(this.props, this.list) }),
    });
    this.addContainerAnnotations();
    // the containers may still change: the whole pod is checked when the app is synthesized
    validateOwnAtSynth(this, () => [this.manifest(this.list)]);
  }

  /** The containers of the pod, in order. */
  public get containers(): readonly Container[] {
    return this.list;
  }

  /** Adds a container, e.g. a sidecar, to the pod; a container the pod cannot take (a name or port it already has) throws at once. */
  public addContainer(container: Container): void {
    validateOwn(this, [this.manifest([...this.list, container])]);
    this.list.push(container);
    this.addContainerAnnotations();
  }

  /** Records what the containers declare (start times, Pod Security exemptions) as annotations. */
  private addContainerAnnotations(): void {
    for (const [key, value] of Object.entries(containerAnnotations(this.list))) this.apiObject.metadata.addAnnotation(key, value);
  }

  /** The pod's manifest with these containers. */
  private manifest(containers: readonly Container[]): Record<string, unknown> {
    const metadata = this.apiObject.metadata.toJson();
    const annotations = { ...metadata.annotations, ...containerAnnotations(containers) };
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...metadata, annotations: Object.keys(annotations).length > 0 ? annotations : undefined },
      spec: buildPodSpec(this.props, containers),
    };
  }
}
