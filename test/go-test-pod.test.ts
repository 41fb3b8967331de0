import { GoTestPod } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('GoTestPod', () => {
  test('reproduces the tutorial: pod go-test, container go-test, devtak/test:v1.0 on 8080', () => {
    // GIVEN
    const chart = testChart();
    // WHEN
    new GoTestPod(chart, 'GoTest', { annotations: { key: 'test1234' } });
    // THEN
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [pod] = manifests;
    expect(pod.metadata).toEqual({ name: 'go-test', annotations: { key: 'test1234' } });
    expect(pod.spec.containers[0]).toMatchObject({ name: 'go-test', image: 'devtak/test:v1.0', ports: [{ containerPort: 8080 }] });
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('props override names, image, port and user; labels are added', () => {
    const chart = testChart();
    new GoTestPod(chart, 'GoTest', {
      name: 'go-test-v2',
      containerName: 'app',
      image: 'devtak/test:v2.0',
      port: 9090,
      user: { uid: 1001 },
      labels: { tier: 'web' },
    });
    const [pod] = synth(chart);
    expect(pod.metadata).toEqual({ name: 'go-test-v2', labels: { tier: 'web' } });
    expect(pod.spec.containers[0]).toMatchObject({ name: 'app', image: 'devtak/test:v2.0', ports: [{ containerPort: 9090 }] });
    expect(pod.spec.containers[0].securityContext).toMatchObject({ runAsUser: 1001, runAsGroup: 1001 });
  });

  test('a bad prop names the construct, the field, the value and the rule', () => {
    expect(() => new GoTestPod(testChart(), 'GoTest', { port: 70000 })).toThrow(
      '[test/GoTest] Container "go-test": ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive [container-port]',
    );
  });
});
