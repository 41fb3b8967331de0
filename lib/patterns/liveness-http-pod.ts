/**
 * The tutorial's HTTP liveness probe: an HTTP GET with a custom header.
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { withinConstruct } from '../objects/own-validation';
import { withDefaults } from '../values/defaults';
import { Container } from '../containers/container';
import { MetadataOptions } from '../objects/metadata';
import { Pod } from '../workloads/pod';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions } from '../probes/options';

/** Properties of a {@link LivenessHttpPod}. */
export interface LivenessHttpPodProps extends MetadataOptions {
  /**
   * The pod's name.
   *
   * @default 'liveness-http'
   */
  readonly name?: string;
  /**
   * The container's name.
   *
   * @default 'liveness'
   */
  readonly containerName?: string;
  /**
   * The image and its arguments: agnhost's `liveness` server answers `/healthz` with 200
   * for 10 seconds, then with 500.
   *
   * @default 'registry.k8s.io/e2e-test-images/agnhost:2.40'
   */
  readonly image?: string;
  /**
   * Arguments of the image.
   *
   * @default ['liveness']
   */
  readonly args?: readonly string[];
  /**
   * The container port, which the probe requests. agnhost's `liveness` server listens on 8080
   * whatever this says: change it together with `image` and `args`.
   *
   * @default 8080
   */
  readonly port?: number;
  /**
   * The path the probe requests.
   *
   * @default '/healthz'
   */
  readonly path?: string;
  /**
   * Headers the probe sends.
   *
   * @default { 'Custom-Header': 'Awesome' }
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Timing of the liveness probe.
   * Options given override the defaults one by one; the defaults you do not override are kept.
   *
   * @default { initialDelay: Duration.seconds(3), period: Duration.seconds(3) }
   */
  readonly livenessProbe?: LivenessProbeOptions;
}

/**
 * Pod `liveness-http`: the liveness probe requests `GET /healthz` on port 8080 with the header
 * `Custom-Header: Awesome` every 3 seconds; any status from 200 to 399 keeps the container alive.
 */
export class LivenessHttpPod extends Pod {
  public constructor(scope: Construct, id: string, props: LivenessHttpPodProps = {}) {
    const port = props.port ?? 8080;
    const container = withinConstruct(scope, id, () =>
      Container.of({
        name: props.containerName ?? 'liveness',
        image: props.image ?? 'registry.k8s.io/e2e-test-images/agnhost:2.40',
        args: props.args ?? ['liveness'],
        ports: [{ number: port }],
        livenessProbe: LivenessProbe.httpGet(
          withDefaults(
            {
              path: props.path ?? '/healthz',
              port,
              headers: props.headers ?? { 'Custom-Header': 'Awesome' },
              initialDelay: Duration.seconds(3),
              period: Duration.seconds(3),
            },
            props.livenessProbe,
          ),
        ),
      }),
    );
    super(scope, id, {
      annotations: props.annotations,
      namespace: props.namespace,
      name: props.name ?? 'liveness-http',
      labels: { test: 'liveness', ...props.labels },
      containers: [container],
    });
  }
}
