/**
 * The catalogue: the rules of the probe timelines (`timeline`), which read the kubelet's timing
 * out of probe settings: what the apiserver accepts, but what makes a pod restart or serve at the
 * wrong time.
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

const WORKER = 'pkg/kubelet/prober/worker.go';

export const TIMELINE_RULES = {
  'probe-kill-before-start': {
    description:
      'A liveness or startup probe should not be able to kill a container before the start time its pod declares (annotation start-time.cdk8s-pod-patterns/<container>), counting initialDelaySeconds, periodSeconds, failureThreshold and the unknown phase of the probe ticks.',
    origin: 'beyond-apiserver',
    source: `worker.doProbe (${WORKER}); computePodActions (pkg/kubelet/kuberuntime/kuberuntime_manager.go)`,
    severity: 'warning',
    recommendation: 'Add a startupProbe (or raise its failureThreshold) so that its last probe comes after the declared start time.',
  },
  'service-readiness-missing': {
    description:
      "The pods that a Service selects should have a readinessProbe: without one, a pod is in the Service's endpoints as soon as its containers run, before the application answers, and stays there while it does not.",
    origin: 'beyond-apiserver',
    source:
      'manager.UpdatePodStatus (pkg/kubelet/prober/prober_manager.go): a container without readiness probe is ready once started; the EndpointSlice controller (pkg/controller/endpointslice) keeps ready pods',
    severity: 'warning',
    recommendation: 'Add a readinessProbe that passes when the application can serve.',
  },
  'probe-timeout-period': {
    description:
      "A probe's timeoutSeconds should be less than its periodSeconds: the kubelet runs one probe at a time, so probes that time out run back to back, ticks are dropped, and failures are detected later than failureThreshold × periodSeconds.",
    origin: 'beyond-apiserver',
    source: `worker.run and worker.doProbe (${WORKER}): one probe at a time on a time.Ticker`,
    severity: 'warning',
    recommendation: 'Lower timeoutSeconds below periodSeconds, or raise periodSeconds.',
  },
} as const satisfies Record<string, RuleMeta>;
