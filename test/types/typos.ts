/**
 * Compile-time tests: every line marked `// @ts-expect-error: <fragment>` must fail to compile,
 * with a message containing <fragment>; the correct form stands beside each, and must compile.
 * `tsc --noEmit` checks the directives; test/types.test.ts checks the messages.
 * This file is type-checked, never run.
 */
import { Duration } from 'cdk8s';
import { Container, GoTestPod, LivenessExecPod, LivenessProbe, Pod, ReadinessProbe, StartupProbe } from '../../lib';

declare const chart: import('constructs').Construct;
const image = 'registry.k8s.io/busybox:1.27.2';
const exec = LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] });
const ready = ReadinessProbe.tcpSocket({ port: 8080 });

// --- The tutorial's typos ---

// livenessProve: the correct form, then the typo
Container.of({ name: 'liveness', image, livenessProbe: exec });
// @ts-expect-error: Did you mean to write 'livenessProbe'?
Container.of({ name: 'liveness', image, livenessProve: exec });

// readinessProve
Container.of({ name: 'goproxy', image, readinessProbe: ready });
// @ts-expect-error: Did you mean to write 'readinessProbe'?
Container.of({ name: 'goproxy', image, readinessProve: ready });

// names instead of name, on a construct and on a container
new LivenessExecPod(chart, 'A', { name: 'liveness-exec' });
// @ts-expect-error: Did you mean to write 'name'?
new LivenessExecPod(chart, 'B', { names: 'liveness-exec' });
Container.of({ name: 'c', image });
// @ts-expect-error: 'names' does not exist in type
Container.of({ names: 'c', image });

// a port as the string '8080' or 'port:8080'
LivenessProbe.tcpSocket({ port: 8080 });
// @ts-expect-error: error: write a port number as a number (8080), not as a string
LivenessProbe.tcpSocket({ port: '8080' });
// @ts-expect-error: error: a port name cannot contain a colon
LivenessProbe.tcpSocket({ port: 'port:8080' });
Container.of({ name: 'c', image, ports: [{ number: 8080 }] });
// @ts-expect-error: Type 'string' is not assignable to type 'number'
Container.of({ name: 'c', image, ports: [{ number: '8080' }] });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write the port as number: 8080"'
Container.of({ name: 'c', image, ports: [{ containerPort: 8080 }] });

// a misspelled option key anywhere in a probe
LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelay: Duration.seconds(3), period: Duration.seconds(3) });
// @ts-expect-error: Did you mean to write 'initialDelay'?
LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelays: Duration.seconds(3) });
// @ts-expect-error: Did you mean to write 'period'?
LivenessProbe.httpGet({ path: '/healthz', port: 8080, periods: Duration.seconds(3) });
// @ts-expect-error: Did you mean to write 'headers'?
LivenessProbe.httpGet({ path: '/healthz', port: 8080, header: { 'Custom-Header': 'Awesome' } });
// @ts-expect-error: Did you mean to write 'failureThreshold'?
StartupProbe.httpGet({ path: '/healthz', port: 8080, failureTreshold: 30 });
// @ts-expect-error: Type 'number' is not assignable to type '"error: write period: Duration.seconds(n)"'
ReadinessProbe.tcpSocket({ port: 8080, periodSeconds: 10 });
// @ts-expect-error: Type 'number' is not assignable to type 'Duration'
ReadinessProbe.tcpSocket({ port: 8080, period: 10 });

// --- Rules of the probe kinds ---

// a success threshold only on readiness probes
ReadinessProbe.tcpSocket({ port: 8080, successThreshold: 2 });
// @ts-expect-error: 'successThreshold' does not exist in type
LivenessProbe.tcpSocket({ port: 8080, successThreshold: 1 });
// @ts-expect-error: 'successThreshold' does not exist in type
StartupProbe.tcpSocket({ port: 8080, successThreshold: 1 });

// a termination grace period only on liveness and startup probes
LivenessProbe.tcpSocket({ port: 8080, terminationGracePeriod: Duration.seconds(10) });
StartupProbe.tcpSocket({ port: 8080, terminationGracePeriod: Duration.seconds(10) });
// @ts-expect-error: 'terminationGracePeriod' does not exist in type
ReadinessProbe.tcpSocket({ port: 8080, terminationGracePeriod: Duration.seconds(10) });

