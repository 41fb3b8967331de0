/**
 * CronJobs: `ValidateCronJobCreate` of `pkg/apis/batch/validation` (1.27) on the CronJob after the
 * batch/v1 defaults (concurrencyPolicy Allow, suspend false, history limits 3 and 1). The job
 * template's spec is validated as a Job's spec, without the Job defaults (they are not applied to
 * a template in 1.27) and without the selector checks (its Jobs get generated selectors). (The
 * pod template itself is checked by the pod rules.)
 *
 * @packageDocumentation
 */
import { isObject } from '../../../values/json';
import { Path } from '../../../values/path';
import { ObjectRule } from '../object-rule';
import { checkNonNegative } from '../counts';
import { cronScheduleError } from './cron';
import { absent, checkJobSpec } from './job-spec';
import { objectNameOf, warnNameNotDnsLabel } from './object-name';
import { ianaZoneNames, timeZoneErrors } from './time-zone';
import { suggest } from '../../../values/suggest';

/** 63 characters of a Job name, less the 11 of the `-<minutes since epoch>` suffix of its Jobs. */
const NAME_MAX = 52;
const CONCURRENCY_POLICIES: readonly string[] = ['Allow', 'Forbid', 'Replace'];
const SCHEDULE: Path = ['spec', 'schedule'];
const JOB_SPEC: Path = ['spec', 'jobTemplate', 'spec'];

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** `ValidateCronJobCreate` beyond the metadata and the pod template. */
export const checkCronJob: ObjectRule = (r, manifest) => {
  const raw = manifest.spec;
  if (!absent(raw) && !isObject(raw)) return;
  const spec = isObject(raw) ? raw : {};
  const { schedule, timeZone } = spec;
  if (schedule === '' || absent(raw)) {
    // an absent schedule in a spec is the schema's required field
    r.required('cronjob-schedule', SCHEDULE);
  } else if (typeof schedule === 'string') {
    const e = cronScheduleError(schedule);
    if (e !== undefined) r.invalid('cronjob-schedule', SCHEDULE, schedule, e);
    if (schedule.includes('TZ') && typeof timeZone === 'string') {
      r.invalid('cronjob-schedule', SCHEDULE, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule');
    }
  }
  checkNonNegative(r, 'nonnegative-count', ['spec', 'startingDeadlineSeconds'], spec.startingDeadlineSeconds);
  if (typeof timeZone === 'string') {
    const errors = timeZoneErrors(timeZone);
    // a misspelt zone gets the closest IANA name (`Europe/Berln` → `Europe/Berlin`)
    const near = errors.length > 0 ? suggest(timeZone, ianaZoneNames()) : undefined;
    for (const e of errors) r.invalid('cronjob-time-zone', ['spec', 'timeZone'], timeZone, e, near);
  }
  const policy = spec.concurrencyPolicy;
  // "" is defaulted to Allow
  if (typeof policy === 'string' && policy !== '' && !CONCURRENCY_POLICIES.includes(policy)) {
    r.unsupported('cronjob-concurrency-policy', ['spec', 'concurrencyPolicy'], policy, CONCURRENCY_POLICIES);
  }
  const template = spec.jobTemplate;
  const jobSpec = isObject(template) ? template.spec : undefined;
  if (isObject(jobSpec)) {
    checkJobSpec(r, jobSpec, JOB_SPEC, false);
    if (!absent(jobSpec.selector)) r.invalid('cronjob-job-template-selector', [...JOB_SPEC, 'selector'], jobSpec.selector, '`selector` will be auto-generated');
    if (jobSpec.manualSelector === true) r.unsupported('cronjob-job-template-selector', [...JOB_SPEC, 'manualSelector'], true, ['nil', 'false']);
  }
  checkNonNegative(r, 'nonnegative-count', ['spec', 'successfulJobsHistoryLimit'], spec.successfulJobsHistoryLimit);
  checkNonNegative(r, 'nonnegative-count', ['spec', 'failedJobsHistoryLimit'], spec.failedJobsHistoryLimit);
  const name = objectNameOf(manifest);
  if (name && utf8Length(name.value) > NAME_MAX) {
    if (name.generated) {
      r.invalid(
        'cronjob-name-length',
        ['metadata', 'generateName'],
        name.generateName,
        `names generated from it (e.g. "${name.value}") must be no more than ${NAME_MAX} characters`,
      );
    } else {
      r.invalid('cronjob-name-length', ['metadata', 'name'], name.value, `must be no more than ${NAME_MAX} characters`);
    }
  }
  warnNameNotDnsLabel(r, name);
};
