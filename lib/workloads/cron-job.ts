/**
 * CronJobs: Jobs of typed containers on a schedule (cdk8s' `Cron`), in a time zone.
 *
 * @packageDocumentation
 */
import { Cron, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkConstructArguments } from '../objects/construct-arguments';
import { withoutUndefined } from '../values/json';
import { CronJobSpellings } from './spellings';
import { JobOptions, jobCounts, jobRestartPolicy, jobSpec } from './job';
import { Workload, WorkloadProps } from './workload';

/** What a CronJob does when a run is due while the last one still runs, spelled as Kubernetes spells it. */
export type ConcurrencyPolicy = 'Allow' | 'Forbid' | 'Replace';

/** Properties of a {@link CronJob}: its schedule, and the options of its Jobs. */
export interface CronJobProps<N extends string> extends WorkloadProps<N>, JobOptions, CronJobSpellings {
  /** When a Job is created: `Cron.daily()`, `new Cron({ minute: '0', hour: '3' })`. */
  readonly schedule: Cron;
  /**
   * The IANA time zone of the schedule (`Europe/Berlin`).
   *
   * @default - not emitted; the time zone of the kube-controller-manager
   */
  readonly timeZone?: string;
  /**
   * What happens when a run is due while the last one still runs: run both, skip the new one, or
   * replace the old one.
   *
   * @default - not emitted; Kubernetes uses 'Allow'
   */
  readonly concurrencyPolicy?: ConcurrencyPolicy;
  /**
   * How late a missed run may still start (after the controller was down, say); later, it is skipped.
   *
   * @default - not emitted; no deadline
   */
  readonly startingDeadline?: Duration;
  /**
   * How many successful Jobs to keep.
   *
   * @default - not emitted; Kubernetes keeps 3
   */
  readonly successfulJobsHistoryLimit?: number;
  /**
   * How many failed Jobs to keep.
   *
   * @default - not emitted; Kubernetes keeps 1
   */
  readonly failedJobsHistoryLimit?: number;
  /**
   * Whether the schedule is suspended: no new Job is created until it is resumed.
   *
   * @default - not emitted; the schedule runs
   */
  readonly suspend?: boolean;
}

/**
 * A CronJob of typed containers. Its Jobs' pods carry its selector labels; the schedule and the
 * time zone are checked as Kubernetes checks them.
 *
 * @example
 * new CronJob(chart, 'Report', { name: 'report', schedule: Cron.daily(), timeZone: 'Europe/Berlin', containers: [report] });
 */
export class CronJob<N extends string = string> extends Workload<N> {
  public constructor(scope: Construct, id: string, props: CronJobProps<N>) {
    checkConstructArguments('CronJob', scope, id, props);
    const restartPolicy = jobRestartPolicy(props);
    super(
      scope,
      id,
      { apiVersion: 'batch/v1', kind: 'CronJob', restartPolicy },
      props,
      (selector, template) =>
        withoutUndefined({
          schedule: props.schedule.expressionString,
          timeZone: props.timeZone,
          concurrencyPolicy: props.concurrencyPolicy,
          startingDeadlineSeconds: props.startingDeadline?.toSeconds(),
          successfulJobsHistoryLimit: props.successfulJobsHistoryLimit,
          failedJobsHistoryLimit: props.failedJobsHistoryLimit,
          suspend: props.suspend,
          jobTemplate: { metadata: { labels: { ...props.labels, ...selector } }, spec: jobSpec(props, template) },
        }),
      { ...jobCounts(props), successfulJobsHistoryLimit: props.successfulJobsHistoryLimit, failedJobsHistoryLimit: props.failedJobsHistoryLimit },
    );
  }
}
