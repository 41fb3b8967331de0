/**
 * Type-safe probe builders: liveness, readiness and startup probes.
 *
 * Each probe kind is its own class, so that the rules that differ between them are
 * types, not documentation: only a readiness probe has a success threshold, only
 * liveness and startup probes have a termination grace period, and a startup probe
 * can be written as a time budget. Every Kubernetes 1.27 handler is available:
 * `exec`, `httpGet` (named ports, headers, host, scheme), `tcpSocket` and `grpc`.
 *
 * Nothing is emitted that the user did not write: Kubernetes applies its own
 * defaults (period 10 s, timeout 1 s, failure threshold 3) to omitted fields.
 */
import { Duration } from 'cdk8s';
import * as k8s from '../imports/k8s';
import { check, httpHeaderNameErrors, minIntegerErrors, portNameErrors, portNumberErrors, raise, wholeSeconds, invalid } from './_validators';
import { _NamesOf, PortName } from './port';

/** The URI scheme of an HTTP probe, spelled as Kubernetes spells it. */
export type HttpScheme = 'HTTP' | 'HTTPS';

/** Timing options that every probe kind has. */
export interface ProbeTimingOptions {
  /**
   * How long after the container starts before the first probe.
   *
   * @default - not emitted; Kubernetes starts probing at once (0 seconds)
   */
  readonly initialDelay?: Duration;

  /**
   * How often to probe. At least 1 second.
   *
   * @default - not emitted; Kubernetes probes every 10 seconds
   */
  readonly period?: Duration;

  /**
   * How long a probe may take before it counts as failed. At least 1 second.
   *
   * @default - not emitted; Kubernetes waits 1 second
   */
  readonly timeout?: Duration;
}

/** Options of a liveness probe, besides its handler. */
export interface LivenessProbeOptions extends ProbeTimingOptions {
  /**
   * Consecutive failures after which the container is restarted. At least 1.
   *
   * @default - not emitted; Kubernetes uses 3
   */
  readonly failureThreshold?: number;

  /**
   * How long the kubelet waits between stopping and killing a container that failed this probe.
   * At least 1 second. Overrides the pod's grace period for probe failures only.
   *
   * @default - not emitted; the pod's `terminationGracePeriodSeconds` applies
   * @see https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#probe-level-terminationgraceperiodseconds
   */
  readonly terminationGracePeriod?: Duration;
}

/** Options of a readiness probe, besides its handler. */
export interface ReadinessProbeOptions extends ProbeTimingOptions {
  /**
   * Consecutive failures after which the pod is removed from its Services' endpoints. At least 1.
   *
   * @default - not emitted; Kubernetes uses 3
   */
  readonly failureThreshold?: number;

  /**
   * Consecutive successes after a failure before the pod receives traffic again. At least 1.
   *
   * @default - not emitted; Kubernetes uses 1
   */
  readonly successThreshold?: number;
}

/** Startup options written as a number of failures, as in the Kubernetes API. */
export interface StartupProbeThresholdOptions extends ProbeTimingOptions {
  /**
   * Consecutive failures after which the container is restarted. At least 1.
   *
   * @default - not emitted; Kubernetes uses 3
   */
  readonly failureThreshold?: number;
  /** Not with `failureThreshold`: give one or the other. */
  readonly budget?: never;
  /**
   * How long the kubelet waits between stopping and killing a container that failed this probe.
   *
   * @default - not emitted; the pod's `terminationGracePeriodSeconds` applies
   */
  readonly terminationGracePeriod?: Duration;
}

/**
 * Startup options written as a time budget: "allow 5 minutes to start, checking every 10 s".
 * The budget must be a whole number of periods; it becomes `failureThreshold = budget / period`.
 */
