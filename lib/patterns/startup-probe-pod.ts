/**
 * The tutorial's startup probe: a slow application gets a time budget to start
 * before its liveness probe may restart it.
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { withDefaults } from '../values/defaults';
import { Container } from '../containers/container';
import { MetadataOptions } from '../objects/metadata';
import { Pod } from '../workloads/pod';
import { HostPort } from '../containers/port';
import { LivenessProbe } from '../probes/liveness';
import { LivenessProbeOptions } from '../probes/options';
import { StartupProbe } from '../probes/startup';
import { agnhostServer, AgnhostServerOptions } from './agnhost';
import { oneContainerPod } from './one-container-pod';

/** Properties of a {@link StartupProbePod}. */
export interface StartupProbePodProps extends AgnhostServerOptions, MetadataOptions {
  /**
   * The pod's name.
   *
   * @default 'startup-probe'
   */
  readonly name?: string;
  /**
   * The container's name.
   *
   * @default 'app'
   */
  readonly containerName?: string;
  /**
   * Arguments of the image.
   *
   * @default ['netexec', '--http-port=8080'], with the `port` given instead of 8080
   */
  readonly args?: readonly string[];
  /**
   * The longest time the application may take to start.
   *
   * @default Duration.minutes(5)
   */
  readonly startupBudget?: Duration;
  /**
   * How often the startup probe checks while the application starts.
   *
   * @default Duration.seconds(10)
   */
  readonly startupPeriod?: Duration;
  /**
   * Also bind the port on the node, as the tutorial's `hostPort: 8080` does. Pod Security
   * "baseline" forbids it, so it is an explicit exemption: `HostPort.bindOnNode(8080, { reason })`.
   *
   * @default - not bound on the node; use `kubectl port-forward`
   */
  readonly hostPort?: HostPort;
  /**
   * Timing of the liveness probe, which takes over once the application has started.
   * Options given override the defaults one by one; the defaults you do not override are kept.
   *
   * @default { failureThreshold: 1, period: Duration.seconds(10) }
   */
  readonly livenessProbe?: LivenessProbeOptions;
}

/**
 * Pod `startup-probe`: agnhost's `netexec` server answers `/healthz` with 200 once it is up. The
 * container declares the named port `liveness-port` (the `port`, 8080); both probes request
 * `/healthz` on it. The startup probe allows 5 minutes, checking every 10 seconds
 * (failureThreshold 30 × periodSeconds 10 = 300 s); only after it succeeds does the strict
 * liveness probe (one failure restarts) take over.
 *
 * The tutorial's `hostPort: 8080` is left out: it binds the node's port, which Pod Security
 * "baseline" forbids. Use `kubectl port-forward` instead, or give `hostPort` as an explicit,
 * annotated exemption.
 */
export class StartupProbePod extends Pod {
  public constructor(scope: Construct, id: string, props: StartupProbePodProps = {}) {
    const { image, port, path } = agnhostServer(props);
    super(
      scope,
      id,
      oneContainerPod('StartupProbePod', scope, id, props, { name: 'startup-probe' }, () =>
        Container.of({
          name: props.containerName ?? 'app',
          image,
          args: props.args ?? ['netexec', `--http-port=${port}`],
          ports: [{ name: 'liveness-port', number: port, hostPort: props.hostPort }],
          livenessProbe: LivenessProbe.httpGet(
            withDefaults({ path, port: 'liveness-port', failureThreshold: 1, period: Duration.seconds(10) }, props.livenessProbe),
          ),
          startupProbe: StartupProbe.httpGet({
            path,
            port: 'liveness-port',
            budget: props.startupBudget ?? Duration.minutes(5),
            period: props.startupPeriod ?? Duration.seconds(10),
          }),
        }),
      ),
    );
  }
}
