/**
 * The catalogue: Jobs and CronJobs (`pkg/apis/batch/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

const BATCH_VALIDATION = 'pkg/apis/batch/validation/validation.go';

export const BATCH_RULES = {
  'job-generated-selector': {
    description:
      'Without manualSelector the apiserver writes the selector and the controller-uid and job-name labels (and their batch.kubernetes.io/ forms): a template label of these keys must hold the value it would get, and a selector may only select these labels.',
    origin: 'apiserver',
    source: `validateGeneratedSelector (${BATCH_VALIDATION}); generateSelector (pkg/registry/batch/job/strategy.go)`,
    severity: 'error',
  },
  'job-name-label': {
    description:
      'Without manualSelector the name of a Job becomes the value of the job-name labels of its pod template, so it must be a valid label value (at most 63 characters).',
    origin: 'apiserver',
    source: 'generateSelector (pkg/registry/batch/job/strategy.go), then ValidatePodTemplateSpec (pkg/apis/core/validation/validation.go)',
    severity: 'error',
  },
  'job-completion-mode': {
    description: 'completionMode is NonIndexed or Indexed; an Indexed Job needs completions and a parallelism of at most 100000.',
    origin: 'apiserver',
    source: `validateJobSpec (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-indexed-hostname': {
    description: 'The pods of an Indexed Job are named <job name>-<index>: that name, for the last index, must be a DNS-1123 label.',
    origin: 'apiserver',
    source: `ValidateJob (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-pod-failure-policy': {
    description:
      'A podFailurePolicy has at most 20 rules; each rule has the action Count, FailJob or Ignore, and exactly one of onExitCodes and onPodConditions.',
    origin: 'apiserver',
    source: `validatePodFailurePolicy, validatePodFailurePolicyRule (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-pod-failure-policy-exit-codes': {
    description:
      'onExitCodes has the operator In or NotIn, names a container of the template if it names one, and lists 1 to 255 exit codes, sorted, without repeats, and without 0 for In.',
    origin: 'apiserver',
    source: `validatePodFailurePolicyRuleOnExitCodes (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-pod-failure-policy-conditions': {
    description:
      'onPodConditions has at most 20 patterns, each with a condition type that is a qualified name and a status of True, False or Unknown (a CronJob must set it).',
    origin: 'apiserver',
    source: `validatePodFailurePolicyRuleOnPodConditions (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-pod-failure-policy-restart-policy': {
    description: 'A Job with a podFailurePolicy must have the restartPolicy Never.',
    origin: 'apiserver',
    source: `validateJobSpec (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'job-name-dns-label': {
    description: 'The name of a Job or CronJob should be a DNS-1123 label: it is the start of the names and hostnames of its pods.',
    origin: 'apiserver-warning',
    source: 'WarningsOnCreate (pkg/registry/batch/job/strategy.go, pkg/registry/batch/cronjob/strategy.go)',
    severity: 'warning',
  },
  'cronjob-name-length': {
    description: 'The name of a CronJob has at most 52 characters: its Jobs are named after it with an 11-character suffix.',
    origin: 'apiserver',
    source: `ValidateCronJobCreate (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'cronjob-schedule': {
    description:
      'schedule is a standard cron expression (5 fields, or @hourly, @daily, @every 90s...) as robfig/cron v3 parses it, without TZ= or CRON_TZ= when timeZone is set.',
    origin: 'apiserver',
    source: `validateScheduleFormat (${BATCH_VALIDATION}); ParseStandard (github.com/robfig/cron/v3 v3.0.1 parser.go)`,
    severity: 'error',
  },
  'cronjob-time-zone': {
    description: 'timeZone is a time zone of the IANA database, such as Europe/Berlin or Etc/UTC (not Local).',
    origin: 'apiserver',
    source: `validateTimeZone (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'cronjob-concurrency-policy': {
    description: 'concurrencyPolicy is Allow, Forbid or Replace.',
    origin: 'apiserver',
    source: `validateConcurrencyPolicy (${BATCH_VALIDATION})`,
    severity: 'error',
  },
  'cronjob-job-template-selector': {
    description: 'The Job template of a CronJob sets neither selector nor manualSelector: true (the selector of its Jobs is generated).',
    origin: 'apiserver',
    source: `ValidateJobTemplateSpec (${BATCH_VALIDATION})`,
    severity: 'error',
  },
} as const satisfies Record<string, RuleMeta>;