export interface StartupProbeBudgetOptions extends ProbeTimingOptions {
  /** The longest time the application may take to start. */
  readonly budget: Duration;
  /** How often to probe while the application starts. Required with `budget`. */
  readonly period: Duration;
  /** Not with `budget`: give one or the other. */
  readonly failureThreshold?: never;
  /**
   * How long the kubelet waits between stopping and killing a container that failed this probe.
   *
   * @default - not emitted; the pod's `terminationGracePeriodSeconds` applies
   */
  readonly terminationGracePeriod?: Duration;
}

/** Options of a startup probe: a failure threshold, or a time budget. */
export type StartupProbeOptions = StartupProbeThresholdOptions | StartupProbeBudgetOptions;

/** An `exec` handler: the probe succeeds when the command exits with 0. */
export interface ExecHandlerOptions {
  /** The command and its arguments; not run in a shell. */
  readonly command: readonly string[];
}

/** An `httpGet` handler: the probe succeeds on a response status from 200 to 399. */
export interface HttpGetHandlerOptions<P extends string> {
  /** The path to request, e.g. `/healthz`. */
  readonly path: string;
  /** The port: its number, or the name of a port the container declares. */
  readonly port: number | PortName<P>;
  /**
   * The host name to connect to.
   *
   * @default - not emitted; the pod IP
   */
  readonly host?: string;
  /**
   * The scheme to connect with.
   *
   * @default - not emitted; Kubernetes uses 'HTTP'
   */
  readonly scheme?: HttpScheme;
  /**
   * Headers to send, in order. Names must match `[-A-Za-z0-9]+`.
   *
   * @default - no headers
   */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A `tcpSocket` handler: the probe succeeds when a TCP connection opens. */
export interface TcpSocketHandlerOptions<P extends string> {
  /** The port: its number, or the name of a port the container declares. */
  readonly port: number | PortName<P>;
  /**
   * The host name to connect to.
   *
   * @default - not emitted; the pod IP
   */
  readonly host?: string;
}

/** A `grpc` handler: the gRPC Health Checking Protocol. Kubernetes allows no named port here. */
export interface GrpcHandlerOptions {
  /** The port number. */
  readonly port: number;
  /**
   * The service name sent in the health-check request.
   *
   * @default - not emitted; the server's overall health
   */
  readonly service?: string;
}

/** The three kinds of probe. */
export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/**
 * What all probe kinds share. Probes are values: build them with the static factories
 * of {@link LivenessProbe}, {@link ReadinessProbe} and {@link StartupProbe}.
 */
export abstract class Probe<P extends string = never> {
  /** Which probe this is: `'liveness'`, `'readiness'` or `'startup'`. */
  public abstract readonly kind: ProbeKind;

  /**
   * The port names this probe refers to, for the compiler only: a container accepts the
   * probe only when it declares them. Never set at run time.
   * @internal
   */
  declare public readonly _portNames?: P;

  /**
   * @param _spec the validated Kubernetes probe
   * @param _portName the port name the probe refers to, if it refers to one
   */
  protected constructor(
    /** @internal */ public readonly _spec: k8s.Probe,
    /** @internal */ public readonly _portName: string | undefined,
  ) {}

  /** @internal */
  public _toKube(): k8s.Probe {
    return this._spec;
  }
}

/**
 * A liveness probe: the kubelet restarts the container when it fails.
 *
 * @example
 * LivenessProbe.exec({ command: ['cat', '/tmp/healthy'], initialDelay: Duration.seconds(5), period: Duration.seconds(5) })
 */
export class LivenessProbe<P extends string = never> extends Probe<P> {
  /** Probes by running a command in the container. */
  public static exec(options: ExecHandlerOptions & LivenessProbeOptions): LivenessProbe {
    return new LivenessProbe(buildProbe('liveness', 'LivenessProbe.exec', exec('LivenessProbe.exec', options), options), undefined);
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & LivenessProbeOptions): LivenessProbe<_NamesOf<P>> {
    const where = 'LivenessProbe.httpGet';
    return new LivenessProbe(buildProbe('liveness', where, httpGet(where, options), options), namedPort(options.port));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & LivenessProbeOptions): LivenessProbe<_NamesOf<P>> {
    const where = 'LivenessProbe.tcpSocket';
    return new LivenessProbe(buildProbe('liveness', where, tcpSocket(where, options), options), namedPort(options.port));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & LivenessProbeOptions): LivenessProbe {
    const where = 'LivenessProbe.grpc';
    return new LivenessProbe(buildProbe('liveness', where, grpc(where, options), options), undefined);
  }

