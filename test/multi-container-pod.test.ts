import { Container, MultiContainerPod, ReadinessProbe } from '../lib';
import { schemaFindings, synth, testChart } from './support';

const agnhost = 'registry.k8s.io/e2e-test-images/agnhost:2.40';
const busybox = 'registry.k8s.io/busybox:1.27.2';

describe('MultiContainerPod', () => {
  const web = () =>
    Container.of({
      name: 'web',
      image: agnhost,
      args: ['netexec', '--http-port=8080'],
      ports: [{ name: 'http', number: 8080 }],
      readinessProbe: ReadinessProbe.httpGet({ path: '/healthz', port: 'http' }),
    });
  const poller = () =>
    Container.of({ name: 'poller', image: busybox, args: ['/bin/sh', '-c', 'while true; do wget -q -O- http://localhost:8080/; sleep 10; done'] });

  test('a main container and a sidecar; process namespace not shared unless asked', () => {
    const chart = testChart();
    new MultiContainerPod(chart, 'Multi', { name: 'multi', main: web(), sidecars: [poller()] });
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [pod] = manifests;
    expect(pod.spec.containers.map((c: { name: string }) => c.name)).toEqual(['web', 'poller']);
    expect(pod.metadata.annotations).toEqual({ 'kubectl.kubernetes.io/default-container': 'web' });
    expect(pod.spec.shareProcessNamespace).toBeUndefined();
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('shareProcessNamespace when asked', () => {
    const chart = testChart();
    new MultiContainerPod(chart, 'Multi', { name: 'multi', main: web(), sidecars: [poller()], shareProcessNamespace: true });
    expect(synth(chart)[0].spec.shareProcessNamespace).toBe(true);
  });

  test('a sidecar listening on the main container port is an error: they share one network namespace', () => {
    const chart = testChart();
    new MultiContainerPod(chart, 'Multi', {
      name: 'multi',
      main: web(),
      sidecars: [Container.of({ name: 'proxy', image: agnhost, ports: [{ name: 'proxy', number: 8080 }] })],
    });
    expect(() => synth(chart)).toThrow(
      `[test/Multi] Pod "multi" (container "proxy"): spec.containers[1].ports[0].containerPort: Duplicate value: 8080: containers[0] ("web") already declares 8080/TCP; the containers of a pod share one network namespace, so only one of them can listen on it`,
    );
  });

  test('the same port number on another protocol is fine', () => {
    const chart = testChart();
    new MultiContainerPod(chart, 'Multi', {
      name: 'multi',
      main: web(),
      sidecars: [Container.of({ name: 'dns', image: busybox, ports: [{ number: 8080, protocol: 'UDP' }] })],
    });
    expect(synth(chart)[0].spec.containers[1].ports).toEqual([{ containerPort: 8080, protocol: 'UDP' }]);
  });
});
