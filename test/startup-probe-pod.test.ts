import { Duration } from 'cdk8s';
import { k8s } from '../imports/k8s';
import { Container, HostPort, ManifestValidation, Pod, StartupProbePod, validateManifests } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('StartupProbePod', () => {
  test('reproduces the tutorial: named port liveness-port, 300 s to start (30 × 10 s), strict liveness after', () => {
    const chart = testChart();
    new StartupProbePod(chart, 'StartupProbe');
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [container] = manifests[0].spec.containers;
    expect(container.ports).toEqual([{ containerPort: 8080, name: 'liveness-port' }]);
    expect(container.livenessProbe).toEqual({ httpGet: { path: '/healthz', port: 'liveness-port' }, failureThreshold: 1, periodSeconds: 10 });
    expect(container.startupProbe).toEqual({ httpGet: { path: '/healthz', port: 'liveness-port' }, failureThreshold: 30, periodSeconds: 10 });
    expect(container.startupProbe.failureThreshold * container.startupProbe.periodSeconds).toBe(300);
    // no hostPort: Pod Security "baseline" forbids it
    expect(container.ports[0].hostPort).toBeUndefined();
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('the budget and period can be overridden', () => {
    const chart = testChart();
    new StartupProbePod(chart, 'StartupProbe', { startupBudget: Duration.minutes(10), startupPeriod: Duration.seconds(5), port: 8443 });
    const [container] = synth(chart)[0].spec.containers;
    expect(container.startupProbe).toEqual({ httpGet: { path: '/healthz', port: 'liveness-port' }, failureThreshold: 120, periodSeconds: 5 });
    expect(container.ports).toEqual([{ containerPort: 8443, name: 'liveness-port' }]);
    expect(container.args).toEqual(['netexec', '--http-port=8443']);
  });

  test('a budget that is not a whole number of periods names the construct', () => {
    expect(() => new StartupProbePod(testChart(), 'StartupProbe', { startupBudget: Duration.seconds(305) })).toThrow(
      '[test/StartupProbe] StartupProbe.httpGet: budget: Invalid value: 5 minutes 5 seconds: must be a whole number of periods (10 seconds each); 300 or 310 seconds would be [sdk-probe-budget]',
    );
  });
});

test('the tutorial hostPort is an explicit, annotated exemption that the restricted policy reports as info', () => {
  // GIVEN
  const chart = testChart();
  ManifestValidation.enable(chart, { policy: 'restricted' });
  // WHEN
  new StartupProbePod(chart, 'StartupProbe', { hostPort: HostPort.bindOnNode(8080, { reason: 'reached on the node port, as in the tutorial' }) });
  // THEN
  const manifests = synth(chart);
  const [pod] = manifests;
  expect(pod.spec.containers[0].ports).toEqual([{ containerPort: 8080, name: 'liveness-port', hostPort: 8080 }]);
  expect(pod.metadata.annotations).toEqual({ 'exempt.cdk8s-pod-patterns/host-ports': 'app:8080 (reached on the node port, as in the tutorial)' });
  const findings = validateManifests(manifests, { policy: 'restricted' }).filter(f => f.rule === 'host-ports');
  expect(findings.map(f => [f.severity, f.path])).toEqual([['info', 'spec.containers[0].ports[0].hostPort']]);
  expect(findings[0].detail).toMatch(/^exempted \(app:8080 \(reached on the node port, as in the tutorial\)\): /);
});

test('without the exemption a hostPort fails the restricted policy at synth time', () => {
  const chart = testChart();
  ManifestValidation.enable(chart, { policy: 'restricted' });
  new Pod(chart, 'Pod', {
    name: 'p',
    containers: [Container.of({ name: 'app', image: 'registry.k8s.io/pause:3.9', ports: [{ number: 8080 }] })],
  });
  expect(synth(chart)).toHaveLength(1);
  const raw = testChart();
  ManifestValidation.enable(raw, { policy: 'restricted' });
  new k8s.KubePod(raw, 'Raw', {
    metadata: { name: 'raw' },
    spec: { containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.9', ports: [{ containerPort: 8080, hostPort: 8080 }] }] },
  });
  expect(() => synth(raw)).toThrow('[test/Raw] spec.containers[0].ports[0].hostPort: Forbidden');
});

test('a host port needs a reason', () => {
  expect(() => new StartupProbePod(testChart(), 'S', { hostPort: HostPort.bindOnNode(8080, { reason: ' ' }) })).toThrow(
    '[test/S] Container "app": ports[0].hostPort.reason: Invalid value: " ": must say why the pod needs the node port [sdk-exemption-reason]',
  );
});
