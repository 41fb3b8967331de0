import { Duration } from 'cdk8s';
import { LivenessHttpPod } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('LivenessHttpPod', () => {
  test('reproduces the tutorial: GET /healthz on 8080 with Custom-Header: Awesome, every 3 s after 3 s', () => {
    const chart = testChart();
    new LivenessHttpPod(chart, 'LivenessHttp');
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [container] = manifests[0].spec.containers;
    expect(manifests[0].metadata.name).toBe('liveness-http');
    expect(container.image).toBe('registry.k8s.io/e2e-test-images/agnhost:2.40');
    expect(container.args).toEqual(['liveness']);
    expect(container.livenessProbe).toEqual({
      httpGet: { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] },
      initialDelaySeconds: 3,
      periodSeconds: 3,
    });
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('port, path, headers and timings can be overridden', () => {
    const chart = testChart();
    new LivenessHttpPod(chart, 'LivenessHttp', { port: 9000, path: '/livez', headers: { 'X-Probe': 'yes' }, livenessProbe: { timeout: Duration.seconds(2) } });
    const [container] = synth(chart)[0].spec.containers;
    expect(container.ports).toEqual([{ containerPort: 9000 }]);
    expect(container.livenessProbe).toEqual({
      httpGet: { path: '/livez', port: 9000, httpHeaders: [{ name: 'X-Probe', value: 'yes' }] },
      initialDelaySeconds: 3,
      periodSeconds: 3,
      timeoutSeconds: 2,
    });
  });

  test('an invalid header name is an error naming the construct', () => {
    expect(() => new LivenessHttpPod(testChart(), 'LivenessHttp', { headers: { 'Custom Header': 'Awesome' } })).toThrow(
      `[test/LivenessHttp] LivenessProbe.httpGet: httpGet.httpHeaders[0].name: Invalid value: "Custom Header": a valid HTTP header must consist of alphanumeric characters or '-'`,
    );
  });
});