  public readonly kind = 'liveness' as const;
}

/**
 * A readiness probe: while it fails, the pod receives no traffic from its Services.
 *
 * @example
 * ReadinessProbe.tcpSocket({ port: 8080, initialDelay: Duration.seconds(5), period: Duration.seconds(10) })
 */
export class ReadinessProbe<P extends string = never> extends Probe<P> {
  /** Probes by running a command in the container. */
  public static exec(options: ExecHandlerOptions & ReadinessProbeOptions): ReadinessProbe {
    return new ReadinessProbe(buildProbe('readiness', 'ReadinessProbe.exec', exec('ReadinessProbe.exec', options), options), undefined);
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & ReadinessProbeOptions): ReadinessProbe<_NamesOf<P>> {
    const where = 'ReadinessProbe.httpGet';
    return new ReadinessProbe(buildProbe('readiness', where, httpGet(where, options), options), namedPort(options.port));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & ReadinessProbeOptions): ReadinessProbe<_NamesOf<P>> {
    const where = 'ReadinessProbe.tcpSocket';
    return new ReadinessProbe(buildProbe('readiness', where, tcpSocket(where, options), options), namedPort(options.port));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & ReadinessProbeOptions): ReadinessProbe {
    const where = 'ReadinessProbe.grpc';
    return new ReadinessProbe(buildProbe('readiness', where, grpc(where, options), options), undefined);
  }

  public readonly kind = 'readiness' as const;
}

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
    return new StartupProbe(buildProbe('startup', 'StartupProbe.exec', exec('StartupProbe.exec', options), options), undefined);
  }

  /**
   * Probes with an HTTP GET request. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static httpGet<const P extends string = never>(options: HttpGetHandlerOptions<P> & StartupProbeOptions): StartupProbe<_NamesOf<P>> {
    const where = 'StartupProbe.httpGet';
    return new StartupProbe(buildProbe('startup', where, httpGet(where, options), options), namedPort(options.port));
  }

  /**
   * Probes by opening a TCP connection. A port given by name becomes part of the probe's type, so
   * that only a container that declares that port accepts the probe.
   */
  public static tcpSocket<const P extends string = never>(options: TcpSocketHandlerOptions<P> & StartupProbeOptions): StartupProbe<_NamesOf<P>> {
    const where = 'StartupProbe.tcpSocket';
    return new StartupProbe(buildProbe('startup', where, tcpSocket(where, options), options), namedPort(options.port));
  }

  /** Probes with the gRPC Health Checking Protocol. */
  public static grpc(options: GrpcHandlerOptions & StartupProbeOptions): StartupProbe {
    const where = 'StartupProbe.grpc';
    return new StartupProbe(buildProbe('startup', where, grpc(where, options), options), undefined);
  }

  public readonly kind = 'startup' as const;
}

/** The union of every option a probe kind may carry, as seen by the shared builder. */
interface AnyProbeOptions extends ProbeTimingOptions {
  readonly failureThreshold?: number;
  readonly successThreshold?: number;
  readonly terminationGracePeriod?: Duration;
  readonly budget?: Duration;
}

type Handler = Pick<k8s.Probe, 'exec' | 'httpGet' | 'tcpSocket' | 'grpc'>;

/** The port name a probe refers to, or `undefined` for a port number. */
function namedPort(port: number | string): string | undefined {
  return typeof port === 'string' ? port : undefined;
}

