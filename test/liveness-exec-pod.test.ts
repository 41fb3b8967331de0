import { Duration } from 'cdk8s';
import { LivenessExecPod } from '../lib';
import { schemaFindings, synth, testChart } from './support';

describe('LivenessExecPod', () => {
  test('reproduces the tutorial with a writable /tmp for a non-root busybox', () => {
    const chart = testChart();
    new LivenessExecPod(chart, 'LivenessExec');
    const manifests = synth(chart);
    expect(manifests).toMatchSnapshot();
    const [pod] = manifests;
    const [container] = pod.spec.containers;
    expect(pod.metadata).toEqual({ name: 'liveness-exec', labels: { test: 'liveness' } });
    expect(container.image).toBe('registry.k8s.io/busybox:1.27.2');
    expect(container.args).toEqual(['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
    expect(container.livenessProbe).toEqual({ exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 });
    // busybox runs as root by default: here it runs as nobody, and writes only to the emptyDir at /tmp
    expect(container.securityContext).toMatchObject({ runAsUser: 65534, readOnlyRootFilesystem: true });
    expect(container.volumeMounts).toEqual([{ name: 'liveness-tmp', mountPath: '/tmp' }]);
    expect(pod.spec.volumes).toEqual([{ name: 'liveness-tmp', emptyDir: {} }]);
    expect(schemaFindings(manifests)).toEqual([]);
  });

  test('probe timings and the healthy time can be overridden; labels merge', () => {
    const chart = testChart();
    new LivenessExecPod(chart, 'LivenessExec', {
      healthyFor: Duration.minutes(1),
      livenessProbe: { period: Duration.seconds(10), failureThreshold: 2 },
      labels: { team: 'a' },
    });
    const [pod] = synth(chart);
    expect(pod.metadata.labels).toEqual({ test: 'liveness', team: 'a' });
    expect(pod.spec.containers[0].args[2]).toBe('touch /tmp/healthy; sleep 60; rm -f /tmp/healthy; sleep 600');
    expect(pod.spec.containers[0].livenessProbe).toEqual({
      exec: { command: ['cat', '/tmp/healthy'] },
      initialDelaySeconds: 5,
      periodSeconds: 10,
      failureThreshold: 2,
    });
  });

  test('a sub-second healthy time is an error', () => {
    expect(() => new LivenessExecPod(testChart(), 'LivenessExec', { healthyFor: Duration.millis(1500) })).toThrow(
      '[test/LivenessExec] LivenessExecPod: healthyFor: Invalid value: 1 second 500 millis: must be a whole number of seconds, 1 second or more [sdk-whole-seconds]',
    );
  });
});

test('an option passed explicitly as undefined keeps the default', () => {
  const chart = testChart();
  new LivenessExecPod(chart, 'LivenessExec', { livenessProbe: { initialDelay: undefined, failureThreshold: 2 } });
  expect(synth(chart)[0].spec.containers[0].livenessProbe).toEqual({
    exec: { command: ['cat', '/tmp/healthy'] },
    initialDelaySeconds: 5,
    periodSeconds: 5,
    failureThreshold: 2,
  });
});
