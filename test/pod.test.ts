import { Duration } from 'cdk8s';
import { Container, Pod } from '../lib';
import { synth, testChart } from './support';

const image = 'registry.k8s.io/busybox:1.27.2';

describe('Pod', () => {
  test('a pod of one container, secure by default, with the id "Resource" for its KubePod', () => {
    // GIVEN
    const chart = testChart();
    // WHEN
    const pod = new Pod(chart, 'Pod', { name: 'demo', containers: [Container.of({ name: 'app', image })] });
    // THEN
    const [manifest] = synth(chart);
    expect(pod.apiObject.node.id).toBe('Resource');
    expect(manifest.metadata).toEqual({ name: 'demo' });
    expect(manifest.spec.automountServiceAccountToken).toBe(false);
    expect(manifest.spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(manifest.spec.shareProcessNamespace).toBeUndefined();
  });

  test('containers added after construction reach the output', () => {
    const chart = testChart();
    const pod = new Pod(chart, 'Pod', { name: 'demo', containers: [Container.of({ name: 'app', image })] });
    pod.addContainer(Container.of({ name: 'sidecar', image, writablePaths: ['/tmp'] }));
    const [manifest] = synth(chart);
    expect(manifest.spec.containers.map((c: { name: string }) => c.name)).toEqual(['app', 'sidecar']);
    expect(manifest.spec.volumes).toEqual([{ name: 'sidecar-tmp', emptyDir: {} }]);
    expect(pod.containers.map(c => c.name)).toEqual(['app', 'sidecar']);
  });

  test('two containers on the same port and protocol: one network namespace, so an error', () => {
    const chart = testChart();
    new Pod(chart, 'Pod', {
      name: 'demo',
      containers: [
        Container.of({ name: 'a', image, ports: [{ number: 8080 }] }),
        Container.of({ name: 'b', image, ports: [{ number: 8080, protocol: 'UDP' }, { number: 8080 }] }),
      ],
    });
    expect(() => synth(chart)).toThrow(
      'Validation failed with the following errors:\n' +
        `  [test/Pod] Pod "demo" (container "b"): spec.containers[1].ports[1].containerPort: Duplicate value: 8080: containers[0] ("a") already declares 8080/TCP; the containers of a pod share one network namespace, so only one of them can listen on it [pod-port-conflict]`,
    );
  });

  test('every error of the app is reported at once, with its construct path', () => {
    const chart = testChart();
    new Pod(chart, 'One', { name: 'one', containers: [] });
    new Pod(chart, 'Two', { name: 'two', containers: [Container.of({ name: 'a', image }), Container.of({ name: 'a', image })] });
    expect(() => synth(chart)).toThrow(
      'Validation failed with the following errors:\n' +
        '  [test/One] Pod "one": spec.containers: Required value [pod-containers-required]\n' +
        '  [test/Two] Pod "two" (container "a"): spec.containers[1].name: Duplicate value: "a" [container-name-unique]',
    );
  });

  test('addContainer refuses a second container of the same name at once', () => {
    const pod = new Pod(testChart(), 'Pod', { name: 'demo', containers: [Container.of({ name: 'app', image })] });
    expect(() => pod.addContainer(Container.of({ name: 'app', image }))).toThrow(
      `[test/Pod] Pod "demo" (container "app"): spec.containers[1].name: Duplicate value: "app" [container-name-unique]`,
    );
  });

  test.each([
    ['Demo', { name: 'Demo' }, `[test/Pod] Pod "Demo": metadata.name: Invalid value: "Demo": a lowercase RFC 1123 subdomain must consist of`],
    [
      'bad label key',
      { name: 'demo', labels: { 'bad key!': 'x' } },
      `[test/Pod] Pod "demo": metadata.labels: Invalid value: "bad key!": name part must consist of`,
    ],
    [
      'long label value',
      { name: 'demo', labels: { app: 'x'.repeat(64) } },
      `[test/Pod] Pod "demo": metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters [label-value]`,
    ],
    [
      'bad annotation key',
      { name: 'demo', annotations: { 'a/b/c': 'x' } },
      `[test/Pod] Pod "demo": metadata.annotations: Invalid value: "a/b/c": a qualified name must consist of`,
    ],
    [
      'annotations too large',
      { name: 'demo', annotations: { big: 'x'.repeat(262142) } },
      `[test/Pod] Pod "demo": metadata.annotations: Too long: must have at most 262144 bytes [annotations-size]`,
    ],
    [
      'bad namespace',
      { name: 'demo', namespace: 'Team_A' },
      `[test/Pod] Pod "demo": metadata.namespace: Invalid value: "Team_A": a lowercase RFC 1123 label must consist of`,
    ],
  ])('rejects a %s at once', (_what, props, message) => {
    expect(() => new Pod(testChart(), 'Pod', { containers: [Container.of({ name: 'app', image })], ...props })).toThrow(message);
  });

  test('edge cases that are valid: a 253-character name, prefixed label keys, 256 KiB of annotations exactly', () => {
    const chart = testChart();
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    new Pod(chart, 'Pod', {
      name,
      labels: { 'app.kubernetes.io/name': 'demo', 'example.com/MyName': '' },
      annotations: { big: 'x'.repeat(262141) },
      namespace: 'team-a',
      containers: [Container.of({ name: 'app', image })],
    });
    const [manifest] = synth(chart);
    expect(manifest.metadata.name).toBe(name);
    expect(manifest.metadata.namespace).toBe('team-a');
    expect(manifest.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'demo', 'example.com/MyName': '' });
  });
});

test('a declared start time becomes an annotation; a service-account token only as an exemption, with its reason', () => {
  const chart = testChart();
  const pod = new Pod(chart, 'Pod', {
    name: 'demo',
    exemptions: { serviceAccountToken: { reason: 'reads ConfigMaps through the API' } },
    containers: [Container.of({ name: 'app', image, startTime: Duration.minutes(2) })],
  });
  pod.addContainer(Container.of({ name: 'late', image, startTime: Duration.seconds(30) }));
  const [manifest] = synth(chart);
  expect(manifest.metadata.annotations).toEqual({
    'start-time.cdk8s-pod-patterns/app': '120',
    'start-time.cdk8s-pod-patterns/late': '30',
    'exempt.cdk8s-pod-patterns/service-account-token': 'pod:token (reads ConfigMaps through the API)',
  });
  expect(manifest.spec.automountServiceAccountToken).toBe(true);
});

test('a sub-second start time is an error', () => {
  expect(() => Container.of({ name: 'app', image, startTime: Duration.millis(1500) })).toThrow(
    'Container "app": startTime: Invalid value: 1 second 500 millis: must be a whole number of seconds, 1 second or more [sdk-whole-seconds]',
  );
});
