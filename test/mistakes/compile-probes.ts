/**
 * Mistakes with probes that do not compile: the tutorial's typos, YAML habits, and the options
 * each kind of probe does not have. `mistakes()` is type-checked, never run; `twins()` builds the
 * correct form of each.
 */
import { Chart, Duration } from 'cdk8s';
import { Container, Deployment, LivenessProbe, ReadinessProbe, StartupProbe } from '../../lib';
import { AGNHOST } from './corpus';

const ports = [{ name: 'http', number: 8080 }] as const;

export function mistakes(chart: Chart): void {
  // PROBE-C01 probes: a liveness probe, spelled as the tutorial spelled it (livenessProve)
  // @ts-expect-error: Did you mean to write 'livenessProbe'?
  Container.of({ name: 'web', image: AGNHOST, livenessProve: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) });
  // PROBE-C02 probes: a readiness probe, spelled readinessProve
  // @ts-expect-error: Did you mean to write 'readinessProbe'?
  Container.of({ name: 'web', image: AGNHOST, ports, readinessProve: ReadinessProbe.tcpSocket({ port: 'http' }) });
  // PROBE-C03 probes: a probe on the container's port "http", misspelt "htp"
  // @ts-expect-error: Type '"htp"' is not assignable to type '"http"'
  Container.of({ name: 'web', image: AGNHOST, ports, livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'htp' }) });
  // PROBE-C04 probes: an HTTPS probe, with the scheme in lower case
  // @ts-expect-error: Did you mean '"HTTPS"'?
  ReadinessProbe.httpGet({ path: '/ready', port: 8443, scheme: 'https' });
  // PROBE-C05 probes: two successes in a row before a restart stops, on a liveness probe (Kubernetes requires 1)
  // @ts-expect-error: 'successThreshold' does not exist in type
  LivenessProbe.httpGet({ path: '/healthz', port: 8080, successThreshold: 2 });
  // PROBE-C06 probes: a grace period for a readiness probe, which never kills the container
  // @ts-expect-error: 'terminationGracePeriod' does not exist in type
  ReadinessProbe.httpGet({ path: '/ready', port: 8080, terminationGracePeriod: Duration.seconds(10) });
  // PROBE-C07 probes: a gRPC probe on the named port "grpc" (Kubernetes takes a number only)
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  LivenessProbe.grpc({ port: 'grpc' });
  // PROBE-C08 probes: the port 8080, written as a string
  // @ts-expect-error: error: write a port number as a number (8080), not as a string
  LivenessProbe.tcpSocket({ port: '8080' });
  // PROBE-C09 probes: a first probe after 5 seconds, written as a number
  // @ts-expect-error: Type 'number' is not assignable to type 'Duration'
  LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelay: 5 });
  // PROBE-C10 probes: a probe every 10 seconds, written as Go writes durations
  // @ts-expect-error: Type 'string' is not assignable to type 'Duration'
  ReadinessProbe.httpGet({ path: '/ready', port: 8080, period: '10s' });
  // PROBE-C11 probes: a custom header, written as the YAML's list of name/value pairs
  // @ts-expect-error: Type '{ name: string; value: string; }' is not assignable to type 'string'
  LivenessProbe.httpGet({ path: '/healthz', port: 8080, headers: [{ name: 'Custom-Header', value: 'Awesome' }] });
  // PROBE-C12 probes: the tutorial's command, written as one shell line
  // @ts-expect-error: Type 'string' is not assignable to type 'readonly [string, ...string[]]'
  LivenessProbe.exec({ command: 'cat /tmp/healthy' });
  // PROBE-C13 probes: an HTTP probe, with the handler named as cdk8s-plus names it (Probe.fromHttpGet) or shorter
  // @ts-expect-error: Property 'http' does not exist on type 'typeof LivenessProbe'
  LivenessProbe.http({ path: '/healthz', port: 8080 });
  // PROBE-C14 probes: five minutes to start, without saying how often to check
  // @ts-expect-error: Property 'period' is missing
  StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(5) });
  // PROBE-C15 probes: a startup budget and a failure threshold, both
  // @ts-expect-error: Type 'number' is not assignable to type 'undefined'
  StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(5), period: Duration.seconds(10), failureThreshold: 30 });
  // PROBE-C16 probes: the YAML's field name for the period
  // @ts-expect-error: error: write period: Duration.seconds(n)
  ReadinessProbe.tcpSocket({ port: 8080, periodSeconds: 10 });
  // PROBE-C17 probes: the YAML's field name for the first delay
  // @ts-expect-error: error: write initialDelay: Duration.seconds(n)
  LivenessProbe.httpGet({ path: '/healthz', port: 8080, initialDelaySeconds: 3 });
  // PROBE-C18 probes: the YAML's field name for the headers
  // @ts-expect-error: error: write headers: { 'Header-Name': 'value' }
  LivenessProbe.httpGet({ path: '/healthz', port: 8080, httpHeaders: { 'Custom-Header': 'Awesome' } });
  // PROBE-C19 probes: the liveness probe given as the readiness probe
  // @ts-expect-error: is not assignable to type 'ReadinessProbe<
  Container.of({ name: 'web', image: AGNHOST, readinessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) });
  // PROBE-C20 probes: a failure threshold, quoted as in a Helm values file
  // @ts-expect-error: Type 'string' is not assignable to type 'number'
  LivenessProbe.tcpSocket({ port: 8080, failureThreshold: '3' });
  const onHttp = LivenessProbe.tcpSocket({ port: 'http' });
  // PROBE-C21 probes: a probe on a port name the container does not declare (it declares no named port)
  // @ts-expect-error: is not assignable to type 'LivenessProbe<never>'
  new Deployment(chart, 'Web', { name: 'web', containers: [Container.of({ name: 'web', image: AGNHOST, livenessProbe: onHttp })] });
  const timing = { path: '/healthz', port: 8080, initialDelaySeconds: 3, periodSeconds: 3 };
  // PROBE-C22 probes: the tutorial's timing, kept in a variable, with YAML's field names
  // @ts-expect-error: Types of property 'initialDelaySeconds' are incompatible
  LivenessProbe.httpGet(timing);
  const custom = { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] };
  // PROBE-C23 probes: the tutorial's header, kept in a variable, with YAML's field name
  // @ts-expect-error: Types of property 'httpHeaders' are incompatible
  LivenessProbe.httpGet(custom);
  // PROBE-C24 probes: an exec probe whose command was left empty
  // @ts-expect-error: Source has 0 element(s) but target requires 1
  LivenessProbe.exec({ command: [] });
}

