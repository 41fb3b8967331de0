/**
 * The timing settings of a container's probes and of its pod, as the kubelet uses them: read from
 * plain JSON with the API's defaults (`SetDefaults_Probe`, `SetDefaults_PodSpec`,
 * pkg/apis/core/v1/defaults.go). A value that the apiserver would reject (a period of 0, a negative
 * delay, a string) counts as its default: `check` reports it.
 *
 * @packageDocumentation
 */
import { START_TIME_PREFIX } from '../policy/best-practices';
import { isObject, JsonObject } from '../values/json';

/** The kinds of probe, in the order the kubelet creates their workers. */
export type TimelineProbeKind = 'startupProbe' | 'readinessProbe' | 'livenessProbe';

/** The timing of one probe, defaults applied. */
export interface ProbeSettings {
  /** `initialDelaySeconds` (0 when not set). */
  readonly initialDelaySeconds: number;
  /** `periodSeconds` (10 when not set). */
  readonly periodSeconds: number;
  /** `timeoutSeconds` (1 when not set). */
  readonly timeoutSeconds: number;
  /** `successThreshold` (1 when not set; liveness and startup probes must keep 1). */
  readonly successThreshold: number;
  /** `failureThreshold` (3 when not set). */
  readonly failureThreshold: number;
  /** The probe's own `terminationGracePeriodSeconds`, or `null` when it has none (liveness and startup probes only). */
  readonly terminationGracePeriodSeconds: number | null;
}

/** The timing settings of one container and its pod. */
export interface ContainerSettings {
  /** The container's startup probe, or `null`. */
  readonly startupProbe: ProbeSettings | null;
  /** The container's readiness probe, or `null`. */
  readonly readinessProbe: ProbeSettings | null;
  /** The container's liveness probe, or `null`. */
  readonly livenessProbe: ProbeSettings | null;
  /** The pod's `terminationGracePeriodSeconds` (30 when not set). */
  readonly podTerminationGracePeriodSeconds: number;
  /** The pod's `restartPolicy` (`Always` when not set). */
  readonly restartPolicy: 'Always' | 'OnFailure' | 'Never';
  /**
   * When the application answers, in seconds after the container starts: the start time the pod
   * declares (annotation `start-time.cdk8s-pod-patterns/<container>`), or `null` when it declares
   * none (the model then takes 0: the application answers as soon as it runs).
   */
  readonly declaredStartSeconds: number | null;
}

/** `SetDefaults_Probe` (pkg/apis/core/v1/defaults.go). */
const PROBE_DEFAULTS = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

/** `v1.DefaultTerminationGracePeriodSeconds`. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;

const WHOLE_SECONDS = /^[0-9]{1,9}$/;

function whole(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;
}

/** The timing of a probe's JSON, defaults applied; `null` when there is no probe (or it is not an object). */
export function probeSettings(probe: unknown): ProbeSettings | null {
  if (!isObject(probe)) return null;
  return {
    initialDelaySeconds: whole(probe.initialDelaySeconds, 0) ?? 0,
    periodSeconds: whole(probe.periodSeconds, 1) ?? PROBE_DEFAULTS.periodSeconds,
    timeoutSeconds: whole(probe.timeoutSeconds, 1) ?? PROBE_DEFAULTS.timeoutSeconds,
    successThreshold: whole(probe.successThreshold, 1) ?? PROBE_DEFAULTS.successThreshold,
    failureThreshold: whole(probe.failureThreshold, 1) ?? PROBE_DEFAULTS.failureThreshold,
    terminationGracePeriodSeconds: whole(probe.terminationGracePeriodSeconds, 1) ?? null,
  };
}

/**
 * The timing settings of container `container` (its JSON) of a pod template (`{ metadata, spec }`:
 * a Pod manifest, or a workload's `spec.template`). Never throws: what is not an object counts as
 * empty.
 */
export function containerSettings(template: unknown, container: unknown): ContainerSettings {
  const pod: JsonObject = isObject(template) ? template : {};
  const c: JsonObject = isObject(container) ? container : {};
  const spec = isObject(pod.spec) ? pod.spec : {};
  const meta = isObject(pod.metadata) ? pod.metadata : {};
  const annotations = isObject(meta.annotations) ? meta.annotations : {};
  const declared = typeof c.name === 'string' ? annotations[START_TIME_PREFIX + c.name] : undefined;
  const policy = spec.restartPolicy;
  return {
    startupProbe: probeSettings(c.startupProbe),
    readinessProbe: probeSettings(c.readinessProbe),
    livenessProbe: probeSettings(c.livenessProbe),
    podTerminationGracePeriodSeconds: whole(spec.terminationGracePeriodSeconds, 0) ?? DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS,
    restartPolicy: policy === 'OnFailure' || policy === 'Never' ? policy : 'Always',
    declaredStartSeconds: typeof declared === 'string' && WHOLE_SECONDS.test(declared) ? Number(declared) : null,
  };
}
