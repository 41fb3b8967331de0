import { Duration } from 'cdk8s';
import { LivenessProbe, ReadinessProbe, StartupProbe } from '../lib';
import { k8s } from '../imports/k8s';

/** The probe as it appears in the manifest. */
const json = (probe: { toKube(): k8s.Probe }) => k8s.toJson_Probe(probe.toKube());

describe('LivenessProbe', () => {
  test('exec: the command and the timings written, nothing else', () => {
    // GIVEN / WHEN
    const probe = LivenessProbe.exec({ command: ['cat', '/tmp/healthy'], initialDelay: Duration.seconds(5), period: Duration.seconds(5) });
    // THEN
    expect(json(probe)).toEqual({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 });
    expect(probe.kind).toBe('liveness');
  });

  test('httpGet: path, numeric port and a custom header, as in the tutorial', () => {
    const probe = LivenessProbe.httpGet({
      path: '/healthz',
      port: 8080,
      headers: { 'Custom-Header': 'Awesome' },
      initialDelay: Duration.seconds(3),
      period: Duration.seconds(3),
    });
    expect(json(probe)).toEqual({
      httpGet: { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] },
      initialDelaySeconds: 3,
      periodSeconds: 3,
    });
  });

  test('httpGet: named port, host, HTTPS, several headers in order, every timing', () => {
    const probe = LivenessProbe.httpGet({
      path: '/livez',
      port: 'liveness-port',
      host: 'localhost',
      scheme: 'HTTPS',
      headers: { 'X-A': '1', 'X-B': '2' },
      initialDelay: Duration.seconds(0),
      period: Duration.seconds(10),
      timeout: Duration.seconds(2),
      failureThreshold: 1,
      terminationGracePeriod: Duration.minutes(1),
    });
    expect(json(probe)).toEqual({
      httpGet: {
        path: '/livez',
        port: 'liveness-port',
        host: 'localhost',
        scheme: 'HTTPS',
        httpHeaders: [
          { name: 'X-A', value: '1' },
          { name: 'X-B', value: '2' },
        ],
      },
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 2,
      failureThreshold: 1,
      terminationGracePeriodSeconds: 60,
    });
    expect(probe.portName).toBe('liveness-port');
  });

  test('tcpSocket and grpc', () => {
    expect(json(LivenessProbe.tcpSocket({ port: 8080, host: '127.0.0.1' }))).toEqual({ tcpSocket: { port: 8080, host: '127.0.0.1' } });
    expect(json(LivenessProbe.tcpSocket({ port: 'http' }))).toEqual({ tcpSocket: { port: 'http' } });
    expect(json(LivenessProbe.grpc({ port: 9090, service: 'health.v1' }))).toEqual({ grpc: { port: 9090, service: 'health.v1' } });
    expect(json(LivenessProbe.grpc({ port: 65535 }))).toEqual({ grpc: { port: 65535 } });
  });

  test('no silent defaults: an httpGet probe with only a path and a port emits only them', () => {
    expect(json(LivenessProbe.httpGet({ path: '/', port: 1 }))).toEqual({ httpGet: { path: '/', port: 1 } });
  });
});

