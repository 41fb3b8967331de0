/**
 * The handlers of a probe: `exec`, `httpGet`, `tcpSocket` and `grpc`, as the Kubernetes API writes
 * them. Their values are validated with the rest of the probe (see `build.ts`).
 *
 * @packageDocumentation
 */
import { k8s } from '../../imports/k8s';
import { BuilderCheck, Handler } from './build';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, TcpSocketHandlerOptions } from './options';

/** A port reference as the API's int-or-string. */
function portRef(port: number | string): k8s.IntOrString {
  return typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port);
}

export function exec(options: ExecHandlerOptions): Handler {
  return { exec: { command: [...options.command] } };
}

export function httpGet(options: HttpGetHandlerOptions<string>, check: BuilderCheck): Handler {
  if (!options.path.startsWith('/')) check.r.invalid('sdk-http-path', ['httpGet', 'path'], options.path, "must start with '/'");
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => ({ name, value }));
  return {
    httpGet: {
      path: options.path,
      port: portRef(options.port),
      host: options.host,
      scheme: options.scheme,
      httpHeaders: headers.length > 0 ? headers : undefined,
    },
  };
}

export function tcpSocket(options: TcpSocketHandlerOptions<string>): Handler {
  return { tcpSocket: { port: portRef(options.port), host: options.host } };
}

export function grpc(options: GrpcHandlerOptions): Handler {
  return { grpc: { port: options.port, service: options.service } };
}
