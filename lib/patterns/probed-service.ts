/**
 * The tutorial's TCP probes in a scalable workload: a Deployment behind a Service whose
 * endpoints the readiness probe gates.
 */
import { ApiObject, Duration } from 'cdk8s';
import { OwnApiObject } from '../app-validation/json-once';
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { BuilderCheck } from '../probes/build';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions, ReadinessProbeOptions } from '../probes/options';
import { ReadinessProbe } from '../probes/readiness';
import { withDefaults } from '../values/defaults';
import { buildMetadata, MetadataOptions } from '../workloads/metadata';
import { validateOwn, withinConstruct } from '../workloads/own-validation';
import { buildPodSpec, containerAnnotations } from '../workloads/pod-spec';

/** Properties of a {@link ProbedService}. */
export interface ProbedServiceProps extends MetadataOptions {
  /**
   * The name of the Deployment, the Service and the container, and the value of the `app`
   * label that the Service selects. A DNS-1035 label (Service names must start with a letter).
   *
   * @default 'goproxy'
   */
  readonly name?: string;
  /**
   * The image.
   *
   * @default 'registry.k8s.io/goproxy:0.1'
   */
  readonly image?: string;
  /**
   * The port the container listens on, which both probes check.
   *
   * @default 8080
   */
  readonly port?: number;
  /**
   * The port the Service exposes.
   *
   * @default - the container port
   */
  readonly servicePort?: number;
  /**
   * How many pods to run.
   *
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Timing of the readiness probe: while it fails, the pod is not in the Service's endpoints.
   * Options given override the defaults one by one; the defaults you do not override are kept.
   *
   * @default { initialDelay: Duration.seconds(5), period: Duration.seconds(10) }
   */
  readonly readinessProbe?: ReadinessProbeOptions;
  /**
   * Timing of the liveness probe: when it fails, the container is restarted.
   * Options given override the defaults one by one; the defaults you do not override are kept.
   *
   * @default { initialDelay: Duration.seconds(15), period: Duration.seconds(20) }
   */
  readonly livenessProbe?: LivenessProbeOptions;
}

/**
 * Deployment and Service `goproxy`: `registry.k8s.io/goproxy:0.1` on port 8080, a TCP readiness
 * probe (after 5 s, every 10 s) that decides when a pod receives the Service's traffic, and a
 * TCP liveness probe (after 15 s, every 20 s) that restarts a container that stops accepting
 * connections. Scale it with `replicas`; the Service selects `app=<name>`.
 */
export class ProbedService extends Construct {
  /** The name of the Deployment, the Service and the container. */
  public readonly name: string;
  /** The underlying Deployment, the child `'Deployment'`. */
  public readonly deployment: ApiObject;
  /** The underlying Service, the child `'Service'`. */
  public readonly service: ApiObject;
  /** The pod template's container. */
  public readonly container: Container;

  public constructor(scope: Construct, id: string, props: ProbedServiceProps = {}) {
    super(scope, id);
    const where = `[${this.node.path}]`;
    const name = props.name ?? 'goproxy';
    const port = props.port ?? 8080;
    const servicePort = props.servicePort ?? port;
    const replicas = props.replicas ?? 1;
    const check = new BuilderCheck();
    if (!Number.isInteger(replicas) || replicas < 0) check.r.invalid('sdk-replicas', ['replicas'], replicas, 'must be a whole number, 0 or more');
    check.throwIfErrors(where);
    this.name = name;
    this.container = withinConstruct(scope, id, () =>
      Container.of({
        name,
        image: props.image ?? 'registry.k8s.io/goproxy:0.1',
        ports: [{ number: port }],
        readinessProbe: ReadinessProbe.tcpSocket(withDefaults({ port, initialDelay: Duration.seconds(5), period: Duration.seconds(10) }, props.readinessProbe)),
        livenessProbe: LivenessProbe.tcpSocket(withDefaults({ port, initialDelay: Duration.seconds(15), period: Duration.seconds(20) }, props.livenessProbe)),
      }),
    );
    const selector = { app: name };
    const metadata = buildMetadata(where, name, props, selector);
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: metadata.labels, annotations: withContainerAnnotations(metadata.annotations, [this.container]) },
          spec: buildPodSpec({ containers: [this.container] }),
        },
      },
    };
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: { type: 'ClusterIP', selector, ports: [{ port: servicePort, targetPort: port, protocol: 'TCP' }] },
    };
    validateOwn(this, [deployment, service]);
    this.deployment = new OwnApiObject(this, 'Deployment', deployment);
    this.service = new OwnApiObject(this, 'Service', service);
  }
}

function withContainerAnnotations(annotations: Record<string, string> | undefined, containers: readonly Container[]): Record<string, string> | undefined {
  const merged = { ...annotations, ...containerAnnotations(containers) };
  return Object.keys(merged).length > 0 ? merged : undefined;
}
