/**
 * The manifest's spellings of pods and workloads, which users copy from YAML (`spec`, `template`,
 * `selector`, the `...Seconds` fields): keys that the props declare only to reject them, each typed
 * as the message that says what to write instead (see `probes/spellings.ts`). The run-time check
 * of the props gives the same advice.
 *
 * @packageDocumentation
 */

/** The manifest's fields of a pod spec: each is an error that says what to write instead. */
export interface PodTemplateSpellings {
  /** Not a prop: a manifest's field. The props are the spec's fields (`containers`, `replicas`, ...): the SDK writes the spec. */
  readonly spec?: "error: give the spec's fields as props (containers: [Container.of({ ... })], replicas, ...): the SDK writes the spec";
  /** Not a prop: a manifest's field. Write `terminationGracePeriod: Duration.seconds(n)`. */
  readonly terminationGracePeriodSeconds?: 'error: write terminationGracePeriod: Duration.seconds(n)';
  /** Not a prop: a manifest's field. Containers mount volumes (`mounts: [{ volume, path }]`); the pod gets every volume its containers mount. */
  readonly volumes?: 'error: containers mount volumes (mounts: [{ volume, path }]); the pod gets every volume its containers mount';
  /** Not a prop: a manifest's field. A pod is secure by default; give `fsGroup`, or an exemption with its reason. */
  readonly securityContext?: 'error: pods are secure by default; set fsGroup, or give exemptions: { hostNetwork: { reason }, ... }';
  /** Not a prop: a manifest's field. Write `serviceAccount: ServiceAccount.external(name)`, or give the `ServiceAccount`. */
  readonly serviceAccountName?: 'error: write serviceAccount: ServiceAccount.external(name), or give the ServiceAccount';
}

/** The manifest's fields of a workload's spec that the props replace: each is an error that says what to write instead. */
export interface WorkloadSpellings {
  /** Not a prop: a manifest's field. The pod's containers and options are props of the workload: the SDK writes the template. */
  readonly template?: "error: give the pod's containers and options as props (containers: [Container.of({ ... })]): the SDK writes the template";
  /** Not a prop: a manifest's field. Write `selectorLabels`: the SDK writes the selector and the pod labels from them. */
  readonly selector?: "error: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them";
  /** Not a prop: a manifest's field. Write `selectorLabels`: the SDK writes the selector and the pod labels from them. */
  readonly matchLabels?: "error: write selectorLabels: { app: 'web' }; the SDK writes the selector and the pod labels from them";
}

/** The manifest's spelling of how long a new pod must be ready: an error that says what to write instead. */
export interface MinReadySpellings {
  /** Not a prop: a manifest's field. Write `minReady: Duration.seconds(n)`. */
  readonly minReadySeconds?: 'error: write minReady: Duration.seconds(n)';
}

/** The manifest's spelling of a Deployment's progress deadline: an error that says what to write instead. */
export interface DeploymentSpellings extends MinReadySpellings {
  /** Not a prop: a manifest's field. Write `progressDeadline: Duration.seconds(n)`. */
  readonly progressDeadlineSeconds?: 'error: write progressDeadline: Duration.seconds(n)';
}

/** The manifest's spellings of a Job's durations: errors that say what to write instead. */
export interface JobSpellings {
  /** Not a prop: a manifest's field. Write `activeDeadline: Duration.seconds(n)`. */
  readonly activeDeadlineSeconds?: 'error: write activeDeadline: Duration.seconds(n)';
  /** Not a prop: a manifest's field. Write `ttlAfterFinished: Duration.seconds(n)`. */
  readonly ttlSecondsAfterFinished?: 'error: write ttlAfterFinished: Duration.seconds(n)';
}

/** The manifest's spellings of a CronJob: errors that say what to write instead. */
export interface CronJobSpellings {
  /** Not a prop: a manifest's field. Write `startingDeadline: Duration.seconds(n)`. */
  readonly startingDeadlineSeconds?: 'error: write startingDeadline: Duration.seconds(n)';
  /** Not a prop: a manifest's field. The Jobs' containers and options are props of the CronJob: the SDK writes the jobTemplate. */
  readonly jobTemplate?: "error: give the Jobs' containers and options as props (containers, backoffLimit, ...): the SDK writes the jobTemplate";
}
