/**
 * Liveness probes: the kubelet restarts the container when one fails.
 *
 * @packageDocumentation
 */
import { PortNamesOf } from '../values/port-name';
import { probeOf } from './build';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, LivenessProbeOptions, TcpSocketHandlerOptions } from './options';
import { Probe } from './probe';

/**
 * A liveness probe: the kubelet restarts the container when it fails.
 *
 * @example
 * LivenessProbe.exec({ command: ['cat', '/tmp/healthy'], initialDelay: Duration.seconds(5), period: Duration.seconds(5) })
 */
export class LivenessProbe<P extends string = never> extends Probe<P> {
  /** Probes by running a command in the container. */
  public static exec(options: ExecHandlerOptions & LivenessProbeOptions): LivenessProbe {
    return new LivenessProbe(probeOf('liveness', 'exec', options));
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & LivenessProbeOptions): LivenessProbe<PortNamesOf<P>> {
    return new LivenessProbe(probeOf('liveness', 'httpGet', options));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & LivenessProbeOptions): LivenessProbe<PortNamesOf<P>> {
    return new LivenessProbe(probeOf('liveness', 'tcpSocket', options));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & LivenessProbeOptions): LivenessProbe {
    return new LivenessProbe(probeOf('liveness', 'grpc', options));
  }

  /** Which probe this is. */
  public readonly kind = 'liveness' as const;
}
