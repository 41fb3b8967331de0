/**
 * At synth time, the engine validates every object of the app, ours, plain L1 and cdk8s-plus-27
 * alike, and cdk8s reports all errors at once, each on its construct.
 */
import * as kplus from 'cdk8s-plus-27';
import { ApiObject, Chart } from 'cdk8s';
import { k8s } from '../imports/k8s';
import { Container, LivenessProbe, ManifestValidation, Pod, ProbedService, ReadinessProbe } from '../lib';
import { synth, testChart } from './support';

const image = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

test('off unless switched on: our constructs switch nothing on, and other objects are not checked', () => {
  // GIVEN an app with one of our constructs and a plain L1 Service with a typo, and no ManifestValidation
  const chart = testChart();
  new ProbedService(chart, 'GoProxy');
  new k8s.KubeService(chart, 'Raw', {
    metadata: { name: 'raw' },
    spec: { selector: { app: 'goproxy' }, ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('htp') }] },
  });
  // WHEN it is synthesized THEN nothing is reported: whole-app validation was not switched on
  expect(ManifestValidation.isEnabled(chart)).toBe(false);
  expect(synth(chart)).toHaveLength(3);
  // AND one line switches it on
  ManifestValidation.enable(chart);
  expect(ManifestValidation.isEnabled(chart)).toBe(true);
  expect(() => synth(chart)).toThrow('[test/Raw] spec.ports[0].targetPort: Invalid value: "htp"');
});

test('errors of plain L1 and cdk8s-plus-27 objects next to ours, all at once, each with its construct path', () => {
  // GIVEN an app that switches validation on, with one of our constructs, a plain L1 Service and a cdk8s-plus-27 Deployment
  const chart = testChart();
  ManifestValidation.enable(chart);
  new ProbedService(chart, 'GoProxy');
  new k8s.KubeService(chart, 'Raw', {
    metadata: { name: 'raw' },
    spec: { selector: { app: 'goproxy' }, ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('htp') }] },
  });
  const deployment = new kplus.Deployment(chart, 'Plus', { metadata: { name: 'plus' } });
  deployment.addContainer({ name: 'Web', image: 'nginx:1.25', portNumber: 8080 });
  // WHEN / THEN
  expect(() => synth(chart)).toThrow('Validation failed with the following errors:\n' + '  [test/Raw] spec.ports[0].targetPort: Invalid value: "htp": ');
  try {
    synth(chart);
  } catch (e) {
    const lines = (e as Error).message.split('\n').slice(1);
    expect(lines.map(l => l.trim().split(' ')[0])).toEqual(['[test/Raw]', '[test/Plus/Resource]']);
    expect(lines[1]).toContain('spec.template.spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of');
  }
});

test('cross-chart: a Service in one chart, the pods it selects in another', () => {
  const chart = testChart('a');
  ManifestValidation.enable(chart);
  const other = new Chart(chart.node.scope!, 'b');
  new Pod(chart, 'Pod', { name: 'web', labels: { app: 'web' }, containers: [Container.of({ name: 'web', image, ports: [{ name: 'http', number: 8080 }] })] });
  new k8s.KubeService(other, 'Svc', {
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('http') }] },
  });
  expect(synth(chart)).toHaveLength(1);
  new k8s.KubeService(other, 'Typo', {
    metadata: { name: 'typo' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('htp') }] },
  });
  expect(() => synth(chart)).toThrow('[b/Typo] spec.ports[0].targetPort: Invalid value: "htp"');
});

test('an app without our constructs can enable it; warnings can fail the synthesis', () => {
  const chart = testChart();
  ManifestValidation.enable(chart, { warnings: 'fail' });
  new k8s.KubePod(chart, 'Pod', { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'k8s.gcr.io/pause:3.9' }] } });
  expect(() => synth(chart)).toThrow('[test/Pod] spec.containers[0].image: Warning: "k8s.gcr.io/pause:3.9": k8s.gcr.io is frozen');
});

test('the engine runs once per synthesis, not once per chart: a warning is printed once', () => {
  const chart = testChart('one');
  ManifestValidation.enable(chart);
  const app = chart.node.scope!;
  for (const id of ['two', 'three', 'four']) new Chart(app, id);
  // a warning of typed code (advice stays advice): printed, and the synthesis goes on
  const probe = { port: 8080 };
  const container = Container.of({
    name: 'c',
    image,
    ports: [{ number: 8080 }],
    livenessProbe: LivenessProbe.tcpSocket(probe),
    readinessProbe: ReadinessProbe.tcpSocket(probe),
  });
  new Pod(chart, 'Pod', { name: 'p', containers: [container] });
  const printed: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    printed.push(String(s));
    return true;
  });
  try {
    synth(chart);
  } finally {
    spy.mockRestore();
  }
  expect(printed).toEqual([
    'warning: [one/Pod/Resource] spec.containers[0].livenessProbe: Warning: is identical to the readinessProbe: a container that is only temporarily unready (e.g. overloaded) is also restarted; ' +
      'give the livenessProbe a check that fails only when the process is stuck, or a higher failureThreshold [liveness-equals-readiness]\n',
  ]);
});

test('whole-app validation resolves each object on its own, and the synthesis resolves it again to write it, with what changed since', () => {
  const chart = testChart();
  ManifestValidation.enable(chart);
  const pod = new Pod(chart, 'Pod', { name: 'web', containers: [Container.of({ name: 'web', image })] });
  new ProbedService(chart, 'GoProxy');
  const resolve = jest.spyOn(ApiObject.prototype, 'toJson');
  try {
    // WHEN the app is synthesized with whole-app validation
    synth(chart);
    // THEN each of the three objects was resolved twice: for validation (then let go) and to be written
    expect(resolve).toHaveBeenCalledTimes(6);
    // AND a change before the next synthesis is in it
    pod.addContainer(Container.of({ name: 'sidecar', image }));
    resolve.mockClear();
    const [manifest] = synth(chart);
    expect(manifest.spec.containers.map((c: { name: string }) => c.name)).toEqual(['web', 'sidecar']);
    // (in the same tick, with no construct added, the validation of the first is reused: the
    // objects are resolved only to be written)
    expect(resolve).toHaveBeenCalledTimes(3);
  } finally {
    resolve.mockRestore();
  }
});
