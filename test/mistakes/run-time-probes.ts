/**
 * Mistakes with probes and lifecycle hooks that only a value shows: durations that are not whole
 * seconds, thresholds and budgets that do not divide, ports out of range, and the options of
 * JavaScript callers.
 */
import { Duration } from 'cdk8s';
import { Container, LifecycleHandler, LivenessProbe, ReadinessProbe, StartupProbe } from '../../lib';
import { AGNHOST, fromJavaScript, RunTimeMistake, serve } from './corpus';

/** agnhost's netexec on port 8080, named http, with the probes given. */
function web(probes: Pick<Parameters<typeof Container.of<'http'>>[0], 'livenessProbe' | 'readinessProbe' | 'startupProbe' | 'lifecycle'>): Container<'http'> {
  return Container.of({ name: 'web', image: AGNHOST, args: ['netexec', '--http-port=8080'], ports: [{ name: 'http', number: 8080 }], ...probes });
}

export const mistakes: readonly RunTimeMistake[] = [
  {
    id: 'PROBE-R01',
    area: 'probes',
    what: 'a probe every half second, as Duration.millis(500) (the API counts whole seconds)',
    build: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', period: Duration.millis(500) }) })),
    error: 'period: Invalid value: 500 millis: must be a whole number of seconds, 1 second or more [sdk-whole-seconds]',
    twin: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', period: Duration.seconds(1) }) })),
  },
  {
    id: 'PROBE-R02',
    area: 'probes',
    what: 'five minutes to start, checked every 7 seconds (300 is no multiple of 7)',
    build: chart =>
      serve(
        chart,
        'web',
        web({ startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'http', budget: Duration.minutes(5), period: Duration.seconds(7) }) }),
      ),
    error: 'budget: Invalid value: 5 minutes: must be a whole number of periods (7 seconds each); 294 or 301 seconds would be [sdk-probe-budget]',
    twin: chart =>
      serve(
        chart,
        'web',
        web({ startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 'http', budget: Duration.minutes(5), period: Duration.seconds(10) }) }),
      ),
  },
  {
    id: 'PROBE-R03',
    area: 'probes',
    what: 'a readiness probe whose success threshold is 0 (the apiserver would make it 1)',
    build: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', successThreshold: 0 }) })),
    error: 'successThreshold: Invalid value: 0: must be a whole number, 1 or more [sdk-probe-threshold]',
    twin: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/ready', port: 'http', successThreshold: 1 }) })),
  },
  {
    id: 'PROBE-R04',
    area: 'probes',
    what: 'a failure threshold computed as five minutes over a 7-second period',
    build: chart =>
      serve(chart, 'web', web({ startupProbe: StartupProbe.tcpSocket({ port: 'http', period: Duration.seconds(7), failureThreshold: 300 / 7 }) })),
    error: 'must be a whole number, 1 or more [sdk-probe-threshold]',
    twin: chart =>
      serve(chart, 'web', web({ startupProbe: StartupProbe.tcpSocket({ port: 'http', period: Duration.seconds(7), failureThreshold: Math.ceil(300 / 7) }) })),
  },
  {
    id: 'PROBE-R05',
    area: 'probes',
    what: 'the path healthz, without its leading slash',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: 'healthz', port: 'http' }) })),
    error: `httpGet.path: Invalid value: "healthz": must start with '/' [sdk-http-path]`,
    twin: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http' }) })),
  },
  {
    id: 'PROBE-R06',
    area: 'probes',
    what: 'a TCP probe on port 8080, typed with one zero too many',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.tcpSocket({ port: 80800 }) })),
    error: 'tcpSocket.port: Invalid value: 80800: must be between 1 and 65535, inclusive [probe-port]',
    twin: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.tcpSocket({ port: 8080 }) })),
  },
  {
    id: 'PROBE-R07',
    area: 'probes',
    what: 'a probe on a port name longer than the 15 characters Kubernetes allows',
    build: chart =>
      serve(
        chart,
        'web',
        Container.of({
          name: 'web',
          image: AGNHOST,
          ports: [{ name: 'liveness-port-http', number: 8080 }],
          livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'liveness-port-http' }),
        }),
      ),
    error: 'must be no more than 15 characters [probe-port]',
    twin: chart =>
      serve(
        chart,
        'web',
        Container.of({
          name: 'web',
          image: AGNHOST,
          ports: [{ name: 'liveness-port', number: 8080 }],
          livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'liveness-port' }),
        }),
      ),
  },
  {
    id: 'PROBE-R08',
    area: 'probes',
    what: 'a JavaScript caller: a success threshold on a liveness probe',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet(fromJavaScript({ path: '/healthz', port: 8080, successThreshold: 2 })) })),
    error: 'successThreshold: Invalid value: 2: is only for readiness probes; Kubernetes requires 1 for liveness probes [sdk-probe-option]',
    twin: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.httpGet({ path: '/healthz', port: 8080, successThreshold: 2 }) })),
  },
  {
    id: 'PROBE-R09',
    area: 'probes',
    what: 'a JavaScript caller: a termination grace period on a readiness probe',
    build: chart =>
      serve(
        chart,
        'web',
        web({ readinessProbe: ReadinessProbe.httpGet(fromJavaScript({ path: '/ready', port: 8080, terminationGracePeriod: Duration.seconds(10) })) }),
      ),
    error: 'terminationGracePeriod: Invalid value: 10 seconds: is only for liveness and startup probes [sdk-probe-option]',
    twin: chart =>
      serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 8080, terminationGracePeriod: Duration.seconds(10) }) })),
  },
  {
    id: 'PROBE-R10',
    area: 'probes',
    what: 'a JavaScript caller: the scheme in lower case',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet(fromJavaScript({ path: '/healthz', port: 8080, scheme: 'http' })) })),
    error: 'scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"; did you mean "HTTP"?',
    twin: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 8080, scheme: 'HTTP' }) })),
  },
  {
    id: 'PROBE-R11',
    area: 'probes',
    what: 'the header Custom-Header, written with a space',
    build: chart =>
      serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'Custom Header': 'Awesome' } }) })),
    error: 'httpGet.httpHeaders[0].name: Invalid value: "Custom Header": a valid HTTP header must consist of alphanumeric characters or \'-\'',
    twin: chart =>
      serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'Custom-Header': 'Awesome' } }) })),
  },
  {
    id: 'PROBE-R12',
    area: 'probes',
    what: 'no timeout, written as a timeout of 0 seconds',
    build: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.tcpSocket({ port: 'http', timeout: Duration.seconds(0) }) })),
    error: 'timeout: Invalid value: 0 seconds: must be a whole number of seconds, 1 second or more [sdk-whole-seconds]',
    twin: chart => serve(chart, 'web', web({ readinessProbe: ReadinessProbe.tcpSocket({ port: 'http' }) })),
  },
  {
    id: 'PROBE-R13',
    area: 'probes',
    what: 'a preStop hook on the admin port, read from an environment variable that is not set (NaN)',
    build: chart =>
      serve(chart, 'web', web({ lifecycle: { preStop: LifecycleHandler.httpGet({ path: '/drain', port: Number(process.env.UNSET_ADMIN_PORT) }) } })),
    error: 'lifecycle.preStop.httpGet.port: Wrong type: NaN: must be an integer or a string, not the number NaN [field-type]',
    twin: chart => serve(chart, 'web', web({ lifecycle: { preStop: LifecycleHandler.httpGet({ path: '/drain', port: 'http' }) } })),
  },
  {
    id: 'PROBE-R14',
    area: 'probes',
    what: "the tutorial's exec probe, with the command as one element: ['cat /tmp/healthy']",
    build: chart =>
      serve(
        chart,
        'liveness',
        Container.of({ name: 'liveness', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat /tmp/healthy'] }) }),
      ),
    error: 'livenessProbe.exec.command[0]: Invalid value: "cat /tmp/healthy": contains spaces',
    twin: chart =>
      serve(
        chart,
        'liveness',
        Container.of({ name: 'liveness', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
      ),
  },
  {
    id: 'PROBE-R15',
    area: 'probes',
    what: 'a JavaScript caller: the options of the YAML, periodSeconds',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet(fromJavaScript({ path: '/healthz', port: 8080, periodSeconds: 3 })) })),
    error: 'periodSeconds: "periodSeconds" is how a manifest writes it: write period: Duration.seconds(n) [sdk-unknown-option]',
    twin: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 8080, period: Duration.seconds(3) }) })),
  },
  {
    id: 'PROBE-R16',
    area: 'probes',
    what: 'a JavaScript caller: the exec command as one string',
    build: chart =>
      serve(
        chart,
        'liveness',
        Container.of({ name: 'liveness', image: AGNHOST, livenessProbe: LivenessProbe.exec(fromJavaScript({ command: 'cat /tmp/healthy' })) }),
      ),
    error: 'command: Wrong type: "cat /tmp/healthy": must be a non-empty array [sdk-option-type]',
    twin: chart =>
      serve(
        chart,
        'liveness',
        Container.of({ name: 'liveness', image: AGNHOST, writablePaths: ['/tmp'], livenessProbe: LivenessProbe.exec({ command: ['cat', '/tmp/healthy'] }) }),
      ),
  },
  {
    id: 'PROBE-R17',
    area: 'probes',
    what: 'a JavaScript caller: the period as a number of seconds',
    build: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet(fromJavaScript({ path: '/healthz', port: 8080, period: 10 })) })),
    error: 'period: Wrong type: 10: must be a Duration',
    twin: chart => serve(chart, 'web', web({ livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 8080, period: Duration.seconds(10) }) })),
  },
  {
    id: 'PROBE-R18',
    area: 'probes',
    what: 'a JavaScript caller: a startup budget without its period',
    build: chart =>
      serve(chart, 'web', web({ startupProbe: StartupProbe.httpGet(fromJavaScript({ path: '/healthz', port: 8080, budget: Duration.minutes(2) })) })),
    error: "budget: Invalid value: 2 minutes: needs a 'period' to divide it into probes [sdk-probe-budget]",
    twin: chart =>
      serve(
        chart,
        'web',
        web({ startupProbe: StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.minutes(2), period: Duration.seconds(5) }) }),
      ),
  },
  {
    id: 'PROBE-R19',
    area: 'probes',
    what: 'a JavaScript caller: a gRPC probe on a named port',
    build: chart =>
      serve(
        chart,
        'api',
        Container.of({
          name: 'api',
          image: AGNHOST,
          ports: [{ name: 'grpc', number: 9090 }],
          livenessProbe: LivenessProbe.grpc(fromJavaScript({ port: 'grpc' })),
        }),
      ),
    error: 'port: Wrong type: "grpc": must be a number [sdk-option-type]',
    twin: chart =>
      serve(
        chart,
        'api',
        Container.of({ name: 'api', image: AGNHOST, ports: [{ name: 'grpc', number: 9090 }], livenessProbe: LivenessProbe.grpc({ port: 9090 }) }),
      ),
  },
];
