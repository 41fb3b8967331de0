/**
 * The handlers of a probe: `exec`, `httpGet`, `tcpSocket` and `grpc`, as a manifest writes them.
 * Their values are validated with the rest of the probe (see `build.ts`).
 *
 * @packageDocumentation
 */
import { BuilderCheck } from '../engine/builder-check';
import { HandlerJson } from './json';
import { ExecHandlerOptions, GrpcHandlerOptions, HttpGetHandlerOptions, TcpSocketHandlerOptions } from './options';

export function exec(options: ExecHandlerOptions): HandlerJson {
  return { exec: { command: [...options.command] } };
}

export function httpGet(options: HttpGetHandlerOptions<string>, check: BuilderCheck): HandlerJson {
  if (!options.path.startsWith('/')) check.r.invalid('sdk-http-path', ['httpGet', 'path'], options.path, "must start with '/'");
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => ({ name, value }));
  return {
    httpGet: {
      path: options.path,
      port: options.port,
      ...(options.host !== undefined && { host: options.host }),
      ...(options.scheme !== undefined && { scheme: options.scheme }),
      ...(headers.length > 0 && { httpHeaders: headers }),
    },
  };
}

export function tcpSocket(options: TcpSocketHandlerOptions<string>): HandlerJson {
  return { tcpSocket: { port: options.port, ...(options.host !== undefined && { host: options.host }) } };
}

export function grpc(options: GrpcHandlerOptions): HandlerJson {
  return { grpc: { port: options.port, ...(options.service !== undefined && { service: options.service }) } };
}
