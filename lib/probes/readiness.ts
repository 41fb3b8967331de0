/**
 * Readiness probes: while one fails, the pod receives no traffic from its Services.
 *
 * @packageDocumentation
 */
import { PortNamesOf } from '../values/port-name';
import { probeOf } from './build';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, ReadinessProbeOptions, TcpSocketHandlerOptions } from './options';
import { Probe } from './probe';

/**
 * A readiness probe: while it fails, the pod receives no traffic from its Services.
 *
 * @example
 * ReadinessProbe.tcpSocket({ port: 8080, initialDelay: Duration.seconds(5), period: Duration.seconds(10) })
 */
export class ReadinessProbe<P extends string = never> extends Probe<P> {
  /** Probes by running a command in the container. */
  public static exec(options: ExecHandlerOptions & ReadinessProbeOptions): ReadinessProbe {
    return new ReadinessProbe(probeOf('readiness', 'exec', options));
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & ReadinessProbeOptions): ReadinessProbe<PortNamesOf<P>> {
    return new ReadinessProbe(probeOf('readiness', 'httpGet', options));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & ReadinessProbeOptions): ReadinessProbe<PortNamesOf<P>> {
    return new ReadinessProbe(probeOf('readiness', 'tcpSocket', options));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & ReadinessProbeOptions): ReadinessProbe {
    return new ReadinessProbe(probeOf('readiness', 'grpc', options));
  }

  /** Which probe this is. */
  public readonly kind = 'readiness' as const;
}
