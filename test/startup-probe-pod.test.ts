import { Duration } from 'cdk8s';
import { StartupProbePod } from '../lib';
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
      "[test/StartupProbe]: StartupProbe.httpGet: 'budget' (5 minutes 5 seconds) is invalid: must be a whole number of periods (10 seconds each); 300 or 310 seconds would be",
    );
  });
});
