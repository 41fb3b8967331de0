/**
 * Startup probes: liveness and readiness probes wait until one succeeds.
 *
 * @packageDocumentation
 */
import { PortNamesOf } from '../values/port-name';
import { probeOf } from './build';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, StartupProbeOptions, TcpSocketHandlerOptions } from './options';
import { Probe } from './probe';

/**
 * A startup probe: liveness and readiness probes wait until it succeeds once; when it fails
 * `failureThreshold` times in a row, the container is restarted.
 *
 * @example
 * // allow 5 minutes to start, checking every 10 s: failureThreshold 30, periodSeconds 10
 * StartupProbe.httpGet({ path: '/healthz', port: 'liveness-port', budget: Duration.minutes(5), period: Duration.seconds(10) })
 */
export class StartupProbe<P extends string = never> extends Probe<P> {
  /** Probes by running a command in the container. */
  public static exec(options: ExecHandlerOptions & StartupProbeOptions): StartupProbe {
    return new StartupProbe(probeOf('startup', 'exec', options));
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & StartupProbeOptions): StartupProbe<PortNamesOf<P>> {
    return new StartupProbe(probeOf('startup', 'httpGet', options));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & StartupProbeOptions): StartupProbe<PortNamesOf<P>> {
    return new StartupProbe(probeOf('startup', 'tcpSocket', options));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & StartupProbeOptions): StartupProbe {
    return new StartupProbe(probeOf('startup', 'grpc', options));
  }

  /** Which probe this is. */
  public readonly kind = 'startup' as const;
}
