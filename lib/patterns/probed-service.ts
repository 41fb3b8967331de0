/**
 * The tutorial's readiness-gated Service, as a composition of the typed layer: a Deployment of one
 * container whose readiness probe decides when a pod receives the Service's traffic.
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Container } from '../containers/container';
import { BuilderCheck } from '../engine/builder-check';
import { MetadataOptions } from '../objects/metadata';
import { checkConstructArguments } from '../objects/construct-arguments';
import { withinConstruct } from '../objects/own-validation';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions, ReadinessProbeOptions } from '../probes/options';
import { ReadinessProbe } from '../probes/readiness';
import { Service } from '../services/service';
import { withDefaults } from '../values/defaults';
import { Deployment } from '../workloads/deployment';

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
  /**
   * The container to run instead of the tutorial's: any container with a readiness probe (which
   * gates the Service's traffic) and at least one port; the Service targets its first port. `image`,
   * `port` and the probe options shape the tutorial container only, so giving one of them with a
   * `container` is an error.
   *
   * @default - `goproxy` with TCP probes on `port`
   */
  readonly container?: Container;
}

/**
 * Deployment and Service `goproxy`: `registry.k8s.io/goproxy:0.1` on port 8080, a TCP readiness
 * probe (after 5 s, every 10 s) that decides when a pod receives the Service's traffic, and a
 * TCP liveness probe (after 15 s, every 20 s) that restarts a container that stops accepting
 * connections. Scale it with `replicas`; the Service selects `app=<name>`. Give it any
 * `container` with a readiness probe to run your own.
 */
export class ProbedService extends Construct {
  /** The name of the Deployment and the Service. */
  public readonly name: string;
  /** The Deployment, the child `'Deployment'`. */
  public readonly deployment: Deployment<string>;
  /** The Service, the child `'Service'`. */
  public readonly service: Service<string>;
  /** The pod template's container. */
  public readonly container: Container;

  public constructor(scope: Construct, id: string, props: ProbedServiceProps = {}) {
    super(scope, id);
    checkConstructArguments('ProbedService', scope, id, props);
    const name = props.name ?? 'goproxy';
    const replicas = props.replicas ?? 1;
    const check = new BuilderCheck();
    if (!Number.isInteger(replicas) || replicas < 0) check.r.invalid('sdk-replicas', ['replicas'], replicas, 'must be a whole number, 0 or more');
    if (props.container && props.container.toJson().container.readinessProbe === undefined) {
      check.r.required('sdk-container-of-workload', ['container', 'readinessProbe'], 'the readiness probe gates the Service: give the container one');
    }
    if (props.container && props.container.ports.length === 0) {
      check.r.required('sdk-container-of-workload', ['container', 'ports'], "the Service targets the container's first port: declare one");
    }
    for (const option of ['image', 'port', 'readinessProbe', 'livenessProbe'] as const) {
      if (props.container && props[option] !== undefined) {
        check.r.forbidden(
          'sdk-workload-option',
          [option],
          'the given `container` replaces the tutorial container that this option shapes: set it on the container',
        );
      }
    }
    check.throwIfErrors(`[${this.node.path}]`);
    this.name = name;
    this.container = props.container ?? withinConstruct(scope, id, () => goproxy(name, props));
    const port = this.container.ports[0].number;
    this.deployment = new Deployment(this, 'Deployment', {
      name,
      replicas,
      selectorLabels: { app: name },
      labels: props.labels,
      annotations: props.annotations,
      podAnnotations: props.annotations,
      namespace: props.namespace,
      containers: [this.container],
    });
    this.service = new Service(this, 'Service', {
      selector: this.deployment,
      labels: props.labels,
      annotations: props.annotations,
      ports: [{ port: props.servicePort ?? port, targetPort: port }],
    });
  }
}

/** The tutorial's container: goproxy, probed over TCP. */
function goproxy(name: string, props: ProbedServiceProps): Container {
  const port = props.port ?? 8080;
  return Container.of({
    name,
    image: props.image ?? 'registry.k8s.io/goproxy:0.1',
    ports: [{ number: port }],
    readinessProbe: ReadinessProbe.tcpSocket(withDefaults({ port, initialDelay: Duration.seconds(5), period: Duration.seconds(10) }, props.readinessProbe)),
    livenessProbe: LivenessProbe.tcpSocket(withDefaults({ port, initialDelay: Duration.seconds(15), period: Duration.seconds(20) }, props.livenessProbe)),
  });
}