describe('ReadinessProbe', () => {
  test('tcpSocket with the tutorial timings and a success threshold', () => {
    const probe = ReadinessProbe.tcpSocket({ port: 8080, initialDelay: Duration.seconds(5), period: Duration.seconds(10), successThreshold: 2 });
    expect(json(probe)).toEqual({ tcpSocket: { port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10, successThreshold: 2 });
    expect(probe.kind).toBe('readiness');
  });

  test('exec, httpGet and grpc', () => {
    expect(json(ReadinessProbe.exec({ command: ['true'] }))).toEqual({ exec: { command: ['true'] } });
    expect(json(ReadinessProbe.httpGet({ path: '/ready', port: 'http' }))).toEqual({ httpGet: { path: '/ready', port: 'http' } });
    expect(json(ReadinessProbe.grpc({ port: 9090 }))).toEqual({ grpc: { port: 9090 } });
  });
});

describe('StartupProbe', () => {
  test('a 5-minute budget checked every 10 s is failureThreshold 30 × periodSeconds 10', () => {
    const probe = StartupProbe.httpGet({ path: '/healthz', port: 'liveness-port', budget: Duration.minutes(5), period: Duration.seconds(10) });
    expect(json(probe)).toEqual({ httpGet: { path: '/healthz', port: 'liveness-port' }, failureThreshold: 30, periodSeconds: 10 });
    expect(probe.kind).toBe('startup');
  });

  test('the Kubernetes form: failureThreshold and period', () => {
    expect(json(StartupProbe.tcpSocket({ port: 8080, failureThreshold: 30, period: Duration.seconds(10) }))).toEqual({
      tcpSocket: { port: 8080 },
      failureThreshold: 30,
      periodSeconds: 10,
    });
    expect(json(StartupProbe.exec({ command: ['cat', '/tmp/started'], terminationGracePeriod: Duration.seconds(5) }))).toEqual({
      exec: { command: ['cat', '/tmp/started'] },
      terminationGracePeriodSeconds: 5,
    });
    expect(json(StartupProbe.grpc({ port: 9090, budget: Duration.seconds(60), period: Duration.seconds(5) }))).toEqual({
      grpc: { port: 9090 },
      failureThreshold: 12,
      periodSeconds: 5,
    });
  });

  test('a budget that is not a whole number of periods is an error', () => {
    expect(() => StartupProbe.httpGet({ path: '/healthz', port: 8080, budget: Duration.seconds(95), period: Duration.seconds(10) })).toThrow(
      'StartupProbe.httpGet: budget: Invalid value: 1 minute 35 seconds: must be a whole number of periods (10 seconds each); 90 or 100 seconds would be',
    );
    expect(() => StartupProbe.tcpSocket({ port: 8080, budget: Duration.seconds(5), period: Duration.seconds(10) })).toThrow(
      'StartupProbe.tcpSocket: budget: Invalid value: 5 seconds: must be a whole number of periods (10 seconds each); 10 seconds would be',
    );
  });
});

describe('values that types cannot bound fail at once, naming the field, the value and the rule', () => {
  test.each([
    [() => LivenessProbe.tcpSocket({ port: 0 }), 'LivenessProbe.tcpSocket: tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive'],
    [
      () => ReadinessProbe.httpGet({ path: '/', port: 65536 }),
      'ReadinessProbe.httpGet: httpGet.port: Invalid value: 65536: must be between 1 and 65535, inclusive',
    ],
    [() => LivenessProbe.grpc({ port: 80.5 }), 'LivenessProbe.grpc: grpc.port: Wrong type: 80.5: must be an integer, not the number 80.5 [field-type]'],
    [
      () => LivenessProbe.tcpSocket({ port: 'a-very-long-port-name' }),
      `LivenessProbe.tcpSocket: tcpSocket.port: Invalid value: "a-very-long-port-name": must be no more than 15 characters`,
    ],
    [
      () => LivenessProbe.tcpSocket({ port: 'web--1' }),
      `LivenessProbe.tcpSocket: tcpSocket.port: Invalid value: "web--1": must not contain consecutive hyphens`,
    ],
    [() => LivenessProbe.tcpSocket({ port: '-web' }), `LivenessProbe.tcpSocket: tcpSocket.port: Invalid value: "-web": must not begin or end with a hyphen`],
    [
      () => LivenessProbe.httpGet({ path: '/', port: 80, period: Duration.millis(500) }),
      'LivenessProbe.httpGet: period: Invalid value: 500 millis: must be a whole number of seconds, 1 second or more',
    ],
    [
      () => LivenessProbe.httpGet({ path: '/', port: 80, period: Duration.seconds(0) }),
      'LivenessProbe.httpGet: period: Invalid value: 0 seconds: must be a whole number of seconds, 1 second or more',
    ],
    [
      () => ReadinessProbe.exec({ command: ['true'], timeout: Duration.millis(1500) }),
      'ReadinessProbe.exec: timeout: Invalid value: 1 second 500 millis: must be a whole number of seconds, 1 second or more',
    ],
    [
      () => ReadinessProbe.exec({ command: ['true'], initialDelay: Duration.millis(100) }),
      'ReadinessProbe.exec: initialDelay: Invalid value: 100 millis: must be a whole number of seconds, 0 seconds or more',
    ],
    [
      () => LivenessProbe.exec({ command: ['true'], failureThreshold: 0 }),
      'LivenessProbe.exec: failureThreshold: Invalid value: 0: must be a whole number, 1 or more',
    ],
    [
      () => ReadinessProbe.exec({ command: ['true'], successThreshold: 1.5 }),
      'ReadinessProbe.exec: successThreshold: Invalid value: 1.5: must be a whole number, 1 or more',
    ],
    [
      () => LivenessProbe.exec({ command: ['true'], terminationGracePeriod: Duration.seconds(0) }),
      'LivenessProbe.exec: terminationGracePeriod: Invalid value: 0 seconds: must be a whole number of seconds, 1 second or more',
    ],
    // the types take no empty command: a JavaScript caller's is rejected at run time
    [() => LivenessProbe.exec({ command: [] } as never), 'LivenessProbe.exec: command: Invalid value: []: must have at least one item [sdk-option-type]'],
    [
      () => LivenessProbe.httpGet({ path: 'healthz', port: 80 }),
      `LivenessProbe.httpGet: httpGet.path: Invalid value: "healthz": must start with '/' [sdk-http-path]`,
    ],
    [
      () => LivenessProbe.httpGet({ path: '/', port: 80, headers: { 'Custom Header': 'x' } }),
      `LivenessProbe.httpGet: httpGet.httpHeaders[0].name: Invalid value: "Custom Header": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')`,
    ],
  ])('%#', (build, message) => {
    expect(build).toThrow(message);
  });

  test('negative durations cannot even be made', () => {
    expect(() => Duration.seconds(-1)).toThrow('Duration amounts cannot be negative. Received: -1');
  });
});

describe('JavaScript callers get the type rules at run time', () => {
  // Options as a JavaScript caller (or a type assertion) could pass them.
  const untyped = (o: object) => o as never;

  test('a success threshold on a liveness or startup probe', () => {
    expect(() => LivenessProbe.exec(untyped({ command: ['true'], successThreshold: 2 }))).toThrow(
      'LivenessProbe.exec: successThreshold: Invalid value: 2: is only for readiness probes; Kubernetes requires 1 for liveness probes [sdk-probe-option]',
    );
    expect(() => StartupProbe.exec(untyped({ command: ['true'], successThreshold: 1 }))).toThrow(
      'StartupProbe.exec: successThreshold: Invalid value: 1: is only for readiness probes; Kubernetes requires 1 for startup probes [sdk-probe-option]',
    );
  });

  test('a grace period on a readiness probe, a budget on a liveness probe, a budget with a threshold or without a period', () => {
    expect(() => ReadinessProbe.exec(untyped({ command: ['true'], terminationGracePeriod: Duration.seconds(5) }))).toThrow(
      'ReadinessProbe.exec: terminationGracePeriod: Invalid value: 5 seconds: is only for liveness and startup probes [sdk-probe-option]',
    );
    expect(() => LivenessProbe.exec(untyped({ command: ['true'], budget: Duration.seconds(5) }))).toThrow(
      'LivenessProbe.exec: budget: Invalid value: 5 seconds: is only for startup probes; use failureThreshold [sdk-probe-option]',
    );
    expect(() => StartupProbe.exec(untyped({ command: ['true'], budget: Duration.seconds(60), period: Duration.seconds(10), failureThreshold: 6 }))).toThrow(
      "StartupProbe.exec: failureThreshold: Invalid value: 6: must not be set together with 'budget' [sdk-probe-budget]",
    );
    expect(() => StartupProbe.exec(untyped({ command: ['true'], budget: Duration.seconds(60) }))).toThrow(
      "StartupProbe.exec: budget: Invalid value: 1 minute: needs a 'period' to divide it into probes [sdk-probe-budget]",
    );
  });
});
