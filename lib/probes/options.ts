/**
 * The options of the probe builders: the timing every probe kind has, the options only some kinds
 * have, and the options of each handler.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { PortName } from '../values/port-name';
import { HttpGetSpellings, ProbeTimingSpellings } from './spellings';

/** The URI scheme of an HTTP probe, spelled as Kubernetes spells it. */
export type HttpScheme = 'HTTP' | 'HTTPS';

/** Timing options that every probe kind has; the manifest's spellings of them are errors that say what to write. */
export interface ProbeTimingOptions extends ProbeTimingSpellings {
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
  /**
   * The command and its arguments, one element each: no shell runs it, so `['cat /tmp/healthy']`
   * looks for an executable named `cat /tmp/healthy`. Write `['cat', '/tmp/healthy']`, or
   * `['sh', '-c', '…']` for shell syntax. A first element that is empty or has spaces is an error
   * of the container that takes the probe or hook (`Container.of` throws, naming the container),
   * not of this factory, so that a container whose executable's path has spaces can exempt it
   * (`exemptions.commandWithSpaces`).
   */
  readonly command: readonly [string, ...string[]];
}

/** An `httpGet` handler: the probe succeeds on a response status from 200 to 399. */
export interface HttpGetHandlerOptions<P extends string> extends HttpGetSpellings {
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
