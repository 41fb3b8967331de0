/**
 * Examples of the rules of the catalogue's `batch` part.
 */
import { BATCH_RULES } from '../../lib/engine/catalogue/batch';
import { check, Example, IMAGE, job, M } from './support';

/** A Job with these spec fields (besides its pod template), and this pod spec. */
function jobWith(spec: M, metadata: M = {}, podSpec: M = {}): M {
  const j = job(podSpec);
  return { ...j, metadata: { ...j.metadata, ...metadata }, spec: { ...j.spec, ...spec } };
}

/** A CronJob that runs every night, with these spec fields. */
function cronJob(spec: M = {}, metadata: M = {}): M {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', ...metadata },
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'app', image: IMAGE }] } } } },
      ...spec,
    },
  };
}

const exitCodes = (onExitCodes: M): M => ({ podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes }] } });

export const BATCH_EXAMPLES = {
  'job-generated-selector': () => check(jobWith({ selector: { matchLabels: { app: 'once' } } })),
  'job-name-label': () => check(jobWith({}, { name: `import-${'x'.repeat(60)}` })),
  'job-completion-mode': () => check(jobWith({ completionMode: 'Indexed', parallelism: 3 })),
  'job-indexed-hostname': () => check(jobWith({ completionMode: 'Indexed', completions: 10 }, { name: `shard-${'x'.repeat(56)}` })),
  'job-pod-failure-policy': () => check(jobWith({ podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [42] } }] } })),
  'job-pod-failure-policy-exit-codes': () => check(jobWith(exitCodes({ operator: 'In', values: [0, 3, 1] }))),
  'job-pod-failure-policy-conditions': () =>
    check(
      cronJob({
        jobTemplate: {
          spec: { podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] }, template: job({}).spec.template },
        },
      }),
    ),
  'job-pod-failure-policy-restart-policy': () => check(jobWith(exitCodes({ operator: 'In', values: [42] }), {}, { restartPolicy: 'OnFailure' })),
  'job-name-dns-label': () => check(jobWith({}, { name: 'reports.daily' })),
  'cronjob-name-length': () => check(cronJob({}, { name: `nightly-backup-of-the-customer-database-${'x'.repeat(20)}` })),
  'cronjob-schedule': () => check(cronJob({ schedule: '61 * * * *' })),
  'cronjob-time-zone': () => check(cronJob({ timeZone: 'Europe/Pariss' })),
  'cronjob-concurrency-policy': () => check(cronJob({ concurrencyPolicy: 'Skip' })),
  'cronjob-job-template-selector': () => check(cronJob({ jobTemplate: { spec: { ...cronJob().spec.jobTemplate.spec, manualSelector: true } } })),
} satisfies Record<keyof typeof BATCH_RULES, Example>;