/** Validates a port reference and converts it to the L1 `IntOrString`. */
function portRef(where: string, port: number | string): k8s.IntOrString {
  if (typeof port === 'number') {
    check(where, 'port', port, portNumberErrors(port));
    return k8s.IntOrString.fromNumber(port);
  }
  check(where, 'port', port, portNameErrors(port));
  return k8s.IntOrString.fromString(port);
}

function exec(where: string, options: ExecHandlerOptions): Handler {
  if (options.command.length === 0) raise(where, invalid('command', options.command, ['must not be empty']));
  return { exec: { command: [...options.command] } };
}

function httpGet(where: string, options: HttpGetHandlerOptions<string>): Handler {
  if (!options.path.startsWith('/')) raise(where, invalid('path', options.path, ["must start with '/'"]));
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => {
    check(where, `headers.${name}`, name, httpHeaderNameErrors(name));
    return { name, value };
  });
  return {
    httpGet: {
      path: options.path,
      port: portRef(where, options.port),
      host: options.host,
      scheme: options.scheme,
      httpHeaders: headers.length > 0 ? headers : undefined,
    },
  };
}

function tcpSocket(where: string, options: TcpSocketHandlerOptions<string>): Handler {
  return { tcpSocket: { port: portRef(where, options.port), host: options.host } };
}

function grpc(where: string, options: GrpcHandlerOptions): Handler {
  check(where, 'port', options.port, portNumberErrors(options.port));
  return { grpc: { port: options.port, service: options.service } };
}

/** Validates the timing options and assembles the probe. */
function buildProbe(kind: ProbeKind, where: string, handler: Handler, options: AnyProbeOptions): k8s.Probe {
  // The types already rule these out; JavaScript callers get the same rules at run time.
  if (kind !== 'readiness' && options.successThreshold !== undefined) {
    raise(where, invalid('successThreshold', options.successThreshold, [`must not be set for ${kind} probes: Kubernetes requires 1`]));
  }
  if (kind === 'readiness' && options.terminationGracePeriod !== undefined) {
    raise(where, invalid('terminationGracePeriod', options.terminationGracePeriod, ['must not be set for readiness probes']));
  }
  if (kind !== 'startup' && options.budget !== undefined) {
    raise(where, invalid('budget', options.budget, ['is only for startup probes; use failureThreshold']));
  }
  if (options.budget !== undefined && options.failureThreshold !== undefined) {
    raise(where, invalid('failureThreshold', options.failureThreshold, ["must not be set together with 'budget'"]));
  }
  const seconds = (field: keyof AnyProbeOptions, min: number): number | undefined => {
    const value = options[field];
    return value === undefined ? undefined : wholeSeconds(where, field, value as Duration, min);
  };
  const threshold = (field: 'failureThreshold' | 'successThreshold'): number | undefined => {
    const value = options[field];
    if (value !== undefined) check(where, field, value, minIntegerErrors(value, 1));
    return value;
  };
  const periodSeconds = seconds('period', 1);
  let failureThreshold = threshold('failureThreshold');
  if (options.budget !== undefined) {
    const budgetSeconds = wholeSeconds(where, 'budget', options.budget, 1);
    if (periodSeconds === undefined) raise(where, invalid('budget', options.budget, ["needs a 'period' to divide it into probes"]));
    if (budgetSeconds % periodSeconds !== 0) {
      const below = budgetSeconds - (budgetSeconds % periodSeconds);
      const fits = below > 0 ? `${below} or ${below + periodSeconds} seconds` : `${periodSeconds} seconds`;
      raise(where, invalid('budget', options.budget, [`must be a whole number of periods (${periodSeconds} seconds each); ${fits} would be`]));
    }
    failureThreshold = budgetSeconds / periodSeconds;
  }
  return {
    ...handler,
    initialDelaySeconds: seconds('initialDelay', 0),
    periodSeconds,
    timeoutSeconds: seconds('timeout', 1),
    failureThreshold,
    successThreshold: threshold('successThreshold'),
    terminationGracePeriodSeconds: seconds('terminationGracePeriod', 1),
  };
}
