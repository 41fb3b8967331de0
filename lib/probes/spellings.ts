/**
 * The manifest's spellings of probes and hooks, which users copy from YAML: keys that the options
 * declare only to reject them, each typed as the message that says what to write instead. The
 * compiler's error then reads as advice (`Type 'number' is not assignable to type '"error: write
 * period: Duration.seconds(n)"'`), and the run-time check of the options gives the same advice.
 *
 * @packageDocumentation
 */

/** The manifest's spellings of the probe timing options: each is an error that says what to write instead. */
export interface ProbeTimingSpellings {
  /** Not an option: a manifest's field. Write `initialDelay: Duration.seconds(n)`. */
  readonly initialDelaySeconds?: 'error: write initialDelay: Duration.seconds(n)';
  /** Not an option: a manifest's field. Write `period: Duration.seconds(n)`. */
  readonly periodSeconds?: 'error: write period: Duration.seconds(n)';
  /** Not an option: a manifest's field. Write `timeout: Duration.seconds(n)`. */
  readonly timeoutSeconds?: 'error: write timeout: Duration.seconds(n)';
  /** Not an option: a manifest's field. Write `terminationGracePeriod: Duration.seconds(n)` (liveness and startup probes only). */
  readonly terminationGracePeriodSeconds?: 'error: write terminationGracePeriod: Duration.seconds(n) (liveness and startup probes only)';
}

/** The manifest's spelling of an HTTP handler's headers: an error that says what to write instead. */
export interface HttpGetSpellings {
  /** Not an option: a manifest's field (a list of `name`/`value` pairs). Write `headers: { 'Header-Name': 'value' }`. */
  readonly httpHeaders?: "error: write headers: { 'Header-Name': 'value' }";
}

/** A probe or hook written as a manifest writes it, `{ httpGet: { ... } }`, where a built one is expected. */
export interface HttpGetHandlerSpelling<C extends string> {
  /** Not a probe or hook: build it with the factory `httpGet` of `C`. */
  readonly httpGet: `error: build it with ${C}.httpGet({ path, port })`;
}

/** A probe or hook written as a manifest writes it, `{ exec: { command } }`, where a built one is expected. */
export interface ExecHandlerSpelling<C extends string> {
  /** Not a probe or hook: build it with the factory `exec` of `C`. */
  readonly exec: `error: build it with ${C}.exec({ command })`;
}

/** A probe written as a manifest writes it, `{ tcpSocket: { port } }`, where a built one is expected. */
export interface TcpSocketHandlerSpelling<C extends string> {
  /** Not a probe: build it with the factory `tcpSocket` of `C`. */
  readonly tcpSocket: `error: build it with ${C}.tcpSocket({ port })`;
}

/** A probe written as a manifest writes it, `{ grpc: { port } }`, where a built one is expected. */
export interface GrpcHandlerSpelling<C extends string> {
  /** Not a probe: build it with the factory `grpc` of `C`. */
  readonly grpc: `error: build it with ${C}.grpc({ port })`;
}

/**
 * A probe written as a manifest writes it (`livenessProbe: { httpGet: { path, port } }`): what a
 * container's probe field also names in its type, so that the compiler's error says which factory
 * builds it (`... is not assignable to type '"error: build it with LivenessProbe.httpGet({ path, port })"'`).
 * No value has this type: the run-time check rejects it with the same advice.
 */
export type ProbeSpelling<C extends string> = HttpGetHandlerSpelling<C> | ExecHandlerSpelling<C> | TcpSocketHandlerSpelling<C> | GrpcHandlerSpelling<C>;

/** A lifecycle hook written as a manifest writes it (`preStop: { exec: { command } }`), as {@link ProbeSpelling}. */
export type HookSpelling = HttpGetHandlerSpelling<'LifecycleHandler'> | ExecHandlerSpelling<'LifecycleHandler'>;