// no named port on a gRPC probe
LivenessProbe.grpc({ port: 9090, service: 'health' });
// @ts-expect-error: Type 'string' is not assignable to type 'number'
LivenessProbe.grpc({ port: 'grpc' });

// one handler per probe
LivenessProbe.httpGet({ path: '/healthz', port: 8080 });
// @ts-expect-error: 'tcpSocket' does not exist in type
LivenessProbe.httpGet({ path: '/healthz', port: 8080, tcpSocket: { port: 8080 } });
// @ts-expect-error: 'exec' does not exist in type
ReadinessProbe.tcpSocket({ port: 8080, exec: { command: ['true'] } });

// a scheme spelled as Kubernetes spells it
LivenessProbe.httpGet({ path: '/healthz', port: 8080, scheme: 'HTTPS' });
// @ts-expect-error: Did you mean '"HTTP"'?
LivenessProbe.httpGet({ path: '/healthz', port: 8080, scheme: 'http' });

// a startup budget or a failure threshold, not both; a budget needs a period
StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(5), period: Duration.seconds(10) });
// @ts-expect-error: is not assignable to
StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(5), period: Duration.seconds(10), failureThreshold: 30 });
// @ts-expect-error: is not assignable to
StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(5) });

// a liveness probe is not a readiness probe
Container.of({ name: 'c', image, readinessProbe: ready });
// @ts-expect-error: is not assignable to type 'ReadinessProbe<never>'
Container.of({ name: 'c', image, readinessProbe: exec });

// --- Named ports must be declared by the same container ---

Container.of({
  name: 'app',
  image,
  ports: [{ name: 'liveness-port', number: 8080 }],
  livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'liveness-port' }),
  startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'liveness-port', budget: Duration.minutes(5), period: Duration.seconds(10) }),
});
Container.of({
  name: 'app',
  image,
  ports: [{ name: 'liveness-port', number: 8080 }],
  // @ts-expect-error: Type 'LivenessProbe<"livenes-port">' is not assignable to type 'LivenessProbe<"liveness-port">'
  livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'livenes-port' }),
});
Container.of({
  name: 'app',
  image,
  ports: [{ number: 8080 }],
  // @ts-expect-error: Type 'ReadinessProbe<"http">' is not assignable to type 'ReadinessProbe<never>'
  readinessProbe: ReadinessProbe.tcpSocket({ port: 'http' }),
});
const probeOnHttp = LivenessProbe.tcpSocket({ port: 'http' });
Container.of({ name: 'app', image, ports: [{ name: 'http', number: 8080 }], livenessProbe: probeOnHttp });
// @ts-expect-error: Type '"http"' is not assignable to type '"metrics"'
Container.of({ name: 'app', image, ports: [{ name: 'metrics', number: 9090 }], livenessProbe: probeOnHttp });

// port names: lowercase, no spaces
Container.of({ name: 'app', image, ports: [{ name: 'http-alt', number: 8080 }] });
// @ts-expect-error: error: a port name must be lowercase
Container.of({ name: 'app', image, ports: [{ name: 'Http', number: 8080 }] });
// @ts-expect-error: error: a port name may only contain a-z, 0-9 and '-'
Container.of({ name: 'app', image, ports: [{ name: 'http_alt', number: 8080 }] });

// --- Constructs ---

new GoTestPod(chart, 'C', { annotations: { key: 'test1234' }, port: 8080 });
// @ts-expect-error: Type 'string' is not assignable to type 'number'
new GoTestPod(chart, 'D', { port: '8080' });
new Pod(chart, 'E', { name: 'p', containers: [Container.of({ name: 'c', image })] });
// @ts-expect-error: Property 'containers' is missing
new Pod(chart, 'F', { name: 'p' });
// @ts-expect-error: Did you mean to write 'annotations'?
new GoTestPod(chart, 'G', { annotation: { key: 'test1234' } });
