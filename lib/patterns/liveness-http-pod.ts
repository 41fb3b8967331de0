/**
 * The tutorial's HTTP liveness probe: an HTTP GET with a custom header.
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { withDefaults } from '../values/defaults';
import { Container } from '../containers/container';
import { MetadataOptions } from '../objects/metadata';
import { Pod } from '../workloads/pod';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions } from '../probes/options';
import { agnhostServer, AgnhostServerOptions } from './agnhost';
import { oneContainerPod } from './one-container-pod';

/** Properties of a {@link LivenessHttpPod}. */
export interface LivenessHttpPodProps extends AgnhostServerOptions, MetadataOptions {
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
   * Arguments of the image.
   *
   * @default ['liveness']
   */
  readonly args?: readonly string[];
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
 * Pod `liveness-http`: agnhost's `liveness` server answers `/healthz` with 200 for 10 seconds,
 * then with 500. The liveness probe requests `GET /healthz` on port 8080 with the header
 * `Custom-Header: Awesome` every 3 seconds; any status from 200 to 399 keeps the container alive,
 * so the kubelet restarts it once the server fails.
 */
export class LivenessHttpPod extends Pod {
  public constructor(scope: Construct, id: string, props: LivenessHttpPodProps = {}) {
    const server = agnhostServer(props);
    super(
      scope,
      id,
      oneContainerPod('LivenessHttpPod', scope, id, props, { name: 'liveness-http', labels: { test: 'liveness' } }, () =>
        Container.of({
          name: props.containerName ?? 'liveness',
          image: server.image,
          args: props.args ?? ['liveness'],
          ports: [{ number: server.port }],
          livenessProbe: LivenessProbe.httpGet(
            withDefaults(
              {
                path: server.path,
                port: server.port,
                headers: props.headers ?? { 'Custom-Header': 'Awesome' },
                initialDelay: Duration.seconds(3),
                period: Duration.seconds(3),
              },
              props.livenessProbe,
            ),
          ),
        }),
      ),
    );
  }
}
