import { Cron, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { applyTypedProbes, LivenessProbe, ReadinessProbe, StartupProbe } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('applyTypedProbes on cdk8s-plus-27 workloads', () => {
  test('a kplus.Deployment container gets a named-port liveness probe with headers, and a startup budget', () => {
    // GIVEN a plain cdk8s-plus-27 Deployment
    const chart = testChart();
    const deployment = new kplus.Deployment(chart, 'Web', { replicas: 2 });
    const web = deployment.addContainer({
      name: 'web',
      image: 'registry.k8s.io/e2e-test-images/agnhost:2.40',
      args: ['netexec'],
      ports: [{ number: 8080, name: 'http' }],
    });
    // WHEN it is given typed probes that cdk8s-plus-27 cannot express
    applyTypedProbes(deployment, web, {
      liveness: LivenessProbe.httpGet({ path: '/healthz', port: 'http', headers: { 'X-Probe': 'liveness' }, terminationGracePeriod: Duration.seconds(10) }),
      readiness: ReadinessProbe.grpc({ port: 9090, service: 'ready' }),
      startup: StartupProbe.httpGet({ path: '/healthz', port: 'http', budget: Duration.minutes(5), period: Duration.seconds(10) }),
    });
    // THEN
    const manifests = synth(chart);
    const deploymentManifest = manifests.find(m => m.kind === 'Deployment');
    const [container] = deploymentManifest.spec.template.spec.containers;
    expect(container.livenessProbe).toEqual({
      httpGet: { path: '/healthz', port: 'http', httpHeaders: [{ name: 'X-Probe', value: 'liveness' }] },
      terminationGracePeriodSeconds: 10,
    });
    expect(container.readinessProbe).toEqual({ grpc: { port: 9090, service: 'ready' } });
    // replaces the TCP startup probe that cdk8s-plus-27 adds on its own
    expect(container.startupProbe).toEqual({ httpGet: { path: '/healthz', port: 'http' }, failureThreshold: 30, periodSeconds: 10 });
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('works on kplus.Pod and kplus.CronJob, and leaves other containers alone', () => {
    const chart = testChart();
    const pod = new kplus.Pod(chart, 'Pod');
    pod.addContainer({ name: 'first', image: 'busybox:1.36', portNumber: 80 });
    const second = pod.addContainer({ name: 'second', image: 'busybox:1.36' });
    applyTypedProbes(pod, second, { liveness: LivenessProbe.exec({ command: ['true'] }) });
    const cron = new kplus.CronJob(chart, 'Cron', { schedule: Cron.daily() });
    const job = cron.addContainer({ name: 'job', image: 'busybox:1.36' });
    applyTypedProbes(cron, job, { readiness: ReadinessProbe.exec({ command: ['true'] }) });
    const manifests = synth(chart);
    const podManifest = manifests.find(m => m.kind === 'Pod');
    expect(podManifest.spec.containers[1].livenessProbe).toEqual({ exec: { command: ['true'] } });
    expect(podManifest.spec.containers[0].livenessProbe).toBeUndefined();
    const cronManifest = manifests.find(m => m.kind === 'CronJob');
    expect(cronManifest.spec.jobTemplate.spec.template.spec.containers[0].readinessProbe).toEqual({ exec: { command: ['true'] } });
  });

  test('a probe port name the kplus container does not declare is an error', () => {
    const chart = testChart();
    const deployment = new kplus.Deployment(chart, 'Web');
    const web = deployment.addContainer({ name: 'web', image: 'nginx:1.25', ports: [{ number: 8080, name: 'http' }] });
    expect(() => applyTypedProbes(deployment, web, { liveness: LivenessProbe.httpGet({ path: '/', port: 'htp' }) })).toThrow(
      `[test/Web] container "web": livenessProbe.port: Invalid value: "htp": must name a port declared in this container's ports ("http"); the kubelet cannot resolve it and the probe fails; did you mean "http"? [probe-port-declared]`,
    );
  });

  test('a container of another workload is an error', () => {
    const chart = testChart();
    const a = new kplus.Deployment(chart, 'A');
    const b = new kplus.Deployment(chart, 'B');
    const other = b.addContainer({ name: 'other', image: 'nginx:1.25' });
    expect(() => applyTypedProbes(a, other, { liveness: LivenessProbe.exec({ command: ['true'] }) })).toThrow(
      '[test/A]: container: Invalid value: "other": is not a container of this workload (init containers cannot have probes) [sdk-container-of-workload]',
    );
  });
});
