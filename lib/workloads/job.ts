/**
 * Jobs: pods of typed containers that run to completion. The apiserver generates a Job's selector,
 * so a Job writes none; its pods still carry the selector labels, by which a Service or a budget
 * can select them.
 *
 * @packageDocumentation
 */
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkConstructArguments } from '../objects/construct-arguments';
import { withoutUndefined } from '../values/json';
import { JobSpellings } from './spellings';
import { PodTemplateJson, Workload, WorkloadProps } from './workload';

/** When the kubelet restarts a Job's containers, spelled as Kubernetes spells it (a Job's pods never restart `Always`). */
export type JobRestartPolicy = 'Never' | 'OnFailure';

/** How a Job counts its completions, spelled as Kubernetes spells it. */
export type CompletionMode = 'NonIndexed' | 'Indexed';

/** The options of a Job, which a CronJob's Jobs take too; the manifest's spellings of them are errors that say what to write. */
export interface JobOptions extends JobSpellings {
  /**
   * When a failed container is restarted: `'Never'` makes a new pod (counted against
   * `backoffLimit`), `'OnFailure'` restarts it in the same pod.
   *
   * @default 'Never'
   */
  readonly restartPolicy?: JobRestartPolicy;
  /**
   * How many pods must succeed.
   *
   * @default - not emitted; 1, or, with `parallelism` and no completions, until one pod succeeds
   */
  readonly completions?: number;
  /**
   * How many pods run at once.
   *
   * @default - not emitted; Kubernetes uses 1
   */
  readonly parallelism?: number;
  /**
   * How many retries before the Job fails.
   *
   * @default - not emitted; Kubernetes uses 6
   */
  readonly backoffLimit?: number;
  /**
   * How long the Job may run, retries included, before its pods are stopped and it fails.
   *
   * @default - not emitted; no deadline
   */
  readonly activeDeadline?: Duration;
  /**
   * How long a finished Job is kept before it is deleted, with its pods.
   *
   * @default - not emitted; kept until deleted
   */
  readonly ttlAfterFinished?: Duration;
  /**
   * `'Indexed'` gives each pod an index (0 to completions - 1) in the annotation
   * `batch.kubernetes.io/job-completion-index` and its hostname.
   *
   * @default - not emitted; Kubernetes uses 'NonIndexed'
   */
  readonly completionMode?: CompletionMode;
}

/** Properties of a {@link Job}. */
export interface JobProps<N extends string> extends WorkloadProps<N>, JobOptions {
  /**
   * Whether the Job is created suspended: no pod runs until it is resumed.
   *
   * @default - not emitted; the Job starts
   */
  readonly suspend?: boolean;
}

/** The restart policy of the pods of a Job (a JavaScript caller's other value is rejected by the check of the props). */
export function jobRestartPolicy(options: JobOptions): JobRestartPolicy {
  return options.restartPolicy ?? 'Never';
}

/** A Job's spec as a manifest writes it, without a selector (the apiserver generates it). */
export function jobSpec(options: JobOptions, template: PodTemplateJson): Record<string, unknown> {
  return withoutUndefined({
    completions: options.completions,
    parallelism: options.parallelism,
    backoffLimit: options.backoffLimit,
    activeDeadlineSeconds: options.activeDeadline?.toSeconds(),
    ttlSecondsAfterFinished: options.ttlAfterFinished?.toSeconds(),
    completionMode: options.completionMode,
    template,
  });
}

/** The counts of a Job, which must be whole numbers. */
export function jobCounts(options: JobOptions): Record<string, number | undefined> {
  return { completions: options.completions, parallelism: options.parallelism, backoffLimit: options.backoffLimit };
}

/**
 * A Job of typed containers, whose pods run to completion. Its pods carry its selector labels;
 * its selector is the apiserver's.
 *
 * @example
 * new Job(chart, 'Migrate', { name: 'migrate', containers: [migrate], backoffLimit: 2, ttlAfterFinished: Duration.hours(1) });
 */
export class Job<N extends string = string> extends Workload<N> {
  public constructor(scope: Construct, id: string, props: JobProps<N>) {
    checkConstructArguments('Job', scope, id, props);
    const restartPolicy = jobRestartPolicy(props);
    super(
      scope,
      id,
      { apiVersion: 'batch/v1', kind: 'Job', restartPolicy },
      props,
      (_selector, template) => withoutUndefined({ ...jobSpec(props, template), suspend: props.suspend }),
      jobCounts(props),
    );
  }
}
