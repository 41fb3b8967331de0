import * as kplus from 'cdk8s-plus-27';
import { KplusPods, Service, validateManifests } from '../lib';
import { schemaFindings, synth, testChart } from './support';

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

/** A cdk8s-plus-27 Deployment whose container declares the ports `http` (8080) and `metrics` (9090). */
function webDeployment(chart: ReturnType<typeof testChart>, props: kplus.DeploymentProps = {}): kplus.Deployment {
  const web = new kplus.Deployment(chart, 'Web', props);
  web.addContainer({
    name: 'web',
    image: AGNHOST,
    args: ['netexec', '--http-port=8080'],
    ports: [
      { number: 8080, name: 'http' },
      { number: 9090, name: 'metrics' },
    ],
  });
  return web;
}

describe('a Service of this library for a cdk8s-plus-27 workload (KplusPods)', () => {
  test('selects the pods of a kplus.Deployment by its selector labels, and targets its ports by name', () => {
    // GIVEN a plain cdk8s-plus-27 Deployment
    const chart = testChart();
    const web = webDeployment(chart, { metadata: { namespace: 'shop' } });
    // WHEN a typed Service exposes two of its named ports
    const pods = KplusPods.of(web, ['http', 'metrics']);
    const service = new Service(chart, 'WebService', {
      selector: pods,
      ports: [
        { name: 'http', port: 80, targetPort: 'http' },
        { name: 'metrics', port: 9090, targetPort: 'metrics' },
      ],
    });
    const manifests = synth(chart);
    const deployment = manifests.find(m => m.kind === 'Deployment');
    const serviceManifest = manifests.find(m => m.kind === 'Service');
    // THEN the Service selects exactly the Deployment's pods, in its namespace, under its name
    expect(pods.kind).toBe('Deployment');
    expect(pods.name).toBe(web.name);
    expect(service.serviceName).toBe(web.name);
    expect(serviceManifest.metadata.namespace).toBe('shop');
    expect(serviceManifest.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(Object.keys(serviceManifest.spec.selector).length).toBeGreaterThan(0);
    expect(deployment.spec.template.metadata.labels).toMatchObject(serviceManifest.spec.selector);
    expect(serviceManifest.spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
      { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
    ]);
    expect(pods.ports).toEqual([
      { number: 8080, name: 'http', protocol: 'TCP' },
      { number: 9090, name: 'metrics', protocol: 'TCP' },
    ]);
    // and the engine, with its cross-object rules, finds nothing to say: the selector matches the
    // pod template, whose containers declare both target ports
    expect(validateManifests(manifests, { crossObject: true })).toEqual([]);
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('the cross-object rules do read these manifests: a target port the pods do not declare is an error', () => {
    // a control for the test above: the same manifests, with the Service's target port misspelt by hand
    const chart = testChart();
    new Service(chart, 'WebService', { selector: KplusPods.of(webDeployment(chart), ['http']), ports: [{ port: 80, targetPort: 'http' }] });
    const manifests = synth(chart);
    const serviceManifest = manifests.find(m => m.kind === 'Service');
    const misspelt = { ...serviceManifest, spec: { ...serviceManifest.spec, ports: [{ port: 80, targetPort: 'htp', protocol: 'TCP' }] } };
    const findings = validateManifests(
      manifests.map(m => (m === serviceManifest ? misspelt : m)),
      { crossObject: true },
    );
    expect(findings.map(f => f.rule)).toEqual(['service-target-port-declared']);
  });

  test('selects a kplus.Pod by its labels, and carries the ports’ protocols', () => {
    const chart = testChart();
    const pod = new kplus.Pod(chart, 'Dns');
    pod.addContainer({ name: 'dns', image: AGNHOST, args: ['dns-server'], ports: [{ number: 53, name: 'dns', protocol: kplus.Protocol.UDP }] });
    const pods = KplusPods.of(pod, ['dns']);
    new Service(chart, 'DnsService', { selector: pods, ports: [{ port: 53, targetPort: 'dns', protocol: 'UDP' }] });
    const manifests = synth(chart);
    const podManifest = manifests.find(m => m.kind === 'Pod');
    const serviceManifest = manifests.find(m => m.kind === 'Service');
    expect(pods.kind).toBe('Pod');
    expect(serviceManifest.spec.selector).toEqual(podManifest.metadata.labels);
    expect(serviceManifest.spec.ports).toEqual([{ port: 53, targetPort: 'dns', protocol: 'UDP' }]);
    expect(validateManifests(manifests, { crossObject: true })).toEqual([]);
    // the name is declared for UDP only: a TCP port of the Service cannot target it
    expect(() => new Service(chart, 'TcpService', { selector: pods, ports: [{ port: 53, targetPort: 'dns' }] })).toThrow('[service-target-port-declared]');
  });

  test('without port names, only port numbers are targets', () => {
    const chart = testChart();
    const pods = KplusPods.of(webDeployment(chart));
    expect(pods.portNames).toEqual([]);
    new Service(chart, 'WebService', { selector: pods, ports: [{ port: 80, targetPort: 8080 }] });
    const manifests = synth(chart);
    expect(manifests.find(m => m.kind === 'Service').spec.ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
    expect(validateManifests(manifests, { crossObject: true })).toEqual([]);
  });

  test('the ports are read when the Service is built: a container added later is reached by number', () => {
    const chart = testChart();
    const web = webDeployment(chart);
    const pods = KplusPods.of(web, ['http']);
    web.addContainer({ name: 'admin', image: AGNHOST, args: ['netexec', '--http-port=8081'], ports: [{ number: 8081, name: 'admin' }] });
    expect(pods.ports.map(p => p.name)).toEqual(['http', 'metrics', 'admin']);
    new Service(chart, 'Admin', { selector: pods, ports: [{ port: 8081 }] });
    expect(validateManifests(synth(chart), { crossObject: true })).toEqual([]);
  });

  test('a port name the containers do not declare throws, naming the workload and the names they declare', () => {
    const chart = testChart();
    const web = webDeployment(chart);
    expect(() => KplusPods.of(web, ['http', 'metric'])).toThrow(
      `[test/Web]: portNames[1]: Invalid value: "metric": Deployment "${web.name}" declares no port of that name (its containers declare "http", "metrics"); did you mean "metrics"? [service-target-port-declared]`,
    );
    // every undeclared name is reported at once
    expect(() => KplusPods.of(web, ['web', 'http', 'admin'])).toThrow(/portNames\[0\]: Invalid value: "web".*\n.*portNames\[2\]: Invalid value: "admin"/);
  });

  test('a workload without named ports says so', () => {
    const chart = testChart();
    const worker = new kplus.Deployment(chart, 'Worker');
    worker.addContainer({ name: 'worker', image: AGNHOST, portNumber: 8080 });
    expect(() => KplusPods.of(worker, ['http'])).toThrow(
      `[test/Worker]: portNames[0]: Invalid value: "http": Deployment "${worker.name}" declares no port of that name (its containers declare no named port) [service-target-port-declared]`,
    );
  });

  test('a workload that selects its pods by no label cannot be a Service’s selector', () => {
    const chart = testChart();
    const web = webDeployment(chart, { select: false });
    expect(() => new Service(chart, 'WebService', { selector: KplusPods.of(web, ['http']), ports: [{ port: 80, targetPort: 'http' }] })).toThrow(
      `[test/WebService]: selector: Required value: Deployment "${web.name}" has no labels to select its pods by [service-selector]`,
    );
  });
});
