import { Duration } from 'cdk8s';
import { ProbedService } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('ProbedService', () => {
  test('reproduces the goproxy pattern: Deployment + Service, readiness 5/10 s and liveness 15/20 s over TCP', () => {
    const chart = testChart();
    const svc = new ProbedService(chart, 'GoProxy');
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [deployment, service] = manifests;
    const [container] = deployment.spec.template.spec.containers;
    expect(deployment.kind).toBe('Deployment');
    expect(deployment.metadata.name).toBe('goproxy');
    expect(container.image).toBe('registry.k8s.io/goproxy:0.1');
    expect(container.readinessProbe).toEqual({ tcpSocket: { port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10 });
    expect(container.livenessProbe).toEqual({ tcpSocket: { port: 8080 }, initialDelaySeconds: 15, periodSeconds: 20 });
    // the Service selects exactly the pods of the Deployment: readiness gates its endpoints
    expect(service.kind).toBe('Service');
    expect(service.metadata.name).toBe('goproxy');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(deployment.spec.template.metadata.labels).toMatchObject(service.spec.selector);
    expect(service.spec.ports).toEqual([{ port: 8080, targetPort: 8080, protocol: 'TCP' }]);
    expect(svc.container.name).toBe('goproxy');
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('replicas, ports, probe timings, labels and annotations can be set', () => {
    const chart = testChart();
    new ProbedService(chart, 'Proxy', {
      name: 'proxy',
      replicas: 3,
      port: 9000,
      servicePort: 80,
      readinessProbe: { successThreshold: 2 },
      livenessProbe: { initialDelay: Duration.seconds(30) },
      labels: { team: 'net' },
      annotations: { owner: 'net@example.com' },
    });
    const [deployment, service] = synth(chart);
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.metadata.labels).toEqual({ app: 'proxy', team: 'net' });
    expect(deployment.spec.template.metadata).toEqual({ labels: { app: 'proxy', team: 'net' }, annotations: { owner: 'net@example.com' } });
    expect(deployment.spec.template.spec.containers[0].readinessProbe).toEqual({
      tcpSocket: { port: 9000 },
      initialDelaySeconds: 5,
      periodSeconds: 10,
      successThreshold: 2,
    });
    expect(deployment.spec.template.spec.containers[0].livenessProbe.initialDelaySeconds).toBe(30);
    expect(service.spec.ports).toEqual([{ port: 80, targetPort: 9000, protocol: 'TCP' }]);
    expect(service.spec.selector).toEqual({ app: 'proxy' });
  });

  test.each([
    [{ name: '1proxy' }, `[test/GoProxy/Service] Service "1proxy": metadata.name: Invalid value: "1proxy": a DNS-1035 label must consist of`],
    [
      { labels: { app: 'other' } },
      `[test/GoProxy/Deployment]: labels[app]: Invalid value: "other": must not override the selector label app=goproxy [sdk-selector-label]`,
    ],
    [{ replicas: -1 }, '[test/GoProxy]: replicas: Invalid value: -1: must be a whole number, 0 or more [sdk-replicas]'],
    [
      { servicePort: 0 },
      '[test/GoProxy/Service] Service "goproxy": spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive [service-port]',
    ],
    [{ port: 65536 }, '[test/GoProxy] ReadinessProbe.tcpSocket: tcpSocket.port: Invalid value: 65536: must be between 1 and 65535, inclusive [probe-port]'],
  ])('rejects %j', (props, message) => {
    expect(() => new ProbedService(testChart(), 'GoProxy', props)).toThrow(message);
  });
});
