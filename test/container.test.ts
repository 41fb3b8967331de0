import { Cpu } from 'cdk8s-plus-27';
import { Duration, Size } from 'cdk8s';
import { Container, LivenessProbe, ReadinessProbe } from '../lib';
import { k8s } from '../imports/k8s';

const json = (c: Container) => k8s.toJson_Container(c.toKube().container);
const image = 'registry.k8s.io/busybox:1.27.2';

describe('Container', () => {
  test('secure defaults: nobody, read-only root, no escalation, no capabilities, requests and limits', () => {
    // GIVEN / WHEN
    const c = Container.of({ name: 'app', image });
    // THEN
    expect(json(c)).toEqual({
      name: 'app',
      image,
      resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
      securityContext: {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        readOnlyRootFilesystem: true,
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
      },
    });
  });

  test('everything a user can set reaches the output', () => {
    const c = Container.of({
      name: 'web',
      image,
      command: ['/bin/sh'],
      args: ['-c', 'httpd -f'],
      env: { MODE: 'demo', 'my.var': 'x' },
      imagePullPolicy: 'IfNotPresent',
      ports: [
        { name: 'http', number: 8080 },
        { number: 9090, protocol: 'UDP' },
      ],
      livenessProbe: LivenessProbe.httpGet({ path: '/healthz', port: 'http' }),
      readinessProbe: ReadinessProbe.tcpSocket({ port: 8080, period: Duration.seconds(5) }),
      writablePaths: ['/tmp', '/var/cache/nginx'],
      user: { uid: 1000, gid: 3000 },
      resources: { cpu: { request: Cpu.millis(250), limit: Cpu.units(1) }, memory: { request: Size.mebibytes(256), limit: Size.gibibytes(1) } },
    });
    expect(json(c)).toMatchObject({
      command: ['/bin/sh'],
      args: ['-c', 'httpd -f'],
      env: [
        { name: 'MODE', value: 'demo' },
        { name: 'my.var', value: 'x' },
      ],
      imagePullPolicy: 'IfNotPresent',
      ports: [
        { containerPort: 8080, name: 'http' },
        { containerPort: 9090, protocol: 'UDP' },
      ],
      livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
      readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 },
      volumeMounts: [
        { name: 'web-tmp', mountPath: '/tmp' },
        { name: 'web-var-cache-nginx', mountPath: '/var/cache/nginx' },
      ],
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
      securityContext: { runAsUser: 1000, runAsGroup: 3000 },
    });
    expect(c.toKube().volumes).toEqual([
      { name: 'web-tmp', emptyDir: {} },
      { name: 'web-var-cache-nginx', emptyDir: {} },
    ]);
    expect(c.ports).toEqual([
      { number: 8080, name: 'http', protocol: 'TCP' },
      { number: 9090, name: undefined, protocol: 'UDP' },
    ]);
  });

  test.each([
    [
      { name: 'Go_Test', image },
      `Container "Go_Test": name: Invalid value: "Go_Test": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    ],
    [{ name: 'app', image: ' busybox' }, 'Container "app": image: Invalid value: " busybox": must not have leading or trailing whitespace [container-image]'],
    [
      { name: 'app', image, ports: [{ number: 70000 }] },
      'Container "app": ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive [container-port]',
    ],
    [
      { name: 'app', image, ports: [{ number: 1, name: 'http-metrics-port' }] },
      'Container "app": ports[0].name: Invalid value: "http-metrics-port": must be no more than 15 characters [container-port-name]',
    ],
    [
      {
        name: 'app',
        image,
        ports: [
          { number: 1, name: 'http' },
          { number: 2, name: 'http' },
        ],
      },
      'Container "app": ports[1].name: Duplicate value: "http" [container-port-name]',
    ],
    [
      { name: 'app', image, env: { '1X': 'y' } },
      `Container "app": env[0].name: Invalid value: "1X": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`,
    ],
    [
      { name: 'app', image, user: { uid: 0 } },
      'Container "app": user.uid: Invalid value: 0: must be between 1 and 2147483647, inclusive (0 is root: use exemptions.runAsRoot) [sdk-non-root-user]',
    ],
    [{ name: 'app', image, writablePaths: ['tmp'] }, 'Container "app": writablePaths[0]: Invalid value: "tmp": must be an absolute path [sdk-writable-path]'],
  ])('rejects %j', (props, message) => {
    expect(() => Container.of(props as never)).toThrow(message);
  });

  test('a probe naming an undeclared port is rejected at run time too (JavaScript callers, type assertions)', () => {
    const probe = LivenessProbe.httpGet({ path: '/healthz', port: 'livenes-port' });
    expect(() => Container.of({ name: 'app', image, ports: [{ name: 'liveness-port', number: 8080 }], livenessProbe: probe as never })).toThrow(
      `Container "app": livenessProbe.httpGet.port: Invalid value: "livenes-port": must name a port declared in this container's ports ("liveness-port"); the kubelet cannot resolve it and the probe fails; did you mean "liveness-port"? [probe-port-declared]`,
    );
    expect(() => Container.of({ name: 'app', image, readinessProbe: ReadinessProbe.tcpSocket({ port: 'http' }) as never })).toThrow(
      `Container "app": readinessProbe.tcpSocket.port: Invalid value: "http": must name a port declared in this container's ports, and it declares no named port; the kubelet cannot resolve it and the probe fails [probe-port-declared]`,
    );
  });
});

test('a group id of 0 (root) is refused too; a resource given as undefined keeps its default', () => {
  expect(() => Container.of({ name: 'app', image, user: { uid: 1000, gid: 0 } })).toThrow(
    'Container "app": user.gid: Invalid value: 0: must be between 1 and 2147483647, inclusive (0 is root: use exemptions.runAsRoot) [sdk-non-root-user]',
  );
  const c = Container.of({ name: 'app', image, resources: { cpu: undefined, memory: { request: Size.mebibytes(32), limit: Size.mebibytes(64) } } });
  expect(json(c)!.resources).toEqual({ requests: { cpu: '100m', memory: '32Mi' }, limits: { cpu: '500m', memory: '64Mi' } });
});
