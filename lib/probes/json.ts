/**
 * Probes as manifests write them (JSON), and their conversion to the L1 classes' props (where a
 * port is an `IntOrString`).
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';

/** An `exec` handler. */
export interface ExecJson {
  /** The command and its arguments. */
  readonly command: readonly string[];
}

/** A name and a value: an HTTP header, an environment variable. */
export interface NameValueJson {
  /** The name. */
  readonly name: string;
  /** The value. */
  readonly value: string;
}

/** An `httpGet` handler. */
export interface HttpGetJson {
  /** The path to request. */
  readonly path: string;
  /** The port: a number or a port name. */
  readonly port: number | string;
  /** The host to connect to. */
  readonly host?: string;
  /** `HTTP` or `HTTPS`. */
  readonly scheme?: string;
  /** Headers to send. */
  readonly httpHeaders?: readonly NameValueJson[];
}

/** A `tcpSocket` handler. */
export interface TcpSocketJson {
  /** The port: a number or a port name. */
  readonly port: number | string;
  /** The host to connect to. */
  readonly host?: string;
}

/** A `grpc` handler. */
export interface GrpcJson {
  /** The port number. */
  readonly port: number;
  /** The gRPC service name. */
  readonly service?: string;
}

/** The handler of a probe: one of its fields. */
export interface HandlerJson {
  /** Runs a command. */
  readonly exec?: ExecJson;
  /** Sends an HTTP GET request. */
  readonly httpGet?: HttpGetJson;
  /** Opens a TCP connection. */
  readonly tcpSocket?: TcpSocketJson;
  /** Uses the gRPC Health Checking Protocol. */
  readonly grpc?: GrpcJson;
}

/** A probe, as a manifest writes it. */
export interface ProbeJson extends HandlerJson {
  /** Seconds after the container starts before the first probe. */
  readonly initialDelaySeconds?: number;
  /** Seconds between probes. */
  readonly periodSeconds?: number;
  /** Seconds a probe may take. */
  readonly timeoutSeconds?: number;
  /** Consecutive failures that fail the probe. */
  readonly failureThreshold?: number;
  /** Consecutive successes that pass the probe again. */
  readonly successThreshold?: number;
  /** The grace period of a container that failed the probe. */
  readonly terminationGracePeriodSeconds?: number;
}

/** An int-or-string port as the L1 classes take it. */
export function intOrString(port: number | string): k8s.IntOrString {
  return typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port);
}

/** The probe as the L1 classes take it. */
export function probeToKube(p: ProbeJson): k8s.Probe {
  return {
    ...p,
    exec: p.exec && { command: [...p.exec.command] },
    httpGet: p.httpGet && { ...p.httpGet, port: intOrString(p.httpGet.port), httpHeaders: p.httpGet.httpHeaders?.map(h => ({ ...h })) },
    tcpSocket: p.tcpSocket && { ...p.tcpSocket, port: intOrString(p.tcpSocket.port) },
    grpc: p.grpc && { ...p.grpc },
  };
}
