/**
 * A bare Pod of typed containers: what the tutorial's pod constructs are made of.
 *
 * @packageDocumentation
 */
import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { OwnApiObject } from '../app-validation/own-api-object';
import { Container, DeclaredPort } from '../containers/container';
import { buildMetadata, MetadataOptions } from '../objects/metadata';
import { checkConstructArguments } from '../objects/construct-arguments';
import { validateMetadata, validateOwn, validateOwnAtSynth } from '../objects/own-validation';
import { PORT_NAMES } from '../values/port-name';
import { buildPodTemplate, PodTemplateOptions, PodTemplateParts } from './pod-template';
import { Selectable } from './selectable';

/** How a Pod's containers restart, spelled as Kubernetes spells it. */
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

/** Properties of a {@link Pod}. */
export interface PodProps<N extends string = string> extends MetadataOptions, PodTemplateOptions {
  /** The pod's name, exactly as it appears in the cluster: a DNS-1123 subdomain. */
  readonly name: string;

  /** The pod's containers; more can be added with {@link Pod.addContainer}. */
  readonly containers: readonly Container<N>[];

  /**
   * When the kubelet restarts the pod's containers.
   *
   * @default - not emitted; Kubernetes uses 'Always'
   */
  readonly restartPolicy?: RestartPolicy;
}

/**
 * A Kubernetes Pod, secure by default: non-root, no privilege escalation, all
 * capabilities dropped, read-only root filesystem, `RuntimeDefault` seccomp, no
 * service-account token. Its underlying `ApiObject` is the child `'Resource'`. Its metadata is
 * validated when it is created, a container when it is added, and the whole pod when the app is
 * synthesized. A bare Pod is not recreated when it fails: services run in a {@link Deployment}.
 */
export class Pod<N extends string = string> extends Construct implements Selectable<N> {
  /** The kind, `Pod`. */
  public readonly kind = 'Pod';
  /** The pod's name in the cluster. */
  public readonly name: string;
  /** The pod's namespace, when it sets one. */
  public readonly namespace?: string;
  /** The pod's labels, which select it. */
  public readonly selectorLabels: Readonly<Record<string, string>>;

  /** The underlying object, the child `'Resource'`. */
  public readonly apiObject: ApiObject;

  /** The port names its containers declare, for the compiler only. Never set at run time. */
  declare public readonly [PORT_NAMES]: N;

  private readonly props: PodProps<N>;
  private readonly list: Container[];
  private readonly where: string;

  public constructor(scope: Construct, id: string, props: PodProps<N>) {
    super(scope, id);
    checkConstructArguments('Pod', scope, id, props);
    this.name = props.name;
    this.namespace = props.namespace;
    this.selectorLabels = { ...props.labels };
    this.props = props;
    this.list = [...props.containers];
    this.where = `[${this.node.path}]`;
    const metadata = buildMetadata(this.where, props.name, props);
    validateMetadata(this, 'Pod', 'dns1123-subdomain', metadata);
    const first = this.template(this.list);
    this.apiObject = new OwnApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata,
      // produced when the app is synthesized, so that addContainer() calls reach the output
      spec: Lazy.any({ produce: () => this.template(this.list).spec }),
    });
    this.addAnnotations(first);
    // the containers may still change: the whole pod is checked when the app is synthesized
    validateOwnAtSynth(this, () => [this.manifest(this.list)]);
  }

  /** The containers of the pod, in order. */
  public get containers(): readonly Container[] {
    return this.list;
  }

  /** The ports its containers declare. */
  public get ports(): readonly DeclaredPort[] {
    return this.list.flatMap(c => c.ports);
  }

  /**
   * Adds a container, e.g. a sidecar, to the pod; a container the pod cannot take (a name or port it
   * already has) throws at once. Its port names are not added to the pod's type: a Service selecting
   * the pod by them is checked when it is built.
   */
  public addContainer(container: Container): void {
    validateOwn(this, [this.manifest([...this.list, container])]);
    this.list.push(container);
    this.addAnnotations(this.template(this.list));
  }

  private template(containers: readonly Container[]): PodTemplateParts {
    return buildPodTemplate(this.props, containers, { where: this.where, kind: 'Pod', restartPolicy: this.props.restartPolicy });
  }

  /** Records what the containers and the pod declare (start times, exemptions) as annotations. */
  private addAnnotations(parts: PodTemplateParts): void {
    for (const [key, value] of Object.entries(parts.annotations)) this.apiObject.metadata.addAnnotation(key, value);
  }

  /** The pod's manifest with these containers. */
  private manifest(containers: readonly Container[]): Record<string, unknown> {
    const metadata = this.apiObject.metadata.toJson();
    const parts = this.template(containers);
    const annotations = { ...metadata.annotations, ...parts.annotations };
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...metadata, annotations: Object.keys(annotations).length > 0 ? annotations : undefined },
      spec: parts.spec,
    };
  }
}
