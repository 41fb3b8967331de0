import { Duration } from 'cdk8s';
import { Container, LivenessProbe, ProbedService, ReadinessProbe } from '../lib';
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

  describe('container: any container with a readiness probe and a port', () => {
    const image = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

    test('runs the container given, and the Service targets its first port', () => {
      // GIVEN an HTTP server whose readiness probe requests its named port
      const chart = testChart();
      const web = Container.of({
        name: 'web',
        image,
        args: ['netexec', '--http-port=8080', '--udp-port=8081'],
        ports: [
          { name: 'http', number: 8080 },
          { name: 'udp', number: 8081, protocol: 'UDP' },
        ],
        readinessProbe: ReadinessProbe.httpGet({ path: '/healthz', port: 'http' }),
        livenessProbe: LivenessProbe.tcpSocket({ port: 'http' }),
      });
      // WHEN it replaces the tutorial's container
      const svc = new ProbedService(chart, 'Web', { name: 'web', container: web, servicePort: 80, replicas: 2 });
      const manifests = synth(chart);
      const [deployment, service] = manifests;
      // THEN the Deployment runs it as it was built, with no probe of the tutorial's
      expect(svc.container).toBe(web);
      expect(deployment.spec.replicas).toBe(2);
      expect(deployment.spec.template.spec.containers).toEqual([web.toJson().container]);
      expect(deployment.spec.template.spec.containers[0].readinessProbe).toEqual({ httpGet: { path: '/healthz', port: 'http' } });
      // and the Service selects its pods and targets its first port, by number
      expect(service.metadata.name).toBe('web');
      expect(service.spec.selector).toEqual({ app: 'web' });
      expect(service.spec.ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
      expect(schemaFindings(manifests)).toEqual([]);
    });

    test('any readiness handler will do, and the Service port defaults to the container port', () => {
      const chart = testChart();
      const worker = Container.of({
        name: 'worker',
        image,
        args: ['netexec', '--http-port=9000'],
        ports: [{ number: 9000 }],
        readinessProbe: ReadinessProbe.exec({ command: ['cat', '/tmp/ready'] }),
      });
      new ProbedService(chart, 'Worker', { name: 'worker', container: worker });
      const [deployment, service] = synth(chart);
      expect(deployment.spec.template.spec.containers[0].readinessProbe).toEqual({ exec: { command: ['cat', '/tmp/ready'] } });
      expect(deployment.spec.template.spec.containers[0]).not.toHaveProperty('livenessProbe');
      expect(service.spec.ports).toEqual([{ port: 9000, targetPort: 9000, protocol: 'TCP' }]);
    });

    test.each([
      [
        'no readiness probe',
        Container.of({ name: 'web', image, ports: [{ number: 8080 }] }),
        ['[test/Web]: container.readinessProbe: Required value: the readiness probe gates the Service: give the container one [sdk-container-of-workload]'],
      ],
      [
        'no port',
        Container.of({ name: 'web', image, readinessProbe: ReadinessProbe.exec({ command: ['true'] }) }),
        ["[test/Web]: container.ports: Required value: the Service targets the container's first port: declare one [sdk-container-of-workload]"],
      ],
      [
        'neither',
        Container.of({ name: 'web', image }),
        [
          '[test/Web]: container.readinessProbe: Required value: the readiness probe gates the Service: give the container one [sdk-container-of-workload]',
          "[test/Web]: container.ports: Required value: the Service targets the container's first port: declare one [sdk-container-of-workload]",
        ],
      ],
    ])('a container with %s is an error naming the construct', (_what, container, messages) => {
      const chart = testChart();
      let error: unknown;
      try {
        new ProbedService(chart, 'Web', { container });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message.split('\n')).toEqual(messages);
      // neither the Deployment nor the Service was built
      expect(chart.node.findAll().filter(c => c.node.path.startsWith('test/Web/'))).toEqual([]);
    });

    test('the options of the tutorial container are an error next to a given container, naming each', () => {
      // GIVEN a container of one's own
      const web = Container.of({ name: 'web', image, ports: [{ number: 8080 }], readinessProbe: ReadinessProbe.exec({ command: ['true'] }) });
      // WHEN options that shape the tutorial container are given too
      // THEN the construct says which are ignored instead of dropping them silently
      expect(() => new ProbedService(testChart(), 'Web', { container: web, image: 'nginx:1.25', port: 80 })).toThrow(
        [
          '[test/Web]: image: Forbidden: the given `container` replaces the tutorial container that this option shapes: set it on the container [sdk-workload-option]',
          '[test/Web]: port: Forbidden: the given `container` replaces the tutorial container that this option shapes: set it on the container [sdk-workload-option]',
        ].join('\n'),
      );
    });
  });
});