export function twins(chart: Chart): void {
  const serve = (id: string, container: Container<string>) => new Deployment(chart, id, { name: id.toLowerCase(), containers: [container] });
  const web = (probes: Pick<Parameters<typeof Container.of<'http'>>[0], 'livenessProbe' | 'readinessProbe' | 'startupProbe'>) =>
    Container.of({ name: 'web', image: AGNHOST, args: ['netexec', '--http-port=8080'], ports, ...probes });
  // PROBE-C01
  serve(
    'PROBE-C01',
    Container.of({ name: 'web', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
  );
  // PROBE-C02
  serve('PROBE-C02', web({ readinessProbe: ReadinessProbe.tcpSocket({ port: 'http' }) }));
  // PROBE-C03
  serve('PROBE-C03', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http' }) }));
  // PROBE-C04
  serve('PROBE-C04', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', scheme: 'HTTPS' }) }));
  // PROBE-C05
  serve('PROBE-C05', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/healthz', port: 'http', successThreshold: 2 }) }));
  // PROBE-C06
  serve('PROBE-C06', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', terminationGracePeriod: Duration.seconds(10) }) }));
  // PROBE-C07
  serve('PROBE-C07', Container.of({ name: 'api', image: AGNHOST, ports: [{ name: 'grpc', number: 9090 }], livenessProbe: LivenessProbe.grpc({ port: 9090 }) }));
  // PROBE-C08
  serve('PROBE-C08', web({ livenessProbe: LivenessProbe.tcpSocket({ port: 8080 }) }));
  // PROBE-C09
  serve('PROBE-C09', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', initialDelay: Duration.seconds(5) }) }));
  // PROBE-C10
  serve('PROBE-C10', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', period: Duration.seconds(10) }) }));
  // PROBE-C11
  serve('PROBE-C11', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'Custom-Header': 'Awesome' } }) }));
  // PROBE-C12
  serve(
    'PROBE-C12',
    Container.of({ name: 'web', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
  );
  // PROBE-C13
  serve('PROBE-C13', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http' }) }));
  // PROBE-C14
  serve(
    'PROBE-C14',
    web({ startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'http', budget: Duration.minutes(5), period: Duration.seconds(10) }) }),
  );
  // PROBE-C15
  serve('PROBE-C15', web({ startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'http', failureThreshold: 30, period: Duration.seconds(10) }) }));
  // PROBE-C16
  serve('PROBE-C16', web({ readinessProbe: ReadinessProbe.tcpSocket({ port: 'http', period: Duration.seconds(10) }) }));
  // PROBE-C17
  serve('PROBE-C17', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', initialDelay: Duration.seconds(3) }) }));
  // PROBE-C18
  serve('PROBE-C18', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'Custom-Header': 'Awesome' } }) }));
  // PROBE-C19
  serve(
    'PROBE-C19',
    Container.of({ name: 'web', image: AGNHOST, writablePaths: ['/tmp'], readinessProbe: ReadinessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
  );
  // PROBE-C20
  serve('PROBE-C20', web({ livenessProbe: LivenessProbe.tcpSocket({ port: 'http', failureThreshold: 3 }) }));
  // PROBE-C21
  serve('PROBE-C21', web({ livenessProbe: LivenessProbe.tcpSocket({ port: 'http' }) }));
  // PROBE-C22
  serve(
    'PROBE-C22',
    web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', initialDelay: Duration.seconds(3), period: Duration.seconds(3) }) }),
  );
  // PROBE-C23
  serve('PROBE-C23', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'Custom-Header': 'Awesome' } }) }));
  // PROBE-C24
  serve(
    'PROBE-C24',
    Container.of({ name: 'web', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
  );
}
